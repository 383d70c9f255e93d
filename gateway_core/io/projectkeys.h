// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include "model/api.h"

namespace gw::io {

/// The project's `authorizerKeys` (see docs/project-format.md): where JWT and Cognito user pool authorizers get
/// their keys locally. Reads after the APIs, so API ids can be checked.
void readAuthorizerKeys(const doc::Node &root, model::Project &project, DiagnosticSink &sink);
void writeAuthorizerKeys(const model::Project &project, doc::Node &root);

/// `AUTHORIZER=FILE_OR_URL` or `API/AUTHORIZER=FILE_OR_URL` (the --jwks flag); a FILE relative to the current
/// folder. False with `error`.
bool parseJwksSpec(const QString &spec, model::AuthorizerKeys *out, QString *error);

} // namespace gw::io
