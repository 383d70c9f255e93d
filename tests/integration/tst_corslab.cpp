// SPDX-License-Identifier: GPL-3.0-or-later
// The CORS Lab against the real pipeline: verdicts, and the advised fixes applied one after another until the
// browser would allow the request.
#include "cors/corslab.h"
#include "cors/recordverdict.h"
#include "doc/docio.h"
#include "engine/compiler.h"
#include "engine/gatewayengine.h"
#include "io/inputloader.h"
#include "io/projectfile.h"
#include "recordcollector.h"
#include "testsupport.h"

#include <QtTest>

using namespace gw;

namespace {

model::Project example()
{
    const io::ProjectLoad l = io::loadProject(gw::test::sourceDir() + QStringLiteral("/resources/examples/petstore.gatehouse.yaml"));
    if (!l.project)
        qFatal("example does not load");
    return *l.project;
}

cors::LabResult runLab(GatewayEngine &engine, const model::Project &project, const QString &apiId, const cors::FetchRequest &base,
                       const QString &path, const std::shared_ptr<const CompiledGateway> &gateway)
{
    cors::FetchRequest request = base;
    request.url = cors::labUrl(apiId, engine.port(), path);
    cors::CorsLab lab;
    cors::LabResult result;
    bool done = false;
    lab.run(request, engine.port(), *project.api(apiId), gateway, [&](const cors::LabResult &r) {
        result = r;
        done = true;
    });
    QElapsedTimer t;
    t.start();
    while (!done && t.elapsed() < 10'000)
        QTest::qWait(5);
    if (!done)
        qFatal("the lab did not finish");
    return result;
}

/// Deploys every API's working copy to all its stages (what the user does after a fix).
void deployAll(model::Project &project)
{
    for (model::Api &api : project.apis) {
        for (model::Stage &stage : api.stages) {
            if (stage.autoDeploy)
                continue;
            model::Deployment d;
            d.id = io::newDeploymentId();
            d.definition = api.definition;
            api.deployments.append(d);
            stage.deploymentId = d.id;
        }
    }
}

} // namespace

class tst_CorsLab : public QObject
{
    Q_OBJECT
private slots:
    void fixesConverge_data();
    void fixesConverge();
    void sameOriginIsNotCors();
    void recordVerdicts();
};

void tst_CorsLab::fixesConverge_data()
{
    QTest::addColumn<QString>("api");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<bool>("credentials");
    QTest::addColumn<int>("maxFixes"); // -1: the advice ends with a change only a person can make
    QTest::addRow("rest simple GET") << "petstore" << "GET" << "/prod/pets" << QStringList() << false << 1;
    QTest::addRow("rest preflighted DELETE with a custom header")
        << "petstore" << "DELETE" << "/prod/pets/1" << QStringList{"X-Custom: 1"} << false << 3;
    QTest::addRow("rest error answer (the mock's 403)") << "petstore" << "GET" << "/prod/nope" << QStringList() << false << 1;
    QTest::addRow("rest with credentials") << "petstore" << "POST" << "/prod/pets" << QStringList{"Content-Type: application/json"} << true << 3;
    QTest::addRow("http without CORS configuration") << "storefront" << "GET" << "/catalog" << QStringList() << false << 1;
    QTest::addRow("http preflighted PUT with Authorization")
        << "storefront" << "PUT" << "/petstore/pets" << QStringList{"Authorization: Bearer x"} << true << -1;
}

void tst_CorsLab::fixesConverge()
{
    QFETCH(QString, api);
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QStringList, headers);
    QFETCH(bool, credentials);
    QFETCH(int, maxFixes);
    model::Project project = example();
    GatewayEngine engine;
    QString error;
    QVERIFY(engine.start(QHostAddress::LocalHost, 0, &error));
    cors::FetchRequest request;
    request.pageOrigin = QStringLiteral("http://localhost:3000");
    request.method = method;
    request.credentials = credentials ? cors::CredentialsMode::Include : cors::CredentialsMode::SameOrigin;
    for (const QString &h : headers)
        request.headers.append(h.section(QLatin1Char(':'), 0, 0).toLatin1(), h.section(QLatin1Char(':'), 1).trimmed().toLatin1());
    QStringList applied;
    for (int round = 0; round <= (maxFixes < 0 ? 4 : maxFixes); ++round) {
        const CompileResult compiled = compileProject(project);
        engine.deploy(compiled.gateway);
        const cors::LabResult result = runLab(engine, project, api, request, path, compiled.gateway);
        if (result.allowed) {
            QVERIFY2(round > 0, "the example should start out blocked");
            return;
        }
        QVERIFY(!result.reasons.isEmpty());
        QVERIFY2(result.fix, "blocked without advice");
        if (maxFixes < 0 && !result.fix->action) {
            // ANY /petstore/{proxy+} takes the preflight even with a CORS configuration: the advice says so.
            QVERIFY2(result.fix->text.contains(QLatin1String("ANY")), qPrintable(result.fix->text));
            QVERIFY(round > 0);
            return;
        }
        QVERIFY2(result.fix->action, qPrintable(QStringLiteral("no applicable fix: ") + result.fix->text));
        applied.append(result.fix->text);
        QVERIFY2(result.fix->action->apply(*const_cast<model::Api *>(project.api(api)), &error), qPrintable(error));
        deployAll(project);
    }
    QFAIL(qPrintable(QStringLiteral("still blocked after %1 fixes:\n%2").arg(maxFixes).arg(applied.join(QLatin1Char('\n')))));
}

void tst_CorsLab::sameOriginIsNotCors()
{
    model::Project project = example();
    GatewayEngine engine;
    QString error;
    QVERIFY(engine.start(QHostAddress::LocalHost, 0, &error));
    const CompileResult compiled = compileProject(project);
    engine.deploy(compiled.gateway);
    cors::FetchRequest request;
    request.pageOrigin = QStringLiteral("http://petstore.execute-api.localhost:%1").arg(engine.port());
    request.method = QStringLiteral("PUT");
    const cors::LabResult r = runLab(engine, project, QStringLiteral("petstore"), request, QStringLiteral("/prod/pets"), compiled.gateway);
    QVERIFY(!r.crossOrigin);
    QVERIFY(!r.preflightNeeded);
    QVERIFY(r.actual.sent);
    QCOMPARE(r.actual.status, 403); // no PUT /pets: the gateway's answer, which the page may read
    QVERIFY(r.allowed);
}

void tst_CorsLab::recordVerdicts()
{
    model::Project project = example();
    GatewayEngine engine;
    auto sink = std::make_shared<test::RecordCollector>();
    engine.records().addSink(sink);
    QString error;
    QVERIFY(engine.start(QHostAddress::LocalHost, 0, &error));
    engine.deploy(compileProject(project).gateway);
    auto send = [&](const QByteArray &raw) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, engine.port());
        QVERIFY(s.waitForConnected(5000));
        s.write(raw);
        QVERIFY(s.waitForReadyRead(5000));
    };
    const QByteArray host = "Host: petstore.execute-api.localhost:" + QByteArray::number(engine.port()) + "\r\n";
    send("GET /prod/pets HTTP/1.1\r\n" + host + "\r\n");
    send("GET /prod/pets HTTP/1.1\r\n" + host + "Origin: http://other.example\r\n\r\n");
    send("OPTIONS /prod/pets HTTP/1.1\r\n" + host + "Origin: http://other.example\r\nAccess-Control-Request-Method: PUT\r\n\r\n");
    auto records = sink->waitForCount(engine.records(), 3);
    QCOMPARE(records.size(), size_t(3));
    std::sort(records.begin(), records.end(), [](const auto &a, const auto &b) { return a->sequence < b->sequence; });
    QCOMPARE(cors::judgeRecord(*records[0]).kind, cors::RecordVerdict::Kind::NotCors);
    const cors::RecordVerdict actual = cors::judgeRecord(*records[1]);
    QCOMPARE(actual.kind, cors::RecordVerdict::Kind::Blocked);
    QVERIFY(!actual.preflight);
    const cors::RecordVerdict pre = cors::judgeRecord(*records[2]);
    QCOMPARE(pre.kind, cors::RecordVerdict::Kind::Blocked);
    QVERIFY(pre.preflight);
    QVERIFY(pre.reasons.join(QLatin1Char(' ')).contains(QLatin1String("403")));
}

QTEST_GUILESS_MAIN(tst_CorsLab)
#include "tst_corslab.moc"
