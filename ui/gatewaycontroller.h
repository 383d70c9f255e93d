// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "engine/compiledgateway.h"
#include "observe/stageaccesslog.h"
#include "traffic/trafficstate.h"

#include <QObject>

#include <memory>
#include <optional>

class QThread;

namespace gw {
class GatewayEngine;
namespace auth {
class IdentityServer;
struct LocalIdentity;
} // namespace auth
namespace websocket {
struct ConnectionSnapshot;
}
} // namespace gw

namespace gw::ui {

class AccessLogFeed;
class RecordFeed;

/// Runs the gateway for the window without ever blocking it for long. The engine lives on a control thread of
/// its own: start() waits there only for the bind, and stop(), which lets in-flight requests finish for up to
/// ~2 s, runs there while the window keeps working (the state is Stopping until it is done). Records reach the
/// GUI thread through feed(). GUI thread only.
class GatewayController final : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Running, Stopping };
    Q_ENUM(State)

    struct StartResult
    {
        bool ok = false;
        quint16 port = 0;       ///< the port listened on
        bool fellBack = false;  ///< the preferred port was busy and a free one was taken
        QString error;          ///< why the preferred port (or, when !ok, any port) could not be used
    };

    explicit GatewayController(QObject *parent = nullptr);
    ~GatewayController() override; ///< stops the gateway (may wait up to ~2 s)

    /// Listens on 127.0.0.1:`preferredPort`; when that fails and it is not 0, on a free port instead. Does nothing
    /// (and fails) unless the state is Stopped.
    StartResult start(quint16 preferredPort);
    /// Begins stopping; stateChanged(Stopped) follows when the gateway is down.
    void stop();

    /// Swaps in what the gateway serves; in-flight requests keep the snapshot they started with. Any state.
    void deploy(std::shared_ptr<const CompiledGateway> gateway);

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    quint16 port() const { return m_port; } ///< 0 unless running
    RecordFeed *feed() const { return m_feed.get(); }
    /// Records received from the engine since the window opened.
    quint64 requestCount() const;
    /// The gateway's clock: real time, or ahead of it after advanceTime().
    const Clock &clock() const { return m_clock; }
    /// Moves the gateway's clock forward by `ms` (buckets refill, quota periods end); clockAdvanced() follows.
    void advanceTime(qint64 ms);
    qint64 timeOffsetMs() const { return m_clock.offsetMs(); }
    /// Every token bucket and quota counter as it stands now (thread-safe snapshot, a few microseconds).
    QList<TrafficState::Snapshot> limits() const;
    /// Forgets every bucket and quota count: the next request finds them full and unused.
    void resetLimits();

    /// Does the deployed stage have a cache (REST stages with `cache:`)? Any state; thread-safe engine call.
    bool hasStageCache(const QString &apiId, const QString &stage) const;
    /// Empties the deployed stage's cache (AWS FlushStageCache) and returns how many entries it held; nullopt when
    /// the stage has no cache. Any state; the stage cache is thread-safe, so this does not wait for the control thread.
    std::optional<int> flushStageCache(const QString &apiId, const QString &stage);

    /// The project's local identity provider key (null: none). While the gateway runs, the provider serves its
    /// discovery document and keys on the gateway's port + 1 (or a free port); identityChanged() follows every
    /// (re)start with the identity to compile against, its issuer set.
    void setIdentity(std::shared_ptr<const auth::LocalIdentity> identity);
    /// The identity as served now (issuer set), or the key without an issuer while the gateway is stopped.
    std::shared_ptr<const auth::LocalIdentity> identity() const { return m_identity; }

    /// The open WebSocket connections with their identity and counters (thread-safe snapshot, one short lock).
    QList<websocket::ConnectionSnapshot> connections() const;
    /// Sends `data` to a WebSocket connection as one message, as @connections POST does. Returns at once: the
    /// session sends it on its worker. False when the connection is not open.
    bool sendToConnection(const QString &connectionId, const QByteArray &data);
    /// Closes a WebSocket connection with 1000 and runs $disconnect, as @connections DELETE does. Returns at once;
    /// false when the connection is not open.
    bool closeConnection(const QString &connectionId);

    /// Gateway ▸ Server-Timing: responses carry a Server-Timing header with the pipeline's breakdown (off by
    /// default, as on AWS). Any state; thread-safe engine call, applies to requests that start afterwards.
    void setServerTiming(bool on);
    bool serverTiming() const;

    /// Gateway ▸ Start a Lambda Instance per Concurrent Request: as on AWS, every concurrent invocation of a function
    /// gets an instance of its own (a cold start each). Off, the default: a busy instance is waited for up to
    /// LambdaService::kDefaultWarmWaitMs before another is started, so a quick function runs on a few warm processes.
    /// Any state; returns at once and applies to invocations that start afterwards.
    void setLambdaInstancePerRequest(bool on);
    bool lambdaInstancePerRequest() const { return m_lambdaInstancePerRequest; }

    /// The stages whose access logs the gateway writes (each stage's format, to its file): records of those stages
    /// are rendered and appended on the record bus's thread, and the lines also reach accessLogFeed(). Replaces the
    /// previous list; takes effect for the next batch of records. Any state.
    void setAccessLogs(const QList<StageAccessLog> &logs);
    QList<StageAccessLog> accessLogs() const;
    /// Why a stage's access log file cannot be written; empty while it works (or has not been written yet).
    QString accessLogError(const QString &apiId, const QString &stage) const;
    /// The lines written to the stages' access logs, on the GUI thread.
    AccessLogFeed *accessLogFeed() const { return m_accessLogFeed; }

    /// Records that never reached the window: dropped by the engine's record bus or by the feed because a consumer
    /// fell behind.
    quint64 droppedCount() const;

Q_SIGNALS:
    void stateChanged(gw::ui::GatewayController::State state);
    void clockAdvanced(qint64 offsetMs);
    void identityChanged();

private:
    void setState(State state);

    AdjustableClock m_clock;            ///< outlives the engine (declared first, destroyed last)
    QThread *m_thread;                  ///< the control thread; owns nothing, joined in the destructor
    GatewayEngine *m_engine;            ///< lives on m_thread; deleted there
    bool m_lambdaInstancePerRequest = false;
    std::shared_ptr<RecordFeed> m_feed; ///< shared with the engine's record bus
    AccessLogFeed *m_accessLogFeed;     ///< child; removed from the bus's reach before it goes (destructor)
    std::shared_ptr<StageAccessLogSink> m_accessLogs; ///< shared with the engine's record bus
    void startIdentity();
    void stopIdentity();

    std::shared_ptr<const auth::LocalIdentity> m_identity;
    auth::IdentityServer *m_identityServer = nullptr; ///< lives on m_thread while the gateway runs
    State m_state = State::Stopped;
    quint16 m_port = 0;
};

} // namespace gw::ui
