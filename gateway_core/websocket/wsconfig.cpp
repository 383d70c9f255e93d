// SPDX-License-Identifier: GPL-3.0-or-later
#include "wsconfig.h"

#include "io/websocketdefinition.h"

namespace gw::websocket {

QString WsStageConfig::functionOf(const model::WsRoute &route) const
{
    if (route.integration.type != model::IntegrationType::AwsProxy)
        return {};
    return model::functionNameFromUri(route.integration.uri);
}

std::shared_ptr<const WsStageConfig> compileStage(const model::Project &project, const model::Api &api,
                                                  const model::Stage &stage, const model::ApiDefinition &def,
                                                  std::shared_ptr<const IamCredentialStore> credentials,
                                                  FidelityReport &report, QList<io::Diagnostic> &problems)
{
    io::DiagnosticSink sink;
    std::optional<model::WsDefinition> parsed = io::readWebSocketDefinition(def.document, sink);
    for (io::Diagnostic d : sink.diagnostics()) {
        d.field = QStringLiteral("apis[%1].definition.%2").arg(api.id, d.field);
        problems.append(d);
    }
    if (!parsed)
        return nullptr;
    auto cfg = std::make_shared<WsStageConfig>();
    cfg->apiId = api.id;
    cfg->stage = stage.name;
    cfg->deploymentId = stage.deploymentId;
    cfg->variables = stage.variables;
    cfg->definition = std::move(*parsed);
    cfg->credentials = std::move(credentials);
    for (const model::WsRoute &route : cfg->definition.routes) {
        const QString fn = cfg->functionOf(route);
        if (route.integration.type == model::IntegrationType::AwsProxy && !project.function(fn)) {
            problems.append({io::Diagnostic::Severity::Warning, {}, route.integration.line, 0,
                             QStringLiteral("apis[%1].definition.routes.%2.integration.uri").arg(api.id, route.key),
                             QStringLiteral("names a function `%1` that the project does not define; the route answers "
                                            "with an internal server error")
                                 .arg(fn),
                             QStringLiteral("add it under functions:")});
        }
        if (route.integration.type == model::IntegrationType::Mock && route.routeResponse)
            report.add(FidelityItem::Level::Partial, api.id, route.key,
                       QStringLiteral("the mock's responseBody is sent as it is; AWS renders a response template"),
                       stage.name);
    }
    report.add(FidelityItem::Level::NotEmulated, api.id, QStringLiteral("WebSocket authorizers, API keys, throttling"),
               QStringLiteral("are not emulated for WebSocket APIs yet: every $connect runs its integration"),
               stage.name);
    report.add(FidelityItem::Level::NotEmulated, api.id, QStringLiteral("WebSocket metrics and cost"),
               QStringLiteral("ConnectCount, MessageCount and the error metrics are not counted, and messages and "
                              "connection minutes are not metered yet; each event is still a record"),
               stage.name);
    for (const auto &[key, value] : stage.extra.members()) {
        Q_UNUSED(value);
        report.add(FidelityItem::Level::NotEmulated, api.id, QStringLiteral("stage setting %1").arg(key),
                   QStringLiteral("is kept but has no effect in this version"), stage.name);
    }
    return cfg;
}

} // namespace gw::websocket
