// SPDX-License-Identifier: GPL-3.0-or-later
#include "testtoken.h"

#include "localidentity.h"

#include <QRegularExpression>
#include <QUuid>

namespace gw::auth {

QList<TokenAuthorizer> tokenAuthorizers(const model::Project &project)
{
    static const QRegularExpression arn(
        QStringLiteral("^arn:aws[a-z-]*:cognito-idp:([a-z0-9-]+):[0-9]*:userpool/([A-Za-z0-9_-]+)$"));
    QList<TokenAuthorizer> out;
    for (const model::Api &api : project.apis) {
        for (const auto &[name, scheme] : api.definition.document[u"components"][u"securitySchemes"].members()) {
            const doc::Node &a = scheme[u"x-amazon-apigateway-authorizer"];
            const QString type = a[u"type"].toString().toLower();
            TokenAuthorizer t;
            t.name = name;
            t.apiId = api.id;
            if (type == QLatin1String("jwt")) {
                t.issuer = a[u"jwtConfiguration"][u"issuer"].toString();
                for (const doc::Node &aud : a[u"jwtConfiguration"][u"audience"].items())
                    t.audiences.append(aud.toString());
                out.append(t);
            } else if (type == QLatin1String("cognito_user_pools")) {
                t.cognito = true;
                const QRegularExpressionMatch m = arn.match(
                    a[u"providerARNs"].items().empty() ? QString() : a[u"providerARNs"].items().front().toString());
                if (m.hasMatch())
                    t.issuer = QStringLiteral("https://cognito-idp.%1.amazonaws.com/%2").arg(m.captured(1), m.captured(2));
                if (const model::AuthorizerKeys *k = project.authorizerKeysFor(api.id, name))
                    t.audiences = k->clientIds;
                out.append(t);
            }
        }
    }
    return out;
}

QJsonValue claimValue(const QString &text)
{
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        return text == QLatin1String("true");
    static const QRegularExpression number(QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
    if (number.match(text).hasMatch()) {
        bool ok = false;
        const qint64 i = text.toLongLong(&ok);
        return ok ? QJsonValue(i) : QJsonValue(text.toDouble());
    }
    return text;
}

QJsonObject testTokenClaims(const std::optional<TokenAuthorizer> &target, const QString &localIssuer,
                            const TokenRequest &request, qint64 nowSeconds)
{
    QString issuer = localIssuer;
    if (target && !target->issuer.isEmpty() && (target->cognito || isLoopbackIssuer(target->issuer)))
        issuer = target->issuer;
    QJsonObject c;
    c.insert(QStringLiteral("iss"), issuer);
    c.insert(QStringLiteral("sub"), request.sub);
    if (target && target->cognito) {
        // Cognito: an id token (aud = the app client) or, with scopes, an access token (client_id, scope).
        QString client;
        for (const auto &[name, value] : request.claims) {
            if (name == QLatin1String("client_id"))
                client = value;
        }
        if (client.isEmpty())
            client = request.audience ? *request.audience
                                      : target->audiences.value(0, QStringLiteral("gatehouse-local-client"));
        const bool access = !request.scopes.isEmpty();
        c.insert(QStringLiteral("token_use"), access ? QStringLiteral("access") : QStringLiteral("id"));
        if (access) {
            c.insert(QStringLiteral("client_id"), client);
            c.insert(QStringLiteral("username"), request.sub);
        } else {
            c.insert(QStringLiteral("aud"), client);
            c.insert(QStringLiteral("cognito:username"), request.sub);
        }
    } else {
        const QString audience = request.audience ? *request.audience
                                                  : (target ? target->audiences.value(0) : QString());
        if (!audience.isEmpty())
            c.insert(QStringLiteral("aud"), audience);
    }
    c.insert(QStringLiteral("iat"), nowSeconds);
    c.insert(QStringLiteral("nbf"), nowSeconds);
    c.insert(QStringLiteral("exp"), nowSeconds + request.ttlSeconds);
    c.insert(QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!request.scopes.isEmpty())
        c.insert(QStringLiteral("scope"), request.scopes.join(QLatin1Char(' ')));
    for (const auto &[name, value] : request.claims)
        c.insert(name, claimValue(value));
    return c;
}

} // namespace gw::auth
