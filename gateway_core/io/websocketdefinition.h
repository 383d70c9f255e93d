// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include "doc/docnode.h"
#include "model/websocketapi.h"

#include <optional>

namespace gw::io {

/// Reads the `definition` of a `protocol: websocket` API (docs/project-format.md, "WebSocket APIs"). Problems are
/// reported with their line and field (relative to the definition); nullopt when there are errors.
std::optional<model::WsDefinition> readWebSocketDefinition(const doc::Node &node, DiagnosticSink &sink);

/// Evaluates a route selection expression against a message: `$request.body.<path>` or `${request.body.<path>}`,
/// possibly several joined by static text. False when the body is not JSON or a path is missing. Non-string values
/// are written as JSON.
bool evaluateRouteSelection(const QString &expression, const QByteArray &body, QString *key);

} // namespace gw::io
