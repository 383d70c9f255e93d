// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectlint.h"

#include "model/function.h"
#include "routing/routetree.h"

#include <QRegularExpression>
#include <QSet>

namespace gw {

namespace places {

namespace {

/// `path` as the Explorer keys spell it: a leading '/', no trailing '/' (except the root); "$default" as it is.
QString normalizedPath(QString path)
{
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.startsWith(QLatin1Char('/')) && !path.startsWith(QLatin1Char('$')))
        path.prepend(QLatin1Char('/'));
    return path;
}

bool isDefaultPath(const QString &path)
{
    return path == QLatin1String("$default") || path == QLatin1String("/$default");
}

} // namespace

QString api(const QString &apiId)
{
    return QStringLiteral("api:%1").arg(apiId);
}

QString operation(const model::Api &api, const QString &path, const QString &method)
{
    if (api.protocol == model::Protocol::Rest)
        return QStringLiteral("method:%1:%2:%3").arg(api.id, normalizedPath(path), method);
    if (isDefaultPath(path))
        return QStringLiteral("route:%1:$default").arg(api.id);
    return QStringLiteral("route:%1:%2 %3").arg(api.id, method, path);
}

QString authorizer(const QString &apiId, const QString &name)
{
    return QStringLiteral("authorizer:%1:%2").arg(apiId, name);
}

QString model(const QString &apiId, const QString &name)
{
    return QStringLiteral("model:%1:%2").arg(apiId, name);
}

QString validator(const QString &apiId, const QString &name)
{
    return QStringLiteral("validator:%1:%2").arg(apiId, name);
}

QString gatewayResponse(const QString &apiId, const QString &type)
{
    return QStringLiteral("gatewayresponse:%1:%2").arg(apiId, type);
}

QString integration(const QString &apiId, const QString &name)
{
    return QStringLiteral("integration:%1:%2").arg(apiId, name);
}

QString stage(const QString &apiId, const QString &name)
{
    return QStringLiteral("stage:%1:%2").arg(apiId, name);
}

QString usagePlan(const QString &name)
{
    return QStringLiteral("usageplan:%1").arg(name);
}

QString apiKey(const QString &name)
{
    return QStringLiteral("apikey:%1").arg(name);
}

QString function(const QString &name)
{
    return QStringLiteral("function:%1").arg(name);
}

QString forWhere(const model::Api &api, const QString &where, const QString &stageName)
{
    static const QRegularExpression operationWhere(QStringLiteral("^([A-Z]+) (/\\S*)$"));
    if (isDefaultPath(where) && api.definition.path(u"$default"))
        return operation(api, where, QStringLiteral("ANY"));
    if (const QRegularExpressionMatch m = operationWhere.match(where); m.hasMatch()) {
        const QString method = m.captured(1);
        const QString path = normalizedPath(m.captured(2));
        for (const model::PathItem &pi : api.definition.paths) {
            if (normalizedPath(pi.path) != path)
                continue;
            for (const model::Operation &op : pi.operations) {
                if (op.method == method)
                    return operation(api, pi.path, op.method);
            }
            if (api.protocol == model::Protocol::Rest)
                return QStringLiteral("resource:%1:%2").arg(api.id, path);
        }
    }
    if (api.protocol == model::Protocol::WebSocket && api.definition.document[u"routes"].contains(where))
        return QStringLiteral("route:%1:%2").arg(api.id, where);
    const doc::Node &document = api.definition.document;
    if (where.startsWith(QLatin1String("authorizer "))) {
        const QString name = where.mid(11);
        if (document[u"components"][u"securitySchemes"].contains(name) || document[u"authorizers"].contains(name))
            return authorizer(api.id, name);
    }
    static const QRegularExpression responseType(QStringLiteral("^(?:gateway response )?([A-Z][A-Z0-9_]+)$"));
    if (const QRegularExpressionMatch m = responseType.match(where); m.hasMatch() && api.protocol == model::Protocol::Rest) {
        const QString type = m.captured(1);
        if (type != QLatin1String("AWS_IAM")) {
            return document[u"x-amazon-apigateway-gateway-responses"].contains(type)
                ? gatewayResponse(api.id, type)
                : QStringLiteral("gatewayresponses:%1").arg(api.id);
        }
    }
    if (where.startsWith(QLatin1String("stage "))) {
        const QString name = where.mid(6);
        if (api.stage(name))
            return stage(api.id, name);
    }
    if (!stageName.isEmpty() && api.stage(stageName))
        return stage(api.id, stageName);
    return places::api(api.id);
}

} // namespace places

namespace {

using Severity = io::Diagnostic::Severity;

/// `${...}` variables (stage variables, AWS pseudo parameters) stand for a valid value of any part.
QString withoutVariables(QString text)
{
    static const QRegularExpression variable(QStringLiteral("\\$\\{[^}]*\\}"));
    return text.replace(variable, QStringLiteral("000000000000"));
}

const QRegularExpression &lambdaFunctionArn()
{
    static const QRegularExpression re(
        QStringLiteral("^arn:[a-z0-9-]+:lambda:[a-z0-9-]+:[0-9]{12}:function:[A-Za-z0-9_-]{1,64}(?::[A-Za-z0-9_$-]+)?$"));
    return re;
}

class Linter
{
public:
    Linter(const model::Project &project, QList<io::Diagnostic> &out) : m_project(project), m_out(out) {}

    void run()
    {
        for (const model::Api &api : m_project.apis) {
            if (api.protocol == model::Protocol::WebSocket) {
                lintWebSocketAuthorizers(api);
                continue;
            }
            lintRoutes(api);
            lintOperations(api);
            lintAuthorizers(api);
            lintSharedIntegrations(api);
        }
        lintUsagePlans();
    }

private:
    void add(Severity severity, const QString &field, const QString &message, const QString &hint, const QString &place,
             int line = 0)
    {
        io::Diagnostic d;
        d.severity = severity;
        d.line = line;
        d.field = field;
        d.message = message;
        d.hint = hint;
        d.place = place;
        m_out.append(std::move(d));
    }

    static QString pathField(const model::Api &api, const QString &path)
    {
        return QStringLiteral("apis[%1].paths.%2").arg(api.id, path);
    }

    static QString where(const model::Api &api, const model::PathItem &pi, const model::Operation &op)
    {
        if (api.protocol != model::Protocol::Rest
            && (pi.path == QLatin1String("$default") || pi.path == QLatin1String("/$default")))
            return QStringLiteral("the $default route");
        return op.method + QLatin1Char(' ') + pi.path;
    }

    /// Paths that do not parse, routes AWS refuses side by side, and methods or routes defined twice. The field and
    /// message of a conflict are the compiler's, so that a deployed conflict is not listed twice.
    void lintRoutes(const model::Api &api)
    {
        const bool rest = api.protocol == model::Protocol::Rest;
        routing::RouteTree tree(rest ? routing::RouteTree::Precedence::Rest : routing::RouteTree::Precedence::Http);
        QSet<QString> seen; // "METHOD normalised-path"
        for (const model::PathItem &pi : api.definition.paths) {
            const bool defaultRoute = pi.path == QLatin1String("$default") || pi.path == QLatin1String("/$default");
            routing::PathTemplate tmpl;
            QString error;
            if (!defaultRoute && !routing::PathTemplate::parse(pi.path, &tmpl, &error)) {
                add(Severity::Error, pathField(api, pi.path), error,
                    rest ? QStringLiteral("rename the resource") : QStringLiteral("change the route's path"),
                    pi.operations.isEmpty() ? places::api(api.id) : places::operation(api, pi.path, pi.operations.first().method),
                    pi.line);
                continue;
            }
            for (const model::Operation &op : pi.operations) {
                const QString key = op.method + QLatin1Char(' ') + (defaultRoute ? QStringLiteral("$default") : tmpl.path());
                if (seen.contains(key)) {
                    add(Severity::Error, pathField(api, pi.path),
                        rest ? QStringLiteral("%1 is defined twice; AWS keeps one method per verb on a resource").arg(key)
                             : QStringLiteral("the route %1 is defined twice; AWS refuses duplicate route keys").arg(key),
                        QStringLiteral("delete one of them"), places::operation(api, pi.path, op.method), op.line ? op.line : pi.line);
                    continue;
                }
                seen.insert(key);
                if (defaultRoute)
                    continue;
                if (!tree.addRoute(tmpl, op.method, 0, &error)) {
                    add(Severity::Error, pathField(api, pi.path), error,
                        rest ? QStringLiteral("use one variable name for sibling resources (rename the resource), or "
                                          "move one of them")
                             : QStringLiteral("use the same variable name in both routes, or change one route's path"),
                        places::operation(api, pi.path, op.method), pi.line);
                }
            }
        }
    }

    void lintOperations(const model::Api &api)
    {
        const bool rest = api.protocol == model::Protocol::Rest;
        const doc::Node &document = api.definition.document;
        const doc::Node &schemes = document[u"components"][u"securitySchemes"];
        const doc::Node &validators = document[u"x-amazon-apigateway-request-validators"];
        const doc::Node &shared = document[u"components"][u"x-amazon-apigateway-integrations"];
        if (const QString v = document[u"x-amazon-apigateway-request-validator"].toString(); !v.isEmpty() && !validators.contains(v))
            add(Severity::Error, QStringLiteral("apis[%1].x-amazon-apigateway-request-validator").arg(api.id),
                QStringLiteral("the API's default request validator %1 is not defined").arg(v),
                QStringLiteral("add validator %1, or choose another one").arg(v), places::api(api.id));
        for (const model::PathItem &pi : api.definition.paths) {
            for (const model::Operation &op : pi.operations) {
                const QString what = where(api, pi, op);
                const QString place = places::operation(api, pi.path, op.method);
                const QString field = pathField(api, pi.path) + QLatin1Char('.') + op.method.toLower();
                const int line = op.line ? op.line : pi.line;
                if (!op.integrationRef.isEmpty()) {
                    if (!shared.contains(op.integrationRef))
                        add(Severity::Error, field + QStringLiteral(".x-amazon-apigateway-integration"),
                            QStringLiteral("%1 uses integration %2, which components.x-amazon-apigateway-integrations "
                                           "does not define")
                                .arg(what, op.integrationRef),
                            QStringLiteral("choose an existing integration for the route, or add %1").arg(op.integrationRef),
                            place, line);
                } else if (!op.integration) {
                    if (rest)
                        add(Severity::Error, field, QStringLiteral("%1 has no integration; AWS refuses to deploy the API "
                                                                   "(\"No integration defined for method\")")
                                                        .arg(what),
                            QStringLiteral("choose an integration type in the method editor, or delete the method"), place, line);
                    else
                        add(Severity::Warning, field,
                            QStringLiteral("%1 has no integration; requests to it cannot be answered").arg(what),
                            QStringLiteral("attach an integration in the route editor, or delete the route"), place, line);
                } else {
                    lintIntegration(*op.integration, field + QStringLiteral(".x-amazon-apigateway-integration"), what,
                                    place, line);
                }
                // Authorizers the method requires.
                const doc::Node &security = op.body.contains(u"security") ? op.body[u"security"] : document[u"security"];
                for (const doc::Node &requirement : security.items()) {
                    for (const auto &member : requirement.members()) {
                        if (!schemes.contains(member.first))
                            add(Severity::Error, field + QStringLiteral(".security"),
                                QStringLiteral("%1 requires authorizer %2, which components.securitySchemes does not "
                                               "define; AWS refuses to import it")
                                    .arg(what, member.first),
                                QStringLiteral("choose an existing authorizer for the method, or add %1").arg(member.first),
                                place, line);
                    }
                }
                if (const QString v = op.body[u"x-amazon-apigateway-request-validator"].toString();
                    !v.isEmpty() && !validators.contains(v))
                    add(Severity::Error, field + QStringLiteral(".x-amazon-apigateway-request-validator"),
                        QStringLiteral("%1 uses request validator %2, which is not defined").arg(what, v),
                        QStringLiteral("choose an existing validator, or add %1").arg(v), place, line);
                QStringList models;
                collectModelRefs(op.body, models);
                for (const QString &name : std::as_const(models)) {
                    if (!document[u"components"][u"schemas"].contains(name))
                        add(Severity::Error, field,
                            QStringLiteral("%1 refers to model %2, which components.schemas does not define").arg(what, name),
                            QStringLiteral("add model %1, or choose another one").arg(name), place, line);
                }
            }
        }
    }

    static void collectModelRefs(const doc::Node &node, QStringList &out)
    {
        static const QLatin1String prefix("#/components/schemas/");
        if (node.isMapping()) {
            for (const auto &member : node.members()) {
                if (member.first == QLatin1String("$ref") && member.second.isString()) {
                    const QString ref = member.second.toString();
                    if (ref.startsWith(prefix)) {
                        QString name = ref.mid(prefix.size());
                        name.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
                        if (!out.contains(name))
                            out.append(name);
                    }
                } else {
                    collectModelRefs(member.second, out);
                }
            }
        } else if (node.isSequence()) {
            for (const doc::Node &item : node.items())
                collectModelRefs(item, out);
        }
    }

    void lintIntegration(const model::Integration &in, const QString &field, const QString &what, const QString &place,
                         int line)
    {
        if (in.type == model::IntegrationType::Aws || in.type == model::IntegrationType::AwsProxy) {
            QString problem;
            if (in.uri.isEmpty()) {
                if (in.integrationSubtype.isEmpty())
                    problem = QStringLiteral("has no uri");
            } else if (in.type == model::IntegrationType::AwsProxy && in.integrationSubtype.isEmpty()) {
                problem = lambdaUriProblem(in.uri);
            } else {
                problem = awsIntegrationUriProblem(in.uri);
            }
            if (!problem.isEmpty())
                add(Severity::Error, field + QStringLiteral(".uri"),
                    QStringLiteral("the integration of %1 %2").arg(what, problem),
                    in.type == model::IntegrationType::AwsProxy
                        ? QStringLiteral("use arn:aws:apigateway:REGION:lambda:path/2015-03-31/functions/"
                                         "arn:aws:lambda:REGION:ACCOUNT:function:NAME/invocations, or a local function's "
                                         "name")
                        : QStringLiteral("use arn:aws:apigateway:REGION:SERVICE:path/PATH or :action/ACTION"),
                    place, in.line ? in.line : line);
        }
        if (!in.credentials.isEmpty()) {
            const QString problem = credentialsProblem(in.credentials);
            if (!problem.isEmpty())
                add(Severity::Error, field + QStringLiteral(".credentials"),
                    QStringLiteral("the integration credentials of %1 %2").arg(what, problem),
                    QStringLiteral("use an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME), arn:aws:iam::*:user/* for the "
                                   "caller's credentials, or clear it"),
                    place, in.line ? in.line : line);
        }
    }

    /// Authorizers with a malformed URI or credentials, and authorizers no method or route uses.
    void lintAuthorizers(const model::Api &api)
    {
        const doc::Node &document = api.definition.document;
        QSet<QString> used;
        const auto collect = [&used](const doc::Node &security) {
            for (const doc::Node &requirement : security.items()) {
                for (const auto &member : requirement.members())
                    used.insert(member.first);
            }
        };
        collect(document[u"security"]);
        for (const model::PathItem &pi : api.definition.paths) {
            for (const model::Operation &op : pi.operations)
                collect(op.body[u"security"]);
        }
        for (const auto &[name, scheme] : document[u"components"][u"securitySchemes"].members()) {
            const doc::Node &a = scheme[u"x-amazon-apigateway-authorizer"];
            if (a.isNull())
                continue;
            const QString place = places::authorizer(api.id, name);
            const QString field = QStringLiteral("apis[%1].components.securitySchemes.%2.x-amazon-apigateway-authorizer")
                                      .arg(api.id, name);
            const QString type = a[u"type"].toString().toLower();
            const int line = a.line() ? a.line() : scheme.line();
            if (type == QLatin1String("token") || type == QLatin1String("request")) {
                const QString uri = a[u"authorizerUri"].toString();
                const QString problem = uri.isEmpty() ? QStringLiteral("has no authorizerUri") : lambdaUriProblem(uri);
                if (!problem.isEmpty())
                    add(Severity::Error, field + QStringLiteral(".authorizerUri"),
                        QStringLiteral("authorizer %1 %2").arg(name, problem),
                        QStringLiteral("use arn:aws:apigateway:REGION:lambda:path/2015-03-31/functions/"
                                       "arn:aws:lambda:REGION:ACCOUNT:function:NAME/invocations, or a local function's name"),
                        place, line);
            } else if (type == QLatin1String("cognito_user_pools")) {
                static const QRegularExpression poolArn(
                    QStringLiteral("^arn:[a-z0-9-]+:cognito-idp:[a-z0-9-]+:[0-9]{12}:userpool/[A-Za-z0-9_-]+$"));
                for (const doc::Node &p : a[u"providerARNs"].items()) {
                    if (!poolArn.match(withoutVariables(p.toString())).hasMatch())
                        add(Severity::Error, field + QStringLiteral(".providerARNs"),
                            QStringLiteral("authorizer %1: `%2` is not a user pool ARN").arg(name, p.toString()),
                            QStringLiteral("use arn:aws:cognito-idp:REGION:ACCOUNT:userpool/POOL_ID"), place,
                            p.line() ? p.line() : line);
                }
            }
            if (const QString credentials = a[u"authorizerCredentials"].toString(); !credentials.isEmpty()) {
                const QString problem = credentialsProblem(credentials);
                if (!problem.isEmpty())
                    add(Severity::Error, field + QStringLiteral(".authorizerCredentials"),
                        QStringLiteral("the credentials of authorizer %1 %2").arg(name, problem),
                        QStringLiteral("use an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME), or clear it"), place, line);
            }
            if (!used.contains(name))
                add(Severity::Warning, QStringLiteral("apis[%1].components.securitySchemes.%2").arg(api.id, name),
                    api.protocol == model::Protocol::Rest
                        ? QStringLiteral("authorizer %1 is not used by any method").arg(name)
                        : QStringLiteral("authorizer %1 is not used by any route").arg(name),
                    api.protocol == model::Protocol::Rest
                        ? QStringLiteral("choose it as a method's authorization, or delete it")
                        : QStringLiteral("choose it as a route's authorization, or delete it"),
                    place, line);
        }
    }

    void lintWebSocketAuthorizers(const model::Api &api)
    {
        const doc::Node &document = api.definition.document;
        QSet<QString> used;
        for (const auto &member : document[u"routes"].members()) {
            if (const QString id = member.second[u"authorizerId"].toString(); !id.isEmpty())
                used.insert(id);
        }
        for (const auto &[name, a] : document[u"authorizers"].members()) {
            if (!used.contains(name))
                add(Severity::Warning, QStringLiteral("apis[%1].authorizers.%2").arg(api.id, name),
                    QStringLiteral("authorizer %1 is not used by any route (WebSocket APIs authorize $connect)").arg(name),
                    QStringLiteral("choose it as the $connect route's authorizer, or delete it"),
                    places::authorizer(api.id, name), a.line());
        }
    }

    /// HTTP APIs' reusable integrations (components.x-amazon-apigateway-integrations).
    void lintSharedIntegrations(const model::Api &api)
    {
        for (const auto &[name, node] : api.definition.document[u"components"][u"x-amazon-apigateway-integrations"].members()) {
            const QString type = node[u"type"].toString().toLower();
            const QString uri = node[u"uri"].toString();
            const QString field = QStringLiteral("apis[%1].components.x-amazon-apigateway-integrations.%2").arg(api.id, name);
            const QString place = places::integration(api.id, name);
            QString problem;
            if (type == QLatin1String("aws_proxy") && node[u"integrationSubtype"].isNull())
                problem = uri.isEmpty() ? QStringLiteral("has no uri") : lambdaUriProblem(uri);
            else if (type == QLatin1String("aws") && !uri.isEmpty())
                problem = awsIntegrationUriProblem(uri);
            if (!problem.isEmpty())
                add(Severity::Error, field + QStringLiteral(".uri"), QStringLiteral("integration %1 %2").arg(name, problem),
                    QStringLiteral("use a Lambda function ARN, its invocation URI, or a local function's name"), place,
                    node.line());
            if (const QString credentials = node[u"credentials"].toString(); !credentials.isEmpty()) {
                problem = credentialsProblem(credentials);
                if (!problem.isEmpty())
                    add(Severity::Error, field + QStringLiteral(".credentials"),
                        QStringLiteral("the credentials of integration %1 %2").arg(name, problem),
                        QStringLiteral("use an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME), or clear it"), place,
                        node.line());
            }
        }
    }

    void lintUsagePlans()
    {
        for (const model::UsagePlan &plan : m_project.usagePlans) {
            for (const model::UsagePlanStage &ps : plan.stages) {
                const model::Api *api = m_project.api(ps.apiId);
                const QString field = QStringLiteral("usagePlans[%1].apiStages").arg(plan.name);
                if (!api)
                    add(Severity::Error, field,
                        QStringLiteral("usage plan %1 covers API %2, which the project does not have").arg(plan.name, ps.apiId),
                        QStringLiteral("remove %1/%2 from the plan, or choose an API of the project").arg(ps.apiId, ps.stage),
                        places::usagePlan(plan.name));
                else if (!api->stage(ps.stage))
                    add(Severity::Error, field,
                        QStringLiteral("usage plan %1 covers stage %2 of %3, which does not exist").arg(plan.name, ps.stage, ps.apiId),
                        QStringLiteral("remove %1/%2 from the plan, or choose an existing stage").arg(ps.apiId, ps.stage),
                        places::usagePlan(plan.name));
            }
        }
        for (const model::ApiKey &key : m_project.apiKeys) {
            for (const QString &plan : key.usagePlans) {
                if (!m_project.usagePlan(plan))
                    add(Severity::Error, QStringLiteral("apiKeys[%1].usagePlans").arg(key.name),
                        QStringLiteral("API key %1 belongs to usage plan %2, which does not exist").arg(key.name, plan),
                        QStringLiteral("remove %1 from the key's usage plans, or add the plan").arg(plan),
                        places::apiKey(key.name));
            }
        }
    }

    const model::Project &m_project;
    QList<io::Diagnostic> &m_out;
};

} // namespace

QString lambdaUriProblem(const QString &uri)
{
    const QString text = withoutVariables(uri);
    static const QRegularExpression bareName(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (bareName.match(text).hasMatch())
        return {};
    if (!text.startsWith(QLatin1String("arn:")))
        return QStringLiteral("`%1` is not a Lambda function ARN, an invocation URI or a function name").arg(uri);
    if (lambdaFunctionArn().match(text).hasMatch())
        return {};
    static const QRegularExpression invocation(
        QStringLiteral("^arn:[a-z0-9-]+:apigateway:[a-z0-9-]+:lambda:path/2015-03-31/functions/(.+)/invocations$"));
    if (const QRegularExpressionMatch m = invocation.match(text); m.hasMatch()) {
        if (lambdaFunctionArn().match(m.captured(1)).hasMatch())
            return {};
        return QStringLiteral("`%1`: `%2` is not a Lambda function ARN (arn:aws:lambda:REGION:ACCOUNT:function:NAME)")
            .arg(uri, m.captured(1));
    }
    if (text.contains(QLatin1String(":lambda:path/")))
        return QStringLiteral("`%1` is not a Lambda invocation URI (…:lambda:path/2015-03-31/functions/FUNCTION_ARN/"
                              "invocations)")
            .arg(uri);
    return QStringLiteral("`%1` is not a well-formed Lambda function ARN or invocation URI").arg(uri);
}

QString awsIntegrationUriProblem(const QString &uri)
{
    const QString text = withoutVariables(uri);
    if (text.contains(QLatin1String(":lambda:path/")))
        return lambdaUriProblem(uri);
    static const QRegularExpression service(
        QStringLiteral("^arn:[a-z0-9-]+:apigateway:[a-z0-9-]+:[a-z0-9.-]+:(?:path|action)/\\S+$"));
    if (service.match(text).hasMatch())
        return {};
    // A local function's name is accepted for non-proxy Lambda integrations too.
    if (!model::functionNameFromUri(uri).isEmpty() && !text.startsWith(QLatin1String("arn:")))
        return {};
    return QStringLiteral("`%1` is not an AWS service integration URI (arn:aws:apigateway:REGION:SERVICE:path/PATH "
                          "or :action/ACTION)")
        .arg(uri);
}

QString credentialsProblem(const QString &arn)
{
    static const QRegularExpression role(QStringLiteral("^arn:[a-z0-9-]+:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]+$"));
    static const QRegularExpression caller(QStringLiteral("^arn:[a-z0-9-]+:iam::\\*:user/\\*$"));
    const QString text = withoutVariables(arn);
    if (role.match(text).hasMatch() || caller.match(text).hasMatch())
        return {};
    return QStringLiteral("`%1` is not an IAM role ARN").arg(arn);
}

bool supersededByLint(const io::Diagnostic &d)
{
    // io::readOpenApi()'s warning, as readProject() prefixes it: "apis[petstore].definition.paths./pets.get".
    static const QRegularExpression operationField(
        QStringLiteral("^apis\\[[^\\]]*\\]\\.definition\\.paths\\..+\\.(?:get|put|post|delete|options|head|patch|trace|"
                       "x-amazon-apigateway-any-method)$"));
    return d.severity == Severity::Warning && d.message.startsWith(QLatin1String("has no x-amazon-apigateway-integration"))
        && operationField.match(d.field).hasMatch();
}

QList<io::Diagnostic> lintProject(const model::Project &project, const CompileResult &compiled)
{
    QList<io::Diagnostic> out;
    Linter(project, out).run();

    QSet<QString> lintedPlaces;
    QSet<QPair<QString, QString>> said; // (field, message)
    for (const io::Diagnostic &d : std::as_const(out)) {
        if (!d.place.isEmpty())
            lintedPlaces.insert(d.place);
        said.insert({d.field, d.message});
    }
    for (const io::Diagnostic &d : compiled.problems) {
        if (said.contains({d.field, d.message}))
            continue;
        said.insert({d.field, d.message});
        out.append(d);
    }
    // What the served deployments hold that Gatehouse cannot run at all. Operations are looked up by their route key
    // ("GET /pets"), so that the items of a thousand paths do not each walk the paths.
    QHash<QString, QHash<QString, QString>> operationPlaces; // API id -> route key -> place
    const auto placeFor = [&operationPlaces](const model::Api &api, const FidelityItem &item) {
        auto it = operationPlaces.find(api.id);
        if (it == operationPlaces.end()) {
            QHash<QString, QString> index;
            for (const model::PathItem &pi : api.definition.paths) {
                for (const model::Operation &op : pi.operations)
                    index.insert(op.method + QLatin1Char(' ') + places::normalizedPath(pi.path),
                                 places::operation(api, pi.path, op.method));
            }
            it = operationPlaces.insert(api.id, index);
        }
        const QString place = it->value(item.where);
        return place.isEmpty() ? places::forWhere(api, item.where, item.stage) : place;
    };
    for (const FidelityItem &item : compiled.fidelity.items) {
        if (item.level != FidelityItem::Level::NotEmulated)
            continue;
        io::Diagnostic d;
        d.severity = Severity::Warning;
        d.file = item.file;
        d.line = item.line;
        const model::Api *api = project.api(item.apiId);
        if (api)
            d.place = placeFor(*api, item);
        if (!d.place.isEmpty() && lintedPlaces.contains(d.place))
            continue;
        d.field = item.apiId.isEmpty() ? item.where : QStringLiteral("%1: %2").arg(item.apiId, item.where);
        if (!item.stage.isEmpty())
            d.field += QStringLiteral(" (stage %1)").arg(item.stage);
        d.message = QStringLiteral("not emulated: %1").arg(item.message);
        if (!item.logicalId.isEmpty())
            d.hint = QStringLiteral("declared by %1 in the template").arg(item.logicalId);
        if (said.contains({d.field, d.message}))
            continue;
        said.insert({d.field, d.message});
        out.append(std::move(d));
    }
    return out;
}

} // namespace gw
