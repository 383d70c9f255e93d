// SPDX-License-Identifier: GPL-3.0-or-later
#include "value.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace gw::vtl {

namespace {
thread_local ContainerTracker *t_tracker = nullptr;
}

ContainerTracker::ContainerTracker() : m_outer(t_tracker)
{
    t_tracker = this;
}

ContainerTracker::~ContainerTracker()
{
    t_tracker = m_outer;
    // Emptying breaks every cycle (any cycle runs through a container); what is freed may itself be tracked, so
    // take each one out of its container before it can go.
    for (const std::weak_ptr<ListData> &w : m_lists) {
        if (const std::shared_ptr<ListData> l = w.lock()) {
            std::vector<Value> items;
            items.swap(l->items);
        }
    }
    for (const std::weak_ptr<MapData> &w : m_maps) {
        if (const std::shared_ptr<MapData> m = w.lock())
            m->clear();
    }
}

void ContainerTracker::note(const std::shared_ptr<ListData> &list)
{
    if (t_tracker)
        t_tracker->m_lists.push_back(list);
}

void ContainerTracker::note(const std::shared_ptr<MapData> &map)
{
    if (t_tracker)
        t_tracker->m_maps.push_back(map);
}

Value Value::list(ListKind kind, std::vector<Value> items)
{
    auto l = std::make_shared<ListData>(kind);
    l->items = std::move(items);
    ContainerTracker::note(l);
    return Value(std::move(l));
}

Value Value::map()
{
    auto m = std::make_shared<MapData>();
    ContainerTracker::note(m);
    return Value(std::move(m));
}

qint64 Value::toInt() const
{
    if (isInt())
        return std::get<qint64>(m_v);
    if (isDouble()) {
        const double d = std::get<double>(m_v);
        if (std::isnan(d))
            return 0;
        if (d >= 9.2e18)
            return std::numeric_limits<qint64>::max();
        if (d <= -9.2e18)
            return std::numeric_limits<qint64>::min();
        return qint64(d);
    }
    return 0;
}

double Value::toDouble() const
{
    if (isDouble())
        return std::get<double>(m_v);
    if (isInt())
        return double(std::get<qint64>(m_v));
    return 0;
}

const QString &Value::stringRef() const
{
    static const QString empty;
    return isString() ? std::get<QString>(m_v) : empty;
}

QString javaDoubleString(double d)
{
    if (std::isnan(d))
        return QStringLiteral("NaN");
    if (std::isinf(d))
        return d > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    if (d == 0)
        return std::signbit(d) ? QStringLiteral("-0.0") : QStringLiteral("0.0");
    // Shortest round-trip digits, then laid out the way Java does.
    const QString sci = QString::number(d, 'e', QLocale::FloatingPointShortest); // "-1.2345e+02"
    const qsizetype ePos = sci.indexOf(QLatin1Char('e'));
    QString mantissa = sci.left(ePos);
    const int exponent = sci.mid(ePos + 1).toInt();
    const bool negative = mantissa.startsWith(QLatin1Char('-'));
    if (negative)
        mantissa.remove(0, 1);
    QString digits = mantissa;
    digits.remove(QLatin1Char('.'));
    while (digits.size() > 1 && digits.endsWith(QLatin1Char('0')))
        digits.chop(1);
    QString out;
    const double a = std::fabs(d);
    if (a >= 1e-3 && a < 1e7) {
        if (exponent >= 0) {
            const qsizetype intLen = exponent + 1;
            QString intPart = digits.left(intLen);
            while (intPart.size() < intLen)
                intPart += QLatin1Char('0');
            QString frac = digits.mid(intLen);
            if (frac.isEmpty())
                frac = QStringLiteral("0");
            out = intPart + QLatin1Char('.') + frac;
        } else {
            out = QStringLiteral("0.") + QString(-exponent - 1, QLatin1Char('0')) + digits;
        }
    } else {
        QString frac = digits.mid(1);
        if (frac.isEmpty())
            frac = QStringLiteral("0");
        out = digits.left(1) + QLatin1Char('.') + frac + QLatin1Char('E') + QString::number(exponent);
    }
    return negative ? QLatin1Char('-') + out : out;
}

QString jsonQuote(QStringView s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"': out += QLatin1String("\\\""); break;
        case u'\\': out += QLatin1String("\\\\"); break;
        case u'/': out += QLatin1String("\\/"); break;
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\r': out += QLatin1String("\\r"); break;
        case u'\t': out += QLatin1String("\\t"); break;
        case u'\b': out += QLatin1String("\\b"); break;
        case u'\f': out += QLatin1String("\\f"); break;
        default:
            if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || (u >= 0x2000 && u <= 0x20ff))
                out += QLatin1String("\\u") + QString::number(uint(u), 16).toUpper().rightJustified(4, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

namespace {

void appendJava(QString &out, const Value &v, int depth);
void appendJson(QString &out, const Value &v, int depth);

void appendJava(QString &out, const Value &v, int depth)
{
    if (depth <= 0) {
        out += QLatin1String("...");
        return;
    }
    switch (v.type()) {
    case Value::Type::Null: out += QLatin1String("null"); return;
    case Value::Type::Bool: out += v.toBool() ? QLatin1String("true") : QLatin1String("false"); return;
    case Value::Type::Int: out += QString::number(v.toInt()); return;
    case Value::Type::Double: out += javaDoubleString(v.toDouble()); return;
    case Value::Type::String: out += v.stringRef(); return;
    case Value::Type::Object: out += v.object()->toString(); return;
    case Value::Type::List: {
        const ListData *l = v.listData();
        if (l->kind == ListKind::JsonArray) {
            appendJson(out, v, depth);
            return;
        }
        if (l->kind == ListKind::JavaArray) {
            // Java prints an array's identity, not its content; the hash is made up but stable.
            out += QStringLiteral("[Ljava.lang.String;@%1").arg(quintptr(l) & 0xffffffu, 0, 16);
            return;
        }
        out += QLatin1Char('[');
        bool first = true;
        for (const Value &item : l->items) {
            if (!first)
                out += QLatin1String(", ");
            first = false;
            if (item.listData() == l)
                out += QLatin1String("(this Collection)");
            else
                appendJava(out, item, depth - 1);
        }
        out += QLatin1Char(']');
        return;
    }
    case Value::Type::Map: {
        const MapData *m = v.mapData();
        out += QLatin1Char('{');
        bool first = true;
        for (const auto &[key, item] : m->entries()) {
            if (!first)
                out += QLatin1String(", ");
            first = false;
            out += key;
            out += QLatin1Char('=');
            if (item.mapData() == m)
                out += QLatin1String("(this Map)");
            else
                appendJava(out, item, depth - 1);
        }
        out += QLatin1Char('}');
        return;
    }
    }
}

void appendJson(QString &out, const Value &v, int depth)
{
    if (depth <= 0) {
        out += QLatin1String("null");
        return;
    }
    switch (v.type()) {
    case Value::Type::Null: out += QLatin1String("null"); return;
    case Value::Type::Bool: out += v.toBool() ? QLatin1String("true") : QLatin1String("false"); return;
    case Value::Type::Int: out += QString::number(v.toInt()); return;
    case Value::Type::Double: {
        const double d = v.toDouble();
        out += std::isfinite(d) ? javaDoubleString(d) : QStringLiteral("null");
        return;
    }
    case Value::Type::String: out += jsonQuote(v.stringRef()); return;
    case Value::Type::Object: out += jsonQuote(v.object()->toString()); return;
    case Value::Type::List: {
        out += QLatin1Char('[');
        bool first = true;
        for (const Value &item : v.listData()->items) {
            if (!first)
                out += QLatin1Char(',');
            first = false;
            appendJson(out, item, depth - 1);
        }
        out += QLatin1Char(']');
        return;
    }
    case Value::Type::Map: {
        out += QLatin1Char('{');
        bool first = true;
        for (const auto &[key, item] : v.mapData()->entries()) {
            if (!first)
                out += QLatin1Char(',');
            first = false;
            out += jsonQuote(key);
            out += QLatin1Char(':');
            appendJson(out, item, depth - 1);
        }
        out += QLatin1Char('}');
        return;
    }
    }
}

// ---- JSON parsing (json-smart's data model: ordered objects, Integer/Long vs Double) ----

class JsonParser
{
public:
    JsonParser(QStringView text, int maxDepth) : m_s(text), m_maxDepth(maxDepth) { }

    std::optional<Value> parseDocument(QString *error)
    {
        skipWs();
        std::optional<Value> v = parseValue(0);
        if (v) {
            skipWs();
            if (m_pos != m_s.size()) {
                v.reset();
                fail(QStringLiteral("unexpected text after the JSON value"));
            }
        }
        if (!v && error)
            *error = m_error;
        return v;
    }

private:
    void fail(const QString &what)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1 at offset %2").arg(what).arg(m_pos);
    }
    void skipWs()
    {
        while (m_pos < m_s.size()) {
            const char16_t c = m_s[m_pos].unicode();
            if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r')
                break;
            ++m_pos;
        }
    }
    bool consume(QLatin1String word)
    {
        if (m_s.mid(m_pos).startsWith(word)) {
            m_pos += word.size();
            return true;
        }
        return false;
    }

    std::optional<Value> parseValue(int depth)
    {
        if (depth > m_maxDepth) {
            fail(QStringLiteral("JSON nested too deeply"));
            return std::nullopt;
        }
        if (m_pos >= m_s.size()) {
            fail(QStringLiteral("unexpected end of JSON"));
            return std::nullopt;
        }
        const char16_t c = m_s[m_pos].unicode();
        if (c == u'{')
            return parseObject(depth);
        if (c == u'[')
            return parseArray(depth);
        if (c == u'"') {
            QString s;
            if (!parseString(s))
                return std::nullopt;
            return Value(std::move(s));
        }
        if (consume(QLatin1String("true")))
            return Value(true);
        if (consume(QLatin1String("false")))
            return Value(false);
        if (consume(QLatin1String("null")))
            return Value();
        if (c == u'-' || (c >= u'0' && c <= u'9'))
            return parseNumber();
        fail(QStringLiteral("unexpected character '%1'").arg(m_s[m_pos]));
        return std::nullopt;
    }

    std::optional<Value> parseNumber()
    {
        const qsizetype start = m_pos;
        bool isFloat = false;
        if (m_s[m_pos] == QLatin1Char('-'))
            ++m_pos;
        auto digits = [&] {
            const qsizetype from = m_pos;
            while (m_pos < m_s.size() && m_s[m_pos].isDigit() && m_s[m_pos].unicode() < 128)
                ++m_pos;
            return m_pos > from;
        };
        if (!digits()) {
            fail(QStringLiteral("invalid number"));
            return std::nullopt;
        }
        if (m_pos < m_s.size() && m_s[m_pos] == QLatin1Char('.')) {
            ++m_pos;
            isFloat = true;
            if (!digits()) {
                fail(QStringLiteral("invalid number"));
                return std::nullopt;
            }
        }
        if (m_pos < m_s.size() && (m_s[m_pos] == QLatin1Char('e') || m_s[m_pos] == QLatin1Char('E'))) {
            ++m_pos;
            isFloat = true;
            if (m_pos < m_s.size() && (m_s[m_pos] == QLatin1Char('+') || m_s[m_pos] == QLatin1Char('-')))
                ++m_pos;
            if (!digits()) {
                fail(QStringLiteral("invalid number"));
                return std::nullopt;
            }
        }
        const QString text = m_s.mid(start, m_pos - start).toString();
        if (!isFloat) {
            bool ok = false;
            const qint64 i = text.toLongLong(&ok);
            if (ok)
                return Value(i);
        }
        return Value(text.toDouble());
    }

    bool parseString(QString &out)
    {
        ++m_pos; // opening quote
        while (m_pos < m_s.size()) {
            const QChar c = m_s[m_pos++];
            if (c == QLatin1Char('"'))
                return true;
            if (c != QLatin1Char('\\')) {
                out += c;
                continue;
            }
            if (m_pos >= m_s.size())
                break;
            const char16_t e = m_s[m_pos++].unicode();
            switch (e) {
            case u'"': out += QLatin1Char('"'); break;
            case u'\\': out += QLatin1Char('\\'); break;
            case u'/': out += QLatin1Char('/'); break;
            case u'b': out += QLatin1Char('\b'); break;
            case u'f': out += QLatin1Char('\f'); break;
            case u'n': out += QLatin1Char('\n'); break;
            case u'r': out += QLatin1Char('\r'); break;
            case u't': out += QLatin1Char('\t'); break;
            case u'u': {
                if (m_pos + 4 > m_s.size()) {
                    fail(QStringLiteral("invalid \\u escape"));
                    return false;
                }
                bool ok = false;
                const uint code = m_s.mid(m_pos, 4).toString().toUInt(&ok, 16);
                if (!ok) {
                    fail(QStringLiteral("invalid \\u escape"));
                    return false;
                }
                out += QChar(char16_t(code));
                m_pos += 4;
                break;
            }
            default: fail(QStringLiteral("invalid escape")); return false;
            }
        }
        fail(QStringLiteral("unterminated string"));
        return false;
    }

    std::optional<Value> parseArray(int depth)
    {
        ++m_pos;
        Value v = Value::list(ListKind::JsonArray);
        skipWs();
        if (m_pos < m_s.size() && m_s[m_pos] == QLatin1Char(']')) {
            ++m_pos;
            return v;
        }
        while (true) {
            skipWs();
            std::optional<Value> item = parseValue(depth + 1);
            if (!item)
                return std::nullopt;
            v.listData()->items.push_back(std::move(*item));
            skipWs();
            if (m_pos < m_s.size() && m_s[m_pos] == QLatin1Char(',')) {
                ++m_pos;
                continue;
            }
            if (m_pos < m_s.size() && m_s[m_pos] == QLatin1Char(']')) {
                ++m_pos;
                return v;
            }
            fail(QStringLiteral("expected ',' or ']'"));
            return std::nullopt;
        }
    }

    std::optional<Value> parseObject(int depth)
    {
        ++m_pos;
        Value v = Value::map();
        skipWs();
        if (m_pos < m_s.size() && m_s[m_pos] == QLatin1Char('}')) {
            ++m_pos;
            return v;
        }
        while (true) {
            skipWs();
            if (m_pos >= m_s.size() || m_s[m_pos] != QLatin1Char('"')) {
                fail(QStringLiteral("expected a string key"));
                return std::nullopt;
            }
            QString key;
            if (!parseString(key))
                return std::nullopt;
            skipWs();
            if (m_pos >= m_s.size() || m_s[m_pos] != QLatin1Char(':')) {
                fail(QStringLiteral("expected ':'"));
                return std::nullopt;
            }
            ++m_pos;
            skipWs();
            std::optional<Value> item = parseValue(depth + 1);
            if (!item)
                return std::nullopt;
            v.mapData()->insert(key, std::move(*item));
            skipWs();
            if (m_pos < m_s.size() && m_s[m_pos] == QLatin1Char(',')) {
                ++m_pos;
                continue;
            }
            if (m_pos < m_s.size() && m_s[m_pos] == QLatin1Char('}')) {
                ++m_pos;
                return v;
            }
            fail(QStringLiteral("expected ',' or '}'"));
            return std::nullopt;
        }
    }

    QStringView m_s;
    qsizetype m_pos = 0;
    int m_maxDepth;
    QString m_error;
};

} // namespace

std::optional<Value> Value::fromJson(QStringView text, QString *error, int maxDepth)
{
    return JsonParser(text, maxDepth).parseDocument(error);
}

QString Value::javaString(int maxDepth) const
{
    if (isString())
        return stringRef();
    QString out;
    appendJava(out, *this, maxDepth);
    return out;
}

QString Value::toJson(int maxDepth) const
{
    QString out;
    appendJson(out, *this, maxDepth);
    return out;
}

QString Value::javaClassName() const
{
    switch (type()) {
    case Type::Null: return QString();
    case Type::Bool: return QStringLiteral("java.lang.Boolean");
    case Type::Int: {
        const qint64 i = toInt();
        return (i >= std::numeric_limits<qint32>::min() && i <= std::numeric_limits<qint32>::max())
            ? QStringLiteral("java.lang.Integer")
            : QStringLiteral("java.lang.Long");
    }
    case Type::Double: return QStringLiteral("java.lang.Double");
    case Type::String: return QStringLiteral("java.lang.String");
    case Type::Map: return QStringLiteral("java.util.LinkedHashMap");
    case Type::Object: return object()->className();
    case Type::List:
        switch (listData()->kind) {
        case ListKind::ArrayList: return QStringLiteral("java.util.ArrayList");
        case ListKind::JsonArray: return QStringLiteral("net.minidev.json.JSONArray");
        case ListKind::JavaArray: return QStringLiteral("[Ljava.lang.String;");
        case ListKind::KeySet: return QStringLiteral("java.util.LinkedHashMap$LinkedKeySet");
        }
    }
    return QString();
}

Value Value::deepCopy(int maxDepth) const
{
    if (maxDepth <= 0)
        return Value();
    if (const ListData *l = listData()) {
        Value copy = Value::list(l->kind);
        copy.listData()->items.reserve(l->items.size());
        for (const Value &item : l->items)
            copy.listData()->items.push_back(item.deepCopy(maxDepth - 1));
        return copy;
    }
    if (const MapData *m = mapData()) {
        Value copy = Value::map();
        for (const auto &[key, item] : m->entries())
            copy.mapData()->insert(key, item.deepCopy(maxDepth - 1));
        return copy;
    }
    return *this;
}

bool Value::identical(const Value &other) const
{
    if (type() != other.type())
        return false;
    switch (type()) {
    case Type::List: return listData() == other.listData();
    case Type::Map: return mapData() == other.mapData();
    case Type::Object: return object() == other.object();
    default: return m_v == other.m_v;
    }
}

// ---- MapData ----

const Value *MapData::find(const QString &key) const
{
    const auto it = m_index.constFind(key);
    return it == m_index.cend() ? nullptr : &m_entries[size_t(*it)].second;
}

Value MapData::value(const QString &key) const
{
    const Value *v = find(key);
    return v ? *v : Value();
}

Value MapData::insert(const QString &key, Value v)
{
    const auto it = m_index.constFind(key);
    if (it != m_index.cend()) {
        Value previous = std::move(m_entries[size_t(*it)].second);
        m_entries[size_t(*it)].second = std::move(v);
        return previous;
    }
    m_index.insert(key, qsizetype(m_entries.size()));
    m_entries.emplace_back(key, std::move(v));
    return Value();
}

Value MapData::remove(const QString &key)
{
    const auto it = m_index.constFind(key);
    if (it == m_index.cend())
        return Value();
    const qsizetype pos = *it;
    Value previous = std::move(m_entries[size_t(pos)].second);
    m_entries.erase(m_entries.begin() + pos);
    m_index.remove(key);
    for (auto &slot : m_index) {
        if (slot > pos)
            --slot;
    }
    return previous;
}

void MapData::clear()
{
    // The entries go after the map is consistent again: freeing one may run code that reads this map.
    std::vector<std::pair<QString, Value>> entries;
    entries.swap(m_entries);
    m_index.clear();
}

void MapData::insertPath(QStringView dottedPath, Value v)
{
    const qsizetype dot = dottedPath.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        insert(dottedPath.toString(), std::move(v));
        return;
    }
    const QString head = dottedPath.left(dot).toString();
    const Value *existing = find(head);
    Value child = (existing && existing->isMap()) ? *existing : Value::map();
    if (!existing || !existing->isMap())
        insert(head, child);
    child.mapData()->insertPath(dottedPath.mid(dot + 1), std::move(v));
}

} // namespace gw::vtl
