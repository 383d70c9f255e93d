// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace gw::model {

/// A token bucket's limits: `rateLimit` requests per second refill a bucket of `burstLimit` requests.
struct Throttle
{
    double rateLimit = 0;
    int burstLimit = 0;
    bool operator==(const Throttle &o) const { return rateLimit == o.rateLimit && burstLimit == o.burstLimit; }
};

/// A usage plan's quota: `limit` requests per period (UTC day, week from Sunday, calendar month); `offset`
/// requests are taken from the first period.
struct Quota
{
    enum class Period { Day, Week, Month };
    int limit = 0;
    Period period = Period::Day;
    int offset = 0;
    bool operator==(const Quota &o) const { return limit == o.limit && period == o.period && offset == o.offset; }
};
QString periodName(Quota::Period period); ///< "DAY", "WEEK", "MONTH"
bool parsePeriod(QStringView text, Quota::Period *out);

/// An API stage a usage plan covers, with per-method throttling overrides ("/pets/GET" keys, as AWS writes them).
struct UsagePlanStage
{
    QString apiId;
    QString stage;
    QList<QPair<QString, Throttle>> methodThrottles;
    bool operator==(const UsagePlanStage &o) const
    {
        return apiId == o.apiId && stage == o.stage && methodThrottles == o.methodThrottles;
    }
};

struct UsagePlan
{
    QString name;
    QString description;
    std::optional<Throttle> throttle; ///< per client (per API key)
    std::optional<Quota> quota;
    QList<UsagePlanStage> stages;
    bool operator==(const UsagePlan &o) const
    {
        return name == o.name && description == o.description && throttle == o.throttle && quota == o.quota
            && stages == o.stages;
    }
};

struct ApiKey
{
    QString name;
    QString value;       ///< what clients send in x-api-key
    bool enabled = true;
    QStringList usagePlans;
    bool operator==(const ApiKey &o) const
    {
        return name == o.name && value == o.value && enabled == o.enabled && usagePlans == o.usagePlans;
    }

    /// The value as logs and the inspector show it: the last four characters.
    QString masked() const;
};

/// AWS's account-level throttling per Region: 10,000 requests per second with a burst of 5,000.
inline constexpr Throttle kDefaultAccountThrottle{10'000, 5'000};

} // namespace gw::model
