// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatewaycontroller.h"

#include "accesslogfeed.h"
#include "recordfeed.h"

#include "auth/localidentity.h"
#include "engine/gatewayengine.h"
#include "lambda/lambdaservice.h"
#include "websocket/wsservice.h"

#include <QThread>

namespace gw::ui {

GatewayController::GatewayController(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_engine(new GatewayEngine(&m_clock))
    , m_feed(std::make_shared<RecordFeed>())
    , m_accessLogFeed(new AccessLogFeed(20'000, this))
{
    m_thread->setObjectName(QStringLiteral("gatehouse-gateway"));
    m_engine->moveToThread(m_thread);
    m_thread->start();
    m_engine->records().addSink(m_feed);
    AccessLogFeed *lines = m_accessLogFeed;
    m_accessLogs = std::make_shared<StageAccessLogSink>([lines](std::vector<AccessLogLine> &&batch) {
        lines->post(std::move(batch)); // the sink is removed from the bus before the feed goes
    });
    m_engine->records().addSink(m_accessLogs);
}

GatewayController::~GatewayController()
{
    stopIdentity();
    m_engine->records().removeSink(m_feed.get());
    m_engine->records().removeSink(m_accessLogs.get());
    GatewayEngine *engine = m_engine;
    // Blocking: a call merely queued before quit() can be dropped when the event loop exits first, and the engine
    // would then live on with its HTTP threads ticking against this controller's clock.
    QMetaObject::invokeMethod(engine, [engine] { delete engine; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

GatewayController::StartResult GatewayController::start(quint16 preferredPort)
{
    StartResult result;
    if (m_state != State::Stopped) {
        result.error = tr("The gateway is not stopped.");
        return result;
    }
    GatewayEngine *engine = m_engine;
    auto listen = [engine](quint16 port, QString *error) {
        quint16 bound = 0;
        QMetaObject::invokeMethod(
            engine,
            [engine, port, error, &bound] {
                if (engine->start(QHostAddress(QHostAddress::LocalHost), port, error))
                    bound = engine->port();
            },
            Qt::BlockingQueuedConnection);
        return bound;
    };
    result.port = listen(preferredPort, &result.error);
    if (result.port == 0 && preferredPort != 0) {
        QString second;
        result.port = listen(0, &second);
        result.fellBack = result.port != 0;
        if (result.port == 0)
            result.error += QStringLiteral("; ") + second;
    }
    result.ok = result.port != 0;
    if (result.ok) {
        m_port = result.port;
        setState(State::Running);
        startIdentity();
    }
    return result;
}

void GatewayController::stop()
{
    if (m_state != State::Running)
        return;
    setState(State::Stopping);
    stopIdentity();
    GatewayEngine *engine = m_engine;
    QMetaObject::invokeMethod(
        engine,
        [this, engine] {
            engine->stop();
            // Back on the GUI thread; dropped if the controller is gone by then.
            QMetaObject::invokeMethod(this, [this] {
                m_port = 0;
                setState(State::Stopped);
            }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void GatewayController::deploy(std::shared_ptr<const CompiledGateway> gateway)
{
    m_engine->deploy(std::move(gateway));
}

void GatewayController::setAccessLogs(const QList<StageAccessLog> &logs)
{
    m_accessLogs->configure(logs); // a short lock; never waits for a batch being written
}

QList<StageAccessLog> GatewayController::accessLogs() const
{
    return m_accessLogs->logs();
}

QString GatewayController::accessLogError(const QString &apiId, const QString &stage) const
{
    return m_accessLogs->error(apiId, stage);
}

quint64 GatewayController::requestCount() const
{
    return m_feed->received();
}

quint64 GatewayController::droppedCount() const
{
    return m_feed->dropped() + m_engine->records().dropped(); // both thread-safe
}

void GatewayController::advanceTime(qint64 ms)
{
    if (ms <= 0)
        return;
    m_clock.advanceMs(ms);
    Q_EMIT clockAdvanced(m_clock.offsetMs());
}

void GatewayController::setIdentity(std::shared_ptr<const auth::LocalIdentity> identity)
{
    stopIdentity();
    m_identity = std::move(identity);
    if (m_state == State::Running)
        startIdentity();
}

void GatewayController::startIdentity()
{
    if (!m_identity)
        return;
    // A fresh copy per start: compiled gateways keep the one they were built with, whose issuer never changes.
    auto served = std::make_shared<auth::LocalIdentity>(*m_identity);
    served->issuer.clear();
    auth::IdentityServer *server = nullptr;
    const quint16 preferred = auth::defaultIdentityPort(m_port);
    const Clock *clock = &m_clock;
    QMetaObject::invokeMethod(
        m_engine,
        [&server, served, preferred, clock] {
            auto s = std::make_unique<auth::IdentityServer>(served, clock);
            QString error;
            if (s->start(QHostAddress(QHostAddress::LocalHost), preferred, &error)
                || s->start(QHostAddress(QHostAddress::LocalHost), 0, &error))
                server = s.release();
        },
        Qt::BlockingQueuedConnection);
    m_identityServer = server;
    if (server)
        m_identity = served;
    Q_EMIT identityChanged();
}

void GatewayController::stopIdentity()
{
    if (!m_identityServer)
        return;
    auth::IdentityServer *server = m_identityServer;
    m_identityServer = nullptr;
    QMetaObject::invokeMethod(m_engine, [server] { delete server; }, Qt::QueuedConnection);
}

QList<TrafficState::Snapshot> GatewayController::limits() const
{
    return m_engine->traffic().snapshot(m_clock.nowUs(), m_clock.epochMs()); // TrafficState is thread-safe
}

void GatewayController::resetLimits()
{
    m_engine->traffic().clear();
}

bool GatewayController::hasStageCache(const QString &apiId, const QString &stage) const
{
    return m_engine->stageCache(apiId, stage) != nullptr; // reads the deployed snapshot atomically
}

std::optional<int> GatewayController::flushStageCache(const QString &apiId, const QString &stage)
{
    int dropped = 0;
    if (!m_engine->flushStageCache(apiId, stage, &dropped)) // StageCache is thread-safe
        return std::nullopt;
    return dropped;
}

QList<websocket::ConnectionSnapshot> GatewayController::connections() const
{
    return m_engine->websocket().connections(); // WebSocketService's registry is mutex-guarded
}

bool GatewayController::sendToConnection(const QString &connectionId, const QByteArray &data)
{
    return m_engine->websocket().send(connectionId, data); // posts to the session's worker
}

bool GatewayController::closeConnection(const QString &connectionId)
{
    return m_engine->websocket().close(connectionId);
}

void GatewayController::setServerTiming(bool on)
{
    m_engine->setServerTiming(on); // atomic
}

bool GatewayController::serverTiming() const
{
    return m_engine->serverTiming();
}

void GatewayController::setLambdaInstancePerRequest(bool on)
{
    m_lambdaInstancePerRequest = on;
    m_engine->lambda().setWarmWait(on ? 0 : lambda::LambdaService::kDefaultWarmWaitMs); // queued, thread-safe
}

void GatewayController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace gw::ui
