// SPDX-License-Identifier: GPL-3.0-or-later
#include "validationstep.h"

#include "pipeline/exchange.h"
#include "pipeline/parametersources.h"

#include <QJsonDocument>

namespace gw {

namespace {

/// The media type of a Content-Type header, lower case, without parameters; application/json when none was sent
/// (API Gateway's default content type).
QString mediaTypeOf(const QByteArray &header)
{
    const QString type = QString::fromLatin1(header).section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    return type.isEmpty() ? QStringLiteral("application/json") : type;
}

} // namespace

Outcome ValidationStep::onRequest(Exchange &ex)
{
    const ValidationConfig &cfg = *m_config;
    const http::HttpRequest &req = ex.request();
    auto trace = std::make_shared<ValidationTrace>();
    trace->validator = cfg.validator;
    trace->validateParameters = cfg.validateParameters;
    trace->validateBody = cfg.validateBody;
    trace->bodyOutcome = QStringLiteral("not checked");

    if (cfg.validateParameters) {
        for (const ValidationConfig::RequiredParameter &p : cfg.required) {
            trace->requiredParameters.append(p.key());
            bool blank = true;
            if (p.kind == QLatin1String("header")) {
                blank = req.headers.value(p.name.toLatin1()).trimmed().isEmpty();
            } else if (p.kind == QLatin1String("querystring")) {
                const std::optional<QString> v = queryParameter(req.query, p.name);
                blank = !v || v->trimmed().isEmpty();
            } else {
                blank = ex.routeMatch().parameter(p.name).isEmpty();
            }
            if (blank)
                trace->missingParameters.append(p.name);
        }
        if (!trace->missingParameters.isEmpty()) {
            const QString message = QStringLiteral("Missing required request parameters: [%1]")
                                        .arg(trace->missingParameters.join(QLatin1String(", ")));
            trace->failedRule = QStringLiteral("parameters");
            trace->errorString = message;
            ex.setValidation(trace);
            ex.explain(QStringLiteral("Request validator `%1` refused the request: %2 (required: %3). Send them with "
                                      "non-blank values, or mark them required: false.")
                           .arg(cfg.validator, trace->missingParameters.join(QLatin1String(", ")),
                                trace->requiredParameters.join(QLatin1String(", "))));
            return ex.respond(GatewayResponse::BadRequestParameters, QStringLiteral("validation.parameters"),
                              QStringLiteral("missing: %1").arg(trace->missingParameters.join(QLatin1String(", "))),
                              0, message);
        }
    }

    if (cfg.validateBody) {
        trace->contentType = mediaTypeOf(req.headers.value("content-type"));
        const ValidationConfig::Model *model = cfg.modelFor(trace->contentType);
        if (!model) {
            trace->bodyOutcome = QStringLiteral("no model for the content type");
        } else {
            trace->model = model->name;
            // An empty body is validated as an empty object (LocalStack's reading of AWS, recorded against AWS).
            const QByteArray text = req.body.trimmed().isEmpty() ? QByteArrayLiteral("{}") : req.body;
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
            QJsonValue instance;
            bool parsed = error.error == QJsonParseError::NoError;
            if (parsed) {
                instance = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
            } else {
                // QJsonDocument takes only objects and arrays at the top: scalars are read inside an array.
                const QJsonDocument wrapped = QJsonDocument::fromJson("[" + text + "]", &error);
                parsed = error.error == QJsonParseError::NoError && wrapped.array().size() == 1;
                if (parsed)
                    instance = wrapped.array().at(0);
            }
            if (!parsed) {
                trace->bodyOutcome = QStringLiteral("not JSON");
                trace->failedRule = QStringLiteral("body");
                trace->errorString = QStringLiteral("[Invalid JSON: %1]").arg(error.errorString());
                trace->violations.push_back({QString(), QString(), trace->errorString});
                ex.setValidation(trace);
                ex.explain(QStringLiteral("Request validator `%1` refused the body: it is not JSON (%2), and model %3 "
                                          "applies to %4.")
                               .arg(cfg.validator, error.errorString(), model->name, model->contentType));
                return ex.respond(GatewayResponse::BadRequestBody, QStringLiteral("validation.body_not_json"),
                                  QStringLiteral("not JSON: %1").arg(error.errorString()));
            }
            const std::vector<SchemaViolation> violations = model->schema->isValid(instance)
                ? std::vector<SchemaViolation>() : model->schema->violations(instance);
            if (!violations.empty()) {
                trace->bodyOutcome = QStringLiteral("invalid");
                trace->failedRule = QStringLiteral("body");
                for (const SchemaViolation &v : violations)
                    trace->violations.push_back({v.pointer, v.keyword, v.message});
                trace->errorString = JsonSchema::errorString(violations);
                ex.setValidation(trace);
                const SchemaViolation &first = violations.front();
                ex.explain(QStringLiteral("Request validator `%1` refused the body against model %2 (%3): at %4: %5")
                               .arg(cfg.validator, model->name, model->contentType,
                                    first.pointer.isEmpty() ? QStringLiteral("the top level") : first.pointer, first.message));
                return ex.respond(GatewayResponse::BadRequestBody, QStringLiteral("validation.body"),
                                  QStringLiteral("%1 at %2").arg(first.keyword.isEmpty() ? QStringLiteral("schema") : first.keyword,
                                                                 first.pointer.isEmpty() ? QStringLiteral("/") : first.pointer));
            }
            trace->bodyOutcome = QStringLiteral("valid");
        }
    }
    ex.setValidation(trace);
    ex.setDetail(QStringLiteral("validation.passed"), QStringLiteral("validator %1").arg(cfg.validator));
    return Outcome::Continue;
}

} // namespace gw
