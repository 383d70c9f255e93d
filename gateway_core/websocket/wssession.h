// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wsconfig.h"
#include "wsframe.h"

#include "http/httpheaders.h"
#include "http/responsestream.h"
#include "observe/exchangerecord.h"

#include <QObject>

#include <functional>
#include <memory>

class QTimer;

namespace gw {
class Clock;
namespace lambda {
class LambdaService;
}
} // namespace gw

namespace gw::websocket {

class WebSocketService;
struct WsAuthVerdict;

/// What the upgrade request said: the $connect event's headers and query string, and the connection's identity.
struct WsHandshake
{
    http::HttpHeaders headers;
    QByteArray query;   ///< raw, without '?'
    QByteArray path;    ///< as requested
    QString sourceIp;
    quint16 sourcePort = 0;
    QString userAgent;
    QString host;       ///< the Host header without the port
    QString domainName; ///< $context.domainName: "{apiId}.execute-api.localhost" for every endpoint form
    QString endpoint;   ///< "host", "path" or "plain"
    quint16 localPort = 0; ///< the gateway's port (http integrations to *.localhost without a port name it)
};

/// One WebSocket connection of a deployed stage, from the upgrade request to $disconnect. Lives on the worker thread
/// that owns the socket; every member function runs there (WebSocketService posts @connections calls to it).
///
/// Lifecycle: start() runs $connect (when the API has one) while the handshake waits; a 2xx answer upgrades the
/// connection, anything else answers the HTTP request with that status. Then frames are read (RFC 6455, client frames
/// masked), messages assembled, routed by the API's route selection expression and handed to the route's integration;
/// a two-way route's result goes back as a message. On close (either side, a limit, or @connections DELETE) $disconnect
/// runs, best effort, and the session deletes itself.
class WsSession final : public QObject
{
    Q_OBJECT
public:
    WsSession(WebSocketService *service, std::shared_ptr<const WsStageConfig> config, WsHandshake handshake,
              QString connectionId, const Clock *clock, lambda::LambdaService *lambda);
    ~WsSession() override;

    /// Runs $connect and answers the upgrade request on `response`.
    void start(const http::ResponseStreamPtr &response, QByteArray secWebSocketKey);

    /// Who asked for a message to be sent or the connection to be closed.
    enum class Origin {
        Management, ///< the @connections API
        Window,     ///< the Gatehouse window's Connections view
    };
    /// @connections POST: sends `data` as one message (text when it is UTF-8, else binary) and publishes an OUT
    /// record for it (ExchangeRecord::messageDirection).
    void postData(const QByteArray &data, Origin origin = Origin::Management);
    /// @connections DELETE: closes the connection (1000) and runs $disconnect.
    void disconnectFromManagement(Origin origin = Origin::Management);

    const QString &connectionId() const { return m_id; }

private:
    enum class State { Connecting, Open, Closing, Closed };

    /// What an integration answered.
    struct Outcome
    {
        bool ok = true;       ///< false: it failed (function error, timeout, unknown function, malformed result)
        int status = 200;
        QByteArray body;
        http::HttpHeaders headers;
        QString problem;      ///< why it failed, for the record
        /// When ok is false: the `message` of the error sent to the client ("Internal server error" when empty;
        /// "Endpoint request timed out" for timeouts).
        QString clientMessage;
        qint64 latencyUs = 0; ///< -1: no integration latency (mock integrations, as CloudWatch suppresses it)
    };
    using Done = std::function<void(Outcome &&outcome)>;

    void runIntegration(const model::WsRoute &route, const QString &eventType, const QByteArray &body, bool binary,
                        const QString &requestId, const QString &messageId, ExchangeRecord &record, Done done);
    /// runIntegration() for http and http_proxy integrations (wshttpintegration.h).
    void runHttp(const model::WsRoute &route, const QString &eventType, const QByteArray &body, bool binary,
                 const QString &requestId, const QString &messageId, ExchangeRecord &record, qint64 stepOffsetUs,
                 Done done);
    QByteArray lambdaEvent(const QString &routeKey, const QString &eventType, const QByteArray &body, bool binary,
                           const QString &requestId, const QString &messageId) const;

    /// $connect authorization (an authorizer or AWS_IAM on the route), before start() runs the integration: a refusal
    /// answers the handshake and ends the session; an allow sets m_authorization and calls start() again.
    void authorize(const http::ResponseStreamPtr &response, QByteArray secWebSocketKey);
    void accept(const http::ResponseStreamPtr &response, const QByteArray &key, const http::HttpHeaders &extra);
    void onData(const char *data, qsizetype size);
    void onFrame(Frame &&frame);
    void onMessage(const QByteArray &message, bool binary);
    /// Writes one data message and counts it; false when the connection is not open.
    bool sendMessage(const QByteArray &data, bool binary);
    void closeWith(quint16 code, const QByteArray &reason);
    void onTunnelClosed();
    void runDisconnect();
    void checkLimits();

    std::shared_ptr<ExchangeRecord> newRecord(const QString &eventType, const QString &requestId) const;
    void publish(std::shared_ptr<ExchangeRecord> record, qint64 startUs);

    WebSocketService *m_service;
    std::shared_ptr<const WsStageConfig> m_config;
    WsHandshake m_handshake;
    QString m_id;
    const Clock *m_clock;
    lambda::LambdaService *m_lambda;
    http::TunnelPtr m_tunnel;
    FrameReader m_reader;
    QByteArray m_message;        // fragments of the message being received
    bool m_messageBinary = false;
    bool m_inMessage = false;
    QTimer *m_limitTimer = nullptr; // child
    State m_state = State::Connecting;
    qint64 m_connectedUs = 0;
    qint64 m_connectedAtMs = 0;
    qint64 m_lastActiveUs = 0;
    /// The $connect authorizer's principalId: set (by the authorizer step in start()) before accept() registers the
    /// connection, which passes it to the Connections view through ConnectionInfo::principalId. Empty: no authorizer.
    QString m_principalId;
    /// What $connect authorization decided (wsauthorizer.h), once it allowed the connection; null when $connect is not
    /// authorized. Every later event carries it (requestContext.authorizer, requestContext.identity).
    std::shared_ptr<const WsAuthVerdict> m_authorization;
    quint16 m_closeCode = CloseNoStatus;
    QString m_closeReason;
    bool m_disconnectRun = false;
};

} // namespace gw::websocket
