// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpintegrationconfig.h"

#include "pipeline/step.h"

#include <memory>

namespace gw {

/// HTTP (non-proxy) integration, REST: the backend receives what the mappings build, not the client's request. The
/// request template (chosen by Content-Type) renders the body; requestParameters map headers, query string and path
/// parameters (client headers and query are not passed on unless mapped); $context.requestOverride.* applies last.
/// The backend's whole response is then mapped by the integration responses (selection by status code).
///
/// Reads: the request, route parameters, $context, stage variables.
/// Writes: the response, integration status and latency, the mapping trace.
/// Answers with the codes of mapRequestBody() and applyIntegrationResponse(), and:
///   - integration.invalid_uri     500, the URI is not an http(s) URL after substitution
///   - integration.unreachable     500, DNS failure, refused connection, TLS failure or a broken response
///   - integration.timeout         504 "Endpoint request timed out" after timeoutInMillis
///   - integration.response_too_large 500, the backend's body is over API Gateway's 10 MB payload limit
class HttpIntegrationStep final : public Step
{
public:
    explicit HttpIntegrationStep(std::shared_ptr<const HttpIntegrationConfig> config) : m_config(std::move(config)) {}
    QLatin1StringView name() const override { return QLatin1StringView("integration"); }
    Outcome onRequest(Exchange &ex) override;

private:
    std::shared_ptr<const HttpIntegrationConfig> m_config;
};

} // namespace gw
