// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httpheaders.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <list>
#include <memory>

namespace gw {

/// One cached integration response.
struct CachedResponse
{
    int status = 0;
    http::HttpHeaders headers;
    QByteArray body;
    qint64 storedUs = 0;  ///< clock time it was stored
    qint64 expiresUs = 0; ///< clock time it stops being served
};

/// A REST stage's cache: entries by key with a TTL each, bounded by bytes (approximating the cache cluster's
/// capacity; the least recently used entries go first), with hit and miss counts per method (CloudWatch's
/// CacheHitCount and CacheMissCount). Time comes from the callers (the exchange's clock). Thread-safe: every worker
/// uses it; one mutex guards the entries, another the counters.
class StageCache
{
public:
    explicit StageCache(qint64 capacityBytes) : m_capacity(capacityBytes) {}

    /// The live entry for `key`, or null (an expired one is dropped).
    std::shared_ptr<const CachedResponse> lookup(const QString &key, qint64 nowUs);
    /// Stores an entry, evicting the least recently used ones until it fits. False when it can never fit.
    bool store(const QString &key, std::shared_ptr<const CachedResponse> entry);
    void invalidate(const QString &key);
    /// Drops every entry (FlushStageCache) and returns how many there were; the counters stay.
    int flush();

    void countHit(const QString &methodId);
    void countMiss(const QString &methodId);

    struct MethodCounts
    {
        QString method; ///< "/pets/GET"
        qint64 hits = 0;
        qint64 misses = 0;
    };
    QList<MethodCounts> counts() const;

    qint64 capacityBytes() const { return m_capacity; }
    qint64 usedBytes() const;
    int entryCount() const;

private:
    struct Entry
    {
        std::shared_ptr<const CachedResponse> response;
        qint64 bytes = 0;
        std::list<QString>::iterator lru;
    };
    static qint64 sizeOf(const QString &key, const CachedResponse &r);
    void removeLocked(QHash<QString, Entry>::iterator it);

    const qint64 m_capacity;
    mutable QMutex m_mutex;                 ///< guards m_entries, m_lru, m_used
    QHash<QString, Entry> m_entries;
    std::list<QString> m_lru;               ///< most recently used first
    qint64 m_used = 0;
    mutable QMutex m_countsMutex;           ///< guards m_counts
    QHash<QString, MethodCounts> m_counts;
};

} // namespace gw
