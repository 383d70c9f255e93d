// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "upstream/upstreamclient.h"

#include <QUrl>

#include <optional>

namespace gw {

class Exchange;

/// Where an HTTP integration (proxy or not) sends a request: the connection fields of an UpstreamRequest and the
/// URL they came from.
struct UpstreamTarget
{
    upstream::UpstreamRequest request; ///< tls, host, port, connectHost, method and insecureSkipVerification set
    QUrl url;
};

/// Reads the integration URI (after substitution) as an http(s) URL: *.localhost is loopback (RFC 6761), and without
/// a port names this gateway; the method is `httpMethod`, or the request's for empty or ANY. An URI that is not an
/// http(s) URL answers the exchange with AWS's "Invalid endpoint address" configuration error and gives nullopt.
std::optional<UpstreamTarget> upstreamTarget(Exchange &ex, const QString &uri, const QString &httpMethod,
                                             bool insecureSkipVerification);

/// The same without an exchange (WebSocket integrations): `localPort` is the gateway's port, which *.localhost
/// without a port names; `requestMethod` stands in for empty or ANY. nullopt when the URI is not an http(s) URL (the
/// caller reports it).
std::optional<UpstreamTarget> upstreamTarget(const QString &uri, const QString &httpMethod,
                                             const QByteArray &requestMethod, quint16 localPort,
                                             bool insecureSkipVerification);

/// Root=1-{8 hex epoch seconds}-{24 hex random}, the X-Ray trace id format API Gateway sends.
QByteArray traceId(qint64 epochMs);

} // namespace gw
