// SPDX-License-Identifier: GPL-3.0-or-later
#include "wssession.h"

#include "wshttpintegration.h"
#include "wsauthorizer.h"
#include "wsservice.h"

#include "common/clock.h"
#include "io/websocketdefinition.h"
#include "lambda/lambdaservice.h"
#include "steps/lambda/exchangeinvoke.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QStringDecoder>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcWsSession, "gatehouse.websocket")

namespace gw::websocket {

namespace {

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// AWS's extendedRequestId / messageId look like "L0SM9cOFvHcCIhw=": short, base64-ish.
QString shortId()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    const QByteArray random = QUuid::createUuid().toRfc4122();
    QString out;
    for (int i = 0; i < 15; ++i)
        out.append(QLatin1Char(alphabet[quint8(random[i]) % 62]));
    out.append(QLatin1Char('='));
    return out;
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(bytes); // decode() is lazy: converting to QString does the work
    return !decoder.hasError();
}

QString requestTime(qint64 epochMs)
{
    return QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC),
                                 QStringLiteral("dd/MMM/yyyy:HH:mm:ss +0000"));
}

QByteArray errorFrame(const QString &message, const QString &connectionId, const QString &requestId)
{
    // What API Gateway sends when a message cannot be routed or its integration fails.
    return QJsonDocument(QJsonObject{{QStringLiteral("message"), message},
                                     {QStringLiteral("connectionId"), connectionId},
                                     {QStringLiteral("requestId"), requestId}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

WsSession::WsSession(WebSocketService *service, std::shared_ptr<const WsStageConfig> config, WsHandshake handshake,
                     QString connectionId, const Clock *clock, lambda::LambdaService *lambda)
    : m_service(service)
    , m_config(std::move(config))
    , m_handshake(std::move(handshake))
    , m_id(std::move(connectionId))
    , m_clock(clock)
    , m_lambda(lambda)
    , m_reader(m_config->limits.maxFrameBytes)
{
    m_connectedUs = m_lastActiveUs = m_clock->nowUs();
    m_connectedAtMs = m_clock->epochMs();
}

WsSession::~WsSession()
{
    if (m_tunnel) {
        m_tunnel->onData = nullptr;
        m_tunnel->onClosed = nullptr;
    }
}

std::shared_ptr<ExchangeRecord> WsSession::newRecord(const QString &eventType, const QString &requestId) const
{
    auto r = std::make_shared<ExchangeRecord>();
    r->requestId = requestId;
    r->extendedRequestId = shortId();
    r->startEpochMs = m_clock->epochMs();
    r->apiId = m_config->apiId;
    r->protocol = QStringLiteral("websocket");
    r->stage = m_config->stage;
    r->connectionId = m_id;
    r->eventType = eventType;
    r->messageDirection = QStringLiteral("IN");
    r->endpoint = m_handshake.endpoint;
    r->host = m_handshake.host;
    r->method = eventType;
    r->path = QString::fromUtf8(m_handshake.path);
    r->sourceIp = m_handshake.sourceIp;
    r->sourcePort = m_handshake.sourcePort;
    r->httpVersion = QStringLiteral("HTTP/1.1");
    return r;
}

void WsSession::publish(std::shared_ptr<ExchangeRecord> record, qint64 startUs)
{
    record->totalUs = m_clock->nowUs() - startUs;
    m_service->publish(std::move(record));
}

// $connect

void WsSession::start(const http::ResponseStreamPtr &response, QByteArray secWebSocketKey)
{
    if (m_config->connectAuth && !m_authorization) {
        authorize(response, std::move(secWebSocketKey));
        return;
    }
    const qint64 startUs = m_authorization ? m_authorization->startUs : m_clock->nowUs();
    const QString requestId = m_authorization ? m_authorization->requestId : newRequestId();
    auto record = newRecord(QStringLiteral("CONNECT"), requestId);
    record->route = QStringLiteral("$connect");
    record->requestHeaders = m_handshake.headers;
    record->query = QString::fromUtf8(m_handshake.query);
    const model::WsRoute *route = m_config->definition.route(u"$connect");
    if (!route) {
        record->steps.push_back({QLatin1StringView("route"), 0, 0, false, QStringLiteral("websocket.connect"),
                                 QStringLiteral("no $connect route: the connection is accepted")});
        record->status = 101;
        accept(response, secWebSocketKey, {});
        publish(record, startUs);
        return;
    }
    record->steps.push_back({QLatin1StringView("route"), 0, 0, false, QStringLiteral("websocket.connect"),
                             QStringLiteral("$connect")});
    if (m_authorization)
        m_authorization->annotate(*record);
    QPointer<WsSession> self(this);
    response->onCancel([self] {
        if (self && self->m_state == State::Connecting) {
            self->m_state = State::Closed;
            self->deleteLater();
        }
    });
    runIntegration(*route, QStringLiteral("CONNECT"), {}, false, requestId, {}, *record,
                   [self, response, key = std::move(secWebSocketKey), record, startUs](Outcome &&out) {
                       if (!self || self->m_state != State::Connecting)
                           return;
                       record->integrationStatus = out.status;
                       record->integrationLatencyUs = out.latencyUs;
                       if (out.ok && out.status >= 200 && out.status < 300) {
                           record->status = 101;
                           http::HttpHeaders extra;
                           if (const QByteArray proto = out.headers.value("sec-websocket-protocol"); !proto.isEmpty())
                               extra.append(QByteArrayLiteral("Sec-WebSocket-Protocol"), proto);
                           self->accept(response, key, extra);
                           self->publish(record, startUs);
                           return;
                       }
                       // The handshake is refused with the integration's status (AWS: the client sees it, e.g. 403).
                       int status = out.ok ? out.status : 500;
                       QByteArray body = out.ok ? out.body : QByteArrayLiteral("{\"message\": \"Internal server error\"}");
                       http::HttpHeaders headers;
                       headers.append(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
                       headers.append(QByteArrayLiteral("x-amzn-RequestId"), record->requestId.toLatin1());
                       response->respond(status, headers, body);
                       record->status = status;
                       record->responseBody = body;
                       record->responseBodySize = body.size();
                       record->stoppedAt = out.ok ? QStringLiteral("websocket.connect_rejected")
                                                  : QStringLiteral("websocket.connect_failed");
                       record->stoppedAtStep = QStringLiteral("integration");
                       record->explanation.append(
                           out.ok ? QStringLiteral("$connect answered %1, so the connection was refused: only a 2xx "
                                                   "answer accepts it.")
                                        .arg(out.status)
                                  : QStringLiteral("$connect failed (%1), so the connection was refused.").arg(out.problem));
                       self->m_state = State::Closed;
                       self->publish(record, startUs);
                       self->deleteLater();
                   });
}

void WsSession::authorize(const http::ResponseStreamPtr &response, QByteArray secWebSocketKey)
{
    const QString requestId = newRequestId();
    QPointer<WsSession> self(this);
    response->onCancel([self] {
        if (self && self->m_state == State::Connecting) {
            self->m_state = State::Closed;
            self->deleteLater();
        }
    });
    authorizeConnect(
        *m_config->connectAuth, m_config->variables, m_handshake,
        lambdaEvent(QStringLiteral("$connect"), QStringLiteral("CONNECT"), {}, false, requestId, {}), requestId, m_clock,
        m_lambda, this, [self, response, key = std::move(secWebSocketKey)](WsAuthVerdict &&v) {
            if (!self || self->m_state != State::Connecting)
                return;
            auto verdict = std::make_shared<const WsAuthVerdict>(std::move(v));
            if (verdict->allowed) {
                self->m_authorization = verdict;
                self->m_principalId = verdict->principalId();
                self->start(response, key);
                return;
            }
            // Refused: $connect's integration does not run; the client gets the authorizer's status.
            auto record = self->newRecord(QStringLiteral("CONNECT"), verdict->requestId);
            record->route = QStringLiteral("$connect");
            record->requestHeaders = self->m_handshake.headers;
            record->query = QString::fromUtf8(self->m_handshake.query);
            record->steps.push_back({QLatin1StringView("route"), 0, 0, false, QStringLiteral("websocket.connect"),
                                     QStringLiteral("$connect")});
            verdict->annotate(*record);
            http::HttpHeaders headers;
            headers.append(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
            headers.append(QByteArrayLiteral("x-amzn-RequestId"), verdict->requestId.toLatin1());
            if (!verdict->errorType.isEmpty())
                headers.append(QByteArrayLiteral("x-amzn-ErrorType"), verdict->errorType);
            response->respond(verdict->status, headers, verdict->body);
            self->m_state = State::Closed;
            self->publish(record, verdict->startUs);
            self->deleteLater();
        });
}

void WsSession::accept(const http::ResponseStreamPtr &response, const QByteArray &key, const http::HttpHeaders &extra)
{
    http::HttpHeaders headers;
    headers.append(QByteArrayLiteral("Upgrade"), QByteArrayLiteral("websocket"));
    headers.append(QByteArrayLiteral("Connection"), QByteArrayLiteral("Upgrade"));
    headers.append(QByteArrayLiteral("Sec-WebSocket-Accept"), acceptKey(key));
    for (const auto &[name, value] : extra.fields())
        headers.append(name, value);
    m_tunnel = response->switchProtocols(headers);
    if (!m_tunnel) {
        m_state = State::Closed;
        deleteLater();
        return;
    }
    m_state = State::Open;
    m_connectedUs = m_lastActiveUs = m_clock->nowUs();
    m_tunnel->onData = [this](const char *data, qsizetype size) { onData(data, size); };
    m_tunnel->onClosed = [this] { onTunnelClosed(); };
    WebSocketService::ConnectionInfo info;
    info.session = this;
    info.apiId = m_config->apiId;
    info.stage = m_config->stage;
    info.connectedAtMs = m_connectedAtMs;
    info.lastActiveAtMs = m_connectedAtMs;
    info.sourceIp = m_handshake.sourceIp;
    info.userAgent = m_handshake.userAgent;
    info.principalId = m_principalId;
    m_service->registerConnection(m_id, info);
    m_limitTimer = new QTimer(this);
    m_limitTimer->setInterval(250);
    connect(m_limitTimer, &QTimer::timeout, this, &WsSession::checkLimits);
    m_limitTimer->start();
}

// Frames and messages

void WsSession::onData(const char *data, qsizetype size)
{
    if (m_state != State::Open && m_state != State::Closing)
        return;
    m_reader.append(data, size);
    while (m_state == State::Open || m_state == State::Closing) {
        Frame frame;
        quint16 code = 0;
        QString error;
        const FrameReader::Result result = m_reader.next(&frame, &code, &error);
        if (result == FrameReader::Result::NeedMore)
            return;
        if (result == FrameReader::Result::Error) {
            qCDebug(lcWsSession, "connection %s: %s", qPrintable(m_id), qPrintable(error));
            m_closeReason = error;
            closeWith(code, code == CloseTooBig ? QByteArrayLiteral("Message too big") : QByteArrayLiteral("Protocol error"));
            return;
        }
        onFrame(std::move(frame));
    }
}

void WsSession::onFrame(Frame &&frame)
{
    switch (frame.opcode) {
    case Opcode::Ping:
        m_tunnel->write(encodeFrame(Opcode::Pong, frame.payload));
        return;
    case Opcode::Pong:
        return;
    case Opcode::Close: {
        quint16 code = CloseNoStatus;
        if (frame.payload.size() >= 2)
            code = quint16((quint8(frame.payload[0]) << 8) | quint8(frame.payload[1]));
        m_closeCode = code;
        if (m_closeReason.isEmpty())
            m_closeReason = QString::fromUtf8(frame.payload.mid(2));
        if (m_state == State::Open)
            m_tunnel->write(encodeFrame(Opcode::Close, code == CloseNoStatus ? QByteArray() : closePayload(code, {})));
        m_state = State::Closing;
        m_tunnel->close();
        return;
    }
    case Opcode::Text:
    case Opcode::Binary:
        if (m_inMessage) {
            m_closeReason = QStringLiteral("a new message started before the previous one ended");
            closeWith(CloseProtocolError, QByteArrayLiteral("Protocol error"));
            return;
        }
        m_inMessage = true;
        m_messageBinary = frame.opcode == Opcode::Binary;
        m_message = std::move(frame.payload);
        break;
    case Opcode::Continuation:
        if (!m_inMessage) {
            m_closeReason = QStringLiteral("a continuation frame without a message");
            closeWith(CloseProtocolError, QByteArrayLiteral("Protocol error"));
            return;
        }
        m_message.append(frame.payload);
        break;
    }
    if (m_message.size() > m_config->limits.maxMessageBytes) {
        m_closeReason = QStringLiteral("a message over the %1-byte limit").arg(m_config->limits.maxMessageBytes);
        closeWith(CloseTooBig, QByteArrayLiteral("Message too big"));
        return;
    }
    if (!frame.fin || m_state != State::Open)
        return;
    m_inMessage = false;
    const QByteArray message = std::exchange(m_message, QByteArray());
    if (!m_messageBinary && !isUtf8(message)) {
        m_closeReason = QStringLiteral("a text message that is not UTF-8");
        closeWith(CloseInvalidPayload, QByteArrayLiteral("Invalid UTF-8"));
        return;
    }
    onMessage(message, m_messageBinary);
}

void WsSession::onMessage(const QByteArray &message, bool binary)
{
    const qint64 startUs = m_clock->nowUs();
    m_lastActiveUs = startUs;
    m_service->touch(m_id, m_clock->epochMs());
    m_service->countMessage(m_id, false, message.size());
    const QString requestId = newRequestId();
    const QString messageId = shortId();
    auto record = newRecord(QStringLiteral("MESSAGE"), requestId);
    record->requestBody = message.left(ExchangeRecord::bodyCaptureLimit);
    record->requestBodySize = message.size();
    record->messagesIn = 1;

    const model::WsDefinition &def = m_config->definition;
    QString key;
    const bool evaluated = !binary && io::evaluateRouteSelection(def.routeSelectionExpression, message, &key);
    const model::WsRoute *route = nullptr;
    if (evaluated)
        route = def.route(key);
    if (route && route->key.startsWith(QLatin1Char('$')))
        route = nullptr; // $connect/$disconnect are never chosen by a message
    QString note;
    if (route)
        note = QStringLiteral("%1 = %2").arg(def.routeSelectionExpression, key);
    else if (!evaluated)
        note = QStringLiteral("%1 cannot be evaluated (the message is not a JSON object with that member): $default")
                   .arg(def.routeSelectionExpression);
    else
        note = QStringLiteral("%1 = %2 matches no route: $default").arg(def.routeSelectionExpression, key);
    if (!route)
        route = def.route(u"$default");
    const qint64 routeUs = m_clock->nowUs() - startUs;
    if (!route) {
        record->steps.push_back({QLatin1StringView("route"), 0, routeUs, true, QStringLiteral("websocket.no_route"), note});
        record->stoppedAt = QStringLiteral("websocket.no_route");
        record->stoppedAtStep = QStringLiteral("route");
        record->errorType = QStringLiteral("FORBIDDEN");
        record->errorMessage = QStringLiteral("Forbidden");
        record->status = 403;
        record->explanation.append(QStringLiteral("No route matched the message and the API has no $default route, so "
                                                  "API Gateway answers with a Forbidden message. Add a route for `%1` "
                                                  "or a $default route.")
                                       .arg(evaluated ? key : def.routeSelectionExpression));
        const QByteArray frame = errorFrame(QStringLiteral("Forbidden"), m_id, requestId);
        record->messagesOut = sendMessage(frame, false) ? 1 : 0;
        record->responseBody = frame;
        record->responseBodySize = frame.size();
        publish(record, startUs);
        return;
    }
    record->route = route->key;
    record->steps.push_back({QLatin1StringView("route"), 0, routeUs, false, QStringLiteral("websocket.route"), note});
    QPointer<WsSession> self(this);
    const bool twoWay = route->routeResponse;
    runIntegration(*route, QStringLiteral("MESSAGE"), message, binary, requestId, messageId, *record,
                   [self, record, startUs, requestId, twoWay](Outcome &&out) {
                       if (!self)
                           return;
                       record->integrationStatus = out.status;
                       record->integrationLatencyUs = out.latencyUs;
                       QByteArray reply;
                       if (!out.ok) {
                           // AWS's error message: "Internal server error", or "Endpoint request timed out" when the
                           // integration timed out (as clients report it, e.g. aws/chalice#1406, Kludex/mangum#128).
                           const QString message = out.clientMessage.isEmpty()
                               ? QStringLiteral("Internal server error")
                               : out.clientMessage;
                           reply = errorFrame(message, self->m_id, requestId);
                           record->status = out.status == 504 ? 504 : 500;
                           record->stoppedAt = QStringLiteral("websocket.integration_failed");
                           record->stoppedAtStep = QStringLiteral("integration");
                           record->errorMessage = message;
                           record->explanation.append(out.problem);
                       } else {
                           record->status = out.status;
                           if (twoWay)
                               reply = out.body;
                       }
                       if (!reply.isEmpty() && self->m_state == State::Open)
                           record->messagesOut = self->sendMessage(reply, !isUtf8(reply)) ? 1 : 0;
                       record->responseBody = reply.left(ExchangeRecord::bodyCaptureLimit);
                       record->responseBodySize = reply.size();
                       self->publish(record, startUs);
                   });
}

bool WsSession::sendMessage(const QByteArray &data, bool binary)
{
    if (m_state != State::Open || !m_tunnel)
        return false;
    m_tunnel->write(encodeFrame(binary ? Opcode::Binary : Opcode::Text, data));
    m_service->countMessage(m_id, true, data.size());
    return true;
}

void WsSession::postData(const QByteArray &data, Origin origin)
{
    const qint64 startUs = m_clock->nowUs();
    const bool binary = !isUtf8(data);
    if (!sendMessage(data, binary) || !m_service->wantsRecords())
        return;
    // Nothing routes or integrates a message the gateway sends on its own: the record has one step, the send.
    auto record = newRecord(QStringLiteral("MESSAGE"), newRequestId());
    record->messageDirection = QStringLiteral("OUT");
    record->messagesOut = 1;
    record->status = 200;
    record->responseBody = data.left(ExchangeRecord::bodyCaptureLimit);
    record->responseBodySize = data.size();
    const bool window = origin == Origin::Window;
    record->steps.push_back(
        {QLatin1StringView("send"), 0, m_clock->nowUs() - startUs, false,
         window ? QStringLiteral("websocket.window_send") : QStringLiteral("websocket.post_to_connection"),
         QStringLiteral("%1 sent %2 bytes as a %3 message")
             .arg(window ? QStringLiteral("The Gatehouse window") : QStringLiteral("@connections POST"))
             .arg(data.size())
             .arg(binary ? QStringLiteral("binary") : QStringLiteral("text"))});
    publish(record, startUs);
}

void WsSession::disconnectFromManagement(Origin origin)
{
    if (m_closeReason.isEmpty())
        m_closeReason = origin == Origin::Window ? QStringLiteral("closed from the Gatehouse window")
                                                 : QStringLiteral("closed through @connections DELETE");
    closeWith(CloseNormal, QByteArray());
}

void WsSession::closeWith(quint16 code, const QByteArray &reason)
{
    if (m_state != State::Open)
        return;
    m_closeCode = code;
    m_state = State::Closing;
    m_tunnel->write(encodeFrame(Opcode::Close, closePayload(code, reason)));
    m_tunnel->close();
}

void WsSession::checkLimits()
{
    if (m_state != State::Open)
        return;
    const qint64 now = m_clock->nowUs();
    const WsLimits &limits = m_config->limits;
    if (now - m_connectedUs >= limits.maxConnectionMs * 1000) {
        m_closeReason = QStringLiteral("the connection reached the %1-minute limit").arg(limits.maxConnectionMs / 60000);
        closeWith(CloseGoingAway, QByteArrayLiteral("Going away"));
    } else if (now - m_lastActiveUs >= limits.idleTimeoutMs * 1000) {
        m_closeReason = QStringLiteral("the connection was idle for %1 seconds").arg(limits.idleTimeoutMs / 1000);
        closeWith(CloseGoingAway, QByteArrayLiteral("Going away"));
    }
}

// $disconnect

void WsSession::onTunnelClosed()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    if (m_limitTimer)
        m_limitTimer->stop();
    m_tunnel.reset();
    m_service->unregisterConnection(m_id);
    // The connection object that parents nothing of ours is going away; keep living until $disconnect is done.
    runDisconnect();
}

void WsSession::runDisconnect()
{
    if (m_disconnectRun)
        return;
    m_disconnectRun = true;
    const qint64 startUs = m_clock->nowUs();
    const QString requestId = newRequestId();
    auto record = newRecord(QStringLiteral("DISCONNECT"), requestId);
    record->route = QStringLiteral("$disconnect");
    record->status = 200;
    // $disconnect runs only for connections that were accepted: m_connectedUs is the upgrade.
    record->connectionDurationMs = std::max<qint64>(0, (startUs - m_connectedUs) / 1000);
    record->disconnectStatusCode = m_closeCode;
    record->disconnectReason = m_closeReason;
    record->explanation.append(QStringLiteral("Closed with code %1%2.")
                                   .arg(m_closeCode)
                                   .arg(m_closeReason.isEmpty() ? QString() : QStringLiteral(": ") + m_closeReason));
    const model::WsRoute *route = m_config->definition.route(u"$disconnect");
    if (!route) {
        publish(record, startUs);
        deleteLater();
        return;
    }
    record->steps.push_back({QLatin1StringView("route"), 0, 0, false, QStringLiteral("websocket.disconnect"),
                             QStringLiteral("$disconnect")});
    QPointer<WsSession> self(this);
    runIntegration(*route, QStringLiteral("DISCONNECT"), {}, false, requestId, {}, *record,
                   [self, record, startUs](Outcome &&out) {
                       if (!self)
                           return;
                       record->integrationStatus = out.status;
                       record->integrationLatencyUs = out.latencyUs;
                       if (!out.ok)
                           record->explanation.append(out.problem);
                       self->publish(record, startUs);
                       self->deleteLater();
                   });
}

// Integrations

QByteArray WsSession::lambdaEvent(const QString &routeKey, const QString &eventType, const QByteArray &body, bool binary,
                                  const QString &requestId, const QString &messageId) const
{
    const qint64 nowMs = m_clock->epochMs();
    QJsonObject identity{{QStringLiteral("sourceIp"), m_handshake.sourceIp}};
    if (!m_handshake.userAgent.isEmpty())
        identity.insert(QStringLiteral("userAgent"), m_handshake.userAgent);
    if (m_authorization)
        m_authorization->addIdentity(identity);
    QJsonObject context{
        {QStringLiteral("routeKey"), routeKey},
        {QStringLiteral("eventType"), eventType},
        {QStringLiteral("extendedRequestId"), shortId()},
        {QStringLiteral("requestTime"), requestTime(nowMs)},
        {QStringLiteral("messageDirection"), QStringLiteral("IN")},
        {QStringLiteral("stage"), m_config->stage},
        {QStringLiteral("connectedAt"), m_connectedAtMs},
        {QStringLiteral("requestTimeEpoch"), nowMs},
        {QStringLiteral("identity"), identity},
        {QStringLiteral("requestId"), requestId},
        {QStringLiteral("domainName"), m_handshake.domainName},
        {QStringLiteral("connectionId"), m_id},
        {QStringLiteral("apiId"), m_config->apiId},
    };
    if (const QJsonObject authorizer = m_authorization ? m_authorization->eventAuthorizer() : QJsonObject();
        !authorizer.isEmpty())
        context.insert(QStringLiteral("authorizer"), authorizer);
    QJsonObject event;
    if (eventType == QLatin1String("MESSAGE")) {
        context.insert(QStringLiteral("messageId"), messageId);
        event.insert(QStringLiteral("body"), binary ? QString::fromLatin1(body.toBase64()) : QString::fromUtf8(body));
    } else {
        QJsonObject headers;
        QJsonObject multi;
        for (const auto &[name, value] : m_handshake.headers.fields()) {
            const QString n = QString::fromLatin1(name);
            headers.insert(n, QString::fromUtf8(value));
            QJsonArray values = multi.value(n).toArray();
            values.append(QString::fromUtf8(value));
            multi.insert(n, values);
        }
        event.insert(QStringLiteral("headers"), headers);
        event.insert(QStringLiteral("multiValueHeaders"), multi);
        if (eventType == QLatin1String("CONNECT") && !m_handshake.query.isEmpty()) {
            QJsonObject params;
            QJsonObject multiParams;
            const QUrlQuery query(QString::fromUtf8(m_handshake.query));
            for (const auto &[k, v] : query.queryItems(QUrl::FullyDecoded)) {
                params.insert(k, v);
                QJsonArray values = multiParams.value(k).toArray();
                values.append(v);
                multiParams.insert(k, values);
            }
            event.insert(QStringLiteral("queryStringParameters"), params);
            event.insert(QStringLiteral("multiValueQueryStringParameters"), multiParams);
        }
        if (eventType == QLatin1String("DISCONNECT")) {
            context.insert(QStringLiteral("disconnectStatusCode"), int(m_closeCode));
            context.insert(QStringLiteral("disconnectReason"), m_closeReason);
        }
    }
    event.insert(QStringLiteral("requestContext"), context);
    event.insert(QStringLiteral("isBase64Encoded"), binary);
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

void WsSession::runIntegration(const model::WsRoute &route, const QString &eventType, const QByteArray &body,
                               bool binary, const QString &requestId, const QString &messageId, ExchangeRecord &record,
                               Done done)
{
    const qint64 stepStart = m_clock->nowUs();
    const qint64 recordStart = stepStart - (record.steps.empty() ? 0 : record.steps.back().durationUs);
    if (route.integration.type == model::IntegrationType::Mock) {
        Outcome out;
        out.latencyUs = -1; // CloudWatch suppresses IntegrationLatency for mock integrations
        out.status = route.integration.statusCode;
        out.body = route.integration.responseBody.toUtf8();
        record.steps.push_back({QLatin1StringView("integration"), stepStart - recordStart, 0, false,
                                QStringLiteral("integration.mock"),
                                QStringLiteral("mock answered %1").arg(out.status)});
        done(std::move(out));
        return;
    }
    if (route.integration.type == model::IntegrationType::Http || route.integration.type == model::IntegrationType::HttpProxy) {
        runHttp(route, eventType, body, binary, requestId, messageId, record, stepStart - recordStart, std::move(done));
        return;
    }
    const QString function = m_config->functionOf(route);
    const QByteArray event = lambdaEvent(route.key, eventType, body, binary, requestId, messageId);
    auto trace = std::make_shared<LambdaTrace>();
    trace->function = function;
    trace->purpose = QStringLiteral("integration");
    trace->event = event.left(ExchangeRecord::bodyCaptureLimit);
    record.lambda.push_back(trace);
    const size_t spanIndex = record.steps.size();
    record.steps.push_back({QLatin1StringView("integration"), stepStart - recordStart, 0, false,
                            QStringLiteral("integration.lambda"), QStringLiteral("Lambda %1").arg(function)});
    // The record outlives this call: the callbacks below keep it alive through their own shared_ptr copies.
    ExchangeRecord *rec = &record;
    QPointer<WsSession> self(this);
    auto finished = std::make_shared<bool>(false);
    auto timer = new QTimer(this);
    timer->setSingleShot(true);
    const quint64 id = m_lambda->invoke(
        lambda::InvokeRequest{function, event, {}, {}},
        [self, rec, trace, spanIndex, stepStart, done, finished, timer](lambda::InvocationResult &&result) {
            if (*finished || !self)
                return;
            *finished = true;
            timer->deleteLater();
            const qint64 latency = self->m_clock->nowUs() - stepStart;
            rec->steps[spanIndex].durationUs = latency;
            copyInvocationResult(result, trace.get());
            Outcome out;
            out.latencyUs = latency;
            if (result.isFunctionError()) {
                out.ok = false;
                out.status = 500;
                out.problem = QStringLiteral("The function %1 failed: %2 %3")
                                  .arg(trace->function, trace->status, result.errorMessage);
                rec->steps[spanIndex].responded = true;
                rec->steps[spanIndex].detail = QStringLiteral("integration.lambda_error");
                done(std::move(out));
                return;
            }
            // The proxy result: {statusCode, headers, body}; anything else is taken as a 200 whose body is the result.
            const QJsonDocument doc = QJsonDocument::fromJson(result.payload);
            const QJsonObject o = doc.object();
            if (doc.isObject() && o.contains(QStringLiteral("statusCode"))) {
                out.status = o.value(QStringLiteral("statusCode")).toInt(200);
                const QJsonValue b = o.value(QStringLiteral("body"));
                out.body = b.isString() ? b.toString().toUtf8()
                    : b.isUndefined() || b.isNull() ? QByteArray()
                    : QJsonDocument::fromVariant(b.toVariant()).toJson(QJsonDocument::Compact);
                if (o.value(QStringLiteral("isBase64Encoded")).toBool())
                    out.body = QByteArray::fromBase64(out.body);
                const QJsonObject headers = o.value(QStringLiteral("headers")).toObject();
                for (auto it = headers.begin(); it != headers.end(); ++it)
                    out.headers.append(it.key().toLatin1(), it.value().toString().toUtf8());
            } else if (result.payload.trimmed() != "null") {
                out.body = result.payload;
            }
            done(std::move(out));
        });
    connect(timer, &QTimer::timeout, this, [self, rec, id, spanIndex, stepStart, done, finished, timer, lambda = m_lambda] {
        if (*finished || !self)
            return;
        *finished = true;
        timer->deleteLater();
        lambda->cancel(id);
        Outcome out;
        out.ok = false;
        out.status = 504;
        out.latencyUs = self->m_clock->nowUs() - stepStart;
        out.problem = QStringLiteral("The integration timed out.");
        out.clientMessage = QStringLiteral("Endpoint request timed out");
        rec->steps[spanIndex].durationUs = out.latencyUs;
        rec->steps[spanIndex].responded = true;
        rec->steps[spanIndex].detail = QStringLiteral("integration.timeout");
        done(std::move(out));
    });
    timer->start(route.integration.effectiveTimeoutMs());
}

void WsSession::runHttp(const model::WsRoute &route, const QString &eventType, const QByteArray &body, bool binary,
                        const QString &requestId, const QString &messageId, ExchangeRecord &record, qint64 stepOffsetUs,
                        Done done)
{
    WsHttpEvent event;
    event.routeKey = route.key;
    event.eventType = eventType;
    event.connectionId = m_id;
    event.requestId = requestId;
    event.extendedRequestId = record.extendedRequestId;
    event.messageId = messageId;
    event.apiId = m_config->apiId;
    event.stage = m_config->stage;
    event.domainName = m_handshake.domainName;
    event.sourceIp = m_handshake.sourceIp;
    event.userAgent = m_handshake.userAgent;
    event.connectedAtMs = m_connectedAtMs;
    event.requestTimeEpochMs = m_clock->epochMs();
    event.body = body;
    event.binary = binary;
    if (eventType != QLatin1String("MESSAGE")) {
        event.headers = m_handshake.headers;
        if (eventType == QLatin1String("CONNECT"))
            event.query = m_handshake.query;
    }
    event.stageVariables = m_config->variables;
    event.localPort = m_handshake.localPort;
    const bool proxy = route.integration.type == model::IntegrationType::HttpProxy;
    const size_t spanIndex = record.steps.size();
    record.steps.push_back({QLatin1StringView("integration"), stepOffsetUs, 0, false,
                            proxy ? QStringLiteral("integration.http_proxy") : QStringLiteral("integration.http"),
                            route.integration.uri});
    // The record outlives this call: `done` holds it through its own shared_ptr copy.
    ExchangeRecord *rec = &record;
    QPointer<WsSession> self(this);
    const auto templates = m_config->requestTemplates.constFind(route.key);
    runHttpIntegration(route.integration, templates == m_config->requestTemplates.constEnd() ? nullptr : &*templates,
                       event, *m_clock, [self, rec, spanIndex, done](WsHttpResult &&result) {
                           if (!self)
                               return;
                           StepSpan &span = rec->steps[spanIndex];
                           span.durationUs = result.latencyUs;
                           span.detail = result.detail;
                           span.note = result.note;
                           span.responded = !result.ok;
                           Outcome out;
                           out.ok = result.ok;
                           out.status = result.status;
                           out.body = std::move(result.body);
                           out.headers = std::move(result.headers);
                           out.problem = result.problem;
                           out.clientMessage = result.clientMessage;
                           out.latencyUs = result.latencyUs;
                           done(std::move(out));
                       });
}

} // namespace gw::websocket
