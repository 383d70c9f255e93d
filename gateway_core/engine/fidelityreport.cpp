// SPDX-License-Identifier: GPL-3.0-or-later
#include "fidelityreport.h"

namespace gw {

QString FidelityItem::format() const
{
    const QString level = this->level == Level::Partial ? QStringLiteral("partly emulated")
                                                        : QStringLiteral("not emulated");
    QString out = QStringLiteral("%1: %2").arg(apiId, where);
    if (!stage.isEmpty())
        out += QStringLiteral(" (stage %1)").arg(stage);
    return out + QStringLiteral(" [%1]: %2").arg(level, message);
}

void FidelityReport::add(FidelityItem::Level level, const QString &apiId, const QString &where, const QString &message,
                         const QString &stage)
{
    for (const FidelityItem &i : items) {
        if (i.apiId == apiId && i.where == where && i.message == message && (i.stage == stage || i.stage.isEmpty()))
            return;
    }
    items.append({level, apiId, stage, where, message});
}

QString FidelityReport::format() const
{
    QString out;
    for (const FidelityItem &i : items)
        out += i.format() + QLatin1Char('\n');
    return out;
}

} // namespace gw
