// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangeinvoke.h"

#include "common/gwassert.h"
#include "lambda/lambdaservice.h"

#include <QTimer>

namespace gw {

namespace {

struct CallState
{
    quint64 invocation = 0;
    std::unique_ptr<QTimer> timer;
    qint64 sentUs = 0;
    bool over = false;
};

std::shared_ptr<LambdaTrace> traceOf(const QString &function, const QString &purpose, const QByteArray &event,
                                     const lambda::InvocationResult &r)
{
    auto t = std::make_shared<LambdaTrace>();
    t->function = function;
    t->purpose = purpose;
    t->event = event.left(ExchangeRecord::bodyCaptureLimit);
    copyInvocationResult(r, t.get());
    return t;
}

} // namespace

void copyInvocationResult(const lambda::InvocationResult &r, LambdaTrace *t)
{
    t->requestId = r.requestId;
    t->output = r.payload.left(ExchangeRecord::bodyCaptureLimit);
    t->log = r.log;
    t->status = lambda::InvocationResult::statusName(r.status);
    t->errorType = r.errorType;
    t->errorMessage = r.errorMessage;
    t->coldStart = r.coldStart;
    t->initUs = r.initUs;
    t->durationUs = r.durationUs;
    t->queuedUs = r.queuedUs;
    t->billedMs = r.billedMs;
    t->memorySizeMb = r.memorySizeMb;
    t->maxMemoryUsedMb = r.maxMemoryUsedMb;
}

void invokeForExchange(Exchange &ex, const QString &function, const QString &purpose, QByteArray event, int timeoutMs,
                       ExchangeInvocationDone done)
{
    lambda::LambdaService *service = ex.lambdaService();
    GW_ASSERT(service, return);
    auto state = std::make_shared<CallState>();
    state->sentUs = ex.clock().nowUs();
    const ExchangePtr exchange = ex.shared_from_this();
    lambda::InvokeRequest request;
    request.function = function;
    request.payload = event;
    request.traceId = ex.request().headers.value("x-amzn-trace-id");
    state->invocation = service->invoke(std::move(request), [state, exchange, function, purpose, event, done](lambda::InvocationResult &&r) {
        if (state->over)
            return;
        state->over = true;
        state->timer.reset();
        exchange->addLambdaTrace(traceOf(function, purpose, event, r));
        done(*exchange, std::move(r), exchange->clock().nowUs() - state->sentUs);
    });
    if (state->over)
        return; // answered at once (unknown function, no capacity): no timeout to wait for
    // The exchange owns the cancel handler, which owns the state, which owns the timer: the timer's slot must not own
    // the exchange as well, or a timed-out call (or one that ended without the timer being torn down) keeps the whole
    // exchange alive in a reference cycle. While the call is pending the service's callback keeps the exchange alive.
    state->timer = std::make_unique<QTimer>();
    state->timer->setSingleShot(true);
    const std::weak_ptr<Exchange> weakExchange = exchange;
    QObject::connect(state->timer.get(), &QTimer::timeout, [state = std::weak_ptr<CallState>(state), weakExchange,
                                                            service, done] {
        const std::shared_ptr<CallState> call = state.lock();
        const ExchangePtr exchange = weakExchange.lock();
        if (!call || !exchange || call->over)
            return;
        call->over = true;
        service->cancel(call->invocation);
        done(*exchange, std::nullopt, exchange->clock().nowUs() - call->sentUs);
    });
    state->timer->start(timeoutMs);
    ex.setCancelHandler([state, service] {
        state->over = true;
        state->timer.reset();
        service->cancel(state->invocation);
    });
}

void invokeWithoutWaiting(Exchange &ex, const QString &function, const QString &purpose, QByteArray event)
{
    lambda::LambdaService *service = ex.lambdaService();
    GW_ASSERT(service, return);
    auto trace = std::make_shared<LambdaTrace>();
    trace->function = function;
    trace->purpose = purpose;
    trace->event = event.left(ExchangeRecord::bodyCaptureLimit);
    trace->status = QStringLiteral("queued (Event)");
    lambda::InvokeRequest request;
    request.function = function;
    request.payload = std::move(event);
    request.traceId = ex.request().headers.value("x-amzn-trace-id");
    // Nobody waits: cancelling drops the callback, and the function still runs to completion.
    service->cancel(service->invoke(std::move(request), [](lambda::InvocationResult &&) {}));
    ex.addLambdaTrace(std::move(trace));
}

} // namespace gw
