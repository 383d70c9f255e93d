// SPDX-License-Identifier: GPL-3.0-or-later
// AWS SAM and CloudFormation templates of a project.
#include "exportlocal.h"

#include "openapi.h"
#include "projectcanary.h"

#include <QDir>

namespace gw::io {

using namespace exportlocal;

namespace exportlocal {

doc::Node definitionBody(const model::Api &api, Collector &collector)
{
    doc::Node body = writeOpenApi(api.definition);
    if (api.protocol == model::Protocol::Http) {
        if (!body.contains(u"x-amazon-apigateway-importexport-version"))
            body.set(QStringLiteral("x-amazon-apigateway-importexport-version"), doc::Node::string(QStringLiteral("1.0")));
    } else {
        body.remove(u"x-amazon-apigateway-importexport-version");
    }
    QStringList completions;
    completeForAws(body, api.id, &completions);
    for (const QString &w : std::as_const(completions))
        collector.warn(w);
    collector.rewrite(body, api.id);
    for (const model::Stage &stage : api.stages) {
        const model::Deployment *dep = api.deployment(stage.deploymentId);
        if (!stage.autoDeploy && dep && dep->definition.document.isMapping() && !(dep->definition == api.definition)) {
            collector.warn(QStringLiteral("%1: stage %2 serves deployment %3, which differs from the working definition; "
                                          "the export deploys the working definition to it")
                               .arg(api.id, stage.name, dep->id));
        }
    }
    return body;
}

QString lambdaRuntime(const QString &runtime)
{
    if (runtime == QLatin1String("nodejs"))
        return QStringLiteral("nodejs20.x");
    if (runtime == QLatin1String("python"))
        return QStringLiteral("python3.12");
    if (runtime == QLatin1String("provided"))
        return QStringLiteral("provided.al2023");
    return runtime;
}

} // namespace exportlocal

namespace {

doc::Node str(const QString &s)
{
    return doc::Node::string(s);
}

doc::Node ref(const QString &logicalId)
{
    doc::Node n = doc::Node::mapping();
    n.set(QStringLiteral("Ref"), str(logicalId));
    return n;
}

doc::Node sub(const QString &text)
{
    doc::Node n = doc::Node::mapping();
    n.set(QStringLiteral("Fn::Sub"), str(text));
    return n;
}

doc::Node number(double value)
{
    return value == double(qint64(value)) ? doc::Node::integer(qint64(value)) : doc::Node::number(value);
}

doc::Node resource(const QString &type, doc::Node properties)
{
    doc::Node r = doc::Node::mapping();
    r.set(QStringLiteral("Type"), str(type));
    r.set(QStringLiteral("Properties"), std::move(properties));
    return r;
}

doc::Node throttleSettings(const model::Throttle &t, const char *rateKey, const char *burstKey)
{
    doc::Node n = doc::Node::mapping();
    n.set(QLatin1String(burstKey), doc::Node::integer(t.burstLimit));
    n.set(QLatin1String(rateKey), number(t.rateLimit));
    return n;
}

/// CloudFormation's MethodSetting.ResourcePath: "/" for the root, "/*" for every resource, else '/' as "~1".
QString encodedResourcePath(const QString &path)
{
    if (path == QLatin1String("/") || path == QLatin1String("/*"))
        return path;
    QString p = path;
    return QLatin1Char('/') + p.replace(QLatin1Char('/'), QLatin1String("~1"));
}

doc::Node methodSettings(const model::Stage &stage, const QString &apiId, Collector &collector)
{
    if (stage.cache) {
        bool defaults = stage.cache->requireAuthorizationForCacheControl
            && stage.cache->unauthorizedCacheControlHeaderStrategy == QLatin1String("SUCCEED_WITH_RESPONSE_HEADER");
        for (const auto &[path, m] : stage.cache->methods)
            defaults = defaults && !m.requireAuthorizationForCacheControl && m.unauthorizedCacheControlHeaderStrategy.isEmpty();
        if (!defaults)
            collector.warn(QStringLiteral("%1: stage %2: CloudFormation's MethodSettings cannot set "
                                          "requireAuthorizationForCacheControl or unauthorizedCacheControlHeaderStrategy; "
                                          "set them after deploying (aws apigateway update-stage), or use --format terraform")
                               .arg(apiId, stage.name));
    }
    doc::Node list = doc::Node::sequence();
    for (const MethodSetting &s : restMethodSettings(stage)) {
        doc::Node n = doc::Node::mapping();
        n.set(QStringLiteral("ResourcePath"), str(encodedResourcePath(s.resourcePath)));
        n.set(QStringLiteral("HttpMethod"), str(s.httpMethod));
        if (s.throttle) {
            n.set(QStringLiteral("ThrottlingBurstLimit"), doc::Node::integer(s.throttle->burstLimit));
            n.set(QStringLiteral("ThrottlingRateLimit"), number(s.throttle->rateLimit));
        }
        if (s.cachingEnabled)
            n.set(QStringLiteral("CachingEnabled"), doc::Node::boolean(*s.cachingEnabled));
        if (s.cacheTtlInSeconds)
            n.set(QStringLiteral("CacheTtlInSeconds"), doc::Node::integer(*s.cacheTtlInSeconds));
        list.append(n);
    }
    return list;
}

doc::Node variables(const QList<QPair<QString, QString>> &vars)
{
    doc::Node n = doc::Node::mapping();
    for (const auto &[k, v] : vars)
        n.set(k, str(v));
    return n;
}

/// A REST stage's canary as CloudFormation's CanarySetting (of AWS::ApiGateway::Stage and AWS::Serverless::Api).
/// The template deploys one version, the working definition, so the canary starts on that deployment too:
/// `deployment` (CloudFormation), or none (SAM names its deployment itself); a warning says so.
doc::Node canarySetting(const model::Api &api, const model::Stage &stage, const doc::Node &deployment, Collector &collector)
{
    const model::CanarySettings &c = *stage.canary;
    doc::Node n = doc::Node::mapping();
    if (!deployment.isNull())
        n.set(QStringLiteral("DeploymentId"), deployment);
    n.set(QStringLiteral("PercentTraffic"), canaryPercentNode(c.percentTraffic));
    if (!c.stageVariableOverrides.isEmpty())
        n.set(QStringLiteral("StageVariableOverrides"), variables(c.stageVariableOverrides));
    n.set(QStringLiteral("UseStageCache"), doc::Node::boolean(c.useStageCache));
    collector.warn(QStringLiteral("%1: stage %2's canary serves deployment %3 locally; the template deploys one version (the "
                                  "working definition), so on AWS the canary starts on the stage's own deployment: deploy "
                                  "the next version to the canary (aws apigateway create-deployment --canary-settings) to "
                                  "split traffic between two versions")
                       .arg(api.id, stage.name, c.deploymentId));
    return n;
}

/// HTTP API stage route settings: the stage default and per route ("GET /pets").
void httpRouteSettings(const model::Stage &stage, doc::Node &props)
{
    if (stage.throttle)
        props.set(QStringLiteral("DefaultRouteSettings"),
                  throttleSettings(*stage.throttle, "ThrottlingRateLimit", "ThrottlingBurstLimit"));
    if (!stage.methodThrottles.isEmpty()) {
        doc::Node routes = doc::Node::mapping();
        for (const auto &[routeKey, t] : stage.methodThrottles)
            routes.set(routeKey, throttleSettings(t, "ThrottlingRateLimit", "ThrottlingBurstLimit"));
        props.set(QStringLiteral("RouteSettings"), routes);
    }
}

QString relativeCodeUri(const model::Project &project, const model::Function &fn, const QString &outputDir)
{
    const QString absolute = project.codePath(fn);
    const QString base = outputDir.isEmpty() ? (project.baseDir.isEmpty() ? QDir::currentPath() : project.baseDir) : outputDir;
    return QDir(base).relativeFilePath(absolute);
}

} // namespace

ExportResult exportCloudFormation(const model::Project &project, const ExportOptions &options, bool sam)
{
    ExportResult result;
    Collector collector(project, sam ? Target::Sam : Target::CloudFormation);
    QHash<QString, QString> apiRefs;
    for (const model::Api &api : project.apis) {
        if (api.protocol != model::Protocol::WebSocket)
            apiRefs.insert(api.id, logicalId(api.id) + QStringLiteral("Api"));
    }
    collector.setTemplateApis(apiRefs);

    doc::Node resources = doc::Node::mapping();
    doc::Node outputs = doc::Node::mapping();
    // (API id, stage name) → what a usage plan's ApiStages.Stage refers to.
    QHash<QPair<QString, QString>, doc::Node> stageRefs;

    for (const model::Api &api : project.apis) {
        if (api.protocol == model::Protocol::WebSocket) {
            collector.warn(QStringLiteral("%1: WebSocket APIs are not exported by this version of Gatehouse; left out").arg(api.id));
            continue;
        }
        const QString apiLogical = apiRefs.value(api.id);
        const bool rest = api.protocol == model::Protocol::Rest;
        doc::Node body = definitionBody(api, collector);
        const auto addOutput = [&](const model::Stage &stage) {
            const QString path = stage.name == QLatin1String("$default") ? QString() : stage.name;
            doc::Node out = doc::Node::mapping();
            out.set(QStringLiteral("Description"), str(QStringLiteral("Invoke URL of %1, stage %2").arg(api.id, stage.name)));
            out.set(QStringLiteral("Value"),
                    sub(QStringLiteral("https://${%1}.execute-api.${AWS::Region}.${AWS::URLSuffix}/%2").arg(apiLogical, path)));
            outputs.set(apiLogical + logicalId(stage.name == QLatin1String("$default") ? QStringLiteral("default") : stage.name)
                            + QStringLiteral("Url"),
                        out);
        };
        if (sam) {
            doc::Node props = doc::Node::mapping();
            const model::Stage *stage = api.stages.isEmpty() ? nullptr : &api.stages.first();
            if (api.stages.size() > 1) {
                QStringList left;
                for (qsizetype i = 1; i < api.stages.size(); ++i)
                    left.append(api.stages[i].name);
                collector.warn(QStringLiteral("%1: a SAM API has one stage; %2 is exported, %3 left out (use --format "
                                              "cloudformation for every stage)")
                                   .arg(api.id, stage->name, left.join(QLatin1String(", "))));
            }
            if (rest) {
                props.set(QStringLiteral("StageName"), str(stage ? stage->name : QStringLiteral("prod")));
                if (!stage)
                    collector.warn(QStringLiteral("%1: the API has no stage; SAM needs one, so it is deployed to `prod`").arg(api.id));
                props.set(QStringLiteral("DefinitionBody"), body);
                if (stage) {
                    if (!stage->description.isEmpty())
                        props.set(QStringLiteral("Description"), str(stage->description));
                    if (!stage->variables.isEmpty())
                        props.set(QStringLiteral("Variables"), variables(stage->variables));
                    if (stage->cache) {
                        props.set(QStringLiteral("CacheClusterEnabled"), doc::Node::boolean(stage->cache->clusterEnabled));
                        props.set(QStringLiteral("CacheClusterSize"), str(stage->cache->clusterSize));
                    }
                    const doc::Node settings = methodSettings(*stage, api.id, collector);
                    if (!settings.isEmpty())
                        props.set(QStringLiteral("MethodSettings"), settings);
                    if (stage->canary)
                        props.set(QStringLiteral("CanarySetting"), canarySetting(api, *stage, doc::Node(), collector));
                }
                resources.set(apiLogical, resource(QStringLiteral("AWS::Serverless::Api"), props));
            } else {
                if (stage)
                    props.set(QStringLiteral("StageName"), str(stage->name));
                props.set(QStringLiteral("DefinitionBody"), body);
                if (stage) {
                    if (!stage->variables.isEmpty())
                        props.set(QStringLiteral("StageVariables"), variables(stage->variables));
                    httpRouteSettings(*stage, props);
                    if (!stage->autoDeploy)
                        collector.warn(QStringLiteral("%1: stage %2 does not auto-deploy here; SAM HTTP APIs always deploy "
                                                      "on update")
                                           .arg(api.id, stage->name));
                }
                resources.set(apiLogical, resource(QStringLiteral("AWS::Serverless::HttpApi"), props));
            }
            if (stage) {
                // SAM names the stage it makes `<Api>.Stage`.
                stageRefs.insert({api.id, stage->name}, ref(apiLogical + QStringLiteral(".Stage")));
                addOutput(*stage);
            }
        } else if (rest) {
            doc::Node apiProps = doc::Node::mapping();
            apiProps.set(QStringLiteral("Body"), body);
            resources.set(apiLogical, resource(QStringLiteral("AWS::ApiGateway::RestApi"), apiProps));
            const QString deployment = logicalId(api.id) + QStringLiteral("Deployment");
            doc::Node depProps = doc::Node::mapping();
            depProps.set(QStringLiteral("RestApiId"), ref(apiLogical));
            depProps.set(QStringLiteral("Description"), str(QStringLiteral("Exported by Gatehouse")));
            resources.set(deployment, resource(QStringLiteral("AWS::ApiGateway::Deployment"), depProps));
            for (const model::Stage &stage : api.stages) {
                const QString stageLogical = logicalId(api.id) + logicalId(stage.name) + QStringLiteral("Stage");
                doc::Node props = doc::Node::mapping();
                props.set(QStringLiteral("RestApiId"), ref(apiLogical));
                props.set(QStringLiteral("DeploymentId"), ref(deployment));
                props.set(QStringLiteral("StageName"), str(stage.name));
                if (!stage.description.isEmpty())
                    props.set(QStringLiteral("Description"), str(stage.description));
                if (!stage.variables.isEmpty())
                    props.set(QStringLiteral("Variables"), variables(stage.variables));
                if (stage.cache) {
                    props.set(QStringLiteral("CacheClusterEnabled"), doc::Node::boolean(stage.cache->clusterEnabled));
                    props.set(QStringLiteral("CacheClusterSize"), str(stage.cache->clusterSize));
                }
                const doc::Node settings = methodSettings(stage, api.id, collector);
                if (!settings.isEmpty())
                    props.set(QStringLiteral("MethodSettings"), settings);
                if (stage.canary)
                    props.set(QStringLiteral("CanarySetting"), canarySetting(api, stage, ref(deployment), collector));
                resources.set(stageLogical, resource(QStringLiteral("AWS::ApiGateway::Stage"), props));
                stageRefs.insert({api.id, stage.name}, ref(stageLogical));
                addOutput(stage);
            }
        } else {
            doc::Node apiProps = doc::Node::mapping();
            apiProps.set(QStringLiteral("Body"), body);
            resources.set(apiLogical, resource(QStringLiteral("AWS::ApiGatewayV2::Api"), apiProps));
            QString deployment;
            for (const model::Stage &stage : api.stages) {
                if (stage.autoDeploy || !deployment.isEmpty())
                    continue;
                deployment = logicalId(api.id) + QStringLiteral("Deployment");
                doc::Node depProps = doc::Node::mapping();
                depProps.set(QStringLiteral("ApiId"), ref(apiLogical));
                depProps.set(QStringLiteral("Description"), str(QStringLiteral("Exported by Gatehouse")));
                resources.set(deployment, resource(QStringLiteral("AWS::ApiGatewayV2::Deployment"), depProps));
            }
            for (const model::Stage &stage : api.stages) {
                const QString stageLogical = logicalId(api.id)
                    + logicalId(stage.name == QLatin1String("$default") ? QStringLiteral("default") : stage.name)
                    + QStringLiteral("Stage");
                doc::Node props = doc::Node::mapping();
                props.set(QStringLiteral("ApiId"), ref(apiLogical));
                props.set(QStringLiteral("StageName"), str(stage.name));
                if (!stage.description.isEmpty())
                    props.set(QStringLiteral("Description"), str(stage.description));
                props.set(QStringLiteral("AutoDeploy"), doc::Node::boolean(stage.autoDeploy));
                if (!stage.autoDeploy)
                    props.set(QStringLiteral("DeploymentId"), ref(deployment));
                if (!stage.variables.isEmpty())
                    props.set(QStringLiteral("StageVariables"), variables(stage.variables));
                httpRouteSettings(stage, props);
                resources.set(stageLogical, resource(QStringLiteral("AWS::ApiGatewayV2::Stage"), props));
                addOutput(stage);
            }
        }
    }

    // Functions: SAM takes them with their code; CloudFormation names them by ARN (a parameter each, added when the
    // definitions were rewritten). Either way API Gateway needs permission to invoke them.
    QStringList used;
    for (const model::Api &api : project.apis) {
        for (const QString &fn : collector.functionsUsedBy(api.id)) {
            if (!used.contains(fn))
                used.append(fn);
        }
    }
    if (sam) {
        for (const model::Function &fn : project.functions) {
            doc::Node props = doc::Node::mapping();
            const QString codeUri = relativeCodeUri(project, fn, options.outputDir);
            props.set(QStringLiteral("CodeUri"), str(codeUri));
            props.set(QStringLiteral("Handler"), str(fn.handler));
            const QString runtime = lambdaRuntime(fn.runtime);
            props.set(QStringLiteral("Runtime"), str(runtime));
            if (runtime != fn.runtime)
                collector.warn(QStringLiteral("function %1: the local runtime `%2` is exported as %3; change Runtime if "
                                              "you need another version")
                                   .arg(fn.name, fn.runtime, runtime));
            props.set(QStringLiteral("MemorySize"), doc::Node::integer(fn.memorySize));
            props.set(QStringLiteral("Timeout"), doc::Node::integer(fn.timeout));
            if (!fn.environment.isEmpty()) {
                doc::Node env = doc::Node::mapping();
                env.set(QStringLiteral("Variables"), variables(fn.environment));
                props.set(QStringLiteral("Environment"), env);
            }
            if (fn.reservedConcurrency >= 0)
                props.set(QStringLiteral("ReservedConcurrentExecutions"), doc::Node::integer(fn.reservedConcurrency));
            resources.set(logicalId(fn.name) + QStringLiteral("Function"),
                          resource(QStringLiteral("AWS::Serverless::Function"), props));
            collector.warn(QStringLiteral("function %1: CodeUri %2 is the local code folder, relative to the template; "
                                          "`sam build` packages it (move the template or fix the path if you write it "
                                          "elsewhere)")
                               .arg(fn.name, codeUri));
        }
    } else {
        for (const model::Function &fn : project.functions) {
            if (!used.contains(fn.name))
                collector.warn(QStringLiteral("function %1 is not named by any exported API; a CloudFormation export has "
                                              "no function resources (use --format sam to take its code along)")
                                   .arg(fn.name));
        }
    }
    for (const model::Api &api : project.apis) {
        for (const QString &fn : collector.functionsUsedBy(api.id)) {
            doc::Node props = doc::Node::mapping();
            props.set(QStringLiteral("Action"), str(QStringLiteral("lambda:InvokeFunction")));
            props.set(QStringLiteral("FunctionName"), sam ? ref(logicalId(fn) + QStringLiteral("Function"))
                                                          : ref(functionArnParameter(Target::CloudFormation, fn)));
            props.set(QStringLiteral("Principal"), str(QStringLiteral("apigateway.amazonaws.com")));
            props.set(QStringLiteral("SourceArn"),
                      sub(QStringLiteral("arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${%1}/*")
                              .arg(apiRefs.value(api.id))));
            resources.set(logicalId(fn) + logicalId(api.id) + QStringLiteral("Permission"),
                          resource(QStringLiteral("AWS::Lambda::Permission"), props));
        }
    }

    // Usage plans and API keys (REST stages only, as AWS).
    QHash<QString, QString> planLogical;
    for (const model::UsagePlan &plan : project.usagePlans) {
        const QString logical = logicalId(plan.name) + QStringLiteral("UsagePlan");
        planLogical.insert(plan.name, logical);
        doc::Node props = doc::Node::mapping();
        props.set(QStringLiteral("UsagePlanName"), str(plan.name));
        if (!plan.description.isEmpty())
            props.set(QStringLiteral("Description"), str(plan.description));
        doc::Node apiStages = doc::Node::sequence();
        for (const model::UsagePlanStage &s : plan.stages) {
            const auto stageRef = stageRefs.constFind({s.apiId, s.stage});
            const model::Api *api = project.api(s.apiId);
            if (stageRef == stageRefs.cend() || !api || api->protocol != model::Protocol::Rest) {
                collector.warn(QStringLiteral("usage plan %1: stage %2 of API %3 is not in the template; left out of the plan")
                                   .arg(plan.name, s.stage, s.apiId));
                continue;
            }
            doc::Node st = doc::Node::mapping();
            st.set(QStringLiteral("ApiId"), ref(apiRefs.value(s.apiId)));
            st.set(QStringLiteral("Stage"), *stageRef);
            if (!s.methodThrottles.isEmpty()) {
                doc::Node t = doc::Node::mapping();
                for (const auto &[methodPath, throttle] : s.methodThrottles)
                    t.set(methodPath, throttleSettings(throttle, "RateLimit", "BurstLimit"));
                st.set(QStringLiteral("Throttle"), t);
            }
            apiStages.append(st);
        }
        if (!apiStages.isEmpty())
            props.set(QStringLiteral("ApiStages"), apiStages);
        if (plan.throttle)
            props.set(QStringLiteral("Throttle"), throttleSettings(*plan.throttle, "RateLimit", "BurstLimit"));
        if (plan.quota) {
            doc::Node q = doc::Node::mapping();
            q.set(QStringLiteral("Limit"), doc::Node::integer(plan.quota->limit));
            if (plan.quota->offset > 0)
                q.set(QStringLiteral("Offset"), doc::Node::integer(plan.quota->offset));
            q.set(QStringLiteral("Period"), str(model::periodName(plan.quota->period)));
            props.set(QStringLiteral("Quota"), q);
        }
        resources.set(logical, resource(QStringLiteral("AWS::ApiGateway::UsagePlan"), props));
    }
    for (const model::ApiKey &key : project.apiKeys) {
        const QString logical = logicalId(key.name) + QStringLiteral("ApiKey");
        const QString valueParam = logical + QStringLiteral("Value");
        collector.addParameter({valueParam,
                                QStringLiteral("Value of API key `%1` (at least 20 characters; the local one ends in %2)")
                                    .arg(key.name, key.masked().right(4)),
                                true},
                               QStringLiteral("parameter %1 replaces the value of local API key `%2` (the template "
                                              "carries no secrets): pass the key clients will send")
                                   .arg(valueParam, key.name));
        doc::Node props = doc::Node::mapping();
        props.set(QStringLiteral("Name"), str(key.name));
        props.set(QStringLiteral("Enabled"), doc::Node::boolean(key.enabled));
        props.set(QStringLiteral("Value"), ref(valueParam));
        doc::Node keyResource = resource(QStringLiteral("AWS::ApiGateway::ApiKey"), props);
        resources.set(logical, keyResource);
        for (const QString &plan : key.usagePlans) {
            if (!planLogical.contains(plan))
                continue;
            doc::Node kp = doc::Node::mapping();
            kp.set(QStringLiteral("KeyId"), ref(logical));
            kp.set(QStringLiteral("KeyType"), str(QStringLiteral("API_KEY")));
            kp.set(QStringLiteral("UsagePlanId"), ref(planLogical.value(plan)));
            resources.set(logicalId(key.name) + logicalId(plan) + QStringLiteral("UsagePlanKey"),
                          resource(QStringLiteral("AWS::ApiGateway::UsagePlanKey"), kp));
        }
    }

    doc::Node root = doc::Node::mapping();
    root.set(QStringLiteral("AWSTemplateFormatVersion"), str(QStringLiteral("2010-09-09")));
    if (sam)
        root.set(QStringLiteral("Transform"), str(QStringLiteral("AWS::Serverless-2016-10-31")));
    root.set(QStringLiteral("Description"),
             str(QStringLiteral("%1 (exported by Gatehouse)").arg(project.name.isEmpty() ? QStringLiteral("Gatehouse project") : project.name)));
    if (!collector.parameters().isEmpty()) {
        doc::Node params = doc::Node::mapping();
        for (const ExportParameter &p : collector.parameters()) {
            doc::Node n = doc::Node::mapping();
            n.set(QStringLiteral("Type"), str(QStringLiteral("String")));
            n.set(QStringLiteral("Description"), str(p.description));
            if (p.secret) {
                n.set(QStringLiteral("NoEcho"), doc::Node::boolean(true));
                n.set(QStringLiteral("MinLength"), doc::Node::integer(20));
            }
            params.set(p.name, n);
        }
        root.set(QStringLiteral("Parameters"), params);
    }
    root.set(QStringLiteral("Resources"), resources);
    if (!outputs.isEmpty())
        root.set(QStringLiteral("Outputs"), outputs);
    result.text = options.syntax == doc::Syntax::Json ? doc::writeJson(root) : doc::writeYaml(root);
    result.warnings = collector.warnings();
    result.parameters = collector.parameters();
    return result;
}

} // namespace gw::io
