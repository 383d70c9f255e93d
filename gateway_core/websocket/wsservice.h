// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httprequest.h"
#include "http/responsestream.h"

#include <QHash>
#include <QMutex>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

namespace gw {
class Clock;
class RecordBus;
struct CompiledApi;
struct ExchangeRecord;
namespace lambda {
class LambdaService;
}
} // namespace gw

namespace gw::websocket {

class WsSession;
struct WsLimits;

/// One open connection as it stands at the moment of the snapshot (the window's Connections view).
struct ConnectionSnapshot
{
    QString connectionId;
    QString apiId;
    QString stage;
    QString sourceIp;
    QString userAgent;
    QString principalId;      ///< the $connect authorizer's principal; empty when no authorizer ran
    qint64 connectedAtMs = 0; ///< gateway clock, epoch ms
    qint64 lastActiveAtMs = 0;
    quint64 messagesIn = 0;   ///< messages received from the client
    quint64 messagesOut = 0;  ///< messages sent to it (route replies, error frames, @connections POST, the window)
    quint64 bytesIn = 0;      ///< payload bytes of those messages
    quint64 bytesOut = 0;
};

/// Serves the WebSocket APIs of the deployed gateway on the HTTP server's port: upgrade requests to a stage
/// (`ws://{apiId}.execute-api.localhost:{port}/{stage}`, `/restapis/{apiId}/{stage}/_user_request_`, or
/// `/{stage}` with one API) become WsSessions; `{stage}/@connections/{connectionId}` is the management API (POST
/// sends, GET describes, DELETE disconnects; 410 Gone for unknown connections), SigV4-signed when the gateway knows
/// any credentials.
///
/// Thread-safe: handle() runs on any worker thread. The registry of open connections is guarded by m_mutex; a
/// management call for a connection on another worker is posted to that worker's event loop.
class WebSocketService final
{
public:
    WebSocketService(const Clock *clock, lambda::LambdaService *lambda, RecordBus *records,
                     std::function<quint64()> nextSequence);
    ~WebSocketService();

    /// A request addressed to WebSocket API `api`; `apiPath` is "/{stage}[/...]" as the endpoint resolved it.
    void handle(http::HttpRequest &&request, const http::ResponseStreamPtr &response,
                const std::shared_ptr<const CompiledApi> &api, const QString &apiPath, const QString &endpoint,
                const QString &host);

    /// Connection ids currently open (for tests and the inspector).
    QStringList connectionIds() const;
    /// Every open connection with its identity and counters; thread-safe, one short lock.
    QList<ConnectionSnapshot> connections() const;
    /// Sends `data` to the connection as one message (text when it is UTF-8, else binary), as @connections POST
    /// does; recorded as an OUT message whose send step says "websocket.window_send". Thread-safe: the send is
    /// posted to the session's worker. False when the connection is not open.
    bool send(const QString &connectionId, const QByteArray &data);
    /// Closes the connection with 1000 and runs $disconnect, as @connections DELETE does. Thread-safe; false when
    /// the connection is not open.
    bool close(const QString &connectionId);
    /// Overrides the stages' limits (tests: small frames, short idle times). Applies to new connections.
    void setLimitsOverride(std::shared_ptr<const WsLimits> limits);

    // The sessions' side.
    struct ConnectionInfo
    {
        QPointer<WsSession> session;
        QString apiId;
        QString stage;
        qint64 connectedAtMs = 0;
        qint64 lastActiveAtMs = 0;
        QString sourceIp;
        QString userAgent;
        /// The $connect authorizer's principalId, set by the session before it registers (WsSession::m_principalId);
        /// empty when the route has no authorizer.
        QString principalId;
        quint64 messagesIn = 0;  ///< counted by countMessage()
        quint64 messagesOut = 0;
        quint64 bytesIn = 0;
        quint64 bytesOut = 0;
    };
    void registerConnection(const QString &id, const ConnectionInfo &info);
    void unregisterConnection(const QString &id);
    void touch(const QString &id, qint64 epochMs);
    /// A data message of `bytes` bytes was received from (`outbound` false) or sent to the client.
    void countMessage(const QString &id, bool outbound, qint64 bytes);
    void publish(std::shared_ptr<ExchangeRecord> record);
    bool wantsRecords() const;
    std::shared_ptr<const WsLimits> limitsOverride() const;

private:
    void manage(http::HttpRequest &&request, const http::ResponseStreamPtr &response, const CompiledApi &api,
                const QString &stage, const QString &connectionId);
    /// Posts `call` to the session of `connectionId` (queued to its thread); false when it is not registered.
    bool postToSession(const QString &connectionId, std::function<void(WsSession *)> call);

    const Clock *m_clock;
    lambda::LambdaService *m_lambda;
    RecordBus *m_records;
    std::function<quint64()> m_nextSequence;
    mutable QMutex m_mutex; // guards m_connections and m_limits
    QHash<QString, ConnectionInfo> m_connections;
    std::shared_ptr<const WsLimits> m_limits;
};

} // namespace gw::websocket
