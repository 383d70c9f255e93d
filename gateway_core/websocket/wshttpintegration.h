// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httpheaders.h"
#include "model/websocketapi.h"
#include "upstream/upstreamclient.h"

#include <QHash>

#include <functional>
#include <memory>

namespace gw {
class Clock;
namespace vtl {
class Template;
}
} // namespace gw

namespace gw::websocket {

/// A route's request templates, parsed once when the stage is compiled: template key → template.
using WsRequestTemplates = QHash<QString, std::shared_ptr<const vtl::Template>>;

/// What the session knows about one event, for an http or http_proxy integration: the message (or the upgrade
/// request, for $connect and $disconnect) and the context variables that parameter mappings and templates read.
struct WsHttpEvent
{
    QString routeKey;
    QString eventType;       ///< CONNECT, MESSAGE or DISCONNECT
    QString connectionId;
    QString requestId;
    QString extendedRequestId;
    QString messageId;       ///< MESSAGE only
    QString apiId;
    QString stage;
    QString domainName;
    QString sourceIp;
    QString userAgent;
    qint64 connectedAtMs = 0;
    qint64 requestTimeEpochMs = 0;
    QByteArray body;         ///< the message; empty for CONNECT and DISCONNECT
    bool binary = false;
    http::HttpHeaders headers; ///< the upgrade request's headers (CONNECT and DISCONNECT)
    QByteArray query;        ///< the upgrade request's raw query string (CONNECT)
    QList<QPair<QString, QString>> stageVariables;
    quint16 localPort = 0;   ///< the gateway's port (*.localhost URIs without a port name it)
};

/// What the backend did. `ok` false: it could not be asked or did not answer (bad URI, refused, reset, not HTTP,
/// timeout, a template that failed); `clientMessage` is then the `message` of the error AWS sends the client.
struct WsHttpResult
{
    bool ok = true;
    int status = 0;          ///< the backend's status; 504 on a timeout, 500 on other failures
    QByteArray body;
    http::HttpHeaders headers;
    QString detail;          ///< integration.http_proxy, integration.http, integration.timeout, integration.unreachable, ...
    QString note;            ///< "POST http://127.0.0.1:8080/chat → 200" for the waterfall
    QString problem;         ///< plain words when ok is false
    QString clientMessage;   ///< when ok is false: "Internal server error" or "Endpoint request timed out"
    QByteArray sentBody;     ///< what went to the backend (first bodyCaptureLimit bytes), for the record
    QString sentTarget;      ///< "POST http://host:port/path?query"
    qint64 latencyUs = 0;    ///< request sent to response complete (or failure)
};

/// A call in flight. It keeps itself alive until it has finished; cancel() stops it and no callback runs afterwards.
class WsHttpCall
{
public:
    void cancel();

private:
    friend std::shared_ptr<WsHttpCall> runHttpIntegration(const model::WsIntegration &, const WsRequestTemplates *,
                                                          const WsHttpEvent &, const Clock &,
                                                          std::function<void(WsHttpResult &&)>);
    upstream::UpstreamCallPtr m_call;
    std::unique_ptr<QObject> m_timerOwner; ///< holds the timeout timer
    std::shared_ptr<WsHttpCall> m_self;    ///< keeps the call alive until it finishes or is cancelled
    bool m_over = false;
};

/// Runs a WebSocket route's http or http_proxy integration as API Gateway does, on the calling thread (the
/// session's worker) with its UpstreamClient, and calls `done` once (never from inside this call).
///
/// - http_proxy: the message is the request body, sent with the integration's method (default POST) to its URI
///   (`${stageVariables.x}` substituted); for $connect the upgrade request's headers (without the hop-by-hop and
///   Sec-WebSocket-* ones) and query string go along. requestParameters add or replace headers, query string
///   parameters and `{path}` parts of the URI.
/// - http: the same, except that the body is the request template chosen by the integration's
///   templateSelectionExpression (its value names a template; `$default` otherwise; no template: the message as it
///   is), rendered with AWS's WebSocket `$context` subset, `$input` and `$stageVariables`; no client header or
///   query string is passed on unless mapped.
///
/// The backend's whole response comes back in `done` (body capped at API Gateway's 10 MB payload limit). A timeout
/// after the integration's timeoutInMillis gives clientMessage "Endpoint request timed out"; a refused, reset or
/// non-HTTP connection, an invalid URI or a failed template gives "Internal server error".
std::shared_ptr<WsHttpCall> runHttpIntegration(const model::WsIntegration &integration,
                                               const WsRequestTemplates *templates, const WsHttpEvent &event,
                                               const Clock &clock, std::function<void(WsHttpResult &&)> done);

} // namespace gw::websocket
