// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

// Java's java.util.regex on top of QRegularExpression (PCRE2). The syntaxes agree on what mapping templates use;
// Java's POSIX classes (\p{Lower}, \p{Alpha}, ...) are translated. Replacement strings follow Matcher: `$1`,
// `${name}`, `\$` for a literal dollar.

namespace gw::vtl {

/// The compiled pattern, or nullopt and `error` (Java's PatternSyntaxException, in words).
std::optional<QRegularExpression> javaRegex(const QString &pattern, QString *error);

/// String.replaceAll / replaceFirst.
std::optional<QString> javaReplace(const QString &s, const QString &regex, const QString &replacement, bool all,
                                   QString *error);

/// String.split(regex, limit): no empty leading piece for a zero-width match at 0; limit 0 drops trailing empty
/// pieces; a positive limit caps the number of pieces.
std::optional<QStringList> javaSplit(const QString &s, const QString &regex, int limit, QString *error);

} // namespace gw::vtl
