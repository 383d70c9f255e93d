// SPDX-License-Identifier: GPL-3.0-or-later
#include "wsservice.h"

#include "wsconfig.h"
#include "wssession.h"

#include "auth/sigv4.h"
#include "common/clock.h"
#include "common/threadcontext.h"
#include "engine/compiledgateway.h"
#include "observe/exchangerecord.h"
#include "observe/recordbus.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>

namespace gw::websocket {

namespace {

/// Connection ids look like AWS's ("L0SM9cOFvHcCIhw="): 15 letters and digits and a '='.
QString newConnectionId()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString id;
    for (int i = 0; i < 15; ++i)
        id.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(62)]));
    id.append(QLatin1Char('='));
    return id;
}

http::HttpHeaders jsonHeaders(const QByteArray &errorType = {})
{
    http::HttpHeaders headers;
    headers.append(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    if (!errorType.isEmpty())
        headers.append(QByteArrayLiteral("x-amzn-ErrorType"), errorType);
    return headers;
}

QByteArray messageBody(const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("message"), message}}).toJson(QJsonDocument::Compact);
}

bool headerHasToken(const http::HttpHeaders &headers, QByteArrayView name, QByteArrayView token)
{
    for (const auto &[n, v] : headers.fields()) {
        if (!http::HttpHeaders::nameEquals(n, name))
            continue;
        for (const QByteArray &part : v.split(',')) {
            if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

QString isoTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

WebSocketService::WebSocketService(const Clock *clock, lambda::LambdaService *lambda, RecordBus *records,
                                   std::function<quint64()> nextSequence)
    : m_clock(clock)
    , m_lambda(lambda)
    , m_records(records)
    , m_nextSequence(std::move(nextSequence))
{ }

WebSocketService::~WebSocketService() = default;

void WebSocketService::handle(http::HttpRequest &&request, const http::ResponseStreamPtr &response,
                              const std::shared_ptr<const CompiledApi> &api, const QString &apiPath,
                              const QString &endpoint, const QString &host)
{
    // "/{stage}" or "/{stage}/@connections/{id}"
    QStringView rest = QStringView(apiPath);
    if (rest.startsWith(QLatin1Char('/')))
        rest = rest.mid(1);
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const QString stageName = (slash < 0 ? rest : rest.left(slash)).toString();
    const QStringView tail = slash < 0 ? QStringView() : rest.mid(slash);
    const CompiledStage *stage = api->stage(stageName);
    if (!stage || !stage->websocket) {
        // AWS answers an unknown stage of a WebSocket API with 403 Forbidden.
        response->respond(403, jsonHeaders(QByteArrayLiteral("ForbiddenException")), messageBody(QStringLiteral("Forbidden")));
        return;
    }
    static const QLatin1String connections("/@connections/");
    if (tail.startsWith(connections)) {
        const QString id = QString::fromUtf8(QByteArray::fromPercentEncoding(tail.mid(connections.size()).toUtf8()));
        manage(std::move(request), response, *api, stageName, id);
        return;
    }
    if (!tail.isEmpty() && tail != QLatin1String("/")) {
        response->respond(403, jsonHeaders(QByteArrayLiteral("ForbiddenException")), messageBody(QStringLiteral("Forbidden")));
        return;
    }
    const QByteArray key = request.headers.value("sec-websocket-key");
    const bool upgrade = request.method == "GET" && headerHasToken(request.headers, "upgrade", "websocket")
        && headerHasToken(request.headers, "connection", "upgrade");
    if (!upgrade) {
        // Plain HTTP to a WebSocket stage. (AWS's exact answer here is not documented; 426 says what is needed.)
        http::HttpHeaders headers = jsonHeaders();
        headers.append(QByteArrayLiteral("Upgrade"), QByteArrayLiteral("websocket"));
        response->respond(426, headers, messageBody(QStringLiteral("Upgrade Required")));
        return;
    }
    if (request.headers.value("sec-websocket-version") != "13" || QByteArray::fromBase64(key.trimmed()).size() != 16) {
        http::HttpHeaders headers = jsonHeaders();
        headers.append(QByteArrayLiteral("Sec-WebSocket-Version"), QByteArrayLiteral("13"));
        response->respond(400, headers, messageBody(QStringLiteral("Bad Request")));
        return;
    }

    std::shared_ptr<const WsStageConfig> config = stage->websocket;
    if (const std::shared_ptr<const WsLimits> limits = limitsOverride()) {
        auto copy = std::make_shared<WsStageConfig>(*config);
        copy->limits = *limits;
        config = std::move(copy);
    }
    WsHandshake handshake;
    handshake.headers = request.headers;
    handshake.query = request.query;
    handshake.path = request.path;
    handshake.sourceIp = request.peerAddress.toString();
    handshake.sourcePort = request.peerPort;
    handshake.userAgent = QString::fromUtf8(request.headers.value("user-agent"));
    handshake.host = host;
    handshake.domainName = api->id + QLatin1String(".execute-api.localhost");
    handshake.endpoint = endpoint;
    handshake.localPort = request.localPort;
    auto *session = new WsSession(this, std::move(config), std::move(handshake), newConnectionId(), m_clock, m_lambda);
    // A session deletes itself after $disconnect; one whose $disconnect is still running when its thread ends (the
    // gateway stopping) goes with the thread's context instead of leaking.
    session->setParent(threadContext());
    session->start(response, key);
}

void WebSocketService::manage(http::HttpRequest &&request, const http::ResponseStreamPtr &response,
                              const CompiledApi &api, const QString &stage, const QString &connectionId)
{
    const CompiledStage *cs = api.stage(stage);
    const std::shared_ptr<const IamCredentialStore> store = cs->websocket->credentials;
    // The rule: AWS always requires a SigV4 signature (service execute-api). Locally, when the gateway knows any
    // credentials (project, --credentials, the shared AWS files), a valid signature by one of them is required; when
    // it knows none, unsigned calls are accepted so a fresh machine can still use the API.
    if (store && !store->isEmpty()) {
        auth::SigV4Request sr;
        sr.method = request.method;
        sr.path = request.path;
        sr.query = request.query;
        for (const auto &[n, v] : request.headers.fields())
            sr.headers.append({n, v});
        sr.body = request.body;
        auth::SigV4Options options;
        options.nowEpochSeconds = m_clock->epochMs() / 1000;
        const IamCredentialStore *keys = store.get();
        const auth::SigV4Result verdict = auth::verifySigV4(
            sr,
            [keys](const QString &id) -> std::optional<auth::Credential> {
                const auto it = keys->constFind(id);
                return it == keys->constEnd() ? std::nullopt : std::optional<auth::Credential>(it->credential);
            },
            options);
        if (!verdict.ok) {
            response->respond(verdict.status, jsonHeaders(verdict.errorType.toLatin1()), messageBody(verdict.message));
            return;
        }
    }
    if (request.method == "POST" && request.body.size() > 128 * 1024) {
        response->respond(413, jsonHeaders(QByteArrayLiteral("PayloadTooLargeException")),
                          messageBody(QStringLiteral("Message too long")));
        return;
    }
    // Look up and post under the lock: a session unregisters (under the same lock) before it can be deleted, so the
    // one found here is alive while the call is posted to its thread (Qt drops the event if it is deleted later).
    ConnectionInfo info;
    bool found = false;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_connections.constFind(connectionId);
        found = it != m_connections.constEnd() && it->apiId == api.id && it->stage == stage && it->session;
        if (found) {
            info = *it;
            WsSession *session = it->session.data();
            if (request.method == "POST") {
                QMetaObject::invokeMethod(
                    session, [session, data = request.body] { session->postData(data); }, Qt::QueuedConnection);
            } else if (request.method == "DELETE") {
                QMetaObject::invokeMethod(
                    session, [session] { session->disconnectFromManagement(); }, Qt::QueuedConnection);
            }
        }
    }
    if (!found) {
        response->respond(410, jsonHeaders(QByteArrayLiteral("GoneException")), QByteArrayLiteral("{}"));
        return;
    }
    if (request.method == "POST") {
        response->respond(200, jsonHeaders(), QByteArray());
    } else if (request.method == "GET") {
        const QJsonObject body{
            {QStringLiteral("connectedAt"), isoTime(info.connectedAtMs)},
            {QStringLiteral("identity"), QJsonObject{{QStringLiteral("sourceIp"), info.sourceIp},
                                                     {QStringLiteral("userAgent"), info.userAgent}}},
            {QStringLiteral("lastActiveAt"), isoTime(info.lastActiveAtMs)},
        };
        response->respond(200, jsonHeaders(), QJsonDocument(body).toJson(QJsonDocument::Compact));
    } else if (request.method == "DELETE") {
        response->respond(204, http::HttpHeaders(), QByteArray());
    } else {
        response->respond(403, jsonHeaders(QByteArrayLiteral("ForbiddenException")), messageBody(QStringLiteral("Forbidden")));
    }
}

QStringList WebSocketService::connectionIds() const
{
    QMutexLocker lock(&m_mutex);
    return m_connections.keys();
}

QList<ConnectionSnapshot> WebSocketService::connections() const
{
    QList<ConnectionSnapshot> out;
    QMutexLocker lock(&m_mutex);
    out.reserve(m_connections.size());
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        const ConnectionInfo &c = it.value();
        out.append(ConnectionSnapshot{it.key(), c.apiId, c.stage, c.sourceIp, c.userAgent, c.principalId,
                                      c.connectedAtMs, c.lastActiveAtMs, c.messagesIn, c.messagesOut, c.bytesIn,
                                      c.bytesOut});
    }
    return out;
}

bool WebSocketService::postToSession(const QString &connectionId, std::function<void(WsSession *)> call)
{
    // Under the lock, as in manage(): a session unregisters under it before it can be deleted, and Qt drops the
    // queued call if the session is deleted before it runs.
    QMutexLocker lock(&m_mutex);
    const auto it = m_connections.constFind(connectionId);
    if (it == m_connections.constEnd() || !it->session)
        return false;
    WsSession *session = it->session.data();
    QMetaObject::invokeMethod(session, [session, call = std::move(call)] { call(session); }, Qt::QueuedConnection);
    return true;
}

bool WebSocketService::send(const QString &connectionId, const QByteArray &data)
{
    return postToSession(connectionId,
                         [data](WsSession *session) { session->postData(data, WsSession::Origin::Window); });
}

bool WebSocketService::close(const QString &connectionId)
{
    return postToSession(connectionId,
                         [](WsSession *session) { session->disconnectFromManagement(WsSession::Origin::Window); });
}

void WebSocketService::setLimitsOverride(std::shared_ptr<const WsLimits> limits)
{
    QMutexLocker lock(&m_mutex);
    m_limits = std::move(limits);
}

std::shared_ptr<const WsLimits> WebSocketService::limitsOverride() const
{
    QMutexLocker lock(&m_mutex);
    return m_limits;
}

void WebSocketService::registerConnection(const QString &id, const ConnectionInfo &info)
{
    QMutexLocker lock(&m_mutex);
    m_connections.insert(id, info);
}

void WebSocketService::unregisterConnection(const QString &id)
{
    QMutexLocker lock(&m_mutex);
    m_connections.remove(id);
}

void WebSocketService::touch(const QString &id, qint64 epochMs)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_connections.find(id);
    if (it != m_connections.end())
        it->lastActiveAtMs = epochMs;
}

void WebSocketService::countMessage(const QString &id, bool outbound, qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_connections.find(id);
    if (it == m_connections.end())
        return;
    if (outbound) {
        ++it->messagesOut;
        it->bytesOut += quint64(std::max<qint64>(0, bytes));
    } else {
        ++it->messagesIn;
        it->bytesIn += quint64(std::max<qint64>(0, bytes));
    }
}

bool WebSocketService::wantsRecords() const
{
    return m_records && m_records->hasSinks();
}

void WebSocketService::publish(std::shared_ptr<ExchangeRecord> record)
{
    if (!wantsRecords())
        return;
    record->sequence = m_nextSequence ? m_nextSequence() : 0;
    m_records->publish(std::move(record));
}

} // namespace gw::websocket
