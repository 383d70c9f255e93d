// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/diagnostic.h"
#include "projectloader.h"

#include <QWidget>

class QTreeWidget;

namespace gw::ui {

/// The problems of the open project (load warnings, stages that cannot be served, CORS traps) and, above
/// them, the errors of the last file that failed to open. Non-modal; every file entry names its file, line
/// and column, every CORS trap its API, where and the fix.
class ProblemsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    void setProjectProblems(const QList<io::Diagnostic> &problems);
    /// Shows why `file` could not be opened; replaces an earlier failed load. `projectKept`: another project is
    /// open and stays open.
    void setFailedLoad(const QString &file, const QList<io::Diagnostic> &diagnostics, bool projectKept);
    void clearFailedLoad();
    /// The CORS traps of the working copy, by API id.
    void setCorsTraps(const CorsTrapMap &traps);
    /// What an edit just did and what it left to do (Enable CORS), as a group at the top; replaces the last
    /// one. Only `remaining` counts as problems.
    void setEditReport(const QString &title, const QStringList &changes, const QStringList &remaining);
    void clearEditReport();

    int count() const;          ///< entries shown
    QStringList lines() const;  ///< every entry as Diagnostic::format() writes it
    QTreeWidget *view() const { return m_view; }

Q_SIGNALS:
    void countChanged(int count);

private:
    void rebuild();

    QTreeWidget *m_view;
    QList<io::Diagnostic> m_project;
    QString m_failedFile;
    QList<io::Diagnostic> m_failed;
    bool m_projectKept = false;
    QList<QPair<QString, cors::CorsTrap>> m_traps; ///< (API id, trap), sorted by API id
    QString m_reportTitle;
    QStringList m_reportChanges;
    QStringList m_reportRemaining;
};

} // namespace gw::ui
