// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ast.h"

#include <QString>

#include <memory>

namespace gw::vtl {

/// Where and why a template does not parse.
struct ParseError
{
    int line = 0;
    int column = 0;
    QString message;
    QString toString() const;
};

namespace detail {

/// Parses Velocity 1.7 syntax as API Gateway accepts it. Hand-written: a character scanner for text (references,
/// directives, comments) and a recursive-descent parser for directive arguments and expressions. Nesting is capped
/// (`maxNesting`) so that hostile input cannot exhaust the stack.
///
/// Whitespace follows Velocity 1.7: a directive's closing `)` (and `#else`, `#end`, `#break`, `#stop`) eats the
/// spaces, tabs and one newline that follow it on its line; `#set` also eats the spaces and tabs before it.
std::shared_ptr<ast::TemplateData> parse(const QString &text, ParseError *error, int maxNesting = 200);

} // namespace detail
} // namespace gw::vtl
