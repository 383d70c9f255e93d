// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ast.h"
#include "template.h"

#include <QHash>

#include <vector>

namespace gw::vtl {

/// One render of one template: the evaluator. Lives on the stack of Template::render(), on one thread; holds all
/// mutable state of the render (variables, output, counters), so the parsed template stays immutable.
class Renderer final
{
public:
    Renderer(const ast::TemplateData &t, const RenderInput &input);
    RenderResult run();

    // For host objects ($input, $util, ...):
    /// Fails the render at the node being evaluated; evaluation unwinds and the error is reported.
    void fail(const QString &message, RenderError::Kind kind = RenderError::Kind::Runtime);
    void warn(const QString &message);
    bool failed() const { return m_error.has_value(); }
    const RenderInput &input() const { return m_input; }
    /// Fails with LimitExceeded when a string a template builds grows past the output limit.
    bool checkSize(qsizetype chars);

    /// Velocity's `==` (with API Gateway's null == "" quirk).
    static bool valuesEqual(const Value &a, const Value &b, int depth = 32);

private:
    enum class Flow { Normal, Break, Stop };

    Flow renderBlock(const ast::Block &block, QString &out);
    Flow renderNode(const ast::Node &node, QString &out);
    Flow renderForeach(const ast::Node &node, QString &out);
    Flow renderMacroCall(const ast::Node &node, QString &out);
    void print(const Value &v, QString &out);
    void append(QString &out, QStringView text);

    Value eval(const ast::Expr &e);
    Value evalBinary(const ast::Expr &e);
    Value evalReference(const ast::Reference &ref);
    void assign(const ast::Reference &ref, Value v);
    Value lookup(const QString &name) const;
    void setVariable(const QString &name, Value v);

    /// `$target.name`: nullopt when there is no such property.
    std::optional<Value> property(const Value &target, const QString &name);
    /// `$target.name(args)`: nullopt when there is no such method.
    std::optional<Value> invoke(const Value &target, const QString &name, const std::vector<Value> &args);
    std::optional<Value> stringMethod(const QString &s, const QString &name, const std::vector<Value> &args);
    std::optional<Value> listMethod(const Value &list, const QString &name, const std::vector<Value> &args);
    std::optional<Value> mapMethod(const Value &map, const QString &name, const std::vector<Value> &args);
    std::optional<Value> numberMethod(const Value &n, const QString &name, const std::vector<Value> &args);
    std::optional<Value> commonMethod(const Value &v, const QString &name, const std::vector<Value> &args);
    std::optional<Value> index(const Value &target, const Value &key);

    bool step();
    void at(int offset) { m_offset = offset; }

    const ast::TemplateData &m_t;
    const RenderInput &m_input;
    QHash<QString, Value> m_globals;
    std::vector<QHash<QString, Value>> m_frames; ///< macro arguments, innermost last
    Value m_context;                             ///< `$context`, holding the override maps
    std::optional<RenderError> m_error;
    QList<RenderWarning> m_warnings;
    qint64 m_steps = 0;
    int m_callDepth = 0;
    int m_offset = 0; ///< where evaluation is, for errors
    friend class DefineObject;
};

/// A `#define` block: rendered each time the reference is printed.
class DefineObject final : public HostObject
{
public:
    explicit DefineObject(const ast::Block *body) : body(body) { }
    QString className() const override { return QStringLiteral("org.apache.velocity.runtime.directive.Define$Block"); }
    const ast::Block *body;
};

/// Builds `$input` and `$util` for a render.
Value makeInputObject(Renderer &r);
Value makeUtilObject();

} // namespace gw::vtl
