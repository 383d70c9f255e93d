// SPDX-License-Identifier: GPL-3.0-or-later
#include "unavailablestep.h"

#include "pipeline/exchange.h"

namespace gw {

Outcome UnavailableIntegrationStep::onRequest(Exchange &ex)
{
    ex.explain(m_reason);
    return ex.respond(ex.isRestApi() ? GatewayResponse::ApiConfigurationError : GatewayResponse::IntegrationFailure,
                      QStringLiteral("integration.not_emulated"), m_reason);
}

} // namespace gw
