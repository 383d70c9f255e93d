// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/integration.h"
#include "steps/mapping/httpapimapping.h"

namespace gw {

/// An HTTP_PROXY integration (REST) or HTTP proxy integration (HTTP API) as deployed.
struct HttpProxyConfig
{
    bool restApi = true;
    QString uri;        ///< may hold {pathParam} and ${stageVariables.name}
    QString httpMethod; ///< empty or ANY: the request's method
    int timeoutMs = 29'000;
    model::StringPairs requestParameters; ///< integration.request.{path,querystring,header}.X = source
    bool appendRequestPath = false;       ///< HTTP API $default route: the whole request path goes to the backend
    bool insecureSkipVerification = false;
    HttpApiParameterMapping httpApiMapping; ///< HTTP APIs: append/overwrite/remove request and response parameters
};

} // namespace gw
