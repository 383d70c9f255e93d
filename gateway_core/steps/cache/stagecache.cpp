// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagecache.h"

#include <QMutexLocker>

namespace gw {

qint64 StageCache::sizeOf(const QString &key, const CachedResponse &r)
{
    qint64 bytes = key.size() * 2 + r.body.size() + 64;
    for (const auto &f : r.headers.fields())
        bytes += f.name.size() + f.value.size() + 4;
    return bytes;
}

void StageCache::removeLocked(QHash<QString, Entry>::iterator it)
{
    m_used -= it->bytes;
    m_lru.erase(it->lru);
    m_entries.erase(it);
}

std::shared_ptr<const CachedResponse> StageCache::lookup(const QString &key, qint64 nowUs)
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return nullptr;
    if (nowUs >= it->response->expiresUs) {
        removeLocked(it);
        return nullptr;
    }
    m_lru.splice(m_lru.begin(), m_lru, it->lru);
    return it->response;
}

bool StageCache::store(const QString &key, std::shared_ptr<const CachedResponse> entry)
{
    const qint64 bytes = sizeOf(key, *entry);
    if (bytes > m_capacity)
        return false;
    const QMutexLocker lock(&m_mutex);
    if (const auto it = m_entries.find(key); it != m_entries.end())
        removeLocked(it);
    while (m_used + bytes > m_capacity && !m_lru.empty())
        removeLocked(m_entries.find(m_lru.back()));
    m_lru.push_front(key);
    m_entries.insert(key, Entry{std::move(entry), bytes, m_lru.begin()});
    m_used += bytes;
    return true;
}

void StageCache::invalidate(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    if (const auto it = m_entries.find(key); it != m_entries.end())
        removeLocked(it);
}

int StageCache::flush()
{
    const QMutexLocker lock(&m_mutex);
    const int dropped = int(m_entries.size());
    m_entries.clear();
    m_lru.clear();
    m_used = 0;
    return dropped;
}

void StageCache::countHit(const QString &methodId)
{
    const QMutexLocker lock(&m_countsMutex);
    MethodCounts &c = m_counts[methodId];
    c.method = methodId;
    ++c.hits;
}

void StageCache::countMiss(const QString &methodId)
{
    const QMutexLocker lock(&m_countsMutex);
    MethodCounts &c = m_counts[methodId];
    c.method = methodId;
    ++c.misses;
}

QList<StageCache::MethodCounts> StageCache::counts() const
{
    const QMutexLocker lock(&m_countsMutex);
    QList<MethodCounts> out = m_counts.values();
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.method < b.method; });
    return out;
}

qint64 StageCache::usedBytes() const
{
    const QMutexLocker lock(&m_mutex);
    return m_used;
}

int StageCache::entryCount() const
{
    const QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

} // namespace gw
