// SPDX-License-Identifier: GPL-3.0-or-later
// The metrics store: CloudWatch's metric definitions for REST, HTTP and WebSocket records, the three dimension
// levels, 1-second and 1-minute rings (their span, reuse of old buckets, late records), histogram percentiles
// against exact ones, the series cap, the JSON names, and concurrent add() and reads.

#include "observe/metricsstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <thread>

using namespace gw;
using namespace gw::metrics;

namespace {

constexpr qint64 kT0 = 1'700'000'040'000; // a whole minute

std::shared_ptr<ExchangeRecord> rec(const QString &protocol, qint64 atMs, int status = 200, qint64 totalUs = 1000)
{
    auto r = std::make_shared<ExchangeRecord>();
    r->protocol = protocol;
    r->apiId = QStringLiteral("api1");
    r->stage = QStringLiteral("prod");
    r->route = QStringLiteral("/pets");
    r->method = QStringLiteral("GET");
    r->startEpochMs = atMs;
    r->status = status;
    r->totalUs = totalUs;
    return r;
}

const MetricsKey kApi{QStringLiteral("api1"), {}, {}, {}};
const MetricsKey kStage{QStringLiteral("api1"), QStringLiteral("prod"), {}, {}};
const MetricsKey kRoute{QStringLiteral("api1"), QStringLiteral("prod"), QStringLiteral("/pets"), QStringLiteral("GET")};

} // namespace

class tst_Metrics : public QObject
{
    Q_OBJECT
private slots:
    void latencyBins();
    void restCounters_data();
    void restCounters();
    void dimensionLevels();
    void websocketMetrics_data();
    void websocketMetrics();
    void percentilesWithinBinError();
    void exactWhenAllEqual();
    void secondRingSpanAndReuse();
    void minuteRingAndLateRecords();
    void pointsIncludeEmptyPeriods();
    void mergedSeries();
    void seriesCap();
    void jsonNames();
    void minuteJsonLines();
    void concurrentAddAndRead();
    void addBenchmark();
};

void tst_Metrics::latencyBins()
{
    QCOMPARE(latencyBin(0), 0);
    QCOMPARE(latencyBin(31), 0);
    QCOMPARE(latencyBin(32), 1);
    QCOMPARE(latencyBin(64), 4); // one doubling is three bins
    QCOMPARE(latencyBin(std::numeric_limits<qint32>::max()), latencyBinCount - 1);
    for (int b = 1; b < latencyBinCount - 1; ++b) {
        QVERIFY(latencyBinUpperUs(b) > latencyBinLowerUs(b));
        QCOMPARE(latencyBinLowerUs(b + 1), latencyBinUpperUs(b));
        QVERIFY(latencyBinUpperUs(b) / latencyBinLowerUs(b) < 1.26);
        // Every value inside a bin maps to it.
        QCOMPARE(latencyBin(qint64(std::ceil(latencyBinLowerUs(b)))), b);
        QCOMPARE(latencyBin(qint64(std::ceil(latencyBinUpperUs(b))) - 1), b);
    }
    QVERIFY(std::isinf(latencyBinUpperUs(latencyBinCount - 1)));
    QVERIFY(latencyBinLowerUs(latencyBinCount - 1) > 29e6); // API Gateway's integration timeout fits before it
}

void tst_Metrics::restCounters_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("cache"); // 0 none, 1 hit, 2 miss
    QTest::addColumn<quint64>("e4");
    QTest::addColumn<quint64>("e5");
    QTest::addColumn<quint64>("hit");
    QTest::addColumn<quint64>("miss");
    QTest::addRow("200") << "rest" << 200 << 0 << quint64(0) << quint64(0) << quint64(0) << quint64(0);
    QTest::addRow("403 is 4XXError") << "rest" << 403 << 0 << quint64(1) << quint64(0) << quint64(0) << quint64(0);
    QTest::addRow("499") << "http" << 499 << 0 << quint64(1) << quint64(0) << quint64(0) << quint64(0);
    QTest::addRow("502 is 5XXError") << "rest" << 502 << 0 << quint64(0) << quint64(1) << quint64(0) << quint64(0);
    QTest::addRow("cache hit") << "rest" << 200 << 1 << quint64(0) << quint64(0) << quint64(1) << quint64(0);
    QTest::addRow("cache miss") << "rest" << 200 << 2 << quint64(0) << quint64(0) << quint64(0) << quint64(1);
    QTest::addRow("client went away (0)") << "rest" << 0 << 0 << quint64(0) << quint64(0) << quint64(0) << quint64(0);
}

void tst_Metrics::restCounters()
{
    QFETCH(QString, protocol);
    QFETCH(int, status);
    QFETCH(int, cache);
    QFETCH(quint64, e4);
    QFETCH(quint64, e5);
    QFETCH(quint64, hit);
    QFETCH(quint64, miss);
    MetricsStore store;
    auto r = rec(protocol, kT0 + 500, status, 2500);
    r->integrationLatencyUs = 2000;
    if (cache) {
        auto c = std::make_shared<CacheTrace>();
        c->hit = cache == 1;
        r->cache = c;
    }
    store.add(*r);
    const MetricsPoint p = store.total(kRoute, MetricsStore::Resolution::Second, kT0, kT0 + 1000);
    QCOMPARE(p.count, quint64(1));
    QCOMPARE(p.error4xx, e4);
    QCOMPARE(p.error5xx, e5);
    QCOMPARE(p.cacheHit, hit);
    QCOMPARE(p.cacheMiss, miss);
    QCOMPARE(p.latency.count, quint64(1));
    QCOMPARE(p.latency.p99, 2.5);
    QCOMPARE(p.integrationLatency.p50, 2.0);
    QCOMPARE(p.connectCount + p.messageCount + p.clientError, quint64(0));
}

void tst_Metrics::dimensionLevels()
{
    MetricsStore store;
    store.add(*rec(QStringLiteral("rest"), kT0));
    auto other = rec(QStringLiteral("rest"), kT0);
    other->method = QStringLiteral("POST");
    store.add(*other);
    auto dev = rec(QStringLiteral("rest"), kT0);
    dev->stage = QStringLiteral("dev");
    store.add(*dev);
    auto noApi = rec(QStringLiteral("rest"), kT0);
    noApi->apiId.clear();
    noApi->protocol.clear();
    store.add(*noApi); // no API answered: not counted anywhere
    const QList<MetricsKey> keys = store.keys();
    QCOMPARE(keys.size(), 6); // api; api/dev; api/dev/route; api/prod; api/prod GET; api/prod POST
    QCOMPARE(keys.first(), kApi);
    auto count = [&](const MetricsKey &k) { return store.total(k, MetricsStore::Resolution::Minute, kT0, kT0 + 60'000).count; };
    QCOMPARE(count(kApi), quint64(3));
    QCOMPARE(count(kStage), quint64(2));
    QCOMPARE(count(kRoute), quint64(1));
    QCOMPARE(count(MetricsKey{QStringLiteral("api1"), QStringLiteral("prod"), QStringLiteral("/pets"), QStringLiteral("POST")}),
             quint64(1));
    QCOMPARE(store.protocol(kApi), QStringLiteral("rest"));
    QCOMPARE(store.protocol(MetricsKey{QStringLiteral("nope"), {}, {}, {}}), QString());
}

void tst_Metrics::websocketMetrics_data()
{
    QTest::addColumn<QString>("eventType");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("integrationStatus");
    QTest::addColumn<QString>("stoppedAt");
    QTest::addColumn<QString>("stoppedAtStep");
    QTest::addColumn<int>("messagesIn");
    QTest::addColumn<int>("messagesOut");
    // ConnectCount, MessageCount, IntegrationError, ClientError, ExecutionError
    QTest::addColumn<QList<int>>("expected");
    QTest::addRow("connect accepted") << "CONNECT" << 101 << 200 << "" << "" << 0 << 0 << QList<int>{1, 0, 0, 0, 0};
    QTest::addRow("connect refused by the integration (403)")
        << "CONNECT" << 403 << 403 << "websocket.connect_rejected" << "integration" << 0 << 0 << QList<int>{1, 0, 1, 0, 0};
    QTest::addRow("connect failed (timeout)")
        << "CONNECT" << 500 << 504 << "websocket.connect_failed" << "integration" << 0 << 0 << QList<int>{1, 0, 0, 0, 1};
    QTest::addRow("connect refused by an authorizer")
        << "CONNECT" << 401 << 0 << "authorizer.unauthorized" << "authorizer" << 0 << 0 << QList<int>{0, 0, 0, 1, 0};
    QTest::addRow("two-way message") << "MESSAGE" << 200 << 200 << "" << "" << 1 << 1 << QList<int>{0, 2, 0, 0, 0};
    QTest::addRow("one-way message") << "MESSAGE" << 200 << 200 << "" << "" << 1 << 0 << QList<int>{0, 1, 0, 0, 0};
    QTest::addRow("integration answered 500")
        << "MESSAGE" << 500 << 500 << "" << "" << 1 << 1 << QList<int>{0, 2, 1, 0, 0};
    QTest::addRow("integration failed") << "MESSAGE" << 504 << 504 << "websocket.integration_failed" << "integration" << 1
                                        << 1 << QList<int>{0, 2, 0, 0, 1};
    QTest::addRow("no route: Forbidden") << "MESSAGE" << 403 << 0 << "websocket.no_route" << "route" << 1 << 1
                                         << QList<int>{0, 2, 0, 1, 0};
    QTest::addRow("@connections POST") << "MESSAGE" << 200 << 0 << "" << "" << 0 << 1 << QList<int>{0, 1, 0, 0, 0};
    QTest::addRow("disconnect") << "DISCONNECT" << 200 << 200 << "" << "" << 0 << 0 << QList<int>{0, 0, 0, 0, 0};
}

void tst_Metrics::websocketMetrics()
{
    QFETCH(QString, eventType);
    QFETCH(int, status);
    QFETCH(int, integrationStatus);
    QFETCH(QString, stoppedAt);
    QFETCH(QString, stoppedAtStep);
    QFETCH(int, messagesIn);
    QFETCH(int, messagesOut);
    QFETCH(QList<int>, expected);
    MetricsStore store;
    auto r = rec(QStringLiteral("websocket"), kT0, status);
    r->route = QStringLiteral("$default");
    r->eventType = eventType;
    r->integrationStatus = integrationStatus;
    r->stoppedAt = stoppedAt;
    r->stoppedAtStep = stoppedAtStep;
    r->messagesIn = messagesIn;
    r->messagesOut = messagesOut;
    store.add(*r);
    const MetricsKey route{QStringLiteral("api1"), QStringLiteral("prod"), QStringLiteral("$default"), {}};
    const MetricsPoint p = store.total(route, MetricsStore::Resolution::Second, kT0, kT0 + 1000);
    QCOMPARE((QList<int>{int(p.connectCount), int(p.messageCount), int(p.integrationError), int(p.clientError),
                         int(p.executionError)}),
             expected);
    QCOMPARE(p.count, quint64(0)); // Count, 4XXError, Latency are REST and HTTP metrics
    QCOMPARE(p.latency.count, quint64(0));
}

void tst_Metrics::percentilesWithinBinError()
{
    // 10,000 latencies spread log-uniformly over 100 µs .. 10 s; the estimates are within a bin (12%) of the exact
    // percentiles.
    MetricsStore store;
    QRandomGenerator rng(42);
    std::vector<qint64> values;
    for (int i = 0; i < 10'000; ++i) {
        const qint64 us = qint64(100 * std::pow(10.0, rng.generateDouble() * 5));
        values.push_back(us);
        store.add(*rec(QStringLiteral("http"), kT0 + (i % 60) * 1000, 200, us));
    }
    std::sort(values.begin(), values.end());
    auto exact = [&](double q) { return double(values[size_t(std::ceil(q * values.size())) - 1]) / 1000; };
    const MetricsPoint minute = store.total(kRoute, MetricsStore::Resolution::Minute, kT0, kT0 + 60'000);
    const MetricsPoint seconds = store.total(kRoute, MetricsStore::Resolution::Second, kT0, kT0 + 60'000);
    for (const MetricsPoint &p : {minute, seconds}) {
        QCOMPARE(p.latency.count, quint64(10'000));
        QCOMPARE(p.latency.minMs, double(values.front()) / 1000);
        QCOMPARE(p.latency.maxMs, double(values.back()) / 1000);
        for (const auto &[estimate, q] : {std::pair{p.latency.p50, 0.5}, {p.latency.p90, 0.9}, {p.latency.p99, 0.99}}) {
            const double ratio = estimate / exact(q);
            QVERIFY2(ratio > 1 / 1.13 && ratio < 1.13,
                     qPrintable(QStringLiteral("q%1: estimate %2 ms, exact %3 ms").arg(q).arg(estimate).arg(exact(q))));
        }
    }
    // The average is exact (sums are kept).
    double sum = 0;
    for (qint64 v : values)
        sum += double(v) / 1000;
    QCOMPARE(std::llround(minute.latency.averageMs() * 1000), std::llround(sum / values.size() * 1000));
}

void tst_Metrics::exactWhenAllEqual()
{
    MetricsStore store;
    for (int i = 0; i < 100; ++i)
        store.add(*rec(QStringLiteral("rest"), kT0, 200, 12'345));
    const MetricsPoint p = store.total(kRoute, MetricsStore::Resolution::Second, kT0, kT0 + 1000);
    QCOMPARE(p.latency.p50, 12.345);
    QCOMPARE(p.latency.p90, 12.345);
    QCOMPARE(p.latency.p99, 12.345);
    // Two values: p50 is the lower one's bin, p99 the upper one's; both clamp into [min, max].
    MetricsStore two;
    for (int i = 0; i < 50; ++i) {
        two.add(*rec(QStringLiteral("rest"), kT0, 200, 1000));
        two.add(*rec(QStringLiteral("rest"), kT0, 200, 9000));
    }
    const MetricsPoint q = two.total(kRoute, MetricsStore::Resolution::Second, kT0, kT0 + 1000);
    QVERIFY(q.latency.p50 >= 1.0 && q.latency.p50 < 1.13);
    QVERIFY(q.latency.p99 > 9.0 / 1.13 && q.latency.p99 <= 9.0);
}

void tst_Metrics::secondRingSpanAndReuse()
{
    MetricsStore store;
    store.add(*rec(QStringLiteral("rest"), kT0));
    // An hour later the bucket of kT0's second is reused: the old second is gone from the 1 s view, not from the
    // minute view.
    const qint64 later = kT0 + qint64(MetricsStore::secondsKept) * 1000;
    store.add(*rec(QStringLiteral("rest"), later));
    store.add(*rec(QStringLiteral("rest"), later));
    QCOMPARE(store.total(kRoute, MetricsStore::Resolution::Second, kT0, kT0 + 1000).count, quint64(0));
    QCOMPARE(store.total(kRoute, MetricsStore::Resolution::Second, later, later + 1000).count, quint64(2));
    QCOMPARE(store.total(kRoute, MetricsStore::Resolution::Minute, kT0, kT0 + 60'000).count, quint64(1));
    // A record for kT0's second arriving now is older than the 1 s ring's bucket: minutes only.
    store.add(*rec(QStringLiteral("rest"), kT0));
    QCOMPARE(store.total(kRoute, MetricsStore::Resolution::Second, later, later + 1000).count, quint64(2));
    QCOMPARE(store.total(kRoute, MetricsStore::Resolution::Minute, kT0, kT0 + 60'000).count, quint64(2));
    // A query never walks more than the ring: a day of seconds gives an hour of points.
    QCOMPARE(store.points(kRoute, MetricsStore::Resolution::Second, later - 86'400'000, later + 1000).size(),
             size_t(MetricsStore::secondsKept));
}

void tst_Metrics::minuteRingAndLateRecords()
{
    MetricsStore store;
    // Within a minute, records out of order all count.
    store.add(*rec(QStringLiteral("rest"), kT0 + 59'000));
    store.add(*rec(QStringLiteral("rest"), kT0 + 1'000));
    QCOMPARE(store.total(kRoute, MetricsStore::Resolution::Minute, kT0, kT0 + 60'000).count, quint64(2));
    // A day later the minute bucket is reused.
    const qint64 nextDay = kT0 + qint64(MetricsStore::minutesKept) * 60'000;
    store.add(*rec(QStringLiteral("rest"), nextDay));
    QCOMPARE(store.total(kRoute, MetricsStore::Resolution::Minute, kT0, kT0 + 60'000).count, quint64(0));
    QCOMPARE(store.total(kRoute, MetricsStore::Resolution::Minute, nextDay, nextDay + 60'000).count, quint64(1));
    QCOMPARE(store.total(kRoute, MetricsStore::Resolution::Minute, kT0, nextDay + 60'000).count, quint64(1));
}

void tst_Metrics::pointsIncludeEmptyPeriods()
{
    MetricsStore store;
    store.add(*rec(QStringLiteral("rest"), kT0 + 1000, 500));
    store.add(*rec(QStringLiteral("rest"), kT0 + 3000));
    const std::vector<MetricsPoint> points = store.points(kRoute, MetricsStore::Resolution::Second, kT0, kT0 + 5000);
    QCOMPARE(points.size(), size_t(5));
    QList<quint64> counts;
    for (const MetricsPoint &p : points) {
        counts.append(p.count);
        QCOMPARE(p.periodSeconds, 1);
    }
    QCOMPARE(counts, (QList<quint64>{0, 1, 0, 1, 0}));
    QCOMPARE(points[1].startMs, kT0 + 1000);
    QCOMPARE(points[1].error5xx, quint64(1));
    QVERIFY(points[0].isEmpty());
    // An unknown series has empty periods too.
    QCOMPARE(store.points(MetricsKey{QStringLiteral("x"), {}, {}, {}}, MetricsStore::Resolution::Minute, kT0,
                          kT0 + 180'000).size(),
             size_t(3));
}

void tst_Metrics::mergedSeries()
{
    MetricsStore store;
    store.add(*rec(QStringLiteral("rest"), kT0 + 1000, 404, 1000));
    auto other = rec(QStringLiteral("http"), kT0 + 1500, 200, 9000);
    other->apiId = QStringLiteral("api2");
    store.add(*other);
    store.add(*rec(QStringLiteral("rest"), kT0 + 2000, 200, 1000));
    const MetricsKey api2{QStringLiteral("api2"), {}, {}, {}};
    const QList<MetricsKey> both{kApi, api2, MetricsKey{QStringLiteral("nothing"), {}, {}, {}}};
    const std::vector<MetricsPoint> points = store.points(both, MetricsStore::Resolution::Second, kT0, kT0 + 3000);
    QCOMPARE(points.size(), size_t(3));
    QCOMPARE(points[0].startMs, kT0);
    QVERIFY(points[0].isEmpty());
    QCOMPARE(points[1].count, quint64(2)); // one of each API in the same second
    QCOMPARE(points[1].error4xx, quint64(1));
    QCOMPARE(points[1].latency.count, quint64(2));
    QCOMPARE(points[1].latency.minMs, 1.0);
    QCOMPARE(points[1].latency.maxMs, 9.0);
    QCOMPARE(points[2].count, quint64(1));
    // The same periods as the single-series query.
    QCOMPARE(store.points(QList<MetricsKey>{kApi}, MetricsStore::Resolution::Minute, kT0, kT0 + 120'000).size(),
             store.points(kApi, MetricsStore::Resolution::Minute, kT0, kT0 + 120'000).size());
    const MetricsPoint total = store.total(both, MetricsStore::Resolution::Minute, kT0, kT0 + 60'000);
    QCOMPARE(total.count, quint64(3));
    QCOMPARE(total.error4xx, quint64(1));
    QCOMPARE(total.latency.maxMs, 9.0);
    QCOMPARE(store.total(QList<MetricsKey>{}, MetricsStore::Resolution::Minute, kT0, kT0 + 60'000).count, quint64(0));
}

void tst_Metrics::seriesCap()
{
    MetricsStore store(4); // api, stage and two routes
    for (int i = 0; i < 5; ++i) {
        auto r = rec(QStringLiteral("rest"), kT0);
        r->route = QStringLiteral("/r%1").arg(i);
        store.add(*r);
    }
    QCOMPARE(store.keys().size(), 4);
    QCOMPARE(store.droppedRecords(), quint64(3));
    // The levels that exist still count every record.
    QCOMPARE(store.total(kApi, MetricsStore::Resolution::Second, kT0, kT0 + 1000).count, quint64(5));
    QCOMPARE(store.total(kStage, MetricsStore::Resolution::Second, kT0, kT0 + 1000).count, quint64(5));
    store.clear();
    QCOMPARE(store.keys().size(), 0);
    QCOMPARE(store.droppedRecords(), quint64(0));
}

void tst_Metrics::jsonNames()
{
    MetricsPoint p;
    p.count = 3;
    p.error4xx = 1;
    p.error5xx = 2;
    p.latency.count = 3;
    p.latency.sumMs = 6;
    p.latency.p50 = 2;
    const QJsonObject rest = MetricsStore::toJson(p, QStringLiteral("rest"));
    QCOMPARE(rest.keys(), (QStringList{"4XXError", "5XXError", "CacheHitCount", "CacheMissCount", "Count", "Latency"}));
    QCOMPARE(rest.value(u"Latency").toObject().value(u"Average").toDouble(), 2.0);
    QCOMPARE(rest.value(u"Latency").toObject().value(u"SampleCount").toDouble(), 3.0);
    const QJsonObject http = MetricsStore::toJson(p, QStringLiteral("http"));
    QCOMPARE(http.keys(), (QStringList{"4xx", "5xx", "Count", "Latency"}));
    p.integrationLatency.count = 1;
    const QJsonObject ws = MetricsStore::toJson(p, QStringLiteral("websocket"));
    QCOMPARE(ws.keys(), (QStringList{"ClientError", "ConnectCount", "ExecutionError", "IntegrationError",
                                     "IntegrationLatency", "MessageCount"}));
}

void tst_Metrics::minuteJsonLines()
{
    MetricsStore store;
    store.add(*rec(QStringLiteral("rest"), kT0 + 5'000, 404, 3000));
    store.add(*rec(QStringLiteral("rest"), kT0 + 125'000));
    const QList<QByteArray> lines = store.minuteJsonLines(kT0 + 180'000).split('\n');
    QCOMPARE(lines.size(), 3 * 2 + 1); // three series, two minutes each, and the final newline
    QVERIFY(lines.last().isEmpty());
    const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
    QCOMPARE(first.value(u"timestamp").toString(), QDateTime::fromMSecsSinceEpoch(kT0, Qt::UTC).toString(Qt::ISODate));
    QCOMPARE(first.value(u"period").toInt(), 60);
    QCOMPARE(first.value(u"protocol").toString(), QStringLiteral("rest"));
    QCOMPARE(first.value(u"dimensions").toObject(), QJsonObject({{QStringLiteral("ApiId"), QStringLiteral("api1")}}));
    QCOMPARE(first.value(u"metrics").toObject().value(u"4XXError").toInt(), 1);
    QCOMPARE(first.value(u"metrics").toObject().value(u"Latency").toObject().value(u"p50").toDouble(), 3.0);
    const QJsonObject route = QJsonDocument::fromJson(lines[4]).object();
    QCOMPARE(route.value(u"dimensions").toObject().value(u"Resource").toString(), QStringLiteral("/pets"));
    QCOMPARE(route.value(u"dimensions").toObject().value(u"Method").toString(), QStringLiteral("GET"));
}

void tst_Metrics::concurrentAddAndRead()
{
    MetricsStore store;
    std::atomic<bool> stop{false};
    std::thread reader([&] {
        while (!stop.load()) {
            for (const MetricsKey &k : store.keys())
                (void)store.total(k, MetricsStore::Resolution::Second, kT0, kT0 + 10'000);
        }
    });
    std::vector<std::thread> writers;
    for (int w = 0; w < 2; ++w) {
        writers.emplace_back([&store, w] {
            for (int i = 0; i < 20'000; ++i)
                store.add(*rec(QStringLiteral("rest"), kT0 + (i % 10) * 1000 + w));
        });
    }
    for (std::thread &t : writers)
        t.join();
    stop = true;
    reader.join();
    QCOMPARE(store.total(kRoute, MetricsStore::Resolution::Second, kT0, kT0 + 10'000).count, quint64(40'000));
    QCOMPARE(store.total(kApi, MetricsStore::Resolution::Minute, kT0, kT0 + 60'000).count, quint64(40'000));
}

void tst_Metrics::addBenchmark()
{
    MetricsStore store;
    const auto r = rec(QStringLiteral("rest"), kT0, 200, 1500);
    quint64 added = 0;
    QBENCHMARK {
        store.add(*r);
        ++added;
    }
    QCOMPARE(store.total(kRoute, MetricsStore::Resolution::Second, kT0, kT0 + 1000).count, added);
}

QTEST_MAIN(tst_Metrics)
#include "tst_metrics.moc"
