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
        out.byType.insert(type, o);
    }
    return out;
}

std::optional<QString> renderReferenceTemplate(const QString &text,
                                               const std::function<std::optional<QString>(const QString &)> &resolve)
{
    QString out;
    out.reserve(text.size() + 32);
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = text[i];
        if (c == QLatin1Char('#')) {
            // "#" followed by a letter, "#", "*" or "{" starts a directive or comment: not a plain reference.
            if (i + 1 < n && (text[i + 1].isLetter() || text[i + 1] == QLatin1Char('#') || text[i + 1] == QLatin1Char('*')
                              || text[i + 1] == QLatin1Char('{')))
                return std::nullopt;
            out += c;
            ++i;
            continue;
        }
        if (c != QLatin1Char('$')) {
            out += c;
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        const bool quiet = j < n && text[j] == QLatin1Char('!');
        if (quiet)
            ++j;
        const bool formal = j < n && text[j] == QLatin1Char('{');
        if (formal)
            ++j;
        const qsizetype start = j;
        if (j >= n || !(text[j].isLetter() || text[j] == QLatin1Char('_'))) {
            out += c; // a lone "$" is literal text in Velocity
            ++i;
            continue;
        }
        while (j < n && (text[j].isLetterOrNumber() || text[j] == QLatin1Char('_') || text[j] == QLatin1Char('-')
                         || (text[j] == QLatin1Char('.') && j + 1 < n
                             && (text[j + 1].isLetter() || text[j + 1] == QLatin1Char('_')))))
            ++j;
        const QString name = text.mid(start, j - start);
        if (formal) {
            if (j >= n || text[j] != QLatin1Char('}'))
                return std::nullopt;
            ++j;
        } else if (j < n && (text[j] == QLatin1Char('(') || text[j] == QLatin1Char('['))) {
            return std::nullopt; // a method call or index: needs the Velocity engine
        }
        const std::optional<QString> value = resolve(name);
        if (value)
            out += *value;
        else if (!quiet) // Velocity prints an unresolved reference as written, unless it is quiet
            out += text.mid(i, j - i);
        i = j;
    }
    return out;
}

} // namespace gw
