// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatewayresponses.h"

namespace gw {

const GatewayResponseOverride *GatewayResponses::lookup(QLatin1StringView type, int defaultStatus) const
{
    if (const auto it = byType.constFind(QString(type)); it != byType.constEnd())
        return &it.value();
    const QString fallback = defaultStatus >= 500 ? QStringLiteral("DEFAULT_5XX") : QStringLiteral("DEFAULT_4XX");
    if (const auto it = byType.constFind(fallback); it != byType.constEnd())
        return &it.value();
    return nullptr;
}

QStringList gatewayResponseTypeNames()
{
    return {QStringLiteral("ACCESS_DENIED"),
            QStringLiteral("API_CONFIGURATION_ERROR"),
            QStringLiteral("AUTHORIZER_CONFIGURATION_ERROR"),
            QStringLiteral("AUTHORIZER_FAILURE"),
            QStringLiteral("BAD_REQUEST_PARAMETERS"),
            QStringLiteral("BAD_REQUEST_BODY"),
            QStringLiteral("DEFAULT_4XX"),
            QStringLiteral("DEFAULT_5XX"),
            QStringLiteral("EXPIRED_TOKEN"),
            QStringLiteral("INTEGRATION_FAILURE"),
            QStringLiteral("INTEGRATION_TIMEOUT"),
            QStringLiteral("INVALID_API_KEY"),
            QStringLiteral("INVALID_SIGNATURE"),
            QStringLiteral("MISSING_AUTHENTICATION_TOKEN"),
            QStringLiteral("QUOTA_EXCEEDED"),
            QStringLiteral("REQUEST_TOO_LARGE"),
            QStringLiteral("RESOURCE_NOT_FOUND"),
            QStringLiteral("THROTTLED"),
            QStringLiteral("UNAUTHORIZED"),
            QStringLiteral("UNSUPPORTED_MEDIA_TYPE"),
            QStringLiteral("WAF_FILTERED")};
}

std::optional<GatewayResponses> readGatewayResponses(const doc::Node &node, QString *error,
                                                     const doc::Node **errorNode)
{
    *errorNode = &node;
    if (!node.isMapping()) {
        *error = QStringLiteral("must be a mapping of gateway response types to responses");
        return std::nullopt;
    }
    const QStringList types = gatewayResponseTypeNames();
    GatewayResponses out;
    for (const auto &[type, value] : node.members()) {
        *errorNode = &value;
        if (!types.contains(type)) {
            *error = QStringLiteral("`%1` is not a gateway response type (%2)").arg(type, types.join(QLatin1String(", ")));
            return std::nullopt;
        }
        if (!value.isMapping()) {
            *error = QStringLiteral("%1 must be a mapping with statusCode, responseParameters, responseTemplates").arg(type);
            return std::nullopt;
        }
        GatewayResponseOverride o;
        for (const auto &[key, v] : value.members()) {
            *errorNode = &v;
            if (key == QLatin1String("statusCode")) {
                bool ok = false;
                const qint64 status = v.toInteger(&ok, true);
                if (!ok || status < 100 || status > 599) {
                    *error = QStringLiteral("%1.statusCode must be an HTTP status; got `%2`").arg(type, v.toString());
                    return std::nullopt;
                }
                o.statusCode = int(status);
            } else if (key == QLatin1String("responseParameters") || key == QLatin1String("responseTemplates")) {
                model::StringPairs &target = key == QLatin1String("responseParameters") ? o.responseParameters
                                                                                        : o.responseTemplates;
                if (!v.isMapping()) {
                    *error = QStringLiteral("%1.%2 must be a mapping of names to strings").arg(type, key);
                    return std::nullopt;
                }
                for (const auto &[name, text] : v.members()) {
                    if (key == QLatin1String("responseParameters") && !name.startsWith(QLatin1String("gatewayresponse."))) {
                        *errorNode = &text;
                        *error = QStringLiteral("%1.responseParameters: `%2` must be gatewayresponse.header.NAME")
                                     .arg(type, name);
                        return std::nullopt;
                    }
                    target.append({name, text.toString()});
                }
            } else if (key != QLatin1String("defaultResponse")) {
                *error = QStringLiteral("%1: `%2` is not a gateway response field (statusCode, responseParameters, "
                                        "responseTemplates)")
                             .arg(type, key);
                return std::nullopt;
            }
        }
        o.templates = compileTemplates(o.responseTemplates, QStringLiteral("the %1 gateway response template").arg(type), nullptr);
        out.byType.insert(type, o);
    }
    return out;
}

} // namespace gw
