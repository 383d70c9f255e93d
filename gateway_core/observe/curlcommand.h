// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outgoingrequest.h"

#include <QString>

namespace gw {

/// `text` as one POSIX shell word: as is when it holds only characters no shell treats specially, else in single
/// quotes (a quote inside becomes '\''), so $, `, \, ", ! and newlines reach the program unchanged.
QString shellQuote(const QString &text);

/// A curl command line that sends `request` exactly (POSIX sh, bash, zsh): the method (-X, or --head), the URL,
/// every header in order (an empty value as "Name;", which is how curl sends one; Content-Length and
/// Transfer-Encoding left to curl; Host only when it differs from the URL's), and the body with --data-binary.
/// A body that is not printable UTF-8, or that starts with @ (curl would read a file), is piped in with
/// `printf '%b' '…' | curl … --data-binary @-`, every other byte written as a \0ooo escape, so NUL and any other
/// byte arrive as sent. URLs with [ ] { } get --globoff. Options go on continuation lines.
QString curlCommand(const OutgoingRequest &request);

} // namespace gw
