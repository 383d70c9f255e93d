// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonschema.h"

#include "doc/docnode.h"
#include "engine/fidelityreport.h"
#include "model/api.h"

#include <memory>

namespace gw {

/// The request validator of one REST method, as deployed: which checks it makes, the required parameters and the
/// models per content type. Immutable.
struct ValidationConfig
{
    struct RequiredParameter
    {
        QString kind; ///< "header", "path" or "querystring"
        QString name;
        QString key() const { return QStringLiteral("method.request.%1.%2").arg(kind, name); }
    };
    struct Model
    {
        QString contentType; ///< "application/json", or "$default" for any content type without its own model
        QString name;        ///< components.schemas name, or "(inline)"
        std::shared_ptr<const JsonSchema> schema;
    };

    QString validator;
    bool validateParameters = false;
    bool validateBody = false;
    /// Sorted by their method.request.* key, the order AWS names missing ones in (headers, then path, then query
    /// strings; by name within each).
    QList<RequiredParameter> required;
    QList<Model> models;

    /// The model for a request's content type: its own, else $default, else none (AWS then does not validate).
    const Model *modelFor(const QString &contentType) const;
};

/// Builds the validator of operation `op` of `path` from `x-amazon-apigateway-request-validator` (the operation's,
/// else the API's) and `x-amazon-apigateway-request-validators`. Null when the method has no validator or it checks
/// nothing. Problems (an unknown validator, a model that does not compile) go to the report.
std::shared_ptr<const ValidationConfig> compileValidation(const model::Api &api, const model::ApiDefinition &def,
                                                          const model::PathItem &path, const model::Operation &op,
                                                          const QString &where, FidelityReport &report);

} // namespace gw
