// SPDX-License-Identifier: GPL-3.0-or-later
// CORS as API Gateway does it: HTTP APIs' corsConfiguration answered and applied by the gateway, REST APIs' CORS as
// configured (OPTIONS methods, integration and gateway response headers), the console's Enable CORS, the traps.
#include "cors/corstraps.h"
#include "cors/enablecors.h"
#include "doc/docio.h"
#include "engine/compiler.h"
#include "engine/gatewayengine.h"
#include "io/inputloader.h"
#include "io/projectfile.h"
#include "rawhttp.h"
#include "testbackend.h"
#include "testsupport.h"

#include <QtTest>

using namespace gw;
using namespace gw::test;

namespace {

model::Project load(const QByteArray &yaml, model::Protocol protocol)
{
    io::InputOptions options;
    options.protocol = protocol;
    options.stage = protocol == model::Protocol::Http ? QStringLiteral("$default") : QStringLiteral("prod");
    const io::InputLoad l = io::projectFromDocument(doc::parse(yaml).root, QStringLiteral("cors.yaml"), options);
    for (const auto &d : l.diagnostics)
        qWarning("%s", qPrintable(d.format()));
    if (!l.project)
        qFatal("test document does not load");
    return *l.project;
}

struct Served
{
    GatewayEngine engine;
    quint16 port = 0;
    explicit Served(const model::Project &project)
    {
        engine.deploy(compileProject(project).gateway);
        QString error;
        if (!engine.start(QHostAddress::LocalHost, 0, &error))
            qFatal("%s", qPrintable(error));
        port = engine.port();
    }
};

QByteArray httpApi(quint16 backendPort, const QByteArray &cors, const QByteArray &extraPaths = {})
{
    return "openapi: 3.0.1\ninfo: {title: H, version: '1'}\nx-amazon-apigateway-importexport-version: '1.0'\n"
           + (cors.isEmpty() ? QByteArray() : "x-amazon-apigateway-cors:\n" + cors)
           + "paths:\n  /items:\n    get:\n      x-amazon-apigateway-integration:\n"
             "        {type: http_proxy, httpMethod: GET, uri: 'http://127.0.0.1:" + QByteArray::number(backendPort) + "/cors-headers', payloadFormatVersion: '1.0'}\n"
           + extraPaths;
}

const QByteArray standardCors = "  allowOrigins: ['http://app.example:8000']\n  allowMethods: [GET, PUT]\n"
                                "  allowHeaders: [X-Custom, Content-Type]\n  exposeHeaders: [x-total]\n  maxAge: 600\n";

QByteArray preflight(const QByteArray &path, const QByteArray &origin, const QByteArray &method, const QByteArray &headers = {})
{
    return "OPTIONS " + path + " HTTP/1.1\r\nHost: x\r\nOrigin: " + origin + "\r\nAccess-Control-Request-Method: " + method
        + "\r\n" + (headers.isEmpty() ? QByteArray() : "Access-Control-Request-Headers: " + headers + "\r\n") + "\r\n";
}

} // namespace

class tst_Cors : public QObject
{
    Q_OBJECT
private slots:
    void httpPreflightAnsweredByGateway();
    void httpPreflightOriginNotAllowed();
    void httpActualRequestHeadersReplaced();
    void httpAnyRouteTakesPreflight();
    void httpWildcardWithCredentialsRefused();
    void restGatewayResponsesCarryHeaders();
    void restGatewayResponseStatusAndTemplate();
    void enableCorsLikeTheConsole();
    void traps_data();
    void traps();
};

void tst_Cors::httpPreflightAnsweredByGateway()
{
    TestBackend backend;
    Served s(load(httpApi(backend.start(), standardCors), model::Protocol::Http));
    const RawResponse r = rawRequest(s.port, preflight("/items", "http://app.example:8000", "PUT", "x-custom"));
    QCOMPARE(r.status, 204);
    QCOMPARE(r.header("access-control-allow-origin"), QByteArray("http://app.example:8000"));
    QCOMPARE(r.header("access-control-allow-methods"), QByteArray("GET,PUT"));
    QCOMPARE(r.header("access-control-allow-headers"), QByteArray("x-custom,content-type"));
    QCOMPARE(r.header("access-control-max-age"), QByteArray("600"));
    QVERIFY(r.header("access-control-allow-credentials").isNull());
    QVERIFY(!r.header("apigw-requestid").isEmpty());
    QCOMPARE(backend.requestCount(), 0);
    // Without the CORS configuration the same preflight matches no route: 404.
    Served plain(load(httpApi(backend.start(), {}), model::Protocol::Http));
    QCOMPARE(rawRequest(plain.port, preflight("/items", "http://app.example:8000", "PUT")).status, 404);
}

void tst_Cors::httpPreflightOriginNotAllowed()
{
    TestBackend backend;
    Served s(load(httpApi(backend.start(), standardCors), model::Protocol::Http));
    const RawResponse r = rawRequest(s.port, preflight("/items", "http://evil.example", "PUT"));
    QCOMPARE(r.status, 204);
    QVERIFY(r.header("access-control-allow-origin").isNull());
    QVERIFY(r.header("access-control-allow-methods").isNull());
}

void tst_Cors::httpActualRequestHeadersReplaced()
{
    TestBackend backend;
    Served s(load(httpApi(backend.start(), standardCors), model::Protocol::Http));
    const RawResponse r = rawRequest(s.port, getRequest("/items", "x", "Origin: http://app.example:8000\r\n"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.headerCount("access-control-allow-origin"), 1);
    QCOMPARE(r.header("access-control-allow-origin"), QByteArray("http://app.example:8000"));
    QCOMPARE(r.header("access-control-expose-headers"), QByteArray("x-total"));
    QVERIFY(r.header("access-control-allow-methods").isNull()); // the backend's, removed
    const RawResponse other = rawRequest(s.port, getRequest("/items", "x", "Origin: http://evil.example\r\n"));
    QCOMPARE(other.status, 200);
    QVERIFY(other.header("access-control-allow-origin").isNull());
}

void tst_Cors::httpAnyRouteTakesPreflight()
{
    TestBackend backend;
    const quint16 bp = backend.start();
    const QByteArray any = "  /files/{proxy+}:\n    x-amazon-apigateway-any-method:\n      x-amazon-apigateway-integration:\n"
                           "        {type: http_proxy, httpMethod: ANY, uri: 'http://127.0.0.1:" + QByteArray::number(bp) + "/echo', payloadFormatVersion: '1.0'}\n";
    Served s(load(httpApi(bp, standardCors, any), model::Protocol::Http));
    const RawResponse r = rawRequest(s.port, preflight("/files/a", "http://app.example:8000", "PUT", "x-custom"));
    // The ANY route takes the OPTIONS request: the backend answers it, the configuration's headers are added.
    QCOMPARE(r.status, 200);
    QCOMPARE(backend.requestCount(), 1);
    QCOMPARE(r.header("access-control-allow-origin"), QByteArray("http://app.example:8000"));
    QCOMPARE(r.header("access-control-allow-methods"), QByteArray("GET,PUT"));
}

void tst_Cors::httpWildcardWithCredentialsRefused()
{
    io::InputOptions options;
    options.protocol = model::Protocol::Http;
    const QByteArray doc = httpApi(1, "  allowOrigins: ['*']\n  allowCredentials: true\n");
    const io::InputLoad l = io::projectFromDocument(doc::parse(doc).root, QStringLiteral("cors.yaml"), options);
    QVERIFY(!l.project);
    QCOMPARE(l.diagnostics.constFirst().message, QStringLiteral("allow-credentials is not supported if 'allow-origin' is *"));
    QCOMPARE(l.diagnostics.constFirst().line, 6);
}

void tst_Cors::restGatewayResponsesCarryHeaders()
{
    const QByteArray doc = "openapi: 3.0.1\ninfo: {title: R, version: '1'}\n"
                           "x-amazon-apigateway-gateway-responses:\n  DEFAULT_4XX:\n    responseParameters:\n"
                           "      gatewayresponse.header.Access-Control-Allow-Origin: \"'*'\"\n"
                           "      gatewayresponse.header.X-Echo: method.request.header.X-In\n"
                           "paths:\n  /a:\n    get:\n      x-amazon-apigateway-integration: {type: mock, responses: {default: {statusCode: '200'}}}\n";
    Served s(load(doc, model::Protocol::Rest));
    const RawResponse r = rawRequest(s.port, getRequest("/prod/nope", "x", "X-In: hello\r\n"));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.body, QByteArray(R"({"message":"Missing Authentication Token"})"));
    QCOMPARE(r.header("Access-Control-Allow-Origin"), QByteArray("*"));
    QCOMPARE(r.header("X-Echo"), QByteArray("hello"));
    // Only gateway errors get it, not the method's own answers.
    const RawResponse ok = rawRequest(s.port, getRequest("/prod/a"));
    QCOMPARE(ok.status, 200);
    QVERIFY(ok.header("Access-Control-Allow-Origin").isNull());
}

void tst_Cors::restGatewayResponseStatusAndTemplate()
{
    const QByteArray doc = "openapi: 3.0.1\ninfo: {title: R, version: '1'}\n"
                           "x-amazon-apigateway-gateway-responses:\n  MISSING_AUTHENTICATION_TOKEN:\n    statusCode: 404\n"
                           "    responseTemplates:\n      application/json: '{\"error\": $context.error.messageString, \"type\": \"$context.error.responseType\", \"stage\": \"$context.stage\"}'\n"
                           "  DEFAULT_5XX:\n    responseTemplates:\n      application/json: '#set($x = 1){\"x\": $x}'\n"
                           "paths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n"
                           "        {type: mock, requestTemplates: {application/json: 'not json'}}\n";
    Served s(load(doc, model::Protocol::Rest));
    const RawResponse r = rawRequest(s.port, getRequest("/prod/nope"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.body, QByteArray(R"({"error": "Missing Authentication Token", "type": "MISSING_AUTHENTICATION_TOKEN", "stage": "prod"})"));
    QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("MissingAuthenticationTokenException"));
    // Templates with directives run on the Velocity engine (DEFAULT_5XX applies to the 500 of an unparsable mock body).
    const RawResponse e = rawRequest(s.port, getRequest("/prod/a"));
    QCOMPARE(e.status, 500);
    QCOMPARE(e.body, QByteArray("{\"x\": 1}"));
}

void tst_Cors::enableCorsLikeTheConsole()
{
    const io::ProjectLoad example = io::loadProject(sourceDir() + QStringLiteral("/resources/examples/petstore.gatehouse.yaml"));
    QVERIFY(example.project);
    model::Project project = *example.project;
    model::Api &api = project.apis[0];
    cors::EnableCorsOptions options;
    options.resourcePath = QStringLiteral("/pets");
    options.gatewayResponses = true;
    QString error;
    const auto result = cors::enableCors(api.definition, options, &error);
    QVERIFY2(result, qPrintable(error));
    QVERIFY(!result->changes.isEmpty());
    api.definition = result->definition;
    // Still a valid definition, and the traps now name the undeployed change.
    const QList<cors::CorsTrap> traps = cors::findCorsTraps(api);
    QVERIFY(std::any_of(traps.begin(), traps.end(), [](const auto &t) { return t.id == QLatin1String("not-deployed"); }));
    // Deploy it and play the preflight and the request.
    api.deployments[0].definition = api.definition;
    Served s(project);
    const RawResponse pre = rawRequest(s.port, preflight("/restapis/petstore/prod/_user_request_/pets", "http://app.example", "POST", "content-type"));
    QCOMPARE(pre.status, 200);
    QCOMPARE(pre.header("Access-Control-Allow-Origin"), QByteArray("*"));
    QCOMPARE(pre.header("Access-Control-Allow-Methods"), QByteArray("GET,POST,OPTIONS"));
    QCOMPARE(pre.header("Access-Control-Allow-Headers"), QByteArray("Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token"));
    const RawResponse get = rawRequest(s.port, getRequest("/restapis/petstore/prod/_user_request_/pets", "x", "Origin: http://app.example\r\n"));
    QCOMPARE(get.status, 200);
    QCOMPARE(get.header("Access-Control-Allow-Origin"), QByteArray("*"));
    const RawResponse miss = rawRequest(s.port, getRequest("/restapis/petstore/prod/_user_request_/nope", "x", "Origin: http://app.example\r\n"));
    QCOMPARE(miss.status, 403);
    QCOMPARE(miss.header("Access-Control-Allow-Origin"), QByteArray("*"));
    // The saved project reads back the same.
    const QByteArray saved = io::serializeProject(project);
    const io::ProjectLoad again = io::readProject(doc::parse(saved).root, QStringLiteral("saved.yaml"));
    QVERIFY(again.project);
    QCOMPARE(io::serializeProject(*again.project), saved);
}

void tst_Cors::traps_data()
{
    QTest::addColumn<QByteArray>("doc");
    QTest::addColumn<bool>("http");
    QTest::addColumn<QStringList>("expected");
    const QByteArray restHead = "openapi: 3.0.1\ninfo: {title: R, version: '1'}\npaths:\n";
    const QByteArray options = "    options:\n      x-amazon-apigateway-integration:\n        type: mock\n"
                               "        requestTemplates: {application/json: '{\"statusCode\": 200}'}\n"
                               "        responses:\n          default:\n            statusCode: '200'\n"
                               "            responseParameters:\n"
                               "              method.response.header.Access-Control-Allow-Origin: \"'*'\"\n"
                               "              method.response.header.Access-Control-Allow-Credentials: \"'true'\"\n";
    QTest::addRow("rest: no CORS at all") << QByteArray(restHead + "  /a:\n    get:\n      x-amazon-apigateway-integration: {type: mock}\n")
                                          << false << QStringList{};
    QTest::addRow("rest: wildcard with credentials, method without ACAO, errors without CORS, child not covered")
        << QByteArray(restHead + "  /a:\n" + options + "    get:\n      x-amazon-apigateway-integration: {type: mock}\n"
                      "  /a/b:\n    get:\n      x-amazon-apigateway-integration: {type: mock}\n")
        << false
        << QStringList{"wildcard-with-credentials", "method-without-allow-origin", "child-resource-not-covered", "errors-without-cors", "errors-without-cors"};
    QTest::addRow("rest: proxy must send CORS")
        << QByteArray(restHead + "  /a:\n" + options + "    post:\n      x-amazon-apigateway-integration: {type: http_proxy, httpMethod: POST, uri: 'http://b'}\n")
        << false << QStringList{"wildcard-with-credentials", "proxy-must-send-cors", "errors-without-cors", "errors-without-cors"};
    QTest::addRow("http: ANY and $default take preflights")
        << QByteArray("openapi: 3.0.1\ninfo: {title: H, version: '1'}\nx-amazon-apigateway-cors: {allowOrigins: ['*']}\npaths:\n"
                      "  /a/{proxy+}:\n    x-amazon-apigateway-any-method:\n      x-amazon-apigateway-integration: {type: http_proxy, uri: 'http://b'}\n"
                      "  /$default:\n    x-amazon-apigateway-any-method:\n      security: [{jwt: []}]\n      x-amazon-apigateway-integration: {type: http_proxy, uri: 'http://b'}\n")
        << true << QStringList{"any-catches-preflight", "authorizer-catches-preflight"};
}

void tst_Cors::traps()
{
    QFETCH(QByteArray, doc);
    QFETCH(bool, http);
    QFETCH(QStringList, expected);
    const model::Project p = load(doc, http ? model::Protocol::Http : model::Protocol::Rest);
    QStringList ids;
    for (const cors::CorsTrap &t : cors::findCorsTraps(p.apis[0])) {
        ids.append(t.id);
        QVERIFY(!t.message.isEmpty());
        QVERIFY(!t.fix.isEmpty());
    }
    QCOMPARE(ids, expected);
}

QTEST_GUILESS_MAIN(tst_Cors)
#include "tst_cors.moc"
