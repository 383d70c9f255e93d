// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mappingtemplate.h"

#include "http/httpheaders.h"
#include "model/integration.h"
#include "pipeline/step.h"

#include <QRegularExpression>

#include <optional>
#include <vector>

namespace gw {

class Exchange;

/// The media type of a Content-Type or Accept entry: lower case, without parameters.
QString mediaTypeOf(QByteArrayView headerValue);

/// Picks a template the way API Gateway does for requests: by the request's Content-Type, defaulting to
/// application/json. Returns the index into `templates`, or -1 when none applies.
qsizetype selectRequestTemplate(const model::StringPairs &templates, QByteArrayView contentType);

/// Picks a response template: by the request's Accept header, else application/json, else the first one.
qsizetype selectResponseTemplate(const model::StringPairs &templates, QByteArrayView accept);
qsizetype selectResponseTemplate(const CompiledTemplates &templates, QByteArrayView accept);

/// One `responses` entry of a non-proxy integration, ready to match.
struct CompiledIntegrationResponse
{
    QString selectionPattern;
    QRegularExpression regex; ///< anchored; unused for "default"
    bool isDefault = false;
    QString statusCode;
    model::StringPairs responseParameters;
    model::StringPairs responseTemplates;
    CompiledTemplates templates; ///< responseTemplates, parsed
    QString contentHandling;     ///< "", CONVERT_TO_TEXT or CONVERT_TO_BINARY
};

std::vector<CompiledIntegrationResponse> compileIntegrationResponses(const QList<model::IntegrationResponse> &in,
                                                                     QStringList *errors);

/// The integration response whose selection pattern matches `selector` (the integration's status code, or a
/// Lambda error message) in full, as Java's String.matches() does (the first such in declaration order; `.` does not
/// match line breaks), else the default one; nullptr when neither exists.
const CompiledIntegrationResponse *selectIntegrationResponse(const std::vector<CompiledIntegrationResponse> &responses,
                                                             const QString &selector);

/// Applies `method.response.header.NAME` mappings (recorded in the exchange's mapping trace). Sources: 'static value',
/// integration.response.header.X, integration.response.multivalueheader.X, integration.response.body,
/// integration.response.body.JSONPATH, method.request.*, stageVariables.X and context.X. Unsupported sources are
/// reported through `unsupported`.
void applyResponseParameters(Exchange &ex, const model::StringPairs &parameters,
                             const http::HttpHeaders &integrationHeaders, const QByteArray &integrationBody,
                             http::HttpHeaders &out, QStringList *unsupported);

/// What the integration answered, before integration response mapping.
struct EndpointResponse
{
    int status = 200;
    http::HttpHeaders headers;
    QByteArray body;
    QString selector;     ///< matched against selection patterns: the status code, or a Lambda errorMessage ("" on success)
    QString selectorKind; ///< "status code" or "Lambda errorMessage", for the record
};

/// The integration response phase of a non-proxy REST integration: selects the integration response, applies its
/// responseParameters, contentHandling and the response template chosen by the request's Accept header, then the
/// request's and the template's $context.responseOverride values, and puts the method response in the exchange.
/// Returns Continue, or Respond after answering with:
///   - integration.no_integration_response  500: no selection pattern matches and there is no default response
///   - integration.response_template_error  500: the response template does not parse or fails
///   - integration.content_handling_failed  500: CONVERT_TO_BINARY on a body that is not base64
Outcome applyIntegrationResponse(Exchange &ex, const std::vector<CompiledIntegrationResponse> &responses,
                                 const QStringList &binaryMediaTypes, const EndpointResponse &endpoint,
                                 const vtl::Overrides &requestOverrides);

} // namespace gw
