// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QTemporaryDir;

namespace gw::ui {
class MainWindow;
}

namespace gw::test {

/// Writes `projectYaml` to `dir`/`fileName` and opens it in `window` with the gateway on a free port (unsaved
/// changes discarded without asking); true once the project is open, within 15 s.
bool openProjectInWindow(ui::MainWindow &window, QTemporaryDir &dir, const QString &fileName, const QByteArray &projectYaml);

} // namespace gw::test
