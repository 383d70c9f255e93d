// SPDX-License-Identifier: GPL-3.0-or-later
// JWT authorizers (HTTP APIs) and Cognito user pool authorizers (REST APIs) over real sockets, on a fake clock: valid
// tokens reach the function with their claims, every kind of bad token gets AWS's 401 (403 for a missing scope on
// an HTTP API) with the www-authenticate header, keys come from a JWKS file, the local identity provider in process
// and the local identity provider over HTTP (OpenID Connect discovery). Then `gatehouse token` through
// `gatehouse serve`, with the real executable.
#include "localgateway.h"
#include "rawhttp.h"
#include "recordcollector.h"
#include "testsupport.h"

#include "auth/localidentity.h"
#include "common/clock.h"
#include "doc/docio.h"
#include "engine/compiler.h"
#include "io/projectfile.h"
#include "lambda/lambdaservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QtTest>

#include <algorithm>
#include <csignal>

using namespace gw;
using namespace gw::test;

namespace {

constexpr qint64 kStartMs = 1'800'000'000'000; // the fake clock's wall time at the start
const QString kPool = QStringLiteral("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_TESTPOOL");

QByteArray echoIntegration()
{
    return "            x-amazon-apigateway-integration:\n              type: aws_proxy\n              httpMethod: POST\n"
           "              uri: " + lambdaUri(QStringLiteral("echo")) + "\n";
}

QByteArray route(const QByteArray &path, const QByteArray &scheme, const QByteArray &scopes)
{
    return "        " + path + ":\n          get:\n            security:\n              - " + scheme + ": [" + scopes + "]\n"
        + echoIntegration();
}

QByteArray jwtScheme(const QByteArray &name, const QString &issuer, const QByteArray &audience)
{
    return "          " + name + ":\n            type: oauth2\n            flows: {}\n"
           "            x-amazon-apigateway-authorizer:\n              type: jwt\n"
           "              identitySource: $request.header.Authorization\n"
           "              jwtConfiguration:\n                issuer: " + issuer.toUtf8() + "\n"
           "                audience: [" + audience + "]\n";
}

/// The test project: an HTTP API with three JWT authorizers (local identity provider in process, a JWKS file, the
/// provider over HTTP) and a REST API with a Cognito user pool authorizer.
QByteArray projectYaml(const QString &localIssuer, const QString &fetchedIssuer, const QString &jwksFile)
{
    return "gatehouse: 1\napis:\n"
           "  - id: http\n    protocol: http\n    definition:\n      openapi: 3.0.1\n      info: {title: H, version: '1'}\n"
           "      x-amazon-apigateway-importexport-version: '1.0'\n"
           "      components:\n        securitySchemes:\n"
        + jwtScheme("local", localIssuer, "api-aud, other-aud") + jwtScheme("file", QStringLiteral("https://issuer.example.com"), "file-aud")
        + jwtScheme("fetched", fetchedIssuer, "fetched-aud")
        + "      paths:\n" + route("/me", "local", "") + route("/read", "local", "read, admin") + route("/file", "file", "")
        + route("/fetched", "fetched", "")
        + "    stages:\n      - name: $default\n        autoDeploy: true\n"
          "  - id: rest\n    protocol: rest\n    definition:\n      openapi: 3.0.1\n      info: {title: R, version: '1'}\n"
          "      components:\n        securitySchemes:\n"
          "          pool:\n            type: apiKey\n            name: Authorization\n            in: header\n"
          "            x-amazon-apigateway-authtype: cognito_user_pools\n"
          "            x-amazon-apigateway-authorizer:\n              type: cognito_user_pools\n"
          "              providerARNs: [arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_TESTPOOL]\n"
          "      paths:\n" + route("/profile", "pool", "") + route("/orders", "pool", "orders/read")
        + "    stages:\n      - name: prod\n        deployment: d1\n    deployments:\n      - id: d1\n"
          "authorizerKeys:\n  - api: http\n    authorizer: file\n    jwksFile: " + jwksFile.toUtf8() + "\n"
          "functions:\n"
        + functionYaml(QStringLiteral("echo"), QStringLiteral("python3.11"), functionsDir() + QStringLiteral("/py-echo"),
                       QStringLiteral("app.handler"));
}

QByteArray base64Json(const QJsonObject &o)
{
    return auth::base64UrlEncode(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// The event the function received (py-echo answers it in its body).
QJsonObject echoedEvent(const RawResponse &r)
{
    return QJsonDocument::fromJson(r.body).object().value(QLatin1String("event")).toObject();
}

} // namespace

class tst_JwtAuth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void validTokenReachesTheFunction();
    void rejected_data();
    void rejected();
    void expiryFollowsTheClock();
    void jwksFile();
    void jwksFetchedFromTheLocalProviderOverHttp();
    void cognitoTokens_data();
    void cognitoTokens();
    void tokenVerbRoundTrip();

private:
    QJsonObject claims(const QString &iss, const QString &aud, const QString &sub = QStringLiteral("alice")) const;
    RawResponse http(const QByteArray &path, const QByteArray &token);
    RawResponse rest(const QByteArray &path, const QByteArray &token);
    ExchangeRecordPtr lastRecord();

    FakeClock m_clock{kStartMs};
    std::unique_ptr<GatewayEngine> m_engine;
    std::shared_ptr<RecordCollector> m_sink = std::make_shared<RecordCollector>();
    size_t m_requests = 0;
    QTemporaryDir m_dir;
    std::shared_ptr<auth::LocalIdentity> m_local;   ///< in process (never listens)
    std::shared_ptr<auth::LocalIdentity> m_served;  ///< served over HTTP
    std::unique_ptr<auth::IdentityServer> m_idp;
    auth::RsaSigningKey m_fileKey;
    auth::RsaSigningKey m_otherKey;
    quint16 m_port = 0;
};

void tst_JwtAuth::initTestCase()
{
    if (!haveRuntime("python3"))
        QSKIP("python3 is needed for the echo function (apt-get install python3)");
    QVERIFY(m_dir.isValid());
    m_local = std::make_shared<auth::LocalIdentity>();
    m_local->key = auth::RsaSigningKey::generate(QString());
    m_local->issuer = QStringLiteral("http://127.0.0.1:1");
    m_served = std::make_shared<auth::LocalIdentity>();
    m_served->key = auth::RsaSigningKey::generate(QString());
    m_idp = std::make_unique<auth::IdentityServer>(m_served, SystemClock::instance());
    QString error;
    QVERIFY2(m_idp->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_fileKey = auth::RsaSigningKey::generate(QStringLiteral("file-key"));
    m_otherKey = auth::RsaSigningKey::generate(QString());
    QVERIFY(!m_local->key.isNull() && !m_fileKey.isNull() && !m_otherKey.isNull());

    const QString jwks = m_dir.filePath(QStringLiteral("jwks.json"));
    QFile f(jwks);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{m_fileKey.publicJwk()}}}).toJson());
    f.close();

    const io::ProjectLoad l = io::readProject(doc::parse(projectYaml(m_local->issuer, m_served->issuer, jwks)).root,
                                              QStringLiteral("test.gatehouse.yaml"));
    for (const auto &d : l.diagnostics)
        qWarning("%s", qPrintable(d.format()));
    QVERIFY(l.project);
    CompileOptions options;
    options.identity = m_local;
    const CompileResult compiled = compileProject(*l.project, options);
    for (const FidelityItem &item : compiled.fidelity.items)
        QVERIFY2(!item.format().contains(QLatin1String("not run yet")), qPrintable(item.format()));
    bool poolReported = false;
    for (const FidelityItem &item : compiled.fidelity.items)
        poolReported |= item.format().contains(QLatin1String("local identity provider's key acts for it"));
    QVERIFY(poolReported);

    m_engine = std::make_unique<GatewayEngine>(&m_clock);
    m_engine->records().addSink(m_sink);
    m_engine->lambda().setLogDirectory(m_dir.filePath(QStringLiteral("logs")));
    m_engine->deploy(compiled.gateway);
    QVERIFY2(m_engine->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_port = m_engine->port();
}

void tst_JwtAuth::cleanupTestCase()
{
    if (m_engine)
        m_engine->stop();
    if (m_idp)
        m_idp->stop();
}

QJsonObject tst_JwtAuth::claims(const QString &iss, const QString &aud, const QString &sub) const
{
    const qint64 now = m_clock.epochMs() / 1000;
    QJsonObject c{{QStringLiteral("iss"), iss}, {QStringLiteral("sub"), sub}, {QStringLiteral("iat"), now},
                  {QStringLiteral("nbf"), now}, {QStringLiteral("exp"), now + 600}};
    if (!aud.isEmpty())
        c.insert(QStringLiteral("aud"), aud);
    return c;
}

RawResponse tst_JwtAuth::http(const QByteArray &path, const QByteArray &token)
{
    ++m_requests;
    return rawRequest(m_port, "GET " + path + " HTTP/1.1\r\nHost: http.execute-api.localhost\r\n"
                                  + (token.isNull() ? QByteArray() : "Authorization: " + token + "\r\n") + "\r\n",
                      30'000);
}

RawResponse tst_JwtAuth::rest(const QByteArray &path, const QByteArray &token)
{
    ++m_requests;
    return rawRequest(m_port, "GET /prod" + path + " HTTP/1.1\r\nHost: rest.execute-api.localhost\r\n"
                                  + (token.isNull() ? QByteArray() : "Authorization: " + token + "\r\n") + "\r\n",
                      30'000);
}

ExchangeRecordPtr tst_JwtAuth::lastRecord()
{
    const auto all = m_sink->waitForCount(m_engine->records(), m_requests, 10'000);
    if (all.size() < m_requests)
        return nullptr;
    // Workers publish records as they finish, in no set order: the newest request has the highest sequence number.
    return *std::max_element(all.begin(), all.end(),
                             [](const ExchangeRecordPtr &a, const ExchangeRecordPtr &b) { return a->sequence < b->sequence; });
}

void tst_JwtAuth::validTokenReachesTheFunction()
{
    QJsonObject c = claims(m_local->issuer, QStringLiteral("api-aud"));
    c.insert(QStringLiteral("scope"), QStringLiteral("read write"));
    c.insert(QStringLiteral("groups"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")});
    const QByteArray token = m_local->key.signJwt(c);
    RawResponse r = http("/read", "Bearer " + token);
    QCOMPARE(r.status, 200);
    const QJsonObject jwt = echoedEvent(r)[u"requestContext"][u"authorizer"][u"jwt"].toObject();
    QCOMPARE(jwt[u"claims"][u"sub"].toString(), QStringLiteral("alice"));
    QCOMPARE(jwt[u"claims"][u"exp"].toString(), QString::number(c[u"exp"].toInteger())); // HTTP APIs pass strings
    QCOMPARE(jwt[u"claims"][u"groups"].toString(), QStringLiteral("[a b]"));
    QCOMPARE(jwt[u"scopes"].toArray(), (QJsonArray{QStringLiteral("read"), QStringLiteral("write")}));

    const ExchangeRecordPtr record = lastRecord();
    QVERIFY(record && record->authorizer);
    const AuthorizerTrace &t = *record->authorizer;
    QCOMPARE(t.type, QStringLiteral("JWT"));
    QCOMPARE(t.decision, QStringLiteral("allow"));
    QCOMPARE(t.keyId, m_local->key.kid());
    QVERIFY2(t.keySource.contains(QLatin1String("local identity provider")), qPrintable(t.keySource));
    QCOMPARE(t.tokenHeader[u"alg"].toString(), QStringLiteral("RS256"));
    QVERIFY(t.failedCheck.isEmpty());
    QVERIFY2(t.checks.last().contains(QLatin1String("scope read")), qPrintable(t.checks.join(QLatin1Char('\n'))));
    for (const QString &line : t.checks)
        QVERIFY2(line.startsWith(QLatin1String("pass: ")), qPrintable(line));

    // Without "Bearer " the token is taken as it is; /me needs no scope.
    r = http("/me", token);
    QCOMPARE(r.status, 200);
}

void tst_JwtAuth::rejected_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("wwwAuthenticate");
    QTest::addColumn<QString>("failedCheck");

    const qint64 now = kStartMs / 1000; // the rows are built before any test advances the clock
    const auto sign = [&](const QJsonObject &c) { return QByteArray("Bearer " + m_local->key.signJwt(c)); };
    const QJsonObject good = claims(m_local->issuer, QStringLiteral("api-aud"));
    QJsonObject c = good;
    c[u"exp"] = now - 1;
    QTest::addRow("expired") << QByteArray("/me") << sign(c) << 401
                             << QByteArray("Bearer scope=\"\" error=\"invalid_token\" error_description=\"the token has expired\"")
                             << QStringLiteral("exp");
    c = good;
    c[u"nbf"] = now + 60;
    QTest::addRow("not yet valid") << QByteArray("/me") << sign(c) << 401
                                   << QByteArray("Bearer scope=\"\" error=\"invalid_token\" error_description=\"the token is not "
                                                 "valid yet\"")
                                   << QStringLiteral("nbf");
    c = good;
    c[u"iss"] = QStringLiteral("https://evil.example.com");
    QTest::addRow("wrong issuer") << QByteArray("/me") << sign(c) << 401
                                  << QByteArray("Bearer scope=\"\" error=\"invalid_token\" error_description=\"the token does not "
                                                "have a valid issuer\"")
                                  << QStringLiteral("iss");
    c = good;
    c[u"aud"] = QStringLiteral("someone-else");
    QTest::addRow("wrong audience") << QByteArray("/me") << sign(c) << 401
                                    << QByteArray("Bearer scope=\"\" error=\"invalid_token\" error_description=\"the token does "
                                                  "not have a valid audience\"")
                                    << QStringLiteral("aud");
    c = good;
    c.remove(QStringLiteral("aud"));
    c[u"client_id"] = QStringLiteral("other-aud");
    QTest::addRow("client_id counts without aud") << QByteArray("/me") << sign(c) << 200 << QByteArray() << QString();
    const QByteArray payload = QJsonDocument(good).toJson(QJsonDocument::Compact);
    QTest::addRow("bad signature")
        << QByteArray("/me")
        << "Bearer "
            + m_otherKey.signJws(QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("kid"), m_local->key.kid()}},
                                 payload)
        << 401
        << QByteArray("Bearer scope=\"\" error=\"invalid_token\" error_description=\"the token has an invalid signature\"")
        << QStringLiteral("signature");
    QTest::addRow("alg none")
        << QByteArray("/me") << "Bearer " + base64Json(QJsonObject{{QStringLiteral("alg"), QStringLiteral("none")}}) + "."
            + auth::base64UrlEncode(payload) + "."
        << 401
        << QByteArray("Bearer scope=\"\" error=\"invalid_token\" error_description=\"the token's signing algorithm is not "
                      "supported\"")
        << QStringLiteral("alg_none");
    QTest::addRow("not a JWT") << QByteArray("/me") << QByteArray("Bearer abc.def") << 401
                               << QByteArray("Bearer scope=\"\" error=\"invalid_token\" error_description=\"the token is malformed\"")
                               << QStringLiteral("format");
    QTest::addRow("missing token") << QByteArray("/me") << QByteArray() << 401 << QByteArray("Bearer") << QStringLiteral("identity");
    c = good;
    c[u"scope"] = QStringLiteral("write");
    QTest::addRow("missing scope") << QByteArray("/read") << sign(c) << 403
                                   << QByteArray("Bearer scope=\"read admin\" error=\"insufficient_scope\" "
                                                 "error_description=\"the token does not have the required scope\"")
                                   << QStringLiteral("scope");
    c[u"scp"] = QJsonArray{QStringLiteral("admin")};
    QTest::addRow("scp array grants a scope") << QByteArray("/read") << sign(c) << 200 << QByteArray() << QString();
}

void tst_JwtAuth::rejected()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, token);
    QFETCH(int, status);
    QFETCH(QByteArray, wwwAuthenticate);
    QFETCH(QString, failedCheck);
    const RawResponse r = http(path, token);
    QCOMPARE(r.status, status);
    const ExchangeRecordPtr record = lastRecord();
    QVERIFY(record && record->authorizer);
    QVERIFY2(record->authorizer->failedCheck == failedCheck, qPrintable(record->authorizer->checks.join(QLatin1Char('\n'))));
    if (status == 200)
        return;
    QCOMPARE(r.body, status == 401 ? QByteArray(R"({"message":"Unauthorized"})") : QByteArray(R"({"message":"Forbidden"})"));
    QCOMPARE(r.header("www-authenticate"), wwwAuthenticate);
    QVERIFY(record->authorizer->checks.last().startsWith(QLatin1String("fail: ")));
    QVERIFY(record->lambda.empty()); // the function never ran
}

void tst_JwtAuth::expiryFollowsTheClock()
{
    QJsonObject c = claims(m_local->issuer, QStringLiteral("api-aud"));
    const QByteArray token = "Bearer " + m_local->key.signJwt(c);
    QCOMPARE(http("/me", token).status, 200);
    m_clock.advanceMs(599'000);
    QCOMPARE(http("/me", token).status, 200);
    m_clock.advanceMs(2'000);
    const RawResponse r = http("/me", token);
    QCOMPARE(r.status, 401);
    const ExchangeRecordPtr record = lastRecord();
    QVERIFY(record && record->authorizer);
    QCOMPARE(record->authorizer->failedCheck, QStringLiteral("exp"));
    // The inspector says when it expired and what time it is now.
    QVERIFY2(record->authorizer->checks.last().contains(QLatin1String("(now ")), qPrintable(record->authorizer->checks.last()));
}

void tst_JwtAuth::jwksFile()
{
    const QByteArray token = "Bearer " + m_fileKey.signJwt(claims(QStringLiteral("https://issuer.example.com"), QStringLiteral("file-aud")));
    QCOMPARE(http("/file", token).status, 200);
    ExchangeRecordPtr record = lastRecord();
    QVERIFY(record && record->authorizer);
    QCOMPARE(record->authorizer->keyId, QStringLiteral("file-key"));
    QVERIFY2(record->authorizer->keySource.contains(QLatin1String("JWKS file")), qPrintable(record->authorizer->keySource));

    // A key the file does not hold is refused, naming the file.
    const QByteArray other = "Bearer " + m_otherKey.signJwt(claims(QStringLiteral("https://issuer.example.com"), QStringLiteral("file-aud")));
    QCOMPARE(http("/file", other).status, 401);
    record = lastRecord();
    QVERIFY(record && record->authorizer);
    QCOMPARE(record->authorizer->failedCheck, QStringLiteral("key")); // no key with that kid
    QVERIFY2(record->authorizer->checks.last().contains(QLatin1String("JWKS file")), qPrintable(record->authorizer->checks.last()));
}

void tst_JwtAuth::jwksFetchedFromTheLocalProviderOverHttp()
{
    const QByteArray token = "Bearer " + m_served->key.signJwt(claims(m_served->issuer, QStringLiteral("fetched-aud")));
    RawResponse r = http("/fetched", token);
    QCOMPARE(r.status, 200);
    ExchangeRecordPtr record = lastRecord();
    QVERIFY(record && record->authorizer);
    QVERIFY2(record->authorizer->keySource.startsWith(m_served->issuer + QStringLiteral("/.well-known/jwks.json")),
             qPrintable(record->authorizer->keySource));
    bool fetched = false;
    for (const StepSpan &s : record->steps)
        fetched |= s.name == QLatin1String("authorizer");
    QVERIFY(fetched);

    // The second request uses the cached keys, even with the provider gone.
    m_idp->stop();
    r = http("/fetched", token);
    QCOMPARE(r.status, 200);

    // A token from another key: the kid is unknown, a refetch is attempted (and fails: the provider stopped).
    m_clock.advanceMs(31'000);
    const QByteArray other = "Bearer " + m_otherKey.signJwt(claims(m_served->issuer, QStringLiteral("fetched-aud")));
    r = http("/fetched", other);
    QCOMPARE(r.status, 401);
    record = lastRecord();
    QVERIFY(record && record->authorizer);
    QCOMPARE(record->authorizer->failedCheck, QStringLiteral("key")); // no key with that kid
    QVERIFY2(record->authorizer->checks.join(QLatin1Char('\n')).contains(QLatin1String("last key refresh failed")),
             qPrintable(record->authorizer->checks.join(QLatin1Char('\n'))));
}

void tst_JwtAuth::cognitoTokens_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QJsonObject>("extra");
    QTest::addColumn<QString>("iss");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("failedCheck");

    QTest::addRow("id token") << QByteArray("/profile")
                              << QJsonObject{{QStringLiteral("token_use"), QStringLiteral("id")},
                                             {QStringLiteral("aud"), QStringLiteral("client1")},
                                             {QStringLiteral("email"), QStringLiteral("alice@example.com")}}
                              << kPool << 200 << QString();
    QTest::addRow("access token") << QByteArray("/profile")
                                  << QJsonObject{{QStringLiteral("token_use"), QStringLiteral("access")},
                                                 {QStringLiteral("client_id"), QStringLiteral("client1")}}
                                  << kPool << 200 << QString();
    QTest::addRow("access token with the method's scope")
        << QByteArray("/orders")
        << QJsonObject{{QStringLiteral("token_use"), QStringLiteral("access")},
                       {QStringLiteral("client_id"), QStringLiteral("client1")},
                       {QStringLiteral("scope"), QStringLiteral("openid orders/read")}}
        << kPool << 200 << QString();
    QTest::addRow("access token without the method's scope")
        << QByteArray("/orders")
        << QJsonObject{{QStringLiteral("token_use"), QStringLiteral("access")},
                       {QStringLiteral("client_id"), QStringLiteral("client1")},
                       {QStringLiteral("scope"), QStringLiteral("openid")}}
        << kPool << 401 << QStringLiteral("scope");
    QTest::addRow("id token where scopes are required")
        << QByteArray("/orders")
        << QJsonObject{{QStringLiteral("token_use"), QStringLiteral("id")}, {QStringLiteral("aud"), QStringLiteral("client1")}}
        << kPool << 401 << QStringLiteral("scope");
    QTest::addRow("no token_use") << QByteArray("/profile") << QJsonObject{{QStringLiteral("aud"), QStringLiteral("client1")}}
                                  << kPool << 401 << QStringLiteral("token_use");
    QTest::addRow("another pool") << QByteArray("/profile")
                                  << QJsonObject{{QStringLiteral("token_use"), QStringLiteral("id")},
                                                 {QStringLiteral("aud"), QStringLiteral("client1")}}
                                  << QStringLiteral("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_OTHER") << 401
                                  << QStringLiteral("iss");
}

void tst_JwtAuth::cognitoTokens()
{
    QFETCH(QByteArray, path);
    QFETCH(QJsonObject, extra);
    QFETCH(QString, iss);
    QFETCH(int, status);
    QFETCH(QString, failedCheck);
    QJsonObject c = claims(iss, QString());
    for (auto it = extra.begin(); it != extra.end(); ++it)
        c.insert(it.key(), it.value());
    const RawResponse r = rest(path, m_local->key.signJwt(c));
    QCOMPARE(r.status, status);
    const ExchangeRecordPtr record = lastRecord();
    QVERIFY(record && record->authorizer);
    QCOMPARE(record->authorizer->type, QStringLiteral("COGNITO_USER_POOLS"));
    QCOMPARE(record->authorizer->failedCheck, failedCheck);
    if (status != 200) {
        QCOMPARE(r.body, QByteArray(R"({"message":"Unauthorized"})"));
        QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("UnauthorizedException"));
        QVERIFY(r.header("www-authenticate").isNull()); // REST APIs do not send it
        return;
    }
    const QJsonObject authorizer = echoedEvent(r)[u"requestContext"][u"authorizer"].toObject();
    QCOMPARE(authorizer[u"claims"][u"sub"].toString(), QStringLiteral("alice"));
    QCOMPARE(authorizer[u"claims"][u"token_use"].toString(), extra[u"token_use"].toString());
    // REST writes exp as a date.
    QVERIFY2(authorizer[u"claims"][u"exp"].toString().endsWith(QLatin1String(" UTC 2027")),
             qPrintable(authorizer[u"claims"][u"exp"].toString()));
    QVERIFY2(record->authorizer->keySource.contains(QLatin1String("acting for user pool")), qPrintable(record->authorizer->keySource));
}

void tst_JwtAuth::tokenVerbRoundTrip()
{
    const QString file = m_dir.filePath(QStringLiteral("roundtrip.gatehouse.yaml"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    // Two free ports for the gateway and its identity provider, written into the project (the issuer names the
    // provider's port). A test running alongside can take a port found free before serve binds it; serve then cannot
    // listen, and two other ports are tried.
    quint16 ports[2] = {0, 0};
    QString issuer;
    QProcess serve;
    serve.setProcessEnvironment(env);
    QString out;
    for (int attempt = 0; attempt < 3 && !out.contains(QLatin1String("Identity provider")); ++attempt) {
        {
            QTcpServer a, b;
            QVERIFY(a.listen(QHostAddress::LocalHost, 0) && b.listen(QHostAddress::LocalHost, 0));
            ports[0] = a.serverPort();
            ports[1] = b.serverPort();
        }
        issuer = auth::localIssuer(ports[1]);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(projectYaml(issuer, QStringLiteral("https://unused.example.com"), m_dir.filePath(QStringLiteral("jwks.json"))));
        f.close();
        serve.start(gatehouseBinary(), {QStringLiteral("serve"), file, QStringLiteral("--port"), QString::number(ports[0]),
                                        QStringLiteral("--idp-port"), QString::number(ports[1])});
        out.clear();
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15'000 && !out.contains(QLatin1String("Identity provider"))) {
            serve.waitForReadyRead(200);
            out += QString::fromUtf8(serve.readAllStandardOutput());
            if (serve.state() == QProcess::NotRunning)
                break;
        }
        if (!out.contains(QLatin1String("Identity provider"))) {
            serve.kill();
            serve.waitForFinished(5'000);
        }
    }
    QVERIFY2(out.contains(QStringLiteral("Identity provider %1").arg(issuer)), qPrintable(out + serve.readAllStandardError()));

    const auto token = [&](const QStringList &args) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(gatehouseBinary(), QStringList{QStringLiteral("token"), file, QStringLiteral("--port"), QString::number(ports[0])} + args);
        p.waitForFinished(20'000);
        const QByteArray printed = p.readAllStandardOutput();
        if (p.exitCode() != 0)
            qWarning("gatehouse token: %s", p.readAllStandardError().constData());
        return printed;
    };
    const QByteArray plain = token({});
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\n$")).match(QString::fromLatin1(plain)).hasMatch(),
             plain.constData());
    const QByteArray scoped = token({QStringLiteral("--sub"), QStringLiteral("bob"), QStringLiteral("--scope"), QStringLiteral("read"),
                                     QStringLiteral("--claim"), QStringLiteral("level=3"), QStringLiteral("--claim"),
                                     QStringLiteral("admin=true")})
                                  .trimmed();
    const QByteArray expired = token({QStringLiteral("--ttl"), QStringLiteral("-5")}).trimmed();
    const QByteArray otherAud = token({QStringLiteral("--aud"), QStringLiteral("nobody")}).trimmed();
    const QByteArray payload = *auth::base64UrlDecode(scoped.split('.').value(1));
    const QJsonObject c = QJsonDocument::fromJson(payload).object();
    QCOMPARE(c[u"iss"].toString(), issuer);
    QCOMPARE(c[u"aud"].toString(), QStringLiteral("api-aud"));
    QCOMPARE(c[u"sub"].toString(), QStringLiteral("bob"));
    QCOMPARE(c[u"scope"].toString(), QStringLiteral("read"));
    QCOMPARE(c[u"level"], QJsonValue(3));
    QCOMPARE(c[u"admin"], QJsonValue(true));
    QCOMPARE(c[u"exp"].toInteger() - c[u"iat"].toInteger(), 3600);
    QVERIFY(!c[u"jti"].toString().isEmpty());

    const auto get = [&](const QByteArray &host, const QByteArray &target, const QByteArray &tok) {
        return rawRequest(ports[0], "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " + tok + "\r\n\r\n",
                          30'000);
    };
    QCOMPARE(get("http.execute-api.localhost", "/me", plain.trimmed()).status, 200);
    RawResponse r = get("http.execute-api.localhost", "/read", scoped);
    QCOMPARE(r.status, 200);
    QCOMPARE(echoedEvent(r)[u"requestContext"][u"authorizer"][u"jwt"][u"claims"][u"sub"].toString(), QStringLiteral("bob"));
    QCOMPARE(get("http.execute-api.localhost", "/read", plain.trimmed()).status, 403);
    r = get("http.execute-api.localhost", "/me", expired);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.header("www-authenticate"), QByteArray(R"(Bearer scope="" error="invalid_token" error_description="the token has expired")"));
    QCOMPARE(get("http.execute-api.localhost", "/me", otherAud).status, 401);
    // The REST API's Cognito pool is verified with the same key; `--claim token_use` picks the kind of token.
    // (The first authorizer of the file is the HTTP API's, so iss is set by hand here.)
    const QByteArray cognito = token({QStringLiteral("--claim"), QStringLiteral("iss=") + kPool, QStringLiteral("--claim"),
                                      QStringLiteral("token_use=id")})
                                   .trimmed();
    QCOMPARE(get("rest.execute-api.localhost", "/prod/profile", cognito).status, 200);

    // The served discovery document and JWKS.
    r = rawRequest(ports[1], getRequest("/.well-known/openid-configuration"));
    QCOMPARE(r.status, 200);
    QCOMPARE(QJsonDocument::fromJson(r.body).object()[u"jwks_uri"].toString(), issuer + QStringLiteral("/.well-known/jwks.json"));
    r = rawRequest(ports[1], getRequest("/.well-known/jwks.json"));
    QCOMPARE(r.status, 200);
    const QJsonObject jwk = QJsonDocument::fromJson(r.body).object()[u"keys"].toArray().first().toObject();
    QCOMPARE(jwk[u"kty"].toString(), QStringLiteral("RSA"));
    QVERIFY(!jwk.contains(QLatin1String("d")));

    ::kill(pid_t(serve.processId()), SIGTERM);
    QVERIFY(serve.waitForFinished(10'000));

    // The key is stored once, readable by the owner only.
    const QDir identityDir(m_dir.filePath(QStringLiteral("data/gatehouse/identity")));
    const QFileInfoList keys = identityDir.entryInfoList({QStringLiteral("*.pem")});
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
}

QTEST_GUILESS_MAIN(tst_JwtAuth)
#include "tst_jwtauth.moc"
