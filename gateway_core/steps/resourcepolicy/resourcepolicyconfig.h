// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/iampolicy.h"
#include "model/credential.h"

#include <QString>

#include <optional>

namespace gw {

class Exchange;
enum class Outcome;

/// A REST API's resource policy (x-amazon-apigateway-policy) as deployed: parsed once, with `execute-api:/...`
/// shorthand resources expanded to the API's ARNs.
struct ResourcePolicyConfig
{
    auth::Policy policy;
    QString apiId;
    QString accountId = QString(model::kLocalAccountId); ///< the API owner's account
};

/// When the resource policy is evaluated, and what it takes to go on (API Gateway Developer Guide, "How API Gateway
/// resource policies affect authorization workflow", Tables A and B).
enum class ResourcePolicyPhase {
    Alone,            ///< no authorization, or a Cognito user pool: an explicit Allow is needed
    BeforeAuthorizer, ///< Lambda authorizer, first phase: only an explicit Deny stops the request
    IamSameAccount,   ///< AWS_IAM, caller in the API's account: the caller's IAM policy allows, so only a Deny stops it
    IamCrossAccount,  ///< AWS_IAM, caller in another account: an explicit Allow is needed too
};

/// The caller as a resource policy sees it. Empty ARN: anonymous.
struct ResourcePolicyCaller
{
    QString arn;
    QString accountId;
    QString label; ///< how the 403 message names the caller: the ARN, else the access key id; empty: anonymous
};

/// Evaluates the resource policy for `ex` in `phase`, records a ResourcePolicyTrace and, when the request may not go
/// on, answers 403 ACCESS_DENIED with AWS's message ("User: anonymous is not authorized to perform:
/// execute-api:Invoke on resource: arn:...:********9012:api/stage/GET/path", plus " with an explicit deny") and the
/// detail code resourcepolicy.explicit_deny or resourcepolicy.implicit_deny. Returns Outcome::Respond then, nullopt
/// when the request goes on.
std::optional<Outcome> applyResourcePolicy(Exchange &ex, const ResourcePolicyConfig &config, ResourcePolicyPhase phase,
                                           const ResourcePolicyCaller &caller);

/// "arn:aws:execute-api:us-east-1:123456789012:api/" + rest, for `execute-api:/rest` shorthand resources; other
/// resources unchanged.
QString expandExecuteApiShorthand(const QString &resource, const QString &apiId, const QString &accountId);

} // namespace gw
