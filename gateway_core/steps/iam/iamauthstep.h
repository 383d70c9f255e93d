// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "iamauthconfig.h"

#include "auth/sigv4.h"
#include "observe/exchangerecord.h"

#include "pipeline/step.h"

namespace gw {

/// AWS_IAM authorization: verifies the request's Signature Version 4 (Authorization header or presigned query) against
/// the known credentials, scoped to the API's region and execute-api, within AWS's five-minute clock window; then, on
/// REST APIs with a resource policy, evaluates it with the caller (Table A within the API's account, Table B across
/// accounts). The caller's own IAM policies are not modelled: a valid signature by a known key counts as allowed by
/// them.
///
/// Reads: method, raw path and query, headers, body, the clock, the client address. Writes: the IAM trace
/// ($context.identity.accessKey, caller, user, userArn, accountId) and the resource policy trace.
/// Answers with (REST: AWS's message and x-amzn-ErrorType; HTTP APIs: 403 as well):
///   - authorizer.iam_missing        403 MISSING_AUTHENTICATION_TOKEN "Missing Authentication Token" (no signature;
///                                   HTTP APIs: {"message":"Forbidden"})
///   - authorizer.iam_incomplete     403 IncompleteSignatureException: the signature's parts are malformed
///   - authorizer.iam_unknown_key    403 UnrecognizedClientException "The security token included in the request is
///                                   invalid."
///   - authorizer.iam_clock          403 "Signature expired: ..." / "Signature not yet current: ..."
///   - authorizer.iam_invalid        403: scope, session token (UnrecognizedClientException) or signature
///                                   (InvalidSignatureException) mismatch
///   - resourcepolicy.explicit_deny, resourcepolicy.implicit_deny   403 ACCESS_DENIED from the resource policy
/// Continues with `authorizer.iam_allowed`.
class IamAuthStep final : public Step
{
public:
    explicit IamAuthStep(std::shared_ptr<const IamAuthConfig> config) : m_config(std::move(config)) {}
    QLatin1StringView name() const override { return QLatin1StringView("authorizer"); }
    Outcome onRequest(Exchange &exchange) override;

private:
    std::shared_ptr<const IamAuthConfig> m_config;
};

/// Whether a refused request carried a signature at all (an unsigned one is "Missing Authentication Token").
bool iamSignaturePresent(const auth::SigV4Result &result);
/// The detail code of a refused signature: authorizer.iam_missing, iam_incomplete, iam_unknown_key, iam_clock or
/// iam_invalid (see IamAuthStep).
QString iamFailureDetail(const auth::SigV4Result &result);
/// Verifies `request`'s Signature Version 4 against the keys of `config` at `nowEpochSeconds`; `*result` gets the
/// verdict. The trace holds every check and, when the signature holds, the caller as its key declares it.
std::shared_ptr<IamTrace> verifyIamRequest(const auth::SigV4Request &request, const IamAuthConfig &config,
                                           qint64 nowEpochSeconds, auth::SigV4Result *result);

} // namespace gw
