// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordbus.h"

#include <QJsonObject>
#include <QMutex>
#include <QString>

#include <array>
#include <memory>
#include <vector>

namespace gw::metrics {

/// Latency histograms have fixed logarithmic bins, so a bucket's p50/p90/p99 come from counts, not kept samples:
/// bin 0 holds latencies under 32 µs, bin 63 those from about 54 s up, and each bin between is 2^(1/3) wide, so
/// an estimate (the bin's geometric middle, clamped to the bucket's minimum and maximum) is within 12%.
inline constexpr int latencyBinCount = 64;
int latencyBin(qint64 us);
double latencyBinLowerUs(int bin); ///< 0 for bin 0
double latencyBinUpperUs(int bin); ///< +infinity for the last bin

/// Which API, stage and route a series is about, as CloudWatch's dimensions: ApiId (ApiName for REST); ApiId +
/// Stage; ApiId + Stage + Resource + Method. `stage` empty: the API level; `resource` empty: the stage level.
/// Resource is the resource path (REST), route key (HTTP API) or route key (WebSocket, whose Method is empty); a
/// request that matched no route counts at the API and stage levels only.
struct MetricsKey
{
    QString apiId;
    QString stage;
    QString resource;
    QString method;
    bool operator==(const MetricsKey &) const = default;
};

/// Latency figures of a period, in milliseconds (CloudWatch's unit). count 0: no data (the rest is 0).
struct LatencyStats
{
    quint64 count = 0;
    double sumMs = 0;
    double minMs = 0;
    double maxMs = 0;
    double p50 = 0;
    double p90 = 0;
    double p99 = 0;
    double averageMs() const { return count ? sumMs / double(count) : 0; }
};

/// One period (a second or a minute) of one series, with CloudWatch's metrics. REST and HTTP APIs fill count to
/// cacheMiss and latency; WebSocket APIs fill connectCount to executionError; integrationLatency is everyone's.
struct MetricsPoint
{
    qint64 startMs = 0;
    int periodSeconds = 0;
    quint64 count = 0;            ///< Count: requests
    quint64 error4xx = 0;         ///< 4XXError (HTTP APIs: 4xx): client errors answered
    quint64 error5xx = 0;         ///< 5XXError (HTTP APIs: 5xx): server errors answered
    quint64 cacheHit = 0;         ///< CacheHitCount (REST): answered from the stage cache
    quint64 cacheMiss = 0;        ///< CacheMissCount (REST): a cached method that went to the integration
    quint64 connectCount = 0;     ///< ConnectCount: connect requests sent to the $connect route integration
    quint64 messageCount = 0;     ///< MessageCount: data messages from or to the client
    quint64 integrationError = 0; ///< IntegrationError: the integration answered 4XX or 5XX
    quint64 clientError = 0;      ///< ClientError: 4XX answered by the gateway before the integration was invoked
    quint64 executionError = 0;   ///< ExecutionError: calling the integration failed (timeout, unreachable, function error)
    LatencyStats latency;         ///< Latency (REST, HTTP): first byte in to last byte out
    LatencyStats integrationLatency; ///< IntegrationLatency: request to the integration until its answer; not for mocks
    bool isEmpty() const;
};

/// CloudWatch's API Gateway metrics, kept from ExchangeRecords: per API, per stage, and per resource and method (or
/// route), at 1-second resolution for the last hour and 1-minute resolution for the last day.
///
/// Memory is bounded: each series has two fixed rings (3,600 one-second buckets with 16-bit histogram bins and
/// 1,440 one-minute buckets with 32-bit bins, about 2.1 MB), allocated when the series sees its first record, and
/// there are at most maxSeries series (records for new series beyond that are counted in droppedRecords() and
/// otherwise kept only in the levels that exist). add() is O(1): three hash lookups and six bucket updates, no
/// allocation once a series exists. A record counts at its start time; one older than a ring's span is left out of
/// that ring.
///
/// Thread-safe: every member function takes m_mutex, briefly, so the record bus's dispatcher may add() while the
/// GUI thread reads. Also a RecordSink, to be added to an engine's RecordBus.
class MetricsStore final : public RecordSink
{
public:
    static constexpr int secondsKept = 3600;
    static constexpr int minutesKept = 1440;
    explicit MetricsStore(int maxSeries = 128);
    ~MetricsStore() override;

    enum class Resolution { Second, Minute };

    void add(const ExchangeRecord &record);
    void consume(const std::vector<ExchangeRecordPtr> &batch) override;
    void clear();

    /// Every series seen, API levels first (ordered by API, stage, resource, method).
    QList<MetricsKey> keys() const;
    /// "rest", "http" or "websocket"; empty when the series is unknown.
    QString protocol(const MetricsKey &key) const;
    /// The periods of [fromMs, toMs) at `resolution`, one point each (empty periods included, oldest first);
    /// periods older than the ring's span are left out.
    std::vector<MetricsPoint> points(const MetricsKey &key, Resolution resolution, qint64 fromMs, qint64 toMs) const;
    /// The same periods merged into one point (percentiles over the merged histograms).
    MetricsPoint total(const MetricsKey &key, Resolution resolution, qint64 fromMs, qint64 toMs) const;
    /// points() and total() of several series merged period by period (counts summed, percentiles over the merged
    /// histograms), as CloudWatch's metric math would sum them; unknown keys add nothing. For views such as "all
    /// APIs", which have no series of their own.
    std::vector<MetricsPoint> points(const QList<MetricsKey> &keys, Resolution resolution, qint64 fromMs,
                                     qint64 toMs) const;
    MetricsPoint total(const QList<MetricsKey> &keys, Resolution resolution, qint64 fromMs, qint64 toMs) const;
    quint64 droppedRecords() const;

    /// A point as CloudWatch names its metrics for `protocol`: REST `Count`, `4XXError`, `5XXError`, `CacheHitCount`,
    /// `CacheMissCount`, `Latency`, `IntegrationLatency`; HTTP APIs `Count`, `4xx`, `5xx`, `Latency`,
    /// `IntegrationLatency`; WebSocket `ConnectCount`, `MessageCount`, `IntegrationError`, `ClientError`,
    /// `ExecutionError`, `IntegrationLatency`. Latencies are objects {SampleCount, Average, Minimum, Maximum, p50,
    /// p90, p99} in ms, present only when there were samples.
    static QJsonObject toJson(const MetricsPoint &point, const QString &protocol);

    /// One JSON object per line for every series and every minute with data in the last day up to `nowMs`:
    /// {"timestamp" (ISO 8601, the minute's start), "period": 60, "protocol", "dimensions": {"ApiId", "Stage",
    /// "Resource", "Method"} (only the series' own), "metrics": toJson()}. Ordered by series, then time.
    QByteArray minuteJsonLines(qint64 nowMs) const;

private:
    struct Series;
    Series *seriesFor(const MetricsKey &key, const QString &protocol); // m_mutex held
    const Series *find(const MetricsKey &key) const;                  // m_mutex held

    const int m_maxSeries;
    mutable QMutex m_mutex; ///< guards everything below
    QHash<QString, int> m_index; ///< series key text → index in m_series
    std::vector<std::unique_ptr<Series>> m_series;
    quint64 m_dropped = 0;
};

} // namespace gw::metrics
