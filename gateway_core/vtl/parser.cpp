// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser.h"

#include <algorithm>

namespace gw::vtl {

QString ParseError::toString() const
{
    return QStringLiteral("line %1, column %2: %3").arg(line).arg(column).arg(message);
}

namespace ast {

SourceMap::SourceMap(QStringView text)
{
    m_lineStarts.push_back(0);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\n'))
            m_lineStarts.push_back(int(i + 1));
    }
}

int SourceMap::line(int offset) const
{
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    return int(it - m_lineStarts.begin());
}

int SourceMap::column(int offset) const
{
    const int l = line(offset);
    return offset - m_lineStarts[size_t(l - 1)] + 1;
}

} // namespace ast

namespace detail {
namespace {

using namespace ast;

struct ParseFailure
{
    int offset;
    QString message;
};

bool isIdStart(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'_';
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isIdChar(QChar c)
{
    return isIdStart(c) || isDigit(c);
}

enum class Terminator { None, End, Else, ElseIf };

class Parser
{
public:
    Parser(const QString &text, int maxNesting, TemplateData &out)
        : m_s(text)
        , m_end(text.size())
        , m_maxNesting(maxNesting)
        , m_t(out)
    {
    }

    Block parseTemplate()
    {
        Terminator t = Terminator::None;
        int at = 0;
        return parseBlock(nullptr, &t, &at);
    }

private:
    QChar at(qsizetype p) const { return p < m_end ? m_s[p] : QChar(); }
    QChar cur() const { return at(m_pos); }

    [[noreturn]] void fail(qsizetype offset, const QString &message) const
    {
        throw ParseFailure{int(offset), message};
    }

    struct DepthGuard
    {
        explicit DepthGuard(Parser &p) : p(p)
        {
            if (++p.m_depth > p.m_maxNesting)
                p.fail(p.m_pos, QStringLiteral("the template is nested too deeply (more than %1 levels)")
                                    .arg(p.m_maxNesting));
        }
        ~DepthGuard() { --p.m_depth; }
        Parser &p;
    };

    // ---- text mode ----

    /// Parses nodes until the end of the range, or (when `terminators` is set) until #end/#else/#elseif, which it
    /// reports through `term` and `termOffset`.
    Block parseBlock(const char *opener, Terminator *term, int *termOffset)
    {
        DepthGuard guard(*this);
        Block block;
        QString pending;
        int pendingOffset = int(m_pos);
        auto flush = [&] {
            if (!pending.isEmpty()) {
                auto n = std::make_unique<Node>();
                n->kind = Node::Kind::Text;
                n->offset = pendingOffset;
                n->text = std::move(pending);
                block.push_back(std::move(n));
                pending.clear();
            }
            pendingOffset = int(m_pos);
        };
        auto appendText = [&](QStringView t) {
            if (pending.isEmpty())
                pendingOffset = int(m_pos);
            pending += t;
        };

        *term = Terminator::None;
        while (m_pos < m_end) {
            const QChar c = m_s[m_pos];
            if (c == QLatin1Char('$')) {
                const qsizetype start = m_pos;
                if (auto ref = tryReference()) {
                    flush();
                    auto n = std::make_unique<Node>();
                    n->kind = Node::Kind::Ref;
                    n->offset = int(start);
                    n->ref = std::move(ref);
                    block.push_back(std::move(n));
                    pendingOffset = int(m_pos);
                } else {
                    appendText(u"$");
                    ++m_pos;
                }
                continue;
            }
            if (c == QLatin1Char('\\')) {
                qsizetype q = m_pos;
                while (at(q) == QLatin1Char('\\'))
                    ++q;
                const int n = int(q - m_pos);
                if (at(q) == QLatin1Char('$')) {
                    const qsizetype start = m_pos;
                    m_pos = q;
                    if (auto ref = tryReference()) {
                        flush();
                        auto node = std::make_unique<Node>();
                        node->kind = Node::Kind::Ref;
                        node->offset = int(start);
                        node->escapes = n;
                        node->ref = std::move(ref);
                        block.push_back(std::move(node));
                        pendingOffset = int(m_pos);
                    } else {
                        m_pos = start;
                        appendText(QString(QString(n, QLatin1Char('\\')) + QLatin1Char('$')));
                        m_pos = q + 1;
                    }
                    continue;
                }
                if (at(q) == QLatin1Char('#') && directiveNameAt(q + 1)) {
                    appendText(QString(n / 2, QLatin1Char('\\')));
                    if (n % 2 == 1) {
                        // An escaped directive prints as text: `\#if` -> `#if`.
                        qsizetype p = q + 1;
                        if (at(p) == QLatin1Char('{'))
                            ++p;
                        while (isIdChar(at(p)))
                            ++p;
                        if (at(p) == QLatin1Char('}') && at(q + 1) == QLatin1Char('{'))
                            ++p;
                        appendText(QStringView(m_s).mid(q, p - q));
                        m_pos = p;
                    } else {
                        m_pos = q;
                    }
                    continue;
                }
                appendText(QString(n, QLatin1Char('\\')));
                m_pos = q;
                continue;
            }
            if (c == QLatin1Char('#')) {
                const qsizetype start = m_pos;
                const QChar next = at(m_pos + 1);
                if (next == QLatin1Char('#')) { // ## line comment, newline included
                    qsizetype p = m_pos + 2;
                    while (p < m_end && m_s[p] != QLatin1Char('\n'))
                        ++p;
                    m_pos = p < m_end ? p + 1 : p;
                    continue;
                }
                if (next == QLatin1Char('*')) { // #* block comment *#
                    const qsizetype close = m_s.indexOf(QLatin1String("*#"), m_pos + 2);
                    if (close < 0 || close + 2 > m_end)
                        fail(start, QStringLiteral("the comment #* is never closed with *#"));
                    m_pos = close + 2;
                    continue;
                }
                if (next == QLatin1Char('[') && at(m_pos + 2) == QLatin1Char('[')) { // #[[ unparsed ]]#
                    const qsizetype close = m_s.indexOf(QLatin1String("]]#"), m_pos + 3);
                    if (close < 0 || close + 3 > m_end)
                        fail(start, QStringLiteral("the unparsed block #[[ is never closed with ]]#"));
                    appendText(QStringView(m_s).mid(m_pos + 3, close - m_pos - 3));
                    m_pos = close + 3;
                    continue;
                }
                QString name;
                qsizetype p = m_pos + 1;
                const bool braced = next == QLatin1Char('{');
                if (braced)
                    ++p;
                if (isIdStart(at(p))) {
                    const qsizetype b = p;
                    while (isIdChar(at(p)))
                        ++p;
                    name = m_s.mid(b, p - b);
                }
                if (braced) {
                    if (at(p) != QLatin1Char('}'))
                        name.clear();
                    else
                        ++p;
                }
                if (name.isEmpty()) {
                    appendText(u"#");
                    ++m_pos;
                    continue;
                }
                if (name == QLatin1String("end") || name == QLatin1String("else")
                    || name == QLatin1String("elseif")) {
                    if (!opener)
                        fail(start, QStringLiteral("#%1 without a matching #if, #foreach, #define or #macro")
                                        .arg(name));
                    flush();
                    m_pos = p;
                    *termOffset = int(start);
                    if (name == QLatin1String("elseif")) {
                        *term = Terminator::ElseIf;
                    } else {
                        *term = name == QLatin1String("end") ? Terminator::End : Terminator::Else;
                        gobbleLineEnd();
                    }
                    return block;
                }
                if (name == QLatin1String("set")) {
                    // Velocity 1.7 eats the spaces and tabs before #set.
                    qsizetype strip = 0;
                    while (strip < pending.size()
                           && (pending[pending.size() - 1 - strip] == QLatin1Char(' ')
                               || pending[pending.size() - 1 - strip] == QLatin1Char('\t')))
                        ++strip;
                    pending.chop(strip);
                    flush();
                    m_pos = p;
                    block.push_back(parseSet(start));
                    pendingOffset = int(m_pos);
                    continue;
                }
                if (name == QLatin1String("if") || name == QLatin1String("foreach") || name == QLatin1String("break")
                    || name == QLatin1String("stop") || name == QLatin1String("define")
                    || name == QLatin1String("macro")) {
                    flush();
                    m_pos = p;
                    NodePtr n = parseDirective(name, start);
                    if (n)
                        block.push_back(std::move(n));
                    pendingOffset = int(m_pos);
                    continue;
                }
                if (name == QLatin1String("parse") || name == QLatin1String("include")
                    || name == QLatin1String("evaluate")) {
                    fail(start, QStringLiteral("#%1 is not supported in API Gateway mapping templates").arg(name));
                }
                if (at(p) == QLatin1Char('(')) {
                    flush();
                    m_pos = p;
                    block.push_back(parseMacroCall(name, start));
                    pendingOffset = int(m_pos);
                    continue;
                }
                appendText(QStringView(m_s).mid(m_pos, p - m_pos));
                m_pos = p;
                continue;
            }
            if (m_quote != QChar() && c == m_quote && at(m_pos + 1) == m_quote) {
                appendText(QStringView(&m_quote, 1));
                m_pos += 2;
                continue;
            }
            // Plain text up to the next special character.
            qsizetype p = m_pos + 1;
            while (p < m_end) {
                const QChar d = m_s[p];
                if (d == QLatin1Char('$') || d == QLatin1Char('#') || d == QLatin1Char('\\')
                    || (m_quote != QChar() && d == m_quote))
                    break;
                ++p;
            }
            appendText(QStringView(m_s).mid(m_pos, p - m_pos));
            m_pos = p;
        }
        flush();
        return block;
    }

    /// Is there a directive name (or `{name}`) at `p`, so that a backslash before `#` escapes it?
    bool directiveNameAt(qsizetype p) const
    {
        if (at(p) == QLatin1Char('{'))
            ++p;
        qsizetype b = p;
        while (isIdChar(at(p)))
            ++p;
        const QStringView name = QStringView(m_s).mid(b, p - b);
        static const char16_t *const known[] = {u"set", u"if", u"elseif", u"else", u"end", u"foreach", u"break",
                                               u"stop", u"define", u"macro"};
        for (const char16_t *k : known) {
            if (name == QStringView(k))
                return true;
        }
        return m_t.macros.contains(name.toString());
    }

    /// After a directive: the spaces, tabs and one newline that end its line.
    void gobbleLineEnd()
    {
        qsizetype p = m_pos;
        while (at(p) == QLatin1Char(' ') || at(p) == QLatin1Char('\t'))
            ++p;
        if (at(p) == QLatin1Char('\n')) {
            m_pos = p + 1;
        } else if (at(p) == QLatin1Char('\r')) {
            m_pos = p + 1;
            if (at(m_pos) == QLatin1Char('\n'))
                ++m_pos;
        }
    }

    void expectOpenParen(const QString &directive, qsizetype start)
    {
        while (at(m_pos) == QLatin1Char(' ') || at(m_pos) == QLatin1Char('\t'))
            ++m_pos;
        if (cur() != QLatin1Char('('))
            fail(start, QStringLiteral("#%1 must be followed by '('").arg(directive));
        ++m_pos;
    }

    void expect(QChar c, const QString &what)
    {
        skipWs();
        if (cur() != c)
            fail(m_pos, QStringLiteral("expected '%1' %2, found %3").arg(c).arg(what, describeHere()));
        ++m_pos;
    }

    QString describeHere() const
    {
        if (m_pos >= m_end)
            return QStringLiteral("the end of the template");
        return QStringLiteral("'%1'").arg(QStringView(m_s).mid(m_pos, 12).toString().section(QLatin1Char('\n'), 0, 0));
    }

    NodePtr parseSet(qsizetype start)
    {
        expectOpenParen(QStringLiteral("set"), start);
        skipWs();
        if (cur() != QLatin1Char('$'))
            fail(m_pos, QStringLiteral("#set must assign to a reference such as $name, found %1").arg(describeHere()));
        auto n = std::make_unique<Node>();
        n->kind = Node::Kind::Set;
        n->offset = int(start);
        n->ref = parseReference(true);
        expect(QLatin1Char('='), QStringLiteral("in #set"));
        n->exprs.push_back(parseExpr());
        expect(QLatin1Char(')'), QStringLiteral("to close #set"));
        gobbleLineEnd();
        return n;
    }

    ExprPtr parseCondition(const QString &directive, qsizetype start)
    {
        expectOpenParen(directive, start);
        ExprPtr e = parseExpr();
        expect(QLatin1Char(')'), QStringLiteral("to close #%1").arg(directive));
        gobbleLineEnd();
        return e;
    }

    NodePtr parseDirective(const QString &name, qsizetype start)
    {
        auto n = std::make_unique<Node>();
        n->offset = int(start);
        Terminator term = Terminator::None;
        int termOffset = 0;
        auto noEnd = [&](const char *what) {
            fail(start, QStringLiteral("#%1 has no matching #end").arg(QLatin1String(what)));
        };
        if (name == QLatin1String("if")) {
            n->kind = Node::Kind::If;
            n->exprs.push_back(parseCondition(name, start));
            while (true) {
                n->blocks.push_back(parseBlock("if", &term, &termOffset));
                if (term == Terminator::None)
                    noEnd("if");
                if (term == Terminator::End)
                    break;
                if (term == Terminator::ElseIf) {
                    n->exprs.push_back(parseCondition(QStringLiteral("elseif"), termOffset));
                    continue;
                }
                n->blocks.push_back(parseBlock("else", &term, &termOffset)); // #else
                if (term == Terminator::None)
                    noEnd("if");
                if (term != Terminator::End)
                    fail(termOffset, QStringLiteral("#else must be the last branch of #if; found another #else or "
                                                    "#elseif after it"));
                break;
            }
            return n;
        }
        if (name == QLatin1String("foreach")) {
            n->kind = Node::Kind::Foreach;
            expectOpenParen(name, start);
            skipWs();
            if (cur() != QLatin1Char('$'))
                fail(m_pos, QStringLiteral("#foreach needs a loop variable such as $item, found %1").arg(describeHere()));
            auto var = parseReference(true);
            if (!var->chain.empty())
                fail(var->offset, QStringLiteral("the #foreach loop variable must be a plain name"));
            n->text = var->root;
            skipWs();
            if (!matchWord(u"in"))
                fail(m_pos, QStringLiteral("expected 'in' in #foreach, found %1").arg(describeHere()));
            n->exprs.push_back(parseExpr());
            expect(QLatin1Char(')'), QStringLiteral("to close #foreach"));
            gobbleLineEnd();
            n->blocks.push_back(parseBlock("foreach", &term, &termOffset));
            if (term == Terminator::None)
                noEnd("foreach");
            if (term != Terminator::End)
                fail(termOffset, QStringLiteral("#else and #elseif are not allowed in #foreach"));
            return n;
        }
        if (name == QLatin1String("break") || name == QLatin1String("stop")) {
            n->kind = name == QLatin1String("break") ? Node::Kind::Break : Node::Kind::Stop;
            if (cur() == QLatin1Char('(')) { // #break($foreach): the scope argument is accepted and ignored
                ++m_pos;
                skipWs();
                if (cur() == QLatin1Char('$'))
                    parseReference(true);
                expect(QLatin1Char(')'), QStringLiteral("to close #%1").arg(name));
            }
            gobbleLineEnd();
            return n;
        }
        if (name == QLatin1String("define")) {
            n->kind = Node::Kind::Define;
            expectOpenParen(name, start);
            skipWs();
            if (cur() != QLatin1Char('$'))
                fail(m_pos, QStringLiteral("#define needs a reference such as $block"));
            auto var = parseReference(true);
            if (!var->chain.empty())
                fail(var->offset, QStringLiteral("#define needs a plain name"));
            n->text = var->root;
            expect(QLatin1Char(')'), QStringLiteral("to close #define"));
            gobbleLineEnd();
            n->blocks.push_back(parseBlock("define", &term, &termOffset));
            if (term == Terminator::None)
                noEnd("define");
            if (term != Terminator::End)
                fail(termOffset, QStringLiteral("#else and #elseif are not allowed in #define"));
            return n;
        }
        // #macro(name $a $b) ... #end
        expectOpenParen(name, start);
        skipWs();
        auto macro = std::make_shared<Macro>();
        macro->offset = int(start);
        const qsizetype nameStart = m_pos;
        while (isIdChar(cur()) || cur() == QLatin1Char('-'))
            ++m_pos;
        macro->name = m_s.mid(nameStart, m_pos - nameStart);
        if (macro->name.isEmpty() || !isIdStart(macro->name[0]))
            fail(nameStart, QStringLiteral("#macro needs a name, as in #macro(name $arg)"));
        while (true) {
            skipWs();
            if (cur() == QLatin1Char(','))
                ++m_pos;
            skipWs();
            if (cur() == QLatin1Char(')')) {
                ++m_pos;
                break;
            }
            if (cur() != QLatin1Char('$'))
                fail(m_pos, QStringLiteral("a #macro parameter must be a reference such as $arg, found %1")
                                .arg(describeHere()));
            auto param = parseReference(true);
            macro->params.push_back(param->root);
        }
        gobbleLineEnd();
        macro->body = parseBlock("macro", &term, &termOffset);
        if (term == Terminator::None)
            noEnd("macro");
        if (term != Terminator::End)
            fail(termOffset, QStringLiteral("#else and #elseif are not allowed in #macro"));
        const QString macroName = macro->name;
        m_t.macros.insert(macroName, std::move(macro));
        return nullptr;
    }

    NodePtr parseMacroCall(const QString &name, qsizetype start)
    {
        auto n = std::make_unique<Node>();
        n->kind = Node::Kind::MacroCall;
        n->offset = int(start);
        n->text = name;
        ++m_pos; // (
        while (true) {
            skipWs();
            if (cur() == QLatin1Char(')')) {
                ++m_pos;
                break;
            }
            if (m_pos >= m_end)
                fail(start, QStringLiteral("the call #%1( is never closed with ')'").arg(name));
            n->exprs.push_back(parseExpr());
            skipWs();
            if (cur() == QLatin1Char(','))
                ++m_pos;
        }
        n->source = m_s.mid(start, m_pos - start);
        gobbleLineEnd();
        return n;
    }

    // ---- references ----

    QString readIdentifier(qsizetype &p) const
    {
        const qsizetype b = p;
        while (true) {
            if (isIdChar(at(p))) {
                ++p;
            } else if (at(p) == QLatin1Char('-') && isIdChar(at(p + 1))) {
                // Velocity 1.7 identifiers may contain hyphens: `$foo-bar` is one name.
                ++p;
            } else {
                break;
            }
        }
        return m_s.mid(b, p - b);
    }

    /// A reference at m_pos (which is at `$`), or nullptr (m_pos unchanged) when the text there is not one.
    std::unique_ptr<Reference> tryReference() { return parseReference(false); }

    std::unique_ptr<Reference> parseReference(bool required)
    {
        const qsizetype start = m_pos;
        qsizetype p = m_pos + 1;
        auto ref = std::make_unique<Reference>();
        ref->offset = int(start);
        if (at(p) == QLatin1Char('!')) {
            ref->quiet = true;
            ++p;
        }
        const bool formal = at(p) == QLatin1Char('{');
        if (formal)
            ++p;
        if (!isIdStart(at(p))) {
            if (required)
                fail(start, QStringLiteral("expected a reference name after '$'"));
            return nullptr;
        }
        ref->root = readIdentifier(p);
        while (true) {
            if (at(p) == QLatin1Char('.') && isIdStart(at(p + 1))) {
                Accessor a;
                a.offset = int(p);
                ++p;
                a.name = readIdentifier(p);
                if (at(p) == QLatin1Char('(')) {
                    a.kind = Accessor::Kind::Method;
                    m_pos = p + 1;
                    DepthGuard guard(*this);
                    while (true) {
                        skipWs();
                        if (cur() == QLatin1Char(')')) {
                            ++m_pos;
                            break;
                        }
                        if (m_pos >= m_end)
                            fail(a.offset, QStringLiteral("the call .%1( is never closed with ')'").arg(a.name));
                        a.args.push_back(parseExpr());
                        skipWs();
                        if (cur() == QLatin1Char(',')) {
                            ++m_pos;
                        } else if (cur() != QLatin1Char(')')) {
                            fail(m_pos, QStringLiteral("expected ',' or ')' in the arguments of .%1(), found %2")
                                            .arg(a.name, describeHere()));
                        }
                    }
                    p = m_pos;
                } else {
                    a.kind = Accessor::Kind::Property;
                }
                ref->chain.push_back(std::move(a));
                continue;
            }
            if (at(p) == QLatin1Char('[')) {
                const qsizetype save = m_pos;
                try {
                    DepthGuard guard(*this);
                    m_pos = p + 1;
                    skipWs();
                    Accessor a;
                    a.kind = Accessor::Kind::Index;
                    a.offset = int(p);
                    a.args.push_back(parseExpr());
                    skipWs();
                    if (cur() != QLatin1Char(']'))
                        fail(m_pos, QStringLiteral("expected ']'"));
                    p = m_pos + 1;
                    ref->chain.push_back(std::move(a));
                    continue;
                } catch (const ParseFailure &) {
                    if (required || formal)
                        throw;
                    m_pos = save; // `$a[` in text is just text
                    break;
                }
            }
            break;
        }
        if (formal) {
            if (at(p) != QLatin1Char('}')) {
                if (required)
                    fail(p, QStringLiteral("expected '}' to close ${"));
                return nullptr;
            }
            ++p;
        }
        ref->source = m_s.mid(start, p - start);
        m_pos = p;
        return ref;
    }

    // ---- expressions ----

    void skipWs()
    {
        while (m_pos < m_end) {
            const char16_t c = m_s[m_pos].unicode();
            if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r')
                ++m_pos;
            else
                break;
        }
    }

    bool matchWord(QStringView word)
    {
        skipWs();
        if (QStringView(m_s).mid(m_pos, m_end - m_pos).startsWith(word) && !isIdChar(at(m_pos + word.size()))) {
            m_pos += word.size();
            return true;
        }
        return false;
    }

    bool matchOp(QStringView op)
    {
        skipWs();
        if (QStringView(m_s).mid(m_pos, m_end - m_pos).startsWith(op)) {
            m_pos += op.size();
            return true;
        }
        return false;
    }

    ExprPtr binary(BinaryOp op, ExprPtr l, ExprPtr r, qsizetype offset)
    {
        auto e = std::make_unique<Expr>();
        e->kind = Expr::Kind::Binary;
        e->op = op;
        e->offset = int(offset);
        e->items.push_back(std::move(l));
        e->items.push_back(std::move(r));
        return e;
    }

    ExprPtr parseExpr()
    {
        DepthGuard guard(*this);
        return parseOr();
    }

    ExprPtr parseOr()
    {
        ExprPtr l = parseAnd();
        while (true) {
            const qsizetype at = m_pos;
            if (matchOp(u"||") || matchWord(u"or"))
                l = binary(BinaryOp::Or, std::move(l), parseAnd(), at);
            else
                return l;
        }
    }

    ExprPtr parseAnd()
    {
        ExprPtr l = parseEquality();
        while (true) {
            const qsizetype at = m_pos;
            if (matchOp(u"&&") || matchWord(u"and"))
                l = binary(BinaryOp::And, std::move(l), parseEquality(), at);
            else
                return l;
        }
    }

    ExprPtr parseEquality()
    {
        ExprPtr l = parseRelational();
        while (true) {
            const qsizetype at = m_pos;
            if (matchOp(u"==") || matchWord(u"eq"))
                l = binary(BinaryOp::Eq, std::move(l), parseRelational(), at);
            else if (matchOp(u"!=") || matchWord(u"ne"))
                l = binary(BinaryOp::Ne, std::move(l), parseRelational(), at);
            else
                return l;
        }
    }

    ExprPtr parseRelational()
    {
        ExprPtr l = parseAdditive();
        while (true) {
            const qsizetype at = m_pos;
            if (matchOp(u"<=") || matchWord(u"le"))
                l = binary(BinaryOp::Le, std::move(l), parseAdditive(), at);
            else if (matchOp(u">=") || matchWord(u"ge"))
                l = binary(BinaryOp::Ge, std::move(l), parseAdditive(), at);
            else if (matchOp(u"<") || matchWord(u"lt"))
                l = binary(BinaryOp::Lt, std::move(l), parseAdditive(), at);
            else if (matchOp(u">") || matchWord(u"gt"))
                l = binary(BinaryOp::Gt, std::move(l), parseAdditive(), at);
            else
                return l;
        }
    }

    ExprPtr parseAdditive()
    {
        ExprPtr l = parseMultiplicative();
        while (true) {
            const qsizetype at = m_pos;
            if (matchOp(u"+"))
                l = binary(BinaryOp::Add, std::move(l), parseMultiplicative(), at);
            else if (matchOp(u"-"))
                l = binary(BinaryOp::Sub, std::move(l), parseMultiplicative(), at);
            else
                return l;
        }
    }

    ExprPtr parseMultiplicative()
    {
        ExprPtr l = parseUnary();
        while (true) {
            const qsizetype at = m_pos;
            if (matchOp(u"*"))
                l = binary(BinaryOp::Mul, std::move(l), parseUnary(), at);
            else if (matchOp(u"/"))
                l = binary(BinaryOp::Div, std::move(l), parseUnary(), at);
            else if (matchOp(u"%"))
                l = binary(BinaryOp::Mod, std::move(l), parseUnary(), at);
            else
                return l;
        }
    }

    ExprPtr parseUnary()
    {
        DepthGuard guard(*this);
        skipWs();
        const qsizetype start = m_pos;
        if ((cur() == QLatin1Char('!') && at(m_pos + 1) != QLatin1Char('=')) || matchWord(u"not")) {
            if (cur() == QLatin1Char('!'))
                ++m_pos;
            auto e = std::make_unique<Expr>();
            e->kind = Expr::Kind::Not;
            e->offset = int(start);
            e->items.push_back(parseUnary());
            return e;
        }
        if (cur() == QLatin1Char('-') && !isDigit(at(m_pos + 1))) {
            ++m_pos;
            auto e = std::make_unique<Expr>();
            e->kind = Expr::Kind::Negate;
            e->offset = int(start);
            e->items.push_back(parseUnary());
            return e;
        }
        return parsePrimary();
    }

    ExprPtr literal(Value v, qsizetype offset)
    {
        auto e = std::make_unique<Expr>();
        e->kind = Expr::Kind::Literal;
        e->offset = int(offset);
        e->literal = std::move(v);
        return e;
    }

    ExprPtr parsePrimary()
    {
        skipWs();
        const qsizetype start = m_pos;
        const QChar c = cur();
        if (c == QLatin1Char('$')) {
            auto e = std::make_unique<Expr>();
            e->kind = Expr::Kind::Ref;
            e->offset = int(start);
            e->ref = parseReference(true);
            return e;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\''))
            return parseString();
        if (isDigit(c) || (c == QLatin1Char('-') && isDigit(at(m_pos + 1))))
            return parseNumber();
        if (c == QLatin1Char('[')) {
            ++m_pos;
            auto e = std::make_unique<Expr>();
            e->kind = Expr::Kind::List;
            e->offset = int(start);
            skipWs();
            if (cur() == QLatin1Char(']')) {
                ++m_pos;
                return e;
            }
            e->items.push_back(parseExpr());
            if (matchOp(u"..")) {
                e->kind = Expr::Kind::Range;
                e->items.push_back(parseExpr());
                expect(QLatin1Char(']'), QStringLiteral("to close the range"));
                return e;
            }
            while (true) {
                skipWs();
                if (cur() == QLatin1Char(']')) {
                    ++m_pos;
                    return e;
                }
                expect(QLatin1Char(','), QStringLiteral("between list items"));
                e->items.push_back(parseExpr());
            }
        }
        if (c == QLatin1Char('{')) {
            ++m_pos;
            auto e = std::make_unique<Expr>();
            e->kind = Expr::Kind::Map;
            e->offset = int(start);
            skipWs();
            if (cur() == QLatin1Char('}')) {
                ++m_pos;
                return e;
            }
            while (true) {
                e->items.push_back(parseExpr());
                expect(QLatin1Char(':'), QStringLiteral("between a map key and its value"));
                e->items.push_back(parseExpr());
                skipWs();
                if (cur() == QLatin1Char('}')) {
                    ++m_pos;
                    return e;
                }
                expect(QLatin1Char(','), QStringLiteral("between map entries"));
            }
        }
        if (c == QLatin1Char('(')) {
            ++m_pos;
            ExprPtr e = parseExpr();
            expect(QLatin1Char(')'), QStringLiteral("to close '('"));
            return e;
        }
        if (matchWord(u"true"))
            return literal(Value(true), start);
        if (matchWord(u"false"))
            return literal(Value(false), start);
        fail(m_pos, QStringLiteral("expected a value (reference, string, number, list or map), found %1")
                        .arg(describeHere()));
    }

    ExprPtr parseNumber()
    {
        const qsizetype start = m_pos;
        if (cur() == QLatin1Char('-'))
            ++m_pos;
        while (isDigit(cur()))
            ++m_pos;
        bool isFloat = false;
        if (cur() == QLatin1Char('.') && isDigit(at(m_pos + 1))) {
            isFloat = true;
            ++m_pos;
            while (isDigit(cur()))
                ++m_pos;
        }
        if ((cur() == QLatin1Char('e') || cur() == QLatin1Char('E'))
            && (isDigit(at(m_pos + 1))
                || ((at(m_pos + 1) == QLatin1Char('-') || at(m_pos + 1) == QLatin1Char('+')) && isDigit(at(m_pos + 2))))) {
            isFloat = true;
            m_pos += 2;
            while (isDigit(cur()))
                ++m_pos;
        }
        const QString text = m_s.mid(start, m_pos - start);
        if (!isFloat) {
            bool ok = false;
            const qint64 i = text.toLongLong(&ok);
            if (ok)
                return literal(Value(i), start);
        }
        return literal(Value(text.toDouble()), start);
    }

    ExprPtr parseString()
    {
        const qsizetype start = m_pos;
        const QChar quote = cur();
        qsizetype p = m_pos + 1;
        while (true) {
            if (p >= m_end)
                fail(start, QStringLiteral("the string starting here is never closed"));
            const QChar c = m_s[p];
            if (c == QLatin1Char('\\') && p + 1 < m_end) {
                p += 2;
                continue;
            }
            if (c == quote) {
                if (at(p + 1) == quote) {
                    p += 2;
                    continue;
                }
                break;
            }
            ++p;
        }
        const qsizetype contentStart = start + 1;
        const qsizetype contentEnd = p;
        m_pos = p + 1;
        QString raw = m_s.mid(contentStart, contentEnd - contentStart);
        const QString doubled = QString(2, quote);
        if (quote == QLatin1Char('"') && (raw.contains(QLatin1Char('$')) || raw.contains(QLatin1Char('#')))) {
            // Interpolated: the content is parsed as template text.
            auto e = std::make_unique<Expr>();
            e->kind = Expr::Kind::Interpolate;
            e->offset = int(start);
            const qsizetype savePos = m_pos;
            const qsizetype saveEnd = m_end;
            const QChar saveQuote = m_quote;
            m_pos = contentStart;
            m_end = contentEnd;
            m_quote = quote;
            Terminator t = Terminator::None;
            int termOffset = 0;
            e->block = parseBlock(nullptr, &t, &termOffset);
            m_pos = savePos;
            m_end = saveEnd;
            m_quote = saveQuote;
            return e;
        }
        raw.replace(doubled, QString(quote));
        return literal(Value(std::move(raw)), start);
    }

    const QString &m_s;
    qsizetype m_pos = 0;
    qsizetype m_end;
    int m_depth = 0;
    int m_maxNesting;
    QChar m_quote; ///< inside an interpolated string: its quote character (doubled means one)
    TemplateData &m_t;
};

} // namespace

std::shared_ptr<ast::TemplateData> parse(const QString &text, ParseError *error, int maxNesting)
{
    auto data = std::make_shared<ast::TemplateData>();
    data->source = text;
    data->map = ast::SourceMap(text);
    try {
        Parser parser(data->source, maxNesting, *data);
        data->root = parser.parseTemplate();
    } catch (const ParseFailure &f) {
        if (error) {
            error->line = data->map.line(f.offset);
            error->column = data->map.column(f.offset);
            error->message = f.message;
        }
        return nullptr;
    }
    return data;
}

} // namespace detail
} // namespace gw::vtl
