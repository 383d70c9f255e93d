// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QPointer>

#include <functional>
#include <memory>

namespace gw::http {

class HttpConnection;

/// The raw byte pipe of a connection after "101 Switching Protocols" (WebSocket). Made by
/// ResponseStream::switchProtocols(); lives on the worker thread that owns the connection, and every call must be made
/// there. The connection keeps its place in the server's connection cap and its write buffering; it no longer parses
/// HTTP, runs HTTP timeouts or answers anything itself: the protocol above owns its own limits and timers.
///
/// After `onClosed` (the peer closed or reset the socket, the server stopped, or close()/abort() finished) the tunnel
/// is dead: writes are dropped and no callback runs again.
class Tunnel final
{
public:
    explicit Tunnel(HttpConnection *connection);
    ~Tunnel();

    std::function<void(const char *data, qsizetype size)> onData; ///< bytes arrived from the peer
    std::function<void()> onClosed;                                ///< the connection is gone

    /// Sends bytes in order (what the kernel does not take now is buffered).
    void write(const QByteArray &bytes);
    /// Bytes waiting in the connection's write buffer.
    qint64 bytesToWrite() const;
    /// Sends what is buffered, shuts the write side down, then closes (a graceful close after a close frame).
    void close();
    /// Drops the socket now.
    void abort();
    bool isOpen() const;

private:
    friend class HttpConnection;
    QPointer<HttpConnection> m_connection;
    bool m_closed = false;
};

using TunnelPtr = std::shared_ptr<Tunnel>;

} // namespace gw::http
