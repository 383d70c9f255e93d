// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "steps/mapping/integrationresponses.h"

namespace gw {

/// A REST MOCK integration as deployed.
struct MockConfig
{
    model::StringPairs requestTemplates;
    QString passthroughBehavior; ///< WHEN_NO_MATCH (default), WHEN_NO_TEMPLATES or NEVER
    std::vector<CompiledIntegrationResponse> responses;
};

} // namespace gw
