// SPDX-License-Identifier: GPL-3.0-or-later
// SAM and CloudFormation templates: YAML with short-form intrinsics (!Ref, !Sub, !GetAtt, !If, ...), the
// intrinsics expanded, then the template read into a project.
#include "doc/docio.h"
#include "io/cfntemplate.h"
#include "io/inputloader.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    gw::doc::ParseLimits limits;
    limits.maxNodes = 100'000;
    limits.maxDepth = 64;
    const gw::doc::ParseResult parsed = gw::doc::parseYaml(bytes, limits);
    if (!parsed.ok())
        return 0;
    (void)gw::io::expandShortFormIntrinsics(parsed.root);
    if (gw::io::isCfnTemplate(parsed.root))
        (void)gw::io::projectFromTemplate(parsed.root, QStringLiteral("template.yaml"), gw::io::InputOptions());
    return 0;
}
