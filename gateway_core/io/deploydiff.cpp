// SPDX-License-Identifier: GPL-3.0-or-later
#include "deploydiff.h"

#include "openapi.h"

#include <QHash>

#include <algorithm>

namespace gw::io {

namespace {

using Kind = DefinitionChange::Kind;
using Subject = DefinitionChange::Subject;

const QLatin1String extensionPrefix("x-amazon-apigateway-");

/// The HTTP method an OpenAPI path item member stands for ("get" -> "GET"); empty for path-level members.
QString methodOfKey(const QString &key)
{
    static const char *const verbs[] = {"get", "put", "post", "delete", "options", "head", "patch", "trace"};
    if (key == QLatin1String("x-amazon-apigateway-any-method"))
        return QStringLiteral("ANY");
    for (const char *verb : verbs) {
        if (key == QLatin1String(verb))
            return key.toUpper();
    }
    return {};
}

/// Members by name, for lookups in documents of a thousand paths.
QHash<QString, const doc::Node *> indexOf(const doc::Node &mapping)
{
    QHash<QString, const doc::Node *> index;
    index.reserve(qsizetype(mapping.members().size()));
    for (const auto &member : mapping.members())
        index.insert(member.first, &member.second);
    return index;
}

/// The member names of `a` and `b`: `b`'s order first (the working copy), then those only `a` has.
QStringList unionKeys(const doc::Node &a, const doc::Node &b)
{
    QStringList keys;
    keys.reserve(qsizetype(b.members().size()));
    for (const auto &member : b.members())
        keys.append(member.first);
    for (const auto &member : a.members()) {
        if (!b.contains(member.first))
            keys.append(member.first);
    }
    return keys;
}

/// Members whose own members are listed, each with a prefix ("integration " + "uri"; "" for an authorizer's own).
using Expansions = QList<QPair<QLatin1String, QLatin1String>>;

/// The members that differ between two mappings, in plain words; members named in `expand` that are mappings on both
/// sides list their own differing members as "<prefix><sub-member>".
QStringList changedFields(const doc::Node &before, const doc::Node &after, const Expansions &expand = {})
{
    QStringList fields;
    if (!before.isMapping() || !after.isMapping())
        return fields;
    for (const QString &key : unionKeys(before, after)) {
        const doc::Node &a = before[key];
        const doc::Node &b = after[key];
        if (a == b)
            continue;
        const QString name = plainFieldName(key);
        const auto expansion = std::find_if(expand.cbegin(), expand.cend(),
                                            [&key](const auto &e) { return key == e.first; });
        const bool expanded = expansion != expand.cend();
        if (expanded && a.isMapping() && b.isMapping() && !a.contains(u"$ref") && !b.contains(u"$ref")) {
            for (const QString &sub : changedFields(a, b))
                fields.append(expansion->second + sub);
        } else if (a.isNull() && expanded) {
            fields.append(name + QStringLiteral(" added"));
        } else if (b.isNull() && expanded) {
            fields.append(name + QStringLiteral(" removed"));
        } else {
            fields.append(name);
        }
    }
    return fields;
}

class Differ
{
public:
    Differ(model::Protocol protocol, QList<DefinitionChange> &out) : m_protocol(protocol), m_out(out) {}

    void diff(const doc::Node &before, const doc::Node &after)
    {
        diffPaths(before[u"paths"], after[u"paths"]);
        const doc::Node &ca = before[u"components"];
        const doc::Node &cb = after[u"components"];
        diffSchemes(ca[u"securitySchemes"], cb[u"securitySchemes"]);
        diffNamed(Subject::Authorizer, before[u"authorizers"], after[u"authorizers"]); // WebSocket APIs
        diffNamed(Subject::Model, ca[u"schemas"], cb[u"schemas"], false);
        diffNamed(Subject::Validator, before[u"x-amazon-apigateway-request-validators"],
                  after[u"x-amazon-apigateway-request-validators"]);
        diffNamed(Subject::GatewayResponse, before[u"x-amazon-apigateway-gateway-responses"],
                  after[u"x-amazon-apigateway-gateway-responses"]);
        diffNamed(Subject::Integration, ca[u"x-amazon-apigateway-integrations"], cb[u"x-amazon-apigateway-integrations"]);
        diffNamed(Subject::Route, before[u"routes"], after[u"routes"]); // WebSocket APIs
        static const QStringList handledComponents
            = {QStringLiteral("securitySchemes"), QStringLiteral("schemas"), QStringLiteral("x-amazon-apigateway-integrations")};
        for (const QString &key : unionKeys(ca, cb)) {
            if (!handledComponents.contains(key))
                setting(QStringLiteral("components.%1").arg(key), ca[key], cb[key]);
        }
        static const QStringList handled
            = {QStringLiteral("paths"), QStringLiteral("components"), QStringLiteral("authorizers"),
               QStringLiteral("routes"), QStringLiteral("x-amazon-apigateway-request-validators"),
               QStringLiteral("x-amazon-apigateway-gateway-responses"),
               // The document's format version, not a setting of the API.
               QStringLiteral("openapi"), QStringLiteral("swagger")};
        for (const QString &key : unionKeys(before, after)) {
            if (!handled.contains(key))
                setting(settingName(key), before[key], after[key]);
        }
    }

private:
    void add(Kind kind, Subject subject, const QString &name, const QStringList &fields = {})
    {
        m_out.append({kind, subject, name, fields});
    }

    static QString settingName(const QString &key)
    {
        if (key == QLatin1String("info"))
            return QStringLiteral("API info");
        if (key == QLatin1String("security"))
            return QStringLiteral("default authorization");
        if (key == QLatin1String("x-amazon-apigateway-cors"))
            return QStringLiteral("CORS configuration");
        if (key == QLatin1String("x-amazon-apigateway-policy"))
            return QStringLiteral("resource policy");
        if (key == QLatin1String("x-amazon-apigateway-request-validator"))
            return QStringLiteral("default request validator");
        return plainFieldName(key);
    }

    void setting(const QString &name, const doc::Node &a, const doc::Node &b)
    {
        if (a == b)
            return;
        if (a.isNull())
            add(Kind::Added, Subject::Setting, name);
        else if (b.isNull())
            add(Kind::Removed, Subject::Setting, name);
        else
            add(Kind::Changed, Subject::Setting, name, changedFields(a, b));
    }

    QString operationName(const QString &method, const QString &path) const
    {
        if (m_protocol != model::Protocol::Rest && (path == QLatin1String("$default") || path == QLatin1String("/$default")))
            return QStringLiteral("$default");
        return method + QLatin1Char(' ') + path;
    }

    void diffPaths(const doc::Node &before, const doc::Node &after)
    {
        const QHash<QString, const doc::Node *> beforeIndex = indexOf(before);
        const QHash<QString, const doc::Node *> afterIndex = indexOf(after);
        static const doc::Node none;
        for (const auto &[path, item] : after.members()) {
            const doc::Node *old = beforeIndex.value(path);
            if (old && *old == item)
                continue;
            diffPathItem(path, old ? *old : none, item);
        }
        for (const auto &[path, item] : before.members()) {
            if (!afterIndex.contains(path))
                diffPathItem(path, item, none);
        }
    }

    void diffPathItem(const QString &path, const doc::Node &before, const doc::Node &after)
    {
        QStringList pathFields;
        for (const QString &key : unionKeys(before, after)) {
            const doc::Node &a = before[key];
            const doc::Node &b = after[key];
            if (a == b)
                continue;
            const QString method = methodOfKey(key);
            if (method.isEmpty()) {
                pathFields.append(plainFieldName(key));
                continue;
            }
            const QString name = operationName(method, path);
            if (a.isNull())
                add(Kind::Added, Subject::Operation, name);
            else if (b.isNull())
                add(Kind::Removed, Subject::Operation, name);
            else
                add(Kind::Changed, Subject::Operation, name,
                    changedFields(a, b, {{QLatin1String("x-amazon-apigateway-integration"), QLatin1String("integration ")}}));
        }
        // Path-level members matter only while the path stays (a new or removed path says so through its operations).
        if (!pathFields.isEmpty() && !before.isNull() && !after.isNull())
            add(Kind::Changed, Subject::Path, path, pathFields);
    }

    void diffSchemes(const doc::Node &before, const doc::Node &after)
    {
        for (const QString &name : unionKeys(before, after)) {
            const doc::Node &a = before[name];
            const doc::Node &b = after[name];
            if (a == b)
                continue;
            const Subject subject = a.contains(u"x-amazon-apigateway-authorizer") || b.contains(u"x-amazon-apigateway-authorizer")
                ? Subject::Authorizer
                : Subject::SecurityScheme;
            if (a.isNull())
                add(Kind::Added, subject, name);
            else if (b.isNull())
                add(Kind::Removed, subject, name);
            else
                add(Kind::Changed, subject, name,
                    changedFields(a, b, {{QLatin1String("x-amazon-apigateway-authorizer"), QLatin1String("")}}));
        }
    }

    void diffNamed(Subject subject, const doc::Node &before, const doc::Node &after, bool withFields = true)
    {
        if (before == after)
            return;
        for (const QString &name : unionKeys(before, after)) {
            const doc::Node &a = before[name];
            const doc::Node &b = after[name];
            if (a == b)
                continue;
            if (a.isNull())
                add(Kind::Added, subject, name);
            else if (b.isNull())
                add(Kind::Removed, subject, name);
            else
                add(Kind::Changed, subject, name,
                    withFields ? changedFields(a, b, {{QLatin1String("integration"), QLatin1String("integration ")}})
                               : QStringList());
        }
    }

    model::Protocol m_protocol;
    QList<DefinitionChange> &m_out;
};

} // namespace

QString plainFieldName(const QString &key)
{
    if (key == QLatin1String("x-amazon-apigateway-integration"))
        return QStringLiteral("integration");
    if (key == QLatin1String("security") || key == QLatin1String("x-amazon-apigateway-auth"))
        return QStringLiteral("authorization");
    if (key == QLatin1String("x-amazon-apigateway-authorizer"))
        return QStringLiteral("authorizer");
    QString text = key.startsWith(extensionPrefix) ? key.mid(extensionPrefix.size()) : key;
    QString out;
    out.reserve(text.size() + 4);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('-') || c == QLatin1Char('_')) {
            out.append(QLatin1Char(' '));
        } else if (c.isUpper() && i > 0 && text.at(i - 1).isLower()) {
            out.append(QLatin1Char(' '));
            out.append(c.toLower());
        } else if (c.isUpper() && i + 1 < text.size() && text.at(i + 1).isLower() && i > 0) {
            out.append(QLatin1Char(' '));
            out.append(c.toLower());
        } else {
            out.append(i > 0 && text.at(i - 1).isUpper() && c.isUpper() ? c : c.toLower());
        }
    }
    return out;
}

QString DefinitionChange::subjectText() const
{
    switch (subject) {
    case Subject::Operation:
        return name;
    case Subject::Path:
        return QStringLiteral("path %1").arg(name);
    case Subject::Authorizer:
        return QStringLiteral("authorizer %1").arg(name);
    case Subject::SecurityScheme:
        return QStringLiteral("security scheme %1").arg(name);
    case Subject::Model:
        return QStringLiteral("model %1").arg(name);
    case Subject::Validator:
        return QStringLiteral("request validator %1").arg(name);
    case Subject::GatewayResponse:
        return QStringLiteral("gateway response %1").arg(name);
    case Subject::Integration:
        return QStringLiteral("integration %1").arg(name);
    case Subject::Route:
        return QStringLiteral("route %1").arg(name);
    case Subject::Setting:
        return name;
    }
    return name;
}

QString DefinitionChange::format() const
{
    const QString verb = kind == Kind::Added ? QStringLiteral("Added") : kind == Kind::Removed ? QStringLiteral("Removed")
                                                                                                : QStringLiteral("Changed");
    QString out = verb + QLatin1Char(' ') + subjectText();
    if (!fields.isEmpty())
        out += QStringLiteral(": ") + fields.join(QStringLiteral(", "));
    return out;
}

QList<DefinitionChange> diffDefinitions(const model::ApiDefinition &deployed, const model::ApiDefinition &working,
                                        model::Protocol protocol)
{
    QList<DefinitionChange> out;
    if (deployed == working)
        return out;
    Differ(protocol, out).diff(writeOpenApi(deployed), writeOpenApi(working));
    return out;
}

} // namespace gw::io
