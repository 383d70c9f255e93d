// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/jose.h"

#include <QMutex>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

namespace gw {

/// The keys a JWT or Cognito authorizer verifies signatures with, and where they came from.
struct JwksKeys
{
    std::shared_ptr<const auth::JwkSet> keys; ///< null when they could not be had
    QString source;   ///< "JWKS file /x/jwks.json", "https://issuer/.well-known/jwks.json (fetched 12 s ago)", ...
    QString error;    ///< why there are no keys (or why a refresh failed while older keys were kept)
    qint64 fetchedMs = -1; ///< fetched keys: when (the clock's epoch ms); -1 for fixed keys
};

/// Where one authorizer's keys come from: a fixed set (a JWKS file, the local identity provider's key), a JWKS URL,
/// or the issuer's OpenID Connect discovery document (`{issuer}/.well-known/openid-configuration` -> `jwks_uri`).
/// Thread-safe and shared by every worker; fetched keys are cached for two hours (as API Gateway may cache them),
/// and fetched again, at most every 30 s, when a token names a kid the cached set lacks (key rotation).
///
/// Fetching never blocks the calling thread: the request runs on the calling thread's event loop with
/// QNetworkAccessManager, each HTTP request limited to 1.5 s and the JWKS to 150,000 bytes (API Gateway's limits),
/// and every caller waiting for it is called back on its own thread.
class JwksSource final : public std::enable_shared_from_this<JwksSource>
{
public:
    using Done = std::function<void(const JwksKeys &keys)>;

    static std::shared_ptr<JwksSource> fixed(auth::JwkSet keys, QString source);
    /// No keys: every token is refused with `error` (a JWKS file that does not parse, no issuer configured).
    static std::shared_ptr<JwksSource> unavailable(QString error);
    /// `discovery`: `url` is the issuer, whose discovery document names the JWKS; else `url` is the JWKS itself.
    static std::shared_ptr<JwksSource> remote(QUrl url, bool discovery);

    /// The keys now when they are at hand (fixed, or cached and fresh, and holding `kid` when `kid` is not
    /// empty); else nullopt, and get() must be used.
    std::optional<JwksKeys> now(qint64 nowMs, const QString &kid) const;
    /// Fetches (or joins the fetch under way) and calls `done` once, on the calling thread, with the result.
    void get(qint64 nowMs, Done done);

    bool isRemote() const { return m_remote; }
    QString describe() const; ///< "the JWKS file ...", "the issuer's discovery document at ...", ...

private:
    JwksSource() = default;
    void startFetch(qint64 nowMs);
    void finish(qint64 nowMs, std::shared_ptr<const auth::JwkSet> keys, const QString &jwksUrl, const QString &error);

    bool m_remote = false;
    bool m_discovery = false;
    QUrl m_url;

    mutable QMutex m_mutex; // guards everything below
    JwksKeys m_keys;
    qint64 m_fetchedMs = -1;     ///< when m_keys were fetched; -1: never
    qint64 m_lastAttemptMs = -1;
    QString m_jwksUrl;           ///< the JWKS URL last used
    bool m_fetching = false;
    struct Waiter
    {
        QPointer<QObject> context;
        Done done;
    };
    QList<Waiter> m_waiters;
};

} // namespace gw
