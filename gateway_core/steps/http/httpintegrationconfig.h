// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "steps/mapping/integrationresponses.h"
#include "steps/mapping/requestmapping.h"

namespace gw {

/// A REST HTTP (non-proxy, "custom") integration as deployed.
struct HttpIntegrationConfig
{
    QString uri;        ///< may hold {name} (integration.request.path.name) and ${stageVariables.name}
    QString httpMethod; ///< the integration's method; empty or ANY: the request's
    int timeoutMs = 29'000;
    bool insecureSkipVerification = false;
    RequestMappingConfig request;
    std::vector<CompiledIntegrationResponse> responses;
};

} // namespace gw
