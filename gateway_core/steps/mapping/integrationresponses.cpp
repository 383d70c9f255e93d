// SPDX-License-Identifier: GPL-3.0-or-later
#include "integrationresponses.h"

#include "requestmapping.h"

#include "engine/compiledgateway.h"
#include "pipeline/exchange.h"
#include "pipeline/parametersources.h"
#include "vtl/javaregex.h"

namespace gw {

namespace {

qsizetype selectByAccept(const QStringList &contentTypes, QByteArrayView accept)
{
    if (contentTypes.isEmpty())
        return -1;
    if (!accept.isEmpty()) {
        for (const QByteArray &part : accept.toByteArray().split(',')) {
            const QString type = mediaTypeOf(part);
            const qsizetype i = contentTypes.indexOf(type, 0);
            if (i >= 0)
                return i;
            for (qsizetype j = 0; j < contentTypes.size(); ++j) {
                if (contentTypes[j].compare(type, Qt::CaseInsensitive) == 0)
                    return j;
            }
        }
    }
    for (qsizetype i = 0; i < contentTypes.size(); ++i) {
        if (contentTypes[i].compare(QLatin1String("application/json"), Qt::CaseInsensitive) == 0)
            return i;
    }
    return 0;
}

} // namespace

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
    QStringList types;
    for (const auto &t : templates)
        types.append(t.first);
    return selectByAccept(types, accept);
}

qsizetype selectResponseTemplate(const CompiledTemplates &templates, QByteArrayView accept)
{
    QStringList types;
    for (const auto &t : templates)
        types.append(t.contentType);
    return selectByAccept(types, accept);
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
        c.contentHandling = r.contentHandling;
        c.templates = compileTemplates(r.responseTemplates,
                                       QStringLiteral("the response template of integration response `%1`").arg(r.selectionPattern),
                                       errors);
        if (!c.isDefault) {
            // Java's String.matches(): the whole selector must match; `.` does not match line breaks (AWS: "make sure
            // that the error response does not contain any newline character" for patterns like `.+`).
            QString error;
            if (std::optional<QRegularExpression> rx = vtl::javaRegex(QRegularExpression::anchoredPattern(r.selectionPattern), &error)) {
                c.regex = *rx;
            } else if (errors) {
                errors->append(QStringLiteral("selection pattern `%1` is not a valid regular expression: %2; it never matches")
                                   .arg(r.selectionPattern, error));
            }
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
            if (!fallback)
                fallback = &r;
            continue;
        }
        if (r.regex.isValid() && !r.regex.pattern().isEmpty() && r.regex.match(selector).hasMatch())
            return &r;
    }
    return fallback;
}

void applyResponseParameters(Exchange &ex, const model::StringPairs &parameters,
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
        const std::optional<QString> value = resolveMappingSource(ex, source, &integrationHeaders, &integrationBody);
        if (!value) {
            if (unsupported)
                unsupported->append(QStringLiteral("%1 = %2").arg(target, source));
            ex.mapping().responseParameters.append(QStringLiteral("%1 = %2: source not supported; not applied").arg(target, source));
            continue;
        }
        ex.mapping().responseParameters.append(
            QStringLiteral("%1 = %2 → %3").arg(target, source, value->isEmpty() ? QStringLiteral("(empty; not set)") : *value));
        // A source without a value (a header the integration did not send) sets nothing.
        if (value->isEmpty())
            continue;
        // Recorded on AWS: headers API Gateway owns are sent as x-amzn-Remapped-NAME instead.
        static const QStringList remapped = {
            QStringLiteral("Authorization"), QStringLiteral("Connection"), QStringLiteral("Content-Length"),
            QStringLiteral("Content-MD5"), QStringLiteral("Date"), QStringLiteral("Expect"), QStringLiteral("Host"),
            QStringLiteral("Max-Forwards"), QStringLiteral("Proxy-Authenticate"), QStringLiteral("Server"),
            QStringLiteral("Trailer"), QStringLiteral("Upgrade"), QStringLiteral("User-Agent"),
            QStringLiteral("WWW-Authenticate")};
        const QString name = target.mid(prefix.size());
        bool remap = false;
        for (const QString &r : remapped) {
            if (r.compare(name, Qt::CaseInsensitive) == 0) {
                out.set(QStringLiteral("x-amzn-Remapped-%1").arg(r).toLatin1(), value->toUtf8());
                remap = true;
            }
        }
        if (!remap)
            out.set(name.toLatin1(), value->toUtf8());
    }
}

Outcome applyIntegrationResponse(Exchange &ex, const std::vector<CompiledIntegrationResponse> &responses,
                                 const QStringList &binaryMediaTypes, const EndpointResponse &endpoint,
                                 const vtl::Overrides &requestOverrides)
{
    MappingTrace &trace = ex.mapping();
    trace.selector = endpoint.selector;
    trace.selectorKind = endpoint.selectorKind;
    const CompiledIntegrationResponse *ir = selectIntegrationResponse(responses, endpoint.selector);
    const QString shownSelector = endpoint.selector.isEmpty() ? QStringLiteral("an empty string") : endpoint.selector;
    if (!ir) {
        trace.matchReason = QStringLiteral("no selection pattern matches %1 and there is no default response").arg(shownSelector);
        ex.explain(QStringLiteral("No integration response matches the %1 %2 and none is the default. API Gateway logs "
                                  "\"Execution failed due to configuration error: No match for output mapping and no "
                                  "default output mapping specified. Endpoint Response Status Code: %3\" and answers 500.")
                       .arg(endpoint.selectorKind, shownSelector)
                       .arg(endpoint.status));
        return ex.respond(GatewayResponse::ApiConfigurationError, QStringLiteral("integration.no_integration_response"),
                          QStringLiteral("no integration response for %1").arg(shownSelector));
    }
    trace.matchedPattern = ir->selectionPattern;
    trace.matchedStatus = ir->statusCode;
    trace.matchReason = ir->isDefault
        ? QStringLiteral("no selection pattern matches %1 in full; the default response applies").arg(shownSelector)
        : QStringLiteral("`%1` matches %2 in full").arg(ir->selectionPattern, shownSelector);

    Exchange::Response resp;
    bool ok = false;
    resp.status = ir->statusCode.toInt(&ok);
    if (!ok || resp.status < 100 || resp.status > 599) {
        ex.explain(QStringLiteral("The integration response for pattern `%1` has the status code \"%2\", which is not "
                                  "an HTTP status.")
                       .arg(ir->selectionPattern, ir->statusCode));
        return ex.respond(GatewayResponse::ApiConfigurationError, QStringLiteral("integration.bad_status_code"));
    }

    // contentHandling (AWS's payload encodings table): a binary payload becomes base64 text unless the client
    // accepts a binary type (or CONVERT_TO_BINARY); a text payload is base64-decoded with CONVERT_TO_BINARY, or
    // when the client accepts a binary type and contentHandling is unset.
    const QByteArray accept = ex.request().headers.value("accept");
    const bool binaryPayload = isBinaryMediaType(endpoint.headers.value("content-type"), binaryMediaTypes);
    const bool binaryAccept = isBinaryMediaType(accept, binaryMediaTypes);
    QByteArray body = endpoint.body;
    const QString &ch = ir->contentHandling;
    if (binaryPayload) {
        if (ch == QLatin1String("CONVERT_TO_TEXT") || (ch.isEmpty() && !binaryAccept))
            body = body.toBase64();
    } else if (ch == QLatin1String("CONVERT_TO_BINARY") || (ch.isEmpty() && binaryAccept)) {
        const auto decoded = QByteArray::fromBase64Encoding(body, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            ex.explain(QStringLiteral("The integration response converts the body to binary (%1), but the body is not "
                                      "base64 text. API Gateway answers 500.")
                           .arg(ch.isEmpty() ? QStringLiteral("the client accepts a binary media type") : ch));
            return ex.respond(GatewayResponse::ApiConfigurationError, QStringLiteral("integration.content_handling_failed"),
                              QStringLiteral("response body is not base64"));
        }
        body = *decoded;
    }

    QStringList unsupported;
    applyResponseParameters(ex, ir->responseParameters, endpoint.headers, endpoint.body, resp.headers, &unsupported);
    for (const QString &u : std::as_const(unsupported))
        ex.explain(QStringLiteral("Response parameter not applied (not supported): %1").arg(u));

    QByteArray contentType = QByteArrayLiteral("application/json");
    vtl::Overrides overrides = requestOverrides;
    const qsizetype rt = selectResponseTemplate(ir->templates, accept);
    if (rt >= 0) {
        const CompiledTemplate &t = ir->templates[size_t(rt)];
        const QString selection = accept.isEmpty() ? QStringLiteral("no Accept header; %1").arg(t.contentType)
                                                   : QStringLiteral("Accept %1 → %2").arg(QString::fromLatin1(accept), t.contentType);
        const TemplateRun run = runTemplate(ex, t, QStringLiteral("response"), selection, QString::fromUtf8(body));
        if (!run.ok) {
            ex.explain(QStringLiteral("The response template for %1 of integration response `%2` %3 (%4). API Gateway "
                                      "logs \"Execution failed due to configuration error: Unable to transform response\" "
                                      "and answers 500.")
                           .arg(t.contentType, ir->selectionPattern,
                                run.errorKind ? QStringLiteral("failed while rendering") : QStringLiteral("does not parse"),
                                run.error));
            return ex.respond(GatewayResponse::ApiConfigurationError, QStringLiteral("integration.response_template_error"),
                              run.error);
        }
        resp.body = run.output.toUtf8();
        contentType = t.contentType.toLatin1();
        if (run.overrides.responseStatus)
            overrides.responseStatus = run.overrides.responseStatus;
        overrides.responseHeaders += run.overrides.responseHeaders;
    } else {
        resp.body = body;
        recordPassthrough(ex, QStringLiteral("response"), QStringLiteral("no response templates; the body passes through"));
    }
    if (!resp.headers.contains("content-type"))
        resp.headers.append(QByteArrayLiteral("Content-Type"), contentType);
    // $context.responseOverride: AWS ignores a status outside 100-599.
    if (overrides.responseStatus && *overrides.responseStatus >= 100 && *overrides.responseStatus <= 599) {
        ex.explain(QStringLiteral("A mapping template set $context.responseOverride.status to %1 (the integration response "
                                  "said %2).")
                       .arg(*overrides.responseStatus)
                       .arg(resp.status));
        resp.status = *overrides.responseStatus;
    }
    for (const auto &[name, value] : std::as_const(overrides.responseHeaders))
        resp.headers.set(name.toLatin1(), value.toUtf8());
    ex.response() = std::move(resp);
    return Outcome::Continue;
}

} // namespace gw
