// SPDX-License-Identifier: GPL-3.0-or-later
#include "lambdacustomstep.h"

#include "exchangeinvoke.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace gw {

namespace {

/// The error object API Gateway receives from Lambda for a failed invocation: the function's own error payload when
/// it is a JSON object, else {"errorMessage", "errorType"} from what the runtime reported.
QByteArray errorPayload(const lambda::InvocationResult &r)
{
    const QJsonDocument doc = QJsonDocument::fromJson(r.payload);
    if (doc.isObject() && doc.object().contains(QLatin1String("errorMessage")))
        return r.payload;
    QJsonObject o;
    o.insert(QLatin1String("errorMessage"), r.errorMessage);
    o.insert(QLatin1String("errorType"), r.errorType);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString errorMessageOf(const QByteArray &payload, const QString &fallback)
{
    const QJsonValue m = QJsonDocument::fromJson(payload).object().value(QLatin1String("errorMessage"));
    return m.isString() ? m.toString() : fallback;
}

} // namespace

Outcome LambdaCustomStep::onRequest(Exchange &ex)
{
    const LambdaCustomConfig &cfg = *m_config;
    if (!ex.lambdaService()) {
        ex.explain(QStringLiteral("This gateway runs without a Lambda service, so function %1 cannot be invoked.").arg(cfg.function));
        return ex.respond(GatewayResponse::ApiConfigurationError, QStringLiteral("integration.lambda_unavailable"));
    }
    std::optional<MappedRequest> mapped = mapRequestBody(ex, cfg.request);
    if (!mapped)
        return Outcome::Respond;
    // Lambda needs a JSON event; an empty integration request body is sent as an empty object.
    QByteArray event = mapped->body.trimmed().isEmpty() ? QByteArrayLiteral("{}") : mapped->body;
    const vtl::Overrides overrides = mapped->overrides;

    // The Invoke call's headers. X-Amz-Invocation-Type: Event queues the event: Lambda answers 202 with no body.
    const MappedParameters params = mapRequestParameters(ex, cfg.request.requestParameters);
    if (params.headers.value("x-amz-invocation-type").trimmed() == "Event") {
        const qint64 sentUs = ex.clock().nowUs();
        invokeWithoutWaiting(ex, cfg.function, QStringLiteral("integration"), event);
        ex.setIntegrationResult(202, ex.clock().nowUs() - sentUs);
        ex.explain(QStringLiteral("X-Amz-Invocation-Type is Event: Lambda queued the event for function %1 and answered 202 "
                                  "with an empty body; the function runs without the client waiting, and its result "
                                  "is discarded (its log is in the function's log file).")
                       .arg(cfg.function));
        EndpointResponse endpoint;
        endpoint.status = 202;
        endpoint.selectorKind = QStringLiteral("Lambda errorMessage");
        const Outcome outcome = applyIntegrationResponse(ex, cfg.responses, cfg.request.binaryMediaTypes, endpoint, overrides);
        if (outcome == Outcome::Continue)
            ex.setDetail(QStringLiteral("integration.lambda"),
                         QStringLiteral("%1 → queued (Event), answered %2").arg(cfg.function).arg(ex.response().status));
        return outcome;
    }

    const std::shared_ptr<const LambdaCustomConfig> config = m_config;
    invokeForExchange(ex, cfg.function, QStringLiteral("integration"), event, cfg.timeoutMs,
                      [config, overrides](Exchange &exchange, std::optional<lambda::InvocationResult> &&result, qint64 latency) {
        const LambdaCustomConfig &c = *config;
        if (!result) {
            exchange.setIntegrationResult(0, latency);
            exchange.explain(QStringLiteral("Function %1 did not answer within the integration timeout of %2 ms; it keeps "
                                            "running until its own timeout, as on AWS.")
                                 .arg(c.function)
                                 .arg(c.timeoutMs));
            exchange.respond(GatewayResponse::IntegrationTimeout, QStringLiteral("integration.timeout"));
            exchange.resume(Outcome::Respond);
            return;
        }
        const lambda::InvocationResult &r = *result;
        using Status = lambda::InvocationResult::Status;
        EndpointResponse endpoint;
        endpoint.status = 200;
        endpoint.selectorKind = QStringLiteral("Lambda errorMessage");
        switch (r.status) {
        case Status::Success:
            endpoint.body = r.payload;
            break;
        case Status::FunctionError:
        case Status::Timeout:
        case Status::Crashed:
        case Status::InitError:
            // Lambda answers 200 with X-Amz-Function-Error; API Gateway selects by the error's errorMessage.
            endpoint.body = errorPayload(r);
            endpoint.selector = errorMessageOf(endpoint.body, r.errorMessage);
            exchange.explain(QStringLiteral("Function %1 failed (%2: %3); the integration responses' selection patterns are "
                                            "matched against its errorMessage.")
                                 .arg(c.function, r.errorType.isEmpty() ? lambda::InvocationResult::statusName(r.status) : r.errorType,
                                      endpoint.selector));
            break;
        case Status::Throttled:
            exchange.setIntegrationResult(429, latency);
            exchange.explain(QStringLiteral("Function %1 is at its reserved concurrency; Lambda answered 429 Rate Exceeded "
                                            "(\"Lambda invocation failed with status: 429\").")
                                 .arg(c.function));
            exchange.respond(GatewayResponse::ApiConfigurationError, QStringLiteral("integration.lambda_throttled"),
                             QStringLiteral("Rate Exceeded."));
            exchange.resume(Outcome::Respond);
            return;
        case Status::NotFound:
        case Status::SpawnFailed:
            exchange.setIntegrationResult(0, latency);
            exchange.explain(QStringLiteral("Function %1 could not run: %2").arg(c.function, r.errorMessage));
            exchange.respond(GatewayResponse::ApiConfigurationError, QStringLiteral("integration.lambda_unavailable"),
                             r.errorMessage);
            exchange.resume(Outcome::Respond);
            return;
        }
        exchange.setIntegrationResult(200, latency);
        const Outcome outcome = applyIntegrationResponse(exchange, c.responses, c.request.binaryMediaTypes, endpoint, overrides);
        if (outcome == Outcome::Continue)
            exchange.setDetail(QStringLiteral("integration.lambda"),
                               QStringLiteral("%1 → %2%3, answered %4")
                                   .arg(c.function, r.isFunctionError() ? QStringLiteral("error") : QStringLiteral("result"),
                                        r.coldStart ? QStringLiteral(" (cold start)") : QString())
                                   .arg(exchange.response().status));
        exchange.resume(outcome);
    });
    ex.setDetail(QStringLiteral("integration.lambda"), cfg.function);
    return Outcome::Pending;
}

} // namespace gw
