// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/usageplan.h"
#include "pipeline/step.h"

#include <QHash>

#include <memory>
#include <optional>

namespace gw {

/// What an API key may do on one API stage: its usage plan's limits there.
struct KeyGrant
{
    QString name;
    QString id;      ///< $context.identity.apiKeyId: stable, derived from the name
    QString masked;
    bool enabled = true;
    QString plan;    ///< empty: the key is in no usage plan for this stage
    std::optional<model::Throttle> planThrottle;
    QList<QPair<QString, model::Throttle>> methodThrottles; ///< the plan's overrides for this stage ("/pets/GET")
    std::optional<model::Quota> quota;
};

/// The project's API keys as one stage sees them, by value.
using KeyRegistry = QHash<QString, KeyGrant>;

/// The limits of one method (REST) or route (HTTP API) on one stage, as deployed.
struct ThrottleConfig
{
    bool restApi = true;
    QString apiId;
    QString stage;
    QString methodId;          ///< "/pets/GET" (REST) or "GET /pets" (HTTP): per-method settings and bucket names
    bool apiKeyRequired = false;
    bool keyFromAuthorizer = false; ///< x-amazon-apigateway-api-key-source: AUTHORIZER (usageIdentifierKey)
    std::shared_ptr<const KeyRegistry> keys;
    std::optional<model::Throttle> stageMethod; ///< the stage's override for this method, else its default
    bool stageMethodIsOverride = false;
    model::Throttle account = model::kDefaultAccountThrottle;
    // Bucket names, built once.
    QString stageBucket;
};

/// API keys, usage plans, quotas and throttling, in AWS's order: the key (403 Forbidden when missing, unknown,
/// disabled or in no usage plan for the stage), the usage plan's per-method or per-client bucket, its quota, the
/// stage's per-method bucket, the account's bucket. Any refusal gives back what earlier checks took.
///
/// Reads: x-api-key (or the authorizer's usageIdentifierKey), the clock, the engine's TrafficState. Writes: the
/// traffic trace and $context.identity.apiKey/apiKeyId.
/// Answers with:
///   - throttle.api_key_missing      403 Forbidden: the method requires an API key and none was sent
///   - throttle.api_key_invalid      403 Forbidden: no key has that value, it is disabled, or it is in no usage plan
///                                   for this stage
///   - throttle.usage_plan           429 Too Many Requests: the key's usage plan bucket is empty
///   - throttle.quota                429 Limit Exceeded: the key's quota for the period is used up
///   - throttle.stage                429 Too Many Requests: the stage's (per-method) limit
///   - throttle.account              429 Too Many Requests: the account-level limit
class ThrottleStep final : public Step
{
public:
    explicit ThrottleStep(std::shared_ptr<const ThrottleConfig> config) : m_config(std::move(config)) {}
    QLatin1StringView name() const override { return QLatin1StringView("throttle"); }
    Outcome onRequest(Exchange &exchange) override;

private:
    std::shared_ptr<const ThrottleConfig> m_config;
};

/// A stable id for an API key name, in the style of AWS's ten-character ids.
QString apiKeyIdFor(const QString &name);

} // namespace gw
