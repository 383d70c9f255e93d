// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invocation.h"

#include "model/function.h"

#include <QMutex>
#include <QObject>
#include <QSet>
#include <QThread>

#include <atomic>

namespace gw {
class Clock;
}

namespace gw::lambda {

class ServiceCore;

/// Runs Lambda functions as local processes that speak the AWS Lambda Runtime API (no Docker): each function
/// instance is a process with its own Runtime API endpoint on 127.0.0.1. Instances start on demand (a cold start,
/// measured as Init Duration), are reused while warm, run one invocation at a time, are killed on timeout, replaced
/// after a crash or when the function's code changes, and reaped when idle. Every invocation's output is framed
/// with START, END and REPORT lines (Duration, Billed Duration, Memory Size, Max Memory Used, Init Duration), returned
/// with the result and appended to `<log directory>/<function>.log`.
///
/// Concurrency: a function with reserved concurrency is throttled past it, as AWS does; otherwise invocations beyond
/// the local process limit wait for a free instance (AWS would scale out; the wait shows as latency). While an
/// instance is busy, an invocation waits up to 10 ms for it (setWarmWait) before another instance is started: a quick
/// function under load runs on a few warm processes instead of one cold process per concurrent request (on AWS each
/// would be its own environment); a slow one still gets its own instances, 10 ms later.
///
/// Thread-safe: invoke() may be called from any thread whose event loop runs; the callback runs on that thread.
class LambdaService final : public QObject
{
    Q_OBJECT
public:
    /// `runtimeDir`: the folder with Gatehouse's bootstraps (resources/lambda: node/bootstrap.mjs,
    /// python/bootstrap.py).
    explicit LambdaService(const Clock *clock, QString runtimeDir, QObject *parent = nullptr);
    ~LambdaService() override; ///< kills every instance

    /// Replaces the function definitions. `baseDir` resolves relative code folders. Instances of functions whose
    /// definition changed finish their invocation and are replaced.
    void setFunctions(const QList<model::Function> &functions, const QString &baseDir);
    /// Where function logs go; empty: no log files.
    void setLogDirectory(const QString &dir);
    /// Processes per function when the function has no reserved concurrency (default 10).
    void setLocalConcurrency(int processes);
    /// Instances idle for longer are stopped (default 10 minutes).
    void setIdleTimeout(int ms);
    /// How long an invocation waits for a busy instance before another is started (default kDefaultWarmWaitMs; 0: at
    /// once, one instance per concurrent invocation as on AWS). Returns at once; applies to invocations that reach the
    /// service afterwards (those invoked later from the same thread, at least).
    void setWarmWait(int ms);
    static constexpr int kDefaultWarmWaitMs = 10;

    /// Starts an invocation; returns its id for cancel(). `callback` runs once, on the calling thread.
    quint64 invoke(InvokeRequest request, InvocationCallback callback);
    /// The caller no longer wants the result (the function still runs to completion, as on AWS).
    void cancel(quint64 invocationId);

    struct FunctionStats
    {
        QString name;
        int instances = 0;
        int busy = 0;
        quint64 invocations = 0;
        quint64 coldStarts = 0;
    };
    QList<FunctionStats> stats() const;

    /// The default location of Gatehouse's bootstraps (next to the binary when installed, else the source tree).
    static QString defaultRuntimeDir();

private:
    friend class ServiceCore;
    void deliver(quint64 id, InvocationResult &&result); // from the service thread

    QThread m_thread;
    ServiceCore *m_core; // lives in m_thread
    std::atomic<quint64> m_nextId{1};
    mutable QMutex m_mutex; // guards m_callbacks
    QHash<quint64, QPair<QPointer<QObject>, InvocationCallback>> m_callbacks;
};

} // namespace gw::lambda
