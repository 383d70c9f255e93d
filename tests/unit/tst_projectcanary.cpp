// SPDX-License-Identifier: GPL-3.0-or-later
// A REST stage's canary (canarySettings) in the project file, the random split it compiles to, and the exports:
// reading and writing with AWS's field names (load then save gives the same bytes), every malformed value with its
// field and what to do, the split's share over many requests, and CanarySetting / canary_settings in SAM,
// CloudFormation and Terraform (OpenAPI says it is left out), and read back from SAM and CloudFormation templates.

#include "doc/docio.h"
#include "engine/compiledgateway.h"
#include "engine/compiler.h"
#include "io/apiexport.h"
#include "io/cfntemplate.h"
#include "io/harreader.h"
#include "io/harwriter.h"
#include "io/projectfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gw;

namespace {

QByteArray project(const QByteArray &stageExtra, const QByteArray &protocol = "rest")
{
    return "gatehouse: 1\napis:\n  - id: shop\n    protocol: " + protocol + "\n    definition:\n      openapi: 3.0.1\n"
           "      info: {title: shop, version: '1'}\n      paths:\n        /hello:\n          get:\n"
           "            x-amazon-apigateway-integration:\n"
         + (protocol == "rest" ? QByteArray("              type: mock\n"
                                            "              requestTemplates: {application/json: '{\"statusCode\": 200}'}\n"
                                            "              responses: {default: {statusCode: '200'}}\n")
                               : QByteArray("              type: http_proxy\n              httpMethod: GET\n"
                                            "              uri: http://127.0.0.1:9/hello\n              payloadFormatVersion: '1.0'\n"))
         + "    stages:\n      - name: " + QByteArray(protocol == "rest" ? "prod" : "live") + "\n        deployment: d1\n"
           "        variables: {version: v1}\n" + stageExtra +
           "    deployments:\n      - id: d1\n      - id: d2\n";
}

io::ProjectLoad load(const QByteArray &yaml)
{
    return io::readProject(doc::parse(yaml).root, QStringLiteral("canary.gatehouse.yaml"));
}

const QByteArray goodCanary = "        canarySettings:\n          deploymentId: d2\n          percentTraffic: 12.5\n"
                              "          stageVariableOverrides: {version: v2, extra: 'x y'}\n"
                              "          useStageCache: true\n";

} // namespace

class tst_ProjectCanary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAwsFieldNames()
    {
        const io::ProjectLoad l = load(project(goodCanary));
        QVERIFY2(l.project, qPrintable(l.diagnostics.isEmpty() ? QString() : l.diagnostics.first().format()));
        const model::Stage &s = l.project->apis.first().stages.first();
        QVERIFY(s.canary);
        QCOMPARE(s.canary->deploymentId, QStringLiteral("d2"));
        QCOMPARE(s.canary->percentTraffic, 12.5);
        const model::StringPairs overrides = {{QStringLiteral("version"), QStringLiteral("v2")},
                                              {QStringLiteral("extra"), QStringLiteral("x y")}};
        QCOMPARE(s.canary->stageVariableOverrides, overrides);
        QVERIFY(s.canary->useStageCache);
        QVERIFY2(s.extra.isEmpty() || !s.extra.contains(u"canarySettings"), "canarySettings must not land in extra");
    }

    void loadThenSaveGivesTheSameBytes_data()
    {
        QTest::addColumn<QByteArray>("canary");
        QTest::addRow("every field") << goodCanary;
        QTest::addRow("whole percent, no overrides")
            << QByteArray("        canarySettings:\n          deploymentId: d2\n          percentTraffic: 25\n"
                          "          useStageCache: false\n");
        QTest::addRow("zero percent") << QByteArray("        canarySettings: {deploymentId: d1, percentTraffic: 0}\n");
        QTest::addRow("a tenth") << QByteArray("        canarySettings: {deploymentId: d2, percentTraffic: 0.1}\n");
        QTest::addRow("all") << QByteArray("        canarySettings: {deploymentId: d2, percentTraffic: 100}\n");
    }
    void loadThenSaveGivesTheSameBytes()
    {
        QFETCH(QByteArray, canary);
        const io::ProjectLoad first = load(project(canary));
        QVERIFY(first.project);
        const QByteArray saved = io::serializeProject(*first.project);
        QVERIFY2(saved.contains("canarySettings:"), saved.constData());
        QVERIFY(saved.contains("deploymentId: d"));
        const io::ProjectLoad again = load(saved);
        QVERIFY(again.project);
        QCOMPARE(again.project->apis.first().stages.first().canary, first.project->apis.first().stages.first().canary);
        QCOMPARE(io::serializeProject(*again.project), saved);
    }

    void percentIsWrittenShortest()
    {
        const io::ProjectLoad l = load(project("        canarySettings: {deploymentId: d2, percentTraffic: 0.1}\n"));
        QVERIFY(l.project);
        const QByteArray saved = io::serializeProject(*l.project);
        QVERIFY2(saved.contains("percentTraffic: 0.1\n"), saved.constData());
        QVERIFY2(saved.contains("useStageCache: false\n"), saved.constData());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words");
        const QString f = QStringLiteral("apis[shop].stages[prod].canarySettings");
        QTest::addRow("not a mapping") << project("        canarySettings: 10\n") << f << QStringLiteral("must be a mapping");
        QTest::addRow("percent over 100")
            << project("        canarySettings: {deploymentId: d2, percentTraffic: 150}\n") << f + QStringLiteral(".percentTraffic")
            << QStringLiteral("must be a number from 0 to 100");
        QTest::addRow("negative percent")
            << project("        canarySettings: {deploymentId: d2, percentTraffic: -1}\n") << f + QStringLiteral(".percentTraffic")
            << QStringLiteral("must be a number from 0 to 100");
        QTest::addRow("percent as text")
            << project("        canarySettings: {deploymentId: d2, percentTraffic: ten}\n") << f + QStringLiteral(".percentTraffic")
            << QStringLiteral("got `ten`");
        QTest::addRow("unknown deployment")
            << project("        canarySettings: {deploymentId: d9, percentTraffic: 5}\n") << f + QStringLiteral(".deploymentId")
            << QStringLiteral("names a deployment `d9` that this API does not have (its deployments: d1, d2)");
        QTest::addRow("no deployment")
            << project("        canarySettings: {percentTraffic: 5}\n") << f + QStringLiteral(".deploymentId")
            << QStringLiteral("is missing");
        QTest::addRow("useStageCache as text")
            << project("        canarySettings: {deploymentId: d2, useStageCache: 'yes'}\n") << f + QStringLiteral(".useStageCache")
            << QStringLiteral("must be true or false");
        QTest::addRow("overrides not a mapping")
            << project("        canarySettings: {deploymentId: d2, stageVariableOverrides: [a]}\n")
            << f + QStringLiteral(".stageVariableOverrides") << QStringLiteral("must be a mapping of stage variable names");
        QTest::addRow("bad variable name")
            << project("        canarySettings: {deploymentId: d2, stageVariableOverrides: {'a-b': x}}\n")
            << f + QStringLiteral(".stageVariableOverrides.a-b") << QStringLiteral("letters, digits and _");
        QTest::addRow("unknown key")
            << project("        canarySettings: {deploymentId: d2, weight: 3}\n") << f + QStringLiteral(".weight")
            << QStringLiteral("unknown canary setting");
        QTest::addRow("HTTP API")
            << project("        canarySettings: {deploymentId: d2, percentTraffic: 5}\n", "http")
            << QStringLiteral("apis[shop].stages[live].canarySettings") << QStringLiteral("only REST API stages have a canary");
    }
    void malformed()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, field);
        QFETCH(QString, words);
        const io::ProjectLoad l = load(yaml);
        QVERIFY(!l.project);
        bool found = false;
        for (const io::Diagnostic &d : l.diagnostics) {
            if (d.severity == io::Diagnostic::Severity::Error && d.field == field) {
                found = true;
                QVERIFY2(d.message.contains(words), qPrintable(d.format()));
                QVERIFY2(d.line > 0, qPrintable(d.format())); // the diagnostic points at a line of the file
            }
        }
        QVERIFY2(found, qPrintable(l.diagnostics.isEmpty() ? QStringLiteral("no diagnostics") : l.diagnostics.first().format()));
    }

    void splitShare_data()
    {
        QTest::addColumn<double>("percent");
        QTest::addRow("0 percent") << 0.0;
        QTest::addRow("0.5 percent") << 0.5;
        QTest::addRow("25 percent") << 25.0;
        QTest::addRow("50 percent") << 50.0;
        QTest::addRow("99.9 percent") << 99.9;
        QTest::addRow("100 percent") << 100.0;
    }
    void splitShare()
    {
        QFETCH(double, percent);
        for (quint64 seed : {quint64(1), quint64(42), quint64(0xdeadbeef)}) {
            const CanarySplit split(percent, seed);
            constexpr int n = 100'000;
            int taken = 0;
            for (int i = 0; i < n; ++i)
                taken += split.takeNext() ? 1 : 0;
            const double expected = n * percent / 100;
            // Five standard deviations of a binomial count: a fair split never fails this, a biased one does.
            const double tolerance = 5 * std::sqrt(n * (percent / 100) * (1 - percent / 100));
            QVERIFY2(std::abs(taken - expected) <= tolerance,
                     qPrintable(QStringLiteral("%1 of %2 taken at %3 %").arg(taken).arg(n).arg(percent)));
            if (percent == 0)
                QCOMPARE(taken, 0);
            if (percent == 100)
                QCOMPARE(taken, n);
        }
    }

    void sameSeedSameChoices()
    {
        const CanarySplit a(30, 7), b(30, 7), c(30, 8);
        QString sa, sb, sc;
        for (int i = 0; i < 200; ++i) {
            sa += a.takeNext() ? u'c' : u's';
            sb += b.takeNext() ? u'c' : u's';
            sc += c.takeNext() ? u'c' : u's';
        }
        QCOMPARE(sa, sb);
        QVERIFY(sa != sc);
    }

    void compilesTheCanaryHalf()
    {
        const io::ProjectLoad l = load(project(goodCanary));
        QVERIFY(l.project);
        CompileOptions options;
        options.canarySeed = 1;
        const CompileResult result = compileProject(*l.project, options);
        const CompiledStage *stage = result.gateway->api(u"shop")->stage(u"prod");
        QVERIFY(stage);
        QVERIFY(stage->canary && stage->canarySplit);
        QVERIFY(!stage->isCanary);
        QVERIFY(stage->hasCanary());
        QCOMPARE(stage->deploymentId, QStringLiteral("d1"));
        QCOMPARE(stage->variable(u"version"), QStringLiteral("v1"));
        QVERIFY(stage->canary->isCanary);
        QCOMPARE(stage->canary->name, QStringLiteral("prod"));
        QCOMPARE(stage->canary->deploymentId, QStringLiteral("d2"));
        QCOMPARE(stage->canary->variable(u"version"), QStringLiteral("v2"));
        QCOMPARE(stage->canary->variable(u"extra"), QStringLiteral("x y"));
        QCOMPARE(stage->canarySplit->percent(), 12.5);
        bool reported = false;
        for (const FidelityItem &i : result.fidelity.items)
            reported |= i.where == QLatin1String("canary") && i.stage == QLatin1String("prod");
        QVERIFY(reported);

        // Without a canary the stage has neither half: the route step's one pointer test.
        const io::ProjectLoad plain = load(project({}));
        const CompileResult plainResult = compileProject(*plain.project); // keeps the stage alive
        const CompiledStage *p = plainResult.gateway->api(u"shop")->stage(u"prod");
        QVERIFY(!p->canary && !p->canarySplit && !p->hasCanary());
    }

    void harKeepsWhatTheCanaryServed()
    {
        // A HAR of the session carries which requests the canary served, and reading it back keeps that.
        ExchangeRecord r;
        r.apiId = QStringLiteral("shop");
        r.protocol = QStringLiteral("rest");
        r.stage = QStringLiteral("prod");
        r.deploymentId = QStringLiteral("d2");
        r.canary = true;
        r.stageHasCanary = true;
        r.method = QStringLiteral("GET");
        r.path = QStringLiteral("/prod/pets");
        r.host = QStringLiteral("shop.execute-api.localhost:4510");
        r.httpVersion = QStringLiteral("HTTP/1.1");
        r.status = 200;
        r.startEpochMs = 1'700'000'000'000;
        const QJsonObject entry = io::harEntry(r, QStringLiteral("127.0.0.1"));
        QCOMPARE(entry[QLatin1String("_gatehouse")].toObject()[QLatin1String("canary")].toBool(), true);
        const QJsonObject har{{QStringLiteral("log"),
                               QJsonObject{{QStringLiteral("version"), QStringLiteral("1.2")},
                                           {QStringLiteral("creator"), QJsonObject{{QStringLiteral("name"), QStringLiteral("t")},
                                                                                  {QStringLiteral("version"), QStringLiteral("1")}}},
                                           {QStringLiteral("entries"), QJsonArray{entry}}}}};
        const io::HarReadResult read = io::readHar(QJsonDocument(har).toJson());
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.entries.size(), size_t(1));
        const ExchangeRecordPtr back = io::recordFromHarEntry(read.entries.front(), 1);
        QVERIFY(back->stageHasCanary && back->canary);
        QCOMPARE(back->deploymentId, QStringLiteral("d2"));

        // Records of stages without a canary say nothing about it.
        ExchangeRecord plain = r;
        plain.canary = plain.stageHasCanary = false;
        QVERIFY(!io::harEntry(plain, QStringLiteral("127.0.0.1"))[QLatin1String("_gatehouse")].toObject().contains(
            QLatin1String("canary")));
    }

    void exportCloudFormation()
    {
        const io::ProjectLoad l = load(project(goodCanary));
        io::ExportOptions o;
        o.format = io::ExportFormat::CloudFormation;
        o.syntax = doc::Syntax::Json;
        const io::ExportResult r = io::exportProject(*l.project, o);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const doc::Node root = doc::parse(r.text).root;
        const doc::Node &stage = root[u"Resources"][u"ShopProdStage"];
        QCOMPARE(stage[u"Type"].toString(), QStringLiteral("AWS::ApiGateway::Stage"));
        const doc::Node &c = stage[u"Properties"][u"CanarySetting"];
        QVERIFY2(c.isMapping(), r.text.constData());
        QCOMPARE(c[u"DeploymentId"][u"Ref"].toString(), QStringLiteral("ShopDeployment"));
        QCOMPARE(c[u"PercentTraffic"].toDouble(), 12.5);
        QCOMPARE(c[u"StageVariableOverrides"][u"version"].toString(), QStringLiteral("v2"));
        QCOMPARE(c[u"StageVariableOverrides"][u"extra"].toString(), QStringLiteral("x y"));
        QVERIFY(c[u"UseStageCache"].isBool() && c[u"UseStageCache"].toBool());
        QVERIFY(r.warnings.join(u'\n').contains(QStringLiteral("stage prod's canary serves deployment d2 locally")));
    }

    void exportSam()
    {
        const io::ProjectLoad l = load(project(goodCanary));
        io::ExportOptions o;
        o.format = io::ExportFormat::Sam;
        o.syntax = doc::Syntax::Json;
        const io::ExportResult r = io::exportProject(*l.project, o);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const doc::Node root = doc::parse(r.text).root;
        const doc::Node &api = root[u"Resources"][u"ShopApi"];
        QCOMPARE(api[u"Type"].toString(), QStringLiteral("AWS::Serverless::Api"));
        const doc::Node &c = api[u"Properties"][u"CanarySetting"];
        QVERIFY2(c.isMapping(), r.text.constData());
        QVERIFY(!c.contains(u"DeploymentId")); // SAM names the deployment it makes
        QCOMPARE(c[u"PercentTraffic"].toDouble(), 12.5);
        QCOMPARE(c[u"StageVariableOverrides"][u"version"].toString(), QStringLiteral("v2"));
        QVERIFY(c[u"UseStageCache"].toBool());
    }

    void importsTemplates_data()
    {
        QTest::addColumn<int>("format");
        QTest::addRow("CloudFormation") << int(io::ExportFormat::CloudFormation);
        QTest::addRow("SAM") << int(io::ExportFormat::Sam);
    }

    void importsTemplates()
    {
        // Exported, then read back: the canary's share, overrides and cache use survive; it serves the one version
        // the template deploys, the stage's own deployment.
        QFETCH(int, format);
        const io::ProjectLoad l = load(project(goodCanary));
        io::ExportOptions o;
        o.format = io::ExportFormat(format);
        o.syntax = doc::Syntax::Json;
        const io::ExportResult r = io::exportProject(*l.project, o);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const io::InputLoad back = io::projectFromTemplate(doc::parse(r.text).root, QStringLiteral("template.json"), {});
        QVERIFY(back.project);
        QCOMPARE(back.project->apis.size(), 1);
        const model::Api &api = back.project->apis.first();
        QCOMPARE(api.stages.size(), 1);
        const model::Stage &stage = api.stages.first();
        QVERIFY2(stage.canary, r.text.constData());
        QCOMPARE(stage.canary->deploymentId, stage.deploymentId);
        QCOMPARE(stage.canary->percentTraffic, 12.5);
        const model::StringPairs overrides = {{QStringLiteral("version"), QStringLiteral("v2")},
                                              {QStringLiteral("extra"), QStringLiteral("x y")}};
        QCOMPARE(stage.canary->stageVariableOverrides, overrides);
        QVERIFY(stage.canary->useStageCache);
        for (const io::Diagnostic &d : back.diagnostics)
            QVERIFY2(!d.field.contains(QLatin1String("CanarySetting")) || d.severity == io::Diagnostic::Severity::Info,
                     qPrintable(d.field + QStringLiteral(": ") + d.message));
    }

    void importsDeploymentCanaryAndReportsBadValues()
    {
        const QByteArray yaml = "Resources:\n"
                                "  Api:\n"
                                "    Type: AWS::ApiGateway::RestApi\n"
                                "    Properties:\n"
                                "      Name: shop\n"
                                "      Body:\n"
                                "        openapi: 3.0.1\n"
                                "        info: {title: shop, version: '1'}\n"
                                "        paths:\n"
                                "          /hello:\n"
                                "            get:\n"
                                "              x-amazon-apigateway-integration: {type: mock}\n"
                                "  Deployment:\n"
                                "    Type: AWS::ApiGateway::Deployment\n"
                                "    Properties:\n"
                                "      RestApiId: !Ref Api\n"
                                "      StageName: live\n"
                                "      DeploymentCanarySettings:\n"
                                "        PercentTraffic: PERCENT\n"
                                "        StageVariableOverrides: {color: blue}\n";
        const auto read = [](const QByteArray &text) {
            return io::projectFromTemplate(doc::parse(text).root, QStringLiteral("template.yaml"), {});
        };
        io::InputLoad good = read(QByteArray(yaml).replace("PERCENT", "5"));
        QVERIFY(good.project && good.project->apis.size() == 1);
        const model::Stage &stage = good.project->apis.first().stages.first();
        QCOMPARE(stage.name, QStringLiteral("live"));
        QVERIFY(stage.canary);
        QCOMPARE(stage.canary->percentTraffic, 5.0);
        QCOMPARE(stage.canary->deploymentId, stage.deploymentId);
        QCOMPARE(stage.canary->stageVariableOverrides, model::StringPairs({{QStringLiteral("color"), QStringLiteral("blue")}}));
        QVERIFY(!stage.canary->useStageCache);

        // A percent out of range: said with its field, and no canary rather than a wrong one.
        io::InputLoad bad = read(QByteArray(yaml).replace("PERCENT", "150"));
        QVERIFY(bad.project && bad.project->apis.size() == 1);
        QVERIFY(!bad.project->apis.first().stages.first().canary);
        bool said = false;
        for (const io::Diagnostic &d : bad.diagnostics)
            said |= d.field == QLatin1String("Resources.Deployment.Properties.DeploymentCanarySettings.PercentTraffic")
                && d.message.contains(QLatin1String("from 0 to 100"));
        QVERIFY(said);
    }

    void exportTerraform()
    {
        const io::ProjectLoad l = load(project(goodCanary));
        io::ExportOptions o;
        o.format = io::ExportFormat::Terraform;
        const io::ExportResult r = io::exportProject(*l.project, o);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QString text = QString::fromUtf8(r.text);
        const qsizetype at = text.indexOf(QStringLiteral("canary_settings {"));
        QVERIFY2(at > text.indexOf(QStringLiteral("resource \"aws_api_gateway_stage\" \"shop_prod\"")), r.text.constData());
        const QString block = text.mid(at, text.indexOf(u'}', text.indexOf(QStringLiteral("use_stage_cache"), at)) - at);
        QVERIFY2(block.contains(QStringLiteral("deployment_id = aws_api_gateway_deployment.shop.id")), qPrintable(block));
        QVERIFY2(block.contains(QStringLiteral("percent_traffic = 12.5")), qPrintable(block));
        QVERIFY2(block.contains(QStringLiteral("\"version\" = \"v2\"")) || block.contains(QStringLiteral("version = \"v2\"")),
                 qPrintable(block));
        QVERIFY2(block.contains(QStringLiteral("use_stage_cache = true")), qPrintable(block));
    }

    void exportOpenApiSaysLeftOut()
    {
        const io::ProjectLoad l = load(project(goodCanary));
        io::ExportOptions o;
        o.format = io::ExportFormat::OpenApi30;
        const io::ExportResult r = io::exportProject(*l.project, o);
        QVERIFY(r.ok());
        QVERIFY(!r.text.contains("anary"));
        QVERIFY(r.warnings.join(u'\n').contains(QStringLiteral("stage prod's canary is left out")));
    }
};

QTEST_GUILESS_MAIN(tst_ProjectCanary)
#include "tst_projectcanary.moc"
