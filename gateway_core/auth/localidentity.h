// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jose.h"

#include "http/requesthandler.h"

#include <QHostAddress>

#include <memory>
#include <optional>

// The local identity provider: one RSA key pair per project (or bare OpenAPI document) that mints test tokens
// (`gatehouse token`, the GUI) and verifies them in JWT and Cognito user pool authorizers, so both can be used
// offline. The private key is stored as PEM (mode 0600) in the user's data folder under
// gatehouse/identity/<first 16 hex digits of sha256(canonical absolute path of the file)>.pem, created on first use, so
// `gatehouse serve FILE`, `gatehouse token FILE` and the GUI agree without the project carrying a secret.

namespace gw {
class Clock;
namespace http {
class HttpServer;
}
} // namespace gw

namespace gw::auth {

/// Where the key of `sourceFile` lives (the file need not exist yet): `<data>/gatehouse/identity/<hash>.pem`,
/// `<data>` being QStandardPaths::GenericDataLocation (~/.local/share).
QString localIdentityKeyPath(const QString &sourceFile);

/// The issuer URL of a local identity provider listening on `port`: "http://127.0.0.1:PORT".
QString localIssuer(quint16 port);
/// Whether `issuer` names a provider on this machine (http://127.0.0.1, localhost or [::1]), i.e. one
/// `gatehouse serve` could be running.
bool isLoopbackIssuer(const QString &issuer);
/// The default identity-provider port for a gateway on `gatewayPort`: the next port (4511 for 4510), 0 for 0.
quint16 defaultIdentityPort(quint16 gatewayPort);

/// The key pair and issuer of one project's local identity provider. Immutable once made; shared by the compiler
/// (which lets authorizers trust it) and the HTTP endpoint.
struct LocalIdentity
{
    RsaSigningKey key;
    QString keyPath; ///< where the private key is stored
    QString issuer;  ///< "http://127.0.0.1:PORT"; empty while the provider does not listen

    /// The public half as a JWK Set with one key (kid = RFC 7638 thumbprint).
    JwkSet jwks() const;
    QJsonObject jwksJson() const;
    /// The OpenID Connect discovery document for `issuer`.
    QJsonObject openidConfiguration() const;
};

/// Reads the key of `sourceFile`, or makes and stores one (mode 0600) when there is none. std::nullopt with
/// `*error` (naming the key file) when it cannot be read, parsed or written.
std::optional<RsaSigningKey> loadOrCreateLocalKey(const QString &sourceFile, QString *keyPath, QString *error);

/// Serves `/.well-known/openid-configuration` and `/.well-known/jwks.json` of a LocalIdentity on its own port (404
/// with a JSON message for anything else). Start it before compiling: its port is part of the issuer.
class IdentityServer final : private http::RequestHandler
{
public:
    IdentityServer(std::shared_ptr<LocalIdentity> identity, const Clock *clock);
    ~IdentityServer() override;

    /// Listens and sets the identity's issuer to http://127.0.0.1:PORT. False with `*error` on failure.
    bool start(const QHostAddress &address, quint16 port, QString *error);
    void stop();
    quint16 port() const;

private:
    void handleRequest(http::HttpRequest &&request, const http::ResponseStreamPtr &response) override;

    std::shared_ptr<LocalIdentity> m_identity;
    std::unique_ptr<http::HttpServer> m_server;
    QByteArray m_configuration; ///< built at start(), then only read by workers
    QByteArray m_jwks;
};

} // namespace gw::auth
