// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsstore.h"

#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <limits>

namespace gw::metrics {

namespace {

constexpr double kFirstBinUs = 32;       // bin 1 starts here
constexpr double kBinsPerDoubling = 3;   // bins are 2^(1/3) wide

/// What one record contributes to a bucket.
struct Sample
{
    enum Counter { Count, Error4xx, Error5xx, CacheHit, CacheMiss, Connect, Message, IntegrationError, ClientError,
                   ExecutionError, CounterCount };
    std::array<quint32, CounterCount> counters{};
    qint64 latencyUs = -1;
    qint64 integrationLatencyUs = -1;
};

Sample sampleOf(const ExchangeRecord &r, bool websocket)
{
    Sample s;
    if (websocket) {
        // CloudWatch's WebSocket metrics (apigateway-websocket-api-logging): ConnectCount counts connect requests
        // that reached the $connect integration, so not those a step before it refused (an authorizer, say).
        const bool reachedIntegration = r.stoppedAtStep.isEmpty() || r.stoppedAtStep == QLatin1String("integration");
        if (r.eventType == QLatin1String("CONNECT") && reachedIntegration)
            s.counters[Sample::Connect] = 1;
        s.counters[Sample::Message] = quint32(std::max(0, r.messagesIn) + std::max(0, r.messagesOut));
        const bool executionFailed = r.stoppedAt == QLatin1String("websocket.integration_failed")
            || r.stoppedAt == QLatin1String("websocket.connect_failed");
        if (executionFailed)
            s.counters[Sample::ExecutionError] = 1;
        else if (r.integrationStatus >= 400)
            s.counters[Sample::IntegrationError] = 1;
        if (r.status >= 400 && r.status < 500 && !r.stoppedAtStep.isEmpty() && !reachedIntegration)
            s.counters[Sample::ClientError] = 1;
    } else {
        s.counters[Sample::Count] = 1;
        if (r.status >= 400 && r.status < 500)
            s.counters[Sample::Error4xx] = 1;
        else if (r.status >= 500)
            s.counters[Sample::Error5xx] = 1;
        if (r.cache) {
            if (r.cache->hit)
                s.counters[Sample::CacheHit] = 1;
            else
                s.counters[Sample::CacheMiss] = 1;
        }
        s.latencyUs = r.totalUs;
    }
    s.integrationLatencyUs = r.integrationLatencyUs;
    return s;
}

template <typename Count>
struct Histogram
{
    std::array<Count, latencyBinCount> bins{};
    quint32 count = 0;
    quint32 minUs = 0;
    quint32 maxUs = 0;
    quint64 sumUs = 0;

    void add(qint64 us)
    {
        const quint32 v = quint32(std::clamp<qint64>(us, 0, std::numeric_limits<quint32>::max()));
        Count &bin = bins[size_t(latencyBin(v))];
        if (bin < std::numeric_limits<Count>::max()) // 16-bit second bins saturate (65,535 per bin and second)
            ++bin;
        minUs = count ? std::min(minUs, v) : v;
        maxUs = count ? std::max(maxUs, v) : v;
        ++count;
        sumUs += v;
    }
};

/// A merged histogram for queries.
struct Merged
{
    std::array<quint64, latencyBinCount> bins{};
    quint64 count = 0;
    quint64 binned = 0; ///< sum of bins (below count when 16-bit bins saturated)
    quint32 minUs = 0;
    quint32 maxUs = 0;
    quint64 sumUs = 0;

    template <typename Count>
    void add(const Histogram<Count> &h)
    {
        if (!h.count)
            return;
        for (int i = 0; i < latencyBinCount; ++i) {
            bins[size_t(i)] += h.bins[size_t(i)];
            binned += h.bins[size_t(i)];
        }
        minUs = count ? std::min(minUs, h.minUs) : h.minUs;
        maxUs = count ? std::max(maxUs, h.maxUs) : h.maxUs;
        count += h.count;
        sumUs += h.sumUs;
    }

    double quantileUs(double q) const
    {
        if (!binned)
            return 0;
        const quint64 rank = std::max<quint64>(1, quint64(std::ceil(q * double(binned))));
        quint64 seen = 0;
        for (int i = 0; i < latencyBinCount; ++i) {
            seen += bins[size_t(i)];
            if (seen < rank)
                continue;
            const double lo = i == 0 ? double(minUs) : latencyBinLowerUs(i);
            const double hi = i == latencyBinCount - 1 ? double(maxUs) : latencyBinUpperUs(i);
            const double mid = lo > 0 ? std::sqrt(lo * hi) : hi / 2;
            return std::clamp(mid, double(minUs), double(maxUs));
        }
        return maxUs;
    }

    LatencyStats stats() const
    {
        LatencyStats s;
        if (!count)
            return s;
        s.count = count;
        s.sumMs = double(sumUs) / 1000;
        s.minMs = double(minUs) / 1000;
        s.maxMs = double(maxUs) / 1000;
        s.p50 = quantileUs(0.50) / 1000;
        s.p90 = quantileUs(0.90) / 1000;
        s.p99 = quantileUs(0.99) / 1000;
        return s;
    }
};

template <typename Count>
struct Bucket
{
    qint64 stamp = -1; ///< the epoch second or minute counted; -1 when empty
    std::array<quint32, Sample::CounterCount> counters{};
    Histogram<Count> latency;
    Histogram<Count> integrationLatency;

    void add(const Sample &s)
    {
        for (size_t i = 0; i < counters.size(); ++i)
            counters[i] += s.counters[i];
        if (s.latencyUs >= 0)
            latency.add(s.latencyUs);
        if (s.integrationLatencyUs >= 0)
            integrationLatency.add(s.integrationLatencyUs);
    }
};

template <typename Count>
void addTo(std::vector<Bucket<Count>> &ring, qint64 stamp, const Sample &s)
{
    Bucket<Count> &b = ring[size_t(stamp % qint64(ring.size()))];
    if (b.stamp < stamp) {
        b = Bucket<Count>();
        b.stamp = stamp;
    } else if (b.stamp > stamp) {
        return; // older than the ring's span
    }
    b.add(s);
}

QString keyText(const MetricsKey &k)
{
    return k.apiId + QChar(0x1f) + k.stage + QChar(0x1f) + k.resource + QChar(0x1f) + k.method;
}

} // namespace

int latencyBin(qint64 us)
{
    if (us < qint64(kFirstBinUs))
        return 0;
    const int bin = 1 + int(std::floor(std::log2(double(us) / kFirstBinUs) * kBinsPerDoubling));
    return std::min(bin, latencyBinCount - 1);
}

double latencyBinLowerUs(int bin)
{
    return bin <= 0 ? 0 : kFirstBinUs * std::exp2(double(bin - 1) / kBinsPerDoubling);
}

double latencyBinUpperUs(int bin)
{
    return bin >= latencyBinCount - 1 ? std::numeric_limits<double>::infinity()
                                      : kFirstBinUs * std::exp2(double(bin) / kBinsPerDoubling);
}

bool MetricsPoint::isEmpty() const
{
    return !count && !connectCount && !messageCount && !integrationError && !clientError && !executionError
        && !latency.count && !integrationLatency.count;
}

struct MetricsStore::Series
{
    MetricsKey key;
    QString protocol;
    std::vector<Bucket<quint16>> seconds = std::vector<Bucket<quint16>>(secondsKept);
    std::vector<Bucket<quint32>> minutes = std::vector<Bucket<quint32>>(minutesKept);
};

MetricsStore::MetricsStore(int maxSeries)
    : m_maxSeries(std::max(1, maxSeries))
{ }

MetricsStore::~MetricsStore() = default;

MetricsStore::Series *MetricsStore::seriesFor(const MetricsKey &key, const QString &protocol)
{
    const QString text = keyText(key);
    const auto it = m_index.constFind(text);
    if (it != m_index.constEnd())
        return m_series[size_t(*it)].get();
    if (int(m_series.size()) >= m_maxSeries)
        return nullptr;
    auto s = std::make_unique<Series>();
    s->key = key;
    s->protocol = protocol;
    m_index.insert(text, int(m_series.size()));
    m_series.push_back(std::move(s));
    return m_series.back().get();
}

const MetricsStore::Series *MetricsStore::find(const MetricsKey &key) const
{
    const auto it = m_index.constFind(keyText(key));
    return it == m_index.constEnd() ? nullptr : m_series[size_t(*it)].get();
}

void MetricsStore::add(const ExchangeRecord &r)
{
    // Requests no API answered have no API to be counted under (CloudWatch has no metric for them either).
    if (r.apiId.isEmpty() || r.protocol.isEmpty())
        return;
    const bool websocket = r.protocol == QLatin1String("websocket");
    const Sample sample = sampleOf(r, websocket);
    const qint64 second = r.startEpochMs / 1000;
    const qint64 minute = r.startEpochMs / 60'000;
    const MetricsKey levels[3] = {
        {r.apiId, {}, {}, {}},
        {r.apiId, r.stage, {}, {}},
        {r.apiId, r.stage, r.route, websocket ? QString() : r.method},
    };
    // A request that matched no route counts for the API and the stage only: it has no Resource dimension.
    const int levelCount = r.route.isEmpty() ? 2 : 3;
    QMutexLocker lock(&m_mutex);
    bool dropped = false;
    for (int level = 0; level < levelCount; ++level) {
        const MetricsKey &key = levels[level];
        Series *s = seriesFor(key, r.protocol);
        if (!s) {
            dropped = true;
            continue;
        }
        addTo(s->seconds, second, sample);
        addTo(s->minutes, minute, sample);
    }
    if (dropped)
        ++m_dropped;
}

void MetricsStore::consume(const std::vector<ExchangeRecordPtr> &batch)
{
    for (const ExchangeRecordPtr &r : batch) {
        if (r)
            add(*r);
    }
}

void MetricsStore::clear()
{
    QMutexLocker lock(&m_mutex);
    m_index.clear();
    m_series.clear();
    m_dropped = 0;
}

QList<MetricsKey> MetricsStore::keys() const
{
    QList<MetricsKey> out;
    {
        QMutexLocker lock(&m_mutex);
        for (const auto &s : m_series)
            out.append(s->key);
    }
    std::sort(out.begin(), out.end(), [](const MetricsKey &a, const MetricsKey &b) {
        return std::tie(a.apiId, a.stage, a.resource, a.method) < std::tie(b.apiId, b.stage, b.resource, b.method);
    });
    return out;
}

QString MetricsStore::protocol(const MetricsKey &key) const
{
    QMutexLocker lock(&m_mutex);
    const Series *s = find(key);
    return s ? s->protocol : QString();
}

quint64 MetricsStore::droppedRecords() const
{
    QMutexLocker lock(&m_mutex);
    return m_dropped;
}

namespace {

template <typename Count>
void accumulate(MetricsPoint &p, Merged &latency, Merged &integration, const Bucket<Count> &b)
{
    p.count += b.counters[Sample::Count];
    p.error4xx += b.counters[Sample::Error4xx];
    p.error5xx += b.counters[Sample::Error5xx];
    p.cacheHit += b.counters[Sample::CacheHit];
    p.cacheMiss += b.counters[Sample::CacheMiss];
    p.connectCount += b.counters[Sample::Connect];
    p.messageCount += b.counters[Sample::Message];
    p.integrationError += b.counters[Sample::IntegrationError];
    p.clientError += b.counters[Sample::ClientError];
    p.executionError += b.counters[Sample::ExecutionError];
    latency.add(b.latency);
    integration.add(b.integrationLatency);
}

/// Visits the periods of [fromMs, toMs) still in `ring`, oldest first: f(periodStartMs, bucket or null).
template <typename Count, typename F>
void visit(const std::vector<Bucket<Count>> &ring, qint64 periodMs, qint64 fromMs, qint64 toMs, qint64 newestStamp, F f)
{
    const qint64 size = qint64(ring.size());
    qint64 first = fromMs / periodMs;
    const qint64 last = (toMs - 1) / periodMs; // inclusive
    first = std::max(first, newestStamp - size + 1);
    for (qint64 stamp = first; stamp <= last; ++stamp) {
        const Bucket<Count> &b = ring[size_t(((stamp % size) + size) % size)];
        f(stamp * periodMs, b.stamp == stamp ? &b : nullptr);
    }
}

} // namespace

std::vector<MetricsPoint> MetricsStore::points(const MetricsKey &key, Resolution resolution, qint64 fromMs,
                                               qint64 toMs) const
{
    std::vector<MetricsPoint> out;
    if (toMs <= fromMs)
        return out;
    QMutexLocker lock(&m_mutex);
    const Series *s = find(key);
    const qint64 periodMs = resolution == Resolution::Second ? 1000 : 60'000;
    // The ring's span ends at the newest of now and the newest bucket: ask for periods up to toMs.
    const qint64 newestStamp = std::max<qint64>((toMs - 1) / periodMs, 0);
    auto push = [&](qint64 startMs, const auto *bucket) {
        MetricsPoint p;
        p.startMs = startMs;
        p.periodSeconds = int(periodMs / 1000);
        if (bucket) {
            Merged latency, integration;
            accumulate(p, latency, integration, *bucket);
            p.latency = latency.stats();
            p.integrationLatency = integration.stats();
        }
        out.push_back(p);
    };
    if (!s) {
        // Unknown series: empty periods, so a chart of a route that saw nothing yet still has its axis.
        const qint64 size = resolution == Resolution::Second ? secondsKept : minutesKept;
        for (qint64 stamp = std::max(fromMs / periodMs, newestStamp - size + 1); stamp <= newestStamp; ++stamp)
            push(stamp * periodMs, static_cast<const Bucket<quint32> *>(nullptr));
        return out;
    }
    if (resolution == Resolution::Second)
        visit(s->seconds, periodMs, fromMs, toMs, newestStamp, push);
    else
        visit(s->minutes, periodMs, fromMs, toMs, newestStamp, push);
    return out;
}

MetricsPoint MetricsStore::total(const MetricsKey &key, Resolution resolution, qint64 fromMs, qint64 toMs) const
{
    MetricsPoint p;
    const qint64 periodMs = resolution == Resolution::Second ? 1000 : 60'000;
    p.startMs = fromMs / periodMs * periodMs;
    p.periodSeconds = int(std::max<qint64>(0, toMs - p.startMs) / 1000);
    if (toMs <= fromMs)
        return p;
    QMutexLocker lock(&m_mutex);
    const Series *s = find(key);
    if (!s)
        return p;
    Merged latency, integration;
    const qint64 newestStamp = (toMs - 1) / periodMs;
    auto add = [&](qint64, const auto *bucket) {
        if (bucket)
            accumulate(p, latency, integration, *bucket);
    };
    if (resolution == Resolution::Second)
        visit(s->seconds, periodMs, fromMs, toMs, newestStamp, add);
    else
        visit(s->minutes, periodMs, fromMs, toMs, newestStamp, add);
    p.latency = latency.stats();
    p.integrationLatency = integration.stats();
    return p;
}

std::vector<MetricsPoint> MetricsStore::points(const QList<MetricsKey> &keys, Resolution resolution, qint64 fromMs,
                                               qint64 toMs) const
{
    std::vector<MetricsPoint> out;
    if (toMs <= fromMs)
        return out;
    const qint64 periodMs = resolution == Resolution::Second ? 1000 : 60'000;
    const qint64 size = resolution == Resolution::Second ? secondsKept : minutesKept;
    const qint64 newestStamp = std::max<qint64>((toMs - 1) / periodMs, 0);
    const qint64 first = std::max(fromMs / periodMs, newestStamp - size + 1); // as visit() and points() start
    if (newestStamp < first)
        return out;
    out.resize(size_t(newestStamp - first + 1));
    std::vector<Merged> latency(out.size());
    std::vector<Merged> integration(out.size());
    for (size_t i = 0; i < out.size(); ++i) {
        out[i].startMs = (first + qint64(i)) * periodMs;
        out[i].periodSeconds = int(periodMs / 1000);
    }
    QMutexLocker lock(&m_mutex);
    for (const MetricsKey &key : keys) {
        const Series *s = find(key);
        if (!s)
            continue;
        auto add = [&](qint64 startMs, const auto *bucket) {
            const qint64 i = startMs / periodMs - first;
            if (bucket && i >= 0 && i < qint64(out.size()))
                accumulate(out[size_t(i)], latency[size_t(i)], integration[size_t(i)], *bucket);
        };
        if (resolution == Resolution::Second)
            visit(s->seconds, periodMs, fromMs, toMs, newestStamp, add);
        else
            visit(s->minutes, periodMs, fromMs, toMs, newestStamp, add);
    }
    for (size_t i = 0; i < out.size(); ++i) {
        out[i].latency = latency[i].stats();
        out[i].integrationLatency = integration[i].stats();
    }
    return out;
}

MetricsPoint MetricsStore::total(const QList<MetricsKey> &keys, Resolution resolution, qint64 fromMs, qint64 toMs) const
{
    MetricsPoint p;
    const qint64 periodMs = resolution == Resolution::Second ? 1000 : 60'000;
    p.startMs = fromMs / periodMs * periodMs;
    p.periodSeconds = int(std::max<qint64>(0, toMs - p.startMs) / 1000);
    if (toMs <= fromMs)
        return p;
    QMutexLocker lock(&m_mutex);
    Merged latency, integration;
    const qint64 newestStamp = (toMs - 1) / periodMs;
    auto add = [&](qint64, const auto *bucket) {
        if (bucket)
            accumulate(p, latency, integration, *bucket);
    };
    for (const MetricsKey &key : keys) {
        const Series *s = find(key);
        if (!s)
            continue;
        if (resolution == Resolution::Second)
            visit(s->seconds, periodMs, fromMs, toMs, newestStamp, add);
        else
            visit(s->minutes, periodMs, fromMs, toMs, newestStamp, add);
    }
    p.latency = latency.stats();
    p.integrationLatency = integration.stats();
    return p;
}

QJsonObject MetricsStore::toJson(const MetricsPoint &p, const QString &protocol)
{
    auto latencyJson = [](const LatencyStats &l) {
        return QJsonObject{{QStringLiteral("SampleCount"), double(l.count)},
                           {QStringLiteral("Average"), l.averageMs()},
                           {QStringLiteral("Minimum"), l.minMs},
                           {QStringLiteral("Maximum"), l.maxMs},
                           {QStringLiteral("p50"), l.p50},
                           {QStringLiteral("p90"), l.p90},
                           {QStringLiteral("p99"), l.p99}};
    };
    QJsonObject o;
    if (protocol == QLatin1String("websocket")) {
        o.insert(QStringLiteral("ConnectCount"), double(p.connectCount));
        o.insert(QStringLiteral("MessageCount"), double(p.messageCount));
        o.insert(QStringLiteral("IntegrationError"), double(p.integrationError));
        o.insert(QStringLiteral("ClientError"), double(p.clientError));
        o.insert(QStringLiteral("ExecutionError"), double(p.executionError));
    } else {
        const bool http = protocol == QLatin1String("http");
        o.insert(QStringLiteral("Count"), double(p.count));
        o.insert(http ? QStringLiteral("4xx") : QStringLiteral("4XXError"), double(p.error4xx));
        o.insert(http ? QStringLiteral("5xx") : QStringLiteral("5XXError"), double(p.error5xx));
        if (!http) {
            o.insert(QStringLiteral("CacheHitCount"), double(p.cacheHit));
            o.insert(QStringLiteral("CacheMissCount"), double(p.cacheMiss));
        }
        if (p.latency.count)
            o.insert(QStringLiteral("Latency"), latencyJson(p.latency));
    }
    if (p.integrationLatency.count)
        o.insert(QStringLiteral("IntegrationLatency"), latencyJson(p.integrationLatency));
    return o;
}

QByteArray MetricsStore::minuteJsonLines(qint64 nowMs) const
{
    QByteArray out;
    const qint64 fromMs = nowMs - qint64(minutesKept) * 60'000;
    for (const MetricsKey &key : keys()) {
        const QString proto = protocol(key);
        QJsonObject dimensions{{QStringLiteral("ApiId"), key.apiId}};
        if (!key.stage.isEmpty())
            dimensions.insert(QStringLiteral("Stage"), key.stage);
        if (!key.resource.isEmpty()) {
            dimensions.insert(QStringLiteral("Resource"), key.resource);
            dimensions.insert(QStringLiteral("Method"), key.method);
        }
        for (const MetricsPoint &p : points(key, Resolution::Minute, fromMs, nowMs + 1)) {
            if (p.isEmpty())
                continue;
            const QJsonObject line{
                {QStringLiteral("timestamp"),
                 QDateTime::fromMSecsSinceEpoch(p.startMs, Qt::UTC).toString(Qt::ISODate)},
                {QStringLiteral("period"), 60},
                {QStringLiteral("protocol"), proto},
                {QStringLiteral("dimensions"), dimensions},
                {QStringLiteral("metrics"), toJson(p, proto)},
            };
            out += QJsonDocument(line).toJson(QJsonDocument::Compact);
            out += '\n';
        }
    }
    return out;
}

} // namespace gw::metrics
