// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets stay out of what Gatehouse writes for sharing: a project with an API key value, IAM secrets (one with a
// session token) and a local identity provider is exported in every format, served with --trace, --access-log and
// --har while requests carry an API key, SigV4 signatures (header and presigned URL), a session token, a JWT and
// cookies; then every file written is searched for every secret. --har-include-secrets puts them back, which also
// shows the search finds them when they are there.
#include "rawhttp.h"
#include "serveprocess.h"
#include "testsupport.h"

#include "auth/sigv4.h"
#include "observe/accesslog.h"
#include "observe/redaction.h"
#include "io/harwriter.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace gw;
using namespace gw::test;

namespace {

constexpr char kApiKey[] = "APIKEYVALUE-alice-0123456789secret";
constexpr char kIamSecret[] = "IAMSECRETKEY/wJalrXUtnFEMI+K7MDENG";
constexpr char kTempSecret[] = "TEMPSECRETKEY/bPxRfiCY+EXAMPLE";
constexpr char kSessionToken[] = "SESSIONTOKENSECRET-FwoGZXIvYXdz";
constexpr char kRequestCookie[] = "REQUESTCOOKIESECRET7";
constexpr char kResponseCookie[] = "SETCOOKIESECRET42";

const QByteArray kProject = R"(gatehouse: 1
name: secrets
apis:
  - id: vault
    protocol: rest
    definition:
      openapi: 3.0.1
      info: {title: vault, version: '1'}
      components:
        securitySchemes:
          api_key: {type: apiKey, name: x-api-key, in: header}
          pool:
            type: apiKey
            name: Authorization
            in: header
            x-amazon-apigateway-authtype: cognito_user_pools
            x-amazon-apigateway-authorizer:
              type: cognito_user_pools
              providerARNs: [arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_SECRETPOOL]
      paths:
        /keyed:
          get:
            security: [{api_key: []}]
            responses:
              '200':
                description: ok
                headers: {Set-Cookie: {schema: {type: string}}}
            x-amazon-apigateway-integration:
              type: mock
              requestTemplates: {application/json: '{"statusCode": 200}'}
              responses:
                default:
                  statusCode: '200'
                  responseParameters: {method.response.header.Set-Cookie: "'session=SETCOOKIESECRET42; Path=/; HttpOnly'"}
        /iam:
          get:
            x-amazon-apigateway-auth: {type: AWS_IAM}
            x-amazon-apigateway-integration:
              type: mock
              requestTemplates: {application/json: '{"statusCode": 200}'}
              responses: {default: {statusCode: '200'}}
        /profile:
          get:
            security: [{pool: []}]
            x-amazon-apigateway-integration:
              type: mock
              requestTemplates: {application/json: '{"statusCode": 200}'}
              responses: {default: {statusCode: '200'}}
    stages:
      - name: prod
        deployment: d1
    deployments:
      - id: d1
usagePlans:
  - name: basic
    throttle: {rateLimit: 100, burstLimit: 200}
    apiStages:
      - {api: vault, stage: prod}
apiKeys:
  - name: alice
    value: APIKEYVALUE-alice-0123456789secret
    usagePlans: [basic]
credentials:
  - accessKeyId: AKIASECRETSTEST0001
    secretAccessKey: IAMSECRETKEY/wJalrXUtnFEMI+K7MDENG
  - accessKeyId: ASIASECRETSTEST0002
    secretAccessKey: TEMPSECRETKEY/bPxRfiCY+EXAMPLE
    sessionToken: SESSIONTOKENSECRET-FwoGZXIvYXdz
awsCredentialFiles: false
)";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &args)
{
    QProcess p;
    p.start(gatehouseBinary(), args);
    p.waitForFinished(30'000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

/// A secret and the name the failure message gives it.
struct Secret
{
    QByteArray name;
    QByteArray value;
};

/// The secrets of `haystack` by name; empty when there are none.
QByteArrayList leaked(const QByteArray &haystack, const QList<Secret> &secrets)
{
    QByteArrayList out;
    for (const Secret &s : secrets) {
        // Also as JSON writes it ('/' is never escaped by QJsonDocument, but '+' and '/' survive either way).
        if (!s.value.isEmpty() && haystack.contains(s.value))
            out.append(s.name);
    }
    return out;
}

} // namespace

class tst_Secrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void redactQuery_data();
    void redactQuery();
    void maskSecret_data();
    void maskSecret();
    void accessLogMasksTheApiKey();
    void harEntrySanitizes();

    void exportsCarryNoSecrets_data();
    void exportsCarryNoSecrets();
    void serveWritesNoSecrets();

private:
    /// Every request the served test sends; returns the secrets that went over the wire besides the fixed ones.
    QList<Secret> sendSecretRequests(quint16 port);

    QTemporaryDir m_dir;
    QString m_project;
    QByteArray m_privateKeyPiece; ///< a line from the middle of the local identity provider's PEM
};

void tst_Secrets::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The local identity provider's key goes to this test's own data folder; nothing from ~/.aws.
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    qputenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials");
    qputenv("AWS_CONFIG_FILE", "/nonexistent/config");
    qunsetenv("AWS_ACCESS_KEY_ID");
    m_project = m_dir.filePath(QStringLiteral("secrets.gatehouse.yaml"));
    QFile f(m_project);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kProject);
    f.close();

    // `gatehouse token` makes the provider's key on first use; its PEM is a secret too.
    const Run token = run({QStringLiteral("token"), m_project});
    QVERIFY2(token.exitCode == 0, token.err.constData());
    QDirIterator it(m_dir.filePath(QStringLiteral("data/gatehouse/identity")), {QStringLiteral("*.pem")}, QDir::Files);
    QVERIFY2(it.hasNext(), "the local identity provider wrote no key");
    const QByteArrayList lines = readAll(it.next()).split('\n');
    QVERIFY(lines.size() > 10);
    QVERIFY(lines.first().contains("PRIVATE KEY"));
    m_privateKeyPiece = lines.value(lines.size() / 2).trimmed();
    QCOMPARE(m_privateKeyPiece.size(), 64);
}

void tst_Secrets::redactQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::addRow("nothing secret") << "a=1&b=2" << "a=1&b=2";
    QTest::addRow("empty") << "" << "";
    QTest::addRow("presigned")
        << "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKID%2F20240101%2Fus-east-1%2Fexecute-api%2Faws4_request"
           "&X-Amz-Date=20240101T000000Z&X-Amz-SignedHeaders=host&X-Amz-Signature=0123abcd&q=x"
        << "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=REDACTED&X-Amz-Date=20240101T000000Z"
           "&X-Amz-SignedHeaders=host&X-Amz-Signature=REDACTED&q=x";
    QTest::addRow("session token, any case") << "x-amz-security-token=abc&X-AMZ-SIGNATURE=def"
                                             << "x-amz-security-token=REDACTED&X-AMZ-SIGNATURE=REDACTED";
    QTest::addRow("percent-encoded name") << "X-Amz-%53ignature=abc" << "X-Amz-%53ignature=REDACTED";
    QTest::addRow("api key in the query") << "x-api-key=abc&page=2" << "x-api-key=REDACTED&page=2";
    QTest::addRow("no value") << "X-Amz-Signature&a" << "X-Amz-Signature&a";
}

void tst_Secrets::redactQuery()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    QCOMPARE(gw::redactQuery(query), expected);
}

void tst_Secrets::maskSecret_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::addRow("empty") << "" << "";
    QTest::addRow("short") << "abc" << "****";
    QTest::addRow("seven") << "abcdefg" << "****";
    QTest::addRow("eight") << "abcdefgh" << "****efgh";
    QTest::addRow("api key") << QString::fromLatin1(kApiKey) << "****cret";
}

void tst_Secrets::maskSecret()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(gw::maskSecret(value), expected);
}

void tst_Secrets::accessLogMasksTheApiKey()
{
    ExchangeRecord r;
    r.method = QStringLiteral("GET");
    auto traffic = std::make_shared<TrafficTrace>();
    traffic->apiKey = QString::fromLatin1(kApiKey);
    traffic->apiKeyId = QStringLiteral("abcdef1234");
    r.traffic = traffic;
    QCOMPARE(renderAccessLog(QStringLiteral("$context.identity.apiKey $context.identity.apiKeyId $context.httpMethod"), r),
             QStringLiteral("****cret abcdef1234 GET"));
    r.traffic.reset();
    QCOMPARE(renderAccessLog(QStringLiteral("$context.identity.apiKey"), r), QStringLiteral("-"));
}

void tst_Secrets::harEntrySanitizes()
{
    ExchangeRecord r;
    r.method = QStringLiteral("GET");
    r.path = QStringLiteral("/prod/pets");
    r.query = QStringLiteral("page=2&X-Amz-Signature=deadbeef");
    r.status = 200;
    r.requestHeaders.append("Host", "127.0.0.1");
    r.requestHeaders.append("Authorization", "Bearer tok.en.sig");
    r.requestHeaders.append("COOKIE", "a=1; b=2");
    r.requestHeaders.append("x-api-key", kApiKey);
    r.requestHeaders.append("X-Amz-Security-Token", kSessionToken);
    r.requestHeaders.append("Accept", "application/json");
    r.responseHeaders.append("Set-Cookie", "sid=s3cr3t; Path=/; HttpOnly");
    r.responseHeaders.append("Content-Type", "application/json");

    const QJsonObject sanitized = io::harEntry(r, QStringLiteral("127.0.0.1"));
    const QByteArray text = QJsonDocument(sanitized).toJson(QJsonDocument::Compact);
    for (const char *secret : {"tok.en.sig", "a=1", "b=2", kApiKey, kSessionToken, "s3cr3t", "deadbeef"})
        QVERIFY2(!text.contains(secret), secret);
    const QJsonObject request = sanitized[u"request"].toObject();
    QCOMPARE(request[u"url"].toString(), QStringLiteral("http://127.0.0.1/prod/pets?page=2&X-Amz-Signature=REDACTED"));
    QStringList requestHeaders;
    for (const QJsonValue &h : request[u"headers"].toArray())
        requestHeaders.append(h[u"name"].toString() + u'=' + h[u"value"].toString());
    QCOMPARE(requestHeaders, (QStringList {"Host=127.0.0.1", "Authorization=REDACTED", "COOKIE=REDACTED",
                                           "x-api-key=REDACTED", "X-Amz-Security-Token=REDACTED",
                                           "Accept=application/json"}));
    QCOMPARE(request[u"cookies"].toArray().size(), 2); // names stay
    QCOMPARE(request[u"cookies"][0][u"name"].toString(), QStringLiteral("a"));
    QCOMPARE(request[u"cookies"][0][u"value"].toString(), QStringLiteral("REDACTED"));
    const QJsonObject response = sanitized[u"response"].toObject();
    QCOMPARE(response[u"cookies"][0][u"value"].toString(), QStringLiteral("REDACTED"));
    QCOMPARE(response[u"cookies"][0][u"httpOnly"].toBool(), true);
    QCOMPARE(sanitized[u"_gatehouse"][u"query"].toString(), QStringLiteral("page=2&X-Amz-Signature=REDACTED"));

    // Asked for: everything as sent.
    const QByteArray full
        = QJsonDocument(io::harEntry(r, QStringLiteral("127.0.0.1"), nullptr, true)).toJson(QJsonDocument::Compact);
    for (const char *secret : {"tok.en.sig", "a=1; b=2", kApiKey, kSessionToken, "s3cr3t", "X-Amz-Signature=deadbeef"})
        QVERIFY2(full.contains(secret), secret);
}

void tst_Secrets::exportsCarryNoSecrets_data()
{
    QTest::addColumn<QStringList>("args");
    for (const char *format : {"oas30", "swagger", "sam", "cloudformation", "terraform"}) {
        QTest::addRow("%s yaml", format) << QStringList {QStringLiteral("--format"), QLatin1String(format)};
        if (QByteArrayView(format) != "terraform")
            QTest::addRow("%s json", format)
                << QStringList {QStringLiteral("--format"), QLatin1String(format), QStringLiteral("--json")};
    }
}

void tst_Secrets::exportsCarryNoSecrets()
{
    QFETCH(QStringList, args);
    const QString out = m_dir.filePath(QStringLiteral("export.out"));
    QFile::remove(out);
    const Run r = run(QStringList {QStringLiteral("export"), m_project, QStringLiteral("-o"), out} + args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray written = readAll(out);
    QVERIFY(written.contains("vault") || written.contains("Vault")); // it is the export, not an empty file
    const QList<Secret> secrets = {{"API key value", kApiKey},           {"IAM secret", kIamSecret},
                                   {"temporary IAM secret", kTempSecret}, {"session token", kSessionToken},
                                   {"identity provider key", m_privateKeyPiece}};
    QCOMPARE(leaked(written, secrets), QByteArrayList());
    QCOMPARE(leaked(r.err + r.out, secrets), QByteArrayList()); // warnings name parameters, never values
    // The key value's place is taken by a parameter or variable (SAM, CloudFormation, Terraform).
    if (args.contains(QLatin1String("sam")) || args.contains(QLatin1String("cloudformation")))
        QVERIFY2(written.contains("AliceApiKeyValue"), written.constData());
    if (args.contains(QLatin1String("terraform")))
        QVERIFY2(written.contains("api_key_alice_value"), written.constData());
}

QList<Secret> tst_Secrets::sendSecretRequests(quint16 port)
{
    QList<Secret> sent;
    const QByteArray host = "vault.execute-api.localhost";
    // API key, with a request cookie; the response sets one.
    RawResponse keyed = rawRequest(port, "GET /prod/keyed HTTP/1.1\r\nHost: " + host + "\r\nx-api-key: " + kApiKey
                                             + "\r\nCookie: theme=dark; session=" + kRequestCookie + "\r\n\r\n");
    if (keyed.status != 200 || !keyed.header("set-cookie").contains(kResponseCookie))
        qWarning("keyed: %s", keyed.statusLine.constData());

    // SigV4, header form with a session token, and the presigned-URL form.
    const auto sign = [&](const char *keyId, const char *secret, const char *token, bool presign) {
        auth::SigV4Request req;
        req.method = "GET";
        req.path = "/prod/iam";
        req.headers.emplaceBack(QByteArray("Host"), host);
        auth::SigV4SigningOptions o;
        o.nowEpochSeconds = QDateTime::currentSecsSinceEpoch();
        o.presign = presign;
        return auth::signSigV4(req, {QLatin1String(keyId), QLatin1String(secret), QLatin1String(token), {}}, o);
    };
    const auth::SigV4SignedRequest header = sign("ASIASECRETSTEST0002", kTempSecret, kSessionToken, false);
    QByteArray wire = "GET /prod/iam HTTP/1.1\r\n";
    for (const auto &[name, value] : header.request.headers)
        wire += name + ": " + value + "\r\n";
    const RawResponse signedResponse = rawRequest(port, wire + "\r\n");
    if (signedResponse.status != 200)
        qWarning("signed: %s %s", signedResponse.statusLine.constData(), signedResponse.body.constData());
    sent.append({"SigV4 header signature", header.signature});

    const auth::SigV4SignedRequest presigned = sign("AKIASECRETSTEST0001", kIamSecret, "", true);
    const RawResponse presignedResponse = rawRequest(
        port, "GET /prod/iam?" + presigned.request.query + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
    if (presignedResponse.status != 200)
        qWarning("presigned: %s %s", presignedResponse.statusLine.constData(), presignedResponse.body.constData());
    sent.append({"presigned signature", presigned.signature});

    // A JWT from the local identity provider, for the Cognito pool.
    const Run token = run({QStringLiteral("token"), m_project, QStringLiteral("--claim"),
                           QStringLiteral("iss=https://cognito-idp.us-east-1.amazonaws.com/us-east-1_SECRETPOOL"),
                           QStringLiteral("--claim"), QStringLiteral("token_use=id")});
    const QByteArray jwt = token.out.trimmed();
    const RawResponse profile
        = rawRequest(port, "GET /prod/profile HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " + jwt + "\r\n\r\n");
    if (profile.status != 200)
        qWarning("profile: %s %s", profile.statusLine.constData(), profile.body.constData());
    sent.append({"JWT", jwt});
    sent.append({"JWT signature", jwt.mid(jwt.lastIndexOf('.') + 1)});
    // The statuses are part of the test: each secret was accepted, so it went all the way through the pipeline.
    sent.append({"statuses", QByteArray::number(keyed.status) + ' ' + QByteArray::number(signedResponse.status) + ' '
                                 + QByteArray::number(presignedResponse.status) + ' '
                                 + QByteArray::number(profile.status)});
    return sent;
}

void tst_Secrets::serveWritesNoSecrets()
{
    const QString trace = m_dir.filePath(QStringLiteral("trace.jsonl"));
    const QString access = m_dir.filePath(QStringLiteral("access.log"));
    const QString har = m_dir.filePath(QStringLiteral("session.har"));
    QList<Secret> wire;
    {
        ServeProcess server({m_project, QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--idp-port"),
                             QStringLiteral("0"), QStringLiteral("--trace"), trace, QStringLiteral("--access-log"),
                             access, QStringLiteral("--har"), har});
        QVERIFY2(server.port, qPrintable(server.err()));
        wire = sendSecretRequests(server.port);
        QCOMPARE(server.stop(), 0);
        QCOMPARE(wire.takeLast().value, QByteArray("200 200 200 200"));
        QCOMPARE(leaked(server.out().toUtf8() + server.err().toUtf8(),
                        {{"API key value", kApiKey}, {"IAM secret", kIamSecret}}),
                 QByteArrayList());
    }
    const QList<Secret> secrets = QList<Secret> {{"API key value", kApiKey},
                                                 {"IAM secret", kIamSecret},
                                                 {"temporary IAM secret", kTempSecret},
                                                 {"session token", kSessionToken},
                                                 {"request cookie", kRequestCookie},
                                                 {"response cookie", kResponseCookie},
                                                 {"identity provider key", m_privateKeyPiece}}
        + wire;
    for (const QString &file : {trace, access, har}) {
        const QByteArray text = readAll(file);
        QVERIFY2(text.size() > 100, qPrintable(file));
        QVERIFY2(leaked(text, secrets).isEmpty(),
                 qPrintable(file + QStringLiteral(" holds: ") + QString::fromLatin1(leaked(text, secrets).join(", "))));
    }
    // The HAR still says what was sent, without the values.
    const QJsonObject log = QJsonDocument::fromJson(readAll(har)).object()[u"log"].toObject();
    QCOMPARE(log[u"entries"].toArray().size(), 4);
    QByteArrayList redactedHeaders;
    for (const QJsonValue &entry : log[u"entries"].toArray()) {
        for (const QJsonValue &h : entry[u"request"][u"headers"].toArray()) {
            if (h[u"value"].toString() == kRedacted)
                redactedHeaders.append(h[u"name"].toString().toLower().toLatin1());
        }
    }
    for (const QByteArray name : {"x-api-key", "cookie", "authorization", "x-amz-security-token"})
        QVERIFY2(redactedHeaders.contains(name), name.constData());

    // --har-include-secrets writes them as sent: the same search finds them then.
    const QString fullHar = m_dir.filePath(QStringLiteral("full.har"));
    {
        ServeProcess server({m_project, QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--idp-port"),
                             QStringLiteral("0"), QStringLiteral("--har"), fullHar,
                             QStringLiteral("--har-include-secrets")});
        QVERIFY2(server.port, qPrintable(server.err()));
        wire = sendSecretRequests(server.port);
        QCOMPARE(server.stop(), 0);
        QVERIFY2(server.err().contains(QLatin1String("do not share it")), qPrintable(server.err()));
        QCOMPARE(wire.takeLast().value, QByteArray("200 200 200 200"));
    }
    const QByteArray full = readAll(fullHar);
    const QByteArrayList found = leaked(full, QList<Secret> {{"API key value", kApiKey},
                                                             {"session token", kSessionToken},
                                                             {"request cookie", kRequestCookie},
                                                             {"response cookie", kResponseCookie}}
                                                  + wire);
    QCOMPARE(found.size(), 4 + wire.size());
    // Never the secrets that are not on the wire at all.
    QCOMPARE(leaked(full, {{"IAM secret", kIamSecret}, {"identity provider key", m_privateKeyPiece}}), QByteArrayList());

    // `gatehouse --help` says what is left out and how to ask for it.
    const Run help = run({QStringLiteral("--help")});
    QVERIFY(help.out.contains("--har-include-secrets") && help.out.contains("REDACTED") && help.out.contains("****"));

    // The flag without a HAR file is a usage error.
    const Run r = run({QStringLiteral("serve"), m_project, QStringLiteral("--har-include-secrets")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--har FILE"), r.err.constData());
}

QTEST_GUILESS_MAIN(tst_Secrets)
#include "tst_secrets.moc"
