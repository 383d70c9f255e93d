// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorizercache.h"

namespace gw {

AuthorizerCache::AuthorizerCache(qint64 ttlUs, int capacity)
    : m_ttlUs(ttlUs)
    , m_shardCapacity(qMax(1, capacity / int(std::tuple_size_v<decltype(m_shards)>)))
{ }

AuthorizerCache::Shard &AuthorizerCache::shardOf(const QString &key) const
{
    return m_shards[qHash(key) % m_shards.size()];
}

std::optional<AuthorizerCache::Hit> AuthorizerCache::find(const QString &key, qint64 nowUs) const
{
    Shard &shard = shardOf(key);
    QMutexLocker lock(&shard.mutex);
    const auto it = shard.entries.constFind(key);
    if (it == shard.entries.cend() || nowUs - it->storedUs >= m_ttlUs)
        return std::nullopt;
    return Hit{it->answer, nowUs - it->storedUs};
}

void AuthorizerCache::store(const QString &key, std::shared_ptr<const AuthorizerAnswer> answer, qint64 nowUs)
{
    Shard &shard = shardOf(key);
    QMutexLocker lock(&shard.mutex);
    if (shard.entries.size() >= m_shardCapacity && !shard.entries.contains(key)) {
        // Full: drop what has expired, and if that is not enough, the oldest entry.
        for (auto it = shard.entries.begin(); it != shard.entries.end();)
            it = nowUs - it->storedUs >= m_ttlUs ? shard.entries.erase(it) : std::next(it);
        if (shard.entries.size() >= m_shardCapacity) {
            auto oldest = shard.entries.begin();
            for (auto it = shard.entries.begin(); it != shard.entries.end(); ++it) {
                if (it->storedUs < oldest->storedUs)
                    oldest = it;
            }
            shard.entries.erase(oldest);
        }
    }
    shard.entries.insert(key, Entry{std::move(answer), nowUs});
}

int AuthorizerCache::size() const
{
    int n = 0;
    for (const Shard &shard : m_shards) {
        QMutexLocker lock(&shard.mutex);
        n += int(shard.entries.size());
    }
    return n;
}

} // namespace gw
