// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QComboBox;
class QLineEdit;
class QTemporaryDir;
class QVariant;

namespace gw::ui {
class MainWindow;
}

namespace gw::test {

/// Writes `projectYaml` to `dir`/`fileName` and opens it in `window` with the gateway on a free port (unsaved
/// changes discarded without asking); true once the project is open, within 15 s.
bool openProjectInWindow(ui::MainWindow &window, QTemporaryDir &dir, const QString &fileName, const QByteArray &projectYaml);

/// A WebSocket API `chat` (stage prod, selection on $request.body.action) with MOCK routes: `ping` answers
/// {"pong": true} (two-way), $default answers "unknown action".
QByteArray webSocketChatProject();

/// Chooses the item with `data` as a user does: current index, then `activated`; false when there is none.
bool choose(QComboBox *combo, const QVariant &data);
/// Replaces the text of `edit` by typing, one key at a time.
void retype(QLineEdit *edit, const QString &text);

} // namespace gw::test
