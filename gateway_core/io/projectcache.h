// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include "model/api.h"

namespace gw::io {

/// A stage's `cache:` (see docs/project-format.md): cluster size, TTL, the Cache-Control authorization rule and
/// per-method overrides. True when `key` is "cache" (read into `stage`, errors to `sink`).
bool readStageCache(const QString &key, const doc::Node &value, const QString &field, model::Stage &stage,
                    DiagnosticSink &sink);
void writeStageCache(const model::Stage &stage, doc::Node &node);

} // namespace gw::io
