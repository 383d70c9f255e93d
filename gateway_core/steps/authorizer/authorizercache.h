// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/iampolicy.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QString>

#include <array>
#include <memory>

namespace gw {

/// What a Lambda authorizer returned, as cached: API Gateway caches the whole answer (principal, policy, context) and
/// evaluates the cached policy again for every request, against that request's method ARN.
struct AuthorizerAnswer
{
    QString principalId;
    QJsonObject context;
    std::optional<auth::Policy> policy; ///< IAM answers
    QByteArray raw;             ///< the answer as the function returned it
    std::optional<bool> simple; ///< HTTP APIs' simple responses: isAuthorized
    QString usageIdentifierKey;
    QString firstArn;           ///< the ARN of the request that produced it (to explain cached denials)
};

/// The result cache of one authorizer on one stage, keyed by the identity source values. Thread-safe: workers look
/// up and store concurrently, on 16 independently locked shards. Entries expire after the TTL and each shard keeps
/// at most `capacity / 16` of them (the oldest go first).
class AuthorizerCache
{
public:
    explicit AuthorizerCache(qint64 ttlUs, int capacity = 16'384);

    struct Hit
    {
        std::shared_ptr<const AuthorizerAnswer> answer;
        qint64 ageUs = 0;
    };
    /// The cached answer for `key`, if it has not expired at `nowUs`.
    std::optional<Hit> find(const QString &key, qint64 nowUs) const;
    void store(const QString &key, std::shared_ptr<const AuthorizerAnswer> answer, qint64 nowUs);
    int size() const;

private:
    struct Entry
    {
        std::shared_ptr<const AuthorizerAnswer> answer;
        qint64 storedUs = 0;
    };
    struct Shard
    {
        mutable QMutex mutex;
        QHash<QString, Entry> entries;
    };
    Shard &shardOf(const QString &key) const;

    qint64 m_ttlUs;
    int m_shardCapacity;
    mutable std::array<Shard, 16> m_shards;
};

} // namespace gw
