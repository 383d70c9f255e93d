// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resourcepolicyconfig.h"

#include "pipeline/step.h"

#include <memory>

namespace gw {

/// A REST API's resource policy, for methods whose authorization does not evaluate it itself (AWS_IAM methods do,
/// in the authorizer step, once the caller is known). Runs before the authorizer: for methods without
/// authorization (and Cognito user pools) an explicit Allow is needed; before a Lambda authorizer only an explicit
/// Deny stops the request (the policy's first phase). The caller is anonymous here.
///
/// Reads: the client address (aws:SourceIp), the method ARN. Writes: the resource policy trace.
/// Answers with:
///   - resourcepolicy.explicit_deny   403 ACCESS_DENIED: "User: anonymous is not authorized to perform:
///                                    execute-api:Invoke on resource: ARN with an explicit deny"
///   - resourcepolicy.implicit_deny   403 ACCESS_DENIED: the same without " with an explicit deny" (phase Alone)
/// Continues with `resourcepolicy.allowed` or `resourcepolicy.no_deny` (before a Lambda authorizer).
class ResourcePolicyStep final : public Step
{
public:
    ResourcePolicyStep(std::shared_ptr<const ResourcePolicyConfig> config, ResourcePolicyPhase phase)
        : m_config(std::move(config))
        , m_phase(phase)
    { }
    QLatin1StringView name() const override { return QLatin1StringView("resourcepolicy"); }
    Outcome onRequest(Exchange &exchange) override;

private:
    std::shared_ptr<const ResourcePolicyConfig> m_config;
    ResourcePolicyPhase m_phase;
};

} // namespace gw
