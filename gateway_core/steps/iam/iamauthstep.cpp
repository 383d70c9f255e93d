// SPDX-License-Identifier: GPL-3.0-or-later
#include "iamauthstep.h"

#include "pipeline/exchange.h"

// AWS facts relied on here (the SigV4 rules themselves are cited in auth/sigv4.cpp):
// - AWS_IAM methods verify the caller's SigV4 signature for service execute-api in the API's region; the failures
//   are 403 with MISSING_AUTHENTICATION_TOKEN, INVALID_SIGNATURE or EXPIRED_TOKEN gateway responses: API Gateway
//   Developer Guide, "Gateway response types" and "Control access to a REST API with IAM permissions".
// - With IAM and a resource policy, the caller's IAM policy and the resource policy are evaluated together: either
//   may allow within the API's account (Table A), both must allow across accounts (Table B): "How API Gateway
//   resource policies affect authorization workflow".
// - $context.identity.accessKey, accountId, caller, user, userArn are set for IAM-authorized requests: "Variables
//   for data transformations" ($context reference).
// Assumptions:
// - The caller's own IAM (identity) policies are not modelled: a valid signature by a known key counts as an Allow
//   from them. The fidelity report says so.
// - HTTP APIs answer a request without a signature with 403 {"message":"Forbidden"}; other failures with SigV4's
//   own message, as REST APIs do.

namespace gw {

namespace {

GatewayResponse responseType(const QString &type)
{
    if (type == QLatin1String("MISSING_AUTHENTICATION_TOKEN"))
        return GatewayResponse::MissingAuthenticationToken;
    if (type == QLatin1String("EXPIRED_TOKEN"))
        return GatewayResponse::ExpiredToken;
    return GatewayResponse::InvalidSignature;
}

QString detailFor(const auth::SigV4Result &r, bool signaturePresent)
{
    if (!signaturePresent)
        return QStringLiteral("authorizer.iam_missing");
    if (r.errorType == QLatin1String("IncompleteSignatureException"))
        return QStringLiteral("authorizer.iam_incomplete");
    if (r.errorType == QLatin1String("UnrecognizedClientException") && r.credentialSource.isEmpty())
        return QStringLiteral("authorizer.iam_unknown_key");
    if (r.message.startsWith(QLatin1String("Signature expired")) || r.message.startsWith(QLatin1String("Signature not yet current")))
        return QStringLiteral("authorizer.iam_clock");
    return QStringLiteral("authorizer.iam_invalid");
}

auth::SigV4Request sigV4RequestOf(const http::HttpRequest &req)
{
    auth::SigV4Request out;
    out.method = req.method;
    out.path = req.path;
    out.query = req.query;
    out.headers.reserve(req.headers.size());
    for (const auto &f : req.headers.fields())
        out.headers.append({f.name, f.value});
    out.body = req.body;
    return out;
}

} // namespace

bool iamSignaturePresent(const auth::SigV4Result &r)
{
    return !(r.gatewayResponseType == QLatin1String("MISSING_AUTHENTICATION_TOKEN")
             && r.message == QLatin1String("Missing Authentication Token"));
}

QString iamFailureDetail(const auth::SigV4Result &r)
{
    return detailFor(r, iamSignaturePresent(r));
}

std::shared_ptr<IamTrace> verifyIamRequest(const auth::SigV4Request &request, const IamAuthConfig &config,
                                           qint64 nowEpochSeconds, auth::SigV4Result *result)
{
    auth::SigV4Options options;
    options.region = config.region;
    options.nowEpochSeconds = nowEpochSeconds;
    const IamCredentialStore *store = config.credentials.get();
    const auth::SigV4Result r = auth::verifySigV4(
        request,
        [store](const QString &id) -> std::optional<auth::Credential> {
            if (!store)
                return std::nullopt;
            const auto it = store->constFind(id);
            return it == store->constEnd() ? std::nullopt : std::optional<auth::Credential>(it->credential);
        },
        options);

    auto trace = std::make_shared<IamTrace>();
    trace->ok = r.ok;
    trace->presigned = r.presigned;
    trace->accessKey = r.accessKeyId;
    trace->credentialSource = r.credentialSource;
    trace->region = r.region;
    trace->service = r.service;
    trace->date = r.date;
    trace->signedHeaders = r.signedHeaders;
    trace->canonicalRequest = r.canonicalRequest;
    trace->stringToSign = r.stringToSign;
    trace->checks = r.checks;
    trace->failure = r.failure;
    trace->gatewayResponseType = r.gatewayResponseType;
    if (r.ok && store) {
        const IamPrincipal &who = store->value(r.accessKeyId);
        trace->user = who.user;
        trace->caller = who.user;
        trace->userArn = who.arn;
        trace->accountId = who.accountId;
    }
    *result = r;
    return trace;
}

Outcome IamAuthStep::onRequest(Exchange &ex)
{
    const IamAuthConfig &cfg = *m_config;
    auth::SigV4Result r;
    const std::shared_ptr<IamTrace> trace = verifyIamRequest(sigV4RequestOf(ex.request()), cfg,
                                                             ex.clock().epochMs() / 1000, &r);

    if (!r.ok) {
        ex.setIam(trace);
        const bool present = !(r.gatewayResponseType == QLatin1String("MISSING_AUTHENTICATION_TOKEN")
                               && r.message == QLatin1String("Missing Authentication Token"));
        const QString detail = detailFor(r, present);
        const QString why = r.failure.isEmpty() ? r.message : r.failure;
        ex.explain(QStringLiteral("The method requires AWS_IAM authorization and the request's Signature Version 4 was "
                                  "refused: %1")
                       .arg(why));
        if (!present)
            ex.explain(QStringLiteral("Sign the request for service execute-api in region %1 (aws curl, awscurl, an AWS SDK's "
                                      "SigV4 signer) with a key the gateway knows: --credentials ID:SECRET, the project's "
                                      "credentials, or ~/.aws/credentials.")
                           .arg(cfg.region));
        if (!cfg.restApi) {
            if (!present)
                return ex.respond(GatewayResponse::AccessDenied, detail, why, 403, QStringLiteral("Forbidden"));
            return ex.respond(GatewayResponse::AccessDenied, detail, why, r.status, r.message);
        }
        const Outcome out = ex.respond(responseType(r.gatewayResponseType), detail, why, r.status, r.message);
        if (!r.errorType.isEmpty())
            ex.response().headers.set(QByteArrayLiteral("x-amzn-ErrorType"), r.errorType.toLatin1());
        return out;
    }

    const IamPrincipal &who = cfg.credentials->value(r.accessKeyId);
    ex.setIam(trace);

    if (cfg.resourcePolicy) {
        ResourcePolicyCaller caller;
        caller.arn = who.arn;
        caller.accountId = who.accountId;
        caller.label = who.arn.isEmpty() ? r.accessKeyId : who.arn;
        const ResourcePolicyPhase phase = who.accountId == cfg.apiAccountId ? ResourcePolicyPhase::IamSameAccount
                                                                            : ResourcePolicyPhase::IamCrossAccount;
        if (const std::optional<Outcome> refused = applyResourcePolicy(ex, *cfg.resourcePolicy, phase, caller))
            return *refused;
    }
    ex.setDetail(QStringLiteral("authorizer.iam_allowed"),
                 QStringLiteral("signed by %1 (%2)%3")
                     .arg(r.accessKeyId, r.credentialSource, r.presigned ? QStringLiteral(", presigned URL") : QString()));
    return Outcome::Continue;
}

} // namespace gw
