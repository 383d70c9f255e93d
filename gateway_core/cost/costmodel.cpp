// SPDX-License-Identifier: GPL-3.0-or-later
#include "costmodel.h"

#include "observe/exchangerecord.h"

#include <cmath>

namespace gw::cost {

namespace {

/// JSON figures: dollars to the micro-dollar, quantities to a thousandth. Dividing the rounded whole number
/// by the power of ten gives the double nearest the decimal, so the printed number carries no binary noise.
double roundTo(double value, double perUnit)
{
    return std::round(value * perUnit) / perUnit;
}

double usd(double value)
{
    return roundTo(value, 1e6);
}

double quantity(double value)
{
    return roundTo(value, 1e3);
}

/// Lambda's memory limits (128 MB to 10,240 MB) and its 15-minute timeout.
constexpr int lambdaMinMemoryMb = 128;
constexpr int lambdaMaxMemoryMb = 10'240;
constexpr double lambdaMaxDurationMs = 900'000;

} // namespace

QString apiKindName(ApiKind kind)
{
    switch (kind) {
    case ApiKind::Rest:
        return QStringLiteral("rest");
    case ApiKind::Http:
        return QStringLiteral("http");
    case ApiKind::WebSocket:
        return QStringLiteral("websocket");
    }
    return {};
}

double meteredUnits(double bytes, qint64 increment)
{
    if (increment <= 0 || bytes <= double(increment))
        return 1;
    return std::ceil(bytes / double(increment));
}

double billedLambdaMs(double durationMs, int granularityMs)
{
    const double g = std::max(1, granularityMs);
    return std::max(g, std::ceil(durationMs / g) * g);
}

QString checkInputs(const Pricing &pricing, const MonthlyInputs &in)
{
    if (!std::isfinite(in.requestsPerSecond) || in.requestsPerSecond < 0)
        return QStringLiteral("--rps must be a number of requests per second, 0 or more");
    if (!std::isfinite(in.payloadBytes) || in.payloadBytes < 0)
        return QStringLiteral("--payload-kb must be a size in KB, 0 or more");
    if (in.cacheGb != 0) {
        if (in.kind != ApiKind::Rest)
            return QStringLiteral(
                "--cache-gb applies to REST APIs only (HTTP and WebSocket APIs have no API cache)");
        if (!pricing.cacheSize(in.cacheGb)) {
            return QStringLiteral("--cache-gb must be one of the cache sizes API Gateway offers (%1); got %2")
                .arg(pricing.cacheSizeList())
                .arg(in.cacheGb);
        }
    }
    if (in.lambdaMemoryMb != 0 || in.lambdaDurationMs != 0) {
        if (in.lambdaMemoryMb < lambdaMinMemoryMb || in.lambdaMemoryMb > lambdaMaxMemoryMb) {
            return QStringLiteral("--lambda-mb must be a function's memory size from %1 to %2 MB; got %3")
                .arg(lambdaMinMemoryMb)
                .arg(lambdaMaxMemoryMb)
                .arg(in.lambdaMemoryMb);
        }
        if (!std::isfinite(in.lambdaDurationMs) || in.lambdaDurationMs <= 0
            || in.lambdaDurationMs > lambdaMaxDurationMs) {
            return QStringLiteral("--lambda-ms must be a duration from above 0 to 900000 ms (Lambda's "
                                  "15-minute limit); got %1")
                .arg(in.lambdaDurationMs);
        }
    }
    if (in.websocketConnections != 0 && in.kind != ApiKind::WebSocket)
        return QStringLiteral("--connections applies to WebSocket APIs only");
    if (!std::isfinite(in.websocketConnections) || in.websocketConnections < 0)
        return QStringLiteral("--connections must be a number of connections, 0 or more");
    return {};
}

MonthlyEstimate estimateMonthly(const Pricing &p, const MonthlyInputs &in)
{
    MonthlyEstimate e;
    e.kind = in.kind;
    e.requestsPerMonth = in.requestsPerSecond * secondsPerMonth;
    switch (in.kind) {
    case ApiKind::Rest:
        e.billedRequests = std::max(0.0, e.requestsPerMonth - (in.freeTier ? p.freeTier.restRequests : 0));
        e.apiRequestsUsd = p.restRequests.cost(e.billedRequests);
        break;
    case ApiKind::Http:
        e.billedRequests = std::max(0.0,
                                    e.requestsPerMonth * meteredUnits(in.payloadBytes, p.httpMeteringBytes)
                                        - (in.freeTier ? p.freeTier.httpRequests : 0));
        e.apiRequestsUsd = p.httpRequests.cost(e.billedRequests);
        break;
    case ApiKind::WebSocket:
        e.billedRequests
            = std::max(0.0,
                       e.requestsPerMonth * meteredUnits(in.payloadBytes, p.websocketMeteringBytes)
                           - (in.freeTier ? p.freeTier.websocketMessages : 0));
        e.apiRequestsUsd = p.websocketMessages.cost(e.billedRequests);
        e.connectionMinutes = in.websocketConnections * secondsPerMonth / 60;
        e.connectionMinutesUsd
            = std::max(0.0, e.connectionMinutes - (in.freeTier ? p.freeTier.websocketConnectionMinutes : 0))
            * p.websocketConnectionMinuteUsd;
        break;
    }
    if (in.cacheGb > 0) {
        if (const CacheSize *c = p.cacheSize(in.cacheGb))
            e.cacheUsd = c->usdPerHour * hoursPerMonth;
    }
    if (in.lambdaMemoryMb > 0) {
        e.lambdaRequestsUsd = e.requestsPerMonth * p.lambdaRequestUsd;
        e.lambdaGbSeconds = e.requestsPerMonth
            * billedLambdaMs(in.lambdaDurationMs, p.lambdaBillingGranularityMs) / 1000
            * (in.lambdaMemoryMb / 1024.0);
        e.lambdaComputeUsd = e.lambdaGbSeconds * p.lambdaGbSecondUsd(in.lambdaArch);
    }
    e.dataTransferGb = e.requestsPerMonth * in.payloadBytes / bytesPerGb;
    e.dataTransferUsd = p.dataTransferOut.cost(e.dataTransferGb);
    e.totalUsd = e.apiRequestsUsd + e.connectionMinutesUsd + e.cacheUsd + e.lambdaRequestsUsd
        + e.lambdaComputeUsd + e.dataTransferUsd;
    return e;
}

QJsonObject MonthlyEstimate::toJson(const Pricing &pricing, const MonthlyInputs &in) const
{
    QJsonObject o {
        {QStringLiteral("protocol"), apiKindName(kind)},
        {QStringLiteral("region"), pricing.region},
        {QStringLiteral("pricing"), pricing.origin},
        {QStringLiteral("monthDays"), 30},
        {QStringLiteral("freeTier"), in.freeTier},
        {QStringLiteral("requestsPerSecond"), in.requestsPerSecond},
        {QStringLiteral("requestsPerMonth"), quantity(requestsPerMonth)},
        {QStringLiteral("billedRequests"), quantity(billedRequests)},
        {QStringLiteral("payloadKb"), in.payloadBytes / 1024},
        {QStringLiteral("apiRequestsUsd"), usd(apiRequestsUsd)},
        {QStringLiteral("cacheGb"), in.cacheGb},
        {QStringLiteral("cacheUsd"), usd(cacheUsd)},
        {QStringLiteral("lambdaRequestsUsd"), usd(lambdaRequestsUsd)},
        {QStringLiteral("lambdaGbSeconds"), quantity(lambdaGbSeconds)},
        {QStringLiteral("lambdaComputeUsd"), usd(lambdaComputeUsd)},
        {QStringLiteral("dataTransferGb"), quantity(dataTransferGb)},
        {QStringLiteral("dataTransferUsd"), usd(dataTransferUsd)},
        {QStringLiteral("totalUsd"), usd(totalUsd)},
    };
    if (kind == ApiKind::WebSocket) {
        o.insert(QStringLiteral("connections"), in.websocketConnections);
        o.insert(QStringLiteral("connectionMinutes"), quantity(connectionMinutes));
        o.insert(QStringLiteral("connectionMinutesUsd"), usd(connectionMinutesUsd));
    }
    return o;
}

ExchangeCost exchangeCost(const Pricing &p, const ExchangeRecord &r)
{
    ExchangeCost c;
    // Requests no API answered (unknown API or stage) reach no AWS account, so nobody pays for them.
    if (r.protocol.isEmpty())
        return c;
    c.billable = true;
    if (r.protocol == QLatin1String("http")) {
        c.kind = ApiKind::Http;
        // AWS's example meters the request's payload ("a request with a 1 MB payload is billed as two").
        c.meteredRequests = meteredUnits(double(r.requestBodySize), p.httpMeteringBytes);
        c.gatewayUsd = c.meteredRequests * p.httpRequests.firstUnitPrice();
    } else if (r.protocol == QLatin1String("websocket")) {
        c.kind = ApiKind::WebSocket;
        // Messages both ways, each metered in 32 KB increments. The connect request counts as one message: CloudWatch
        // counts it as one ("ConnectCount: the number of messages sent to the $connect route integration"); AWS's
        // pricing page does not say either way. $disconnect and control frames are not messages.
        if (r.messagesIn > 0)
            c.meteredRequests += r.messagesIn * meteredUnits(double(r.requestBodySize), p.websocketMeteringBytes);
        if (r.messagesOut > 0)
            c.meteredRequests += r.messagesOut * meteredUnits(double(r.responseBodySize), p.websocketMeteringBytes);
        if (r.eventType == QLatin1String("CONNECT"))
            c.meteredRequests += 1;
        if (r.eventType == QLatin1String("DISCONNECT") && r.connectionDurationMs >= 0)
            c.connectionMinutes = billedConnectionMinutes(r.connectionDurationMs);
        c.gatewayUsd = c.meteredRequests * p.websocketMessages.firstUnitPrice()
            + c.connectionMinutes * p.websocketConnectionMinuteUsd;
    } else {
        c.kind = ApiKind::Rest;
        c.meteredRequests = 1;
        c.gatewayUsd = p.restRequests.firstUnitPrice();
    }
    for (const std::shared_ptr<const LambdaTrace> &l : r.lambda) {
        if (!l)
            continue;
        // The architecture is not recorded: x86_64, Lambda's default.
        const double ms = l->billedMs > 0
            ? double(l->billedMs)
            : billedLambdaMs(double(l->durationUs) / 1000, p.lambdaBillingGranularityMs);
        const double gbSeconds = ms / 1000 * (std::max(l->memorySizeMb, 128) / 1024.0);
        c.lambdaRequests += 1;
        c.lambdaGbSeconds += gbSeconds;
        c.lambdaUsd += p.lambdaRequestUsd + gbSeconds * p.lambdaGbSecondX86;
    }
    if (c.kind == ApiKind::WebSocket && r.eventType != QLatin1String("CONNECT")) {
        // On an open connection only the messages sent to the client go out (frame headers are not counted).
        c.bytesOut = r.messagesOut > 0 ? double(std::max<qint64>(0, r.responseBodySize)) : 0;
        c.dataTransferUsd = c.bytesOut / bytesPerGb * p.dataTransferOut.firstUnitPrice();
        return c;
    }
    // Bytes out: the status line (about 17 bytes), each header as "name: value\r\n", the blank line and the
    // body.
    qint64 head = 17 + 2;
    for (const http::HttpHeaders::Field &f : r.responseHeaders.fields())
        head += f.name.size() + f.value.size() + 4;
    c.bytesOut = double(head + std::max<qint64>(0, r.responseBodySize));
    c.dataTransferUsd = c.bytesOut / bytesPerGb * p.dataTransferOut.firstUnitPrice();
    return c;
}

double billedConnectionMinutes(qint64 durationMs)
{
    // AWS prices connection minutes but does not document the rounding; a started minute is taken as a whole one
    // (per connection), which errs high by under a minute per connection.
    return std::max(1.0, std::ceil(double(std::max<qint64>(0, durationMs)) / 60'000.0));
}

QString formatUsd(double value)
{
    const QString sign = value < 0 ? QStringLiteral("-$") : QStringLiteral("$");
    value = std::abs(value);
    if (value >= 100) {
        // Whole dollars with thousands separators: "$1,240".
        QString digits = QString::number(std::llround(value));
        for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
            digits.insert(i, u',');
        return sign + digits;
    }
    if (value >= 0.01 || value == 0)
        return sign + QString::number(value, 'f', 2);
    // Two significant digits: 0.0000035 -> "0.0000035".
    const int decimals = std::min(12, int(-std::floor(std::log10(value))) + 1);
    QString text = QString::number(value, 'f', decimals);
    while (text.endsWith(u'0'))
        text.chop(1);
    return sign + text;
}

} // namespace gw::cost
