// SPDX-License-Identifier: GPL-3.0-or-later
// A REST stage's canary over real sockets, with a seeded split: the share of requests the canary serves (none at
// 0 %, all at 100 %, about a quarter at 25 %), the canary deployment's routes, the overridden stage variables and
// $context.isCanaryRequest seen through a MOCK integration's mapping template, the stage cache bypassed or shared
// (useStageCache), and what the exchange record says (deployment, canary, the `canary` filter field).
#include "rawhttp.h"
#include "recordcollector.h"

#include "doc/docio.h"
#include "engine/compiler.h"
#include "engine/gatewayengine.h"
#include "io/projectfile.h"
#include "observe/contextvalues.h"
#include "observe/trafficfilter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace gw;
using namespace gw::test;

namespace {

/// A MOCK integration that echoes what the mapping template sees.
QByteArray echo(const QByteArray &marker)
{
    return "            x-amazon-apigateway-integration:\n              type: mock\n"
           "              requestTemplates: {application/json: '{\"statusCode\": 200}'}\n"
           "              responses:\n                default:\n                  statusCode: '200'\n"
           "                  responseTemplates:\n                    application/json: '{\"canary\": "
           "\"$context.isCanaryRequest\", \"version\": \"$stageVariables.version\", \"color\": "
           "\"$stageVariables.color\", \"deployment\": \"" + marker + "\"}'\n";
}

QByteArray definition(const QByteArray &indent, const QByteArray &marker, bool withNew)
{
    QByteArray d = "openapi: 3.0.1\ninfo: {title: shop, version: '1'}\npaths:\n  /hello:\n    get:\n" + echo(marker).replace("            ", "      ");
    if (withNew)
        d += "  /new:\n    get:\n" + echo(marker + "-new").replace("            ", "      ");
    QByteArray out;
    for (const QByteArray &line : d.split('\n')) {
        if (!line.isEmpty())
            out += indent + line + '\n';
    }
    return out;
}

/// Stage prod serves d1 (only /hello); its canary serves d2 (/hello and /new) with version overridden.
QByteArray project(const QByteArray &canary, const QByteArray &stageExtra = {})
{
    return "gatehouse: 1\napis:\n  - id: shop\n    protocol: rest\n    definition:\n" + definition("      ", "d1", false)
        + "    stages:\n      - name: prod\n        deployment: d1\n        variables: {version: v1, color: blue}\n"
        + canary + stageExtra + "    deployments:\n      - id: d1\n      - id: d2\n        definition:\n"
        + definition("          ", "d2", true);
}

QByteArray canary(double percent, bool useStageCache = false)
{
    return "        canarySettings:\n          deploymentId: d2\n          percentTraffic: " + QByteArray::number(percent)
        + "\n          stageVariableOverrides: {version: v2}\n          useStageCache: "
        + (useStageCache ? "true" : "false") + "\n";
}

struct Gateway
{
    GatewayEngine engine;
    std::shared_ptr<RecordCollector> sink = std::make_shared<RecordCollector>();
    quint16 port = 0;

    explicit Gateway(const QByteArray &yaml, quint64 seed = 1)
    {
        const io::ProjectLoad l = io::readProject(doc::parse(yaml).root, QStringLiteral("canary.yaml"));
        for (const auto &d : l.diagnostics)
            qWarning("%s", qPrintable(d.format()));
        if (!l.project)
            qFatal("the test project does not load");
        engine.records().addSink(sink);
        CompileOptions options;
        options.canarySeed = seed;
        engine.deploy(compileProject(*l.project, options).gateway);
        QString error;
        if (!engine.start(QHostAddress::LocalHost, 0, &error))
            qFatal("%s", qPrintable(error));
        port = engine.port();
    }
    static QByteArray get(const QByteArray &path, const QByteArray &headers = {})
    {
        return "GET /prod" + path + " HTTP/1.1\r\nHost: shop.execute-api.localhost\r\n" + headers + "\r\n";
    }
};

QJsonObject json(const RawResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

class tst_Canary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<double>("percent");
        QTest::addColumn<int>("low");
        QTest::addColumn<int>("high");
        // 4,000 requests: 25 % gives 1,000 ± 27 (one standard deviation); the bounds are over four of them.
        QTest::addRow("0 percent") << 0.0 << 0 << 0;
        QTest::addRow("12.5 percent") << 12.5 << 410 << 590;
        QTest::addRow("25 percent") << 25.0 << 890 << 1110;
        QTest::addRow("100 percent") << 100.0 << 4000 << 4000;
    }
    void split()
    {
        QFETCH(double, percent);
        QFETCH(int, low);
        QFETCH(int, high);
        Gateway g(project(canary(percent)));
        RawHttpClient client(g.port);
        QVERIFY(client.isConnected());
        int canaryCount = 0;
        for (int i = 0; i < 4000; ++i) {
            const RawResponse r = client.request(Gateway::get("/hello"));
            QCOMPARE(r.status, 200);
            const QJsonObject o = json(r);
            const bool isCanary = o.value(QLatin1String("canary")).toString() == QLatin1String("true");
            if (!isCanary)
                QCOMPARE(o.value(QLatin1String("canary")).toString(), QStringLiteral("false"));
            // The canary serves its own deployment with its overrides; the rest get the stage's.
            QCOMPARE(o.value(QLatin1String("deployment")).toString(), isCanary ? QStringLiteral("d2") : QStringLiteral("d1"));
            QCOMPARE(o.value(QLatin1String("version")).toString(), isCanary ? QStringLiteral("v2") : QStringLiteral("v1"));
            QCOMPARE(o.value(QLatin1String("color")).toString(), QStringLiteral("blue")); // not overridden: kept
            canaryCount += isCanary ? 1 : 0;
        }
        qInfo("%d of 4000 requests went to the canary", canaryCount);
        QVERIFY2(canaryCount >= low && canaryCount <= high, qPrintable(QString::number(canaryCount)));
    }

    void canaryDeploymentsRoutes()
    {
        // /new exists only in the canary's deployment: canary requests reach it, the others get AWS's 403.
        Gateway g(project(canary(50)));
        RawHttpClient client(g.port);
        int served = 0, missing = 0;
        for (int i = 0; i < 200; ++i) {
            const RawResponse r = client.request(Gateway::get("/new"));
            if (r.status == 200) {
                QCOMPARE(json(r).value(QLatin1String("deployment")).toString(), QStringLiteral("d2-new"));
                ++served;
            } else {
                QCOMPARE(r.status, 403);
                ++missing;
            }
        }
        QVERIFY(served > 50 && missing > 50);
        // The miss says which half took it.
        const auto all = g.sink->waitForCount(g.engine.records(), 200);
        bool explained = false;
        for (const ExchangeRecordPtr &r : all) {
            if (r->status == 403) {
                QVERIFY(!r->canary);
                explained = r->explanation.join(u' ').contains(QStringLiteral("not its canary (deployment d2)"));
            }
        }
        QVERIFY(explained);
    }

    void noCanaryNoContextValue()
    {
        Gateway g(project({}));
        const RawResponse r = rawRequest(g.port, Gateway::get("/hello"));
        QCOMPARE(r.status, 200);
        QVERIFY2(!r.body.contains("\"canary\": \"true\"") && !r.body.contains("\"canary\": \"false\""), r.body.constData());
        const auto all = g.sink->waitForCount(g.engine.records(), 1);
        QCOMPARE(all.size(), size_t(1));
        QVERIFY(!all.front()->stageHasCanary);
        QVERIFY(!all.front()->canary);
        QCOMPARE(all.front()->deploymentId, QStringLiteral("d1"));
        QCOMPARE(contextValue(*all.front(), u"isCanaryRequest"), QString());
        QVERIFY(observe::TrafficFilter::parse(u"canary=none").matches(*all.front()));
    }

    void recordSaysCanary()
    {
        Gateway g(project(canary(100)));
        QCOMPARE(rawRequest(g.port, Gateway::get("/hello")).status, 200);
        Gateway h(project(canary(0)));
        QCOMPARE(rawRequest(h.port, Gateway::get("/hello")).status, 200);
        const auto canaryRecords = g.sink->waitForCount(g.engine.records(), 1);
        const auto stageRecords = h.sink->waitForCount(h.engine.records(), 1);
        QCOMPARE(canaryRecords.size(), size_t(1));
        QCOMPARE(stageRecords.size(), size_t(1));
        const ExchangeRecord &c = *canaryRecords.front();
        const ExchangeRecord &s = *stageRecords.front();
        QVERIFY(c.canary && c.stageHasCanary);
        QCOMPARE(c.deploymentId, QStringLiteral("d2"));
        QCOMPARE(c.stage, QStringLiteral("prod"));
        QVERIFY(!s.canary && s.stageHasCanary);
        QCOMPARE(s.deploymentId, QStringLiteral("d1"));
        // Access logs and the traffic filter tell them apart.
        QCOMPARE(contextValue(c, u"isCanaryRequest"), QStringLiteral("true"));
        QCOMPARE(contextValue(s, u"isCanaryRequest"), QStringLiteral("false"));
        const observe::TrafficFilter canaryOnly = observe::TrafficFilter::parse(u"canary=true");
        QVERIFY(canaryOnly.isValid());
        QVERIFY(canaryOnly.matches(c));
        QVERIFY(!canaryOnly.matches(s));
        QVERIFY(observe::TrafficFilter::parse(u"canary=false and deployment=d1").matches(s));
        QVERIFY(observe::TrafficFilter::parse(u"deployment=d2").matches(c));
    }

    void stageCache_data()
    {
        QTest::addColumn<bool>("useStageCache");
        QTest::addRow("canary bypasses the cache") << false;
        QTest::addRow("canary uses the stage cache") << true;
    }
    void stageCache()
    {
        QFETCH(bool, useStageCache);
        const QByteArray cache = "        cache: {clusterSize: '0.5', ttlInSeconds: 300}\n";
        // Every request goes to the canary: with useStageCache false none of them is cached.
        Gateway g(project(canary(100, useStageCache), cache));
        RawHttpClient client(g.port);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(client.request(Gateway::get("/hello")).status, 200);
        const auto all = g.sink->waitForCount(g.engine.records(), 3);
        QCOMPARE(all.size(), size_t(3));
        int hits = 0, cached = 0;
        for (const ExchangeRecordPtr &r : all) {
            QVERIFY(r->canary);
            cached += r->cache ? 1 : 0;
            for (const StepSpan &s : r->steps)
                hits += s.detail == QLatin1String("cache.hit") ? 1 : 0;
        }
        if (useStageCache) {
            QCOMPARE(cached, 3);
            QVERIFY2(hits >= 1, "the second request should be a hit");
        } else {
            QCOMPARE(cached, 0);
            QCOMPARE(hits, 0);
        }
    }
};

QTEST_GUILESS_MAIN(tst_Canary)
#include "tst_canary.moc"
