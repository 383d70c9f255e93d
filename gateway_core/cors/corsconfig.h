// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doc/docnode.h"

#include <QStringList>

#include <optional>

namespace gw {

/// An HTTP API's CORS configuration (`x-amazon-apigateway-cors` / corsConfiguration), as AWS applies it.
struct CorsConfig
{
    QStringList allowOrigins;
    bool allowCredentials = false;
    QStringList exposeHeaders;
    std::optional<int> maxAge; ///< seconds; -1 asks browsers not to cache the preflight
    QStringList allowMethods;
    QStringList allowHeaders;

    bool allowsAnyOrigin() const { return allowOrigins.contains(QStringLiteral("*")); }
    /// AWS compares the request's Origin with each allowed origin, ignoring case; "*" allows every origin.
    bool allowsOrigin(const QString &origin) const;
    /// Access-Control-Allow-Origin for an allowed origin: "*" when "*" is configured, else the origin itself.
    QString allowOriginValue(const QString &origin) const;

    /// Reads and checks a configuration. Returns nullopt with `error` (AWS's reason where AWS refuses it, e.g.
    /// "allow-credentials is not supported if 'allow-origin' is *") and `errorNode` pointing at the offending value.
    static std::optional<CorsConfig> read(const doc::Node &node, QString *error, const doc::Node **errorNode);
    doc::Node write() const;
};

} // namespace gw
