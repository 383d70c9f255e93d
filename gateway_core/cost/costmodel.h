// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pricing.h"

#include <QJsonObject>
#include <QString>

namespace gw {
struct ExchangeRecord;
} // namespace gw

namespace gw::cost {

/// The month the cost model projects onto: 30 days, as `gatehouse cost` promises.
inline constexpr double secondsPerMonth = 30.0 * 24 * 60 * 60;
inline constexpr double hoursPerMonth = 30.0 * 24;
inline constexpr double bytesPerGb = 1024.0 * 1024 * 1024;

enum class ApiKind { Rest, Http, WebSocket };

/// "rest", "http", "websocket".
QString apiKindName(ApiKind kind);

/// How many billable units one request (HTTP API) or message (WebSocket) of `bytes` counts as when metered in
/// `increment`-byte steps: at least 1, then one more per started increment (512 KB + 1 byte is 2 on HTTP).
double meteredUnits(double bytes, qint64 increment);

/// Lambda duration as billed: rounded up to the pricing's granularity (1 ms), never below it.
double billedLambdaMs(double durationMs, int granularityMs);

/// What one steady month of traffic looks like (`gatehouse cost`, the what-if panel).
struct MonthlyInputs
{
    ApiKind kind = ApiKind::Rest;
    double requestsPerSecond = 0; ///< messages per second for WebSocket APIs
    double payloadBytes = 0; ///< each request's (message's) payload; also each response's size sent out
    double cacheGb = 0; ///< REST stage cache size; 0: no cache
    int lambdaMemoryMb = 0; ///< 0: no Lambda integration
    double lambdaDurationMs = 0;
    LambdaArchitecture lambdaArch = LambdaArchitecture::X86_64;
    double websocketConnections = 0; ///< connections open on average through the month (WebSocket)
    bool freeTier = false; ///< subtract the pricing file's free-tier allowances
};

/// A month's cost, one field per line item; each *Usd figure is rounded to cents only when printed.
struct MonthlyEstimate
{
    ApiKind kind = ApiKind::Rest;
    double requestsPerMonth = 0; ///< requests (messages) in the month
    double billedRequests = 0; ///< after metering increments and the free tier
    double apiRequestsUsd = 0; ///< requests (REST, HTTP) or messages (WebSocket), tiered
    double connectionMinutes = 0; ///< WebSocket connection minutes in the month
    double connectionMinutesUsd = 0;
    double cacheUsd = 0;
    double lambdaRequestsUsd = 0;
    double lambdaGbSeconds = 0;
    double lambdaComputeUsd = 0;
    double dataTransferGb = 0;
    double dataTransferUsd = 0;
    double totalUsd = 0;

    /// The JSON `gatehouse cost` prints (docs/cost.md describes every field).
    QJsonObject toJson(const Pricing &pricing, const MonthlyInputs &inputs) const;
};

/// Checks inputs against the pricing (cache sizes) and Lambda's limits; empty when they are usable, else one
/// line naming the option, e.g. "--cache-gb must be one of 0.5, 1.6, ...; got 2".
QString checkInputs(const Pricing &pricing, const MonthlyInputs &inputs);

/// The month's estimate with tier maths over the whole month's volume. Inputs must pass checkInputs().
MonthlyEstimate estimateMonthly(const Pricing &pricing, const MonthlyInputs &inputs);

/// What one finished request would cost on AWS, at the first tier's prices (what one request early in a month
/// costs). Cheap: arithmetic over the record, no allocation.
struct ExchangeCost
{
    ApiKind kind = ApiKind::Rest;
    bool billable = false; ///< it reached an API (requests no API answered cost nothing)
    double meteredRequests = 0; ///< 1 on REST; 512 KB increments of the request on HTTP; WebSocket: metered messages
    /// WebSocket DISCONNECT records: the connection's minutes, each connection rounded up to a whole minute.
    double connectionMinutes = 0;
    double gatewayUsd = 0; ///< requests or messages, plus WebSocket connection minutes
    double lambdaUsd = 0; ///< requests and GB-seconds of every function it invoked (authorizers too)
    double lambdaRequests = 0;
    double lambdaGbSeconds = 0;
    double bytesOut = 0; ///< response head and body sent to the client
    double dataTransferUsd = 0;
    double totalUsd() const { return gatewayUsd + lambdaUsd + dataTransferUsd; }
};

/// WebSocket metering (docs/cost.md): a record's messages are its messagesIn (sized by requestBodySize) and
/// messagesOut (sized by responseBodySize), each in 32 KB increments, plus 1 for a CONNECT (the connect request);
/// a DISCONNECT with connectionDurationMs adds that connection's minutes.
ExchangeCost exchangeCost(const Pricing &pricing, const ExchangeRecord &record);

/// Connection minutes billed for a connection open `durationMs`: whole minutes, rounded up, at least 1.
double billedConnectionMinutes(qint64 durationMs);

/// US dollars for people: "$1,240" from 100 up, "$12.34" from 0.01, two significant digits below
/// ("$0.0000035"), "$0.00" for nothing. Locale-independent, as AWS's bills are.
QString formatUsd(double usd);

} // namespace gw::cost
