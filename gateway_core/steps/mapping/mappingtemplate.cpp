// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingtemplate.h"

#include "engine/compiledgateway.h"
#include "observe/contextvalues.h"
#include "pipeline/exchange.h"
#include "pipeline/parametersources.h"

#include <QUrl>

namespace gw {

namespace {

/// `$context` names mapping templates can read (REST's list, section 5.1 of the reference), without the
/// authorizer's own keys, which come from the authorizer's result.
const QStringList &templateContextNames()
{
    static const QStringList names = {
        QStringLiteral("accountId"), QStringLiteral("apiId"), QStringLiteral("domainName"), QStringLiteral("domainPrefix"),
        QStringLiteral("error.message"), QStringLiteral("error.messageString"), QStringLiteral("error.responseType"),
        QStringLiteral("error.validationErrorString"), QStringLiteral("extendedRequestId"), QStringLiteral("httpMethod"),
        QStringLiteral("identity.accountId"), QStringLiteral("identity.apiKey"), QStringLiteral("identity.apiKeyId"),
        QStringLiteral("identity.caller"), QStringLiteral("identity.cognitoAuthenticationProvider"),
        QStringLiteral("identity.cognitoAuthenticationType"), QStringLiteral("identity.cognitoIdentityId"),
        QStringLiteral("identity.cognitoIdentityPoolId"), QStringLiteral("identity.principalOrgId"),
        QStringLiteral("identity.sourceIp"), QStringLiteral("identity.user"), QStringLiteral("identity.userAgent"),
        QStringLiteral("identity.userArn"), QStringLiteral("identity.accessKey"), QStringLiteral("path"),
        QStringLiteral("protocol"), QStringLiteral("requestId"), QStringLiteral("requestTime"),
        QStringLiteral("requestTimeEpoch"), QStringLiteral("resourceId"), QStringLiteral("resourcePath"),
        QStringLiteral("stage"), QStringLiteral("isCanaryRequest")};
    return names;
}

QString at(int line, int column)
{
    return QStringLiteral("line %1:%2").arg(line).arg(column);
}

QString decodeQueryComponent(QByteArrayView part)
{
    QByteArray bytes = part.toByteArray();
    bytes.replace('+', ' ');
    return QUrl::fromPercentEncoding(bytes);
}

} // namespace

CompiledTemplates compileTemplates(const model::StringPairs &templates, const QString &what, QStringList *errors)
{
    CompiledTemplates out;
    out.reserve(size_t(templates.size()));
    for (const auto &[contentType, text] : templates) {
        CompiledTemplate c;
        c.contentType = contentType;
        c.source = text;
        c.constant = !text.contains(QLatin1Char('$')) && !text.contains(QLatin1Char('#'));
        c.usesContext = text.contains(QLatin1String("context"));
        c.usesStageVariables = text.contains(QLatin1String("stageVariables"));
        c.usesInput = text.contains(QLatin1String("input"));
        auto parsed = vtl::Template::parse(text);
        if (auto *error = std::get_if<vtl::ParseError>(&parsed)) {
            if (errors)
                errors->append(QStringLiteral("%1 for %2 does not parse (%3: %4); requests that select it get 500 "
                                              "Internal server error, as on AWS")
                                   .arg(what, contentType, at(error->line, error->column), error->message));
            c.parseError = *error;
        } else {
            c.parsed = std::get<vtl::Template>(std::move(parsed));
        }
        out.push_back(std::move(c));
    }
    return out;
}

vtl::Value templateContext(const Exchange &ex)
{
    vtl::Value context = vtl::Value::map();
    vtl::MapData *map = context.mapData();
    for (const QString &name : templateContextNames()) {
        if (const std::optional<QString> value = contextVariable(ex, name))
            map->insertPath(name, vtl::Value(*value));
    }
    // The authorizer's outputs: principalId, the context keys (stringified on REST APIs) and JWT claims.
    if (const AuthorizerTrace *a = ex.authorizer()) {
        map->insertPath(u"authorizer.principalId", vtl::Value(a->principalId));
        for (auto it = a->context.constBegin(); it != a->context.constEnd(); ++it)
            map->insertPath(QString(QStringLiteral("authorizer.") + it.key()), vtl::Value(stringifiedContextValue(it.value())));
        for (auto it = a->claimValues.constBegin(); it != a->claimValues.constEnd(); ++it)
            map->insertPath(QString(QStringLiteral("authorizer.claims.") + it.key()), vtl::Value(it.value().toString()));
    }
    return context;
}

vtl::RenderInput renderInputFor(const Exchange &ex, const QString &body, const CompiledTemplate *t)
{
    vtl::RenderInput in;
    in.body = body;
    in.stageVariables = vtl::Value::map();
    if (t && !t->usesContext)
        in.context = vtl::Value::map();
    else
        in.context = templateContext(ex);
    if (!t || t->usesStageVariables) {
        if (const CompiledStage *stage = ex.stage()) {
            for (const auto &[name, value] : stage->variables)
                in.stageVariables.mapData()->insert(name, vtl::Value(value));
        }
    }
    if (t && !t->usesInput)
        return in;
    const http::HttpRequest &req = ex.request();
    in.path = ex.routeMatch().pathParameters;
    const QByteArrayView query = req.query;
    for (qsizetype start = 0; start <= query.size();) {
        qsizetype end = query.indexOf('&', start);
        if (end < 0)
            end = query.size();
        const QByteArrayView pair = query.sliced(start, end - start);
        if (!pair.isEmpty()) {
            const qsizetype eq = pair.indexOf('=');
            in.querystring.append({decodeQueryComponent(eq < 0 ? pair : pair.first(eq)),
                                   eq < 0 ? QString() : decodeQueryComponent(pair.sliced(eq + 1))});
        }
        start = end + 1;
    }
    for (const auto &f : req.headers.fields())
        in.header.append({QString::fromLatin1(f.name), QString::fromUtf8(f.value)});
    return in;
}

QStringList describeOverrides(const vtl::Overrides &o)
{
    QStringList out;
    for (const auto &[k, v] : o.requestHeaders)
        out.append(QStringLiteral("requestOverride.header.%1 = %2").arg(k, v));
    for (const auto &[k, v] : o.requestQuerystring)
        out.append(QStringLiteral("requestOverride.querystring.%1 = %2").arg(k, v));
    for (const auto &[k, v] : o.requestPath)
        out.append(QStringLiteral("requestOverride.path.%1 = %2").arg(k, v));
    if (o.responseStatus)
        out.append(QStringLiteral("responseOverride.status = %1").arg(*o.responseStatus));
    for (const auto &[k, v] : o.responseHeaders)
        out.append(QStringLiteral("responseOverride.header.%1 = %2").arg(k, v));
    return out;
}

TemplateRun runTemplate(Exchange &ex, const CompiledTemplate &t, const QString &phase, const QString &selection,
                        const QString &body)
{
    TemplateRender rec;
    rec.phase = phase;
    rec.contentType = t.contentType;
    rec.selection = selection;
    TemplateRun run;
    if (!t.parsed) {
        const vtl::ParseError &e = *t.parseError;
        rec.error = e.message;
        rec.errorLine = e.line;
        rec.errorColumn = e.column;
        run.error = QStringLiteral("%1: %2").arg(at(e.line, e.column), e.message);
        ex.mapping().templates.push_back(std::move(rec));
        return run;
    }
    if (t.constant) {
        rec.output = t.source.left(ExchangeRecord::bodyCaptureLimit);
        run.ok = true;
        run.output = t.source;
        ex.mapping().templates.push_back(std::move(rec));
        return run;
    }
    const vtl::RenderResult r = t.parsed->render(renderInputFor(ex, body, &t));
    rec.output = r.output.left(ExchangeRecord::bodyCaptureLimit);
    for (const vtl::RenderWarning &w : r.warnings)
        rec.warnings.append(QStringLiteral("%1: %2").arg(at(w.line, w.column), w.message));
    rec.overrides = describeOverrides(r.overrides);
    if (r.error) {
        rec.error = r.error->message;
        rec.errorLine = r.error->line;
        rec.errorColumn = r.error->column;
        run.errorKind = r.error->kind;
        run.error = QStringLiteral("%1: %2").arg(at(r.error->line, r.error->column), r.error->message);
    } else {
        run.ok = true;
    }
    run.output = r.output;
    run.overrides = r.overrides;
    ex.mapping().templates.push_back(std::move(rec));
    return run;
}

void recordPassthrough(Exchange &ex, const QString &phase, const QString &selection)
{
    TemplateRender rec;
    rec.phase = phase;
    rec.selection = selection;
    rec.passthrough = true;
    ex.mapping().templates.push_back(std::move(rec));
}

bool isBinaryMediaType(QByteArrayView contentType, const QStringList &binaryMediaTypes)
{
    if (binaryMediaTypes.isEmpty() || contentType.isEmpty())
        return false;
    for (const QByteArray &part : contentType.toByteArray().split(',')) {
        QByteArrayView ct = part;
        if (const qsizetype semi = ct.indexOf(';'); semi >= 0)
            ct = ct.first(semi);
        const QString type = QString::fromLatin1(ct.trimmed()).toLower();
        if (type.isEmpty())
            continue;
        for (const QString &pattern : binaryMediaTypes) {
            // The console and OpenAPI export write "image/png" and, escaped for JSON Patch, "image~1png".
            const QString p = pattern.trimmed().toLower().replace(QLatin1String("~1"), QLatin1String("/"));
            if (p == QLatin1String("*/*") || p == type)
                return true;
            if (p.endsWith(QLatin1String("/*")) && type.startsWith(p.chopped(1)))
                return true;
        }
    }
    return false;
}

} // namespace gw
