// SPDX-License-Identifier: GPL-3.0-or-later
#include "docnode.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace gw::doc {

Node Node::boolean(bool value)
{
    Node n;
    n.m_kind = Kind::Bool;
    n.m_text = value ? QStringLiteral("true") : QStringLiteral("false");
    return n;
}

Node Node::number(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 9.0e15)
        return integer(qint64(value));
    Node n;
    n.m_kind = Kind::Number;
    n.m_text = QString::number(value, 'g', 17);
    return n;
}

Node Node::integer(qint64 value)
{
    Node n;
    n.m_kind = Kind::Number;
    n.m_text = QString::number(value);
    return n;
}

Node Node::numberText(const QString &text)
{
    Node n;
    n.m_kind = Kind::Number;
    n.m_text = text;
    return n;
}

Node Node::string(const QString &value)
{
    Node n;
    n.m_kind = Kind::String;
    n.m_text = value;
    return n;
}

Node Node::sequence()
{
    Node n;
    n.m_kind = Kind::Sequence;
    return n;
}

Node Node::mapping()
{
    Node n;
    n.m_kind = Kind::Mapping;
    return n;
}

Node Node::fromJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return boolean(value.toBool());
    case QJsonValue::Double:
        return number(value.toDouble());
    case QJsonValue::String:
        return string(value.toString());
    case QJsonValue::Array: {
        Node n = sequence();
        const QJsonArray array = value.toArray();
        n.m_items.reserve(array.size());
        for (const QJsonValue &v : array)
            n.m_items.push_back(fromJson(v));
        return n;
    }
    case QJsonValue::Object: {
        Node n = mapping();
        const QJsonObject object = value.toObject();
        n.m_members.reserve(object.size());
        for (auto it = object.begin(); it != object.end(); ++it)
            n.m_members.emplace_back(it.key(), fromJson(it.value()));
        return n;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return Node();
}

const char *Node::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Null:
        return "null";
    case Kind::Bool:
        return "a boolean";
    case Kind::Number:
        return "a number";
    case Kind::String:
        return "a string";
    case Kind::Sequence:
        return "a list";
    case Kind::Mapping:
        return "a mapping";
    }
    return "?";
}

bool Node::toBool(bool fallback) const
{
    if (m_kind == Kind::Bool)
        return m_text == QLatin1String("true");
    if (m_kind == Kind::String) {
        if (m_text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (m_text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
    }
    return fallback;
}

double Node::toDouble(double fallback) const
{
    if (m_kind != Kind::Number && m_kind != Kind::String)
        return fallback;
    bool ok = false;
    const double d = m_text.toDouble(&ok);
    return ok ? d : fallback;
}

qint64 Node::toInteger(bool *ok, bool allowString) const
{
    bool good = false;
    qint64 v = 0;
    if (m_kind == Kind::Number || (allowString && m_kind == Kind::String)) {
        v = m_text.toLongLong(&good);
        if (!good && m_kind == Kind::Number) {
            // "1.0" or "1e3": accept when the value is integral.
            const double d = m_text.toDouble(&good);
            good = good && d == std::floor(d) && std::fabs(d) < 9.0e18;
            v = good ? qint64(d) : 0;
        }
    }
    if (ok)
        *ok = good;
    return v;
}

QString Node::toString(const QString &fallback) const
{
    switch (m_kind) {
    case Kind::String:
    case Kind::Number:
    case Kind::Bool:
        return m_text;
    default:
        return fallback;
    }
}

const Node *Node::find(QStringView key) const
{
    for (const Member &m : m_members) {
        if (m.first == key)
            return &m.second;
    }
    return nullptr;
}

Node *Node::find(QStringView key)
{
    for (Member &m : m_members) {
        if (m.first == key)
            return &m.second;
    }
    return nullptr;
}

const Node &Node::operator[](QStringView key) const
{
    static const Node none;
    const Node *n = find(key);
    return n ? *n : none;
}

Node &Node::set(const QString &key, Node value)
{
    if (m_kind == Kind::Null)
        m_kind = Kind::Mapping;
    if (Node *existing = find(key)) {
        *existing = std::move(value);
        return *existing;
    }
    m_members.emplace_back(key, std::move(value));
    return m_members.back().second;
}

bool Node::remove(QStringView key)
{
    for (auto it = m_members.begin(); it != m_members.end(); ++it) {
        if (it->first == key) {
            m_members.erase(it);
            return true;
        }
    }
    return false;
}

Node &Node::append(Node value)
{
    if (m_kind == Kind::Null)
        m_kind = Kind::Sequence;
    m_items.push_back(std::move(value));
    return m_items.back();
}

qsizetype Node::size() const
{
    if (m_kind == Kind::Sequence)
        return qsizetype(m_items.size());
    if (m_kind == Kind::Mapping)
        return qsizetype(m_members.size());
    return 0;
}

QJsonValue Node::toJson() const
{
    switch (m_kind) {
    case Kind::Null:
        return QJsonValue(QJsonValue::Null);
    case Kind::Bool:
        return toBool();
    case Kind::Number: {
        bool ok = false;
        const qint64 i = m_text.toLongLong(&ok);
        if (ok)
            return QJsonValue(i);
        return m_text.toDouble();
    }
    case Kind::String:
        return m_text;
    case Kind::Sequence: {
        QJsonArray array;
        for (const Node &n : m_items)
            array.append(n.toJson());
        return array;
    }
    case Kind::Mapping: {
        QJsonObject object;
        for (const Member &m : m_members)
            object.insert(m.first, m.second.toJson());
        return object;
    }
    }
    return {};
}

bool Node::operator==(const Node &other) const
{
    if (m_kind != other.m_kind)
        return false;
    switch (m_kind) {
    case Kind::Null:
        return true;
    case Kind::Number:
        return m_text == other.m_text || toDouble() == other.toDouble();
    case Kind::Bool:
    case Kind::String:
        return m_text == other.m_text;
    case Kind::Sequence:
        return m_items == other.m_items;
    case Kind::Mapping:
        return m_members == other.m_members;
    }
    return false;
}

} // namespace gw::doc
