// SPDX-License-Identifier: GPL-3.0-or-later
// WebSocket $connect authorization end to end with real clients: a Lambda REQUEST authorizer allowing, denying (403),
// missing its identity (401) and failing (500), the event it receives, its principal and context reaching every later
// event of the connection, its result cache on a fake clock; AWS_IAM on $connect with a SigV4-signed upgrade (header
// and presigned URL) and unsigned or forged ones refused; the loader's diagnostics; and the chat example driven by
// Node.js clients using the npm package `ws` (installed into the test cache; skipped without node, npm or the
// registry).

#include "localgateway.h"
#include "serveprocess.h"
#include "testsupport.h"

#include "auth/sigv4.h"
#include "common/clock.h"
#include "doc/docio.h"
#include "io/projectfile.h"
#include "websocket/wsservice.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

using namespace gw;
using namespace gw::test;

namespace {

const QByteArray kKey = "AKIDWSAUTHTEST";
const QByteArray kSecret = "wsAuthSecretForTests/0123456789";

QByteArray projectYaml()
{
    QByteArray yaml = R"(gatehouse: 1
awsCredentialFiles: false
credentials:
  - accessKeyId: AKIDWSAUTHTEST
    secretAccessKey: wsAuthSecretForTests/0123456789
    user: AIDAWSAUTHTESTUSER
    arn: arn:aws:iam::123456789012:user/ws-tester
functions:
)";
    yaml += functionYaml(QStringLiteral("wsauth"), QStringLiteral("nodejs20.x"), functionsDir() + u"/node-wsauth",
                         QStringLiteral("index.handler"));
    yaml += functionYaml(QStringLiteral("wsfn"), QStringLiteral("nodejs20.x"), functionsDir() + u"/node-websocket",
                         QStringLiteral("index.handler"));
    yaml += R"(apis:
  - id: lam
    protocol: websocket
    definition:
      routeSelectionExpression: $request.body.action
      authorizers:
        QueryAuth:
          authorizerType: REQUEST
          authorizerUri: wsauth
          identitySource: [route.request.querystring.token]
      routes:
        $connect:
          authorizationType: CUSTOM
          authorizerId: QueryAuth
          integration: {type: aws_proxy, uri: wsfn}
        $disconnect: {integration: {type: aws_proxy, uri: wsfn}}
        whoami:
          integration: {type: aws_proxy, uri: wsfn}
          routeResponse: true
    stages: [{name: prod, deployment: d1, variables: {tier: gold}}]
    deployments: [{id: d1}]
  - id: hdr
    protocol: websocket
    definition:
      authorizers:
        HeaderAuth:
          authorizerType: REQUEST
          authorizerUri: arn:aws:lambda:us-east-1:123456789012:function:wsauth
          identitySource: route.request.header.Auth, stageVariables.tier
          authorizerResultTtlInSeconds: 300
      routes:
        $connect:
          authorizationType: CUSTOM
          authorizerId: HeaderAuth
          integration: {type: mock}
        $default:
          integration: {type: mock, responseBody: ok}
          routeResponse: true
    stages: [{name: prod, deployment: d1, variables: {tier: gold}}]
    deployments: [{id: d1}]
  - id: iam
    protocol: websocket
    definition:
      routes:
        $connect:
          authorizationType: AWS_IAM
          integration: {type: mock}
        whoami:
          integration: {type: aws_proxy, uri: wsfn}
          routeResponse: true
    stages: [{name: prod, deployment: d1}]
    deployments: [{id: d1}]
)";
    return yaml;
}

struct Gateway : LocalGateway
{
    explicit Gateway(const Clock *clock = nullptr)
        : LocalGateway(projectYaml(), clock)
    {
    }

    QByteArray path(const QString &api) const { return "/restapis/" + api.toUtf8() + "/prod/_user_request_"; }
    QUrl url(const QString &api, const QString &query = {}) const
    {
        QUrl u(QStringLiteral("ws://127.0.0.1:%1%2").arg(port).arg(QString::fromUtf8(path(api))));
        if (!query.isEmpty())
            u.setQuery(query);
        return u;
    }

    /// Every record so far once `count` match.
    std::vector<ExchangeRecordPtr> waitRecords(const std::function<bool(const ExchangeRecord &)> &match, size_t count)
    {
        return sink->waitFor(engine.records(), [&](const std::vector<ExchangeRecordPtr> &all) {
            return size_t(std::count_if(all.begin(), all.end(), [&](const ExchangeRecordPtr &r) { return match(*r); }))
                >= count;
        }, 30'000);
    }
    /// The CONNECT record of connection attempt `n` (1-based, in arrival order) of `api`.
    ExchangeRecordPtr connectRecord(const QString &api, size_t n)
    {
        auto isConnect = [&](const ExchangeRecord &r) { return r.apiId == api && r.eventType == u"CONNECT"; };
        auto all = waitRecords(isConnect, n);
        std::vector<ExchangeRecordPtr> connects;
        for (const auto &r : all) {
            if (isConnect(*r))
                connects.push_back(r);
        }
        std::sort(connects.begin(), connects.end(), [](const auto &a, const auto &b) { return a->sequence < b->sequence; });
        return connects.size() >= n ? connects[n - 1] : nullptr;
    }
};

/// A QWebSocket client that keeps what it receives.
struct Client
{
    QWebSocket socket;
    QStringList texts;
    bool closed = false;

    Client()
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [this](const QString &m) { texts.append(m); });
        QObject::connect(&socket, &QWebSocket::disconnected, &socket, [this] { closed = true; });
        // A refused handshake ends with an error, not a disconnect.
        QObject::connect(&socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), &socket,
                         [this] { closed = true; });
    }
    bool open(const QNetworkRequest &request)
    {
        socket.open(request);
        QElapsedTimer t;
        t.start();
        while (socket.state() != QAbstractSocket::ConnectedState && !closed && t.elapsed() < 30'000)
            QTest::qWait(5);
        return socket.state() == QAbstractSocket::ConnectedState;
    }
    bool open(const QUrl &url) { return open(QNetworkRequest(url)); }
    QJsonObject ask(const QByteArray &message)
    {
        const qsizetype before = texts.size();
        socket.sendTextMessage(QString::fromUtf8(message));
        QElapsedTimer t;
        t.start();
        while (texts.size() == before && !closed && t.elapsed() < 30'000)
            QTest::qWait(5);
        return texts.size() > before ? QJsonDocument::fromJson(texts.last().toUtf8()).object() : QJsonObject();
    }
};

/// An upgrade request for `target` with `extra` header lines ("Name: value\r\n").
QByteArray upgradeRequest(const QByteArray &target, quint16 port, const QByteArray &extra = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
          "Sec-WebSocket-Version: 13\r\n"
        + extra + "\r\n";
}

/// The head of the server's answer to raw upgrade bytes (up to the blank line).
QByteArray handshakeHead(quint16 port, const QByteArray &bytes, QTcpSocket *socket)
{
    socket->connectToHost(QHostAddress::LocalHost, port);
    if (!socket->waitForConnected(5000))
        return {};
    socket->write(bytes);
    QByteArray head;
    QElapsedTimer t;
    t.start();
    while (!head.contains("\r\n\r\n") && t.elapsed() < 30'000) {
        socket->waitForReadyRead(100);
        head += socket->readAll();
    }
    return head;
}

/// The upgrade request of `api`, as SigV4 sees it: GET, the path, Host and the WebSocket headers.
auth::SigV4Request upgradeToSign(quint16 port, const QByteArray &path)
{
    auth::SigV4Request r;
    r.method = "GET";
    r.path = path;
    r.headers.append({"Host", "127.0.0.1:" + QByteArray::number(port)});
    return r;
}

/// The header lines a signed upgrade adds (Authorization, X-Amz-Date, ...), Host left out.
QByteArray signedHeaderLines(const auth::SigV4SignedRequest &signedRequest)
{
    QByteArray out;
    for (const auto &[name, value] : signedRequest.request.headers) {
        if (name.compare("host", Qt::CaseInsensitive) != 0)
            out += name + ": " + value + "\r\n";
    }
    return out;
}

QString cacheRoot()
{
    const QString explicitDir = qEnvironmentVariable("GATEHOUSE_TEST_CACHE");
    if (!explicitDir.isEmpty())
        return explicitDir;
    return qEnvironmentVariable("XDG_CACHE_HOME", QDir::homePath() + QStringLiteral("/.cache"))
        + QStringLiteral("/gatehouse-test");
}

/// Installs the npm package `ws` (tests/websocket/package.json) into a cache folder outside the repository, once, as
/// tests/export/validate_exports.sh installs its validators. The folder, or empty with `why`.
QString installWsClient(QString *why)
{
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (npm.isEmpty()) {
        *why = QStringLiteral("npm is not installed (the WebSocket client comes from npm)");
        return {};
    }
    const QString dir = cacheRoot() + QStringLiteral("/websocket-client");
    const QString manifest = sourceDir() + QStringLiteral("/tests/websocket/package.json");
    QFile wanted(manifest);
    QFile installed(dir + QStringLiteral("/package.json"));
    const bool same = wanted.open(QIODevice::ReadOnly) && installed.open(QIODevice::ReadOnly)
        && wanted.readAll() == installed.readAll();
    if (same && QFileInfo::exists(dir + QStringLiteral("/node_modules/ws/package.json")))
        return dir;
    QDir().mkpath(dir);
    QDir(dir + QStringLiteral("/node_modules")).removeRecursively();
    QFile::remove(dir + QStringLiteral("/package-lock.json"));
    QFile::remove(dir + QStringLiteral("/package.json"));
    if (!QFile::copy(manifest, dir + QStringLiteral("/package.json"))) {
        *why = QStringLiteral("cannot write %1").arg(dir);
        return {};
    }
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(npm, {QStringLiteral("install"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
                  QStringLiteral("--fetch-retries=1"), QStringLiteral("--fetch-timeout=60000"),
                  QStringLiteral("--loglevel=error")});
    if (!p.waitForFinished(240'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        p.kill();
        QFile::remove(dir + QStringLiteral("/package.json"));
        *why = QStringLiteral("npm install of ws into %1 failed (no network to the npm registry?): %2")
                   .arg(dir, QString::fromUtf8(p.readAll().right(600)));
        return {};
    }
    return dir;
}

} // namespace

class tst_WebSocketAuth : public QObject
{
    Q_OBJECT
private slots:
    void loaderDiagnostics_data();
    void loaderDiagnostics();
    void exampleLoadsAndSavesAsWritten();
    void lambdaAuthorizerHandshakes_data();
    void lambdaAuthorizerHandshakes();
    void authorizerEventAndContextReachLaterEvents();
    void resultCacheOnFakeClock();
    void iamSignedUpgrade();
    void chatExampleWithNodeClients();
};

void tst_WebSocketAuth::loaderDiagnostics_data()
{
    QTest::addColumn<QByteArray>("definition");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const QByteArray good = R"(
      authorizers:
        A: {authorizerType: REQUEST, authorizerUri: fn, identitySource: [route.request.header.Auth]}
)";
    QTest::addRow("JWT authorizer")
        << QByteArray(R"(
      authorizers:
        A: {authorizerType: JWT, authorizerUri: fn}
      routes:
        $connect: {authorizationType: CUSTOM, authorizerId: A, integration: {type: mock}}
)") << "authorizers.A.authorizerType"
        << "JWT authorizers are for HTTP APIs";
    QTest::addRow("identity source of another API type")
        << QByteArray(R"(
      authorizers:
        A: {authorizerType: REQUEST, authorizerUri: fn, identitySource: [method.request.header.Auth]}
      routes:
        $connect: {authorizationType: CUSTOM, authorizerId: A, integration: {type: mock}}
)") << "authorizers.A.identitySource"
        << "is not route.request.header.NAME";
    QTest::addRow("unknown context variable")
        << QByteArray(R"(
      authorizers:
        A: {authorizerType: REQUEST, authorizerUri: fn, identitySource: [context.nonsense]}
      routes:
        $connect: {authorizationType: CUSTOM, authorizerId: A, integration: {type: mock}}
)") << "authorizers.A.identitySource"
        << "context variable a WebSocket $connect does not have";
    QTest::addRow("no authorizerUri")
        << QByteArray(R"(
      authorizers:
        A: {authorizerType: REQUEST}
      routes:
        $connect: {authorizationType: CUSTOM, authorizerId: A, integration: {type: mock}}
)") << "authorizers.A.authorizerUri"
        << "is required";
    QTest::addRow("ttl out of range")
        << QByteArray(R"(
      authorizers:
        A: {authorizerType: REQUEST, authorizerUri: fn, identitySource: [route.request.header.Auth], authorizerResultTtlInSeconds: 7200}
      routes:
        $connect: {authorizationType: CUSTOM, authorizerId: A, integration: {type: mock}}
)") << "authorizers.A.authorizerResultTtlInSeconds"
        << "from 0 to 3600";
    QTest::addRow("CUSTOM without authorizerId")
        << good + R"(      routes:
        $connect: {authorizationType: CUSTOM, integration: {type: mock}}
)" << "routes.$connect.authorizerId"
        << "is required with authorizationType CUSTOM";
    QTest::addRow("unknown authorizerId")
        << good + R"(      routes:
        $connect: {authorizationType: CUSTOM, authorizerId: B, integration: {type: mock}}
)" << "routes.$connect.authorizerId"
        << "names an authorizer `B` the API does not define; it has A";
    QTest::addRow("authorizerId without CUSTOM")
        << good + R"(      routes:
        $connect: {authorizerId: A, integration: {type: mock}}
)" << "routes.$connect.authorizerId"
        << "is used only with authorizationType: CUSTOM";
    QTest::addRow("authorization on a message route")
        << good + R"(      routes:
        send: {authorizationType: AWS_IAM, integration: {type: mock}}
)" << "routes.send.authorizationType"
        << "on $connect only";
    QTest::addRow("unknown authorization type")
        << good + R"(      routes:
        $connect: {authorizationType: COGNITO, integration: {type: mock}}
)" << "routes.$connect.authorizationType"
        << "must be one of NONE, AWS_IAM, CUSTOM; got `COGNITO`";
    QTest::addRow("unknown authorizer setting")
        << QByteArray(R"(
      authorizers:
        A: {authorizerType: REQUEST, authorizerUri: fn, enableSimpleResponses: true}
      routes:
        $connect: {authorizationType: CUSTOM, authorizerId: A, integration: {type: mock}}
)") << "authorizers.A.enableSimpleResponses"
        << "is not a WebSocket authorizer setting";
}

void tst_WebSocketAuth::loaderDiagnostics()
{
    QFETCH(QByteArray, definition);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const QByteArray yaml = "gatehouse: 1\napis:\n  - id: bad\n    protocol: websocket\n    definition:" + definition
        + "    stages: [{name: prod, deployment: d1}]\n    deployments: [{id: d1}]\n";
    const io::ProjectLoad l = io::readProject(doc::parse(yaml).root, QStringLiteral("bad.gatehouse.yaml"));
    QVERIFY(!l.project);
    QStringList all;
    bool found = false;
    for (const auto &d : l.diagnostics) {
        all.append(d.format());
        if (d.field == u"apis[bad].definition." + field && d.message.contains(message)) {
            found = true;
            QVERIFY2(d.line > 0, qPrintable(d.format()));
        }
    }
    QVERIFY2(found, qPrintable(all.join(u'\n')));
}

void tst_WebSocketAuth::exampleLoadsAndSavesAsWritten()
{
    const io::ProjectLoad l = io::loadProject(sourceDir() + QStringLiteral("/resources/examples/websocket-chat.gatehouse.yaml"));
    QVERIFY(l.project);
    for (const auto &d : l.diagnostics)
        QVERIFY2(d.severity != io::Diagnostic::Severity::Error, qPrintable(d.format()));
    const QByteArray saved = io::serializeProject(*l.project);
    QVERIFY2(saved.contains("authorizationType: CUSTOM"), saved.constData());
    QVERIFY2(saved.contains("route.request.querystring.token"), saved.constData());
    const io::ProjectLoad again = io::readProject(doc::parse(saved).root, QStringLiteral("again.gatehouse.yaml"));
    QVERIFY(again.project);
    QCOMPARE(io::serializeProject(*again.project), saved);
}

void tst_WebSocketAuth::lambdaAuthorizerHandshakes_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<bool>("functionCalled");
    QTest::addRow("allow") << QByteArray("token=allow") << 101 << QString() << "authorizer.allowed" << true;
    QTest::addRow("explicit deny") << QByteArray("token=deny") << 403 << "Forbidden" << "authorizer.denied" << true;
    QTest::addRow("implicit deny") << QByteArray("token=elsewhere") << 403 << "Forbidden" << "authorizer.denied" << true;
    QTest::addRow("no token") << QByteArray() << 401 << "Unauthorized" << "authorizer.identity_missing" << false;
    QTest::addRow("empty token") << QByteArray("token=") << 401 << "Unauthorized" << "authorizer.identity_missing" << false;
    QTest::addRow("Unauthorized error") << QByteArray("token=unauthorized") << 401 << "Unauthorized"
                                        << "authorizer.unauthorized" << true;
    QTest::addRow("function fails") << QByteArray("token=crash") << 500 << "Internal server error" << "authorizer.error"
                                    << true;
    QTest::addRow("no principalId") << QByteArray("token=no-principal") << 500 << "Internal server error"
                                    << "authorizer.error" << true;
}

void tst_WebSocketAuth::lambdaAuthorizerHandshakes()
{
    if (!haveRuntime("node"))
        QSKIP("node is not installed");
    QFETCH(QByteArray, query);
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(QString, detail);
    QFETCH(bool, functionCalled);
    Gateway g;
    QByteArray target = g.path(QStringLiteral("lam"));
    if (!query.isEmpty())
        target += '?' + query;
    if (status == 101) {
        QTcpSocket socket;
        const QByteArray head = handshakeHead(g.port, upgradeRequest(target, g.port), &socket);
        QVERIFY2(head.startsWith("HTTP/1.1 101 Switching Protocols\r\n"), head.constData());
        // A real client too.
        Client c;
        QVERIFY(c.open(g.url(QStringLiteral("lam"), QString::fromUtf8(query))));
    } else {
        const RawResponse r = rawRequest(g.port, upgradeRequest(target, g.port), 30'000);
        QCOMPARE(r.status, status);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(u"message").toString(), message);
        QVERIFY(!r.header("x-amzn-RequestId").isEmpty());
        Client c;
        QVERIFY(!c.open(g.url(QStringLiteral("lam"), QString::fromUtf8(query))));
    }
    const ExchangeRecordPtr record = g.connectRecord(QStringLiteral("lam"), 1);
    QVERIFY(record);
    QCOMPARE(record->status, status);
    QVERIFY(record->authorizer);
    QCOMPARE(record->authorizer->name, QStringLiteral("QueryAuth"));
    QCOMPARE(record->authorizer->arn, QStringLiteral("arn:aws:execute-api:us-east-1:123456789012:lam/prod/$connect"));
    QStringList steps;
    for (const StepSpan &s : record->steps)
        steps.append(QString(s.name) + u'=' + s.detail);
    QVERIFY2(steps.size() >= 2 && steps[1] == u"authorizer=" + detail, qPrintable(steps.join(u", ")));
    const bool called = std::any_of(record->lambda.begin(), record->lambda.end(),
                                    [](const auto &l) { return l->purpose == u"authorizer"; });
    QCOMPARE(called, functionCalled);
    if (status == 101) {
        QCOMPARE(steps.last(), QStringLiteral("integration=integration.lambda"));
        QCOMPARE(record->authorizer->decision, QStringLiteral("allow"));
    } else {
        QCOMPARE(record->stoppedAt, detail);
        QCOMPARE(record->stoppedAtStep, QStringLiteral("authorizer"));
        QVERIFY(!record->explanation.isEmpty());
        // The integration never ran: the only function call is the authorizer's.
        QVERIFY(std::none_of(record->lambda.begin(), record->lambda.end(),
                             [](const auto &l) { return l->purpose == u"integration"; }));
        QCOMPARE(g.engine.websocket().connectionIds().size(), 0);
    }
}

void tst_WebSocketAuth::authorizerEventAndContextReachLaterEvents()
{
    if (!haveRuntime("node"))
        QSKIP("node is not installed");
    Gateway g;
    // The event the authorizer receives (it hands it back in its context).
    {
        Client c;
        QVERIFY(c.open(g.url(QStringLiteral("lam"), QStringLiteral("token=event&x=1&x=2"))));
        const ExchangeRecordPtr record = g.connectRecord(QStringLiteral("lam"), 1);
        QVERIFY(record && record->authorizer);
        const QJsonObject e = QJsonDocument::fromJson(record->authorizer->context.value(u"event").toString().toUtf8()).object();
        QCOMPARE(e.value(u"type").toString(), QStringLiteral("REQUEST"));
        QCOMPARE(e.value(u"methodArn").toString(), QStringLiteral("arn:aws:execute-api:us-east-1:123456789012:lam/prod/$connect"));
        QCOMPARE(e.value(u"headers").toObject().value(u"Upgrade").toString().toLower(), QStringLiteral("websocket"));
        QVERIFY(e.value(u"multiValueHeaders").toObject().value(u"Sec-WebSocket-Version").isArray());
        QCOMPARE(e.value(u"queryStringParameters").toObject().value(u"token").toString(), QStringLiteral("event"));
        QCOMPARE(e.value(u"multiValueQueryStringParameters").toObject().value(u"x").toArray(), QJsonArray({"1", "2"}));
        QCOMPARE(e.value(u"stageVariables").toObject().value(u"tier").toString(), QStringLiteral("gold"));
        QVERIFY(!e.contains(u"body"));
        const QJsonObject rc = e.value(u"requestContext").toObject();
        QCOMPARE(rc.value(u"routeKey").toString(), QStringLiteral("$connect"));
        QCOMPARE(rc.value(u"eventType").toString(), QStringLiteral("CONNECT"));
        QCOMPARE(rc.value(u"connectionId").toString(), record->connectionId);
        QCOMPARE(rc.value(u"requestId").toString(), record->requestId);
        QCOMPARE(rc.value(u"apiId").toString(), QStringLiteral("lam"));
        QCOMPARE(rc.value(u"stage").toString(), QStringLiteral("prod"));
        QCOMPARE(rc.value(u"domainName").toString(), QStringLiteral("lam.execute-api.localhost"));
        QCOMPARE(rc.value(u"identity").toObject().value(u"sourceIp").toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(rc.value(u"connectedAt").toDouble() > 0);
    }

    // principalId and context reach $connect's integration, every message and $disconnect.
    Client c;
    QVERIFY(c.open(g.url(QStringLiteral("lam"), QStringLiteral("token=allow"))));
    const QJsonObject seen = c.ask(R"({"action":"whoami"})");
    QCOMPARE(seen.value(u"routeKey").toString(), QStringLiteral("whoami"));
    const QJsonObject authorizer = seen.value(u"authorizer").toObject();
    QCOMPARE(authorizer.value(u"principalId").toString(), QStringLiteral("user-allow"));
    QCOMPARE(authorizer.value(u"user").toString(), QStringLiteral("user-allow"));
    QCOMPARE(authorizer.value(u"quota").toString(), QStringLiteral("1000")); // stringified, as AWS passes them on
    QCOMPARE(authorizer.value(u"admin").toString(), QStringLiteral("false"));
    QVERIFY(authorizer.value(u"integrationLatency").isDouble());
    // Again: the connection keeps it.
    QCOMPARE(c.ask(R"({"action":"whoami"})").value(u"authorizer").toObject().value(u"principalId").toString(),
             QStringLiteral("user-allow"));
    const QString id = seen.value(u"connectionId").toString();
    QVERIFY(!id.isEmpty());
    c.socket.close();
    const auto records = g.waitRecords([&](const ExchangeRecord &r) {
        return r.connectionId == id && r.eventType == u"DISCONNECT" && !r.lambda.empty() && !r.lambda.front()->log.isEmpty();
    }, 1);
    bool sawConnect = false, sawDisconnect = false;
    for (const auto &r : records) {
        if (r->connectionId != id)
            continue;
        if (r->eventType == u"CONNECT") {
            sawConnect = true;
            QCOMPARE(r->status, 101);
            QCOMPARE(r->lambda.size(), size_t(2));
            QCOMPARE(r->lambda[0]->purpose, QStringLiteral("authorizer"));
            QCOMPARE(r->lambda[1]->purpose, QStringLiteral("integration"));
            QVERIFY2(r->lambda[1]->event.contains(R"("principalId":"user-allow")"), r->lambda[1]->event.constData());
            QCOMPARE(r->authorizer->principalId, QStringLiteral("user-allow"));
            QCOMPARE(r->authorizer->status, 200);
        } else if (r->eventType == u"DISCONNECT") {
            sawDisconnect = true;
            QVERIFY2(r->lambda.front()->event.contains(R"("principalId":"user-allow")"), r->lambda.front()->event.constData());
        }
    }
    QVERIFY(sawConnect);
    QVERIFY(sawDisconnect);
}

void tst_WebSocketAuth::resultCacheOnFakeClock()
{
    if (!haveRuntime("node"))
        QSKIP("node is not installed");
    FakeClock clock(QDateTime::currentMSecsSinceEpoch());
    Gateway g(&clock);
    auto connectWith = [&](const QByteArray &auth) {
        QNetworkRequest request(g.url(QStringLiteral("hdr")));
        if (!auth.isNull())
            request.setRawHeader("Auth", auth);
        Client c;
        const bool ok = c.open(request);
        c.socket.close();
        return ok;
    };
    QVERIFY(connectWith("allow"));
    QVERIFY(connectWith("allow"));
    QVERIFY(!connectWith("deny"));
    QVERIFY(!connectWith("deny"));
    QVERIFY(!connectWith(QByteArray())); // no Auth header: 401 without calling the function
    clock.advanceMs(301'000);
    QVERIFY(connectWith("allow"));

    struct Expect
    {
        int status;
        bool cacheHit;
        const char *detail;
        double calls; // the function process's invocation count in the answer's context; 0: not called
    };
    // One function process serves the calls in order: allow (1), deny (2), allow after expiry (3).
    const Expect expected[] = {{101, false, "authorizer.allowed", 1}, {101, true, "authorizer.cached", 1},
                               {403, false, "authorizer.denied", 2},  {403, true, "authorizer.denied", 2},
                               {401, false, "authorizer.identity_missing", 0}, {101, false, "authorizer.allowed", 3}};
    for (size_t i = 0; i < std::size(expected); ++i) {
        const ExchangeRecordPtr r = g.connectRecord(QStringLiteral("hdr"), i + 1);
        QVERIFY2(r && r->authorizer, qPrintable(QString::number(i)));
        QCOMPARE(r->status, expected[i].status);
        QCOMPARE(r->authorizer->cacheHit, expected[i].cacheHit);
        QCOMPARE(r->steps.at(1).detail, QString::fromLatin1(expected[i].detail));
        const bool called = !r->lambda.empty();
        QCOMPARE(called, !expected[i].cacheHit && expected[i].calls > 0);
        if (expected[i].calls > 0) {
            QCOMPARE(r->authorizer->context.value(u"calls").toDouble(), expected[i].calls);
            QCOMPARE(r->authorizer->identity, r->status == 101 ? QStringLiteral("allow,gold") : QStringLiteral("deny,gold"));
        }
    }
}

void tst_WebSocketAuth::iamSignedUpgrade()
{
    Gateway g;
    const QByteArray path = g.path(QStringLiteral("iam"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auth::Credential good{QString::fromLatin1(kKey), QString::fromLatin1(kSecret), {}, {}};

    // Unsigned: 403 Forbidden, and nothing runs.
    RawResponse r = rawRequest(g.port, upgradeRequest(path, g.port), 30'000);
    QCOMPARE(r.status, 403);
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(u"message").toString(), QStringLiteral("Forbidden"));
    Client unsigned_;
    QVERIFY(!unsigned_.open(g.url(QStringLiteral("iam"))));

    // Signed with the wrong secret: SigV4's own answer.
    auth::SigV4SigningOptions o;
    o.nowEpochSeconds = now;
    o.headersToSign = {"host"};
    const auth::SigV4SignedRequest forged
        = auth::signSigV4(upgradeToSign(g.port, path), {QString::fromLatin1(kKey), QStringLiteral("wrong"), {}, {}}, o);
    r = rawRequest(g.port, upgradeRequest(path, g.port, signedHeaderLines(forged)), 30'000);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("InvalidSignatureException"));
    QVERIFY2(r.body.contains("signature we calculated does not match"), r.body.constData());

    // Header-signed (host and x-amz-date): upgraded.
    const auth::SigV4SignedRequest headerSigned = auth::signSigV4(upgradeToSign(g.port, path), good, o);
    QVERIFY2(headerSigned.problem.isEmpty(), qPrintable(headerSigned.problem));
    QTcpSocket socket;
    const QByteArray head = handshakeHead(g.port, upgradeRequest(path, g.port, signedHeaderLines(headerSigned)), &socket);
    QVERIFY2(head.startsWith("HTTP/1.1 101"), head.constData());

    // A presigned URL with QWebSocket: upgraded, and the caller's identity reaches the messages.
    auth::SigV4SigningOptions presign = o;
    presign.presign = true;
    presign.expiresSeconds = 300;
    const auth::SigV4SignedRequest presigned = auth::signSigV4(upgradeToSign(g.port, path), good, presign);
    const QUrl url = QUrl::fromEncoded("ws://127.0.0.1:" + QByteArray::number(g.port) + path + '?' + presigned.request.query);
    Client c;
    QVERIFY2(c.open(url), qPrintable(url.toString()));
    if (haveRuntime("node")) {
        const QJsonObject identity = c.ask(R"({"action":"whoami"})").value(u"identity").toObject();
        QCOMPARE(identity.value(u"accessKey").toString(), QString::fromLatin1(kKey));
        QCOMPARE(identity.value(u"userArn").toString(), QStringLiteral("arn:aws:iam::123456789012:user/ws-tester"));
        QCOMPARE(identity.value(u"user").toString(), QStringLiteral("AIDAWSAUTHTESTUSER"));
        QCOMPARE(identity.value(u"accountId").toString(), QStringLiteral("123456789012"));
    }

    // The records: the unsigned and forged attempts stopped at the iam step; the signed ones carry the trace.
    const ExchangeRecordPtr first = g.connectRecord(QStringLiteral("iam"), 1);
    QVERIFY(first && first->iam);
    QCOMPARE(first->status, 403);
    QCOMPARE(first->stoppedAt, QStringLiteral("authorizer.iam_missing"));
    QCOMPARE(first->stoppedAtStep, QStringLiteral("iam"));
    QVERIFY(!first->iam->ok);
    const ExchangeRecordPtr wrong = g.connectRecord(QStringLiteral("iam"), 3);
    QVERIFY(wrong && wrong->iam);
    QCOMPARE(wrong->stoppedAt, QStringLiteral("authorizer.iam_invalid"));
    const ExchangeRecordPtr signedHeader = g.connectRecord(QStringLiteral("iam"), 4);
    QVERIFY(signedHeader && signedHeader->iam);
    QCOMPARE(signedHeader->status, 101);
    QVERIFY(signedHeader->iam->ok);
    QVERIFY(!signedHeader->iam->presigned);
    QCOMPARE(signedHeader->steps.at(1).name, QLatin1StringView("iam"));
    QCOMPARE(signedHeader->steps.at(1).detail, QStringLiteral("authorizer.iam_allowed"));
    const ExchangeRecordPtr presignedRecord = g.connectRecord(QStringLiteral("iam"), 5);
    QVERIFY(presignedRecord && presignedRecord->iam);
    QVERIFY(presignedRecord->iam->presigned);
    QCOMPARE(presignedRecord->iam->accessKey, QString::fromLatin1(kKey));
}

void tst_WebSocketAuth::chatExampleWithNodeClients()
{
    if (!haveRuntime("node"))
        QSKIP("node is not installed (the chat example's functions and the client are Node.js)");
    QString why;
    const QString clientDir = installWsClient(&why);
    if (clientDir.isEmpty())
        QSKIP(qPrintable(why));
    ServeProcess serve({sourceDir() + QStringLiteral("/resources/examples/websocket-chat.gatehouse.yaml"),
                        QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY2(serve.port != 0, qPrintable(serve.err()));
    QProcess client;
    client.setProcessChannelMode(QProcess::SeparateChannels);
    client.start(QStandardPaths::findExecutable(QStringLiteral("node")),
                 {sourceDir() + QStringLiteral("/tests/websocket/chat_client.js"), clientDir,
                  QStringLiteral("ws://127.0.0.1:%1/production").arg(serve.port)});
    QVERIFY(client.waitForStarted());
    QVERIFY2(client.waitForFinished(120'000), "the Node.js client did not finish within 2 minutes");
    const QByteArray out = client.readAllStandardOutput();
    const QByteArray err = client.readAllStandardError();
    QVERIFY2(client.exitCode() == 0, QByteArray(out + err + serve.err().toUtf8()).constData());
    const QJsonObject report = QJsonDocument::fromJson(out).object();
    QVERIFY2(!report.isEmpty(), QByteArray(out + err).constData());
    // Refused handshakes: a wrong token is denied by the authorizer's policy, none at all never reaches it.
    QCOMPARE(report.value(u"wrongToken").toInt(), 403);
    QCOMPARE(report.value(u"noToken").toInt(), 401);
    // Both connected clients received alice's message, broadcast through @connections with her name from the
    // authorizer's context.
    const QJsonObject expected{{QStringLiteral("from"), QStringLiteral("alice")},
                               {QStringLiteral("message"), QStringLiteral("hello from alice")}};
    for (const char *who : {"alice", "bob"}) {
        const QJsonArray got = report.value(QLatin1String(who)).toArray();
        QVERIFY2(got.contains(expected), qPrintable(QStringLiteral("%1 got %2").arg(QLatin1String(who),
                 QString::fromUtf8(QJsonDocument(got).toJson(QJsonDocument::Compact)))));
    }
    // $default answers the sender only.
    QVERIFY2(report.value(u"defaultReply").toString().contains(u"sendmessage"), out.constData());
    // $disconnect forgot both connections: the example keeps one file per connection, with the gateway's port.
    const QDir store(QDir::tempPath() + QStringLiteral("/gatehouse-websocket-chat/chat-production"));
    const QByteArray mine = "\"port\":" + QByteArray::number(serve.port) + '}';
    auto remembered = [&] {
        int n = 0;
        for (const QFileInfo &f : store.entryInfoList(QDir::Files)) {
            QFile file(f.filePath());
            n += file.open(QIODevice::ReadOnly) && file.readAll().endsWith(mine);
        }
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(remembered(), 0, 20'000);
    QCOMPARE(serve.stop(), 0);
}

QTEST_MAIN(tst_WebSocketAuth)
#include "tst_websocketauth.moc"
