// SPDX-License-Identifier: GPL-3.0-or-later
#include "integrationresponses.h"

#include "engine/compiledgateway.h"
#include "pipeline/exchange.h"
#include "pipeline/parametersources.h"

namespace gw {

bool looksLikeVtl(QStringView text)
{
    static const QRegularExpression vtl(QStringLiteral(
        "\\$!?\\{?[A-Za-z_]|#(set|if|elseif|else|end|foreach|break|stop|define|macro|parse|include|evaluate)\\b|##|#\\*|#\\{"));
    return vtl.match(text).hasMatch();
}

QString mediaTypeOf(QByteArrayView headerValue)
{
    QByteArrayView v = headerValue;
    const qsizetype semi = v.indexOf(';');
    if (semi >= 0)
        v = v.first(semi);
    return QString::fromLatin1(v.trimmed()).toLower();
}

qsizetype selectRequestTemplate(const model::StringPairs &templates, QByteArrayView contentType)
{
    const QString type = contentType.isEmpty() ? QStringLiteral("application/json") : mediaTypeOf(contentType);
    for (qsizetype i = 0; i < templates.size(); ++i) {
        if (templates[i].first.compare(type, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

qsizetype selectResponseTemplate(const model::StringPairs &templates, QByteArrayView accept)
{
    if (templates.isEmpty())
        return -1;
    if (!accept.isEmpty()) {
        for (const QByteArray &part : accept.toByteArray().split(',')) {
            const QString type = mediaTypeOf(part);
            for (qsizetype i = 0; i < templates.size(); ++i) {
                if (templates[i].first.compare(type, Qt::CaseInsensitive) == 0)
                    return i;
            }
        }
    }
    for (qsizetype i = 0; i < templates.size(); ++i) {
        if (templates[i].first.compare(QLatin1String("application/json"), Qt::CaseInsensitive) == 0)
            return i;
    }
    return 0;
}

std::vector<CompiledIntegrationResponse> compileIntegrationResponses(const QList<model::IntegrationResponse> &in,
                                                                     QStringList *errors)
{
    std::vector<CompiledIntegrationResponse> out;
    for (const model::IntegrationResponse &r : in) {
        CompiledIntegrationResponse c;
        c.selectionPattern = r.selectionPattern;
        c.isDefault = r.selectionPattern == QLatin1String("default");
        c.statusCode = r.statusCode;
        c.responseParameters = r.responseParameters;
        c.responseTemplates = r.responseTemplates;
        if (!c.isDefault) {
            // Java's String.matches(): the whole selector must match. DOTALL because Lambda error messages may
            // span lines.
            c.regex = QRegularExpression(QRegularExpression::anchoredPattern(r.selectionPattern),
                                         QRegularExpression::DotMatchesEverythingOption);
            if (!c.regex.isValid() && errors)
                errors->append(QStringLiteral("selection pattern `%1` is not a valid regular expression: %2")
                                   .arg(r.selectionPattern, c.regex.errorString()));
        }
        out.push_back(std::move(c));
    }
    return out;
}

const CompiledIntegrationResponse *selectIntegrationResponse(const std::vector<CompiledIntegrationResponse> &responses,
                                                             const QString &selector)
{
    const CompiledIntegrationResponse *fallback = nullptr;
    for (const auto &r : responses) {
        if (r.isDefault) {
            fallback = &r;
            continue;
        }
        if (r.regex.isValid() && r.regex.match(selector).hasMatch())
            return &r;
    }
    return fallback;
}

void applyResponseParameters(const Exchange &ex, const model::StringPairs &parameters,
                             const http::HttpHeaders &integrationHeaders, const QByteArray &integrationBody,
                             http::HttpHeaders &out, QStringList *unsupported)
{
    static const QLatin1String prefix("method.response.header.");
    for (const auto &[target, source] : parameters) {
        if (!target.startsWith(prefix)) {
            if (unsupported)
                unsupported->append(QStringLiteral("%1 (only method.response.header.* can be set)").arg(target));
            continue;
        }
        const std::optional<QString> value
            = resolveParameterSource(ex, source, IntegrationOutput{&integrationHeaders, &integrationBody});
        if (!value) {
            if (unsupported)
                unsupported->append(QStringLiteral("%1 = %2").arg(target, source));
            continue;
        }
        // A source without a value (a header the integration did not send) sets nothing.
        if (!value->isNull())
            out.set(target.mid(prefix.size()).toLatin1(), value->toUtf8());
    }
}

} // namespace gw
