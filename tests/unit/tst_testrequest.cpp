// SPDX-License-Identifier: GPL-3.0-or-later
// The Test panel's request builder: targets, query strings, headers, identities, and a SigV4 signature the gateway's
// own verifier accepts.
#include "engine/testrequest.h"

#include "doc/docio.h"
#include "testsupport.h"

#include <QtTest>

using namespace gw;

namespace {

QByteArray header(const BuiltTestRequest &built, QByteArrayView name)
{
    return built.request.headers.value(name);
}

TestRequestSpec getPets()
{
    TestRequestSpec spec;
    spec.apiId = QStringLiteral("petstore");
    spec.stage = QStringLiteral("prod");
    spec.method = QStringLiteral("GET");
    spec.path = QStringLiteral("/pets");
    return spec;
}

} // namespace

class tst_TestRequest : public QObject
{
    Q_OBJECT
private slots:
    void target_data();
    void target();
    void problems_data();
    void problems();
    void headersAndIdentities();
    void sigV4VerifiesAtTheGateway_data();
    void sigV4VerifiesAtTheGateway();
    void tokenHeader_data();
    void tokenHeader();
    void recordCorrelation();
};

void tst_TestRequest::target_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("target");

    QTest::addRow("stage and path") << "prod" << "/pets" << "" << QByteArray("/prod/pets");
    QTest::addRow("leading slash added") << "prod" << "pets/1" << "" << QByteArray("/prod/pets/1");
    QTest::addRow("stage root") << "prod" << "/" << "" << QByteArray("/prod");
    QTest::addRow("empty path is the stage root") << "prod" << "" << "" << QByteArray("/prod");
    QTest::addRow("$default stage has no prefix") << "$default" << "/catalog" << "" << QByteArray("/catalog");
    QTest::addRow("$default root") << "$default" << "/" << "" << QByteArray("/");
    QTest::addRow("space encoded") << "prod" << "/pets/a b" << "" << QByteArray("/prod/pets/a%20b");
    QTest::addRow("escape kept") << "prod" << "/pets/a%20b" << "" << QByteArray("/prod/pets/a%20b");
    QTest::addRow("lone percent encoded") << "prod" << "/100%" << "" << QByteArray("/prod/100%25");
    QTest::addRow("utf-8 encoded") << "prod" << "/café" << "" << QByteArray("/prod/caf%C3%A9");
    QTest::addRow("pchar kept") << "prod" << "/a:b@c!$&'()*+,;=" << "" << QByteArray("/prod/a:b@c!$&'()*+,;=");
    QTest::addRow("query field") << "prod" << "/pets" << "limit=3&type=dog" << QByteArray("/prod/pets?limit=3&type=dog");
    QTest::addRow("query with ?") << "prod" << "/pets" << "?limit=3" << QByteArray("/prod/pets?limit=3");
    QTest::addRow("query in path") << "prod" << "/pets?limit=3" << "" << QByteArray("/prod/pets?limit=3");
    QTest::addRow("query in path, then field") << "prod" << "/pets?a=1" << "b=2" << QByteArray("/prod/pets?a=1&b=2");
    QTest::addRow("query space and plus") << "prod" << "/pets" << "q=a b+c" << QByteArray("/prod/pets?q=a%20b%2Bc");
    QTest::addRow("query hash encoded") << "prod" << "/pets" << "tag=#1" << QByteArray("/prod/pets?tag=%231");
}

void tst_TestRequest::target()
{
    QFETCH(QString, stage);
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(QByteArray, target);
    TestRequestSpec spec = getPets();
    spec.stage = stage;
    spec.path = path;
    spec.query = query;
    const BuiltTestRequest built = buildTestRequest(spec, 4510, 0);
    QVERIFY2(built.problem.isEmpty(), qPrintable(built.problem));
    QCOMPARE(built.request.target, target);
    QCOMPARE(built.request.host, QStringLiteral("petstore.execute-api.localhost"));
    QCOMPARE(built.request.connectHost, QStringLiteral("127.0.0.1"));
    QCOMPARE(built.request.port, quint16(4510));
    QCOMPARE(built.url, QStringLiteral("http://petstore.execute-api.localhost:4510") + QString::fromLatin1(target));
}

void tst_TestRequest::problems_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problemStart");

    QTest::addRow("no API") << "api" << "" << "Choose the API";
    QTest::addRow("ANY is not a method") << "method" << "ANY" << "Method: “ANY”";
    QTest::addRow("space in method") << "method" << "GE T" << "Method: “GE T”";
    QTest::addRow("bad header name") << "header" << "x bad" << "Headers, row 1: “x bad”";
    QTest::addRow("line break in value") << "value" << "a\r\nb" << "Headers, row 1: the value of x-one";
    QTest::addRow("API key missing") << "apikey" << "" << "Identity: choose the API key";
    QTest::addRow("token missing") << "token" << "" << "Identity: there is no token";
    QTest::addRow("credential missing") << "sigv4" << "" << "Identity: choose the access key";
}

void tst_TestRequest::problems()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, problemStart);
    TestRequestSpec spec = getPets();
    if (field == u"api")
        spec.apiId = value;
    else if (field == u"method")
        spec.method = value;
    else if (field == u"header")
        spec.headers = {{value, QStringLiteral("1")}};
    else if (field == u"value")
        spec.headers = {{QStringLiteral("x-one"), value}};
    else if (field == u"apikey")
        spec.identity.kind = TestIdentity::Kind::ApiKey;
    else if (field == u"token")
        spec.identity.kind = TestIdentity::Kind::BearerToken;
    else if (field == u"sigv4")
        spec.identity.kind = TestIdentity::Kind::SigV4;
    const BuiltTestRequest built = buildTestRequest(spec, 4510, 0);
    QVERIFY2(built.problem.startsWith(problemStart), qPrintable(built.problem));
}

void tst_TestRequest::headersAndIdentities()
{
    TestRequestSpec spec = getPets();
    spec.method = QStringLiteral("post");
    spec.body = "{\"type\": \"dog\"}";
    spec.headers = {{QStringLiteral("Content-Type"), QStringLiteral("application/json")},
                    {QString(), QStringLiteral("ignored: no name")},
                    {QStringLiteral("Host"), QStringLiteral("elsewhere")},
                    {QStringLiteral("Content-Length"), QStringLiteral("999")},
                    {QStringLiteral("x-api-key"), QStringLiteral("typed")},
                    {QStringLiteral("X-Multi"), QStringLiteral("1")},
                    {QStringLiteral("X-Multi"), QStringLiteral("2")}};
    spec.correlationId = QStringLiteral("c0ffee");
    spec.identity.kind = TestIdentity::Kind::ApiKey;
    spec.identity.apiKey = QStringLiteral("alice-0123456789abcdefgh");
    BuiltTestRequest built = buildTestRequest(spec, 4510, 0);
    QVERIFY2(built.problem.isEmpty(), qPrintable(built.problem));
    QCOMPARE(built.request.method, QByteArray("POST"));
    QCOMPARE(built.request.body, spec.body);
    QCOMPARE(header(built, "content-type"), QByteArray("application/json"));
    QVERIFY(!built.request.headers.contains("host"));           // the client writes Host and the framing
    QVERIFY(!built.request.headers.contains("content-length"));
    QCOMPARE(built.request.headers.values("x-api-key"), QList<QByteArray>{"alice-0123456789abcdefgh"}); // identity wins
    QCOMPARE(built.request.headers.values("x-multi"), (QList<QByteArray>{"1", "2"}));
    QCOMPARE(header(built, "x-gatehouse-test"), QByteArray("c0ffee"));
    QVERIFY(built.canonicalRequest.isEmpty());

    spec.identity = {};
    spec.identity.kind = TestIdentity::Kind::BearerToken;
    spec.identity.token = QStringLiteral("aaa.bbb.ccc");
    built = buildTestRequest(spec, 4510, 0);
    QCOMPARE(header(built, "authorization"), QByteArray("Bearer aaa.bbb.ccc"));
    QCOMPARE(header(built, "x-api-key"), QByteArray("typed")); // no API key identity: the typed header stays

    spec.identity.bearerPrefix = false;
    spec.identity.tokenHeader = QStringLiteral("X-Token");
    built = buildTestRequest(spec, 4510, 0);
    QCOMPARE(header(built, "x-token"), QByteArray("aaa.bbb.ccc"));
    QVERIFY(!built.request.headers.contains("authorization"));
}

void tst_TestRequest::sigV4VerifiesAtTheGateway_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("sessionToken");
    QTest::addColumn<QByteArray>("body");

    QTest::addRow("plain GET") << "/pets" << "" << "" << QByteArray();
    QTest::addRow("query, unsorted") << "/pets" << "type=dog&limit=3" << "" << QByteArray();
    QTest::addRow("encoded path") << "/pets/a b" << "q=a b" << "" << QByteArray();
    QTest::addRow("body") << "/pets" << "" << "" << QByteArray("{\"id\": 4}");
    QTest::addRow("session token") << "/pets" << "" << "FwoGZXIvYXdzEXAMPLE" << QByteArray();
}

void tst_TestRequest::sigV4VerifiesAtTheGateway()
{
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(QString, sessionToken);
    QFETCH(QByteArray, body);
    constexpr qint64 now = 1'790'000'000;
    TestRequestSpec spec = getPets();
    spec.path = path;
    spec.query = query;
    spec.body = body;
    spec.method = body.isEmpty() ? QStringLiteral("GET") : QStringLiteral("POST");
    spec.headers = {{QStringLiteral("Authorization"), QStringLiteral("typed, replaced")}};
    spec.correlationId = QStringLiteral("c0ffee");
    spec.identity.kind = TestIdentity::Kind::SigV4;
    spec.identity.credential = {QStringLiteral("AKIAIOSFODNN7EXAMPLE"), QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
                                sessionToken, QStringLiteral("project")};
    const BuiltTestRequest built = buildTestRequest(spec, 4510, now);
    QVERIFY2(built.problem.isEmpty(), qPrintable(built.problem));
    QVERIFY(header(built, "authorization").startsWith("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/"));
    QCOMPARE(built.request.headers.values("authorization").size(), 1);
    QVERIFY(!built.canonicalRequest.isEmpty());
    QVERIFY(!built.stringToSign.isEmpty());
    QCOMPARE(header(built, "x-amz-security-token"), sessionToken.toUtf8());

    // What the gateway receives: the Host line the client writes, then the headers as built.
    auth::SigV4Request received;
    received.method = built.request.method;
    const qsizetype q = built.request.target.indexOf('?');
    received.path = q < 0 ? built.request.target : built.request.target.left(q);
    received.query = q < 0 ? QByteArray() : built.request.target.mid(q + 1);
    received.body = built.request.body;
    received.headers.append({QByteArrayLiteral("Host"), QByteArrayLiteral("petstore.execute-api.localhost:4510")});
    for (const http::HttpHeaders::Field &f : built.request.headers.fields())
        received.headers.append({f.name, f.value});
    auth::SigV4Options options;
    options.region = QString(model::kLocalRegion);
    options.nowEpochSeconds = now + 10;
    const auth::SigV4Result result = auth::verifySigV4(
        received, [&spec](const QString &key) -> std::optional<auth::Credential> {
            if (key == spec.identity.credential.accessKeyId)
                return spec.identity.credential;
            return std::nullopt;
        },
        options);
    QVERIFY2(result.ok, qPrintable(result.failure + QLatin1Char('\n') + result.checks.join(QLatin1Char('\n'))));
    QCOMPARE(result.canonicalRequest.toUtf8(), built.canonicalRequest);
}

void tst_TestRequest::tokenHeader_data()
{
    QTest::addColumn<QByteArray>("scheme");
    QTest::addColumn<QString>("header");

    QTest::addRow("HTTP API identity source") << QByteArray(R"({"type": "oauth2", "x-amazon-apigateway-authorizer":
        {"type": "jwt", "identitySource": "$request.header.X-Jwt"}})") << "X-Jwt";
    QTest::addRow("identity source list") << QByteArray(R"({"type": "oauth2", "x-amazon-apigateway-authorizer":
        {"type": "jwt", "identitySource": ["$request.header.X-First", "$request.header.X-Second"]}})") << "X-First";
    QTest::addRow("REST identity source") << QByteArray(R"({"type": "apiKey", "name": "Authorization", "in": "header",
        "x-amazon-apigateway-authorizer": {"type": "cognito_user_pools", "identitySource": "method.request.header.Auth"}})")
                                          << "Auth";
    QTest::addRow("scheme name") << QByteArray(R"({"type": "apiKey", "name": "X-Id-Token", "in": "header",
        "x-amazon-apigateway-authorizer": {"type": "cognito_user_pools"}})") << "X-Id-Token";
    QTest::addRow("default") << QByteArray(R"({"type": "oauth2", "x-amazon-apigateway-authorizer": {"type": "jwt"}})")
                             << "Authorization";
    QTest::addRow("unknown scheme") << QByteArray() << "Authorization";
}

void tst_TestRequest::tokenHeader()
{
    QFETCH(QByteArray, scheme);
    QFETCH(QString, header);
    model::Api api;
    if (!scheme.isEmpty()) {
        const doc::ParseResult parsed
            = doc::parse(QByteArray(R"({"components": {"securitySchemes": {"auth": )") + scheme + "}}}");
        QVERIFY(parsed.root.isMapping());
        api.definition.document = parsed.root;
    }
    QCOMPARE(tokenHeaderOf(api, QStringLiteral("auth")), header);
}

void tst_TestRequest::recordCorrelation()
{
    ExchangeRecord record;
    record.requestHeaders.append("X-Gatehouse-Test", "one");
    QVERIFY(isRecordOfTestRequest(record, QStringLiteral("one")));
    QVERIFY(!isRecordOfTestRequest(record, QStringLiteral("two")));
    QVERIFY(!isRecordOfTestRequest(record, QString()));
    QVERIFY(!isRecordOfTestRequest(ExchangeRecord{}, QStringLiteral("one")));
}

QTEST_GUILESS_MAIN(tst_TestRequest)
#include "tst_testrequest.moc"
