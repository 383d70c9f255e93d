// SPDX-License-Identifier: GPL-3.0-or-later
#include "lambdaproxystep.h"

#include "exchangeinvoke.h"

#include "lambda/proxyevents.h"

namespace gw {

Outcome LambdaProxyStep::onRequest(Exchange &ex)
{
    const LambdaProxyConfig &cfg = *m_config;
    if (!ex.lambdaService()) {
        ex.explain(QStringLiteral("This gateway runs without a Lambda service, so function %1 cannot be invoked.").arg(cfg.function));
        return ex.respond(ex.isRestApi() ? GatewayResponse::ApiConfigurationError : GatewayResponse::IntegrationFailure,
                          QStringLiteral("integration.lambda_unavailable"));
    }
    // HTTP APIs: request parameter mapping changes what the function sees, not the client's request in the record.
    std::optional<lambda::EventRequest> mapped;
    if (!cfg.restApi && !cfg.httpApiMapping.request.isEmpty()) {
        mapped = lambda::clientEventRequest(ex);
        applyHttpApiRequestMapping(ex, cfg.httpApiMapping.request, mapped->headers, mapped->query, mapped->path);
    }
    QByteArray event;
    if (cfg.restApi)
        event = lambda::restProxyEvent(ex, cfg.binaryMediaTypes);
    else if (cfg.payloadVersion == QLatin1String("1.0"))
        event = lambda::httpProxyEventV1(ex, mapped ? &*mapped : nullptr);
    else
        event = lambda::httpProxyEventV2(ex, mapped ? &*mapped : nullptr);

    const std::shared_ptr<const LambdaProxyConfig> config = m_config;
    invokeForExchange(ex, cfg.function, QStringLiteral("integration"), event, cfg.timeoutMs,
                      [config](Exchange &exchange, std::optional<lambda::InvocationResult> &&result, qint64 latency) {
        const LambdaProxyConfig &c = *config;
        const bool rest = c.restApi;
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
        switch (r.status) {
        case Status::Success: {
            QString problem;
            const std::optional<lambda::ProxyResponse> parsed
                = rest || c.payloadVersion == QLatin1String("1.0")
                ? lambda::parseProxyResponseV1(r.payload, !c.binaryMediaTypes.isEmpty() || !rest, &problem)
                : lambda::parseProxyResponseV2(r.payload, &problem);
            if (!parsed) {
                exchange.setIntegrationResult(200, latency);
                exchange.explain(QStringLiteral("Function %1 returned a malformed proxy response: %2. API Gateway logs this as "
                                                "\"Execution failed due to configuration error: Malformed Lambda proxy "
                                                "response\" and answers %3.")
                                     .arg(c.function, problem, rest ? QStringLiteral("502") : QStringLiteral("500")));
                exchange.respond(GatewayResponse::IntegrationFailure, QStringLiteral("integration.lambda_malformed"), problem,
                                 rest ? 502 : 0);
                exchange.resume(Outcome::Respond);
                return;
            }
            exchange.setIntegrationResult(parsed->status, latency);
            Exchange::Response &resp = exchange.response();
            resp = Exchange::Response();
            resp.status = parsed->status;
            resp.headers = parsed->headers;
            if (!resp.headers.contains("content-type"))
                resp.headers.append(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
            resp.body = parsed->body;
            if (!rest && !c.httpApiMapping.responses.isEmpty())
                applyHttpApiResponseMapping(exchange, c.httpApiMapping, parsed->status, &parsed->body);
            exchange.setDetail(QStringLiteral("integration.lambda"),
                               QStringLiteral("%1 → %2%3").arg(c.function).arg(parsed->status)
                                   .arg(r.coldStart ? QStringLiteral(" (cold start)") : QString()));
            exchange.resume(Outcome::Continue);
            return;
        }
        case Status::FunctionError:
        case Status::Timeout:
        case Status::Crashed:
        case Status::InitError:
            exchange.setIntegrationResult(200, latency);
            exchange.explain(QStringLiteral("Function %1 failed: %2%3. A Lambda proxy integration answers a function error "
                                            "with %4; the function's log is in the record.")
                                 .arg(c.function, r.errorType.isEmpty() ? lambda::InvocationResult::statusName(r.status) : r.errorType,
                                      r.errorMessage.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.errorMessage),
                                      rest ? QStringLiteral("502 Internal server error") : QStringLiteral("500 Internal Server Error")));
            exchange.respond(GatewayResponse::IntegrationFailure, QStringLiteral("integration.lambda_error"),
                             QStringLiteral("%1: %2").arg(c.function, r.errorType), rest ? 502 : 0);
            exchange.resume(Outcome::Respond);
            return;
        case Status::Throttled:
            exchange.setIntegrationResult(429, latency);
            exchange.explain(QStringLiteral("Function %1 is at its reserved concurrency; Lambda answered 429 Rate Exceeded "
                                            "(\"Lambda invocation failed with status: 429\").")
                                 .arg(c.function));
            exchange.respond(rest ? GatewayResponse::ApiConfigurationError : GatewayResponse::IntegrationFailure,
                             QStringLiteral("integration.lambda_throttled"), QStringLiteral("Rate Exceeded."));
            exchange.resume(Outcome::Respond);
            return;
        case Status::NotFound:
        case Status::SpawnFailed:
            exchange.setIntegrationResult(0, latency);
            exchange.explain(QStringLiteral("Function %1 could not run: %2").arg(c.function, r.errorMessage));
            exchange.respond(rest ? GatewayResponse::ApiConfigurationError : GatewayResponse::IntegrationFailure,
                             QStringLiteral("integration.lambda_unavailable"), r.errorMessage);
            exchange.resume(Outcome::Respond);
            return;
        }
    });
    ex.setDetail(QStringLiteral("integration.lambda"), cfg.function);
    return Outcome::Pending;
}

} // namespace gw
