// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/usageplan.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <array>

namespace gw {

/// A token bucket as API Gateway throttles: it holds up to `burst` tokens, refills at `rate` per second, and each
/// request takes one. Starts full.
struct BucketState
{
    QString name;         ///< e.g. "usage plan basic, key alice, GET /pets" (for the inspector)
    double rate = 0;
    int burst = 0;
    double tokens = 0;    ///< before this request
    bool allowed = false;
};

/// A usage plan quota for one key: what was used in the current period and when the period ends.
struct QuotaState
{
    QString name;
    int limit = 0;
    qint64 used = 0;          ///< including this request when it was allowed
    qint64 periodEndMs = 0;   ///< when the count resets (epoch ms, UTC)
    bool allowed = false;
};

/// The mutable side of throttling and quotas: token buckets and quota counters, keyed by what they limit. It lives
/// as long as the engine (redeploying keeps the counts, as on AWS) and reads time only from the clock it is given
/// (tests and the window can move it). Thread-safe: workers take tokens concurrently, on independently locked
/// shards.
class TrafficState
{
public:
    /// Takes one token from bucket `key` (created full with these limits; new limits apply from now on). `label`
    /// names it for people ("usage plan basic, key alice"); empty: the key.
    BucketState take(const QString &key, const model::Throttle &limits, qint64 nowUs, const QString &label = {});
    /// Counts one request against quota `key` for the period that contains `epochMs`.
    QuotaState count(const QString &key, const model::Quota &quota, qint64 epochMs, const QString &label = {});
    /// Gives a token back (another limit refused the request after this bucket allowed it).
    void refund(const QString &key);
    /// Gives a quota request back.
    void uncount(const QString &key);

    /// What the window's gauges show.
    struct Snapshot
    {
        QString key;
        QString label;
        bool isQuota = false;
        double rate = 0;
        int burst = 0;
        double tokens = 0;
        int limit = 0;
        qint64 used = 0;
        qint64 periodEndMs = 0;
    };
    QList<Snapshot> snapshot(qint64 nowUs, qint64 epochMs) const;
    void clear();

    /// The end of the quota period containing `epochMs` (UTC day, week from Sunday, calendar month).
    static qint64 periodEnd(model::Quota::Period period, qint64 epochMs);

private:
    struct Bucket
    {
        model::Throttle limits;
        double tokens = 0;
        qint64 lastUs = 0;
        QString label;
    };
    struct Counter
    {
        model::Quota quota;
        qint64 used = 0;
        qint64 periodEndMs = 0;
        QString label;
    };
    struct Shard
    {
        mutable QMutex mutex;
        QHash<QString, Bucket> buckets;
        QHash<QString, Counter> counters;
    };
    Shard &shardOf(const QString &key) const { return m_shards[qHash(key) % m_shards.size()]; }
    static void refill(Bucket &b, qint64 nowUs);

    mutable std::array<Shard, 16> m_shards;
};

} // namespace gw
