// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "authorizerconfig.h"
#include "jwkssource.h"

namespace gw {

/// A JWT authorizer (HTTP APIs) or a Cognito user pool authorizer (REST APIs) as deployed on one stage.
struct JwtAuthorizerConfig
{
    enum class Kind { Jwt, Cognito };

    /// One issuer the authorizer trusts with the keys that verify its tokens. A JWT authorizer has one; a Cognito
    /// authorizer one per user pool in providerARNs.
    struct Issuer
    {
        QString issuer;                      ///< the exact iss ("https://cognito-idp.REGION.amazonaws.com/POOL")
        std::shared_ptr<JwksSource> keys;
    };

    QString name;   ///< the security scheme's name
    Kind kind = Kind::Jwt;
    bool rest = false; ///< on a REST API (Cognito always; JWT authorizers on REST APIs too)
    IdentitySource identitySource;
    QList<Issuer> issuers;
    /// JWT: jwtConfiguration.audience (aud, else client_id, must be one). Cognito: the app client ids the project
    /// declares (empty: any client of the pool, as API Gateway does not know them either).
    QStringList audiences;

    bool restApi() const { return rest; }
    QString typeName() const { return kind == Kind::Jwt ? QStringLiteral("JWT") : QStringLiteral("COGNITO_USER_POOLS"); }
};

} // namespace gw
