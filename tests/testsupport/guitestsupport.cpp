// SPDX-License-Identifier: GPL-3.0-or-later
// The widget tests' shared precompiled header is built from this translation unit.
#include "guitestsupport.h"

#include "mainwindow.h"

#include <QtWidgets>
#include <QSignalSpy>
#include <QTest>
#include <QTemporaryDir>

namespace gw::test {

bool openProjectInWindow(ui::MainWindow &window, QTemporaryDir &dir, const QString &fileName, const QByteArray &projectYaml)
{
    const QString path = dir.filePath(fileName);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(projectYaml) != projectYaml.size())
        return false;
    f.close();
    window.setPreferredPortOverride(0);
    window.setUnsavedChangesPrompt([](const QString &) { return QMessageBox::Discard; });
    QSignalSpy opened(&window, &ui::MainWindow::projectOpened);
    window.show();
    window.openFile(path);
    return opened.wait(15'000);
}

QByteArray webSocketChatProject()
{
    return R"(gatehouse: 1
apis:
  - id: chat
    protocol: websocket
    definition:
      name: Chat
      routeSelectionExpression: $request.body.action
      routes:
        ping:
          integration: {type: mock, statusCode: 200, responseBody: '{"pong": true}'}
          routeResponse: true
        $default:
          integration: {type: mock, responseBody: unknown action}
    stages: [{name: prod, deployment: d1}]
    deployments: [{id: d1}]
)";
}

bool choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
    return true;
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace gw::test
