// SPDX-License-Identifier: GPL-3.0-or-later
// `gatehouse token FILE`: one JWT from the local identity provider of FILE, accepted by `gatehouse serve FILE`.
#include "cli.h"

#include "auth/localidentity.h"
#include "auth/testtoken.h"

#include <QDateTime>
#include <QJsonDocument>

namespace gw::app {

int runToken(const QStringList &argList)
{
    FileOptions files;
    auth::TokenRequest request;
    QString aud;
    bool audGiven = false;
    QString ttlText;
    QString portText;
    QString idpPortText;
    const bool parsed = parseFileArguments(QStringLiteral("token"), argList, files, [&](ArgReader &args, QString *error) {
        QString value;
        if (args.option(QStringLiteral("--scope"), &value, error)) {
            request.scopes.append(value.split(QLatin1Char(' '), Qt::SkipEmptyParts));
            return true;
        }
        if (args.option(QStringLiteral("--claim"), &value, error)) {
            const qsizetype eq = value.indexOf(QLatin1Char('='));
            if (error->isEmpty() && eq <= 0)
                *error = QStringLiteral("--claim must be NAME=VALUE, e.g. --claim email=a@example.com; got `%1`").arg(value);
            else
                request.claims.append({value.left(eq), value.mid(eq + 1)});
            return true;
        }
        if (args.option(QStringLiteral("--aud"), &aud, error)) {
            audGiven = true;
            return true;
        }
        return args.option(QStringLiteral("--sub"), &request.sub, error) || args.option(QStringLiteral("--ttl"), &ttlText, error)
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
    if (!ttlText.isEmpty()) {
        bool ok = false;
        request.ttlSeconds = ttlText.toLongLong(&ok);
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
    const QList<auth::TokenAuthorizer> authorizers = auth::tokenAuthorizers(project);
    const std::optional<auth::TokenAuthorizer> first
        = authorizers.isEmpty() ? std::nullopt : std::make_optional(authorizers.first());
    if (audGiven)
        request.audience = aud;
    const QJsonObject c = auth::testTokenClaims(first, auth::localIssuer(quint16(idpPort)), request,
                                                QDateTime::currentSecsSinceEpoch());
    const QByteArray token = key->signJwt(c);
    if (token.isEmpty()) {
        printErr(QStringLiteral("gatehouse token: OpenSSL could not sign the token"));
        return ExitFailure;
    }
    printOut(QString::fromLatin1(token));
    if (!first)
        printErr(QStringLiteral("note: no JWT or Cognito user pool authorizer in %1; the token is issued by %2")
                     .arg(files.files.join(QStringLiteral(", ")), c.value(QStringLiteral("iss")).toString()));
    return ExitOk;
}

} // namespace gw::app
