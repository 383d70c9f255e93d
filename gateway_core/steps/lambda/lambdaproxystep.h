// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lambdaproxyconfig.h"

#include "pipeline/step.h"

#include <memory>

namespace gw {

/// Lambda proxy integration: the request becomes the event API Gateway sends (REST format; HTTP APIs payload 1.0 or
/// 2.0), the local function runs it, and its result becomes the response by API Gateway's rules (1.0 strictly, 2.0
/// with inference).
///
/// Reads: the whole request, route, stage; on HTTP APIs the request parameter mapping changes the event, not the
/// request. Writes: the response, integration status and latency, the function's
/// trace (event, output, log, cold start) for the record.
/// Answers with:
///   - integration.lambda_error        REST 502 / HTTP 500: the function failed (error, timeout, crash, init error)
///   - integration.lambda_malformed    REST 502 / HTTP 500: the result is not a valid proxy response (the record says
///                                     what is wrong)
///   - integration.lambda_throttled    500: over the function's reserved concurrency
///   - integration.lambda_unavailable  500: the function is unknown or its runtime could not start
///   - integration.timeout             504: no result within the integration timeout
class LambdaProxyStep final : public Step
{
public:
    explicit LambdaProxyStep(std::shared_ptr<const LambdaProxyConfig> config) : m_config(std::move(config)) {}
    QLatin1StringView name() const override { return QLatin1StringView("integration"); }
    Outcome onRequest(Exchange &ex) override;

private:
    std::shared_ptr<const LambdaProxyConfig> m_config;
};

} // namespace gw
