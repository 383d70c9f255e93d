// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include "model/api.h"

namespace gw::io {

/// The project's traffic control: `usagePlans`, `apiKeys` and `accountThrottle` at the top level (see
/// docs/project-format.md). Reads after the APIs, so references to API stages can be checked.
void readTrafficSettings(const doc::Node &root, model::Project &project, DiagnosticSink &sink);
void writeTrafficSettings(const model::Project &project, doc::Node &root);

/// A stage's `throttle` and `methodThrottle`; true when `key` is one of them (read into `stage`).
bool readStageThrottle(const QString &key, const doc::Node &value, const QString &field, model::Stage &stage,
                       DiagnosticSink &sink);
void writeStageThrottle(const model::Stage &stage, doc::Node &node);

/// `{rateLimit: R, burstLimit: B}`; nullopt (with an error) when malformed.
std::optional<model::Throttle> readThrottle(const doc::Node &node, const QString &field, DiagnosticSink &sink);

} // namespace gw::io
