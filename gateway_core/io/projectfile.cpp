// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectfile.h"

#include "openapi.h"
#include "projectcredentials.h"
#include "projectcache.h"
#include "projectcanary.h"
#include "projecttraffic.h"
#include "projectkeys.h"
#include "websocketdefinition.h"

#include "doc/docio.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>

namespace gw::io {

namespace {

bool isValidApiId(const QString &id)
{
    if (id.isEmpty() || id.size() > 63)
        return false;
    for (const QChar c : id) {
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
              || c == QLatin1Char('-')))
            return false;
    }
    return !id.startsWith(QLatin1Char('-')) && !id.endsWith(QLatin1Char('-'));
}

bool isValidStageName(const QString &name)
{
    if (name == QLatin1String("$default"))
        return true;
    if (name.isEmpty() || name.size() > 128)
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')))
            return false;
    }
    return true;
}

/// Sets `key` to a mapping of strings, unless there are none.
void setStringMap(doc::Node &node, const QString &key, const model::StringPairs &pairs)
{
    if (pairs.isEmpty())
        return;
    doc::Node map = doc::Node::mapping();
    for (const auto &[k, v] : pairs)
        map.set(k, doc::Node::string(v));
    node.set(key, map);
}

/// Copies keys Gatehouse does not model back where they were.
void setAll(doc::Node &node, const doc::Node &extra)
{
    for (const auto &[k, v] : extra.members())
        node.set(k, v);
}

/// An API's definition: OpenAPI for REST and HTTP APIs; for WebSocket APIs the document as written (checked by
/// readWebSocketDefinition, compiled from `document`), with no paths.
std::optional<model::ApiDefinition> readApiDefinition(const doc::Node &node, model::Protocol protocol, DiagnosticSink &sink)
{
    if (protocol != model::Protocol::WebSocket)
        return readOpenApi(node, protocol, sink);
    if (!readWebSocketDefinition(node, sink))
        return std::nullopt;
    model::ApiDefinition def;
    def.document = node;
    return def;
}

doc::Node writeApiDefinition(const model::Api &api, const model::ApiDefinition &def)
{
    return api.protocol == model::Protocol::WebSocket ? def.document : writeOpenApi(def);
}

/// What Gatehouse writes first and last, so a file cut short (a full disk under another program, a copy interrupted)
/// is told apart from a smaller project. Files without this header (hand-written, or written before it) are not
/// checked.
constexpr QByteArrayView kHeader = "# Gatehouse project (format: docs/project-format.md; its last line is \"# end of project\")\n";
constexpr QByteArrayView kTrailer = "# end of project";

/// The dotted path of the last field of `node` ("apis[1].definition.paths./orders.post").
QString lastField(const doc::Node &node, const QString &path = {})
{
    if (node.isMapping() && !node.members().empty()) {
        const auto &[key, value] = node.members().back();
        return lastField(value, path.isEmpty() ? key : path + QLatin1Char('.') + key);
    }
    if (node.isSequence() && !node.items().empty())
        return lastField(node.items().back(), path + QStringLiteral("[%1]").arg(node.items().size() - 1));
    return path;
}

} // namespace

bool isProjectDocument(const doc::Node &root)
{
    return root.isMapping() && root.contains(u"gatehouse");
}

QString newDeploymentId()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString id;
    for (int i = 0; i < 6; ++i)
        id.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(36)]));
    return id;
}

ProjectLoad readProject(const doc::Node &root, const QString &fileName)
{
    ProjectLoad result;
    DiagnosticSink sink(fileName);
    bool isInt = false;
    const qint64 version = root[u"gatehouse"].toInteger(&isInt, true);
    if (!isInt || version < 1) {
        sink.error(root[u"gatehouse"], QStringLiteral("gatehouse"),
                   QStringLiteral("must be the project format version, 1; got `%1`").arg(root[u"gatehouse"].toString()));
        result.diagnostics = sink.diagnostics();
        return result;
    }
    if (version > projectFormatVersion) {
        sink.error(root[u"gatehouse"], QStringLiteral("gatehouse"),
                   QStringLiteral("is format version %1, newer than this Gatehouse understands (%2)")
                       .arg(version)
                       .arg(projectFormatVersion),
                   QStringLiteral("open it with a newer Gatehouse; this file was not changed"));
        result.diagnostics = sink.diagnostics();
        return result;
    }
    model::Project project;
    project.extra = doc::Node::mapping();
    for (const auto &[key, value] : root.members()) {
        static const QStringList handled = {QStringLiteral("gatehouse"), QStringLiteral("apis"), QStringLiteral("functions"),
                                            QStringLiteral("usagePlans"), QStringLiteral("apiKeys"),
                                            QStringLiteral("accountThrottle"), QStringLiteral("authorizerKeys"),
                                            QStringLiteral("credentials"), QStringLiteral("awsCredentialFiles")};
        if (handled.contains(key))
            continue;
        if (key == QLatin1String("name")) {
            project.name = value.toString();
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            const qint64 port = value.toInteger(&ok, true);
            if (!ok || port < 0 || port > 65535)
                sink.error(value, key, QStringLiteral("must be a TCP port from 0 to 65535; got `%1`").arg(value.toString()));
            else
                project.preferredPort = int(port);
        } else {
            project.extra.set(key, value);
        }
    }
    qsizetype fnIndex = 0;
    for (const doc::Node &f : root[u"functions"].items()) {
        const QString ff = QStringLiteral("functions[%1]").arg(fnIndex++);
        if (!f.isMapping()) {
            sink.error(f, ff, QStringLiteral("must be a mapping with name, runtime, code and handler"));
            continue;
        }
        model::Function fn;
        fn.extra = doc::Node::mapping();
        for (const auto &[key, value] : f.members()) {
            const QString field = ff + QLatin1Char('.') + key;
            if (key == QLatin1String("name")) {
                fn.name = value.toString();
            } else if (key == QLatin1String("runtime")) {
                fn.runtime = value.toString();
                model::Function::Kind kind;
                if (!model::parseFunctionKind(fn.runtime, &kind))
                    sink.error(value, field, QStringLiteral("Gatehouse runs nodejs*, python* and provided* runtimes locally; got `%1`")
                                                 .arg(fn.runtime));
            } else if (key == QLatin1String("code")) {
                fn.code = value.toString();
            } else if (key == QLatin1String("handler")) {
                fn.handler = value.toString();
            } else if (key == QLatin1String("memorySize") || key == QLatin1String("timeout")
                       || key == QLatin1String("reservedConcurrency")) {
                bool ok = false;
                const qint64 v = value.toInteger(&ok, true);
                const bool memory = key == QLatin1String("memorySize");
                const bool timeout = key == QLatin1String("timeout");
                const qint64 lo = memory ? 128 : (timeout ? 1 : 0);
                const qint64 hi = memory ? 10'240 : (timeout ? 900 : 1'000);
                if (!ok || v < lo || v > hi) {
                    sink.error(value, field, QStringLiteral("must be a whole number from %1 to %2; got `%3`")
                                                 .arg(lo)
                                                 .arg(hi)
                                                 .arg(value.toString()));
                    continue;
                }
                (memory ? fn.memorySize : timeout ? fn.timeout : fn.reservedConcurrency) = int(v);
            } else if (key == QLatin1String("environment")) {
                if (!value.isMapping()) {
                    sink.error(value, field, QStringLiteral("must be a mapping of variable names to values"));
                    continue;
                }
                for (const auto &[k, v] : value.members()) {
                    if (!v.isScalar())
                        sink.error(v, field + QLatin1Char('.') + k, QStringLiteral("must be a string"));
                    fn.environment.append({k, v.toString()});
                }
            } else {
                fn.extra.set(key, value);
            }
        }
        static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
        if (!validName.match(fn.name).hasMatch()) {
            sink.error(f, ff + QLatin1String(".name"),
                       QStringLiteral("a function name is 1 to 64 letters, digits, '-' and '_'; got `%1`").arg(fn.name));
            continue;
        }
        if (project.function(fn.name)) {
            sink.error(f, ff + QLatin1String(".name"), QStringLiteral("another function is called `%1`").arg(fn.name));
            continue;
        }
        if (fn.code.isEmpty())
            sink.error(f, ff + QLatin1String(".code"), QStringLiteral("is required: the folder with the function's code"));
        if (fn.handler.isEmpty() && fn.kind() != model::Function::Kind::Custom)
            sink.error(f, ff + QLatin1String(".handler"), QStringLiteral("is required, e.g. index.handler"));
        project.functions.append(std::move(fn));
    }
    const doc::Node &apis = root[u"apis"];
    if (!apis.isNull() && !apis.isSequence())
        sink.error(apis, QStringLiteral("apis"), QStringLiteral("must be a list of APIs"));
    qsizetype index = 0;
    for (const doc::Node &a : apis.items()) {
        const QString af = QStringLiteral("apis[%1]").arg(index++);
        if (!a.isMapping()) {
            sink.error(a, af, QStringLiteral("must be a mapping with id, protocol and definition"));
            continue;
        }
        model::Api api;
        api.id = a[u"id"].toString();
        if (!isValidApiId(api.id)) {
            sink.error(a[u"id"].isNull() ? a : a[u"id"], af + QLatin1String(".id"),
                       QStringLiteral("must be lower-case letters, digits and '-' (it becomes {apiId} in "
                                      "{apiId}.execute-api.localhost); got `%1`")
                           .arg(api.id));
            continue;
        }
        if (project.api(api.id)) {
            sink.error(a[u"id"], af + QLatin1String(".id"), QStringLiteral("another API already has the id `%1`").arg(api.id));
            continue;
        }
        const QString pf = QStringLiteral("apis[%1]").arg(api.id);
        if (!model::parseProtocol(a[u"protocol"].toString(QStringLiteral("rest")), &api.protocol)) {
            sink.error(a[u"protocol"], pf + QLatin1String(".protocol"),
                       QStringLiteral("must be rest, http or websocket; got `%1`").arg(a[u"protocol"].toString()));
            continue;
        }
        DiagnosticSink defSink(fileName);
        auto def = readApiDefinition(a[u"definition"], api.protocol, defSink);
        for (Diagnostic d : defSink.diagnostics()) {
            d.field = pf + QLatin1String(".definition.") + d.field;
            sink.add(d);
        }
        if (!def)
            continue;
        api.definition = std::move(*def);
        const doc::Node &deployments = a[u"deployments"];
        for (const doc::Node &d : deployments.items()) {
            model::Deployment dep;
            dep.id = d[u"id"].toString();
            const QString df = pf + QStringLiteral(".deployments[%1]").arg(dep.id);
            if (dep.id.isEmpty()) {
                sink.error(d, pf + QLatin1String(".deployments"), QStringLiteral("a deployment has no id"));
                continue;
            }
            dep.createdDate = QDateTime::fromString(d[u"createdDate"].toString(), Qt::ISODate);
            dep.description = d[u"description"].toString();
            if (d.contains(u"definition")) {
                DiagnosticSink depSink(fileName);
                auto snap = readApiDefinition(d[u"definition"], api.protocol, depSink);
                for (Diagnostic diag : depSink.diagnostics()) {
                    diag.field = df + QLatin1String(".definition.") + diag.field;
                    sink.add(diag);
                }
                if (!snap)
                    continue;
                dep.definition = std::move(*snap);
            } else {
                dep.definition = api.definition;
            }
            api.deployments.append(std::move(dep));
        }
        for (const doc::Node &s : a[u"stages"].items()) {
            model::Stage stage;
            stage.name = s[u"name"].toString();
            const QString sf = pf + QStringLiteral(".stages[%1]").arg(stage.name);
            if (!isValidStageName(stage.name)) {
                sink.error(s, sf + QLatin1String(".name"),
                           QStringLiteral("must be letters, digits, '-' and '_' (or $default); got `%1`").arg(stage.name));
                continue;
            }
            if (api.stage(stage.name)) {
                sink.error(s, sf, QStringLiteral("the stage `%1` is defined twice").arg(stage.name));
                continue;
            }
            if (stage.name == QLatin1String("$default") && api.protocol == model::Protocol::Rest) {
                sink.error(s, sf, QStringLiteral("REST APIs cannot have a $default stage"));
                continue;
            }
            stage.deploymentId = s[u"deployment"].toString();
            stage.description = s[u"description"].toString();
            stage.autoDeploy = s[u"autoDeploy"].toBool(false);
            if (stage.autoDeploy && api.protocol == model::Protocol::Rest) {
                sink.error(s[u"autoDeploy"], sf + QLatin1String(".autoDeploy"),
                           QStringLiteral("only HTTP API stages deploy automatically"));
                continue;
            }
            for (const auto &[k, v] : s[u"variables"].members())
                stage.variables.append({k, v.toString()});
            stage.extra = doc::Node::mapping();
            for (const auto &[k, v] : s.members()) {
                if (readStageThrottle(k, v, sf + QLatin1Char('.') + k, stage, sink))
                    continue;
                if (readStageCache(k, v, sf + QLatin1Char('.') + k, stage, sink))
                    continue;
                if (readStageCanary(k, v, sf + QLatin1Char('.') + k, api, stage, sink))
                    continue;
                if (k != QLatin1String("name") && k != QLatin1String("deployment") && k != QLatin1String("description")
                    && k != QLatin1String("autoDeploy") && k != QLatin1String("variables"))
                    stage.extra.set(k, v);
            }
            if (!stage.autoDeploy && !stage.deploymentId.isEmpty() && !api.deployment(stage.deploymentId)) {
                sink.error(s[u"deployment"], sf + QLatin1String(".deployment"),
                           QStringLiteral("names a deployment `%1` that this API does not have").arg(stage.deploymentId));
                continue;
            }
            api.stages.append(std::move(stage));
        }
        project.apis.append(std::move(api));
    }
    readTrafficSettings(root, project, sink);
    readCredentials(root, project, sink);
    readAuthorizerKeys(root, project, sink);
    result.diagnostics = sink.diagnostics();
    if (!sink.hasErrors())
        result.project = std::move(project);
    return result;
}

doc::Node writeProject(const model::Project &project)
{
    doc::Node root = doc::Node::mapping();
    root.set(QStringLiteral("gatehouse"), doc::Node::integer(projectFormatVersion));
    if (!project.name.isEmpty())
        root.set(QStringLiteral("name"), doc::Node::string(project.name));
    if (project.preferredPort > 0)
        root.set(QStringLiteral("port"), doc::Node::integer(project.preferredPort));
    for (const auto &[k, v] : project.extra.members())
        root.set(k, v);
    doc::Node apis = doc::Node::sequence();
    for (const model::Api &api : project.apis) {
        doc::Node a = doc::Node::mapping();
        a.set(QStringLiteral("id"), doc::Node::string(api.id));
        a.set(QStringLiteral("protocol"), doc::Node::string(model::protocolName(api.protocol)));
        a.set(QStringLiteral("definition"), writeApiDefinition(api, api.definition));
        if (!api.stages.isEmpty()) {
            doc::Node stages = doc::Node::sequence();
            for (const model::Stage &s : api.stages) {
                doc::Node sn = doc::Node::mapping();
                sn.set(QStringLiteral("name"), doc::Node::string(s.name));
                if (!s.deploymentId.isEmpty())
                    sn.set(QStringLiteral("deployment"), doc::Node::string(s.deploymentId));
                if (!s.description.isEmpty())
                    sn.set(QStringLiteral("description"), doc::Node::string(s.description));
                if (s.autoDeploy)
                    sn.set(QStringLiteral("autoDeploy"), doc::Node::boolean(true));
                setStringMap(sn, QStringLiteral("variables"), s.variables);
                writeStageThrottle(s, sn);
                writeStageCache(s, sn);
                writeStageCanary(s, sn);
                setAll(sn, s.extra);
                stages.append(sn);
            }
            a.set(QStringLiteral("stages"), stages);
        }
        if (!api.deployments.isEmpty()) {
            doc::Node deps = doc::Node::sequence();
            for (const model::Deployment &d : api.deployments) {
                doc::Node dn = doc::Node::mapping();
                dn.set(QStringLiteral("id"), doc::Node::string(d.id));
                if (d.createdDate.isValid())
                    dn.set(QStringLiteral("createdDate"), doc::Node::string(d.createdDate.toUTC().toString(Qt::ISODate)));
                if (!d.description.isEmpty())
                    dn.set(QStringLiteral("description"), doc::Node::string(d.description));
                if (!(d.definition == api.definition))
                    dn.set(QStringLiteral("definition"), writeApiDefinition(api, d.definition));
                deps.append(dn);
            }
            a.set(QStringLiteral("deployments"), deps);
        }
        apis.append(a);
    }
    root.set(QStringLiteral("apis"), apis);
    if (!project.functions.isEmpty()) {
        doc::Node functions = doc::Node::sequence();
        for (const model::Function &f : project.functions) {
            doc::Node fn = doc::Node::mapping();
            fn.set(QStringLiteral("name"), doc::Node::string(f.name));
            fn.set(QStringLiteral("runtime"), doc::Node::string(f.runtime));
            fn.set(QStringLiteral("code"), doc::Node::string(f.code));
            if (!f.handler.isEmpty())
                fn.set(QStringLiteral("handler"), doc::Node::string(f.handler));
            if (f.memorySize != 128)
                fn.set(QStringLiteral("memorySize"), doc::Node::integer(f.memorySize));
            if (f.timeout != 3)
                fn.set(QStringLiteral("timeout"), doc::Node::integer(f.timeout));
            if (f.reservedConcurrency >= 0)
                fn.set(QStringLiteral("reservedConcurrency"), doc::Node::integer(f.reservedConcurrency));
            setStringMap(fn, QStringLiteral("environment"), f.environment);
            setAll(fn, f.extra);
            functions.append(fn);
        }
        root.set(QStringLiteral("functions"), functions);
    }
    writeTrafficSettings(project, root);
    writeCredentials(project, root);
    writeAuthorizerKeys(project, root);
    return root;
}

QByteArray serializeProject(const model::Project &project)
{
    return kHeader.toByteArray() + doc::writeYaml(writeProject(project)) + kTrailer.toByteArray() + '\n';
}

std::optional<Diagnostic> checkProjectEnd(const QByteArray &data, const doc::ParseResult &parsed, const QString &path)
{
    if (!data.startsWith(kHeader) || data.trimmed().endsWith(kTrailer))
        return std::nullopt;
    const int lines = int(data.count('\n')) + (data.endsWith('\n') || data.isEmpty() ? 0 : 1);
    Diagnostic d;
    d.severity = Diagnostic::Severity::Error;
    d.file = path;
    d.line = lines;
    if (parsed.ok())
        d.field = lastField(parsed.root);
    d.message = QStringLiteral("the file ends early, at line %1%2: it is cut short (Gatehouse ends every project file it "
                               "writes with the line `%3`)")
                    .arg(lines)
                    .arg(d.field.isEmpty() ? QString() : QStringLiteral(", after this field"))
                    .arg(QLatin1StringView(kTrailer));
    if (!parsed.ok())
        d.message += QStringLiteral("; the YAML breaks off at line %1: %2").arg(parsed.error->line).arg(parsed.error->message);
    d.hint = QStringLiteral("restore the file from a backup or version control; Gatehouse does not open it or save over "
                            "it. If it is complete, end it with the line `%1`")
                 .arg(QLatin1StringView(kTrailer));
    return d;
}

ProjectLoad loadProject(const QString &path)
{
    ProjectLoad result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.diagnostics.append({Diagnostic::Severity::Error, path, 0, 0, {},
                                   QStringLiteral("cannot read the file: %1").arg(file.errorString()), {}});
        return result;
    }
    const QByteArray data = file.readAll();
    const doc::ParseResult parsed = doc::parse(data);
    if (const std::optional<Diagnostic> cut = checkProjectEnd(data, parsed, path)) {
        result.diagnostics.append(*cut);
        return result;
    }
    if (!parsed.ok()) {
        result.diagnostics.append({Diagnostic::Severity::Error, path, parsed.error->line, parsed.error->column, {},
                                   parsed.error->message, QStringLiteral("fix the syntax; the file was not changed")});
        return result;
    }
    if (!isProjectDocument(parsed.root)) {
        result.diagnostics.append({Diagnostic::Severity::Error, path, parsed.root.line(), 0, {},
                                   QStringLiteral("not a Gatehouse project: it has no top-level `gatehouse` field"),
                                   QStringLiteral("to serve an OpenAPI document, pass it to `gatehouse serve` directly")});
        return result;
    }
    ProjectLoad result2 = readProject(parsed.root, path);
    if (result2.project)
        result2.project->baseDir = QFileInfo(path).absolutePath();
    return result2;
}

bool saveProject(const model::Project &project, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = serializeProject(project);
    // flush() before commit(): Qt 6.4's QSaveFile::commit() renames a file whose buffered tail failed to reach the
    // disk (EFBIG, ENOSPC) and still returns true, which would replace the project with a truncated one.
    if (file.write(data) != data.size() || !file.flush()) {
        file.flush(); // the first failure may be a bare short write; trying the rest names the reason (disk full)
        *error = QStringLiteral("cannot write %1: %2; the previous file is unchanged").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = QStringLiteral("cannot write %1: %2; the previous file is unchanged").arg(path, file.errorString());
        return false;
    }
    return true;
}

void rebaseProject(model::Project *project, const QString &newBaseDir)
{
    const QString to = QDir::cleanPath(QDir(newBaseDir).absolutePath());
    const QString from = project->baseDir.isEmpty() ? QDir::currentPath() : project->baseDir;
    for (model::Function &f : project->functions) {
        if (f.code.isEmpty())
            continue;
        const QString absolute = QDir::cleanPath(QDir(from).absoluteFilePath(f.code));
        f.code = QDir(to).relativeFilePath(absolute);
    }
    project->baseDir = to;
}

} // namespace gw::io
