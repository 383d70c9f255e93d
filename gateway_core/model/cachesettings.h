// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace gw::model {

/// One method's cache settings on a stage (AWS methodSettings caching.*); unset members inherit the stage's.
struct MethodCacheSettings
{
    std::optional<bool> enabled;    ///< unset: GET methods are cached, others not (as the console sets it up)
    std::optional<int> ttlSeconds;  ///< 0 to 3600; 0 disables caching
    std::optional<bool> requireAuthorizationForCacheControl;
    QString unauthorizedCacheControlHeaderStrategy; ///< empty: the stage's
};

/// A REST stage's cache (cacheClusterEnabled, cacheClusterSize and the default method settings).
struct CacheSettings
{
    bool clusterEnabled = true;
    QString clusterSize = QStringLiteral("0.5"); ///< GB: 0.5, 1.6, 6.1, 13.5, 28.4, 58.2, 118 or 237
    int ttlSeconds = 300;
    bool requireAuthorizationForCacheControl = true;
    QString unauthorizedCacheControlHeaderStrategy = QStringLiteral("SUCCEED_WITH_RESPONSE_HEADER");
    QList<QPair<QString, MethodCacheSettings>> methods; ///< "/pets/GET" → overrides
};

/// The cache sizes AWS offers, in GB as written ("0.5" ... "237").
QStringList cacheClusterSizes();
/// The cache's size in bytes (GB as 2^30 bytes); 0 for an unknown size.
qint64 cacheClusterBytes(const QString &size);
/// What AWS charges per hour for a cache of that size (USD, us-east-1); 0 for an unknown size.
double cacheClusterHourlyUsd(const QString &size);

inline constexpr int kMaxCacheTtlSeconds = 3600;
inline constexpr qint64 kMaxCacheEntryBytes = 1024 * 1024; ///< larger responses are not cached

} // namespace gw::model
