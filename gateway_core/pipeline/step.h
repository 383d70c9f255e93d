// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>

namespace gw {

class Exchange;

/// What a step decided about a request.
enum class Outcome {
    Continue, ///< go on with the next step
    Respond,  ///< the exchange has its response (usually a gateway response); skip the remaining steps
    Pending,  ///< async work started; the step calls Exchange::resume() later, on the same worker thread
};

/// One unit of the request pipeline. Steps are built once per route when a stage is deployed, hold only immutable
/// configuration and are shared by every worker thread: all per-request state lives in the Exchange.
///
/// The runner calls onRequest() in pipeline order. A step that answers early sets the response through
/// Exchange::respond() with a detail code (e.g. "route.no_match") and returns Respond. onResponse() then runs in
/// reverse order for every step already entered, also after an early answer, so headers and metrics decorate
/// gateway errors too. onComplete() always runs once, when the whole response is known: just before its last byte
/// is written (so a client that asks again at once already finds what a step stored, e.g. a cache entry), or when
/// the client went away.
/// The runner, not the step, measures each step's time with the exchange's clock.
class Step
{
public:
    virtual ~Step() = default;
    /// Short stable name shown in the waterfall and written to traces ("route", "integration", ...).
    virtual QLatin1StringView name() const = 0;
    virtual Outcome onRequest(Exchange &exchange) = 0;
    virtual void onResponse(Exchange &exchange) { Q_UNUSED(exchange); }
    virtual void onComplete(Exchange &exchange) { Q_UNUSED(exchange); }
};

} // namespace gw
