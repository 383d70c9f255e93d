// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QStringList>

#include <memory>
#include <optional>

namespace gw {

class AuthorizerCache;
class Exchange;

/// Where an authorizer's identity value comes from. REST spells it `method.request.header.NAME`,
/// `method.request.querystring.NAME`, `stageVariables.NAME` or `context.NAME`; HTTP APIs `$request.header.NAME`,
/// `$request.querystring.NAME`, `$stageVariables.NAME` or `$context.NAME`.
struct IdentitySource
{
    enum class Kind { Header, Query, StageVariable, Context };
    Kind kind = Kind::Header;
    QString name;
    QString text; ///< as written

    /// The value for this request; null when absent.
    QString valueIn(const Exchange &exchange) const;
};

/// Parses one identity source; nullopt with `error` when it is not one the API type accepts.
std::optional<IdentitySource> parseIdentitySource(QStringView text, bool restApi, QString *error);
/// Parses a list: REST and HTTP APIs write them comma-separated, HTTP APIs also as a YAML/JSON list.
QList<IdentitySource> parseIdentitySources(const QStringList &texts, bool restApi, QString *error);

/// A Lambda authorizer as deployed on one stage.
struct LambdaAuthorizerConfig
{
    enum class Type { Token, Request };
    QString name;     ///< the security scheme's name
    Type type = Type::Token;
    QString function; ///< the local function
    bool restApi = true;
    QList<IdentitySource> identitySources;
    QRegularExpression validation;    ///< TOKEN: identityValidationExpression (invalid pattern: none)
    int ttlSeconds = 300;             ///< authorizerResultTtlInSeconds; 0 disables caching
    QString payloadVersion = QStringLiteral("1.0"); ///< HTTP APIs: authorizerPayloadFormatVersion
    bool simpleResponses = false;     ///< HTTP APIs, payload 2.0: enableSimpleResponses
    int timeoutMs = 10'000;           ///< Lambda authorizers time out after 10 s
    std::shared_ptr<AuthorizerCache> cache; ///< null when ttlSeconds is 0

    QString typeName() const { return type == Type::Token ? QStringLiteral("TOKEN") : QStringLiteral("REQUEST"); }
};

} // namespace gw
