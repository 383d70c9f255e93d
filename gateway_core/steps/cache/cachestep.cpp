// SPDX-License-Identifier: GPL-3.0-or-later
#include "cachestep.h"

#include "model/cachesettings.h"
#include "pipeline/exchange.h"
#include "pipeline/parametersources.h"

namespace gw {

namespace {

bool asksToInvalidate(const http::HttpHeaders &headers)
{
    for (const QByteArray &value : headers.values("cache-control")) {
        for (const QByteArray &directive : value.split(',')) {
            if (directive.trimmed().toLower() == "max-age=0")
                return true;
        }
    }
    return false;
}

} // namespace

QByteArray CacheStep::ignoredInvalidationHeader()
{
    // AWS documents that this strategy adds "a warning in the response header" but not its wording; this is
    // Gatehouse's (reported in the fidelity report).
    return QByteArrayLiteral("199 \"Cache-Control: max-age=0 ignored: the caller is not authorized to invalidate the "
                             "cache entry\"");
}

QString CacheStep::keyFor(const Exchange &ex) const
{
    const CacheConfig &cfg = *m_config;
    QString key = cfg.method + QLatin1Char(' ') + cfg.resourcePath;
    for (const QString &p : cfg.cacheKeyParameters) {
        const QString source = p.startsWith(QLatin1String("method.request.")) ? p : QStringLiteral("method.request.") + p;
        const std::optional<QString> value = resolveParameterSource(ex, source);
        key += QStringLiteral(" | %1=%2").arg(source.mid(15), value.value_or(QString()));
    }
    return key;
}

Outcome CacheStep::onRequest(Exchange &ex)
{
    const CacheConfig &cfg = *m_config;
    auto trace = std::make_shared<CacheTrace>();
    trace->key = keyFor(ex);
    trace->ttlSeconds = cfg.ttlSeconds;
    const qint64 now = ex.clock().nowUs();
    trace->invalidationRequested = asksToInvalidate(ex.request().headers);
    bool invalidate = false;
    if (trace->invalidationRequested) {
        // Only execute-api:InvalidateCache callers may; locally, an AWS_IAM caller whose signature verified.
        trace->invalidationAuthorized = !cfg.requireAuthorizationForCacheControl || (ex.iam() && ex.iam()->ok);
        if (trace->invalidationAuthorized) {
            invalidate = true;
        } else {
            trace->strategy = cfg.unauthorizedStrategy;
            if (cfg.unauthorizedStrategy == QLatin1String("FAIL_WITH_403")) {
                trace->outcome = QStringLiteral("invalidation refused");
                ex.setCache(trace);
                const QString principal = ex.iam() && !ex.iam()->userArn.isEmpty() ? ex.iam()->userArn : QStringLiteral("anonymous");
                const QString arn = QStringLiteral("%1/%2%3").arg(cfg.methodArnPrefix, cfg.method, ex.stagePath());
                ex.explain(QStringLiteral("The request sent Cache-Control: max-age=0, but the method requires authorization "
                                          "to invalidate cache entries and the caller has none (sign the request with "
                                          "AWS_IAM credentials, or turn requireAuthorizationForCacheControl off)."));
                return ex.respond(GatewayResponse::AccessDenied, QStringLiteral("cache.invalidation_denied"),
                                  QStringLiteral("Cache-Control: max-age=0 without authorization (FAIL_WITH_403)"), 403,
                                  QStringLiteral("User: %1 is not authorized to perform: execute-api:InvalidateCache on "
                                                 "resource: %2")
                                      .arg(principal, arn));
            }
        }
    }
    if (invalidate) {
        cfg.cache->invalidate(trace->key);
    } else if (const auto hit = cfg.cache->lookup(trace->key, now)) {
        cfg.cache->countHit(cfg.methodId);
        trace->hit = true;
        trace->ageMs = (now - hit->storedUs) / 1000;
        trace->outcome = QStringLiteral("hit");
        ex.setCache(trace);
        Exchange::Response &r = ex.response();
        r = Exchange::Response();
        r.status = hit->status;
        r.headers = hit->headers;
        r.body = hit->body;
        return ex.respondEarly(QStringLiteral("cache.hit"),
                               QStringLiteral("cached %1 s ago (TTL %2 s); the integration did not run")
                                   .arg(trace->ageMs / 1000)
                                   .arg(cfg.ttlSeconds));
    }
    cfg.cache->countMiss(cfg.methodId);
    trace->outcome = invalidate ? QStringLiteral("invalidated") : QStringLiteral("miss");
    ex.setCache(trace);
    ex.keepResponseBody(model::kMaxCacheEntryBytes);
    ex.setDetail(invalidate ? QStringLiteral("cache.invalidated") : QStringLiteral("cache.miss"), trace->key);
    return Outcome::Continue;
}

void CacheStep::onResponse(Exchange &ex)
{
    const CacheTrace *t = ex.cache();
    if (t && t->invalidationRequested && !t->invalidationAuthorized
        && t->strategy == QLatin1String("SUCCEED_WITH_RESPONSE_HEADER") && !ex.error())
        ex.response().headers.append(QByteArrayLiteral("Warning"), ignoredInvalidationHeader());
}

void CacheStep::onComplete(Exchange &ex)
{
    const CacheConfig &cfg = *m_config;
    const CacheTrace *t = ex.cache();
    if (!t || t->hit || ex.isCancelled() || t->outcome == QLatin1String("invalidation refused"))
        return;
    auto done = std::make_shared<CacheTrace>(*t);
    const Exchange::Response &r = ex.response();
    const QByteArray *body = ex.wholeResponseBody();
    if (ex.error() || r.status < 200 || r.status > 299) {
        done->outcome = QStringLiteral("not stored: status %1 (only 2XX responses are cached)").arg(r.status);
    } else if (!body) {
        done->outcome = QStringLiteral("not stored: the body was larger than 1 MB or did not arrive whole");
    } else if (body->size() > model::kMaxCacheEntryBytes) {
        done->outcome = QStringLiteral("not stored: larger than 1 MB");
    } else {
        auto entry = std::make_shared<CachedResponse>();
        entry->status = r.status;
        entry->headers = r.headers;
        // Per-request headers are the gateway's, not the cached response's.
        entry->headers.remove("x-amzn-RequestId");
        entry->headers.remove("x-amz-apigw-id");
        entry->headers.remove("Warning");
        entry->body = *body;
        entry->storedUs = ex.clock().nowUs();
        entry->expiresUs = entry->storedUs + qint64(cfg.ttlSeconds) * 1'000'000;
        done->outcome = cfg.cache->store(done->key, entry) ? QStringLiteral("stored")
                                                           : QStringLiteral("not stored: larger than the cache");
    }
    ex.setCache(done);
}

} // namespace gw
