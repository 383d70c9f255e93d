// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationconfig.h"

#include "pipeline/step.h"

namespace gw {

/// Basic request validation (REST), as API Gateway runs it after authorization and throttling and before the
/// integration: first the required parameters (present and not blank), then the body against the model for its
/// content type (JSON Schema draft 4).
///
/// Reads: the request's headers, query string, path parameters, Content-Type and body. Writes: the validation trace
/// ($context.error.validationErrorString).
/// Answers with:
///   - validation.parameters   400 BAD_REQUEST_PARAMETERS "Missing required request parameters: [a, b]"
///   - validation.body         400 BAD_REQUEST_BODY "Invalid request body" (the body breaks the model)
///   - validation.body_not_json 400 BAD_REQUEST_BODY "Invalid request body" (the body is not JSON)
/// Passes with detail validation.passed.
class ValidationStep final : public Step
{
public:
    explicit ValidationStep(std::shared_ptr<const ValidationConfig> config) : m_config(std::move(config)) {}
    QLatin1StringView name() const override { return QLatin1StringView("validation"); }
    Outcome onRequest(Exchange &exchange) override;

private:
    std::shared_ptr<const ValidationConfig> m_config;
};

} // namespace gw
