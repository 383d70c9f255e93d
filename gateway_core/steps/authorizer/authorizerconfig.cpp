// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorizerconfig.h"

#include "engine/compiledgateway.h"
#include "pipeline/exchange.h"
#include "pipeline/parametersources.h"

namespace gw {

QString IdentitySource::valueIn(const Exchange &ex) const
{
    switch (kind) {
    case Kind::Header: {
        // Repeated headers reach the authorizer joined, as API Gateway passes multi-value headers on.
        const QByteArrayList values = ex.request().headers.values(name.toLatin1());
        return values.isEmpty() ? QString() : QString::fromUtf8(values.join(','));
    }
    case Kind::Query:
        return queryParameter(ex.request().query, name).value_or(QString());
    case Kind::StageVariable:
        return ex.stage() ? ex.stage()->variable(name) : QString();
    case Kind::Context:
        return contextVariable(ex, name).value_or(QString());
    }
    return QString();
}

std::optional<IdentitySource> parseIdentitySource(QStringView text, bool restApi, QString *error)
{
    const QStringView t = text.trimmed();
    struct Prefix
    {
        const char16_t *text;
        IdentitySource::Kind kind;
    };
    static const Prefix rest[] = {{u"method.request.header.", IdentitySource::Kind::Header},
                                  {u"method.request.querystring.", IdentitySource::Kind::Query},
                                  {u"stageVariables.", IdentitySource::Kind::StageVariable},
                                  {u"context.", IdentitySource::Kind::Context}};
    static const Prefix http[] = {{u"$request.header.", IdentitySource::Kind::Header},
                                  {u"$request.querystring.", IdentitySource::Kind::Query},
                                  {u"$stageVariables.", IdentitySource::Kind::StageVariable},
                                  {u"$context.", IdentitySource::Kind::Context}};
    for (const Prefix &p : restApi ? rest : http) {
        const QStringView prefix(p.text);
        if (t.startsWith(prefix) && t.size() > prefix.size())
            return IdentitySource{p.kind, t.mid(prefix.size()).toString(), t.toString()};
    }
    *error = restApi ? QStringLiteral("identity source `%1` is not method.request.header.NAME, "
                                      "method.request.querystring.NAME, stageVariables.NAME or context.NAME")
                           .arg(t)
                     : QStringLiteral("identity source `%1` is not $request.header.NAME, $request.querystring.NAME, "
                                      "$stageVariables.NAME or $context.NAME")
                           .arg(t);
    return std::nullopt;
}

QList<IdentitySource> parseIdentitySources(const QStringList &texts, bool restApi, QString *error)
{
    QList<IdentitySource> out;
    for (const QString &text : texts) {
        for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (part.trimmed().isEmpty())
                continue;
            std::optional<IdentitySource> source = parseIdentitySource(part, restApi, error);
            if (!source)
                return {};
            out.append(std::move(*source));
        }
    }
    return out;
}

} // namespace gw
