// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gatewayresponse.h"

#include "doc/docnode.h"
#include "model/integration.h"
#include "steps/mapping/mappingtemplate.h"

#include <QHash>

#include <functional>
#include <optional>

namespace gw {

class Exchange;

/// One entry of `x-amazon-apigateway-gateway-responses`.
struct GatewayResponseOverride
{
    std::optional<int> statusCode;
    model::StringPairs responseParameters; ///< gatewayresponse.header.NAME = source
    model::StringPairs responseTemplates;  ///< content type = template
    CompiledTemplates templates;           ///< responseTemplates, parsed (VTL, with $context.error.*)
};

/// A REST API's customised gateway responses, with AWS's inheritance: a type that is customised uses its own
/// settings; any other 4XX or 5XX type uses DEFAULT_4XX or DEFAULT_5XX (including their status code).
struct GatewayResponses
{
    QHash<QString, GatewayResponseOverride> byType; ///< keyed by AWS's type name, e.g. "DEFAULT_4XX"

    /// The customisation that applies to `type` (whose default status is `defaultStatus`), or nullptr.
    const GatewayResponseOverride *lookup(QLatin1StringView type, int defaultStatus) const;
    bool isEmpty() const { return byType.isEmpty(); }
};

/// Reads `x-amazon-apigateway-gateway-responses`. On a bad value returns nullopt with `error` and `errorNode`.
std::optional<GatewayResponses> readGatewayResponses(const doc::Node &node, QString *error,
                                                     const doc::Node **errorNode);

/// Every type name AWS accepts in x-amazon-apigateway-gateway-responses.
QStringList gatewayResponseTypeNames();

} // namespace gw
