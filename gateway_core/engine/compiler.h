// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compiledgateway.h"
#include "fidelityreport.h"

#include "io/diagnostic.h"

#include <optional>

namespace gw {

struct CompileResult
{
    std::shared_ptr<const CompiledGateway> gateway;
    FidelityReport fidelity;
    QList<io::Diagnostic> problems; ///< stages that cannot be served (no deployment, conflicting routes)
};

namespace auth {
struct LocalIdentity;
}

struct CompileOptions
{
    /// The local identity provider (serving, or in process): JWT authorizers whose issuer it is, and Cognito user
    /// pools without declared keys, verify tokens with its key. Null: none.
    std::shared_ptr<const auth::LocalIdentity> identity;
    /// Seeds the random choice of the requests stages' canaries serve, so a test sees the same split every run.
    /// Unset: seeded from the system's random source.
    std::optional<quint64> canarySeed;
};

/// Builds what the engine serves from a project: for every stage, the routes of the deployment it points at (or of
/// the working definition for auto-deploying HTTP API stages), each with the steps that route needs in pipeline
/// order. Everything Gatehouse does not emulate completely goes into the fidelity report.
CompileResult compileProject(const model::Project &project, const CompileOptions &options = {});

/// The pipeline order, pinned by a test: the names of the steps a route can have, first to last.
QList<QLatin1StringView> pipelineOrder();

} // namespace gw
