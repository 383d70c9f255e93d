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
    };
    void registerConnection(const QString &id, const ConnectionInfo &info);
    void unregisterConnection(const QString &id);
    void touch(const QString &id, qint64 epochMs);
    void publish(std::shared_ptr<ExchangeRecord> record);
    bool wantsRecords() const;
    std::shared_ptr<const WsLimits> limitsOverride() const;

private:
    void manage(http::HttpRequest &&request, const http::ResponseStreamPtr &response, const CompiledApi &api,
                const QString &stage, const QString &connectionId);

    const Clock *m_clock;
    lambda::LambdaService *m_lambda;
    RecordBus *m_records;
    std::function<quint64()> m_nextSequence;
    mutable QMutex m_mutex; // guards m_connections and m_limits
    QHash<QString, ConnectionInfo> m_connections;
    std::shared_ptr<const WsLimits> m_limits;
};

} // namespace gw::websocket
