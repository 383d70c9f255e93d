// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/api.h"

#include <optional>

namespace gw::cors {

/// What the API Gateway console's "Enable CORS" action asks for (REST APIs).
struct EnableCorsOptions
{
    QString resourcePath;      ///< e.g. "/pets"
    QStringList methods;       ///< methods that get Access-Control-Allow-Origin; empty: every method of the resource
    QString allowHeaders = QStringLiteral("Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token");
    QString allowOrigin = QStringLiteral("*");
    bool allowCredentials = false;
    QString exposeHeaders;     ///< empty: not sent
    std::optional<int> maxAge; ///< seconds; not sent when empty
    bool gatewayResponses = false; ///< also add the headers to the DEFAULT_4XX and DEFAULT_5XX gateway responses
};

struct EnableCorsResult
{
    model::ApiDefinition definition;
    QStringList changes;   ///< what was generated, one line each
    QStringList remaining; ///< traps the action cannot fix (proxy integrations, errors, credentials, ...)
};

/// Generates what the console generates: an OPTIONS method with a MOCK integration answering 200 with static
/// Access-Control-Allow-Headers, -Methods and -Origin (and -Credentials, -Expose-Headers, -Max-Age when asked), the
/// same Access-Control-Allow-Origin on the 200 responses of the chosen methods with non-proxy integrations, and
/// optionally on the DEFAULT_4XX and DEFAULT_5XX gateway responses. Returns nullopt with `error` when the resource
/// does not exist or the options are inconsistent.
std::optional<EnableCorsResult> enableCors(const model::ApiDefinition &definition, const EnableCorsOptions &options,
                                           QString *error);

} // namespace gw::cors
