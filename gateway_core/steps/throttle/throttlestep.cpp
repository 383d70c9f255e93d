// SPDX-License-Identifier: GPL-3.0-or-later
#include "throttlestep.h"

#include "pipeline/exchange.h"
#include "traffic/trafficstate.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace gw {

QString apiKeyIdFor(const QString &name)
{
    const QByteArray hash = QCryptographicHash::hash(QByteArray("apikey|" + name.toUtf8()), QCryptographicHash::Sha1);
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString id;
    for (int i = 0; i < 10; ++i)
        id.append(QLatin1Char(alphabet[uchar(hash[i]) % 36]));
    return id;
}

namespace {

QString rateText(const model::Throttle &t)
{
    return QStringLiteral("%1 requests/s, burst %2").arg(t.rateLimit).arg(t.burstLimit);
}

/// Takes from the buckets and quota in order; gives everything back when one refuses.
class Checker
{
public:
    Checker(Exchange &ex, TrafficState &state, std::shared_ptr<TrafficTrace> trace)
        : m_ex(ex)
        , m_state(state)
        , m_trace(std::move(trace))
        , m_nowUs(ex.clock().nowUs())
    { }

    bool bucket(TrafficCheck::Kind kind, const QString &key, const QString &label, const model::Throttle &limits)
    {
        const BucketState b = m_state.take(key, limits, m_nowUs, label);
        TrafficCheck c;
        c.kind = kind;
        c.label = label;
        c.rate = limits.rateLimit;
        c.burst = limits.burstLimit;
        c.tokens = b.tokens;
        c.allowed = b.allowed;
        m_trace->checks.push_back(c);
        if (b.allowed)
            m_takenBuckets.append(key);
        return b.allowed;
    }

    bool quota(const QString &key, const QString &label, const model::Quota &q)
    {
        const QuotaState s = m_state.count(key, q, m_ex.clock().epochMs(), label);
        TrafficCheck c;
        c.kind = TrafficCheck::Kind::Quota;
        c.label = label;
        c.limit = q.limit;
        c.used = s.used;
        c.periodEndMs = s.periodEndMs;
        c.allowed = s.allowed;
        m_trace->checks.push_back(c);
        if (s.allowed)
            m_countedQuota = key;
        return s.allowed;
    }

    /// A later check refused: what was taken is given back.
    void rollback()
    {
        for (const QString &key : std::as_const(m_takenBuckets))
            m_state.refund(key);
        if (!m_countedQuota.isEmpty())
            m_state.uncount(m_countedQuota);
    }

private:
    Exchange &m_ex;
    TrafficState &m_state;
    std::shared_ptr<TrafficTrace> m_trace;
    qint64 m_nowUs;
    QStringList m_takenBuckets;
    QString m_countedQuota;
};

} // namespace

Outcome ThrottleStep::onRequest(Exchange &ex)
{
    const ThrottleConfig &cfg = *m_config;
    TrafficState *state = ex.trafficState();
    if (!state)
        return Outcome::Continue;
    auto trace = std::make_shared<TrafficTrace>();
    ex.setTraffic(trace);
    Checker check(ex, *state, trace);

    // 1. The API key, and with it the usage plan.
    const KeyGrant *grant = nullptr;
    if (cfg.apiKeyRequired) {
        QString value;
        if (cfg.keyFromAuthorizer) {
            const AuthorizerTrace *a = ex.authorizer();
            value = a ? a->usageIdentifierKey : QString();
        } else {
            value = QString::fromUtf8(ex.request().headers.value("x-api-key"));
        }
        if (value.isEmpty()) {
            ex.explain(cfg.keyFromAuthorizer
                           ? QStringLiteral("%1 requires an API key, and the API takes keys from the authorizer "
                                            "(api-key-source AUTHORIZER), whose answer had no usageIdentifierKey.")
                                 .arg(cfg.methodId)
                           : QStringLiteral("%1 requires an API key (apiKeyRequired) and the request has no x-api-key header; "
                                            "API Gateway answers 403 Forbidden.")
                                 .arg(cfg.methodId));
            return ex.respond(GatewayResponse::InvalidApiKey, QStringLiteral("throttle.api_key_missing"));
        }
        if (cfg.keys) {
            const auto it = cfg.keys->constFind(value);
            if (it != cfg.keys->cend())
                grant = &*it;
        }
        if (!grant || !grant->enabled || grant->plan.isEmpty()) {
            const QString masked = value.size() <= 4 ? QStringLiteral("****") : QStringLiteral("****") + value.right(4);
            ex.explain(!grant ? QStringLiteral("No API key has the value %1; API Gateway answers 403 Forbidden.").arg(masked)
                       : !grant->enabled
                           ? QStringLiteral("API key %1 is disabled; API Gateway answers 403 Forbidden.").arg(grant->name)
                           : QStringLiteral("API key %1 is in no usage plan for %2/%3, so it cannot call this API stage; API "
                                            "Gateway answers 403 Forbidden. Add the stage to one of its plans.")
                                 .arg(grant->name, cfg.apiId, cfg.stage));
            return ex.respond(GatewayResponse::InvalidApiKey, QStringLiteral("throttle.api_key_invalid"));
        }
        trace->apiKeyName = grant->name;
        trace->apiKeyMasked = grant->masked;
        trace->usagePlan = grant->plan;
        trace->apiKey = value;
        trace->apiKeyId = grant->id;
        ex.setApiKey(value, grant->id);

        // 2. The usage plan: its per-method limit for this method, else its per-client limit.
        std::optional<model::Throttle> clientLimit = grant->planThrottle;
        TrafficCheck::Kind kind = TrafficCheck::Kind::UsagePlan;
        for (const auto &[method, t] : grant->methodThrottles) {
            if (method == cfg.methodId) {
                clientLimit = t;
                kind = TrafficCheck::Kind::UsagePlanMethod;
            }
        }
        if (clientLimit) {
            const bool perMethod = kind == TrafficCheck::Kind::UsagePlanMethod;
            const QString key = QStringLiteral("plan/%1/key/%2%3").arg(grant->plan, grant->name,
                                                                        perMethod ? QLatin1Char('/') + cfg.methodId : QString());
            const QString label = perMethod ? QStringLiteral("usage plan %1, key %2, %3").arg(grant->plan, grant->name, cfg.methodId)
                                            : QStringLiteral("usage plan %1, key %2").arg(grant->plan, grant->name);
            if (!check.bucket(kind, key, label, *clientLimit)) {
                ex.explain(QStringLiteral("Throttled by %1 (%2): the bucket is empty; it refills %3 per second. API Gateway "
                                          "answers 429 Too Many Requests.")
                               .arg(label, rateText(*clientLimit))
                               .arg(clientLimit->rateLimit));
                return ex.respond(GatewayResponse::Throttled, QStringLiteral("throttle.usage_plan"));
            }
        }
        // 3. The plan's quota.
        if (grant->quota) {
            const QString label = QStringLiteral("usage plan %1 quota, key %2").arg(grant->plan, grant->name);
            if (!check.quota(QStringLiteral("quota/%1/%2").arg(grant->plan, grant->name), label, *grant->quota)) {
                check.rollback();
                const TrafficCheck &q = trace->checks.back();
                ex.explain(QStringLiteral("Key %1 has used its quota of %2 requests per %3 in usage plan %4; it resets at %5. "
                                          "API Gateway answers 429 Limit Exceeded.")
                               .arg(grant->name)
                               .arg(grant->quota->limit)
                               .arg(model::periodName(grant->quota->period).toLower(), grant->plan,
                                    QDateTime::fromMSecsSinceEpoch(q.periodEndMs, Qt::UTC).toString(Qt::ISODate)));
                return ex.respond(GatewayResponse::QuotaExceeded, QStringLiteral("throttle.quota"));
            }
        }
    }

    // 4. The stage's per-method limit.
    if (cfg.stageMethod) {
        const QString label = QStringLiteral("stage %1%2, %3")
                                  .arg(cfg.stage, cfg.stageMethodIsOverride ? QStringLiteral(" method setting") : QString(),
                                       cfg.methodId);
        if (!check.bucket(cfg.stageMethodIsOverride ? TrafficCheck::Kind::StageMethod : TrafficCheck::Kind::Stage,
                          cfg.stageBucket, label, *cfg.stageMethod)) {
            check.rollback();
            ex.explain(QStringLiteral("Throttled by %1 (%2). API Gateway answers 429 Too Many Requests.")
                           .arg(label, rateText(*cfg.stageMethod)));
            return ex.respond(GatewayResponse::Throttled, QStringLiteral("throttle.stage"));
        }
    }
    // 5. The account.
    if (!check.bucket(TrafficCheck::Kind::Account, QStringLiteral("account"), QStringLiteral("account"), cfg.account)) {
        check.rollback();
        ex.explain(QStringLiteral("Throttled by the account-level limit (%1), which every API of the account shares. API "
                                  "Gateway answers 429 Too Many Requests.")
                       .arg(rateText(cfg.account)));
        return ex.respond(GatewayResponse::Throttled, QStringLiteral("throttle.account"));
    }
    ex.setDetail(QStringLiteral("throttle.allowed"),
                 grant ? QStringLiteral("key %1, usage plan %2").arg(grant->name, grant->plan) : QString());
    return Outcome::Continue;
}

} // namespace gw
