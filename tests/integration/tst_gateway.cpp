// SPDX-License-Identifier: GPL-3.0-or-later
// The gateway end to end over real sockets: endpoints, routing answers, MOCK and HTTP proxy integrations, AWS's
// exact error bodies and headers, limits, and the records each exchange leaves.
#include "doc/docio.h"
#include "engine/compiler.h"
#include "engine/gatewayengine.h"
#include "io/inputloader.h"
#include "io/projectfile.h"
#include "observe/accesslog.h"
#include "recordcollector.h"
#include "observe/tracewriter.h"
#include "upstream/upstreamclient.h"
#include "rawhttp.h"
#include "testbackend.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace gw;
using namespace gw::test;

namespace {

/// A gateway serving a project on 127.0.0.1:0.
struct Gateway
{
    GatewayEngine engine;
    std::shared_ptr<RecordCollector> sink = std::make_shared<RecordCollector>();
    CompileResult compiled;
    quint16 port = 0;

    explicit Gateway(const model::Project &project, const http::ServerLimits &limits = {})
    {
        compiled = compileProject(project);
        engine.records().addSink(sink);
        engine.deploy(compiled.gateway);
        engine.setLimits(limits);
        QString error;
        if (!engine.start(QHostAddress::LocalHost, 0, &error))
            qFatal("cannot start the gateway: %s", qPrintable(error));
        port = engine.port();
    }

    std::vector<ExchangeRecordPtr> waitRecords(const std::function<bool(const std::vector<ExchangeRecordPtr> &)> &done)
    {
        return sink->waitFor(engine.records(), done);
    }

    /// The newest record, waiting for one that was not there at the previous call.
    ExchangeRecordPtr lastRecord()
    {
        const size_t before = m_seen;
        const auto all = waitRecords([before](const auto &r) { return r.size() > before; });
        m_seen = all.size();
        return all.empty() ? nullptr : all.back();
    }

private:
    size_t m_seen = 0;
};

model::Project exampleProject()
{
    const io::ProjectLoad load = io::loadProject(sourceDir() + QStringLiteral("/resources/examples/petstore.gatehouse.yaml"));
    if (!load.project)
        qFatal("the example project does not load");
    return *load.project;
}

model::Project projectFromYaml(const QByteArray &yaml, const io::InputOptions &options = {})
{
    const doc::ParseResult r = doc::parse(yaml);
    if (!r.ok())
        qFatal("test document: %s", qPrintable(r.error->message));
    if (io::isProjectDocument(r.root)) {
        const io::ProjectLoad load = io::readProject(r.root, QStringLiteral("test.yaml"));
        for (const auto &d : load.diagnostics)
            qWarning("%s", qPrintable(d.format()));
        if (!load.project)
            qFatal("test project does not load");
        return *load.project;
    }
    const io::InputLoad load = io::projectFromDocument(r.root, QStringLiteral("test.yaml"), options);
    for (const auto &d : load.diagnostics)
        qWarning("%s", qPrintable(d.format()));
    if (!load.project)
        qFatal("test document does not load");
    return *load.project;
}

QByteArray proxyRestDoc(quint16 backendPort, int timeoutMs = 0)
{
    const QByteArray base = "http://127.0.0.1:" + QByteArray::number(backendPort);
    const QByteArray timeout = timeoutMs ? "        timeoutInMillis: " + QByteArray::number(timeoutMs) + "\n" : QByteArray();
    return "openapi: 3.0.1\ninfo: {title: Proxy, version: '1'}\npaths:\n"
           "  /items/{id}:\n    x-amazon-apigateway-any-method:\n      x-amazon-apigateway-integration:\n"
           "        type: http_proxy\n        httpMethod: ANY\n        uri: " + base + "/echo/items/{id}\n"
           "        requestParameters:\n          integration.request.path.id: method.request.path.id\n"
           "          integration.request.header.X-Static: \"'fixed'\"\n" + timeout +
           "  /raw/{proxy+}:\n    x-amazon-apigateway-any-method:\n      x-amazon-apigateway-integration:\n"
           "        type: http_proxy\n        httpMethod: ANY\n        uri: " + base + "/{proxy}\n" + timeout +
           "  /down:\n    get:\n      x-amazon-apigateway-integration:\n"
           "        type: http_proxy\n        httpMethod: GET\n        uri: http://127.0.0.1:1/nothing\n";
}

QJsonObject json(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QString echoedHeader(const QJsonObject &echo, const QString &name)
{
    for (const QJsonValue &h : echo.value(QLatin1String("headers")).toArray()) {
        if (h.toArray().at(0).toString().compare(name, Qt::CaseInsensitive) == 0)
            return h.toArray().at(1).toString();
    }
    return {};
}

} // namespace

class tst_Gateway : public QObject
{
    Q_OBJECT
private slots:
    void mockAnswersWithAwsHeaders();
    void endpointForms_data();
    void endpointForms();
    void restNoMatchIsMissingAuthenticationToken_data();
    void restNoMatchIsMissingAuthenticationToken();
    void httpApiNoMatchIsNotFound();
    void selectionPatternsAndResponseParameters();
    void keepAliveAndPipelining();
    void payloadTooLarge();
    void headersTooLarge();
    void httpProxyForwardsRequest();
    void httpProxyRemapsResponseHeaders();
    void httpProxyStreamsChunkedResponse();
    void httpApiProxyThroughTheGatewayItself();
    void integrationTimeout();
    void unreachableBackend();
    void brokenBackendResponse();
    void clientGoneWhileProxying();
    void idleBackendConnectionThatTalksIsDropped();
    void integrationsNotEmulatedAreReported();
    void vpcLinkWithUrlIsCalledDirectly();
    void redeployWhileServing();
    void stageVariablesInUri();
    void pipelineOrderIsPinned();
    void traceAndAccessLogFormats();
};

void tst_Gateway::mockAnswersWithAwsHeaders()
{
    Gateway gw(exampleProject());
    const RawResponse r = rawRequest(gw.port, getRequest("/restapis/petstore/prod/_user_request_/pets"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(r.header("Cache-Control"), QByteArray("max-age=60"));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
                .match(QString::fromLatin1(r.header("x-amzn-RequestId"))).hasMatch());
    QCOMPARE(r.header("x-amz-apigw-id").size(), 16);
    QVERIFY(!r.header("Date").isEmpty());
    QCOMPARE(r.header("Content-Length").toInt(), r.body.size());
    QCOMPARE(QJsonDocument::fromJson(r.body).array().size(), 3);
    QVERIFY(r.header("x-amzn-ErrorType").isNull());

    const ExchangeRecordPtr rec = gw.lastRecord();
    QVERIFY(rec);
    QCOMPARE(rec->status, 200);
    QCOMPARE(rec->apiId, QStringLiteral("petstore"));
    QCOMPARE(rec->stage, QStringLiteral("prod"));
    QCOMPARE(rec->route, QStringLiteral("/pets"));
    QCOMPARE(rec->endpoint, QStringLiteral("path"));
    QVERIFY(rec->stoppedAt.isEmpty());
    QCOMPARE(rec->steps.size(), size_t(3));
    QCOMPARE(QString(rec->steps[0].name), QStringLiteral("route"));
    QCOMPARE(rec->steps[0].detail, QStringLiteral("route.matched"));
    QCOMPARE(QString(rec->steps[1].name), QStringLiteral("throttle"));
    QCOMPARE(rec->steps[1].detail, QStringLiteral("throttle.allowed"));
    QCOMPARE(QString(rec->steps[2].name), QStringLiteral("integration"));
    QCOMPARE(rec->steps[2].detail, QStringLiteral("integration.mock"));
    QCOMPARE(rec->requestId, QString::fromLatin1(r.header("x-amzn-RequestId")));
}

void tst_Gateway::endpointForms_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<bool>("singleApi");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("host form") << QByteArray("/prod/pets/7") << QByteArray("petstore.execute-api.localhost:1") << false << 200 << QByteArray();
    QTest::addRow("host form, other API") << QByteArray("/catalog") << QByteArray("storefront.execute-api.localhost") << false << 200 << QByteArray();
    QTest::addRow("path form") << QByteArray("/restapis/petstore/prod/_user_request_/pets/7") << QByteArray("127.0.0.1") << false << 200 << QByteArray();
    QTest::addRow("path form, $default stage") << QByteArray("/restapis/storefront/$default/_user_request_/catalog") << QByteArray("127.0.0.1") << false << 200 << QByteArray();
    QTest::addRow("plain form needs one API") << QByteArray("/prod/pets") << QByteArray("127.0.0.1") << false << 403 << QByteArray(R"({"message":"Forbidden"})");
    QTest::addRow("plain form with one API") << QByteArray("/prod/pets") << QByteArray("127.0.0.1") << true << 200 << QByteArray();
    QTest::addRow("unknown API id") << QByteArray("/prod/pets") << QByteArray("nope.execute-api.localhost") << false << 403 << QByteArray(R"({"message":"Forbidden"})");
}

void tst_Gateway::endpointForms()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, host);
    QFETCH(bool, singleApi);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    model::Project project = exampleProject();
    if (singleApi)
        project.apis.removeLast();
    Gateway gw(project);
    const RawResponse r = rawRequest(gw.port, getRequest(target, host));
    QCOMPARE(r.status, status);
    if (!body.isEmpty())
        QCOMPARE(r.body, body);
    if (status == 403) {
        const ExchangeRecordPtr rec = gw.lastRecord();
        QCOMPARE(rec->stoppedAt, QStringLiteral("endpoint.unknown_api"));
        QVERIFY(!rec->explanation.isEmpty());
    }
}

void tst_Gateway::restNoMatchIsMissingAuthenticationToken_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("explanationPart");
    QTest::addRow("unknown stage") << getRequest("/restapis/petstore/dev/_user_request_/pets") << "route.unknown_stage" << "no stage named \"dev\"";
    QTest::addRow("no stage") << getRequest("/", "petstore.execute-api.localhost") << "route.unknown_stage" << "has no stage";
    QTest::addRow("unknown path") << getRequest("/restapis/petstore/prod/_user_request_/pet") << "route.no_match" << "Nearest routes";
    QTest::addRow("wrong method")
        << QByteArray("PUT /restapis/petstore/prod/_user_request_/pets HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
        << "route.no_match" << "none of the matching resources has a PUT method";
    QTest::addRow("stage prefix forgotten") << getRequest("/pets", "petstore.execute-api.localhost") << "route.unknown_stage" << "first path segment";
}

void tst_Gateway::restNoMatchIsMissingAuthenticationToken()
{
    QFETCH(QByteArray, request);
    QFETCH(QString, detail);
    QFETCH(QString, explanationPart);
    Gateway gw(exampleProject());
    const RawResponse r = rawRequest(gw.port, request);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.body, QByteArray(R"({"message":"Missing Authentication Token"})"));
    QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("MissingAuthenticationTokenException"));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(!r.header("x-amzn-RequestId").isEmpty());
    const ExchangeRecordPtr rec = gw.lastRecord();
    QCOMPARE(rec->stoppedAt, detail);
    QCOMPARE(rec->stoppedAtStep, QStringLiteral("route"));
    QCOMPARE(rec->errorType, QStringLiteral("MISSING_AUTHENTICATION_TOKEN"));
    QVERIFY2(rec->explanation.join(QLatin1Char(' ')).contains(explanationPart), qPrintable(rec->explanation.join(QLatin1Char('|'))));
}

void tst_Gateway::httpApiNoMatchIsNotFound()
{
    Gateway gw(exampleProject());
    const RawResponse r = rawRequest(gw.port, getRequest("/nope", "storefront.execute-api.localhost"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.body, QByteArray(R"({"message":"Not Found"})"));
    QVERIFY(r.header("x-amzn-ErrorType").isNull());
    QVERIFY(r.header("x-amzn-RequestId").isNull());
    QCOMPARE(r.header("apigw-requestid").size(), 16);
    QCOMPARE(gw.lastRecord()->stoppedAt, QStringLiteral("route.no_match"));
}

void tst_Gateway::selectionPatternsAndResponseParameters()
{
    Gateway gw(exampleProject());
    RawHttpClient c(gw.port);
    const RawResponse del = c.request("DELETE /restapis/petstore/prod/_user_request_/pets/3 HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(del.status, 403);
    QCOMPARE(json(del.body).value(QLatin1String("message")).toString(), QStringLiteral("Pets cannot be deleted in this example"));
    QVERIFY(del.header("x-amzn-ErrorType").isNull()); // an integration response, not a gateway error
    const RawResponse post = c.request("POST /restapis/petstore/prod/_user_request_/pets HTTP/1.1\r\nHost: x\r\n"
                                       "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
    QCOMPARE(post.status, 201);
    QCOMPARE(post.header("Location"), QByteArray("/pets/4"));
}

void tst_Gateway::keepAliveAndPipelining()
{
    Gateway gw(exampleProject());
    RawHttpClient c(gw.port);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(c.request(getRequest("/restapis/petstore/prod/_user_request_/pets")).status, 200);
    c.send(getRequest("/restapis/petstore/prod/_user_request_/pets") + getRequest("/restapis/petstore/prod/_user_request_/nope")
           + getRequest("/restapis/petstore/prod/_user_request_/"));
    QCOMPARE(c.read().status, 200);
    QCOMPARE(c.read().status, 403);
    const RawResponse third = c.read();
    QCOMPARE(third.status, 200);
    QVERIFY(third.body.contains("Welcome"));
    QVERIFY(c.isConnected());
}

void tst_Gateway::payloadTooLarge()
{
    Gateway gw(exampleProject());
    RawHttpClient c(gw.port);
    QElapsedTimer t;
    t.start();
    c.send("POST /restapis/petstore/prod/_user_request_/pets HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
           "Content-Length: 11000000\r\n\r\n{\"a\":");
    const RawResponse r = c.read();
    QCOMPARE(r.status, 413);
    QCOMPARE(r.body, QByteArray(R"({"message":"HTTP content length exceeded 10485760 bytes."})"));
    QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("RequestTooLargeException"));
    QVERIFY(t.elapsed() < 5000);
    QVERIFY(c.waitForClose());
    QCOMPARE(gw.lastRecord()->stoppedAt, QStringLiteral("request.too_large"));
}

void tst_Gateway::headersTooLarge()
{
    Gateway gw(exampleProject());
    const QByteArray big = "X-Big: " + QByteArray(11'000, 'a') + "\r\n";
    RawHttpClient c(gw.port);
    const RawResponse r = c.request(getRequest("/restapis/petstore/prod/_user_request_/pets", "x", big));
    QVERIFY(r.status >= 400 && r.status < 500);
    QVERIFY(c.waitForClose());
    // Another connection is still served.
    QCOMPARE(rawRequest(gw.port, getRequest("/restapis/petstore/prod/_user_request_/pets")).status, 200);
    const auto records = gw.waitRecords([](const auto &all) {
        return std::any_of(all.begin(), all.end(),
                           [](const auto &rec) { return rec->stoppedAt == QLatin1String("http.headers_too_large"); });
    });
    QVERIFY(std::any_of(records.begin(), records.end(),
                        [](const auto &rec) { return rec->stoppedAt == QLatin1String("http.headers_too_large"); }));
}

void tst_Gateway::httpProxyForwardsRequest()
{
    TestBackend backend;
    const quint16 bp = backend.start();
    Gateway gw(projectFromYaml(proxyRestDoc(bp)));
    const RawResponse r = rawRequest(gw.port, "PATCH /restapis/proxy/prod/_user_request_/items/a%20b?x=1&y=2 HTTP/1.1\r\n"
                                              "Host: client.example\r\nX-Client: hello\r\nContent-Length: 5\r\n\r\nabcde");
    QCOMPARE(r.status, 200);
    const QJsonObject echo = json(r.body);
    QCOMPARE(echo.value(QLatin1String("method")).toString(), QStringLiteral("PATCH"));
    QCOMPARE(echo.value(QLatin1String("path")).toString(), QStringLiteral("/echo/items/a%20b"));
    QCOMPARE(echo.value(QLatin1String("query")).toString(), QStringLiteral("x=1&y=2"));
    QCOMPARE(echo.value(QLatin1String("body")).toString(), QStringLiteral("abcde"));
    QCOMPARE(echoedHeader(echo, QStringLiteral("X-Client")), QStringLiteral("hello"));
    QCOMPARE(echoedHeader(echo, QStringLiteral("X-Static")), QStringLiteral("fixed"));
    QCOMPARE(echoedHeader(echo, QStringLiteral("Host")), QStringLiteral("127.0.0.1:%1").arg(bp));
    QCOMPARE(echoedHeader(echo, QStringLiteral("X-Amzn-Apigateway-Api-Id")), QStringLiteral("proxy"));
    QVERIFY(echoedHeader(echo, QStringLiteral("X-Amzn-Trace-Id")).startsWith(QLatin1String("Root=1-")));
    const ExchangeRecordPtr rec = gw.lastRecord();
    QCOMPARE(rec->integrationStatus, 200);
    QVERIFY(rec->integrationLatencyUs >= 0);
    QCOMPARE(rec->steps.back().detail, QStringLiteral("integration.http_proxy"));
}

void tst_Gateway::httpProxyRemapsResponseHeaders()
{
    TestBackend backend;
    Gateway gw(projectFromYaml(proxyRestDoc(backend.start())));
    const RawResponse r = rawRequest(gw.port, getRequest("/restapis/proxy/prod/_user_request_/raw/headers"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("x-amzn-Remapped-Server"), QByteArray("test-backend/1.0"));
    QCOMPARE(r.header("x-amzn-Remapped-Date"), QByteArray("Mon, 01 Jan 2024 00:00:00 GMT"));
    QCOMPARE(r.header("x-amzn-Remapped-Content-Length"), QByteArray("2"));
    QCOMPARE(r.header("X-Backend"), QByteArray("yes"));
    QCOMPARE(r.headerCount("Set-Cookie"), 2);
    QCOMPARE(r.headerCount("Date"), 1);
    QVERIFY(r.header("Server").isNull());
}

void tst_Gateway::httpProxyStreamsChunkedResponse()
{
    TestBackend backend;
    Gateway gw(projectFromYaml(proxyRestDoc(backend.start())));
    RawHttpClient c(gw.port);
    const RawResponse r = c.request(getRequest("/restapis/proxy/prod/_user_request_/raw/chunked"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("hello world"));
    QVERIFY(r.chunked);
    const ExchangeRecordPtr rec = gw.lastRecord();
    QCOMPARE(rec->responseBody, QByteArray("hello world"));
    QCOMPARE(rec->responseBodySize, 11);
    // The connection stays usable.
    QCOMPARE(c.request(getRequest("/restapis/proxy/prod/_user_request_/raw/echo")).status, 200);
}

void tst_Gateway::httpApiProxyThroughTheGatewayItself()
{
    Gateway gw(exampleProject());
    const QByteArray host = "storefront.execute-api.localhost:" + QByteArray::number(gw.port);
    const RawResponse catalog = rawRequest(gw.port, getRequest("/catalog", host));
    QCOMPARE(catalog.status, 200);
    QCOMPARE(QJsonDocument::fromJson(catalog.body).array().size(), 3);
    QCOMPARE(catalog.header("apigw-requestid").size(), 16);
    // The REST API's own headers come back remapped where AWS remaps them, the others as they are.
    QVERIFY(!catalog.header("x-amzn-RequestId").isEmpty());
    const RawResponse pet = rawRequest(gw.port, getRequest("/petstore/pets/9", host));
    QCOMPARE(pet.status, 200);
    QCOMPARE(json(pet.body).value(QLatin1String("type")).toString(), QStringLiteral("dog"));
    const RawResponse del = rawRequest(gw.port, "DELETE /petstore/pets/9 HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
    QCOMPARE(del.status, 403);
    // Each hop is its own exchange: the storefront request and the petstore request it made.
    int storefront = 0, petstore = 0;
    for (const auto &rec : gw.waitRecords([](const auto &all) { return all.size() >= 6; })) {
        storefront += rec->apiId == QLatin1String("storefront");
        petstore += rec->apiId == QLatin1String("petstore");
    }
    QCOMPARE(storefront, 3);
    QCOMPARE(petstore, 3);
}

void tst_Gateway::integrationTimeout()
{
    TestBackend backend;
    Gateway gw(projectFromYaml(proxyRestDoc(backend.start(), 300)));
    QElapsedTimer t;
    t.start();
    const RawResponse r = rawRequest(gw.port, getRequest("/restapis/proxy/prod/_user_request_/raw/hang"));
    QCOMPARE(r.status, 504);
    QCOMPARE(r.body, QByteArray(R"({"message":"Endpoint request timed out"})"));
    QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("InternalServerErrorException"));
    QVERIFY(t.elapsed() >= 250 && t.elapsed() < 3000);
    const ExchangeRecordPtr rec = gw.lastRecord();
    QCOMPARE(rec->stoppedAt, QStringLiteral("integration.timeout"));
    QCOMPARE(rec->errorType, QStringLiteral("INTEGRATION_TIMEOUT"));
    QVERIFY(rec->steps.back().durationUs >= 250'000);
}

void tst_Gateway::unreachableBackend()
{
    Gateway gw(projectFromYaml(proxyRestDoc(1)));
    const RawResponse r = rawRequest(gw.port, getRequest("/restapis/proxy/prod/_user_request_/down"));
    QCOMPARE(r.status, 500);
    // Recorded on AWS: 36 bytes, with a space after the colon.
    QCOMPARE(r.body, QByteArray("{\"message\": \"Internal server error\"}"));
    QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("InternalServerErrorException"));
    const ExchangeRecordPtr rec = gw.lastRecord();
    QCOMPARE(rec->stoppedAt, QStringLiteral("integration.unreachable"));
    QVERIFY(rec->explanation.join(QLatin1Char(' ')).contains(QLatin1String("Invalid endpoint address")));

    io::InputOptions http;
    http.protocol = model::Protocol::Http;
    const QByteArray doc = "openapi: 3.0.1\ninfo: {title: H, version: '1'}\npaths:\n  /down:\n    get:\n"
                           "      x-amazon-apigateway-integration: {type: http_proxy, httpMethod: GET, uri: 'http://127.0.0.1:1/x'}\n";
    Gateway hgw(projectFromYaml(doc, http));
    const RawResponse h = rawRequest(hgw.port, getRequest("/prod/down"));
    QCOMPARE(h.status, 500);
    QCOMPARE(h.body, QByteArray(R"({"message":"Internal Server Error"})"));
}

void tst_Gateway::brokenBackendResponse()
{
    TestBackend backend;
    Gateway gw(projectFromYaml(proxyRestDoc(backend.start())));
    QCOMPARE(rawRequest(gw.port, getRequest("/restapis/proxy/prod/_user_request_/raw/garbage")).status, 500);
    QCOMPARE(rawRequest(gw.port, getRequest("/restapis/proxy/prod/_user_request_/raw/close")).status, 500);
    QCOMPARE(rawRequest(gw.port, getRequest("/restapis/proxy/prod/_user_request_/raw/status/503")).status, 503);
}

void tst_Gateway::clientGoneWhileProxying()
{
    TestBackend backend;
    Gateway gw(projectFromYaml(proxyRestDoc(backend.start())));
    {
        RawHttpClient c(gw.port, 2000);
        c.send(getRequest("/restapis/proxy/prod/_user_request_/raw/slow/400"));
        QTest::qWait(100);
    } // the client goes away
    const ExchangeRecordPtr aborted = gw.lastRecord();
    QVERIFY(aborted);
    QVERIFY(aborted->clientAborted);
    QCOMPARE(aborted->status, 0);
    // The gateway is fine afterwards.
    QCOMPARE(rawRequest(gw.port, getRequest("/restapis/proxy/prod/_user_request_/raw/echo")).status, 200);
}

void tst_Gateway::idleBackendConnectionThatTalksIsDropped()
{
    // Found by the soak test: a pooled backend connection that received bytes while idle was deleted but stayed in the
    // pool, and the next request to that backend used the deleted connection (a crash).
    TestBackend backend;
    const quint16 bp = backend.start();
    {
        // The pool itself, on this thread: the connection leaves it once the backend talks out of turn.
        upstream::UpstreamClient &client = upstream::UpstreamClient::forCurrentThread();
        const int idleBefore = client.idleConnectionCount();
        upstream::UpstreamRequest req;
        req.host = QStringLiteral("127.0.0.1");
        req.port = bp;
        req.method = "GET";
        req.target = "/late-garbage";
        bool done = false;
        upstream::UpstreamCallbacks cb;
        cb.onHead = [](upstream::UpstreamHead &&) {};
        cb.onBody = [](const QByteArray &) {};
        cb.onDone = [&done] { done = true; };
        cb.onError = [&done](upstream::UpstreamError, const QString &) { done = true; };
        const upstream::UpstreamCallPtr call = client.send(std::move(req), std::move(cb));
        QTRY_VERIFY(done);
        QCOMPARE(client.idleConnectionCount(), idleBefore + 1);
        QTRY_COMPARE(client.idleConnectionCount(), idleBefore);
    }
    Gateway gw(projectFromYaml(proxyRestDoc(bp)));
    // A second, unasked-for response in the same read: the first is the answer, and the connection is not reused (it
    // used to crash on the second response's headers).
    for (int i = 0; i < 3; ++i) {
        const RawResponse twice = rawRequest(gw.port, getRequest("/restapis/proxy/prod/_user_request_/raw/twice"));
        QCOMPARE(twice.status, 200);
        QCOMPARE(twice.body, QByteArray("{\"first\":true}"));
        const RawResponse after = rawRequest(gw.port, getRequest("/restapis/proxy/prod/_user_request_/raw/echo?after=" + QByteArray::number(i)));
        QCOMPARE(after.status, 200);
        QCOMPARE(json(after.body).value(QLatin1String("query")).toString(), QStringLiteral("after=%1").arg(i));
    }
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(rawRequest(gw.port, getRequest("/restapis/proxy/prod/_user_request_/raw/late-garbage")).status, 200);
        QTest::qWait(150); // the unasked-for bytes reach the idle connection
        const RawResponse r = rawRequest(gw.port, getRequest("/restapis/proxy/prod/_user_request_/raw/echo?round=" + QByteArray::number(i)));
        QCOMPARE(r.status, 200);
        QCOMPARE(json(r.body).value(QLatin1String("query")).toString(), QStringLiteral("round=%1").arg(i));
    }
}

void tst_Gateway::integrationsNotEmulatedAreReported()
{
    const QByteArray doc = "openapi: 3.0.1\ninfo: {title: L, version: '1'}\npaths:\n"
                           "  /fn:\n    get:\n      x-amazon-apigateway-integration:\n        type: aws_proxy\n        httpMethod: POST\n"
                           "        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:hello/invocations\n"
                           "  /vtl:\n    get:\n      x-amazon-apigateway-integration:\n        type: mock\n"
                           "        requestTemplates: {application/json: '{\"statusCode\": 200}'}\n"
                           "        responses: {default: {statusCode: '200', responseTemplates: {application/json: '$input.json(\"$\")'}}}\n";
    Gateway gw(projectFromYaml(doc));
    QVERIFY(gw.compiled.fidelity.format().contains(QLatin1String("GET /fn")));
    // Velocity templates are evaluated now: nothing about them in the report.
    QVERIFY(!gw.compiled.fidelity.format().contains(QLatin1String("Velocity")));
    const RawResponse fn = rawRequest(gw.port, getRequest("/prod/fn"));
    QCOMPARE(fn.status, 500);
    const ExchangeRecordPtr fnRecord = gw.lastRecord();
    QCOMPARE(fnRecord->stoppedAt, QStringLiteral("integration.not_emulated"));
    QVERIFY(fnRecord->explanation.join(QLatin1Char(' ')).contains(QLatin1String("Lambda")));
    // A MOCK's integration response has an empty body, which $input.json('$') reads as {} (tst_mapping has the rest).
    const RawResponse vtl = rawRequest(gw.port, getRequest("/prod/vtl"));
    QCOMPARE(vtl.status, 200);
    QCOMPARE(vtl.body, QByteArray("{}"));
    QCOMPARE(gw.lastRecord()->steps.back().detail, QStringLiteral("integration.mock"));
}

void tst_Gateway::vpcLinkWithUrlIsCalledDirectly()
{
    // No VPC is reachable locally: an http(s) URI is called directly (reported as partial); without one the
    // integration is answered as unreachable (reported as not emulated).
    TestBackend backend;
    const quint16 bp = backend.start();
    const QByteArray doc = "openapi: 3.0.1\ninfo: {title: V, version: '1'}\npaths:\n"
                           "  /vpc:\n    get:\n      x-amazon-apigateway-integration:\n        type: http_proxy\n"
                           "        httpMethod: GET\n        connectionType: VPC_LINK\n        connectionId: vpcl-123\n"
                           "        uri: http://127.0.0.1:" + QByteArray::number(bp) + "/echo/vpc\n"
                           "  /nlb:\n    get:\n      x-amazon-apigateway-integration:\n        type: http_proxy\n"
                           "        httpMethod: GET\n        connectionType: VPC_LINK\n        connectionId: vpcl-123\n";
    Gateway gw(projectFromYaml(doc));
    const QString report = gw.compiled.fidelity.format();
    QVERIFY2(report.contains(QLatin1String("VPC link vpcl-123 is not used locally")), qPrintable(report));
    QVERIFY2(report.contains(QLatin1String("VPC link integrations cannot run locally")), qPrintable(report));
    const RawResponse direct = rawRequest(gw.port, getRequest("/prod/vpc"));
    QCOMPARE(direct.status, 200);
    QCOMPARE(json(direct.body).value(QLatin1String("path")).toString(), QStringLiteral("/echo/vpc"));
    QCOMPARE(gw.lastRecord()->steps.back().detail, QStringLiteral("integration.http_proxy"));
    const RawResponse none = rawRequest(gw.port, getRequest("/prod/nlb"));
    QCOMPARE(none.status, 500);
    const ExchangeRecordPtr rec = gw.lastRecord();
    QVERIFY2(rec->explanation.join(QLatin1Char(' ')).contains(QLatin1String("VPC link vpcl-123")),
             qPrintable(rec->explanation.join(QLatin1Char(' '))));
}

void tst_Gateway::redeployWhileServing()
{
    TestBackend backend;
    Gateway gw(projectFromYaml(proxyRestDoc(backend.start())));
    RawHttpClient slow(gw.port);
    slow.send(getRequest("/restapis/proxy/prod/_user_request_/raw/slow/300"));
    QTest::qWait(50);
    // Swap in the example project while the slow request is in flight.
    gw.engine.deploy(compileProject(exampleProject()).gateway);
    QCOMPARE(slow.read().status, 200);
    QCOMPARE(rawRequest(gw.port, getRequest("/restapis/petstore/prod/_user_request_/pets")).status, 200);
    QCOMPARE(rawRequest(gw.port, getRequest("/restapis/proxy/prod/_user_request_/raw/echo")).status, 403);
}

void tst_Gateway::stageVariablesInUri()
{
    TestBackend backend;
    const quint16 bp = backend.start();
    const QByteArray project = "gatehouse: 1\napis:\n  - id: sv\n    protocol: rest\n    definition:\n      openapi: 3.0.1\n"
                               "      info: {title: SV, version: '1'}\n      paths:\n        /go:\n          get:\n"
                               "            x-amazon-apigateway-integration:\n              type: http_proxy\n"
                               "              httpMethod: GET\n              uri: http://127.0.0.1:${stageVariables.port}/echo/${stageVariables.name}\n"
                               "    stages:\n      - name: prod\n        deployment: d1\n        variables:\n"
                               "          port: '" + QByteArray::number(bp) + "'\n          name: prod-backend\n"
                               "    deployments:\n      - id: d1\n";
    Gateway gw(projectFromYaml(project));
    const RawResponse r = rawRequest(gw.port, getRequest("/prod/go"));
    QCOMPARE(r.status, 200);
    QCOMPARE(json(r.body).value(QLatin1String("path")).toString(), QStringLiteral("/echo/prod-backend"));
}

void tst_Gateway::pipelineOrderIsPinned()
{
    // The order mirrors API Gateway's; every step a record shows appears in it, in this order.
    const QList<QLatin1StringView> order = pipelineOrder();
    QCOMPARE(order, (QList<QLatin1StringView>{QLatin1StringView("route"), QLatin1StringView("cors"),
                                               QLatin1StringView("resourcepolicy"), QLatin1StringView("authorizer"),
                                               QLatin1StringView("throttle"), QLatin1StringView("validation"),
                                               QLatin1StringView("cache"), QLatin1StringView("integration")}));
    Gateway gw(exampleProject());
    rawRequest(gw.port, getRequest("/restapis/petstore/prod/_user_request_/pets"));
    const ExchangeRecordPtr rec = gw.lastRecord();
    qsizetype last = -1;
    for (const StepSpan &s : rec->steps) {
        const qsizetype at = order.indexOf(s.name);
        QVERIFY2(at > last, s.name.data());
        last = at;
    }
}

void tst_Gateway::traceAndAccessLogFormats()
{
    Gateway gw(exampleProject());
    rawRequest(gw.port, getRequest("/restapis/petstore/prod/_user_request_/pets?limit=2", "127.0.0.1", "User-Agent: t/1\r\n"));
    const ExchangeRecordPtr rec = gw.lastRecord();
    const QJsonObject t = traceJson(*rec);
    for (const char *key : {"requestId", "apiId", "stage", "protocol", "method", "path", "route", "status", "totalUs",
                            "stoppedAt", "steps"})
        QVERIFY2(t.contains(QLatin1String(key)), key);
    QCOMPARE(t.value(QLatin1String("protocol")).toString(), QStringLiteral("rest"));
    QCOMPARE(t.value(QLatin1String("route")).toString(), QStringLiteral("/pets"));
    QVERIFY(t.value(QLatin1String("stoppedAt")).isNull());
    const QJsonArray steps = t.value(QLatin1String("steps")).toArray();
    QCOMPARE(steps.size(), 3);
    for (const char *key : {"name", "startUs", "durationUs", "outcome", "detail"})
        QVERIFY2(steps.at(0).toObject().contains(QLatin1String(key)), key);
    QCOMPARE(steps.at(1).toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("continue"));

    const QString clf = renderAccessLog(AccessLogFormats::clfRest(), *rec);
    QVERIFY2(QRegularExpression(QStringLiteral("^127\\.0\\.0\\.1 - - \\[\\d\\d/[A-Z][a-z]{2}/\\d{4}:\\d\\d:\\d\\d:\\d\\d \\+0000\\] "
                                               "\"GET /pets HTTP/1\\.1\" 200 \\d+ [0-9a-f-]{36}$"))
                 .match(clf).hasMatch(),
             qPrintable(clf));
    QCOMPARE(renderAccessLog(QStringLiteral("$context.identity.userAgent|$context.stage|$context.nope|$context.path"), *rec),
             QStringLiteral("t/1|prod|-|/prod/pets"));
}

QTEST_GUILESS_MAIN(tst_Gateway)
#include "tst_gateway.moc"
