// SPDX-License-Identifier: GPL-3.0-or-later
#include "socketio.h"

#include <QSocketNotifier>

#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

namespace gw::http {

namespace {

void addressOf(const sockaddr_storage &sa, QHostAddress *address, quint16 *port)
{
    if (sa.ss_family == AF_INET) {
        const auto *in = reinterpret_cast<const sockaddr_in *>(&sa);
        address->setAddress(ntohl(in->sin_addr.s_addr));
        *port = ntohs(in->sin_port);
    } else if (sa.ss_family == AF_INET6) {
        const auto *in6 = reinterpret_cast<const sockaddr_in6 *>(&sa);
        address->setAddress(in6->sin6_addr.s6_addr);
        *port = ntohs(in6->sin6_port);
    }
}

} // namespace

SocketIo::SocketIo(QObject *parent)
    : QObject(parent)
{ }

SocketIo::~SocketIo()
{
    if (m_fd >= 0) {
        m_readNotifier->setEnabled(false);
        m_writeNotifier->setEnabled(false);
        ::close(int(m_fd));
    }
}

bool SocketIo::adopt(qintptr descriptor)
{
    const int fd = int(descriptor);
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0 || ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) < 0) {
        ::close(fd);
        return false;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_storage sa{};
    socklen_t len = sizeof sa;
    if (::getpeername(fd, reinterpret_cast<sockaddr *>(&sa), &len) == 0)
        addressOf(sa, &m_peerAddress, &m_peerPort);
    len = sizeof sa;
    QHostAddress local;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&sa), &len) == 0)
        addressOf(sa, &local, &m_localPort);
    m_fd = fd;
    m_readNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &SocketIo::readyRead);
    m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &SocketIo::readyWrite);
    return true;
}

void SocketIo::readyRead()
{
    if (onReadable)
        onReadable();
}

void SocketIo::readyWrite()
{
    sendPending();
    if (m_fd >= 0 && onWritten)
        onWritten();
}

qint64 SocketIo::read(char *data, qint64 max)
{
    if (m_fd < 0)
        return -1;
    while (true) {
        const ssize_t n = ::read(int(m_fd), data, size_t(max));
        if (n > 0)
            return n;
        if (n == 0) {
            fail(); // end of input: the client is gone
            return -1;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return 0;
        fail();
        return -1;
    }
}

qint64 SocketIo::bytesAvailable() const
{
    int n = 0;
    if (m_fd < 0 || ::ioctl(int(m_fd), FIONREAD, &n) < 0)
        return 0;
    return n;
}

void SocketIo::discardInput()
{
    char buffer[16 * 1024];
    while (read(buffer, sizeof buffer) > 0) {
    }
}

void SocketIo::setReadEnabled(bool enabled)
{
    if (m_readNotifier && m_readNotifier->isEnabled() != enabled)
        m_readNotifier->setEnabled(enabled);
}

void SocketIo::write(const QByteArray &bytes)
{
    if (m_fd < 0 || bytes.isEmpty())
        return;
    if (m_pending.empty()) {
        qsizetype sent = 0;
        while (sent < bytes.size()) {
            const ssize_t n = ::send(int(m_fd), bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
            if (n > 0) {
                sent += n;
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                break;
            fail();
            return;
        }
        if (sent == bytes.size())
            return;
        m_pending.push_back(bytes);
        m_pendingOffset = sent;
        m_pendingBytes = bytes.size() - sent;
        m_writeNotifier->setEnabled(true);
        return;
    }
    m_pending.push_back(bytes);
    m_pendingBytes += bytes.size();
}

void SocketIo::flush()
{
    if (!m_pending.empty())
        sendPending();
}

void SocketIo::sendPending()
{
    while (m_fd >= 0 && !m_pending.empty()) {
        iovec iov[16];
        int count = 0;
        qsizetype offset = m_pendingOffset;
        for (auto it = m_pending.begin(); it != m_pending.end() && count < 16; ++it, ++count) {
            iov[count].iov_base = const_cast<char *>(it->constData()) + offset;
            iov[count].iov_len = size_t(it->size() - offset);
            offset = 0;
        }
        msghdr msg{};
        msg.msg_iov = iov;
        msg.msg_iovlen = size_t(count);
        const ssize_t n = ::sendmsg(int(m_fd), &msg, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                break;
            fail();
            return;
        }
        qint64 left = n;
        m_pendingBytes -= n;
        while (left > 0 && !m_pending.empty()) {
            const qsizetype rest = m_pending.front().size() - m_pendingOffset;
            if (left >= rest) {
                left -= rest;
                m_pending.pop_front();
                m_pendingOffset = 0;
            } else {
                m_pendingOffset += qsizetype(left);
                left = 0;
            }
        }
    }
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(!m_pending.empty());
}

bool SocketIo::shutdownWrite()
{
    return m_fd >= 0 && ::shutdown(int(m_fd), SHUT_WR) == 0;
}

void SocketIo::fail()
{
    close();
}

void SocketIo::close()
{
    if (m_fd < 0)
        return;
    // The notifiers may be the ones whose activation brought us here: disable now, delete later.
    for (QSocketNotifier *n : {m_readNotifier, m_writeNotifier}) {
        n->setEnabled(false);
        n->deleteLater();
    }
    m_readNotifier = m_writeNotifier = nullptr;
    ::close(int(m_fd));
    m_fd = -1;
    m_pending.clear();
    m_pendingBytes = 0;
    m_pendingOffset = 0;
    if (!m_closedReported) {
        m_closedReported = true;
        // Queued: the caller may be deep inside a read or write of this connection.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (onClosed)
                    onClosed();
            },
            Qt::QueuedConnection);
    }
}

} // namespace gw::http
