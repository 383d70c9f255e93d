// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/integration.h"

#include "http/httpheaders.h"

#include <QRegularExpression>

#include <optional>
#include <vector>

namespace gw {

class Exchange;

/// Does `text` use Velocity (references such as `$input`, directives such as `#set`, comments)? Gatehouse does not
/// evaluate VTL yet: such templates are reported instead of being sent out as literal text.
bool looksLikeVtl(QStringView text);

/// The media type of a Content-Type or Accept entry: lower case, without parameters.
QString mediaTypeOf(QByteArrayView headerValue);

/// Picks a template the way API Gateway does for requests: by the request's Content-Type, defaulting to
/// application/json. Returns the index into `templates`, or -1 when none applies.
qsizetype selectRequestTemplate(const model::StringPairs &templates, QByteArrayView contentType);

/// Picks a response template: by the request's Accept header, else application/json, else the first one.
qsizetype selectResponseTemplate(const model::StringPairs &templates, QByteArrayView accept);

/// One `responses` entry of a non-proxy integration, ready to match.
struct CompiledIntegrationResponse
{
    QString selectionPattern;
    QRegularExpression regex; ///< anchored; unused for "default"
    bool isDefault = false;
    QString statusCode;
    model::StringPairs responseParameters;
    model::StringPairs responseTemplates;
};

std::vector<CompiledIntegrationResponse> compileIntegrationResponses(const QList<model::IntegrationResponse> &in,
                                                                     QStringList *errors);

/// The integration response whose selection pattern matches `selector` (the integration's status code, or a
/// Lambda error message) in full, else the default one; nullptr when neither exists.
const CompiledIntegrationResponse *selectIntegrationResponse(const std::vector<CompiledIntegrationResponse> &responses,
                                                             const QString &selector);

/// Applies `method.response.header.NAME` mappings. Supported sources: 'static value', integration.response.header.X,
/// integration.response.multivalueheader.X, integration.response.body, stageVariables.X and context.requestId /
/// context.extendedRequestId / context.stage / context.apiId / context.httpMethod / context.resourcePath.
/// Unsupported sources are reported through `unsupported`.
void applyResponseParameters(const Exchange &ex, const model::StringPairs &parameters,
                             const http::HttpHeaders &integrationHeaders, const QByteArray &integrationBody,
                             http::HttpHeaders &out, QStringList *unsupported);

} // namespace gw
