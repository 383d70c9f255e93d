// SPDX-License-Identifier: GPL-3.0-or-later
// Request validation over real sockets: AWS's messages and their order (checked against the recorded AWS
// snapshots), the validator kinds, models per content type, $context.error.validationErrorString and the record's
// validation trace. The backend counts its calls: a refused request never reaches it.
#include "rawhttp.h"
#include "recordcollector.h"
#include "testbackend.h"
#include "testsupport.h"

#include "doc/docio.h"
#include "engine/compiler.h"
#include "engine/gatewayengine.h"
#include "io/projectfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace gw;
using namespace gw::test;

namespace {

QByteArray project(quint16 backend)
{
    const QByteArray uri = "http://127.0.0.1:" + QByteArray::number(backend) + "/echo";
    const QByteArray integration = "            x-amazon-apigateway-integration: {type: http_proxy, httpMethod: ANY, uri: '"
                                   + uri + "'}\n";
    return R"(gatehouse: 1
apis:
  - id: shop
    protocol: rest
    definition:
      openapi: 3.0.1
      info: {title: shop, version: '1'}
      x-amazon-apigateway-request-validators:
        all: {validateRequestBody: true, validateRequestParameters: true}
        params-only: {validateRequestBody: false, validateRequestParameters: true}
        body-only: {validateRequestBody: true, validateRequestParameters: false}
      x-amazon-apigateway-request-validator: params-only
      x-amazon-apigateway-gateway-responses:
        BAD_REQUEST_BODY:
          responseTemplates:
            application/json: '{"message":$context.error.messageString}'
            text/plain: '$context.error.validationErrorString'
      components:
        schemas:
          Pet:
            type: object
            required: [name, type, price]
            properties:
              name: {type: string}
              type: {type: string, enum: [dog, cat, fish]}
              price: {type: number, minimum: 25, maximum: 500}
      paths:
        /things/{test}:
          post:
            x-amazon-apigateway-request-validator: all
            parameters:
              - {name: x-header-param, in: header, required: true, schema: {type: string}}
              - {name: issuer, in: path, required: true, schema: {type: string}}
              - {name: qs1, in: query, required: true, schema: {type: string}}
              - {name: optional, in: query, required: false, schema: {type: string}}
            requestBody:
              content:
                application/json: {schema: {$ref: '#/components/schemas/Pet'}}
)" + integration + R"(        /validation:
          get:
            parameters:
              - {name: q1, in: query, required: true, schema: {type: string}}
)" + integration + R"(          post:
            x-amazon-apigateway-request-validator: body-only
            parameters:
              - {name: h1, in: header, required: true, schema: {type: string}}
            requestBody:
              content:
                application/json: {schema: {$ref: '#/components/schemas/Pet'}}
)" + integration + R"(          put:
            parameters:
              - {name: h1, in: header, required: true, schema: {type: string}}
            requestBody:
              content:
                application/json: {schema: {$ref: '#/components/schemas/Pet'}}
)" + integration + R"(        /anytype:
          post:
            x-amazon-apigateway-request-validator: all
            requestBody:
              content:
                $default: {schema: {type: array, items: {type: integer}}}
)" + integration + R"(    stages:
      - {name: prod, deployment: d1}
    deployments:
      - id: d1
)";
}

struct Gateway
{
    TestBackend backend;
    GatewayEngine engine;
    std::shared_ptr<RecordCollector> sink = std::make_shared<RecordCollector>();
    quint16 port = 0;
    size_t seen = 0;
    FidelityReport fidelity;

    Gateway()
    {
        const quint16 backendPort = backend.start();
        const doc::ParseResult parsed = doc::parse(project(backendPort));
        if (!parsed.ok())
            qFatal("the test project is not YAML: line %d: %s", parsed.error->line, qPrintable(parsed.error->message));
        const io::ProjectLoad l = io::readProject(parsed.root, QStringLiteral("v.yaml"));
        for (const auto &d : l.diagnostics)
            qWarning("%s", qPrintable(d.format()));
        if (!l.project)
            qFatal("the test project does not load");
        engine.records().addSink(sink);
        CompileResult compiled = compileProject(*l.project);
        fidelity = compiled.fidelity;
        engine.deploy(compiled.gateway);
        QString error;
        if (!engine.start(QHostAddress::LocalHost, 0, &error))
            qFatal("%s", qPrintable(error));
        port = engine.port();
    }
    RawResponse send(const QByteArray &method, const QByteArray &target, const QByteArray &headers = {},
                     const QByteArray &body = {})
    {
        return rawRequest(port, method + " /prod" + target + " HTTP/1.1\r\nHost: shop.execute-api.localhost\r\n" + headers
                                    + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }
    ExchangeRecordPtr last()
    {
        const auto all = sink->waitFor(engine.records(), [this](const auto &r) { return r.size() > seen; });
        seen = all.size();
        return all.empty() ? nullptr : all.back();
    }
};

QString message(const RawResponse &r)
{
    return QJsonDocument::fromJson(r.body).object().value(QLatin1String("message")).toString();
}

const QByteArray goodPet = R"({"name":"Marco","type":"dog","price":260})";

/// The messages AWS answered with in LocalStack's recording of test_api_gateway_request_validator.
QStringList recordedMessages()
{
    const QString dir = conformanceDir();
    QFile f(dir + QStringLiteral("/localstack-aws-snapshots/apigateway/test_apigateway_common.snapshot.json"));
    if (dir.isEmpty() || !f.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject all = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonObject content = all.value(QLatin1String("tests/aws/services/apigateway/test_apigateway_common.py::"
                                                        "TestApiGatewayCommon::test_api_gateway_request_validator"))
                                    .toObject()
                                    .value(QLatin1String("recorded-content"))
                                    .toObject();
    QStringList out;
    for (const char *step : {"missing-all-required-request-params-post", "missing-required-headers-request-params-get",
                             "missing-required-qs-request-params-get", "invalid-request-body"})
        out.append(content.value(QLatin1String(step)).toObject().value(QLatin1String("message")).toString());
    return out;
}

} // namespace

class tst_RequestValidation : public QObject
{
    Q_OBJECT
private slots:
    void missingParametersInAwsOrder();
    void recordedAwsMessages();
    void blankIsMissing();
    void invalidBody();
    void validatorKinds();
    void modelsPerContentType();
    void notJson();
    void fidelityReport();
};

void tst_RequestValidation::missingParametersInAwsOrder()
{
    Gateway gw;
    // issuer is a required path parameter the resource /things/{test} does not have, as in AWS's recorded test.
    const RawResponse r = gw.send("POST", "/things/1", {}, goodPet);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.body, QByteArray(R"({"message":"Missing required request parameters: [x-header-param, issuer, qs1]"})"));
    QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("BadRequestException"));
    const auto rec = gw.last();
    QCOMPARE(rec->errorType, QStringLiteral("BAD_REQUEST_PARAMETERS"));
    QCOMPARE(rec->stoppedAt, QStringLiteral("validation.parameters"));
    QCOMPARE(rec->stoppedAtStep, QStringLiteral("validation"));
    QVERIFY(rec->validation);
    QCOMPARE(rec->validation->validator, QStringLiteral("all"));
    QCOMPARE(rec->validation->failedRule, QStringLiteral("parameters"));
    QCOMPARE(rec->validation->requiredParameters,
             (QStringList{QStringLiteral("method.request.header.x-header-param"), QStringLiteral("method.request.path.issuer"),
                          QStringLiteral("method.request.querystring.qs1")}));
    QCOMPARE(gw.send("POST", "/things/1?qs1=a", "x-header-param: v\r\n", goodPet).body,
             QByteArray(R"({"message":"Missing required request parameters: [issuer]"})"));
    gw.last();
    QCOMPARE(gw.backend.requestCount(), 0);
}

void tst_RequestValidation::recordedAwsMessages()
{
    const QStringList recorded = recordedMessages();
    if (recorded.isEmpty())
        QSKIP(qPrintable(conformanceMissingMessage()));
    Gateway gw;
    QCOMPARE(message(gw.send("POST", "/things/1", {}, goodPet)), recorded.at(0));
    // The recording's GET cases (header missing, then the query string) have the same shapes.
    QCOMPARE(message(gw.send("POST", "/things/1?qs1=a", {}, goodPet)).replace(QLatin1String(", issuer"), QString()),
             recorded.at(1));
    QCOMPARE(message(gw.send("GET", "/validation")), QStringLiteral("Missing required request parameters: [q1]"));
    QCOMPARE(recorded.at(2), QStringLiteral("Missing required request parameters: [qs1]"));
    QCOMPARE(message(gw.send("POST", "/validation", {}, R"({"name":"Molly","type":"bird","price":269})")), recorded.at(3));
}

void tst_RequestValidation::blankIsMissing()
{
    Gateway gw;
    QCOMPARE(gw.send("GET", "/validation?q1=").status, 400);
    gw.last();
    QCOMPARE(gw.send("GET", "/validation?q1=cat").status, 200);
    const auto rec = gw.last();
    QCOMPARE(rec->validation->failedRule, QString());
    QCOMPARE(rec->steps.at(rec->steps.size() - 2).detail, QStringLiteral("validation.passed"));
    QCOMPARE(gw.backend.requestCount(), 1);
}

void tst_RequestValidation::invalidBody()
{
    Gateway gw;
    const QByteArray headers = "Content-Type: application/json\r\nAccept: text/plain\r\n";
    const RawResponse r = gw.send("POST", "/validation", headers, R"({"name":"Molly","type":"bird","price":269})");
    QCOMPARE(r.status, 400);
    const auto rec = gw.last();
    QCOMPARE(rec->errorType, QStringLiteral("BAD_REQUEST_BODY"));
    QCOMPARE(rec->stoppedAt, QStringLiteral("validation.body"));
    const QString expected = QStringLiteral(R"([instance value ("bird") not found in enum (possible values: ["dog","cat","fish"])])");
    QCOMPARE(rec->validation->errorString, expected);
    QCOMPARE(rec->validation->model, QStringLiteral("Pet"));
    QCOMPARE(rec->validation->violations.size(), size_t(1));
    QCOMPARE(rec->validation->violations.front().pointer, QStringLiteral("/type"));
    QCOMPARE(rec->validation->violations.front().keyword, QStringLiteral("enum"));
    // The customised BAD_REQUEST_BODY response renders $context.error.validationErrorString.
    QCOMPARE(QString::fromUtf8(r.body), expected);

    QCOMPARE(gw.send("POST", "/validation", {}, R"({"name":"Molly","type":"dog","price":501})").status, 400);
    QCOMPARE(gw.last()->validation->errorString,
             QStringLiteral("[numeric instance is greater than the required maximum (maximum: 500, found: 501)]"));
    // An empty body is an empty object: every required property is missing.
    QCOMPARE(gw.send("POST", "/validation").status, 400);
    QCOMPARE(gw.last()->validation->errorString,
             QStringLiteral(R"([object has missing required properties (["name","price","type"])])"));
    QCOMPARE(gw.backend.requestCount(), 0);
    QCOMPARE(gw.send("POST", "/validation", {}, goodPet).status, 200);
    QCOMPARE(gw.last()->validation->bodyOutcome, QStringLiteral("valid"));
    QCOMPARE(gw.backend.requestCount(), 1);
}

void tst_RequestValidation::validatorKinds()
{
    Gateway gw;
    // body-only (POST /validation): the missing required header h1 is not checked.
    QCOMPARE(gw.send("POST", "/validation", {}, goodPet).status, 200);
    gw.last();
    // params-only, the API's default (PUT /validation): a bad body passes, a missing header does not.
    QCOMPARE(gw.send("PUT", "/validation", "h1: v1\r\n", R"({"type":"bird"})").status, 200);
    QCOMPARE(gw.last()->validation->bodyOutcome, QStringLiteral("not checked"));
    const RawResponse r = gw.send("PUT", "/validation", {}, goodPet);
    QCOMPARE(message(r), QStringLiteral("Missing required request parameters: [h1]"));
    gw.last();
    QCOMPARE(gw.backend.requestCount(), 2);
}

void tst_RequestValidation::modelsPerContentType()
{
    Gateway gw;
    // The model is for application/json only: another content type is not validated (AWS: no matching model).
    QCOMPARE(gw.send("POST", "/validation", "Content-Type: text/plain\r\n", "not a pet").status, 200);
    QCOMPARE(gw.last()->validation->bodyOutcome, QStringLiteral("no model for the content type"));
    // A $default model applies to every content type.
    QCOMPARE(gw.send("POST", "/anytype", "Content-Type: text/csv\r\n", "[1,2,3]").status, 200);
    gw.last();
    QCOMPARE(gw.send("POST", "/anytype", "Content-Type: text/csv\r\n", "[1,\"x\"]").status, 400);
    const auto rec = gw.last();
    QCOMPARE(rec->validation->model, QStringLiteral("(inline)"));
    QCOMPARE(rec->validation->violations.front().pointer, QStringLiteral("/1"));
    QCOMPARE(gw.backend.requestCount(), 2);
}

void tst_RequestValidation::notJson()
{
    Gateway gw;
    const RawResponse r = gw.send("POST", "/validation", "Content-Type: application/json; charset=utf-8\r\n", "{oops");
    QCOMPARE(r.status, 400);
    QCOMPARE(message(r), QStringLiteral("Invalid request body"));
    const auto rec = gw.last();
    QCOMPARE(rec->stoppedAt, QStringLiteral("validation.body_not_json"));
    QCOMPARE(rec->validation->bodyOutcome, QStringLiteral("not JSON"));
}

void tst_RequestValidation::fidelityReport()
{
    Gateway gw;
    bool said = false;
    for (const FidelityItem &i : gw.fidelity.items)
        said |= i.where == QLatin1String("x-amazon-apigateway-request-validators") && i.level == FidelityItem::Level::Partial;
    QVERIFY(said);
    for (const FidelityItem &i : gw.fidelity.items)
        QVERIFY2(!i.message.contains(QLatin1String("not validated yet")), qPrintable(i.format()));
}

QTEST_GUILESS_MAIN(tst_RequestValidation)
#include "tst_requestvalidation.moc"
