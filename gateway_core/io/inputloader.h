// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "loadprogress.h"

#include "model/api.h"

#include <memory>
#include <optional>

namespace gw::io {

/// How a bare OpenAPI document becomes a project (the --api-id, --stage and --protocol flags).
struct InputOptions
{
    QString apiId;                           ///< empty: a slug of info.title
    QString stage = QStringLiteral("prod");
    std::optional<model::Protocol> protocol; ///< empty: HTTP if the document says so, else REST
    /// Functions from the command line (--function NAME=RUNTIME:DIR:HANDLER), code folders absolute.
    QList<model::Function> functions;
    /// Usage plans from the command line (--usage-plan NAME:RATE:BURST[:LIMIT/PERIOD]); they cover every REST API
    /// stage loaded.
    QList<model::UsagePlan> usagePlans;
    /// API keys from the command line (--api-key VALUE:PLAN).
    QList<model::ApiKey> apiKeys;
    std::optional<model::Throttle> accountThrottle; ///< --account-throttle RATE:BURST
    /// Access keys for AWS_IAM methods (--credentials ACCESS_KEY_ID:SECRET); they win over the project's.
    QList<model::AccessCredential> credentials;
    /// Keys for JWT and Cognito authorizers (--jwks AUTHORIZER=FILE_OR_URL).
    QList<model::AuthorizerKeys> jwks;
    /// --stage-cache TTL: a bare REST document's stage gets a cache with this TTL (seconds) for its GET methods, as
    /// the console's "Enable API cache" sets it up.
    std::optional<int> stageCacheTtl;
    /// Reading and importing advance it up to 850 (the rest is the caller's compile); a cancel stops the load with an
    /// error and no project. Null: no progress, no cancel.
    std::shared_ptr<LoadProgress> progress;
};

/// Parses `NAME=RUNTIME:DIR:HANDLER` (the --function flag); DIR relative to the current folder. Returns false with
/// `error`.
bool parseFunctionSpec(const QString &spec, model::Function *out, QString *error);
/// `NAME:RATE:BURST[:LIMIT/PERIOD]` (--usage-plan), PERIOD DAY, WEEK or MONTH.
bool parseUsagePlanSpec(const QString &spec, model::UsagePlan *out, QString *error);
/// `ACCESS_KEY_ID:SECRET` (--credentials): everything after the first ':' is the secret.
bool parseCredentialSpec(const QString &spec, model::AccessCredential *out, QString *error);
/// `VALUE:PLAN` (--api-key); the key is named after its plan and last characters.
bool parseApiKeySpec(const QString &spec, model::ApiKey *out, QString *error);
/// `TTL` (--stage-cache): seconds from 0 to 3600.
bool parseStageCacheTtl(const QString &spec, int *out, QString *error);
/// `RATE:BURST` (--account-throttle).
bool parseThrottleSpec(const QString &spec, model::Throttle *out, QString *error);

struct InputLoad
{
    std::optional<model::Project> project;
    QList<Diagnostic> diagnostics;
    /// Every file loaded was a Gatehouse project (none was a bare OpenAPI document that has no project file yet).
    bool allProjectFiles = false;
    bool hasErrors() const;
};

/// Loads what the command line names: Gatehouse projects, or OpenAPI 3.0 / Swagger 2.0 documents (JSON or YAML),
/// each bare document deployed to one stage. Several files merge into one project; two APIs with the same id are
/// an error.
InputLoad loadInputs(const QStringList &paths, const InputOptions &options);

/// A bare document as a one-API project (the document is also the stage's deployment).
InputLoad projectFromDocument(const doc::Node &root, const QString &fileName, const InputOptions &options);

} // namespace gw::io
