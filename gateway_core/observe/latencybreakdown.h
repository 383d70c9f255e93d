// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchangerecord.h"

namespace gw {

/// Where a request's time went, as the inspector shows it: the gateway's own work, the authorizer, the integration,
/// and the cold starts inside them. Parts that did not happen are -1. gatewayUs is what is left of the total once
/// the authorizer and the integration are taken out, never below 0.
struct LatencyBreakdown
{
    qint64 totalUs = 0;
    qint64 gatewayUs = 0;
    qint64 authorizerUs = -1;  ///< the whole authorization ($context.authorizer.latency)
    qint64 integrationUs = -1; ///< $context.integrationLatency
    qint64 coldStartUs = -1;   ///< Init Duration of the cold-started functions this request waited for
    int coldStarts = 0;
};

LatencyBreakdown latencyBreakdown(const ExchangeRecord &record);

} // namespace gw
