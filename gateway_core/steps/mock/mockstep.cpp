// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockstep.h"

#include "pipeline/exchange.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace gw {

namespace {

/// The `statusCode` of a MOCK integration's mapped request. AWS reads it leniently: `{statusCode: 200}` (an unquoted
/// key, as the console's own example templates write) works as well as strict JSON. nullopt when there is none.
std::optional<int> mockStatusCode(const QByteArray &mapped, QString *problem)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(mapped, &err);
    if (err.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonValue sc = doc.object().value(QLatin1String("statusCode"));
        if (sc.isDouble() && sc.toDouble() == double(sc.toInteger()))
            return int(sc.toInteger());
        *problem = sc.isUndefined() ? QStringLiteral("it has no statusCode") : QStringLiteral("its statusCode is not an integer");
        return std::nullopt;
    }
    static const QRegularExpression lenient(QStringLiteral("^\\s*\\{.*[\"']?\\bstatusCode[\"']?\\s*:\\s*(\\d{3})\\b"),
                                            QRegularExpression::DotMatchesEverythingOption);
    if (const QRegularExpressionMatch m = lenient.match(QString::fromUtf8(mapped)); m.hasMatch())
        return m.captured(1).toInt();
    *problem = err.error != QJsonParseError::NoError ? QStringLiteral("it is not JSON (%1)").arg(err.errorString())
                                                     : QStringLiteral("it is not a JSON object");
    return std::nullopt;
}

} // namespace

Outcome MockStep::onRequest(Exchange &ex)
{
    const MockConfig &cfg = *m_config;

    // 1. Integration request: the template chosen by Content-Type, or the body passed through.
    std::optional<MappedRequest> mapped = mapRequestBody(ex, cfg.request);
    if (!mapped)
        return Outcome::Respond;

    // 2. The mock's status code comes from the mapped request's "statusCode". An empty mapped request is read as
    // 200 (Gatehouse's choice for template-less mocks; AWS's behaviour there is not recorded).
    int statusCode = 200;
    if (!mapped->body.trimmed().isEmpty()) {
        QString problem;
        const std::optional<int> sc = mockStatusCode(mapped->body, &problem);
        if (!sc) {
            ex.explain(QStringLiteral("A MOCK integration reads {\"statusCode\": N} from its mapped request, but %1. API "
                                      "Gateway logs \"Execution failed due to configuration error: Unable to parse "
                                      "statusCode. It should be an integer that is defined in the request template.\"")
                           .arg(problem));
            return ex.respond(GatewayResponse::ApiConfigurationError, QStringLiteral("integration.mock_bad_request_body"),
                              QStringLiteral("unable to parse statusCode"));
        }
        statusCode = *sc;
    }
    ex.setIntegrationResult(statusCode, 0);

    // 3. Integration response selection and mapping (the mock's own response has no body and no headers).
    EndpointResponse endpoint;
    endpoint.status = statusCode;
    endpoint.selector = QString::number(statusCode);
    endpoint.selectorKind = QStringLiteral("status code");
    if (applyIntegrationResponse(ex, cfg.responses, cfg.binaryMediaTypes, endpoint, mapped->overrides) == Outcome::Respond)
        return Outcome::Respond;
    ex.setDetail(QStringLiteral("integration.mock"), QStringLiteral("mock → %1").arg(ex.response().status));
    return Outcome::Continue;
}

} // namespace gw
