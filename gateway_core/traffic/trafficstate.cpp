// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficstate.h"

#include <QDateTime>

namespace gw {

void TrafficState::refill(Bucket &b, qint64 nowUs)
{
    if (nowUs > b.lastUs) {
        b.tokens = qMin(double(b.limits.burstLimit), b.tokens + double(nowUs - b.lastUs) * b.limits.rateLimit / 1e6);
        b.lastUs = nowUs;
    }
}

BucketState TrafficState::take(const QString &key, const model::Throttle &limits, qint64 nowUs, const QString &label)
{
    Shard &shard = shardOf(key);
    QMutexLocker lock(&shard.mutex);
    auto it = shard.buckets.find(key);
    if (it == shard.buckets.end()) {
        it = shard.buckets.insert(key, Bucket{limits, double(limits.burstLimit), nowUs, label.isEmpty() ? key : label});
    } else {
        refill(*it, nowUs);
        if (!(it->limits == limits)) {
            it->limits = limits;
            it->tokens = qMin(it->tokens, double(limits.burstLimit));
        }
    }
    BucketState s;
    s.name = key;
    s.rate = limits.rateLimit;
    s.burst = limits.burstLimit;
    s.tokens = it->tokens;
    s.allowed = it->tokens >= 1.0;
    if (s.allowed)
        it->tokens -= 1.0;
    return s;
}

void TrafficState::refund(const QString &key)
{
    Shard &shard = shardOf(key);
    QMutexLocker lock(&shard.mutex);
    const auto it = shard.buckets.find(key);
    if (it != shard.buckets.end())
        it->tokens = qMin(double(it->limits.burstLimit), it->tokens + 1.0);
}

qint64 TrafficState::periodEnd(model::Quota::Period period, qint64 epochMs)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).date();
    QDate end;
    switch (period) {
    case model::Quota::Period::Day:
        end = day.addDays(1);
        break;
    case model::Quota::Period::Week:
        end = day.addDays(7 - day.dayOfWeek() % 7); // next Sunday: weeks start on Sunday (offset 0 in AWS's old docs)
        break;
    case model::Quota::Period::Month:
        end = QDate(day.year(), day.month(), 1).addMonths(1);
        break;
    }
    return QDateTime(end, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

QuotaState TrafficState::count(const QString &key, const model::Quota &quota, qint64 epochMs, const QString &label)
{
    Shard &shard = shardOf(key);
    QMutexLocker lock(&shard.mutex);
    auto it = shard.counters.find(key);
    if (it == shard.counters.end() || !(it->quota == quota)) {
        Counter c;
        c.quota = quota;
        c.periodEndMs = periodEnd(quota.period, epochMs);
        c.used = quota.offset;
        c.label = label.isEmpty() ? key : label;
        it = shard.counters.insert(key, c);
    } else if (epochMs >= it->periodEndMs) {
        it->periodEndMs = periodEnd(quota.period, epochMs);
        it->used = 0;
    }
    QuotaState s;
    s.name = key;
    s.limit = quota.limit;
    s.periodEndMs = it->periodEndMs;
    s.allowed = it->used < quota.limit;
    if (s.allowed)
        ++it->used;
    s.used = it->used;
    return s;
}

void TrafficState::uncount(const QString &key)
{
    Shard &shard = shardOf(key);
    QMutexLocker lock(&shard.mutex);
    const auto it = shard.counters.find(key);
    if (it != shard.counters.end() && it->used > 0)
        --it->used;
}

QList<TrafficState::Snapshot> TrafficState::snapshot(qint64 nowUs, qint64 epochMs) const
{
    QList<Snapshot> out;
    for (Shard &shard : m_shards) {
        QMutexLocker lock(&shard.mutex);
        for (auto it = shard.buckets.begin(); it != shard.buckets.end(); ++it) {
            Bucket b = *it;
            refill(b, nowUs);
            out.append({it.key(), b.label, false, b.limits.rateLimit, b.limits.burstLimit, b.tokens, 0, 0, 0});
        }
        for (auto it = shard.counters.cbegin(); it != shard.counters.cend(); ++it) {
            const bool expired = epochMs >= it->periodEndMs;
            out.append({it.key(), it->label, true, 0, 0, 0, it->quota.limit, expired ? 0 : it->used,
                        expired ? periodEnd(it->quota.period, epochMs) : it->periodEndMs});
        }
    }
    std::sort(out.begin(), out.end(), [](const Snapshot &a, const Snapshot &b) { return a.key < b.key; });
    return out;
}

void TrafficState::clear()
{
    for (Shard &shard : m_shards) {
        QMutexLocker lock(&shard.mutex);
        shard.buckets.clear();
        shard.counters.clear();
    }
}

} // namespace gw
