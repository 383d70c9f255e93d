// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace gw::routing {

/// One segment of a resource path: "pets", "{petId}" or "{proxy+}".
struct PathSegment
{
    enum class Kind { Literal, Parameter, Greedy };
    Kind kind = Kind::Literal;
    QString text; ///< the literal text, or the parameter name without braces and '+'

    bool operator==(const PathSegment &o) const { return kind == o.kind && text == o.text; }
};

/// A parsed resource path such as "/pets/{petId}". Parameters must fill a whole segment (AWS rejects
/// "/{Sid}.json"), and a greedy parameter can only be the last segment.
class PathTemplate
{
public:
    /// Parses `path`; on failure returns false and sets `error` to AWS's wording where AWS has one.
    static bool parse(const QString &path, PathTemplate *out, QString *error);

    const QList<PathSegment> &segments() const { return m_segments; }
    QString path() const; ///< normalised: "/" or "/a/{b}"
    bool isRoot() const { return m_segments.isEmpty(); }
    bool hasGreedy() const { return !m_segments.isEmpty() && m_segments.last().kind == PathSegment::Kind::Greedy; }
    QStringList parameterNames() const;

private:
    QList<PathSegment> m_segments;
};

/// Splits a request path (still percent-encoded, without the query) into decoded segments. A trailing slash is
/// ignored; "//" gives an empty segment, which only a greedy parameter can absorb.
QStringList splitRequestPath(QStringView encodedPath);

/// Percent-decodes one path segment ('+' stays '+').
QString decodePathSegment(QStringView segment);

} // namespace gw::routing
