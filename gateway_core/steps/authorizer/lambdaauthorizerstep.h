// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "authorizerconfig.h"

#include "pipeline/step.h"

namespace gw {

/// A Lambda authorizer (REST TOKEN and REQUEST; HTTP APIs' REQUEST with payload 1.0 or 2.0, IAM policies or simple
/// responses). Reads the identity sources, answers 401 without calling the function when one is missing (or a TOKEN
/// fails identityValidationExpression), else takes the answer from the cache or the function, evaluates its policy
/// against this request's method ARN, and passes principal and context on to the integration.
///
/// Reads: headers, query, stage variables, context; the route. Writes: the authorizer trace ($context.authorizer.*),
/// the function's trace.
/// Answers with:
///   - authorizer.identity_missing     401 Unauthorized: an identity source is absent or empty
///   - authorizer.identity_invalid     401 Unauthorized: the token does not match identityValidationExpression
///   - authorizer.unauthorized         401 Unauthorized: the function failed with the message "Unauthorized"
///   - authorizer.denied               403: the policy denies the method (explicitly, or by allowing it nowhere), or a
///                                     simple response said isAuthorized: false
///   - authorizer.error                500: the function failed, timed out, or answered something API Gateway cannot
///                                     use (REST: AUTHORIZER_CONFIGURATION_ERROR, {"message": null})
/// Continues with `authorizer.allowed` or `authorizer.cached`.
class LambdaAuthorizerStep final : public Step
{
public:
    explicit LambdaAuthorizerStep(std::shared_ptr<const LambdaAuthorizerConfig> config) : m_config(std::move(config)) {}
    QLatin1StringView name() const override { return QLatin1StringView("authorizer"); }
    Outcome onRequest(Exchange &exchange) override;

private:
    std::shared_ptr<const LambdaAuthorizerConfig> m_config;
};

struct AuthorizerAnswer;

/// Reads what a Lambda authorizer function returned (an IAM policy answer with principalId and context, or, for HTTP
/// APIs with simple responses, isAuthorized). Null with `problem` when API Gateway could not use it.
std::shared_ptr<AuthorizerAnswer> parseAuthorizerAnswer(const LambdaAuthorizerConfig &config, const QByteArray &payload,
                                                        QString *problem);

/// The ARN API Gateway evaluates an authorizer's policy against:
/// `arn:aws:execute-api:REGION:ACCOUNT:API/STAGE/METHOD/PATH` with the request's path after the stage, without its
/// leading slash (the root is `.../GET/`).
QString methodArnOf(const Exchange &exchange);

} // namespace gw
