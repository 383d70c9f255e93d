// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include "model/api.h"

namespace gw::io {

/// The project's `credentials` (access keys for AWS_IAM methods) and `awsCredentialFiles` (whether the standard AWS
/// credentials and config files are read too) at the top level; see docs/project-format.md.
void readCredentials(const doc::Node &root, model::Project &project, DiagnosticSink &sink);
void writeCredentials(const model::Project &project, doc::Node &root);

} // namespace gw::io
