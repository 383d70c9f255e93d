// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficfilter.h"

#include "cors/recordverdict.h"
#include "cost/costmodel.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>
#include <span>
#include <vector>

namespace gw::observe {

namespace {

/// Parentheses and `not`s nest at most this deep, so neither the parser nor the evaluator can exhaust the stack.
constexpr int maxDepth = 64;

enum class Field {
    Status,
    Method,
    Path,
    Api,
    Stage,
    Route,
    Step,
    Detail,
    Cors,
    Latency,
    Integration,
    Size,
    RequestSize,
    Cost,
    Ip,
    Header,
    Error,
    Key,
    Id,
    Protocol,
    Deployment,
    Canary,
};

enum class FieldType { Text, Status, Duration, Size, Money, Cors };

struct FieldInfo
{
    const char *name;
    Field field;
    FieldType type;
};

// The order documentation and completion list them in.
constexpr FieldInfo fields[] = {
    {"status", Field::Status, FieldType::Status},
    {"method", Field::Method, FieldType::Text},
    {"path", Field::Path, FieldType::Text},
    {"api", Field::Api, FieldType::Text},
    {"stage", Field::Stage, FieldType::Text},
    {"route", Field::Route, FieldType::Text},
    {"step", Field::Step, FieldType::Text},
    {"detail", Field::Detail, FieldType::Text},
    {"cors", Field::Cors, FieldType::Cors},
    {"latency", Field::Latency, FieldType::Duration},
    {"integration", Field::Integration, FieldType::Duration},
    {"size", Field::Size, FieldType::Size},
    {"reqsize", Field::RequestSize, FieldType::Size},
    {"cost", Field::Cost, FieldType::Money},
    {"ip", Field::Ip, FieldType::Text},
    {"header.", Field::Header, FieldType::Text},
    {"error", Field::Error, FieldType::Text},
    {"key", Field::Key, FieldType::Text},
    {"id", Field::Id, FieldType::Text},
    {"protocol", Field::Protocol, FieldType::Text},
    {"deployment", Field::Deployment, FieldType::Text},
    {"canary", Field::Canary, FieldType::Text},
};

// Other names people type for the same fields.
constexpr FieldInfo aliases[] = {
    {"resource", Field::Route, FieldType::Text},
    {"apikey", Field::Key, FieldType::Text},
    {"requestid", Field::Id, FieldType::Text},
};

const FieldInfo *findField(QStringView name)
{
    for (const FieldInfo &f : fields) {
        if (f.field != Field::Header && name.compare(QLatin1StringView(f.name), Qt::CaseInsensitive) == 0)
            return &f;
    }
    for (const FieldInfo &f : aliases) {
        if (name.compare(QLatin1StringView(f.name), Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

const FieldInfo &fieldInfo(Field field)
{
    for (const FieldInfo &f : fields) {
        if (f.field == field)
            return f;
    }
    return fields[0];
}

QString canonicalName(Field field)
{
    return QLatin1StringView(fieldInfo(field).name).toString();
}

enum class Op { Eq, Ne, Gt, Ge, Lt, Le, Contains, NotContains };

QString opText(Op op)
{
    switch (op) {
    case Op::Eq:
        return QStringLiteral("=");
    case Op::Ne:
        return QStringLiteral("!=");
    case Op::Gt:
        return QStringLiteral(">");
    case Op::Ge:
        return QStringLiteral(">=");
    case Op::Lt:
        return QStringLiteral("<");
    case Op::Le:
        return QStringLiteral("<=");
    case Op::Contains:
        return QStringLiteral("~");
    case Op::NotContains:
        return QStringLiteral("!~");
    }
    return {};
}

bool isOrdering(Op op)
{
    return op == Op::Gt || op == Op::Ge || op == Op::Lt || op == Op::Le;
}

bool isSubstring(Op op)
{
    return op == Op::Contains || op == Op::NotContains;
}

const QStringList &stepNames()
{
    static const QStringList names = {
        QStringLiteral("route"),      QStringLiteral("endpoint"),    QStringLiteral("resourcepolicy"),
        QStringLiteral("authorizer"), QStringLiteral("throttle"),    QStringLiteral("validation"),
        QStringLiteral("cache"),      QStringLiteral("integration"), QStringLiteral("cors"),
        QStringLiteral("http"),       QStringLiteral("none"),
    };
    return names;
}

const QStringList &corsValues()
{
    static const QStringList names = {QStringLiteral("allowed"), QStringLiteral("blocked"), QStringLiteral("preflight"),
                                      QStringLiteral("none")};
    return names;
}

int editDistance(QStringView a, QStringView b)
{
    std::vector<int> prev(size_t(b.size()) + 1), cur(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1;
            cur[size_t(j)] = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, prev[size_t(j - 1)] + cost});
        }
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}

/// The nearest of `names` to `word` when it is close enough to be a typo; empty otherwise.
QString nearest(QStringView word, const QStringList &names)
{
    if (word.size() > 64)
        return {};
    const int limit = word.size() <= 3 ? 1 : 2;
    QString best;
    int bestDistance = limit + 1;
    for (const QString &name : names) {
        const int d = editDistance(word, name);
        if (d < bestDistance) {
            bestDistance = d;
            best = name;
        }
    }
    return best;
}

QStringList fieldWords()
{
    QStringList names;
    for (const FieldInfo &f : fields) {
        if (f.field != Field::Header)
            names << QLatin1StringView(f.name).toString();
    }
    for (const FieldInfo &f : aliases)
        names << QLatin1StringView(f.name).toString();
    return names;
}

// ---- tokens ----------------------------------------------------------------------------------------------------

enum class Tok { Word, String, Regex, Op, LParen, RParen, End };

struct Token
{
    Tok kind = Tok::End;
    int pos = 0;
    int end = 0;
    QString text; ///< words and strings: the value (escapes resolved); regexes: the pattern
    Op op = Op::Eq;
    bool unterminated = false; ///< lenient mode: a string or regex that runs to the end
};

bool isWordChar(QStringView s, qsizetype i)
{
    const QChar c = s[i];
    if (c.isSpace() || c == u'(' || c == u')' || c == u'"' || c == u'=' || c == u'<' || c == u'>' || c == u'~')
        return false;
    if (c == u'!' && i + 1 < s.size() && (s[i + 1] == u'=' || s[i + 1] == u'~'))
        return false;
    return true;
}

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

/// Splits the text into tokens. Strict mode stops at the first error; lenient mode (completion) never fails.
class Lexer
{
public:
    Lexer(QStringView text, bool lenient)
        : m_s(text)
        , m_lenient(lenient)
    {
    }

    bool run(std::vector<Token> &out, FilterError &error)
    {
        qsizetype i = 0;
        const qsizetype n = m_s.size();
        while (true) {
            while (i < n && m_s[i].isSpace())
                ++i;
            Token t;
            t.pos = int(i);
            if (i >= n) {
                t.kind = Tok::End;
                t.end = int(n);
                out.push_back(t);
                return true;
            }
            const QChar c = m_s[i];
            if (c == u'(' || c == u')') {
                t.kind = c == u'(' ? Tok::LParen : Tok::RParen;
                t.end = int(++i);
            } else if (c == u'=' || c == u'<' || c == u'>' || c == u'~' || (c == u'!' && i + 1 < n && (m_s[i + 1] == u'=' || m_s[i + 1] == u'~'))) {
                t.kind = Tok::Op;
                const QChar next = i + 1 < n ? m_s[i + 1] : QChar();
                if (c == u'=') {
                    t.op = Op::Eq;
                    i += next == u'=' ? 2 : 1; // "==" reads as "="
                } else if (c == u'!') {
                    t.op = next == u'=' ? Op::Ne : Op::NotContains;
                    i += 2;
                } else if (c == u'~') {
                    t.op = Op::Contains;
                    i += 1;
                } else if (c == u'<') {
                    t.op = next == u'=' ? Op::Le : Op::Lt;
                    i += next == u'=' ? 2 : 1;
                } else {
                    t.op = next == u'=' ? Op::Ge : Op::Gt;
                    i += next == u'=' ? 2 : 1;
                }
                t.end = int(i);
            } else if (c == u'"') {
                t.kind = Tok::String;
                if (!readString(i, t, error))
                    return false;
            } else if (c == u'/' && !out.empty() && out.back().kind == Tok::Op && isSubstring(out.back().op)
                       && regexEnd(i) > 0) {
                t.kind = Tok::Regex;
                const qsizetype close = regexEnd(i);
                t.text = m_s.mid(i + 1, close - i - 1).toString();
                i = close + 1;
                t.end = int(i);
            } else {
                t.kind = Tok::Word;
                const qsizetype start = i;
                while (i < n && isWordChar(m_s, i))
                    ++i;
                t.text = m_s.mid(start, i - start).toString();
                t.end = int(i);
            }
            out.push_back(t);
        }
    }

private:
    /// A regex literal /.../ closes at an unescaped '/' followed by the end, a space or ')'; 0 when there is none
    /// (then the text is an ordinary word such as a path).
    qsizetype regexEnd(qsizetype open) const
    {
        for (qsizetype j = open + 1; j < m_s.size(); ++j) {
            if (m_s[j] == u'\\') {
                ++j;
                continue;
            }
            if (m_s[j] == u'/') {
                if (j + 1 == m_s.size() || m_s[j + 1].isSpace() || m_s[j + 1] == u')')
                    return j > open + 1 ? j : 0;
            }
        }
        return 0;
    }

    bool readString(qsizetype &i, Token &t, FilterError &error)
    {
        const qsizetype open = i;
        const qsizetype n = m_s.size();
        ++i;
        QString value;
        while (i < n && m_s[i] != u'"') {
            if (m_s[i] != u'\\') {
                value += m_s[i++];
                continue;
            }
            if (i + 1 >= n)
                break; // unterminated; reported below
            const QChar e = m_s[i + 1];
            switch (e.unicode()) {
            case u'"':
            case u'\\':
            case u'/':
                value += e;
                i += 2;
                continue;
            case u'n':
                value += u'\n';
                i += 2;
                continue;
            case u't':
                value += u'\t';
                i += 2;
                continue;
            case u'r':
                value += u'\r';
                i += 2;
                continue;
            case u'u': {
                int code = 0;
                bool ok = i + 5 < n;
                for (int k = 0; ok && k < 4; ++k) {
                    const qsizetype at = i + 2 + k;
                    const int h = at < n ? hexValue(m_s[at]) : -1;
                    ok = h >= 0;
                    code = code * 16 + std::max(h, 0);
                }
                if (ok) {
                    value += QChar(char16_t(code));
                    i += 6;
                    continue;
                }
                if (m_lenient) {
                    i += 2;
                    continue;
                }
                error = {int(i), QStringLiteral("'\\u' needs four hex digits, like \\u00e9, at %1").arg(i)};
                return false;
            }
            default:
                if (m_lenient) {
                    value += e;
                    i += 2;
                    continue;
                }
                error = {int(i), QStringLiteral("unknown escape '\\%1' at %2; inside quotes write \\\" for a quote and "
                                                "\\\\ for a backslash")
                                     .arg(e)
                                     .arg(i)};
                return false;
            }
        }
        if (i >= n) {
            if (!m_lenient) {
                error = {int(open), QStringLiteral("the text quoted at %1 has no closing '\"'").arg(open)};
                return false;
            }
            t.unterminated = true;
        } else {
            ++i; // the closing quote
        }
        t.text = value;
        t.end = int(i);
        return true;
    }

    QStringView m_s;
    bool m_lenient;
};

bool isKeyword(const Token &t, const char *word)
{
    return t.kind == Tok::Word && t.text.compare(QLatin1StringView(word), Qt::CaseInsensitive) == 0;
}

bool isAnyKeyword(const Token &t)
{
    return isKeyword(t, "and") || isKeyword(t, "or") || isKeyword(t, "not");
}

QString describeToken(const Token &t)
{
    switch (t.kind) {
    case Tok::End:
        return QStringLiteral("the end");
    case Tok::LParen:
        return QStringLiteral("'('");
    case Tok::RParen:
        return QStringLiteral("')'");
    case Tok::Op:
        return QLatin1Char('\'') + opText(t.op) + QLatin1Char('\'');
    case Tok::String:
        return QStringLiteral("quoted text");
    case Tok::Regex:
        return QStringLiteral("a regular expression");
    case Tok::Word:
        return QLatin1Char('\'') + t.text.left(40) + QLatin1Char('\'');
    }
    return {};
}

// ---- values ----------------------------------------------------------------------------------------------------

/// A unit a number in a filter may carry: its name in lower case (empty for none) and what it multiplies the
/// number by.
struct NumberUnit
{
    QStringView name;
    double scale;
};

/// Durations are in microseconds; a bare number is milliseconds.
constexpr NumberUnit kDurationUnits[] = {{u"us", 1},  {u"µs", 1},   {u"", 1e3},     {u"ms", 1e3},
                                         {u"s", 1e6}, {u"m", 60e6}, {u"min", 60e6}, {u"h", 3600e6}};
/// Sizes are in bytes.
constexpr NumberUnit kSizeUnits[] = {
    {u"", 1}, {u"b", 1}, {u"kb", 1024}, {u"k", 1024}, {u"mb", 1024.0 * 1024}, {u"gb", 1024.0 * 1024 * 1024}};

/// Parses "12", "1.5", ".5" followed by letters; false when the number part is missing or malformed.
bool splitNumber(QStringView s, double &number, QStringView &unit)
{
    qsizetype i = 0;
    bool digits = false, dot = false;
    while (i < s.size() && (s[i].isDigit() || (s[i] == u'.' && !dot))) {
        if (s[i] == u'.')
            dot = true;
        else
            digits = true;
        ++i;
        if (i > 30)
            return false;
    }
    if (!digits)
        return false;
    bool ok = false;
    number = s.left(i).toDouble(&ok);
    unit = s.mid(i);
    return ok && std::isfinite(number);
}

} // namespace

// ---- the tree --------------------------------------------------------------------------------------------------

struct FilterNode
{
    enum class Kind { And, Or, Not, Compare, Text };
    enum class Value { None, Text, Regex, Number, StatusClass, Cors };

    Kind kind = Kind::Text;
    std::vector<std::shared_ptr<const FilterNode>> children; ///< And, Or (two or more), Not (one)

    // Compare
    Field field = Field::Path;
    QByteArray header; ///< Field::Header: the header's name
    Op op = Op::Eq;
    Value value = Value::Text;
    QString text;      ///< Value::Text and Kind::Text: the text; Value::Regex: the pattern
    QRegularExpression regex;
    double number = 0; ///< Value::Number: µs for durations, bytes for sizes, USD for cost; Value::StatusClass: 1-5
    int cors = 0;      ///< Value::Cors: index into corsValues()
};

namespace {

using NodePtr = std::shared_ptr<const FilterNode>;

class Parser
{
public:
    explicit Parser(const std::vector<Token> &tokens)
        : m_t(tokens)
    {
    }

    NodePtr parse(FilterError &error)
    {
        if (peek().kind == Tok::End)
            return {};
        NodePtr root = parseOr(0);
        if (root && peek().kind != Tok::End) {
            const Token &t = peek();
            if (t.kind == Tok::RParen)
                fail(t.pos, QStringLiteral("unexpected ')' at %1: there is no '(' to close").arg(t.pos));
            else
                fail(t.pos, QStringLiteral("unexpected %1 at %2").arg(describeToken(t)).arg(t.pos));
        }
        error = m_error;
        return m_error.offset >= 0 ? NodePtr() : root;
    }

private:
    const Token &peek(size_t ahead = 0) const { return m_t[std::min(m_i + ahead, m_t.size() - 1)]; }
    const Token &take() { return m_t[std::min(m_i++, m_t.size() - 1)]; }
    bool failed() const { return m_error.offset >= 0; }

    void fail(int offset, const QString &message)
    {
        if (!failed())
            m_error = {offset, message};
    }

    bool startsTerm(const Token &t) const
    {
        return t.kind == Tok::LParen || t.kind == Tok::String || (t.kind == Tok::Word && !isKeyword(t, "and")
                                                                  && !isKeyword(t, "or"));
    }

    /// After `and`, `or` or `not`: reports what is missing when no condition follows.
    bool expectTerm(const Token &after)
    {
        const Token &t = peek();
        if (startsTerm(t))
            return true;
        if (t.kind == Tok::End)
            fail(t.pos, QStringLiteral("expected a condition after '%1' at %2").arg(after.text.toLower()).arg(t.pos));
        else
            fail(t.pos, QStringLiteral("expected a condition after '%1' at %2, found %3")
                            .arg(after.text.toLower())
                            .arg(t.pos)
                            .arg(describeToken(t)));
        return false;
    }

    NodePtr parseOr(int depth)
    {
        NodePtr first = parseAnd(depth);
        if (!first)
            return {};
        std::vector<NodePtr> terms {first};
        while (!failed() && isKeyword(peek(), "or")) {
            const Token &keyword = take();
            if (!expectTerm(keyword))
                return {};
            NodePtr next = parseAnd(depth);
            if (!next)
                return {};
            terms.push_back(next);
        }
        return combine(FilterNode::Kind::Or, std::move(terms));
    }

    NodePtr parseAnd(int depth)
    {
        NodePtr first = parseNot(depth);
        if (!first)
            return {};
        std::vector<NodePtr> terms {first};
        while (!failed()) {
            if (isKeyword(peek(), "and")) {
                const Token &keyword = take();
                if (!expectTerm(keyword))
                    return {};
            } else if (!startsTerm(peek())) {
                break; // juxtaposed conditions are joined by an implicit "and"
            }
            NodePtr next = parseNot(depth);
            if (!next)
                return {};
            terms.push_back(next);
        }
        return combine(FilterNode::Kind::And, std::move(terms));
    }

    static NodePtr combine(FilterNode::Kind kind, std::vector<NodePtr> terms)
    {
        if (terms.size() == 1)
            return terms.front();
        auto node = std::make_shared<FilterNode>();
        node->kind = kind;
        node->children = std::move(terms);
        return node;
    }

    NodePtr parseNot(int depth)
    {
        if (isKeyword(peek(), "not")) {
            const Token &keyword = take();
            if (depth >= maxDepth) {
                fail(keyword.pos, QStringLiteral("too deeply nested at %1 (at most %2 levels of 'not' and parentheses)")
                                      .arg(keyword.pos)
                                      .arg(maxDepth));
                return {};
            }
            if (!expectTerm(keyword))
                return {};
            NodePtr inner = parseNot(depth + 1);
            if (!inner)
                return {};
            auto node = std::make_shared<FilterNode>();
            node->kind = FilterNode::Kind::Not;
            node->children.push_back(inner);
            return node;
        }
        return parsePrimary(depth);
    }

    NodePtr parsePrimary(int depth)
    {
        const Token &t = peek();
        switch (t.kind) {
        case Tok::LParen: {
            take();
            if (depth >= maxDepth) {
                fail(t.pos, QStringLiteral("too deeply nested at %1 (at most %2 levels of 'not' and parentheses)")
                                .arg(t.pos)
                                .arg(maxDepth));
                return {};
            }
            if (peek().kind == Tok::RParen) {
                fail(peek().pos, QStringLiteral("empty parentheses at %1: put a condition inside").arg(peek().pos));
                return {};
            }
            if (peek().kind == Tok::End) {
                fail(peek().pos, QStringLiteral("expected a condition after '(' at %1").arg(peek().pos));
                return {};
            }
            NodePtr inner = parseOr(depth + 1);
            if (!inner)
                return {};
            if (peek().kind != Tok::RParen) {
                fail(peek().pos, QStringLiteral("expected ')' to close the '(' at %1, found %2 at %3")
                                     .arg(t.pos)
                                     .arg(describeToken(peek()))
                                     .arg(peek().pos));
                return {};
            }
            take();
            return inner;
        }
        case Tok::RParen:
            fail(t.pos, QStringLiteral("unexpected ')' at %1: there is no '(' to close").arg(t.pos));
            return {};
        case Tok::Op:
            fail(t.pos, QStringLiteral("expected a field name before '%1' at %2, as in status%1500")
                            .arg(opText(t.op))
                            .arg(t.pos));
            return {};
        case Tok::End:
            fail(t.pos, QStringLiteral("expected a condition at %1").arg(t.pos));
            return {};
        case Tok::Regex:
            fail(t.pos, QStringLiteral("unexpected regular expression at %1").arg(t.pos));
            return {};
        case Tok::String:
            take();
            if (peek().kind == Tok::Op) {
                fail(t.pos, QStringLiteral("a field name is not quoted: write the field before '%1' at %2 without quotes")
                                .arg(opText(peek().op))
                                .arg(t.pos));
                return {};
            }
            return freeText(t.text);
        case Tok::Word:
            break;
        }
        take();
        if (peek().kind == Tok::Op)
            return comparison(t);
        if (isKeyword(t, "and") || isKeyword(t, "or")) {
            fail(t.pos, QStringLiteral("expected a condition before '%1' at %2").arg(t.text.toLower()).arg(t.pos));
            return {};
        }
        if (findField(t.text) || t.text.startsWith(QLatin1StringView("header."), Qt::CaseInsensitive)) {
            fail(t.end, QStringLiteral("expected an operator after '%1' at %2 (one of = != > >= < <= ~ !~); quote the "
                                       "word to search for it")
                            .arg(t.text)
                            .arg(t.end));
            return {};
        }
        return freeText(t.text);
    }

    static NodePtr freeText(const QString &text)
    {
        auto node = std::make_shared<FilterNode>();
        node->kind = FilterNode::Kind::Text;
        node->text = text;
        return node;
    }

    NodePtr comparison(const Token &name)
    {
        auto node = std::make_shared<FilterNode>();
        node->kind = FilterNode::Kind::Compare;
        FieldType type = FieldType::Text;
        if (name.text.startsWith(QLatin1StringView("header."), Qt::CaseInsensitive)) {
            node->field = Field::Header;
            node->header = name.text.mid(7).toLatin1().toLower();
            if (node->header.isEmpty()) {
                fail(name.pos, QStringLiteral("'header.' needs a header name at %1, as in header.origin").arg(name.pos));
                return {};
            }
        } else if (const FieldInfo *info = findField(name.text)) {
            node->field = info->field;
            type = info->type;
        } else {
            QString message = QStringLiteral("unknown field '%1'").arg(name.text.left(40));
            const qsizetype dot = name.text.indexOf(u'.');
            const QString guess = dot > 0 ? nearest(QStringView(name.text).left(dot), {QStringLiteral("header")})
                                          : nearest(name.text, fieldWords());
            if (!guess.isEmpty())
                message += QStringLiteral(" — did you mean '%1'?").arg(dot > 0 ? QString(guess + name.text.mid(dot)) : guess);
            else
                message += QStringLiteral(" at %1; fields are %2 and header.NAME")
                               .arg(name.pos)
                               .arg(fieldWords().mid(0, int(std::size(fields)) - 1).join(QLatin1StringView(", ")));
            fail(name.pos, message);
            return {};
        }
        const Token &opToken = take();
        node->op = opToken.op;
        const QString field = node->field == Field::Header ? name.text : canonicalName(node->field);
        const Token &v = peek();
        if (v.kind != Tok::Word && v.kind != Tok::String && v.kind != Tok::Regex) {
            fail(v.pos, QStringLiteral("expected a value after '%1' at %2").arg(opText(node->op)).arg(v.pos));
            return {};
        }
        if (v.kind == Tok::Word && isAnyKeyword(v)) {
            fail(v.pos, QStringLiteral("expected a value after '%1' at %2, found the keyword '%3' (quote it to compare "
                                       "with the word)")
                            .arg(opText(node->op))
                            .arg(v.pos)
                            .arg(v.text));
            return {};
        }
        take();
        if (!readValue(*node, type, field, v, opToken.pos))
            return {};
        if (peek().kind == Tok::Op) {
            fail(peek().pos, QStringLiteral("unexpected %1 at %2; join conditions with 'and' or 'or'")
                                 .arg(describeToken(peek()))
                                 .arg(peek().pos));
            return {};
        }
        return node;
    }

    /// Reads the value `v` gives `field` as a number with one of `units` into `node`; else fails saying what
    /// the field `needs` ("a duration like 100ms, 1.5s or 2m") or, for a unit not in `units`, which units it
    /// `takes`.
    bool readNumberWithUnit(FilterNode &node, const QString &field, const Token &v,
                            std::span<const NumberUnit> units, QLatin1StringView needs,
                            QLatin1StringView takes)
    {
        const QString &s = v.text;
        double number = 0;
        QStringView unit;
        if (!splitNumber(s, number, unit)) {
            fail(v.pos,
                 QString(QStringLiteral("'%1' needs ") + needs + QStringLiteral("; got '%2' at %3"))
                     .arg(field, s.left(40))
                     .arg(v.pos));
            return false;
        }
        const QString u = unit.toString().toLower();
        const auto known
            = std::find_if(units.begin(), units.end(), [&u](const NumberUnit &k) { return u == k.name; });
        if (known == units.end()) {
            fail(v.pos + int(s.size() - unit.size()),
                 QString(QStringLiteral("unknown unit '%1' in '%2' at %3; ") + takes)
                     .arg(unit.left(20).toString(), s.left(40))
                     .arg(v.pos + int(s.size() - unit.size())));
            return false;
        }
        node.value = FilterNode::Value::Number;
        node.number = number * known->scale;
        return true;
    }

    bool readValue(FilterNode &node, FieldType type, const QString &field, const Token &v, int opPos)
    {
        const QString opName = opText(node.op);
        // The unquoted word none: the field has no value.
        if (v.kind == Tok::Word && v.text.compare(QLatin1StringView("none"), Qt::CaseInsensitive) == 0) {
            if (node.op != Op::Eq && node.op != Op::Ne) {
                fail(v.pos, QStringLiteral("'none' only works with = and != at %1").arg(v.pos));
                return false;
            }
            if (type == FieldType::Cors) {
                node.value = FilterNode::Value::Cors;
                node.cors = 3;
            } else {
                node.value = FilterNode::Value::None;
            }
            return true;
        }
        if (type != FieldType::Text && isSubstring(node.op)) {
            fail(opPos, QStringLiteral("'%1' does not work on '%2' at %3: it compares text; use = != > >= < <=")
                            .arg(opName, field)
                            .arg(opPos));
            return false;
        }
        if (v.kind == Tok::Regex) {
            node.value = FilterNode::Value::Regex;
            node.text = v.text;
            node.regex = QRegularExpression(v.text, QRegularExpression::CaseInsensitiveOption
                                                        | QRegularExpression::DontCaptureOption);
            if (!node.regex.isValid()) {
                const int at = v.pos + 1 + int(node.regex.patternErrorOffset());
                fail(at, QStringLiteral("invalid regular expression at %1: %2").arg(at).arg(node.regex.errorString()));
                return false;
            }
            return true;
        }
        const QString &s = v.text;
        switch (type) {
        case FieldType::Text:
            if (isOrdering(node.op)) {
                fail(opPos, QStringLiteral("'%1' does not work on '%2' at %3: it is text; use = != ~ or !~")
                                .arg(opName, field)
                                .arg(opPos));
                return false;
            }
            node.value = FilterNode::Value::Text;
            node.text = s;
            return true;
        case FieldType::Cors: {
            if (node.op != Op::Eq && node.op != Op::Ne) {
                fail(opPos, QStringLiteral("'%1' does not work on 'cors' at %2; use = or !=").arg(opName).arg(opPos));
                return false;
            }
            const qsizetype index = corsValues().indexOf(s.toLower());
            if (index < 0) {
                QString message = QStringLiteral("'cors' is one of allowed, blocked, preflight or none; got '%1' at %2")
                                      .arg(s.left(40))
                                      .arg(v.pos);
                const QString guess = nearest(s, corsValues());
                if (!guess.isEmpty())
                    message += QStringLiteral(" — did you mean '%1'?").arg(guess);
                fail(v.pos, message);
                return false;
            }
            node.value = FilterNode::Value::Cors;
            node.cors = int(index);
            return true;
        }
        case FieldType::Status: {
            if (s.size() == 3 && s[0] >= u'1' && s[0] <= u'5' && s.mid(1).compare(QLatin1StringView("xx"), Qt::CaseInsensitive) == 0) {
                node.value = FilterNode::Value::StatusClass;
                node.number = s[0].unicode() - u'0';
                return true;
            }
            bool ok = false;
            const int code = s.toInt(&ok);
            if (!ok || code < 0 || code > 999) {
                fail(v.pos, QStringLiteral("'status' needs a status code like 404 or a class like 5xx; got '%1' at %2")
                                .arg(s.left(40))
                                .arg(v.pos));
                return false;
            }
            node.value = code == 0 ? FilterNode::Value::None : FilterNode::Value::Number; // 0: no response
            node.number = code;
            if (code == 0 && isOrdering(node.op)) {
                fail(v.pos, QStringLiteral("status 0 means no response was sent; compare it with = or != at %1").arg(v.pos));
                return false;
            }
            return true;
        }
        case FieldType::Duration:
            return readNumberWithUnit(node, field, v, kDurationUnits,
                                      QLatin1StringView("a duration like 100ms, 1.5s or 2m"),
                                      QLatin1StringView("durations take us, ms, s, m or h"));
        case FieldType::Size:
            return readNumberWithUnit(node, field, v, kSizeUnits,
                                      QLatin1StringView("a size like 512, 10kb or 1mb"),
                                      QLatin1StringView("sizes take b, kb, mb or gb"));
        case FieldType::Money: {
            double number = 0;
            QStringView unit;
            const QStringView digits = s.startsWith(u'$') ? QStringView(s).mid(1) : QStringView(s);
            if (!splitNumber(digits, number, unit) || !unit.isEmpty()) {
                fail(v.pos, QStringLiteral("'cost' needs an amount in US dollars like 0.0001 or $0.01; got '%1' at %2")
                                .arg(s.left(40))
                                .arg(v.pos));
                return false;
            }
            node.value = FilterNode::Value::Number;
            node.number = number;
            return true;
        }
        }
        return false;
    }

    const std::vector<Token> &m_t;
    size_t m_i = 0;
    FilterError m_error;
};

// ---- evaluation ------------------------------------------------------------------------------------------------

/// One record's evaluation: values that cost something are computed once, when first needed.
struct Eval
{
    const ExchangeRecord &r;
    const FilterContext &context;
    std::optional<cors::RecordVerdict> corsVerdict;
    std::optional<double> cost;

    const cors::RecordVerdict &verdict()
    {
        if (!corsVerdict) {
            // Most traffic has no Origin header: no need to judge it (as the traffic table does).
            corsVerdict = r.requestHeaders.contains("origin") ? cors::judgeRecord(r) : cors::RecordVerdict();
        }
        return *corsVerdict;
    }
};

bool textEquals(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool textMatches(const FilterNode &n, const QString &value)
{
    switch (n.value) {
    case FilterNode::Value::Regex:
        return n.regex.match(value).hasMatch();
    case FilterNode::Value::None:
        return value.isEmpty();
    default:
        return isSubstring(n.op) ? value.contains(n.text, Qt::CaseInsensitive) : textEquals(value, n.text);
    }
}

bool compareText(const FilterNode &n, const QString *values, int count)
{
    bool any = false;
    if (n.value == FilterNode::Value::None) {
        bool allEmpty = true;
        for (int i = 0; i < count; ++i)
            allEmpty = allEmpty && values[i].isEmpty();
        return n.op == Op::Eq ? allEmpty : !allEmpty;
    }
    for (int i = 0; i < count && !any; ++i)
        any = textMatches(n, values[i]);
    // = and ~ need one value to match; != and !~ need none to.
    return (n.op == Op::Eq || n.op == Op::Contains) ? any : !any;
}

bool compareNumber(const FilterNode &n, std::optional<double> value)
{
    if (n.value == FilterNode::Value::None)
        return n.op == Op::Eq ? !value : bool(value);
    if (!value)
        return n.op == Op::Ne; // a missing value is unequal to every number, and neither above nor below it
    const double v = *value;
    if (n.value == FilterNode::Value::StatusClass) {
        const double low = n.number * 100, high = low + 100;
        switch (n.op) {
        case Op::Eq:
            return v >= low && v < high;
        case Op::Ne:
            return v < low || v >= high;
        case Op::Gt:
            return v >= high;
        case Op::Ge:
            return v >= low;
        case Op::Lt:
            return v < low;
        case Op::Le:
            return v < high;
        default:
            return false;
        }
    }
    const double tolerance = std::max(std::abs(n.number), std::abs(v)) * 1e-9;
    const bool equal = std::abs(v - n.number) <= tolerance;
    switch (n.op) {
    case Op::Eq:
        return equal;
    case Op::Ne:
        return !equal;
    case Op::Gt:
        return v > n.number && !equal;
    case Op::Ge:
        return v > n.number || equal;
    case Op::Lt:
        return v < n.number && !equal;
    case Op::Le:
        return v < n.number || equal;
    default:
        return false;
    }
}

bool evaluate(const FilterNode &n, Eval &e);

bool evaluateCompare(const FilterNode &n, Eval &e)
{
    const ExchangeRecord &r = e.r;
    switch (n.field) {
    case Field::Status:
        return compareNumber(n, r.status > 0 ? std::optional<double>(r.status) : std::nullopt);
    case Field::Latency:
        return compareNumber(n, double(r.totalUs));
    case Field::Integration:
        return compareNumber(n, r.integrationLatencyUs >= 0 ? std::optional<double>(double(r.integrationLatencyUs))
                                                            : std::nullopt);
    case Field::Size:
        return compareNumber(n, double(r.responseBodySize));
    case Field::RequestSize:
        return compareNumber(n, double(r.requestBodySize));
    case Field::Cost:
        if (!e.context.pricing)
            return compareNumber(n, std::nullopt);
        if (!e.cost)
            e.cost = cost::exchangeCost(*e.context.pricing, r).totalUsd();
        return compareNumber(n, e.cost);
    case Field::Cors: {
        const cors::RecordVerdict &v = e.verdict();
        bool is = false;
        switch (n.cors) {
        case 0:
            is = v.kind == cors::RecordVerdict::Kind::Allowed;
            break;
        case 1:
            is = v.kind == cors::RecordVerdict::Kind::Blocked;
            break;
        case 2:
            is = v.preflight;
            break;
        default:
            is = v.kind == cors::RecordVerdict::Kind::NotCors;
            break;
        }
        return n.op == Op::Eq ? is : !is;
    }
    case Field::Header: {
        const QList<QByteArray> raw = r.requestHeaders.values(n.header);
        if (raw.isEmpty()) {
            const QString none;
            return compareText(n, &none, 1);
        }
        std::vector<QString> values;
        values.reserve(size_t(raw.size()));
        for (const QByteArray &v : raw)
            values.push_back(QString::fromUtf8(v));
        return compareText(n, values.data(), int(values.size()));
    }
    case Field::Error: {
        const QString values[] = {r.errorType, r.errorMessage};
        return compareText(n, values, 2);
    }
    case Field::Key: {
        if (!r.traffic) {
            const QString none;
            return compareText(n, &none, 1);
        }
        const QString values[] = {r.traffic->apiKeyName, r.traffic->apiKey};
        return compareText(n, values, 2);
    }
    case Field::Method:
        return compareText(n, &r.method, 1);
    case Field::Path:
        return compareText(n, &r.path, 1);
    case Field::Api:
        return compareText(n, &r.apiId, 1);
    case Field::Stage:
        return compareText(n, &r.stage, 1);
    case Field::Route:
        return compareText(n, &r.route, 1);
    case Field::Step:
        return compareText(n, &r.stoppedAtStep, 1);
    case Field::Detail:
        return compareText(n, &r.stoppedAt, 1);
    case Field::Ip:
        return compareText(n, &r.sourceIp, 1);
    case Field::Id:
        return compareText(n, &r.requestId, 1);
    case Field::Protocol:
        return compareText(n, &r.protocol, 1);
    case Field::Deployment:
        return compareText(n, &r.deploymentId, 1);
    case Field::Canary: {
        // As $context.isCanaryRequest: "true" or "false" on stages with a canary, none elsewhere.
        static const QString yes = QStringLiteral("true"), no = QStringLiteral("false"), none;
        return compareText(n, r.stageHasCanary ? (r.canary ? &yes : &no) : &none, 1);
    }
    }
    return false;
}

bool evaluate(const FilterNode &n, Eval &e)
{
    switch (n.kind) {
    case FilterNode::Kind::And:
        for (const NodePtr &c : n.children) {
            if (!evaluate(*c, e))
                return false;
        }
        return true;
    case FilterNode::Kind::Or:
        for (const NodePtr &c : n.children) {
            if (evaluate(*c, e))
                return true;
        }
        return false;
    case FilterNode::Kind::Not:
        return !evaluate(*n.children.front(), e);
    case FilterNode::Kind::Compare:
        return evaluateCompare(n, e);
    case FilterNode::Kind::Text: {
        const ExchangeRecord &r = e.r;
        const Qt::CaseSensitivity cs = Qt::CaseInsensitive;
        return r.path.contains(n.text, cs) || r.method.contains(n.text, cs) || r.apiId.contains(n.text, cs)
            || r.stage.contains(n.text, cs) || (r.status > 0 && QString::number(r.status).contains(n.text))
            || r.stoppedAt.contains(n.text, cs);
    }
    }
    return false;
}

QString quoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out + u'"';
}

QString describeNode(const FilterNode &n)
{
    switch (n.kind) {
    case FilterNode::Kind::And:
    case FilterNode::Kind::Or: {
        QStringList parts;
        for (const NodePtr &c : n.children)
            parts << describeNode(*c);
        return u'(' + parts.join(n.kind == FilterNode::Kind::And ? QLatin1StringView(" and ") : QLatin1StringView(" or "))
            + u')';
    }
    case FilterNode::Kind::Not:
        return QStringLiteral("not ") + describeNode(*n.children.front());
    case FilterNode::Kind::Text:
        return QStringLiteral("text ") + quoted(n.text);
    case FilterNode::Kind::Compare:
        break;
    }
    const QString field = n.field == Field::Header ? QStringLiteral("header.") + QString::fromLatin1(n.header)
                                                   : canonicalName(n.field);
    QString value;
    switch (n.value) {
    case FilterNode::Value::None:
        value = QStringLiteral("none");
        break;
    case FilterNode::Value::Text:
        value = quoted(n.text);
        break;
    case FilterNode::Value::Regex:
        value = u'/' + n.text + u'/';
        break;
    case FilterNode::Value::StatusClass:
        value = QString::number(int(n.number)) + QStringLiteral("xx");
        break;
    case FilterNode::Value::Cors:
        value = corsValues().at(n.cors);
        break;
    case FilterNode::Value::Number:
        switch (fieldInfo(n.field).type) {
        case FieldType::Duration:
            value = QString::number(n.number, 'g', 15) + QStringLiteral("us");
            break;
        case FieldType::Size:
            value = QString::number(n.number, 'g', 15) + QStringLiteral("b");
            break;
        case FieldType::Money:
            value = u'$' + QString::number(n.number, 'g', 15);
            break;
        default:
            value = QString::number(n.number, 'g', 15);
            break;
        }
        break;
    }
    return field + u' ' + opText(n.op) + u' ' + value;
}

} // namespace

// ---- TrafficFilter ---------------------------------------------------------------------------------------------

TrafficFilter TrafficFilter::parse(QStringView text)
{
    TrafficFilter f;
    f.m_text = text.toString();
    std::vector<Token> tokens;
    FilterError error;
    if (!Lexer(text, false).run(tokens, error)) {
        f.m_error = error;
        return f;
    }
    f.m_root = Parser(tokens).parse(error);
    f.m_error = error;
    return f;
}

bool TrafficFilter::matches(const ExchangeRecord &record, const FilterContext &context) const
{
    if (!isValid())
        return false;
    if (!m_root)
        return true;
    Eval e {record, context, std::nullopt, std::nullopt};
    return evaluate(*m_root, e);
}

bool TrafficFilter::dependsOnPricing() const
{
    if (!isValid() || !m_root)
        return false;
    // Depth is bounded by the parser, so the walk is too.
    std::vector<const FilterNode *> pending {m_root.get()};
    while (!pending.empty()) {
        const FilterNode *n = pending.back();
        pending.pop_back();
        if (n->kind == FilterNode::Kind::Compare && n->field == Field::Cost)
            return true;
        for (const NodePtr &c : n->children)
            pending.push_back(c.get());
    }
    return false;
}

QString TrafficFilter::describe() const
{
    if (!isValid())
        return QStringLiteral("invalid: ") + m_error.message;
    return m_root ? describeNode(*m_root) : QString();
}

QStringList TrafficFilter::fieldNames()
{
    QStringList names;
    for (const FieldInfo &f : fields)
        names << QLatin1StringView(f.name).toString();
    return names;
}

// ---- completion ------------------------------------------------------------------------------------------------

namespace {

QStringList valuesFor(const Token &fieldToken, const FilterVocabulary &vocabulary)
{
    if (fieldToken.kind != Tok::Word)
        return {};
    if (fieldToken.text.startsWith(QLatin1StringView("header."), Qt::CaseInsensitive))
        return {QStringLiteral("none")};
    const FieldInfo *info = findField(fieldToken.text);
    if (!info)
        return {};
    auto list = [](std::initializer_list<const char *> words) {
        QStringList out;
        for (const char *w : words)
            out << QLatin1StringView(w).toString();
        return out;
    };
    switch (info->field) {
    case Field::Status:
        return list({"2xx", "3xx", "4xx", "5xx", "200", "201", "204", "301", "302", "304", "400", "401", "403", "404",
                     "409", "413", "415", "429", "500", "502", "503", "504", "none"});
    case Field::Method:
        return list({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"});
    case Field::Step:
        return stepNames();
    case Field::Cors:
        return corsValues();
    case Field::Latency:
        return list({"1ms", "10ms", "100ms", "1s"});
    case Field::Integration:
        return list({"1ms", "10ms", "100ms", "1s", "none"});
    case Field::Size:
    case Field::RequestSize:
        return list({"1kb", "10kb", "100kb", "1mb"});
    case Field::Protocol:
        return list({"rest", "http", "websocket"});
    case Field::Canary:
        return list({"true", "false", "none"});
    case Field::Error:
        return list({"MISSING_AUTHENTICATION_TOKEN", "ACCESS_DENIED", "UNAUTHORIZED", "EXPIRED_TOKEN",
                     "INVALID_SIGNATURE", "INVALID_API_KEY", "THROTTLED", "QUOTA_EXCEEDED", "BAD_REQUEST_BODY",
                     "BAD_REQUEST_PARAMETERS", "INTEGRATION_FAILURE", "INTEGRATION_TIMEOUT", "AUTHORIZER_FAILURE",
                     "AUTHORIZER_CONFIGURATION_ERROR", "RESOURCE_NOT_FOUND", "REQUEST_TOO_LARGE",
                     "UNSUPPORTED_MEDIA_TYPE", "API_CONFIGURATION_ERROR", "DEFAULT_4XX", "DEFAULT_5XX", "none"});
    case Field::Api:
        return vocabulary.apis;
    case Field::Stage:
        return vocabulary.stages;
    case Field::Key:
        return list({"none"});
    default:
        return {};
    }
}

QStringList operatorsFor(const QString &field)
{
    const FieldInfo *info = findField(field);
    const FieldType type = info ? info->type : FieldType::Text;
    switch (type) {
    case FieldType::Text:
        return {QStringLiteral("="), QStringLiteral("!="), QStringLiteral("~"), QStringLiteral("!~")};
    case FieldType::Cors:
        return {QStringLiteral("="), QStringLiteral("!=")};
    default:
        return {QStringLiteral("="), QStringLiteral("!="), QStringLiteral(">"), QStringLiteral(">="),
                QStringLiteral("<"), QStringLiteral("<=")};
    }
}

bool isFieldName(const QString &word)
{
    return findField(word) || (word.size() > 7 && word.startsWith(QLatin1StringView("header."), Qt::CaseInsensitive));
}

void addMatching(QStringList &out, const QStringList &candidates, QStringView prefix)
{
    for (const QString &c : candidates) {
        if (c.startsWith(prefix, Qt::CaseInsensitive) && !out.contains(c))
            out << c;
    }
}

QStringList fieldCandidates(QStringView prefix, const FilterVocabulary &vocabulary)
{
    QStringList out;
    if (prefix.startsWith(QLatin1StringView("header."), Qt::CaseInsensitive)) {
        QStringList headers;
        for (const QString &h : vocabulary.headers)
            headers << QString(QStringLiteral("header.") + h);
        for (const char *h : {"origin", "authorization", "content-type", "accept", "user-agent", "x-api-key", "cookie",
                              "host", "access-control-request-method"})
            headers << QString(QStringLiteral("header.") + QLatin1StringView(h));
        addMatching(out, headers, prefix);
        return out;
    }
    addMatching(out, TrafficFilter::fieldNames(), prefix);
    for (const FieldInfo &f : aliases) {
        if (!prefix.isEmpty())
            addMatching(out, {QLatin1StringView(f.name).toString()}, prefix);
    }
    return out;
}

} // namespace

FilterCompletion completeFilter(QStringView text, int cursor, const FilterVocabulary &vocabulary)
{
    cursor = std::clamp(cursor, 0, int(text.size()));
    std::vector<Token> tokens;
    FilterError ignored;
    Lexer(text.left(cursor), true).run(tokens, ignored);
    tokens.pop_back(); // End
    FilterCompletion c;
    c.from = cursor;
    const Token *last = tokens.empty() ? nullptr : &tokens.back();
    const Token *before = tokens.size() >= 2 ? &tokens[tokens.size() - 2] : nullptr;
    const Token *beforeThat = tokens.size() >= 3 ? &tokens[tokens.size() - 3] : nullptr;
    const bool touching = last && last->end == cursor;

    auto values = [&](const Token *field, QStringView prefix) {
        if (field)
            addMatching(c.candidates, valuesFor(*field, vocabulary), prefix);
    };
    // At the start of a condition: field names (and `not`); after a whole condition: `and`, `or`, `not` first.
    auto termStart = [&](QStringView prefix, bool afterTerm) {
        if (afterTerm)
            addMatching(c.candidates, {QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("not")}, prefix);
        if (afterTerm && prefix.isEmpty())
            return;
        c.candidates << fieldCandidates(prefix, vocabulary);
        if (!afterTerm)
            addMatching(c.candidates, {QStringLiteral("not")}, prefix);
    };
    // Whether the tokens up to `end` (exclusive) form a whole condition, so the next word joins another one.
    auto completeTerm = [&](size_t end) {
        if (end == 0)
            return false;
        const Token &t = tokens[end - 1];
        if (t.kind == Tok::RParen || t.kind == Tok::String || t.kind == Tok::Regex)
            return true;
        if (t.kind != Tok::Word || isAnyKeyword(t))
            return false;
        return true; // a value, or free text
    };

    if (touching && last->kind == Tok::Word) {
        c.from = last->pos;
        c.prefix = last->text;
        if (before && before->kind == Tok::Op) {
            values(beforeThat, last->text);
        } else if (isFieldName(last->text)) {
            // A whole field name: offer it with each operator; for header.NAME, longer header names first.
            QStringList longer;
            for (const QString &f : fieldCandidates(last->text, vocabulary)) {
                if (f.compare(last->text, Qt::CaseInsensitive) != 0)
                    longer << f;
            }
            const bool header = !findField(last->text);
            if (header)
                c.candidates << longer;
            for (const QString &op : operatorsFor(last->text))
                c.candidates << QString(last->text + op);
            if (!header)
                c.candidates << longer;
        } else {
            termStart(last->text, completeTerm(tokens.size() - 1));
        }
    } else if (last && last->kind == Tok::Op) {
        // After an operator (touching or not): the field's values.
        values(before, {});
    } else if (last && !touching && last->kind == Tok::Word && isFieldName(last->text)
               && !(before && before->kind == Tok::Op)) {
        c.candidates = operatorsFor(last->text);
    } else if (!touching || !last || last->kind == Tok::LParen) {
        termStart({}, completeTerm(tokens.size()));
    }
    return c;
}

} // namespace gw::observe
