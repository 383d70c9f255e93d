// SPDX-License-Identifier: GPL-3.0-or-later
// Lambda proxy integrations with real node, python3 and custom-runtime processes speaking the Runtime API.
#include "localgateway.h"
#include "testsupport.h"

#include "doc/docio.h"
#include "engine/compiler.h"
#include "io/projectfile.h"
#include "lambda/lambdaservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <algorithm>

using namespace gw;
using namespace gw::test;

namespace {

/// A project with a REST API (stage prod) and an HTTP API ($default) routing /NAME to function NAME.
QByteArray projectYaml(const QList<QByteArray> &functionDefs, const QStringList &routes, const QByteArray &restExtra = {},
                       const QByteArray &httpPayload = "2.0")
{
    QByteArray restPaths, httpPaths;
    for (const QString &r : routes) {
        restPaths += "        /" + r.toUtf8() + ":\n          x-amazon-apigateway-any-method:\n            x-amazon-apigateway-integration:\n"
                     "              type: aws_proxy\n              httpMethod: POST\n              uri: " + lambdaUri(r) + "\n" + restExtra;
        httpPaths += "        /" + r.toUtf8() + ":\n          x-amazon-apigateway-any-method:\n            x-amazon-apigateway-integration:\n"
                     "              type: aws_proxy\n              payloadFormatVersion: '" + httpPayload + "'\n              uri: " + lambdaUri(r) + "\n";
    }
    QByteArray out = "gatehouse: 1\napis:\n  - id: rest\n    protocol: rest\n    definition:\n      openapi: 3.0.1\n"
                     "      info: {title: R, version: '1'}\n      paths:\n" + restPaths +
                     "    stages:\n      - name: prod\n        deployment: d1\n    deployments:\n      - id: d1\n"
                     "  - id: http\n    protocol: http\n    definition:\n      openapi: 3.0.1\n      info: {title: H, version: '1'}\n"
                     "      x-amazon-apigateway-importexport-version: '1.0'\n      paths:\n" + httpPaths +
                     "    stages:\n      - name: $default\n        autoDeploy: true\nfunctions:\n";
    for (const QByteArray &f : functionDefs)
        out += f;
    return out;
}


/// Sends `count` requests at once to the node-slow function (each waits `ms`), on a connection each; the process ids
/// that answered, in order, or -1 for an answer that is not 200.
QList<int> burstToSlow(quint16 port, int count, int ms)
{
    std::vector<std::unique_ptr<RawHttpClient>> clients;
    for (int i = 0; i < count; ++i) {
        clients.push_back(std::make_unique<RawHttpClient>(port, 20'000));
        clients.back()->send("GET /prod/slow?ms=" + QByteArray::number(ms)
                             + " HTTP/1.1\r\nHost: rest.execute-api.localhost\r\n\r\n");
    }
    QList<int> pids;
    for (auto &c : clients) {
        const RawResponse r = c->read();
        pids.append(r.status == 200 ? QJsonDocument::fromJson(r.body).object().value(QLatin1String("pid")).toInt() : -1);
    }
    return pids;
}

} // namespace

class tst_Lambda : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void restEventAndResponse();
    void eventsAreComplete();
    void coldThenWarm();
    void httpPayloads();
    void malformedResponse();
    void functionErrors_data();
    void functionErrors();
    void timeoutKillsAndRecovers();
    void crashIsReported();
    void runtimeThatStopsPollingIsPassedOver();
    void customRuntime();
    void reservedConcurrencyThrottles();
    void localConcurrencyQueues();
    void warmInstanceServesABurst();
    void integrationTimeout();
    void codeChangesArePickedUp();
    void unknownFunction();
};

void tst_Lambda::initTestCase()
{
    if (!haveRuntime("node") || !haveRuntime("python3"))
        QSKIP("node and python3 are needed (apt-get install nodejs python3)");
}

void tst_Lambda::restEventAndResponse()
{
    LocalGateway s(projectYaml({functionYaml("echo", "nodejs20.x", functionsDir() + "/node-cjs", "index.handler",
                             "    environment:\n      GREETING: hi\n")},
                         {"echo"}));
    const RawResponse r = s.rest("POST", "/echo?a=1&a=2&b=x", "{\"k\":1}", "Content-Type: application/json\r\nX-Multi: 1\r\nX-Multi: 2\r\n");
    QCOMPARE(r.status, 200);
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    const QJsonObject event = body.value(QLatin1String("event")).toObject();
    QCOMPARE(event.value(QLatin1String("resource")).toString(), QStringLiteral("/echo"));
    QCOMPARE(event.value(QLatin1String("path")).toString(), QStringLiteral("/echo"));
    QCOMPARE(event.value(QLatin1String("httpMethod")).toString(), QStringLiteral("POST"));
    QCOMPARE(event.value(QLatin1String("body")).toString(), QStringLiteral("{\"k\":1}"));
    QCOMPARE(event.value(QLatin1String("isBase64Encoded")).toBool(), false);
    QCOMPARE(event.value(QLatin1String("queryStringParameters")).toObject().value(QLatin1String("a")).toString(), QStringLiteral("2"));
    QCOMPARE(event.value(QLatin1String("multiValueQueryStringParameters")).toObject().value(QLatin1String("a")).toArray().size(), 2);
    QCOMPARE(event.value(QLatin1String("multiValueHeaders")).toObject().value(QLatin1String("X-Multi")).toArray().size(), 2);
    QCOMPARE(event.value(QLatin1String("headers")).toObject().value(QLatin1String("X-Multi")).toString(), QStringLiteral("2"));
    QVERIFY(event.value(QLatin1String("pathParameters")).isNull());
    QVERIFY(event.value(QLatin1String("stageVariables")).isNull());
    const QJsonObject rc = event.value(QLatin1String("requestContext")).toObject();
    QCOMPARE(rc.value(QLatin1String("stage")).toString(), QStringLiteral("prod"));
    QCOMPARE(rc.value(QLatin1String("path")).toString(), QStringLiteral("/prod/echo"));
    QCOMPARE(rc.value(QLatin1String("resourcePath")).toString(), QStringLiteral("/echo"));
    QCOMPARE(rc.value(QLatin1String("requestId")).toString(), QString::fromLatin1(r.header("x-amzn-RequestId")));
    QCOMPARE(rc.value(QLatin1String("identity")).toObject().value(QLatin1String("sourceIp")).toString(), QStringLiteral("127.0.0.1"));
    const QJsonObject context = body.value(QLatin1String("context")).toObject();
    QCOMPARE(context.value(QLatin1String("functionName")).toString(), QStringLiteral("echo"));
    QCOMPARE(context.value(QLatin1String("memoryLimitInMB")).toString(), QStringLiteral("128"));
    QVERIFY(context.value(QLatin1String("remainingMs")).toInt() > 2000);
    QCOMPARE(body.value(QLatin1String("env")).toObject().value(QLatin1String("custom")).toString(), QStringLiteral("hi"));
    // The record carries what the function saw and said.
    const ExchangeRecordPtr rec = s.record(1);
    QVERIFY(rec);
    QCOMPARE(rec->lambda.size(), size_t(1));
    QCOMPARE(rec->lambda[0]->function, QStringLiteral("echo"));
    QVERIFY(rec->lambda[0]->event.contains("\"httpMethod\":\"POST\""));
    QVERIFY(rec->lambda[0]->log.constFirst().startsWith(QLatin1String("START RequestId: ")));
    QVERIFY(rec->lambda[0]->log.constLast().startsWith(QLatin1String("REPORT RequestId: ")));
    QCOMPARE(rec->steps.back().detail, QStringLiteral("integration.lambda"));
}

namespace {

/// A REST API (/items/{id}, stage prod with a variable) and an HTTP API ($default, route ANY /items/{id}, payload
/// `payload`), both to the echo function: Node.js, or Python with `python` (two JSON parsers that must read the
/// event as Gatehouse meant it).
QByteArray eventProject(const QByteArray &payload, bool python = false)
{
    const QByteArray integration = "            x-amazon-apigateway-integration:\n              type: aws_proxy\n"
                                   "              httpMethod: POST\n              payloadFormatVersion: '" + payload + "'\n"
                                   "              uri: " + lambdaUri(QStringLiteral("echo")) + "\n";
    return "gatehouse: 1\napis:\n  - id: rest\n    protocol: rest\n    definition:\n      openapi: 3.0.1\n"
           "      info: {title: R, version: '1'}\n      paths:\n        /items/{id}:\n          x-amazon-apigateway-any-method:\n"
           + integration +
           "    stages:\n      - name: prod\n        deployment: d1\n        variables: {owner: tests}\n    deployments:\n      - id: d1\n"
           "  - id: http\n    protocol: http\n    definition:\n      openapi: 3.0.1\n      info: {title: H, version: '1'}\n"
           "      x-amazon-apigateway-importexport-version: '1.0'\n      paths:\n        /items/{id}:\n"
           "          x-amazon-apigateway-any-method:\n" + integration +
           "    stages:\n      - name: $default\n        autoDeploy: true\n        variables: {owner: tests}\nfunctions:\n"
           + (python ? functionYaml(QStringLiteral("echo"), QStringLiteral("python"), functionsDir() + "/py-echo", QStringLiteral("app.handler"))
                     : functionYaml(QStringLiteral("echo"), QStringLiteral("nodejs"), functionsDir() + "/node-cjs", QStringLiteral("index.handler")));
}

/// The event Gatehouse sent, parsed, after checking that the function saw the very same value.
QJsonObject sentEvent(LocalGateway &s, const RawResponse &r)
{
    const ExchangeRecordPtr rec = s.record(1);
    if (!rec || rec->lambda.empty())
        return {};
    QJsonParseError error;
    const QJsonDocument sent = QJsonDocument::fromJson(rec->lambda[0]->event, &error);
    if (error.error != QJsonParseError::NoError || !sent.isObject())
        return {};
    const QJsonValue seen = QJsonDocument::fromJson(r.body).object().value(QLatin1String("event"));
    return seen == QJsonValue(sent.object()) ? sent.object() : QJsonObject {{QStringLiteral("mismatch"), seen}};
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

/// The query `a=1&a=2&b=x%20y&c&d=%C3%A9` as one value per name, with `a` as the payload gives it.
QJsonObject singleValueQuery(const QString &a)
{
    return {{QStringLiteral("a"), a},
            {QStringLiteral("b"), QStringLiteral("x y")},
            {QStringLiteral("c"), QString()},
            {QStringLiteral("d"), QString::fromUtf8("\xc3\xa9")}};
}

} // namespace

void tst_Lambda::eventsAreComplete()
{
    // Escapes, non-ASCII text, invalid UTF-8, repeated headers and query parameters, an empty parameter, cookies.
    const QByteArray body = "{\"text\":\"caf\xc3\xa9 \\\"q\\\" \\\\ \x01\t\n\"}";
    const QString bodyText = QString::fromUtf8(body);
    const QByteArray headers = "Content-Type: application/json\r\nX-Multi: 1\r\nX-Multi: two \"2\"\r\nUser-Agent: tests/1.0\r\n"
                               "X-Bad: a\xff" "b\r\nCookie: a=1; b=2\r\n";
    const QByteArray target = "/items/42?a=1&a=2&b=x%20y&c&d=%C3%A9";
    {
        LocalGateway s(eventProject("1.0"));
        const RawResponse r = s.rest("POST", target, body, headers);
        QCOMPARE(r.status, 200);
        const QJsonObject e = sentEvent(s, r);
        QVERIFY2(!e.contains(QLatin1String("mismatch")), QJsonDocument(e).toJson().constData());
        const QJsonObject rc = e.value(QLatin1String("requestContext")).toObject();
        const QString port = e.value(QLatin1String("headers")).toObject().value(QLatin1String("X-Forwarded-Port")).toString();
        QVERIFY(!port.isEmpty());
        const QJsonObject single{{QStringLiteral("Host"), QStringLiteral("rest.execute-api.localhost")},
                                 {QStringLiteral("Content-Type"), QStringLiteral("application/json")},
                                 {QStringLiteral("X-Multi"), QStringLiteral("two \"2\"")},
                                 {QStringLiteral("User-Agent"), QStringLiteral("tests/1.0")},
                                 {QStringLiteral("X-Bad"), QString::fromUtf8("a\xff" "b")},
                                 {QStringLiteral("Cookie"), QStringLiteral("a=1; b=2")},
                                 {QStringLiteral("Content-Length"), QString::number(body.size())},
                                 {QStringLiteral("X-Forwarded-For"), QStringLiteral("127.0.0.1")},
                                 {QStringLiteral("X-Forwarded-Port"), port},
                                 {QStringLiteral("X-Forwarded-Proto"), QStringLiteral("http")}};
        QJsonObject multi;
        for (auto it = single.begin(); it != single.end(); ++it)
            multi.insert(it.key(), QJsonArray {it.value()});
        multi.insert(QStringLiteral("X-Multi"), strings({QStringLiteral("1"), QStringLiteral("two \"2\"")}));
        QJsonObject identity;
        for (const char *key : {"accessKey", "accountId", "caller", "cognitoAuthenticationProvider", "cognitoAuthenticationType",
                                "cognitoIdentityId", "cognitoIdentityPoolId", "principalOrgId", "user", "userArn", "apiKey", "apiKeyId"})
            identity.insert(QLatin1String(key), QJsonValue::Null);
        identity.insert(QStringLiteral("sourceIp"), QStringLiteral("127.0.0.1"));
        identity.insert(QStringLiteral("userAgent"), QStringLiteral("tests/1.0"));
        const QJsonObject expectedContext{
            {QStringLiteral("accountId"), QStringLiteral("123456789012")},
            {QStringLiteral("apiId"), QStringLiteral("rest")},
            {QStringLiteral("deploymentId"), QStringLiteral("d1")},
            {QStringLiteral("domainName"), QStringLiteral("rest.execute-api.localhost")},
            {QStringLiteral("domainPrefix"), QStringLiteral("rest")},
            {QStringLiteral("extendedRequestId"), rc.value(QLatin1String("extendedRequestId"))},
            {QStringLiteral("httpMethod"), QStringLiteral("POST")},
            {QStringLiteral("identity"), identity},
            {QStringLiteral("path"), QStringLiteral("/prod/items/42")},
            {QStringLiteral("protocol"), QStringLiteral("HTTP/1.1")},
            {QStringLiteral("requestId"), QString::fromLatin1(r.header("x-amzn-RequestId"))},
            {QStringLiteral("requestTime"), rc.value(QLatin1String("requestTime"))},
            {QStringLiteral("requestTimeEpoch"), rc.value(QLatin1String("requestTimeEpoch"))},
            {QStringLiteral("resourceId"), rc.value(QLatin1String("resourceId"))},
            {QStringLiteral("resourcePath"), QStringLiteral("/items/{id}")},
            {QStringLiteral("stage"), QStringLiteral("prod")}};
        QCOMPARE(rc, expectedContext);
        QVERIFY(QRegularExpression(QStringLiteral("^\\d\\d/[A-Z][a-z][a-z]/\\d{4}:\\d\\d:\\d\\d:\\d\\d \\+0000$"))
                    .match(rc.value(QLatin1String("requestTime")).toString()).hasMatch());
        QVERIFY(rc.value(QLatin1String("requestTimeEpoch")).toDouble() > 1.7e12);
        QVERIFY(!rc.value(QLatin1String("resourceId")).toString().isEmpty());
        QVERIFY(!rc.value(QLatin1String("extendedRequestId")).toString().isEmpty());
        const QJsonObject expected{
            {QStringLiteral("resource"), QStringLiteral("/items/{id}")},
            {QStringLiteral("path"), QStringLiteral("/items/42")},
            {QStringLiteral("httpMethod"), QStringLiteral("POST")},
            {QStringLiteral("headers"), single},
            {QStringLiteral("multiValueHeaders"), multi},
            {QStringLiteral("queryStringParameters"), singleValueQuery(QStringLiteral("2"))},
            {QStringLiteral("multiValueQueryStringParameters"),
             QJsonObject{{QStringLiteral("a"), strings({QStringLiteral("1"), QStringLiteral("2")})},
                         {QStringLiteral("b"), strings({QStringLiteral("x y")})},
                         {QStringLiteral("c"), strings({QString()})},
                         {QStringLiteral("d"), strings({QString::fromUtf8("\xc3\xa9")})}}},
            {QStringLiteral("requestContext"), expectedContext},
            {QStringLiteral("pathParameters"), QJsonObject{{QStringLiteral("id"), QStringLiteral("42")}}},
            {QStringLiteral("stageVariables"), QJsonObject{{QStringLiteral("owner"), QStringLiteral("tests")}}},
            {QStringLiteral("body"), bodyText},
            {QStringLiteral("isBase64Encoded"), false}};
        QCOMPARE(e, expected);
    }
    {
        LocalGateway s(eventProject("2.0", true));
        const RawResponse r = s.http("PUT", target, body, headers);
        QCOMPARE(r.status, 200);
        const QJsonObject e = sentEvent(s, r);
        QVERIFY2(!e.contains(QLatin1String("mismatch")), QJsonDocument(e).toJson().constData());
        const QJsonObject rc = e.value(QLatin1String("requestContext")).toObject();
        const QJsonObject hs = e.value(QLatin1String("headers")).toObject();
        const QJsonObject expectedHeaders{{QStringLiteral("host"), QStringLiteral("http.execute-api.localhost")},
                                          {QStringLiteral("content-type"), QStringLiteral("application/json")},
                                          {QStringLiteral("x-multi"), QStringLiteral("1,two \"2\"")},
                                          {QStringLiteral("user-agent"), QStringLiteral("tests/1.0")},
                                          {QStringLiteral("x-bad"), QString::fromUtf8("a\xff" "b")},
                                          {QStringLiteral("content-length"), QString::number(body.size())},
                                          {QStringLiteral("x-forwarded-for"), QStringLiteral("127.0.0.1")},
                                          {QStringLiteral("x-forwarded-port"), hs.value(QLatin1String("x-forwarded-port"))},
                                          {QStringLiteral("x-forwarded-proto"), QStringLiteral("http")}};
        const QJsonObject http{{QStringLiteral("method"), QStringLiteral("PUT")},
                               {QStringLiteral("path"), QStringLiteral("/items/42")},
                               {QStringLiteral("protocol"), QStringLiteral("HTTP/1.1")},
                               {QStringLiteral("sourceIp"), QStringLiteral("127.0.0.1")},
                               {QStringLiteral("userAgent"), QStringLiteral("tests/1.0")}};
        const QJsonObject expectedContext{{QStringLiteral("accountId"), QStringLiteral("123456789012")},
                                          {QStringLiteral("apiId"), QStringLiteral("http")},
                                          {QStringLiteral("domainName"), QStringLiteral("http.execute-api.localhost")},
                                          {QStringLiteral("domainPrefix"), QStringLiteral("http")},
                                          {QStringLiteral("http"), http},
                                          {QStringLiteral("requestId"), QString::fromLatin1(r.header("apigw-requestid"))},
                                          {QStringLiteral("routeKey"), QStringLiteral("ANY /items/{id}")},
                                          {QStringLiteral("stage"), QStringLiteral("$default")},
                                          {QStringLiteral("time"), rc.value(QLatin1String("time"))},
                                          {QStringLiteral("timeEpoch"), rc.value(QLatin1String("timeEpoch"))}};
        QCOMPARE(rc, expectedContext);
        const QJsonObject expected{
            {QStringLiteral("version"), QStringLiteral("2.0")},
            {QStringLiteral("routeKey"), QStringLiteral("ANY /items/{id}")},
            {QStringLiteral("rawPath"), QStringLiteral("/items/42")},
            {QStringLiteral("rawQueryString"), QStringLiteral("a=1&a=2&b=x%20y&c&d=%C3%A9")},
            {QStringLiteral("cookies"), strings({QStringLiteral("a=1"), QStringLiteral("b=2")})},
            {QStringLiteral("headers"), expectedHeaders},
            {QStringLiteral("queryStringParameters"), singleValueQuery(QStringLiteral("1,2"))},
            {QStringLiteral("requestContext"), expectedContext},
            {QStringLiteral("pathParameters"), QJsonObject{{QStringLiteral("id"), QStringLiteral("42")}}},
            {QStringLiteral("stageVariables"), QJsonObject{{QStringLiteral("owner"), QStringLiteral("tests")}}},
            {QStringLiteral("body"), bodyText},
            {QStringLiteral("isBase64Encoded"), false}};
        QCOMPARE(e, expected);
    }
    {
        // HTTP APIs' payload 1.0: REST's shape plus version, with routeKey in place of deploymentId; a binary body.
        LocalGateway s(eventProject("1.0", true));
        const QByteArray png("\x89PNG\r\n\x1a\n\0\xff", 10);
        const RawResponse r = s.http("GET", "/items/7", png, "Content-Type: image/png\r\n");
        QCOMPARE(r.status, 200);
        const QJsonObject e = sentEvent(s, r);
        QVERIFY2(!e.contains(QLatin1String("mismatch")), QJsonDocument(e).toJson().constData());
        QCOMPARE(e.value(QLatin1String("version")).toString(), QStringLiteral("1.0"));
        QCOMPARE(e.value(QLatin1String("body")).toString(), QString::fromLatin1(png.toBase64()));
        QCOMPARE(e.value(QLatin1String("isBase64Encoded")), QJsonValue(true));
        QVERIFY(e.value(QLatin1String("queryStringParameters")).isNull());
        QVERIFY(e.value(QLatin1String("multiValueQueryStringParameters")).isNull());
        const QJsonObject rc = e.value(QLatin1String("requestContext")).toObject();
        QCOMPARE(rc.value(QLatin1String("routeKey")).toString(), QStringLiteral("ANY /items/{id}"));
        QVERIFY(!rc.contains(QLatin1String("deploymentId")));
        QCOMPARE(rc.value(QLatin1String("requestId")).toString(), QString::fromLatin1(r.header("apigw-requestid")));
        QCOMPARE(e.value(QLatin1String("pathParameters")).toObject().value(QLatin1String("id")).toString(), QStringLiteral("7"));
    }
}

void tst_Lambda::coldThenWarm()
{
    LocalGateway s(projectYaml({functionYaml("echo", "nodejs", functionsDir() + "/node-echo", "index.handler", "    memorySize: 256\n")}, {"echo"}));
    QCOMPARE(s.rest("GET", "/echo").status, 200);
    QCOMPARE(s.rest("GET", "/echo").status, 200);
    const ExchangeRecordPtr second = s.record(2);
    // Workers publish records as they finish, in no set order: the first request has the lower sequence number.
    const auto records = s.sink->records();
    const auto first = *std::min_element(records.begin(), records.end(),
                                         [](const auto &a, const auto &b) { return a->sequence < b->sequence; });
    QVERIFY(first->lambda[0]->coldStart);
    QVERIFY(first->lambda[0]->initUs > 0);
    QVERIFY(first->lambda[0]->log.constLast().contains(QLatin1String("Init Duration: ")));
    QVERIFY(!second->lambda[0]->coldStart);
    QVERIFY(!second->lambda[0]->log.constLast().contains(QLatin1String("Init Duration")));
    const QString report = second->lambda[0]->log.constLast();
    QVERIFY2(report.contains(QLatin1String("Memory Size: 256 MB")), qPrintable(report));
    QVERIFY2(QRegularExpression(QStringLiteral("Duration: [0-9.]+ ms\\tBilled Duration: \\d+ ms\\tMemory Size: 256 MB\\tMax Memory Used: \\d+ MB"))
                 .match(report).hasMatch(), qPrintable(report));
    // The log file has both invocations.
    QFile log(s.logs.filePath(QStringLiteral("echo.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QCOMPARE(log.readAll().count("REPORT RequestId:"), 2);
}

void tst_Lambda::httpPayloads()
{
    {
        LocalGateway s(projectYaml({functionYaml("v2", "python3.11", functionsDir() + "/py-v2", "app.handler")}, {"v2"}));
        const RawResponse r = s.http("GET", "/v2");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(QLatin1String("path")).toString(), QStringLiteral("/v2"));
        QCOMPARE(QJsonDocument::fromJson(s.record(1)->lambda[0]->event).object().value(QLatin1String("version")).toString(), QStringLiteral("2.0"));
    }
    {
        LocalGateway s(projectYaml({functionYaml("echo", "python", functionsDir() + "/py-echo", "app.handler")}, {"echo"}, {}, "1.0"));
        const RawResponse r = s.http("GET", "/echo?x=1", {}, "Cookie: a=1; b=2\r\n");
        QCOMPARE(r.status, 200);
        const QJsonObject event = QJsonDocument::fromJson(r.body).object().value(QLatin1String("event")).toObject();
        QCOMPARE(event.value(QLatin1String("version")).toString(), QStringLiteral("1.0"));
        QCOMPARE(event.value(QLatin1String("requestContext")).toObject().value(QLatin1String("routeKey")).toString(), QStringLiteral("ANY /echo"));
    }
    {
        LocalGateway s(projectYaml({functionYaml("echo", "python", functionsDir() + "/py-echo", "app.handler")}, {"echo"}));
        const RawResponse r = s.http("GET", "/echo?x=1&x=2", {}, "Cookie: a=1; b=2\r\n");
        QCOMPARE(r.status, 200);
        const QJsonObject event = QJsonDocument::fromJson(r.body).object().value(QLatin1String("event")).toObject();
        QCOMPARE(event.value(QLatin1String("version")).toString(), QStringLiteral("2.0"));
        QCOMPARE(event.value(QLatin1String("rawQueryString")).toString(), QStringLiteral("x=1&x=2"));
        QCOMPARE(event.value(QLatin1String("queryStringParameters")).toObject().value(QLatin1String("x")).toString(), QStringLiteral("1,2"));
        QCOMPARE(event.value(QLatin1String("cookies")).toArray().size(), 2);
        QCOMPARE(event.value(QLatin1String("requestContext")).toObject().value(QLatin1String("http")).toObject().value(QLatin1String("method")).toString(),
                 QStringLiteral("GET"));
    }
}

void tst_Lambda::malformedResponse()
{
    LocalGateway s(projectYaml({functionYaml("bad", "nodejs", functionsDir() + "/node-malformed", "index.handler")}, {"bad"}));
    const RawResponse rest = s.rest("GET", "/bad");
    QCOMPARE(rest.status, 502);
    QCOMPARE(rest.header("x-amzn-ErrorType"), QByteArray("InternalServerErrorException"));
    const ExchangeRecordPtr rec = s.record(1);
    QCOMPARE(rec->stoppedAt, QStringLiteral("integration.lambda_malformed"));
    QVERIFY2(rec->explanation.join(QLatin1Char(' ')).contains(QLatin1String("body must be a string")), qPrintable(rec->explanation.join(QLatin1Char('|'))));
    const RawResponse http = s.http("GET", "/bad");
    QCOMPARE(http.status, 500);
    QCOMPARE(http.body, QByteArray(R"({"message":"Internal Server Error"})"));
}

void tst_Lambda::functionErrors_data()
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("runtime");
    QTest::addColumn<QString>("handler");
    QTest::addColumn<QString>("errorType");
    QTest::addRow("node throws") << "node-error" << "nodejs" << "index.handler" << "ValidationError";
    QTest::addRow("python raises") << "py-error" << "python" << "app.handler" << "ValueError";
    QTest::addRow("node init error") << "node-init-error" << "nodejs" << "index.handler" << "Error";
    QTest::addRow("python import error") << "py-import-error" << "python" << "app.handler" << "Runtime.ImportModuleError";
}

void tst_Lambda::functionErrors()
{
    QFETCH(QString, dir);
    QFETCH(QString, runtime);
    QFETCH(QString, handler);
    QFETCH(QString, errorType);
    LocalGateway s(projectYaml({functionYaml("f", runtime, functionsDir() + QLatin1Char('/') + dir, handler)}, {"f"}));
    const RawResponse rest = s.rest("GET", "/f");
    QCOMPARE(rest.status, 502);
    QCOMPARE(rest.body, QByteArray("{\"message\": \"Internal server error\"}"));
    const ExchangeRecordPtr rec = s.record(1);
    QCOMPARE(rec->stoppedAt, QStringLiteral("integration.lambda_error"));
    QCOMPARE(rec->lambda[0]->errorType, errorType);
    const RawResponse http = s.http("GET", "/f");
    QCOMPARE(http.status, 500);
    QCOMPARE(http.body, QByteArray(R"({"message":"Internal Server Error"})"));
}

void tst_Lambda::timeoutKillsAndRecovers()
{
    LocalGateway s(projectYaml({functionYaml("slow", "nodejs", functionsDir() + "/node-timeout", "index.handler", "    timeout: 1\n"),
                          functionYaml("echo", "nodejs", functionsDir() + "/node-echo", "index.handler")},
                         {"slow", "echo"}));
    QElapsedTimer t;
    t.start();
    const RawResponse r = s.rest("GET", "/slow");
    QCOMPARE(r.status, 502);
    QVERIFY(t.elapsed() >= 900 && t.elapsed() < 5000);
    const ExchangeRecordPtr rec = s.record(1);
    QCOMPARE(rec->lambda[0]->status, QStringLiteral("timeout"));
    QVERIFY(rec->lambda[0]->log.join(QLatin1Char('\n')).contains(QLatin1String("Task timed out after 1.00 seconds")));
    // A new instance serves the next request.
    QCOMPARE(s.rest("GET", "/echo").status, 200);
}

void tst_Lambda::crashIsReported()
{
    LocalGateway s(projectYaml({functionYaml("crash", "nodejs", functionsDir() + "/node-crash", "index.handler")}, {"crash"}));
    QCOMPARE(s.rest("GET", "/crash").status, 502);
    const ExchangeRecordPtr rec = s.record(1);
    QCOMPARE(rec->lambda[0]->errorType, QStringLiteral("Runtime.ExitError"));
    QVERIFY(rec->lambda[0]->errorMessage.contains(QLatin1String("exit status 3")));
    QCOMPARE(s.rest("GET", "/crash").status, 502); // a fresh process each time
}

void tst_Lambda::runtimeThatStopsPollingIsPassedOver()
{
    // Found by the soak test: an instance that answered and never asked for its next event got the next invocation,
    // which then waited 10 s plus the function's timeout and failed. AWS runs it in another execution environment.
    LocalGateway s(projectYaml({functionYaml("stuck", "provided.al2023", functionsDir() + "/py-noreturn", "bootstrap",
                                             "    timeout: 2\n")},
                               {"stuck"}));
    const RawResponse first = s.rest("GET", "/stuck");
    QCOMPARE(first.status, 200);
    QElapsedTimer t;
    t.start();
    const RawResponse second = s.rest("GET", "/stuck");
    QCOMPARE(second.status, 200);
    QVERIFY(second.body != first.body); // another process
    QVERIFY2(t.elapsed() < 4000, qPrintable(QString::number(t.elapsed())));
    // Each stuck instance is stopped once its invocation's time (the function's timeout) is up.
    QTRY_COMPARE_WITH_TIMEOUT(s.engine.lambda().stats().value(0).instances, 0, 8000);
}

void tst_Lambda::customRuntime()
{
    if (!haveRuntime("curl"))
        QSKIP("the shell custom runtime needs curl");
    LocalGateway s(projectYaml({functionYaml("shell", "provided.al2023", functionsDir() + "/shell-bootstrap", "function.handler")}, {"shell"}));
    const RawResponse r = s.rest("POST", "/shell", "ping");
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("\"httpMethod\":\"POST\""));
}

void tst_Lambda::reservedConcurrencyThrottles()
{
    LocalGateway s(projectYaml({functionYaml("slow", "nodejs", functionsDir() + "/node-slow", "index.handler", "    reservedConcurrency: 1\n")}, {"slow"}));
    QCOMPARE(s.rest("GET", "/slow?ms=1").status, 200); // warm up
    RawHttpClient first(s.port, 10'000);
    first.send("GET /prod/slow?ms=800 HTTP/1.1\r\nHost: rest.execute-api.localhost\r\n\r\n");
    QTest::qWait(150);
    const RawResponse second = s.rest("GET", "/slow?ms=1");
    QCOMPARE(second.status, 500);
    QCOMPARE(first.read().status, 200);
    QVERIFY(s.record(3));
    bool throttled = false;
    for (const auto &rec : s.sink->records())
        throttled |= rec->stoppedAt == QLatin1String("integration.lambda_throttled");
    QVERIFY(throttled);
}

void tst_Lambda::localConcurrencyQueues()
{
    LocalGateway s(projectYaml({functionYaml("slow", "nodejs", functionsDir() + "/node-slow", "index.handler")}, {"slow"}));
    s.engine.lambda().setLocalConcurrency(2);
    const QList<int> pids = burstToSlow(s.port, 4, 300);
    QVERIFY(!pids.contains(-1));
    QCOMPARE(QSet<int>(pids.begin(), pids.end()).size(), 2); // two processes served four requests
    const auto stats = s.engine.lambda().stats();
    QCOMPARE(stats.size(), 1);
    QCOMPARE(stats[0].coldStarts, quint64(2));
}

void tst_Lambda::warmInstanceServesABurst()
{
    LocalGateway s(projectYaml({functionYaml("slow", "nodejs", functionsDir() + "/node-slow", "index.handler")}, {"slow"}));
    // A generous wait, so that the test does not depend on the machine's speed: the busy instance answers well within it.
    s.engine.lambda().setWarmWait(5000);
    const int pid = burstToSlow(s.port, 1, 0).value(0);
    QVERIFY(pid > 0);

    // Three at once while one instance is warm: they take turns on it instead of starting two more processes.
    QCOMPARE(burstToSlow(s.port, 3, 20), QList<int>({pid, pid, pid}));
    QCOMPARE(s.engine.lambda().stats().value(0).coldStarts, quint64(1));
    // The waits are in the records: the last of the three waited for the two before it (20 ms each).
    QVERIFY(s.record(4));
    qint64 longestWaitUs = 0;
    for (const auto &rec : s.sink->records()) {
        for (const auto &t : rec->lambda)
            longestWaitUs = qMax(longestWaitUs, t->queuedUs);
    }
    QVERIFY2(longestWaitUs >= 30'000, qPrintable(QString::number(longestWaitUs)));

    // With no wait (AWS's own behaviour: an environment per concurrent invocation), two at once run in two processes.
    s.engine.lambda().setWarmWait(0);
    const QList<int> pids = burstToSlow(s.port, 2, 300);
    QVERIFY(!pids.contains(-1));
    QCOMPARE(QSet<int>(pids.begin(), pids.end()).size(), 2);
}

void tst_Lambda::integrationTimeout()
{
    LocalGateway s(projectYaml({functionYaml("slow", "nodejs", functionsDir() + "/node-slow", "index.handler")}, {"slow"},
                         "              timeoutInMillis: 200\n"));
    const RawResponse r = s.rest("GET", "/slow?ms=1500");
    QCOMPARE(r.status, 504);
    QCOMPARE(r.body, QByteArray(R"({"message":"Endpoint request timed out"})"));
}

void tst_Lambda::codeChangesArePickedUp()
{
    QTemporaryDir dir;
    auto write = [&](const QByteArray &text) {
        QFile f(dir.filePath(QStringLiteral("index.js")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("exports.handler = async () => ({ statusCode: 200, body: '" + text + "' });\n");
    };
    write("one");
    LocalGateway s(projectYaml({functionYaml("live", "nodejs", dir.path(), "index.handler")}, {"live"}));
    QCOMPARE(s.rest("GET", "/live").body, QByteArray("one"));
    QTest::qWait(20); // a new modification time
    write("two");
    QCOMPARE(s.rest("GET", "/live").body, QByteArray("two"));
}

void tst_Lambda::unknownFunction()
{
    const QByteArray yaml = projectYaml({}, {"ghost"});
    const io::ProjectLoad l = io::readProject(doc::parse(yaml).root, QStringLiteral("x.yaml"));
    QVERIFY(l.project);
    const CompileResult c = compileProject(*l.project);
    QVERIFY(c.fidelity.format().contains(QLatin1String("Lambda function ghost is not defined locally")));
}

QTEST_GUILESS_MAIN(tst_Lambda)
#include "tst_lambda.moc"
