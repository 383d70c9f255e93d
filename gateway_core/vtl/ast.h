// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "value.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

// The syntax tree of a parsed template. Immutable once parsed; shared by every render on every thread.
// Positions are offsets into the template text; SourceMap turns them into line and column.

namespace gw::vtl::ast {

struct Expr;
struct Node;
using ExprPtr = std::unique_ptr<Expr>;
using NodePtr = std::unique_ptr<Node>;
using Block = std::vector<NodePtr>;

/// One step after the root of a reference: `.name`, `.name(args)` or `[index]`.
struct Accessor
{
    enum class Kind { Property, Method, Index };
    Kind kind = Kind::Property;
    QString name;
    std::vector<ExprPtr> args; ///< method arguments; the index expression for Index
    int offset = 0;
};

/// `$name.a.b(1)[2]`, `$!name`, `${name}`.
struct Reference
{
    QString root;
    std::vector<Accessor> chain;
    bool quiet = false;
    QString source; ///< as written, printed for a null value in Velocity's literal mode
    int offset = 0;
};

enum class BinaryOp { Or, And, Eq, Ne, Lt, Le, Gt, Ge, Add, Sub, Mul, Div, Mod };

struct Expr
{
    enum class Kind {
        Literal,     ///< number, boolean, or a string without interpolation
        Interpolate, ///< a double-quoted string with references or directives: `block`
        Ref,
        List,  ///< `[a, b]`: `items`
        Range, ///< `[a..b]`: items[0], items[1]
        Map,   ///< `{k: v}`: items alternate key, value
        Not,
        Negate,
        Binary, ///< items[0] op items[1]
    };
    Kind kind = Kind::Literal;
    int offset = 0;
    Value literal;
    std::unique_ptr<Reference> ref;
    std::vector<ExprPtr> items;
    std::vector<NodePtr> block;
    BinaryOp op = BinaryOp::Add;
};

struct Node
{
    enum class Kind {
        Text,      ///< `text`
        Ref,       ///< `ref`, preceded by `escapes` backslashes
        Set,       ///< `ref` = exprs[0]
        If,        ///< exprs[i] guards blocks[i]; a last extra block is the #else
        Foreach,   ///< `text` is the loop variable, exprs[0] the collection, blocks[0] the body
        Break,
        Stop,
        Define,    ///< `text` names the variable, blocks[0] the body
        MacroCall, ///< `text` names the macro, exprs are the arguments, `source` is printed when it is unknown
    };
    Kind kind = Kind::Text;
    int offset = 0;
    QString text;
    QString source;
    int escapes = 0;
    std::unique_ptr<Reference> ref;
    std::vector<ExprPtr> exprs;
    std::vector<Block> blocks;
};

struct Macro
{
    QString name;
    QStringList params; ///< without the `$`
    Block body;
    int offset = 0;
};

/// Maps offsets in the template text to 1-based line and column.
class SourceMap
{
public:
    explicit SourceMap(QStringView text);
    int line(int offset) const;
    int column(int offset) const;

private:
    std::vector<int> m_lineStarts;
};

/// The parsed template.
struct TemplateData
{
    QString source;
    Block root;
    QHash<QString, std::shared_ptr<const Macro>> macros;
    SourceMap map{QStringView()};
};

} // namespace gw::vtl::ast
