// SPDX-License-Identifier: GPL-3.0-or-later
// Mapping over real sockets: VTL request and response templates on MOCK, HTTP (non-proxy) and Lambda custom
// integrations, passthrough behaviour, $context overrides, request and response parameters, integration response
// selection, customised gateway responses with DEFAULT_4XX/5XX inheritance, HTTP API parameter mapping, and the
// mapping trace each record carries. Plus AWS-recorded outcomes from the LocalStack snapshots.
#include "localgateway.h"
#include "testbackend.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace gw;
using namespace gw::test;

namespace {

/// The test project: REST API `rest` (stage prod, variable owner=tests) and HTTP API `http`. BACKEND is replaced by
/// the test backend's base URL.
const char *const kProject = R"yaml(gatehouse: 1
apis:
  - id: rest
    protocol: rest
    definition:
      openapi: 3.0.1
      info: {title: Mapping, version: '1'}
      x-amazon-apigateway-gateway-responses:
        DEFAULT_4XX:
          responseParameters:
            gatewayresponse.header.X-Gateway: "'custom'"
            gatewayresponse.header.X-Stage: context.stage
          responseTemplates:
            application/json: |
              {"msg": $context.error.messageString, "type": "$context.error.responseType"#if($context.error.responseType == "MISSING_AUTHENTICATION_TOKEN"), "hint": "check the path"#end}
        UNSUPPORTED_MEDIA_TYPE:
          statusCode: 400
          responseTemplates:
            application/json: '{"unsupported": "$context.error.message"}'
        DEFAULT_5XX:
          responseTemplates:
            application/json: '{"oops": $context.error.messageString, "owner": "$stageVariables.owner"}'
      paths:
        /mock/{id}:
          get:
            x-amazon-apigateway-integration:
              type: mock
              requestTemplates:
                application/json: |
                  #set($code = $input.params('code'))
                  {"statusCode": #if($code != "")$code#{else}200#end}
              responses:
                default:
                  statusCode: '200'
                  responseParameters:
                    method.response.header.X-Id: method.request.path.id
                  responseTemplates:
                    application/json: |
                      {"id": "$input.params('id')", "stage": "$context.stage", "owner": "$stageVariables.owner", "method": "$context.httpMethod"}
                '4\d{2}':
                  statusCode: '404'
                  responseTemplates:
                    application/json: '{"error": "no item $input.params(''id'')"}'
        /override:
          get:
            x-amazon-apigateway-integration:
              type: mock
              requestTemplates:
                application/json: |
                  #set($context.responseOverride.status = 444)
                  #set($context.responseOverride.header.X-Foo = "bar")
                  {"statusCode": 200}
              responses:
                default:
                  statusCode: '200'
        /never:
          post:
            x-amazon-apigateway-integration:
              type: mock
              passthroughBehavior: never
              requestTemplates:
                application/json: '{"statusCode": 200}'
              responses: {default: {statusCode: '200'}}
        /notemplates:
          post:
            x-amazon-apigateway-integration:
              type: mock
              passthroughBehavior: when_no_templates
              requestTemplates:
                application/json: '{"statusCode": 200}'
              responses: {default: {statusCode: '200'}}
        /nomatch:
          post:
            x-amazon-apigateway-integration:
              type: mock
              passthroughBehavior: when_no_match
              requestTemplates:
                application/xml: '{"statusCode": 500}'
              responses: {default: {statusCode: '200'}, '5\d\d': {statusCode: '502'}}
        /broken:
          get:
            x-amazon-apigateway-integration:
              type: mock
              requestTemplates:
                application/json: |
                  {"statusCode": 200}
                  #if($input.params('x') == "1"
              responses: {default: {statusCode: '200'}}
        /readsjson:
          post:
            x-amazon-apigateway-integration:
              type: mock
              requestTemplates:
                application/json: '{"statusCode": 200, "a": $input.json(''$.a'')}'
              responses: {default: {statusCode: '200'}}
        /items/{id}:
          post:
            x-amazon-apigateway-integration:
              type: http
              httpMethod: PUT
              uri: BACKEND/echo/things/{thing}
              requestParameters:
                integration.request.path.thing: method.request.path.id
                integration.request.header.X-Search: method.request.querystring.q
                integration.request.header.X-Static: "'fixed'"
                integration.request.header.X-Request-Id: context.requestId
                integration.request.querystring.owner: stageVariables.owner
              requestTemplates:
                application/json: |
                  #set($context.requestOverride.header.X-Override = "from-template")
                  {"id": "$input.params('id')", "name": $input.json('$.name')}
              responses:
                default:
                  statusCode: '200'
                  responseParameters:
                    method.response.header.X-Backend-Method: integration.response.body.method
                    method.response.header.X-Static: "'yes'"
                  responseTemplates:
                    application/json: |
                      #set($b = $input.path('$'))
                      {"method": "$b.method", "path": "$b.path", "query": "$b.query", "sent": $b.body}
        /status/{code}:
          get:
            x-amazon-apigateway-integration:
              type: http
              httpMethod: GET
              uri: BACKEND/status/{code}
              requestParameters:
                integration.request.path.code: method.request.path.code
              responses:
                default: {statusCode: '200'}
                '4\d{2}':
                  statusCode: '400'
                  responseTemplates:
                    application/json: '{"backend": "$input.path(''$.status'')"}'
        /strict/{code}:
          get:
            x-amazon-apigateway-integration:
              type: http
              httpMethod: GET
              uri: BACKEND/status/{code}
              requestParameters:
                integration.request.path.code: method.request.path.code
              responses:
                '2\d{2}': {statusCode: '200'}
        /fn/echo:
          post:
            x-amazon-apigateway-integration:
              type: aws
              httpMethod: POST
              uri: ECHO_URI
              requestTemplates:
                application/json: '{"email": "$input.params(''email'')", "stage": "$context.stage"}'
              responses:
                default:
                  statusCode: '200'
                  responseTemplates:
                    application/json: |
                      #set($b = $util.parseJson($input.path('$.body')))
                      {"sawEmail": "$b.event.email", "sawStage": "$b.event.stage"}
                '.*not valid.*': {statusCode: '400'}
        /fn/error:
          post:
            x-amazon-apigateway-integration:
              type: aws
              httpMethod: POST
              uri: ERROR_URI
              requestTemplates:
                application/json: '{"email": "$input.params(''email'')"}'
              responses:
                default: {statusCode: '200'}
                '.*not valid.*':
                  statusCode: '400'
                  responseParameters:
                    method.response.header.X-Error-Type: integration.response.body.errorType
                  responseTemplates:
                    application/json: '{"error": "$util.escapeJavaScript($input.path(''$.errorMessage''))"}'
        /fn/async:
          post:
            x-amazon-apigateway-integration:
              type: aws
              httpMethod: POST
              uri: SLOW_URI
              requestParameters:
                integration.request.header.X-Amz-Invocation-Type: "'Event'"
              requestTemplates:
                application/json: '{"queryStringParameters": {"ms": "1500"}}'
              responses:
                default:
                  statusCode: '202'
                  responseTemplates:
                    application/json: '{"queued": true, "lambdaBody": "$input.body"}'
    stages:
      - name: prod
        deployment: d1
        variables: {owner: tests}
    deployments:
      - id: d1
  - id: http
    protocol: http
    definition:
      openapi: 3.0.1
      info: {title: H, version: '1'}
      x-amazon-apigateway-importexport-version: '1.0'
      paths:
        /map/{id}:
          get:
            x-amazon-apigateway-integration:
              type: http_proxy
              httpMethod: GET
              uri: BACKEND/echo
              payloadFormatVersion: '1.0'
              requestParameters:
                append:header.X-Tag: $request.querystring.tag
                overwrite:header.X-Who: ${request.path.id}-$context.stage
                remove:header.X-Remove: "''"
                overwrite:querystring.extra: static
                remove:querystring.drop: "''"
                overwrite:path: /echo/mapped/$request.path.id
              responseParameters:
                '200':
                  overwrite:statuscode: '201'
                  append:header.X-Out: $response.header.content-type
                  remove:header.X-Backend: "''"
        /fnmap/{id}:
          get:
            x-amazon-apigateway-integration:
              type: aws_proxy
              httpMethod: POST
              uri: ECHO_URI
              payloadFormatVersion: '2.0'
              requestParameters:
                append:header.X-Tag: $request.querystring.tag
                overwrite:header.X-Who: ${request.path.id}-$context.stage
                remove:header.X-Remove: "''"
                overwrite:querystring.extra: static
                remove:querystring.drop: "''"
                overwrite:path: /mapped/$request.path.id
        /fnmap1/{id}:
          get:
            x-amazon-apigateway-integration:
              type: aws_proxy
              httpMethod: POST
              uri: ECHO_URI
              payloadFormatVersion: '1.0'
              requestParameters:
                append:header.X-Tag: $request.querystring.tag
                overwrite:header.X-Who: ${request.path.id}-$context.stage
                remove:header.X-Remove: "''"
                overwrite:querystring.extra: static
                remove:querystring.drop: "''"
                overwrite:path: /mapped/$request.path.id
    stages:
      - name: $default
        autoDeploy: true
functions:
)yaml";

QByteArray projectYaml(quint16 backendPort)
{
    QByteArray yaml(kProject);
    yaml.replace("BACKEND", QByteArray("http://127.0.0.1:" + QByteArray::number(backendPort)));
    yaml.replace("ECHO_URI", lambdaUri(QStringLiteral("echo")));
    yaml.replace("ERROR_URI", lambdaUri(QStringLiteral("error")));
    yaml.replace("SLOW_URI", lambdaUri(QStringLiteral("slow")));
    yaml += functionYaml(QStringLiteral("echo"), QStringLiteral("python3.11"), functionsDir() + QStringLiteral("/py-echo"),
                         QStringLiteral("app.handler"));
    yaml += functionYaml(QStringLiteral("error"), QStringLiteral("nodejs20.x"), functionsDir() + QStringLiteral("/node-error"),
                         QStringLiteral("index.handler"));
    yaml += functionYaml(QStringLiteral("slow"), QStringLiteral("nodejs20.x"), functionsDir() + QStringLiteral("/node-slow"),
                         QStringLiteral("index.handler"));
    return yaml;
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

const QByteArray kJson = "Content-Type: application/json\r\n";

} // namespace

class tst_Mapping : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void mockRendersTemplates();
    void mockSelectsByStatusPattern();
    void responseOverride();
    void passthroughBehavior_data();
    void passthroughBehavior();
    void templateFailures();
    void httpNonProxyMapsBothWays();
    void httpSelectionPatterns();
    void lambdaCustomIntegration();
    void lambdaAsyncInvocation();
    void gatewayResponseInheritance();
    void httpApiParameterMapping();
    void httpApiLambdaParameterMapping_data();
    void httpApiLambdaParameterMapping();
    void awsRecordedOutcomes_data();
    void awsRecordedOutcomes();

private:
    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<LocalGateway> m_gw;
    size_t m_records = 0;
    ExchangeRecordPtr next() { return m_gw->record(++m_records); }
};

void tst_Mapping::initTestCase()
{
    m_backend = std::make_unique<TestBackend>();
    m_gw = std::make_unique<LocalGateway>(projectYaml(m_backend->start()));
}

void tst_Mapping::cleanupTestCase()
{
    m_gw.reset();
    m_backend.reset();
}

void tst_Mapping::mockRendersTemplates()
{
    const RawResponse r = m_gw->rest("GET", "/mock/42");
    QCOMPARE(r.status, 200);
    const QJsonObject body = json(r.body);
    QCOMPARE(body.value(QLatin1String("id")).toString(), QStringLiteral("42"));
    QCOMPARE(body.value(QLatin1String("stage")).toString(), QStringLiteral("prod"));
    QCOMPARE(body.value(QLatin1String("owner")).toString(), QStringLiteral("tests"));
    QCOMPARE(body.value(QLatin1String("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(r.header("X-Id"), QByteArray("42"));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    const ExchangeRecordPtr rec = next();
    QVERIFY(rec && rec->mapping);
    QCOMPARE(rec->steps.back().detail, QStringLiteral("integration.mock"));
    QCOMPARE(rec->mapping->templates.size(), size_t(2));
    QCOMPARE(rec->mapping->templates[0].phase, QStringLiteral("request"));
    QCOMPARE(rec->mapping->templates[0].contentType, QStringLiteral("application/json"));
    QVERIFY(rec->mapping->templates[0].selection.contains(QLatin1String("application/json")));
    QCOMPARE(rec->mapping->templates[0].output.trimmed(), QStringLiteral("{\"statusCode\": 200}"));
    QCOMPARE(rec->mapping->templates[1].phase, QStringLiteral("response"));
    QCOMPARE(rec->mapping->matchedPattern, QStringLiteral("default"));
    QCOMPARE(rec->mapping->selector, QStringLiteral("200"));
    QVERIFY(rec->mapping->responseParameters.join(QLatin1Char(' ')).contains(QStringLiteral("method.request.path.id → 42")));
}

void tst_Mapping::mockSelectsByStatusPattern()
{
    const RawResponse r = m_gw->rest("GET", "/mock/7?code=404");
    QCOMPARE(r.status, 404);
    QCOMPARE(json(r.body).value(QLatin1String("error")).toString(), QStringLiteral("no item 7"));
    const ExchangeRecordPtr rec = next();
    QCOMPARE(rec->mapping->matchedPattern, QStringLiteral("4\\d{2}"));
    QVERIFY(rec->mapping->matchReason.contains(QLatin1String("matches 404 in full")));
    // 4041 does not match 4\d{2} in full: the default response applies.
    QCOMPARE(m_gw->rest("GET", "/mock/7?code=4041").status, 200);
    QVERIFY(next()->mapping->matchReason.contains(QLatin1String("default")));
}

void tst_Mapping::responseOverride()
{
    // AWS-recorded (LocalStack test_integration_mock_with_response_override_in_request_template[False]): the request
    // template's responseOverride.status wins, and a MOCK without a response template has an empty body.
    const RawResponse r = m_gw->rest("GET", "/override");
    QCOMPARE(r.status, 444);
    QCOMPARE(r.header("X-Foo"), QByteArray("bar"));
    QCOMPARE(r.body, QByteArray());
    const ExchangeRecordPtr rec = next();
    QVERIFY(rec->mapping->templates[0].overrides.contains(QStringLiteral("responseOverride.status = 444")));
}

void tst_Mapping::passthroughBehavior_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("responseBody");
    QTest::addColumn<QString>("detail");
    // UNSUPPORTED_MEDIA_TYPE is customised in the project: status 400 and its own template.
    QTest::addRow("NEVER, no template for text/plain") << QByteArray("/never") << QByteArray("Content-Type: text/plain\r\n")
                                                      << QByteArray("{\"statusCode\": 200}") << 400
                                                      << QByteArray("{\"unsupported\": \"Unsupported Media Type\"}")
                                                      << QStringLiteral("integration.unsupported_media_type");
    QTest::addRow("NEVER, the JSON template") << QByteArray("/never") << kJson << QByteArray("{}") << 200 << QByteArray()
                                             << QStringLiteral("integration.mock");
    QTest::addRow("NEVER, no Content-Type reads as JSON") << QByteArray("/never") << QByteArray() << QByteArray() << 200
                                                         << QByteArray() << QStringLiteral("integration.mock");
    QTest::addRow("WHEN_NO_TEMPLATES with templates") << QByteArray("/notemplates") << QByteArray("Content-Type: text/plain\r\n")
                                                     << QByteArray("{\"statusCode\": 200}") << 400
                                                     << QByteArray("{\"unsupported\": \"Unsupported Media Type\"}")
                                                     << QStringLiteral("integration.unsupported_media_type");
    QTest::addRow("WHEN_NO_MATCH passes the body through") << QByteArray("/nomatch") << QByteArray("Content-Type: text/plain\r\n")
                                                          << QByteArray("{\"statusCode\": 503}") << 502 << QByteArray()
                                                          << QStringLiteral("integration.mock");
    QTest::addRow("WHEN_NO_MATCH, the matching template") << QByteArray("/nomatch") << QByteArray("Content-Type: application/xml\r\n")
                                                         << QByteArray("<x/>") << 502 << QByteArray()
                                                         << QStringLiteral("integration.mock");
}

void tst_Mapping::passthroughBehavior()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, responseBody);
    QFETCH(QString, detail);
    const RawResponse r = m_gw->rest("POST", path, body, headers);
    QCOMPARE(r.status, status);
    QCOMPARE(r.body.trimmed(), responseBody);
    const ExchangeRecordPtr rec = next();
    QCOMPARE(rec->steps.back().detail, detail);
    if (status == 400) {
        QCOMPARE(rec->errorType, QStringLiteral("UNSUPPORTED_MEDIA_TYPE"));
        QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("BadRequestException"));
    }
}

void tst_Mapping::templateFailures()
{
    // A template that does not parse: 500 (DEFAULT_5XX customised), with the position in the record.
    RawResponse r = m_gw->rest("GET", "/broken");
    QCOMPARE(r.status, 500);
    QCOMPARE(json(r.body).value(QLatin1String("oops")).toString(), QStringLiteral("Internal server error"));
    QCOMPARE(json(r.body).value(QLatin1String("owner")).toString(), QStringLiteral("tests"));
    ExchangeRecordPtr rec = next();
    QCOMPARE(rec->stoppedAt, QStringLiteral("integration.request_template_error"));
    QVERIFY(rec->mapping->templates[0].errorLine >= 2);
    QVERIFY(rec->mapping->templates[0].errorColumn > 0);
    QVERIFY(rec->explanation.join(QLatin1Char(' ')).contains(QLatin1String("Unable to transform request")));

    // $input.json on a body that is not JSON: 400 with the parser's message (DEFAULT_4XX customised).
    r = m_gw->rest("POST", "/readsjson", "not json", kJson);
    QCOMPARE(r.status, 400);
    QVERIFY2(json(r.body).value(QLatin1String("msg")).toString().startsWith(QLatin1String("Could not parse request body into json")),
             r.body.constData());
    QCOMPARE(json(r.body).value(QLatin1String("type")).toString(), QStringLiteral("BAD_REQUEST_BODY"));
    rec = next();
    QCOMPARE(rec->stoppedAt, QStringLiteral("integration.request_body_not_json"));
    // With JSON it renders.
    QCOMPARE(m_gw->rest("POST", "/readsjson", "{\"a\": [1]}", kJson).status, 200);
    rec = next();
    QCOMPARE(rec->mapping->templates[0].output, QStringLiteral("{\"statusCode\": 200, \"a\": [1]}"));
}

void tst_Mapping::httpNonProxyMapsBothWays()
{
    const RawResponse r = m_gw->rest("POST", "/items/7?q=red&ignored=1", "{\"name\": \"Rex\", \"x\": 1}",
                                     kJson + "X-Client: not-forwarded\r\n");
    QCOMPARE(r.status, 200);
    const QJsonObject body = json(r.body);
    QCOMPARE(body.value(QLatin1String("method")).toString(), QStringLiteral("PUT"));
    QCOMPARE(body.value(QLatin1String("path")).toString(), QStringLiteral("/echo/things/7"));
    QCOMPARE(body.value(QLatin1String("query")).toString(), QStringLiteral("owner=tests"));
    // What the backend received as its body: the request template's output.
    QCOMPARE(body.value(QLatin1String("sent")).toObject(),
             (QJsonObject{{QStringLiteral("id"), QStringLiteral("7")}, {QStringLiteral("name"), QStringLiteral("Rex")}}));
    QCOMPARE(r.header("X-Backend-Method"), QByteArray("PUT"));
    QCOMPARE(r.header("X-Static"), QByteArray("yes"));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));

    const ExchangeRecordPtr rec = next();
    QCOMPARE(rec->steps.back().detail, QStringLiteral("integration.http"));
    QCOMPARE(rec->integrationStatus, 200);
    QCOMPARE(m_backend->requests().constLast().left(3), QByteArray("PUT"));
    // The echo's headers are in the record's response template output (the template reads them from the body).
    const QString requestParams = rec->mapping->requestParameters.join(QLatin1Char('\n'));
    QVERIFY2(requestParams.contains(QStringLiteral("integration.request.header.X-Search = method.request.querystring.q → red")),
             qPrintable(requestParams));
    QCOMPARE(rec->mapping->templates[0].overrides, QStringList{QStringLiteral("requestOverride.header.X-Override = from-template")});
}

void tst_Mapping::httpSelectionPatterns()
{
    // 404 matches 4\d{2}: 400 with the template.
    RawResponse r = m_gw->rest("GET", "/status/404");
    QCOMPARE(r.status, 400);
    QCOMPARE(json(r.body).value(QLatin1String("backend")).toString(), QStringLiteral("404"));
    ExchangeRecordPtr rec = next();
    QCOMPARE(rec->integrationStatus, 404);
    QCOMPARE(rec->mapping->selectorKind, QStringLiteral("status code"));
    // 503 matches nothing: the default response, the backend's body passed through.
    r = m_gw->rest("GET", "/status/503");
    QCOMPARE(r.status, 200);
    QCOMPARE(json(r.body).value(QLatin1String("status")).toInt(), 503);
    next();
    // No match and no default: 500, as AWS ("No match for output mapping and no default output mapping specified").
    r = m_gw->rest("GET", "/strict/503");
    QCOMPARE(r.status, 500);
    QCOMPARE(json(r.body).value(QLatin1String("oops")).toString(), QStringLiteral("Internal server error"));
    rec = next();
    QCOMPARE(rec->stoppedAt, QStringLiteral("integration.no_integration_response"));
    QVERIFY(rec->explanation.join(QLatin1Char(' ')).contains(QLatin1String("No match for output mapping")));
    QCOMPARE(m_gw->rest("GET", "/strict/201").status, 200);
    next();
}

void tst_Mapping::lambdaCustomIntegration()
{
    if (!haveRuntime("node") || !haveRuntime("python3"))
        QSKIP("node and python3 are needed (apt-get install nodejs python3)");
    // Success: the template's output is the event; the result goes through the default response.
    RawResponse r = m_gw->rest("POST", "/fn/echo?email=a%40b.example", "{}", kJson);
    QCOMPARE(r.status, 200);
    QCOMPARE(json(r.body).value(QLatin1String("sawEmail")).toString(), QStringLiteral("a@b.example"));
    QCOMPARE(json(r.body).value(QLatin1String("sawStage")).toString(), QStringLiteral("prod"));
    ExchangeRecordPtr rec = next();
    QCOMPARE(rec->lambda.size(), size_t(1));
    QCOMPARE(json(rec->lambda[0]->event).value(QLatin1String("email")).toString(), QStringLiteral("a@b.example"));
    QCOMPARE(rec->mapping->selector, QString()); // success: patterns see an empty errorMessage
    QCOMPARE(rec->mapping->matchedPattern, QStringLiteral("default"));

    // A function error: its errorMessage selects the 400 response.
    r = m_gw->rest("POST", "/fn/error?email=nope", "{}", kJson);
    QCOMPARE(r.status, 400);
    QCOMPARE(json(r.body).value(QLatin1String("error")).toString(),
             QStringLiteral("The field \"email\" is not valid: nope"));
    QCOMPARE(r.header("X-Error-Type"), QByteArray("ValidationError"));
    rec = next();
    QCOMPARE(rec->mapping->selectorKind, QStringLiteral("Lambda errorMessage"));
    QCOMPARE(rec->mapping->matchedPattern, QStringLiteral(".*not valid.*"));
}

void tst_Mapping::lambdaAsyncInvocation()
{
    if (!haveRuntime("node"))
        QSKIP("node is needed (apt-get install nodejs)");
    // X-Amz-Invocation-Type: 'Event': Lambda answers 202 with an empty body at once; the function (1.5 s) runs on.
    QElapsedTimer timer;
    timer.start();
    const RawResponse r = m_gw->rest("POST", "/fn/async", "{}", kJson);
    QVERIFY2(timer.elapsed() < 1200, qPrintable(QStringLiteral("the client waited %1 ms").arg(timer.elapsed())));
    QCOMPARE(r.status, 202);
    QCOMPARE(json(r.body).value(QLatin1String("queued")).toBool(), true);
    // Lambda's 202 has no body; $input.body reads an empty payload as {}, as on AWS.
    QCOMPARE(json(r.body).value(QLatin1String("lambdaBody")).toString(), QStringLiteral("{}"));
    const ExchangeRecordPtr rec = next();
    QCOMPARE(rec->integrationStatus, 202);
    QCOMPARE(rec->mapping->matchedPattern, QStringLiteral("default"));
    QCOMPARE(rec->lambda.size(), size_t(1));
    QCOMPARE(rec->lambda[0]->status, QStringLiteral("queued (Event)"));
    QCOMPARE(json(rec->lambda[0]->event).value(QLatin1String("queryStringParameters")).toObject().value(QLatin1String("ms")),
             QJsonValue(QStringLiteral("1500")));
    QVERIFY(rec->mapping->requestParameters.join(QLatin1Char(' ')).contains(QLatin1String("X-Amz-Invocation-Type")));
    // The function still ran to completion: its log has the invocation's REPORT line.
    const auto ran = [this] {
        QFile log(m_gw->logs.filePath(QStringLiteral("slow.log")));
        return log.open(QIODevice::ReadOnly) && log.readAll().contains("REPORT RequestId");
    };
    QTRY_VERIFY_WITH_TIMEOUT(ran(), 10'000);
}

void tst_Mapping::gatewayResponseInheritance()
{
    // MISSING_AUTHENTICATION_TOKEN is not customised: DEFAULT_4XX's headers and template apply, its status stays.
    const RawResponse r = m_gw->rest("GET", "/nowhere");
    QCOMPARE(r.status, 403);
    QCOMPARE(r.header("X-Gateway"), QByteArray("custom"));
    QCOMPARE(r.header("X-Stage"), QByteArray("prod"));
    const QJsonObject body = json(r.body);
    QCOMPARE(body.value(QLatin1String("msg")).toString(), QStringLiteral("Missing Authentication Token"));
    QCOMPARE(body.value(QLatin1String("type")).toString(), QStringLiteral("MISSING_AUTHENTICATION_TOKEN"));
    QCOMPARE(body.value(QLatin1String("hint")).toString(), QStringLiteral("check the path"));
    const ExchangeRecordPtr rec = next();
    QVERIFY(rec->mapping);
    QCOMPARE(rec->mapping->templates.back().phase, QStringLiteral("gateway response"));
}

void tst_Mapping::httpApiParameterMapping()
{
    const RawResponse r = m_gw->http("GET", "/map/9?tag=t1&drop=1&keep=2", {}, "X-Tag: t0\r\nX-Remove: gone\r\n");
    QCOMPARE(r.status, 201);
    const QJsonObject echo = json(r.body);
    QCOMPARE(echo.value(QLatin1String("path")).toString(), QStringLiteral("/echo/mapped/9"));
    const QString query = echo.value(QLatin1String("query")).toString();
    QVERIFY2(query.contains(QLatin1String("keep=2")) && query.contains(QLatin1String("extra=static"))
                 && !query.contains(QLatin1String("drop")),
             qPrintable(query));
    QCOMPARE(echoedHeader(echo, QStringLiteral("X-Tag")), QStringLiteral("t0,t1"));
    QCOMPARE(echoedHeader(echo, QStringLiteral("X-Who")), QStringLiteral("9-$default"));
    QCOMPARE(echoedHeader(echo, QStringLiteral("X-Remove")), QString());
    QCOMPARE(r.header("X-Out"), QByteArray("application/json"));
    const ExchangeRecordPtr rec = next();
    QVERIFY(rec->mapping);
    QCOMPARE(rec->mapping->requestParameters.size(), 6);
}

void tst_Mapping::httpApiLambdaParameterMapping_data()
{
    QTest::addColumn<QByteArray>("route");
    QTest::addColumn<QString>("version");
    QTest::addRow("payload 2.0") << QByteArray("/fnmap") << QStringLiteral("2.0");
    QTest::addRow("payload 1.0") << QByteArray("/fnmap1") << QStringLiteral("1.0");
}

void tst_Mapping::httpApiLambdaParameterMapping()
{
    if (!haveRuntime("python3"))
        QSKIP("python3 is needed (apt-get install python3)");
    QFETCH(QByteArray, route);
    QFETCH(QString, version);
    const RawResponse r = m_gw->http("GET", route + "/9?tag=t1&drop=1&keep=2", {}, "X-Tag: t0\r\nX-Remove: gone\r\n");
    QCOMPARE(r.status, 200);
    const QJsonObject event = json(r.body).value(QLatin1String("event")).toObject();
    QCOMPARE(event.value(QLatin1String("version")).toString(), version);
    const QJsonObject headers = event.value(QLatin1String("headers")).toObject();
    const auto header = [&headers](QLatin1StringView name) {
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            if (it.key().compare(name, Qt::CaseInsensitive) == 0)
                return it.value().toString();
        }
        return QString();
    };
    QCOMPARE(header(QLatin1String("X-Tag")), QStringLiteral("t0,t1"));
    QCOMPARE(header(QLatin1String("X-Who")), QStringLiteral("9-$default"));
    QCOMPARE(header(QLatin1String("X-Remove")), QString());
    QCOMPARE(header(QLatin1String("X-Forwarded-Proto")), QStringLiteral("http")); // what API Gateway adds stays
    const QJsonObject query = event.value(QLatin1String("queryStringParameters")).toObject();
    QCOMPARE(query.value(QLatin1String("keep")).toString(), QStringLiteral("2"));
    QCOMPARE(query.value(QLatin1String("extra")).toString(), QStringLiteral("static"));
    QCOMPARE(query.value(QLatin1String("tag")).toString(), QStringLiteral("t1"));
    QVERIFY(!query.contains(QLatin1String("drop")));
    if (version == QLatin1String("2.0")) {
        QCOMPARE(event.value(QLatin1String("rawPath")).toString(), QStringLiteral("/mapped/9"));
        QCOMPARE(event.value(QLatin1String("rawQueryString")).toString(), QStringLiteral("tag=t1&keep=2&extra=static"));
        // requestContext still describes the client's request.
        QCOMPARE(event.value(QLatin1String("requestContext")).toObject().value(QLatin1String("http")).toObject()
                     .value(QLatin1String("path")).toString(),
                 QString::fromLatin1(route + "/9"));
    } else {
        QCOMPARE(event.value(QLatin1String("path")).toString(), QStringLiteral("/mapped/9"));
        QVERIFY(!event.value(QLatin1String("multiValueQueryStringParameters")).toObject().contains(QLatin1String("drop")));
        QCOMPARE(event.value(QLatin1String("multiValueHeaders")).toObject().value(QLatin1String("X-Who")).toArray(),
                 QJsonArray{QStringLiteral("9-$default")});
    }
    // The record keeps the client's request and lists the operations applied.
    const ExchangeRecordPtr rec = next();
    QCOMPARE(rec->path, QString::fromLatin1(route + "/9"));
    QCOMPARE(rec->query, QStringLiteral("tag=t1&drop=1&keep=2"));
    QCOMPARE(rec->requestHeaders.value("x-remove"), QByteArray("gone"));
    QVERIFY(!rec->requestHeaders.contains("x-who"));
    QVERIFY(rec->mapping);
    QCOMPARE(rec->mapping->requestParameters.size(), 6);
    QCOMPARE(rec->lambda.size(), size_t(1));
    QCOMPARE(json(rec->lambda[0]->event).value(QLatin1String("headers")).toObject(), headers);
}

void tst_Mapping::awsRecordedOutcomes_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("expected");
    const QString file = conformanceDir() + QStringLiteral("/localstack-aws-snapshots/apigateway/test_apigateway_http.snapshot.json");
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        QSKIP(qPrintable(QStringLiteral("%1 is not readable; set GATEHOUSE_CONFORMANCE_DIR to ../shared/conformance").arg(file)));
    const QJsonObject snapshots = QJsonDocument::fromJson(f.readAll()).object();
    // test_http_integration_invoke_status_code_passthrough[HTTP]: an HTTP (non-proxy) integration whose only
    // integration response is the default 200; the backend answers the status in the path.
    const QJsonObject rec = snapshots.value(QLatin1String(
        "tests/aws/services/apigateway/test_apigateway_http.py::test_http_integration_invoke_status_code_passthrough[HTTP]"))
                                .toObject()
                                .value(QLatin1String("recorded-content"))
                                .toObject();
    QVERIFY(!rec.isEmpty());
    QTest::addRow("HTTP, backend 200") << QByteArray("/status/200")
                                       << rec.value(QLatin1String("matching-response")).toObject().value(QLatin1String("status_code")).toInt();
    // Our /status route has an extra 4\d{2} response; 503 plays the recording's unmatched 400.
    QTest::addRow("HTTP, backend status no pattern matches") << QByteArray("/status/503")
                                      << rec.value(QLatin1String("non-matching-response")).toObject().value(QLatin1String("status_code")).toInt();
}

void tst_Mapping::awsRecordedOutcomes()
{
    QFETCH(QByteArray, path);
    QFETCH(int, expected);
    QCOMPARE(m_gw->rest("GET", path).status, expected);
    next();
}

QTEST_GUILESS_MAIN(tst_Mapping)
#include "tst_mapping.moc"
