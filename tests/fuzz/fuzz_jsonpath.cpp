// SPDX-License-Identifier: GPL-3.0-or-later
// JSONPath as $input.path / $input.json evaluate it: field 0 is the path, field 1 the JSON document.
#include "fuzzinput.h"

#include "vtl/jsonpath.h"
#include "vtl/value.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const gw::fuzz::FuzzInput in(data, size);
    const QString path = QString::fromUtf8(in.field(0));
    QString error;
    const auto root = gw::vtl::Value::fromJson(QString::fromUtf8(in.field(1)), &error, 64);
    const gw::vtl::Value document = root ? *root : gw::vtl::Value();
    (void)gw::vtl::evaluateJsonPath(document, path, &error);
    return 0;
}
