// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/diagnostic.h"
#include "projectloader.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace gw::ui {

/// The problems of the open project (load warnings, the working copy's problems as lintProject() finds them,
/// stages that cannot be served, CORS traps) and, above them, the errors of the last file that failed to open.
/// Non-modal; every file entry names its file, line and column, every CORS trap its API, where and the fix.
/// Activating an entry (double-click, Enter) that names a place in the project asks to open it.
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
    /// The Explorer key an entry names (io::Diagnostic::place), or empty; CORS traps name theirs through
    /// corsTrapOpenRequested().
    static QString placeOf(const QTreeWidgetItem *item);
    /// Asks to open what `item` names, as activating it does; false when it names nothing in the project.
    bool open(const QTreeWidgetItem *item);
    /// What an edit just did and what it left to do (Enable CORS), as a group at the top; replaces the last
    /// one. Only `remaining` counts as problems.
    void setEditReport(const QString &title, const QStringList &changes, const QStringList &remaining);
    void clearEditReport();

    int count() const;          ///< entries shown
    QStringList lines() const;  ///< every entry as Diagnostic::format() writes it
    QTreeWidget *view() const { return m_view; }

Q_SIGNALS:
    void countChanged(int count);
    /// An entry that names a place was activated: open the editor of Explorer key `place`.
    void openRequested(const QString &place);
    /// A CORS trap was activated: open what `where` ("GET /pets", "stage prod", ...) names in API `apiId`.
    void corsTrapOpenRequested(const QString &apiId, const QString &where);

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
