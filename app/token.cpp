// SPDX-License-Identifier: GPL-3.0-or-later
// `gatehouse token FILE`: one JWT from the local identity provider of FILE, accepted by `gatehouse serve FILE`.
#include "cli.h"

#include "auth/localidentity.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace gw::app {

namespace {

/// The first JWT or Cognito user pool authorizer of the project, in API and security-scheme order.
struct FirstAuthorizer
{
    QString name;
    QString apiId;
    bool cognito = false;
    QString issuer;        ///< JWT: jwtConfiguration.issuer; Cognito: the first pool's issuer URL
    QStringList audiences; ///< JWT: jwtConfiguration.audience; Cognito: declared clientIds
};

std::optional<FirstAuthorizer> firstAuthorizer(const model::Project &project)
{
    static const QRegularExpression arn(
        QStringLiteral("^arn:aws[a-z-]*:cognito-idp:([a-z0-9-]+):[0-9]*:userpool/([A-Za-z0-9_-]+)$"));
    for (const model::Api &api : project.apis) {
        for (const auto &[name, scheme] : api.definition.document[u"components"][u"securitySchemes"].members()) {
            const doc::Node &a = scheme[u"x-amazon-apigateway-authorizer"];
            const QString type = a[u"type"].toString().toLower();
            FirstAuthorizer f;
            f.name = name;
            f.apiId = api.id;
            if (type == QLatin1String("jwt")) {
                f.issuer = a[u"jwtConfiguration"][u"issuer"].toString();
                for (const doc::Node &aud : a[u"jwtConfiguration"][u"audience"].items())
                    f.audiences.append(aud.toString());
                return f;
            }
            if (type == QLatin1String("cognito_user_pools")) {
                f.cognito = true;
                const QRegularExpressionMatch m = arn.match(a[u"providerARNs"].items().empty()
                                                                ? QString()
                                                                : a[u"providerARNs"].items().front().toString());
                if (m.hasMatch())
                    f.issuer = QStringLiteral("https://cognito-idp.%1.amazonaws.com/%2").arg(m.captured(1), m.captured(2));
                if (const model::AuthorizerKeys *k = project.authorizerKeysFor(api.id, name))
                    f.audiences = k->clientIds;
                return f;
            }
        }
    }
    return std::nullopt;
}

/// A --claim value: JSON numbers and booleans keep their type, anything else is a string.
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

} // namespace

int runToken(const QStringList &argList)
{
    FileOptions files;
    QString sub = QStringLiteral("local-user");
    QString aud;
    bool audGiven = false;
    QStringList scopes;
    QList<QPair<QString, QString>> claims;
    QString ttlText;
    QString portText;
    QString idpPortText;
    const bool parsed = parseFileArguments(QStringLiteral("token"), argList, files, [&](ArgReader &args, QString *error) {
        QString value;
        if (args.option(QStringLiteral("--scope"), &value, error)) {
            scopes.append(value.split(QLatin1Char(' '), Qt::SkipEmptyParts));
            return true;
        }
        if (args.option(QStringLiteral("--claim"), &value, error)) {
            const qsizetype eq = value.indexOf(QLatin1Char('='));
            if (error->isEmpty() && eq <= 0)
                *error = QStringLiteral("--claim must be NAME=VALUE, e.g. --claim email=a@example.com; got `%1`").arg(value);
            else
                claims.append({value.left(eq), value.mid(eq + 1)});
            return true;
        }
        if (args.option(QStringLiteral("--aud"), &aud, error)) {
            audGiven = true;
            return true;
        }
        return args.option(QStringLiteral("--sub"), &sub, error) || args.option(QStringLiteral("--ttl"), &ttlText, error)
            || args.option(QStringLiteral("--port"), &portText, error)
            || args.option(QStringLiteral("--idp-port"), &idpPortText, error);
    });
    if (!parsed)
        return ExitUsage;
    if (files.files.isEmpty()) {
        printErr(QStringLiteral("gatehouse token: name the project or OpenAPI file whose identity provider signs the token "
                                "(see gatehouse --help)"));
        return ExitUsage;
    }
    qint64 ttl = 3600;
    if (!ttlText.isEmpty()) {
        bool ok = false;
        ttl = ttlText.toLongLong(&ok);
        if (!ok) {
            printErr(QStringLiteral("gatehouse token: --ttl must be a number of seconds (negative for an expired token); "
                                    "got `%1`")
                         .arg(ttlText));
            return ExitUsage;
        }
    }
    const auto portOption = [](const QString &text, const char *flag, int *out) {
        bool ok = false;
        *out = text.toInt(&ok);
        if (!ok || *out < 0 || *out > 65535) {
            printErr(QStringLiteral("gatehouse token: %1 must be a number from 0 to 65535; got `%2`")
                         .arg(QLatin1String(flag), text));
            return false;
        }
        return true;
    };

    io::InputLoad load = io::loadInputs(files.files, files.input);
    if (printDiagnostics(load.diagnostics) || !load.project)
        return ExitUsage;
    const model::Project &project = *load.project;

    int port = project.preferredPort > 0 ? project.preferredPort : 4510;
    if (!portText.isEmpty() && !portOption(portText, "--port", &port))
        return ExitUsage;
    int idpPort = auth::defaultIdentityPort(quint16(port));
    if (!idpPortText.isEmpty() && !portOption(idpPortText, "--idp-port", &idpPort))
        return ExitUsage;

    QString error;
    const std::optional<auth::RsaSigningKey> key = auth::loadOrCreateLocalKey(project.identityFile, nullptr, &error);
    if (!key) {
        printErr(QStringLiteral("gatehouse token: %1").arg(error));
        return ExitFailure;
    }

    // iss and aud that the first authorizer accepts.
    const std::optional<FirstAuthorizer> first = firstAuthorizer(project);
    QString issuer = auth::localIssuer(quint16(idpPort));
    if (first && !first->issuer.isEmpty() && (first->cognito || auth::isLoopbackIssuer(first->issuer)))
        issuer = first->issuer;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject c;
    c.insert(QStringLiteral("iss"), issuer);
    c.insert(QStringLiteral("sub"), sub);
    if (first && first->cognito) {
        // Cognito: an id token (aud = the app client) or, with scopes, an access token (client_id, scope).
        QString client;
        for (const auto &[name, value] : claims) {
            if (name == QLatin1String("client_id"))
                client = value;
        }
        if (client.isEmpty())
            client = audGiven ? aud : first->audiences.value(0, QStringLiteral("gatehouse-local-client"));
        const bool access = !scopes.isEmpty();
        c.insert(QStringLiteral("token_use"), access ? QStringLiteral("access") : QStringLiteral("id"));
        if (access) {
            c.insert(QStringLiteral("client_id"), client);
            c.insert(QStringLiteral("username"), sub);
        } else {
            c.insert(QStringLiteral("aud"), client);
            c.insert(QStringLiteral("cognito:username"), sub);
        }
    } else {
        const QString audience = audGiven ? aud : (first ? first->audiences.value(0) : QString());
        if (!audience.isEmpty())
            c.insert(QStringLiteral("aud"), audience);
    }
    c.insert(QStringLiteral("iat"), now);
    c.insert(QStringLiteral("nbf"), now);
    c.insert(QStringLiteral("exp"), now + ttl);
    c.insert(QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!scopes.isEmpty())
        c.insert(QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
    for (const auto &[name, value] : claims)
        c.insert(name, claimValue(value));

    const QByteArray token = key->signJwt(c);
    if (token.isEmpty()) {
        printErr(QStringLiteral("gatehouse token: OpenSSL could not sign the token"));
        return ExitFailure;
    }
    printOut(QString::fromLatin1(token));
    if (!first)
        printErr(QStringLiteral("note: no JWT or Cognito user pool authorizer in %1; the token is issued by %2")
                     .arg(files.files.join(QStringLiteral(", ")), issuer));
    return ExitOk;
}

} // namespace gw::app
