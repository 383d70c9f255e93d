// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cors/corsconfig.h"

#include "pipeline/step.h"
#include "http/httpheaders.h"

#include <memory>

namespace gw {

/// HTTP APIs with a CORS configuration. Two roles, as API Gateway has them:
///   - Preflight: an OPTIONS request with Origin and Access-Control-Request-Method that no route matches is
///     answered by the gateway itself: 204 with the configured Access-Control-* headers when the origin is
///     allowed, without them when it is not.
///   - Decorate: on every routed request, the backend's own Access-Control-* headers are removed and, when the
///     request's Origin is allowed, Access-Control-Allow-Origin (plus -Credentials and -Expose-Headers when
///     configured; for a preflight a route took, the -Methods, -Headers and -Max-Age answers) is added. This runs in
///     the response phase, so gateway errors after this step carry them too.
///
/// Reads: Origin, Access-Control-Request-Method, Access-Control-Request-Headers. Writes: response headers.
/// Answers with:
///   - cors.preflight   204, a preflight the gateway answered (headers only when the origin is allowed)
class CorsStep final : public Step
{
public:
    enum class Mode { Preflight, Decorate };
    CorsStep(std::shared_ptr<const CorsConfig> config, Mode mode) : m_config(std::move(config)), m_mode(mode) {}
    QLatin1StringView name() const override { return QLatin1StringView("cors"); }
    Outcome onRequest(Exchange &ex) override;
    void onResponse(Exchange &ex) override;

private:
    enum class Kind { Preflight, Actual };
    static bool isPreflight(const Exchange &ex);
    void addAllowHeaders(http::HttpHeaders &headers, const QString &origin, Kind kind) const;

    std::shared_ptr<const CorsConfig> m_config;
    Mode m_mode;
};

} // namespace gw
