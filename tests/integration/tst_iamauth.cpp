// SPDX-License-Identifier: GPL-3.0-or-later
// AWS_IAM (Signature Version 4) and resource policies over real sockets on a fake clock: signed requests in both
// forms reach the integration with $context.identity filled in; unsigned, tampered, unknown-key, skewed and
// session-token failures get AWS's statuses, bodies and x-amzn-ErrorType; requests signed by botocore are accepted
// and the same requests tampered with are refused; resource policies allow and deny by resource, principal and
// source IP, in AWS's order with IAM.
#include "rawhttp.h"
#include "recordcollector.h"
#include "testsupport.h"

#include "auth/sigv4.h"
#include "common/clock.h"
#include "doc/docio.h"
#include "engine/compiler.h"
#include "engine/gatewayengine.h"
#include "io/projectfile.h"
#include "observe/contextvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace gw;
using namespace gw::test;

namespace {

const QString kAlice = QStringLiteral("AKIDEXAMPLE");
const QString kAliceSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
const QString kTemp = QStringLiteral("ASIATEMPEXAMPLE");
const QString kTempSecret = QStringLiteral("temp/secret+key");
const QString kTempToken = QStringLiteral("FwoGZXIvYXdzEXAMPLE//token+/=");
const QString kBob = QStringLiteral("AKIABOBOTHERACCOUNT");
const QString kBobSecret = QStringLiteral("bob-secret");
const qint64 kNow = 1440938160; // 2015-08-30T12:36:00Z, the time botocore_sign.py signs at

QByteArray mock(const QByteArray &extraHeaders = {})
{
    return "            x-amazon-apigateway-integration:\n"
           "              type: mock\n"
           "              requestTemplates: {application/json: '{\"statusCode\": 200}'}\n"
           "              responses:\n"
           "                default:\n"
           "                  statusCode: '200'\n"
           "                  responseParameters:\n"
           "                    method.response.header.x-access-key: context.identity.accessKey\n"
           "                    method.response.header.x-caller: context.identity.caller\n"
           "                    method.response.header.x-user: context.identity.user\n"
           "                    method.response.header.x-user-arn: context.identity.userArn\n"
           "                    method.response.header.x-account: context.identity.accountId\n"
        + extraHeaders + "                  responseTemplates: {application/json: '{\"ok\": true}'}\n";
}

/// A REST API `iam`: GET /pets (x-amazon-apigateway-auth), ANY /{proxy+} (an awsSigv4 security scheme), GET /open
/// (no authorization). `policy` is a YAML x-amazon-apigateway-policy body (indented under it), or empty.
QByteArray projectYaml(const QByteArray &policy = {})
{
    QByteArray yaml = "gatehouse: 1\nawsCredentialFiles: false\ncredentials:\n"
                      "  - {accessKeyId: " + kAlice.toLatin1() + ", secretAccessKey: " + kAliceSecret.toLatin1()
        + ", user: AIDAALICE, arn: 'arn:aws:iam::123456789012:user/alice'}\n"
          "  - {accessKeyId: " + kTemp.toLatin1() + ", secretAccessKey: " + kTempSecret.toLatin1()
        + ", sessionToken: '" + kTempToken.toLatin1() + "'}\n"
          "  - {accessKeyId: " + kBob.toLatin1() + ", secretAccessKey: " + kBobSecret.toLatin1()
        + ", accountId: '210987654321', user: AIDABOB, arn: 'arn:aws:iam::210987654321:user/bob'}\n"
          "apis:\n  - id: iam\n    protocol: rest\n    definition:\n      openapi: 3.0.1\n"
          "      info: {title: iam, version: '1'}\n";
    if (!policy.isEmpty())
        yaml += "      x-amazon-apigateway-policy:\n" + policy;
    yaml += "      components:\n        securitySchemes:\n"
            "          sigv4: {type: apiKey, name: Authorization, in: header, x-amazon-apigateway-authtype: awsSigv4}\n"
            "      paths:\n"
            "        /pets:\n          get:\n            x-amazon-apigateway-auth: {type: AWS_IAM}\n" + mock() +
            "        /open:\n          get:\n" + mock() +
            "        /{proxy+}:\n          x-amazon-apigateway-any-method:\n            security: [{sigv4: []}]\n" + mock() +
            "    stages:\n      - name: prod\n        deployment: d1\n    deployments:\n      - id: d1\n";
    return yaml;
}

struct Gateway
{
    FakeClock clock{kNow * 1000};
    GatewayEngine engine{&clock};
    std::shared_ptr<RecordCollector> sink = std::make_shared<RecordCollector>();
    quint16 port = 0;
    size_t seen = 0;
    FidelityReport fidelity;

    explicit Gateway(const QByteArray &yaml)
    {
        const io::ProjectLoad l = io::readProject(doc::parse(yaml).root, QStringLiteral("iam.yaml"));
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
    QByteArray host() const { return "127.0.0.1:" + QByteArray::number(port); }
    /// A request for this gateway, before signing.
    auth::SigV4Request request(const QByteArray &method, const QByteArray &path, const QByteArray &query = {},
                               const QByteArray &body = {}) const
    {
        auth::SigV4Request r;
        r.method = method;
        r.path = path;
        r.query = query;
        r.headers.append(qMakePair(QByteArray("Host"), host()));
        if (!body.isEmpty())
            r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        r.body = body;
        return r;
    }
    RawResponse send(const auth::SigV4Request &r)
    {
        QByteArray wire = r.method + ' ' + r.path + (r.query.isEmpty() ? QByteArray() : '?' + r.query) + " HTTP/1.1\r\n";
        for (const auto &[name, value] : r.headers)
            wire += name + ": " + value + "\r\n";
        if (!r.body.isEmpty())
            wire += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
        return rawRequest(port, wire + "\r\n" + r.body);
    }
    ExchangeRecordPtr last()
    {
        const auto all = sink->waitFor(engine.records(), [this](const auto &r) { return r.size() > seen; });
        seen = all.size();
        return all.empty() ? nullptr : all.back();
    }
};

auth::SigV4Request signedBy(const auth::SigV4Request &r, const QString &key, const QString &secret, qint64 at,
                            bool presign = false, const QString &token = {})
{
    auth::SigV4SigningOptions o;
    o.nowEpochSeconds = at;
    o.presign = presign;
    o.expiresSeconds = 300;
    const auth::SigV4SignedRequest s = auth::signSigV4(r, {key, secret, token, {}}, o);
    if (!s.problem.isEmpty())
        qFatal("%s", qPrintable(s.problem));
    return s.request;
}

QString stoppedAt(const ExchangeRecordPtr &rec)
{
    return rec ? rec->stoppedAt : QString();
}

} // namespace

class tst_IamAuth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void signedRequestsReachTheIntegration_data();
    void signedRequestsReachTheIntegration();
    void refusals_data();
    void refusals();
    void traceForTheInspector();
    void botocoreSignedOverSockets();
    void resourcePolicyWithoutAuthorization_data();
    void resourcePolicyWithoutAuthorization();
    void resourcePolicyWithIam_data();
    void resourcePolicyWithIam();
    void fidelityReport();
};

void tst_IamAuth::initTestCase()
{
    // Hermetic: nothing from the machine's ~/.aws or environment.
    qputenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials");
    qputenv("AWS_CONFIG_FILE", "/nonexistent/config");
    qunsetenv("AWS_ACCESS_KEY_ID");
    qunsetenv("AWS_SECRET_ACCESS_KEY");
}

void tst_IamAuth::signedRequestsReachTheIntegration_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<bool>("presign");
    QTest::addColumn<QString>("key");
    QTest::addRow("header form, x-amazon-apigateway-auth") << QByteArray("GET") << QByteArray("/prod/pets") << false << kAlice;
    QTest::addRow("presigned URL") << QByteArray("GET") << QByteArray("/prod/pets") << true << kAlice;
    QTest::addRow("awsSigv4 scheme, POST with a body") << QByteArray("POST") << QByteArray("/prod/orders/7") << false << kAlice;
    QTest::addRow("session token, header form") << QByteArray("GET") << QByteArray("/prod/pets") << false << kTemp;
    QTest::addRow("session token, presigned") << QByteArray("GET") << QByteArray("/prod/pets") << true << kTemp;
    QTest::addRow("another account's key") << QByteArray("DELETE") << QByteArray("/prod/a/b") << false << kBob;
}

void tst_IamAuth::signedRequestsReachTheIntegration()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(bool, presign);
    QFETCH(QString, key);
    Gateway g(projectYaml());
    const QString secret = key == kAlice ? kAliceSecret : key == kTemp ? kTempSecret : kBobSecret;
    const QString token = key == kTemp ? kTempToken : QString();
    const QByteArray body = method == "POST" ? QByteArray(R"({"qty": 2})") : QByteArray();
    const RawResponse r = g.send(signedBy(g.request(method, path, "limit=2", body), key, secret, kNow, presign, token));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray(R"({"ok": true})"));
    QCOMPARE(r.header("x-access-key"), key.toLatin1());
    const ExchangeRecordPtr rec = g.last();
    QVERIFY(rec->iam);
    QVERIFY(rec->iam->ok);
    QCOMPARE(rec->iam->presigned, presign);
    QCOMPARE(rec->iam->credentialSource, QStringLiteral("project"));
    QCOMPARE(contextValue(*rec, u"identity.accessKey"), key);
    if (key == kAlice) {
        QCOMPARE(r.header("x-caller"), QByteArray("AIDAALICE"));
        QCOMPARE(r.header("x-user"), QByteArray("AIDAALICE"));
        QCOMPARE(r.header("x-user-arn"), QByteArray("arn:aws:iam::123456789012:user/alice"));
        QCOMPARE(r.header("x-account"), QByteArray("123456789012"));
    } else if (key == kBob) {
        QCOMPARE(r.header("x-account"), QByteArray("210987654321"));
    } else {
        QCOMPARE(r.header("x-account"), QByteArray("123456789012")); // undeclared: the local account
        QVERIFY(r.header("x-user-arn").isEmpty());
    }
    QCOMPARE(rec->steps.size(), size_t(4)); // route, authorizer, throttle, integration
    QCOMPARE(rec->steps[1].name, QLatin1StringView("authorizer"));
    QCOMPARE(rec->steps[1].detail, QStringLiteral("authorizer.iam_allowed"));
}

void tst_IamAuth::refusals_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QByteArray>("errorType");
    QTest::addColumn<QByteArray>("bodyStart");
    QTest::addRow("unsigned") << "unsigned" << "authorizer.iam_missing" << QByteArray("MissingAuthenticationTokenException")
                              << QByteArray(R"({"message":"Missing Authentication Token"})");
    QTest::addRow("tampered body") << "body" << "authorizer.iam_invalid" << QByteArray("InvalidSignatureException")
                                   << QByteArray(R"({"message":"The request signature we calculated does not match)");
    QTest::addRow("tampered query") << "query" << "authorizer.iam_invalid" << QByteArray("InvalidSignatureException")
                                    << QByteArray(R"({"message":"The request signature we calculated does not match)");
    QTest::addRow("wrong secret") << "secret" << "authorizer.iam_invalid" << QByteArray("InvalidSignatureException")
                                  << QByteArray(R"({"message":"The request signature we calculated does not match)");
    QTest::addRow("unknown key") << "unknown" << "authorizer.iam_unknown_key" << QByteArray("UnrecognizedClientException")
                                 << QByteArray(R"({"message":"The security token included in the request is invalid."})");
    QTest::addRow("signed 6 minutes ago") << "old" << "authorizer.iam_clock" << QByteArray("InvalidSignatureException")
                                          << QByteArray(R"({"message":"Signature expired: 20150830T123000Z is now earlier than)");
    QTest::addRow("signed 6 minutes ahead") << "ahead" << "authorizer.iam_clock" << QByteArray("InvalidSignatureException")
                                            << QByteArray(R"({"message":"Signature not yet current: 20150830T124200Z)");
    QTest::addRow("temporary key without its token") << "notoken" << "authorizer.iam_invalid" << QByteArray()
                                                     << QByteArray(R"({"message":")");
    QTest::addRow("signed for another region") << "region" << "authorizer.iam_invalid" << QByteArray()
                                               << QByteArray(R"({"message":"Credential should be scoped to a valid region)");
}

void tst_IamAuth::refusals()
{
    QFETCH(QString, what);
    QFETCH(QString, detail);
    QFETCH(QByteArray, errorType);
    QFETCH(QByteArray, bodyStart);
    Gateway g(projectYaml());
    auth::SigV4Request r = g.request("POST", "/prod/pets/7", "limit=2", R"({"qty": 2})");
    if (what == u"unsigned") {
    } else if (what == u"body") {
        r = signedBy(r, kAlice, kAliceSecret, kNow);
        r.body = R"({"qty": 200})";
    } else if (what == u"query") {
        r = signedBy(r, kAlice, kAliceSecret, kNow);
        r.query = "limit=3";
    } else if (what == u"secret") {
        r = signedBy(r, kAlice, QStringLiteral("not-the-secret"), kNow);
    } else if (what == u"unknown") {
        r = signedBy(r, QStringLiteral("AKIANOBODYKNOWS"), kAliceSecret, kNow);
    } else if (what == u"old") {
        r = signedBy(r, kAlice, kAliceSecret, kNow - 360);
    } else if (what == u"ahead") {
        r = signedBy(r, kAlice, kAliceSecret, kNow + 360);
    } else if (what == u"notoken") {
        r = signedBy(r, kTemp, kTempSecret, kNow);
    } else if (what == u"region") {
        auth::SigV4SigningOptions o;
        o.nowEpochSeconds = kNow;
        o.region = QStringLiteral("eu-west-1");
        r = auth::signSigV4(r, {kAlice, kAliceSecret, {}, {}}, o).request;
    }
    const RawResponse resp = g.send(r);
    QCOMPARE(resp.status, 403);
    QVERIFY2(resp.body.startsWith(bodyStart), resp.body.constData());
    if (!errorType.isEmpty())
        QCOMPARE(resp.header("x-amzn-ErrorType"), errorType);
    const ExchangeRecordPtr rec = g.last();
    QCOMPARE(stoppedAt(rec), detail);
    QVERIFY(rec->iam);
    QVERIFY(!rec->iam->ok);
    QVERIFY(!rec->iam->failure.isEmpty());
    QVERIFY(!rec->explanation.isEmpty());
    QCOMPARE(contextValue(*rec, u"identity.accessKey"), QString());
    // Methods without authorization take unsigned requests.
    QCOMPARE(g.send(g.request("GET", "/prod/open")).status, 200);
}

void tst_IamAuth::traceForTheInspector()
{
    Gateway g(projectYaml());
    auth::SigV4Request r = signedBy(g.request("GET", "/prod/pets", "limit=2"), kAlice, kAliceSecret, kNow);
    r.query = "limit=20";
    QCOMPARE(g.send(r).status, 403);
    const ExchangeRecordPtr rec = g.last();
    const IamTrace &t = *rec->iam;
    QCOMPARE(t.accessKey, kAlice);
    QCOMPARE(t.credentialSource, QStringLiteral("project"));
    QCOMPARE(t.region, QStringLiteral("us-east-1"));
    QCOMPARE(t.service, QStringLiteral("execute-api"));
    QCOMPARE(t.date, QStringLiteral("20150830T123600Z"));
    QVERIFY(t.signedHeaders.contains(QLatin1String("host")));
    QVERIFY(t.canonicalRequest.contains(QLatin1String("limit=20")));
    QVERIFY(t.stringToSign.startsWith(QLatin1String("AWS4-HMAC-SHA256\n20150830T123600Z\n")));
    QVERIFY(t.checks.size() > 3);
    QVERIFY(t.checks.last().startsWith(QLatin1String("fail:")));
    QCOMPARE(t.gatewayResponseType, QStringLiteral("INVALID_SIGNATURE"));
}

void tst_IamAuth::botocoreSignedOverSockets()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed; scripts/setup.sh --with-test-tools installs it with python3-botocore");
    Gateway g(projectYaml());
    for (const QString &token : {QString(), kTempToken}) {
        const QString key = token.isEmpty() ? kAlice : kTemp;
        QProcess p;
        QStringList args = {sourceDir() + QStringLiteral("/tests/integration/botocore_sign.py"),
                            QStringLiteral("--access-key-id"), key,
                            QStringLiteral("--secret-access-key"), token.isEmpty() ? kAliceSecret : kTempSecret,
                            QStringLiteral("--time"), QStringLiteral("20150830T123600Z"),
                            QStringLiteral("--host"), QString::fromLatin1(g.host())};
        if (!token.isEmpty())
            args << QStringLiteral("--session-token") << token;
        p.start(python, args);
        QVERIFY(p.waitForFinished(60000));
        if (p.exitCode() == 3)
            QSKIP(qPrintable(QStringLiteral("botocore is missing: %1 (install python3-botocore)")
                                 .arg(QString::fromUtf8(p.readAllStandardError().trimmed()))));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonArray requests = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
        int sent = 0;
        for (const QJsonValue &item : requests) {
            const QJsonObject o = item.toObject();
            const QString name = o.value(QStringLiteral("name")).toString();
            auth::SigV4Request r;
            r.method = o.value(QStringLiteral("method")).toString().toUtf8();
            r.path = o.value(QStringLiteral("path")).toString().toUtf8();
            r.query = o.value(QStringLiteral("query")).toString().toUtf8();
            r.body = o.value(QStringLiteral("body")).toString().toUtf8();
            for (const QJsonValue &h : o.value(QStringLiteral("headers")).toArray())
                r.headers.emplaceBack(h[0].toString().toUtf8(), h[1].toString().toUtf8());
            // Only paths the API serves: under the stage, without dot segments (which the router does not resolve).
            if (!r.path.startsWith("/prod/") || r.path.contains("/./") || r.path.contains("//"))
                continue;
            ++sent;
            const RawResponse ok = g.send(r);
            const ExchangeRecordPtr rec = g.last();
            // Authorized; the MOCK integration itself answers 500 to a body that is not JSON (text/plain).
            QVERIFY2(rec->iam && rec->iam->ok, qPrintable(name + QStringLiteral(": ") + QString::fromUtf8(ok.body)));
            QVERIFY2(ok.status != 403, qPrintable(name));
            QCOMPARE(rec->iam->accessKey, key);
            // The same request tampered with: one more query parameter.
            auth::SigV4Request tampered = r;
            tampered.query += tampered.query.isEmpty() ? "x=1" : "&x=1";
            const RawResponse refused = g.send(tampered);
            QVERIFY2(refused.status == 403, qPrintable(name));
            QVERIFY2(refused.body.contains("signature"), refused.body.constData());
            QCOMPARE(stoppedAt(g.last()), QStringLiteral("authorizer.iam_invalid"));
        }
        QVERIFY(sent >= 5);
    }
}

namespace {

const QByteArray kAllowAll = "        - {Effect: Allow, Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*'}\n";

QByteArray policyOf(const QByteArray &statements)
{
    return "        Version: '2012-10-17'\n        Statement:\n" + statements;
}

} // namespace

void tst_IamAuth::resourcePolicyWithoutAuthorization_data()
{
    QTest::addColumn<QByteArray>("statements");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    QTest::addRow("allow everyone") << kAllowAll << 200 << "resourcepolicy.allowed";
    QTest::addRow("allow the full ARN")
        << QByteArray("        - {Effect: Allow, Principal: {AWS: '*'}, Action: 'execute-api:Invoke', "
                      "Resource: 'arn:aws:execute-api:us-east-1:123456789012:iam/prod/GET/open'}\n")
        << 200 << "resourcepolicy.allowed";
    QTest::addRow("allowed from 127.0.0.0/8")
        << QByteArray("        - {Effect: Allow, Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*',"
                      " Condition: {IpAddress: {'aws:SourceIp': ['192.0.2.0/24', '127.0.0.0/8']}}}\n")
        << 200 << "resourcepolicy.allowed";
    QTest::addRow("allowed only from 10.0.0.0/8: implicit deny")
        << QByteArray("        - {Effect: Allow, Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*',"
                      " Condition: {IpAddress: {'aws:SourceIp': '10.0.0.0/8'}}}\n")
        << 403 << "resourcepolicy.implicit_deny";
    QTest::addRow("allowed only from IPv6: implicit deny")
        << QByteArray("        - {Effect: Allow, Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*',"
                      " Condition: {IpAddress: {'aws:SourceIp': '2001:db8::/32'}}}\n")
        << 403 << "resourcepolicy.implicit_deny";
    QTest::addRow("deny outside 10.0.0.0/8: explicit deny")
        << kAllowAll + "        - {Effect: Deny, Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*',"
                       " Condition: {NotIpAddress: {'aws:SourceIp': ['10.0.0.0/8']}}}\n"
        << 403 << "resourcepolicy.explicit_deny";
    QTest::addRow("deny 127.0.0.1 only: explicit deny")
        << kAllowAll + "        - {Effect: Deny, Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*/GET/*',"
                       " Condition: {IpAddress: {'aws:SourceIp': '127.0.0.1'}}}\n"
        << 403 << "resourcepolicy.explicit_deny";
    QTest::addRow("deny another path: allowed")
        << kAllowAll + "        - {Effect: Deny, Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*/GET/secret'}\n"
        << 200 << "resourcepolicy.allowed";
    QTest::addRow("only a deny elsewhere: implicit deny")
        << QByteArray("        - {Effect: Deny, Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*/GET/secret'}\n")
        << 403 << "resourcepolicy.implicit_deny";
    QTest::addRow("allow for a principal only: anonymous is denied")
        << QByteArray("        - {Effect: Allow, Principal: {AWS: 'arn:aws:iam::123456789012:root'}, Action: 'execute-api:Invoke', "
                      "Resource: 'execute-api:/*'}\n")
        << 403 << "resourcepolicy.implicit_deny";
    QTest::addRow("unevaluated condition on an Allow fails closed")
        << QByteArray("        - {Effect: Allow, Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*',"
                      " Condition: {StringEquals: {'aws:SourceVpce': 'vpce-1a2b3c4d'}}}\n")
        << 403 << "resourcepolicy.implicit_deny";
}

void tst_IamAuth::resourcePolicyWithoutAuthorization()
{
    QFETCH(QByteArray, statements);
    QFETCH(int, status);
    QFETCH(QString, detail);
    Gateway g(projectYaml(policyOf(statements)));
    const RawResponse r = g.send(g.request("GET", "/prod/open"));
    QCOMPARE(r.status, status);
    const ExchangeRecordPtr rec = g.last();
    QVERIFY(rec->resourcePolicy);
    QCOMPARE(rec->resourcePolicy->phase, QStringLiteral("alone"));
    QCOMPARE(rec->resourcePolicy->principal, QStringLiteral("anonymous"));
    QCOMPARE(rec->resourcePolicy->sourceIp, QStringLiteral("127.0.0.1"));
    QCOMPARE(rec->resourcePolicy->arn, QStringLiteral("arn:aws:execute-api:us-east-1:123456789012:iam/prod/GET/open"));
    QVERIFY(!rec->resourcePolicy->statements.empty());
    QCOMPARE(rec->steps[1].name, QLatin1StringView("resourcepolicy"));
    QCOMPARE(rec->steps[1].detail, detail);
    if (status == 403) {
        const QByteArray expected = "{\"Message\":\"User: anonymous is not authorized to perform: execute-api:Invoke on "
                                    "resource: arn:aws:execute-api:us-east-1:********9012:iam/prod/GET/open"
            + QByteArray(detail.endsWith(QLatin1String("explicit_deny")) ? " with an explicit deny" : "") + "\"}";
        QCOMPARE(r.body, expected);
        QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("AccessDeniedException"));
        QCOMPARE(rec->errorType, QStringLiteral("ACCESS_DENIED"));
        QVERIFY(!rec->resourcePolicy->allowed);
        QVERIFY(!rec->explanation.isEmpty());
    }
}

void tst_IamAuth::resourcePolicyWithIam_data()
{
    QTest::addColumn<QByteArray>("statements");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    const QByteArray allowBob = "        - {Effect: Allow, Principal: {AWS: 'arn:aws:iam::210987654321:user/bob'}, "
                                "Action: 'execute-api:Invoke', Resource: 'execute-api:/*'}\n";
    const QByteArray denyAlice = "        - {Effect: Deny, Principal: {AWS: ['arn:aws:iam::123456789012:user/alice']}, "
                                 "Action: 'execute-api:Invoke', Resource: 'execute-api:/prod/GET/pets'}\n";
    const QByteArray onlyFromTen = "        - {Effect: Allow, Principal: '*', Action: 'execute-api:Invoke', Resource: "
                                   "'execute-api:/*', Condition: {IpAddress: {'aws:SourceIp': '10.0.0.0/8'}}}\n";
    // Table A: same account, the IAM policy allows; only an explicit Deny refuses.
    QTest::addRow("same account, policy silent") << allowBob << kAlice << 200 << QByteArray();
    QTest::addRow("same account, policy denies by IP only via Allow") << onlyFromTen << kAlice << 200 << QByteArray();
    QTest::addRow("same account, explicit deny of the caller")
        << allowBob + denyAlice << kAlice << 403
        << QByteArray("{\"Message\":\"User: arn:aws:iam::123456789012:user/alice is not authorized to perform: "
                      "execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:********9012:iam/prod/GET/pets "
                      "with an explicit deny\"}");
    // Table B: another account needs an explicit Allow.
    QTest::addRow("cross-account, allowed by name") << allowBob << kBob << 200 << QByteArray();
    QTest::addRow("cross-account, policy silent")
        << denyAlice << kBob << 403
        << QByteArray("{\"Message\":\"User: arn:aws:iam::210987654321:user/bob is not authorized to perform: "
                      "execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:********9012:iam/prod/GET/pets\"}");
    QTest::addRow("cross-account, allowed by IP not met") << onlyFromTen << kBob << 403 << QByteArray();
}

void tst_IamAuth::resourcePolicyWithIam()
{
    QFETCH(QByteArray, statements);
    QFETCH(QString, key);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    Gateway g(projectYaml(policyOf(statements)));
    const QString secret = key == kAlice ? kAliceSecret : kBobSecret;
    const RawResponse r = g.send(signedBy(g.request("GET", "/prod/pets"), key, secret, kNow));
    QCOMPARE(r.status, status);
    if (!body.isEmpty())
        QCOMPARE(r.body, body);
    const ExchangeRecordPtr rec = g.last();
    QVERIFY(rec->resourcePolicy);
    QVERIFY(rec->resourcePolicy->phase.startsWith(QLatin1String("with IAM")));
    QCOMPARE(rec->resourcePolicy->allowed, status == 200);
    QVERIFY(rec->iam && rec->iam->ok);
    // The step list has no separate resourcepolicy step: the authorizer evaluates it with the caller.
    for (const StepSpan &s : rec->steps)
        QVERIFY(s.name != QLatin1StringView("resourcepolicy"));
    // Unsigned requests still get the signature error first.
    const RawResponse unsigned_ = g.send(g.request("GET", "/prod/pets"));
    QCOMPARE(unsigned_.body, QByteArray(R"({"message":"Missing Authentication Token"})"));
}

void tst_IamAuth::fidelityReport()
{
    Gateway g(projectYaml(policyOf(kAllowAll)));
    const QString text = g.fidelity.format();
    QVERIFY2(!text.contains(QLatin1String("not checked yet")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("not enforced yet")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("IAM policies are not modelled")), qPrintable(text));
}

QTEST_GUILESS_MAIN(tst_IamAuth)
#include "tst_iamauth.moc"
