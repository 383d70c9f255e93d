// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cachesettings.h"
#include "credential.h"
#include "function.h"
#include "integration.h"
#include "usageplan.h"

#include <QDateTime>

#include <optional>

namespace gw::model {

enum class Protocol { Rest, Http, WebSocket };
QString protocolName(Protocol protocol); ///< "rest", "http", "websocket"
bool parseProtocol(QStringView text, Protocol *out);

/// One method of a REST resource, or one route of an HTTP API (an OpenAPI operation).
struct Operation
{
    QString method; ///< upper case: GET, POST, ..., or ANY (x-amazon-apigateway-any-method)
    std::optional<Integration> integration;
    QString integrationRef; ///< HTTP APIs: name in x-amazon-apigateway-integrations when referenced by $ref
    /// The rest of the OpenAPI operation object (operationId, parameters, responses, security, ...), in order.
    doc::Node body;
    int line = 0;

    QString operationId() const { return body[u"operationId"].toString(); }
};

/// A path of the definition with its operations. For REST APIs a resource, for HTTP APIs the path part of route
/// keys ("$default" for the default route).
struct PathItem
{
    QString path;
    QList<Operation> operations;
    doc::Node extra; ///< path-level members other than operations (parameters, summary, ...)
    int line = 0;

    const Operation *operation(QStringView method) const;
};

/// The definition of one API as AWS imports it: an OpenAPI 3.0 document with x-amazon-apigateway-* extensions.
/// Paths and integrations are modelled; everything else is kept in `document` in order.
struct ApiDefinition
{
    /// The OpenAPI document without `paths` (info, servers, components, x-amazon-apigateway-*, ...).
    doc::Node document;
    QList<PathItem> paths;

    /// The display name: info.title, or a WebSocket definition's `name`.
    QString title() const;
    const PathItem *path(QStringView path) const;
    /// Root-level extension value (e.g. "x-amazon-apigateway-binary-media-types"), or null.
    const doc::Node &extension(QStringView name) const { return document[name]; }
    bool operator==(const ApiDefinition &other) const;
};

/// A deployment: an immutable snapshot of the definition that stages point at.
struct Deployment
{
    QString id;
    QDateTime createdDate;
    QString description;
    ApiDefinition definition;
};

/// A REST stage's canary (AWS `canarySettings`): another deployment of the same API that serves a share of the
/// stage's requests, picked at random per request, with its own stage variable values.
struct CanarySettings
{
    QString deploymentId;        ///< the deployment the canary serves (one of the API's deployments)
    double percentTraffic = 0;   ///< 0-100: the share of the stage's requests the canary serves
    StringPairs stageVariableOverrides; ///< replace or add stage variables for canary requests
    bool useStageCache = false;  ///< canary requests read and fill the stage cache; false: they bypass it

    bool operator==(const CanarySettings &other) const = default;
};

struct Stage
{
    QString name; ///< "$default" for an HTTP API's default stage
    QString deploymentId;
    QString description;
    QList<QPair<QString, QString>> variables;
    bool autoDeploy = false; ///< HTTP APIs: every change deploys at once
    /// Default throttling of every method (REST "*/*") or route (HTTP APIs' default route settings), each on its own.
    std::optional<Throttle> throttle;
    /// Per-method (REST "/pets/GET") or per-route (HTTP "GET /pets") throttling.
    QList<QPair<QString, Throttle>> methodThrottles;
    /// REST: the stage cache (`cache:` in the project file); unset: no cache.
    std::optional<CacheSettings> cache;
    /// REST: the canary (`canarySettings:` in the project file); unset: every request gets the stage's deployment.
    std::optional<CanarySettings> canary;
    doc::Node extra;          ///< stage settings Gatehouse does not model yet, kept and reported
};

/// One API of a project.
struct Api
{
    QString id; ///< the {apiId} of the invoke URL: lower-case letters, digits and '-'
    Protocol protocol = Protocol::Rest;
    ApiDefinition definition; ///< the working copy being edited
    QList<Stage> stages;
    QList<Deployment> deployments;

    const Stage *stage(QStringView name) const;
    const Deployment *deployment(QStringView id) const;
};

/// Where a JWT or Cognito user pool authorizer's keys come from locally (the project's `authorizerKeys`, or
/// `gatehouse serve --jwks`): a JWKS file or a JWKS URL instead of the issuer's discovery document.
struct AuthorizerKeys
{
    QString api;        ///< the API id; empty: the authorizer of that name in every API
    QString authorizer; ///< the security scheme's name
    QString jwksFile;   ///< a JWKS document (or one JWK), relative to the project folder; empty when jwksUri is used
    QString jwksUri;    ///< an http(s) URL of a JWKS document
    /// Cognito: the app client ids accepted (aud of id tokens, client_id of access tokens); empty: any.
    QStringList clientIds;
};

/// Something the file a project was read from (a SAM or CloudFormation template) declares that Gatehouse skips or
/// cannot emulate. The compiler lists it in the fidelity report; it is not saved with the project.
struct SourceNote
{
    bool partial = false; ///< emulated with a stated difference; false: not emulated at all
    QString apiId;        ///< the API it concerns; empty: the template as a whole
    QString file;         ///< the template
    int line = 0;
    QString logicalId;    ///< the template resource
    QString where;        ///< the field, e.g. "Resources.Domain.Type"
    QString message;      ///< what Gatehouse does with it instead
};

/// A Gatehouse project: the APIs and the local settings to run them.
struct Project
{
    QString name;
    QList<Api> apis;
    QList<Function> functions;
    QList<UsagePlan> usagePlans;
    QList<ApiKey> apiKeys;
    Throttle accountThrottle = kDefaultAccountThrottle;
    /// Access keys that may sign requests to AWS_IAM methods; they win over the shared AWS files' keys.
    QList<AccessCredential> credentials;
    /// Also accept the keys of the standard AWS credentials and config files (and AWS_ACCESS_KEY_ID).
    bool awsCredentialFiles = true;
    int preferredPort = 0; ///< 0: choose one
    QString baseDir;       ///< the project file's folder: function code folders are relative to it (not saved)
    doc::Node extra;       ///< project-level members Gatehouse does not model yet
    QList<AuthorizerKeys> authorizerKeys;
    /// The file the local identity provider's key belongs to (the project file, or the first bare document), as
    /// loaded; not saved. Empty: no local identity provider.
    QString identityFile;
    /// What the template the project was read from declares and Gatehouse skips or cannot emulate; not saved.
    QList<SourceNote> sourceNotes;

    const Api *api(QStringView id) const;
    /// The keys declared for authorizer `name` of API `apiId`, or null.
    const AuthorizerKeys *authorizerKeysFor(QStringView apiId, QStringView name) const;
    const Function *function(QStringView name) const;
    const UsagePlan *usagePlan(QStringView name) const;
    /// A function's code folder as an absolute path.
    QString codePath(const Function &function) const;
};

/// Makes an API id from a title the way `gatehouse serve` names bare documents: lower case, runs of other
/// characters become '-', trimmed; "api" when nothing is left.
QString slugify(const QString &title);

} // namespace gw::model
