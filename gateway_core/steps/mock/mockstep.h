// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mockconfig.h"

#include "pipeline/step.h"

#include <memory>

namespace gw {

/// MOCK integration (REST): the request template (VTL) renders the mapped request, whose `statusCode` selects the
/// integration response; its response parameters and template (VTL) make the method response. No backend is called.
///
/// Reads: the request (Content-Type, Accept, body, parameters), $context, stage variables.
/// Writes: the response (status, headers, body), the mapping trace.
/// Answers with the codes of mapRequestBody() and applyIntegrationResponse(), and:
///   - integration.mock_bad_request_body    500, the mapped request has no integer statusCode
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
