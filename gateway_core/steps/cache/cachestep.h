// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stagecache.h"

#include "pipeline/step.h"

#include <QStringList>

namespace gw {

/// The cache settings of one REST method on one stage, as deployed.
struct CacheConfig
{
    std::shared_ptr<StageCache> cache; ///< the stage's (shared by its methods)
    QString methodId;                  ///< "/pets/GET": the counters' name
    QString method;                    ///< GET, ...
    QString resourcePath;
    int ttlSeconds = 300;
    /// method.request.{querystring|header|path}.NAME: what the key is made of besides method and resource path.
    QStringList cacheKeyParameters;
    bool requireAuthorizationForCacheControl = true;
    QString unauthorizedStrategy;      ///< FAIL_WITH_403, SUCCEED_WITH_RESPONSE_HEADER or SUCCEED_WITHOUT_RESPONSE_HEADER
    QString methodArnPrefix;           ///< "arn:aws:execute-api:REGION:ACCOUNT:API/STAGE" for the 403 message
};

/// The stage cache in front of the integration (REST). A hit answers with the cached response and the integration
/// does not run; a miss lets it run and stores its 2xx answer (up to 1 MB) for the TTL. `Cache-Control: max-age=0`
/// asks to refresh the entry: honoured when the caller may (requireAuthorizationForCacheControl off, or an AWS_IAM
/// caller whose signature verified), otherwise handled by unauthorizedCacheControlHeaderStrategy.
///
/// Reads: the cache key parameters, Cache-Control, the IAM caller, the clock. Writes: the cache trace, hit and miss
/// counts.
/// Answers with:
///   - cache.hit                    the cached response (not a gateway error)
///   - cache.invalidation_denied    403 ACCESS_DENIED (FAIL_WITH_403): the caller may not invalidate the entry
/// Passes with cache.miss or cache.invalidated.
class CacheStep final : public Step
{
public:
    explicit CacheStep(std::shared_ptr<const CacheConfig> config) : m_config(std::move(config)) {}
    QLatin1StringView name() const override { return QLatin1StringView("cache"); }
    Outcome onRequest(Exchange &exchange) override;
    void onResponse(Exchange &exchange) override;
    void onComplete(Exchange &exchange) override;

    /// The header an ignored Cache-Control: max-age=0 is answered with (SUCCEED_WITH_RESPONSE_HEADER).
    static QByteArray ignoredInvalidationHeader();

private:
    QString keyFor(const Exchange &exchange) const;
    std::shared_ptr<const CacheConfig> m_config;
};

} // namespace gw
