// SPDX-License-Identifier: GPL-3.0-or-later
// Terraform (HCL, AWS provider 5) of a project: aws_api_gateway_* for REST APIs, aws_apigatewayv2_* for HTTP APIs.
#include "exportlocal.h"

namespace gw::io {

using namespace exportlocal;

namespace {

/// Writes HCL blocks and attributes with two-space indentation.
class HclWriter
{
public:
    void open(const QString &header)
    {
        line(header + QStringLiteral(" {"));
        ++m_depth;
    }
    void close()
    {
        --m_depth;
        line(QStringLiteral("}"));
    }
    void attr(const QString &name, const QString &expression) { line(name + QStringLiteral(" = ") + expression); }
    void blank() { m_out += QLatin1Char('\n'); }
    void line(const QString &text)
    {
        m_out += QString(m_depth * 2, QLatin1Char(' ')) + text + QLatin1Char('\n');
    }
    int depth() const { return m_depth; }
    QString text() const { return m_out; }

private:
    QString m_out;
    int m_depth = 0;
};

QString quoted(const QString &text)
{
    return QLatin1Char('"') + hclEscape(text) + QLatin1Char('"');
}

QString numberText(double value)
{
    return value == double(qint64(value)) ? QString::number(qint64(value)) : QString::number(value, 'g', 15);
}

/// A doc tree as an HCL expression (for jsonencode): objects with quoted keys, tuples, literals.
QString hclValue(const doc::Node &n, int depth)
{
    const QString indent((depth + 1) * 2, QLatin1Char(' '));
    const QString closing(depth * 2, QLatin1Char(' '));
    switch (n.kind()) {
    case doc::Node::Kind::Null:
        return QStringLiteral("null");
    case doc::Node::Kind::Bool:
        return n.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case doc::Node::Kind::Number:
        return n.scalarText();
    case doc::Node::Kind::String:
        return n.tag() == kHclRaw ? QLatin1Char('"') + n.scalarText() + QLatin1Char('"') : quoted(n.scalarText());
    case doc::Node::Kind::Sequence: {
        if (n.isEmpty())
            return QStringLiteral("[]");
        QString out = QStringLiteral("[\n");
        for (const doc::Node &item : n.items())
            out += indent + hclValue(item, depth + 1) + QStringLiteral(",\n");
        return out + closing + QLatin1Char(']');
    }
    case doc::Node::Kind::Mapping: {
        if (n.isEmpty())
            return QStringLiteral("{}");
        QString out = QStringLiteral("{\n");
        for (const auto &[key, value] : n.members())
            out += indent + quoted(key) + QStringLiteral(" = ") + hclValue(value, depth + 1) + QLatin1Char('\n');
        return out + closing + QLatin1Char('}');
    }
    }
    return QStringLiteral("null");
}

QString stringMap(const QList<QPair<QString, QString>> &pairs, int depth)
{
    doc::Node n = doc::Node::mapping();
    for (const auto &[k, v] : pairs)
        n.set(k, doc::Node::string(v));
    return hclValue(n, depth);
}

} // namespace

ExportResult exportTerraform(const model::Project &project, const ExportOptions &options)
{
    Q_UNUSED(options);
    ExportResult result;
    Collector collector(project, Target::Terraform);
    QHash<QString, QString> apiRefs;
    for (const model::Api &api : project.apis) {
        if (api.protocol == model::Protocol::Rest)
            apiRefs.insert(api.id, QStringLiteral("aws_api_gateway_rest_api.") + tfIdentifier(api.id));
        else if (api.protocol == model::Protocol::Http)
            apiRefs.insert(api.id, QStringLiteral("aws_apigatewayv2_api.") + tfIdentifier(api.id));
    }
    collector.setTemplateApis(apiRefs);

    HclWriter w;
    QHash<QPair<QString, QString>, QString> stageRefs; // (API id, stage) → aws_api_gateway_stage.X
    for (const model::Api &api : project.apis) {
        if (api.protocol == model::Protocol::WebSocket) {
            collector.warn(QStringLiteral("%1: WebSocket APIs are not exported by this version of Gatehouse; left out").arg(api.id));
            continue;
        }
        const QString name = tfIdentifier(api.id);
        const doc::Node body = definitionBody(api, collector);
        const QString title = api.definition.title().isEmpty() ? api.id : api.definition.title();
        if (api.protocol == model::Protocol::Rest) {
            w.open(QStringLiteral("resource \"aws_api_gateway_rest_api\" \"%1\"").arg(name));
            w.attr(QStringLiteral("name"), quoted(title));
            w.attr(QStringLiteral("body"), QStringLiteral("jsonencode(") + hclValue(body, w.depth()) + QLatin1Char(')'));
            w.close();
            w.blank();
            w.open(QStringLiteral("resource \"aws_api_gateway_deployment\" \"%1\"").arg(name));
            w.attr(QStringLiteral("rest_api_id"), QStringLiteral("aws_api_gateway_rest_api.%1.id").arg(name));
            w.attr(QStringLiteral("description"), quoted(QStringLiteral("Exported by Gatehouse")));
            w.open(QStringLiteral("triggers ="));
            w.attr(QStringLiteral("redeployment"), QStringLiteral("sha1(aws_api_gateway_rest_api.%1.body)").arg(name));
            w.close();
            w.open(QStringLiteral("lifecycle"));
            w.attr(QStringLiteral("create_before_destroy"), QStringLiteral("true"));
            w.close();
            w.close();
            w.blank();
            for (const model::Stage &stage : api.stages) {
                const QString stageName = name + QLatin1Char('_') + tfIdentifier(stage.name);
                w.open(QStringLiteral("resource \"aws_api_gateway_stage\" \"%1\"").arg(stageName));
                w.attr(QStringLiteral("rest_api_id"), QStringLiteral("aws_api_gateway_rest_api.%1.id").arg(name));
                w.attr(QStringLiteral("deployment_id"), QStringLiteral("aws_api_gateway_deployment.%1.id").arg(name));
                w.attr(QStringLiteral("stage_name"), quoted(stage.name));
                if (!stage.description.isEmpty())
                    w.attr(QStringLiteral("description"), quoted(stage.description));
                if (!stage.variables.isEmpty())
                    w.attr(QStringLiteral("variables"), stringMap(stage.variables, w.depth()));
                if (stage.cache) {
                    w.attr(QStringLiteral("cache_cluster_enabled"), stage.cache->clusterEnabled ? QStringLiteral("true") : QStringLiteral("false"));
                    w.attr(QStringLiteral("cache_cluster_size"), quoted(stage.cache->clusterSize));
                }
                if (stage.canary) {
                    // canary_settings.deployment_id is required since AWS provider 5.75. The configuration deploys one
                    // version, so the canary starts on the stage's deployment.
                    const model::CanarySettings &c = *stage.canary;
                    w.open(QStringLiteral("canary_settings"));
                    w.attr(QStringLiteral("deployment_id"), QStringLiteral("aws_api_gateway_deployment.%1.id").arg(name));
                    w.attr(QStringLiteral("percent_traffic"), numberText(c.percentTraffic));
                    if (!c.stageVariableOverrides.isEmpty())
                        w.attr(QStringLiteral("stage_variable_overrides"), stringMap(c.stageVariableOverrides, w.depth()));
                    w.attr(QStringLiteral("use_stage_cache"), c.useStageCache ? QStringLiteral("true") : QStringLiteral("false"));
                    w.close();
                    collector.warn(QStringLiteral("%1: stage %2's canary serves deployment %3 locally; the configuration "
                                                  "deploys one version (the working definition), so on AWS the canary "
                                                  "starts on the stage's own deployment: point canary_settings.deployment_id "
                                                  "at a deployment of the next version to split traffic between two versions")
                                       .arg(api.id, stage.name, c.deploymentId));
                }
                w.close();
                w.blank();
                stageRefs.insert({api.id, stage.name}, QStringLiteral("aws_api_gateway_stage.") + stageName);
                int index = 0;
                for (const MethodSetting &s : restMethodSettings(stage)) {
                    const QString settingName = stageName + (s.httpMethod == QLatin1String("*")
                                                                 ? QStringLiteral("_all")
                                                                 : QStringLiteral("_%1").arg(++index));
                    w.open(QStringLiteral("resource \"aws_api_gateway_method_settings\" \"%1\"").arg(settingName));
                    w.attr(QStringLiteral("rest_api_id"), QStringLiteral("aws_api_gateway_rest_api.%1.id").arg(name));
                    w.attr(QStringLiteral("stage_name"), QStringLiteral("aws_api_gateway_stage.%1.stage_name").arg(stageName));
                    // method_path is RESOURCE/METHOD without the leading slash, or */*.
                    const QString path = s.resourcePath == QLatin1String("/*") ? QStringLiteral("*")
                                                                               : s.resourcePath.mid(1);
                    w.attr(QStringLiteral("method_path"), quoted(path.isEmpty() ? s.httpMethod : path + QLatin1Char('/') + s.httpMethod));
                    w.open(QStringLiteral("settings"));
                    if (s.throttle) {
                        w.attr(QStringLiteral("throttling_burst_limit"), QString::number(s.throttle->burstLimit));
                        w.attr(QStringLiteral("throttling_rate_limit"), numberText(s.throttle->rateLimit));
                    }
                    if (s.cachingEnabled)
                        w.attr(QStringLiteral("caching_enabled"), *s.cachingEnabled ? QStringLiteral("true") : QStringLiteral("false"));
                    if (s.cacheTtlInSeconds)
                        w.attr(QStringLiteral("cache_ttl_in_seconds"), QString::number(*s.cacheTtlInSeconds));
                    if (s.requireAuthorizationForCacheControl)
                        w.attr(QStringLiteral("require_authorization_for_cache_control"),
                               *s.requireAuthorizationForCacheControl ? QStringLiteral("true") : QStringLiteral("false"));
                    if (!s.unauthorizedCacheControlHeaderStrategy.isEmpty())
                        w.attr(QStringLiteral("unauthorized_cache_control_header_strategy"),
                               quoted(s.unauthorizedCacheControlHeaderStrategy));
                    w.close();
                    w.close();
                    w.blank();
                }
            }
        } else {
            w.open(QStringLiteral("resource \"aws_apigatewayv2_api\" \"%1\"").arg(name));
            w.attr(QStringLiteral("name"), quoted(title));
            w.attr(QStringLiteral("protocol_type"), quoted(QStringLiteral("HTTP")));
            w.attr(QStringLiteral("body"), QStringLiteral("jsonencode(") + hclValue(body, w.depth()) + QLatin1Char(')'));
            w.close();
            w.blank();
            bool deployment = false;
            for (const model::Stage &stage : api.stages) {
                if (stage.autoDeploy || deployment)
                    continue;
                deployment = true;
                w.open(QStringLiteral("resource \"aws_apigatewayv2_deployment\" \"%1\"").arg(name));
                w.attr(QStringLiteral("api_id"), QStringLiteral("aws_apigatewayv2_api.%1.id").arg(name));
                w.attr(QStringLiteral("description"), quoted(QStringLiteral("Exported by Gatehouse")));
                w.open(QStringLiteral("triggers ="));
                w.attr(QStringLiteral("redeployment"), QStringLiteral("sha1(aws_apigatewayv2_api.%1.body)").arg(name));
                w.close();
                w.open(QStringLiteral("lifecycle"));
                w.attr(QStringLiteral("create_before_destroy"), QStringLiteral("true"));
                w.close();
                w.close();
                w.blank();
            }
            for (const model::Stage &stage : api.stages) {
                const QString stageName = name + QLatin1Char('_')
                    + tfIdentifier(stage.name == QLatin1String("$default") ? QStringLiteral("default") : stage.name);
                w.open(QStringLiteral("resource \"aws_apigatewayv2_stage\" \"%1\"").arg(stageName));
                w.attr(QStringLiteral("api_id"), QStringLiteral("aws_apigatewayv2_api.%1.id").arg(name));
                w.attr(QStringLiteral("name"), quoted(stage.name));
                if (!stage.description.isEmpty())
                    w.attr(QStringLiteral("description"), quoted(stage.description));
                w.attr(QStringLiteral("auto_deploy"), stage.autoDeploy ? QStringLiteral("true") : QStringLiteral("false"));
                if (!stage.autoDeploy)
                    w.attr(QStringLiteral("deployment_id"), QStringLiteral("aws_apigatewayv2_deployment.%1.id").arg(name));
                if (!stage.variables.isEmpty())
                    w.attr(QStringLiteral("stage_variables"), stringMap(stage.variables, w.depth()));
                if (stage.throttle) {
                    w.open(QStringLiteral("default_route_settings"));
                    w.attr(QStringLiteral("throttling_burst_limit"), QString::number(stage.throttle->burstLimit));
                    w.attr(QStringLiteral("throttling_rate_limit"), numberText(stage.throttle->rateLimit));
                    w.close();
                }
                for (const auto &[routeKey, t] : stage.methodThrottles) {
                    w.open(QStringLiteral("route_settings"));
                    w.attr(QStringLiteral("route_key"), quoted(routeKey));
                    w.attr(QStringLiteral("throttling_burst_limit"), QString::number(t.burstLimit));
                    w.attr(QStringLiteral("throttling_rate_limit"), numberText(t.rateLimit));
                    w.close();
                }
                w.close();
                w.blank();
            }
        }
        for (const QString &fn : collector.functionsUsedBy(api.id)) {
            w.open(QStringLiteral("resource \"aws_lambda_permission\" \"%1_%2\"").arg(tfIdentifier(fn), name));
            w.attr(QStringLiteral("statement_id"), quoted(QStringLiteral("AllowApiGateway-%1").arg(logicalId(api.id))));
            w.attr(QStringLiteral("action"), quoted(QStringLiteral("lambda:InvokeFunction")));
            w.attr(QStringLiteral("function_name"), QStringLiteral("var.") + functionArnParameter(Target::Terraform, fn));
            w.attr(QStringLiteral("principal"), quoted(QStringLiteral("apigateway.amazonaws.com")));
            w.attr(QStringLiteral("source_arn"), QStringLiteral("\"${%1.execution_arn}/*\"").arg(apiRefs.value(api.id)));
            w.close();
            w.blank();
        }
    }
    for (const model::Function &fn : project.functions) {
        bool used = false;
        for (const model::Api &api : project.apis)
            used = used || collector.functionsUsedBy(api.id).contains(fn.name);
        if (!used)
            collector.warn(QStringLiteral("function %1 is not named by any exported API; the Terraform export has no "
                                          "function resources (use --format sam to take its code along)")
                               .arg(fn.name));
    }

    QHash<QString, QString> planNames;
    for (const model::UsagePlan &plan : project.usagePlans) {
        const QString planName = tfIdentifier(plan.name);
        planNames.insert(plan.name, planName);
        w.open(QStringLiteral("resource \"aws_api_gateway_usage_plan\" \"%1\"").arg(planName));
        w.attr(QStringLiteral("name"), quoted(plan.name));
        if (!plan.description.isEmpty())
            w.attr(QStringLiteral("description"), quoted(plan.description));
        for (const model::UsagePlanStage &s : plan.stages) {
            const QString stageRef = stageRefs.value({s.apiId, s.stage});
            if (stageRef.isEmpty()) {
                collector.warn(QStringLiteral("usage plan %1: stage %2 of API %3 is not in the configuration; left out of "
                                              "the plan")
                                   .arg(plan.name, s.stage, s.apiId));
                continue;
            }
            w.open(QStringLiteral("api_stages"));
            w.attr(QStringLiteral("api_id"), apiRefs.value(s.apiId) + QStringLiteral(".id"));
            w.attr(QStringLiteral("stage"), stageRef + QStringLiteral(".stage_name"));
            for (const auto &[methodPath, t] : s.methodThrottles) {
                w.open(QStringLiteral("throttle"));
                w.attr(QStringLiteral("path"), quoted(methodPath));
                w.attr(QStringLiteral("burst_limit"), QString::number(t.burstLimit));
                w.attr(QStringLiteral("rate_limit"), numberText(t.rateLimit));
                w.close();
            }
            w.close();
        }
        if (plan.throttle) {
            w.open(QStringLiteral("throttle_settings"));
            w.attr(QStringLiteral("burst_limit"), QString::number(plan.throttle->burstLimit));
            w.attr(QStringLiteral("rate_limit"), numberText(plan.throttle->rateLimit));
            w.close();
        }
        if (plan.quota) {
            w.open(QStringLiteral("quota_settings"));
            w.attr(QStringLiteral("limit"), QString::number(plan.quota->limit));
            if (plan.quota->offset > 0)
                w.attr(QStringLiteral("offset"), QString::number(plan.quota->offset));
            w.attr(QStringLiteral("period"), quoted(model::periodName(plan.quota->period)));
            w.close();
        }
        w.close();
        w.blank();
    }
    for (const model::ApiKey &key : project.apiKeys) {
        const QString keyName = tfIdentifier(key.name);
        const QString variable = QStringLiteral("api_key_%1_value").arg(keyName);
        collector.addParameter({variable,
                                QStringLiteral("Value of API key `%1` (at least 20 characters; the local one ends in %2)")
                                    .arg(key.name, key.masked().right(4)),
                                true},
                               QStringLiteral("variable %1 replaces the value of local API key `%2` (the configuration "
                                              "carries no secrets): pass the key clients will send")
                                   .arg(variable, key.name));
        w.open(QStringLiteral("resource \"aws_api_gateway_api_key\" \"%1\"").arg(keyName));
        w.attr(QStringLiteral("name"), quoted(key.name));
        w.attr(QStringLiteral("enabled"), key.enabled ? QStringLiteral("true") : QStringLiteral("false"));
        w.attr(QStringLiteral("value"), QStringLiteral("var.") + variable);
        w.close();
        w.blank();
        for (const QString &plan : key.usagePlans) {
            if (!planNames.contains(plan))
                continue;
            w.open(QStringLiteral("resource \"aws_api_gateway_usage_plan_key\" \"%1_%2\"").arg(keyName, planNames.value(plan)));
            w.attr(QStringLiteral("key_id"), QStringLiteral("aws_api_gateway_api_key.%1.id").arg(keyName));
            w.attr(QStringLiteral("key_type"), quoted(QStringLiteral("API_KEY")));
            w.attr(QStringLiteral("usage_plan_id"), QStringLiteral("aws_api_gateway_usage_plan.%1.id").arg(planNames.value(plan)));
            w.close();
            w.blank();
        }
    }

    HclWriter head;
    head.line(QStringLiteral("# %1 (exported by Gatehouse)").arg(project.name.isEmpty() ? QStringLiteral("Gatehouse project") : project.name));
    head.open(QStringLiteral("terraform"));
    head.open(QStringLiteral("required_providers"));
    head.open(QStringLiteral("aws ="));
    head.attr(QStringLiteral("source"), quoted(QStringLiteral("hashicorp/aws")));
    head.attr(QStringLiteral("version"), quoted(QStringLiteral(">= 5.0")));
    head.close();
    head.close();
    head.close();
    head.blank();
    head.line(QStringLiteral("data \"aws_region\" \"current\" {}"));
    head.line(QStringLiteral("data \"aws_caller_identity\" \"current\" {}"));
    head.line(QStringLiteral("data \"aws_partition\" \"current\" {}"));
    head.blank();
    for (const ExportParameter &p : collector.parameters()) {
        head.open(QStringLiteral("variable \"%1\"").arg(p.name));
        head.attr(QStringLiteral("type"), QStringLiteral("string"));
        head.attr(QStringLiteral("description"), quoted(p.description));
        if (p.secret)
            head.attr(QStringLiteral("sensitive"), QStringLiteral("true"));
        head.close();
        head.blank();
    }
    QString text = head.text() + w.text();
    while (text.endsWith(QStringLiteral("\n\n")))
        text.chop(1);
    result.text = text.toUtf8();
    result.warnings = collector.warnings();
    result.parameters = collector.parameters();
    return result;
}

} // namespace gw::io
