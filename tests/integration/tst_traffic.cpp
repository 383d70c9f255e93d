// SPDX-License-Identifier: GPL-3.0-or-later
// API keys, usage plans, quotas and throttling over real sockets on a fake clock: every status and body, AWS's order
// of limits, refunds, quota resets, the command-line forms and what the record says.
#include "rawhttp.h"
#include "recordcollector.h"
#include "testsupport.h"

#include "common/clock.h"
#include "doc/docio.h"
#include "engine/compiler.h"
#include "engine/gatewayengine.h"
#include "io/inputloader.h"
#include "io/projectfile.h"
#include "observe/contextvalues.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace gw;
using namespace gw::test;

namespace {

const QByteArray mockMethod = R"(
            x-amazon-apigateway-integration:
              type: mock
              requestTemplates: {application/json: '{"statusCode": 200}'}
              responses:
                default: {statusCode: "200", responseTemplates: {application/json: '{"ok": true}'}}
)";

QByteArray project(const QByteArray &extraTopLevel = {}, const QByteArray &stageExtra = {})
{
    return "gatehouse: 1\napis:\n  - id: shop\n    protocol: rest\n    definition:\n      openapi: 3.0.1\n"
           "      info: {title: shop, version: '1'}\n"
           "      components:\n        securitySchemes:\n          api_key: {type: apiKey, name: x-api-key, in: header}\n"
           "      paths:\n        /pets:\n          get:\n            security: [{api_key: []}]\n" + mockMethod +
           "        /orders:\n          get:\n            security: [{api_key: []}]\n" + mockMethod +
           "        /free:\n          get:\n" + mockMethod +
           "    stages:\n      - name: prod\n        deployment: d1\n" + stageExtra +
           "    deployments:\n      - id: d1\n"
           "  - id: web\n    protocol: http\n    definition:\n      openapi: 3.0.1\n      info: {title: web, version: '1'}\n"
           "      x-amazon-apigateway-importexport-version: '1.0'\n"
           "      paths:\n        /ping:\n          get:\n            x-amazon-apigateway-integration:\n"
           "              type: http_proxy\n              httpMethod: GET\n              uri: http://shop.execute-api.localhost/prod/free\n"
           "              payloadFormatVersion: '1.0'\n"
           "    stages:\n      - name: $default\n        autoDeploy: true\n"
           "        throttle: {rateLimit: 1, burstLimit: 2}\n" + extraTopLevel;
}

const QByteArray plans = R"(usagePlans:
  - name: basic
    throttle: {rateLimit: 1, burstLimit: 2}
    quota: {limit: 4, period: DAY}
    apiStages:
      - {api: shop, stage: prod}
  - name: gold
    throttle: {rateLimit: 1, burstLimit: 1}
    apiStages:
      - api: shop
        stage: prod
        methodThrottle:
          /pets/GET: {rateLimit: 100, burstLimit: 100}
  - name: elsewhere
    apiStages: []
apiKeys:
  - {name: alice, value: alice-key-0123456789abcdef, usagePlans: [basic]}
  - {name: bob, value: bob-key-0123456789abcdefgh, usagePlans: [gold]}
  - {name: carol, value: carol-key-0123456789abcdef, enabled: false, usagePlans: [basic]}
  - {name: dave, value: dave-key-0123456789abcdefg, usagePlans: [elsewhere]}
)";

struct Gateway
{
    FakeClock clock{QDateTime(QDate(2026, 11, 25), QTime(22, 0), Qt::UTC).toMSecsSinceEpoch()};
    GatewayEngine engine{&clock};
    std::shared_ptr<RecordCollector> sink = std::make_shared<RecordCollector>();
    quint16 port = 0;
    size_t sent = 0;

    explicit Gateway(const QByteArray &yaml)
    {
        const io::ProjectLoad l = io::readProject(doc::parse(yaml).root, QStringLiteral("traffic.yaml"));
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
    RawResponse get(const QByteArray &path, const QByteArray &key = {})
    {
        ++sent;
        return rawRequest(port, "GET /prod" + path + " HTTP/1.1\r\nHost: shop.execute-api.localhost\r\n"
                                    + (key.isEmpty() ? QByteArray() : "x-api-key: " + key + "\r\n") + "\r\n");
    }
    /// The record of the newest request: waits for the records of every request sent so far (workers publish them
    /// in no particular order), then takes the one that completed last.
    ExchangeRecordPtr last()
    {
        const auto all = sink->waitFor(engine.records(), [this](const auto &r) { return r.size() >= sent; });
        ExchangeRecordPtr newest;
        for (const ExchangeRecordPtr &r : all) {
            if (!newest || r->sequence > newest->sequence)
                newest = r;
        }
        return newest;
    }
};

} // namespace

class tst_Traffic : public QObject
{
    Q_OBJECT
private slots:
    void keysAreRequired_data();
    void keysAreRequired();
    void usagePlanBucketThenQuota();
    void perMethodOverridesAndTheStage();
    void stageDefaultThrottlesEachMethod();
    void accountLimit();
    void httpApiRouteThrottle();
    void projectFileRoundTrip();
    void projectErrors_data();
    void projectErrors();
    void commandLineForms();
};

void tst_Traffic::keysAreRequired_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("detail");
    QTest::addRow("missing") << QByteArray() << "throttle.api_key_missing";
    QTest::addRow("unknown") << QByteArray("nobody-0123456789abcdefghij") << "throttle.api_key_invalid";
    QTest::addRow("disabled") << QByteArray("carol-key-0123456789abcdef") << "throttle.api_key_invalid";
    QTest::addRow("in no plan for the stage") << QByteArray("dave-key-0123456789abcdefg") << "throttle.api_key_invalid";
}

void tst_Traffic::keysAreRequired()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, detail);
    Gateway g(project(plans));
    const RawResponse r = g.get("/pets", key);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.body, QByteArray(R"({"message":"Forbidden"})"));
    QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("ForbiddenException"));
    const ExchangeRecordPtr rec = g.last();
    QCOMPARE(rec->stoppedAt, detail);
    QCOMPARE(rec->errorType, QStringLiteral("INVALID_API_KEY"));
    QVERIFY(!rec->explanation.isEmpty());
    // Methods without apiKeyRequired take no key.
    QCOMPARE(g.get("/free").status, 200);
}

void tst_Traffic::usagePlanBucketThenQuota()
{
    Gateway g(project(plans));
    const QByteArray alice = "alice-key-0123456789abcdef";
    QCOMPARE(g.get("/pets", alice).status, 200);
    const ExchangeRecordPtr first = g.last();
    QVERIFY(first->traffic);
    QCOMPARE(first->traffic->apiKeyName, QStringLiteral("alice"));
    QCOMPARE(first->traffic->usagePlan, QStringLiteral("basic"));
    QCOMPARE(contextValue(*first, u"identity.apiKey"), QString::fromLatin1(alice));
    QCOMPARE(contextValue(*first, u"identity.apiKeyId").size(), 10);
    QCOMPARE(g.get("/orders", alice).status, 200); // the plan's bucket is per client, across methods
    g.last();
    // Burst 2 used up: 429 Too Many Requests, and the quota is not charged for it.
    const RawResponse throttled = g.get("/pets", alice);
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.body, QByteArray(R"({"message":"Too Many Requests"})"));
    QCOMPARE(throttled.header("x-amzn-ErrorType"), QByteArray("TooManyRequestsException"));
    const ExchangeRecordPtr rec = g.last();
    QCOMPARE(rec->stoppedAt, QStringLiteral("throttle.usage_plan"));
    QCOMPARE(rec->traffic->checks.back().kind, TrafficCheck::Kind::UsagePlan);
    QCOMPARE(rec->traffic->checks.back().burst, 2);
    QVERIFY(rec->traffic->checks.back().tokens < 1.0);
    // One token per second.
    g.clock.advanceMs(1000);
    QCOMPARE(g.get("/pets", alice).status, 200);
    g.last();
    g.clock.advanceMs(1000);
    QCOMPARE(g.get("/pets", alice).status, 200); // the 4th counted request: the quota of 4 is used up
    const ExchangeRecordPtr fourth = g.last();
    QCOMPARE(fourth->traffic->checks[1].kind, TrafficCheck::Kind::Quota);
    QCOMPARE(fourth->traffic->checks[1].used, qint64(4));
    g.clock.advanceMs(1000);
    const RawResponse over = g.get("/pets", alice);
    QCOMPARE(over.status, 429);
    QCOMPARE(over.body, QByteArray(R"({"message":"Limit Exceeded"})"));
    QCOMPARE(over.header("x-amzn-ErrorType"), QByteArray("LimitExceededException"));
    const ExchangeRecordPtr overRec = g.last();
    QCOMPARE(overRec->stoppedAt, QStringLiteral("throttle.quota"));
    QVERIFY(overRec->explanation.join(QLatin1Char(' ')).contains(QLatin1String("2026-11-26T00:00:00Z")));
    // The refused request gave its token back: after midnight UTC the key works again at once.
    g.clock.advanceMs(2 * 3600 * 1000);
    QCOMPARE(g.get("/pets", alice).status, 200);
    QCOMPARE(g.last()->traffic->checks[1].used, qint64(1));
}

void tst_Traffic::perMethodOverridesAndTheStage()
{
    Gateway g(project(plans, "        methodThrottle:\n          /pets/GET: {rateLimit: 1, burstLimit: 3}\n"));
    const QByteArray bob = "bob-key-0123456789abcdefgh";
    // Gold's per-method override (100/s) replaces its per-client limit (1, burst 1) on GET /pets...
    for (int i = 0; i < 3; ++i)
        QCOMPARE(g.get("/pets", bob).status, 200);
    const ExchangeRecordPtr ok = g.last();
    QCOMPARE(ok->traffic->checks[0].kind, TrafficCheck::Kind::UsagePlanMethod);
    QCOMPARE(ok->traffic->checks[1].kind, TrafficCheck::Kind::StageMethod);
    // ...but the stage's own limit for the method still applies.
    QCOMPARE(g.get("/pets", bob).status, 429);
    QCOMPARE(g.last()->stoppedAt, QStringLiteral("throttle.stage"));
    // GET /orders has no override: the per-client limit, burst 1.
    QCOMPARE(g.get("/orders", bob).status, 200);
    g.last();
    QCOMPARE(g.get("/orders", bob).status, 429);
    QCOMPARE(g.last()->stoppedAt, QStringLiteral("throttle.usage_plan"));
}

void tst_Traffic::stageDefaultThrottlesEachMethod()
{
    Gateway g(project({}, "        throttle: {rateLimit: 0.5, burstLimit: 1}\n"));
    QCOMPARE(g.get("/free").status, 200);
    const RawResponse r = g.get("/free");
    QCOMPARE(r.status, 429);
    QCOMPARE(r.body, QByteArray(R"({"message":"Too Many Requests"})"));
    g.last();
    QCOMPARE(g.last()->stoppedAt, QStringLiteral("throttle.stage"));
    g.clock.advanceMs(1999);
    QCOMPARE(g.get("/free").status, 429);
    g.last();
    g.clock.advanceMs(1);
    QCOMPARE(g.get("/free").status, 200);
}

void tst_Traffic::accountLimit()
{
    Gateway g(project("accountThrottle: {rateLimit: 1, burstLimit: 2}\n"));
    QCOMPARE(g.get("/free").status, 200);
    // The HTTP API's route proxies to /free: the account's second and third requests. The third is refused, and the
    // proxy passes the 429 on.
    QCOMPARE(rawRequest(g.port, "GET /ping HTTP/1.1\r\nHost: web.execute-api.localhost\r\n\r\n").status, 429);
    const auto all = g.sink->waitForCount(g.engine.records(), 3);
    int refused = 0;
    for (const auto &rec : all)
        refused += rec->stoppedAt == QLatin1String("throttle.account") ? 1 : 0;
    QCOMPARE(refused, 1);
    g.clock.advanceMs(1000);
    QCOMPARE(g.get("/free").status, 200);
}

void tst_Traffic::httpApiRouteThrottle()
{
    Gateway g(project());
    const QByteArray ping = "GET /ping HTTP/1.1\r\nHost: web.execute-api.localhost\r\n\r\n";
    QCOMPARE(rawRequest(g.port, ping).status, 200);
    QCOMPARE(rawRequest(g.port, ping).status, 200);
    const RawResponse r = rawRequest(g.port, ping);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.body, QByteArray(R"({"message":"Too Many Requests"})"));
    QVERIFY(r.header("x-amzn-ErrorType").isNull());
}

void tst_Traffic::projectFileRoundTrip()
{
    const QByteArray yaml = project(plans, "        throttle: {rateLimit: 5, burstLimit: 10}\n        methodThrottle:\n"
                                           "          /pets/GET: {rateLimit: 1.5, burstLimit: 3}\n")
        + "accountThrottle: {rateLimit: 500, burstLimit: 100}\n";
    const io::ProjectLoad l = io::readProject(doc::parse(yaml).root, QStringLiteral("t.yaml"));
    QVERIFY(l.project);
    QCOMPARE(l.project->usagePlans.size(), 3);
    QCOMPARE(l.project->apiKeys.size(), 4);
    QCOMPARE(l.project->accountThrottle.rateLimit, 500.0);
    QCOMPARE(l.project->apis[0].stages[0].methodThrottles[0].second.rateLimit, 1.5);
    const QByteArray once = io::serializeProject(*l.project);
    const io::ProjectLoad again = io::readProject(doc::parse(once).root, QStringLiteral("t.yaml"));
    QVERIFY(again.project);
    QCOMPARE(io::serializeProject(*again.project), once);
    QCOMPARE(again.project->usagePlans, l.project->usagePlans);
    QCOMPARE(again.project->apiKeys, l.project->apiKeys);

    // Opened as a file (the window and `gatehouse serve`), the plans, keys and account limit are all there.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("traffic.gatehouse.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(yaml + "x-team: payments\n");
    f.close();
    const io::InputLoad loaded = io::loadInputs({path}, {});
    QVERIFY(loaded.project);
    QCOMPARE(loaded.project->usagePlans, l.project->usagePlans);
    QCOMPARE(loaded.project->apiKeys, l.project->apiKeys);
    QCOMPARE(loaded.project->accountThrottle.rateLimit, 500.0);
    QVERIFY(io::serializeProject(*loaded.project).contains("x-team: payments"));
}

void tst_Traffic::projectErrors_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<QString>("expected");
    QTest::addRow("unknown plan") << QByteArray("apiKeys:\n  - {name: k, value: k-0123456789abcdefghij, usagePlans: [nope]}\n")
                                  << "apiKeys[0].usagePlans: names a usage plan `nope`";
    QTest::addRow("unknown stage") << QByteArray("usagePlans:\n  - name: p\n    apiStages: [{api: shop, stage: dev}]\n")
                                   << "usagePlans[0].apiStages[0].stage: API `shop` has no stage `dev`";
    QTest::addRow("HTTP API in a plan") << QByteArray("usagePlans:\n  - name: p\n    apiStages: [{api: web, stage: $default}]\n")
                                        << "usage plans and API keys are for REST APIs only";
    QTest::addRow("bad period") << QByteArray("usagePlans:\n  - name: p\n    quota: {limit: 5, period: YEAR}\n")
                                << "usagePlans[0].quota.period: must be DAY, WEEK or MONTH; got `YEAR`";
    QTest::addRow("negative rate") << QByteArray("accountThrottle: {rateLimit: -1, burstLimit: 5}\n")
                                   << "accountThrottle.rateLimit: must be a number of requests per second";
    QTest::addRow("two plans for one stage")
        << QByteArray("usagePlans:\n  - {name: a, apiStages: [{api: shop, stage: prod}]}\n  - {name: b, apiStages: [{api: shop, stage: prod}]}\n"
                      "apiKeys:\n  - {name: k, value: k-0123456789abcdefghij, usagePlans: [a, b]}\n")
        << "AWS allows one usage plan per API stage for a key";
}

void tst_Traffic::projectErrors()
{
    QFETCH(QByteArray, extra);
    QFETCH(QString, expected);
    const io::ProjectLoad l = io::readProject(doc::parse(project(extra)).root, QStringLiteral("t.yaml"));
    QVERIFY(!l.project);
    QString all;
    for (const auto &d : l.diagnostics)
        all += d.format() + QLatin1Char('\n');
    QVERIFY2(all.contains(expected), qPrintable(all));
}

void tst_Traffic::commandLineForms()
{
    QTemporaryDir dir;
    const QString doc = dir.filePath(QStringLiteral("api.yaml"));
    {
        QFile f(doc);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("openapi: 3.0.1\ninfo: {title: Keys, version: '1'}\n"
                "components:\n  securitySchemes:\n    api_key: {type: apiKey, name: x-api-key, in: header}\n"
                "paths:\n  /pets:\n    get:\n      security: [{api_key: []}]\n" + QByteArray(mockMethod).replace("            ", "      "));
    }
    QProcess p;
    p.start(gatehouseBinary(), {QStringLiteral("serve"), doc, QStringLiteral("--port"), QStringLiteral("0"),
                                QStringLiteral("--usage-plan"), QStringLiteral("basic:1:2:3/DAY"),
                                QStringLiteral("--api-key"), QStringLiteral("key-one-0123456789abcdef:basic")});
    QVERIFY(p.waitForStarted());
    QByteArray out;
    quint16 port = 0;
    QElapsedTimer t;
    t.start();
    while (!port && t.elapsed() < 15'000 && p.state() == QProcess::Running) {
        p.waitForReadyRead(200);
        out += p.readAllStandardOutput();
        const auto m = QRegularExpression(QStringLiteral("Listening on http://127\\.0\\.0\\.1:(\\d+)")).match(QString::fromUtf8(out));
        if (m.hasMatch())
            port = quint16(m.captured(1).toUInt());
    }
    QVERIFY2(port, qPrintable(QString::fromUtf8(out + p.readAllStandardError())));
    auto get = [&](const QByteArray &key) {
        return rawRequest(port, "GET /prod/pets HTTP/1.1\r\nHost: keys.execute-api.localhost\r\n"
                                    + (key.isEmpty() ? QByteArray() : "x-api-key: " + key + "\r\n") + "\r\n");
    };
    QCOMPARE(get({}).status, 403);
    QCOMPARE(get("key-one-0123456789abcdef").status, 200);
    QCOMPARE(get("key-one-0123456789abcdef").status, 200);
    QCOMPARE(get("key-one-0123456789abcdef").status, 429); // burst 2
    p.terminate();
    QVERIFY(p.waitForFinished(10'000));

    // Malformed forms are usage errors (exit 2) that say what is expected.
    for (const QStringList &bad : {QStringList{QStringLiteral("--usage-plan"), QStringLiteral("basic:fast:2")},
                                   QStringList{QStringLiteral("--usage-plan"), QStringLiteral("basic:1:2:5/YEAR")},
                                   QStringList{QStringLiteral("--api-key"), QStringLiteral("novalue")},
                                   QStringList{QStringLiteral("--api-key"), QStringLiteral("k-0123456789abcdefghij:ghost")}}) {
        QProcess q;
        q.start(gatehouseBinary(), QStringList{QStringLiteral("serve"), doc, QStringLiteral("--port"), QStringLiteral("0")} + bad);
        QVERIFY(q.waitForFinished(15'000));
        QCOMPARE(q.exitCode(), 2);
        QVERIFY2(!q.readAllStandardError().isEmpty(), qPrintable(bad.join(QLatin1Char(' '))));
    }
}

QTEST_GUILESS_MAIN(tst_Traffic)
#include "tst_traffic.moc"
