// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestmapping.h"

#include "integrationresponses.h"

#include "pipeline/exchange.h"
#include "pipeline/parametersources.h"
#include "vtl/jsonpath.h"

namespace gw {

namespace {

/// A JSONPath into a JSON body, as `method.request.body.PATH` / `integration.response.body.PATH` read it: a string
/// value as is, anything else as JSON text; empty when the body is not JSON or the path matches nothing.
QString jsonPathValue(const QByteArray &body, QStringView path)
{
    const std::optional<vtl::Value> doc = vtl::Value::fromJson(QString::fromUtf8(body));
    if (!doc)
        return QString(QLatin1String(""));
    QString error;
    const std::optional<vtl::Value> v = vtl::evaluateJsonPath(*doc, QString(QStringLiteral("$.") + path), &error);
    if (!v || v->isNull())
        return QString(QLatin1String(""));
    return v->isString() ? v->stringRef() : v->toJson();
}

} // namespace

std::optional<QString> resolveMappingSource(const Exchange &ex, QStringView source, const http::HttpHeaders *integrationHeaders,
                                            const QByteArray *integrationBody)
{
    if (source == u"method.request.body")
        return QString::fromUtf8(ex.request().body);
    if (source.startsWith(u"method.request.body."))
        return jsonPathValue(ex.request().body, source.mid(20));
    if (integrationBody && source.startsWith(u"integration.response.body."))
        return jsonPathValue(*integrationBody, source.mid(26));
    return resolveParameterSource(ex, source, IntegrationOutput{integrationHeaders, integrationBody});
}

std::optional<MappedRequest> mapRequestBody(Exchange &ex, const RequestMappingConfig &cfg)
{
    const http::HttpRequest &req = ex.request();
    const QByteArray contentTypeHeader = req.headers.value("content-type");
    // AWS: without a Content-Type the request is mapped as application/json.
    const QString mediaType = contentTypeHeader.isEmpty() ? QStringLiteral("application/json") : mediaTypeOf(contentTypeHeader);
    const bool binaryPayload = isBinaryMediaType(contentTypeHeader, cfg.binaryMediaTypes);

    qsizetype chosen = -1;
    for (size_t i = 0; i < cfg.templates.size(); ++i) {
        if (cfg.templates[i].contentType.compare(mediaType, Qt::CaseInsensitive) == 0) {
            chosen = qsizetype(i);
            break;
        }
    }

    MappedRequest out;
    if (chosen < 0) {
        const QString &pb = cfg.passthroughBehavior;
        const bool hasTemplates = !cfg.templates.empty();
        if (pb == QLatin1String("NEVER") || (pb == QLatin1String("WHEN_NO_TEMPLATES") && hasTemplates)) {
            QStringList declared;
            for (const CompiledTemplate &t : cfg.templates)
                declared.append(t.contentType);
            ex.explain(QStringLiteral("passthroughBehavior is %1 and no request template matches the Content-Type %2 "
                                      "(templates: %3), so API Gateway refuses the request with 415.")
                           .arg(pb, mediaType, declared.isEmpty() ? QStringLiteral("none") : declared.join(QLatin1String(", "))));
            recordPassthrough(ex, QStringLiteral("request"),
                              QStringLiteral("no template for %1; %2 refuses to pass it through").arg(mediaType, pb));
            ex.respond(GatewayResponse::UnsupportedMediaType, QStringLiteral("integration.unsupported_media_type"),
                       QStringLiteral("no request template for %1").arg(mediaType));
            return std::nullopt;
        }
        out.body = req.body;
        out.contentType = contentTypeHeader;
        // contentHandling on a passed-through payload: CONVERT_TO_TEXT base64-encodes a binary one, CONVERT_TO_BINARY
        // decodes a text one; unset passes it through as it is.
        if (cfg.contentHandling == QLatin1String("CONVERT_TO_TEXT") && binaryPayload) {
            out.body = req.body.toBase64();
        } else if (cfg.contentHandling == QLatin1String("CONVERT_TO_BINARY") && !binaryPayload) {
            const auto decoded = QByteArray::fromBase64Encoding(req.body, QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                ex.explain(QStringLiteral("contentHandling is CONVERT_TO_BINARY, but the request body is not base64 text, "
                                          "so it cannot be converted."));
                ex.respond(GatewayResponse::ApiConfigurationError, QStringLiteral("integration.content_handling_failed"),
                           QStringLiteral("body is not base64"));
                return std::nullopt;
            }
            out.body = *decoded;
        }
        recordPassthrough(ex, QStringLiteral("request"),
                          hasTemplates ? QStringLiteral("no template for %1; passed through (%2)").arg(mediaType, pb)
                                       : QStringLiteral("no request templates; passed through (%1)").arg(pb));
        return out;
    }

    const CompiledTemplate &t = cfg.templates[size_t(chosen)];
    // A template sees text: a binary payload reaches it base64-encoded (as with CONVERT_TO_TEXT).
    const QString input = binaryPayload ? QString::fromLatin1(req.body.toBase64()) : QString::fromUtf8(req.body);
    const QString selection = contentTypeHeader.isEmpty() ? QStringLiteral("no Content-Type; application/json assumed")
                                                          : QStringLiteral("Content-Type %1").arg(mediaType);
    const TemplateRun run = runTemplate(ex, t, QStringLiteral("request"), selection, input);
    if (!run.ok) {
        if (run.errorKind == vtl::RenderError::Kind::InvalidJsonBody) {
            const QString message = ex.mapping().templates.back().error;
            ex.explain(QStringLiteral("The request template for %1 reads the body as JSON ($input.json / $input.path), but "
                                      "the body is not JSON (%2). API Gateway answers 400.")
                           .arg(t.contentType, run.error));
            ex.respond(GatewayResponse::BadRequestBody, QStringLiteral("integration.request_body_not_json"), run.error, 0,
                       message);
            return std::nullopt;
        }
        ex.explain(QStringLiteral("The request template for %1 %2 (%3). API Gateway logs \"Execution failed due to "
                                  "configuration error: Unable to transform request\" and answers 500.")
                       .arg(t.contentType, run.errorKind ? QStringLiteral("failed while rendering") : QStringLiteral("does not parse"),
                            run.error));
        ex.respond(GatewayResponse::ApiConfigurationError, QStringLiteral("integration.request_template_error"), run.error);
        return std::nullopt;
    }
    out.body = run.output.toUtf8();
    if (cfg.contentHandling == QLatin1String("CONVERT_TO_BINARY")) {
        const auto decoded = QByteArray::fromBase64Encoding(out.body.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            ex.explain(QStringLiteral("contentHandling is CONVERT_TO_BINARY, but the request template's output is not "
                                      "base64 text, so it cannot be converted."));
            ex.respond(GatewayResponse::ApiConfigurationError, QStringLiteral("integration.content_handling_failed"),
                       QStringLiteral("template output is not base64"));
            return std::nullopt;
        }
        out.body = *decoded;
    }
    out.contentType = t.contentType.toLatin1();
    out.overrides = run.overrides;
    return out;
}

MappedParameters mapRequestParameters(Exchange &ex, const model::StringPairs &requestParameters)
{
    MappedParameters out;
    static const QLatin1String header("integration.request.header.");
    static const QLatin1String query("integration.request.querystring.");
    static const QLatin1String multiQuery("integration.request.multivaluequerystring.");
    static const QLatin1String path("integration.request.path.");
    for (const auto &[target, source] : requestParameters) {
        const std::optional<QString> value = resolveMappingSource(ex, source);
        if (!value) {
            ex.mapping().requestParameters.append(QStringLiteral("%1 = %2: source not supported; not applied").arg(target, source));
            ex.explain(QStringLiteral("Request parameter %1 = %2 was not applied: Gatehouse does not know that source.")
                           .arg(target, source));
            continue;
        }
        ex.mapping().requestParameters.append(QStringLiteral("%1 = %2 → %3").arg(target, source,
                                                                                 value->isEmpty() ? QStringLiteral("(empty)") : *value));
        // A source without a value (a header the client did not send) sets nothing, as on AWS.
        if (value->isEmpty())
            continue;
        if (target.startsWith(header)) {
            out.headers.set(target.mid(header.size()).toLatin1(), value->toUtf8());
        } else if (target.startsWith(query)) {
            out.querystring.append({target.mid(query.size()), *value});
        } else if (target.startsWith(multiQuery)) {
            for (const QString &v : value->split(QLatin1Char(',')))
                out.querystring.append({target.mid(multiQuery.size()), v});
        } else if (target.startsWith(path)) {
            out.path.insert(target.mid(path.size()), *value);
        } else {
            ex.mapping().requestParameters.last().append(QStringLiteral(" (target not supported; not applied)"));
        }
    }
    return out;
}

} // namespace gw
