// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace gw::ui {

class ProjectLoader;

/// The status bar's part while a file opens: its name, a progress bar and a Cancel button that stops the load and
/// keeps the open project as it is. Hidden while nothing loads.
class LoadProgressWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit LoadProgressWidget(ProjectLoader *loader, QWidget *parent = nullptr);

    QProgressBar *progressBar() const { return m_bar; }
    QToolButton *cancelButton() const { return m_cancel; }

private:
    ProjectLoader *m_loader;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace gw::ui
