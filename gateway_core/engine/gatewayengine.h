// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compiledgateway.h"

#include "http/httpserver.h"
#include "observe/recordbus.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace gw {

class Clock;
class StageCache;
class TrafficState;
namespace lambda {
class LambdaService;
}
namespace websocket {
class WebSocketService;
}

/// The gateway: an HTTP server whose requests run through the deployed APIs' pipelines. Thread-safe facade:
/// deploy() may be called at any time from any thread; in-flight requests finish on the snapshot they started with.
/// Finished exchanges flow out through records().
///
/// Endpoints, as on AWS plus LocalStack's path form:
///   http://{apiId}.execute-api.localhost:{port}/{stage}/{path}
///   http://127.0.0.1:{port}/restapis/{apiId}/{stage}/_user_request_/{path}
///   http://127.0.0.1:{port}/{stage}/{path}        (when exactly one API is deployed)
class GatewayEngine final : public QObject, private http::RequestHandler
{
    Q_OBJECT
public:
    explicit GatewayEngine(const Clock *clock = nullptr, QObject *parent = nullptr);
    ~GatewayEngine() override;

    void setLimits(const http::ServerLimits &limits);
    void setWorkerCount(int workers);

    /// Starts listening. Port 0 picks a free port. Returns false with `error` set on failure.
    bool start(const QHostAddress &address, quint16 port, QString *error);
    void stop();
    bool isRunning() const;
    quint16 port() const;
    QHostAddress address() const;

    void deploy(std::shared_ptr<const CompiledGateway> gateway);
    std::shared_ptr<const CompiledGateway> deployed() const;

    /// "http://{apiId}.execute-api.localhost:{port}/{stage}" ("$default" stages have no path part).
    QString invokeUrl(const QString &apiId, const QString &stage) const;

    RecordBus &records() { return m_records; }
    /// Runs the deployed project's functions (created with the engine).
    lambda::LambdaService &lambda() { return *m_lambda; }
    /// Token buckets and quota counters: they outlive deployments, as AWS's do.
    TrafficState &traffic() { return *m_traffic; }
    /// The deployed WebSocket APIs' connections and their @connections API (same port as everything else).
    websocket::WebSocketService &websocket() { return *m_websocket; }
    const Clock &clock() const { return *m_clock; }
    /// Empties the deployed stage's cache (AWS FlushStageCache); `dropped`, when given, gets how many entries it held.
    /// False when the stage is not deployed or has no cache. Thread-safe.
    bool flushStageCache(const QString &apiId, const QString &stage, int *dropped = nullptr);
    /// The deployed stage's cache (its entries, size and CacheHitCount/CacheMissCount per method), or null.
    std::shared_ptr<StageCache> stageCache(const QString &apiId, const QString &stage) const;
    http::ServerStats serverStats() const;
    /// Adds a `Server-Timing` response header with the pipeline's breakdown (each step's span, then "gateway": the
    /// rest), so a browser's devtools show it. Off by default: AWS does not send it. Thread-safe; applies to requests
    /// that start afterwards.
    void setServerTiming(bool on) { m_serverTiming.store(on, std::memory_order_relaxed); }
    bool serverTiming() const { return m_serverTiming.load(std::memory_order_relaxed); }

private:
    void handleRequest(http::HttpRequest &&request, const http::ResponseStreamPtr &response) override;
    void requestRejected(const http::RejectedRequest &rejected) override;

    const Clock *m_clock;
    std::unique_ptr<http::HttpServer> m_server;
    http::ServerLimits m_limits;
    int m_workers = 0;
    std::atomic<std::shared_ptr<const CompiledGateway>> m_gateway;
    std::atomic<quint64> m_sequence{0};
    std::atomic<bool> m_serverTiming{false};
    RecordBus m_records;
    std::unique_ptr<lambda::LambdaService> m_lambda;
    std::unique_ptr<TrafficState> m_traffic;
    std::unique_ptr<websocket::WebSocketService> m_websocket;
};

} // namespace gw
