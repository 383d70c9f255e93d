// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/diagnostic.h"

#include <QWidget>

class QTreeWidget;

namespace gw::ui {

/// The problems of the open project (load warnings, stages that cannot be served) and, above them, the errors of
/// the last file that failed to open. Non-modal; every entry names its file, line and column.
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
};

} // namespace gw::ui
