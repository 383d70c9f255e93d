// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectedits.h"

#include "pipeline/gatewayresponses.h"
#include "routing/pathtemplate.h"

#include <QRandomGenerator>
#include <QSet>
#include <QRegularExpression>

#include <functional>

namespace gw::ui {

namespace {

const QString kIntegrationsKey = QStringLiteral("x-amazon-apigateway-integrations");
const QString kValidatorsKey = QStringLiteral("x-amazon-apigateway-request-validators");
const QString kValidatorKey = QStringLiteral("x-amazon-apigateway-request-validator");
const QString kGatewayResponsesKey = QStringLiteral("x-amazon-apigateway-gateway-responses");
const QString kAuthorizerKey = QStringLiteral("x-amazon-apigateway-authorizer");

/// "1 method" or "3 methods": both forms are translated, so no translator is needed for English.
QString counted(int n, const QString &one, const QString &many)
{
    return (n == 1 ? one : many).arg(n);
}

EditOutcome failed(const QString &error)
{
    EditOutcome o;
    o.error = error;
    return o;
}

EditOutcome done(const QString &undoText, const QString &key, const QString &note = {})
{
    EditOutcome o;
    o.ok = true;
    o.undoText = undoText;
    o.key = key;
    o.note = note;
    return o;
}

model::Api *findApi(model::Project &project, const QString &apiId)
{
    for (model::Api &api : project.apis) {
        if (api.id == apiId)
            return &api;
    }
    return nullptr;
}

/// "/pets/" and "pets" as the explorer keys them: "/pets".
QString normalized(QString path)
{
    if (path == QLatin1String("$default"))
        return path;
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    return path;
}

bool isUnder(const QString &path, const QString &resource)
{
    const QString p = normalized(path);
    if (resource == QLatin1String("/"))
        return p.startsWith(QLatin1Char('/'));
    return p == resource || p.startsWith(resource + QLatin1Char('/'));
}

bool resourceExists(const model::Api &api, const QString &path)
{
    if (path == QLatin1String("/"))
        return true;
    for (const model::PathItem &p : api.definition.paths) {
        if (isUnder(p.path, path))
            return true;
    }
    return false;
}

model::PathItem *pathItem(model::Api &api, const QString &path)
{
    for (model::PathItem &p : api.definition.paths) {
        if (normalized(p.path) == path)
            return &p;
    }
    return nullptr;
}

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

QString lastSegment(const QString &path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

QString childPath(const QString &parent, const QString &segment)
{
    return parent == QLatin1String("/") ? QString(QLatin1Char('/') + segment) : QString(parent + QLatin1Char('/') + segment);
}

/// The distinct path parts directly below `parent`.
QStringList childSegments(const model::Api &api, const QString &parent)
{
    QStringList out;
    const QString prefix = parent == QLatin1String("/") ? QStringLiteral("/") : parent + QLatin1Char('/');
    for (const model::PathItem &p : api.definition.paths) {
        const QString path = normalized(p.path);
        if (path == QLatin1String("/") || !path.startsWith(prefix) || path == parent)
            continue;
        const QString segment = path.mid(prefix.size()).section(QLatin1Char('/'), 0, 0);
        if (!out.contains(segment))
            out.append(segment);
    }
    return out;
}

/// Where a new path under `parent` goes: after the last path of `parent`'s subtree, so the file stays grouped.
qsizetype insertionIndex(const model::Api &api, const QString &parent)
{
    qsizetype at = -1;
    for (qsizetype i = 0; i < api.definition.paths.size(); ++i) {
        if (isUnder(api.definition.paths[i].path, parent))
            at = i;
    }
    return at < 0 ? api.definition.paths.size() : at + 1;
}

doc::Node pathParameter(const QString &name)
{
    doc::Node p = doc::Node::mapping();
    p.set(QStringLiteral("name"), doc::Node::string(name));
    p.set(QStringLiteral("in"), doc::Node::string(QStringLiteral("path")));
    p.set(QStringLiteral("required"), doc::Node::boolean(true));
    doc::Node schema = doc::Node::mapping();
    schema.set(QStringLiteral("type"), doc::Node::string(QStringLiteral("string")));
    p.set(QStringLiteral("schema"), schema);
    return p;
}

/// A new operation's body: its path parameters declared (AWS wants them) unless the path item declares them.
doc::Node newOperationBody(const model::PathItem &item, bool withResponse)
{
    doc::Node body = doc::Node::mapping();
    routing::PathTemplate tmpl;
    QString error;
    if (!item.extra.contains(u"parameters") && routing::PathTemplate::parse(item.path, &tmpl, &error)
        && !tmpl.parameterNames().isEmpty()) {
        doc::Node params = doc::Node::sequence();
        for (const QString &name : tmpl.parameterNames())
            params.append(pathParameter(name));
        body.set(QStringLiteral("parameters"), params);
    }
    if (withResponse) {
        doc::Node ok = doc::Node::mapping();
        ok.set(QStringLiteral("description"), doc::Node::string(QStringLiteral("200 response")));
        doc::Node responses = doc::Node::mapping();
        responses.set(QStringLiteral("200"), ok);
        body.set(QStringLiteral("responses"), responses);
    }
    return body;
}

/// The console's MOCK integration: the request template picks status 200, whose response passes through.
model::Integration mockIntegration()
{
    model::Integration in;
    in.type = model::IntegrationType::Mock;
    in.requestTemplates.append({QStringLiteral("application/json"), QStringLiteral("{\"statusCode\": 200}")});
    in.passthroughBehavior = QStringLiteral("WHEN_NO_MATCH");
    model::IntegrationResponse r;
    r.selectionPattern = QStringLiteral("default");
    r.statusCode = QStringLiteral("200");
    in.responses.append(r);
    return in;
}

QString lambdaInvocationUri(const QString &function)
{
    return QStringLiteral("arn:aws:apigateway:%1:lambda:path/2015-03-31/functions/arn:aws:lambda:%1:%2:function:%3/"
                          "invocations")
        .arg(model::kLocalRegion, model::kLocalAccountId, function);
}

/// The child `key` of a mapping, made a mapping when it is missing or null.
doc::Node &mappingMember(doc::Node &parent, const QString &key)
{
    if (!parent.isMapping())
        parent = doc::Node::mapping();
    doc::Node *found = parent.find(key);
    if (!found || found->isNull())
        return parent.set(key, doc::Node::mapping());
    return *found;
}

bool renameMember(doc::Node &mapping, const QString &from, const QString &to)
{
    for (auto &member : mapping.members()) {
        if (member.first == from) {
            member.first = to;
            return true;
        }
    }
    return false;
}

bool duplicateMember(doc::Node &mapping, const QString &from, const QString &to)
{
    auto &members = mapping.members();
    for (auto it = members.begin(); it != members.end(); ++it) {
        if (it->first == from) {
            const doc::Node copy = it->second;
            members.insert(it + 1, doc::Node::Member(to, copy));
            return true;
        }
    }
    return false;
}

/// `base`, else `base2`, `base3`, ... whichever `taken` does not hold.
QString uniqueName(const QString &base, const std::function<bool(const QString &)> &taken)
{
    if (!taken(base))
        return base;
    for (int i = 2;; ++i) {
        const QString candidate = base + QString::number(i);
        if (!taken(candidate))
            return candidate;
    }
}

bool matches(const QString &pattern, const QString &text)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    return re.match(text).hasMatch();
}

QString componentNameError(const QString &what, const QString &name)
{
    if (name.isEmpty())
        return ProjectEdits::tr("Enter a name for the %1.").arg(what);
    if (!matches(QStringLiteral("[A-Za-z0-9._-]+"), name))
        return ProjectEdits::tr("The %1 name `%2` may contain only letters, digits, '.', '_' and '-'.").arg(what, name);
    return {};
}

QString stageNameError(const model::Api &api, const QString &name)
{
    if (name.isEmpty())
        return ProjectEdits::tr("Enter a stage name such as dev or prod.");
    const bool httpDefault = api.protocol == model::Protocol::Http && name == QLatin1String("$default");
    if (!httpDefault && !matches(QStringLiteral("[A-Za-z0-9_-]{1,128}"), name))
        return ProjectEdits::tr("The stage name `%1` may contain only letters, digits, '-' and '_' (at most 128); "
                                "HTTP APIs may also have $default.")
            .arg(name);
    if (api.stage(name))
        return ProjectEdits::tr("API %1 already has a stage %2.").arg(api.id, name);
    return {};
}

QString functionNameError(const model::Project &project, const QString &name)
{
    if (!matches(QStringLiteral("[A-Za-z0-9_-]{1,64}"), name))
        return ProjectEdits::tr("The function name `%1` must be 1 to 64 letters, digits, '-' or '_'.").arg(name);
    if (project.function(name))
        return ProjectEdits::tr("The project already has a function %1.").arg(name);
    return {};
}

QString newApiKeyValue()
{
    static const QLatin1String alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    QString value;
    for (int i = 0; i < 40; ++i)
        value.append(QChar(alphabet[int(QRandomGenerator::system()->bounded(quint32(alphabet.size())))]));
    return value;
}

/// Calls `visit` on every string value under `node` whose member name is `key` (any depth).
void forEachMember(doc::Node &node, QLatin1String key, const std::function<void(doc::Node &)> &visit)
{
    if (node.isMapping()) {
        for (auto &member : node.members()) {
            if (member.first == key)
                visit(member.second);
            forEachMember(member.second, key, visit);
        }
    } else if (node.isSequence()) {
        for (doc::Node &item : node.items())
            forEachMember(item, key, visit);
    }
}

/// Every document tree of a definition: the document, each path item's extra and each operation's body.
void forEachTree(model::ApiDefinition &def, const std::function<void(doc::Node &)> &visit)
{
    visit(def.document);
    for (model::PathItem &p : def.paths) {
        visit(p.extra);
        for (model::Operation &op : p.operations)
            visit(op.body);
    }
}

/// Replaces `$ref` "#/components/schemas/FROM" with TO everywhere; returns how many there were (TO empty: counts).
int renameSchemaRefs(model::ApiDefinition &def, const QString &from, const QString &to)
{
    const QString ref = QStringLiteral("#/components/schemas/") + from;
    int count = 0;
    forEachTree(def, [&](doc::Node &tree) {
        forEachMember(tree, QLatin1String("$ref"), [&](doc::Node &value) {
            if (value.isString() && value.scalarText() == ref) {
                ++count;
                if (!to.isEmpty())
                    value = doc::Node::string(QStringLiteral("#/components/schemas/") + to);
            }
        });
    });
    return count;
}

/// The route keys ("GET /pets") of operations whose security requirements name `scheme`.
QStringList securityUsers(const model::ApiDefinition &def, const QString &scheme)
{
    QStringList users;
    for (const model::PathItem &p : def.paths) {
        for (const model::Operation &op : p.operations) {
            for (const doc::Node &requirement : op.body[u"security"].items()) {
                if (requirement.contains(scheme)) {
                    users.append(op.method + QLatin1Char(' ') + normalized(p.path));
                    break;
                }
            }
        }
    }
    return users;
}

/// Renames (or, with `to` empty, removes) `scheme` in the security requirements of the document and every operation.
void editSecurity(model::ApiDefinition &def, const QString &scheme, const QString &to)
{
    auto fix = [&](doc::Node &owner) {
        doc::Node *security = owner.find(u"security");
        if (!security || !security->isSequence())
            return;
        bool touched = false;
        auto &items = security->items();
        for (auto it = items.begin(); it != items.end();) {
            if (!it->contains(scheme)) {
                ++it;
                continue;
            }
            touched = true;
            if (to.isEmpty())
                it->remove(scheme);
            else
                renameMember(*it, scheme, to);
            if (it->isMapping() && it->members().empty())
                it = items.erase(it);
            else
                ++it;
        }
        if (touched && items.empty())
            owner.remove(u"security");
    };
    fix(def.document);
    for (model::PathItem &p : def.paths) {
        for (model::Operation &op : p.operations)
            fix(op.body);
    }
}

/// A Lambda integration or authorizer URI naming function `from`, renamed to `to`; empty when it names another.
QString renamedFunctionUri(const QString &uri, const QString &from, const QString &to)
{
    if (model::functionNameFromUri(uri) != from)
        return {};
    if (uri == from)
        return to;
    QString out = uri;
    const QString marker = QStringLiteral(":function:") + from;
    const qsizetype at = out.lastIndexOf(marker);
    if (at < 0)
        return {};
    out.replace(at, marker.size(), QStringLiteral(":function:") + to);
    return out;
}

/// Integrations and authorizers of the whole project that call function `name` ("petstore: GET /pets").
QStringList functionUsers(const model::Project &project, const QString &name)
{
    QStringList users;
    for (const model::Api &api : project.apis) {
        for (const model::PathItem &p : api.definition.paths) {
            for (const model::Operation &op : p.operations) {
                if (op.integration && model::functionNameFromUri(op.integration->uri) == name)
                    users.append(QStringLiteral("%1: %2 %3").arg(api.id, op.method, normalized(p.path)));
            }
        }
        doc::Node document = api.definition.document;
        for (const QLatin1String key : {QLatin1String("authorizerUri"), QLatin1String("uri")}) {
            int count = 0;
            forEachMember(document, key, [&](doc::Node &value) {
                if (value.isString() && model::functionNameFromUri(value.scalarText()) == name)
                    ++count;
            });
            if (count > 0)
                users.append(counted(count, ProjectEdits::tr("%1 setting of API %2"), ProjectEdits::tr("%1 settings of API %2"))
                                 .arg(api.id));
        }
    }
    return users;
}

QString joinedList(const QStringList &items)
{
    const int shown = 5;
    QString text = QStringList(items.mid(0, shown)).join(QStringLiteral(", "));
    if (items.size() > shown)
        text += counted(int(items.size() - shown), ProjectEdits::tr(" and %1 more"), ProjectEdits::tr(" and %1 more"));
    return text;
}

/// Counts the methods and sub-resources (every distinct resource below it, also those without methods).
void resourceContents(const model::Api &api, const QString &resource, int *methods, int *subResources)
{
    QSet<QString> resources;
    *methods = 0;
    for (const model::PathItem &p : api.definition.paths) {
        const QString path = normalized(p.path);
        if (!isUnder(path, resource))
            continue;
        *methods += int(p.operations.size());
        // Every resource between `resource` and `path`, exclusive of `resource`.
        QString at = path;
        while (at != resource && at != QLatin1String("/") && at.size() > resource.size()) {
            resources.insert(at);
            at = parentOf(at);
        }
    }
    *subResources = int(resources.size());
}

/// Moves every path under `from` to `to` (same subtree), renaming parameter `{oldParam}` to `{newParam}` when the
/// renamed part is a variable. Also the per-method keys ("/pets/GET") of stage throttles, caches and usage plans.
void movePaths(model::Project &project, model::Api &api, const QString &from, const QString &to)
{
    const QString oldSegment = lastSegment(from);
    const QString newSegment = lastSegment(to);
    auto paramName = [](const QString &segment) {
        QString s = segment.mid(1, segment.size() - 2);
        if (s.endsWith(QLatin1Char('+')))
            s.chop(1);
        return s;
    };
    const bool variable = oldSegment.startsWith(QLatin1Char('{')) && newSegment.startsWith(QLatin1Char('{'));
    const QString oldParam = variable ? paramName(oldSegment) : QString();
    const QString newParam = variable ? paramName(newSegment) : QString();
    auto renameParameters = [&](doc::Node &owner) {
        doc::Node *params = owner.find(u"parameters");
        if (!params || !params->isSequence())
            return;
        for (doc::Node &p : params->items()) {
            if (p[u"in"].toString() == QLatin1String("path") && p[u"name"].toString() == oldParam)
                p.set(QStringLiteral("name"), doc::Node::string(newParam));
        }
    };
    auto renameMapping = [&](model::StringPairs &pairs) {
        const QString oldRef = QStringLiteral("method.request.path.") + oldParam;
        const QString newRef = QStringLiteral("method.request.path.") + newParam;
        for (auto &pair : pairs) {
            if (pair.second == oldRef)
                pair.second = newRef;
        }
    };
    auto movedKey = [&](const QString &methodKey) -> QString { // "/pets/{id}/GET"
        const QString path = methodKey.section(QLatin1Char('/'), 0, -2);
        const QString method = methodKey.section(QLatin1Char('/'), -1);
        if (!isUnder(path.isEmpty() ? QStringLiteral("/") : path, from))
            return methodKey;
        return to + normalized(path).mid(from.size()) + QLatin1Char('/') + method;
    };
    for (model::PathItem &p : api.definition.paths) {
        const QString path = normalized(p.path);
        if (!isUnder(path, from))
            continue;
        p.path = to + path.mid(from.size());
        if (variable && oldParam != newParam) {
            renameParameters(p.extra);
            for (model::Operation &op : p.operations) {
                renameParameters(op.body);
                if (op.integration)
                    renameMapping(op.integration->requestParameters);
            }
        }
    }
    for (model::Stage &stage : api.stages) {
        for (auto &t : stage.methodThrottles)
            t.first = movedKey(t.first);
        if (stage.cache) {
            for (auto &m : stage.cache->methods)
                m.first = movedKey(m.first);
        }
    }
    for (model::UsagePlan &plan : project.usagePlans) {
        for (model::UsagePlanStage &s : plan.stages) {
            if (s.apiId != api.id)
                continue;
            for (auto &t : s.methodThrottles)
                t.first = movedKey(t.first);
        }
    }
}

/// Checks a new path part `segment` below `parent`; `self` is the resource being renamed (it is no sibling).
QString resourceSegmentError(const model::Api &api, const QString &parent, const QString &segment,
                             const QString &self = {})
{
    if (segment.isEmpty())
        return ProjectEdits::tr("Enter a path part such as pets, {petId} or {proxy+}.");
    if (segment.contains(QLatin1Char('/')))
        return ProjectEdits::tr("`%1`: a path part cannot contain '/'; add one resource for each part.").arg(segment);
    if (!resourceExists(api, parent))
        return ProjectEdits::tr("API %1 has no resource %2.").arg(api.id, parent);
    const QString full = childPath(parent, segment);
    routing::PathTemplate tmpl;
    QString error;
    if (!routing::PathTemplate::parse(full, &tmpl, &error))
        return ProjectEdits::tr("%1 is not a valid resource path: %2.").arg(full, error);
    if (full != self && resourceExists(api, full))
        return ProjectEdits::tr("%1 already exists.").arg(full);
    if (segment.startsWith(QLatin1Char('{'))) {
        for (const QString &sibling : childSegments(api, parent)) {
            if (sibling.startsWith(QLatin1Char('{')) && childPath(parent, sibling) != self)
                return ProjectEdits::tr("A sibling (%1) of this resource already has a variable path part -- only one "
                                        "is allowed.")
                    .arg(sibling);
        }
    }
    return {};
}

struct RouteKey
{
    QString method; ///< empty for $default
    QString path;   ///< "$default" for the default route
};

/// Parses an HTTP API route key: "$default", or "METHOD /path".
bool parseHttpRouteKey(const QString &key, RouteKey *out, QString *error)
{
    if (key == QLatin1String("$default")) {
        out->method = QStringLiteral("ANY");
        out->path = key;
        return true;
    }
    const qsizetype space = key.indexOf(QLatin1Char(' '));
    const QString method = space > 0 ? key.left(space).toUpper() : QString();
    if (method.isEmpty() || !ProjectEdits::httpMethods().contains(method)) {
        *error = ProjectEdits::tr("`%1` is not a route key: write METHOD /path (%2), e.g. GET /pets, or $default.")
                     .arg(key, ProjectEdits::httpMethods().join(QStringLiteral(", ")));
        return false;
    }
    const QString path = key.mid(space + 1).trimmed();
    routing::PathTemplate tmpl;
    QString pathError;
    if (!routing::PathTemplate::parse(path, &tmpl, &pathError)) {
        *error = ProjectEdits::tr("`%1` is not a valid route path: %2.").arg(path, pathError);
        return false;
    }
    out->method = method;
    out->path = tmpl.path();
    return true;
}

QString webSocketRouteError(const model::Api &api, const QString &key)
{
    if (key.isEmpty())
        return ProjectEdits::tr("Enter a route key: $connect, $disconnect, $default or the value the route selection "
                                "expression gives (e.g. sendmessage).");
    if (key.startsWith(QLatin1Char('$')) && key != QLatin1String("$connect") && key != QLatin1String("$disconnect")
        && key != QLatin1String("$default"))
        return ProjectEdits::tr("Route keys starting with $ are reserved: use $connect, $disconnect or $default, or a "
                                "key without $.");
    if (api.definition.document[u"routes"].contains(key))
        return ProjectEdits::tr("API %1 already has a route %2.").arg(api.id, key);
    return {};
}

/// The HTTP route key of an operation.
QString routeKeyOf(const model::PathItem &p, const model::Operation &op)
{
    return p.path == QLatin1String("$default") ? p.path : op.method + QLatin1Char(' ') + normalized(p.path);
}

bool findHttpRoute(model::Api &api, const QString &key, qsizetype *pathIndex, qsizetype *opIndex)
{
    for (qsizetype i = 0; i < api.definition.paths.size(); ++i) {
        const model::PathItem &p = api.definition.paths[i];
        for (qsizetype j = 0; j < p.operations.size(); ++j) {
            if (routeKeyOf(p, p.operations[j]) == key) {
                *pathIndex = i;
                *opIndex = j;
                return true;
            }
        }
    }
    return false;
}

/// Where the API keeps authorizers: components.securitySchemes (only the ones with an authorizer), or a WebSocket
/// API's `authorizers`.
bool isWebSocket(const model::Api &api)
{
    return api.protocol == model::Protocol::WebSocket;
}

QString protocolNoun(model::Protocol protocol)
{
    switch (protocol) {
    case model::Protocol::Rest:
        return ProjectEdits::tr("REST API");
    case model::Protocol::Http:
        return ProjectEdits::tr("HTTP API");
    case model::Protocol::WebSocket:
        return ProjectEdits::tr("WebSocket API");
    }
    return {};
}

/// Authorizer names (REST/HTTP: security schemes with an authorizer; WebSocket: `authorizers`).
bool hasAuthorizer(const model::Api &api, const QString &name)
{
    if (isWebSocket(api))
        return api.definition.document[u"authorizers"].contains(name);
    return api.definition.document[u"components"][u"securitySchemes"][name].contains(kAuthorizerKey);
}

/// The per-method settings key ("/pets/GET") of `method` on `path`, as stage throttles, caches and usage plans spell it.
bool isMethodKeyOf(const QString &methodKey, const QString &path, const QString &method)
{
    const qsizetype slash = methodKey.lastIndexOf(QLatin1Char('/'));
    if (slash < 0 || methodKey.mid(slash + 1) != method)
        return false;
    const QString keyPath = methodKey.left(slash);
    return normalized(keyPath.isEmpty() ? QStringLiteral("/") : keyPath) == path;
}

/// Points the per-method settings of `method` on `path` at `newMethod`.
void renameMethodKeys(model::Project &project, model::Api &api, const QString &path, const QString &method,
                      const QString &newMethod)
{
    auto renamed = [&](QString &methodKey) {
        if (isMethodKeyOf(methodKey, path, method))
            methodKey = methodKey.left(methodKey.lastIndexOf(QLatin1Char('/')) + 1) + newMethod;
    };
    for (model::Stage &stage : api.stages) {
        for (auto &t : stage.methodThrottles)
            renamed(t.first);
        if (stage.cache) {
            for (auto &m : stage.cache->methods)
                renamed(m.first);
        }
    }
    for (model::UsagePlan &plan : project.usagePlans) {
        for (model::UsagePlanStage &s : plan.stages) {
            if (s.apiId != api.id)
                continue;
            for (auto &t : s.methodThrottles)
                renamed(t.first);
        }
    }
}

EditOutcome renameMethod(model::Project &project, model::Api &api, const QString &path, const QString &method,
                         const QString &newMethodIn)
{
    if (api.protocol != model::Protocol::Rest)
        return failed(ProjectEdits::tr("%1 is not a REST API: rename its routes instead.").arg(api.id));
    const QString newMethod = newMethodIn.trimmed().toUpper();
    model::PathItem *item = pathItem(api, path);
    model::Operation *op = nullptr;
    if (item) {
        for (model::Operation &candidate : item->operations) {
            if (candidate.method == method)
                op = &candidate;
        }
    }
    if (!op)
        return failed(ProjectEdits::tr("%1 has no %2 method.").arg(path, method));
    if (!ProjectEdits::httpMethods().contains(newMethod))
        return failed(ProjectEdits::tr("`%1` is not a method API Gateway has; choose one of %2.")
                          .arg(newMethodIn, ProjectEdits::httpMethods().join(QStringLiteral(", "))));
    if (newMethod == method)
        return failed(ProjectEdits::tr("That is its method already."));
    if (item->operation(newMethod))
        return failed(ProjectEdits::tr("%1 already has a %2 method: delete or rename that one first.").arg(path, newMethod));
    op->method = newMethod;
    renameMethodKeys(project, api, path, method, newMethod);
    return done(ProjectEdits::tr("Change method %1 %2 to %3").arg(method, path, newMethod),
                QStringLiteral("method:%1:%2:%3").arg(api.id, path, newMethod));
}

/// Sets the display name (info.title) of the working definition and of every deployment: on AWS the name belongs to
/// the API, not to what a stage serves, so it takes effect without a deployment.
EditOutcome renameApi(model::Project &project, const QString &apiId, const QString &title)
{
    model::Api *api = findApi(project, apiId);
    if (!api)
        return failed(ProjectEdits::tr("The project has no API %1.").arg(apiId));
    if (title.isEmpty())
        return failed(ProjectEdits::tr("Enter a name for API %1 (its id, and so its invoke URL, stays %1).").arg(apiId));
    if (title.size() > 1024)
        return failed(ProjectEdits::tr("An API name is at most 1024 characters long (AWS's limit); this one has %1.")
                          .arg(title.size()));
    const QString old = api->definition.title();
    if (title == old)
        return failed(ProjectEdits::tr("That is its name already."));
    const bool webSocket = api->protocol == model::Protocol::WebSocket;
    auto setTitle = [&title, webSocket](model::ApiDefinition &def) {
        if (webSocket) { // a WebSocket definition is no OpenAPI document: its name is `name`
            if (!def.document.isMapping())
                def.document = doc::Node::mapping();
            def.document.set(QStringLiteral("name"), doc::Node::string(title));
            return;
        }
        doc::Node &info = mappingMember(def.document, QStringLiteral("info"));
        info.set(QStringLiteral("title"), doc::Node::string(title));
    };
    setTitle(api->definition);
    for (model::Deployment &d : api->deployments)
        setTitle(d.definition);
    return done(ProjectEdits::tr("Rename API %1 to %2").arg(old.isEmpty() ? apiId : old, title),
                QStringLiteral("api:%1").arg(apiId));
}

} // namespace

ItemKey ItemKey::parse(const QString &key)
{
    ItemKey k;
    const qsizetype first = key.indexOf(QLatin1Char(':'));
    if (first < 0) {
        k.prefix = key;
        return k;
    }
    k.prefix = key.left(first);
    if (k.prefix == QLatin1String("function") || k.prefix == QLatin1String("usageplan")
        || k.prefix == QLatin1String("apikey")) {
        k.rest = key.mid(first + 1);
        return k;
    }
    const qsizetype second = key.indexOf(QLatin1Char(':'), first + 1);
    if (second < 0) {
        k.apiId = key.mid(first + 1);
        return k;
    }
    k.apiId = key.mid(first + 1, second - first - 1);
    k.rest = key.mid(second + 1);
    return k;
}

QStringList ProjectEdits::httpMethods()
{
    return {QStringLiteral("GET"),    QStringLiteral("POST"), QStringLiteral("PUT"),     QStringLiteral("PATCH"),
            QStringLiteral("DELETE"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS"), QStringLiteral("ANY")};
}

QStringList ProjectEdits::availableMethods(const model::Project &project, const QString &apiId, const QString &path)
{
    const model::Api *api = project.api(apiId);
    if (!api || !resourceExists(*api, normalized(path)))
        return {};
    QStringList out = httpMethods();
    for (const model::PathItem &p : api->definition.paths) {
        if (normalized(p.path) != normalized(path))
            continue;
        for (const model::Operation &op : p.operations)
            out.removeAll(op.method);
    }
    return out;
}

QList<ProjectEdits::AuthorizerType> ProjectEdits::authorizerTypes(model::Protocol protocol)
{
    switch (protocol) {
    case model::Protocol::Rest:
        return {AuthorizerType::Token, AuthorizerType::Request, AuthorizerType::CognitoUserPools};
    case model::Protocol::Http:
        return {AuthorizerType::Jwt, AuthorizerType::Request};
    case model::Protocol::WebSocket:
        return {AuthorizerType::Request};
    }
    return {};
}

QString ProjectEdits::authorizerTypeLabel(AuthorizerType type)
{
    switch (type) {
    case AuthorizerType::Token:
        return tr("Lambda TOKEN authorizer");
    case AuthorizerType::Request:
        return tr("Lambda REQUEST authorizer");
    case AuthorizerType::CognitoUserPools:
        return tr("Cognito user pool authorizer");
    case AuthorizerType::Jwt:
        return tr("JWT authorizer");
    }
    return {};
}

QStringList ProjectEdits::availableGatewayResponses(const model::Project &project, const QString &apiId)
{
    const model::Api *api = project.api(apiId);
    if (!api || api->protocol != model::Protocol::Rest)
        return {};
    QStringList out = gatewayResponseTypeNames();
    for (const auto &member : api->definition.document[kGatewayResponsesKey].members())
        out.removeAll(member.first);
    return out;
}

// ---- adding ---------------------------------------------------------------------------------------------------

EditOutcome ProjectEdits::addResource(model::Project &project, const QString &apiId, const QString &parentPath,
                                      const QString &segmentIn)
{
    model::Api *api = findApi(project, apiId);
    if (!api)
        return failed(tr("The project has no API %1.").arg(apiId));
    if (api->protocol != model::Protocol::Rest)
        return failed(tr("%1 is an %2: it has routes, not resources.").arg(apiId, protocolNoun(api->protocol)));
    const QString parent = normalized(parentPath);
    const QString segment = segmentIn.trimmed();
    if (const QString error = resourceSegmentError(*api, parent, segment); !error.isEmpty())
        return failed(error);
    const QString full = childPath(parent, segment);
    model::PathItem item;
    item.path = full;
    item.extra = doc::Node::mapping();
    api->definition.paths.insert(insertionIndex(*api, parent), item);
    return done(tr("Add resource %1").arg(full), QStringLiteral("resource:%1:%2").arg(apiId, full));
}

EditOutcome ProjectEdits::addMethod(model::Project &project, const QString &apiId, const QString &pathIn,
                                    const QString &methodIn)
{
    model::Api *api = findApi(project, apiId);
    if (!api)
        return failed(tr("The project has no API %1.").arg(apiId));
    if (api->protocol != model::Protocol::Rest)
        return addRoute(project, apiId, methodIn.toUpper() + QLatin1Char(' ') + normalized(pathIn));
    const QString path = normalized(pathIn);
    const QString method = methodIn.trimmed().toUpper();
    if (!httpMethods().contains(method))
        return failed(tr("`%1` is not a method API Gateway has; choose one of %2.")
                          .arg(methodIn, httpMethods().join(QStringLiteral(", "))));
    if (!resourceExists(*api, path))
        return failed(tr("API %1 has no resource %2.").arg(apiId, path));
    if (!availableMethods(project, apiId, path).contains(method))
        return failed(tr("%1 already has a %2 method.").arg(path, method));
    model::PathItem *item = pathItem(*api, path);
    if (!item) {
        model::PathItem created;
        created.path = path;
        created.extra = doc::Node::mapping();
        const qsizetype at = insertionIndex(*api, parentOf(path));
        api->definition.paths.insert(at, created);
        item = &api->definition.paths[at];
    }
    model::Operation op;
    op.method = method;
    op.body = newOperationBody(*item, true);
    op.integration = mockIntegration();
    item->operations.append(op);
    return done(tr("Add method %1 %2").arg(method, path), QStringLiteral("method:%1:%2:%3").arg(apiId, path, method),
                tr("%1 %2 answers 200 through a MOCK integration until you give it another integration.")
                    .arg(method, path));
}

EditOutcome ProjectEdits::addRoute(model::Project &project, const QString &apiId, const QString &keyIn)
{
    model::Api *api = findApi(project, apiId);
    if (!api)
        return failed(tr("The project has no API %1.").arg(apiId));
    const QString key = keyIn.trimmed();
    if (api->protocol == model::Protocol::Rest)
        return failed(tr("%1 is a REST API: add resources and methods instead of routes.").arg(apiId));
    if (isWebSocket(*api)) {
        if (const QString error = webSocketRouteError(*api, key); !error.isEmpty())
            return failed(error);
        doc::Node route = doc::Node::mapping();
        doc::Node integration = doc::Node::mapping();
        integration.set(QStringLiteral("type"), doc::Node::string(QStringLiteral("mock")));
        route.set(QStringLiteral("integration"), integration);
        mappingMember(api->definition.document, QStringLiteral("routes")).set(key, route);
        return done(tr("Add route %1").arg(key), QStringLiteral("route:%1:%2").arg(apiId, key),
                    tr("Route %1 has a MOCK integration that accepts the message until you give it another one.")
                        .arg(key));
    }
    RouteKey parsed;
    QString error;
    if (!parseHttpRouteKey(key, &parsed, &error))
        return failed(error);
    const QString canonical = parsed.path == QLatin1String("$default") ? parsed.path
                                                                         : parsed.method + QLatin1Char(' ') + parsed.path;
    qsizetype pi = 0, oi = 0;
    if (findHttpRoute(*api, canonical, &pi, &oi))
        return failed(tr("API %1 already has a route %2.").arg(apiId, canonical));
    model::PathItem *item = pathItem(*api, parsed.path);
    if (!item) {
        model::PathItem created;
        created.path = parsed.path;
        created.extra = doc::Node::mapping();
        api->definition.paths.append(created);
        item = &api->definition.paths.last();
    }
    model::Operation op;
    op.method = parsed.method;
    op.body = newOperationBody(*item, false);
    item->operations.append(op);
    return done(tr("Add route %1").arg(canonical), QStringLiteral("route:%1:%2").arg(apiId, canonical),
                tr("Route %1 has no integration yet and answers 500 until you give it one (HTTP APIs have no MOCK "
                   "integrations).")
                    .arg(canonical));
}

EditOutcome ProjectEdits::addStage(model::Project &project, const QString &apiId, const QString &nameIn)
{
    model::Api *api = findApi(project, apiId);
    if (!api)
        return failed(tr("The project has no API %1.").arg(apiId));
    const QString name = nameIn.trimmed();
    if (const QString error = stageNameError(*api, name); !error.isEmpty())
        return failed(error);
    model::Stage stage;
    stage.name = name;
    QString note;
    if (api->protocol == model::Protocol::Http) {
        stage.autoDeploy = true;
        note = tr("Stage %1 deploys automatically: it serves every change at once.").arg(name);
    } else if (!api->deployments.isEmpty()) {
        stage.deploymentId = api->deployments.last().id;
        note = tr("Stage %1 serves deployment %2; deploy (F5) to serve the working copy.").arg(name, stage.deploymentId);
    } else {
        note = tr("Stage %1 serves nothing until you deploy to it (F5).").arg(name);
    }
    api->stages.append(stage);
    return done(tr("Add stage %1").arg(name), QStringLiteral("stage:%1:%2").arg(apiId, name), note);
}

EditOutcome ProjectEdits::addAuthorizer(model::Project &project, const QString &apiId, const QString &nameIn,
                                        AuthorizerType type, const QString &issuer)
{
    model::Api *api = findApi(project, apiId);
    if (!api)
        return failed(tr("The project has no API %1.").arg(apiId));
    const QString name = nameIn.trimmed();
    if (const QString error = componentNameError(tr("authorizer"), name); !error.isEmpty())
        return failed(error);
    if (!authorizerTypes(api->protocol).contains(type))
        return failed(tr("A %1 cannot have a %2.").arg(protocolNoun(api->protocol), authorizerTypeLabel(type)));
    const bool lambda = type == AuthorizerType::Token || type == AuthorizerType::Request;
    const QString function = project.functions.isEmpty() ? name : project.functions.first().name;
    QString note = lambda && !project.function(function)
        ? tr("It calls function %1, which the project does not have yet: add it under Functions, or choose another "
             "function in the authorizer's editor.")
              .arg(function)
        : QString();
    if (isWebSocket(*api)) {
        doc::Node &authorizers = mappingMember(api->definition.document, QStringLiteral("authorizers"));
        if (authorizers.contains(name))
            return failed(tr("API %1 already has an authorizer %2.").arg(apiId, name));
        doc::Node a = doc::Node::mapping();
        a.set(QStringLiteral("authorizerType"), doc::Node::string(QStringLiteral("REQUEST")));
        a.set(QStringLiteral("authorizerUri"), doc::Node::string(lambdaInvocationUri(function)));
        doc::Node sources = doc::Node::sequence();
        sources.append(doc::Node::string(QStringLiteral("route.request.header.Authorization")));
        a.set(QStringLiteral("identitySource"), sources);
        authorizers.set(name, a);
        return done(tr("Add authorizer %1").arg(name), QStringLiteral("authorizer:%1:%2").arg(apiId, name), note);
    }
    doc::Node &schemes = mappingMember(mappingMember(api->definition.document, QStringLiteral("components")),
                                       QStringLiteral("securitySchemes"));
    if (schemes.contains(name))
        return failed(tr("API %1 already has a security scheme %2.").arg(apiId, name));
    const bool rest = api->protocol == model::Protocol::Rest;
    doc::Node scheme = doc::Node::mapping();
    doc::Node a = doc::Node::mapping();
    auto str = [](const QString &s) { return doc::Node::string(s); };
    switch (type) {
    case AuthorizerType::Token:
        scheme.set(QStringLiteral("type"), str(QStringLiteral("apiKey")));
        scheme.set(QStringLiteral("name"), str(QStringLiteral("Authorization")));
        scheme.set(QStringLiteral("in"), str(QStringLiteral("header")));
        scheme.set(QStringLiteral("x-amazon-apigateway-authtype"), str(QStringLiteral("custom")));
        a.set(QStringLiteral("type"), str(QStringLiteral("token")));
        a.set(QStringLiteral("authorizerUri"), str(lambdaInvocationUri(function)));
        a.set(QStringLiteral("authorizerResultTtlInSeconds"), doc::Node::integer(300));
        break;
    case AuthorizerType::Request:
        scheme.set(QStringLiteral("type"), str(QStringLiteral("apiKey")));
        scheme.set(QStringLiteral("name"), str(QStringLiteral("Authorization")));
        scheme.set(QStringLiteral("in"), str(QStringLiteral("header")));
        scheme.set(QStringLiteral("x-amazon-apigateway-authtype"), str(QStringLiteral("custom")));
        a.set(QStringLiteral("type"), str(QStringLiteral("request")));
        a.set(QStringLiteral("identitySource"), str(rest ? QStringLiteral("method.request.header.Authorization")
                                                           : QStringLiteral("$request.header.Authorization")));
        a.set(QStringLiteral("authorizerUri"), str(lambdaInvocationUri(function)));
        if (!rest) {
            a.set(QStringLiteral("authorizerPayloadFormatVersion"), str(QStringLiteral("2.0")));
            a.set(QStringLiteral("enableSimpleResponses"), doc::Node::boolean(true));
        }
        a.set(QStringLiteral("authorizerResultTtlInSeconds"), doc::Node::integer(300));
        break;
    case AuthorizerType::CognitoUserPools: {
        scheme.set(QStringLiteral("type"), str(QStringLiteral("apiKey")));
        scheme.set(QStringLiteral("name"), str(QStringLiteral("Authorization")));
        scheme.set(QStringLiteral("in"), str(QStringLiteral("header")));
        scheme.set(QStringLiteral("x-amazon-apigateway-authtype"), str(QStringLiteral("cognito_user_pools")));
        a.set(QStringLiteral("type"), str(QStringLiteral("cognito_user_pools")));
        doc::Node arns = doc::Node::sequence();
        const QString pool = QStringLiteral("%1_%2").arg(model::kLocalRegion, name);
        arns.append(str(QStringLiteral("arn:aws:cognito-idp:%1:%2:userpool/%3")
                            .arg(model::kLocalRegion, model::kLocalAccountId, pool)));
        a.set(QStringLiteral("providerARNs"), arns);
        note = tr("Its user pool %1 is served by the local identity provider (Tools ▸ Mint Test Token) until you "
                  "name your own pool.")
                   .arg(pool);
        break;
    }
    case AuthorizerType::Jwt: {
        scheme.set(QStringLiteral("type"), str(QStringLiteral("oauth2")));
        scheme.set(QStringLiteral("flows"), doc::Node::mapping());
        a.set(QStringLiteral("type"), str(QStringLiteral("jwt")));
        a.set(QStringLiteral("identitySource"), str(QStringLiteral("$request.header.Authorization")));
        doc::Node jwt = doc::Node::mapping();
        if (!issuer.isEmpty())
            jwt.set(QStringLiteral("issuer"), str(issuer));
        doc::Node audience = doc::Node::sequence();
        audience.append(str(apiId));
        jwt.set(QStringLiteral("audience"), audience);
        a.set(QStringLiteral("jwtConfiguration"), jwt);
        note = issuer.isEmpty() ? tr("Set its issuer in the authorizer's editor; until then it refuses every token.")
                                : tr("Its issuer is the local identity provider (Tools ▸ Mint Test Token); audience %1.")
                                      .arg(apiId);
        break;
    }
    }
    scheme.set(kAuthorizerKey, a);
    schemes.set(name, scheme);
    return done(tr("Add authorizer %1").arg(name), QStringLiteral("authorizer:%1:%2").arg(apiId, name), note);
}

EditOutcome ProjectEdits::addModel(model::Project &project, const QString &apiId, const QString &nameIn)
{
    model::Api *api = findApi(project, apiId);
    if (!api)
        return failed(tr("The project has no API %1.").arg(apiId));
    if (isWebSocket(*api))
        return failed(tr("Gatehouse keeps models of REST and HTTP APIs only."));
    const QString name = nameIn.trimmed();
    if (!matches(QStringLiteral("[A-Za-z0-9]+"), name))
        return failed(name.isEmpty() ? tr("Enter a model name such as Pet.")
                                     : tr("The model name `%1` may contain only letters and digits (AWS's rule).").arg(name));
    doc::Node &schemas = mappingMember(mappingMember(api->definition.document, QStringLiteral("components")),
                                       QStringLiteral("schemas"));
    if (schemas.contains(name))
        return failed(tr("API %1 already has a model %2.").arg(apiId, name));
    doc::Node schema = doc::Node::mapping();
    schema.set(QStringLiteral("title"), doc::Node::string(name));
    schema.set(QStringLiteral("type"), doc::Node::string(QStringLiteral("object")));
    schemas.set(name, schema);
    return done(tr("Add model %1").arg(name), QStringLiteral("model:%1:%2").arg(apiId, name));
}

EditOutcome ProjectEdits::addValidator(model::Project &project, const QString &apiId, const QString &nameIn)
{
    model::Api *api = findApi(project, apiId);
    if (!api)
        return failed(tr("The project has no API %1.").arg(apiId));
    if (api->protocol != model::Protocol::Rest)
        return failed(tr("Request validators belong to REST APIs; %1 is an %2.").arg(apiId, protocolNoun(api->protocol)));
    const QString name = nameIn.trimmed();
    if (name.isEmpty() || name.contains(QLatin1Char(':')))
        return failed(tr("Enter a validator name such as \"Validate body\" (no ':')."));
    doc::Node &validators = mappingMember(api->definition.document, kValidatorsKey);
    if (validators.contains(name))
        return failed(tr("API %1 already has a request validator %2.").arg(apiId, name));
    doc::Node v = doc::Node::mapping();
    v.set(QStringLiteral("validateRequestBody"), doc::Node::boolean(true));
    v.set(QStringLiteral("validateRequestParameters"), doc::Node::boolean(true));
    validators.set(name, v);
    return done(tr("Add request validator %1").arg(name), QStringLiteral("validator:%1:%2").arg(apiId, name),
                tr("Methods use it once you choose it as their request validator."));
}

EditOutcome ProjectEdits::addGatewayResponse(model::Project &project, const QString &apiId, const QString &typeIn)
{
    model::Api *api = findApi(project, apiId);
    if (!api)
        return failed(tr("The project has no API %1.").arg(apiId));
    if (api->protocol != model::Protocol::Rest)
        return failed(tr("Gateway responses belong to REST APIs; %1 is an %2.").arg(apiId, protocolNoun(api->protocol)));
    const QString type = typeIn.trimmed().toUpper();
    if (!gatewayResponseTypeNames().contains(type))
        return failed(tr("`%1` is not a gateway response type; choose one of %2.")
                          .arg(typeIn, gatewayResponseTypeNames().join(QStringLiteral(", "))));
    doc::Node &responses = mappingMember(api->definition.document, kGatewayResponsesKey);
    if (responses.contains(type))
        return failed(tr("API %1 already customises gateway response %2.").arg(apiId, type));
    doc::Node r = doc::Node::mapping();
    doc::Node templates = doc::Node::mapping();
    templates.set(QStringLiteral("application/json"),
                  doc::Node::string(QStringLiteral("{\"message\":$context.error.messageString}")));
    r.set(QStringLiteral("responseTemplates"), templates);
    responses.set(type, r);
    return done(tr("Add gateway response %1").arg(type), QStringLiteral("gatewayresponse:%1:%2").arg(apiId, type));
}

EditOutcome ProjectEdits::addIntegration(model::Project &project, const QString &apiId, const QString &nameIn)
{
    model::Api *api = findApi(project, apiId);
    if (!api)
        return failed(tr("The project has no API %1.").arg(apiId));
    if (api->protocol != model::Protocol::Http)
        return failed(tr("Reusable integrations belong to HTTP APIs; %1 is a %2.").arg(apiId, protocolNoun(api->protocol)));
    const QString name = nameIn.trimmed();
    if (const QString error = componentNameError(tr("integration"), name); !error.isEmpty())
        return failed(error);
    doc::Node &integrations = mappingMember(mappingMember(api->definition.document, QStringLiteral("components")),
                                            kIntegrationsKey);
    if (integrations.contains(name))
        return failed(tr("API %1 already has an integration %2.").arg(apiId, name));
    doc::Node in = doc::Node::mapping();
    QString note;
    if (!project.functions.isEmpty()) {
        const QString function = project.functions.first().name;
        in.set(QStringLiteral("type"), doc::Node::string(QStringLiteral("aws_proxy")));
        in.set(QStringLiteral("uri"), doc::Node::string(lambdaInvocationUri(function)));
        in.set(QStringLiteral("httpMethod"), doc::Node::string(QStringLiteral("POST")));
        in.set(QStringLiteral("payloadFormatVersion"), doc::Node::string(QStringLiteral("2.0")));
        note = tr("It calls function %1; routes use it once you choose it as their integration.").arg(function);
    } else {
        in.set(QStringLiteral("type"), doc::Node::string(QStringLiteral("http_proxy")));
        in.set(QStringLiteral("uri"), doc::Node::string(QStringLiteral("http://127.0.0.1:8080")));
        in.set(QStringLiteral("httpMethod"), doc::Node::string(QStringLiteral("ANY")));
        in.set(QStringLiteral("payloadFormatVersion"), doc::Node::string(QStringLiteral("1.0")));
        note = tr("It forwards to http://127.0.0.1:8080 until you set its URL; routes use it once you choose it as "
                  "their integration.");
    }
    integrations.set(name, in);
    return done(tr("Add integration %1").arg(name), QStringLiteral("integration:%1:%2").arg(apiId, name), note);
}

EditOutcome ProjectEdits::addFunction(model::Project &project, const QString &nameIn)
{
    const QString name = nameIn.trimmed();
    if (const QString error = functionNameError(project, name); !error.isEmpty())
        return failed(error);
    model::Function f;
    f.name = name;
    f.runtime = QStringLiteral("nodejs20.x");
    f.code = QStringLiteral("functions/") + name;
    f.handler = QStringLiteral("index.handler");
    project.functions.append(f);
    return done(tr("Add function %1").arg(name), QStringLiteral("function:%1").arg(name),
                tr("Function %1 runs %2/index.js (export handler) with Node.js 20, relative to the project file; "
                   "change its runtime, folder and handler in its editor.")
                    .arg(name, f.code));
}

EditOutcome ProjectEdits::addUsagePlan(model::Project &project, const QString &nameIn)
{
    const QString name = nameIn.trimmed();
    if (name.isEmpty() || name.contains(QLatin1Char(':')))
        return failed(tr("Enter a usage plan name such as basic (no ':')."));
    if (project.usagePlan(name))
        return failed(tr("The project already has a usage plan %1.").arg(name));
    model::UsagePlan plan;
    plan.name = name;
    project.usagePlans.append(plan);
    return done(tr("Add usage plan %1").arg(name), QStringLiteral("usageplan:%1").arg(name),
                tr("Add API stages and limits to usage plan %1 in its editor.").arg(name));
}

EditOutcome ProjectEdits::addApiKey(model::Project &project, const QString &nameIn)
{
    const QString name = nameIn.trimmed();
    if (name.isEmpty() || name.contains(QLatin1Char(':')))
        return failed(tr("Enter an API key name such as alice (no ':')."));
    for (const model::ApiKey &k : project.apiKeys) {
        if (k.name == name)
            return failed(tr("The project already has an API key %1.").arg(name));
    }
    model::ApiKey key;
    key.name = name;
    key.value = newApiKeyValue();
    project.apiKeys.append(key);
    return done(tr("Add API key %1").arg(name), QStringLiteral("apikey:%1").arg(name),
                tr("API key %1 has a new random value; add it to a usage plan in its editor.").arg(name));
}

EditOutcome ProjectEdits::addApi(model::Project &project, model::Api api, const QList<model::Function> &functions)
{
    const QString base = api.id.isEmpty() ? model::slugify(api.definition.title()) : api.id;
    api.id = base;
    for (int i = 2; project.api(api.id); ++i)
        api.id = base + QLatin1Char('-') + QString::number(i);
    QStringList added;
    for (const model::Function &f : functions) {
        if (!project.function(f.name)) {
            project.functions.append(f);
            added.append(f.name);
        }
    }
    const QString id = api.id;
    project.apis.append(std::move(api));
    return done(tr("Add API %1").arg(id), QStringLiteral("api:%1").arg(id),
                added.isEmpty() ? QString() : tr("Also added function(s) %1.").arg(added.join(QStringLiteral(", "))));
}

// ---- rename, duplicate, delete --------------------------------------------------------------------------------

bool ProjectEdits::canRename(const QString &key)
{
    const ItemKey k = ItemKey::parse(key);
    if (k.prefix == QLatin1String("resource"))
        return k.rest != QLatin1String("/");
    if (k.prefix == QLatin1String("api"))
        return !k.apiId.isEmpty() && k.rest.isEmpty();
    static const QStringList kinds = {QStringLiteral("route"),         QStringLiteral("stage"),
                                      QStringLiteral("method"),
                                      QStringLiteral("authorizer"),    QStringLiteral("model"),
                                      QStringLiteral("validator"),     QStringLiteral("gatewayresponse"),
                                      QStringLiteral("integration"),   QStringLiteral("function"),
                                      QStringLiteral("usageplan"),     QStringLiteral("apikey")};
    return kinds.contains(k.prefix) && !k.rest.isEmpty();
}

bool ProjectEdits::canDuplicate(const QString &key)
{
    const ItemKey k = ItemKey::parse(key);
    if (k.prefix == QLatin1String("resource"))
        return k.rest != QLatin1String("/");
    if (k.prefix == QLatin1String("route"))
        return k.rest != QLatin1String("$default");
    static const QStringList kinds = {QStringLiteral("stage"),       QStringLiteral("method"),       QStringLiteral("authorizer"),
                                      QStringLiteral("model"),       QStringLiteral("validator"),
                                      QStringLiteral("integration"), QStringLiteral("function"),
                                      QStringLiteral("usageplan"),   QStringLiteral("apikey")};
    return kinds.contains(k.prefix) && !k.rest.isEmpty();
}

bool ProjectEdits::canRemove(const QString &key)
{
    const ItemKey k = ItemKey::parse(key);
    if (k.prefix == QLatin1String("api"))
        return !k.apiId.isEmpty();
    if (k.prefix == QLatin1String("method"))
        return !k.rest.isEmpty();
    if (k.prefix == QLatin1String("cors"))
        return !k.apiId.isEmpty();
    return canRename(key);
}

QString ProjectEdits::currentName(const QString &key)
{
    const ItemKey k = ItemKey::parse(key);
    if (k.prefix == QLatin1String("resource"))
        return lastSegment(k.rest);
    if (k.prefix == QLatin1String("method"))
        return k.method();
    if (k.prefix == QLatin1String("api"))
        return k.apiId;
    return k.rest;
}

EditOutcome ProjectEdits::rename(model::Project &project, const QString &key, const QString &newNameIn)
{
    const ItemKey k = ItemKey::parse(key);
    const QString newName = newNameIn.trimmed();
    if (!canRename(key))
        return failed(tr("This item cannot be renamed."));
    if (k.prefix == QLatin1String("api"))
        return renameApi(project, k.apiId, newName);
    if (newName == currentName(key))
        return failed(tr("That is its name already."));
    if (k.prefix == QLatin1String("function")) {
        const model::Function *f = project.function(k.rest);
        if (!f)
            return failed(tr("The project has no function %1.").arg(k.rest));
        if (const QString error = functionNameError(project, newName); !error.isEmpty())
            return failed(error);
        for (model::Function &fn : project.functions) {
            if (fn.name == k.rest)
                fn.name = newName;
        }
        for (model::Api &api : project.apis) {
            for (model::PathItem &p : api.definition.paths) {
                for (model::Operation &op : p.operations) {
                    if (!op.integration)
                        continue;
                    const QString uri = renamedFunctionUri(op.integration->uri, k.rest, newName);
                    if (!uri.isEmpty())
                        op.integration->uri = uri;
                }
            }
            for (const QLatin1String member : {QLatin1String("authorizerUri"), QLatin1String("uri")}) {
                forEachMember(api.definition.document, member, [&](doc::Node &value) {
                    const QString uri = value.isString() ? renamedFunctionUri(value.scalarText(), k.rest, newName)
                                                         : QString();
                    if (!uri.isEmpty())
                        value = doc::Node::string(uri);
                });
            }
        }
        return done(tr("Rename function %1 to %2").arg(k.rest, newName), QStringLiteral("function:%1").arg(newName));
    }
    if (k.prefix == QLatin1String("usageplan")) {
        if (!project.usagePlan(k.rest))
            return failed(tr("The project has no usage plan %1.").arg(k.rest));
        if (newName.isEmpty() || newName.contains(QLatin1Char(':')))
            return failed(tr("Enter a usage plan name such as basic (no ':')."));
        if (project.usagePlan(newName))
            return failed(tr("The project already has a usage plan %1.").arg(newName));
        for (model::UsagePlan &plan : project.usagePlans) {
            if (plan.name == k.rest)
                plan.name = newName;
        }
        for (model::ApiKey &apiKey : project.apiKeys)
            apiKey.usagePlans.replaceInStrings(QRegularExpression(QRegularExpression::anchoredPattern(
                                                   QRegularExpression::escape(k.rest))),
                                               newName);
        return done(tr("Rename usage plan %1 to %2").arg(k.rest, newName), QStringLiteral("usageplan:%1").arg(newName));
    }
    if (k.prefix == QLatin1String("apikey")) {
        if (newName.isEmpty() || newName.contains(QLatin1Char(':')))
            return failed(tr("Enter an API key name such as alice (no ':')."));
        model::ApiKey *target = nullptr;
        for (model::ApiKey &apiKey : project.apiKeys) {
            if (apiKey.name == newName)
                return failed(tr("The project already has an API key %1.").arg(newName));
            if (apiKey.name == k.rest)
                target = &apiKey;
        }
        if (!target)
            return failed(tr("The project has no API key %1.").arg(k.rest));
        target->name = newName;
        return done(tr("Rename API key %1 to %2").arg(k.rest, newName), QStringLiteral("apikey:%1").arg(newName));
    }

    model::Api *api = findApi(project, k.apiId);
    if (!api)
        return failed(tr("The project has no API %1.").arg(k.apiId));
    const QString apiId = api->id;
    if (k.prefix == QLatin1String("resource")) {
        const QString path = normalized(k.rest);
        if (!resourceExists(*api, path))
            return failed(tr("API %1 has no resource %2.").arg(apiId, path));
        const QString parent = parentOf(path);
        if (const QString error = resourceSegmentError(*api, parent, newName, path); !error.isEmpty())
            return failed(error);
        const QString to = childPath(parent, newName);
        movePaths(project, *api, path, to);
        return done(tr("Rename resource %1 to %2").arg(path, to), QStringLiteral("resource:%1:%2").arg(apiId, to));
    }
    if (k.prefix == QLatin1String("method"))
        return renameMethod(project, *api, normalized(k.methodPath()), k.method(), newName);
    if (k.prefix == QLatin1String("route")) {
        if (isWebSocket(*api)) {
            doc::Node &routes = mappingMember(api->definition.document, QStringLiteral("routes"));
            if (!routes.contains(k.rest))
                return failed(tr("API %1 has no route %2.").arg(apiId, k.rest));
            if (const QString error = webSocketRouteError(*api, newName); !error.isEmpty())
                return failed(error);
            renameMember(routes, k.rest, newName);
            return done(tr("Rename route %1 to %2").arg(k.rest, newName), QStringLiteral("route:%1:%2").arg(apiId, newName));
        }
        qsizetype pi = 0, oi = 0;
        if (!findHttpRoute(*api, k.rest, &pi, &oi))
            return failed(tr("API %1 has no route %2.").arg(apiId, k.rest));
        RouteKey parsed;
        QString error;
        if (!parseHttpRouteKey(newName, &parsed, &error))
            return failed(error);
        const QString canonical = parsed.path == QLatin1String("$default") ? parsed.path
                                                                             : parsed.method + QLatin1Char(' ') + parsed.path;
        qsizetype xi = 0, xj = 0;
        if (findHttpRoute(*api, canonical, &xi, &xj))
            return failed(tr("API %1 already has a route %2.").arg(apiId, canonical));
        model::Operation op = api->definition.paths[pi].operations.takeAt(oi);
        op.method = parsed.method;
        const bool emptied = api->definition.paths[pi].operations.isEmpty()
            && (!api->definition.paths[pi].extra.isMapping() || api->definition.paths[pi].extra.members().empty());
        model::PathItem *target = pathItem(*api, parsed.path);
        if (!target) {
            model::PathItem created;
            created.path = parsed.path;
            created.extra = doc::Node::mapping();
            api->definition.paths.insert(pi + 1, created);
            target = &api->definition.paths[pi + 1];
        }
        target->operations.append(op);
        if (emptied) {
            for (qsizetype i = 0; i < api->definition.paths.size(); ++i) {
                if (api->definition.paths[i].operations.isEmpty() && normalized(api->definition.paths[i].path)
                        == normalized(k.rest.section(QLatin1Char(' '), 1))) {
                    api->definition.paths.removeAt(i);
                    break;
                }
            }
        }
        return done(tr("Rename route %1 to %2").arg(k.rest, canonical), QStringLiteral("route:%1:%2").arg(apiId, canonical));
    }
    if (k.prefix == QLatin1String("stage")) {
        if (!api->stage(k.rest))
            return failed(tr("API %1 has no stage %2.").arg(apiId, k.rest));
        if (const QString error = stageNameError(*api, newName); !error.isEmpty())
            return failed(error);
        for (model::Stage &s : api->stages) {
            if (s.name == k.rest)
                s.name = newName;
        }
        for (model::UsagePlan &plan : project.usagePlans) {
            for (model::UsagePlanStage &s : plan.stages) {
                if (s.apiId == apiId && s.stage == k.rest)
                    s.stage = newName;
            }
        }
        return done(tr("Rename stage %1 to %2").arg(k.rest, newName), QStringLiteral("stage:%1:%2").arg(apiId, newName));
    }
    if (k.prefix == QLatin1String("authorizer")) {
        if (!hasAuthorizer(*api, k.rest))
            return failed(tr("API %1 has no authorizer %2.").arg(apiId, k.rest));
        if (const QString error = componentNameError(tr("authorizer"), newName); !error.isEmpty())
            return failed(error);
        if (isWebSocket(*api)) {
            doc::Node &authorizers = mappingMember(api->definition.document, QStringLiteral("authorizers"));
            if (authorizers.contains(newName))
                return failed(tr("API %1 already has an authorizer %2.").arg(apiId, newName));
            renameMember(authorizers, k.rest, newName);
            for (auto &route : mappingMember(api->definition.document, QStringLiteral("routes")).members()) {
                if (route.second[u"authorizerId"].toString() == k.rest)
                    route.second.set(QStringLiteral("authorizerId"), doc::Node::string(newName));
            }
        } else {
            doc::Node &schemes = mappingMember(mappingMember(api->definition.document, QStringLiteral("components")),
                                               QStringLiteral("securitySchemes"));
            if (schemes.contains(newName))
                return failed(tr("API %1 already has a security scheme %2.").arg(apiId, newName));
            renameMember(schemes, k.rest, newName);
            editSecurity(api->definition, k.rest, newName);
        }
        for (model::AuthorizerKeys &keys : project.authorizerKeys) {
            if (keys.api == apiId && keys.authorizer == k.rest)
                keys.authorizer = newName;
        }
        return done(tr("Rename authorizer %1 to %2").arg(k.rest, newName),
                    QStringLiteral("authorizer:%1:%2").arg(apiId, newName));
    }
    if (k.prefix == QLatin1String("model")) {
        doc::Node &schemas = mappingMember(mappingMember(api->definition.document, QStringLiteral("components")),
                                           QStringLiteral("schemas"));
        if (!schemas.contains(k.rest))
            return failed(tr("API %1 has no model %2.").arg(apiId, k.rest));
        if (!matches(QStringLiteral("[A-Za-z0-9]+"), newName))
            return failed(tr("The model name `%1` may contain only letters and digits (AWS's rule).").arg(newName));
        if (schemas.contains(newName))
            return failed(tr("API %1 already has a model %2.").arg(apiId, newName));
        renameMember(schemas, k.rest, newName);
        if (doc::Node *schema = schemas.find(newName); schema && schema->isMapping()
            && (*schema)[u"title"].toString() == k.rest)
            schema->set(QStringLiteral("title"), doc::Node::string(newName));
        renameSchemaRefs(api->definition, k.rest, newName);
        return done(tr("Rename model %1 to %2").arg(k.rest, newName), QStringLiteral("model:%1:%2").arg(apiId, newName));
    }
    if (k.prefix == QLatin1String("validator")) {
        doc::Node &validators = mappingMember(api->definition.document, kValidatorsKey);
        if (!validators.contains(k.rest))
            return failed(tr("API %1 has no request validator %2.").arg(apiId, k.rest));
        if (newName.isEmpty() || newName.contains(QLatin1Char(':')))
            return failed(tr("Enter a validator name such as \"Validate body\" (no ':')."));
        if (validators.contains(newName))
            return failed(tr("API %1 already has a request validator %2.").arg(apiId, newName));
        renameMember(validators, k.rest, newName);
        auto fix = [&](doc::Node &owner) {
            if (owner[kValidatorKey].toString() == k.rest && owner.contains(kValidatorKey))
                owner.set(kValidatorKey, doc::Node::string(newName));
        };
        fix(api->definition.document);
        for (model::PathItem &p : api->definition.paths) {
            for (model::Operation &op : p.operations)
                fix(op.body);
        }
        return done(tr("Rename request validator %1 to %2").arg(k.rest, newName),
                    QStringLiteral("validator:%1:%2").arg(apiId, newName));
    }
    if (k.prefix == QLatin1String("gatewayresponse")) {
        doc::Node &responses = mappingMember(api->definition.document, kGatewayResponsesKey);
        if (!responses.contains(k.rest))
            return failed(tr("API %1 does not customise gateway response %2.").arg(apiId, k.rest));
        const QString type = newName.toUpper();
        if (!gatewayResponseTypeNames().contains(type))
            return failed(tr("`%1` is not a gateway response type; choose one of %2.")
                              .arg(newName, gatewayResponseTypeNames().join(QStringLiteral(", "))));
        if (responses.contains(type))
            return failed(tr("API %1 already customises gateway response %2.").arg(apiId, type));
        renameMember(responses, k.rest, type);
        return done(tr("Change gateway response %1 to %2").arg(k.rest, type),
                    QStringLiteral("gatewayresponse:%1:%2").arg(apiId, type));
    }
    if (k.prefix == QLatin1String("integration")) {
        doc::Node &integrations = mappingMember(mappingMember(api->definition.document, QStringLiteral("components")),
                                                kIntegrationsKey);
        if (!integrations.contains(k.rest))
            return failed(tr("API %1 has no integration %2.").arg(apiId, k.rest));
        if (const QString error = componentNameError(tr("integration"), newName); !error.isEmpty())
            return failed(error);
        if (integrations.contains(newName))
            return failed(tr("API %1 already has an integration %2.").arg(apiId, newName));
        renameMember(integrations, k.rest, newName);
        for (model::PathItem &p : api->definition.paths) {
            for (model::Operation &op : p.operations) {
                if (op.integrationRef == k.rest)
                    op.integrationRef = newName;
            }
        }
        return done(tr("Rename integration %1 to %2").arg(k.rest, newName),
                    QStringLiteral("integration:%1:%2").arg(apiId, newName));
    }
    return failed(tr("This item cannot be renamed."));
}

EditOutcome ProjectEdits::duplicate(model::Project &project, const QString &key)
{
    const ItemKey k = ItemKey::parse(key);
    if (!canDuplicate(key))
        return failed(tr("This item cannot be duplicated."));
    const QString copySuffix = QStringLiteral("-copy");
    if (k.prefix == QLatin1String("function")) {
        const model::Function *f = project.function(k.rest);
        if (!f)
            return failed(tr("The project has no function %1.").arg(k.rest));
        model::Function copy = *f;
        copy.name = uniqueName(k.rest.left(64 - 7) + copySuffix,
                               [&](const QString &n) { return project.function(n) != nullptr; });
        project.functions.insert(project.functions.indexOf(*f) + 1, copy);
        return done(tr("Duplicate function %1").arg(k.rest), QStringLiteral("function:%1").arg(copy.name),
                    tr("The copy runs the same code folder."));
    }
    if (k.prefix == QLatin1String("usageplan")) {
        const model::UsagePlan *plan = project.usagePlan(k.rest);
        if (!plan)
            return failed(tr("The project has no usage plan %1.").arg(k.rest));
        model::UsagePlan copy = *plan;
        copy.name = uniqueName(k.rest + copySuffix, [&](const QString &n) { return project.usagePlan(n) != nullptr; });
        project.usagePlans.insert(project.usagePlans.indexOf(*plan) + 1, copy);
        return done(tr("Duplicate usage plan %1").arg(k.rest), QStringLiteral("usageplan:%1").arg(copy.name),
                    tr("No API key uses the copy yet."));
    }
    if (k.prefix == QLatin1String("apikey")) {
        qsizetype index = -1;
        for (qsizetype i = 0; i < project.apiKeys.size(); ++i) {
            if (project.apiKeys[i].name == k.rest)
                index = i;
        }
        if (index < 0)
            return failed(tr("The project has no API key %1.").arg(k.rest));
        model::ApiKey copy = project.apiKeys[index];
        copy.name = uniqueName(k.rest + copySuffix, [&](const QString &n) {
            for (const model::ApiKey &other : project.apiKeys) {
                if (other.name == n)
                    return true;
            }
            return false;
        });
        copy.value = newApiKeyValue();
        project.apiKeys.insert(index + 1, copy);
        return done(tr("Duplicate API key %1").arg(k.rest), QStringLiteral("apikey:%1").arg(copy.name),
                    tr("The copy has its own random value and the same usage plans."));
    }

    model::Api *api = findApi(project, k.apiId);
    if (!api)
        return failed(tr("The project has no API %1.").arg(k.apiId));
    const QString apiId = api->id;
    if (k.prefix == QLatin1String("resource")) {
        const QString path = normalized(k.rest);
        if (!resourceExists(*api, path))
            return failed(tr("API %1 has no resource %2.").arg(apiId, path));
        const QString segment = lastSegment(path);
        if (segment.startsWith(QLatin1Char('{')))
            return failed(tr("%1 is a variable path part, and a resource can have only one variable child: add a "
                             "resource instead.")
                              .arg(segment));
        const QString parent = parentOf(path);
        const QString newSegment = uniqueName(segment + copySuffix, [&](const QString &s) {
            return resourceExists(*api, childPath(parent, s));
        });
        const QString to = childPath(parent, newSegment);
        QList<model::PathItem> copies;
        for (const model::PathItem &p : std::as_const(api->definition.paths)) {
            if (isUnder(p.path, path)) {
                model::PathItem copy = p;
                copy.path = to + normalized(p.path).mid(path.size());
                copies.append(copy);
            }
        }
        const qsizetype at = insertionIndex(*api, path);
        for (qsizetype i = 0; i < copies.size(); ++i)
            api->definition.paths.insert(at + i, copies[i]);
        return done(tr("Duplicate resource %1").arg(path), QStringLiteral("resource:%1:%2").arg(apiId, to),
                    tr("%1 has the same methods and sub-resources as %2.").arg(to, path));
    }
    if (k.prefix == QLatin1String("method")) {
        const QString path = normalized(k.methodPath());
        const QStringList free = availableMethods(project, apiId, path);
        if (free.isEmpty())
            return failed(tr("%1 already has every method; duplicate %2 to another resource instead.").arg(path, k.method()));
        return duplicateMethod(project, apiId, path, k.method(), path, free.first());
    }
    if (k.prefix == QLatin1String("route")) {
        if (isWebSocket(*api)) {
            doc::Node &routes = mappingMember(api->definition.document, QStringLiteral("routes"));
            if (!routes.contains(k.rest))
                return failed(tr("API %1 has no route %2.").arg(apiId, k.rest));
            const QString base = k.rest.startsWith(QLatin1Char('$')) ? k.rest.mid(1) : k.rest;
            const QString name = uniqueName(base + copySuffix, [&](const QString &n) { return routes.contains(n); });
            duplicateMember(routes, k.rest, name);
            doc::Node *copy = routes.find(name);
            if (name != QLatin1String("$connect") && copy) { // authorization belongs to $connect only
                copy->remove(u"authorizationType");
                copy->remove(u"authorizerId");
            }
            return done(tr("Duplicate route %1").arg(k.rest), QStringLiteral("route:%1:%2").arg(apiId, name));
        }
        qsizetype pi = 0, oi = 0;
        if (!findHttpRoute(*api, k.rest, &pi, &oi))
            return failed(tr("API %1 has no route %2.").arg(apiId, k.rest));
        const model::PathItem &source = api->definition.paths[pi];
        const QString path = normalized(source.path);
        const QString method = source.operations[oi].method;
        routing::PathTemplate tmpl;
        QString error;
        routing::PathTemplate::parse(path, &tmpl, &error);
        if (tmpl.hasGreedy())
            return failed(tr("%1 ends in a greedy path variable; nothing can be added after it. Add a route instead.")
                              .arg(path));
        auto keyFor = [&method](const QString &candidate) -> QString { return method + QLatin1Char(' ') + candidate; };
        QString newPath;
        if (path == QLatin1String("/") || lastSegment(path).startsWith(QLatin1Char('{')))
            newPath = uniqueName(childPath(path, QStringLiteral("copy")), [&](const QString &p) {
                qsizetype a = 0, b = 0;
                return findHttpRoute(*api, keyFor(p), &a, &b);
            });
        else
            newPath = uniqueName(path + copySuffix, [&](const QString &p) {
                qsizetype a = 0, b = 0;
                return findHttpRoute(*api, keyFor(p), &a, &b);
            });
        model::Operation copy = source.operations[oi];
        model::PathItem *target = pathItem(*api, newPath);
        if (!target) {
            model::PathItem created;
            created.path = newPath;
            created.extra = source.extra;
            api->definition.paths.insert(pi + 1, created);
            target = &api->definition.paths[pi + 1];
        }
        target->operations.append(copy);
        return done(tr("Duplicate route %1").arg(k.rest), QStringLiteral("route:%1:%2").arg(apiId, keyFor(newPath)));
    }
    if (k.prefix == QLatin1String("stage")) {
        const model::Stage *stage = api->stage(k.rest);
        if (!stage)
            return failed(tr("API %1 has no stage %2.").arg(apiId, k.rest));
        model::Stage copy = *stage;
        const QString base = k.rest == QLatin1String("$default") ? QStringLiteral("default") : k.rest;
        copy.name = uniqueName(base + copySuffix, [&](const QString &n) { return api->stage(n) != nullptr; });
        qsizetype index = 0;
        while (index < api->stages.size() && api->stages[index].name != k.rest)
            ++index;
        api->stages.insert(index + 1, copy);
        return done(tr("Duplicate stage %1").arg(k.rest), QStringLiteral("stage:%1:%2").arg(apiId, copy.name),
                    tr("Stage %1 serves what %2 serves; no usage plan covers it yet.").arg(copy.name, k.rest));
    }
    doc::Node *collection = nullptr;
    QString name;
    QString undo;
    if (k.prefix == QLatin1String("authorizer")) {
        collection = isWebSocket(*api)
            ? &mappingMember(api->definition.document, QStringLiteral("authorizers"))
            : &mappingMember(mappingMember(api->definition.document, QStringLiteral("components")),
                             QStringLiteral("securitySchemes"));
        undo = tr("Duplicate authorizer %1").arg(k.rest);
    } else if (k.prefix == QLatin1String("model")) {
        collection = &mappingMember(mappingMember(api->definition.document, QStringLiteral("components")),
                                    QStringLiteral("schemas"));
        undo = tr("Duplicate model %1").arg(k.rest);
    } else if (k.prefix == QLatin1String("validator")) {
        collection = &mappingMember(api->definition.document, kValidatorsKey);
        undo = tr("Duplicate request validator %1").arg(k.rest);
    } else if (k.prefix == QLatin1String("integration")) {
        collection = &mappingMember(mappingMember(api->definition.document, QStringLiteral("components")),
                                    kIntegrationsKey);
        undo = tr("Duplicate integration %1").arg(k.rest);
    }
    if (!collection || !collection->contains(k.rest))
        return failed(tr("API %1 has no %2 %3.").arg(apiId, k.prefix, k.rest));
    const bool isModel = k.prefix == QLatin1String("model");
    name = uniqueName(k.rest + (isModel ? QStringLiteral("Copy") : copySuffix),
                      [&](const QString &n) { return collection->contains(n); });
    duplicateMember(*collection, k.rest, name);
    if (isModel) {
        doc::Node *copy = collection->find(name);
        if (copy && copy->isMapping() && (*copy)[u"title"].toString() == k.rest)
            copy->set(QStringLiteral("title"), doc::Node::string(name));
    }
    return done(undo, QStringLiteral("%1:%2:%3").arg(k.prefix, apiId, name));
}

EditOutcome ProjectEdits::duplicateMethod(model::Project &project, const QString &apiId, const QString &pathIn,
                                          const QString &methodIn, const QString &targetPathIn,
                                          const QString &targetMethodIn)
{
    model::Api *api = findApi(project, apiId);
    if (!api)
        return failed(tr("The project has no API %1.").arg(apiId));
    if (api->protocol != model::Protocol::Rest)
        return failed(tr("%1 is an %2: duplicate its routes instead.").arg(apiId, protocolNoun(api->protocol)));
    const QString path = normalized(pathIn);
    const QString method = methodIn.trimmed().toUpper();
    const QString targetPath = normalized(targetPathIn.trimmed());
    const QString targetMethod = targetMethodIn.trimmed().toUpper();
    const model::PathItem *source = pathItem(*api, path);
    const model::Operation *sourceOp = source ? source->operation(method) : nullptr;
    if (!sourceOp)
        return failed(tr("%1 has no %2 method.").arg(path, method));
    if (!httpMethods().contains(targetMethod))
        return failed(tr("`%1` is not a method API Gateway has; choose one of %2.")
                          .arg(targetMethodIn, httpMethods().join(QStringLiteral(", "))));
    if (!resourceExists(*api, targetPath))
        return failed(tr("API %1 has no resource %2: add it first, or choose one of its resources.").arg(apiId, targetPath));
    if (targetPath == path && targetMethod == method)
        return failed(tr("Choose another method or another resource than %1 %2 itself.").arg(method, path));
    if (!availableMethods(project, apiId, targetPath).contains(targetMethod))
        return failed(tr("%1 already has a %2 method.").arg(targetPath, targetMethod));

    model::Operation copy = *sourceOp;
    copy.method = targetMethod;
    QString note;
    if (targetPath != path) {
        // The copy declares the path parameters of its new resource, and only those.
        routing::PathTemplate tmpl;
        QString error;
        const QStringList names = routing::PathTemplate::parse(targetPath, &tmpl, &error) ? tmpl.parameterNames()
                                                                                         : QStringList();
        doc::Node *params = copy.body.isMapping() ? copy.body.find(u"parameters") : nullptr;
        QStringList declared;
        if (params && params->isSequence()) {
            doc::Node kept = doc::Node::sequence();
            for (const doc::Node &p : params->items()) {
                const bool pathParam = p[u"in"].toString() == QLatin1String("path");
                if (pathParam && !names.contains(p[u"name"].toString()))
                    continue;
                if (pathParam)
                    declared.append(p[u"name"].toString());
                kept.append(p);
            }
            *params = kept;
        }
        const model::PathItem *target = pathItem(*api, targetPath);
        const bool targetDeclares = target && target->extra.contains(u"parameters");
        if (!targetDeclares) {
            for (const QString &name : names) {
                if (declared.contains(name))
                    continue;
                if (!copy.body.isMapping())
                    copy.body = doc::Node::mapping();
                doc::Node *list = copy.body.find(u"parameters");
                if (!list || !list->isSequence()) {
                    copy.body.set(QStringLiteral("parameters"), doc::Node::sequence());
                    list = copy.body.find(u"parameters");
                }
                list->append(pathParameter(name));
            }
        }
        if (doc::Node *list = copy.body.isMapping() ? copy.body.find(u"parameters") : nullptr;
            list && list->isSequence() && list->items().empty())
            copy.body.remove(u"parameters");
        // Mappings that read a path parameter the new resource lacks now read nothing.
        QStringList lost;
        if (copy.integration) {
            for (const auto &pair : std::as_const(copy.integration->requestParameters)) {
                static const QString prefix = QStringLiteral("method.request.path.");
                if (pair.second.startsWith(prefix) && !names.contains(pair.second.mid(prefix.size())))
                    lost.append(pair.second);
            }
        }
        if (!lost.isEmpty())
            note = tr("%1 has no path parameter for %2; change those integration request parameters.")
                       .arg(targetPath, joinedList(lost));
    }
    model::PathItem *item = pathItem(*api, targetPath);
    if (!item) {
        model::PathItem created;
        created.path = targetPath;
        created.extra = doc::Node::mapping();
        const qsizetype at = insertionIndex(*api, parentOf(targetPath));
        api->definition.paths.insert(at, created);
        item = &api->definition.paths[at];
    }
    item->operations.append(copy);
    return done(tr("Duplicate method %1 %2 to %3 %4").arg(method, path, targetMethod, targetPath),
                QStringLiteral("method:%1:%2:%3").arg(apiId, targetPath, targetMethod), note);
}

QStringList ProjectEdits::resourcePaths(const model::Project &project, const QString &apiId)
{
    const model::Api *api = project.api(apiId);
    if (!api || api->protocol != model::Protocol::Rest)
        return {};
    QStringList out = {QStringLiteral("/")};
    for (const model::PathItem &p : api->definition.paths) {
        // Every resource on the way down is a resource too, with or without a path item.
        QString path = normalized(p.path);
        QStringList chain;
        while (path != QLatin1String("/")) {
            chain.prepend(path);
            path = parentOf(path);
        }
        for (const QString &c : std::as_const(chain)) {
            if (!out.contains(c))
                out.append(c);
        }
    }
    return out;
}

std::optional<CorsConfig> ProjectEdits::corsConfiguration(const model::Project &project, const QString &apiId,
                                                          QString *error)
{
    const model::Api *api = project.api(apiId);
    if (!api || !api->definition.document.contains(u"x-amazon-apigateway-cors"))
        return std::nullopt;
    QString problem;
    const doc::Node *where = nullptr;
    std::optional<CorsConfig> config = CorsConfig::read(api->definition.document[u"x-amazon-apigateway-cors"], &problem,
                                                        &where);
    if (!config && error)
        *error = problem;
    return config;
}

EditOutcome ProjectEdits::setCors(model::Project &project, const QString &apiId, const CorsConfig &config)
{
    model::Api *api = findApi(project, apiId);
    if (!api)
        return failed(tr("The project has no API %1.").arg(apiId));
    if (api->protocol != model::Protocol::Http)
        return failed(tr("%1 is a %2: a CORS configuration belongs to HTTP APIs. On a REST API, enable CORS on each "
                         "resource instead.")
                          .arg(apiId, protocolNoun(api->protocol)));
    const doc::Node written = config.write();
    QString problem;
    const doc::Node *where = nullptr;
    if (!CorsConfig::read(written, &problem, &where))
        return failed(tr("AWS refuses this CORS configuration: %1.").arg(problem));
    const bool had = api->definition.document.contains(u"x-amazon-apigateway-cors");
    api->definition.document.set(QStringLiteral("x-amazon-apigateway-cors"), written);
    return done(had ? tr("Change CORS of %1").arg(apiId) : tr("Configure CORS of %1").arg(apiId),
                QStringLiteral("cors:%1").arg(apiId));
}

EditOutcome ProjectEdits::removeCors(model::Project &project, const QString &apiId)
{
    model::Api *api = findApi(project, apiId);
    if (!api)
        return failed(tr("The project has no API %1.").arg(apiId));
    if (!api->definition.document.contains(u"x-amazon-apigateway-cors"))
        return failed(tr("API %1 has no CORS configuration to remove.").arg(apiId));
    api->definition.document.remove(u"x-amazon-apigateway-cors");
    return done(tr("Remove CORS of %1").arg(apiId), QStringLiteral("cors:%1").arg(apiId),
                tr("Browsers now get no Access-Control-* headers from API Gateway for %1.").arg(apiId));
}

EditOutcome ProjectEdits::remove(model::Project &project, const QString &key)
{
    const ItemKey k = ItemKey::parse(key);
    if (!canRemove(key))
        return failed(tr("This item cannot be deleted."));
    if (k.prefix == QLatin1String("function")) {
        const qsizetype before = project.functions.size();
        project.functions.removeIf([&](const model::Function &f) { return f.name == k.rest; });
        if (project.functions.size() == before)
            return failed(tr("The project has no function %1.").arg(k.rest));
        return done(tr("Delete function %1").arg(k.rest), QString());
    }
    if (k.prefix == QLatin1String("usageplan")) {
        const qsizetype before = project.usagePlans.size();
        project.usagePlans.removeIf([&](const model::UsagePlan &p) { return p.name == k.rest; });
        if (project.usagePlans.size() == before)
            return failed(tr("The project has no usage plan %1.").arg(k.rest));
        for (model::ApiKey &apiKey : project.apiKeys)
            apiKey.usagePlans.removeAll(k.rest);
        return done(tr("Delete usage plan %1").arg(k.rest), QString());
    }
    if (k.prefix == QLatin1String("apikey")) {
        const qsizetype before = project.apiKeys.size();
        project.apiKeys.removeIf([&](const model::ApiKey &a) { return a.name == k.rest; });
        if (project.apiKeys.size() == before)
            return failed(tr("The project has no API key %1.").arg(k.rest));
        return done(tr("Delete API key %1").arg(k.rest), QString());
    }
    model::Api *api = findApi(project, k.apiId);
    if (!api)
        return failed(tr("The project has no API %1.").arg(k.apiId));
    const QString apiId = api->id;
    if (k.prefix == QLatin1String("api")) {
        project.apis.removeIf([&](const model::Api &a) { return a.id == apiId; });
        for (model::UsagePlan &plan : project.usagePlans)
            plan.stages.removeIf([&](const model::UsagePlanStage &s) { return s.apiId == apiId; });
        return done(tr("Delete API %1").arg(apiId), QString());
    }
    const QString apiKey = QStringLiteral("api:%1").arg(apiId);
    if (k.prefix == QLatin1String("cors"))
        return removeCors(project, apiId);
    if (k.prefix == QLatin1String("resource")) {
        const QString path = normalized(k.rest);
        if (!resourceExists(*api, path))
            return failed(tr("API %1 has no resource %2.").arg(apiId, path));
        api->definition.paths.removeIf([&](const model::PathItem &p) { return isUnder(p.path, path); });
        const QString parent = parentOf(path);
        // The parent stays a resource of its own when nothing else keeps it in the tree.
        if (parent != QLatin1String("/") && !resourceExists(*api, parent)) {
            model::PathItem kept;
            kept.path = parent;
            kept.extra = doc::Node::mapping();
            api->definition.paths.insert(insertionIndex(*api, parentOf(parent)), kept);
        }
        return done(tr("Delete resource %1").arg(path), QStringLiteral("resource:%1:%2").arg(apiId, parent));
    }
    if (k.prefix == QLatin1String("method")) {
        const QString path = normalized(k.methodPath());
        model::PathItem *item = pathItem(*api, path);
        const qsizetype before = item ? item->operations.size() : 0;
        if (item)
            item->operations.removeIf([&](const model::Operation &op) { return op.method == k.method(); });
        if (!item || item->operations.size() == before)
            return failed(tr("%1 has no %2 method.").arg(path, k.method()));
        return done(tr("Delete method %1 %2").arg(k.method(), path), QStringLiteral("resource:%1:%2").arg(apiId, path));
    }
    if (k.prefix == QLatin1String("route")) {
        if (isWebSocket(*api)) {
            doc::Node &routes = mappingMember(api->definition.document, QStringLiteral("routes"));
            if (!routes.remove(k.rest))
                return failed(tr("API %1 has no route %2.").arg(apiId, k.rest));
            return done(tr("Delete route %1").arg(k.rest), apiKey);
        }
        qsizetype pi = 0, oi = 0;
        if (!findHttpRoute(*api, k.rest, &pi, &oi))
            return failed(tr("API %1 has no route %2.").arg(apiId, k.rest));
        model::PathItem &item = api->definition.paths[pi];
        item.operations.removeAt(oi);
        if (item.operations.isEmpty() && (!item.extra.isMapping() || item.extra.members().empty()))
            api->definition.paths.removeAt(pi);
        return done(tr("Delete route %1").arg(k.rest), apiKey);
    }
    if (k.prefix == QLatin1String("stage")) {
        const qsizetype before = api->stages.size();
        api->stages.removeIf([&](const model::Stage &s) { return s.name == k.rest; });
        if (api->stages.size() == before)
            return failed(tr("API %1 has no stage %2.").arg(apiId, k.rest));
        for (model::UsagePlan &plan : project.usagePlans)
            plan.stages.removeIf([&](const model::UsagePlanStage &s) { return s.apiId == apiId && s.stage == k.rest; });
        return done(tr("Delete stage %1").arg(k.rest), apiKey);
    }
    if (k.prefix == QLatin1String("authorizer")) {
        if (!hasAuthorizer(*api, k.rest))
            return failed(tr("API %1 has no authorizer %2.").arg(apiId, k.rest));
        if (isWebSocket(*api)) {
            mappingMember(api->definition.document, QStringLiteral("authorizers")).remove(k.rest);
            for (auto &route : mappingMember(api->definition.document, QStringLiteral("routes")).members()) {
                if (route.second[u"authorizerId"].toString() == k.rest) {
                    route.second.remove(u"authorizerId");
                    route.second.remove(u"authorizationType");
                }
            }
        } else {
            mappingMember(mappingMember(api->definition.document, QStringLiteral("components")),
                          QStringLiteral("securitySchemes"))
                .remove(k.rest);
            editSecurity(api->definition, k.rest, {});
        }
        return done(tr("Delete authorizer %1").arg(k.rest), apiKey);
    }
    if (k.prefix == QLatin1String("model")) {
        if (!mappingMember(mappingMember(api->definition.document, QStringLiteral("components")), QStringLiteral("schemas"))
                 .remove(k.rest))
            return failed(tr("API %1 has no model %2.").arg(apiId, k.rest));
        return done(tr("Delete model %1").arg(k.rest), apiKey);
    }
    if (k.prefix == QLatin1String("validator")) {
        if (!mappingMember(api->definition.document, kValidatorsKey).remove(k.rest))
            return failed(tr("API %1 has no request validator %2.").arg(apiId, k.rest));
        auto fix = [&](doc::Node &owner) {
            if (owner.contains(kValidatorKey) && owner[kValidatorKey].toString() == k.rest)
                owner.remove(kValidatorKey);
        };
        fix(api->definition.document);
        for (model::PathItem &p : api->definition.paths) {
            for (model::Operation &op : p.operations)
                fix(op.body);
        }
        return done(tr("Delete request validator %1").arg(k.rest), apiKey);
    }
    if (k.prefix == QLatin1String("gatewayresponse")) {
        if (!mappingMember(api->definition.document, kGatewayResponsesKey).remove(k.rest))
            return failed(tr("API %1 does not customise gateway response %2.").arg(apiId, k.rest));
        return done(tr("Delete gateway response %1").arg(k.rest), apiKey);
    }
    if (k.prefix == QLatin1String("integration")) {
        if (!mappingMember(mappingMember(api->definition.document, QStringLiteral("components")), kIntegrationsKey)
                 .remove(k.rest))
            return failed(tr("API %1 has no integration %2.").arg(apiId, k.rest));
        for (model::PathItem &p : api->definition.paths) {
            for (model::Operation &op : p.operations) {
                if (op.integrationRef == k.rest)
                    op.integrationRef.clear(); // the route keeps its copy, written inline
            }
        }
        return done(tr("Delete integration %1").arg(k.rest), apiKey);
    }
    return failed(tr("This item cannot be deleted."));
}

QString ProjectEdits::removalQuestion(const model::Project &project, const QString &key)
{
    const ItemKey k = ItemKey::parse(key);
    if (k.prefix == QLatin1String("function")) {
        if (!project.function(k.rest))
            return {};
        const QStringList users = functionUsers(project, k.rest);
        if (users.isEmpty())
            return tr("Delete function %1?").arg(k.rest);
        return tr("Delete function %1? It is used by %2; they answer 500 until they call another function.")
            .arg(k.rest, joinedList(users));
    }
    if (k.prefix == QLatin1String("usageplan")) {
        if (!project.usagePlan(k.rest))
            return {};
        QStringList keys;
        for (const model::ApiKey &apiKey : project.apiKeys) {
            if (apiKey.usagePlans.contains(k.rest))
                keys.append(apiKey.name);
        }
        if (keys.isEmpty())
            return tr("Delete usage plan %1?").arg(k.rest);
        return tr("Delete usage plan %1? API key(s) %2 leave it.").arg(k.rest, joinedList(keys));
    }
    if (k.prefix == QLatin1String("apikey"))
        return tr("Delete API key %1? Clients that send it are refused.").arg(k.rest);
    const model::Api *api = project.api(k.apiId);
    if (!api)
        return {};
    if (k.prefix == QLatin1String("api")) {
        int methods = 0, resources = 0;
        resourceContents(*api, QStringLiteral("/"), &methods, &resources);
        if (isWebSocket(*api))
            methods = int(api->definition.document[u"routes"].members().size());
        return tr("Delete API %1 with its %2 and %3?")
            .arg(api->id, counted(methods, tr("%1 method or route"), tr("%1 methods and routes")),
                 counted(int(api->stages.size()), tr("%1 stage"), tr("%1 stages")));
    }
    if (k.prefix == QLatin1String("resource")) {
        const QString path = normalized(k.rest);
        int methods = 0, subResources = 0;
        resourceContents(*api, path, &methods, &subResources);
        if (methods == 0 && subResources == 0)
            return tr("Delete %1?").arg(path);
        const QString methodText = counted(methods, tr("%1 method"), tr("%1 methods"));
        const QString resourceText = counted(subResources, tr("%1 sub-resource"), tr("%1 sub-resources"));
        if (subResources == 0)
            return tr("Delete %1 and its %2?").arg(path, methodText);
        if (methods == 0)
            return tr("Delete %1 and its %2?").arg(path, resourceText);
        return tr("Delete %1 and its %2 and %3?").arg(path, methodText, resourceText);
    }
    if (k.prefix == QLatin1String("method"))
        return tr("Delete method %1 %2?").arg(k.method(), normalized(k.methodPath()));
    if (k.prefix == QLatin1String("cors")) {
        if (!api->definition.document.contains(u"x-amazon-apigateway-cors"))
            return {};
        return tr("Remove the CORS configuration of API %1? API Gateway then answers no preflight and adds no "
                  "Access-Control-* headers; the integrations must do it.")
            .arg(api->id);
    }
    if (k.prefix == QLatin1String("route"))
        return tr("Delete route %1?").arg(k.rest);
    if (k.prefix == QLatin1String("stage")) {
        QStringList plans;
        for (const model::UsagePlan &plan : project.usagePlans) {
            for (const model::UsagePlanStage &s : plan.stages) {
                if (s.apiId == api->id && s.stage == k.rest)
                    plans.append(plan.name);
            }
        }
        if (plans.isEmpty())
            return tr("Delete stage %1? Its invoke URL stops answering.").arg(k.rest);
        return tr("Delete stage %1? Its invoke URL stops answering, and usage plan(s) %2 no longer cover it.")
            .arg(k.rest, joinedList(plans));
    }
    if (k.prefix == QLatin1String("authorizer")) {
        QStringList users;
        if (isWebSocket(*api)) {
            for (const auto &route : api->definition.document[u"routes"].members()) {
                if (route.second[u"authorizerId"].toString() == k.rest)
                    users.append(route.first);
            }
        } else {
            users = securityUsers(api->definition, k.rest);
        }
        if (users.isEmpty())
            return tr("Delete authorizer %1?").arg(k.rest);
        return tr("Delete authorizer %1? %2 no longer require it.").arg(k.rest, joinedList(users));
    }
    if (k.prefix == QLatin1String("model")) {
        model::ApiDefinition copy = api->definition;
        const int refs = renameSchemaRefs(copy, k.rest, {});
        if (refs == 0)
            return tr("Delete model %1?").arg(k.rest);
        return tr("Delete model %1? %2 to it will no longer resolve.")
            .arg(k.rest, counted(refs, tr("%1 reference"), tr("%1 references")));
    }
    if (k.prefix == QLatin1String("validator")) {
        int users = api->definition.document[kValidatorKey].toString() == k.rest ? 1 : 0;
        for (const model::PathItem &p : api->definition.paths) {
            for (const model::Operation &op : p.operations)
                users += op.body[kValidatorKey].toString() == k.rest ? 1 : 0;
        }
        if (users == 0)
            return tr("Delete request validator %1?").arg(k.rest);
        return tr("Delete request validator %1? %2 that choose it no longer validate.")
            .arg(k.rest, counted(users, tr("%1 place"), tr("%1 places")));
    }
    if (k.prefix == QLatin1String("gatewayresponse"))
        return tr("Delete gateway response %1? AWS's default response applies again.").arg(k.rest);
    if (k.prefix == QLatin1String("integration")) {
        QStringList users;
        for (const model::PathItem &p : api->definition.paths) {
            for (const model::Operation &op : p.operations) {
                if (op.integrationRef == k.rest)
                    users.append(routeKeyOf(p, op));
            }
        }
        if (users.isEmpty())
            return tr("Delete integration %1?").arg(k.rest);
        return tr("Delete integration %1? %2 keep a copy of it of their own.").arg(k.rest, joinedList(users));
    }
    return {};
}

} // namespace gw::ui
