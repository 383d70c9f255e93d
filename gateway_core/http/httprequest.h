// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpheaders.h"

#include <QHostAddress>

namespace gw::http {

/// One parsed HTTP/1.x request, as received. Knows nothing of API Gateway.
struct HttpRequest
{
    QByteArray method;    ///< as sent, e.g. "GET"
    QByteArray target;    ///< the request-target as sent, e.g. "/prod/pets?limit=2"
    QByteArray path;      ///< target up to '?', still percent-encoded
    QByteArray query;     ///< after the first '?', without it; null when the target has no '?'
    int httpMinor = 1;    ///< HTTP/1.<minor>
    HttpHeaders headers;  ///< in arrival order
    QByteArray body;      ///< de-chunked; empty when bodyTooLarge
    bool keepAlive = true;
    /// The body exceeded ServerLimits::maxBodyBytes. The request is handed over as soon as this is known (the
    /// body is not read), and the connection is closed after the response.
    bool bodyTooLarge = false;
    qint64 declaredContentLength = -1; ///< Content-Length header value, -1 when absent

    QHostAddress peerAddress;
    quint16 peerPort = 0;
    quint16 localPort = 0;
    quint64 connectionId = 0; ///< unique per server run
    quint32 sequence = 0;     ///< 0 for the first request on the connection, then 1, 2, ...

    qint64 firstByteUs = 0;   ///< clock time of the request's first byte
    qint64 completeUs = 0;    ///< clock time the request was complete (or found too large)
    qint64 wireBytes = 0;     ///< bytes of request line, headers and body as received
};

} // namespace gw::http
