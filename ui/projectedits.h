// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cors/corsconfig.h"
#include "model/api.h"

#include <QCoreApplication>

namespace gw::ui {

/// An Explorer item key split into its parts: "resource:petstore:/pets" is prefix "resource", apiId "petstore", rest
/// "/pets". Only the first two ':' separate (paths and route keys may contain ':'). Project-level items
/// ("function:orders", "usageplan:basic", "apikey:alice") have no apiId: everything after the prefix is `rest`.
struct ItemKey
{
    QString prefix;
    QString apiId;
    QString rest;

    static ItemKey parse(const QString &key);
    /// Methods: "method:petstore:/pets:GET" is path "/pets", method "GET".
    QString methodPath() const { return rest.section(QLatin1Char(':'), 0, -2); }
    QString method() const { return rest.section(QLatin1Char(':'), -1); }
};

/// What an edit did, or why it could not: `error` (for the user: what, where, what to do) when !ok; otherwise the
/// undo text, the key of the item to select afterwards and an optional note ("… with a MOCK integration that
/// answers 200").
struct EditOutcome
{
    bool ok = false;
    QString error;
    QString undoText;
    QString key;
    QString note;
};

/// Structural edits of a project, without widgets: adding, renaming, duplicating and deleting resources, methods,
/// routes, stages, authorizers, models, request validators, gateway responses, reusable integrations (HTTP APIs),
/// functions, usage plans and API keys. Each function changes `project` only when it succeeds, so a caller can run
/// it on a copy to validate a name as it is typed. What it writes is what the project file and the compiler read:
/// names follow AWS's rules, and renames follow every reference (sub-resources, security requirements, `$ref`s,
/// request validator names, integration references, usage plan names on keys, usage plan stages).
class ProjectEdits
{
    Q_DECLARE_TR_FUNCTIONS(gw::ui::ProjectEdits)
public:
    enum class AuthorizerType { Token, Request, CognitoUserPools, Jwt };

    /// The HTTP methods a method or route can have, in the console's order.
    static QStringList httpMethods();
    /// Methods `path` of REST API `apiId` does not have yet.
    static QStringList availableMethods(const model::Project &project, const QString &apiId, const QString &path);
    /// The authorizer types the API's protocol offers (REST: TOKEN, REQUEST, Cognito; HTTP: JWT, REQUEST;
    /// WebSocket: REQUEST).
    static QList<AuthorizerType> authorizerTypes(model::Protocol protocol);
    static QString authorizerTypeLabel(AuthorizerType type);
    /// Gateway response types the API does not customise yet.
    static QStringList availableGatewayResponses(const model::Project &project, const QString &apiId);

    /// A child resource `segment` ("pets", "{petId}", "{proxy+}") of `parentPath` of a REST API.
    static EditOutcome addResource(model::Project &project, const QString &apiId, const QString &parentPath,
                                   const QString &segment);
    /// A REST method with a MOCK integration that answers 200 (so the API compiles and deploys at once).
    static EditOutcome addMethod(model::Project &project, const QString &apiId, const QString &path, const QString &method);
    /// An HTTP API route ("GET /pets", "ANY /{proxy+}", "$default"; no integration yet) or a WebSocket route
    /// ("sendmessage", "$connect"; a MOCK integration).
    static EditOutcome addRoute(model::Project &project, const QString &apiId, const QString &routeKey);
    static EditOutcome addStage(model::Project &project, const QString &apiId, const QString &name);
    /// `issuer`: JWT authorizers' issuer (the local identity provider's, when known); empty: set later.
    static EditOutcome addAuthorizer(model::Project &project, const QString &apiId, const QString &name,
                                     AuthorizerType type, const QString &issuer = {});
    static EditOutcome addModel(model::Project &project, const QString &apiId, const QString &name);
    static EditOutcome addValidator(model::Project &project, const QString &apiId, const QString &name);
    static EditOutcome addGatewayResponse(model::Project &project, const QString &apiId, const QString &type);
    static EditOutcome addIntegration(model::Project &project, const QString &apiId, const QString &name);
    static EditOutcome addFunction(model::Project &project, const QString &name);
    static EditOutcome addUsagePlan(model::Project &project, const QString &name);
    static EditOutcome addApiKey(model::Project &project, const QString &name);
    /// Adds `api` (its id made unique) with `functions` the project does not have yet.
    static EditOutcome addApi(model::Project &project, model::Api api, const QList<model::Function> &functions = {});

    /// Whether the item of `key` can be renamed, duplicated or deleted at all.
    static bool canRename(const QString &key);
    static bool canDuplicate(const QString &key);
    static bool canRemove(const QString &key);
    /// The item's current name as rename shows it ("pets" of /pets, "GET /pets", "prod", ...).
    static QString currentName(const QString &key);

    /// Renames what `key` names. A REST method ("method:API:/pets:GET") is renamed by giving it another HTTP verb
    /// (refused when the resource has that verb already; per-method stage and usage plan settings follow); an API
    /// ("api:ID") by giving it another display name (`info.title`, a WebSocket API's `name`; the id, and so the invoke
    /// URL, stays).
    static EditOutcome rename(model::Project &project, const QString &key, const QString &newName);
    /// Duplicates what `key` names; a REST method goes to the first verb its resource does not have yet.
    static EditOutcome duplicate(model::Project &project, const QString &key);
    /// Copies REST method `method` of `path` to `targetMethod` of resource `targetPath` (which must exist and not have
    /// that method). The copy's path parameters are made those of `targetPath`.
    static EditOutcome duplicateMethod(model::Project &project, const QString &apiId, const QString &path,
                                       const QString &method, const QString &targetPath, const QString &targetMethod);
    /// The resource paths of REST API `apiId`, "/" first, as the Explorer lists them.
    static QStringList resourcePaths(const model::Project &project, const QString &apiId);

    /// The CORS configuration of HTTP API `apiId` (`x-amazon-apigateway-cors`); nullopt when it has none (or it is
    /// unreadable: `error` then says why).
    static std::optional<CorsConfig> corsConfiguration(const model::Project &project, const QString &apiId,
                                                       QString *error = nullptr);
    /// Sets the CORS configuration of HTTP API `apiId`, refusing what AWS refuses (allowCredentials with origin *,
    /// maxAge outside -1..86400, methods and headers that are not HTTP tokens) with AWS's reason.
    static EditOutcome setCors(model::Project &project, const QString &apiId, const CorsConfig &config);
    /// Removes the CORS configuration of HTTP API `apiId` (the "cors:ID" item's Delete does the same).
    static EditOutcome removeCors(model::Project &project, const QString &apiId);
    static EditOutcome remove(model::Project &project, const QString &key);
    /// The question before remove(), naming what goes with the item ("Delete /pets and its 3 methods and 1
    /// sub-resource?"); empty when the key names nothing.
    static QString removalQuestion(const model::Project &project, const QString &key);
};

} // namespace gw::ui
