// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpserver.h"

#include "httpworker.h"

#include <QTcpServer>
#include <QThread>

namespace gw::http {

using namespace Qt::StringLiterals;

namespace {

// Connections over the cap still get their 503 from a worker, up to this many at a time; beyond that they are
// closed at once, so a connection flood cannot turn into unbounded work.
constexpr int kMaxRejectingConnections = 256;

/// Accepts on its own thread and deals the descriptors out to the workers in turn. The connection cap is
/// checked here, against the counter the connections decrement when they go away.
class HttpAcceptor final : public QTcpServer
{
public:
    HttpAcceptor(HttpServerShared *shared, QList<HttpWorker *> workers)
        : m_shared(shared)
        , m_workers(std::move(workers))
    { }

protected:
    void incomingConnection(qintptr socketDescriptor) override
    {
        const quint64 id = m_shared->nextConnectionId.fetch_add(1, std::memory_order_relaxed) + 1;
        HttpWorker *worker = m_workers.at(m_next);
        m_next = (m_next + 1) % m_workers.size();

        bool reject = false;
        if (m_shared->openConnections.fetch_add(1, std::memory_order_relaxed)
            >= m_shared->limits.maxConnections) {
            m_shared->openConnections.fetch_sub(1, std::memory_order_relaxed);
            m_shared->connectionsRejected.fetch_add(1, std::memory_order_relaxed);
            if (m_shared->rejectingConnections.fetch_add(1, std::memory_order_relaxed)
                >= kMaxRejectingConnections) {
                m_shared->rejectingConnections.fetch_sub(1, std::memory_order_relaxed);
                closeDescriptor(socketDescriptor);
                QMetaObject::invokeMethod(
                    worker, [worker, id] { worker->reportDropped(id); }, Qt::QueuedConnection);
                return;
            }
            reject = true;
        } else {
            m_shared->connectionsAccepted.fetch_add(1, std::memory_order_relaxed);
        }
        QMetaObject::invokeMethod(
            worker,
            [worker, socketDescriptor, id, reject] { worker->addConnection(socketDescriptor, id, reject); },
            Qt::QueuedConnection);
    }

private:
    HttpServerShared *m_shared;
    QList<HttpWorker *> m_workers;
    qsizetype m_next = 0;
};

} // namespace

class HttpServerPrivate final
{
public:
    void teardown(int graceMs);

    HttpServerShared shared;
    ServerLimits limits;
    int workerCount = 0;

    // Created by listen(), gone after stop(). The worker and acceptor objects delete themselves when their
    // thread finishes.
    QThread *acceptorThread = nullptr;
    HttpAcceptor *acceptor = nullptr;
    QList<QThread *> workerThreads;
    QList<HttpWorker *> workers;

    QString errorString;
    QHostAddress address;
    quint16 port = 0;
    bool listening = false;
};

void HttpServerPrivate::teardown(int graceMs)
{
    if (acceptor) {
        HttpAcceptor *a = acceptor;
        QMetaObject::invokeMethod(
            a, [a] { a->close(); }, Qt::BlockingQueuedConnection);
    }
    if (acceptorThread) {
        acceptorThread->quit();
        acceptorThread->wait();
        delete acceptorThread;
    }
    acceptorThread = nullptr;
    acceptor = nullptr;

    // Every descriptor the acceptor posted is in the workers' queues ahead of beginStop(), so none is lost.
    for (HttpWorker *worker : std::as_const(workers))
        QMetaObject::invokeMethod(
            worker, [worker] { worker->beginStop(); }, Qt::BlockingQueuedConnection);
    // A plain sleep loop: the grace period is real time whatever clock the server was given.
    for (int waited = 0; waited < graceMs; waited += 5) {
        if (shared.openConnections.load() <= 0 && shared.rejectingConnections.load() <= 0)
            break;
        QThread::msleep(5);
    }
    for (HttpWorker *worker : std::as_const(workers))
        QMetaObject::invokeMethod(
            worker, [worker] { worker->closeAll(); }, Qt::BlockingQueuedConnection);
    for (QThread *thread : std::as_const(workerThreads)) {
        thread->quit();
        thread->wait();
        delete thread;
    }
    workerThreads.clear();
    workers.clear();
    listening = false;
}

HttpServer::HttpServer(RequestHandler *handler, const Clock *clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<HttpServerPrivate>())
{
    d->shared.handler = handler;
    d->shared.clock = clock;
}

HttpServer::~HttpServer()
{
    stop(0);
}

void HttpServer::setLimits(const ServerLimits &limits)
{
    d->limits = limits;
}

ServerLimits HttpServer::limits() const
{
    return d->limits;
}

void HttpServer::setWorkerCount(int workers)
{
    d->workerCount = workers;
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (d->listening) {
        d->errorString = u"the server is already listening on port %1"_s.arg(d->port);
        return false;
    }
    d->shared.limits = d->limits;

    const int workerCount = d->workerCount > 0 ? d->workerCount : qMax(2, QThread::idealThreadCount());
    for (int i = 0; i < workerCount; ++i) {
        auto *thread = new QThread;
        thread->setObjectName(u"gw-http-worker-%1"_s.arg(i));
        auto *worker = new HttpWorker(&d->shared);
        worker->moveToThread(thread);
        QObject::connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        d->workerThreads.append(thread);
        d->workers.append(worker);
    }

    d->acceptorThread = new QThread;
    d->acceptorThread->setObjectName(u"gw-http-accept"_s);
    d->acceptor = new HttpAcceptor(&d->shared, d->workers);
    d->acceptor->setListenBacklogSize(qBound(50, d->limits.maxConnections, 1024));
    d->acceptor->moveToThread(d->acceptorThread);
    QObject::connect(d->acceptorThread, &QThread::finished, d->acceptor, &QObject::deleteLater);
    d->acceptorThread->start();

    bool ok = false;
    QString error;
    quint16 boundPort = 0;
    QHostAddress boundAddress;
    HttpAcceptor *acceptor = d->acceptor;
    QMetaObject::invokeMethod(
        acceptor,
        [&] {
            ok = acceptor->listen(address, port);
            if (ok) {
                boundPort = acceptor->serverPort();
                boundAddress = acceptor->serverAddress();
            } else {
                error = acceptor->errorString();
            }
        },
        Qt::BlockingQueuedConnection);

    if (!ok) {
        d->teardown(0);
        d->errorString = u"cannot listen on %1 port %2: %3"_s.arg(address.toString()).arg(port).arg(error);
        return false;
    }
    d->errorString.clear();
    d->address = boundAddress;
    d->port = boundPort;
    d->listening = true;
    return true;
}

quint16 HttpServer::serverPort() const
{
    return d->listening ? d->port : 0;
}

QHostAddress HttpServer::serverAddress() const
{
    return d->listening ? d->address : QHostAddress();
}

QString HttpServer::errorString() const
{
    return d->errorString;
}

bool HttpServer::isListening() const
{
    return d->listening;
}

void HttpServer::stop(int graceMs)
{
    if (!d->listening)
        return;
    d->teardown(qMax(0, graceMs));
}

ServerStats HttpServer::stats() const
{
    ServerStats s;
    s.connectionsAccepted = d->shared.connectionsAccepted.load(std::memory_order_relaxed);
    s.connectionsRejected = d->shared.connectionsRejected.load(std::memory_order_relaxed);
    s.requests = d->shared.requests.load(std::memory_order_relaxed);
    s.rejectedRequests = d->shared.rejectedRequests.load(std::memory_order_relaxed);
    s.openConnections = d->shared.openConnections.load(std::memory_order_relaxed);
    return s;
}

} // namespace gw::http
