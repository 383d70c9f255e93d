// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/api.h"

namespace gw::io {

/// One difference between a deployed definition and the working copy, per operation or route, authorizer, model,
/// ... as the deploy dialog lists it.
struct DefinitionChange
{
    enum class Kind { Added, Removed, Changed };
    enum class Subject {
        Operation,       ///< a REST method or an HTTP API route: name "GET /pets", "$default"
        Path,            ///< path-level members of a resource or route path (parameters, summary): name "/pets"
        Authorizer,      ///< name: the authorizer (security scheme) name
        SecurityScheme,  ///< a security scheme that is not an authorizer (API key, IAM)
        Model,           ///< components.schemas
        Validator,       ///< x-amazon-apigateway-request-validators
        GatewayResponse, ///< x-amazon-apigateway-gateway-responses: name "DEFAULT_4XX"
        Integration,     ///< HTTP APIs' reusable integrations
        Route,           ///< WebSocket routes: name "$connect"
        Setting,         ///< any other API-level setting: name in plain words ("binary media types", "API info")
    };
    Kind kind = Kind::Changed;
    Subject subject = Subject::Operation;
    QString name;
    /// Changed: what changed inside, in plain words ("integration uri", "request templates", "identity source");
    /// may be empty when the item is a single value. Empty for Added and Removed.
    QStringList fields;

    /// "Added GET /pets/{id}", "Changed POST /pets: integration uri, request templates", "Changed model Pet".
    QString format() const;
    /// The subject as it reads in format(): "GET /pets", "authorizer tokenAuth", "model Pet".
    QString subjectText() const;
    bool operator==(const DefinitionChange &o) const
    {
        return kind == o.kind && subject == o.subject && name == o.name && fields == o.fields;
    }
};

/// What changed from `deployed` to `working`, compared as the OpenAPI documents the project file stores for them
/// (writeOpenApi()), structurally: operations in path order (the working copy's, then removed ones), then
/// authorizers, models, validators, gateway responses, reusable integrations and other settings. Empty when both
/// are equal. `protocol` names routes as the API's kind has them.
QList<DefinitionChange> diffDefinitions(const model::ApiDefinition &deployed, const model::ApiDefinition &working,
                                        model::Protocol protocol);

/// A member name in plain words: "requestTemplates" -> "request templates", "x-amazon-apigateway-integration" ->
/// "integration", "security" -> "authorization".
QString plainFieldName(const QString &key);

} // namespace gw::io
