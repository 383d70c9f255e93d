// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpserver.h"

#include <QObject>
#include <QSet>

#include <atomic>

class QTimer;

namespace gw {
class Clock;
}

namespace gw::http {

class HttpConnection;

/// What the acceptor, the workers and HttpServer share. handler, clock and limits are written before the
/// threads start and only read while they run; the counters are atomic.
struct HttpServerShared
{
    RequestHandler *handler = nullptr;
    const Clock *clock = nullptr;
    ServerLimits limits;

    std::atomic<int> openConnections {0}; ///< counted against ServerLimits::maxConnections
    std::atomic<int> rejectingConnections {0}; ///< connections being answered 503, outside the cap
    std::atomic<quint64> connectionsAccepted {0};
    std::atomic<quint64> connectionsRejected {0};
    std::atomic<quint64> requests {0};
    std::atomic<quint64> rejectedRequests {0};
    std::atomic<quint64> nextConnectionId {0};
};

/// Closes a socket descriptor that no QTcpSocket has adopted.
void closeDescriptor(qintptr socketDescriptor);

/// One worker thread's event-loop object: owns the connections handed to it, ticks their timeouts with one
/// coarse timer, and caches the Date header per second. Every member function runs on the worker thread.
class HttpWorker final : public QObject
{
    Q_OBJECT
public:
    explicit HttpWorker(HttpServerShared *shared, QObject *parent = nullptr);
    ~HttpWorker() override;

    HttpServerShared &shared() const { return *m_shared; }

    /// Takes over an accepted socket. `reject`: answer 503 and close (the connection cap was reached).
    void addConnection(qintptr socketDescriptor, quint64 connectionId, bool reject);
    /// Reports a connection the acceptor closed without a response (too many already being rejected).
    void reportDropped(quint64 connectionId);
    /// No new connections or requests; idle connections close now, busy ones after their in-flight responses.
    void beginStop();
    /// Cancels every stream and closes every connection at once; the worker is then empty.
    void closeAll();
    bool isStopping() const { return m_stopping; }

    /// The current Date header value (IMF-fixdate), recomputed when the clock's second changes.
    QByteArrayView httpDate();

    void connectionDestroyed(HttpConnection *connection);

private:
    void tick();
    void updateTimer();

    HttpServerShared *m_shared;
    QTimer *m_timer;
    QSet<HttpConnection *> m_connections; // owned (children of this worker)
    QByteArray m_date;
    qint64 m_dateSecond = -1;
    bool m_stopping = false;
};

} // namespace gw::http
