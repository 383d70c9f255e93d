// SPDX-License-Identifier: GPL-3.0-or-later
#include "localidentity.h"

#include "http/httpserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace gw::auth {

namespace {

QMutex g_documentsMutex; // guards IdentityServer::m_configuration and m_jwks while the server answers

QString canonicalPath(const QString &file)
{
    const QFileInfo info(file);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

} // namespace

QString localIdentityKeyPath(const QString &sourceFile)
{
    const QByteArray hash = QCryptographicHash::hash(canonicalPath(sourceFile).toUtf8(), QCryptographicHash::Sha256);
    // GenericDataLocation, not AppDataLocation: the GUI and the command line set different organisation names.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/gatehouse/identity/")
        + QString::fromLatin1(hash.toHex().left(16)) + QStringLiteral(".pem");
}

QString localIssuer(quint16 port)
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port);
}

bool isLoopbackIssuer(const QString &issuer)
{
    const QUrl url(issuer);
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QString host = url.host().toLower();
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") || host == QLatin1String("::1");
}

quint16 defaultIdentityPort(quint16 gatewayPort)
{
    return gatewayPort == 0 || gatewayPort == 65535 ? 0 : quint16(gatewayPort + 1);
}

JwkSet LocalIdentity::jwks() const
{
    QString problem;
    std::optional<Jwk> jwk = Jwk::fromJson(key.publicJwk(), &problem);
    JwkSet set;
    if (jwk)
        set.keys.append(*jwk);
    return set;
}

QJsonObject LocalIdentity::jwksJson() const
{
    QJsonArray keys;
    keys.append(key.publicJwk());
    QJsonObject jwks;
    jwks.insert(QStringLiteral("keys"), keys);
    return jwks;
}

QJsonObject LocalIdentity::openidConfiguration() const
{
    const auto list = [](const char *value) {
        QJsonArray a;
        a.append(QString::fromLatin1(value));
        return a;
    };
    QJsonObject o;
    o.insert(QStringLiteral("issuer"), issuer);
    o.insert(QStringLiteral("jwks_uri"), QString(issuer + QStringLiteral("/.well-known/jwks.json")));
    o.insert(QStringLiteral("id_token_signing_alg_values_supported"), list("RS256"));
    o.insert(QStringLiteral("subject_types_supported"), list("public"));
    o.insert(QStringLiteral("response_types_supported"), list("token"));
    return o;
}

std::optional<RsaSigningKey> loadOrCreateLocalKey(const QString &sourceFile, QString *keyPath, QString *error)
{
    const QString path = localIdentityKeyPath(sourceFile);
    if (keyPath)
        *keyPath = path;
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the local identity key %1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        QString problem;
        std::optional<RsaSigningKey> key = RsaSigningKey::fromPem(file.readAll(), QString(), &problem);
        if (!key)
            *error = QStringLiteral("the local identity key %1 is not usable (%2); delete it and a new one is made")
                         .arg(path, problem);
        return key;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QStringLiteral("cannot create the folder %1 for the local identity key").arg(QFileInfo(path).absolutePath());
        return std::nullopt;
    }
    RsaSigningKey key = RsaSigningKey::generate(QString());
    if (key.isNull()) {
        *error = QStringLiteral("OpenSSL could not generate an RSA key for the local identity provider");
        return std::nullopt;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write the local identity key %1: %2").arg(path, out.errorString());
        return std::nullopt;
    }
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(key.privatePem());
    if (!out.commit()) {
        *error = QStringLiteral("cannot write the local identity key %1: %2").arg(path, out.errorString());
        return std::nullopt;
    }
    // QSaveFile keeps the mode it was given only where the platform allows; make sure no one else can read it.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return key;
}

IdentityServer::IdentityServer(std::shared_ptr<LocalIdentity> identity, const Clock *clock)
    : m_identity(std::move(identity))
{
    http::RequestHandler *handler = this;
    m_server.reset(new http::HttpServer(handler, clock));
    m_server->setWorkerCount(1);
}

IdentityServer::~IdentityServer()
{
    stop();
}

bool IdentityServer::start(const QHostAddress &address, quint16 port, QString *error)
{
    {
        // Answer nothing useful until the port, and so the issuer, is known.
        QMutexLocker lock(&g_documentsMutex);
        m_configuration.clear();
        m_jwks.clear();
    }
    if (!m_server->listen(address, port)) {
        *error = m_server->errorString();
        return false;
    }
    m_identity->issuer = localIssuer(m_server->serverPort());
    QMutexLocker lock(&g_documentsMutex);
    m_configuration = QJsonDocument(m_identity->openidConfiguration()).toJson(QJsonDocument::Compact);
    m_jwks = QJsonDocument(m_identity->jwksJson()).toJson(QJsonDocument::Compact);
    return true;
}

void IdentityServer::stop()
{
    m_server->stop(500);
}

quint16 IdentityServer::port() const
{
    return m_server->serverPort();
}

void IdentityServer::handleRequest(http::HttpRequest &&request, const http::ResponseStreamPtr &response)
{
    http::HttpHeaders headers;
    headers.append(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    headers.append(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    QByteArray body;
    {
        QMutexLocker lock(&g_documentsMutex);
        if (request.path == "/.well-known/openid-configuration")
            body = m_configuration;
        else if (request.path == "/.well-known/jwks.json")
            body = m_jwks;
    }
    if (request.method != "GET" && request.method != "HEAD") {
        headers.append(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, HEAD"));
        response->respond(405, headers, QByteArrayLiteral("{\"message\":\"the local identity provider answers GET only\"}"));
        return;
    }
    if (body.isEmpty()) {
        response->respond(404, headers,
                          QByteArrayLiteral("{\"message\":\"the local identity provider serves "
                                            "/.well-known/openid-configuration and /.well-known/jwks.json\"}"));
        return;
    }
    response->respond(200, headers, body);
}

} // namespace gw::auth
