// SPDX-License-Identifier: GPL-3.0-or-later
// Lambda authorizers with real node (authorizer) and python3 (integration) processes: TOKEN and REQUEST on REST
// APIs, payload 1.0 and 2.0 (IAM policies and simple responses) on HTTP APIs, AWS's statuses and messages, policy
// evaluation against the method ARN, result caching, and what reaches the integration.
#include "localgateway.h"
#include "testsupport.h"

#include "observe/contextvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace gw;
using namespace gw::test;

namespace {

struct Options
{
    QByteArray ttl = "300";
    QByteArray validation;  ///< identityValidationExpression of the TOKEN authorizer
    QByteArray httpTtl = "0";
};

QByteArray method(const QByteArray &path, const QByteArray &scheme)
{
    QByteArray out = "        " + path + ":\n          get:\n";
    if (!scheme.isEmpty())
        out += "            security:\n              - " + scheme + ": []\n";
    out += "            x-amazon-apigateway-integration:\n              type: aws_proxy\n              httpMethod: POST\n"
           "              uri: " + lambdaUri(QStringLiteral("echo")) + "\n";
    return out;
}

QByteArray scheme(const QByteArray &name, const QByteArray &body)
{
    return "          " + name + ":\n            type: apiKey\n            name: Authorization\n            in: header\n"
           "            x-amazon-apigateway-authtype: custom\n            x-amazon-apigateway-authorizer:\n"
           "              authorizerUri: " + lambdaUri(QStringLiteral("authz")) + "\n" + body;
}

QByteArray projectYaml(const Options &o = {})
{
    QByteArray tokenBody = "              type: token\n              authorizerResultTtlInSeconds: " + o.ttl + "\n";
    if (!o.validation.isEmpty())
        tokenBody += "              identityValidationExpression: '" + o.validation + "'\n";
    const QByteArray requestBody = "              type: request\n              authorizerResultTtlInSeconds: " + o.ttl + "\n"
                                   "              identitySource: method.request.header.Authorization, method.request.querystring.tenant\n";
    const auto httpScheme = [&](const QByteArray &name, const QByteArray &version, bool simple) {
        return scheme(name, "              type: request\n              identitySource: $request.header.Authorization\n"
                            "              authorizerPayloadFormatVersion: '" + version + "'\n"
                            "              enableSimpleResponses: " + QByteArray(simple ? "true" : "false") + "\n"
                            "              authorizerResultTtlInSeconds: " + o.httpTtl + "\n");
    };
    return "gatehouse: 1\napis:\n"
           "  - id: rest\n    protocol: rest\n    definition:\n      openapi: 3.0.1\n      info: {title: R, version: '1'}\n"
           "      components:\n        securitySchemes:\n" + scheme("tok", tokenBody) + scheme("req", requestBody) +
           "      paths:\n" + method("/echo", "tok") + method("/other", "tok") + method("/req", "req") + method("/open", {}) +
           "    stages:\n      - name: prod\n        deployment: d1\n        variables: {owner: tests}\n    deployments:\n      - id: d1\n"
           "  - id: http\n    protocol: http\n    definition:\n      openapi: 3.0.1\n      info: {title: H, version: '1'}\n"
           "      x-amazon-apigateway-importexport-version: '1.0'\n"
           "      components:\n        securitySchemes:\n" + httpScheme("simple", "2.0", true) + httpScheme("iam2", "2.0", false)
           + httpScheme("iam1", "1.0", false) +
           "      paths:\n" + method("/simple", "simple") + method("/iam2", "iam2") + method("/iam1", "iam1") +
           "    stages:\n      - name: $default\n        autoDeploy: true\n"
           "functions:\n"
           + functionYaml(QStringLiteral("authz"), QStringLiteral("nodejs20.x"), functionsDir() + QStringLiteral("/node-authz"),
                          QStringLiteral("index.handler"), "    timeout: 2\n")
           + functionYaml(QStringLiteral("echo"), QStringLiteral("python3.11"), functionsDir() + QStringLiteral("/py-echo"),
                          QStringLiteral("app.handler"));
}

QByteArray auth(const QByteArray &token)
{
    return "Authorization: " + token + "\r\n";
}

/// The event the integration received (py-echo answers it in its body).
QJsonObject echoedEvent(const RawResponse &r)
{
    return QJsonDocument::fromJson(r.body).object().value(QLatin1String("event")).toObject();
}

int authorizerCalls(const ExchangeRecord &r)
{
    int n = 0;
    for (const auto &t : r.lambda)
        n += t->purpose == QLatin1String("authorizer") ? 1 : 0;
    return n;
}

} // namespace

class tst_Authorizers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void restTokenAllows();
    void restAnswers_data();
    void restAnswers();
    void identityChecksSkipTheFunction();
    void cachingReusesThePolicy();
    void cacheTtlZeroAndExpiry();
    void restRequestAuthorizer();
    void httpSimpleResponses();
    void httpIamPayloads();
    void unprotectedRoutesSkipTheAuthorizer();
};

void tst_Authorizers::initTestCase()
{
    if (!haveRuntime("node") || !haveRuntime("python3"))
        QSKIP("node and python3 are needed (apt-get install nodejs python3)");
}

void tst_Authorizers::restTokenAllows()
{
    LocalGateway g(projectYaml());
    const RawResponse r = g.rest("GET", "/echo", {}, auth("allow"));
    QCOMPARE(r.status, 200);
    const QJsonObject authorizer = echoedEvent(r).value(QLatin1String("requestContext")).toObject().value(QLatin1String("authorizer")).toObject();
    // REST passes the context on stringified, with the principal and the authorizer's latency.
    QCOMPARE(authorizer.value(QLatin1String("principalId")).toString(), QStringLiteral("user-allow"));
    QCOMPARE(authorizer.value(QLatin1String("quota")), QJsonValue(QStringLiteral("1000")));
    QCOMPARE(authorizer.value(QLatin1String("admin")), QJsonValue(QStringLiteral("false")));
    QCOMPARE(authorizer.value(QLatin1String("user")).toString(), QStringLiteral("user-allow"));
    QVERIFY(authorizer.value(QLatin1String("integrationLatency")).isDouble());

    const ExchangeRecordPtr rec = g.record(1);
    QVERIFY(rec && rec->authorizer);
    QCOMPARE(rec->authorizer->decision, QStringLiteral("allow"));
    QCOMPARE(rec->authorizer->status, 200);
    QCOMPARE(rec->authorizer->type, QStringLiteral("TOKEN"));
    QCOMPARE(rec->authorizer->arn, QStringLiteral("arn:aws:execute-api:us-east-1:123456789012:rest/prod/GET/echo"));
    QVERIFY(!rec->authorizer->cacheHit);
    QCOMPARE(authorizerCalls(*rec), 1);
    // The authorizer got the TOKEN event.
    const QJsonObject event = QJsonDocument::fromJson(rec->lambda.front()->event).object();
    QCOMPARE(event.value(QLatin1String("type")).toString(), QStringLiteral("TOKEN"));
    QCOMPARE(event.value(QLatin1String("authorizationToken")).toString(), QStringLiteral("allow"));
    QCOMPARE(event.value(QLatin1String("methodArn")).toString(), rec->authorizer->arn);
    // $context.authorizer.* for access logs and mapping templates.
    QCOMPARE(contextValue(*rec, u"authorizer.principalId"), QStringLiteral("user-allow"));
    QCOMPARE(contextValue(*rec, u"authorizer.quota"), QStringLiteral("1000"));
    QCOMPARE(contextValue(*rec, u"authorizer.status"), QStringLiteral("200"));
    // The step appears in the waterfall between route and integration.
    QStringList steps;
    for (const StepSpan &s : rec->steps)
        steps.append(QString(s.name));
    QCOMPARE(steps, QStringList({QStringLiteral("route"), QStringLiteral("authorizer"), QStringLiteral("throttle"),
                                 QStringLiteral("integration")}));
}

void tst_Authorizers::restAnswers_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("errorType");
    QTest::addColumn<QString>("detail");
    QTest::addRow("explicit deny") << QByteArray("deny") << 403
                                   << QByteArray(R"({"message":"User is not authorized to access this resource with an explicit deny"})")
                                   << QByteArray("AccessDeniedException") << "authorizer.denied";
    QTest::addRow("implicit deny") << QByteArray("elsewhere") << 403
                                   << QByteArray(R"({"message":"User is not authorized to access this resource"})")
                                   << QByteArray("AccessDeniedException") << "authorizer.denied";
    QTest::addRow("Unauthorized error") << QByteArray("unauthorized") << 401 << QByteArray(R"({"message":"Unauthorized"})")
                                        << QByteArray("UnauthorizedException") << "authorizer.unauthorized";
    QTest::addRow("function error") << QByteArray("crash") << 500 << QByteArray(R"({"message":null})")
                                    << QByteArray("AuthorizerConfigurationException") << "authorizer.error";
    QTest::addRow("object in context") << QByteArray("bad-context") << 500 << QByteArray(R"({"message":null})")
                                       << QByteArray("AuthorizerConfigurationException") << "authorizer.error";
    QTest::addRow("no principalId") << QByteArray("no-principal") << 500 << QByteArray(R"({"message":null})")
                                    << QByteArray("AuthorizerConfigurationException") << "authorizer.error";
    QTest::addRow("function timeout") << QByteArray("sleep") << 500 << QByteArray(R"({"message":null})")
                                      << QByteArray("AuthorizerConfigurationException") << "authorizer.error";
}

void tst_Authorizers::restAnswers()
{
    QFETCH(QByteArray, token);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, errorType);
    QFETCH(QString, detail);
    LocalGateway g(projectYaml());
    const RawResponse r = g.rest("GET", "/echo", {}, auth(token));
    QCOMPARE(r.status, status);
    QCOMPARE(r.body, body);
    QCOMPARE(r.header("x-amzn-ErrorType"), errorType);
    const ExchangeRecordPtr rec = g.record(1);
    QCOMPARE(rec->stoppedAt, detail);
    QVERIFY(rec->authorizer);
    QCOMPARE(rec->authorizer->status, status);
    QVERIFY2(!rec->explanation.isEmpty(), "the record explains the decision");
    // The integration never ran.
    for (const auto &t : rec->lambda)
        QCOMPARE(t->purpose, QStringLiteral("authorizer"));
}

void tst_Authorizers::identityChecksSkipTheFunction()
{
    {
        LocalGateway g(projectYaml());
        const RawResponse r = g.rest("GET", "/echo");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.body, QByteArray(R"({"message":"Unauthorized"})"));
        const ExchangeRecordPtr rec = g.record(1);
        QCOMPARE(rec->stoppedAt, QStringLiteral("authorizer.identity_missing"));
        QCOMPARE(authorizerCalls(*rec), 0);
        QVERIFY(rec->explanation.join(QLatin1Char(' ')).contains(QLatin1String("method.request.header.Authorization")));
    }
    {
        Options o;
        o.validation = "^Bearer [a-z-]+$";
        LocalGateway g(projectYaml(o));
        QCOMPARE(g.rest("GET", "/echo", {}, auth("allow")).status, 401);
        QCOMPARE(g.record(1)->stoppedAt, QStringLiteral("authorizer.identity_invalid"));
        QCOMPARE(authorizerCalls(*g.record(1)), 0);
        // The whole token must match.
        QCOMPARE(g.rest("GET", "/echo", {}, auth("Bearer allow!")).status, 401);
        QCOMPARE(g.rest("GET", "/echo", {}, auth("Bearer allow")).status, 200);
    }
}

void tst_Authorizers::cachingReusesThePolicy()
{
    LocalGateway g(projectYaml());
    QCOMPARE(g.rest("GET", "/echo", {}, auth("allow")).status, 200);
    const RawResponse second = g.rest("GET", "/echo", {}, auth("allow"));
    QCOMPARE(second.status, 200);
    const ExchangeRecordPtr rec = g.record(2);
    QVERIFY(rec->authorizer->cacheHit);
    QCOMPARE(authorizerCalls(*rec), 0);
    QCOMPARE(rec->steps[1].detail, QStringLiteral("authorizer.cached"));
    // The cached context is the first call's.
    QCOMPARE(echoedEvent(second).value(QLatin1String("requestContext")).toObject().value(QLatin1String("authorizer")).toObject()
                 .value(QLatin1String("calls")),
             QJsonValue(QStringLiteral("1")));
    // The classic trap: the cached policy names /echo only, so /other is denied without asking the function again.
    const RawResponse other = g.rest("GET", "/other", {}, auth("allow"));
    QCOMPARE(other.status, 403);
    const ExchangeRecordPtr denied = g.record(3);
    QCOMPARE(authorizerCalls(*denied), 0);
    QVERIFY(denied->authorizer->cacheHit);
    QVERIFY2(denied->explanation.join(QLatin1Char(' ')).contains(QLatin1String("cached for a request to")),
             qPrintable(denied->explanation.join(QLatin1Char('|'))));
    // Another identity is another cache entry; a policy for the whole API covers both.
    QCOMPARE(g.rest("GET", "/echo", {}, auth("allow-all")).status, 200);
    QCOMPARE(g.rest("GET", "/other", {}, auth("allow-all")).status, 200);
    QCOMPARE(authorizerCalls(*g.record(5)), 0);
    // Denials are cached too; errors are not.
    QCOMPARE(g.rest("GET", "/echo", {}, auth("deny")).status, 403);
    QCOMPARE(g.rest("GET", "/echo", {}, auth("deny")).status, 403);
    QCOMPARE(authorizerCalls(*g.record(7)), 0);
    QCOMPARE(g.rest("GET", "/echo", {}, auth("crash")).status, 500);
    QCOMPARE(g.rest("GET", "/echo", {}, auth("crash")).status, 500);
    QCOMPARE(authorizerCalls(*g.record(9)), 1);
}

void tst_Authorizers::cacheTtlZeroAndExpiry()
{
    {
        Options o;
        o.ttl = "0";
        LocalGateway g(projectYaml(o));
        QCOMPARE(g.rest("GET", "/echo", {}, auth("allow")).status, 200);
        QCOMPARE(g.rest("GET", "/other", {}, auth("allow")).status, 200);
        QCOMPARE(authorizerCalls(*g.record(2)), 1);
        QVERIFY(!g.record(2)->authorizer->cacheHit);
    }
    {
        Options o;
        // The real clock: a TTL of a few seconds, so a loaded machine (a cold start of the authorizer) still sees
        // the second request inside it.
        o.ttl = "3";
        LocalGateway g(projectYaml(o));
        QCOMPARE(g.rest("GET", "/echo", {}, auth("allow")).status, 200);
        QCOMPARE(g.rest("GET", "/echo", {}, auth("allow")).status, 200);
        QVERIFY(g.record(2)->authorizer->cacheHit);
        QTest::qWait(3100);
        QCOMPARE(g.rest("GET", "/echo", {}, auth("allow")).status, 200);
        QCOMPARE(authorizerCalls(*g.record(3)), 1);
    }
}

void tst_Authorizers::restRequestAuthorizer()
{
    LocalGateway g(projectYaml());
    // Every identity source is required.
    QCOMPARE(g.rest("GET", "/req", {}, auth("allow")).status, 401);
    QCOMPARE(g.rest("GET", "/req?tenant=a", {}).status, 401);
    QCOMPARE(authorizerCalls(*g.record(2)), 0);
    const RawResponse r = g.rest("GET", "/req?tenant=a&x=1", {}, auth("allow") + "X-Extra: 1\r\n");
    QCOMPARE(r.status, 200);
    const ExchangeRecordPtr rec = g.record(3);
    QCOMPARE(rec->authorizer->type, QStringLiteral("REQUEST"));
    const QJsonObject event = QJsonDocument::fromJson(rec->lambda.front()->event).object();
    QCOMPARE(event.value(QLatin1String("type")).toString(), QStringLiteral("REQUEST"));
    QCOMPARE(event.value(QLatin1String("methodArn")).toString(), QStringLiteral("arn:aws:execute-api:us-east-1:123456789012:rest/prod/GET/req"));
    QCOMPARE(event.value(QLatin1String("resource")).toString(), QStringLiteral("/req"));
    QCOMPARE(event.value(QLatin1String("headers")).toObject().value(QLatin1String("X-Extra")).toString(), QStringLiteral("1"));
    QCOMPARE(event.value(QLatin1String("queryStringParameters")).toObject().value(QLatin1String("tenant")).toString(), QStringLiteral("a"));
    QCOMPARE(event.value(QLatin1String("stageVariables")).toObject().value(QLatin1String("owner")).toString(), QStringLiteral("tests"));
    QVERIFY(event.value(QLatin1String("requestContext")).isObject());
    QVERIFY(!event.contains(QLatin1String("body")));
    // The cache key is every identity value: another tenant asks the function again.
    QCOMPARE(g.rest("GET", "/req?tenant=a", {}, auth("allow")).status, 200);
    QCOMPARE(authorizerCalls(*g.record(4)), 0);
    QCOMPARE(g.rest("GET", "/req?tenant=b", {}, auth("allow")).status, 200);
    QCOMPARE(authorizerCalls(*g.record(5)), 1);
}

void tst_Authorizers::httpSimpleResponses()
{
    LocalGateway g(projectYaml());
    const RawResponse yes = g.http("GET", "/simple", {}, auth("simple-yes"));
    QCOMPARE(yes.status, 200);
    const QJsonObject lambdaContext = echoedEvent(yes).value(QLatin1String("requestContext")).toObject()
                                          .value(QLatin1String("authorizer")).toObject().value(QLatin1String("lambda")).toObject();
    // HTTP APIs keep the context's JSON types.
    QCOMPARE(lambdaContext.value(QLatin1String("quota")), QJsonValue(1000));
    QCOMPARE(lambdaContext.value(QLatin1String("admin")), QJsonValue(false));
    const QJsonObject event = QJsonDocument::fromJson(g.record(1)->lambda.front()->event).object();
    QCOMPARE(event.value(QLatin1String("version")).toString(), QStringLiteral("2.0"));
    QCOMPARE(event.value(QLatin1String("type")).toString(), QStringLiteral("REQUEST"));
    QCOMPARE(event.value(QLatin1String("routeArn")).toString(), QStringLiteral("arn:aws:execute-api:us-east-1:123456789012:http/$default/GET/simple"));
    QCOMPARE(event.value(QLatin1String("identitySource")).toArray(), QJsonArray({QStringLiteral("simple-yes")}));
    QCOMPARE(event.value(QLatin1String("routeKey")).toString(), QStringLiteral("GET /simple"));

    const RawResponse no = g.http("GET", "/simple", {}, auth("simple-no"));
    QCOMPARE(no.status, 403);
    QCOMPARE(no.body, QByteArray(R"({"message":"Forbidden"})"));
    QVERIFY(no.header("x-amzn-ErrorType").isNull());
    const RawResponse missing = g.http("GET", "/simple");
    QCOMPARE(missing.status, 401);
    QCOMPARE(missing.body, QByteArray(R"({"message":"Unauthorized"})"));
    const RawResponse crash = g.http("GET", "/simple", {}, auth("crash"));
    QCOMPARE(crash.status, 500);
    QCOMPARE(crash.body, QByteArray(R"({"message":"Internal Server Error"})"));
    // Simple responses need isAuthorized: an IAM answer is an error.
    QCOMPARE(g.http("GET", "/simple", {}, auth("allow")).status, 500);
}

void tst_Authorizers::httpIamPayloads()
{
    LocalGateway g(projectYaml());
    const RawResponse v2 = g.http("GET", "/iam2", {}, auth("allow"));
    QCOMPARE(v2.status, 200);
    QCOMPARE(g.http("GET", "/iam2", {}, auth("deny")).status, 403);
    const RawResponse v1 = g.http("GET", "/iam1", {}, auth("allow"));
    QCOMPARE(v1.status, 200);
    const ExchangeRecordPtr rec = g.record(3);
    const QJsonObject event = QJsonDocument::fromJson(rec->lambda.front()->event).object();
    QCOMPARE(event.value(QLatin1String("version")).toString(), QStringLiteral("1.0"));
    QCOMPARE(event.value(QLatin1String("type")).toString(), QStringLiteral("REQUEST"));
    QCOMPARE(event.value(QLatin1String("methodArn")).toString(), QStringLiteral("arn:aws:execute-api:us-east-1:123456789012:http/$default/GET/iam1"));
    QCOMPARE(event.value(QLatin1String("identitySource")).toString(), QStringLiteral("allow"));
    QCOMPARE(event.value(QLatin1String("authorizationToken")).toString(), QStringLiteral("allow"));
    // HTTP API payload 2.0 integrations see the context under authorizer.lambda.
    QCOMPARE(echoedEvent(v2).value(QLatin1String("requestContext")).toObject().value(QLatin1String("authorizer")).toObject()
                 .value(QLatin1String("lambda")).toObject().value(QLatin1String("user")).toString(),
             QStringLiteral("user-allow"));
}

void tst_Authorizers::unprotectedRoutesSkipTheAuthorizer()
{
    LocalGateway g(projectYaml());
    QCOMPARE(g.rest("GET", "/open").status, 200);
    const ExchangeRecordPtr rec = g.record(1);
    QVERIFY(!rec->authorizer);
    QCOMPARE(authorizerCalls(*rec), 0);
    QCOMPARE(contextValue(*rec, u"authorizer.principalId"), QString());
}

QTEST_GUILESS_MAIN(tst_Authorizers)
#include "tst_authorizers.moc"
