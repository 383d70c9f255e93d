// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemspanel.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gw::ui {

namespace {

QString severityText(io::Diagnostic::Severity s)
{
    switch (s) {
    case io::Diagnostic::Severity::Error:
        return ProblemsPanel::tr("Error");
    case io::Diagnostic::Severity::Warning:
        return ProblemsPanel::tr("Warning");
    case io::Diagnostic::Severity::Info:
        return ProblemsPanel::tr("Note");
    }
    return {};
}

QIcon severityIcon(const QStyle *style, io::Diagnostic::Severity s)
{
    switch (s) {
    case io::Diagnostic::Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case io::Diagnostic::Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case io::Diagnostic::Severity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

constexpr int PlaceRole = Qt::UserRole + 1;    ///< column 0: the Explorer key a diagnostic names
constexpr int TrapApiRole = Qt::UserRole + 2;  ///< column 0: a CORS trap's API id
constexpr int TrapWhereRole = Qt::UserRole + 3; ///< column 0: a CORS trap's where

/// An Explorer key in words: "petstore · GET /pets", "petstore · authorizer tokenAuth", "usage plan basic".
QString placeText(const QString &place)
{
    const qsizetype first = place.indexOf(QLatin1Char(':'));
    const QString prefix = place.left(first);
    const QString rest = place.mid(first + 1);
    if (prefix == QLatin1String("usageplan"))
        return ProblemsPanel::tr("usage plan %1").arg(rest);
    if (prefix == QLatin1String("apikey"))
        return ProblemsPanel::tr("API key %1").arg(rest);
    if (prefix == QLatin1String("function"))
        return ProblemsPanel::tr("function %1").arg(rest);
    const qsizetype second = rest.indexOf(QLatin1Char(':'));
    const QString api = second < 0 ? rest : rest.left(second);
    const QString name = second < 0 ? QString() : rest.mid(second + 1);
    if (prefix == QLatin1String("method")) {
        const qsizetype colon = name.lastIndexOf(QLatin1Char(':'));
        return QStringLiteral("%1 · %2 %3").arg(api, name.mid(colon + 1), name.left(colon));
    }
    if (prefix == QLatin1String("route") || prefix == QLatin1String("resource"))
        return QStringLiteral("%1 · %2").arg(api, name);
    if (prefix == QLatin1String("authorizer"))
        return ProblemsPanel::tr("%1 · authorizer %2").arg(api, name);
    if (prefix == QLatin1String("model"))
        return ProblemsPanel::tr("%1 · model %2").arg(api, name);
    if (prefix == QLatin1String("validator"))
        return ProblemsPanel::tr("%1 · validator %2").arg(api, name);
    if (prefix == QLatin1String("gatewayresponse"))
        return ProblemsPanel::tr("%1 · gateway response %2").arg(api, name);
    if (prefix == QLatin1String("integration"))
        return ProblemsPanel::tr("%1 · integration %2").arg(api, name);
    if (prefix == QLatin1String("stage"))
        return ProblemsPanel::tr("%1 · stage %2").arg(api, name);
    return api;
}

QTreeWidgetItem *makeItem(const QStyle *style, const io::Diagnostic &d)
{
    QString where = !d.file.isEmpty()       ? QFileInfo(d.file).fileName()
                    : !d.place.isEmpty() ? placeText(d.place)
                                         : ProblemsPanel::tr("(input)");
    if (d.line > 0 && !d.file.isEmpty()) {
        where += QLatin1Char(':') + QString::number(d.line);
        if (d.column > 0)
            where += QLatin1Char(':') + QString::number(d.column);
    }
    QString message = d.message;
    // A place says where already (the Location column); the field stays in the tooltip and in lines().
    if (!d.field.isEmpty() && (d.place.isEmpty() || !d.file.isEmpty()))
        message = d.field + QStringLiteral(": ") + message;
    if (!d.hint.isEmpty())
        message += QStringLiteral(" (") + d.hint + QLatin1Char(')');
    auto *item = new QTreeWidgetItem({severityText(d.severity), where, message});
    item->setIcon(0, severityIcon(style, d.severity));
    item->setToolTip(1, d.file.isEmpty() ? QString() : QDir::toNativeSeparators(d.file));
    item->setToolTip(2, d.place.isEmpty() ? message
                                          : ProblemsPanel::tr("%1\n%2\nDouble-click to open it.").arg(d.field, message));
    item->setData(0, Qt::UserRole, d.format());
    item->setData(0, PlaceRole, d.place);
    return item;
}

} // namespace

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setColumnCount(3);
    m_view->setHeaderLabels({tr("Severity"), tr("Location"), tr("Problem")});
    m_view->setRootIsDecorated(true);
    m_view->setUniformRowHeights(true);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Problems"));
    m_view->header()->setStretchLastSection(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Double-click or Enter opens the place an entry names.
    connect(m_view, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { open(item); });
    rebuild();
}

QString ProblemsPanel::placeOf(const QTreeWidgetItem *item)
{
    return item ? item->data(0, PlaceRole).toString() : QString();
}

bool ProblemsPanel::open(const QTreeWidgetItem *item)
{
    if (!item)
        return false;
    if (const QString place = placeOf(item); !place.isEmpty()) {
        Q_EMIT openRequested(place);
        return true;
    }
    const QString apiId = item->data(0, TrapApiRole).toString();
    if (apiId.isEmpty())
        return false;
    Q_EMIT corsTrapOpenRequested(apiId, item->data(0, TrapWhereRole).toString());
    return true;
}

void ProblemsPanel::setProjectProblems(const QList<io::Diagnostic> &problems)
{
    m_project = problems;
    rebuild();
}

void ProblemsPanel::setFailedLoad(const QString &file, const QList<io::Diagnostic> &diagnostics, bool projectKept)
{
    m_failedFile = file;
    m_projectKept = projectKept;
    m_failed = diagnostics;
    rebuild();
}

void ProblemsPanel::clearFailedLoad()
{
    if (m_failedFile.isEmpty() && m_failed.isEmpty())
        return;
    m_failedFile.clear();
    m_failed.clear();
    rebuild();
}

void ProblemsPanel::setCorsTraps(const CorsTrapMap &traps)
{
    QStringList ids = traps.keys();
    ids.sort();
    QList<QPair<QString, cors::CorsTrap>> flat;
    for (const QString &id : std::as_const(ids)) {
        for (const cors::CorsTrap &t : traps.value(id))
            flat.append({id, t});
    }
    if (flat.isEmpty() && m_traps.isEmpty())
        return;
    m_traps = flat;
    rebuild();
}

void ProblemsPanel::setEditReport(const QString &title, const QStringList &changes,
                                  const QStringList &remaining)
{
    m_reportTitle = title;
    m_reportChanges = changes;
    m_reportRemaining = remaining;
    rebuild();
}

void ProblemsPanel::clearEditReport()
{
    if (m_reportTitle.isEmpty())
        return;
    m_reportTitle.clear();
    m_reportChanges.clear();
    m_reportRemaining.clear();
    rebuild();
}

void ProblemsPanel::rebuild()
{
    m_view->clear();
    if (!m_reportTitle.isEmpty()) {
        auto *group = new QTreeWidgetItem(
            {severityText(io::Diagnostic::Severity::Info), tr("last edit"), m_reportTitle});
        group->setIcon(0, severityIcon(style(), io::Diagnostic::Severity::Info));
        QFont bold = group->font(2);
        bold.setBold(true);
        group->setFont(2, bold);
        for (const QString &change : std::as_const(m_reportChanges)) {
            auto *item = new QTreeWidgetItem(group, {tr("Done"), QString(), change});
            item->setToolTip(2, change);
        }
        for (const QString &left : std::as_const(m_reportRemaining)) {
            auto *item = new QTreeWidgetItem(
                group, {severityText(io::Diagnostic::Severity::Warning), QString(), left});
            item->setIcon(0, severityIcon(style(), io::Diagnostic::Severity::Warning));
            item->setToolTip(2, left);
        }
        m_view->addTopLevelItem(group);
        group->setExpanded(true);
    }
    if (!m_failedFile.isEmpty()) {
        auto *group = new QTreeWidgetItem({tr("Error"), QFileInfo(m_failedFile).fileName(),
                                           m_projectKept
                                               ? tr("This file could not be opened; the open project is unchanged.")
                                               : tr("This file could not be opened.")});
        group->setIcon(0, severityIcon(style(), io::Diagnostic::Severity::Error));
        group->setToolTip(1, QDir::toNativeSeparators(m_failedFile));
        QFont bold = group->font(2);
        bold.setBold(true);
        group->setFont(2, bold);
        for (const io::Diagnostic &d : std::as_const(m_failed))
            group->addChild(makeItem(style(), d));
        m_view->addTopLevelItem(group);
        group->setExpanded(true);
    }
    for (const io::Diagnostic &d : std::as_const(m_project))
        m_view->addTopLevelItem(makeItem(style(), d));
    for (const auto &[apiId, trap] : std::as_const(m_traps)) {
        const QString message = tr("CORS: %1 Fix: %2").arg(trap.message, trap.fix);
        auto *item = new QTreeWidgetItem({severityText(io::Diagnostic::Severity::Warning),
                                          QStringLiteral("%1 · %2").arg(apiId, trap.where), message});
        item->setIcon(0, severityIcon(style(), io::Diagnostic::Severity::Warning));
        item->setToolTip(2, tr("%1\nDouble-click to open it.").arg(message));
        item->setData(0, Qt::UserRole, QStringLiteral("%1: %2: %3").arg(apiId, trap.where, message));
        item->setData(0, TrapApiRole, apiId);
        item->setData(0, TrapWhereRole, trap.where);
        item->setData(1, Qt::UserRole, trap.id);
        m_view->addTopLevelItem(item);
    }
    m_view->resizeColumnToContents(0);
    m_view->resizeColumnToContents(1);
    Q_EMIT countChanged(count());
}

int ProblemsPanel::count() const
{
    return int(m_failed.size() + m_project.size() + m_traps.size() + m_reportRemaining.size())
        + (m_failedFile.isEmpty() || !m_failed.isEmpty() ? 0 : 1);
}

QStringList ProblemsPanel::lines() const
{
    QStringList out;
    for (const QString &change : m_reportChanges)
        out.append(QStringLiteral("%1: done: %2").arg(m_reportTitle, change));
    for (const QString &left : m_reportRemaining)
        out.append(QStringLiteral("%1: still to do: %2").arg(m_reportTitle, left));
    for (const io::Diagnostic &d : m_failed)
        out.append(d.format());
    for (const io::Diagnostic &d : m_project)
        out.append(d.format());
    for (const auto &[apiId, trap] : m_traps)
        out.append(QStringLiteral("%1: %2: CORS: %3 Fix: %4").arg(apiId, trap.where, trap.message, trap.fix));
    return out;
}

} // namespace gw::ui
