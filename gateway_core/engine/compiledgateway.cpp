// SPDX-License-Identifier: GPL-3.0-or-later
#include "compiledgateway.h"

namespace gw {

QString CompiledStage::variable(QStringView name) const
{
    for (const auto &v : variables) {
        if (v.first == name)
            return v.second;
    }
    return {};
}

const CompiledStage *CompiledApi::stage(QStringView name) const
{
    for (const auto &s : stages) {
        if (s->name == name)
            return s.get();
    }
    return nullptr;
}

const CompiledApi *CompiledGateway::api(QStringView id) const
{
    for (const auto &a : apis) {
        if (a->id == id)
            return a.get();
    }
    return nullptr;
}

std::shared_ptr<const CompiledApi> CompiledGateway::apiShared(QStringView id) const
{
    for (const auto &a : apis) {
        if (a->id == id)
            return a;
    }
    return {};
}

} // namespace gw
