// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lambdacustomconfig.h"

#include "pipeline/step.h"

#include <memory>

namespace gw {

/// Lambda custom integration (REST, type AWS): the request template's output (or the body passed through) is the
/// event; the function's result, or its error object ({"errorMessage", "errorType", ...}), is the integration
/// response body. Selection patterns are matched against the errorMessage of a failed invocation, and against an
/// empty string for a successful one (so the default response usually applies), as AWS documents.
///
/// requestParameters are Lambda Invoke headers: `integration.request.header.X-Amz-Invocation-Type` evaluating to
/// `Event` invokes asynchronously (Lambda answers 202 with an empty body at once; the integration responses see that
/// and the function runs without the client waiting); other headers are recorded only.
///
/// Reads: the request, $context, stage variables. Writes: the response, integration status and latency, the
/// function's trace and the mapping trace.
/// Answers with the codes of mapRequestBody() and applyIntegrationResponse(), and:
///   - integration.lambda_throttled    500: over the function's reserved concurrency
///   - integration.lambda_unavailable  500: the function is unknown or its runtime could not start
///   - integration.timeout             504: no result within the integration timeout
class LambdaCustomStep final : public Step
{
public:
    explicit LambdaCustomStep(std::shared_ptr<const LambdaCustomConfig> config) : m_config(std::move(config)) {}
    QLatin1StringView name() const override { return QLatin1StringView("integration"); }
    Outcome onRequest(Exchange &ex) override;

private:
    std::shared_ptr<const LambdaCustomConfig> m_config;
};

} // namespace gw
