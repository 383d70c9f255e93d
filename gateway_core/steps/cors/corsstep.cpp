// SPDX-License-Identifier: GPL-3.0-or-later
#include "corsstep.h"

#include "pipeline/exchange.h"

namespace gw {

namespace {

QByteArray joined(const QStringList &values)
{
    return values.join(QLatin1Char(',')).toLatin1();
}

} // namespace

Outcome CorsStep::onRequest(Exchange &ex)
{
    const CorsConfig &cfg = *m_config;
    const QString origin = QString::fromUtf8(ex.request().headers.value("origin"));
    if (m_mode == Mode::Decorate) {
        if (origin.isEmpty())
            ex.setDetail(QStringLiteral("cors.no_origin"), QStringLiteral("not a CORS request (no Origin)"));
        else if (cfg.allowsOrigin(origin))
            ex.setDetail(QStringLiteral("cors.origin_allowed"), QStringLiteral("origin %1 allowed").arg(origin));
        else
            ex.setDetail(QStringLiteral("cors.origin_not_allowed"),
                         QStringLiteral("origin %1 is not in allowOrigins").arg(origin));
        return Outcome::Continue;
    }

    Exchange::Response &resp = ex.response();
    resp = Exchange::Response();
    resp.status = 204;
    const bool allowed = cfg.allowsOrigin(origin);
    if (allowed) {
        addAllowHeaders(resp.headers, origin, Kind::Preflight);
    } else {
        ex.explain(QStringLiteral("The preflight's Origin \"%1\" is not in the API's corsConfiguration.allowOrigins (%2), "
                                  "so API Gateway answers it without CORS headers and the browser blocks the request.")
                       .arg(origin, cfg.allowOrigins.isEmpty() ? QStringLiteral("empty") : cfg.allowOrigins.join(QLatin1String(", "))));
    }
    return ex.respondEarly(QStringLiteral("cors.preflight"),
                           allowed ? QStringLiteral("preflight answered by the gateway")
                                   : QStringLiteral("preflight answered without CORS headers: origin not allowed"));
}

void CorsStep::onResponse(Exchange &ex)
{
    if (m_mode != Mode::Decorate)
        return;
    http::HttpHeaders &h = ex.response().headers;
    // API Gateway ignores the CORS headers an integration returns when the API has a CORS configuration.
    static const char *const corsHeaders[] = {"access-control-allow-origin", "access-control-allow-credentials",
                                              "access-control-expose-headers", "access-control-allow-methods",
                                              "access-control-allow-headers", "access-control-max-age"};
    qsizetype removed = 0;
    for (const char *name : corsHeaders)
        removed += h.remove(name);
    if (removed > 0)
        ex.explain(QStringLiteral("The integration's own Access-Control-* headers were replaced by the API's CORS "
                                  "configuration, as API Gateway does."));
    const QString origin = QString::fromUtf8(ex.request().headers.value("origin"));
    const CorsConfig &cfg = *m_config;
    if (!cfg.allowsOrigin(origin))
        return;
    addAllowHeaders(h, origin, isPreflight(ex) ? Kind::Preflight : Kind::Actual);
}

bool CorsStep::isPreflight(const Exchange &ex)
{
    const http::HttpRequest &req = ex.request();
    return req.method == "OPTIONS" && req.headers.contains("origin") && req.headers.contains("access-control-request-method");
}

void CorsStep::addAllowHeaders(http::HttpHeaders &h, const QString &origin, Kind kind) const
{
    const CorsConfig &cfg = *m_config;
    h.append(QByteArrayLiteral("access-control-allow-origin"), cfg.allowOriginValue(origin).toUtf8());
    if (cfg.allowCredentials)
        h.append(QByteArrayLiteral("access-control-allow-credentials"), QByteArrayLiteral("true"));
    if (kind == Kind::Actual) {
        if (!cfg.exposeHeaders.isEmpty())
            h.append(QByteArrayLiteral("access-control-expose-headers"), joined(cfg.exposeHeaders));
        return;
    }
    if (!cfg.allowMethods.isEmpty())
        h.append(QByteArrayLiteral("access-control-allow-methods"), joined(cfg.allowMethods));
    if (!cfg.allowHeaders.isEmpty())
        h.append(QByteArrayLiteral("access-control-allow-headers"), joined(cfg.allowHeaders).toLower());
    if (cfg.maxAge)
        h.append(QByteArrayLiteral("access-control-max-age"), QByteArray::number(*cfg.maxAge));
}

} // namespace gw
