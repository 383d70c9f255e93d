// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compiler.h"

#include "io/diagnostic.h"
#include "model/api.h"

namespace gw {

/// Places: the Explorer keys of what a problem is about, so the UI can open the editor that fixes it. They are
/// the keys ExplorerPanel gives its items ("method:API:/path:VERB", "route:API:VERB /path", ...).
namespace places {

QString api(const QString &apiId);
/// A REST method ("method:API:/pets:GET", the path with a leading '/' and no trailing one) or an HTTP API or
/// WebSocket route ("route:API:GET /pets", "route:API:$default"), as `api`'s protocol has it.
QString operation(const model::Api &api, const QString &path, const QString &method);
QString authorizer(const QString &apiId, const QString &name);
QString model(const QString &apiId, const QString &name);
QString validator(const QString &apiId, const QString &name);
QString gatewayResponse(const QString &apiId, const QString &type);
QString integration(const QString &apiId, const QString &name);
QString stage(const QString &apiId, const QString &name);
QString usagePlan(const QString &name);
QString apiKey(const QString &name);
QString function(const QString &name);

/// The place a fidelity item's or CORS trap's `where` names in `api`'s working copy: "GET /pets" (its method or
/// route when the working copy still has it), "authorizer NAME", "gateway response TYPE", a bare gateway response
/// type ("DEFAULT_4XX"), "stage NAME"; with `stage` set and nothing more precise, that stage; else the API.
QString forWhere(const model::Api &api, const QString &where, const QString &stage = {});

} // namespace places

/// Problems of a project's working copy that the compiler does not see or does not say as errors, each with the
/// place to fix it: a method or route without integration, an integration reference that resolves to nothing,
/// conflicting or duplicate routes, malformed ARNs (Lambda integration and authorizer URIs, credentials), a
/// method that names a missing authorizer, model or request validator, an authorizer nothing uses, a usage plan
/// or API key that names a missing API, stage or usage plan. Then what `compiled` (the same project, compiled)
/// reports: its problems (already placed) and the items of its fidelity report that Gatehouse cannot emulate at
/// all, as warnings with their place; a fidelity item is left out when a problem of the working copy already
/// names its place (fix that first), and a compiler problem is not repeated. Pure and fast: no I/O.
QList<io::Diagnostic> lintProject(const model::Project &project, const CompileResult &compiled);

/// True for a diagnostic of loading a project file that lintProject() reports itself for the working copy (a method
/// without integration): shown next to the linter's, it would be said twice, and stay after an edit fixed it.
bool supersededByLint(const io::Diagnostic &loadDiagnostic);

/// What is wrong with `uri` as the URI of a Lambda integration or authorizer (an API Gateway invocation URI
/// arn:aws:apigateway:REGION:lambda:path/2015-03-31/functions/FUNCTION_ARN/invocations, a Lambda function ARN, or a
/// local function name); empty when it is well formed. `${...}` variables are accepted anywhere.
QString lambdaUriProblem(const QString &uri);
/// What is wrong with `uri` as an AWS service integration URI (arn:aws:apigateway:REGION:SERVICE:path/... or
/// :action/...); Lambda invocation URIs are checked as lambdaUriProblem() does. Empty when well formed.
QString awsIntegrationUriProblem(const QString &uri);
/// What is wrong with `arn` as the credentials API Gateway assumes (an IAM role ARN, or arn:aws:iam::*:user/* for
/// the caller's own credentials); empty when well formed.
QString credentialsProblem(const QString &arn);

} // namespace gw
