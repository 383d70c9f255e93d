// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonpath.h"

#include <vector>

namespace gw::vtl {
namespace {

struct Selector
{
    enum class Kind { Names, Indexes, Slice, Wildcard };
    Kind kind = Kind::Names;
    bool deep = false; ///< `..` before it
    QStringList names;
    std::vector<qint64> indexes;
    std::optional<qint64> sliceFrom, sliceTo;
};

class PathParser
{
public:
    explicit PathParser(QStringView s) : m_s(s.trimmed()) { }

    bool parse(std::vector<Selector> &out, QString *error)
    {
        if (m_s.startsWith(QLatin1Char('$')) || m_s.startsWith(QLatin1Char('@'))) {
            m_pos = 1;
        } else if (!m_s.isEmpty() && m_s[0] != QLatin1Char('.') && m_s[0] != QLatin1Char('[')) {
            // Jayway reads "a.b" as "$.a.b".
            Selector sel;
            if (!readName(sel))
                return failWith(error);
            out.push_back(std::move(sel));
        }
        while (m_pos < m_s.size()) {
            Selector sel;
            if (m_s[m_pos] == QLatin1Char('.')) {
                ++m_pos;
                if (m_pos < m_s.size() && m_s[m_pos] == QLatin1Char('.')) {
                    ++m_pos;
                    sel.deep = true;
                }
                if (m_pos < m_s.size() && m_s[m_pos] == QLatin1Char('[')) {
                    if (!sel.deep)
                        return failWith(error, QStringLiteral("'.' must not be followed by '['"));
                    if (!readBracket(sel))
                        return failWith(error);
                } else if (m_pos < m_s.size() && m_s[m_pos] == QLatin1Char('*')) {
                    ++m_pos;
                    sel.kind = Selector::Kind::Wildcard;
                } else if (!readName(sel)) {
                    return failWith(error);
                }
            } else if (m_s[m_pos] == QLatin1Char('[')) {
                if (!readBracket(sel))
                    return failWith(error);
            } else {
                return failWith(error, QStringLiteral("unexpected '%1'").arg(m_s[m_pos]));
            }
            out.push_back(std::move(sel));
        }
        return true;
    }

private:
    bool failWith(QString *error, const QString &why = QString())
    {
        if (error) {
            *error = QStringLiteral("invalid JSONPath \"%1\" at character %2: %3")
                         .arg(m_s.toString())
                         .arg(m_pos + 1)
                         .arg(why.isEmpty() ? m_why : why);
        }
        return false;
    }

    bool readName(Selector &sel)
    {
        const qsizetype b = m_pos;
        while (m_pos < m_s.size() && m_s[m_pos] != QLatin1Char('.') && m_s[m_pos] != QLatin1Char('[')
               && !m_s[m_pos].isSpace())
            ++m_pos;
        if (m_pos == b) {
            m_why = QStringLiteral("expected a property name");
            return false;
        }
        sel.kind = Selector::Kind::Names;
        sel.names.push_back(m_s.mid(b, m_pos - b).toString());
        return true;
    }

    void skipWs()
    {
        while (m_pos < m_s.size() && m_s[m_pos].isSpace())
            ++m_pos;
    }

    std::optional<qint64> readInt()
    {
        skipWs();
        const qsizetype b = m_pos;
        if (m_pos < m_s.size() && m_s[m_pos] == QLatin1Char('-'))
            ++m_pos;
        while (m_pos < m_s.size() && m_s[m_pos].isDigit())
            ++m_pos;
        bool ok = false;
        const qint64 v = m_s.mid(b, m_pos - b).toLongLong(&ok);
        if (!ok) {
            m_pos = b;
            return std::nullopt;
        }
        skipWs();
        return v;
    }

    bool readBracket(Selector &sel)
    {
        ++m_pos; // [
        skipWs();
        if (m_pos >= m_s.size()) {
            m_why = QStringLiteral("unclosed '['");
            return false;
        }
        const QChar c = m_s[m_pos];
        if (c == QLatin1Char('?') || c == QLatin1Char('(')) {
            m_why = QStringLiteral("filter and script expressions are not supported");
            return false;
        }
        if (c == QLatin1Char('*')) {
            ++m_pos;
            skipWs();
            sel.kind = Selector::Kind::Wildcard;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            sel.kind = Selector::Kind::Names;
            while (true) {
                skipWs();
                if (m_pos >= m_s.size() || (m_s[m_pos] != QLatin1Char('\'') && m_s[m_pos] != QLatin1Char('"'))) {
                    m_why = QStringLiteral("expected a quoted name");
                    return false;
                }
                const QChar quote = m_s[m_pos++];
                QString name;
                while (m_pos < m_s.size() && m_s[m_pos] != quote) {
                    if (m_s[m_pos] == QLatin1Char('\\') && m_pos + 1 < m_s.size())
                        ++m_pos;
                    name += m_s[m_pos++];
                }
                if (m_pos >= m_s.size()) {
                    m_why = QStringLiteral("unclosed quoted name");
                    return false;
                }
                ++m_pos;
                sel.names.push_back(name);
                skipWs();
                if (m_pos < m_s.size() && m_s[m_pos] == QLatin1Char(',')) {
                    ++m_pos;
                    continue;
                }
                break;
            }
        } else {
            std::optional<qint64> first;
            if (c != QLatin1Char(':')) {
                first = readInt();
                if (!first) {
                    m_why = QStringLiteral("expected an index, a quoted name or '*'");
                    return false;
                }
            }
            if (m_pos < m_s.size() && m_s[m_pos] == QLatin1Char(':')) {
                ++m_pos;
                sel.kind = Selector::Kind::Slice;
                sel.sliceFrom = first;
                skipWs();
                if (m_pos < m_s.size() && m_s[m_pos] != QLatin1Char(']')) {
                    sel.sliceTo = readInt();
                    if (!sel.sliceTo) {
                        m_why = QStringLiteral("expected a slice end");
                        return false;
                    }
                }
            } else {
                sel.kind = Selector::Kind::Indexes;
                sel.indexes.push_back(*first);
                while (m_pos < m_s.size() && m_s[m_pos] == QLatin1Char(',')) {
                    ++m_pos;
                    const auto next = readInt();
                    if (!next) {
                        m_why = QStringLiteral("expected an index");
                        return false;
                    }
                    sel.indexes.push_back(*next);
                }
            }
        }
        skipWs();
        if (m_pos >= m_s.size() || m_s[m_pos] != QLatin1Char(']')) {
            m_why = QStringLiteral("expected ']'");
            return false;
        }
        ++m_pos;
        return true;
    }

    QStringView m_s;
    qsizetype m_pos = 0;
    QString m_why;
};

bool isDefinite(const Selector &s)
{
    if (s.deep)
        return false;
    switch (s.kind) {
    case Selector::Kind::Names: return s.names.size() == 1;
    case Selector::Kind::Indexes: return s.indexes.size() == 1;
    default: return false;
    }
}

void applyOne(const Selector &sel, const Value &node, std::vector<Value> &out)
{
    switch (sel.kind) {
    case Selector::Kind::Names:
        if (const MapData *m = node.mapData()) {
            for (const QString &name : sel.names) {
                if (const Value *v = m->find(name))
                    out.push_back(*v);
            }
        }
        return;
    case Selector::Kind::Wildcard:
        if (const MapData *m = node.mapData()) {
            for (const auto &entry : m->entries())
                out.push_back(entry.second);
        } else if (const ListData *l = node.listData()) {
            out.insert(out.end(), l->items.begin(), l->items.end());
        }
        return;
    case Selector::Kind::Indexes:
        if (const ListData *l = node.listData()) {
            const qint64 n = qint64(l->items.size());
            for (qint64 i : sel.indexes) {
                if (i < 0)
                    i += n;
                if (i >= 0 && i < n)
                    out.push_back(l->items[size_t(i)]);
            }
        }
        return;
    case Selector::Kind::Slice:
        if (const ListData *l = node.listData()) {
            const qint64 n = qint64(l->items.size());
            qint64 from = sel.sliceFrom.value_or(0);
            qint64 to = sel.sliceTo.value_or(n);
            if (from < 0)
                from = qMax<qint64>(0, from + n);
            if (to < 0)
                to += n;
            to = qMin(to, n);
            for (qint64 i = from; i < to; ++i)
                out.push_back(l->items[size_t(i)]);
        }
        return;
    }
}

/// At most this many values in any step of an evaluation: chained deep scans (`$..*..*..*`) grow as the document's
/// size to the power of their number, so a hostile path on a modest body would otherwise run for minutes.
constexpr size_t kMaxValues = 100'000;

void collectDescendants(const Value &node, std::vector<Value> &out, int depth)
{
    if (depth <= 0 || out.size() > kMaxValues)
        return;
    out.push_back(node);
    if (const MapData *m = node.mapData()) {
        for (const auto &entry : m->entries())
            collectDescendants(entry.second, out, depth - 1);
    } else if (const ListData *l = node.listData()) {
        for (const Value &item : l->items)
            collectDescendants(item, out, depth - 1);
    }
}

} // namespace

std::optional<Value> evaluateJsonPath(const Value &root, QStringView path, QString *error)
{
    std::vector<Selector> selectors;
    if (!PathParser(path).parse(selectors, error))
        return std::nullopt;
    bool definite = true;
    std::vector<Value> current{root};
    for (const Selector &sel : selectors) {
        definite = definite && isDefinite(sel);
        std::vector<Value> next;
        for (const Value &node : current) {
            if (sel.deep) {
                std::vector<Value> all;
                collectDescendants(node, all, 512);
                for (const Value &d : all) {
                    applyOne(sel, d, next);
                    if (next.size() > kMaxValues)
                        break;
                }
            } else {
                applyOne(sel, node, next);
            }
            if (next.size() > kMaxValues) {
                if (error)
                    *error = QStringLiteral("the path selects more than %1 values; narrow its deep scans (..)")
                                 .arg(kMaxValues);
                return std::nullopt;
            }
        }
        current = std::move(next);
    }
    if (definite)
        return current.empty() ? Value() : current.front();
    return Value::list(ListKind::JsonArray, std::move(current));
}

} // namespace gw::vtl
