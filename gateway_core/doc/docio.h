// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docnode.h"

#include <QByteArray>

#include <optional>

namespace gw::doc {

struct ParseError
{
    QString message; ///< what is wrong, in words, without the location
    int line = 0;    ///< 1-based; 0 when unknown
    int column = 0;
};

struct ParseLimits
{
    qint64 maxBytes = 64 * 1024 * 1024;
    qint64 maxNodes = 5'000'000; ///< guards against alias expansion ("billion laughs")
    int maxDepth = 256;
};

struct ParseResult
{
    Node root;
    std::optional<ParseError> error;
    bool ok() const { return !error.has_value(); }
};

enum class Syntax { Json, Yaml };

/// Guesses the syntax from the first non-space byte: '{' or '[' is JSON, anything else YAML.
Syntax detectSyntax(const QByteArray &data);

/// Parses JSON (with its own strict parser that tracks lines) or YAML 1.2 (yaml-cpp, core schema: plain
/// `true`/`false`, `null`/`~`, numbers; quoted scalars are always strings; other tags are kept on the node).
/// Duplicate mapping keys are an error. Never throws.
ParseResult parse(const QByteArray &data, const ParseLimits &limits = {});
ParseResult parseJson(const QByteArray &data, const ParseLimits &limits = {});
ParseResult parseYaml(const QByteArray &data, const ParseLimits &limits = {});

struct WriteOptions
{
    int indent = 2;
    bool compact = false; ///< JSON only: no whitespace at all
};

/// Block-style YAML with stable output: mapping order as in the node, strings quoted only where a reader would
/// take them for something else, multi-line strings as literal blocks. Ends with a newline.
QByteArray writeYaml(const Node &node, const WriteOptions &options = {});
/// JSON in node order. Pretty (ending with a newline) unless options.compact.
QByteArray writeJson(const Node &node, const WriteOptions &options = {});

} // namespace gw::doc
