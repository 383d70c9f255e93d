// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include "model/api.h"

namespace gw::io {

/// A stage's `canarySettings:` (see docs/project-format.md), with AWS's field names: deploymentId, percentTraffic,
/// stageVariableOverrides and useStageCache. True when `key` is "canarySettings" (read into `stage`, errors to
/// `sink`). `api` must already hold its deployments: the canary's deploymentId must name one of them.
bool readStageCanary(const QString &key, const doc::Node &value, const QString &field, const model::Api &api,
                     model::Stage &stage, DiagnosticSink &sink);
void writeStageCanary(const model::Stage &stage, doc::Node &node);

/// `percent` as the project file and the exports write it: a whole number without a fraction ("25"), else the
/// shortest text that reads back as the same double ("12.5").
doc::Node canaryPercentNode(double percent);

} // namespace gw::io
