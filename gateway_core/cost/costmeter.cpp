// SPDX-License-Identifier: GPL-3.0-or-later
#include "costmeter.h"

#include "observe/exchangerecord.h"

namespace gw::cost {

void CostMeter::Volume::add(const ExchangeCost &c)
{
    switch (c.kind) {
    case ApiKind::Rest:
        rest += c.meteredRequests;
        break;
    case ApiKind::Http:
        http += c.meteredRequests;
        break;
    case ApiKind::WebSocket:
        websocket += c.meteredRequests;
        connectionMinutes += c.connectionMinutes;
        break;
    }
    lambdaUsd += c.lambdaUsd;
    bytesOut += c.bytesOut;
    ++requests;
}

CostMeter::CostMeter(std::shared_ptr<const Pricing> pricing)
    : m_pricing(std::move(pricing))
{ }

void CostMeter::add(const ExchangeRecord &record)
{
    const ExchangeCost c = exchangeCost(*m_pricing, record);
    if (!c.billable)
        return;
    m_session.add(c);
    m_rest |= c.kind == ApiKind::Rest;
    m_http |= c.kind == ApiKind::Http;
    m_websocket |= c.kind == ApiKind::WebSocket;
    const qint64 doneMs = record.startEpochMs + record.totalUs / 1000;
    if (m_firstMs < 0 || doneMs < m_firstMs)
        m_firstMs = doneMs;
    m_lastMs = std::max(m_lastMs, doneMs);
    const qint64 second = doneMs / 1000;
    Bucket &b = m_window[size_t(second % windowSeconds)];
    if (b.second < second) {
        b.second = second;
        b.volume = {};
    } else if (b.second > second) {
        return; // older than the window: counted in the session only
    }
    b.volume.add(c);
}

void CostMeter::clear()
{
    m_session = {};
    m_window.fill({});
    m_firstMs = m_lastMs = -1;
    m_rest = m_http = m_websocket = false;
}

double CostMeter::price(const Volume &v) const
{
    const Pricing &p = *m_pricing;
    return p.restRequests.cost(v.rest) + p.httpRequests.cost(v.http) + p.websocketMessages.cost(v.websocket)
        + v.connectionMinutes * p.websocketConnectionMinuteUsd + v.lambdaUsd + p.dataTransferOut.cost(v.bytesOut / bytesPerGb);
}

CostMeter::Snapshot CostMeter::snapshot(qint64 nowMs) const
{
    Snapshot s;
    s.requests = m_session.requests;
    s.sessionUsd = price(m_session);
    s.rest = m_rest;
    s.http = m_http;
    s.websocket = m_websocket;
    if (m_firstMs < 0)
        return s;
    // The window is the last windowSeconds up to now (to the second: the ring holds one bucket per second),
    // or the session so far when it is younger.
    const qint64 nowSecond = nowMs / 1000;
    const qint64 fromSecond = (nowMs - qint64(windowSeconds) * 1000) / 1000;
    Volume recent;
    for (const Bucket &b : m_window) {
        if (b.second >= 0 && b.second >= fromSecond && b.second <= nowSecond) {
            recent.rest += b.volume.rest;
            recent.http += b.volume.http;
            recent.websocket += b.volume.websocket;
            recent.connectionMinutes += b.volume.connectionMinutes;
            recent.lambdaUsd += b.volume.lambdaUsd;
            recent.bytesOut += b.volume.bytesOut;
            recent.requests += b.volume.requests;
        }
    }
    const double sessionSeconds = double(std::max<qint64>(nowMs - m_firstMs, 0)) / 1000;
    const double seconds = std::clamp(sessionSeconds, 1.0, double(windowSeconds));
    const double scale = secondsPerMonth / seconds;
    s.ratePerSecond = double(recent.requests) / seconds;
    Volume month;
    month.rest = recent.rest * scale;
    month.http = recent.http * scale;
    month.websocket = recent.websocket * scale;
    month.connectionMinutes = recent.connectionMinutes * scale;
    month.lambdaUsd = recent.lambdaUsd * scale;
    month.bytesOut = recent.bytesOut * scale;
    s.monthlyUsd = price(month);
    return s;
}

QString CostMeter::Snapshot::flavour() const
{
    QStringList names;
    if (rest)
        names.append(QStringLiteral("REST"));
    if (http)
        names.append(QStringLiteral("HTTP"));
    if (websocket)
        names.append(QStringLiteral("WebSocket"));
    return names.join(QStringLiteral(" + "));
}

} // namespace gw::cost
