// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

namespace gw::io {

/// Converts a Swagger 2.0 document to OpenAPI 3.0.1, keeping every x-amazon-apigateway-* extension where AWS's
/// own OpenAPI 3.0 export puts it and the source lines of the nodes it moves:
/// definitions → components.schemas, parameters/responses → components.*, securityDefinitions →
/// components.securitySchemes, body and formData parameters → requestBody, response schemas → content per
/// `produces` type, host + basePath + schemes → servers, and every `$ref` rewritten to match.
doc::Node convertSwagger2(const doc::Node &swagger, DiagnosticSink &sink);

} // namespace gw::io
