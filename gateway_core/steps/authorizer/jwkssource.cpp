// SPDX-License-Identifier: GPL-3.0-or-later
#include "jwkssource.h"

#include "common/threadcontext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace gw {

namespace {

constexpr qint64 kCacheMs = 2 * 60 * 60 * 1000; // API Gateway "can cache the public key for two hours"
constexpr qint64 kRefetchUnknownKidMs = 30'000;  // how often an unknown kid may trigger a new fetch
constexpr int kFetchTimeoutMs = 1500;            // JWKS and OIDC discovery timeout
constexpr qint64 kMaxJwksBytes = 150'000;        // JWKS response limit

/// The calling thread's network access manager, owned by its threadContext().
QNetworkAccessManager *networkForThisThread()
{
    QObject *context = threadContext();
    auto *nam = context->findChild<QNetworkAccessManager *>(QStringLiteral("gatehouse-jwks"), Qt::FindDirectChildrenOnly);
    if (!nam) {
        nam = new QNetworkAccessManager(context);
        nam->setObjectName(QStringLiteral("gatehouse-jwks"));
    }
    return nam;
}

/// GETs `url` and calls `done(body, error)` on this thread: error empty on a 200 of at most `maxBytes`.
void fetch(const QUrl &url, qint64 maxBytes, std::function<void(const QByteArray &, const QString &)> done)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(kFetchTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = networkForThisThread()->get(request);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, url, maxBytes, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError) {
            done({}, QStringLiteral("%1 did not answer within %2 ms").arg(url.toString()).arg(kFetchTimeoutMs));
            return;
        }
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            done({}, QStringLiteral("cannot fetch %1: %2").arg(url.toString(), reply->errorString()));
            return;
        }
        if (status != 200) {
            done({}, QStringLiteral("%1 answered HTTP %2").arg(url.toString()).arg(status));
            return;
        }
        const QByteArray body = reply->read(maxBytes + 1);
        if (body.size() > maxBytes) {
            done({}, QStringLiteral("%1 is over %2 bytes, API Gateway's limit").arg(url.toString()).arg(maxBytes));
            return;
        }
        done(body, QString());
    });
}

} // namespace

std::shared_ptr<JwksSource> JwksSource::fixed(auth::JwkSet keys, QString source)
{
    std::shared_ptr<JwksSource> s(new JwksSource);
    s->m_keys.keys = std::make_shared<const auth::JwkSet>(std::move(keys));
    s->m_keys.source = std::move(source);
    return s;
}

std::shared_ptr<JwksSource> JwksSource::unavailable(QString error)
{
    std::shared_ptr<JwksSource> s(new JwksSource);
    s->m_keys.error = std::move(error);
    s->m_keys.source = QStringLiteral("(no keys)");
    return s;
}

std::shared_ptr<JwksSource> JwksSource::remote(QUrl url, bool discovery)
{
    std::shared_ptr<JwksSource> s(new JwksSource);
    s->m_remote = true;
    s->m_discovery = discovery;
    s->m_url = std::move(url);
    return s;
}

QString JwksSource::describe() const
{
    if (!m_remote)
        return m_keys.source;
    if (m_discovery)
        return QStringLiteral("the JWKS named by %1/.well-known/openid-configuration")
            .arg(m_url.toString(QUrl::StripTrailingSlash));
    return QStringLiteral("the JWKS at %1").arg(m_url.toString());
}

std::optional<JwksKeys> JwksSource::now(qint64 nowMs, const QString &kid) const
{
    QMutexLocker lock(&m_mutex);
    if (!m_remote)
        return m_keys;
    if (!m_keys.keys || m_fetching)
        return std::nullopt;
    const bool fresh = nowMs - m_fetchedMs < kCacheMs;
    const bool hasKid = kid.isEmpty() || m_keys.keys->byKid(kid);
    const bool mayRetry = nowMs - m_lastAttemptMs >= kRefetchUnknownKidMs;
    if (fresh && (hasKid || !mayRetry))
        return m_keys;
    return std::nullopt;
}

void JwksSource::get(qint64 nowMs, Done done)
{
    bool start = false;
    {
        QMutexLocker lock(&m_mutex);
        m_waiters.append({QPointer<QObject>(threadContext()), std::move(done)});
        if (!m_fetching) {
            m_fetching = true;
            m_lastAttemptMs = nowMs;
            start = true;
        }
    }
    if (start)
        startFetch(nowMs);
}

void JwksSource::startFetch(qint64 nowMs)
{
    const std::shared_ptr<JwksSource> self = shared_from_this();
    const auto fetchJwks = [self, nowMs](const QUrl &jwksUrl) {
        fetch(jwksUrl, kMaxJwksBytes, [self, nowMs, jwksUrl](const QByteArray &body, const QString &error) {
            if (!error.isEmpty()) {
                self->finish(nowMs, nullptr, jwksUrl.toString(), error);
                return;
            }
            QString problem;
            std::optional<auth::JwkSet> set = auth::parseJwks(body, &problem);
            if (!set) {
                self->finish(nowMs, nullptr, jwksUrl.toString(),
                             QStringLiteral("the JWKS at %1 is not usable: %2").arg(jwksUrl.toString(), problem));
                return;
            }
            self->finish(nowMs, std::make_shared<const auth::JwkSet>(std::move(*set)), jwksUrl.toString(), QString());
        });
    };
    if (!m_discovery) {
        fetchJwks(m_url);
        return;
    }
    const QUrl discovery(m_url.toString(QUrl::StripTrailingSlash) + QStringLiteral("/.well-known/openid-configuration"));
    fetch(discovery, kMaxJwksBytes, [self, nowMs, discovery, fetchJwks](const QByteArray &body, const QString &error) {
        if (!error.isEmpty()) {
            self->finish(nowMs, nullptr, QString(), QStringLiteral("OpenID Connect discovery failed: %1").arg(error));
            return;
        }
        const QJsonValue uri = QJsonDocument::fromJson(body).object().value(QLatin1String("jwks_uri"));
        const QUrl jwksUrl(uri.toString());
        if (!uri.isString() || !jwksUrl.isValid() || jwksUrl.scheme().isEmpty()) {
            self->finish(nowMs, nullptr, QString(),
                         QStringLiteral("%1 has no usable jwks_uri").arg(discovery.toString()));
            return;
        }
        fetchJwks(jwksUrl);
    });
}

void JwksSource::finish(qint64 nowMs, std::shared_ptr<const auth::JwkSet> keys, const QString &jwksUrl,
                        const QString &error)
{
    QList<Waiter> waiters;
    JwksKeys result;
    {
        QMutexLocker lock(&m_mutex);
        m_fetching = false;
        if (keys) {
            m_keys.keys = std::move(keys);
            m_keys.source = m_discovery ? QStringLiteral("%1 (from the issuer's discovery document)").arg(jwksUrl) : jwksUrl;
            m_keys.error.clear();
            m_keys.fetchedMs = nowMs;
            m_fetchedMs = nowMs;
            m_jwksUrl = jwksUrl;
        } else {
            m_keys.error = error; // older keys, if any, stay usable until they age out
        }
        result = m_keys;
        waiters.swap(m_waiters);
    }
    for (Waiter &w : waiters) {
        if (!w.context)
            continue;
        QMetaObject::invokeMethod(w.context, [done = std::move(w.done), result] { done(result); }, Qt::QueuedConnection);
    }
}

} // namespace gw
