// SPDX-License-Identifier: GPL-3.0-or-later
#include "upstreamtarget.h"

#include "pipeline/exchange.h"

#include <QRandomGenerator>

namespace gw {

std::optional<UpstreamTarget> upstreamTarget(Exchange &ex, const QString &uri, const QString &httpMethod,
                                             bool insecureSkipVerification)
{
    std::optional<UpstreamTarget> t
        = upstreamTarget(uri, httpMethod, ex.request().method, ex.request().localPort, insecureSkipVerification);
    if (!t) {
        ex.explain(QStringLiteral("The integration URI \"%1\" is not an http(s) URL after substitution. Execution failed "
                                  "due to configuration error: Invalid endpoint address.")
                       .arg(uri));
        ex.respond(GatewayResponse::ApiConfigurationError, QStringLiteral("integration.invalid_uri"),
                   QStringLiteral("invalid endpoint address"));
    }
    return t;
}

std::optional<UpstreamTarget> upstreamTarget(const QString &uri, const QString &httpMethod,
                                             const QByteArray &requestMethod, quint16 localPort,
                                             bool insecureSkipVerification)
{
    UpstreamTarget t;
    t.url = QUrl(uri, QUrl::StrictMode);
    const QString scheme = t.url.scheme().toLower();
    if (!t.url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        || t.url.host().isEmpty())
        return std::nullopt;
    upstream::UpstreamRequest &up = t.request;
    up.tls = scheme == QLatin1String("https");
    up.host = t.url.host(QUrl::FullyEncoded);
    up.port = quint16(t.url.port(up.tls ? 443 : 80));
    up.insecureSkipVerification = insecureSkipVerification;
    // *.localhost is loopback (RFC 6761), as browsers and curl treat it. Without a port it names this gateway.
    const QString lowerHost = up.host.toLower();
    if (lowerHost == QLatin1String("localhost") || lowerHost.endsWith(QLatin1String(".localhost"))) {
        up.connectHost = QStringLiteral("127.0.0.1");
        if (t.url.port() < 0 && lowerHost.endsWith(QLatin1String(".localhost")))
            up.port = localPort;
    }
    up.method = (httpMethod.isEmpty() || httpMethod.compare(QLatin1String("ANY"), Qt::CaseInsensitive) == 0)
        ? requestMethod
        : httpMethod.toUpper().toLatin1();
    return t;
}

QByteArray traceId(qint64 epochMs)
{
    thread_local QRandomGenerator rng(QRandomGenerator::system()->generate());
    quint32 r[3];
    rng.fillRange(r, 3);
    return QByteArrayLiteral("Root=1-") + QByteArray::number(epochMs / 1000, 16).rightJustified(8, '0') + '-'
        + QByteArray::number(r[0], 16).rightJustified(8, '0') + QByteArray::number(r[1], 16).rightJustified(8, '0')
        + QByteArray::number(r[2], 16).rightJustified(8, '0');
}

} // namespace gw
