// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonschema.h"

#define VALIJSON_USE_EXCEPTIONS 1
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QHostAddress>
#include <QUrl>

#include <cmath>

namespace gw {

namespace {

QString compact(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    default: {
        // A one-element array is the simplest way to have Qt print a scalar as JSON.
        const QByteArray json = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    }
    }
}

bool isInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && d == std::floor(d);
}

/// The draft-4 primitive type of an instance, as API Gateway's validator names it.
QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return isInteger(v) ? QStringLiteral("integer") : QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("null");
    }
}

QString escapePointerToken(QString token)
{
    return token.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
}

/// Resolves a JSON pointer fragment ("/definitions/a", percent-encoded as in a URI) inside `doc`.
std::optional<QJsonValue> resolvePointer(const QJsonValue &doc, const QString &fragment)
{
    QJsonValue at = doc;
    const QString decoded = QUrl::fromPercentEncoding(fragment.toUtf8());
    if (decoded.isEmpty())
        return at;
    if (!decoded.startsWith(QLatin1Char('/')))
        return std::nullopt;
    const QStringList tokens = decoded.mid(1).split(QLatin1Char('/'));
    for (QString token : tokens) {
        token.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
        if (at.isObject()) {
            const QJsonObject o = at.toObject();
            if (!o.contains(token))
                return std::nullopt;
            at = o.value(token);
        } else if (at.isArray()) {
            bool ok = false;
            const int i = token.toInt(&ok);
            if (!ok || i < 0 || i >= at.toArray().size())
                return std::nullopt;
            at = at.toArray().at(i);
        } else {
            return std::nullopt;
        }
    }
    return at;
}

/// The draft-4 formats API Gateway's validator checks; unknown formats pass.
bool matchesFormat(const QString &format, const QString &s)
{
    if (format == QLatin1String("date-time")) {
        static const QRegularExpression re(QStringLiteral(
            "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])[Tt]([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d+)?"
            "([Zz]|[+-]([01]\\d|2[0-3]):[0-5]\\d)$"));
        return re.match(s).hasMatch();
    }
    if (format == QLatin1String("email")) {
        static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
        return re.match(s).hasMatch();
    }
    if (format == QLatin1String("hostname")) {
        static const QRegularExpression re(QStringLiteral(
            "^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
        return re.match(s).hasMatch();
    }
    if (format == QLatin1String("ipv4")) {
        static const QRegularExpression re(QStringLiteral(
            "^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$"));
        return re.match(s).hasMatch();
    }
    if (format == QLatin1String("ipv6")) {
        QHostAddress a;
        return s.contains(QLatin1Char(':')) && a.setAddress(s) && a.protocol() == QAbstractSocket::IPv6Protocol;
    }
    if (format == QLatin1String("uri")) {
        const QUrl u(s, QUrl::StrictMode);
        return u.isValid() && !u.scheme().isEmpty() && !s.contains(QLatin1Char(' '));
    }
    return true;
}

/// Makes a schema self-contained for valijson, with draft-4 scoping: `id`s change the base URI (also
/// location-independent ones, "#foo"), a `$ref`'s siblings are ignored, remote documents come from the fetch
/// function. Every `$ref` becomes "#/x-gatehouse-refs/N", a copy of its target with its own references rewritten the
/// same way, so valijson only ever follows simple local pointers.
class Bundler
{
public:
    /// `strip`: leave out the keywords valijson gets wrong (for valijson's copy; the explainer's keeps them).
    Bundler(const JsonSchema::FetchRemote &fetch, bool strip) : m_fetch(fetch), m_strip(strip) {}

    std::optional<QJsonValue> bundle(const QJsonValue &root, QString *error)
    {
        const QString base = QStringLiteral("http://gatehouse.invalid/model.json");
        m_docs.insert(base, root);
        index(root, base, base, QString());
        QJsonValue out = rewrite(root, base, error);
        while (error->isEmpty() && m_done < m_slots.size()) {
            const Slot slot = m_slots.at(m_done);
            m_rewritten.append(rewrite(slot.node, slot.base, error));
            ++m_done;
        }
        if (!error->isEmpty())
            return std::nullopt;
        if (!m_rewritten.isEmpty() && out.isObject()) {
            QJsonObject o = out.toObject();
            QJsonObject refs;
            for (qsizetype i = 0; i < m_rewritten.size(); ++i)
                refs.insert(QString::number(i), m_rewritten.at(i));
            o.insert(QStringLiteral("x-gatehouse-refs"), refs);
            out = o;
        }
        return out;
    }

    bool usedCustomKeywords() const { return m_custom; }

private:
    struct Slot
    {
        QJsonValue node;
        QString base;
    };

    static QString resolveUri(const QString &base, const QString &ref)
    {
        return QUrl(base).resolved(QUrl(ref)).toString();
    }

    /// Records every id (and where each document's nodes are) so references can find them.
    void index(const QJsonValue &node, const QString &doc, QString base, const QString &pointer)
    {
        if (node.isArray()) {
            const QJsonArray a = node.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                index(a.at(i), doc, base, pointer + QLatin1Char('/') + QString::number(i));
            return;
        }
        if (!node.isObject())
            return;
        const QJsonObject o = node.toObject();
        m_bases.insert(doc + QLatin1Char('#') + pointer, base); // before the node's own id, as rewrite() expects
        if (o.value(QLatin1String("id")).isString() && !o.contains(QLatin1String("$ref"))) {
            base = resolveUri(base, o.value(QLatin1String("id")).toString());
            QString key = base;
            if (key.endsWith(QLatin1Char('#')))
                key.chop(1);
            if (!m_ids.contains(key))
                m_ids.insert(key, {doc, pointer});
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("enum"))
                continue; // values, not schemas
            index(it.value(), doc, base, pointer + QLatin1Char('/') + escapePointerToken(it.key()));
        }
    }

    QJsonValue rewrite(const QJsonValue &node, QString base, QString *error)
    {
        if (node.isArray()) {
            QJsonArray a;
            for (const QJsonValue &v : node.toArray())
                a.append(rewrite(v, base, error));
            return a;
        }
        if (!node.isObject())
            return node;
        QJsonObject o = node.toObject();
        if (o.value(QLatin1String("$ref")).isString()) {
            const QString slot = slotFor(resolveUri(base, o.value(QLatin1String("$ref")).toString()), error);
            QJsonObject ref;
            ref.insert(QStringLiteral("$ref"), QString(QStringLiteral("#/x-gatehouse-refs/") + slot));
            return ref;
        }
        if (o.value(QLatin1String("id")).isString())
            base = resolveUri(base, o.value(QLatin1String("id")).toString());
        // valijson 1.0 gets these two wrong (format on non-strings, multipleOf with small divisors); the explainer
        // checks them instead.
        if (o.contains(QLatin1String("format")) || o.contains(QLatin1String("multipleOf")))
            m_custom = true;
        if (m_strip) {
            o.remove(QLatin1String("format"));
            o.remove(QLatin1String("multipleOf"));
        }
        o.remove(QLatin1String("id"));
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != QLatin1String("enum"))
                it.value() = rewrite(it.value(), base, error);
        }
        return o;
    }

    /// The slot holding the target of absolute reference `uri`, fetching its document when needed.
    QString slotFor(const QString &uri, QString *error)
    {
        if (const auto it = m_slotOf.constFind(uri); it != m_slotOf.cend())
            return *it;
        const qsizetype hash = uri.indexOf(QLatin1Char('#'));
        const QString docPart = hash < 0 ? uri : uri.left(hash);
        const QString fragment = hash < 0 ? QString() : uri.mid(hash + 1);
        QString doc;
        QString pointer;
        if (m_ids.contains(uri)) { // a location-independent identifier
            std::tie(doc, pointer) = m_ids.value(uri);
        } else if (m_ids.contains(docPart)) {
            std::tie(doc, pointer) = m_ids.value(docPart);
        } else if (m_docs.contains(docPart)) {
            doc = docPart;
        } else if (m_fetch) {
            const std::optional<QJsonValue> fetched = m_fetch(docPart);
            if (!fetched) {
                if (error->isEmpty())
                    *error = QStringLiteral("the reference %1 names a document that is not available").arg(uri);
                return QStringLiteral("0");
            }
            m_docs.insert(docPart, *fetched);
            index(*fetched, docPart, docPart, QString());
            doc = docPart;
        } else {
            if (error->isEmpty())
                *error = QStringLiteral("the reference %1 is not in this model (only local references are followed)").arg(uri);
            return QStringLiteral("0");
        }
        if (!m_ids.contains(uri) && !fragment.isEmpty()) {
            // A JSON pointer relative to the node the document part names.
            const QString decoded = QUrl::fromPercentEncoding(fragment.toUtf8());
            if (!decoded.startsWith(QLatin1Char('/'))) {
                if (error->isEmpty())
                    *error = QStringLiteral("the reference %1 names no schema").arg(uri);
                return QStringLiteral("0");
            }
            QStringList tokens = decoded.mid(1).split(QLatin1Char('/'));
            for (const QString &t : std::as_const(tokens))
                pointer += QLatin1Char('/') + t; // already escaped (~0, ~1) as the pointer was written
        }
        const std::optional<QJsonValue> target = resolvePointer(m_docs.value(doc), QString::fromLatin1(QUrl::toPercentEncoding(pointer, "/~")));
        if (!target) {
            if (error->isEmpty())
                *error = QStringLiteral("the reference %1 names no schema").arg(uri);
            return QStringLiteral("0");
        }
        const QString slot = QString::number(m_slots.size());
        m_slotOf.insert(uri, slot);
        QString base = m_bases.value(doc + QLatin1Char('#') + pointer, doc);
        m_slots.append({*target, base});
        return slot;
    }

    const JsonSchema::FetchRemote &m_fetch;
    QHash<QString, QJsonValue> m_docs;                 ///< by URI
    QHash<QString, std::pair<QString, QString>> m_ids; ///< absolute id → (document, pointer)
    QHash<QString, QString> m_bases;                   ///< "document#pointer" → base URI of the node's parent
    QHash<QString, QString> m_slotOf;                  ///< absolute reference → slot
    QList<Slot> m_slots;
    QList<QJsonValue> m_rewritten;
    qsizetype m_done = 0;
    bool m_strip = false;
    bool m_custom = false;
};

/// Walks a schema and an instance with draft-4 semantics and describes each failed keyword in API Gateway's
/// wording. It explains; valijson decides. `$ref`s resolve against the current document: "#..." fragments, and
/// absolute URIs through the fetch function; anything else is not followed (valijson's description is used then).
class Explainer
{
public:

    void check(const QJsonValue &schemaValue, const QJsonValue &inst, const QString &ptr, const QJsonValue &doc,
               std::vector<SchemaViolation> &out, int depth = 0)
    {
        if (!schemaValue.isObject() || depth > 64)
            return;
        const QJsonObject s = schemaValue.toObject();
        if (s.contains(QLatin1String("$ref"))) {
            QJsonValue targetDoc = doc;
            if (const auto target = resolveRef(s.value(QLatin1String("$ref")).toString(), doc, &targetDoc))
                check(*target, inst, ptr, targetDoc, out, depth + 1);
            return; // draft 4: the other members of a $ref object are ignored
        }
        auto add = [&](const char *keyword, const QString &message) {
            out.push_back({ptr, QString::fromLatin1(keyword), message});
        };

        if (s.contains(QLatin1String("type"))) {
            const QJsonValue t = s.value(QLatin1String("type"));
            QStringList allowed;
            if (t.isArray()) {
                for (const QJsonValue &x : t.toArray())
                    allowed.append(x.toString());
            } else {
                allowed.append(t.toString());
            }
            const QString actual = typeName(inst);
            const bool ok = allowed.contains(actual)
                || (actual == QLatin1String("integer") && allowed.contains(QLatin1String("number")));
            if (!ok) {
                QJsonArray list;
                QStringList sorted = allowed;
                sorted.sort();
                for (const QString &a : std::as_const(sorted))
                    list.append(a);
                add("type", QStringLiteral("instance type (%1) does not match any allowed primitive type (allowed: %2)")
                                .arg(actual, compact(list)));
                return; // the other keywords would only repeat the type mismatch
            }
        }
        if (s.contains(QLatin1String("enum"))) {
            const QJsonArray values = s.value(QLatin1String("enum")).toArray();
            bool found = false;
            for (const QJsonValue &v : values)
                found = found || equal(v, inst);
            if (!found)
                add("enum", QStringLiteral("instance value (%1) not found in enum (possible values: %2)")
                                .arg(compact(inst), compact(values)));
        }
        if (inst.isDouble())
            checkNumber(s, inst.toDouble(), add);
        if (inst.isString())
            checkString(s, inst.toString(), add);
        if (inst.isArray())
            checkArray(s, inst.toArray(), ptr, doc, out, depth, add);
        if (inst.isObject())
            checkObject(s, inst.toObject(), ptr, doc, out, depth, add);

        if (s.contains(QLatin1String("allOf"))) {
            const QJsonArray all = s.value(QLatin1String("allOf")).toArray();
            int matched = 0;
            std::vector<SchemaViolation> inner;
            for (const QJsonValue &sub : all) {
                const size_t before = inner.size();
                check(sub, inst, ptr, doc, inner, depth + 1);
                matched += inner.size() == before ? 1 : 0;
            }
            if (matched < all.size())
                add("allOf", QStringLiteral("instance failed to match all required schemas (matched only %1 out of %2)")
                                 .arg(matched)
                                 .arg(all.size()));
        }
        if (s.contains(QLatin1String("anyOf"))) {
            const QJsonArray any = s.value(QLatin1String("anyOf")).toArray();
            int matched = 0;
            for (const QJsonValue &sub : any)
                matched += matches(sub, inst, doc, depth) ? 1 : 0;
            if (matched == 0)
                add("anyOf", QStringLiteral("instance failed to match at least one required schema among %1").arg(any.size()));
        }
        if (s.contains(QLatin1String("oneOf"))) {
            const QJsonArray one = s.value(QLatin1String("oneOf")).toArray();
            int matched = 0;
            for (const QJsonValue &sub : one)
                matched += matches(sub, inst, doc, depth) ? 1 : 0;
            if (matched != 1)
                add("oneOf", QStringLiteral("instance failed to match exactly one schema (matched %1 out of %2)")
                                 .arg(matched)
                                 .arg(one.size()));
        }
        if (s.contains(QLatin1String("not")) && matches(s.value(QLatin1String("not")), inst, doc, depth))
            add("not", QStringLiteral("instance matched a schema which it should not have"));
    }

private:
    template<typename Add>
    void checkNumber(const QJsonObject &s, double n, const Add &add)
    {
        const QString found = compact(QJsonValue(n));
        if (s.contains(QLatin1String("maximum"))) {
            const double max = s.value(QLatin1String("maximum")).toDouble();
            const QString m = compact(s.value(QLatin1String("maximum")));
            if (s.value(QLatin1String("exclusiveMaximum")).toBool() && n >= max)
                add("maximum", QStringLiteral("numeric instance is not strictly lower than the required maximum %1").arg(m));
            else if (n > max)
                add("maximum", QStringLiteral("numeric instance is greater than the required maximum (maximum: %1, found: %2)")
                                   .arg(m, found));
        }
        if (s.contains(QLatin1String("minimum"))) {
            const double min = s.value(QLatin1String("minimum")).toDouble();
            const QString m = compact(s.value(QLatin1String("minimum")));
            if (s.value(QLatin1String("exclusiveMinimum")).toBool() && n <= min)
                add("minimum", QStringLiteral("numeric instance is not strictly greater than the required minimum %1").arg(m));
            else if (n < min)
                add("minimum", QStringLiteral("numeric instance is lower than the required minimum (minimum: %1, found: %2)")
                                   .arg(m, found));
        }
        if (s.contains(QLatin1String("multipleOf"))) {
            const double d = s.value(QLatin1String("multipleOf")).toDouble();
            if (d > 0) {
                const double q = n / d;
                if (!std::isfinite(q) || std::fabs(q - std::round(q)) > 1e-9 * std::max(1.0, std::fabs(q)))
                    add("multipleOf", QStringLiteral("remainder of division is not zero (%1 / %2)")
                                          .arg(found, compact(s.value(QLatin1String("multipleOf")))));
            }
        }
    }

    template<typename Add>
    void checkString(const QJsonObject &s, const QString &str, const Add &add)
    {
        const qsizetype length = str.toUcs4().size();
        const QString quoted = compact(QJsonValue(str));
        if (s.contains(QLatin1String("maxLength")) && length > s.value(QLatin1String("maxLength")).toInteger())
            add("maxLength", QStringLiteral("string %1 is too long (length: %2, maximum allowed: %3)")
                                 .arg(quoted)
                                 .arg(length)
                                 .arg(s.value(QLatin1String("maxLength")).toInteger()));
        if (s.contains(QLatin1String("minLength")) && length < s.value(QLatin1String("minLength")).toInteger())
            add("minLength", QStringLiteral("string %1 is too short (length: %2, required minimum: %3)")
                                 .arg(quoted)
                                 .arg(length)
                                 .arg(s.value(QLatin1String("minLength")).toInteger()));
        if (s.contains(QLatin1String("format"))) {
            const QString format = s.value(QLatin1String("format")).toString();
            if (!matchesFormat(format, str))
                add("format", QStringLiteral("string %1 is invalid against requested %2 format")
                                  .arg(quoted, format == QLatin1String("date-time") ? QStringLiteral("date-time")
                                                                                   : format));
        }
        if (s.contains(QLatin1String("pattern"))) {
            const QString pattern = s.value(QLatin1String("pattern")).toString();
            const QRegularExpression re(pattern);
            if (re.isValid() && !re.match(str).hasMatch())
                add("pattern", QStringLiteral("ECMA 262 regex %1 does not match input string %2")
                                   .arg(compact(QJsonValue(pattern)), quoted));
        }
    }

    template<typename Add>
    void checkArray(const QJsonObject &s, const QJsonArray &a, const QString &ptr, const QJsonValue &doc,
                    std::vector<SchemaViolation> &out, int depth, const Add &add)
    {
        if (s.contains(QLatin1String("maxItems")) && a.size() > s.value(QLatin1String("maxItems")).toInteger())
            add("maxItems", QStringLiteral("array is too long: must have at most %1 elements but instance has %2 elements")
                                .arg(s.value(QLatin1String("maxItems")).toInteger())
                                .arg(a.size()));
        if (s.contains(QLatin1String("minItems")) && a.size() < s.value(QLatin1String("minItems")).toInteger())
            add("minItems", QStringLiteral("array is too short: must have at least %1 elements but instance has %2 elements")
                                .arg(s.value(QLatin1String("minItems")).toInteger())
                                .arg(a.size()));
        if (s.value(QLatin1String("uniqueItems")).toBool()) {
            bool duplicate = false;
            for (qsizetype i = 0; i < a.size() && !duplicate; ++i) {
                for (qsizetype j = i + 1; j < a.size() && !duplicate; ++j)
                    duplicate = equal(a.at(i), a.at(j));
            }
            if (duplicate)
                add("uniqueItems", QStringLiteral("array must not contain duplicate elements"));
        }
        const QJsonValue items = s.value(QLatin1String("items"));
        if (items.isObject()) {
            for (qsizetype i = 0; i < a.size(); ++i)
                check(items, a.at(i), ptr + QLatin1Char('/') + QString::number(i), doc, out, depth + 1);
        } else if (items.isArray()) {
            const QJsonArray tuple = items.toArray();
            for (qsizetype i = 0; i < a.size() && i < tuple.size(); ++i)
                check(tuple.at(i), a.at(i), ptr + QLatin1Char('/') + QString::number(i), doc, out, depth + 1);
            const QJsonValue additional = s.value(QLatin1String("additionalItems"));
            if (additional.isBool() && !additional.toBool() && a.size() > tuple.size())
                add("additionalItems", QStringLiteral("array instance has more elements than allowed by the schema "
                                                      "(max: %1, found: %2)")
                                           .arg(tuple.size())
                                           .arg(a.size()));
            else if (additional.isObject()) {
                for (qsizetype i = tuple.size(); i < a.size(); ++i)
                    check(additional, a.at(i), ptr + QLatin1Char('/') + QString::number(i), doc, out, depth + 1);
            }
        }
    }

    template<typename Add>
    void checkObject(const QJsonObject &s, const QJsonObject &o, const QString &ptr, const QJsonValue &doc,
                     std::vector<SchemaViolation> &out, int depth, const Add &add)
    {
        if (s.contains(QLatin1String("required"))) {
            QStringList missing;
            for (const QJsonValue &r : s.value(QLatin1String("required")).toArray()) {
                if (!o.contains(r.toString()))
                    missing.append(r.toString());
            }
            if (!missing.isEmpty()) {
                missing.sort();
                add("required", QStringLiteral("object has missing required properties (%1)")
                                    .arg(compact(QJsonArray::fromStringList(missing))));
            }
        }
        if (s.contains(QLatin1String("maxProperties")) && o.size() > s.value(QLatin1String("maxProperties")).toInteger())
            add("maxProperties", QStringLiteral("object has too many properties (found %1 but schema requires at most %2)")
                                     .arg(o.size())
                                     .arg(s.value(QLatin1String("maxProperties")).toInteger()));
        if (s.contains(QLatin1String("minProperties")) && o.size() < s.value(QLatin1String("minProperties")).toInteger())
            add("minProperties", QStringLiteral("object has too few properties (found %1 but schema requires at least %2)")
                                     .arg(o.size())
                                     .arg(s.value(QLatin1String("minProperties")).toInteger()));
        const QJsonObject properties = s.value(QLatin1String("properties")).toObject();
        const QJsonObject patterns = s.value(QLatin1String("patternProperties")).toObject();
        const QJsonValue additional = s.value(QLatin1String("additionalProperties"));
        QStringList notAllowed;
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString child = ptr + QLatin1Char('/') + escapePointerToken(it.key());
            bool covered = false;
            if (properties.contains(it.key())) {
                covered = true;
                check(properties.value(it.key()), it.value(), child, doc, out, depth + 1);
            }
            for (auto p = patterns.begin(); p != patterns.end(); ++p) {
                if (QRegularExpression(p.key()).match(it.key()).hasMatch()) {
                    covered = true;
                    check(p.value(), it.value(), child, doc, out, depth + 1);
                }
            }
            if (covered)
                continue;
            if (additional.isBool() && !additional.toBool())
                notAllowed.append(it.key());
            else if (additional.isObject())
                check(additional, it.value(), child, doc, out, depth + 1);
        }
        if (!notAllowed.isEmpty()) {
            notAllowed.sort();
            add("additionalProperties", QStringLiteral("object instance has properties which are not allowed by the schema: %1")
                                            .arg(compact(QJsonArray::fromStringList(notAllowed))));
        }
        const QJsonObject dependencies = s.value(QLatin1String("dependencies")).toObject();
        for (auto d = dependencies.begin(); d != dependencies.end(); ++d) {
            if (!o.contains(d.key()))
                continue;
            if (d.value().isArray()) {
                QStringList missing;
                for (const QJsonValue &name : d.value().toArray()) {
                    if (!o.contains(name.toString()))
                        missing.append(name.toString());
                }
                if (!missing.isEmpty())
                    add("dependencies", QStringLiteral("property \"%1\" of object has missing property dependencies "
                                                       "(schema requires %2; missing: %3)")
                                            .arg(d.key(), compact(d.value()), compact(QJsonArray::fromStringList(missing))));
            } else {
                check(d.value(), QJsonValue(o), ptr, doc, out, depth + 1);
            }
        }
    }

    bool matches(const QJsonValue &schema, const QJsonValue &inst, const QJsonValue &doc, int depth)
    {
        std::vector<SchemaViolation> inner;
        check(schema, inst, QString(), doc, inner, depth + 1);
        return inner.empty();
    }

    static bool equal(const QJsonValue &a, const QJsonValue &b)
    {
        if (a.isDouble() && b.isDouble())
            return a.toDouble() == b.toDouble();
        return a == b;
    }

    std::optional<QJsonValue> resolveRef(const QString &ref, const QJsonValue &doc, QJsonValue *targetDoc)
    {
        const qsizetype hash = ref.indexOf(QLatin1Char('#'));
        const QString uri = hash < 0 ? ref : ref.left(hash);
        const QString fragment = hash < 0 ? QString() : ref.mid(hash + 1);
        if (!uri.isEmpty())
            return std::nullopt; // bundling made every reference local
        *targetDoc = doc;
        return resolvePointer(doc, fragment);
    }
};

/// valijson's Qt adapter reads numbers through QJsonValue::toInt(): integers outside 32 bits are neither integers nor
/// compared correctly there. Instances holding such numbers are decided by the explainer.
bool hasWideIntegers(const QJsonValue &v)
{
    if (v.isDouble())
        return isInteger(v) && std::fabs(v.toDouble()) > 2147483647.0;
    if (v.isArray()) {
        for (const QJsonValue &x : v.toArray()) {
            if (hasWideIntegers(x))
                return true;
        }
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (hasWideIntegers(it.value()))
                return true;
        }
    }
    return false;
}

/// valijson's context ("<root>", "[pets]", "[0]") as a JSON pointer.
QString pointerOf(const std::vector<std::string> &context)
{
    QString pointer;
    for (const std::string &part : context) {
        QString p = QString::fromStdString(part);
        if (p == QLatin1String("<root>"))
            continue;
        if (p.startsWith(QLatin1Char('[')) && p.endsWith(QLatin1Char(']')))
            p = p.mid(1, p.size() - 2);
        pointer += QLatin1Char('/') + escapePointerToken(p);
    }
    return pointer;
}

} // namespace

JsonSchema::JsonSchema() = default;
JsonSchema::~JsonSchema() = default;

std::shared_ptr<const JsonSchema> JsonSchema::compile(const QJsonValue &schema, QString *error, const FetchRemote &fetch)
{
    if (!schema.isObject()) {
        *error = QStringLiteral("a model's schema must be a JSON object");
        return nullptr;
    }
    std::shared_ptr<JsonSchema> s(new JsonSchema());
    Bundler forValijson(fetch, true);
    const std::optional<QJsonValue> stripped = forValijson.bundle(schema, error);
    if (!stripped)
        return nullptr;
    Bundler forExplainer(fetch, false);
    const std::optional<QJsonValue> whole = forExplainer.bundle(schema, error);
    if (!whole)
        return nullptr;
    s->m_root = *whole;
    s->m_custom = forValijson.usedCustomKeywords();
    s->m_schema = std::make_unique<valijson::Schema>();
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft4);
    const valijson::adapters::QtJsonAdapter adapter(*stripped);
    try {
        parser.populateSchema(adapter, *s->m_schema);
    } catch (const std::exception &e) {
        *error = QString::fromUtf8(e.what());
        return nullptr;
    }
    return s;
}

bool JsonSchema::isValid(const QJsonValue &instance) const
{
    valijson::Validator validator(valijson::Validator::kStrongTypes);
    const valijson::adapters::QtJsonAdapter target(instance);
    const bool explainerDecides = m_custom || hasWideIntegers(instance);
    try {
        if (!validator.validate(*m_schema, target, nullptr) && !hasWideIntegers(instance))
            return false;
    } catch (const std::exception &) {
        return false;
    }
    if (!explainerDecides)
        return true;
    std::vector<SchemaViolation> out;
    Explainer().check(m_root, instance, QString(), m_root, out);
    return out.empty();
}

std::vector<SchemaViolation> JsonSchema::violations(const QJsonValue &instance) const
{
    valijson::Validator validator(valijson::Validator::kStrongTypes);
    const valijson::adapters::QtJsonAdapter target(instance);
    valijson::ValidationResults results;
    bool valid = false;
    try {
        valid = validator.validate(*m_schema, target, &results);
    } catch (const std::exception &e) {
        return {{QString(), QStringLiteral("schema"), QString::fromUtf8(e.what())}};
    }
    std::vector<SchemaViolation> out;
    const bool explainerDecides = m_custom || hasWideIntegers(instance);
    if (valid && !explainerDecides)
        return out;
    Explainer().check(m_root, instance, QString(), m_root, out);
    if (!out.empty() || valid || hasWideIntegers(instance))
        return out;
    // The explainer could not say why (a reference it does not follow): valijson's own words, most specific first.
    valijson::ValidationResults::Error e;
    if (results.popError(e))
        out.push_back({pointerOf(e.context), QString(), QString::fromStdString(e.description)});
    return out;
}

QString JsonSchema::errorString(const std::vector<SchemaViolation> &violations)
{
    QStringList messages;
    for (const SchemaViolation &v : violations)
        messages.append(v.message);
    return QLatin1Char('[') + messages.join(QLatin1String(", ")) + QLatin1Char(']');
}

} // namespace gw
