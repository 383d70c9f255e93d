// SPDX-License-Identifier: GPL-3.0-or-later
#include "fidelityreport.h"

#include <QFileInfo>

namespace gw {

QString FidelityItem::format() const
{
    const QString level = this->level == Level::Partial ? QStringLiteral("partly emulated")
                                                        : QStringLiteral("not emulated");
    QString out = QStringLiteral("%1: %2").arg(apiId.isEmpty() ? QFileInfo(file).fileName() : apiId, where);
    if (!stage.isEmpty())
        out += QStringLiteral(" (stage %1)").arg(stage);
    out += QStringLiteral(" [%1]: %2").arg(level, message);
    if (!file.isEmpty())
        out += QStringLiteral(" (%1:%2, logical id %3)").arg(QFileInfo(file).fileName()).arg(line).arg(logicalId);
    return out;
}

void FidelityReport::add(FidelityItem::Level level, const QString &apiId, const QString &where, const QString &message,
                         const QString &stage)
{
    for (const FidelityItem &i : items) {
        if (i.apiId == apiId && i.where == where && i.message == message && (i.stage == stage || i.stage.isEmpty()))
            return;
    }
    items.append({.level = level, .apiId = apiId, .stage = stage, .where = where, .message = message, .file = {}, .line = 0,
                  .logicalId = {}});
}

QString FidelityReport::format() const
{
    QString out;
    for (const FidelityItem &i : items)
        out += i.format() + QLatin1Char('\n');
    return out;
}

} // namespace gw
