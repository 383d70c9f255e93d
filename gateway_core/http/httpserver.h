// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requesthandler.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

namespace gw {
class Clock;
}

namespace gw::http {

/// Limits as AWS applies them, plus the protections any server needs.
struct ServerLimits
{
    qint64 maxHeaderBytes = 10'240;          ///< request line + headers (AWS: 10,240 bytes)
    qint64 maxTargetBytes = 10'240;          ///< request-target alone
    qint64 maxBodyBytes = 10 * 1024 * 1024;  ///< payload (AWS: 10 MB); over it the handler sees bodyTooLarge
    int headerTimeoutMs = 10'000;            ///< time allowed from a request's first byte to its last header
    int bodyIdleTimeoutMs = 30'000;          ///< longest pause allowed while a body is arriving
    int keepAliveIdleTimeoutMs = 60'000;     ///< idle keep-alive connections are closed after this
    int maxConnections = 4'096;              ///< open connections across all workers
    int maxPipelinedRequests = 64;           ///< unanswered requests queued on one connection before reading pauses
};

struct ServerStats
{
    quint64 connectionsAccepted = 0;
    quint64 connectionsRejected = 0;
    quint64 requests = 0;
    quint64 rejectedRequests = 0;
    int openConnections = 0;
};

class HttpServerPrivate;

/// An HTTP/1.1 server: one acceptor thread hands sockets to N worker threads, each with its own event loop. A
/// connection lives on one worker from first byte to last. Keep-alive, pipelining (answered in order),
/// Content-Length and chunked bodies, HEAD and Expect: 100-continue are handled here; everything about API Gateway
/// is the handler's business.
class HttpServer final : public QObject
{
    Q_OBJECT
public:
    /// `handler` and `clock` must outlive the server.
    HttpServer(RequestHandler *handler, const Clock *clock, QObject *parent = nullptr);
    ~HttpServer() override;

    void setLimits(const ServerLimits &limits); ///< before listen()
    ServerLimits limits() const;
    void setWorkerCount(int workers);           ///< before listen(); default: the number of cores, at least 2

    /// Binds and starts accepting. Port 0 picks a free port. Returns false with errorString() set on failure.
    bool listen(const QHostAddress &address, quint16 port);
    quint16 serverPort() const;
    QHostAddress serverAddress() const;
    QString errorString() const;
    bool isListening() const;

    /// Stops accepting, lets in-flight responses finish for up to `graceMs`, then closes every connection and
    /// joins the worker threads. Blocks the calling thread; safe to call twice.
    void stop(int graceMs = 2000);

    ServerStats stats() const; ///< thread-safe snapshot

private:
    std::unique_ptr<HttpServerPrivate> d;
};

} // namespace gw::http
