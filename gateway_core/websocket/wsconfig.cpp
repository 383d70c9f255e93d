// SPDX-License-Identifier: GPL-3.0-or-later
#include "wsconfig.h"

#include "wsauthorizer.h"

#include "io/websocketdefinition.h"
#include "vtl/template.h"

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
    cfg->credentials = credentials;
    cfg->connectAuth = compileConnectAuth(project, api, stage, cfg->definition, std::move(credentials), report, problems);
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
        const QString routeField = QStringLiteral("apis[%1].definition.routes.%2.integration").arg(api.id, route.key);
        for (const auto &[key, text] : route.integration.requestTemplates) {
            auto parsedTemplate = vtl::Template::parse(text);
            if (const auto *error = std::get_if<vtl::ParseError>(&parsedTemplate)) {
                problems.append({io::Diagnostic::Severity::Error, {}, route.integration.line, 0,
                                 routeField + QStringLiteral(".requestTemplates.") + key,
                                 QStringLiteral("the template does not parse: %1").arg(error->toString()),
                                 QStringLiteral("fix the template (Velocity Template Language, as in REST mapping templates)")});
                continue;
            }
            cfg->requestTemplates[route.key].insert(
                key, std::make_shared<const vtl::Template>(std::get<vtl::Template>(std::move(parsedTemplate))));
        }
        if (route.integration.type == model::IntegrationType::Http && route.routeResponse)
            report.add(FidelityItem::Level::Partial, api.id, route.key,
                       QStringLiteral("the http integration's response is sent back as the backend answered it; "
                                      "integration responses (response templates, selection) are not emulated"),
                       stage.name);
        if (route.integration.type == model::IntegrationType::Mock && route.routeResponse)
            report.add(FidelityItem::Level::Partial, api.id, route.key,
                       QStringLiteral("the mock's responseBody is sent as it is; AWS renders a response template"),
                       stage.name);
    }
    report.add(FidelityItem::Level::NotEmulated, api.id, QStringLiteral("WebSocket API keys, throttling"),
               QStringLiteral("are not emulated for WebSocket APIs yet: routes cannot require an API key, and no "
                              "connection or message is throttled ($connect authorizers and AWS_IAM are emulated)"),
               stage.name);
    report.add(FidelityItem::Level::Partial, api.id, QStringLiteral("WebSocket metrics and cost"),
               QStringLiteral("messages both ways (32 KB units) and connection minutes are priced, and ConnectCount, "
                              "MessageCount, IntegrationError, ClientError, ExecutionError and IntegrationLatency are "
                              "kept; AWS does not document whether a connect request is a billed message (Gatehouse "
                              "counts it as one) nor how connection minutes are rounded (Gatehouse rounds each "
                              "connection up to a whole minute)"),
               stage.name);
    for (const auto &[key, value] : stage.extra.members()) {
        Q_UNUSED(value);
        report.add(FidelityItem::Level::NotEmulated, api.id, QStringLiteral("stage setting %1").arg(key),
                   QStringLiteral("is kept but has no effect in this version"), stage.name);
    }
    return cfg;
}

} // namespace gw::websocket
