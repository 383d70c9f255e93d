// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace gw {

/// What Gatehouse does with each part of a deployed API that it does not emulate completely. Built when a project
/// is compiled; shown by `gatehouse serve`, the GUI and the inspector. Nothing is skipped silently.
struct FidelityItem
{
    enum class Level {
        Partial,     ///< emulated with a stated difference
        NotEmulated, ///< accepted but has no effect here; requests are answered as the item says
    };
    Level level = Level::NotEmulated;
    QString apiId;
    QString stage;   ///< empty: every stage
    QString where;   ///< "GET /pets/{petId}", "x-amazon-apigateway-gateway-responses", ...
    QString message; ///< what Gatehouse does instead, in plain words
    /// Items a SAM or CloudFormation template declares: the template, the line and the resource's logical id.
    QString file;
    int line = 0;
    QString logicalId;

    QString format() const;
};

struct FidelityReport
{
    QList<FidelityItem> items;

    void add(FidelityItem::Level level, const QString &apiId, const QString &where, const QString &message,
             const QString &stage = {});
    bool isEmpty() const { return items.isEmpty(); }
    /// Human-readable, one item per line, grouped by API.
    QString format() const;
};

} // namespace gw
