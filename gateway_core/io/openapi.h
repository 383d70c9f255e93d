// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "loadprogress.h"

#include "model/api.h"

#include <optional>

namespace gw::io {

/// The kind of document, from its top-level fields.
enum class OpenApiFlavor { None, Swagger2, OpenApi3 };
OpenApiFlavor detectFlavor(const doc::Node &root);

/// AWS's rule for imports: a document with x-amazon-apigateway-importexport-version is an HTTP API.
model::Protocol detectProtocol(const doc::Node &root);

/// Values AWS substitutes for ${AWS::AccountId}, ${AWS::Partition} and ${AWS::Region} on import.
struct AwsVariables
{
    QString accountId = QStringLiteral("123456789012");
    QString partition = QStringLiteral("aws");
    QString region = QStringLiteral("us-east-1");
};

/// Reads an OpenAPI 3.0 or Swagger 2.0 document as API Gateway imports it: Swagger is converted to OpenAPI 3.0,
/// AWS variables are substituted, paths and integrations are checked (with AWS's messages where AWS has them).
/// Errors and warnings go to `sink`; on errors the result is empty. With `progress`, the paths read advance it from
/// its value to `progressEnd`, and a cancel stops the read (an error says so).
std::optional<model::ApiDefinition> readOpenApi(const doc::Node &root, model::Protocol protocol, DiagnosticSink &sink,
                                                const AwsVariables &vars = {}, LoadProgress *progress = nullptr,
                                                int progressEnd = 1000);

/// Reads one `x-amazon-apigateway-integration` object. `field` is its dotted path for messages.
std::optional<model::Integration> readIntegration(const doc::Node &node, const QString &field, model::Protocol protocol,
                                                  DiagnosticSink &sink);

/// The OpenAPI 3.0 document for a definition, with integrations where AWS's export puts them.
doc::Node writeOpenApi(const model::ApiDefinition &definition);
doc::Node writeIntegration(const model::Integration &integration);

} // namespace gw::io
