// SPDX-License-Identifier: GPL-3.0-or-later
#include "compiledgateway.h"

namespace gw {

bool CanarySplit::takeNext() const
{
    if (m_percent >= 100)
        return true;
    if (m_percent <= 0)
        return false;
    // SplitMix64 (Steele, Lea and Flood 2014): a Weyl sequence through a 64-bit mixer; the top 53 bits make a
    // uniform double in [0, 1).
    quint64 z = m_state.fetch_add(0x9e3779b97f4a7c15ULL, std::memory_order_relaxed) + 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    const double u = double(z >> 11) * (1.0 / 9007199254740992.0);
    return u * 100.0 < m_percent;
}

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
