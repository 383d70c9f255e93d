// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "steps/mapping/integrationresponses.h"
#include "steps/mapping/requestmapping.h"

namespace gw {

/// A Lambda custom integration (REST, type AWS with a Lambda function URI) as deployed.
struct LambdaCustomConfig
{
    QString function;       ///< the local function's name
    int timeoutMs = 29'000; ///< the integration timeout
    RequestMappingConfig request;
    std::vector<CompiledIntegrationResponse> responses;
};

} // namespace gw
