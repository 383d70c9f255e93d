// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "value.h"

#include <QString>

#include <optional>

namespace gw::vtl {

/// Evaluates a JSONPath expression as Jayway JsonPath (the library API Gateway's docs point to) does, for the
/// forms mapping templates use: `$`, `$.a.b`, `$['a']`, `$["a","b"]`, `$.a[0]`, `$.a[-1]`, `$.a[0,2]`,
/// `$.a[1:3]`, `$.a[*]`, `$.*`, `$..x`. A path without `$` is read as `$.` + path. Filters (`[?(...)]`) are
/// not supported and give an error.
///
/// A definite path (no wildcard, deep scan, slice or union) gives the value it points at, or null when it is
/// missing; an indefinite path gives a JSON array of all matches. Results share structure with `root`.
/// nullopt and `error` set when the path does not parse.
std::optional<Value> evaluateJsonPath(const Value &root, QStringView path, QString *error);

} // namespace gw::vtl
