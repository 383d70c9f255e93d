// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "steps/mapping/integrationresponses.h"
#include "steps/mapping/requestmapping.h"

namespace gw {

/// A REST MOCK integration as deployed.
struct MockConfig
{
    RequestMappingConfig request;
    std::vector<CompiledIntegrationResponse> responses;
    QStringList binaryMediaTypes; ///< the API's x-amazon-apigateway-binary-media-types
};

} // namespace gw
