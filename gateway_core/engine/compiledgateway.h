// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/api.h"
#include "routing/routetree.h"

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace gw {

class Step;
struct GatewayResponses;
struct CorsConfig;
class StageCache;
namespace websocket {
struct WsStageConfig;
}

/// One route (REST: resource + method; HTTP API: route key) with the steps it needs, in pipeline order. The
/// route step itself is not in `steps`: it runs first for every request of the API.
struct CompiledRoute
{
    QString method;       ///< "GET", ..., or "ANY"
    QString resourcePath; ///< "/pets/{petId}", or "$default"
    QString routeKey;     ///< "GET /pets/{petId}", "ANY /{proxy+}" or "$default"
    QString resourceId;   ///< REST $context.resourceId: a stable short id derived from the resource path
    QString operationName;
    bool proxyIntegration = false; ///< HTTP or Lambda proxy: the backend's response passes through unmapped
    std::vector<std::shared_ptr<Step>> steps;
};

/// Picks the requests a REST stage's canary serves: each one on its own with probability percent / 100, as AWS splits
/// at random. Thread-safe and lock-free (SplitMix64 over an atomic counter); the seed makes the choices repeatable,
/// which tests use (CompileOptions::canarySeed).
class CanarySplit
{
public:
    CanarySplit(double percent, quint64 seed) : m_percent(percent), m_state(seed) {}
    double percent() const { return m_percent; }
    /// True when the request asking now goes to the canary.
    bool takeNext() const;

private:
    const double m_percent;
    mutable std::atomic<quint64> m_state;
};

/// A stage as deployed: the deployment's routes plus the stage's own settings. Immutable once built.
struct CompiledStage
{
    QString name;
    QString deploymentId;
    QList<QPair<QString, QString>> variables;
    routing::RouteTree routes{routing::RouteTree::Precedence::Rest};
    std::vector<CompiledRoute> routeList; ///< indexed by the RouteTree payloads
    /// REST: the deployment's customised gateway responses, or null.
    std::shared_ptr<const GatewayResponses> gatewayResponses;
    /// HTTP APIs: the deployment's CORS configuration, or null.
    std::shared_ptr<const CorsConfig> cors;
    /// HTTP APIs with CORS: the gateway's own answer to a preflight that no route matches.
    std::optional<CompiledRoute> corsPreflightRoute;
    /// REST: the stage cache when it is enabled (shared by the cached methods' steps; flushed through the engine).
    std::shared_ptr<StageCache> cache;
    /// WebSocket APIs: the stage's routes and limits (the HTTP route table is then empty); null for REST and HTTP.
    std::shared_ptr<const websocket::WsStageConfig> websocket;
    /// REST stages with a canary: what the canary's requests get (the canary deployment's routes, the stage variables
    /// with the canary's overrides, the stage cache or none; same name), and which requests those are. Both null
    /// without a canary, so such stages pay one pointer test per request.
    std::shared_ptr<const CompiledStage> canary;
    std::shared_ptr<const CanarySplit> canarySplit;
    /// This is the canary half of a stage (another stage's `canary`): $context.isCanaryRequest is true.
    bool isCanary = false;

    QString variable(QStringView name) const;
    /// The stage has a canary (this is either half): $context.isCanaryRequest has a value.
    bool hasCanary() const { return isCanary || canary != nullptr; }
};

struct CompiledApi
{
    QString id;
    QString title;
    model::Protocol protocol = model::Protocol::Rest;
    std::vector<std::shared_ptr<const CompiledStage>> stages;
    std::shared_ptr<Step> routeStep; ///< resolves stage and route; the first step of every exchange

    const CompiledStage *stage(QStringView name) const;
    bool isRest() const { return protocol == model::Protocol::Rest; }
};

/// Everything the gateway serves, built when something is deployed and swapped in atomically. In-flight requests
/// keep the snapshot they started with (they hold a shared_ptr to it).
struct CompiledGateway
{
    std::vector<std::shared_ptr<const CompiledApi>> apis;
    QList<model::Function> functions; ///< the project's functions, for the Lambda service
    QString baseDir;                  ///< resolves the functions' relative code folders

    const CompiledApi *api(QStringView id) const;
    std::shared_ptr<const CompiledApi> apiShared(QStringView id) const;
};

} // namespace gw
