// SPDX-License-Identifier: GPL-3.0-or-later
#include "cfntemplate.h"

#include "openapi.h"
#include "projectfile.h"
#include "websocketdefinition.h"

#include "doc/docio.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace gw::io {

namespace {

const QString kRegion = QStringLiteral("us-east-1");
const QString kAccountId = QStringLiteral("123456789012");

QString lambdaArn(const QString &function)
{
    return QStringLiteral("arn:aws:lambda:%1:%2:function:%3").arg(kRegion, kAccountId, function);
}

QString lambdaInvocationUri(const QString &function)
{
    return QStringLiteral("arn:aws:apigateway:%1:lambda:path/2015-03-31/functions/%2/invocations")
        .arg(kRegion, lambdaArn(function));
}

bool isIntrinsic(const doc::Node &n)
{
    if (!n.isMapping() || n.members().size() != 1)
        return false;
    const QString &key = n.members().front().first;
    return key == QLatin1String("Ref") || key.startsWith(QLatin1String("Fn::"));
}

/// `{Ref: AWS::NoValue}`: the property is left out.
bool isNoValue(const doc::Node &n)
{
    return isIntrinsic(n) && n.members().front().first == QLatin1String("Ref")
        && n.members().front().second.toString() == QLatin1String("AWS::NoValue");
}

/// The logical id a `{Ref: X}` names; empty for anything else.
QString refName(const doc::Node &n)
{
    return isIntrinsic(n) && n.members().front().first == QLatin1String("Ref") ? n.members().front().second.toString()
                                                                                : QString();
}

/// Is `n` `Fn::GetAtt [resource, attribute]` (or `resource.attribute`)?
bool isGetAtt(const doc::Node &n, const QString &resource, const QString &attribute)
{
    if (!isIntrinsic(n) || n.members().front().first != QLatin1String("Fn::GetAtt"))
        return false;
    const doc::Node &arg = n.members().front().second;
    if (arg.isString())
        return arg.scalarText() == resource + QLatin1Char('.') + attribute;
    return arg.isSequence() && arg.size() == 2 && arg.items()[0].toString() == resource
        && arg.items()[1].toString() == attribute;
}

/// `n` with the location of `at` (so messages about a definition built from a template point at the template).
doc::Node located(doc::Node n, const doc::Node &at)
{
    n.setLocation(at.line(), at.column());
    return n;
}

doc::Node stringAt(const QString &value, const doc::Node &at)
{
    return located(doc::Node::string(value), at);
}

/// The template resource types that make up a REST API built from separate resources.
bool isRestApiPart(const QString &type)
{
    static const QStringList parts = {
        QStringLiteral("AWS::ApiGateway::Resource"),         QStringLiteral("AWS::ApiGateway::Method"),
        QStringLiteral("AWS::ApiGateway::Authorizer"),       QStringLiteral("AWS::ApiGateway::Model"),
        QStringLiteral("AWS::ApiGateway::RequestValidator"), QStringLiteral("AWS::ApiGateway::GatewayResponse"),
    };
    return parts.contains(type);
}

/// What Gatehouse says about resource types that concern an API but cannot run here.
QString unsupportedTypeMessage(const QString &type)
{
    if (type == QLatin1String("AWS::ApiGateway::DomainName") || type == QLatin1String("AWS::ApiGatewayV2::DomainName")
        || type == QLatin1String("AWS::ApiGateway::BasePathMapping")
        || type == QLatin1String("AWS::ApiGateway::BasePathMappingV2")
        || type == QLatin1String("AWS::ApiGatewayV2::ApiMapping"))
        return QStringLiteral("custom domain names are not served locally; call the API at its local invoke URL");
    if (type.startsWith(QLatin1String("AWS::WAF")))
        return QStringLiteral("WAF web ACLs are not applied locally; requests are not filtered");
    if (type == QLatin1String("AWS::ApiGateway::VpcLink") || type == QLatin1String("AWS::ApiGatewayV2::VpcLink"))
        return QStringLiteral("VPC links cannot reach a VPC from this machine; integrations through it fail");
    if (type == QLatin1String("AWS::ApiGateway::UsagePlan") || type == QLatin1String("AWS::ApiGateway::ApiKey")
        || type == QLatin1String("AWS::ApiGateway::UsagePlanKey"))
        return QStringLiteral("usage plans and API keys are not read from templates; pass --usage-plan and --api-key, "
                              "or add them to the project");
    if (type == QLatin1String("AWS::ApiGateway::ClientCertificate"))
        return QStringLiteral("client certificates for backends are not used locally");
    return {};
}

/// One route an Api or HttpApi event adds.
struct EventRoute
{
    QString apiLogicalId; ///< empty: the implicit ServerlessRestApi / ServerlessHttpApi
    model::Protocol protocol = model::Protocol::Rest;
    QString path;
    QString method;
    QString function;
    QString payloadFormatVersion;
};

/// One API the template declares (or SAM implies).
struct ApiSource
{
    QString logicalId;
    model::Protocol protocol = model::Protocol::Rest;
    QString stage;
    doc::Node body; ///< null: generated from events
    QString bodyField; ///< "Body" or "DefinitionBody", for messages
    doc::Node at;   ///< where to point messages
    QString title;  ///< the API's Name, for a definition built from separate resources
    bool restApiResource = false; ///< an AWS::ApiGateway::RestApi: Resource and Method resources may add to it
    QList<QPair<QString, QString>> stageVariables; ///< from the AWS::ApiGateway::Stage naming the API
    /// REST: the stage's CanarySetting (its deploymentId is filled in with the stage's own once the API is built:
    /// the template deploys one version of the definition).
    std::optional<model::CanarySettings> canary;
    /// Operations built from AWS::ApiGateway::Method resources: "paths.<path>.<method>" → the Method's logical id.
    QHash<QString, QString> methodIds;
    /// An AWS::ApiGatewayV2::Api (HTTP) without Body: Route, Integration and Authorizer resources make up its
    /// definition (addHttpResources).
    bool httpApiResource = false;
    bool autoDeploy = true; ///< HTTP APIs: the AWS::ApiGatewayV2::Stage's AutoDeploy
    std::optional<model::Throttle> throttle; ///< HTTP APIs: the Stage's DefaultRouteSettings
    QList<QPair<QString, model::Throttle>> routeThrottles; ///< HTTP APIs: the Stage's RouteSettings
};

class TemplateReader
{
public:
    TemplateReader(const doc::Node &root, const QString &fileName, const InputOptions &options)
        : m_root(expandShortFormIntrinsics(root)), m_fileName(fileName), m_options(options), m_sink(fileName),
          m_dir(QFileInfo(fileName).absoluteDir())
    {
    }

    InputLoad read();

private:
    void readFunction(const QString &logicalId, const doc::Node &resource);
    void readApi(const QString &logicalId, const QString &type, const doc::Node &resource);
    QString restStageFor(const QString &apiLogicalId, QList<QPair<QString, QString>> *variables = nullptr,
                         std::optional<model::CanarySettings> *canary = nullptr);
    /// A stage's CanarySetting (AWS::ApiGateway::Stage, AWS::Serverless::Api, a Deployment's StageDescription);
    /// nullopt, with warnings naming the fields, when it cannot be used.
    std::optional<model::CanarySettings> canarySetting(const doc::Node &n, const QString &field, const QString &logicalId,
                                                       const QString &apiId);
    void warnUnreadProperties(const QString &logicalId, const doc::Node &props, const QStringList &read,
                              const QString &apiId = {});
    /// Warns about something the template declares that Gatehouse skips or cannot emulate, and lists it in the
    /// fidelity report with the template, the line and `logicalId`.
    void notEmulated(const doc::Node &at, const QString &logicalId, const QString &apiId, const QString &field,
                     const QString &message, const QString &hint = {});

    /// Condition `name` of the template's Conditions, evaluated with the parameters' defaults; false with `why` when
    /// it has no local value.
    bool conditionHolds(const QString &name, bool *out, QString *why, int depth = 0) const;
    bool evaluateCondition(const doc::Node &n, bool *out, QString *why, int depth) const;
    /// Replaces every Fn::If whose condition can be evaluated by the value it selects, and leaves out values that
    /// are `Ref AWS::NoValue`. Fn::If with unknown conditions stay (and are reported where they are used).
    void selectBranches(doc::Node &n) const;

    /// Adds the API's AWS::ApiGateway::Resource, Method, Authorizer, Model, RequestValidator and GatewayResponse
    /// resources to its definition, as the equivalent OpenAPI document would write them.
    void addRestResources(ApiSource &api);
    void addRestMethod(const QString &logicalId, const doc::Node &resource, ApiSource &api, doc::Node &paths,
                       doc::Node &schemes);
    /// The path of the AWS::ApiGateway::Resource that `ref` names (`/` for `!GetAtt Api.RootResourceId`), following
    /// ParentId; nullopt after an error naming the broken link.
    std::optional<QString> restPath(const doc::Node &ref, const QString &apiLogicalId, const QString &field,
                                    const QString &logicalId);
    /// The name a Ref to an Authorizer, Model or RequestValidator stands for: its Name, else its logical id. Empty
    /// with an error when `ref` does not name a resource of `type` of the same API.
    QString partName(const doc::Node &ref, const QString &type, const QString &apiLogicalId, const QString &field,
                     const QString &logicalId);
    doc::Node integrationFrom(const doc::Node &integration, const QString &field, const QString &logicalId,
                              const QString &apiId);

    /// WebSocket APIs: AWS::ApiGatewayV2::Api (ProtocolType WEBSOCKET) with its Route, Integration, Authorizer and
    /// RouteResponse resources, as a `protocol: websocket` API of the project (docs/project-format.md).
    bool isWebSocketApi(const QString &logicalId) const;
    void buildWebSocketApi(const ApiSource &api);
    QString webSocketStageFor(const QString &apiLogicalId, QList<QPair<QString, QString>> *variables);
    /// HTTP APIs made of separate resources: AWS::ApiGatewayV2::Api (ProtocolType HTTP, no Body) with its Route,
    /// Integration and Authorizer resources, written into its definition as the equivalent OpenAPI document would
    /// (x-amazon-apigateway-integration, x-amazon-apigateway-authorizer); its Stage sets the stage.
    bool isHttpPartsApi(const QString &logicalId) const;
    void addHttpResources(ApiSource &api);
    void readHttpStage(ApiSource &api);
    /// The integration's logical id in a Route's Target (`integrations/` + !Ref X); empty when it names none.
    QString integrationTarget(const doc::Node &target) const;
    std::optional<doc::Node> loadDefinitionUri(const QString &logicalId, const doc::Node &uri);

    /// Resolves an intrinsic (or a scalar) to a string; false with `why` when it has no static local value.
    bool resolve(const doc::Node &n, QString *out, QString *why, int depth = 0) const;
    bool resolveRef(const QString &name, QString *out, QString *why, int depth) const;
    bool resolveGetAtt(const QString &resource, const QString &attribute, QString *out, QString *why) const;
    bool resolveSub(const doc::Node &arg, QString *out, QString *why, int depth) const;
    /// Replaces every resolvable intrinsic under `n` with its string; warns about the others (and lists them in the
    /// fidelity report under `logicalId` and `apiId`).
    void resolveTree(doc::Node &n, const QString &field, const QString &logicalId = {}, const QString &apiId = {});
    /// A scalar property resolved, or empty with a warning.
    QString scalar(const doc::Node &n, const QString &field);

    doc::Node m_root;
    QString m_fileName;
    const InputOptions &m_options;
    DiagnosticSink m_sink;
    QDir m_dir;
    model::Project m_project;
    QList<EventRoute> m_routes;
    QList<ApiSource> m_apis;
    QString m_current; ///< the logical id of the resource being read, for the fidelity report
    QStringList m_restParts; ///< logical ids of AWS::ApiGateway::Resource, Method, ... whose condition holds
    QStringList m_wsParts;   ///< logical ids of the WebSocket APIs' Route, Integration, ... resources
    QStringList m_httpParts; ///< logical ids of the HTTP APIs' Route, Integration and Authorizer resources
};

QString TemplateReader::scalar(const doc::Node &n, const QString &field)
{
    if (n.isNull())
        return {};
    QString value, why;
    if (!resolve(n, &value, &why)) {
        notEmulated(n, m_current, {}, field, why, QStringLiteral("write the value itself in the template"));
        return {};
    }
    return value;
}

void TemplateReader::notEmulated(const doc::Node &at, const QString &logicalId, const QString &apiId,
                                 const QString &field, const QString &message, const QString &hint)
{
    m_sink.warning(at, field, message, hint);
    model::SourceNote note;
    note.apiId = apiId;
    note.file = m_fileName;
    note.line = at.line();
    note.logicalId = logicalId;
    note.where = field;
    note.message = message;
    m_project.sourceNotes.append(note);
}

bool TemplateReader::conditionHolds(const QString &name, bool *out, QString *why, int depth) const
{
    const doc::Node &conditions = m_root[u"Conditions"];
    const doc::Node *condition = conditions.isMapping() ? conditions.find(name) : nullptr;
    if (!condition) {
        *why = QStringLiteral("condition `%1` is not declared under Conditions").arg(name);
        return false;
    }
    QString inner;
    if (!evaluateCondition(*condition, out, &inner, depth + 1)) {
        *why = QStringLiteral("condition `%1` cannot be evaluated locally: %2").arg(name, inner);
        return false;
    }
    return true;
}

bool TemplateReader::evaluateCondition(const doc::Node &n, bool *out, QString *why, int depth) const
{
    if (depth > 16) {
        *why = QStringLiteral("conditions nest too deeply, or refer to each other in a cycle");
        return false;
    }
    if (n.isMapping() && n.members().size() == 1) {
        const QString &fn = n.members().front().first;
        const doc::Node &arg = n.members().front().second;
        if (fn == QLatin1String("Condition")) {
            if (!arg.isString()) {
                *why = QStringLiteral("Condition must name a condition");
                return false;
            }
            return conditionHolds(arg.scalarText(), out, why, depth);
        }
        if (fn == QLatin1String("Fn::Equals")) {
            if (!arg.isSequence() || arg.size() != 2) {
                *why = QStringLiteral("Fn::Equals must be [value, value]");
                return false;
            }
            QString a, b;
            if (!resolve(arg.items()[0], &a, why, depth + 1) || !resolve(arg.items()[1], &b, why, depth + 1))
                return false;
            *out = a == b;
            return true;
        }
        if (fn == QLatin1String("Fn::Not")) {
            bool value = false;
            if (!arg.isSequence() || arg.size() != 1) {
                *why = QStringLiteral("Fn::Not must be [condition]");
                return false;
            }
            if (!evaluateCondition(arg.items()[0], &value, why, depth + 1))
                return false;
            *out = !value;
            return true;
        }
        if (fn == QLatin1String("Fn::And") || fn == QLatin1String("Fn::Or")) {
            const bool isAnd = fn == QLatin1String("Fn::And");
            if (!arg.isSequence() || arg.size() < 2 || arg.size() > 10) {
                *why = QStringLiteral("%1 takes from 2 to 10 conditions").arg(fn);
                return false;
            }
            // A false operand decides Fn::And, a true one Fn::Or, even when another has no local value.
            QString unknown;
            for (const doc::Node &item : arg.items()) {
                bool value = false;
                QString itemWhy;
                if (!evaluateCondition(item, &value, &itemWhy, depth + 1)) {
                    if (unknown.isEmpty())
                        unknown = itemWhy;
                    continue;
                }
                if (value != isAnd) {
                    *out = value;
                    return true;
                }
            }
            if (!unknown.isEmpty()) {
                *why = unknown;
                return false;
            }
            *out = isAnd;
            return true;
        }
    }
    *why = QStringLiteral("a condition must be Fn::Equals, Fn::And, Fn::Or, Fn::Not or {Condition: name}");
    return false;
}

void TemplateReader::selectBranches(doc::Node &n) const
{
    for (int guard = 0; guard < 32 && isIntrinsic(n) && n.members().front().first == QLatin1String("Fn::If"); ++guard) {
        const doc::Node &arg = n.members().front().second;
        bool holds = false;
        QString why;
        if (!arg.isSequence() || arg.size() != 3 || !arg.items()[0].isString()
            || !conditionHolds(arg.items()[0].scalarText(), &holds, &why))
            break;
        doc::Node branch = arg.items()[holds ? 1 : 2];
        n = std::move(branch);
    }
    if (n.isMapping()) {
        auto &members = n.members();
        for (auto &m : members)
            selectBranches(m.second);
        members.erase(std::remove_if(members.begin(), members.end(),
                                     [](const std::pair<QString, doc::Node> &m) { return isNoValue(m.second); }),
                      members.end());
    } else if (n.isSequence()) {
        auto &items = n.items();
        for (doc::Node &item : items)
            selectBranches(item);
        items.erase(std::remove_if(items.begin(), items.end(), [](const doc::Node &item) { return isNoValue(item); }),
                    items.end());
    }
}

bool TemplateReader::resolve(const doc::Node &n, QString *out, QString *why, int depth) const
{
    if (depth > 16) {
        *why = QStringLiteral("intrinsic functions nest too deeply");
        return false;
    }
    if (n.isScalar() && !n.isNull()) {
        *out = n.toString();
        return true;
    }
    if (!isIntrinsic(n)) {
        *why = QStringLiteral("expected a value or an intrinsic function; got a %1").arg(QLatin1String(n.kindName()));
        return false;
    }
    const QString &fn = n.members().front().first;
    const doc::Node &arg = n.members().front().second;
    if (fn == QLatin1String("Ref")) {
        if (!arg.isString()) {
            *why = QStringLiteral("Ref must name a parameter or resource");
            return false;
        }
        return resolveRef(arg.scalarText(), out, why, depth);
    }
    if (fn == QLatin1String("Fn::GetAtt")) {
        if (arg.isString() && arg.scalarText().contains(QLatin1Char('.'))) {
            const QString s = arg.scalarText();
            const qsizetype dot = s.indexOf(QLatin1Char('.'));
            return resolveGetAtt(s.left(dot), s.mid(dot + 1), out, why);
        }
        if (arg.isSequence() && arg.size() == 2 && arg.items()[0].isString() && arg.items()[1].isString())
            return resolveGetAtt(arg.items()[0].scalarText(), arg.items()[1].scalarText(), out, why);
        *why = QStringLiteral("Fn::GetAtt must be [LogicalId, Attribute] or LogicalId.Attribute");
        return false;
    }
    if (fn == QLatin1String("Fn::Sub"))
        return resolveSub(arg, out, why, depth);
    if (fn == QLatin1String("Fn::If")) {
        if (!arg.isSequence() || arg.size() != 3 || !arg.items()[0].isString()) {
            *why = QStringLiteral("Fn::If must be [condition, value if true, value if false]");
            return false;
        }
        bool holds = false;
        QString conditionWhy;
        if (!conditionHolds(arg.items()[0].scalarText(), &holds, &conditionWhy, depth)) {
            *why = QStringLiteral("Fn::If: %1").arg(conditionWhy);
            return false;
        }
        return resolve(arg.items()[holds ? 1 : 2], out, why, depth + 1);
    }
    if (fn == QLatin1String("Fn::Join")) {
        if (!arg.isSequence() || arg.size() != 2 || !arg.items()[0].isScalar() || !arg.items()[1].isSequence()) {
            *why = QStringLiteral("Fn::Join must be [delimiter, [values]]");
            return false;
        }
        QStringList parts;
        for (const doc::Node &item : arg.items()[1].items()) {
            QString part;
            if (!resolve(item, &part, why, depth + 1))
                return false;
            parts.append(part);
        }
        *out = parts.join(arg.items()[0].toString());
        return true;
    }
    if (fn == QLatin1String("Fn::Select")) {
        bool ok = false;
        const qint64 index = arg.isSequence() && arg.size() == 2 ? arg.items()[0].toInteger(&ok, true) : -1;
        if (!ok || !arg.items()[1].isSequence() || index < 0 || index >= arg.items()[1].size()) {
            *why = QStringLiteral("Fn::Select is only evaluated on a literal list with an index inside it");
            return false;
        }
        return resolve(arg.items()[1].items()[size_t(index)], out, why, depth + 1);
    }
    *why = QStringLiteral("%1 cannot be evaluated locally").arg(fn);
    return false;
}

bool TemplateReader::resolveRef(const QString &name, QString *out, QString *why, int depth) const
{
    static const QHash<QString, QString> pseudo = {
        {QStringLiteral("AWS::Region"), kRegion},
        {QStringLiteral("AWS::AccountId"), kAccountId},
        {QStringLiteral("AWS::Partition"), QStringLiteral("aws")},
        {QStringLiteral("AWS::URLSuffix"), QStringLiteral("amazonaws.com")},
    };
    if (pseudo.contains(name)) {
        *out = pseudo.value(name);
        return true;
    }
    if (name == QLatin1String("AWS::StackName")) {
        *out = QFileInfo(m_fileName).completeBaseName();
        return true;
    }
    const doc::Node &param = m_root[u"Parameters"][name];
    if (param.isMapping()) {
        if (param.contains(u"Default"))
            return resolve(param[u"Default"], out, why, depth + 1);
        *why = QStringLiteral("parameter `%1` has no Default, so it has no local value").arg(name);
        return false;
    }
    const doc::Node &resource = m_root[u"Resources"][name];
    const QString type = resource[u"Type"].toString();
    if (type == QLatin1String("AWS::Serverless::Function") || type == QLatin1String("AWS::Lambda::Function")) {
        *out = name; // local functions are named by their logical id
        return true;
    }
    if (type == QLatin1String("AWS::Serverless::Api") || type == QLatin1String("AWS::ApiGateway::RestApi")
        || type == QLatin1String("AWS::Serverless::HttpApi") || type == QLatin1String("AWS::ApiGatewayV2::Api")) {
        *out = name.toLower();
        return true;
    }
    if (!type.isEmpty()) {
        *why = QStringLiteral("Ref to `%1` (%2) has no local value").arg(name, type);
        return false;
    }
    *why = QStringLiteral("Ref names `%1`, which is neither a parameter nor a resource of this template").arg(name);
    return false;
}

bool TemplateReader::resolveGetAtt(const QString &resource, const QString &attribute, QString *out, QString *why) const
{
    const QString type = m_root[u"Resources"][resource][u"Type"].toString();
    // AWS::Lambda::Function is not run from the template, but `--function NAME=...` can supply it under its logical id.
    if ((type == QLatin1String("AWS::Serverless::Function") || type == QLatin1String("AWS::Lambda::Function"))
        && attribute == QLatin1String("Arn")) {
        *out = lambdaArn(resource);
        return true;
    }
    *why = QStringLiteral("Fn::GetAtt %1.%2 has no local value").arg(resource, attribute);
    return false;
}

bool TemplateReader::resolveSub(const doc::Node &arg, QString *out, QString *why, int depth) const
{
    const doc::Node *text = &arg;
    const doc::Node *vars = nullptr;
    if (arg.isSequence() && arg.size() == 2) {
        text = &arg.items()[0];
        vars = &arg.items()[1];
    }
    if (!text->isString()) {
        *why = QStringLiteral("Fn::Sub must be a string or [string, {variables}]");
        return false;
    }
    static const QRegularExpression var(QStringLiteral("\\$\\{([^}]*)\\}"));
    const QString s = text->scalarText();
    QString result;
    qsizetype last = 0;
    for (auto it = var.globalMatch(s); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        result += s.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(1).trimmed();
        if (name.startsWith(QLatin1Char('!'))) { // ${!Literal} stays ${Literal}
            result += QStringLiteral("${") + name.mid(1) + QLatin1Char('}');
            continue;
        }
        QString value;
        bool ok = false;
        if (vars && vars->isMapping() && vars->contains(name)) {
            ok = resolve((*vars)[name], &value, why, depth + 1);
        } else if (name.contains(QLatin1Char('.')) && !name.startsWith(QLatin1String("AWS::"))) {
            const qsizetype dot = name.indexOf(QLatin1Char('.'));
            ok = resolveGetAtt(name.left(dot), name.mid(dot + 1), &value, why);
        } else {
            ok = resolveRef(name, &value, why, depth + 1);
        }
        if (!ok)
            return false;
        result += value;
    }
    result += s.mid(last);
    *out = result;
    return true;
}

void TemplateReader::resolveTree(doc::Node &n, const QString &field, const QString &logicalId, const QString &apiId)
{
    if (isIntrinsic(n)) {
        QString value, why;
        if (resolve(n, &value, &why)) {
            const int line = n.line(), column = n.column();
            n = doc::Node::string(value);
            n.setLocation(line, column);
        } else {
            notEmulated(n, logicalId.isEmpty() ? m_current : logicalId, apiId, field, why,
                        QStringLiteral("write the value itself in the template"));
        }
        return;
    }
    if (n.isMapping()) {
        for (auto &m : n.members())
            resolveTree(m.second, field + QLatin1Char('.') + m.first, logicalId, apiId);
    } else if (n.isSequence()) {
        for (size_t i = 0; i < n.items().size(); ++i)
            resolveTree(n.items()[i], field + QStringLiteral("[%1]").arg(i), logicalId, apiId);
    }
}

void TemplateReader::warnUnreadProperties(const QString &logicalId, const doc::Node &props, const QStringList &read,
                                          const QString &apiId)
{
    for (const auto &m : props.members()) {
        if (!read.contains(m.first))
            notEmulated(m.second, logicalId, apiId, QStringLiteral("Resources.%1.Properties.%2").arg(logicalId, m.first),
                        QStringLiteral("is not read by Gatehouse; it has no effect locally"));
    }
}

void TemplateReader::readFunction(const QString &logicalId, const doc::Node &resource)
{
    const QString base = QStringLiteral("Resources.%1.Properties.").arg(logicalId);
    // Globals.Function first, then the function's own properties (Environment.Variables merge by name).
    doc::Node props = m_root[u"Globals"][u"Function"];
    if (!props.isMapping())
        props = doc::Node::mapping();
    for (const auto &m : resource[u"Properties"].members()) {
        doc::Node *global = props.find(m.first);
        if (m.first == QLatin1String("Environment") && global && (*global)[u"Variables"].isMapping()
            && m.second[u"Variables"].isMapping()) {
            doc::Node merged = *global;
            doc::Node vars = (*global)[u"Variables"];
            for (const auto &v : m.second[u"Variables"].members())
                vars.set(v.first, v.second);
            merged.set(QStringLiteral("Variables"), vars);
            props.set(m.first, merged);
        } else {
            props.set(m.first, m.second);
        }
    }
    const doc::Node &at = resource[u"Properties"].isMapping() ? resource[u"Properties"] : resource;

    bool ok = true;
    if (props[u"PackageType"].toString() == QLatin1String("Image")) {
        m_sink.error(props[u"PackageType"], base + QStringLiteral("PackageType"),
                     QStringLiteral("container image functions cannot run locally"),
                     QStringLiteral("use a zip function with a local CodeUri folder"));
        return;
    }
    model::Function fn;
    fn.name = logicalId;
    const doc::Node &codeUri = props[u"CodeUri"];
    if (codeUri.isNull()) {
        m_sink.error(at, base + QStringLiteral("CodeUri"),
                     props.contains(u"InlineCode")
                         ? QStringLiteral("function `%1` has InlineCode, which Gatehouse does not run").arg(logicalId)
                         : QStringLiteral("function `%1` has no CodeUri").arg(logicalId),
                     QStringLiteral("set CodeUri to the function's code folder, relative to the template"));
        ok = false;
    } else if (codeUri.isMapping() && !isIntrinsic(codeUri)) {
        m_sink.error(codeUri, base + QStringLiteral("CodeUri"),
                     QStringLiteral("function `%1`: an S3 CodeUri cannot be run locally").arg(logicalId),
                     QStringLiteral("set CodeUri to the function's code folder, relative to the template"));
        ok = false;
    } else {
        fn.code = scalar(codeUri, base + QStringLiteral("CodeUri"));
        if (fn.code.startsWith(QLatin1String("s3://"))) {
            m_sink.error(codeUri, base + QStringLiteral("CodeUri"),
                         QStringLiteral("function `%1`: an S3 CodeUri cannot be run locally").arg(logicalId),
                         QStringLiteral("set CodeUri to the function's code folder, relative to the template"));
            ok = false;
        } else if (fn.code.isEmpty()) {
            ok = false;
        } else if (!QFileInfo(m_dir.absoluteFilePath(fn.code)).isDir()) {
            m_sink.warning(codeUri, base + QStringLiteral("CodeUri"),
                           QStringLiteral("the code folder %1 does not exist").arg(m_dir.absoluteFilePath(fn.code)));
        }
    }
    fn.runtime = scalar(props[u"Runtime"], base + QStringLiteral("Runtime"));
    model::Function::Kind kind = model::Function::Kind::Custom;
    if (fn.runtime.isEmpty()) {
        m_sink.error(at, base + QStringLiteral("Runtime"), QStringLiteral("function `%1` has no Runtime").arg(logicalId),
                     QStringLiteral("set Runtime (nodejs*, python* or provided*) on the function or in Globals.Function"));
        ok = false;
    } else if (!model::parseFunctionKind(fn.runtime, &kind)) {
        m_sink.error(props[u"Runtime"], base + QStringLiteral("Runtime"),
                     QStringLiteral("Gatehouse runs nodejs*, python* and provided* functions locally; got `%1`")
                         .arg(fn.runtime));
        ok = false;
    }
    fn.handler = scalar(props[u"Handler"], base + QStringLiteral("Handler"));
    if (fn.handler.isEmpty() && kind == model::Function::Kind::Custom)
        fn.handler = QStringLiteral("bootstrap");
    if (fn.handler.isEmpty()) {
        m_sink.error(at, base + QStringLiteral("Handler"), QStringLiteral("function `%1` has no Handler").arg(logicalId));
        ok = false;
    }
    const auto intProperty = [&](QStringView key, int min, int max, int *out) {
        const doc::Node &n = props[key];
        if (n.isNull())
            return;
        bool isInt = false;
        const qint64 v = scalar(n, base + key.toString()).toLongLong(&isInt);
        if (!isInt || v < min || v > max) {
            m_sink.warning(n, base + key.toString(),
                           QStringLiteral("must be a whole number from %1 to %2; the default is used").arg(min).arg(max));
            return;
        }
        *out = int(v);
    };
    intProperty(u"MemorySize", 128, 10240, &fn.memorySize);
    intProperty(u"Timeout", 1, 900, &fn.timeout);
    if (props.contains(u"ReservedConcurrentExecutions"))
        intProperty(u"ReservedConcurrentExecutions", 0, 1000000, &fn.reservedConcurrency);
    for (const auto &v : props[u"Environment"][u"Variables"].members()) {
        QString value, why;
        if (resolve(v.second, &value, &why))
            fn.environment.append({v.first, value});
        else
            m_sink.warning(v.second, base + QStringLiteral("Environment.Variables.") + v.first,
                           why + QStringLiteral("; the variable is not set locally"));
    }

    // Events: Api and HttpApi become routes.
    for (const auto &ev : props[u"Events"].members()) {
        const QString field = base + QStringLiteral("Events.") + ev.first;
        const QString type = ev.second[u"Type"].toString();
        const doc::Node &ep = ev.second[u"Properties"];
        if (type != QLatin1String("Api") && type != QLatin1String("HttpApi")) {
            notEmulated(ev.second, logicalId, {}, field + QStringLiteral(".Type"),
                        QStringLiteral("%1 events are not emulated locally; the event is ignored").arg(type));
            continue;
        }
        EventRoute r;
        r.protocol = type == QLatin1String("Api") ? model::Protocol::Rest : model::Protocol::Http;
        r.function = logicalId;
        r.path = scalar(ep[u"Path"], field + QStringLiteral(".Properties.Path"));
        r.method = scalar(ep[u"Method"], field + QStringLiteral(".Properties.Method")).toLower();
        if (r.path.isEmpty() || r.method.isEmpty()) {
            m_sink.warning(ev.second, field, QStringLiteral("an %1 event needs Path and Method; ignored").arg(type),
                           QStringLiteral("for a catch-all route write Path: /{proxy+} and Method: ANY"));
            continue;
        }
        const doc::Node &apiRef = ep[r.protocol == model::Protocol::Rest ? u"RestApiId" : u"ApiId"];
        if (!apiRef.isNull()) {
            r.apiLogicalId = apiRef[u"Ref"].isString() ? apiRef[u"Ref"].scalarText() : apiRef.toString();
            if (r.apiLogicalId.isEmpty()) {
                m_sink.warning(apiRef, field, QStringLiteral("the API must be a Ref to an API of this template; ignored"));
                continue;
            }
        }
        r.payloadFormatVersion = scalar(ep[u"PayloadFormatVersion"], field + QStringLiteral(".Properties.PayloadFormatVersion"));
        m_routes.append(r);
    }
    static const QStringList read = {
        QStringLiteral("CodeUri"),     QStringLiteral("Handler"),  QStringLiteral("Runtime"),
        QStringLiteral("MemorySize"),  QStringLiteral("Timeout"),  QStringLiteral("Environment"),
        QStringLiteral("Events"),      QStringLiteral("ReservedConcurrentExecutions"),
        // Deployment-only properties with nothing to emulate.
        QStringLiteral("FunctionName"), QStringLiteral("Description"), QStringLiteral("Role"),
        QStringLiteral("Policies"),     QStringLiteral("Architectures"), QStringLiteral("Tags"),
        QStringLiteral("Tracing"),      QStringLiteral("PackageType"),   QStringLiteral("AutoPublishAlias"),
    };
    warnUnreadProperties(logicalId, resource[u"Properties"], read);
    if (ok)
        m_project.functions.append(fn);
}

std::optional<doc::Node> TemplateReader::loadDefinitionUri(const QString &logicalId, const doc::Node &uri)
{
    const QString field = QStringLiteral("Resources.%1.Properties.DefinitionUri").arg(logicalId);
    if (!uri.isString() || uri.scalarText().startsWith(QLatin1String("s3://"))) {
        m_sink.warning(uri, field, QStringLiteral("only a local file is read, not an S3 location"),
                       QStringLiteral("set DefinitionUri to a file next to the template, or use DefinitionBody"));
        return std::nullopt;
    }
    QFile file(m_dir.absoluteFilePath(uri.scalarText()));
    if (!file.open(QIODevice::ReadOnly)) {
        m_sink.error(uri, field, QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        return std::nullopt;
    }
    doc::ParseResult parsed = doc::parse(file.readAll());
    if (!parsed.ok()) {
        m_sink.error(uri, field, QStringLiteral("%1:%2: %3").arg(file.fileName()).arg(parsed.error->line).arg(parsed.error->message));
        return std::nullopt;
    }
    return expandShortFormIntrinsics(parsed.root);
}

std::optional<model::CanarySettings> TemplateReader::canarySetting(const doc::Node &n, const QString &field,
                                                                   const QString &logicalId, const QString &apiId)
{
    if (!n.isMapping()) {
        m_sink.warning(n, field, QStringLiteral("a CanarySetting is a mapping (PercentTraffic, StageVariableOverrides, "
                                                "UseStageCache); the canary is not set up locally"));
        return std::nullopt;
    }
    model::CanarySettings c;
    bool ok = true;
    for (const auto &[key, v] : n.members()) {
        const QString f = field + QLatin1Char('.') + key;
        QString text, why;
        if (key == QLatin1String("DeploymentId")) {
            // The template deploys one version of the definition, so the canary serves that one, like the stage.
            continue;
        }
        if (key == QLatin1String("PercentTraffic")) {
            if (!resolve(v, &text, &why)) {
                notEmulated(v, logicalId, apiId, f, why + QStringLiteral("; the canary is not set up locally"),
                            QStringLiteral("write the percent itself in the template"));
                ok = false;
                continue;
            }
            bool number = false;
            const double percent = text.toDouble(&number);
            if (!number || !(percent >= 0 && percent <= 100)) {
                m_sink.warning(v, f, QStringLiteral("must be a number from 0 to 100; got `%1`; the canary is not set up locally")
                                         .arg(text));
                ok = false;
                continue;
            }
            c.percentTraffic = percent;
        } else if (key == QLatin1String("StageVariableOverrides")) {
            for (const auto &[name, value] : v.members()) {
                if (resolve(value, &text, &why))
                    c.stageVariableOverrides.append({name, text});
                else
                    notEmulated(value, logicalId, apiId, f + QLatin1Char('.') + name,
                                why + QStringLiteral("; the canary does not override this stage variable locally"));
            }
        } else if (key == QLatin1String("UseStageCache")) {
            if (v.isBool()) {
                c.useStageCache = v.toBool(false);
            } else if (resolve(v, &text, &why) && (text == QLatin1String("true") || text == QLatin1String("false"))) {
                c.useStageCache = text == QLatin1String("true");
            } else {
                m_sink.warning(v, f, QStringLiteral("must be true or false; the canary bypasses the stage cache locally"));
            }
        } else {
            notEmulated(v, logicalId, apiId, f, QStringLiteral("is not a CanarySetting property Gatehouse knows; ignored"));
        }
    }
    if (!ok)
        return std::nullopt;
    m_sink.info(n, field,
                QStringLiteral("the canary serves %1%% of the stage's requests with the template's definition (the one "
                               "version the template deploys)")
                    .arg(QString::number(c.percentTraffic, 'g', QLocale::FloatingPointShortest)));
    return c;
}

QString TemplateReader::restStageFor(const QString &apiLogicalId, QList<QPair<QString, QString>> *variables,
                                     std::optional<model::CanarySettings> *canary)
{
    // A Stage (or a Deployment with StageName) whose RestApiId is a Ref to the API.
    for (const auto &r : m_root[u"Resources"].members()) {
        const QString type = r.second[u"Type"].toString();
        const doc::Node &p = r.second[u"Properties"];
        if ((type == QLatin1String("AWS::ApiGateway::Stage") || type == QLatin1String("AWS::ApiGateway::Deployment"))
            && p[u"RestApiId"][u"Ref"].toString() == apiLogicalId) {
            QString name, why;
            if (p.contains(u"StageName") && resolve(p[u"StageName"], &name, &why) && !name.isEmpty()) {
                const doc::Node &vars = type == QLatin1String("AWS::ApiGateway::Stage")
                    ? p[u"Variables"]
                    : p[u"StageDescription"][u"Variables"];
                for (const auto &v : vars.members()) {
                    QString value;
                    if (resolve(v.second, &value, &why)) {
                        if (variables)
                            variables->append({v.first, value});
                    } else {
                        notEmulated(v.second, r.first, apiLogicalId.toLower(),
                                    QStringLiteral("Resources.%1.Properties.Variables.%2").arg(r.first, v.first),
                                    why + QStringLiteral("; the stage variable is not set locally"));
                    }
                }
                // The stage's canary: the Stage's CanarySetting, or a Deployment's DeploymentCanarySettings (it
                // deploys as the canary of StageName) or StageDescription.CanarySetting. Same fields.
                QString settingField = QStringLiteral("CanarySetting");
                const doc::Node *setting = &p[u"CanarySetting"];
                if (type == QLatin1String("AWS::ApiGateway::Deployment")) {
                    const bool deploymentCanary = p.contains(u"DeploymentCanarySettings");
                    settingField = deploymentCanary ? QStringLiteral("DeploymentCanarySettings")
                                                    : QStringLiteral("StageDescription.CanarySetting");
                    setting = deploymentCanary ? &p[u"DeploymentCanarySettings"] : &p[u"StageDescription"][u"CanarySetting"];
                }
                if (canary && !setting->isNull())
                    *canary = canarySetting(*setting, QStringLiteral("Resources.%1.Properties.%2").arg(r.first, settingField),
                                            r.first, apiLogicalId.toLower());
                return name;
            }
        }
    }
    return QStringLiteral("prod");
}

void TemplateReader::readApi(const QString &logicalId, const QString &type, const doc::Node &resource)
{
    const doc::Node &props = resource[u"Properties"];
    const QString base = QStringLiteral("Resources.%1.Properties.").arg(logicalId);
    ApiSource api;
    api.logicalId = logicalId;
    api.at = resource;
    QStringList read = {QStringLiteral("Name"), QStringLiteral("Description"), QStringLiteral("Tags")};
    if (type == QLatin1String("AWS::Serverless::Api") || type == QLatin1String("AWS::Serverless::HttpApi")) {
        api.protocol = type == QLatin1String("AWS::Serverless::Api") ? model::Protocol::Rest : model::Protocol::Http;
        read << QStringLiteral("DefinitionBody") << QStringLiteral("DefinitionUri") << QStringLiteral("StageName")
             << QStringLiteral("OpenApiVersion");
        if (type == QLatin1String("AWS::Serverless::Api") && props.contains(u"CanarySetting")) {
            read << QStringLiteral("CanarySetting");
            api.canary = canarySetting(props[u"CanarySetting"], base + QStringLiteral("CanarySetting"), logicalId,
                                       logicalId.toLower());
        }
        api.bodyField = QStringLiteral("DefinitionBody");
        if (props[u"DefinitionBody"].isMapping()) {
            api.body = props[u"DefinitionBody"];
        } else if (props.contains(u"DefinitionUri")) {
            if (auto body = loadDefinitionUri(logicalId, props[u"DefinitionUri"]))
                api.body = *body;
        }
        if (api.protocol == model::Protocol::Rest) {
            api.stage = scalar(props[u"StageName"], base + QStringLiteral("StageName"));
            if (api.stage.isEmpty())
                api.stage = QStringLiteral("prod");
        }
    } else {
        const bool v2 = type == QLatin1String("AWS::ApiGatewayV2::Api");
        api.protocol = v2 ? model::Protocol::Http : model::Protocol::Rest;
        read << QStringLiteral("Body");
        api.bodyField = QStringLiteral("Body");
        if (v2) {
            read << QStringLiteral("ProtocolType");
            const QString protocolType = props[u"ProtocolType"].toString();
            if (protocolType == QLatin1String("WEBSOCKET")) {
                api.protocol = model::Protocol::WebSocket;
                api.stage = webSocketStageFor(logicalId, &api.stageVariables);
                read << QStringLiteral("RouteSelectionExpression");
                warnUnreadProperties(logicalId, props, read, logicalId.toLower());
                m_apis.append(api);
                return;
            }
            api.httpApiResource = isHttpPartsApi(logicalId);
            if (api.httpApiResource)
                api.title = scalar(props[u"Name"], base + QStringLiteral("Name"));
        }
        if (props[u"Body"].isMapping())
            api.body = props[u"Body"];
        else if (props.contains(u"BodyS3Location"))
            m_sink.warning(props[u"BodyS3Location"], base + QStringLiteral("BodyS3Location"),
                           QStringLiteral("a definition in S3 is not fetched"),
                           QStringLiteral("inline the OpenAPI document as Body"));
        if (!v2) {
            // The API's own properties that OpenAPI writes as root extensions; Resource and Method resources may
            // make up its definition (addRestResources).
            read << QStringLiteral("BinaryMediaTypes") << QStringLiteral("ApiKeySourceType") << QStringLiteral("Policy")
                 << QStringLiteral("MinimumCompressionSize");
            api.restApiResource = true;
            api.title = scalar(props[u"Name"], base + QStringLiteral("Name"));
            api.stage = restStageFor(logicalId, &api.stageVariables, &api.canary);
        }
    }
    if (api.protocol == model::Protocol::Http)
        api.stage = QStringLiteral("$default");
    if (api.httpApiResource)
        readHttpStage(api);
    warnUnreadProperties(logicalId, props, read, logicalId.toLower());
    m_apis.append(api);
}

std::optional<QString> TemplateReader::restPath(const doc::Node &ref, const QString &apiLogicalId, const QString &field,
                                                const QString &logicalId)
{
    QStringList segments;
    QStringList seen;
    doc::Node current = ref;
    QString currentField = field;
    for (;;) {
        if (isGetAtt(current, apiLogicalId, QStringLiteral("RootResourceId")))
            break;
        const QString id = refName(current);
        const doc::Node &resource = m_root[u"Resources"][id];
        if (id.isEmpty() || resource[u"Type"].toString() != QLatin1String("AWS::ApiGateway::Resource")) {
            m_sink.error(current.isNull() ? m_root[u"Resources"][logicalId] : current, currentField,
                         QStringLiteral("`%1`: must be !Ref to an AWS::ApiGateway::Resource of the API, or !GetAtt "
                                        "%2.RootResourceId; got %3")
                             .arg(logicalId, apiLogicalId,
                                  current.isNull() ? QStringLiteral("nothing")
                                  : id.isEmpty()   ? QStringLiteral("a %1").arg(QLatin1String(current.kindName()))
                                                   : QStringLiteral("`%1`").arg(id)));
            return std::nullopt;
        }
        if (seen.contains(id)) {
            m_sink.error(current, currentField,
                         QStringLiteral("`%1`: the ParentId chain of resource `%2` loops (%3)")
                             .arg(logicalId, id, seen.join(QStringLiteral(" → "))),
                         QStringLiteral("one resource on the chain must have !GetAtt %1.RootResourceId as ParentId")
                             .arg(apiLogicalId));
            return std::nullopt;
        }
        seen.append(id);
        const doc::Node &props = resource[u"Properties"];
        const QString owner = refName(props[u"RestApiId"]);
        if (owner != apiLogicalId) {
            m_sink.error(props[u"RestApiId"].isNull() ? resource : props[u"RestApiId"],
                         QStringLiteral("Resources.%1.Properties.RestApiId").arg(id),
                         QStringLiteral("`%1` uses resource `%2`, which belongs to %3, not to `%4`")
                             .arg(logicalId, id, owner.isEmpty() ? QStringLiteral("no API") : owner, apiLogicalId));
            return std::nullopt;
        }
        const QString part = scalar(props[u"PathPart"], QStringLiteral("Resources.%1.Properties.PathPart").arg(id));
        if (part.isEmpty() || part.contains(QLatin1Char('/'))) {
            m_sink.error(props[u"PathPart"].isNull() ? resource : props[u"PathPart"],
                         QStringLiteral("Resources.%1.Properties.PathPart").arg(id),
                         QStringLiteral("resource `%1` needs a PathPart: one path segment without '/'; got `%2`").arg(id, part));
            return std::nullopt;
        }
        segments.prepend(part);
        current = props[u"ParentId"];
        currentField = QStringLiteral("Resources.%1.Properties.ParentId").arg(id);
    }
    return QLatin1Char('/') + segments.join(QLatin1Char('/'));
}

QString TemplateReader::partName(const doc::Node &ref, const QString &type, const QString &apiLogicalId,
                                 const QString &field, const QString &logicalId)
{
    const QString id = refName(ref);
    const doc::Node &resource = m_root[u"Resources"][id];
    if (id.isEmpty() || resource[u"Type"].toString() != type || !m_restParts.contains(id)) {
        m_sink.error(ref, field,
                     QStringLiteral("`%1`: must be !Ref to an %2 of this template; got %3")
                         .arg(logicalId, type, id.isEmpty() ? QStringLiteral("no Ref") : QStringLiteral("`%1`").arg(id)));
        return {};
    }
    if (refName(resource[u"Properties"][u"RestApiId"]) != apiLogicalId) {
        m_sink.error(ref, field, QStringLiteral("`%1`: %2 `%3` belongs to another API").arg(logicalId, type, id));
        return {};
    }
    const QString name = scalar(resource[u"Properties"][u"Name"], QStringLiteral("Resources.%1.Properties.Name").arg(id));
    return name.isEmpty() ? id : name;
}

doc::Node TemplateReader::integrationFrom(const doc::Node &source, const QString &field, const QString &logicalId,
                                          const QString &apiId)
{
    doc::Node in = source;
    resolveTree(in, field, logicalId, apiId);
    // CloudFormation's names → x-amazon-apigateway-integration's, in the order AWS's export writes them.
    static const QList<QPair<QString, QString>> names = {
        {QStringLiteral("Type"), QStringLiteral("type")},
        {QStringLiteral("Credentials"), QStringLiteral("credentials")},
        {QStringLiteral("IntegrationHttpMethod"), QStringLiteral("httpMethod")},
        {QStringLiteral("Uri"), QStringLiteral("uri")},
        {QStringLiteral("ConnectionType"), QStringLiteral("connectionType")},
        {QStringLiteral("ConnectionId"), QStringLiteral("connectionId")},
        {QStringLiteral("IntegrationResponses"), QStringLiteral("responses")},
        {QStringLiteral("RequestParameters"), QStringLiteral("requestParameters")},
        {QStringLiteral("RequestTemplates"), QStringLiteral("requestTemplates")},
        {QStringLiteral("PassthroughBehavior"), QStringLiteral("passthroughBehavior")},
        {QStringLiteral("ContentHandling"), QStringLiteral("contentHandling")},
        {QStringLiteral("TimeoutInMillis"), QStringLiteral("timeoutInMillis")},
        {QStringLiteral("CacheNamespace"), QStringLiteral("cacheNamespace")},
        {QStringLiteral("CacheKeyParameters"), QStringLiteral("cacheKeyParameters")},
    };
    doc::Node out = located(doc::Node::mapping(), source);
    for (const auto &name : names) {
        const doc::Node *value = in.find(name.first);
        if (!value)
            continue;
        if (name.first == QLatin1String("Type")) {
            out.set(name.second, stringAt(value->toString().toLower(), *value));
        } else if (name.first == QLatin1String("IntegrationResponses")) {
            doc::Node responses = located(doc::Node::mapping(), *value);
            for (size_t i = 0; i < value->items().size(); ++i) {
                const doc::Node &r = value->items()[i];
                const QString rf = field + QStringLiteral(".IntegrationResponses[%1]").arg(i);
                doc::Node response = located(doc::Node::mapping(), r);
                static const QList<QPair<QString, QString>> responseNames = {
                    {QStringLiteral("StatusCode"), QStringLiteral("statusCode")},
                    {QStringLiteral("ResponseParameters"), QStringLiteral("responseParameters")},
                    {QStringLiteral("ResponseTemplates"), QStringLiteral("responseTemplates")},
                    {QStringLiteral("ContentHandling"), QStringLiteral("contentHandling")},
                };
                for (const auto &rn : responseNames) {
                    if (const doc::Node *v = r.find(rn.first))
                        response.set(rn.second, rn.first == QLatin1String("StatusCode") ? stringAt(v->toString(), *v) : *v);
                }
                for (const auto &m : r.members()) {
                    if (m.first != QLatin1String("SelectionPattern")
                        && std::none_of(responseNames.cbegin(), responseNames.cend(),
                                        [&](const QPair<QString, QString> &rn) { return rn.first == m.first; }))
                        notEmulated(m.second, logicalId, apiId, rf + QLatin1Char('.') + m.first,
                                    QStringLiteral("is not an integration response property Gatehouse knows; ignored"));
                }
                const QString pattern = r[u"SelectionPattern"].toString();
                responses.set(pattern.isEmpty() ? QStringLiteral("default") : pattern, response);
            }
            out.set(name.second, responses);
        } else {
            out.set(name.second, *value);
        }
    }
    for (const auto &m : in.members()) {
        if (std::none_of(names.cbegin(), names.cend(), [&](const QPair<QString, QString> &n) { return n.first == m.first; }))
            notEmulated(m.second, logicalId, apiId, field + QLatin1Char('.') + m.first,
                        QStringLiteral("is not an integration property Gatehouse knows; ignored"));
    }
    return out;
}

void TemplateReader::addRestMethod(const QString &logicalId, const doc::Node &resource, ApiSource &api,
                                   doc::Node &paths, doc::Node &schemes)
{
    const QString base = QStringLiteral("Resources.%1.Properties.").arg(logicalId);
    const QString apiId = api.logicalId.toLower();
    const doc::Node &props = resource[u"Properties"];
    m_current = logicalId;

    static const QStringList methods = {
        QStringLiteral("GET"),   QStringLiteral("POST"), QStringLiteral("PUT"),     QStringLiteral("PATCH"),
        QStringLiteral("DELETE"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS"), QStringLiteral("ANY"),
    };
    const QString method = scalar(props[u"HttpMethod"], base + QStringLiteral("HttpMethod")).toUpper();
    if (!methods.contains(method)) {
        m_sink.error(props[u"HttpMethod"].isNull() ? resource : props[u"HttpMethod"], base + QStringLiteral("HttpMethod"),
                     QStringLiteral("method `%1` needs an HttpMethod: one of %2; got `%3`")
                         .arg(logicalId, methods.join(QLatin1String(", ")), method));
        return;
    }
    const std::optional<QString> path = restPath(props[u"ResourceId"], api.logicalId, base + QStringLiteral("ResourceId"),
                                                 logicalId);
    if (!path)
        return;
    const QString key = method == QLatin1String("ANY") ? QStringLiteral("x-amazon-apigateway-any-method")
                                                       : method.toLower();
    doc::Node pathItem = paths[*path].isMapping() ? paths[*path] : located(doc::Node::mapping(), resource);
    if (pathItem.contains(key)) {
        m_sink.error(resource, base + QStringLiteral("HttpMethod"),
                     QStringLiteral("method `%1`: %2 %3 is already defined (in the API's Body or by another Method)")
                         .arg(logicalId, method, *path));
        return;
    }

    doc::Node op = located(doc::Node::mapping(), resource);
    if (props.contains(u"OperationName"))
        op.set(QStringLiteral("operationId"),
               stringAt(scalar(props[u"OperationName"], base + QStringLiteral("OperationName")), props[u"OperationName"]));

    // Method request parameters: method.request.{path,querystring,header}.NAME: required.
    doc::Node parameters = located(doc::Node::sequence(), props[u"RequestParameters"]);
    for (const auto &m : props[u"RequestParameters"].members()) {
        static const QRegularExpression pattern(QStringLiteral("^method\\.request\\.(path|querystring|header)\\.(.+)$"));
        const QRegularExpressionMatch match = pattern.match(m.first);
        if (!match.hasMatch()) {
            m_sink.error(m.second, base + QStringLiteral("RequestParameters.") + m.first,
                         QStringLiteral("method `%1`: a request parameter must be method.request.path.NAME, "
                                        "method.request.querystring.NAME or method.request.header.NAME")
                             .arg(logicalId));
            continue;
        }
        const QString in = match.captured(1) == QLatin1String("querystring") ? QStringLiteral("query") : match.captured(1);
        doc::Node parameter = located(doc::Node::mapping(), m.second);
        parameter.set(QStringLiteral("name"), stringAt(match.captured(2), m.second));
        parameter.set(QStringLiteral("in"), stringAt(in, m.second));
        parameter.set(QStringLiteral("required"),
                      located(doc::Node::boolean(in == QLatin1String("path") || m.second.toBool()), m.second));
        doc::Node schema = located(doc::Node::mapping(), m.second);
        schema.set(QStringLiteral("type"), stringAt(QStringLiteral("string"), m.second));
        parameter.set(QStringLiteral("schema"), schema);
        parameters.append(parameter);
    }
    if (!parameters.isEmpty())
        op.set(QStringLiteral("parameters"), parameters);

    // RequestModels: content type → model name (or !Ref to an AWS::ApiGateway::Model).
    if (props[u"RequestModels"].isMapping() && !props[u"RequestModels"].isEmpty()) {
        doc::Node content = located(doc::Node::mapping(), props[u"RequestModels"]);
        for (const auto &m : props[u"RequestModels"].members()) {
            const QString model = m.second.isString()
                ? m.second.scalarText()
                : partName(m.second, QStringLiteral("AWS::ApiGateway::Model"), api.logicalId,
                           base + QStringLiteral("RequestModels.") + m.first, logicalId);
            if (model.isEmpty())
                continue;
            doc::Node media = located(doc::Node::mapping(), m.second);
            doc::Node schema = located(doc::Node::mapping(), m.second);
            schema.set(QStringLiteral("$ref"), stringAt(QStringLiteral("#/components/schemas/") + model, m.second));
            media.set(QStringLiteral("schema"), schema);
            content.set(m.first, media);
        }
        doc::Node body = located(doc::Node::mapping(), props[u"RequestModels"]);
        body.set(QStringLiteral("content"), content);
        body.set(QStringLiteral("required"), located(doc::Node::boolean(true), props[u"RequestModels"]));
        op.set(QStringLiteral("requestBody"), body);
    }

    // MethodResponses: status code, response headers, response models.
    if (!props[u"MethodResponses"].isEmpty()) {
        doc::Node responses = located(doc::Node::mapping(), props[u"MethodResponses"]);
        for (size_t i = 0; i < props[u"MethodResponses"].items().size(); ++i) {
            const doc::Node &r = props[u"MethodResponses"].items()[i];
            const QString rf = base + QStringLiteral("MethodResponses[%1]").arg(i);
            const QString status = scalar(r[u"StatusCode"], rf + QStringLiteral(".StatusCode"));
            if (status.isEmpty()) {
                m_sink.error(r, rf + QStringLiteral(".StatusCode"),
                             QStringLiteral("method `%1`: a method response needs a StatusCode").arg(logicalId));
                continue;
            }
            doc::Node response = located(doc::Node::mapping(), r);
            response.set(QStringLiteral("description"), stringAt(QStringLiteral("%1 response").arg(status), r));
            doc::Node headers = located(doc::Node::mapping(), r[u"ResponseParameters"]);
            for (const auto &h : r[u"ResponseParameters"].members()) {
                if (!h.first.startsWith(QLatin1String("method.response.header."))) {
                    m_sink.error(h.second, rf + QStringLiteral(".ResponseParameters.") + h.first,
                                 QStringLiteral("method `%1`: a method response parameter must be "
                                                "method.response.header.NAME")
                                     .arg(logicalId));
                    continue;
                }
                doc::Node header = located(doc::Node::mapping(), h.second);
                doc::Node schema = located(doc::Node::mapping(), h.second);
                schema.set(QStringLiteral("type"), stringAt(QStringLiteral("string"), h.second));
                header.set(QStringLiteral("schema"), schema);
                headers.set(h.first.mid(int(qstrlen("method.response.header."))), header);
            }
            if (!headers.isEmpty())
                response.set(QStringLiteral("headers"), headers);
            doc::Node content = located(doc::Node::mapping(), r[u"ResponseModels"]);
            for (const auto &m : r[u"ResponseModels"].members()) {
                const QString model = m.second.isString()
                    ? m.second.scalarText()
                    : partName(m.second, QStringLiteral("AWS::ApiGateway::Model"), api.logicalId,
                               rf + QStringLiteral(".ResponseModels.") + m.first, logicalId);
                if (model.isEmpty())
                    continue;
                doc::Node media = located(doc::Node::mapping(), m.second);
                doc::Node schema = located(doc::Node::mapping(), m.second);
                schema.set(QStringLiteral("$ref"), stringAt(QStringLiteral("#/components/schemas/") + model, m.second));
                media.set(QStringLiteral("schema"), schema);
                content.set(m.first, media);
            }
            if (!content.isEmpty())
                response.set(QStringLiteral("content"), content);
            responses.set(status, response);
        }
        op.set(QStringLiteral("responses"), responses);
    }

    // Authorization: one security requirement naming the authorizer (or sigv4) and the API key.
    doc::Node requirement = located(doc::Node::mapping(), resource);
    const QString authType = scalar(props[u"AuthorizationType"], base + QStringLiteral("AuthorizationType")).toUpper();
    if (authType == QLatin1String("AWS_IAM")) {
        if (!schemes.contains(u"sigv4")) {
            doc::Node scheme = located(doc::Node::mapping(), props[u"AuthorizationType"]);
            scheme.set(QStringLiteral("type"), stringAt(QStringLiteral("apiKey"), props[u"AuthorizationType"]));
            scheme.set(QStringLiteral("name"), stringAt(QStringLiteral("Authorization"), props[u"AuthorizationType"]));
            scheme.set(QStringLiteral("in"), stringAt(QStringLiteral("header"), props[u"AuthorizationType"]));
            scheme.set(QStringLiteral("x-amazon-apigateway-authtype"),
                       stringAt(QStringLiteral("awsSigv4"), props[u"AuthorizationType"]));
            schemes.set(QStringLiteral("sigv4"), scheme);
        }
        requirement.set(QStringLiteral("sigv4"), located(doc::Node::sequence(), props[u"AuthorizationType"]));
    } else if (authType == QLatin1String("CUSTOM") || authType == QLatin1String("COGNITO_USER_POOLS")) {
        const QString name = partName(props[u"AuthorizerId"].isNull() ? resource : props[u"AuthorizerId"],
                                      QStringLiteral("AWS::ApiGateway::Authorizer"), api.logicalId,
                                      base + QStringLiteral("AuthorizerId"), logicalId);
        if (name.isEmpty())
            return;
        doc::Node scopes = located(doc::Node::sequence(), props[u"AuthorizationScopes"]);
        for (const doc::Node &scope : props[u"AuthorizationScopes"].items())
            scopes.append(stringAt(scalar(scope, base + QStringLiteral("AuthorizationScopes")), scope));
        requirement.set(name, scopes);
    } else if (!authType.isEmpty() && authType != QLatin1String("NONE")) {
        m_sink.error(props[u"AuthorizationType"], base + QStringLiteral("AuthorizationType"),
                     QStringLiteral("method `%1`: AuthorizationType must be NONE, AWS_IAM, CUSTOM or COGNITO_USER_POOLS; "
                                    "got `%2`")
                         .arg(logicalId, authType));
        return;
    }
    if (props[u"ApiKeyRequired"].toBool()) {
        if (!schemes.contains(u"api_key")) {
            doc::Node scheme = located(doc::Node::mapping(), props[u"ApiKeyRequired"]);
            scheme.set(QStringLiteral("type"), stringAt(QStringLiteral("apiKey"), props[u"ApiKeyRequired"]));
            scheme.set(QStringLiteral("name"), stringAt(QStringLiteral("x-api-key"), props[u"ApiKeyRequired"]));
            scheme.set(QStringLiteral("in"), stringAt(QStringLiteral("header"), props[u"ApiKeyRequired"]));
            schemes.set(QStringLiteral("api_key"), scheme);
        }
        requirement.set(QStringLiteral("api_key"), located(doc::Node::sequence(), props[u"ApiKeyRequired"]));
    }
    if (!requirement.isEmpty()) {
        doc::Node security = located(doc::Node::sequence(), resource);
        security.append(requirement);
        op.set(QStringLiteral("security"), security);
    }

    if (props.contains(u"RequestValidatorId")) {
        const QString validator = partName(props[u"RequestValidatorId"], QStringLiteral("AWS::ApiGateway::RequestValidator"),
                                           api.logicalId, base + QStringLiteral("RequestValidatorId"), logicalId);
        if (validator.isEmpty())
            return;
        op.set(QStringLiteral("x-amazon-apigateway-request-validator"), stringAt(validator, props[u"RequestValidatorId"]));
    }

    if (props[u"Integration"].isMapping()) {
        op.set(QStringLiteral("x-amazon-apigateway-integration"),
               integrationFrom(props[u"Integration"], base + QStringLiteral("Integration"), logicalId, apiId));
    } else {
        m_sink.error(resource, base + QStringLiteral("Integration"),
                     QStringLiteral("method `%1` (%2 %3) has no Integration; AWS does not deploy a method without one")
                         .arg(logicalId, method, *path),
                     QStringLiteral("add Integration (Type MOCK answers without a backend)"));
        return;
    }
    static const QStringList read = {
        QStringLiteral("RestApiId"),          QStringLiteral("ResourceId"),        QStringLiteral("HttpMethod"),
        QStringLiteral("OperationName"),      QStringLiteral("RequestParameters"), QStringLiteral("RequestModels"),
        QStringLiteral("MethodResponses"),    QStringLiteral("AuthorizationType"), QStringLiteral("AuthorizerId"),
        QStringLiteral("AuthorizationScopes"), QStringLiteral("ApiKeyRequired"),   QStringLiteral("RequestValidatorId"),
        QStringLiteral("Integration"),
    };
    warnUnreadProperties(logicalId, props, read, apiId);
    pathItem.set(key, op);
    paths.set(*path, pathItem);
    api.methodIds.insert(QStringLiteral("paths.%1.%2").arg(*path, key), logicalId);
}

void TemplateReader::addRestResources(ApiSource &api)
{
    const QString apiId = api.logicalId.toLower();
    const doc::Node &resources = m_root[u"Resources"];
    QStringList parts;
    for (const QString &id : std::as_const(m_restParts)) {
        if (refName(resources[id][u"Properties"][u"RestApiId"]) == api.logicalId)
            parts.append(id);
    }
    // The RestApi's own properties, as root extensions of the definition (after paths and components, where AWS's
    // export writes them).
    const auto addRootExtensions = [&] {
        const doc::Node &apiProps = api.at[u"Properties"];
        const QString apiBase = QStringLiteral("Resources.%1.Properties.").arg(api.logicalId);
        static const QList<QPair<QString, QString>> rootExtensions = {
            {QStringLiteral("BinaryMediaTypes"), QStringLiteral("x-amazon-apigateway-binary-media-types")},
            {QStringLiteral("ApiKeySourceType"), QStringLiteral("x-amazon-apigateway-api-key-source")},
            {QStringLiteral("MinimumCompressionSize"), QStringLiteral("x-amazon-apigateway-minimum-compression-size")},
            {QStringLiteral("Policy"), QStringLiteral("x-amazon-apigateway-policy")},
        };
        for (const auto &e : rootExtensions) {
            if (!apiProps.contains(e.first) || api.body.contains(e.second))
                continue;
            doc::Node value = apiProps[e.first];
            resolveTree(value, apiBase + e.first, api.logicalId, apiId);
            if (e.first == QLatin1String("Policy") && value.isString()) {
                const doc::ParseResult policy = doc::parse(value.scalarText().toUtf8());
                if (policy.ok())
                    value = located(policy.root, value);
            }
            api.body.set(e.second, value);
        }
    };
    if (parts.isEmpty()) {
        addRootExtensions();
        return;
    }

    doc::Node paths = api.body[u"paths"].isMapping() ? api.body[u"paths"] : located(doc::Node::mapping(), api.at);
    doc::Node components = api.body[u"components"].isMapping() ? api.body[u"components"] : located(doc::Node::mapping(), api.at);
    doc::Node schemes = components[u"securitySchemes"].isMapping() ? components[u"securitySchemes"]
                                                                   : located(doc::Node::mapping(), api.at);
    doc::Node schemas = components[u"schemas"].isMapping() ? components[u"schemas"] : located(doc::Node::mapping(), api.at);
    doc::Node validators = api.body[u"x-amazon-apigateway-request-validators"].isMapping()
        ? api.body[u"x-amazon-apigateway-request-validators"]
        : located(doc::Node::mapping(), api.at);
    doc::Node gatewayResponses = api.body[u"x-amazon-apigateway-gateway-responses"].isMapping()
        ? api.body[u"x-amazon-apigateway-gateway-responses"]
        : located(doc::Node::mapping(), api.at);

    // Authorizers, models, validators and gateway responses first: methods refer to them.
    for (const QString &id : std::as_const(parts)) {
        const doc::Node &resource = resources[id];
        const QString type = resource[u"Type"].toString();
        const doc::Node &props = resource[u"Properties"];
        const QString base = QStringLiteral("Resources.%1.Properties.").arg(id);
        m_current = id;
        if (type == QLatin1String("AWS::ApiGateway::Authorizer")) {
            doc::Node ref = doc::Node::mapping();
            ref.set(QStringLiteral("Ref"), doc::Node::string(id));
            const QString schemeName = partName(located(ref, resource), type, api.logicalId, base + QStringLiteral("Name"), id);
            const QString authorizerType = scalar(props[u"Type"], base + QStringLiteral("Type")).toUpper();
            if (authorizerType != QLatin1String("TOKEN") && authorizerType != QLatin1String("REQUEST")
                && authorizerType != QLatin1String("COGNITO_USER_POOLS")) {
                m_sink.error(props[u"Type"].isNull() ? resource : props[u"Type"], base + QStringLiteral("Type"),
                             QStringLiteral("authorizer `%1`: Type must be TOKEN, REQUEST or COGNITO_USER_POOLS; got `%2`")
                                 .arg(id, authorizerType));
                continue;
            }
            doc::Node props2 = props;
            resolveTree(props2, QStringLiteral("Resources.%1.Properties").arg(id), id, apiId);
            const QString identity = props2[u"IdentitySource"].toString();
            doc::Node authorizer = located(doc::Node::mapping(), resource);
            authorizer.set(QStringLiteral("type"), stringAt(authorizerType.toLower(), props[u"Type"]));
            static const QList<QPair<QString, QString>> names = {
                {QStringLiteral("AuthorizerUri"), QStringLiteral("authorizerUri")},
                {QStringLiteral("AuthorizerCredentials"), QStringLiteral("authorizerCredentials")},
                {QStringLiteral("IdentitySource"), QStringLiteral("identitySource")},
                {QStringLiteral("IdentityValidationExpression"), QStringLiteral("identityValidationExpression")},
                {QStringLiteral("AuthorizerResultTtlInSeconds"), QStringLiteral("authorizerResultTtlInSeconds")},
                {QStringLiteral("ProviderARNs"), QStringLiteral("providerARNs")},
            };
            for (const auto &n : names) {
                if (const doc::Node *v = props2.find(n.first))
                    authorizer.set(n.second, *v);
            }
            doc::Node scheme = located(doc::Node::mapping(), resource);
            scheme.set(QStringLiteral("type"), stringAt(QStringLiteral("apiKey"), resource));
            // AWS's export: the header a TOKEN or Cognito authorizer reads; "Unused" for REQUEST authorizers.
            static const QRegularExpression header(QStringLiteral("^method\\.request\\.header\\.(.+)$"));
            const QRegularExpressionMatch m = header.match(identity);
            scheme.set(QStringLiteral("name"),
                       stringAt(authorizerType == QLatin1String("REQUEST") ? QStringLiteral("Unused")
                                : m.hasMatch()                            ? m.captured(1)
                                                                          : QStringLiteral("Authorization"),
                                resource));
            scheme.set(QStringLiteral("in"), stringAt(QStringLiteral("header"), resource));
            scheme.set(QStringLiteral("x-amazon-apigateway-authtype"),
                       stringAt(authorizerType == QLatin1String("COGNITO_USER_POOLS") ? QStringLiteral("cognito_user_pools")
                                                                                     : QStringLiteral("custom"),
                                resource));
            scheme.set(QStringLiteral("x-amazon-apigateway-authorizer"), authorizer);
            schemes.set(schemeName, scheme);
            static const QStringList read = {
                QStringLiteral("RestApiId"), QStringLiteral("Name"), QStringLiteral("Type"), QStringLiteral("AuthType"),
                QStringLiteral("AuthorizerUri"), QStringLiteral("AuthorizerCredentials"), QStringLiteral("IdentitySource"),
                QStringLiteral("IdentityValidationExpression"), QStringLiteral("AuthorizerResultTtlInSeconds"),
                QStringLiteral("ProviderARNs"),
            };
            warnUnreadProperties(id, props, read, apiId);
        } else if (type == QLatin1String("AWS::ApiGateway::Model")) {
            doc::Node ref = doc::Node::mapping();
            ref.set(QStringLiteral("Ref"), doc::Node::string(id));
            const QString name = partName(located(ref, resource), type, api.logicalId, base + QStringLiteral("Name"), id);
            doc::Node schema = props[u"Schema"];
            if (schema.isString()) {
                const doc::ParseResult parsed = doc::parse(schema.scalarText().toUtf8());
                if (!parsed.ok()) {
                    m_sink.error(schema, base + QStringLiteral("Schema"),
                                 QStringLiteral("model `%1`: the schema is not JSON: %2").arg(id, parsed.error->message));
                    continue;
                }
                schema = located(parsed.root, schema);
            }
            if (!schema.isMapping()) {
                m_sink.error(schema.isNull() ? resource : schema, base + QStringLiteral("Schema"),
                             QStringLiteral("model `%1` needs a Schema (a JSON schema object)").arg(id));
                continue;
            }
            resolveTree(schema, base + QStringLiteral("Schema"), id, apiId);
            schemas.set(name, schema);
        } else if (type == QLatin1String("AWS::ApiGateway::RequestValidator")) {
            doc::Node ref = doc::Node::mapping();
            ref.set(QStringLiteral("Ref"), doc::Node::string(id));
            const QString name = partName(located(ref, resource), type, api.logicalId, base + QStringLiteral("Name"), id);
            doc::Node validator = located(doc::Node::mapping(), resource);
            validator.set(QStringLiteral("validateRequestBody"),
                          located(doc::Node::boolean(props[u"ValidateRequestBody"].toBool()), resource));
            validator.set(QStringLiteral("validateRequestParameters"),
                          located(doc::Node::boolean(props[u"ValidateRequestParameters"].toBool()), resource));
            validators.set(name, validator);
        } else if (type == QLatin1String("AWS::ApiGateway::GatewayResponse")) {
            doc::Node props2 = props;
            resolveTree(props2, QStringLiteral("Resources.%1.Properties").arg(id), id, apiId);
            const QString responseType = props2[u"ResponseType"].toString();
            if (responseType.isEmpty()) {
                m_sink.error(resource, base + QStringLiteral("ResponseType"),
                             QStringLiteral("gateway response `%1` needs a ResponseType").arg(id));
                continue;
            }
            doc::Node response = located(doc::Node::mapping(), resource);
            if (props2.contains(u"StatusCode"))
                response.set(QStringLiteral("statusCode"), props2[u"StatusCode"]);
            if (props2.contains(u"ResponseParameters"))
                response.set(QStringLiteral("responseParameters"), props2[u"ResponseParameters"]);
            if (props2.contains(u"ResponseTemplates"))
                response.set(QStringLiteral("responseTemplates"), props2[u"ResponseTemplates"]);
            gatewayResponses.set(responseType, response);
        }
    }
    for (const QString &id : std::as_const(parts)) {
        const doc::Node &resource = resources[id];
        const QString type = resource[u"Type"].toString();
        if (type == QLatin1String("AWS::ApiGateway::Method")) {
            addRestMethod(id, resource, api, paths, schemes);
        } else if (type == QLatin1String("AWS::ApiGateway::Resource")) {
            // Checked even without methods: a broken ParentId chain fails the stack in AWS too.
            m_current = id;
            doc::Node self = doc::Node::mapping();
            self.set(QStringLiteral("Ref"), doc::Node::string(id));
            restPath(located(self, resource), api.logicalId, QStringLiteral("Resources.%1").arg(id), id);
        }
    }
    m_current = api.logicalId;

    if (!schemes.isEmpty())
        components.set(QStringLiteral("securitySchemes"), schemes);
    if (!schemas.isEmpty())
        components.set(QStringLiteral("schemas"), schemas);
    api.body.set(QStringLiteral("paths"), paths);
    if (!components.isEmpty())
        api.body.set(QStringLiteral("components"), components);
    if (!validators.isEmpty())
        api.body.set(QStringLiteral("x-amazon-apigateway-request-validators"), validators);
    if (!gatewayResponses.isEmpty())
        api.body.set(QStringLiteral("x-amazon-apigateway-gateway-responses"), gatewayResponses);
    addRootExtensions();
}

QString TemplateReader::integrationTarget(const doc::Node &target) const
{
    // integrations/ID, written as !Join ['/', [integrations, !Ref X]], !Join ['', ['integrations/', !Ref X]] or
    // !Sub integrations/${X}.
    if (!isIntrinsic(target))
        return target.toString().startsWith(QLatin1String("integrations/")) ? target.toString().mid(13) : QString();
    const QString &fn = target.members().front().first;
    const doc::Node &arg = target.members().front().second;
    if (fn == QLatin1String("Fn::Sub") && arg.isString()) {
        static const QRegularExpression sub(QStringLiteral("^integrations/\\$\\{([^}.]+)\\}$"));
        const QRegularExpressionMatch m = sub.match(arg.scalarText());
        return m.hasMatch() ? m.captured(1) : QString();
    }
    if (fn == QLatin1String("Fn::Join") && arg.isSequence() && arg.size() == 2 && arg.items()[1].isSequence()) {
        const QString delimiter = arg.items()[0].toString();
        QString prefix;
        QString id;
        for (const doc::Node &part : arg.items()[1].items()) {
            if (!id.isEmpty())
                return {};
            if (!refName(part).isEmpty())
                id = refName(part);
            else
                prefix += part.toString() + delimiter;
        }
        return prefix == QLatin1String("integrations/") ? id : QString();
    }
    return {};
}

bool TemplateReader::isWebSocketApi(const QString &logicalId) const
{
    const doc::Node &api = m_root[u"Resources"][logicalId];
    return api[u"Type"].toString() == QLatin1String("AWS::ApiGatewayV2::Api")
        && api[u"Properties"][u"ProtocolType"].toString() == QLatin1String("WEBSOCKET");
}

void TemplateReader::buildWebSocketApi(const ApiSource &api)
{
    const QString apiId = api.logicalId.toLower();
    const doc::Node &resources = m_root[u"Resources"];
    const doc::Node &props = api.at[u"Properties"];
    const QString base = QStringLiteral("Resources.%1.Properties.").arg(api.logicalId);
    doc::Node def = located(doc::Node::mapping(), api.at);
    const QString name = scalar(props[u"Name"], base + QStringLiteral("Name"));
    def.set(QStringLiteral("name"), stringAt(name.isEmpty() ? api.logicalId : name, props[u"Name"]));
    const QString selection = scalar(props[u"RouteSelectionExpression"], base + QStringLiteral("RouteSelectionExpression"));
    if (selection.isEmpty()) {
        m_sink.error(api.at, base + QStringLiteral("RouteSelectionExpression"),
                     QStringLiteral("WebSocket API `%1` needs a RouteSelectionExpression, e.g. $request.body.action")
                         .arg(api.logicalId));
        return;
    }
    def.set(QStringLiteral("routeSelectionExpression"), stringAt(selection, props[u"RouteSelectionExpression"]));

    QStringList parts;
    for (const QString &id : std::as_const(m_wsParts)) {
        if (refName(resources[id][u"Properties"][u"ApiId"]) == api.logicalId)
            parts.append(id);
    }
    // Authorizers by logical id → their names; integrations by logical id; routes with a route response.
    QHash<QString, QString> authorizerNames;
    QHash<QString, doc::Node> integrations;
    QStringList twoWay;
    doc::Node authorizers = located(doc::Node::mapping(), api.at);
    for (const QString &id : std::as_const(parts)) {
        const doc::Node &resource = resources[id];
        const QString type = resource[u"Type"].toString();
        doc::Node p = resource[u"Properties"];
        const QString field = QStringLiteral("Resources.%1.Properties").arg(id);
        m_current = id;
        if (type == QLatin1String("AWS::ApiGatewayV2::RouteResponse")) {
            if (p[u"RouteResponseKey"].toString() == QLatin1String("$default") && !refName(p[u"RouteId"]).isEmpty())
                twoWay.append(refName(p[u"RouteId"]));
            continue;
        }
        if (type == QLatin1String("AWS::ApiGatewayV2::Route"))
            continue; // after the integrations and authorizers they name
        resolveTree(p, field, id, apiId);
        if (type == QLatin1String("AWS::ApiGatewayV2::Authorizer")) {
            const QString authorizerName = p[u"Name"].toString().isEmpty() ? id : p[u"Name"].toString();
            doc::Node a = located(doc::Node::mapping(), resource);
            a.set(QStringLiteral("authorizerType"), stringAt(p[u"AuthorizerType"].toString(), p[u"AuthorizerType"]));
            if (p.contains(u"AuthorizerUri"))
                a.set(QStringLiteral("authorizerUri"), p[u"AuthorizerUri"]);
            if (p.contains(u"IdentitySource"))
                a.set(QStringLiteral("identitySource"), p[u"IdentitySource"]);
            if (p.contains(u"AuthorizerResultTtlInSeconds"))
                a.set(QStringLiteral("authorizerResultTtlInSeconds"), p[u"AuthorizerResultTtlInSeconds"]);
            authorizers.set(authorizerName, a);
            authorizerNames.insert(id, authorizerName);
            static const QStringList read = {
                QStringLiteral("ApiId"), QStringLiteral("Name"), QStringLiteral("AuthorizerType"),
                QStringLiteral("AuthorizerUri"), QStringLiteral("IdentitySource"),
                QStringLiteral("AuthorizerResultTtlInSeconds"), QStringLiteral("AuthorizerCredentialsArn"),
            };
            warnUnreadProperties(id, resource[u"Properties"], read, apiId);
        } else if (type == QLatin1String("AWS::ApiGatewayV2::Integration")) {
            static const QList<QPair<QString, QString>> names = {
                {QStringLiteral("IntegrationType"), QStringLiteral("type")},
                {QStringLiteral("IntegrationUri"), QStringLiteral("uri")},
                {QStringLiteral("IntegrationMethod"), QStringLiteral("httpMethod")},
                {QStringLiteral("TimeoutInMillis"), QStringLiteral("timeoutInMillis")},
                {QStringLiteral("RequestParameters"), QStringLiteral("requestParameters")},
                {QStringLiteral("RequestTemplates"), QStringLiteral("requestTemplates")},
                {QStringLiteral("TemplateSelectionExpression"), QStringLiteral("templateSelectionExpression")},
            };
            doc::Node in = located(doc::Node::mapping(), resource);
            const bool mock = p[u"IntegrationType"].toString().compare(QLatin1String("MOCK"), Qt::CaseInsensitive) == 0;
            for (const auto &n : names) {
                const doc::Node *v = p.find(n.first);
                if (!v)
                    continue;
                if (mock && n.first == QLatin1String("RequestTemplates")) {
                    // A MOCK answers with the statusCode its request template writes ({"statusCode": 200}).
                    static const QRegularExpression status(QStringLiteral("\"statusCode\"\\s*:\\s*(\\d{3})"));
                    const QRegularExpressionMatch m = status.match((*v)[u"$default"].toString(v->members().empty()
                                                                                                 ? QString()
                                                                                                 : v->members().front().second.toString()));
                    if (m.hasMatch())
                        in.set(QStringLiteral("statusCode"), located(doc::Node::integer(m.captured(1).toInt()), *v));
                    continue;
                }
                if (mock && n.first == QLatin1String("TemplateSelectionExpression"))
                    continue;
                in.set(n.second, n.first == QLatin1String("IntegrationType") ? stringAt(v->toString().toLower(), *v) : *v);
            }
            integrations.insert(id, in);
            QStringList read = {QStringLiteral("ApiId"), QStringLiteral("Description"),
                                QStringLiteral("PassthroughBehavior"), QStringLiteral("PayloadFormatVersion")};
            for (const auto &n : names)
                read.append(n.first);
            warnUnreadProperties(id, resource[u"Properties"], read, apiId);
        } else {
            notEmulated(resource, id, apiId, QStringLiteral("Resources.%1.Type").arg(id),
                        QStringLiteral("%1 is not read for WebSocket APIs; `%2` is ignored").arg(type, id));
        }
    }
    doc::Node routes = located(doc::Node::mapping(), api.at);
    for (const QString &id : std::as_const(parts)) {
        const doc::Node &resource = resources[id];
        if (resource[u"Type"].toString() != QLatin1String("AWS::ApiGatewayV2::Route"))
            continue;
        m_current = id;
        const doc::Node &p = resource[u"Properties"];
        const QString rb = QStringLiteral("Resources.%1.Properties.").arg(id);
        const QString key = scalar(p[u"RouteKey"], rb + QStringLiteral("RouteKey"));
        if (key.isEmpty()) {
            m_sink.error(resource, rb + QStringLiteral("RouteKey"),
                         QStringLiteral("route `%1` needs a RouteKey ($connect, $disconnect, $default or a custom key)").arg(id));
            continue;
        }
        doc::Node route = located(doc::Node::mapping(), resource);
        const QString authorization = scalar(p[u"AuthorizationType"], rb + QStringLiteral("AuthorizationType"));
        if (!authorization.isEmpty())
            route.set(QStringLiteral("authorizationType"), stringAt(authorization, p[u"AuthorizationType"]));
        if (p.contains(u"AuthorizerId")) {
            const QString authorizer = authorizerNames.value(refName(p[u"AuthorizerId"]));
            if (authorizer.isEmpty()) {
                m_sink.error(p[u"AuthorizerId"], rb + QStringLiteral("AuthorizerId"),
                             QStringLiteral("route `%1`: must be !Ref to an AWS::ApiGatewayV2::Authorizer of API `%2`")
                                 .arg(id, api.logicalId));
                continue;
            }
            route.set(QStringLiteral("authorizerId"), stringAt(authorizer, p[u"AuthorizerId"]));
        }
        const QString target = integrationTarget(p[u"Target"]);
        if (!integrations.contains(target)) {
            m_sink.error(p[u"Target"].isNull() ? resource : p[u"Target"], rb + QStringLiteral("Target"),
                         QStringLiteral("route `%1` (%2): Target must be integrations/ followed by !Ref to an "
                                        "AWS::ApiGatewayV2::Integration of API `%3`")
                             .arg(id, key, api.logicalId),
                         QStringLiteral("write Target: !Join ['/', [integrations, !Ref MyIntegration]]"));
            continue;
        }
        route.set(QStringLiteral("integration"), integrations.value(target));
        if (twoWay.contains(id))
            route.set(QStringLiteral("routeResponse"), located(doc::Node::boolean(true), resource));
        static const QStringList read = {
            QStringLiteral("ApiId"), QStringLiteral("RouteKey"), QStringLiteral("Target"), QStringLiteral("AuthorizationType"),
            QStringLiteral("AuthorizerId"), QStringLiteral("RouteResponseSelectionExpression"), QStringLiteral("OperationName"),
        };
        warnUnreadProperties(id, p, read, apiId);
        routes.set(key, route);
    }
    m_current = api.logicalId;
    if (!authorizers.isEmpty())
        def.set(QStringLiteral("authorizers"), authorizers);
    def.set(QStringLiteral("routes"), routes);

    DiagnosticSink sink(m_fileName);
    const bool valid = readWebSocketDefinition(def, sink).has_value();
    for (const Diagnostic &d : sink.diagnostics()) {
        Diagnostic copy = d;
        copy.message = QStringLiteral("WebSocket API `%1`: %2").arg(api.logicalId, d.message);
        m_sink.add(copy);
    }
    if (!valid)
        return;
    model::Api built;
    built.id = apiId;
    built.protocol = model::Protocol::WebSocket;
    built.definition.document = def;
    model::Deployment dep;
    dep.id = newDeploymentId();
    dep.createdDate = QDateTime::currentDateTimeUtc();
    dep.description = QStringLiteral("Deployed from %1").arg(QFileInfo(m_fileName).fileName());
    dep.definition = built.definition;
    model::Stage stage;
    stage.name = api.stage;
    stage.deploymentId = dep.id;
    stage.variables = api.stageVariables;
    built.deployments.append(dep);
    built.stages.append(stage);
    m_project.apis.append(std::move(built));
}

QString TemplateReader::webSocketStageFor(const QString &apiLogicalId, QList<QPair<QString, QString>> *variables)
{
    for (const auto &r : m_root[u"Resources"].members()) {
        const doc::Node &p = r.second[u"Properties"];
        if (r.second[u"Type"].toString() != QLatin1String("AWS::ApiGatewayV2::Stage") || refName(p[u"ApiId"]) != apiLogicalId)
            continue;
        QString name, why;
        if (!resolve(p[u"StageName"], &name, &why) || name.isEmpty())
            continue;
        for (const auto &v : p[u"StageVariables"].members()) {
            QString value;
            if (resolve(v.second, &value, &why))
                variables->append({v.first, value});
            else
                notEmulated(v.second, r.first, apiLogicalId.toLower(),
                            QStringLiteral("Resources.%1.Properties.StageVariables.%2").arg(r.first, v.first),
                            why + QStringLiteral("; the stage variable is not set locally"));
        }
        return name;
    }
    return QStringLiteral("prod");
}

bool TemplateReader::isHttpPartsApi(const QString &logicalId) const
{
    const doc::Node &api = m_root[u"Resources"][logicalId];
    const doc::Node &props = api[u"Properties"];
    return api[u"Type"].toString() == QLatin1String("AWS::ApiGatewayV2::Api")
        && props[u"ProtocolType"].toString() == QLatin1String("HTTP") && !props.contains(u"Body")
        && !props.contains(u"BodyS3Location");
}

void TemplateReader::readHttpStage(ApiSource &api)
{
    const QString apiId = api.logicalId.toLower();
    for (const auto &r : m_root[u"Resources"].members()) {
        const doc::Node &p = r.second[u"Properties"];
        if (r.second[u"Type"].toString() != QLatin1String("AWS::ApiGatewayV2::Stage") || refName(p[u"ApiId"]) != api.logicalId)
            continue;
        const QString base = QStringLiteral("Resources.%1.Properties.").arg(r.first);
        const QString name = scalar(p[u"StageName"], base + QStringLiteral("StageName"));
        if (name.isEmpty())
            continue;
        api.stage = name;
        if (const doc::Node *autoDeploy = p.find(u"AutoDeploy"))
            api.autoDeploy = autoDeploy->isBool() ? autoDeploy->toBool() : autoDeploy->toString() == QLatin1String("true");
        for (const auto &v : p[u"StageVariables"].members()) {
            QString value, why;
            if (resolve(v.second, &value, &why))
                api.stageVariables.append({v.first, value});
            else
                notEmulated(v.second, r.first, apiId, base + QStringLiteral("StageVariables.") + v.first,
                            why + QStringLiteral("; the stage variable is not set locally"));
        }
        // Throttling: DefaultRouteSettings for every route, RouteSettings per route key.
        const auto throttleOf = [](const doc::Node &settings) -> std::optional<model::Throttle> {
            if (!settings.contains(u"ThrottlingRateLimit") && !settings.contains(u"ThrottlingBurstLimit"))
                return std::nullopt;
            model::Throttle t;
            t.rateLimit = settings[u"ThrottlingRateLimit"].toDouble();
            t.burstLimit = int(settings[u"ThrottlingBurstLimit"].toInteger(nullptr, true));
            return t;
        };
        api.throttle = throttleOf(p[u"DefaultRouteSettings"]);
        for (const auto &s : p[u"RouteSettings"].members()) {
            if (const auto t = throttleOf(s.second))
                api.routeThrottles.append({s.first, *t});
        }
        static const QStringList read = {
            QStringLiteral("ApiId"),        QStringLiteral("StageName"),   QStringLiteral("AutoDeploy"),
            QStringLiteral("StageVariables"), QStringLiteral("DefaultRouteSettings"), QStringLiteral("RouteSettings"),
            QStringLiteral("DeploymentId"), QStringLiteral("Description"), QStringLiteral("Tags"),
        };
        warnUnreadProperties(r.first, p, read, apiId);
        return;
    }
}

void TemplateReader::addHttpResources(ApiSource &api)
{
    const QString apiId = api.logicalId.toLower();
    const doc::Node &resources = m_root[u"Resources"];
    QStringList parts;
    for (const QString &id : std::as_const(m_httpParts)) {
        if (refName(resources[id][u"Properties"][u"ApiId"]) == api.logicalId)
            parts.append(id);
    }
    doc::Node components = api.body[u"components"].isMapping() ? api.body[u"components"] : doc::Node::mapping();
    doc::Node schemes = components[u"securitySchemes"].isMapping() ? components[u"securitySchemes"] : doc::Node::mapping();
    QHash<QString, QString> authorizerNames; // logical id → security scheme name
    QHash<QString, doc::Node> integrations;
    for (const QString &id : std::as_const(parts)) {
        const doc::Node &resource = resources[id];
        const QString type = resource[u"Type"].toString();
        if (type == QLatin1String("AWS::ApiGatewayV2::Route"))
            continue; // after the integrations and authorizers they name
        m_current = id;
        doc::Node p = resource[u"Properties"];
        const QString field = QStringLiteral("Resources.%1.Properties").arg(id);
        resolveTree(p, field, id, apiId);
        if (type == QLatin1String("AWS::ApiGatewayV2::Authorizer")) {
            const QString authorizerName = p[u"Name"].toString().isEmpty() ? id : p[u"Name"].toString();
            const QString authorizerType = p[u"AuthorizerType"].toString().toUpper();
            doc::Node scheme = located(doc::Node::mapping(), resource);
            doc::Node a = located(doc::Node::mapping(), resource);
            if (authorizerType == QLatin1String("JWT")) {
                scheme.set(QStringLiteral("type"), doc::Node::string(QStringLiteral("oauth2")));
                scheme.set(QStringLiteral("flows"), doc::Node::mapping());
                a.set(QStringLiteral("type"), stringAt(QStringLiteral("jwt"), p[u"AuthorizerType"]));
                const doc::Node &jwt = p[u"JwtConfiguration"];
                doc::Node config = located(doc::Node::mapping(), jwt);
                if (jwt.contains(u"Issuer"))
                    config.set(QStringLiteral("issuer"), jwt[u"Issuer"]);
                if (jwt.contains(u"Audience"))
                    config.set(QStringLiteral("audience"), jwt[u"Audience"]);
                a.set(QStringLiteral("jwtConfiguration"), config);
            } else if (authorizerType == QLatin1String("REQUEST")) {
                scheme.set(QStringLiteral("type"), doc::Node::string(QStringLiteral("apiKey")));
                scheme.set(QStringLiteral("name"), doc::Node::string(QStringLiteral("Authorization")));
                scheme.set(QStringLiteral("in"), doc::Node::string(QStringLiteral("header")));
                a.set(QStringLiteral("type"), stringAt(QStringLiteral("request"), p[u"AuthorizerType"]));
                static const QList<QPair<QString, QString>> names = {
                    {QStringLiteral("AuthorizerUri"), QStringLiteral("authorizerUri")},
                    {QStringLiteral("AuthorizerPayloadFormatVersion"), QStringLiteral("authorizerPayloadFormatVersion")},
                    {QStringLiteral("EnableSimpleResponses"), QStringLiteral("enableSimpleResponses")},
                    {QStringLiteral("AuthorizerResultTtlInSeconds"), QStringLiteral("authorizerResultTtlInSeconds")},
                };
                for (const auto &n : names) {
                    if (const doc::Node *v = p.find(n.first))
                        a.set(n.second, *v);
                }
            } else {
                m_sink.error(p[u"AuthorizerType"].isNull() ? resource : p[u"AuthorizerType"],
                             field + QStringLiteral(".AuthorizerType"),
                             QStringLiteral("authorizer `%1`: AuthorizerType of an HTTP API must be JWT or REQUEST; got `%2`")
                                 .arg(id, p[u"AuthorizerType"].toString()));
                continue;
            }
            // CloudFormation lists the identity sources; OpenAPI writes them comma-separated.
            const doc::Node &identity = p[u"IdentitySource"];
            if (identity.isSequence()) {
                QStringList sources;
                for (const doc::Node &s : identity.items())
                    sources.append(s.toString());
                a.set(QStringLiteral("identitySource"), stringAt(sources.join(QStringLiteral(", ")), identity));
            } else if (!identity.isNull()) {
                a.set(QStringLiteral("identitySource"), identity);
            }
            scheme.set(QStringLiteral("x-amazon-apigateway-authorizer"), a);
            schemes.set(authorizerName, scheme);
            authorizerNames.insert(id, authorizerName);
            static const QStringList read = {
                QStringLiteral("ApiId"), QStringLiteral("Name"), QStringLiteral("AuthorizerType"),
                QStringLiteral("JwtConfiguration"), QStringLiteral("AuthorizerUri"), QStringLiteral("IdentitySource"),
                QStringLiteral("AuthorizerPayloadFormatVersion"), QStringLiteral("EnableSimpleResponses"),
                QStringLiteral("AuthorizerResultTtlInSeconds"), QStringLiteral("AuthorizerCredentialsArn"),
            };
            warnUnreadProperties(id, resource[u"Properties"], read, apiId);
        } else if (type == QLatin1String("AWS::ApiGatewayV2::Integration")) {
            // CloudFormation's names → x-amazon-apigateway-integration's, in the order AWS's export writes them.
            static const QList<QPair<QString, QString>> names = {
                {QStringLiteral("IntegrationType"), QStringLiteral("type")},
                {QStringLiteral("IntegrationMethod"), QStringLiteral("httpMethod")},
                {QStringLiteral("IntegrationUri"), QStringLiteral("uri")},
                {QStringLiteral("ConnectionType"), QStringLiteral("connectionType")},
                {QStringLiteral("ConnectionId"), QStringLiteral("connectionId")},
                {QStringLiteral("CredentialsArn"), QStringLiteral("credentials")},
                {QStringLiteral("PayloadFormatVersion"), QStringLiteral("payloadFormatVersion")},
                {QStringLiteral("TimeoutInMillis"), QStringLiteral("timeoutInMillis")},
                {QStringLiteral("RequestParameters"), QStringLiteral("requestParameters")},
            };
            doc::Node in = located(doc::Node::mapping(), resource);
            const bool lambda = p[u"IntegrationType"].toString().compare(QLatin1String("AWS_PROXY"), Qt::CaseInsensitive) == 0;
            for (const auto &n : names) {
                const doc::Node *v = p.find(n.first);
                if (n.first == QLatin1String("IntegrationMethod") && !v && lambda) {
                    // Lambda is always invoked with POST; AWS's export writes it.
                    in.set(n.second, stringAt(QStringLiteral("POST"), resource));
                    continue;
                }
                if (!v)
                    continue;
                in.set(n.second, n.first == QLatin1String("IntegrationType") ? stringAt(v->toString().toLower(), *v) : *v);
            }
            integrations.insert(id, in);
            QStringList read = {QStringLiteral("ApiId"), QStringLiteral("Description")};
            for (const auto &n : names)
                read.append(n.first);
            warnUnreadProperties(id, resource[u"Properties"], read, apiId);
        } else {
            notEmulated(resource, id, apiId, QStringLiteral("Resources.%1.Type").arg(id),
                        QStringLiteral("%1 is not used by HTTP APIs; `%2` is ignored").arg(type, id));
        }
    }

    doc::Node paths = api.body[u"paths"].isMapping() ? api.body[u"paths"] : doc::Node::mapping();
    static const QRegularExpression routeKey(QStringLiteral("^(ANY|DELETE|GET|HEAD|OPTIONS|PATCH|POST|PUT) (/\\S*)$"));
    for (const QString &id : std::as_const(parts)) {
        const doc::Node &resource = resources[id];
        if (resource[u"Type"].toString() != QLatin1String("AWS::ApiGatewayV2::Route"))
            continue;
        m_current = id;
        const doc::Node &p = resource[u"Properties"];
        const QString rb = QStringLiteral("Resources.%1.Properties.").arg(id);
        const QString key = scalar(p[u"RouteKey"], rb + QStringLiteral("RouteKey"));
        QString path, method;
        if (key == QLatin1String("$default")) {
            path = key;
            method = QStringLiteral("x-amazon-apigateway-any-method");
        } else {
            const QRegularExpressionMatch m = routeKey.match(key);
            if (!m.hasMatch()) {
                m_sink.error(p[u"RouteKey"].isNull() ? resource : p[u"RouteKey"], rb + QStringLiteral("RouteKey"),
                             QStringLiteral("route `%1`: RouteKey must be $default or `METHOD /path` with METHOD one of "
                                            "ANY, DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT; got `%2`")
                                 .arg(id, key),
                             QStringLiteral("write e.g. RouteKey: GET /pets/{id}"));
                continue;
            }
            path = m.captured(2);
            method = m.captured(1) == QLatin1String("ANY") ? QStringLiteral("x-amazon-apigateway-any-method")
                                                           : m.captured(1).toLower();
        }
        if (!p.contains(u"Target")) {
            notEmulated(resource, id, apiId, rb + QStringLiteral("Target"),
                        QStringLiteral("route `%1` (%2) has no Target; it is not served").arg(id, key),
                        QStringLiteral("write Target: !Join ['/', [integrations, !Ref MyIntegration]]"));
            continue;
        }
        const QString target = integrationTarget(p[u"Target"]);
        if (!integrations.contains(target)) {
            m_sink.error(p[u"Target"], rb + QStringLiteral("Target"),
                         QStringLiteral("route `%1` (%2): Target must be integrations/ followed by !Ref to an "
                                        "AWS::ApiGatewayV2::Integration of API `%3`")
                             .arg(id, key, api.logicalId),
                         QStringLiteral("write Target: !Join ['/', [integrations, !Ref MyIntegration]]"));
            continue;
        }
        doc::Node operation = located(doc::Node::mapping(), resource);
        if (p.contains(u"OperationName"))
            operation.set(QStringLiteral("operationId"),
                          stringAt(scalar(p[u"OperationName"], rb + QStringLiteral("OperationName")), p[u"OperationName"]));
        const QString authorization = p.contains(u"AuthorizationType")
            ? scalar(p[u"AuthorizationType"], rb + QStringLiteral("AuthorizationType")).toUpper()
            : QStringLiteral("NONE");
        QString schemeName;
        if (authorization == QLatin1String("JWT") || authorization == QLatin1String("CUSTOM")) {
            schemeName = authorizerNames.value(refName(p[u"AuthorizerId"]));
            if (schemeName.isEmpty()) {
                m_sink.error(p[u"AuthorizerId"].isNull() ? resource : p[u"AuthorizerId"], rb + QStringLiteral("AuthorizerId"),
                             QStringLiteral("route `%1` (%2): AuthorizationType %3 needs AuthorizerId: !Ref to an "
                                            "AWS::ApiGatewayV2::Authorizer of API `%4`")
                                 .arg(id, key, authorization, api.logicalId));
                continue;
            }
        } else if (authorization == QLatin1String("AWS_IAM")) {
            schemeName = QStringLiteral("sigv4");
            if (!schemes.contains(schemeName)) {
                doc::Node sigv4 = doc::Node::mapping();
                sigv4.set(QStringLiteral("type"), doc::Node::string(QStringLiteral("apiKey")));
                sigv4.set(QStringLiteral("name"), doc::Node::string(QStringLiteral("Authorization")));
                sigv4.set(QStringLiteral("in"), doc::Node::string(QStringLiteral("header")));
                sigv4.set(QStringLiteral("x-amazon-apigateway-authtype"), doc::Node::string(QStringLiteral("awsSigv4")));
                schemes.set(schemeName, sigv4);
            }
        } else if (authorization != QLatin1String("NONE")) {
            m_sink.error(p[u"AuthorizationType"], rb + QStringLiteral("AuthorizationType"),
                         QStringLiteral("route `%1` (%2): AuthorizationType must be NONE, JWT, CUSTOM or AWS_IAM; got `%3`")
                             .arg(id, key, authorization));
            continue;
        }
        if (!schemeName.isEmpty()) {
            doc::Node scopes = p[u"AuthorizationScopes"];
            resolveTree(scopes, rb + QStringLiteral("AuthorizationScopes"), id, apiId);
            doc::Node requirement = doc::Node::mapping();
            requirement.set(schemeName, scopes.isSequence() ? scopes : doc::Node::sequence());
            doc::Node security = doc::Node::sequence();
            security.append(requirement);
            operation.set(QStringLiteral("security"), security);
        }
        operation.set(QStringLiteral("x-amazon-apigateway-integration"), integrations.value(target));
        doc::Node pathItem = paths[path].isMapping() ? paths[path] : located(doc::Node::mapping(), resource);
        if (pathItem.contains(method)) {
            m_sink.error(p[u"RouteKey"], rb + QStringLiteral("RouteKey"),
                         QStringLiteral("route `%1`: API `%2` already has the route `%3`").arg(id, api.logicalId, key));
            continue;
        }
        pathItem.set(method, operation);
        paths.set(path, pathItem);
        static const QStringList read = {
            QStringLiteral("ApiId"),          QStringLiteral("RouteKey"),     QStringLiteral("Target"),
            QStringLiteral("AuthorizationType"), QStringLiteral("AuthorizerId"), QStringLiteral("AuthorizationScopes"),
            QStringLiteral("OperationName"),
        };
        warnUnreadProperties(id, p, read, apiId);
    }
    m_current = api.logicalId;
    if (!schemes.isEmpty()) {
        components.set(QStringLiteral("securitySchemes"), schemes);
        api.body.set(QStringLiteral("components"), components);
    }
    if (!paths.isEmpty())
        api.body.set(QStringLiteral("paths"), paths);
}

InputLoad TemplateReader::read()
{
    InputLoad result;
    m_project.name = m_root[u"Description"].toString(QFileInfo(m_fileName).completeBaseName()).section(QLatin1Char('\n'), 0, 0);
    m_project.baseDir = m_dir.absolutePath();
    // Fn::If with conditions known from the parameters' defaults become the values they select, as in AWS.
    for (const QString &key : {QStringLiteral("Resources"), QStringLiteral("Globals")}) {
        if (m_root[key].isMapping()) {
            doc::Node part = m_root[key];
            selectBranches(part);
            m_root.set(key, part);
        }
    }
    const doc::Node &resources = m_root[u"Resources"];
    if (!resources.isMapping()) {
        m_sink.error(m_root, QStringLiteral("Resources"), QStringLiteral("the template has no Resources mapping"));
        result.diagnostics = m_sink.diagnostics();
        return result;
    }
    static const QStringList notNeededLocally = {
        QStringLiteral("AWS::Lambda::Permission"),     QStringLiteral("AWS::IAM::Role"),
        QStringLiteral("AWS::IAM::Policy"),            QStringLiteral("AWS::ApiGateway::Deployment"),
        QStringLiteral("AWS::ApiGateway::Stage"),      QStringLiteral("AWS::ApiGatewayV2::Stage"),
        QStringLiteral("AWS::ApiGatewayV2::Deployment"), QStringLiteral("AWS::ApiGateway::Account"),
        QStringLiteral("AWS::CDK::Metadata"),          QStringLiteral("AWS::Logs::LogGroup"),
    };
    for (const auto &r : resources.members()) {
        const QString &logicalId = r.first;
        const QString type = r.second[u"Type"].toString();
        const QString field = QStringLiteral("Resources.%1").arg(logicalId);
        m_current = logicalId;
        const QString apiId = refName(r.second[u"Properties"][u"RestApiId"]).isEmpty()
            ? refName(r.second[u"Properties"][u"ApiId"]).toLower()
            : refName(r.second[u"Properties"][u"RestApiId"]).toLower();
        if (const doc::Node *condition = r.second.find(u"Condition")) {
            bool holds = true;
            QString why;
            const QString name = condition->toString();
            if (!m_root[u"Conditions"].contains(name)) {
                m_sink.error(*condition, field + QStringLiteral(".Condition"),
                             QStringLiteral("`%1` names the condition `%2`, which is not declared under Conditions")
                                 .arg(logicalId, name),
                             QStringLiteral("declare it under Conditions, or remove the resource's Condition"));
                continue;
            }
            if (!conditionHolds(name, &holds, &why)) {
                notEmulated(*condition, logicalId, apiId, field + QStringLiteral(".Condition"),
                            QStringLiteral("%1; `%2` is read as if it held").arg(why, logicalId),
                            QStringLiteral("give the parameters it compares a Default"));
            } else if (!holds) {
                m_sink.info(*condition, field + QStringLiteral(".Condition"),
                            QStringLiteral("condition `%1` is false with the parameters' defaults, so `%2` is not created")
                                .arg(name, logicalId));
                continue;
            }
        }
        if (type == QLatin1String("AWS::Serverless::Function")) {
            readFunction(logicalId, r.second);
        } else if (type == QLatin1String("AWS::Serverless::Api") || type == QLatin1String("AWS::ApiGateway::RestApi")
                   || type == QLatin1String("AWS::Serverless::HttpApi")
                   || type == QLatin1String("AWS::ApiGatewayV2::Api")) {
            readApi(logicalId, type, r.second);
        } else if ((type == QLatin1String("AWS::ApiGatewayV2::Route")
                    || type == QLatin1String("AWS::ApiGatewayV2::Integration")
                    || type == QLatin1String("AWS::ApiGatewayV2::Authorizer")
                    || type == QLatin1String("AWS::ApiGatewayV2::RouteResponse")
                    || type == QLatin1String("AWS::ApiGatewayV2::IntegrationResponse"))
                   && isWebSocketApi(refName(r.second[u"Properties"][u"ApiId"]))) {
            m_wsParts.append(logicalId); // read with the API they name (buildWebSocketApi)
        } else if ((type == QLatin1String("AWS::ApiGatewayV2::Route")
                    || type == QLatin1String("AWS::ApiGatewayV2::Integration")
                    || type == QLatin1String("AWS::ApiGatewayV2::Authorizer")
                    || type == QLatin1String("AWS::ApiGatewayV2::RouteResponse")
                    || type == QLatin1String("AWS::ApiGatewayV2::IntegrationResponse"))
                   && isHttpPartsApi(refName(r.second[u"Properties"][u"ApiId"]))) {
            m_httpParts.append(logicalId); // read with the API they name (addHttpResources)
        } else if (type == QLatin1String("AWS::ApiGatewayV2::Stage")
                   && isHttpPartsApi(refName(r.second[u"Properties"][u"ApiId"]))) {
            // read with the API it names (readHttpStage)
        } else if (isRestApiPart(type)) {
            m_restParts.append(logicalId); // read with the API they name (addRestResources)
        } else if (notNeededLocally.contains(type)) {
            m_sink.info(r.second, field, QStringLiteral("%1 is not needed locally; skipped").arg(type));
            if (type == QLatin1String("AWS::ApiGateway::Stage")) {
                static const QStringList stageRead = {
                    QStringLiteral("RestApiId"), QStringLiteral("DeploymentId"), QStringLiteral("StageName"),
                    QStringLiteral("Variables"), QStringLiteral("Description"), QStringLiteral("Tags"),
                    QStringLiteral("CanarySetting"), // read with the API (restStageFor)
                };
                warnUnreadProperties(logicalId, r.second[u"Properties"], stageRead, apiId);
            }
        } else if (type == QLatin1String("AWS::Lambda::Function")) {
            notEmulated(r.second, logicalId, {}, field + QStringLiteral(".Type"),
                        QStringLiteral("AWS::Lambda::Function code lives in S3 or inline and is not run locally; "
                                       "`%1` is ignored")
                            .arg(logicalId),
                        QStringLiteral("declare it as an AWS::Serverless::Function with a local CodeUri, or pass "
                                       "--function %1=RUNTIME:DIR:HANDLER")
                            .arg(logicalId));
        } else {
            const QString specific = unsupportedTypeMessage(type);
            notEmulated(r.second, logicalId, apiId, field + QStringLiteral(".Type"),
                        specific.isEmpty()
                            ? QStringLiteral("%1 is not emulated locally; `%2` is ignored")
                                  .arg(type.isEmpty() ? QStringLiteral("a resource without Type") : type, logicalId)
                            : QStringLiteral("%1 `%2` is ignored: %3").arg(type, logicalId, specific));
        }
    }
    m_current.clear();

    // Resource, Method, ... resources must belong to a RestApi of this template.
    for (const QString &id : std::as_const(m_restParts)) {
        const doc::Node &part = resources[id];
        const QString apiRef = refName(part[u"Properties"][u"RestApiId"]);
        const bool known = std::any_of(m_apis.cbegin(), m_apis.cend(), [&](const ApiSource &a) {
            return a.restApiResource && a.logicalId == apiRef;
        });
        if (!known)
            m_sink.error(part[u"Properties"].isMapping() ? part[u"Properties"][u"RestApiId"] : part,
                         QStringLiteral("Resources.%1.Properties.RestApiId").arg(id),
                         QStringLiteral("%1 `%2` must name an AWS::ApiGateway::RestApi of this template with !Ref; got %3")
                             .arg(part[u"Type"].toString(), id,
                                  apiRef.isEmpty() ? QStringLiteral("no Ref") : QStringLiteral("`%1`").arg(apiRef)));
    }

    // SAM's implicit APIs, for events that name no API.
    for (const EventRoute &r : std::as_const(m_routes)) {
        if (!r.apiLogicalId.isEmpty())
            continue;
        const QString id = r.protocol == model::Protocol::Rest ? QStringLiteral("ServerlessRestApi")
                                                               : QStringLiteral("ServerlessHttpApi");
        if (std::any_of(m_apis.cbegin(), m_apis.cend(), [&](const ApiSource &a) { return a.logicalId == id; }))
            continue;
        ApiSource api;
        api.logicalId = id;
        api.protocol = r.protocol;
        api.stage = r.protocol == model::Protocol::Rest ? QStringLiteral("Prod") : QStringLiteral("$default");
        api.at = resources;
        m_apis.append(api);
    }

    for (ApiSource &api : m_apis) {
        m_current = api.logicalId;
        if (api.protocol == model::Protocol::WebSocket) {
            buildWebSocketApi(api);
            continue;
        }
        if (api.body.isMapping()) {
            resolveTree(api.body, QStringLiteral("Resources.%1.Properties.%2").arg(api.logicalId, api.bodyField),
                        api.logicalId, api.logicalId.toLower());
        } else {
            api.body = doc::Node::mapping();
            api.body.set(QStringLiteral("openapi"), doc::Node::string(QStringLiteral("3.0.1")));
            doc::Node info = doc::Node::mapping();
            info.set(QStringLiteral("title"), doc::Node::string(api.title.isEmpty() ? api.logicalId : api.title));
            info.set(QStringLiteral("version"), doc::Node::string(QStringLiteral("1.0")));
            api.body.set(QStringLiteral("info"), info);
            api.body.setLocation(api.at.line(), api.at.column());
        }
        if (api.restApiResource)
            addRestResources(api);
        if (api.httpApiResource)
            addHttpResources(api);
        // Event routes on this API, where the definition does not already have the operation.
        bool anyRoute = false;
        doc::Node paths = api.body[u"paths"].isMapping() ? api.body[u"paths"] : doc::Node::mapping();
        for (const EventRoute &r : std::as_const(m_routes)) {
            const QString target = r.apiLogicalId.isEmpty()
                ? (r.protocol == model::Protocol::Rest ? QStringLiteral("ServerlessRestApi") : QStringLiteral("ServerlessHttpApi"))
                : r.apiLogicalId;
            if (target != api.logicalId)
                continue;
            anyRoute = true;
            doc::Node pathItem = paths[r.path].isMapping() ? paths[r.path] : doc::Node::mapping();
            const QString key = r.method == QLatin1String("any") ? QStringLiteral("x-amazon-apigateway-any-method") : r.method;
            if (pathItem.contains(key))
                continue;
            doc::Node integration = doc::Node::mapping();
            integration.set(QStringLiteral("type"), doc::Node::string(QStringLiteral("aws_proxy")));
            integration.set(QStringLiteral("httpMethod"), doc::Node::string(QStringLiteral("POST")));
            integration.set(QStringLiteral("uri"), doc::Node::string(lambdaInvocationUri(r.function)));
            if (api.protocol == model::Protocol::Http)
                integration.set(QStringLiteral("payloadFormatVersion"),
                                doc::Node::string(r.payloadFormatVersion.isEmpty() ? QStringLiteral("2.0") : r.payloadFormatVersion));
            doc::Node operation = doc::Node::mapping();
            doc::Node responses = doc::Node::mapping();
            doc::Node ok = doc::Node::mapping();
            ok.set(QStringLiteral("description"), doc::Node::string(QStringLiteral("OK")));
            responses.set(QStringLiteral("200"), ok);
            operation.set(QStringLiteral("responses"), responses);
            operation.set(QStringLiteral("x-amazon-apigateway-integration"), integration);
            pathItem.set(key, operation);
            paths.set(r.path, pathItem);
        }
        if (anyRoute)
            api.body.set(QStringLiteral("paths"), paths);
        if (!api.body.contains(u"paths")) {
            m_sink.warning(api.at, QStringLiteral("Resources.%1").arg(api.logicalId),
                           QStringLiteral("the API has no inline definition and no events; nothing to serve"),
                           QStringLiteral("add DefinitionBody (or Body), or Api/HttpApi events on a function"));
            continue;
        }
        if (api.protocol == model::Protocol::Http && !api.body.contains(u"x-amazon-apigateway-importexport-version"))
            api.body.set(QStringLiteral("x-amazon-apigateway-importexport-version"), doc::Node::string(QStringLiteral("1.0")));

        InputOptions opts;
        opts.apiId = api.logicalId.toLower();
        opts.stage = api.stage;
        opts.protocol = api.protocol;
        opts.stageCacheTtl = m_options.stageCacheTtl;
        opts.progress = m_options.progress;
        InputLoad one = projectFromDocument(api.body, m_fileName, opts);
        for (Diagnostic d : std::as_const(one.diagnostics)) {
            // A problem in an operation built from an AWS::ApiGateway::Method names that resource.
            for (auto it = api.methodIds.cbegin(); it != api.methodIds.cend(); ++it) {
                if (d.field == it.key() || d.field.startsWith(it.key() + QLatin1Char('.'))) {
                    d.message = QStringLiteral("AWS::ApiGateway::Method `%1`: %2").arg(it.value(), d.message);
                    break;
                }
            }
            m_sink.add(d);
        }
        if (!one.project || one.project->apis.isEmpty())
            continue;
        model::Api built = one.project->apis.takeFirst();
        for (model::Stage &s : built.stages) {
            s.variables = api.stageVariables;
            if (api.canary && api.protocol == model::Protocol::Rest) {
                s.canary = api.canary;
                s.canary->deploymentId = s.deploymentId;
            }
        }
        if (api.protocol == model::Protocol::Http) {
            for (model::Stage &s : built.stages) {
                s.autoDeploy = api.autoDeploy;
                if (api.httpApiResource) {
                    s.throttle = api.throttle;
                    s.methodThrottles = api.routeThrottles;
                }
            }
        }
        m_project.apis.append(std::move(built));
    }

    m_current.clear();
    if (m_project.apis.isEmpty() && m_project.functions.isEmpty() && !m_sink.hasErrors())
        m_sink.warning(m_root, QStringLiteral("Resources"),
                       QStringLiteral("the template declares no function or API that Gatehouse can serve"));
    result.diagnostics = m_sink.diagnostics();
    result.project = std::move(m_project);
    return result;
}

} // namespace

bool isCfnTemplate(const doc::Node &root)
{
    return root.isMapping()
        && (root.contains(u"AWSTemplateFormatVersion") || root.contains(u"Transform") || root.contains(u"Resources"));
}

doc::Node expandShortFormIntrinsics(const doc::Node &node)
{
    doc::Node out = node;
    if (out.isMapping()) {
        for (auto &m : out.members())
            m.second = expandShortFormIntrinsics(m.second);
    } else if (out.isSequence()) {
        for (doc::Node &item : out.items())
            item = expandShortFormIntrinsics(item);
    }
    static const QRegularExpression shortForm(QStringLiteral("^!([A-Za-z0-9]+)$"));
    const QRegularExpressionMatch m = shortForm.match(out.tag());
    if (!m.hasMatch())
        return out;
    const QString name = m.captured(1);
    out.setTag({});
    doc::Node value = out;
    if (name == QLatin1String("GetAtt") && out.isString()) {
        // !GetAtt Resource.Attribute (the attribute may itself contain dots: Endpoint.Address)
        const QString s = out.scalarText();
        const qsizetype dot = s.indexOf(QLatin1Char('.'));
        value = doc::Node::sequence();
        value.append(doc::Node::string(dot < 0 ? s : s.left(dot)));
        value.append(doc::Node::string(dot < 0 ? QString() : s.mid(dot + 1)));
        value.setLocation(out.line(), out.column());
    }
    const QString key = name == QLatin1String("Ref") || name == QLatin1String("Condition") ? name
                                                                                           : QStringLiteral("Fn::") + name;
    doc::Node wrapped = doc::Node::mapping();
    wrapped.set(key, value);
    wrapped.setLocation(out.line(), out.column());
    return wrapped;
}

InputLoad projectFromTemplate(const doc::Node &root, const QString &fileName, const InputOptions &options)
{
    return TemplateReader(root, fileName, options).read();
}

} // namespace gw::io
