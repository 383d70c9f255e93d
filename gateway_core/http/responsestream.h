// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpheaders.h"
#include "tunnel.h"

#include <QPointer>

#include <functional>
#include <memory>

namespace gw::http {

class HttpConnection;

/// Where a handler writes the response to one request; may be written immediately or later (after an upstream
/// answered), possibly in pieces. Lives on the worker thread that owns the connection: every call must be made on
/// that thread. Responses to pipelined requests leave in request order; a stream that is not first in line is
/// buffered until its turn. When the client goes away the stream becomes cancelled: writes are ignored and the
/// cancel callback runs once, so pending work can stop.
///
/// The server owns the framing headers: it sets Date, Content-Length / Transfer-Encoding and Connection and drops
/// any the handler passes. For HEAD requests the body bytes are not sent.
class ResponseStream
{
public:
    ResponseStream(HttpConnection *connection, quint32 sequence, bool headRequest, bool http10);
    ~ResponseStream();
    ResponseStream(const ResponseStream &) = delete;
    ResponseStream &operator=(const ResponseStream &) = delete;

    /// Starts the response. contentLength < 0 means not known yet: chunked on HTTP/1.1, close-delimited on 1.0.
    void writeHead(int status, const HttpHeaders &headers, qint64 contentLength);
    void writeBody(const QByteArray &chunk);
    /// Ends the response. After finish() nothing more may be written.
    void finish();
    /// writeHead + writeBody + finish with an exact Content-Length.
    void respond(int status, const HttpHeaders &headers, const QByteArray &body);

    /// Cuts the response short: the connection is closed at once, so the client sees an incomplete response rather
    /// than a complete-looking one (used when an upstream fails after the head was sent).
    void abort();

    /// Answers "101 Switching Protocols" with `headers` (Upgrade and Connection are the handler's to set) and turns the
    /// connection into a tunnel for another protocol. Only possible when this is the connection's only unanswered
    /// request; returns null (and sends nothing) otherwise, or when the client is gone. The stream is finished either
    /// way. Bytes the client sent after the request are delivered through the tunnel's onData (queued, once the
    /// caller has set it).
    TunnelPtr switchProtocols(const HttpHeaders &headers);
    /// Asks the server to close the connection after this response (e.g. the request body was not read).
    void setCloseAfter(bool close) { m_closeAfter = close; }
    bool closeAfter() const { return m_closeAfter; }

    bool isHeadRequest() const { return m_head; }
    bool headWritten() const { return m_headWritten; }
    bool isFinished() const { return m_finished; }
    bool isCancelled() const { return m_cancelled; }
    /// Runs `callback` once when the client disconnects before finish(); replaces any earlier callback.
    void onCancel(std::function<void()> callback) { m_onCancel = std::move(callback); }

    /// Bytes of status line, headers and body handed to the connection so far.
    qint64 bytesWritten() const { return m_bytesWritten; }

private:
    friend class HttpConnection;
    void cancel(); // called by the connection

    QPointer<HttpConnection> m_connection;
    std::function<void()> m_onCancel;
    quint32 m_sequence;
    qint64 m_bytesWritten = 0;
    qint64 m_contentLength = -1;
    qint64 m_bodyBytes = 0; // body bytes accepted so far (without chunk framing)
    bool m_head;
    bool m_http10;
    bool m_chunked = false;
    bool m_suppressBody = false; // HEAD, 1xx, 204, 304: body writes are dropped
    bool m_headWritten = false;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_closeAfter = false;
};

using ResponseStreamPtr = std::shared_ptr<ResponseStream>;

} // namespace gw::http
