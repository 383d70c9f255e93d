// SPDX-License-Identifier: GPL-3.0-or-later
// HAR import and the exchange actions in the window, headless: File ▸ Import HAR reads off the GUI thread and adds
// rows marked imported; a malformed file is refused with where and what; Copy as curl and Copy Exchange (Inspector
// and the traffic table's context menu) put the exact text on the clipboard; Replay and Edit and Resend send
// through the gateway's real port, and the answers arrive as new rows; the Server-Timing action reaches the gateway.
#include "exchangeactions.h"
#include "gatewaycontroller.h"
#include "guitestsupport.h"
#include "inspectorpanel.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "rawhttp.h"
#include "resenddialog.h"
#include "testsupport.h"
#include "trafficfiltermodel.h"
#include "trafficmodel.h"
#include "trafficpanel.h"

#include "io/harreader.h"
#include "io/harwriter.h"
#include "observe/curlcommand.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFont>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace gw;
using namespace gw::ui;

namespace {

const QByteArray kProject = R"(gatehouse: 1
apis:
  - id: shop
    protocol: rest
    definition:
      openapi: 3.0.1
      info: {title: shop, version: '1'}
      paths:
        /pets:
          get:
            x-amazon-apigateway-integration:
              type: mock
              requestTemplates: {application/json: '{"statusCode": 200}'}
              responses:
                default: {statusCode: "200", responseTemplates: {application/json: '{"ok": true}'}}
    stages:
      - name: prod
        deployment: d1
    deployments:
      - id: d1
)";

/// tests/gui/hargui-sample.har: two entries as a browser would save them, a GET of the shop API (elsewhere, over
/// https) and a POST with a JSON body full of shell metacharacters.
/// Makes the traffic table's row showing model row `row` current, as a click does.
void selectRow(MainWindow &window, int row)
{
    TrafficPanel *traffic = window.traffic();
    traffic->view()->setCurrentIndex(traffic->filterModel()->mapFromSource(traffic->model()->index(row, 0)));
}

QByteArray sampleHar()
{
    return gw::test::readAll(gw::test::sourceDir() + QStringLiteral("/tests/gui/hargui-sample.har"));
}

} // namespace

class tst_HarGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void importAddsRowsMarkedImported();
    void copyActionsPutExactText();
    void malformedFileSaysWhereAndWhat();
    void replayAndResendReachTheGateway();
    void serverTimingAction();
    void lambdaInstancePerRequestAction();
    void exportWritesWhatTrafficShows();

private:
    /// Imports the sample HAR into `window`; false when it did not arrive within 10 s.
    bool importSample(MainWindow &window);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
};

void tst_HarGui::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QVERIFY(m_dir.isValid());
    gw::test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_hargui"));
    QVERIFY(!sampleHar().isEmpty());
    QVERIFY(gw::test::writeFile(m_dir.filePath(QStringLiteral("sample.har")), sampleHar()));
}

bool tst_HarGui::importSample(MainWindow &window)
{
    QSignalSpy imported(&window, &MainWindow::harImported);
    if (!window.importHar(m_dir.filePath(QStringLiteral("sample.har"))))
        return false;
    return imported.wait(10'000) && imported.first().at(1).toInt() == 2;
}

void tst_HarGui::importAddsRowsMarkedImported()
{
    MainWindow window;
    window.show();
    QVERIFY(window.importHarAction()->isEnabled());
    QVERIFY(importSample(window));
    const TrafficModel *model = window.traffic()->model();
    QCOMPARE(model->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        QVERIFY(model->record(row)->imported);
        QCOMPARE(model->index(row, TrafficModel::StoppedAtColumn).data().toString(), QStringLiteral("imported"));
        QVERIFY(model->index(row, TrafficModel::PathColumn).data(Qt::FontRole).value<QFont>().italic());
    }
    QCOMPARE(model->index(0, TrafficModel::MethodColumn).data().toString(), QStringLiteral("GET"));
    QCOMPARE(model->index(0, TrafficModel::PathColumn).data().toString(), QStringLiteral("/prod/pets"));
    QCOMPARE(model->index(0, TrafficModel::StatusColumn).data().toInt(), 200);
    QCOMPARE(model->record(0)->totalUs, qint64(48'500));
    QCOMPARE(model->index(1, TrafficModel::MethodColumn).data().toString(), QStringLiteral("POST"));
    QCOMPARE(model->index(1, TrafficModel::StatusColumn).data().toInt(), 403);
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("Imported 2 request")));

    // The Inspector says where it came from.
    selectRow(window, 1);
    QCOMPARE(window.inspector()->record(), model->record(1));
    QVERIFY(window.inspector()->explainText().contains(QLatin1String("Imported from a HAR file")));
}

void tst_HarGui::copyActionsPutExactText()
{
    MainWindow window;
    window.show();
    QVERIFY(!window.inspector()->copyAsCurlAction()->isEnabled()); // nothing shown
    QVERIFY(importSample(window));
    const TrafficModel *model = window.traffic()->model();
    QClipboard *clipboard = QGuiApplication::clipboard();

    selectRow(window, 1);
    QVERIFY(window.inspector()->copyAsCurlAction()->isEnabled());
    clipboard->clear();
    window.inspector()->copyAsCurlAction()->trigger();
    QCOMPARE(clipboard->text(), QStringLiteral("curl -X POST http://shop.execute-api.localhost:4510/prod/pets \\\n"
                                               "  -H 'Content-Type: application/json' \\\n"
                                               "  --data-binary '{\"name\": \"it'\\''s $HOME \\\\ x\"}'"));

    selectRow(window, 0);
    window.inspector()->copyAsCurlAction()->trigger();
    QCOMPARE(clipboard->text(), QStringLiteral("curl 'https://shop.execute-api.localhost/prod/pets?limit=2' \\\n"
                                               "  -H 'Accept: application/json'"));

    // The table's context menu offers the same, for its row.
    std::unique_ptr<QMenu> menu(window.traffic()->createContextMenu(model->record(1)));
    QStringList texts;
    for (QAction *a : menu->actions()) {
        if (!a->isSeparator())
            texts << a->text();
    }
    QCOMPARE(texts, (QStringList {tr("Copy as &curl"), tr("Copy &Exchange"), tr("&Replay"), tr("Edit and Re&send…"), tr("&Pin")}));
    menu->actions().at(1)->trigger();
    QCOMPARE(clipboard->text(), exchangeText(*model->record(1)));
    QVERIFY(clipboard->text().startsWith(QLatin1String("POST /prod/pets HTTP/1.1\n")));
    QVERIFY(clipboard->text().contains(QLatin1String("\nHTTP/1.1 403 Forbidden\n")));
    menu->actions().at(0)->trigger();
    QCOMPARE(clipboard->text(), curlCommand(outgoingRequest(*model->record(1))));

    // A body cut at the capture limit is said to be cut, in a shell comment after the command.
    ExchangeRecord cut;
    cut.method = QStringLiteral("PUT");
    cut.path = QStringLiteral("/prod/blob");
    cut.requestHeaders.append("Host", "h");
    cut.requestBody = "abc";
    cut.requestBodySize = 10;
    ExchangeActions::copyAsCurl(cut);
    QCOMPARE(clipboard->text(), QStringLiteral("curl -X PUT http://h/prod/blob \\\n  --data-binary abc\n"
                                               "# only the first 3 of 10 body bytes were captured; this sends that part"));
}

void tst_HarGui::malformedFileSaysWhereAndWhat()
{
    MainWindow window;
    window.show();
    QByteArray broken = sampleHar();
    broken.replace("\"url\": \"http://shop.execute-api.localhost:4510/prod/pets\"", "\"url\": \"/prod/pets\"");
    QVERIFY(broken != sampleHar());
    const QString path = m_dir.filePath(QStringLiteral("broken.har"));
    QVERIFY(gw::test::writeFile(path, broken));
    QSignalSpy failed(&window, &MainWindow::harImportFailed);
    QVERIFY(window.importHar(path));
    QVERIFY(failed.wait(10'000));
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("entries[1].request.url: not an absolute URL"));
    QVERIFY2(window.notice()->text().contains(QLatin1String("entries[1].request.url: not an absolute URL")),
             qPrintable(window.notice()->text()));
    QCOMPARE(window.traffic()->model()->rowCount(), 0); // nothing half imported

    QSignalSpy failedAgain(&window, &MainWindow::harImportFailed);
    QVERIFY(window.importHar(m_dir.filePath(QStringLiteral("missing.har"))));
    QVERIFY(failedAgain.wait(10'000));
    QVERIFY(failedAgain.first().at(1).toString().startsWith(QLatin1String("cannot open ")));
}

void tst_HarGui::replayAndResendReachTheGateway()
{
    MainWindow window;
    QTemporaryDir dir;
    QVERIFY(gw::test::openProjectInWindow(window, dir, QStringLiteral("shop.gatehouse.yaml"), kProject));
    QTRY_VERIFY_WITH_TIMEOUT(window.gateway()->isRunning(), 15'000);
    QVERIFY(importSample(window));
    TrafficModel *model = window.traffic()->model();
    QCOMPARE(model->rowCount(), 2);

    // Replay the imported GET: the gateway answers it, and its own record arrives as a new row.
    selectRow(window, 0);
    QVERIFY(window.replayAction()->isEnabled());
    QSignalSpy finished(&window, &MainWindow::resendFinished);
    window.replayAction()->trigger();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.first().at(0).toInt(), 200);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 10'000);
    const ExchangeRecordPtr replayed = model->record(2);
    QVERIFY(!replayed->imported);
    QCOMPARE(replayed->method, QStringLiteral("GET"));
    QCOMPARE(replayed->path, QStringLiteral("/prod/pets"));
    QCOMPARE(replayed->query, QStringLiteral("limit=2"));
    QCOMPARE(replayed->apiId, QStringLiteral("shop"));
    QCOMPARE(replayed->requestHeaders.value("accept"), QByteArray("application/json"));
    QCOMPARE(replayed->responseBody, QByteArray(R"({"ok": true})"));

    // Edit and Resend: prefilled, a bad header line stays in the dialog with the reason, a fixed one is sent.
    QPointer<ResendDialog> dialog = window.showResendDialog(model->record(1));
    QVERIFY(dialog);
    QCOMPARE(dialog->methodBox()->currentText(), QStringLiteral("POST"));
    QCOMPARE(dialog->urlEdit()->text(), QStringLiteral("http://shop.execute-api.localhost:4510/prod/pets"));
    QVERIFY(dialog->headersEdit()->toPlainText().contains(QLatin1String("Content-Type: application/json")));
    QCOMPARE(dialog->bodyEdit()->toPlainText(), QStringLiteral("{\"name\": \"it's $HOME \\\\ x\"}"));
    dialog->headersEdit()->setPlainText(QStringLiteral("Accept: */*\nno colon here"));
    QVERIFY(!dialog->send());
    QCOMPARE(dialog->errorText(), QStringLiteral("Not sent: Headers, line 2: expected \"Name: value\", got \"no colon here\"."));
    dialog->headersEdit()->setPlainText(QStringLiteral("Accept: */*\nX-Edited: yes"));
    dialog->methodBox()->setCurrentText(QStringLiteral("GET"));
    dialog->urlEdit()->setText(QStringLiteral("http://shop.execute-api.localhost/prod/pets?edited=1"));
    dialog->bodyEdit()->clear();
    QSignalSpy resent(&window, &MainWindow::resendFinished);
    QVERIFY(dialog->send());
    QVERIFY(resent.wait(10'000));
    QCOMPARE(resent.first().at(0).toInt(), 200);
    QTRY_VERIFY(!dialog); // closed and deleted
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 10'000);
    QCOMPARE(model->record(3)->query, QStringLiteral("edited=1"));
    QCOMPARE(model->record(3)->requestHeaders.value("x-edited"), QByteArray("yes"));

    // Stopped: nothing is sent, and the status bar says what to do.
    window.stopGateway();
    QTRY_VERIFY_WITH_TIMEOUT(!window.gateway()->isRunning(), 10'000);
    QVERIFY(!window.replayAction()->isEnabled());
    QVERIFY(!window.replay(model->record(0)));
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("the gateway is not running")));
}

void tst_HarGui::serverTimingAction()
{
    MainWindow window;
    QTemporaryDir dir;
    QVERIFY(gw::test::openProjectInWindow(window, dir, QStringLiteral("shop.gatehouse.yaml"), kProject));
    QTRY_VERIFY_WITH_TIMEOUT(window.gateway()->isRunning(), 15'000);
    QVERIFY(window.serverTimingAction()->isCheckable());
    QVERIFY(!window.serverTimingAction()->isChecked()); // off by default, as on AWS
    const QByteArray request = "GET /prod/pets HTTP/1.1\r\nHost: shop.execute-api.localhost\r\n\r\n";
    QVERIFY(gw::test::rawRequest(window.gateway()->port(), request).header("server-timing").isNull());
    window.serverTimingAction()->trigger();
    QVERIFY(window.gateway()->serverTiming());
    const QByteArray timing = gw::test::rawRequest(window.gateway()->port(), request).header("server-timing");
    QVERIFY2(timing.startsWith("route;dur=") && timing.contains(", gateway;dur="), timing.constData());
    window.serverTimingAction()->trigger();
    QVERIFY(!window.gateway()->serverTiming());
}

void tst_HarGui::lambdaInstancePerRequestAction()
{
    {
        MainWindow window;
        QAction *action = window.lambdaInstancePerRequestAction();
        QVERIFY(action && action->isCheckable());
        QVERIFY(!action->isChecked()); // off by default: the 10 ms warm wait
        QVERIFY(!window.gateway()->lambdaInstancePerRequest());
        QVERIFY(action->toolTip().contains(QLatin1String("10 ms")));
        bool inGatewayMenu = false;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu() && menu->text() == QLatin1String("&Gateway"))
                inGatewayMenu = menu->menu()->actions().contains(action);
        }
        QVERIFY(inGatewayMenu);
        action->trigger();
        QVERIFY(window.gateway()->lambdaInstancePerRequest());
    }
    {
        MainWindow window; // remembered
        QVERIFY(window.lambdaInstancePerRequestAction()->isChecked());
        QVERIFY(window.gateway()->lambdaInstancePerRequest());
        window.lambdaInstancePerRequestAction()->trigger();
        QVERIFY(!window.gateway()->lambdaInstancePerRequest());
    }
    MainWindow window;
    QVERIFY(!window.lambdaInstancePerRequestAction()->isChecked());
}

void tst_HarGui::exportWritesWhatTrafficShows()
{
    MainWindow window;
    window.show();
    QVERIFY(window.exportHarAction());
    QVERIFY(importSample(window));
    // Nothing to write when the filter shows nothing.
    window.traffic()->filterEdit()->setText(QStringLiteral("status=599"));
    const QString file = m_dir.filePath(QStringLiteral("export.har"));
    QVERIFY(!window.exportHar(file));
    QVERIFY(!QFile::exists(file));

    // The rows shown: the filter's, in the order they started whatever the sort, sanitized.
    window.traffic()->filterEdit()->setText(QStringLiteral("status>=400"));
    QSignalSpy exported(&window, &MainWindow::harExported);
    QVERIFY(window.exportHar(file));
    QVERIFY(exported.wait(10'000));
    QCOMPARE(exported.first().at(1).toInt(), 1);
    QVERIFY2(exported.first().at(2).toString().isEmpty(), qPrintable(exported.first().at(2).toString()));
    io::HarReadResult back = io::readHarFile(file);
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(back.entries.size(), size_t(1));
    QCOMPARE(back.entries[0].request.method, QStringLiteral("POST"));
    QCOMPARE(back.entries[0].response.status, 403);

    // Several selected rows: those.
    window.traffic()->filterEdit()->clear();
    window.traffic()->view()->sortByColumn(TrafficModel::MethodColumn, Qt::DescendingOrder);
    window.traffic()->view()->selectAll();
    exported.clear();
    QVERIFY(window.exportHar(file));
    QVERIFY(exported.wait(10'000));
    QCOMPARE(exported.first().at(1).toInt(), 2);
    back = io::readHarFile(file);
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(back.entries.size(), size_t(2));
    QCOMPARE(back.entries[0].request.method, QStringLiteral("GET")); // started first
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("Wrote 2 request")));

    // A folder that cannot be written: a notice says so, no file appears.
    exported.clear();
    const QString bad = m_dir.filePath(QStringLiteral("no/such/dir/x.har"));
    QVERIFY(window.exportHar(bad));
    QVERIFY(exported.wait(10'000));
    QVERIFY(!exported.first().at(2).toString().isEmpty());
    QVERIFY(!QFile::exists(bad));
}

QTEST_MAIN(tst_HarGui)
#include "tst_hargui.moc"
