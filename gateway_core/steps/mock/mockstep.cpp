// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockstep.h"

#include "pipeline/exchange.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace gw {

Outcome MockStep::onRequest(Exchange &ex)
{
    const MockConfig &cfg = *m_config;
    const http::HttpRequest &req = ex.request();

    // 1. Integration request: the template chosen by Content-Type, or the body passed through.
    QByteArray mapped;
    const qsizetype t = selectRequestTemplate(cfg.requestTemplates, req.headers.value("content-type"));
    if (t >= 0) {
        const QString &text = cfg.requestTemplates[t].second;
        if (looksLikeVtl(text)) {
            ex.explain(QStringLiteral("The request template for %1 uses Velocity (VTL), which this version of "
                                      "Gatehouse does not evaluate yet; it is listed in the fidelity report.")
                           .arg(cfg.requestTemplates[t].first));
            return ex.respond(GatewayResponse::ApiConfigurationError, QStringLiteral("integration.vtl_not_supported"),
                              QStringLiteral("request template uses VTL"));
        }
        mapped = text.toUtf8();
    } else {
        const bool hasTemplates = !cfg.requestTemplates.isEmpty();
        const QString &pb = cfg.passthroughBehavior;
        if (pb == QLatin1String("NEVER") || (pb == QLatin1String("WHEN_NO_TEMPLATES") && hasTemplates)) {
            ex.explain(QStringLiteral("passthroughBehavior is %1 and no request template matches Content-Type \"%2\".")
                           .arg(pb, QString::fromLatin1(req.headers.value("content-type"))));
            return ex.respond(GatewayResponse::UnsupportedMediaType, QStringLiteral("integration.unsupported_media_type"),
                              QStringLiteral("no template for the Content-Type"));
        }
        mapped = req.body;
    }

    // 2. The mock's status code comes from the mapped request's "statusCode".
    QString statusCode = QStringLiteral("200");
    if (!mapped.trimmed().isEmpty()) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(mapped, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            ex.explain(QStringLiteral("A MOCK integration reads {\"statusCode\": N} from its mapped request, but the "
                                      "mapped request is not a JSON object (%1).")
                           .arg(err.error != QJsonParseError::NoError ? err.errorString() : QStringLiteral("not an object")));
            return ex.respond(GatewayResponse::ApiConfigurationError, QStringLiteral("integration.mock_bad_request_body"),
                              QStringLiteral("mapped request is not JSON"));
        }
        const QJsonValue sc = doc.object().value(QLatin1String("statusCode"));
        if (sc.isDouble())
            statusCode = QString::number(sc.toInteger());
        else if (sc.isString())
            statusCode = sc.toString();
    }

    // 3. Integration response selection and mapping.
    const CompiledIntegrationResponse *ir = selectIntegrationResponse(cfg.responses, statusCode);
    if (!ir) {
        ex.explain(QStringLiteral("The MOCK integration produced status %1, but no integration response's selection "
                                  "pattern matches it and there is no default response.")
                       .arg(statusCode));
        return ex.respond(GatewayResponse::ApiConfigurationError, QStringLiteral("integration.no_integration_response"),
                          QStringLiteral("no integration response for %1").arg(statusCode));
    }
    Exchange::Response &resp = ex.response();
    bool ok = false;
    resp.status = ir->statusCode.toInt(&ok);
    if (!ok || resp.status < 100 || resp.status > 599) {
        ex.explain(QStringLiteral("The integration response for pattern `%1` has the status code \"%2\", which is not "
                                  "an HTTP status.")
                       .arg(ir->selectionPattern, ir->statusCode));
        return ex.respond(GatewayResponse::ApiConfigurationError, QStringLiteral("integration.bad_status_code"));
    }
    const qsizetype rt = selectResponseTemplate(ir->responseTemplates, req.headers.value("accept"));
    QByteArray contentType = QByteArrayLiteral("application/json");
    if (rt >= 0) {
        const QString &text = ir->responseTemplates[rt].second;
        if (looksLikeVtl(text)) {
            resp = Exchange::Response();
            ex.explain(QStringLiteral("The response template for %1 uses Velocity (VTL), which this version of "
                                      "Gatehouse does not evaluate yet; it is listed in the fidelity report.")
                           .arg(ir->responseTemplates[rt].first));
            return ex.respond(GatewayResponse::ApiConfigurationError, QStringLiteral("integration.vtl_not_supported"),
                              QStringLiteral("response template uses VTL"));
        }
        resp.body = text.toUtf8();
        contentType = ir->responseTemplates[rt].first.toLatin1();
    }
    resp.headers.append(QByteArrayLiteral("Content-Type"), contentType);
    QStringList unsupported;
    applyResponseParameters(ex, ir->responseParameters, {}, {}, resp.headers, &unsupported);
    for (const QString &u : std::as_const(unsupported))
        ex.explain(QStringLiteral("Response parameter not applied (not emulated yet): %1").arg(u));
    ex.setIntegrationResult(resp.status, 0);
    ex.setDetail(QStringLiteral("integration.mock"), QStringLiteral("mock → %1").arg(resp.status));
    return Outcome::Continue;
}

} // namespace gw
