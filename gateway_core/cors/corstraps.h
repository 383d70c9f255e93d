// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/api.h"

namespace gw::cors {

/// A CORS configuration that works in the console test but fails in a browser.
struct CorsTrap
{
    QString id;      ///< stable: "errors-without-cors", "wildcard-with-credentials", "method-without-allow-origin",
                     ///< "proxy-must-send-cors", "any-catches-preflight", "child-resource-not-covered",
                     ///< "authorizer-catches-preflight", "not-deployed"
    QString where;   ///< "GET /pets", "DEFAULT_4XX", "stage prod", ...
    QString message; ///< what goes wrong in the browser
    QString fix;     ///< the change that fixes it
};

/// Finds the known CORS traps in an API's working definition, and (with `deployed`) changes to CORS that a stage
/// does not serve yet. Only APIs that use CORS at all (an OPTIONS method or Access-Control-* headers on REST, a CORS
/// configuration on HTTP) are examined.
QList<CorsTrap> findCorsTraps(const model::Api &api);

/// True when the API's working definition sets anything about CORS.
bool usesCors(const model::Api &api);

} // namespace gw::cors
