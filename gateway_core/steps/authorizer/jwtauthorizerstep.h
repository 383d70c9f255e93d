// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jwtauthorizerconfig.h"

#include "pipeline/step.h"

namespace gw {

/// A JWT authorizer (HTTP APIs) or a Cognito user pool authorizer (REST APIs): takes the token from the identity
/// source (after "Bearer "), verifies its RSA signature with the issuer's keys (a JWKS file, the issuer's JWKS fetched
/// without blocking the worker, or the local identity provider's key), then iss, aud or client_id, exp, nbf, iat,
/// Cognito's token_use, and the route's (method's) authorization scopes. Every check lands in the authorizer trace.
///
/// Reads: the identity source; the route's scopes. Writes: the authorizer trace (claims, scopes, checks, the key).
/// Answers with:
///   - authorizer.identity_missing   401 Unauthorized: no token in the identity source
///   - authorizer.invalid_token      401 Unauthorized: the token failed a check (HTTP APIs add www-authenticate
///                                   `Bearer scope="..." error="invalid_token" error_description="..."`)
///   - authorizer.keys_unavailable   401 Unauthorized: the issuer's keys could not be fetched or read
///   - authorizer.insufficient_scope HTTP APIs: 403 Forbidden, the token has none of the route's scopes;
///                                   REST (Cognito): 401 Unauthorized
/// Continues with `authorizer.allowed`.
class JwtAuthorizerStep final : public Step
{
public:
    JwtAuthorizerStep(std::shared_ptr<const JwtAuthorizerConfig> config, QStringList scopes)
        : m_config(std::move(config))
        , m_scopes(std::move(scopes))
    { }
    QLatin1StringView name() const override { return QLatin1StringView("authorizer"); }
    Outcome onRequest(Exchange &exchange) override;

private:
    std::shared_ptr<const JwtAuthorizerConfig> m_config;
    QStringList m_scopes; ///< the route's authorizationScopes: the token needs one of them (none: no scope check)
};

/// A claim value as API Gateway passes it on: strings as they are, numbers in decimal, booleans as true/false,
/// arrays as "[a b]" (HTTP APIs) or "a,b" (REST), objects as compact JSON. REST (Cognito) writes exp, iat and
/// auth_time as dates ("Tue Nov 14 22:13:20 UTC 2023").
QString claimText(const QString &name, const QJsonValue &value, bool restApi);

} // namespace gw
