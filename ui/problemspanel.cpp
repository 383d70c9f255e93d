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

QTreeWidgetItem *makeItem(const QStyle *style, const io::Diagnostic &d)
{
    QString where = d.file.isEmpty() ? ProblemsPanel::tr("(input)") : QFileInfo(d.file).fileName();
    if (d.line > 0) {
        where += QLatin1Char(':') + QString::number(d.line);
        if (d.column > 0)
            where += QLatin1Char(':') + QString::number(d.column);
    }
    QString message = d.message;
    if (!d.field.isEmpty())
        message = d.field + QStringLiteral(": ") + message;
    if (!d.hint.isEmpty())
        message += QStringLiteral(" (") + d.hint + QLatin1Char(')');
    auto *item = new QTreeWidgetItem({severityText(d.severity), where, message});
    item->setIcon(0, severityIcon(style, d.severity));
    item->setToolTip(1, QDir::toNativeSeparators(d.file));
    item->setToolTip(2, message);
    item->setData(0, Qt::UserRole, d.format());
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
    rebuild();
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
        item->setToolTip(2, message);
        item->setData(0, Qt::UserRole, QStringLiteral("%1: %2: %3").arg(apiId, trap.where, message));
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
