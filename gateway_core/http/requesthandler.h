// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httprequest.h"
#include "responsestream.h"

namespace gw::http {

/// Why the server answered a connection itself, without handing a request over.
enum class RejectReason {
    MalformedRequest,  ///< 400: the parser refused the bytes
    HeadersTooLarge,   ///< 431: request line plus headers over ServerLimits::maxHeaderBytes
    UriTooLong,        ///< 414: request-target over ServerLimits::maxTargetBytes
    HeaderTimeout,     ///< 408: the headers did not arrive within ServerLimits::headerTimeoutMs (slowloris)
    BodyTimeout,       ///< 408: the body stalled for longer than ServerLimits::bodyIdleTimeoutMs
    TooManyConnections ///< 503: the connection cap was reached
};

struct RejectedRequest
{
    RejectReason reason;
    int status = 0;             ///< status sent (0 when the connection was just closed)
    QByteArray detail;          ///< e.g. the http-parser error name
    QByteArray method;          ///< what was parsed before the failure, possibly empty
    QByteArray target;
    QHostAddress peerAddress;
    quint16 peerPort = 0;
    quint64 connectionId = 0;
    qint64 firstByteUs = 0;
    qint64 rejectedUs = 0;
    qint64 bytesReceived = 0;
};

/// What the server calls. Both functions run on a worker thread, concurrently on different workers: an
/// implementation must be thread-safe. handleRequest may answer at once or keep the stream and answer later from
/// the same worker thread's event loop.
class RequestHandler
{
public:
    virtual ~RequestHandler() = default;
    virtual void handleRequest(HttpRequest &&request, const ResponseStreamPtr &response) = 0;
    /// The server answered (or dropped) a connection itself; for records and counters. Default: nothing.
    virtual void requestRejected(const RejectedRequest &rejected) { Q_UNUSED(rejected); }
};

} // namespace gw::http
