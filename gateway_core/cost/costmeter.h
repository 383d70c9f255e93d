// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costmodel.h"

#include <array>
#include <memory>

namespace gw::cost {

/// Live cost of a session: what the traffic so far would have cost on AWS, and the month it projects at the
/// current rate. add() is O(1) per record (no allocation); snapshot() is O(window). Not thread-safe: one
/// owner (the window's GUI thread, or a record sink) feeds and reads it.
///
/// The session is priced with tier maths as if it were the start of a month. The projection takes the rate of
/// the last `windowSeconds` seconds (or of the whole session when it is younger), multiplies it out to a
/// 30-day month per API flavour, and prices that month with tier maths; Lambda and data transfer scale
/// linearly.
class CostMeter
{
public:
    static constexpr int windowSeconds = 60;

    explicit CostMeter(std::shared_ptr<const Pricing> pricing);

    /// Counts one finished request at the time it finished (record start + total time).
    void add(const ExchangeRecord &record);
    void clear();

    struct Snapshot
    {
        quint64 requests = 0; ///< billable requests this session
        double sessionUsd = 0; ///< the session, tier maths from the month's first request
        double ratePerSecond = 0; ///< billable requests per second over the window
        double monthlyUsd = 0; ///< a 30-day month at that rate, tier maths
        bool rest = false; ///< which flavours the traffic used
        bool http = false;
        bool websocket = false;
        /// "REST", "HTTP", "REST + HTTP", ... or "" when nothing billable has been seen.
        QString flavour() const;
    };

    /// The figures as of `nowMs` (epoch ms; the window ends there).
    Snapshot snapshot(qint64 nowMs) const;

    const Pricing &pricing() const { return *m_pricing; }

private:
    /// Billable volume: metered requests per flavour, Lambda dollars, bytes sent out.
    struct Volume
    {
        double rest = 0;
        double http = 0;
        double websocket = 0; ///< metered WebSocket messages
        double connectionMinutes = 0; ///< WebSocket connection minutes (counted when a connection closes)
        double lambdaUsd = 0;
        double bytesOut = 0;
        quint64 requests = 0;
        void add(const ExchangeCost &c);
    };
    double price(const Volume &v) const;

    struct Bucket
    {
        qint64 second = -1; ///< epoch second this bucket counts; -1 when empty
        Volume volume;
    };

    std::shared_ptr<const Pricing> m_pricing;
    Volume m_session;
    std::array<Bucket, windowSeconds> m_window;
    qint64 m_firstMs = -1;
    qint64 m_lastMs = -1;
    bool m_rest = false;
    bool m_http = false;
    bool m_websocket = false;
};

} // namespace gw::cost
