// SPDX-License-Identifier: GPL-3.0-or-later
// WebSocket APIs end to end with a real client (QWebSocket): the handshake on the gateway's port, $connect accepting
// and refusing, route selection and $default, two-way routes, a Lambda that receives the WebSocket event, the
// @connections management API signed with SigV4, AWS's frame, idle and lifetime limits on a fake clock, and (when
// Debian's awscli is installed) `aws apigatewaymanagementapi post-to-connection`.

#include "localgateway.h"
#include "testbackend.h"
#include "testsupport.h"

#include "auth/sigv4.h"
#include "common/clock.h"
#include "doc/docio.h"
#include "engine/compiler.h"
#include "io/projectfile.h"
#include "io/websocketdefinition.h"
#include "lambda/lambdaservice.h"
#include "websocket/wsframe.h"
#include "websocket/wsservice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QNetworkRequest>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

using namespace gw;
using namespace gw::test;

namespace {

const QByteArray kKey = "AKIDWEBSOCKETTEST";
const QByteArray kSecret = "wsSecretKeyForTests/0123456789";

QByteArray projectYaml()
{
    QByteArray yaml = R"(gatehouse: 1
awsCredentialFiles: false
credentials:
  - accessKeyId: AKIDWEBSOCKETTEST
    secretAccessKey: wsSecretKeyForTests/0123456789
functions:
)";
    yaml += functionYaml(QStringLiteral("wsfn"), QStringLiteral("nodejs20.x"), functionsDir() + u"/node-websocket",
                         QStringLiteral("index.handler"));
    yaml += R"(apis:
  - id: dflt
    protocol: websocket
    definition:
      name: Default routes
      routeSelectionExpression: $request.body.action
      routes:
        ping:
          integration: {type: mock, responseBody: '{"pong":true}'}
          routeResponse: true
        quiet:
          integration: {type: mock}
        $default:
          integration: {type: mock, responseBody: default}
          routeResponse: true
    stages: [{name: prod, deployment: d1}]
    deployments: [{id: d1}]
  - id: chat
    protocol: websocket
    definition:
      routeSelectionExpression: ${request.body.meta.kind}
      routes:
        hello:
          integration: {type: mock, responseBody: hi}
          routeResponse: true
    stages: [{name: prod, deployment: d1}]
    deployments: [{id: d1}]
  - id: closed
    protocol: websocket
    definition:
      routes:
        $connect:
          integration: {type: mock, statusCode: 403, responseBody: '{"message":"Forbidden"}'}
    stages: [{name: prod, deployment: d1}]
    deployments: [{id: d1}]
  - id: lam
    protocol: websocket
    definition:
      routeSelectionExpression: $request.body.action
      routes:
        $connect: {integration: {type: aws_proxy, uri: wsfn}}
        $disconnect: {integration: {type: aws_proxy, uri: wsfn}}
        whoami:
          integration: {type: aws_proxy, uri: wsfn}
          routeResponse: true
        fire:
          integration: {type: aws_proxy, uri: wsfn}
    stages: [{name: prod, deployment: d1}]
    deployments: [{id: d1}]
)";
    return yaml;
}

/// A gateway serving projectYaml() on 127.0.0.1:0 with the given clock.
struct Gateway : LocalGateway
{
    explicit Gateway(const Clock *clock = nullptr)
        : LocalGateway(projectYaml(), clock)
    {
    }

    QUrl url(const QString &api, const QString &query = {}) const
    {
        QUrl u(QStringLiteral("ws://127.0.0.1:%1/restapis/%2/prod/_user_request_").arg(port).arg(api));
        if (!query.isEmpty())
            u.setQuery(query);
        return u;
    }

    std::vector<ExchangeRecordPtr> waitRecords(const std::function<bool(const ExchangeRecord &)> &match, size_t count)
    {
        return sink->waitFor(engine.records(), [&](const std::vector<ExchangeRecordPtr> &all) {
            return size_t(std::count_if(all.begin(), all.end(), [&](const ExchangeRecordPtr &r) { return match(*r); }))
                >= count;
        }, 15'000);
    }
};

/// A connected client that keeps what it receives.
struct Client
{
    QWebSocket socket;
    QStringList texts;
    QList<QByteArray> binaries;
    bool closed = false;

    Client()
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [this](const QString &m) { texts.append(m); });
        QObject::connect(&socket, &QWebSocket::binaryMessageReceived, &socket,
                         [this](const QByteArray &m) { binaries.append(m); });
        QObject::connect(&socket, &QWebSocket::disconnected, &socket, [this] { closed = true; });
    }
    bool open(const QUrl &url)
    {
        socket.open(url);
        QElapsedTimer t;
        t.start();
        while (socket.state() != QAbstractSocket::ConnectedState && !closed && t.elapsed() < 15'000)
            QTest::qWait(5);
        return socket.state() == QAbstractSocket::ConnectedState;
    }
    QString next(int timeoutMs = 10'000)
    {
        const qsizetype before = texts.size();
        QElapsedTimer t;
        t.start();
        while (texts.size() == before && !closed && t.elapsed() < timeoutMs)
            QTest::qWait(5);
        return texts.size() > before ? texts.last() : QString();
    }
};

/// A raw upgrade request and the server's answer head (up to the blank line).
QByteArray rawHandshake(quint16 port, const QByteArray &host, const QByteArray &target, QTcpSocket *socket)
{
    socket->connectToHost(QHostAddress::LocalHost, port);
    if (!socket->waitForConnected(5000))
        return {};
    socket->write("GET " + target + " HTTP/1.1\r\nHost: " + host
                  + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    "Sec-WebSocket-Version: 13\r\n\r\n");
    QByteArray head;
    QElapsedTimer t;
    t.start();
    while (!head.contains("\r\n\r\n") && t.elapsed() < 10'000) {
        socket->waitForReadyRead(100);
        head += socket->readAll();
    }
    return head;
}

auth::SigV4Request managementRequest(quint16 port, const QByteArray &method, const QString &api,
                                     const QString &connectionId, const QByteArray &body = {})
{
    auth::SigV4Request r;
    r.method = method;
    r.path = "/restapis/" + api.toUtf8() + "/prod/_user_request_/@connections/"
        + QUrl::toPercentEncoding(connectionId);
    r.headers.append({"Host", "127.0.0.1:" + QByteArray::number(port)});
    r.body = body;
    return r;
}

RawResponse send(quint16 port, const auth::SigV4Request &r)
{
    QByteArray bytes = r.method + " " + r.path + (r.query.isEmpty() ? QByteArray() : "?" + r.query) + " HTTP/1.1\r\n";
    for (const auto &[n, v] : r.headers)
        bytes += n + ": " + v + "\r\n";
    bytes += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n\r\n" + r.body;
    return rawRequest(port, bytes, 15'000);
}

auth::SigV4Request signedRequest(const auth::SigV4Request &r, qint64 nowSeconds)
{
    auth::SigV4SigningOptions o;
    o.nowEpochSeconds = nowSeconds;
    return auth::signSigV4(r, {QString::fromLatin1(kKey), QString::fromLatin1(kSecret), {}, {}}, o).request;
}

} // namespace

class tst_WebSocket : public QObject
{
    Q_OBJECT
private slots:
    void routeSelection_data();
    void routeSelection();
    void frameCodec();
    void loaderReportsProblems();
    void handshakeOnTheHostEndpoint();
    void mockRoutesAndDefault();
    void noRouteAndNoDefaultIsForbidden();
    void connectRefusedByMock();
    void frameOverLimitCloses1009();
    void idleAndLifetimeLimitsOnFakeClock();
    void connectionsApi();
    void lambdaRoutes();
    void awsCliPostToConnection();
    void httpProxyRoutes();
    void httpProxyFailures();
    void httpTemplateRoute();
};

void tst_WebSocket::routeSelection_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("key");
    QTest::addRow("action") << "$request.body.action" << QByteArray(R"({"action":"join"})") << true << "join";
    QTest::addRow("wrapped") << "${request.body.action}" << QByteArray(R"({"action":"join"})") << true << "join";
    QTest::addRow("nested") << "$request.body.a.b" << QByteArray(R"({"a":{"b":"x"}})") << true << "x";
    QTest::addRow("static text") << "${request.body.service}/${request.body.action}"
                                 << QByteArray(R"({"service":"chat","action":"join"})") << true << "chat/join";
    QTest::addRow("number") << "$request.body.n" << QByteArray(R"({"n":3})") << true << "3";
    QTest::addRow("missing") << "$request.body.action" << QByteArray(R"({"x":1})") << false << "";
    QTest::addRow("not json") << "$request.body.action" << QByteArray("hello") << false << "";
    QTest::addRow("array body") << "$request.body.action" << QByteArray("[1]") << false << "";
}

void tst_WebSocket::routeSelection()
{
    QFETCH(QString, expression);
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QString, key);
    QString got;
    QCOMPARE(io::evaluateRouteSelection(expression, body, &got), ok);
    if (ok)
        QCOMPARE(got, key);
}

void tst_WebSocket::frameCodec()
{
    // RFC 6455 section 1.3's example.
    QCOMPARE(websocket::acceptKey("dGhlIHNhbXBsZSBub25jZQ=="), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    // RFC 6455 5.7: a masked "Hello", split at every byte.
    const QByteArray masked = QByteArray::fromHex("818537fa213d7f9f4d5158");
    for (int split = 0; split <= masked.size(); ++split) {
        websocket::FrameReader reader(32 * 1024);
        websocket::Frame frame;
        quint16 code = 0;
        QString error;
        reader.append(masked.constData(), split);
        if (split < masked.size())
            QCOMPARE(reader.next(&frame, &code, &error), websocket::FrameReader::Result::NeedMore);
        reader.append(masked.constData() + split, masked.size() - split);
        QCOMPARE(reader.next(&frame, &code, &error), websocket::FrameReader::Result::Frame);
        QCOMPARE(frame.payload, QByteArray("Hello"));
        QVERIFY(frame.fin);
    }
    websocket::FrameReader reader(32 * 1024);
    websocket::Frame frame;
    quint16 code = 0;
    QString error;
    const QByteArray unmasked = QByteArray::fromHex("810548656c6c6f");
    reader.append(unmasked.constData(), unmasked.size());
    QCOMPARE(reader.next(&frame, &code, &error), websocket::FrameReader::Result::Error);
    QCOMPARE(code, quint16(1002));
    QCOMPARE(websocket::encodeFrame(websocket::Opcode::Text, "Hello"), QByteArray::fromHex("810548656c6c6f"));
    QCOMPARE(websocket::encodeFrame(websocket::Opcode::Binary, QByteArray(256, 'x')).left(4), QByteArray::fromHex("82 7e 01 00"));
}

void tst_WebSocket::loaderReportsProblems()
{
    const QByteArray yaml = R"(gatehouse: 1
apis:
  - id: bad
    protocol: websocket
    definition:
      routeSelectionExpression: $request.header.x
      routes:
        $conect:
          integration: {type: mock}
        send:
          integration: {type: aws, uri: 'arn:aws:apigateway:us-east-1:sqs:path/q'}
        push:
          integration:
            type: http_proxy
            uri: 'ftp://example.com'
            requestParameters: {integration.request.header.x-user: route.request.header.user}
        other:
          integration: {type: aws_proxy}
        lambdaGet:
          integration: {type: aws_proxy, uri: chat, httpMethod: GET}
        lambdaPost:
          integration: {type: aws_proxy, uri: chat, httpMethod: POST}
)";
    const io::ProjectLoad l = io::readProject(doc::parse(yaml).root, QStringLiteral("bad.gatehouse.yaml"));
    QVERIFY(!l.project);
    QStringList fields;
    for (const auto &d : l.diagnostics) {
        fields.append(d.field);
        QVERIFY2(d.line > 0, qPrintable(d.format()));
    }
    QVERIFY2(fields.contains(u"apis[bad].definition.routeSelectionExpression"), qPrintable(fields.join(u' ')));
    QVERIFY2(fields.contains(u"apis[bad].definition.routes.$conect"), qPrintable(fields.join(u' ')));
    QVERIFY2(fields.contains(u"apis[bad].definition.routes.send.integration.type"), qPrintable(fields.join(u' ')));
    QVERIFY2(fields.contains(u"apis[bad].definition.routes.other.integration.uri"), qPrintable(fields.join(u' ')));
    // A Lambda integration is called with POST, which AWS lets the definition name (its own samples do).
    QVERIFY2(fields.contains(u"apis[bad].definition.routes.lambdaGet.integration.httpMethod"), qPrintable(fields.join(u' ')));
    QVERIFY2(!fields.contains(u"apis[bad].definition.routes.lambdaPost.integration.httpMethod"), qPrintable(fields.join(u' ')));
    // http_proxy: an http(s) URL is required, and request headers exist only on $connect.
    QVERIFY2(fields.contains(u"apis[bad].definition.routes.push.integration.uri"), qPrintable(fields.join(u' ')));
    QVERIFY2(fields.contains(u"apis[bad].definition.routes.push.integration.requestParameters.integration.request.header.x-user"),
             qPrintable(fields.join(u' ')));

    // A good one saves as it was written.
    const io::ProjectLoad good = io::readProject(doc::parse(projectYaml()).root, QStringLiteral("ws.gatehouse.yaml"));
    QVERIFY(good.project);
    const QByteArray saved = io::serializeProject(*good.project);
    QVERIFY2(saved.contains("protocol: websocket"), saved.constData());
    QVERIFY2(saved.contains("routeSelectionExpression: $request.body.action"), saved.constData());
    const io::ProjectLoad again = io::readProject(doc::parse(saved).root, QStringLiteral("again.gatehouse.yaml"));
    QVERIFY(again.project);
    QCOMPARE(io::serializeProject(*again.project), saved);
}

void tst_WebSocket::handshakeOnTheHostEndpoint()
{
    Gateway g;
    QTcpSocket socket;
    const QByteArray head = rawHandshake(g.port, "dflt.execute-api.localhost:" + QByteArray::number(g.port), "/prod", &socket);
    QVERIFY2(head.startsWith("HTTP/1.1 101 Switching Protocols\r\n"), head.constData());
    QVERIFY2(head.contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"), head.constData());
    QVERIFY(head.contains("Upgrade: websocket\r\n"));
    // A masked text frame "hello" (not JSON): $default answers.
    socket.write(QByteArray::fromHex("8185") + QByteArray(4, '\0') + "hello");
    QByteArray frame;
    QElapsedTimer t;
    t.start();
    while (frame.size() < 9 && t.elapsed() < 10'000) {
        socket.waitForReadyRead(100);
        frame += socket.readAll();
    }
    QCOMPARE(frame, websocket::encodeFrame(websocket::Opcode::Text, "default"));

    // Unknown stage: 403; plain HTTP to the stage: 426.
    QTcpSocket other;
    const QByteArray refused = rawHandshake(g.port, "dflt.execute-api.localhost", "/nostage", &other);
    QVERIFY2(refused.startsWith("HTTP/1.1 403"), refused.constData());
    QCOMPARE(rawRequest(g.port, getRequest("/prod", "dflt.execute-api.localhost")).status, 426);
}

void tst_WebSocket::mockRoutesAndDefault()
{
    Gateway g;
    Client c;
    QVERIFY(c.open(g.url(QStringLiteral("dflt"))));
    c.socket.sendTextMessage(QStringLiteral(R"({"action":"ping"})"));
    QCOMPARE(c.next(), QStringLiteral(R"({"pong":true})"));
    c.socket.sendTextMessage(QStringLiteral("not json"));
    QCOMPARE(c.next(), QStringLiteral("default"));
    c.socket.sendTextMessage(QStringLiteral(R"({"action":"unknown"})"));
    QCOMPARE(c.next(), QStringLiteral("default"));
    // A one-way route answers nothing: the next answer is the ping's.
    c.socket.sendTextMessage(QStringLiteral(R"({"action":"quiet"})"));
    c.socket.sendTextMessage(QStringLiteral(R"({"action":"ping"})"));
    QCOMPARE(c.next(), QStringLiteral(R"({"pong":true})"));
    QCOMPARE(c.texts.size(), 4);
    // Fragmented message: three frames make one message.
    QTcpSocket raw;
    QVERIFY(rawHandshake(g.port, "dflt.execute-api.localhost", "/prod", &raw).startsWith("HTTP/1.1 101"));
    const QByteArray zeroMask(4, '\0');
    raw.write(QByteArray::fromHex("0188") + zeroMask + R"({"action)");
    raw.write(QByteArray::fromHex("8980") + zeroMask); // a ping between fragments
    raw.write(QByteArray::fromHex("0084") + zeroMask + R"(":"p)");
    raw.write(QByteArray::fromHex("8085") + zeroMask + R"(ing"})");
    QByteArray got;
    const QByteArray pong = websocket::encodeFrame(websocket::Opcode::Pong, {});
    const QByteArray reply = websocket::encodeFrame(websocket::Opcode::Text, R"({"pong":true})");
    QElapsedTimer t;
    t.start();
    while (got.size() < pong.size() + reply.size() && t.elapsed() < 10'000) {
        raw.waitForReadyRead(100);
        got += raw.readAll();
    }
    QCOMPARE(got, pong + reply);

    c.socket.close();
    const auto records = g.waitRecords([](const ExchangeRecord &r) { return r.eventType == u"DISCONNECT"; }, 1);
    QStringList routes;
    QString connectionId;
    for (const auto &r : records) {
        if (r->apiId != u"dflt" || r->connectionId.isEmpty())
            continue;
        QCOMPARE(r->protocol, QStringLiteral("websocket"));
        if (connectionId.isEmpty())
            connectionId = r->connectionId;
        if (r->connectionId == connectionId)
            routes.append(r->eventType + u' ' + r->route);
    }
    QVERIFY2(routes.contains(u"CONNECT $connect"), qPrintable(routes.join(u", ")));
    QVERIFY2(routes.contains(u"MESSAGE ping"), qPrintable(routes.join(u", ")));
    QVERIFY2(routes.contains(u"MESSAGE $default"), qPrintable(routes.join(u", ")));
    QVERIFY2(routes.contains(u"MESSAGE quiet"), qPrintable(routes.join(u", ")));
    QVERIFY2(routes.contains(u"DISCONNECT $disconnect"), qPrintable(routes.join(u", ")));
}

void tst_WebSocket::noRouteAndNoDefaultIsForbidden()
{
    Gateway g;
    Client c;
    QVERIFY(c.open(g.url(QStringLiteral("chat"))));
    c.socket.sendTextMessage(QStringLiteral(R"({"meta":{"kind":"hello"}})"));
    QCOMPARE(c.next(), QStringLiteral("hi"));
    c.socket.sendTextMessage(QStringLiteral(R"({"meta":{"kind":"other"}})"));
    const QJsonObject error = QJsonDocument::fromJson(c.next().toUtf8()).object();
    QCOMPARE(error.value(u"message").toString(), QStringLiteral("Forbidden"));
    QVERIFY(!error.value(u"connectionId").toString().isEmpty());
    QVERIFY(!error.value(u"requestId").toString().isEmpty());
    QCOMPARE(c.socket.state(), QAbstractSocket::ConnectedState);
    const auto records = g.waitRecords([](const ExchangeRecord &r) { return r.stoppedAt == u"websocket.no_route"; }, 1);
    QVERIFY(!records.empty());
}

void tst_WebSocket::connectRefusedByMock()
{
    Gateway g;
    QTcpSocket socket;
    const QByteArray head = rawHandshake(g.port, "closed.execute-api.localhost", "/prod", &socket);
    QVERIFY2(head.startsWith("HTTP/1.1 403"), head.constData());
    Client c;
    QVERIFY(!c.open(g.url(QStringLiteral("closed"))));
    const auto records = g.waitRecords([](const ExchangeRecord &r) { return r.stoppedAt == u"websocket.connect_rejected"; }, 2);
    QVERIFY(!records.empty());
}

void tst_WebSocket::frameOverLimitCloses1009()
{
    Gateway g;
    Client c;
    QVERIFY(c.open(g.url(QStringLiteral("dflt"))));
    c.socket.sendTextMessage(QString(40 * 1024, u'x'));
    QTRY_VERIFY_WITH_TIMEOUT(c.closed, 10'000);
    QCOMPARE(int(c.socket.closeCode()), 1009);

    // Frames under the limit that add up to a message over 128 KB: 1009 too.
    QTcpSocket raw;
    QVERIFY(rawHandshake(g.port, "dflt.execute-api.localhost", "/prod", &raw).startsWith("HTTP/1.1 101"));
    const QByteArray chunk(30 * 1024, 'x');
    for (int i = 0; i < 5; ++i) {
        QByteArray frame;
        frame.append(char(i == 0 ? 0x01 : 0x00)); // text, then continuations; never final
        frame.append(char(0x80 | 126));
        frame.append(char(chunk.size() >> 8));
        frame.append(char(chunk.size() & 0xFF));
        frame.append(QByteArray(4, '\0'));
        frame.append(chunk);
        raw.write(frame);
    }
    QByteArray got;
    QElapsedTimer t;
    t.start();
    while (!got.startsWith("\x88") && t.elapsed() < 10'000) {
        raw.waitForReadyRead(100);
        got += raw.readAll();
    }
    QVERIFY2(got.startsWith(QByteArray::fromHex("881103f1")), got.toHex().constData());
}

void tst_WebSocket::idleAndLifetimeLimitsOnFakeClock()
{
    FakeClock clock(QDateTime::currentMSecsSinceEpoch());
    Gateway g(&clock);
    Client idle;
    QVERIFY(idle.open(g.url(QStringLiteral("dflt"))));
    clock.advanceMs(9 * 60 * 1000);
    QTest::qWait(600);
    QVERIFY(!idle.closed);
    clock.advanceMs(61 * 1000);
    QTRY_VERIFY_WITH_TIMEOUT(idle.closed, 5000);
    QCOMPARE(int(idle.socket.closeCode()), 1001);

    // Messages keep a connection from idling out, but not past two hours.
    Client busy;
    QVERIFY(busy.open(g.url(QStringLiteral("dflt"))));
    for (int i = 0; i < 13; ++i) { // 13 * 9 = 117 minutes
        clock.advanceMs(9 * 60 * 1000);
        busy.socket.sendTextMessage(QStringLiteral(R"({"action":"ping"})"));
        QCOMPARE(busy.next(), QStringLiteral(R"({"pong":true})"));
    }
    QVERIFY(!busy.closed);
    clock.advanceMs(4 * 60 * 1000);
    QTRY_VERIFY_WITH_TIMEOUT(busy.closed, 5000);
    QCOMPARE(int(busy.socket.closeCode()), 1001);
}

void tst_WebSocket::connectionsApi()
{
    Gateway g;
    Client c;
    QVERIFY(c.open(g.url(QStringLiteral("chat"))));
    QTRY_COMPARE(g.engine.websocket().connectionIds().size(), 1);
    const QString id = g.engine.websocket().connectionIds().constFirst();
    const qint64 now = QDateTime::currentSecsSinceEpoch();

    // Unsigned: refused (the gateway knows credentials).
    RawResponse r = send(g.port, managementRequest(g.port, "POST", QStringLiteral("chat"), id, "x"));
    QCOMPARE(r.status, 403);
    QVERIFY2(r.body.contains("Missing Authentication Token"), r.body.constData());

    r = send(g.port, signedRequest(managementRequest(g.port, "POST", QStringLiteral("chat"), id, "pushed"), now));
    QCOMPARE(r.status, 200);
    QCOMPARE(c.next(), QStringLiteral("pushed"));
    // Bytes that are not UTF-8 go as a binary message.
    r = send(g.port, signedRequest(managementRequest(g.port, "POST", QStringLiteral("chat"), id, QByteArray("\xff\x00", 2)), now));
    QCOMPARE(r.status, 200);
    QTRY_COMPARE(c.binaries.size(), 1);
    QCOMPARE(c.binaries.first(), QByteArray("\xff\x00", 2));
    // Each post is recorded as an OUT message, and counted on the connection.
    const auto posted = g.waitRecords([&](const ExchangeRecord &r) {
        return r.connectionId == id && r.messageDirection == u"OUT";
    }, 2);
    const auto out = std::find_if(posted.begin(), posted.end(), [&](const ExchangeRecordPtr &r) {
        return r->connectionId == id && r->messageDirection == u"OUT" && r->responseBody == "pushed";
    });
    QVERIFY(out != posted.end());
    QCOMPARE((*out)->eventType, QStringLiteral("MESSAGE"));
    QVERIFY((*out)->route.isEmpty());
    QCOMPARE((*out)->steps.size(), size_t(1));
    QCOMPARE((*out)->steps.front().detail, QStringLiteral("websocket.post_to_connection"));
    const QList<websocket::ConnectionSnapshot> open = g.engine.websocket().connections();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.front().connectionId, id);
    QCOMPARE(open.front().messagesOut, quint64(2));
    QCOMPARE(open.front().bytesOut, quint64(6 + 2));
    QCOMPARE(open.front().messagesIn, quint64(0));

    // Signed with a wrong secret.
    auth::SigV4SigningOptions o;
    o.nowEpochSeconds = now;
    const auth::SigV4Request forged
        = auth::signSigV4(managementRequest(g.port, "POST", QStringLiteral("chat"), id, "x"), {QString::fromLatin1(kKey), QStringLiteral("wrong"), {}, {}}, o).request;
    QCOMPARE(send(g.port, forged).status, 403);

    r = send(g.port, signedRequest(managementRequest(g.port, "GET", QStringLiteral("chat"), id), now));
    QCOMPARE(r.status, 200);
    const QJsonObject info = QJsonDocument::fromJson(r.body).object();
    QVERIFY2(QDateTime::fromString(info.value(u"connectedAt").toString(), Qt::ISODateWithMs).isValid(), r.body.constData());
    QVERIFY2(QDateTime::fromString(info.value(u"lastActiveAt").toString(), Qt::ISODateWithMs).isValid(), r.body.constData());
    QCOMPARE(info.value(u"identity").toObject().value(u"sourceIp").toString(), QStringLiteral("127.0.0.1"));

    // Another API's stage does not know the connection.
    QCOMPARE(send(g.port, signedRequest(managementRequest(g.port, "GET", QStringLiteral("dflt"), id), now)).status, 410);

    r = send(g.port, signedRequest(managementRequest(g.port, "DELETE", QStringLiteral("chat"), id), now));
    QCOMPARE(r.status, 204);
    QTRY_VERIFY_WITH_TIMEOUT(c.closed, 5000);
    QCOMPARE(int(c.socket.closeCode()), 1000);
    QTRY_COMPARE(g.engine.websocket().connectionIds().size(), 0);
    const auto closed = g.waitRecords([&](const ExchangeRecord &r) {
        return r.connectionId == id && r.eventType == u"DISCONNECT";
    }, 1);
    for (const ExchangeRecordPtr &d : closed) {
        if (d->connectionId == id && d->eventType == u"DISCONNECT") {
            QCOMPARE(d->disconnectStatusCode, 1000);
            QCOMPARE(d->disconnectReason, QStringLiteral("closed through @connections DELETE"));
        }
    }
    r = send(g.port, signedRequest(managementRequest(g.port, "POST", QStringLiteral("chat"), id, "late"), now));
    QCOMPARE(r.status, 410);
    QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("GoneException"));
}

void tst_WebSocket::lambdaRoutes()
{
    if (!haveRuntime("node"))
        QSKIP("node is not installed");
    Gateway g;
    Client denied;
    QVERIFY(!denied.open(g.url(QStringLiteral("lam"), QStringLiteral("deny=1"))));

    Client c;
    QVERIFY(c.open(g.url(QStringLiteral("lam"), QStringLiteral("user=alice"))));
    c.socket.sendTextMessage(QStringLiteral(R"({"action":"whoami","n":1})"));
    const QJsonObject seen = QJsonDocument::fromJson(c.next(30'000).toUtf8()).object();
    QCOMPARE(seen.value(u"routeKey").toString(), QStringLiteral("whoami"));
    QCOMPARE(seen.value(u"eventType").toString(), QStringLiteral("MESSAGE"));
    QCOMPARE(seen.value(u"stage").toString(), QStringLiteral("prod"));
    QCOMPARE(seen.value(u"apiId").toString(), QStringLiteral("lam"));
    QCOMPARE(seen.value(u"domainName").toString(), QStringLiteral("lam.execute-api.localhost"));
    QCOMPARE(seen.value(u"sourceIp").toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(seen.value(u"body").toString(), QStringLiteral(R"({"action":"whoami","n":1})"));
    QCOMPARE(seen.value(u"isBase64Encoded").toBool(true), false);
    QVERIFY(!seen.value(u"messageId").toString().isEmpty());
    QVERIFY(seen.value(u"connectedAt").toDouble() > 0);
    const QString id = seen.value(u"connectionId").toString();
    QVERIFY(g.engine.websocket().connectionIds().contains(id));

    // A one-way Lambda route sends nothing back.
    c.socket.sendTextMessage(QStringLiteral(R"({"action":"fire"})"));
    c.socket.sendTextMessage(QStringLiteral(R"({"action":"whoami"})"));
    QCOMPARE(QJsonDocument::fromJson(c.next(30'000).toUtf8()).object().value(u"routeKey").toString(), QStringLiteral("whoami"));
    QCOMPARE(c.texts.size(), 2);

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
            QVERIFY(!r->lambda.empty());
            QVERIFY(r->lambda.front()->event.contains("\"queryStringParameters\":{\"user\":\"alice\"}"));
        }
        if (r->eventType == u"DISCONNECT") {
            sawDisconnect = true;
            QVERIFY(r->lambda.front()->event.contains("\"eventType\":\"DISCONNECT\""));
        }
    }
    QVERIFY(sawConnect);
    QVERIFY(sawDisconnect);
    const auto refused = g.waitRecords([](const ExchangeRecord &r) { return r.stoppedAt == u"websocket.connect_rejected"; }, 1);
    QVERIFY(!refused.empty());
}

void tst_WebSocket::awsCliPostToConnection()
{
    const QString aws = QStandardPaths::findExecutable(QStringLiteral("aws"));
    if (aws.isEmpty())
        QSKIP("the aws command (Debian package awscli) is not installed");
    Gateway g;
    Client c;
    QVERIFY(c.open(g.url(QStringLiteral("chat"))));
    QTRY_COMPARE(g.engine.websocket().connectionIds().size(), 1);
    const QString id = g.engine.websocket().connectionIds().constFirst();
    QTemporaryDir home;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QString::fromLatin1(kKey));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromLatin1(kSecret));
    env.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), home.filePath(QStringLiteral("credentials")));
    env.remove(QStringLiteral("AWS_SESSION_TOKEN"));
    env.remove(QStringLiteral("AWS_PROFILE"));
    p.setProcessEnvironment(env);
    const QString endpoint = QStringLiteral("http://127.0.0.1:%1/restapis/chat/prod/_user_request_").arg(g.port);
    p.start(aws, {QStringLiteral("apigatewaymanagementapi"), QStringLiteral("post-to-connection"),
                  QStringLiteral("--endpoint-url"), endpoint, QStringLiteral("--connection-id"), id,
                  QStringLiteral("--data"), QStringLiteral("from the aws cli")});
    QVERIFY(p.waitForStarted());
    // The gateway runs on this thread's engine workers; the client needs this thread's event loop.
    QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 60'000);
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QTRY_VERIFY_WITH_TIMEOUT(c.texts.contains(QStringLiteral("from the aws cli")), 5000);

    p.start(aws, {QStringLiteral("apigatewaymanagementapi"), QStringLiteral("get-connection"),
                  QStringLiteral("--endpoint-url"), endpoint, QStringLiteral("--connection-id"), id});
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 60'000);
    const QByteArray out = p.readAllStandardOutput();
    const QByteArray all = out + p.readAllStandardError();
    QVERIFY2(p.exitCode() == 0 && out.contains("127.0.0.1"), all.constData());

    p.start(aws, {QStringLiteral("apigatewaymanagementapi"), QStringLiteral("post-to-connection"),
                  QStringLiteral("--endpoint-url"), endpoint, QStringLiteral("--connection-id"), QStringLiteral("nope"),
                  QStringLiteral("--data"), QStringLiteral("x")});
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 60'000);
    QVERIFY(p.exitCode() != 0);
    QVERIFY2(p.readAllStandardError().contains("GoneException"), "expected GoneException");
}

namespace {

/// A project whose WebSocket API `web` sends to an HTTP backend on `backendPort`; `deadPort` has no listener.
QByteArray httpProjectYaml(quint16 backendPort, quint16 deadPort)
{
    QByteArray yaml = R"yaml(gatehouse: 1
awsCredentialFiles: false
apis:
  - id: web
    protocol: websocket
    definition:
      routeSelectionExpression: $request.body.action
      routes:
        $connect:
          integration:
            type: http_proxy
            httpMethod: GET
            uri: http://127.0.0.1:BACKEND/echo/connect
        $disconnect:
          integration: {type: http_proxy, uri: 'http://127.0.0.1:BACKEND/echo/disconnect'}
        send:
          integration:
            type: http_proxy
            uri: http://127.0.0.1:BACKEND/echo/{room}
            requestParameters:
              integration.request.header.x-connection: context.connectionId
              integration.request.querystring.user: route.request.body.user
              integration.request.path.room: route.request.body.room
              integration.request.header.content-type: "'application/json'"
          routeResponse: true
        put:
          integration: {type: http_proxy, httpMethod: PUT, uri: 'http://127.0.0.1:BACKEND/echo/put'}
          routeResponse: true
        oneway:
          integration: {type: http_proxy, uri: 'http://127.0.0.1:BACKEND/echo/oneway'}
        status:
          integration: {type: http_proxy, uri: 'http://127.0.0.1:BACKEND/status/404'}
          routeResponse: true
        slow:
          integration: {type: http_proxy, uri: 'http://127.0.0.1:BACKEND/slow/3000', timeoutInMillis: 300}
          routeResponse: true
        refused:
          integration: {type: http_proxy, uri: 'http://127.0.0.1:DEAD/echo'}
          routeResponse: true
        reset:
          integration: {type: http_proxy, uri: 'http://127.0.0.1:BACKEND/close'}
          routeResponse: true
        tmpl:
          integration:
            type: http
            uri: http://127.0.0.1:BACKEND/echo/tmpl
            templateSelectionExpression: $request.body.kind
            requestTemplates:
              greeting: '{"hello": "$input.path(''$.name'')", "route": "$context.routeKey", "stage": "$stageVariables.env"}'
              $default: 'default:$input.body'
          routeResponse: true
    stages: [{name: prod, deployment: d1, variables: {env: test}}]
    deployments: [{id: d1}]
  - id: gate
    protocol: websocket
    definition:
      routes:
        $connect:
          integration: {type: http_proxy, uri: 'http://127.0.0.1:BACKEND/status/401'}
    stages: [{name: prod, deployment: d1}]
    deployments: [{id: d1}]
)yaml";
    yaml.replace("BACKEND", QByteArray::number(backendPort));
    yaml.replace("DEAD", QByteArray::number(deadPort));
    return yaml;
}

QUrl wsUrl(quint16 port, const QString &api, const QString &query = {})
{
    QUrl u(QStringLiteral("ws://127.0.0.1:%1/restapis/%2/prod/_user_request_").arg(port).arg(api));
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

QString echoHeader(const QJsonObject &echo, const QString &name)
{
    for (const QJsonValue &h : echo.value(u"headers").toArray()) {
        if (h.toArray().at(0).toString().compare(name, Qt::CaseInsensitive) == 0)
            return h.toArray().at(1).toString();
    }
    return {};
}

} // namespace

void tst_WebSocket::httpProxyRoutes()
{
    TestBackend backend;
    const quint16 backendPort = backend.start();
    const DeadPort dead;
    LocalGateway g(httpProjectYaml(backendPort, dead.port()));

    // $connect: the upgrade request's headers and query string go to the backend with the integration's method; its
    // 2xx accepts the connection.
    Client c;
    QNetworkRequest request(wsUrl(g.port, QStringLiteral("web"), QStringLiteral("token=abc")));
    request.setRawHeader("X-Client", "yes");
    c.socket.open(request);
    QTRY_VERIFY_WITH_TIMEOUT(c.socket.state() == QAbstractSocket::ConnectedState || c.closed, 15'000);
    QCOMPARE(c.socket.state(), QAbstractSocket::ConnectedState);
    QTRY_VERIFY(backend.requests().contains("GET /echo/connect?token=abc"));

    // A two-way route: the message is the body, the backend's body the reply; mapped header, query and path part.
    c.socket.sendTextMessage(QStringLiteral(R"({"action":"send","user":"ann","room":"r 1"})"));
    QJsonObject echo = QJsonDocument::fromJson(c.next().toUtf8()).object();
    QCOMPARE(echo.value(u"method").toString(), QStringLiteral("POST"));
    QCOMPARE(echo.value(u"path").toString(), QStringLiteral("/echo/r%201"));
    QCOMPARE(echo.value(u"query").toString(), QStringLiteral("user=ann"));
    QCOMPARE(echo.value(u"body").toString(), QStringLiteral(R"({"action":"send","user":"ann","room":"r 1"})"));
    QCOMPARE(echoHeader(echo, QStringLiteral("content-type")), QStringLiteral("application/json"));
    const QString connectionId = echoHeader(echo, QStringLiteral("x-connection"));
    QVERIFY(g.engine.websocket().connectionIds().contains(connectionId));
    QVERIFY2(echoHeader(echo, QStringLiteral("x-client")).isEmpty(), "messages carry no handshake headers");

    c.socket.sendTextMessage(QStringLiteral(R"({"action":"put"})"));
    QCOMPARE(QJsonDocument::fromJson(c.next().toUtf8()).object().value(u"method").toString(), QStringLiteral("PUT"));

    // One-way: the backend is called, nothing comes back; a 404 from the backend is still the reply of a proxy.
    c.socket.sendTextMessage(QStringLiteral(R"({"action":"oneway"})"));
    c.socket.sendTextMessage(QStringLiteral(R"({"action":"status"})"));
    QCOMPARE(c.next(), QStringLiteral(R"({"status":404})"));
    QVERIFY(backend.requests().contains("POST /echo/oneway"));
    QCOMPARE(c.texts.size(), 3);

    c.socket.close();
    QTRY_VERIFY_WITH_TIMEOUT(backend.requests().contains("POST /echo/disconnect"), 10'000);
    const auto records = g.sink->waitFor(g.engine.records(), [&](const std::vector<ExchangeRecordPtr> &all) {
        return std::any_of(all.begin(), all.end(), [](const ExchangeRecordPtr &r) { return r->eventType == u"DISCONNECT"; });
    }, 10'000);
    bool sawStatus = false;
    for (const auto &r : records) {
        if (r->route == u"status") {
            sawStatus = true;
            QCOMPARE(r->integrationStatus, 404);
            QVERIFY(r->integrationLatencyUs >= 0);
            QCOMPARE(r->steps.back().detail, QStringLiteral("integration.http_proxy"));
            QVERIFY2(r->steps.back().note.contains(u"/status/404 → 404"), qPrintable(r->steps.back().note));
        }
    }
    QVERIFY(sawStatus);

    // A $connect integration that answers 401 refuses the handshake with 401.
    QTcpSocket raw;
    const QByteArray head = rawHandshake(g.port, "gate.execute-api.localhost", "/prod", &raw);
    QVERIFY2(head.startsWith("HTTP/1.1 401"), head.constData());
}

void tst_WebSocket::httpProxyFailures()
{
    TestBackend backend;
    const quint16 backendPort = backend.start();
    const DeadPort dead;
    LocalGateway g(httpProjectYaml(backendPort, dead.port()));
    Client c;
    QVERIFY(c.open(wsUrl(g.port, QStringLiteral("web"))));

    // Timeout after timeoutInMillis: AWS's "Endpoint request timed out" message; the connection stays open.
    QElapsedTimer t;
    t.start();
    c.socket.sendTextMessage(QStringLiteral(R"({"action":"slow"})"));
    QJsonObject error = QJsonDocument::fromJson(c.next().toUtf8()).object();
    QCOMPARE(error.value(u"message").toString(), QStringLiteral("Endpoint request timed out"));
    QVERIFY2(t.elapsed() < 2500, "the 300 ms timeout did not apply");
    QVERIFY(!error.value(u"connectionId").toString().isEmpty());
    QVERIFY(!error.value(u"requestId").toString().isEmpty());

    // Connection refused, and a backend that closes without answering: "Internal server error".
    for (const QString &route : {QStringLiteral("refused"), QStringLiteral("reset")}) {
        c.socket.sendTextMessage(QStringLiteral(R"({"action":"%1"})").arg(route));
        error = QJsonDocument::fromJson(c.next().toUtf8()).object();
        QCOMPARE(error.value(u"message").toString(), QStringLiteral("Internal server error"));
        QCOMPARE(error.value(u"connectionId").toString().isEmpty(), false);
    }
    QCOMPARE(c.socket.state(), QAbstractSocket::ConnectedState);

    const auto records = g.sink->waitFor(g.engine.records(), [](const std::vector<ExchangeRecordPtr> &all) {
        return std::count_if(all.begin(), all.end(), [](const ExchangeRecordPtr &r) {
                   return r->stoppedAt == u"websocket.integration_failed";
               }) >= 3;
    }, 10'000);
    QStringList details;
    for (const auto &r : records) {
        if (r->stoppedAt != u"websocket.integration_failed")
            continue;
        details.append(r->route + u'=' + r->steps.back().detail + u'/' + QString::number(r->status));
    }
    details.sort();
    QCOMPARE(details, QStringList({QStringLiteral("refused=integration.unreachable/500"),
                                   QStringLiteral("reset=integration.unreachable/500"),
                                   QStringLiteral("slow=integration.timeout/504")}));
}

void tst_WebSocket::httpTemplateRoute()
{
    TestBackend backend;
    const quint16 backendPort = backend.start();
    const DeadPort dead;
    LocalGateway g(httpProjectYaml(backendPort, dead.port()));
    Client c;
    QVERIFY(c.open(wsUrl(g.port, QStringLiteral("web"))));

    // templateSelectionExpression picks the template; $context and $stageVariables are WebSocket's.
    c.socket.sendTextMessage(QStringLiteral(R"({"action":"tmpl","kind":"greeting","name":"Bo"})"));
    QJsonObject echo = QJsonDocument::fromJson(c.next().toUtf8()).object();
    QCOMPARE(echo.value(u"method").toString(), QStringLiteral("POST"));
    QCOMPARE(echo.value(u"path").toString(), QStringLiteral("/echo/tmpl"));
    const QJsonObject sent = QJsonDocument::fromJson(echo.value(u"body").toString().toUtf8()).object();
    QCOMPARE(sent, QJsonObject({{QStringLiteral("hello"), QStringLiteral("Bo")},
                                {QStringLiteral("route"), QStringLiteral("tmpl")},
                                {QStringLiteral("stage"), QStringLiteral("test")}}));

    // No template for the key: $default.
    c.socket.sendTextMessage(QStringLiteral(R"({"action":"tmpl","kind":"other"})"));
    echo = QJsonDocument::fromJson(c.next().toUtf8()).object();
    QCOMPARE(echo.value(u"body").toString(), QStringLiteral(R"(default:{"action":"tmpl","kind":"other"})"));
}

QTEST_MAIN(tst_WebSocket)
#include "tst_websocket.moc"
