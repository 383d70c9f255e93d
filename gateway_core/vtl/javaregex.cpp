// SPDX-License-Identifier: GPL-3.0-or-later
#include "javaregex.h"

namespace gw::vtl {
namespace {

/// Java's POSIX character classes, as the inside of a PCRE bracket expression.
QString posixClass(QStringView name)
{
    static const struct
    {
        const char16_t *java;
        const char *pcre;
    } table[] = {
        {u"Lower", "a-z"},       {u"Upper", "A-Z"},       {u"ASCII", "\\x00-\\x7F"},
        {u"Alpha", "a-zA-Z"},    {u"Digit", "0-9"},       {u"Alnum", "a-zA-Z0-9"},
        {u"Punct", "!-/:-@\\[-`{-~"}, {u"Graph", "!-~"}, {u"Print", " -~"},
        {u"Blank", " \\t"},      {u"Cntrl", "\\x00-\\x1F\\x7F"}, {u"XDigit", "0-9a-fA-F"},
        {u"Space", " \\t\\n\\x0B\\f\\r"},
    };
    for (const auto &entry : table) {
        if (name == QStringView(entry.java))
            return QString::fromLatin1(entry.pcre);
    }
    return QString();
}

QString translate(const QString &java)
{
    QString out;
    out.reserve(java.size());
    int classDepth = 0;
    for (qsizetype i = 0; i < java.size(); ++i) {
        const QChar c = java[i];
        if (c == QLatin1Char('\\') && i + 1 < java.size()) {
            const QChar e = java[i + 1];
            if ((e == QLatin1Char('p') || e == QLatin1Char('P')) && i + 2 < java.size()
                && java[i + 2] == QLatin1Char('{')) {
                const qsizetype close = java.indexOf(QLatin1Char('}'), i + 3);
                if (close > 0) {
                    QStringView name = QStringView(java).mid(i + 3, close - i - 3);
                    if (name.startsWith(QLatin1String("Is")))
                        name = name.mid(2);
                    const QString posix = posixClass(name);
                    if (!posix.isEmpty()) {
                        const bool negated = e == QLatin1Char('P');
                        if (classDepth > 0 && !negated)
                            out += posix;
                        else
                            out += (negated ? QStringLiteral("[^") : QStringLiteral("[")) + posix + QLatin1Char(']');
                        i = close;
                        continue;
                    }
                }
            }
            if (e == QLatin1Char('Q')) { // \Q...\E: PCRE knows it too, but keep class tracking right
                const qsizetype end = java.indexOf(QLatin1String("\\E"), i + 2);
                const QString quoted = java.mid(i + 2, end < 0 ? -1 : end - i - 2);
                out += QRegularExpression::escape(quoted);
                i = end < 0 ? java.size() : end + 1;
                continue;
            }
            out += c;
            out += e;
            ++i;
            continue;
        }
        if (c == QLatin1Char('[')) {
            ++classDepth;
        } else if (c == QLatin1Char(']') && classDepth > 0) {
            --classDepth;
        }
        out += c;
    }
    return out;
}

} // namespace

std::optional<QRegularExpression> javaRegex(const QString &pattern, QString *error)
{
    QRegularExpression re(translate(pattern));
    if (!re.isValid()) {
        if (error) {
            *error = QStringLiteral("invalid regular expression \"%1\": %2 at offset %3")
                         .arg(pattern, re.errorString())
                         .arg(re.patternErrorOffset());
        }
        return std::nullopt;
    }
    return re;
}

std::optional<QString> javaReplace(const QString &s, const QString &regex, const QString &replacement, bool all,
                                   QString *error)
{
    const auto re = javaRegex(regex, error);
    if (!re)
        return std::nullopt;
    const QStringList names = re->namedCaptureGroups();
    const int groups = re->captureCount();
    QString out;
    qsizetype last = 0;
    auto it = re->globalMatch(s);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        for (qsizetype i = 0; i < replacement.size(); ++i) {
            const QChar c = replacement[i];
            if (c == QLatin1Char('\\')) {
                if (++i >= replacement.size()) {
                    if (error)
                        *error = QStringLiteral("replacement \"%1\": character to be escaped is missing").arg(replacement);
                    return std::nullopt;
                }
                out += replacement[i];
            } else if (c == QLatin1Char('$')) {
                if (++i >= replacement.size()) {
                    if (error)
                        *error = QStringLiteral("replacement \"%1\": illegal group reference: group index is missing")
                                     .arg(replacement);
                    return std::nullopt;
                }
                if (replacement[i] == QLatin1Char('{')) {
                    const qsizetype close = replacement.indexOf(QLatin1Char('}'), i);
                    const QString name = close < 0 ? QString() : replacement.mid(i + 1, close - i - 1);
                    if (close < 0 || !names.contains(name)) {
                        if (error)
                            *error = QStringLiteral("replacement \"%1\": no group with name {%2}").arg(replacement, name);
                        return std::nullopt;
                    }
                    out += m.captured(name);
                    i = close;
                } else if (replacement[i].isDigit()) {
                    int group = replacement[i].digitValue();
                    if (group > groups) {
                        if (error)
                            *error = QStringLiteral("replacement \"%1\": no group %2").arg(replacement).arg(group);
                        return std::nullopt;
                    }
                    while (i + 1 < replacement.size() && replacement[i + 1].isDigit()) {
                        const int longer = group * 10 + replacement[i + 1].digitValue();
                        if (longer > groups)
                            break;
                        group = longer;
                        ++i;
                    }
                    out += m.captured(group);
                } else {
                    if (error)
                        *error = QStringLiteral("replacement \"%1\": illegal group reference").arg(replacement);
                    return std::nullopt;
                }
            } else {
                out += c;
            }
        }
        last = m.capturedEnd();
        if (!all)
            break;
    }
    out += QStringView(s).mid(last);
    return out;
}

std::optional<QStringList> javaSplit(const QString &s, const QString &regex, int limit, QString *error)
{
    const auto re = javaRegex(regex, error);
    if (!re)
        return std::nullopt;
    QStringList parts;
    qsizetype index = 0;
    bool matched = false;
    auto it = re->globalMatch(s);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (limit > 0 && parts.size() >= limit - 1)
            break;
        if (m.capturedStart() == 0 && m.capturedEnd() == 0)
            continue; // a zero-width match at the start gives no empty leading piece
        parts.append(s.mid(index, m.capturedStart() - index));
        index = m.capturedEnd();
        matched = true;
    }
    if (!matched)
        return QStringList{s};
    parts.append(s.mid(index));
    if (limit == 0) {
        while (!parts.isEmpty() && parts.last().isEmpty())
            parts.removeLast();
    }
    return parts;
}

} // namespace gw::vtl
