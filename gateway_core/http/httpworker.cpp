// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpworker.h"

#include "common/clock.h"
#include "httpconnection.h"
#include "httpwire.h"

#include <QPointer>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <unistd.h>
#else
#include <QTcpSocket>
#endif

namespace gw::http {

void closeDescriptor(qintptr socketDescriptor)
{
#ifdef Q_OS_UNIX
    ::close(int(socketDescriptor));
#else
    QTcpSocket socket;
    if (socket.setSocketDescriptor(socketDescriptor))
        socket.abort();
#endif
}

HttpWorker::HttpWorker(HttpServerShared *shared, QObject *parent)
    : QObject(parent)
    , m_shared(shared)
    , m_timer(new QTimer(this))
{
    // Coarse on purpose: one timer per worker scans every connection. A quarter of the shortest timeout keeps
    // the error small even when tests use short timeouts.
    const ServerLimits &limits = shared->limits;
    const int shortest
        = qMin(limits.headerTimeoutMs, qMin(limits.bodyIdleTimeoutMs, limits.keepAliveIdleTimeoutMs));
    m_timer->setInterval(qBound(20, shortest / 4, 250));
    connect(m_timer, &QTimer::timeout, this, &HttpWorker::tick);
}

HttpWorker::~HttpWorker()
{
    // Normally empty already (closeAll() ran on the worker thread); each connection unregisters itself.
    while (!m_connections.isEmpty())
        delete *m_connections.cbegin();
}

void HttpWorker::addConnection(qintptr socketDescriptor, quint64 connectionId, bool reject)
{
    if (m_stopping) {
        closeDescriptor(socketDescriptor);
        if (reject)
            m_shared->rejectingConnections.fetch_sub(1, std::memory_order_relaxed);
        else
            m_shared->openConnections.fetch_sub(1, std::memory_order_relaxed);
        return;
    }
    auto *connection = new HttpConnection(this, connectionId, !reject);
    if (!connection->open(socketDescriptor)) {
        delete connection;
        return;
    }
    m_connections.insert(connection);
    updateTimer();
    if (reject)
        connection->rejectTooManyConnections();
}

void HttpWorker::reportDropped(quint64 connectionId)
{
    RejectedRequest rejected;
    rejected.reason = RejectReason::TooManyConnections;
    rejected.detail = QByteArrayLiteral("connection cap reached; closed without a response");
    rejected.connectionId = connectionId;
    rejected.rejectedUs = m_shared->clock->nowUs();
    rejected.firstByteUs = rejected.rejectedUs;
    m_shared->rejectedRequests.fetch_add(1, std::memory_order_relaxed);
    m_shared->handler->requestRejected(rejected);
}

void HttpWorker::beginStop()
{
    m_stopping = true;
    const QList<HttpConnection *> connections = m_connections.values();
    for (HttpConnection *connection : connections) {
        if (m_connections.contains(connection))
            connection->beginStop();
    }
}

void HttpWorker::closeAll()
{
    m_stopping = true;
    m_timer->stop();
    while (!m_connections.isEmpty()) {
        HttpConnection *connection = *m_connections.cbegin();
        m_connections.remove(connection);
        connection->closeNow();
        delete connection;
    }
}

QByteArrayView HttpWorker::httpDate()
{
    const qint64 epochMs = m_shared->clock->epochMs();
    const qint64 second = epochMs >= 0 ? epochMs / 1000 : (epochMs - 999) / 1000;
    if (second != m_dateSecond || m_date.isEmpty()) {
        m_dateSecond = second;
        m_date = wire::imfFixdate(second);
    }
    return m_date;
}

void HttpWorker::connectionDestroyed(HttpConnection *connection)
{
    m_connections.remove(connection);
    updateTimer();
}

void HttpWorker::tick()
{
    const qint64 now = m_shared->clock->nowUs();
    // A copy: a check may close a connection, and a handler's requestRejected may run a nested event loop.
    const QList<HttpConnection *> connections = m_connections.values();
    for (HttpConnection *connection : connections) {
        if (m_connections.contains(connection))
            connection->checkTimeouts(now);
    }
}

void HttpWorker::updateTimer()
{
    if (m_connections.isEmpty())
        m_timer->stop();
    else if (!m_timer->isActive() && !m_stopping)
        m_timer->start();
}

} // namespace gw::http
