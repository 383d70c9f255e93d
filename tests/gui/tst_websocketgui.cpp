// SPDX-License-Identifier: GPL-3.0-or-later
// A WebSocket API in the window: the Explorer lists its routes, the overview shows the route selection expression
// and each route's integration, and the invoke URLs are ws:// URLs.
#include "explorerpanel.h"
#include "gatewaycontroller.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "guitestsupport.h"
#include "testsupport.h"

#include <QMessageBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace gw;
using namespace gw::ui;

namespace {

const QByteArray kProject = test::webSocketChatProject();

bool treeHas(const QAbstractItemModel *model, const QModelIndex &parent, const QString &text)
{
    for (int i = 0; i < model->rowCount(parent); ++i) {
        const QModelIndex index = model->index(i, 0, parent);
        if (index.data().toString() == text || treeHas(model, index, text))
            return true;
    }
    return false;
}

} // namespace

class tst_WebSocketGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void routesAndWsUrls();

private:
    QTemporaryDir m_settingsDir;
};

void tst_WebSocketGui::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    gw::test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_websocketgui"));
}

void tst_WebSocketGui::routesAndWsUrls()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(gw::test::openProjectInWindow(window, dir, QStringLiteral("chat.gatehouse.yaml"), kProject));
    QVERIFY(window.gateway()->isRunning());
    const quint16 port = window.gateway()->port();

    const QAbstractItemModel *model = window.explorer()->view()->model();
    QVERIFY(treeHas(model, {}, QStringLiteral("ping")));
    QVERIFY(treeHas(model, {}, QStringLiteral("$default")));
    QVERIFY(treeHas(model, {}, QStringLiteral("ws://chat.execute-api.localhost:%1/prod").arg(port)));

    const QString overview = window.overview()->toPlainText();
    for (const QString &expected : {QStringLiteral("Route selection: $request.body.action"), QStringLiteral("ping"),
                                    QStringLiteral("MOCK (two-way)"),
                                    QStringLiteral("ws://chat.execute-api.localhost:%1/prod").arg(port),
                                    QStringLiteral("ws://127.0.0.1:%1/restapis/chat/prod/_user_request_").arg(port)})
        QVERIFY2(overview.contains(expected), qPrintable(expected + QStringLiteral(" in ") + overview));
    QCOMPARE(window.invokeUrl(), QStringLiteral("ws://chat.execute-api.localhost:%1/prod").arg(port));
}

QTEST_MAIN(tst_WebSocketGui)
#include "tst_websocketgui.moc"
