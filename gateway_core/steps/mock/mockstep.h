// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mockconfig.h"

#include "pipeline/step.h"

#include <memory>

namespace gw {

/// MOCK integration (REST): the request template's `statusCode` selects the integration response, whose static
/// response parameters and template make the method response. No backend is called.
///
/// Reads: request Content-Type, Accept and body; stage variables.
/// Writes: the response (status, headers, body).
/// Answers with:
///   - integration.unsupported_media_type   415, no template for the Content-Type and passthrough forbids it
///   - integration.vtl_not_supported        500, a selected template uses Velocity, which Gatehouse does not run yet
///   - integration.mock_bad_request_body    500, the mapped request is not JSON
///   - integration.no_integration_response  500, no integration response matches and there is no default
class MockStep final : public Step
{
public:
    explicit MockStep(std::shared_ptr<const MockConfig> config) : m_config(std::move(config)) {}
    QLatin1StringView name() const override { return QLatin1StringView("integration"); }
    Outcome onRequest(Exchange &ex) override;

private:
    std::shared_ptr<const MockConfig> m_config;
};

} // namespace gw
