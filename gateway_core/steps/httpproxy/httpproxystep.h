// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpproxyconfig.h"

#include "pipeline/step.h"

#include <memory>

namespace gw {

/// HTTP proxy integration: the request goes to the backend with its method, path parameters substituted into the
/// URI, query, headers and body; the backend's response streams back. REST APIs remap the backend's Connection,
/// Content-Length, Date and Server headers to x-amzn-Remapped-*, as AWS does.
///
/// Reads: the request, path parameters, stage variables, the integration's request parameters.
/// Writes: the response (streaming), integration status and latency.
/// Answers with:
///   - integration.invalid_uri     500, the URI is not an http(s) URL after substitution
///   - integration.unreachable     500, DNS failure, refused connection, TLS failure or a broken response
///   - integration.timeout         504 "Endpoint request timed out" after timeoutInMillis
/// A failure after the response head was sent closes the client connection (detail integration.body_interrupted).
class HttpProxyStep final : public Step
{
public:
    explicit HttpProxyStep(std::shared_ptr<const HttpProxyConfig> config) : m_config(std::move(config)) {}
    QLatin1StringView name() const override { return QLatin1StringView("integration"); }
    Outcome onRequest(Exchange &ex) override;

private:
    std::shared_ptr<const HttpProxyConfig> m_config;
};

} // namespace gw
