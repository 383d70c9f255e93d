// SPDX-License-Identifier: GPL-3.0-or-later
#include "docio.h"

#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>
#include <yaml-cpp/yaml.h>

#include <cmath>
#include <sstream>

namespace gw::doc {

Syntax detectSyntax(const QByteArray &data)
{
    for (char c : data) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        // A UTF-8 byte order mark may precede JSON too.
        if (c == '\xEF' || c == '\xBB' || c == '\xBF')
            continue;
        return (c == '{' || c == '[') ? Syntax::Json : Syntax::Yaml;
    }
    return Syntax::Yaml;
}

ParseResult parse(const QByteArray &data, const ParseLimits &limits)
{
    if (detectSyntax(data) == Syntax::Json) {
        ParseResult json = parseJson(data, limits);
        if (json.ok())
            return json;
        // JSON-looking YAML (flow style with comments, unquoted keys) still parses as YAML; keep the JSON error
        // when YAML fails too, since it is the more precise one for a document that starts with '{'.
        ParseResult yaml = parseYaml(data, limits);
        return yaml.ok() ? yaml : json;
    }
    return parseYaml(data, limits);
}

// ---------------------------------------------------------------------------------------------------------------
// JSON

namespace {

class JsonParser
{
public:
    JsonParser(const QByteArray &data, const ParseLimits &limits)
        : m_p(data.constData())
        , m_end(data.constData() + data.size())
        , m_lineStart(m_p)
        , m_limits(limits)
    {
        if (m_end - m_p >= 3 && m_p[0] == '\xEF' && m_p[1] == '\xBB' && m_p[2] == '\xBF') {
            m_p += 3;
            m_lineStart = m_p;
        }
    }

    ParseResult run()
    {
        ParseResult result;
        skipSpace();
        if (!value(result.root, 0)) {
            result.error = m_error;
            return result;
        }
        skipSpace();
        if (m_p != m_end) {
            fail(QStringLiteral("unexpected text after the end of the JSON document"));
            result.error = m_error;
        }
        return result;
    }

private:
    int column() const { return int(m_p - m_lineStart) + 1; }

    bool fail(const QString &message)
    {
        if (!m_failed) {
            m_failed = true;
            m_error = ParseError{message, m_line, column()};
        }
        return false;
    }

    void skipSpace()
    {
        while (m_p < m_end) {
            const char c = *m_p;
            if (c == '\n') {
                ++m_line;
                ++m_p;
                m_lineStart = m_p;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                ++m_p;
            } else {
                break;
            }
        }
    }

    bool value(Node &out, int depth)
    {
        if (depth > m_limits.maxDepth)
            return fail(QStringLiteral("nesting deeper than %1 levels").arg(m_limits.maxDepth));
        if (++m_nodes > m_limits.maxNodes)
            return fail(QStringLiteral("more than %1 values").arg(m_limits.maxNodes));
        if (m_p >= m_end)
            return fail(QStringLiteral("unexpected end of the document; a value was expected"));
        const int line = m_line;
        const int col = column();
        bool ok = false;
        switch (*m_p) {
        case '{':
            ok = object(out, depth);
            break;
        case '[':
            ok = array(out, depth);
            break;
        case '"': {
            QString s;
            ok = string(s);
            out = Node::string(s);
            break;
        }
        case 't':
            ok = literal("true") && (out = Node::boolean(true), true);
            break;
        case 'f':
            ok = literal("false") && (out = Node::boolean(false), true);
            break;
        case 'n':
            ok = literal("null") && (out = Node::null(), true);
            break;
        default:
            if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'))
                ok = number(out);
            else
                return fail(QStringLiteral("unexpected character '%1'; a value was expected")
                                .arg(QChar::fromLatin1(*m_p)));
        }
        if (ok)
            out.setLocation(line, col);
        return ok;
    }

    bool literal(const char *word)
    {
        const qsizetype n = qsizetype(qstrlen(word));
        if (m_end - m_p < n || qstrncmp(m_p, word, n) != 0)
            return fail(QStringLiteral("invalid literal; expected '%1'").arg(QLatin1String(word)));
        m_p += n;
        return true;
    }

    bool number(Node &out)
    {
        const char *start = m_p;
        if (*m_p == '-')
            ++m_p;
        if (m_p >= m_end || !(*m_p >= '0' && *m_p <= '9'))
            return fail(QStringLiteral("invalid number"));
        if (*m_p == '0') {
            ++m_p;
        } else {
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (m_p >= m_end || !(*m_p >= '0' && *m_p <= '9'))
                return fail(QStringLiteral("invalid number: digits expected after '.'"));
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p >= m_end || !(*m_p >= '0' && *m_p <= '9'))
                return fail(QStringLiteral("invalid number: digits expected in the exponent"));
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        out = Node::numberText(QString::fromLatin1(start, m_p - start));
        return true;
    }

    static int hex(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool hex4(char16_t &out)
    {
        if (m_end - m_p < 4)
            return fail(QStringLiteral("incomplete \\u escape"));
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hex(m_p[i]);
            if (h < 0)
                return fail(QStringLiteral("invalid \\u escape"));
            v = v * 16 + h;
        }
        m_p += 4;
        out = char16_t(v);
        return true;
    }

    bool string(QString &out)
    {
        ++m_p; // opening quote
        QByteArray utf8;
        const char *runStart = m_p;
        while (true) {
            if (m_p >= m_end)
                return fail(QStringLiteral("unterminated string"));
            const char c = *m_p;
            if (c == '"')
                break;
            if (uchar(c) < 0x20)
                return fail(c == '\n' ? QStringLiteral("line break inside a string (write it as \\n)")
                                      : QStringLiteral("control character inside a string"));
            if (c != '\\') {
                ++m_p;
                continue;
            }
            utf8.append(runStart, m_p - runStart);
            ++m_p;
            if (m_p >= m_end)
                return fail(QStringLiteral("unterminated string"));
            const char e = *m_p++;
            switch (e) {
            case '"': utf8.append('"'); break;
            case '\\': utf8.append('\\'); break;
            case '/': utf8.append('/'); break;
            case 'b': utf8.append('\b'); break;
            case 'f': utf8.append('\f'); break;
            case 'n': utf8.append('\n'); break;
            case 'r': utf8.append('\r'); break;
            case 't': utf8.append('\t'); break;
            case 'u': {
                char16_t units[2];
                if (!hex4(units[0]))
                    return false;
                int count = 1;
                if (QChar::isHighSurrogate(units[0]) && m_end - m_p >= 6 && m_p[0] == '\\' && m_p[1] == 'u') {
                    m_p += 2;
                    if (!hex4(units[1]))
                        return false;
                    count = 2;
                }
                utf8.append(QString(reinterpret_cast<const QChar *>(units), count).toUtf8());
                break;
            }
            default:
                --m_p;
                return fail(QStringLiteral("invalid escape '\\%1' in a string").arg(QChar::fromLatin1(e)));
            }
            runStart = m_p;
        }
        if (utf8.isEmpty()) {
            out = QString::fromUtf8(runStart, m_p - runStart);
        } else {
            utf8.append(runStart, m_p - runStart);
            out = QString::fromUtf8(utf8);
        }
        ++m_p; // closing quote
        return true;
    }

    bool object(Node &out, int depth)
    {
        ++m_p;
        out = Node::mapping();
        // Duplicate names: searched in place while the object is small, in a set once it is large (a hash per
        // object costs more than the parse of a small one, a scan per member is quadratic in a large one).
        constexpr size_t kScanMembers = 16;
        QSet<QString> seen;
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        while (true) {
            skipSpace();
            if (m_p >= m_end || *m_p != '"')
                return fail(QStringLiteral("a quoted member name was expected"));
            const int keyLine = m_line;
            const int keyColumn = column();
            QString key;
            if (!string(key))
                return false;
            std::vector<Node::Member> &members = out.members();
            if (seen.isEmpty() ? out.contains(key) : seen.contains(key)) {
                m_error = ParseError{QStringLiteral("duplicate key \"%1\"").arg(key), keyLine, keyColumn};
                m_failed = true;
                return false;
            }
            if (seen.isEmpty() && members.size() >= kScanMembers) {
                for (const Node::Member &m : members)
                    seen.insert(m.first);
            }
            if (!seen.isEmpty())
                seen.insert(key);
            skipSpace();
            if (m_p >= m_end || *m_p != ':')
                return fail(QStringLiteral("':' expected after the member name \"%1\"").arg(key));
            ++m_p;
            skipSpace();
            Node v;
            if (!value(v, depth + 1))
                return false;
            members.emplace_back(std::move(key), std::move(v)); // a new name: no search, unlike set()
            skipSpace();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == '}') {
                ++m_p;
                return true;
            }
            return fail(QStringLiteral("',' or '}' expected"));
        }
    }

    bool array(Node &out, int depth)
    {
        ++m_p;
        out = Node::sequence();
        skipSpace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        while (true) {
            skipSpace();
            Node v;
            if (!value(v, depth + 1))
                return false;
            out.append(std::move(v));
            skipSpace();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == ']') {
                ++m_p;
                return true;
            }
            return fail(QStringLiteral("',' or ']' expected"));
        }
    }

    const char *m_p;
    const char *m_end;
    const char *m_lineStart;
    const ParseLimits &m_limits;
    int m_line = 1;
    qint64 m_nodes = 0;
    bool m_failed = false;
    ParseError m_error;
};

} // namespace

ParseResult parseJson(const QByteArray &data, const ParseLimits &limits)
{
    if (data.size() > limits.maxBytes) {
        ParseResult r;
        r.error = ParseError{QStringLiteral("the document is larger than %1 bytes").arg(limits.maxBytes), 0, 0};
        return r;
    }
    return JsonParser(data, limits).run();
}

// ---------------------------------------------------------------------------------------------------------------
// YAML

namespace {

bool isYamlNull(const std::string &s)
{
    return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

int yamlBool(const std::string &s)
{
    if (s == "true" || s == "True" || s == "TRUE")
        return 1;
    if (s == "false" || s == "False" || s == "FALSE")
        return 0;
    return -1;
}

/// YAML 1.2 core schema numbers, returned as JSON number text; empty when `s` is not a number.
QString yamlNumber(const std::string &s)
{
    static const QRegularExpression decimal(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression octal(QStringLiteral("^0o[0-7]+$"));
    static const QRegularExpression hexa(QStringLiteral("^0x[0-9a-fA-F]+$"));
    static const QRegularExpression floating(QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    if (s.empty() || s.size() > 64)
        return {};
    const QString text = QString::fromStdString(s);
    if (decimal.match(text).hasMatch()) {
        QString t = text.startsWith(QLatin1Char('+')) ? text.mid(1) : text;
        // JSON forbids leading zeros: normalise "007" to "7" (keeping the sign).
        const bool negative = t.startsWith(QLatin1Char('-'));
        QString digits = negative ? t.mid(1) : t;
        while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
            digits.remove(0, 1);
        return negative ? QLatin1Char('-') + digits : digits;
    }
    if (octal.match(text).hasMatch())
        return QString::number(text.mid(2).toLongLong(nullptr, 8));
    if (hexa.match(text).hasMatch())
        return QString::number(text.mid(2).toLongLong(nullptr, 16));
    if (floating.match(text).hasMatch()) {
        bool ok = false;
        const double d = text.toDouble(&ok);
        if (!ok || !std::isfinite(d))
            return {};
        // Keep the author's text when it is already valid JSON ("1.0" stays "1.0").
        static const QRegularExpression jsonNumber(
            QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
        if (jsonNumber.match(text).hasMatch())
            return text;
        return QString::number(d, 'g', 17);
    }
    return {};
}

class YamlConverter
{
public:
    explicit YamlConverter(const ParseLimits &limits) : m_limits(limits) {}

    bool convert(const YAML::Node &in, Node &out, int depth)
    {
        if (depth > m_limits.maxDepth)
            return fail(in, QStringLiteral("nesting deeper than %1 levels").arg(m_limits.maxDepth));
        if (++m_nodes > m_limits.maxNodes)
            return fail(in, QStringLiteral("more than %1 values (aliases expand to too much)").arg(m_limits.maxNodes));
        const YAML::Mark mark = in.Mark();
        const std::string &tag = in.Tag();
        switch (in.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            out = Node::null();
            break;
        case YAML::NodeType::Scalar: {
            const std::string &s = in.Scalar();
            if (tag == "!" || tag == "tag:yaml.org,2002:str") {
                out = Node::string(QString::fromStdString(s));
            } else if (tag == "?" || tag.empty()) {
                out = plain(s);
            } else if (tag == "tag:yaml.org,2002:int" || tag == "tag:yaml.org,2002:float") {
                const QString n = yamlNumber(s);
                out = n.isEmpty() ? Node::string(QString::fromStdString(s)) : Node::numberText(n);
            } else if (tag == "tag:yaml.org,2002:bool") {
                out = Node::boolean(yamlBool(s) == 1);
            } else if (tag == "tag:yaml.org,2002:null") {
                out = Node::null();
            } else {
                // A local tag such as CloudFormation's !Ref: keep the value as a string and remember the tag.
                out = Node::string(QString::fromStdString(s));
                out.setTag(QString::fromStdString(tag));
            }
            break;
        }
        case YAML::NodeType::Sequence: {
            out = Node::sequence();
            out.items().reserve(in.size());
            for (const YAML::Node &item : in) {
                Node child;
                if (!convert(item, child, depth + 1))
                    return false;
                out.append(std::move(child));
            }
            keepTag(tag, out);
            break;
        }
        case YAML::NodeType::Map: {
            out = Node::mapping();
            QSet<QString> seen;
            for (const auto &kv : in) {
                if (!kv.first.IsScalar() && !kv.first.IsNull())
                    return fail(kv.first, QStringLiteral("mapping keys must be plain values, not lists or mappings"));
                const QString key = kv.first.IsNull() ? QString() : QString::fromStdString(kv.first.Scalar());
                if (seen.contains(key))
                    return fail(kv.first, QStringLiteral("duplicate key \"%1\"").arg(key));
                seen.insert(key);
                Node child;
                if (!convert(kv.second, child, depth + 1))
                    return false;
                out.set(key, std::move(child));
            }
            keepTag(tag, out);
            break;
        }
        }
        out.setLocation(mark.line + 1, mark.column + 1);
        return true;
    }

    ParseError error;

private:
    static void keepTag(const std::string &tag, Node &out)
    {
        if (!tag.empty() && tag != "?" && tag != "!" && tag.rfind("tag:yaml.org,2002:", 0) != 0)
            out.setTag(QString::fromStdString(tag));
    }

    static Node plain(const std::string &s)
    {
        if (isYamlNull(s))
            return Node::null();
        const int b = yamlBool(s);
        if (b >= 0)
            return Node::boolean(b == 1);
        const QString n = yamlNumber(s);
        if (!n.isEmpty())
            return Node::numberText(n);
        return Node::string(QString::fromStdString(s));
    }

    bool fail(const YAML::Node &at, const QString &message)
    {
        const YAML::Mark m = at.Mark();
        error = ParseError{message, m.line + 1, m.column + 1};
        return false;
    }

    const ParseLimits &m_limits;
    qint64 m_nodes = 0;
};

} // namespace

namespace {

/// Notes where the second document of a stream starts, without building it.
class DocumentCounter final : public YAML::EventHandler
{
public:
    void OnDocumentStart(const YAML::Mark &) override { }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &mark, YAML::anchor_t) override { note(mark); }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override { note(mark); }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t, const std::string &) override
    {
        note(mark);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        note(mark);
    }
    void OnSequenceEnd() override { }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        note(mark);
    }
    void OnMapEnd() override { }

    YAML::Mark first = YAML::Mark::null_mark();
    bool seen = false;

private:
    void note(const YAML::Mark &mark)
    {
        if (!seen) {
            first = mark;
            seen = true;
        }
    }
};

/// True when a document marker ("---" or "...") starts the line of byte `pos` of `data` before it, or is the last
/// non-blank line above it: a second document the author started on purpose.
bool followsDocumentMarker(const QByteArray &data, qsizetype pos)
{
    pos = std::clamp<qsizetype>(pos, 0, data.size());
    qsizetype lineStart = pos > 0 ? data.lastIndexOf('\n', pos - 1) + 1 : 0;
    QByteArray line = data.mid(lineStart, pos - lineStart).trimmed();
    while (true) {
        if (line.startsWith("---") || line.startsWith("..."))
            return true;
        if (!line.isEmpty() && !line.startsWith('#'))
            return false;
        if (lineStart == 0)
            return false;
        const qsizetype previousEnd = lineStart - 1;
        lineStart = previousEnd > 0 ? data.lastIndexOf('\n', previousEnd - 1) + 1 : 0;
        line = data.mid(lineStart, previousEnd - lineStart).trimmed();
    }
}

} // namespace

ParseResult parseYaml(const QByteArray &data, const ParseLimits &limits)
{
    ParseResult result;
    if (data.size() > limits.maxBytes) {
        result.error = ParseError{QStringLiteral("the document is larger than %1 bytes").arg(limits.maxBytes), 0, 0};
        return result;
    }
    try {
        const std::string text = data.toStdString();
        // Not YAML::LoadAll: in yaml-cpp 0.7 it loops forever, allocating, when a token follows the end of the
        // first document in a way the parser does not consume ("{}, []"; yaml-cpp issue 1040, fixed upstream
        // after 0.8). The first document is loaded alone; a second pass only looks at what follows it.
        const YAML::Node first = YAML::Load(text);
        std::istringstream stream(text);
        YAML::Parser parser(stream);
        DocumentCounter skip;
        parser.HandleNextDocument(skip);
        DocumentCounter second;
        if (parser.HandleNextDocument(second) && second.seen) {
            const YAML::Mark m = second.first;
            const qsizetype pos = m.is_null() ? 0 : qsizetype(m.pos);
            if (followsDocumentMarker(data, pos)) {
                result.error = ParseError{
                    QStringLiteral("the file holds more than one YAML document ('---'); keep one"), m.line + 1,
                    m.column + 1};
            } else {
                const QByteArray rest = data.mid(pos).trimmed().left(20);
                result.error = ParseError{
                    QStringLiteral("unexpected `%1` after the end of the document; remove it, or wrap the whole "
                                   "document in one mapping or sequence")
                        .arg(QString::fromUtf8(rest.left(std::max<qsizetype>(1, rest.indexOf('\n'))))),
                    m.line + 1, m.column + 1};
            }
            return result;
        }
        if (!skip.seen)
            return result; // nothing but comments and blank lines
        YamlConverter converter(limits);
        if (!converter.convert(first, result.root, 0))
            result.error = converter.error;
    } catch (const YAML::Exception &e) {
        QString message = QString::fromStdString(e.msg);
        result.error = ParseError{message, e.mark.is_null() ? 0 : e.mark.line + 1,
                                  e.mark.is_null() ? 0 : e.mark.column + 1};
    } catch (const std::exception &e) {
        result.error = ParseError{QString::fromLocal8Bit(e.what()), 0, 0};
    }
    return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Writers

namespace {

void appendJsonString(QByteArray &out, const QString &s)
{
    out.append('"');
    const QByteArray utf8 = s.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        default:
            if (uchar(c) < 0x20) {
                char buf[8];
                qsnprintf(buf, sizeof buf, "\\u%04x", uchar(c));
                out.append(buf);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

void writeJsonValue(QByteArray &out, const Node &n, const WriteOptions &o, int depth)
{
    const auto newline = [&](int d) {
        if (o.compact)
            return;
        out.append('\n');
        out.append(QByteArray(d * o.indent, ' '));
    };
    switch (n.kind()) {
    case Node::Kind::Null:
        out.append("null");
        break;
    case Node::Kind::Bool:
    case Node::Kind::Number:
        out.append(n.scalarText().toLatin1());
        break;
    case Node::Kind::String:
        appendJsonString(out, n.scalarText());
        break;
    case Node::Kind::Sequence: {
        if (n.items().empty()) {
            out.append("[]");
            break;
        }
        out.append('[');
        bool first = true;
        for (const Node &item : n.items()) {
            if (!first)
                out.append(',');
            first = false;
            newline(depth + 1);
            writeJsonValue(out, item, o, depth + 1);
        }
        newline(depth);
        out.append(']');
        break;
    }
    case Node::Kind::Mapping: {
        if (n.members().empty()) {
            out.append("{}");
            break;
        }
        out.append('{');
        bool first = true;
        for (const auto &[key, value] : n.members()) {
            if (!first)
                out.append(',');
            first = false;
            newline(depth + 1);
            appendJsonString(out, key);
            out.append(o.compact ? ":" : ": ");
            writeJsonValue(out, value, o, depth + 1);
        }
        newline(depth);
        out.append('}');
        break;
    }
    }
}

/// Would a YAML reader take `s`, written plainly, for exactly this string?
bool isSafePlainYaml(const QString &s)
{
    if (s.isEmpty() || s.size() > 200)
        return false;
    const std::string std = s.toStdString();
    if (isYamlNull(std) || yamlBool(std) >= 0 || !yamlNumber(std).isEmpty())
        return false;
    // YAML 1.1 readers take these for booleans, and some numbers-like forms for numbers: quote them too.
    static const QSet<QString> yaml11 = {
        QStringLiteral("y"), QStringLiteral("Y"), QStringLiteral("yes"), QStringLiteral("Yes"), QStringLiteral("YES"),
        QStringLiteral("n"), QStringLiteral("N"), QStringLiteral("no"), QStringLiteral("No"), QStringLiteral("NO"),
        QStringLiteral("on"), QStringLiteral("On"), QStringLiteral("ON"), QStringLiteral("off"), QStringLiteral("Off"),
        QStringLiteral("OFF"), QStringLiteral(".inf"), QStringLiteral(".nan"), QStringLiteral("-.inf"),
        QStringLiteral("=")};
    if (yaml11.contains(s))
        return false;
    const QChar first = s.front();
    if (QStringLiteral("-?:,[]{}#&*!|>'\"%@`").contains(first) || first.isSpace())
        return false;
    if (s.back().isSpace() || s.back() == QLatin1Char(':'))
        return false;
    if (s.contains(QLatin1String(": ")) || s.contains(QLatin1String(" #")))
        return false;
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar(0xFEFF) || c.category() == QChar::Other_Surrogate)
            return false;
    }
    // YAML 1.1 readers also take underscored and sexagesimal numbers, binary, and dates for non-strings.
    static const QRegularExpression yaml11Scalar(QStringLiteral(
        "^(?:[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?"  // 190:20:30
        "|[-+]?[0-9][0-9_]*(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?"  // 1_000, 1.5_0
        "|[-+]?\\.[0-9_]+(?:[eE][-+]?[0-9]+)?"
        "|0b[01_]+"
        "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?)$"));
    return !yaml11Scalar.match(s).hasMatch();
}

void appendDoubleQuotedYaml(QByteArray &out, const QString &s)
{
    // JSON string syntax is valid YAML double-quoted syntax.
    appendJsonString(out, s);
}

/// Multi-line strings become literal blocks when that keeps them exact.
bool canBeLiteralBlock(const QString &s)
{
    if (!s.contains(QLatin1Char('\n')) || s.size() > 1'000'000)
        return false;
    if (s.startsWith(QLatin1Char(' ')) || s.startsWith(QLatin1Char('\n')) || s.startsWith(QLatin1Char('\t')))
        return false;
    for (const QChar c : s) {
        if ((c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t')) || c.unicode() == 0x7f
            || c == QChar(0xFEFF))
            return false;
    }
    // Lines of only spaces would be confused with indentation.
    for (const QStringView line : QStringView(s).split(QLatin1Char('\n'))) {
        if (!line.isEmpty() && line.trimmed().isEmpty())
            return false;
    }
    return true;
}

void appendScalarYaml(QByteArray &out, const Node &n, int indent)
{
    switch (n.kind()) {
    case Node::Kind::Null:
        out.append("null");
        return;
    case Node::Kind::Bool:
    case Node::Kind::Number:
        out.append(n.scalarText().toLatin1());
        return;
    case Node::Kind::String:
        break;
    default:
        return;
    }
    const QString s = n.scalarText();
    if (!n.tag().isEmpty()) {
        out.append(n.tag().toUtf8());
        out.append(' ');
    }
    if (canBeLiteralBlock(s)) {
        int trailing = 0;
        while (trailing < s.size() && s.at(s.size() - 1 - trailing) == QLatin1Char('\n'))
            ++trailing;
        out.append(trailing == 0 ? "|-" : (trailing == 1 ? "|" : "|+"));
        const QString body = s.left(s.size() - trailing);
        const QByteArray pad(indent, ' ');
        for (const QStringView line : QStringView(body).split(QLatin1Char('\n'))) {
            out.append('\n');
            if (!line.isEmpty()) {
                out.append(pad);
                out.append(line.toUtf8());
            }
        }
        for (int i = 1; i < trailing; ++i)
            out.append('\n');
        return;
    }
    if (isSafePlainYaml(s))
        out.append(s.toUtf8());
    else
        appendDoubleQuotedYaml(out, s);
}

void appendKeyYaml(QByteArray &out, const QString &key)
{
    if (isSafePlainYaml(key))
        out.append(key.toUtf8());
    else
        appendDoubleQuotedYaml(out, key);
}

bool isEmptyContainer(const Node &n)
{
    return (n.isMapping() || n.isSequence()) && n.isEmpty();
}

void writeYamlBlock(QByteArray &out, const Node &n, int depth, const WriteOptions &o);

/// Writes `value` after "key:" or "- " has been written.
void writeYamlValueAfterIndicator(QByteArray &out, const Node &value, int depth, const WriteOptions &o,
                                  bool inSequence)
{
    if (value.isScalar() || isEmptyContainer(value)) {
        out.append(' ');
        if (value.isMapping())
            out.append("{}");
        else if (value.isSequence())
            out.append("[]");
        else
            appendScalarYaml(out, value, (depth + 1) * o.indent);
        out.append('\n');
        return;
    }
    if (!value.tag().isEmpty()) {
        out.append(' ');
        out.append(value.tag().toUtf8());
    }
    if (inSequence && value.isMapping() && value.tag().isEmpty()) {
        // "- key: value" compact form: the first member goes on the dash line.
        out.append(' ');
        writeYamlBlock(out, value, -(depth + 1), o);
        return;
    }
    out.append('\n');
    writeYamlBlock(out, value, depth + 1, o);
}

/// A negative depth means: the first line's indentation is already written (compact "- key:" form).
void writeYamlBlock(QByteArray &out, const Node &n, int depth, const WriteOptions &o)
{
    bool skipFirstIndent = depth < 0;
    if (depth < 0)
        depth = -depth;
    const QByteArray pad(depth * o.indent, ' ');
    if (n.isMapping()) {
        for (const auto &[key, value] : n.members()) {
            if (!skipFirstIndent)
                out.append(pad);
            skipFirstIndent = false;
            appendKeyYaml(out, key);
            out.append(':');
            writeYamlValueAfterIndicator(out, value, depth, o, false);
        }
    } else if (n.isSequence()) {
        for (const Node &item : n.items()) {
            if (!skipFirstIndent)
                out.append(pad);
            skipFirstIndent = false;
            out.append('-');
            writeYamlValueAfterIndicator(out, item, depth, o, true);
        }
    }
}

} // namespace

QByteArray writeJson(const Node &node, const WriteOptions &options)
{
    QByteArray out;
    writeJsonValue(out, node, options, 0);
    if (!options.compact)
        out.append('\n');
    return out;
}

QByteArray writeYaml(const Node &node, const WriteOptions &options)
{
    QByteArray out;
    if (node.isScalar() || isEmptyContainer(node)) {
        if (node.isMapping())
            out.append("{}");
        else if (node.isSequence())
            out.append("[]");
        else
            appendScalarYaml(out, node, options.indent);
        out.append('\n');
        return out;
    }
    writeYamlBlock(out, node, 0, options);
    return out;
}

} // namespace gw::doc
