// SPDX-License-Identifier: GPL-3.0-or-later
#include "latencybreakdown.h"

#include <algorithm>

namespace gw {

LatencyBreakdown latencyBreakdown(const ExchangeRecord &record)
{
    LatencyBreakdown b;
    b.totalUs = std::max<qint64>(0, record.totalUs);
    // A cached authorizer decision still took its (short) time; a request no authorizer saw has none.
    if (record.authorizer)
        b.authorizerUs = std::max<qint64>(0, record.authorizer->latencyUs);
    if (record.integrationLatencyUs >= 0)
        b.integrationUs = record.integrationLatencyUs;
    for (const std::shared_ptr<const LambdaTrace> &t : record.lambda) {
        if (t && t->coldStart) {
            b.coldStartUs = std::max<qint64>(0, b.coldStartUs) + std::max<qint64>(0, t->initUs);
            ++b.coldStarts;
        }
    }
    b.gatewayUs = std::max<qint64>(0, b.totalUs - std::max<qint64>(0, b.authorizerUs) - std::max<qint64>(0, b.integrationUs));
    return b;
}

} // namespace gw
