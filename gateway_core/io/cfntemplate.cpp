// SPDX-License-Identifier: GPL-3.0-or-later
#include "cfntemplate.h"

#include "openapi.h"

#include "doc/docio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
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
    QString restStageFor(const QString &apiLogicalId) const;
    void warnUnreadProperties(const QString &logicalId, const doc::Node &props, const QStringList &read);
    std::optional<doc::Node> loadDefinitionUri(const QString &logicalId, const doc::Node &uri);

    /// Resolves an intrinsic (or a scalar) to a string; false with `why` when it has no static local value.
    bool resolve(const doc::Node &n, QString *out, QString *why, int depth = 0) const;
    bool resolveRef(const QString &name, QString *out, QString *why, int depth) const;
    bool resolveGetAtt(const QString &resource, const QString &attribute, QString *out, QString *why) const;
    bool resolveSub(const doc::Node &arg, QString *out, QString *why, int depth) const;
    /// Replaces every resolvable intrinsic under `n` with its string; warns about the others.
    void resolveTree(doc::Node &n, const QString &field);
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
};

QString TemplateReader::scalar(const doc::Node &n, const QString &field)
{
    if (n.isNull())
        return {};
    QString value, why;
    if (!resolve(n, &value, &why)) {
        m_sink.warning(n, field, why);
        return {};
    }
    return value;
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

void TemplateReader::resolveTree(doc::Node &n, const QString &field)
{
    if (isIntrinsic(n)) {
        QString value, why;
        if (resolve(n, &value, &why)) {
            const int line = n.line(), column = n.column();
            n = doc::Node::string(value);
            n.setLocation(line, column);
        } else {
            m_sink.warning(n, field, why, QStringLiteral("write the value itself in the template"));
        }
        return;
    }
    if (n.isMapping()) {
        for (auto &m : n.members())
            resolveTree(m.second, field + QLatin1Char('.') + m.first);
    } else if (n.isSequence()) {
        for (size_t i = 0; i < n.items().size(); ++i)
            resolveTree(n.items()[i], field + QStringLiteral("[%1]").arg(i));
    }
}

void TemplateReader::warnUnreadProperties(const QString &logicalId, const doc::Node &props, const QStringList &read)
{
    for (const auto &m : props.members()) {
        if (!read.contains(m.first))
            m_sink.warning(m.second, QStringLiteral("Resources.%1.Properties.%2").arg(logicalId, m.first),
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
            m_sink.warning(ev.second, field + QStringLiteral(".Type"),
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

QString TemplateReader::restStageFor(const QString &apiLogicalId) const
{
    // A Stage (or a Deployment with StageName) whose RestApiId is a Ref to the API.
    for (const auto &r : m_root[u"Resources"].members()) {
        const QString type = r.second[u"Type"].toString();
        const doc::Node &p = r.second[u"Properties"];
        if ((type == QLatin1String("AWS::ApiGateway::Stage") || type == QLatin1String("AWS::ApiGateway::Deployment"))
            && p[u"RestApiId"][u"Ref"].toString() == apiLogicalId) {
            QString name, why;
            if (p.contains(u"StageName") && resolve(p[u"StageName"], &name, &why) && !name.isEmpty())
                return name;
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
                m_sink.warning(resource, base + QStringLiteral("ProtocolType"),
                               QStringLiteral("WebSocket APIs in templates are not read yet; `%1` is ignored").arg(logicalId));
                return;
            }
        }
        if (props[u"Body"].isMapping())
            api.body = props[u"Body"];
        else if (props.contains(u"BodyS3Location"))
            m_sink.warning(props[u"BodyS3Location"], base + QStringLiteral("BodyS3Location"),
                           QStringLiteral("a definition in S3 is not fetched"),
                           QStringLiteral("inline the OpenAPI document as Body"));
        if (!v2)
            api.stage = restStageFor(logicalId);
    }
    if (api.protocol == model::Protocol::Http)
        api.stage = QStringLiteral("$default");
    warnUnreadProperties(logicalId, props, read);
    m_apis.append(api);
}

InputLoad TemplateReader::read()
{
    InputLoad result;
    m_project.name = m_root[u"Description"].toString(QFileInfo(m_fileName).completeBaseName()).section(QLatin1Char('\n'), 0, 0);
    m_project.baseDir = m_dir.absolutePath();
    if (m_root.contains(u"Conditions"))
        m_sink.warning(m_root[u"Conditions"], QStringLiteral("Conditions"),
                       QStringLiteral("conditions are not evaluated: every resource is read as if its condition held"));
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
        if (r.second.contains(u"Condition"))
            m_sink.warning(r.second[u"Condition"], field + QStringLiteral(".Condition"),
                           QStringLiteral("the condition is not evaluated; `%1` is read as if it held").arg(logicalId));
        if (type == QLatin1String("AWS::Serverless::Function")) {
            readFunction(logicalId, r.second);
        } else if (type == QLatin1String("AWS::Serverless::Api") || type == QLatin1String("AWS::ApiGateway::RestApi")
                   || type == QLatin1String("AWS::Serverless::HttpApi")
                   || type == QLatin1String("AWS::ApiGatewayV2::Api")) {
            readApi(logicalId, type, r.second);
        } else if (notNeededLocally.contains(type)) {
            m_sink.info(r.second, field, QStringLiteral("%1 is not needed locally; skipped").arg(type));
        } else if (type == QLatin1String("AWS::Lambda::Function")) {
            m_sink.warning(r.second, field + QStringLiteral(".Type"),
                           QStringLiteral("AWS::Lambda::Function code lives in S3 or inline and is not run locally; "
                                          "`%1` is ignored")
                               .arg(logicalId),
                           QStringLiteral("declare it as an AWS::Serverless::Function with a local CodeUri, or pass "
                                          "--function %1=RUNTIME:DIR:HANDLER")
                               .arg(logicalId));
        } else {
            m_sink.warning(r.second, field + QStringLiteral(".Type"),
                           QStringLiteral("%1 is not emulated locally; `%2` is ignored").arg(type.isEmpty() ? QStringLiteral("a resource without Type") : type, logicalId));
        }
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
        if (api.body.isMapping()) {
            resolveTree(api.body, QStringLiteral("Resources.%1.Properties.%2").arg(api.logicalId, api.bodyField));
        } else {
            api.body = doc::Node::mapping();
            api.body.set(QStringLiteral("openapi"), doc::Node::string(QStringLiteral("3.0.1")));
            doc::Node info = doc::Node::mapping();
            info.set(QStringLiteral("title"), doc::Node::string(api.logicalId));
            info.set(QStringLiteral("version"), doc::Node::string(QStringLiteral("1.0")));
            api.body.set(QStringLiteral("info"), info);
            api.body.setLocation(api.at.line(), api.at.column());
        }
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
        InputLoad one = projectFromDocument(api.body, m_fileName, opts);
        for (const Diagnostic &d : std::as_const(one.diagnostics))
            m_sink.add(d);
        if (!one.project || one.project->apis.isEmpty())
            continue;
        model::Api built = one.project->apis.takeFirst();
        if (api.protocol == model::Protocol::Http) {
            for (model::Stage &s : built.stages)
                s.autoDeploy = true;
        }
        m_project.apis.append(std::move(built));
    }

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
