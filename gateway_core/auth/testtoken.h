// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/api.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>

#include <optional>

// Test tokens from the local identity provider, shaped so that a project's JWT or Cognito user pool authorizer
// accepts them: `gatehouse token` and the window's Mint Test Token both build their claims here.

namespace gw::auth {

/// A JWT or Cognito user pool authorizer a test token can be made for.
struct TokenAuthorizer
{
    QString name;          ///< the security scheme
    QString apiId;
    bool cognito = false;
    QString issuer;        ///< JWT: jwtConfiguration.issuer; Cognito: the first pool's issuer URL
    QStringList audiences; ///< JWT: jwtConfiguration.audience; Cognito: declared clientIds
};

/// Every JWT and Cognito user pool authorizer of the project, in API and security-scheme order.
QList<TokenAuthorizer> tokenAuthorizers(const model::Project &project);

/// What the person asked for.
struct TokenRequest
{
    QString sub = QStringLiteral("local-user");
    QStringList scopes;
    std::optional<QString> audience;     ///< unset: the authorizer's first audience (Cognito: its first app client)
    QList<QPair<QString, QString>> claims; ///< NAME=VALUE, applied last (they may override iss, aud, exp, ...)
    qint64 ttlSeconds = 3600;            ///< negative: an already expired token
};

/// The claims of a token `target` accepts: iss is the target's issuer when the local provider can act for it (a
/// Cognito pool, or an issuer on this machine), else `localIssuer`; aud (JWT and Cognito id tokens) or client_id and
/// token_use (Cognito access tokens, made when scopes are asked for); iat, nbf and exp from `nowSeconds`; a random
/// jti; scope; then the extra claims. Without a target the token is issued by `localIssuer`.
QJsonObject testTokenClaims(const std::optional<TokenAuthorizer> &target, const QString &localIssuer,
                            const TokenRequest &request, qint64 nowSeconds);

/// A NAME=VALUE claim value: JSON numbers and booleans keep their type, anything else is a string.
QJsonValue claimValue(const QString &text);

} // namespace gw::auth
