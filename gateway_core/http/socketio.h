// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>

#include <deque>
#include <functional>

class QSocketNotifier;

namespace gw::http {

/// A non-blocking TCP socket on the thread that created it, with the least work per request: reads go straight
/// from the kernel into the caller's buffer, writes go straight to the kernel and only what the kernel does not take
/// is kept and sent when the socket is writable again. (QTcpSocket asks the kernel how much is readable before every
/// read, copies everything through its own buffers and defers every write to a later event-loop pass; on a gateway
/// that answers in microseconds those system calls are most of the cost.)
///
/// Callbacks run on the owning thread. After `onClosed` nothing else is called.
class SocketIo final : public QObject
{
public:
    explicit SocketIo(QObject *parent = nullptr);
    ~SocketIo() override;

    /// Takes ownership of a connected descriptor; false (descriptor closed) when it cannot be used.
    bool adopt(qintptr descriptor);
    qintptr descriptor() const { return m_fd; }
    bool isOpen() const { return m_fd >= 0; }

    QHostAddress peerAddress() const { return m_peerAddress; }
    quint16 peerPort() const { return m_peerPort; }
    quint16 localPort() const { return m_localPort; }

    std::function<void()> onReadable;   ///< data (or end of input) can be read
    std::function<void()> onWritten;    ///< pending output was sent (some or all)
    std::function<void()> onClosed;     ///< the peer closed or reset the connection, or close() was called

    /// Reads up to `max` bytes: > 0 bytes read, 0 nothing available now, -1 end of input or error (the socket is
    /// then closed and onClosed has been scheduled).
    qint64 read(char *data, qint64 max);
    /// Bytes the kernel holds for reading now (one system call; for rare decisions only).
    qint64 bytesAvailable() const;
    /// Reads and drops what is available.
    void discardInput();
    /// Stops or resumes readiness callbacks for reading (while the caller holds back).
    void setReadEnabled(bool enabled);

    /// Sends what the kernel takes now and keeps the rest in order.
    void write(const QByteArray &bytes);
    qint64 bytesToWrite() const { return m_pendingBytes; }
    /// Tries to send pending output now.
    void flush();

    /// Shuts the write side down (FIN), keeping the read side open.
    bool shutdownWrite();
    /// Closes the descriptor now; pending output is dropped. Calls onClosed (queued) once.
    void close();

private:
    void readyRead();
    void readyWrite();
    void sendPending();
    void fail();

    qintptr m_fd = -1;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    std::deque<QByteArray> m_pending;
    qsizetype m_pendingOffset = 0; ///< bytes of m_pending.front() already sent
    qint64 m_pendingBytes = 0;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    quint16 m_localPort = 0;
    bool m_closedReported = false;
};

} // namespace gw::http
