// SPDX-License-Identifier: GPL-3.0-or-later
// The VTL lexer, parser and evaluator: field 0 is a mapping template, field 1 the payload ($input.body), field 2 a
// query string for $input.params(). Rendering runs with tight limits so hostile templates end quickly.
#include "fuzzinput.h"

#include "vtl/template.h"
#include "vtl/value.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const gw::fuzz::FuzzInput in(data, size);
    const auto parsed = gw::vtl::Template::parse(QString::fromUtf8(in.field(0)));
    const auto *t = std::get_if<gw::vtl::Template>(&parsed);
    if (!t)
        return 0;
    gw::vtl::RenderInput input;
    input.body = QString::fromUtf8(in.field(1));
    for (const QByteArray &pair : in.field(2).split('&')) {
        const qsizetype eq = pair.indexOf('=');
        input.querystring.append({QString::fromUtf8(pair.left(eq)), QString::fromUtf8(eq < 0 ? QByteArray() : pair.mid(eq + 1))});
    }
    input.path.append({QStringLiteral("id"), QStringLiteral("42")});
    input.header.append({QStringLiteral("Accept"), QStringLiteral("application/json")});
    input.limits.maxSteps = 200'000;
    input.limits.maxOutputChars = 1024 * 1024;
    input.limits.maxCollectionSize = 100'000;
    const gw::vtl::RenderResult result = t->render(input);
    if (!result.ok())
        (void)result.error->toString();
    return 0;
}
