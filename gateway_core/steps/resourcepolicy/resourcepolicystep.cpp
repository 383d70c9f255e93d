// SPDX-License-Identifier: GPL-3.0-or-later
#include "resourcepolicystep.h"

#include "pipeline/exchange.h"
#include "steps/authorizer/lambdaauthorizerstep.h"

// AWS facts relied on here:
// - Evaluation by authentication type (resource policy alone: explicit Allow needed; Lambda authorizer: explicit
//   Deny checked before the authorizer runs; AWS_IAM: Table A within the API's account, Table B across accounts;
//   Cognito: "the resource policy is evaluated independently, and an explicit allow is required"): API Gateway
//   Developer Guide, "How API Gateway resource policies affect authorization workflow".
// - The 403 text "User: anonymous is not authorized to perform: execute-api:Invoke on resource: <arn>" and the
//   " with an explicit deny" variant: AWS Knowledge Center "api-gateway-403-error-lambda-authorizer". Answers
//   captured from AWS (ASFHyP3/hyp3 issue #2283, aws/serverless-application-model issue #480, serverless PR
//   #5071) spell the body's key "Message" and mask the account id as eight '*' and its last four digits
//   (arn:aws:execute-api:us-west-2:********2543:vd2gh6uqw3/api/GET/). Gateway response type ACCESS_DENIED.
// - `execute-api:/stage/METHOD/path` in Resource is shorthand AWS expands to the API's ARN on import and when
//   the policy is saved (serverless/serverless PR #5071; "API Gateway resource policy examples").
// Assumption: the masked form is used for every caller, signed or not.

namespace gw {

namespace {

QString maskedArn(const QString &arn)
{
    // arn:aws:execute-api:REGION:ACCOUNT:rest
    QStringList parts = arn.split(QLatin1Char(':'));
    if (parts.size() >= 6 && parts[4].size() >= 4)
        parts[4] = QString(parts[4].size() - 4, QLatin1Char('*')) + parts[4].right(4);
    return parts.join(QLatin1Char(':'));
}

QString decisionName(auth::Decision::Kind kind)
{
    switch (kind) {
    case auth::Decision::Kind::Allow:
        return QStringLiteral("allow");
    case auth::Decision::Kind::ExplicitDeny:
        return QStringLiteral("explicit deny");
    case auth::Decision::Kind::ImplicitDeny:
        break;
    }
    return QStringLiteral("implicit deny");
}

QString phaseName(ResourcePolicyPhase phase)
{
    switch (phase) {
    case ResourcePolicyPhase::Alone:
        return QStringLiteral("alone");
    case ResourcePolicyPhase::BeforeAuthorizer:
        return QStringLiteral("before the authorizer");
    case ResourcePolicyPhase::IamSameAccount:
        return QStringLiteral("with IAM, same account");
    case ResourcePolicyPhase::IamCrossAccount:
        break;
    }
    return QStringLiteral("with IAM, cross-account");
}

QString clientAddress(const Exchange &ex)
{
    const QHostAddress &peer = ex.request().peerAddress;
    bool v4 = false;
    const quint32 a = peer.toIPv4Address(&v4);
    return v4 ? QHostAddress(a).toString() : peer.toString();
}

} // namespace

QString expandExecuteApiShorthand(const QString &resource, const QString &apiId, const QString &accountId)
{
    static const QLatin1String prefix("execute-api:");
    if (!resource.startsWith(prefix))
        return resource;
    return QStringLiteral("arn:aws:execute-api:%1:%2:%3%4")
        .arg(QString(model::kLocalRegion), accountId, apiId, resource.mid(prefix.size()));
}

std::optional<Outcome> applyResourcePolicy(Exchange &ex, const ResourcePolicyConfig &config, ResourcePolicyPhase phase,
                                           const ResourcePolicyCaller &caller)
{
    auto trace = std::make_shared<ResourcePolicyTrace>();
    trace->phase = phaseName(phase);
    trace->arn = methodArnOf(ex);
    trace->principal = caller.arn.isEmpty() ? QStringLiteral("anonymous") : caller.arn;
    trace->sourceIp = clientAddress(ex);
    auth::RequestFacts facts;
    facts.principalArn = caller.arn;
    facts.principalAccount = caller.accountId;
    facts.sourceIp = trace->sourceIp;
    static const QString invoke = QStringLiteral("execute-api:Invoke");
    const auth::Decision d = auth::evaluate(config.policy, invoke, trace->arn, facts);
    trace->decision = decisionName(d.kind);
    trace->statement = d.statement;
    trace->explanation = d.explanation;
    for (const auto &o : d.statements) {
        ResourcePolicyTrace::Statement s;
        s.index = o.statement;
        s.effect = config.policy.statements.value(o.statement).effect == auth::PolicyStatement::Effect::Allow
            ? QStringLiteral("Allow")
            : QStringLiteral("Deny");
        s.applies = o.applies;
        s.note = o.note;
        trace->statements.push_back(s);
    }
    const bool explicitDeny = d.kind == auth::Decision::Kind::ExplicitDeny;
    const bool needsAllow = phase == ResourcePolicyPhase::Alone || phase == ResourcePolicyPhase::IamCrossAccount;
    trace->allowed = !explicitDeny && (!needsAllow || d.kind == auth::Decision::Kind::Allow);
    ex.setResourcePolicy(trace);
    if (trace->allowed) {
        ex.setDetail(d.kind == auth::Decision::Kind::Allow ? QStringLiteral("resourcepolicy.allowed")
                                                           : QStringLiteral("resourcepolicy.no_deny"),
                     d.explanation);
        return std::nullopt;
    }

    const QString who = caller.label.isEmpty() ? QStringLiteral("anonymous") : caller.label;
    const QString message = QStringLiteral("User: %1 is not authorized to perform: execute-api:Invoke on resource: %2%3")
                                .arg(who, maskedArn(trace->arn),
                                     explicitDeny ? QStringLiteral(" with an explicit deny") : QString());
    ex.explain(QStringLiteral("The API's resource policy refused the request (evaluated %1): %2").arg(trace->phase, d.explanation));
    if (!explicitDeny && phase == ResourcePolicyPhase::IamCrossAccount)
        ex.explain(QStringLiteral("The caller's account (%1) is not the API's (%2): across accounts AWS needs the resource "
                                  "policy to allow the caller explicitly as well as the caller's IAM policy.")
                       .arg(caller.accountId, config.accountId));
    const QString detail = explicitDeny ? QStringLiteral("resourcepolicy.explicit_deny") : QStringLiteral("resourcepolicy.implicit_deny");
    const Outcome out = ex.respond(GatewayResponse::AccessDenied, detail, d.explanation, 0, message);
    // AWS's answer names the field "Message"; a customised ACCESS_DENIED template keeps its own body.
    Exchange::Response &r = ex.response();
    if (r.body == messageBody(message))
        r.body.replace(0, 10, QByteArrayLiteral("{\"Message\""));
    return out;
}

Outcome ResourcePolicyStep::onRequest(Exchange &ex)
{
    return applyResourcePolicy(ex, *m_config, m_phase, {}).value_or(Outcome::Continue);
}

} // namespace gw
