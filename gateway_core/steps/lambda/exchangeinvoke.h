// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lambda/invocation.h"

#include "pipeline/exchange.h"

#include <functional>
#include <optional>

namespace gw {

/// Copies what the invocation reported (request id, output, log, status, error, cold start and timings, memory) into
/// the record's trace of it.
void copyInvocationResult(const lambda::InvocationResult &result, LambdaTrace *trace);

/// What a step gets back from invokeForExchange(): the result, or nullopt when `timeoutMs` passed first (the function
/// keeps running to its own timeout, as on AWS), with the time the call took.
using ExchangeInvocationDone = std::function<void(Exchange &exchange, std::optional<lambda::InvocationResult> &&result,
                                                  qint64 latencyUs)>;

/// Invokes a local function for a pending step: the event goes to the exchange's Lambda service, `done` runs once on
/// the exchange's worker thread (result, timeout), and a client that goes away cancels the wait. The invocation is
/// added to the record (event, output, log, cold start) under `purpose` ("integration", "authorizer"). The caller
/// returns Outcome::Pending and resumes the exchange from `done`.
void invokeForExchange(Exchange &exchange, const QString &function, const QString &purpose, QByteArray event,
                       int timeoutMs, ExchangeInvocationDone done);

/// Invokes a local function without waiting for it, as Lambda's `Event` invocation type does: the function runs to
/// completion on its own (its log goes to the function's log file) and its result is discarded. The record gets the
/// event, with status "queued (Event)". Returns at once; the caller answers the client itself.
void invokeWithoutWaiting(Exchange &exchange, const QString &function, const QString &purpose, QByteArray event);

} // namespace gw
