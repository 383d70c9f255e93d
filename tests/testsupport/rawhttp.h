// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

class QTcpSocket;

namespace gw::test {

/// A response read off the wire, exactly as sent.
struct RawResponse
{
    int status = 0;        ///< 0: no complete response arrived
    QByteArray statusLine;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;       ///< de-chunked
    bool chunked = false;
    bool closed = false;   ///< the server closed the connection after it

    QByteArray header(const QByteArray &name) const; ///< first value, case-insensitive; null when absent
    int headerCount(const QByteArray &name) const;
};

/// A blocking HTTP/1.1 client over one connection, for tests: sends bytes as given and reads responses one by one
/// (Content-Length, chunked or close-delimited bodies). The server must run on other threads.
class RawHttpClient
{
public:
    explicit RawHttpClient(quint16 port, int timeoutMs = 10'000);
    ~RawHttpClient();
    bool isConnected() const;
    void send(const QByteArray &bytes);
    /// Reads the next response; for a HEAD request pass headRequest so no body is expected.
    RawResponse read(bool headRequest = false);
    /// send() + read()
    RawResponse request(const QByteArray &bytes, bool headRequest = false);
    /// Waits until the server closes the connection; true if it did within the timeout.
    bool waitForClose();

private:
    bool fill();
    QTcpSocket *m_socket;
    QByteArray m_buffer;
    int m_timeoutMs;
};

/// One request on a fresh connection.
RawResponse rawRequest(quint16 port, const QByteArray &bytes, int timeoutMs = 10'000);
/// "GET {target} HTTP/1.1\r\nHost: {host}\r\n{extra}\r\n"
QByteArray getRequest(const QByteArray &target, const QByteArray &host = "127.0.0.1", const QByteArray &extra = {});

} // namespace gw::test
