// SPDX-License-Identifier: GPL-3.0-or-later
#include "renderer.h"

#include "javaregex.h"

#include <cmath>
#include <limits>

namespace gw::vtl {
namespace {

using namespace ast;

/// `$foreach`: the state of the innermost loop.
class ForeachObject final : public HostObject
{
public:
    QString className() const override { return QStringLiteral("org.apache.velocity.runtime.directive.ForeachScope"); }
    std::optional<Value> property(const QString &name, Renderer &) override
    {
        if (name == QLatin1String("index"))
            return Value(index);
        if (name == QLatin1String("count"))
            return Value(index + 1);
        if (name == QLatin1String("hasNext"))
            return Value(hasNext);
        if (name == QLatin1String("first"))
            return Value(index == 0);
        if (name == QLatin1String("last"))
            return Value(!hasNext);
        if (name == QLatin1String("parent"))
            return parent;
        if (name == QLatin1String("topmost"))
            return topmost;
        return std::nullopt;
    }
    std::optional<Value> call(const QString &name, const std::vector<Value> &args, Renderer &r) override
    {
        if (!args.empty())
            return std::nullopt;
        if (name == QLatin1String("hasNext"))
            return Value(hasNext);
        if (name == QLatin1String("getIndex"))
            return Value(index);
        if (name == QLatin1String("getCount"))
            return Value(index + 1);
        if (name == QLatin1String("isFirst"))
            return Value(index == 0);
        if (name == QLatin1String("isLast"))
            return Value(!hasNext);
        if (name == QLatin1String("getParent"))
            return parent;
        return std::nullopt;
    }
    qint64 index = 0;
    bool hasNext = false;
    Value parent;
    Value topmost;
};

/// What `$x.class` gives.
class ClassObject final : public HostObject
{
public:
    explicit ClassObject(QString name) : name(std::move(name)) { }
    QString className() const override { return QStringLiteral("java.lang.Class"); }
    std::optional<Value> call(const QString &method, const std::vector<Value> &args, Renderer &) override
    {
        if (!args.empty())
            return std::nullopt;
        if (method == QLatin1String("getName") || method == QLatin1String("getTypeName"))
            return Value(name);
        if (method == QLatin1String("getSimpleName")) {
            QString simple = name.section(QLatin1Char('.'), -1);
            simple = simple.section(QLatin1Char('$'), -1);
            if (simple.startsWith(QLatin1String("[L")))
                simple = simple.mid(2).chopped(1) + QLatin1String("[]");
            return Value(simple);
        }
        return std::nullopt;
    }
    QString toString() const override { return QStringLiteral("class ") + name; }
    QString name;
};

/// An entry of `$map.entrySet()`.
class MapEntryObject final : public HostObject
{
public:
    MapEntryObject(Value map, QString key, Value value) : map(std::move(map)), key(std::move(key)), value(std::move(value))
    {
    }
    QString className() const override { return QStringLiteral("java.util.LinkedHashMap$Entry"); }
    std::optional<Value> call(const QString &name, const std::vector<Value> &args, Renderer &) override
    {
        if (name == QLatin1String("getKey") && args.empty())
            return Value(key);
        if (name == QLatin1String("getValue") && args.empty())
            return value;
        if (name == QLatin1String("setValue") && args.size() == 1) {
            Value previous = value;
            value = args[0];
            map.mapData()->insert(key, value);
            return previous;
        }
        return std::nullopt;
    }
    QString toString() const override { return key + QLatin1Char('=') + value.javaString(); }
    Value map;
    QString key;
    Value value;
};

QString capitalized(const QString &s)
{
    return s.isEmpty() ? s : s.left(1).toUpper() + s.mid(1);
}

/// Java's `equals` between two values (Integer(1) is not Double(1.0)).
bool javaEquals(const Value &a, const Value &b, int depth = 32)
{
    if (depth <= 0)
        return false;
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case Value::Type::Null: return true;
    case Value::Type::Bool: return a.toBool() == b.toBool();
    case Value::Type::Int: return a.toInt() == b.toInt();
    case Value::Type::Double: return a.toDouble() == b.toDouble();
    case Value::Type::String: return a.stringRef() == b.stringRef();
    case Value::Type::Object: return a.identical(b);
    case Value::Type::List: {
        const auto &x = a.listData()->items;
        const auto &y = b.listData()->items;
        if (x.size() != y.size())
            return false;
        for (size_t i = 0; i < x.size(); ++i) {
            if (!javaEquals(x[i], y[i], depth - 1))
                return false;
        }
        return true;
    }
    case Value::Type::Map: {
        const MapData *x = a.mapData();
        const MapData *y = b.mapData();
        if (x->size() != y->size())
            return false;
        for (const auto &[key, v] : x->entries()) {
            const Value *other = y->find(key);
            if (!other || !javaEquals(v, *other, depth - 1))
                return false;
        }
        return true;
    }
    }
    return false;
}

qint32 javaHash(const QString &s)
{
    quint32 h = 0;
    for (const QChar c : s)
        h = 31 * h + c.unicode();
    return qint32(h);
}

bool isInt(const std::vector<Value> &args, size_t i)
{
    return i < args.size() && args[i].isInt();
}

bool isStr(const std::vector<Value> &args, size_t i)
{
    return i < args.size() && args[i].isString();
}

/// Java's String.trim(): strips code points up to U+0020 at both ends.
QString javaTrim(const QString &s)
{
    qsizetype b = 0;
    qsizetype e = s.size();
    while (b < e && s[b].unicode() <= 0x20)
        ++b;
    while (e > b && s[e - 1].unicode() <= 0x20)
        --e;
    return s.mid(b, e - b);
}

} // namespace

// ---- Renderer: setup and output ----

Renderer::Renderer(const ast::TemplateData &t, const RenderInput &input) : m_t(t), m_input(input) { }

RenderResult Renderer::run()
{
    m_context = m_input.context.isMap() ? m_input.context.deepCopy() : Value::map();
    MapData *ctx = m_context.mapData();
    if (!ctx->contains(QStringLiteral("requestOverride"))) {
        Value ro = Value::map();
        ro.mapData()->insert(QStringLiteral("path"), Value::map());
        ro.mapData()->insert(QStringLiteral("header"), Value::map());
        ro.mapData()->insert(QStringLiteral("querystring"), Value::map());
        ctx->insert(QStringLiteral("requestOverride"), ro);
    }
    if (!ctx->contains(QStringLiteral("responseOverride"))) {
        Value ro = Value::map();
        ro.mapData()->insert(QStringLiteral("header"), Value::map());
        ctx->insert(QStringLiteral("responseOverride"), ro);
    }
    m_globals.insert(QStringLiteral("context"), m_context);
    m_globals.insert(QStringLiteral("stageVariables"),
                     m_input.stageVariables.isMap() ? m_input.stageVariables.deepCopy() : Value::map());
    m_globals.insert(QStringLiteral("input"), makeInputObject(*this));
    m_globals.insert(QStringLiteral("util"), makeUtilObject());
    for (const auto &[name, v] : m_input.variables)
        m_globals.insert(name, v.deepCopy());

    RenderResult result;
    renderBlock(m_t.root, result.output);
    result.error = m_error;
    result.warnings = m_warnings;

    auto params = [](const Value &m) {
        ParamList out;
        if (const MapData *d = m.mapData()) {
            for (const auto &[k, v] : d->entries()) {
                if (!v.isNull())
                    out.append({k, v.javaString()});
            }
        }
        return out;
    };
    const Value req = ctx->value(QStringLiteral("requestOverride"));
    if (const MapData *r = req.mapData()) {
        result.overrides.requestHeaders = params(r->value(QStringLiteral("header")));
        result.overrides.requestQuerystring = params(r->value(QStringLiteral("querystring")));
        result.overrides.requestPath = params(r->value(QStringLiteral("path")));
    }
    const Value resp = ctx->value(QStringLiteral("responseOverride"));
    if (const MapData *r = resp.mapData()) {
        result.overrides.responseHeaders = params(r->value(QStringLiteral("header")));
        const Value status = r->value(QStringLiteral("status"));
        if (status.isNumber()) {
            result.overrides.responseStatus = int(status.toInt());
        } else if (status.isString()) {
            bool ok = false;
            const int code = status.stringRef().trimmed().toInt(&ok);
            if (ok)
                result.overrides.responseStatus = code;
        }
    }
    return result;
}

void Renderer::fail(const QString &message, RenderError::Kind kind)
{
    if (m_error)
        return;
    RenderError e;
    e.kind = kind;
    e.line = m_t.map.line(m_offset);
    e.column = m_t.map.column(m_offset);
    e.message = message;
    m_error = e;
}

void Renderer::warn(const QString &message)
{
    if (m_warnings.size() >= 50)
        return;
    m_warnings.append({m_t.map.line(m_offset), m_t.map.column(m_offset), message});
}

bool Renderer::checkSize(qsizetype chars)
{
    if (chars <= m_input.limits.maxOutputChars)
        return true;
    fail(QStringLiteral("the output (or a string the template builds) exceeds %1 characters")
             .arg(m_input.limits.maxOutputChars),
         RenderError::Kind::LimitExceeded);
    return false;
}

bool Renderer::step()
{
    if (m_error)
        return false;
    if (++m_steps > m_input.limits.maxSteps) {
        fail(QStringLiteral("the template needs more than %1 evaluation steps; it was stopped")
                 .arg(m_input.limits.maxSteps),
             RenderError::Kind::LimitExceeded);
        return false;
    }
    return true;
}

void Renderer::append(QString &out, QStringView text)
{
    if (m_error)
        return;
    if (checkSize(out.size() + text.size()))
        out += text;
}

void Renderer::print(const Value &v, QString &out)
{
    if (const auto *define = dynamic_cast<const DefineObject *>(v.object())) {
        if (m_callDepth >= m_input.limits.maxCallDepth) {
            fail(QStringLiteral("#define blocks and macros are nested more than %1 deep")
                     .arg(m_input.limits.maxCallDepth),
                 RenderError::Kind::LimitExceeded);
            return;
        }
        ++m_callDepth;
        renderBlock(*define->body, out);
        --m_callDepth;
        return;
    }
    append(out, v.javaString());
}

// ---- directives ----

Renderer::Flow Renderer::renderBlock(const Block &block, QString &out)
{
    for (const NodePtr &node : block) {
        const Flow f = renderNode(*node, out);
        if (f != Flow::Normal)
            return f;
        if (m_error)
            return Flow::Stop;
    }
    return Flow::Normal;
}

Renderer::Flow Renderer::renderNode(const Node &node, QString &out)
{
    if (!step())
        return Flow::Stop;
    at(node.offset);
    switch (node.kind) {
    case Node::Kind::Text: append(out, node.text); return Flow::Normal;
    case Node::Kind::Ref: {
        const Reference &ref = *node.ref;
        const Value v = evalReference(ref);
        if (m_error)
            return Flow::Stop;
        if (node.escapes > 0) {
            // Velocity 1.7: `\$x` prints `$x` when $x has a value, and stays as written when it has none.
            if (v.isNull()) {
                append(out, QString(QString(node.escapes, QLatin1Char('\\')) + ref.source));
                return Flow::Normal;
            }
            append(out, QString(node.escapes / 2, QLatin1Char('\\')));
            if (node.escapes % 2 == 1) {
                append(out, ref.source);
                return Flow::Normal;
            }
        }
        if (v.isNull()) {
            if (!ref.quiet && m_input.printNullReferencesLiterally)
                append(out, ref.source);
            return Flow::Normal;
        }
        print(v, out);
        return m_error ? Flow::Stop : Flow::Normal;
    }
    case Node::Kind::Set: {
        Value v = eval(*node.exprs[0]);
        if (m_error)
            return Flow::Stop;
        at(node.offset);
        if (v.isNull()) {
            // Velocity 1.7 (directive.set.null.allowed = false): a null right-hand side leaves the target as is.
            warn(QStringLiteral("#set(%1 = ...): the value is null, so %1 keeps its previous value")
                     .arg(node.ref->source));
            return Flow::Normal;
        }
        assign(*node.ref, std::move(v));
        return m_error ? Flow::Stop : Flow::Normal;
    }
    case Node::Kind::If:
        for (size_t i = 0; i < node.exprs.size(); ++i) {
            const bool cond = eval(*node.exprs[i]).truthy();
            if (m_error)
                return Flow::Stop;
            if (cond)
                return renderBlock(node.blocks[i], out);
        }
        if (node.blocks.size() > node.exprs.size())
            return renderBlock(node.blocks.back(), out);
        return Flow::Normal;
    case Node::Kind::Foreach: return renderForeach(node, out);
    case Node::Kind::Break: return Flow::Break;
    case Node::Kind::Stop: return Flow::Stop;
    case Node::Kind::Define:
        setVariable(node.text, Value(std::make_shared<DefineObject>(&node.blocks[0])));
        return Flow::Normal;
    case Node::Kind::MacroCall: return renderMacroCall(node, out);
    }
    return Flow::Normal;
}

Renderer::Flow Renderer::renderForeach(const Node &node, QString &out)
{
    const Value collection = eval(*node.exprs[0]);
    if (m_error)
        return Flow::Stop;
    at(node.offset);
    std::vector<Value> items;
    if (const ListData *l = collection.listData()) {
        items = l->items;
    } else if (const MapData *m = collection.mapData()) {
        for (const auto &entry : m->entries())
            items.push_back(entry.second); // Velocity iterates a map's values
    } else if (!collection.isNull()) {
        warn(QStringLiteral("#foreach cannot iterate over a %1").arg(collection.javaClassName()));
        return Flow::Normal;
    }

    // The loop variables are visible to the whole template while the loop runs, then restored.
    const QStringList saved = {node.text, QStringLiteral("foreach"), QStringLiteral("velocityCount"),
                               QStringLiteral("velocityHasNext")};
    std::vector<std::optional<Value>> previous;
    for (const QString &name : saved) {
        const auto it = m_globals.constFind(name);
        previous.push_back(it == m_globals.cend() ? std::nullopt : std::optional<Value>(*it));
    }
    auto scope = std::make_shared<ForeachObject>();
    const Value outer = m_globals.value(QStringLiteral("foreach"));
    if (dynamic_cast<ForeachObject *>(outer.object())) {
        scope->parent = outer;
        scope->topmost = static_cast<ForeachObject *>(outer.object())->topmost;
    }
    const Value scopeValue(std::static_pointer_cast<HostObject>(scope));
    if (scope->topmost.isNull())
        scope->topmost = scopeValue;
    m_globals.insert(QStringLiteral("foreach"), scopeValue);

    Flow flow = Flow::Normal;
    const qsizetype n = qsizetype(items.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (i >= m_input.limits.maxForeachIterations) {
            warn(QStringLiteral("#foreach stopped after %1 iterations (API Gateway's limit); %2 items were not "
                                "visited")
                     .arg(m_input.limits.maxForeachIterations)
                     .arg(n - i));
            break;
        }
        if (!step())
            break;
        scope->index = i;
        scope->hasNext = i + 1 < n;
        if (items[size_t(i)].isNull())
            m_globals.remove(node.text);
        else
            m_globals.insert(node.text, items[size_t(i)]);
        m_globals.insert(QStringLiteral("velocityCount"), Value(qint64(i + 1)));
        m_globals.insert(QStringLiteral("velocityHasNext"), Value(scope->hasNext));
        flow = renderBlock(node.blocks[0], out);
        if (flow == Flow::Break) {
            flow = Flow::Normal;
            break;
        }
        if (flow == Flow::Stop || m_error)
            break;
    }
    for (qsizetype i = 0; i < saved.size(); ++i) {
        if (previous[size_t(i)])
            m_globals.insert(saved[i], *previous[size_t(i)]);
        else
            m_globals.remove(saved[i]);
    }
    scope->parent = Value(); // break the parent/topmost reference cycle
    scope->topmost = Value();
    return m_error ? Flow::Stop : flow;
}

Renderer::Flow Renderer::renderMacroCall(const Node &node, QString &out)
{
    const auto it = m_t.macros.constFind(node.text);
    if (it == m_t.macros.cend()) {
        warn(QStringLiteral("#%1 is not a macro defined in this template; it is printed as text").arg(node.text));
        append(out, node.source);
        return Flow::Normal;
    }
    const Macro &macro = **it;
    if (m_callDepth >= m_input.limits.maxCallDepth) {
        fail(QStringLiteral("#define blocks and macros are nested more than %1 deep").arg(m_input.limits.maxCallDepth),
             RenderError::Kind::LimitExceeded);
        return Flow::Stop;
    }
    QHash<QString, Value> frame;
    for (size_t i = 0; i < node.exprs.size(); ++i) {
        Value v = eval(*node.exprs[i]);
        if (m_error)
            return Flow::Stop;
        if (i < size_t(macro.params.size()))
            frame.insert(macro.params[qsizetype(i)], std::move(v));
    }
    at(node.offset);
    if (node.exprs.size() != size_t(macro.params.size()))
        warn(QStringLiteral("#%1 takes %2 arguments, %3 were given")
                 .arg(node.text)
                 .arg(macro.params.size())
                 .arg(node.exprs.size()));
    m_frames.push_back(std::move(frame));
    ++m_callDepth;
    Flow flow = renderBlock(macro.body, out);
    --m_callDepth;
    m_frames.pop_back();
    if (flow == Flow::Break)
        flow = Flow::Normal;
    return m_error ? Flow::Stop : flow;
}

// ---- variables ----

Value Renderer::lookup(const QString &name) const
{
    if (!m_frames.empty()) {
        const auto it = m_frames.back().constFind(name);
        if (it != m_frames.back().cend())
            return *it;
    }
    return m_globals.value(name);
}

void Renderer::setVariable(const QString &name, Value v)
{
    if (!m_frames.empty() && m_frames.back().contains(name)) {
        m_frames.back().insert(name, std::move(v));
        return;
    }
    m_globals.insert(name, std::move(v));
}

void Renderer::assign(const Reference &ref, Value v)
{
    if (ref.chain.empty()) {
        setVariable(ref.root, std::move(v));
        return;
    }
    // Evaluate all but the last step, then store through the last one.
    Value target = lookup(ref.root);
    for (size_t i = 0; i + 1 < ref.chain.size() && !target.isNull(); ++i) {
        const Accessor &a = ref.chain[i];
        at(a.offset);
        if (a.kind == Accessor::Kind::Property) {
            target = property(target, a.name).value_or(Value());
        } else if (a.kind == Accessor::Kind::Index) {
            const Value key = eval(*a.args[0]);
            target = index(target, key).value_or(Value());
        } else {
            std::vector<Value> args;
            for (const ExprPtr &e : a.args)
                args.push_back(eval(*e));
            target = invoke(target, a.name, args).value_or(Value());
        }
        if (m_error)
            return;
    }
    const Accessor &last = ref.chain.back();
    at(last.offset);
    if (target.isNull()) {
        warn(QStringLiteral("#set(%1 = ...): %1 cannot be set because what it belongs to is null").arg(ref.source));
        return;
    }
    if (last.kind == Accessor::Kind::Property) {
        if (MapData *m = target.mapData()) {
            m->insert(last.name, std::move(v));
            return;
        }
        if (!invoke(target, QStringLiteral("set") + capitalized(last.name), {v}))
            warn(QStringLiteral("#set(%1 = ...): a %2 has no property %3 to set")
                     .arg(ref.source, target.javaClassName(), last.name));
        return;
    }
    if (last.kind == Accessor::Kind::Index) {
        const Value key = eval(*last.args[0]);
        if (m_error)
            return;
        if (MapData *m = target.mapData()) {
            m->insert(key.javaString(), std::move(v));
            return;
        }
        if (ListData *l = target.listData()) {
            if (!key.isInt()) {
                warn(QStringLiteral("#set(%1 = ...): a list index must be an integer").arg(ref.source));
                return;
            }
            qint64 i = key.toInt();
            const qint64 n = qint64(l->items.size());
            if (i < 0)
                i += n;
            if (i < 0 || i >= n) {
                fail(QStringLiteral("index %1 is out of bounds for a list of %2 items").arg(key.toInt()).arg(n));
                return;
            }
            l->items[size_t(i)] = std::move(v);
            return;
        }
    }
    warn(QStringLiteral("#set(%1 = ...): the left-hand side cannot be assigned").arg(ref.source));
}

// ---- expressions ----

Value Renderer::evalReference(const Reference &ref)
{
    Value v = lookup(ref.root);
    for (const Accessor &a : ref.chain) {
        if (v.isNull() || m_error)
            return Value();
        at(a.offset);
        switch (a.kind) {
        case Accessor::Kind::Property: v = property(v, a.name).value_or(Value()); break;
        case Accessor::Kind::Index: {
            const Value key = eval(*a.args[0]);
            if (m_error)
                return Value();
            at(a.offset);
            v = index(v, key).value_or(Value());
            break;
        }
        case Accessor::Kind::Method: {
            std::vector<Value> args;
            args.reserve(a.args.size());
            for (const ExprPtr &e : a.args) {
                args.push_back(eval(*e));
                if (m_error)
                    return Value();
            }
            at(a.offset);
            const Value target = v;
            std::optional<Value> r = invoke(target, a.name, args);
            if (!r && !m_error) {
                QStringList types;
                for (const Value &arg : args)
                    types << (arg.isNull() ? QStringLiteral("null") : arg.javaClassName());
                warn(QStringLiteral("%1: %2 has no method %3(%4)")
                         .arg(ref.source, target.javaClassName(), a.name, types.join(QLatin1String(", "))));
            }
            v = r.value_or(Value());
            break;
        }
        }
    }
    return m_error ? Value() : v;
}

Value Renderer::eval(const Expr &e)
{
    if (!step())
        return Value();
    at(e.offset);
    switch (e.kind) {
    case Expr::Kind::Literal: return e.literal;
    case Expr::Kind::Interpolate: {
        QString s;
        renderBlock(e.block, s);
        return m_error ? Value() : Value(std::move(s));
    }
    case Expr::Kind::Ref: return evalReference(*e.ref);
    case Expr::Kind::List: {
        std::vector<Value> items;
        items.reserve(e.items.size());
        for (const ExprPtr &item : e.items)
            items.push_back(eval(*item));
        return m_error ? Value() : Value::list(ListKind::ArrayList, std::move(items));
    }
    case Expr::Kind::Range: {
        const Value from = eval(*e.items[0]);
        const Value to = eval(*e.items[1]);
        if (m_error)
            return Value();
        at(e.offset);
        if (!from.isInt() || !to.isInt()) {
            warn(QStringLiteral("a range [a..b] needs two integers"));
            return Value();
        }
        const qint64 a = from.toInt();
        const qint64 b = to.toInt();
        const qint64 size = (a <= b ? b - a : a - b) + 1;
        if (size <= 0 || size > m_input.limits.maxCollectionSize) {
            fail(QStringLiteral("the range [%1..%2] has more than %3 items").arg(a).arg(b).arg(
                     m_input.limits.maxCollectionSize),
                 RenderError::Kind::LimitExceeded);
            return Value();
        }
        std::vector<Value> items;
        items.reserve(size_t(size));
        for (qint64 i = 0; i < size; ++i)
            items.emplace_back(a <= b ? a + i : a - i);
        return Value::list(ListKind::ArrayList, std::move(items));
    }
    case Expr::Kind::Map: {
        Value m = Value::map();
        for (size_t i = 0; i + 1 < e.items.size(); i += 2) {
            const Value key = eval(*e.items[i]);
            Value v = eval(*e.items[i + 1]);
            if (m_error)
                return Value();
            m.mapData()->insert(key.javaString(), std::move(v));
        }
        return m;
    }
    case Expr::Kind::Not: return Value(!eval(*e.items[0]).truthy());
    case Expr::Kind::Negate: {
        const Value v = eval(*e.items[0]);
        if (v.isInt() && v.toInt() != std::numeric_limits<qint64>::min())
            return Value(-v.toInt());
        if (v.isNumber())
            return Value(-v.toDouble());
        return Value();
    }
    case Expr::Kind::Binary: return evalBinary(e);
    }
    return Value();
}

bool Renderer::valuesEqual(const Value &a, const Value &b, int depth)
{
    if (a.isNull() && b.isNull())
        return true;
    if (a.isNull() || b.isNull()) {
        // API Gateway treats a null reference as equal to "" (recorded: `$result == ""` is true for null).
        const Value &other = a.isNull() ? b : a;
        return other.isString() && other.stringRef().isEmpty();
    }
    if (a.isNumber() && b.isNumber()) {
        if (a.isInt() && b.isInt())
            return a.toInt() == b.toInt();
        return a.toDouble() == b.toDouble();
    }
    if (a.type() == b.type()) {
        switch (a.type()) {
        case Value::Type::Bool: return a.toBool() == b.toBool();
        case Value::Type::String: return a.stringRef() == b.stringRef();
        case Value::Type::Object: return a.identical(b);
        default: return javaEquals(a, b, depth);
        }
    }
    // Velocity 1.7 compares objects of different classes by their toString().
    return a.javaString() == b.javaString();
}

Value Renderer::evalBinary(const Expr &e)
{
    const BinaryOp op = e.op;
    if (op == BinaryOp::And) {
        if (!eval(*e.items[0]).truthy())
            return Value(false);
        return Value(eval(*e.items[1]).truthy());
    }
    if (op == BinaryOp::Or) {
        if (eval(*e.items[0]).truthy())
            return Value(true);
        return Value(eval(*e.items[1]).truthy());
    }
    const Value l = eval(*e.items[0]);
    const Value r = eval(*e.items[1]);
    if (m_error)
        return Value();
    at(e.offset);
    switch (op) {
    case BinaryOp::Eq: return Value(valuesEqual(l, r));
    case BinaryOp::Ne: return Value(!valuesEqual(l, r));
    case BinaryOp::Lt:
    case BinaryOp::Le:
    case BinaryOp::Gt:
    case BinaryOp::Ge: {
        if (!l.isNumber() || !r.isNumber()) {
            warn(QStringLiteral("only numbers can be compared with <, <=, > and >= (got %1 and %2)")
                     .arg(l.isNull() ? QStringLiteral("null") : l.javaClassName(),
                          r.isNull() ? QStringLiteral("null") : r.javaClassName()));
            return Value(false);
        }
        int c = 0;
        if (l.isInt() && r.isInt())
            c = l.toInt() < r.toInt() ? -1 : (l.toInt() > r.toInt() ? 1 : 0);
        else
            c = l.toDouble() < r.toDouble() ? -1 : (l.toDouble() > r.toDouble() ? 1 : 0);
        switch (op) {
        case BinaryOp::Lt: return Value(c < 0);
        case BinaryOp::Le: return Value(c <= 0);
        case BinaryOp::Gt: return Value(c > 0);
        default: return Value(c >= 0);
        }
    }
    default: break;
    }
    if (l.isNull() || r.isNull()) {
        warn(QStringLiteral("arithmetic on a null value gives null"));
        return Value();
    }
    if (op == BinaryOp::Add && !(l.isNumber() && r.isNumber())) {
        if (l.isString() || r.isString()) {
            const QString s = l.javaString() + r.javaString();
            if (!checkSize(s.size()))
                return Value();
            return Value(s);
        }
        warn(QStringLiteral("+ needs numbers or strings"));
        return Value();
    }
    if (!l.isNumber() || !r.isNumber()) {
        warn(QStringLiteral("arithmetic needs numbers (got %1 and %2)").arg(l.javaClassName(), r.javaClassName()));
        return Value();
    }
    if ((op == BinaryOp::Div || op == BinaryOp::Mod) && r.toDouble() == 0) {
        warn(QStringLiteral("division by zero gives null"));
        return Value();
    }
    if (l.isInt() && r.isInt()) {
        const qint64 a = l.toInt();
        const qint64 b = r.toInt();
        qint64 out = 0;
        switch (op) {
        case BinaryOp::Add:
            if (!__builtin_add_overflow(a, b, &out))
                return Value(out);
            break;
        case BinaryOp::Sub:
            if (!__builtin_sub_overflow(a, b, &out))
                return Value(out);
            break;
        case BinaryOp::Mul:
            if (!__builtin_mul_overflow(a, b, &out))
                return Value(out);
            break;
        case BinaryOp::Div:
            if (!(a == std::numeric_limits<qint64>::min() && b == -1))
                return Value(a / b);
            break;
        case BinaryOp::Mod:
            if (b == -1)
                return Value(qint64(0));
            return Value(a % b);
        default: break;
        }
    }
    const double a = l.toDouble();
    const double b = r.toDouble();
    switch (op) {
    case BinaryOp::Add: return Value(a + b);
    case BinaryOp::Sub: return Value(a - b);
    case BinaryOp::Mul: return Value(a * b);
    case BinaryOp::Div: return Value(a / b);
    case BinaryOp::Mod: return Value(std::fmod(a, b));
    default: return Value();
    }
}

// ---- properties, indexes, methods ----

std::optional<Value> Renderer::property(const Value &target, const QString &name)
{
    if (const MapData *m = target.mapData()) {
        if (name == QLatin1String("class"))
            return Value(std::make_shared<ClassObject>(target.javaClassName()));
        return m->value(name); // Velocity reads a Map's property with get(name)
    }
    if (HostObject *o = target.object()) {
        if (std::optional<Value> v = o->property(name, *this))
            return v;
    }
    // Bean getters: $x.empty -> isEmpty(), $x.class -> getClass(), $entry.key -> getKey().
    const QString cap = capitalized(name);
    if (std::optional<Value> v = invoke(target, QStringLiteral("get") + cap, {}))
        return v;
    if (m_error)
        return std::nullopt;
    if (std::optional<Value> v = invoke(target, QStringLiteral("get") + name, {}))
        return v;
    if (m_error)
        return std::nullopt;
    if (std::optional<Value> v = invoke(target, QStringLiteral("is") + cap, {}); v && v->isBool())
        return v;
    return std::nullopt;
}

std::optional<Value> Renderer::index(const Value &target, const Value &key)
{
    if (const ListData *l = target.listData()) {
        if (!key.isInt()) {
            warn(QStringLiteral("a list index must be an integer"));
            return std::nullopt;
        }
        qint64 i = key.toInt();
        const qint64 n = qint64(l->items.size());
        if (i < 0)
            i += n;
        if (i < 0 || i >= n) {
            fail(QStringLiteral("index %1 is out of bounds for a list of %2 items").arg(key.toInt()).arg(n));
            return std::nullopt;
        }
        return l->items[size_t(i)];
    }
    if (const MapData *m = target.mapData())
        return m->value(key.javaString());
    if (target.isObject())
        return invoke(target, QStringLiteral("get"), {key});
    return std::nullopt;
}

std::optional<Value> Renderer::invoke(const Value &target, const QString &name, const std::vector<Value> &args)
{
    if (!step())
        return std::nullopt;
    std::optional<Value> r;
    switch (target.type()) {
    case Value::Type::Null: return std::nullopt;
    case Value::Type::String: r = stringMethod(target.stringRef(), name, args); break;
    case Value::Type::List: r = listMethod(target, name, args); break;
    case Value::Type::Map: r = mapMethod(target, name, args); break;
    case Value::Type::Int:
    case Value::Type::Double: r = numberMethod(target, name, args); break;
    case Value::Type::Object: r = target.object()->call(name, args, *this); break;
    case Value::Type::Bool:
        if (name == QLatin1String("booleanValue") && args.empty())
            r = target;
        break;
    }
    if (r || m_error)
        return r;
    return commonMethod(target, name, args);
}

std::optional<Value> Renderer::commonMethod(const Value &v, const QString &name, const std::vector<Value> &args)
{
    if (args.empty()) {
        if (name == QLatin1String("toString"))
            return Value(v.javaString());
        if (name == QLatin1String("getClass"))
            return Value(std::make_shared<ClassObject>(v.javaClassName()));
        if (name == QLatin1String("hashCode"))
            return Value(qint64(javaHash(v.javaString())));
    }
    if (name == QLatin1String("equals") && args.size() == 1)
        return Value(javaEquals(v, args[0]));
    return std::nullopt;
}

std::optional<Value> Renderer::stringMethod(const QString &s, const QString &name, const std::vector<Value> &args)
{
    const size_t n = args.size();
    auto outOfRange = [&](qint64 b, qint64 e) {
        fail(QStringLiteral("%1(): begin %2, end %3, length %4 is out of range").arg(name).arg(b).arg(e).arg(s.size()));
        return Value();
    };
    if (n == 0) {
        if (name == QLatin1String("length"))
            return Value(qint64(s.size()));
        if (name == QLatin1String("isEmpty"))
            return Value(s.isEmpty());
        if (name == QLatin1String("isBlank"))
            return Value(s.trimmed().isEmpty());
        if (name == QLatin1String("toLowerCase"))
            return Value(s.toLower());
        if (name == QLatin1String("toUpperCase"))
            return Value(s.toUpper());
        if (name == QLatin1String("trim"))
            return Value(javaTrim(s));
        if (name == QLatin1String("strip"))
            return Value(s.trimmed());
        if (name == QLatin1String("toString") || name == QLatin1String("intern"))
            return Value(s);
        if (name == QLatin1String("hashCode"))
            return Value(qint64(javaHash(s)));
        if (name == QLatin1String("getBytes")) {
            std::vector<Value> bytes;
            for (const char b : s.toUtf8())
                bytes.emplace_back(qint64(b));
            return Value::list(ListKind::JavaArray, std::move(bytes));
        }
        return std::nullopt;
    }
    if (name == QLatin1String("charAt") && n == 1 && isInt(args, 0)) {
        const qint64 i = args[0].toInt();
        if (i < 0 || i >= s.size()) {
            fail(QStringLiteral("charAt(%1): index out of range for a string of length %2").arg(i).arg(s.size()));
            return Value();
        }
        return Value(QString(s[qsizetype(i)]));
    }
    if (name == QLatin1String("substring") && isInt(args, 0) && (n == 1 || (n == 2 && isInt(args, 1)))) {
        const qint64 b = args[0].toInt();
        const qint64 e = n == 2 ? args[1].toInt() : qint64(s.size());
        if (b < 0 || e > s.size() || b > e)
            return outOfRange(b, e);
        return Value(s.mid(qsizetype(b), qsizetype(e - b)));
    }
    if ((name == QLatin1String("indexOf") || name == QLatin1String("lastIndexOf")) && isStr(args, 0)
        && (n == 1 || (n == 2 && isInt(args, 1)))) {
        const QString &needle = args[0].stringRef();
        if (name == QLatin1String("indexOf")) {
            qint64 from = n == 2 ? qMax<qint64>(0, args[1].toInt()) : 0;
            if (from > s.size())
                return Value(qint64(needle.isEmpty() ? s.size() : -1));
            return Value(qint64(s.indexOf(needle, qsizetype(from))));
        }
        qint64 from = n == 2 ? args[1].toInt() : qint64(s.size());
        if (from < 0)
            return Value(qint64(-1));
        from = qMin<qint64>(from, s.size());
        return Value(qint64(s.lastIndexOf(needle, qsizetype(from))));
    }
    if (n == 1 && isStr(args, 0)) {
        const QString &a = args[0].stringRef();
        if (name == QLatin1String("contains"))
            return Value(s.contains(a));
        if (name == QLatin1String("startsWith"))
            return Value(s.startsWith(a));
        if (name == QLatin1String("endsWith"))
            return Value(s.endsWith(a));
        if (name == QLatin1String("equalsIgnoreCase"))
            return Value(s.compare(a, Qt::CaseInsensitive) == 0);
        if (name == QLatin1String("compareTo") || name == QLatin1String("compareToIgnoreCase")) {
            const QString x = name == QLatin1String("compareTo") ? s : s.toLower();
            const QString y = name == QLatin1String("compareTo") ? a : a.toLower();
            const qsizetype common = qMin(x.size(), y.size());
            for (qsizetype i = 0; i < common; ++i) {
                if (x[i] != y[i])
                    return Value(qint64(x[i].unicode()) - qint64(y[i].unicode()));
            }
            return Value(qint64(x.size() - y.size()));
        }
        if (name == QLatin1String("concat")) {
            if (!checkSize(s.size() + a.size()))
                return Value();
            return Value(s + a);
        }
        if (name == QLatin1String("matches")) {
            QString error;
            const auto re = javaRegex(QStringLiteral("\\A(?:") + a + QStringLiteral(")\\z"), &error);
            if (!re) {
                fail(error);
                return Value();
            }
            return Value(re->match(s).hasMatch());
        }
        if (name == QLatin1String("split")) {
            QString error;
            const auto parts = javaSplit(s, a, 0, &error);
            if (!parts) {
                fail(error);
                return Value();
            }
            std::vector<Value> items(parts->cbegin(), parts->cend());
            return Value::list(ListKind::JavaArray, std::move(items));
        }
    }
    if (name == QLatin1String("startsWith") && n == 2 && isStr(args, 0) && isInt(args, 1)) {
        const qint64 off = args[1].toInt();
        if (off < 0 || off > s.size())
            return Value(false);
        return Value(QStringView(s).mid(qsizetype(off)).startsWith(args[0].stringRef()));
    }
    if (name == QLatin1String("split") && n == 2 && isStr(args, 0) && isInt(args, 1)) {
        QString error;
        const auto parts = javaSplit(s, args[0].stringRef(), int(qBound<qint64>(-1, args[1].toInt(), qint64(1) << 30)), &error);
        if (!parts) {
            fail(error);
            return Value();
        }
        std::vector<Value> items(parts->cbegin(), parts->cend());
        return Value::list(ListKind::JavaArray, std::move(items));
    }
    if (name == QLatin1String("repeat") && n == 1 && isInt(args, 0)) {
        const qint64 count = args[0].toInt();
        if (count < 0) {
            fail(QStringLiteral("repeat(): count is negative: %1").arg(count));
            return Value();
        }
        if (!checkSize(qsizetype(qMin<qint64>(count * s.size(), std::numeric_limits<qsizetype>::max() / 2))))
            return Value();
        return Value(s.repeated(qsizetype(count)));
    }
    if (n == 2 && isStr(args, 0) && isStr(args, 1)) {
        const QString &a = args[0].stringRef();
        const QString &b = args[1].stringRef();
        if (name == QLatin1String("replace")) {
            QString out;
            if (a.isEmpty()) { // Java inserts the replacement around every character
                out.reserve(s.size() * (b.size() + 1) + b.size());
                out += b;
                for (const QChar c : s) {
                    out += c;
                    out += b;
                }
            } else {
                out = s;
                out.replace(a, b);
            }
            if (!checkSize(out.size()))
                return Value();
            return Value(out);
        }
        if (name == QLatin1String("replaceAll") || name == QLatin1String("replaceFirst")) {
            QString error;
            const auto out = javaReplace(s, a, b, name == QLatin1String("replaceAll"), &error);
            if (!out) {
                fail(error);
                return Value();
            }
            if (!checkSize(out->size()))
                return Value();
            return Value(*out);
        }
    }
    return std::nullopt;
}

std::optional<Value> Renderer::listMethod(const Value &list, const QString &name, const std::vector<Value> &args)
{
    ListData *l = list.listData();
    auto &items = l->items;
    const size_t n = args.size();
    const qint64 size = qint64(items.size());
    const bool mutableList = l->kind == ListKind::ArrayList || l->kind == ListKind::JsonArray;
    auto unsupported = [&] {
        fail(QStringLiteral("%1() is not supported on a %2 (UnsupportedOperationException)")
                 .arg(name, list.javaClassName()));
        return Value();
    };
    auto badIndex = [&](qint64 i) {
        fail(QStringLiteral("%1(): index %2 is out of bounds for a list of %3 items").arg(name).arg(i).arg(size));
        return Value();
    };
    auto grow = [&](qsizetype more) {
        if (qint64(items.size()) + more > m_input.limits.maxCollectionSize) {
            fail(QStringLiteral("a list grew past %1 items").arg(m_input.limits.maxCollectionSize),
                 RenderError::Kind::LimitExceeded);
            return false;
        }
        return true;
    };
    if (n == 0) {
        if (name == QLatin1String("size"))
            return Value(size);
        if (name == QLatin1String("isEmpty"))
            return Value(items.empty());
        if (name == QLatin1String("clear")) {
            if (!mutableList)
                return unsupported();
            items.clear();
            return Value();
        }
        if (name == QLatin1String("toString"))
            return Value(list.javaString());
        return std::nullopt;
    }
    if (name == QLatin1String("get") && n == 1) {
        if (!args[0].isInt())
            return std::nullopt;
        const qint64 i = args[0].toInt();
        if (i < 0 || i >= size)
            return badIndex(i);
        return items[size_t(i)];
    }
    if (name == QLatin1String("add")) {
        if (!mutableList)
            return unsupported();
        if (n == 1) {
            if (!grow(1))
                return Value();
            items.push_back(args[0]);
            return Value(true);
        }
        if (n == 2 && args[0].isInt()) {
            const qint64 i = args[0].toInt();
            if (i < 0 || i > size)
                return badIndex(i);
            if (!grow(1))
                return Value();
            items.insert(items.begin() + i, args[1]);
            return Value();
        }
        return std::nullopt;
    }
    if (name == QLatin1String("addAll") && n == 1 && args[0].isList()) {
        if (!mutableList)
            return unsupported();
        const std::vector<Value> more = args[0].listData()->items; // copy: addAll($list) onto itself
        if (!grow(qsizetype(more.size())))
            return Value();
        items.insert(items.end(), more.begin(), more.end());
        return Value(!more.empty());
    }
    if (name == QLatin1String("set") && n == 2 && args[0].isInt()) {
        if (l->kind == ListKind::KeySet)
            return unsupported();
        const qint64 i = args[0].toInt();
        if (i < 0 || i >= size)
            return badIndex(i);
        Value previous = items[size_t(i)];
        items[size_t(i)] = args[1];
        return previous;
    }
    if (name == QLatin1String("remove") && n == 1) {
        if (!mutableList)
            return unsupported();
        if (args[0].isInt()) {
            const qint64 i = args[0].toInt();
            if (i < 0 || i >= size)
                return badIndex(i);
            Value removed = items[size_t(i)];
            items.erase(items.begin() + i);
            return removed;
        }
        for (auto it = items.begin(); it != items.end(); ++it) {
            if (javaEquals(*it, args[0])) {
                items.erase(it);
                return Value(true);
            }
        }
        return Value(false);
    }
    if ((name == QLatin1String("contains") || name == QLatin1String("indexOf")
         || name == QLatin1String("lastIndexOf"))
        && n == 1) {
        qint64 found = -1;
        for (qint64 i = 0; i < size; ++i) {
            if (javaEquals(items[size_t(i)], args[0])) {
                found = i;
                if (name != QLatin1String("lastIndexOf"))
                    break;
            }
        }
        if (name == QLatin1String("contains"))
            return Value(found >= 0);
        return Value(found);
    }
    if (name == QLatin1String("containsAll") && n == 1 && args[0].isList()) {
        for (const Value &want : args[0].listData()->items) {
            bool hit = false;
            for (const Value &have : items)
                hit = hit || javaEquals(have, want);
            if (!hit)
                return Value(false);
        }
        return Value(true);
    }
    if (name == QLatin1String("subList") && n == 2 && args[0].isInt() && args[1].isInt()) {
        const qint64 b = args[0].toInt();
        const qint64 e = args[1].toInt();
        if (b < 0 || e > size || b > e) {
            fail(QStringLiteral("subList(%1, %2) is out of range for a list of %3 items").arg(b).arg(e).arg(size));
            return Value();
        }
        return Value::list(ListKind::ArrayList, std::vector<Value>(items.begin() + b, items.begin() + e));
    }
    return std::nullopt;
}

std::optional<Value> Renderer::mapMethod(const Value &map, const QString &name, const std::vector<Value> &args)
{
    MapData *m = map.mapData();
    const size_t n = args.size();
    if (n == 0) {
        if (name == QLatin1String("size"))
            return Value(qint64(m->size()));
        if (name == QLatin1String("isEmpty"))
            return Value(m->size() == 0);
        if (name == QLatin1String("keySet") || name == QLatin1String("values")
            || name == QLatin1String("entrySet")) {
            std::vector<Value> items;
            items.reserve(size_t(m->size()));
            for (const auto &[key, v] : m->entries()) {
                if (name == QLatin1String("keySet"))
                    items.emplace_back(key);
                else if (name == QLatin1String("values"))
                    items.push_back(v);
                else
                    items.emplace_back(std::make_shared<MapEntryObject>(map, key, v));
            }
            return Value::list(ListKind::KeySet, std::move(items));
        }
        if (name == QLatin1String("clear")) {
            m->clear();
            return Value();
        }
        if (name == QLatin1String("toString"))
            return Value(map.javaString());
        return std::nullopt;
    }
    if (n == 1) {
        if (name == QLatin1String("get"))
            return m->value(args[0].javaString());
        if (name == QLatin1String("containsKey"))
            return Value(m->contains(args[0].javaString()));
        if (name == QLatin1String("containsValue")) {
            for (const auto &entry : m->entries()) {
                if (javaEquals(entry.second, args[0]))
                    return Value(true);
            }
            return Value(false);
        }
        if (name == QLatin1String("remove"))
            return m->remove(args[0].javaString());
        if (name == QLatin1String("putAll") && args[0].isMap()) {
            const auto entries = args[0].mapData()->entries(); // copy: putAll($map) onto itself
            for (const auto &[key, v] : entries)
                m->insert(key, v);
            return Value();
        }
    }
    if (n == 2) {
        const QString key = args[0].javaString();
        if (name == QLatin1String("put")) {
            if (m->size() >= m_input.limits.maxCollectionSize && !m->contains(key)) {
                fail(QStringLiteral("a map grew past %1 entries").arg(m_input.limits.maxCollectionSize),
                     RenderError::Kind::LimitExceeded);
                return Value();
            }
            return m->insert(key, args[1]);
        }
        if (name == QLatin1String("getOrDefault")) {
            const Value *v = m->find(key);
            return v ? *v : args[1];
        }
        if (name == QLatin1String("putIfAbsent")) {
            const Value *v = m->find(key);
            if (v && !v->isNull())
                return *v;
            m->insert(key, args[1]);
            return Value();
        }
    }
    return std::nullopt;
}

std::optional<Value> Renderer::numberMethod(const Value &v, const QString &name, const std::vector<Value> &args)
{
    if (args.empty()) {
        if (name == QLatin1String("intValue")) {
            const qint64 i = v.toInt();
            return Value(qint64(qint32(quint32(quint64(i)))));
        }
        if (name == QLatin1String("longValue"))
            return Value(v.toInt());
        if (name == QLatin1String("doubleValue") || name == QLatin1String("floatValue"))
            return Value(v.toDouble());
        if (name == QLatin1String("isNaN"))
            return Value(v.isDouble() && std::isnan(v.toDouble()));
        if (name == QLatin1String("isInfinite"))
            return Value(v.isDouble() && std::isinf(v.toDouble()));
        return std::nullopt;
    }
    if (name == QLatin1String("compareTo") && args.size() == 1 && args[0].isNumber()) {
        const double a = v.toDouble();
        const double b = args[0].toDouble();
        return Value(qint64(a < b ? -1 : (a > b ? 1 : 0)));
    }
    return std::nullopt;
}

QString RenderError::toString() const
{
    return QStringLiteral("line %1, column %2: %3").arg(line).arg(column).arg(message);
}

} // namespace gw::vtl
