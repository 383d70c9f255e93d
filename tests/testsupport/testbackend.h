// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QThread>

#include <atomic>

class QTcpServer;

namespace gw::test {

/// A small HTTP/1.1 backend on its own thread, for proxy tests. It answers by path:
///   /echo...        200 JSON {"method","path","query","headers":[[name,value]...],"body"} (keep-alive)
///   /status/NNN     status NNN with a short body
///   /bytes/N        200 with a body of N 'x' bytes
///   /slow/MS        answers /echo after MS milliseconds
///   /hang           reads the request and never answers
///   /close          closes the connection without answering
///   /chunked        a chunked response in three chunks ("hello", " ", "world")
///   /headers        200 with Server, Date, X-Backend and Set-Cookie headers
///   /garbage        answers bytes that are not HTTP
///   /twice          two complete 200 answers to the one request, in one write
///   /late-garbage   answers /echo (keep-alive), then 50 ms later sends bytes that are not HTTP on the idle connection
///   /cors-headers   200 with the backend's own Access-Control-Allow-Origin and -Methods
/// Every request received is counted and kept (method + target).
class TestBackend final : public QThread
{
public:
    TestBackend();
    ~TestBackend() override;
    /// Starts the thread and listens on 127.0.0.1:0; returns the port.
    quint16 start();
    int requestCount() const { return m_count.load(); }
    QList<QByteArray> requests() const;

protected:
    void run() override;

private:
    std::atomic<int> m_count{0};
    std::atomic<quint16> m_port{0};
    mutable QMutex m_mutex;
    QList<QByteArray> m_requests;
    friend class BackendConnection;
    void record(const QByteArray &line);
};

} // namespace gw::test
