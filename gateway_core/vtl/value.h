// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>
#include <variant>
#include <vector>

namespace gw::vtl {

class Value;
class HostObject;
class ListData;
class MapData;

/// What Java class a list stands for. It decides how the list prints and what `.class.name` says.
enum class ListKind {
    ArrayList, ///< a VTL list literal `[1, 2]` or a copy: prints `[1, 2]` (java.util.ArrayList)
    JsonArray, ///< an array from `$input.path` / `$util.parseJson`: prints as compact JSON (json-smart JSONArray)
    JavaArray, ///< `String.split()` result: prints as Java prints an array reference (`[Ljava.lang.String;@...`)
    KeySet,    ///< `Map.keySet()` / `values()` / `entrySet()`: prints like ArrayList
};

/// A VTL value: what a Java object is to Velocity. Lists and maps are reference types (shared between copies,
/// as Java objects are), so `$a.add(1)` is seen through every reference to the same list. Everything else is
/// immutable. A Value is not thread-safe when it holds a list or map that another thread mutates; the renderer
/// deep-copies caller-provided containers before a render for that reason.
class Value
{
public:
    enum class Type { Null, Bool, Int, Double, String, List, Map, Object };

    Value() = default;
    Value(std::nullptr_t) { }
    Value(bool b) : m_v(b) { }
    Value(int i) : m_v(qint64(i)) { }
    Value(qint64 i) : m_v(i) { }
    Value(double d) : m_v(d) { }
    Value(const QString &s) : m_v(s) { }
    Value(QString &&s) : m_v(std::move(s)) { }
    Value(const char *) = delete; // no implicit ASCII conversions: say QStringLiteral
    explicit Value(std::shared_ptr<ListData> l) : m_v(std::move(l)) { }
    explicit Value(std::shared_ptr<MapData> m) : m_v(std::move(m)) { }
    explicit Value(std::shared_ptr<HostObject> o) : m_v(std::move(o)) { }

    static Value list(ListKind kind = ListKind::ArrayList, std::vector<Value> items = {});
    static Value map();
    /// Parses JSON the way API Gateway's JSONPath provider (json-smart) does: objects keep their key order,
    /// integers stay integers, decimals are doubles. nullopt and `error` set when `text` is not JSON.
    static std::optional<Value> fromJson(QStringView text, QString *error = nullptr, int maxDepth = 512);

    Type type() const { return Type(m_v.index()); }
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    bool isInt() const { return type() == Type::Int; }
    bool isDouble() const { return type() == Type::Double; }
    bool isNumber() const { return isInt() || isDouble(); }
    bool isString() const { return type() == Type::String; }
    bool isList() const { return type() == Type::List; }
    bool isMap() const { return type() == Type::Map; }
    bool isObject() const { return type() == Type::Object; }

    bool toBool() const { return isBool() && std::get<bool>(m_v); }
    qint64 toInt() const;
    double toDouble() const;
    /// The string itself; empty for anything else (use javaString() to print).
    const QString &stringRef() const;
    ListData *listData() const { return isList() ? std::get<std::shared_ptr<ListData>>(m_v).get() : nullptr; }
    MapData *mapData() const { return isMap() ? std::get<std::shared_ptr<MapData>>(m_v).get() : nullptr; }
    HostObject *object() const { return isObject() ? std::get<std::shared_ptr<HostObject>>(m_v).get() : nullptr; }

    /// Velocity's truth: null is false, a Boolean is itself, every other object is true (Velocity 1.7).
    bool truthy() const { return isBool() ? toBool() : !isNull(); }

    /// `String.valueOf(this)` as Java prints it: `{a=1, b=[1, 2]}`, `1.0E10`, `null`. `maxDepth` stops cycles.
    QString javaString(int maxDepth = 64) const;
    /// The value as compact JSON (json-smart style: `/` escaped as `\/`). Host objects become JSON strings.
    QString toJson(int maxDepth = 64) const;
    /// The Java class name Velocity would report for `$x.class.name`.
    QString javaClassName() const;

    /// A copy that shares nothing mutable with this one.
    Value deepCopy(int maxDepth = 64) const;

    /// Same object for lists/maps/objects; equal content for scalars (Java `==` on references, `equals` else).
    bool identical(const Value &other) const;

private:
    std::variant<std::monostate, bool, qint64, double, QString, std::shared_ptr<ListData>,
                 std::shared_ptr<MapData>, std::shared_ptr<HostObject>>
        m_v;
};

/// Lists and maps made on this thread while it lives, emptied when it ends. A template can make a container hold
/// itself (`$l.add($l)`, a map holding its own entry set), a cycle that shared ownership alone never frees: every
/// render runs under one, and nothing the render made outlives it (its result is text). Trackers nest; only the
/// innermost one records.
class ContainerTracker
{
public:
    ContainerTracker();
    ~ContainerTracker();
    ContainerTracker(const ContainerTracker &) = delete;
    ContainerTracker &operator=(const ContainerTracker &) = delete;

    static void note(const std::shared_ptr<ListData> &list);
    static void note(const std::shared_ptr<MapData> &map);

private:
    std::vector<std::weak_ptr<ListData>> m_lists;
    std::vector<std::weak_ptr<MapData>> m_maps;
    ContainerTracker *m_outer;
};

/// A Java List (or array, or key set): ordered items.
class ListData
{
public:
    explicit ListData(ListKind kind = ListKind::ArrayList) : kind(kind) { }
    ListKind kind;
    std::vector<Value> items;
};

/// A java.util.LinkedHashMap with string keys: insertion order is kept; re-putting a key keeps its place.
class MapData
{
public:
    qsizetype size() const { return qsizetype(m_entries.size()); }
    bool contains(const QString &key) const { return m_index.contains(key); }
    /// The value for `key`, or nullptr.
    const Value *find(const QString &key) const;
    Value value(const QString &key) const;
    /// Puts `v` under `key`; returns the previous value (null when there was none), as Map.put does.
    Value insert(const QString &key, Value v);
    /// Removes `key`; returns its value (null when absent).
    Value remove(const QString &key);
    void clear();
    const std::vector<std::pair<QString, Value>> &entries() const { return m_entries; }
    /// Sets a dotted path ("identity.sourceIp"), creating the maps in between. For building `$context`.
    void insertPath(QStringView dottedPath, Value v);

private:
    std::vector<std::pair<QString, Value>> m_entries;
    QHash<QString, qsizetype> m_index; ///< key -> position in m_entries
};

class Renderer;

/// A built-in object with Java-like members ($input, $util, $foreach, a Map.Entry, a Class). Implementations are
/// created per render and used by one thread.
class HostObject
{
public:
    virtual ~HostObject() = default;
    virtual QString className() const = 0;
    /// `$obj.name`: the property, or nullopt when there is none (an invalid reference).
    virtual std::optional<Value> property(const QString &name, Renderer &r) { return std::nullopt; }
    /// `$obj.name(args)`: the result, or nullopt when no such method exists. Errors go through `r.fail()`.
    virtual std::optional<Value> call(const QString &name, const std::vector<Value> &args, Renderer &r)
    {
        return std::nullopt;
    }
    virtual QString toString() const { return className() + QStringLiteral("@0"); }
};

/// Java's Double.toString(d): "1.0", "0.001", "1.0E-4", "1.2345678E7", "NaN", "Infinity".
QString javaDoubleString(double d);
/// A string as a JSON string literal, json-smart style (quotes included).
QString jsonQuote(QStringView s);

} // namespace gw::vtl
