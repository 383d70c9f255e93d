// SPDX-License-Identifier: GPL-3.0-or-later
#include "pathtemplate.h"

#include <QUrl>

namespace gw::routing {

namespace {

bool isPathPartChar(QChar c)
{
    // AWS: "Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the end and an
    // optional plus sign before the closing brace." Gatehouse also accepts the other RFC 3986 pchar
    // characters that HTTP APIs allow in route paths (e.g. '~', ':', '@', '$').
    return c.isLetterOrNumber() || QStringLiteral("._-~:@!$&'()*,;=%").contains(c);
}

} // namespace

bool PathTemplate::parse(const QString &path, PathTemplate *out, QString *error)
{
    out->m_segments.clear();
    if (!path.startsWith(QLatin1Char('/'))) {
        *error = QStringLiteral("a resource path must start with '/': `%1`").arg(path);
        return false;
    }
    QStringView rest = QStringView(path).mid(1);
    if (rest.endsWith(QLatin1Char('/')))
        rest.chop(1);
    if (rest.isEmpty())
        return true;
    const QList<QStringView> parts = rest.split(QLatin1Char('/'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QStringView part = parts[i];
        if (part.isEmpty()) {
            *error = QStringLiteral("empty path part (`//`) in `%1`").arg(path);
            return false;
        }
        if (!out->m_segments.isEmpty() && out->m_segments.last().kind == PathSegment::Kind::Greedy) {
            *error = QStringLiteral("Cannot create a child of a resource with a greedy path variable: {%1+}")
                         .arg(out->m_segments.last().text);
            return false;
        }
        const bool opens = part.startsWith(QLatin1Char('{'));
        const bool closes = part.endsWith(QLatin1Char('}'));
        if (opens || closes || part.contains(QLatin1Char('{')) || part.contains(QLatin1Char('}'))) {
            if (!opens || !closes || part.size() < 3 || part.mid(1, part.size() - 2).contains(QLatin1Char('{'))
                || part.mid(1, part.size() - 2).contains(QLatin1Char('}'))) {
                *error = QStringLiteral("Resource's path part only allow a-zA-Z0-9._- and curly braces at the "
                                        "beginning and the end and an optional plus sign before the closing brace. "
                                        "Got `%1` in `%2`")
                             .arg(part.toString(), path);
                return false;
            }
            QStringView name = part.mid(1, part.size() - 2);
            PathSegment seg;
            seg.kind = PathSegment::Kind::Parameter;
            if (name.endsWith(QLatin1Char('+'))) {
                name.chop(1);
                seg.kind = PathSegment::Kind::Greedy;
            }
            if (name.isEmpty()) {
                *error = QStringLiteral("empty path parameter name in `%1`").arg(path);
                return false;
            }
            for (const QChar c : name) {
                if (!(c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.'))) {
                    *error = QStringLiteral("invalid character '%1' in path parameter `%2` of `%3`")
                                 .arg(c)
                                 .arg(part.toString(), path);
                    return false;
                }
            }
            seg.text = name.toString();
            for (const PathSegment &earlier : out->m_segments) {
                if (earlier.kind != PathSegment::Kind::Literal && earlier.text == seg.text) {
                    *error = QStringLiteral("path parameter `{%1}` appears twice in `%2`").arg(seg.text, path);
                    return false;
                }
            }
            out->m_segments.append(seg);
            continue;
        }
        for (const QChar c : part) {
            if (!isPathPartChar(c)) {
                *error = QStringLiteral("Resource's path part only allow a-zA-Z0-9._- and curly braces at the "
                                        "beginning and the end and an optional plus sign before the closing brace. "
                                        "Got `%1` in `%2`")
                             .arg(part.toString(), path);
                return false;
            }
        }
        out->m_segments.append({PathSegment::Kind::Literal, part.toString()});
    }
    return true;
}

QString PathTemplate::path() const
{
    if (m_segments.isEmpty())
        return QStringLiteral("/");
    QString out;
    for (const PathSegment &s : m_segments) {
        out += QLatin1Char('/');
        switch (s.kind) {
        case PathSegment::Kind::Literal:
            out += s.text;
            break;
        case PathSegment::Kind::Parameter:
            out += QLatin1Char('{') + s.text + QLatin1Char('}');
            break;
        case PathSegment::Kind::Greedy:
            out += QLatin1Char('{') + s.text + QLatin1String("+}");
            break;
        }
    }
    return out;
}

QStringList PathTemplate::parameterNames() const
{
    QStringList names;
    for (const PathSegment &s : m_segments) {
        if (s.kind != PathSegment::Kind::Literal)
            names.append(s.text);
    }
    return names;
}

QString decodePathSegment(QStringView segment)
{
    if (!segment.contains(QLatin1Char('%')))
        return segment.toString();
    return QUrl::fromPercentEncoding(segment.toUtf8());
}

QStringList splitRequestPath(QStringView encodedPath)
{
    QStringList out;
    QStringView rest = encodedPath;
    if (rest.startsWith(QLatin1Char('/')))
        rest = rest.mid(1);
    if (rest.endsWith(QLatin1Char('/')))
        rest.chop(1);
    if (rest.isEmpty())
        return out;
    for (const QStringView part : rest.split(QLatin1Char('/')))
        out.append(decodePathSegment(part));
    return out;
}

} // namespace gw::routing
