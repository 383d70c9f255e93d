// SPDX-License-Identifier: GPL-3.0-or-later
// The REST stage cache over real sockets on a fake clock: a hit is proven by the backend's call count, TTLs expire
// on the clock, cache keys, Cache-Control: max-age=0 and its authorization rule, the 1 MB entry limit, per-method
// overrides, flushing and what the record says.
#include "rawhttp.h"
#include "recordcollector.h"
#include "testbackend.h"

#include "common/clock.h"
#include "doc/docio.h"
#include "engine/compiler.h"
#include "engine/gatewayengine.h"
#include "io/projectfile.h"
#include "steps/cache/stagecache.h"

#include <QtTest>

using namespace gw;
using namespace gw::test;

namespace {

QByteArray proxy(quint16 port, const QByteArray &path, const QByteArray &method = "GET", const QByteArray &extra = {})
{
    return "            x-amazon-apigateway-integration:\n"
           "              type: http_proxy\n              httpMethod: " + method + "\n"
           "              uri: http://127.0.0.1:" + QByteArray::number(port) + path + "\n" + extra;
}

QByteArray project(quint16 backend, const QByteArray &cache)
{
    return "gatehouse: 1\napis:\n  - id: shop\n    protocol: rest\n    definition:\n      openapi: 3.0.1\n"
           "      info: {title: shop, version: '1'}\n      paths:\n"
           "        /items:\n          get:\n" + proxy(backend, "/echo/items") +
           "          post:\n" + proxy(backend, "/echo/items", "POST") +
           "        /search:\n          get:\n" + proxy(backend, "/echo/search", "GET",
               "              cacheKeyParameters: [method.request.querystring.q]\n") +
           "        /plain:\n          get:\n" + proxy(backend, "/echo/plain") +
           "        /big:\n          get:\n" + proxy(backend, "/bytes/1100000") +
           "        /small:\n          get:\n" + proxy(backend, "/bytes/1000") +
           "        /nocache:\n          get:\n" + proxy(backend, "/echo/nocache") +
           "        /short:\n          get:\n" + proxy(backend, "/echo/short") +
           "        /strict:\n          get:\n" + proxy(backend, "/echo/strict") +
           "        /open:\n          get:\n" + proxy(backend, "/echo/open") +
           "        /quiet:\n          get:\n" + proxy(backend, "/echo/quiet") +
           "        /failing:\n          get:\n" + proxy(backend, "/status/500") +
           "    stages:\n      - name: prod\n        deployment: d1\n" + cache +
           "    deployments:\n      - id: d1\n";
}

const QByteArray stageCache = R"(        cache:
          clusterSize: '0.5'
          ttlInSeconds: 300
          methods:
            /items/POST: {enabled: true}
            /nocache/GET: {enabled: false}
            /short/GET: {ttlInSeconds: 10}
            /strict/GET: {unauthorizedCacheControlHeaderStrategy: FAIL_WITH_403}
            /open/GET: {requireAuthorizationForCacheControl: false}
            /quiet/GET: {unauthorizedCacheControlHeaderStrategy: SUCCEED_WITHOUT_RESPONSE_HEADER}
)";

struct Gateway
{
    FakeClock clock;
    TestBackend backend;
    GatewayEngine engine{&clock};
    std::shared_ptr<RecordCollector> sink = std::make_shared<RecordCollector>();
    quint16 port = 0;
    size_t seen = 0;

    explicit Gateway(const QByteArray &cache = stageCache)
    {
        const quint16 backendPort = backend.start();
        const io::ProjectLoad l = io::readProject(doc::parse(project(backendPort, cache)).root, QStringLiteral("cache.yaml"));
        for (const auto &d : l.diagnostics)
            qWarning("%s", qPrintable(d.format()));
        if (!l.project)
            qFatal("the test project does not load");
        engine.records().addSink(sink);
        engine.deploy(compileProject(*l.project).gateway);
        QString error;
        if (!engine.start(QHostAddress::LocalHost, 0, &error))
            qFatal("%s", qPrintable(error));
        port = engine.port();
    }
    RawResponse send(const QByteArray &method, const QByteArray &path, const QByteArray &headers = {})
    {
        return rawRequest(port, method + " /prod" + path + " HTTP/1.1\r\nHost: shop.execute-api.localhost\r\n"
                                    + (method == "POST" ? QByteArray("Content-Length: 2\r\n") : QByteArray()) + headers
                                    + "\r\n" + (method == "POST" ? QByteArray("{}") : QByteArray()));
    }
    RawResponse get(const QByteArray &path, const QByteArray &headers = {}) { return send("GET", path, headers); }
    ExchangeRecordPtr last()
    {
        const auto all = sink->waitFor(engine.records(), [this](const auto &r) { return r.size() > seen; });
        seen = all.size();
        return all.empty() ? nullptr : all.back();
    }
    /// The record of the request before: the cache stores after the response has left, so wait for it.
    ExchangeRecordPtr settle() { return last(); }
};

bool hasStep(const ExchangeRecord &r, const char *name)
{
    for (const StepSpan &s : r.steps) {
        if (s.name == QLatin1StringView(name))
            return true;
    }
    return false;
}

QString detailOf(const ExchangeRecord &r, const char *name)
{
    for (const StepSpan &s : r.steps) {
        if (s.name == QLatin1StringView(name))
            return s.detail;
    }
    return {};
}

} // namespace

class tst_Cache : public QObject
{
    Q_OBJECT
private slots:
    void hitSkipsTheIntegration();
    void ttlExpiresOnTheClock();
    void cacheKeyParameters();
    void onlyGetByDefaultAndOverrides();
    void entriesOverOneMegabyteAreNotCached();
    void errorsAreNotCached();
    void maxAgeZero_data();
    void maxAgeZero();
    void flush();
    void noCacheWithoutStageSetting();
    void projectFileRoundTrip();
};

void tst_Cache::hitSkipsTheIntegration()
{
    Gateway gw;
    const RawResponse first = gw.get("/items");
    QCOMPARE(first.status, 200);
    auto rec = gw.settle();
    QCOMPARE(detailOf(*rec, "cache"), QStringLiteral("cache.miss"));
    QVERIFY(hasStep(*rec, "integration"));
    QCOMPARE(rec->cache->outcome, QStringLiteral("stored"));
    QCOMPARE(gw.backend.requestCount(), 1);

    gw.clock.advanceMs(5000);
    const RawResponse second = gw.get("/items");
    QCOMPARE(second.status, 200);
    QCOMPARE(second.body, first.body);
    QCOMPARE(gw.backend.requestCount(), 1); // proven: the backend was not called again
    rec = gw.settle();
    QCOMPARE(detailOf(*rec, "cache"), QStringLiteral("cache.hit"));
    QCOMPARE(rec->stoppedAtStep, QStringLiteral("cache"));
    QVERIFY(!hasStep(*rec, "integration"));
    QVERIFY(rec->cache->hit);
    QCOMPARE(rec->cache->ageMs, 5000);
    QVERIFY(!second.header("x-amzn-RequestId").isEmpty());
    QVERIFY(second.header("x-amzn-RequestId") != first.header("x-amzn-RequestId"));

    const auto cache = gw.engine.stageCache(QStringLiteral("shop"), QStringLiteral("prod"));
    QVERIFY(cache);
    const auto counts = cache->counts();
    QCOMPARE(counts.size(), 1);
    QCOMPARE(counts.front().method, QStringLiteral("/items/GET"));
    QCOMPARE(counts.front().hits, 1);
    QCOMPARE(counts.front().misses, 1);
}

void tst_Cache::ttlExpiresOnTheClock()
{
    Gateway gw;
    gw.get("/items");
    gw.settle();
    gw.clock.advanceMs(299'999);
    gw.get("/items");
    gw.settle();
    QCOMPARE(gw.backend.requestCount(), 1);
    gw.clock.advanceMs(1);
    gw.get("/items"); // 300 s after it was stored: expired
    QCOMPARE(detailOf(*gw.settle(), "cache"), QStringLiteral("cache.miss"));
    QCOMPARE(gw.backend.requestCount(), 2);

    // A per-method TTL of 10 s.
    gw.get("/short");
    gw.settle();
    gw.clock.advanceMs(9'000);
    gw.get("/short");
    gw.settle();
    QCOMPARE(gw.backend.requestCount(), 3);
    gw.clock.advanceMs(1'000);
    gw.get("/short");
    gw.settle();
    QCOMPARE(gw.backend.requestCount(), 4);
}

void tst_Cache::cacheKeyParameters()
{
    Gateway gw;
    gw.get("/search?q=a");
    gw.settle();
    gw.get("/search?q=b");
    gw.settle();
    gw.get("/search?q=a&other=1"); // other is not a key parameter
    const auto rec = gw.settle();
    QCOMPARE(detailOf(*rec, "cache"), QStringLiteral("cache.hit"));
    QCOMPARE(rec->cache->key, QStringLiteral("GET /search | querystring.q=a"));
    QCOMPARE(gw.backend.requestCount(), 2);
    // Without cacheKeyParameters the query string is not part of the key: one entry serves every query.
    gw.get("/plain?q=a");
    gw.settle();
    const RawResponse r = gw.get("/plain?q=b");
    gw.settle();
    QCOMPARE(gw.backend.requestCount(), 3);
    QVERIFY(r.body.contains("q=a"));
}

void tst_Cache::onlyGetByDefaultAndOverrides()
{
    Gateway gw;
    gw.get("/nocache");
    QVERIFY(!gw.settle()->cache); // disabled for the method: no cache step at all
    gw.get("/nocache");
    gw.settle();
    QCOMPARE(gw.backend.requestCount(), 2);
    // POST is cached only because the stage says so for /items/POST.
    gw.send("POST", "/items");
    gw.settle();
    gw.send("POST", "/items");
    QCOMPARE(detailOf(*gw.settle(), "cache"), QStringLiteral("cache.hit"));
    QCOMPARE(gw.backend.requestCount(), 3);
}

void tst_Cache::entriesOverOneMegabyteAreNotCached()
{
    Gateway gw;
    QCOMPARE(gw.get("/big").body.size(), 1100000);
    QCOMPARE(gw.settle()->cache->outcome, QStringLiteral("not stored: the body was larger than 1 MB or did not arrive whole"));
    QCOMPARE(gw.get("/big").body.size(), 1100000);
    gw.settle();
    QCOMPARE(gw.backend.requestCount(), 2);
    QCOMPARE(gw.get("/small").body.size(), 1000);
    gw.settle();
    QCOMPARE(gw.get("/small").body.size(), 1000);
    gw.settle();
    QCOMPARE(gw.backend.requestCount(), 3);
}

void tst_Cache::errorsAreNotCached()
{
    Gateway gw;
    QCOMPARE(gw.get("/failing").status, 500);
    QVERIFY(gw.settle()->cache->outcome.startsWith(QLatin1String("not stored: status 500")));
    QCOMPARE(gw.get("/failing").status, 500);
    gw.settle();
    QCOMPARE(gw.backend.requestCount(), 2);
}

void tst_Cache::maxAgeZero_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("backendCalls"); // after a first (stored) request and the max-age=0 one
    QTest::addColumn<bool>("warning");
    QTest::addColumn<QString>("outcome");
    // Default: authorization required, SUCCEED_WITH_RESPONSE_HEADER: the header is ignored, the cached entry served.
    QTest::addRow("unauthorized, default strategy") << QByteArray("/items") << 200 << 1 << true << QStringLiteral("hit");
    QTest::addRow("unauthorized, FAIL_WITH_403") << QByteArray("/strict") << 403 << 1 << false
                                                 << QStringLiteral("invalidation refused");
    QTest::addRow("unauthorized, SUCCEED_WITHOUT_RESPONSE_HEADER") << QByteArray("/quiet") << 200 << 1 << false
                                                                    << QStringLiteral("hit");
    // requireAuthorizationForCacheControl off: anyone may refresh the entry.
    QTest::addRow("authorization not required") << QByteArray("/open") << 200 << 2 << false << QStringLiteral("stored");
}

void tst_Cache::maxAgeZero()
{
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    QFETCH(int, backendCalls);
    QFETCH(bool, warning);
    QFETCH(QString, outcome);
    Gateway gw;
    gw.get(path);
    gw.settle();
    const RawResponse r = gw.get(path, "Cache-Control: max-age=0\r\n");
    const auto rec = gw.settle();
    QCOMPARE(r.status, status);
    QCOMPARE(gw.backend.requestCount(), backendCalls);
    QCOMPARE(!r.header("Warning").isEmpty(), warning);
    QVERIFY(rec->cache->invalidationRequested);
    QCOMPARE(rec->cache->outcome, outcome);
    if (status == 403) {
        QCOMPARE(rec->errorType, QStringLiteral("ACCESS_DENIED"));
        QVERIFY(r.body.startsWith("{\"message\":\"User: anonymous is not authorized to perform: execute-api:InvalidateCache"));
        QVERIFY(r.body.contains("arn:aws:execute-api:us-east-1:123456789012:shop/prod/GET/strict"));
    }
}

void tst_Cache::flush()
{
    Gateway gw;
    gw.get("/items");
    gw.settle();
    QVERIFY(gw.engine.flushStageCache(QStringLiteral("shop"), QStringLiteral("prod")));
    QVERIFY(!gw.engine.flushStageCache(QStringLiteral("shop"), QStringLiteral("nope")));
    gw.get("/items");
    QCOMPARE(detailOf(*gw.settle(), "cache"), QStringLiteral("cache.miss"));
    QCOMPARE(gw.backend.requestCount(), 2);
}

void tst_Cache::noCacheWithoutStageSetting()
{
    Gateway gw(QByteArray{});
    gw.get("/items");
    QVERIFY(!gw.settle()->cache);
    gw.get("/items");
    gw.settle();
    QCOMPARE(gw.backend.requestCount(), 2);
    QVERIFY(!gw.engine.stageCache(QStringLiteral("shop"), QStringLiteral("prod")));
}

void tst_Cache::projectFileRoundTrip()
{
    const io::ProjectLoad l = io::readProject(doc::parse(project(1, stageCache)).root, QStringLiteral("cache.yaml"));
    QVERIFY(l.project);
    const model::Stage &s = l.project->apis.front().stages.front();
    QVERIFY(s.cache);
    QCOMPARE(s.cache->ttlSeconds, 300);
    QCOMPARE(s.cache->methods.size(), 6);
    const io::ProjectLoad again = io::readProject(io::writeProject(*l.project), QStringLiteral("again.yaml"));
    QVERIFY(again.project);
    const model::Stage &s2 = again.project->apis.front().stages.front();
    QVERIFY(s2.cache);
    QCOMPARE(s2.cache->methods.size(), 6);
    QCOMPARE(*s2.cache->methods.at(2).second.ttlSeconds, 10);

    // Bad values are refused with a field and a reason.
    const QByteArray bad = "        cache: {clusterSize: '2', ttlInSeconds: 4000}\n";
    const io::ProjectLoad b = io::readProject(doc::parse(project(1, bad)).root, QStringLiteral("bad.yaml"));
    QVERIFY(!b.project);
    QStringList messages;
    for (const auto &d : b.diagnostics)
        messages.append(d.format());
    QVERIFY2(messages.join(u'\n').contains(QLatin1String("must be one of 0.5, 1.6")), qPrintable(messages.join(u'\n')));
    QVERIFY2(messages.join(u'\n').contains(QLatin1String("from 0 (no caching) to 3600")), qPrintable(messages.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_Cache)
#include "tst_cache.moc"
