// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

#include <utility>
#include <vector>

namespace gw::doc {

/// A JSON/YAML value that keeps the order of mapping keys and where each value came from (1-based line and
/// column; 0 when unknown). The common tree for OpenAPI, project files and templates: parsed from YAML or JSON,
/// read with precise locations for error messages, and written back in the same order.
class Node
{
public:
    enum class Kind { Null, Bool, Number, String, Sequence, Mapping };
    using Member = std::pair<QString, Node>;

    Node() = default;
    static Node null() { return Node(); }
    static Node boolean(bool value);
    static Node number(double value);
    static Node integer(qint64 value);
    /// A number kept in its textual form (e.g. "1.0", "1e3"); `text` must be a valid JSON number.
    static Node numberText(const QString &text);
    static Node string(const QString &value);
    static Node sequence();
    static Node mapping();
    static Node fromJson(const QJsonValue &value);

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isBool() const { return m_kind == Kind::Bool; }
    bool isNumber() const { return m_kind == Kind::Number; }
    bool isString() const { return m_kind == Kind::String; }
    bool isScalar() const { return m_kind != Kind::Sequence && m_kind != Kind::Mapping; }
    bool isSequence() const { return m_kind == Kind::Sequence; }
    bool isMapping() const { return m_kind == Kind::Mapping; }
    static const char *kindName(Kind kind);
    const char *kindName() const { return kindName(m_kind); }

    /// Scalars: the text (numbers as written, booleans "true"/"false", null ""). Containers: empty.
    QString scalarText() const { return m_text; }
    bool toBool(bool fallback = false) const;
    double toDouble(double fallback = 0) const;
    /// Integers only (a Number without fraction, or a String of digits when `allowString`).
    qint64 toInteger(bool *ok = nullptr, bool allowString = false) const;
    /// Strings as they are; numbers and booleans as their text; null and containers give `fallback`.
    QString toString(const QString &fallback = {}) const;

    // Mapping access
    const std::vector<Member> &members() const { return m_members; }
    std::vector<Member> &members() { return m_members; }
    const Node *find(QStringView key) const;
    Node *find(QStringView key);
    bool contains(QStringView key) const { return find(key) != nullptr; }
    /// The member's value, or a shared null node when absent.
    const Node &operator[](QStringView key) const;
    /// Sets (replacing in place, or appending) a member; turns a null node into a mapping.
    Node &set(const QString &key, Node value);
    bool remove(QStringView key);

    // Sequence access
    const std::vector<Node> &items() const { return m_items; }
    std::vector<Node> &items() { return m_items; }
    Node &append(Node value);
    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }

    int line() const { return m_line; }
    int column() const { return m_column; }
    void setLocation(int line, int column)
    {
        m_line = line;
        m_column = column;
    }
    /// A YAML tag other than the standard ones (e.g. CloudFormation's "!Ref"); empty when none.
    QString tag() const { return m_tag; }
    void setTag(const QString &tag) { m_tag = tag; }

    QJsonValue toJson() const;
    /// Structural equality: kinds, values and member order; locations and tags are ignored.
    bool operator==(const Node &other) const;
    bool operator!=(const Node &other) const { return !(*this == other); }

private:
    Kind m_kind = Kind::Null;
    QString m_text;
    QString m_tag;
    std::vector<Member> m_members;
    std::vector<Node> m_items;
    int m_line = 0;
    int m_column = 0;
};

} // namespace gw::doc
