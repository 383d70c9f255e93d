// SPDX-License-Identifier: GPL-3.0-or-later
#include "lambdaauthorizerstep.h"

#include "authorizercache.h"

#include "engine/compiledgateway.h"
#include "lambda/proxyevents.h"
#include "pipeline/exchange.h"
#include "steps/lambda/exchangeinvoke.h"

#include <QJsonDocument>

namespace gw {

namespace {

constexpr QLatin1StringView kInvoke("execute-api:Invoke");

/// Parses what the function returned. Null with `problem` when API Gateway could not use it.
std::shared_ptr<AuthorizerAnswer> parseAnswer(const LambdaAuthorizerConfig &cfg, const QByteArray &payload, QString *problem)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *problem = QStringLiteral("the function's answer is not a JSON object");
        return nullptr;
    }
    const QJsonObject o = doc.object();
    auto answer = std::make_shared<AuthorizerAnswer>();
    answer->raw = payload;
    const QJsonValue context = o.value(QLatin1String("context"));
    if (!context.isUndefined() && !context.isNull()) {
        if (!context.isObject()) {
            *problem = QStringLiteral("`context` must be an object of string, number and boolean values");
            return nullptr;
        }
        answer->context = context.toObject();
        if (cfg.restApi) {
            for (auto it = answer->context.begin(); it != answer->context.end(); ++it) {
                if (it.value().isObject() || it.value().isArray()) {
                    *problem = QStringLiteral("`context.%1` is %2; API Gateway accepts only strings, numbers and booleans in a "
                                              "REST authorizer's context (serialize it with JSON.stringify or json.dumps)")
                                   .arg(it.key(), it.value().isObject() ? QStringLiteral("an object") : QStringLiteral("a list"));
                    return nullptr;
                }
            }
        }
    }
    if (!cfg.restApi && cfg.simpleResponses) {
        const QJsonValue authorized = o.value(QLatin1String("isAuthorized"));
        if (!authorized.isBool()) {
            *problem = QStringLiteral("simple responses are enabled, so the answer needs `isAuthorized`: true or false%1")
                           .arg(o.contains(QLatin1String("policyDocument")) ? QStringLiteral(" (it returned an IAM policy instead)")
                                                                            : QString());
            return nullptr;
        }
        answer->simple = authorized.toBool();
        return answer;
    }
    const QJsonValue principal = o.value(QLatin1String("principalId"));
    if (principal.isString()) {
        answer->principalId = principal.toString();
    } else if (cfg.restApi || (!principal.isUndefined() && !principal.isNull())) {
        *problem = principal.isUndefined() ? QStringLiteral("the answer has no `principalId`")
                                           : QStringLiteral("`principalId` must be a string");
        return nullptr;
    }
    if (!o.contains(QLatin1String("policyDocument"))) {
        *problem = QStringLiteral("the answer has no `policyDocument`");
        return nullptr;
    }
    QString policyProblem;
    answer->policy = auth::parsePolicy(o.value(QLatin1String("policyDocument")), &policyProblem);
    if (!answer->policy) {
        *problem = policyProblem;
        return nullptr;
    }
    const QJsonValue key = o.value(QLatin1String("usageIdentifierKey"));
    if (key.isString())
        answer->usageIdentifierKey = key.toString();
    return answer;
}

} // namespace

std::shared_ptr<AuthorizerAnswer> parseAuthorizerAnswer(const LambdaAuthorizerConfig &config, const QByteArray &payload,
                                                        QString *problem)
{
    return parseAnswer(config, payload, problem);
}

QString methodArnOf(const Exchange &ex)
{
    QString path = ex.stagePath();
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    return QStringLiteral("arn:aws:execute-api:us-east-1:123456789012:%1/%2/%3/%4")
        .arg(ex.api() ? ex.api()->id : QString(), ex.stage() ? ex.stage()->name : QString(),
             QString::fromLatin1(ex.request().method), path);
}

namespace {

/// Finishes the authorization: the trace, the explanation and the answer.
class Verdict
{
public:
    Verdict(Exchange &ex, const LambdaAuthorizerConfig &cfg, std::shared_ptr<AuthorizerTrace> trace, qint64 startUs)
        : m_ex(ex)
        , m_cfg(cfg)
        , m_trace(std::move(trace))
        , m_startUs(startUs)
    { }

    Outcome deny401(const QString &detail, const QString &reason)
    {
        m_trace->decision = QStringLiteral("unauthorized");
        m_trace->reason = reason;
        m_trace->status = 401;
        m_trace->error = QStringLiteral("Unauthorized");
        publish();
        m_ex.explain(reason);
        return m_ex.respond(GatewayResponse::Unauthorized, detail, reason);
    }

    Outcome fail(const QString &reason)
    {
        m_trace->decision = QStringLiteral("error");
        m_trace->reason = reason;
        m_trace->status = 500;
        m_trace->error = reason;
        publish();
        m_ex.explain(QStringLiteral("Authorizer %1 failed: %2. API Gateway logs \"Execution failed due to configuration error: "
                                    "Authorizer error\" and answers 500%3.")
                         .arg(m_cfg.name, reason,
                              m_cfg.restApi ? QStringLiteral(" with the AUTHORIZER_CONFIGURATION_ERROR gateway response "
                                                             "({\"message\": null})")
                                            : QString()));
        return m_ex.respond(m_cfg.restApi ? GatewayResponse::AuthorizerConfigurationError : GatewayResponse::AuthorizerFailure,
                            QStringLiteral("authorizer.error"), reason);
    }

    /// Applies an answer (fresh or cached) to this request.
    Outcome apply(const AuthorizerAnswer &answer, std::optional<qint64> cachedAgeUs)
    {
        m_trace->principalId = answer.principalId;
        m_trace->usageIdentifierKey = answer.usageIdentifierKey;
        m_trace->context = answer.context;
        m_trace->policy = answer.raw;
        m_trace->cacheHit = cachedAgeUs.has_value();
        m_trace->cachedAgeMs = cachedAgeUs.value_or(0) / 1000;
        const QString from = cachedAgeUs ? QStringLiteral("the cached answer (%1 s old, for identity \"%2\")")
                                               .arg(*cachedAgeUs / 1'000'000)
                                               .arg(m_trace->identity)
                                         : QStringLiteral("its answer");
        if (answer.simple) {
            if (*answer.simple)
                return allow(QStringLiteral("Authorizer %1 allowed the request: %2 says isAuthorized: true.").arg(m_cfg.name, from),
                             cachedAgeUs.has_value());
            return deny403(QStringLiteral("Authorizer %1 denied the request: %2 says isAuthorized: false.").arg(m_cfg.name, from),
                           false);
        }
        const auth::Decision d = auth::evaluate(*answer.policy, kInvoke, m_trace->arn);
        switch (d.kind) {
        case auth::Decision::Kind::Allow:
            return allow(QStringLiteral("Authorizer %1 allowed %2 for principal %3: %4 %5")
                             .arg(m_cfg.name, m_trace->arn, answer.principalId.isEmpty() ? QStringLiteral("(none)") : answer.principalId,
                                  cachedAgeUs ? QStringLiteral("The cached policy was used.") : QString(), d.explanation),
                         cachedAgeUs.has_value());
        case auth::Decision::Kind::ExplicitDeny:
            return deny403(QStringLiteral("Authorizer %1 denied %2 with an explicit Deny in %3. %4")
                               .arg(m_cfg.name, m_trace->arn, from, d.explanation),
                           true);
        case auth::Decision::Kind::ImplicitDeny: {
            QString text = QStringLiteral("Authorizer %1's policy does not allow %2 (%3). %4")
                               .arg(m_cfg.name, m_trace->arn, from, d.explanation);
            if (cachedAgeUs && answer.firstArn != m_trace->arn)
                text += QStringLiteral(" The policy was cached for a request to %1 and is reused for every request with the "
                                       "same identity for %2 s: return a policy whose Resource covers all the methods the "
                                       "caller may use (e.g. arn:aws:execute-api:*:*:%3/%4/*), or set "
                                       "authorizerResultTtlInSeconds to 0.")
                            .arg(answer.firstArn)
                            .arg(m_cfg.ttlSeconds)
                            .arg(m_ex.api() ? m_ex.api()->id : QString(), m_ex.stage() ? m_ex.stage()->name : QString());
            return deny403(text, false);
        }
        }
        return fail(QStringLiteral("unknown policy decision"));
    }

private:
    Outcome allow(const QString &reason, bool cached)
    {
        m_trace->decision = QStringLiteral("allow");
        m_trace->reason = reason;
        m_trace->status = 200;
        publish();
        m_ex.setDetail(cached ? QStringLiteral("authorizer.cached") : QStringLiteral("authorizer.allowed"), reason);
        return Outcome::Continue;
    }

    Outcome deny403(const QString &reason, bool explicitDeny)
    {
        m_trace->decision = QStringLiteral("deny");
        m_trace->reason = reason;
        m_trace->status = 403;
        publish();
        m_ex.explain(reason);
        const QString message = m_cfg.restApi && explicitDeny
            ? QStringLiteral("User is not authorized to access this resource with an explicit deny")
            : QString();
        return m_ex.respond(GatewayResponse::AccessDenied, QStringLiteral("authorizer.denied"), reason, 0, message);
    }

    void publish()
    {
        m_trace->latencyUs = m_ex.clock().nowUs() - m_startUs;
        m_ex.setAuthorizer(m_trace);
    }

    Exchange &m_ex;
    const LambdaAuthorizerConfig &m_cfg;
    std::shared_ptr<AuthorizerTrace> m_trace;
    qint64 m_startUs;
};

} // namespace

Outcome LambdaAuthorizerStep::onRequest(Exchange &ex)
{
    const LambdaAuthorizerConfig &cfg = *m_config;
    const qint64 startUs = ex.clock().nowUs();
    auto trace = std::make_shared<AuthorizerTrace>();
    trace->name = cfg.name;
    trace->type = cfg.typeName();
    trace->function = cfg.function;
    trace->arn = methodArnOf(ex);
    Verdict verdict(ex, cfg, trace, startUs);

    // Identity: every source must have a value; a missing one is a 401 without calling the function.
    QStringList identity;
    for (const IdentitySource &source : cfg.identitySources) {
        const QString value = source.valueIn(ex);
        if (value.isEmpty())
            return verdict.deny401(QStringLiteral("authorizer.identity_missing"),
                                   QStringLiteral("Authorizer %1 needs %2, which this request does not have (or has empty), so "
                                                  "API Gateway answers 401 Unauthorized without calling function %3.")
                                       .arg(cfg.name, source.text, cfg.function));
        identity.append(value);
    }
    trace->identity = identity.join(QLatin1Char(','));
    if (cfg.type == LambdaAuthorizerConfig::Type::Token && cfg.validation.isValid() && !cfg.validation.pattern().isEmpty()
        && !cfg.validation.match(trace->identity).hasMatch())
        return verdict.deny401(QStringLiteral("authorizer.identity_invalid"),
                               QStringLiteral("The token does not match authorizer %1's identityValidationExpression %2, so API "
                                              "Gateway answers 401 Unauthorized without calling function %3.")
                                   .arg(cfg.name, cfg.validation.pattern(), cfg.function));

    // The cache, keyed by the identity values.
    const bool cacheable = cfg.cache && !identity.isEmpty();
    const QString cacheKey = identity.join(QChar(0x1f));
    if (cacheable) {
        if (const auto hit = cfg.cache->find(cacheKey, startUs))
            return verdict.apply(*hit->answer, hit->ageUs);
    }

    if (!ex.lambdaService())
        return verdict.fail(QStringLiteral("this gateway runs without a Lambda service"));
    QByteArray event;
    if (cfg.type == LambdaAuthorizerConfig::Type::Token)
        event = lambda::restTokenAuthorizerEvent(trace->identity, trace->arn);
    else if (cfg.restApi || cfg.payloadVersion == QLatin1String("1.0"))
        event = lambda::requestAuthorizerEventV1(ex, trace->arn, identity);
    else
        event = lambda::requestAuthorizerEventV2(ex, trace->arn, identity);

    const std::shared_ptr<const LambdaAuthorizerConfig> config = m_config;
    invokeForExchange(ex, cfg.function, QStringLiteral("authorizer"), event, cfg.timeoutMs,
                      [config, trace, startUs, cacheable, cacheKey](Exchange &exchange, std::optional<lambda::InvocationResult> &&result,
                                                          qint64 latencyUs) {
        const LambdaAuthorizerConfig &c = *config;
        trace->integrationLatencyUs = latencyUs;
        Verdict v(exchange, c, trace, startUs);
        if (!result) {
            v.fail(QStringLiteral("function %1 did not answer within %2 s").arg(c.function).arg(c.timeoutMs / 1000));
            exchange.resume(Outcome::Respond);
            return;
        }
        const lambda::InvocationResult &r = *result;
        if (r.status != lambda::InvocationResult::Status::Success) {
            if (r.status == lambda::InvocationResult::Status::FunctionError && r.errorMessage == QLatin1String("Unauthorized")) {
                v.deny401(QStringLiteral("authorizer.unauthorized"),
                          QStringLiteral("Function %1 failed with the message \"Unauthorized\", which API Gateway answers with "
                                         "401 Unauthorized.")
                              .arg(c.function));
            } else {
                v.fail(QStringLiteral("function %1 failed: %2%3")
                           .arg(c.function, r.errorType.isEmpty() ? lambda::InvocationResult::statusName(r.status) : r.errorType,
                                r.errorMessage.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.errorMessage)));
            }
            exchange.resume(Outcome::Respond);
            return;
        }
        QString problem;
        std::shared_ptr<AuthorizerAnswer> answer = parseAnswer(c, r.payload, &problem);
        if (!answer) {
            v.fail(QStringLiteral("function %1 answered something API Gateway cannot use: %2").arg(c.function, problem));
            exchange.resume(Outcome::Respond);
            return;
        }
        answer->firstArn = trace->arn;
        if (cacheable)
            c.cache->store(cacheKey, answer, exchange.clock().nowUs());
        exchange.resume(v.apply(*answer, std::nullopt));
    });
    ex.setDetail(QStringLiteral("authorizer.lambda"), cfg.function);
    return Outcome::Pending;
}

} // namespace gw
