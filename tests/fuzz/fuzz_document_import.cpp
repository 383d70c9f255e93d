// SPDX-License-Identifier: GPL-3.0-or-later
// The importer: JSON/YAML parsing, then whatever the document is (an OpenAPI 3 or Swagger 2 definition with
// x-amazon-apigateway-* extensions, a project file, a SAM/CloudFormation template) read into a project as every
// verb reads it, then compiled into a servable gateway.
#include "doc/docio.h"
#include "engine/compiler.h"
#include "io/inputloader.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    gw::doc::ParseLimits limits;
    limits.maxNodes = 100'000;
    limits.maxDepth = 64;
    const gw::doc::ParseResult parsed = gw::doc::parse(bytes, limits);
    if (!parsed.ok())
        return 0;
    (void)gw::doc::writeJson(parsed.root);
    gw::io::InputOptions options;
    const gw::io::InputLoad load = gw::io::projectFromDocument(parsed.root, QStringLiteral("fuzz.yaml"), options);
    if (load.project && !load.hasErrors())
        (void)gw::compileProject(*load.project);
    return 0;
}
