// SPDX-License-Identifier: GPL-3.0-or-later
#include "corsconfig.h"

namespace gw {

bool CorsConfig::allowsOrigin(const QString &origin) const
{
    if (origin.isEmpty())
        return false;
    for (const QString &allowed : allowOrigins) {
        if (allowed == QLatin1String("*") || allowed.compare(origin, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString CorsConfig::allowOriginValue(const QString &origin) const
{
    return allowsAnyOrigin() ? QStringLiteral("*") : origin;
}

namespace {

bool readStringList(const doc::Node &node, QStringList *out, QString *error)
{
    if (node.isNull())
        return true;
    if (!node.isSequence()) {
        *error = QStringLiteral("must be a list of strings");
        return false;
    }
    for (const doc::Node &item : node.items()) {
        if (!item.isScalar() || item.isNull()) {
            *error = QStringLiteral("must be a list of strings");
            return false;
        }
        out->append(item.toString());
    }
    return true;
}

bool isToken(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c.unicode() > 127 || !(c.isLetterOrNumber() || QStringLiteral("!#$%&'*+-.^_`|~").contains(c)))
            return false;
    }
    return true;
}

} // namespace

std::optional<CorsConfig> CorsConfig::read(const doc::Node &node, QString *error, const doc::Node **errorNode)
{
    *errorNode = &node;
    if (!node.isMapping()) {
        *error = QStringLiteral("must be a mapping with allowOrigins, allowMethods, allowHeaders, exposeHeaders, maxAge "
                                "and allowCredentials");
        return std::nullopt;
    }
    CorsConfig c;
    for (const auto &[key, value] : node.members()) {
        *errorNode = &value;
        QString e;
        QStringList *list = key == QLatin1String("allowOrigins")    ? &c.allowOrigins
                          : key == QLatin1String("allowMethods")    ? &c.allowMethods
                          : key == QLatin1String("allowHeaders")    ? &c.allowHeaders
                          : key == QLatin1String("exposeHeaders")   ? &c.exposeHeaders
                                                                    : nullptr;
        if (list) {
            if (!readStringList(value, list, &e)) {
                *error = key + QLatin1Char(' ') + e;
                return std::nullopt;
            }
            // Methods and header names must be HTTP tokens (or "*").
            const bool tokens = list == &c.allowMethods || list == &c.allowHeaders;
            for (const QString &item : std::as_const(*list)) {
                if (tokens && item != QLatin1String("*") && !isToken(item)) {
                    *error = QStringLiteral("%1: `%2` is not %3")
                                 .arg(key, item, list == &c.allowMethods ? QStringLiteral("an HTTP method")
                                                                          : QStringLiteral("a header name"));
                    return std::nullopt;
                }
            }
        } else if (key == QLatin1String("maxAge")) {
            bool ok = false;
            const qint64 v = value.toInteger(&ok, true);
            // AWS accepts -1 (disable caching) to 86,400 seconds.
            if (!ok || v < -1 || v > 86'400) {
                *error = QStringLiteral("maxAge must be a whole number of seconds from -1 to 86400; got `%1`")
                             .arg(value.toString());
                return std::nullopt;
            }
            c.maxAge = int(v);
        } else if (key == QLatin1String("allowCredentials")) {
            if (!value.isBool()) {
                *error = QStringLiteral("allowCredentials must be true or false");
                return std::nullopt;
            }
            c.allowCredentials = value.toBool();
        } else {
            *error = QStringLiteral("`%1` is not a CORS setting (allowOrigins, allowMethods, allowHeaders, "
                                    "exposeHeaders, maxAge, allowCredentials)")
                         .arg(key);
            return std::nullopt;
        }
    }
    if (c.allowCredentials && c.allowsAnyOrigin()) {
        // AWS's own message (BadRequestException from CreateApi/UpdateApi and import).
        *errorNode = &node[u"allowCredentials"];
        *error = QStringLiteral("allow-credentials is not supported if 'allow-origin' is *");
        return std::nullopt;
    }
    return c;
}

doc::Node CorsConfig::write() const
{
    doc::Node n = doc::Node::mapping();
    auto list = [](const QStringList &values) {
        doc::Node l = doc::Node::sequence();
        for (const QString &v : values)
            l.append(doc::Node::string(v));
        return l;
    };
    if (!allowOrigins.isEmpty())
        n.set(QStringLiteral("allowOrigins"), list(allowOrigins));
    if (allowCredentials)
        n.set(QStringLiteral("allowCredentials"), doc::Node::boolean(true));
    if (!exposeHeaders.isEmpty())
        n.set(QStringLiteral("exposeHeaders"), list(exposeHeaders));
    if (maxAge)
        n.set(QStringLiteral("maxAge"), doc::Node::integer(*maxAge));
    if (!allowMethods.isEmpty())
        n.set(QStringLiteral("allowMethods"), list(allowMethods));
    if (!allowHeaders.isEmpty())
        n.set(QStringLiteral("allowHeaders"), list(allowHeaders));
    return n;
}

} // namespace gw
