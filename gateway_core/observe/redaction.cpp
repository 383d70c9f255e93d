// SPDX-License-Identifier: GPL-3.0-or-later
#include "redaction.h"

#include "http/httpheaders.h"

#include <QStringList>
#include <QUrl>

namespace gw {

bool isSecretHeader(QByteArrayView name)
{
    static constexpr QByteArrayView secret[] = {"authorization", "proxy-authorization", "cookie", "set-cookie",
                                                "x-api-key",     "x-amz-security-token"};
    for (const QByteArrayView s : secret) {
        if (http::HttpHeaders::nameEquals(name, s))
            return true;
    }
    return false;
}

bool isSecretQueryParameter(QStringView name)
{
    for (const QLatin1StringView s : {QLatin1StringView("X-Amz-Signature"), QLatin1StringView("X-Amz-Credential"),
                                      QLatin1StringView("X-Amz-Security-Token"), QLatin1StringView("x-api-key")}) {
        if (name.compare(s, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString redactQuery(const QString &query)
{
    if (query.isEmpty())
        return query;
    QStringList pairs = query.split(QLatin1Char('&'));
    bool changed = false;
    for (QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        // Names may be percent-encoded ("X-Amz-Signature" has nothing to encode, but a client may still do it).
        const QString name = QUrl::fromPercentEncoding(pair.left(eq).toUtf8());
        if (!isSecretQueryParameter(name))
            continue;
        pair = pair.left(eq + 1) + kRedacted;
        changed = true;
    }
    return changed ? pairs.join(QLatin1Char('&')) : query;
}

QString maskSecret(QStringView value)
{
    if (value.isEmpty())
        return QString();
    if (value.size() < 8)
        return QStringLiteral("****");
    return QStringLiteral("****") + value.right(4);
}

} // namespace gw
