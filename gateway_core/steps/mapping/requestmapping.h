// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mappingtemplate.h"

#include "http/httpheaders.h"

#include <QHash>

#include <optional>

namespace gw {

/// The integration request side of a non-proxy REST integration (MOCK, HTTP, AWS), as deployed.
struct RequestMappingConfig
{
    CompiledTemplates templates;                           ///< requestTemplates
    QString passthroughBehavior = QStringLiteral("WHEN_NO_MATCH"); ///< WHEN_NO_MATCH, WHEN_NO_TEMPLATES or NEVER
    QString contentHandling;                               ///< "", CONVERT_TO_TEXT or CONVERT_TO_BINARY
    QStringList binaryMediaTypes;                          ///< the API's x-amazon-apigateway-binary-media-types
    model::StringPairs requestParameters;                  ///< integration.request.{header,querystring,path}.X = source
};

/// The integration request body after template selection and rendering.
struct MappedRequest
{
    QByteArray body;
    QByteArray contentType;  ///< the selected template's content type, else the request's Content-Type
    vtl::Overrides overrides; ///< $context.requestOverride.* / responseOverride.* the request template set
};

/// Chooses the request template by the request's Content-Type (application/json when there is none), applies
/// passthroughBehavior and contentHandling, and renders the template. Returns nullopt when the exchange has been
/// answered (the caller returns Outcome::Respond):
///   - integration.unsupported_media_type  415 {"message":"Unsupported Media Type"}: no template matches and
///                                         passthroughBehavior forbids passing the body through
///   - integration.request_body_not_json   400 "Could not parse request body into json: ...": the template reads the
///                                         body as JSON and it is not
///   - integration.request_template_error  500 Internal server error: the template does not parse or fails
///   - integration.content_handling_failed 500: CONVERT_TO_BINARY on a body that is not base64
std::optional<MappedRequest> mapRequestBody(Exchange &ex, const RequestMappingConfig &cfg);

/// Integration request parameters from `integration.request.{header,querystring,path}.NAME = source` mappings
/// (sources: 'static', method.request.{path,querystring,header,multivalue*}.X, method.request.body[.JSONPath],
/// context.X, stageVariables.X), each recorded in the exchange's mapping trace.
struct MappedParameters
{
    http::HttpHeaders headers;
    QList<QPair<QString, QString>> querystring;
    QHash<QString, QString> path;
};
MappedParameters mapRequestParameters(Exchange &ex, const model::StringPairs &requestParameters);

/// The value of one mapping source: resolveParameterSource() plus `method.request.body` and
/// `method.request.body.JSONPATH` (and, with `integrationBody`, `integration.response.body.JSONPATH`). nullopt for a
/// source Gatehouse does not know.
std::optional<QString> resolveMappingSource(const Exchange &ex, QStringView source,
                                            const http::HttpHeaders *integrationHeaders = nullptr,
                                            const QByteArray *integrationBody = nullptr);

} // namespace gw
