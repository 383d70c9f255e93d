// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace gw::lambda {

struct InvokeRequest
{
    QString function;
    QByteArray payload;       ///< the event, JSON
    QByteArray clientContext; ///< Lambda-Runtime-Client-Context (JSON), optional
    QByteArray traceId;       ///< Lambda-Runtime-Trace-Id, optional
};

/// The outcome of one invocation, as Lambda reports it, with what Gatehouse measured.
struct InvocationResult
{
    enum class Status {
        Success,       ///< the function returned `payload`
        FunctionError, ///< the function reported an error (payload: its error JSON)
        Timeout,       ///< "Task timed out after N.00 seconds"; the process was killed
        Crashed,       ///< the process exited during the invocation ("Runtime exited with error: exit status N")
        InitError,     ///< the function failed to initialise (payload: its error JSON, when it sent one)
        Throttled,     ///< over the function's reserved concurrency ("Rate Exceeded.")
        NotFound,      ///< no function with that name
        SpawnFailed,   ///< the runtime could not be started (no node/python3, missing bootstrap)
    };
    Status status = Status::Success;
    QByteArray payload;
    QString errorType;        ///< e.g. "ValidationError", "Runtime.ExitError", "Sandbox.Timedout"
    QString errorMessage;
    QString requestId;        ///< the Lambda request id
    bool coldStart = false;
    qint64 initUs = 0;        ///< process start to its first request for an event (cold starts only)
    qint64 durationUs = 0;    ///< event handed over to result received
    /// Time spent waiting for a busy instance to become free (Gatehouse's warm wait and local concurrency limit; on AWS
    /// another execution environment would have started). 0 when an instance was free or one was started for it.
    qint64 queuedUs = 0;
    int billedMs = 0;
    int memorySizeMb = 0;
    int maxMemoryUsedMb = 0;
    QStringList log;          ///< START, the function's output, END, REPORT

    bool isFunctionError() const { return status != Status::Success; }
    static QString statusName(Status status);
};

using InvocationCallback = std::function<void(InvocationResult &&result)>;

} // namespace gw::lambda
