// SPDX-License-Identifier: GPL-3.0-or-later
// CORS in the window, end to end through the widgets and the real gateway: Enable CORS on a resource and
// deploy it, the CORS Lab from a blocked request to an allowed one by applying its fixes, and the traffic
// table's CORS column with the inspector's CORS tab.
#include "corslabpanel.h"
#include "deploydialog.h"
#include "enablecorsdialog.h"
#include "explorerpanel.h"
#include "formatting.h"
#include "gatewaycontroller.h"
#include "inspectorpanel.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "problemspanel.h"
#include "projectdocument.h"
#include "testsupport.h"
#include "trafficmodel.h"
#include "trafficpanel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace gw;
using namespace gw::ui;

namespace {

struct Reply
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
};

/// Sends `method` to `url` with `headers`, bypassing any proxy from the environment.
Reply send(QNetworkAccessManager &nam, const QByteArray &method, const QString &url,
           const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    QNetworkRequest request {QUrl(url)};
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = nam.sendCustomRequest(request, method);
    QSignalSpy done(reply, &QNetworkReply::finished);
    Reply out;
    if (!done.wait(10'000))
        return out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        out.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return out;
}

const model::Operation *operation(const model::Project &project, const QString &path, const QString &method)
{
    const model::Api *api = project.api(u"petstore");
    const model::PathItem *item = api ? api->definition.path(path) : nullptr;
    return item ? item->operation(method) : nullptr;
}

QTreeWidgetItem *findCheck(QTreeWidget *tree, const QString &name)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = tree->topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j) {
            if (top->child(j)->data(0, Qt::UserRole).toString() == name)
                return top->child(j);
        }
    }
    return nullptr;
}

} // namespace

class tst_CorsGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void enableCorsDialog_undoRedoDeployServesPreflight();
    void lab_blockedThenFixedUntilAllowed();
    void lab_httpAutoDeployTakesEffectAtOnce();
    void lab_saysWhenTheGatewayIsStopped();
    void traffic_corsColumnAndInspectorTab();

private:
    QString examplePath() const { return gw::test::exampleProjectPath(); }
    /// Opens the example in `window` with the gateway on a free port.
    bool openExample(MainWindow &window);
    /// Waits until the gateway serves the working copy's latest revision.
    bool waitCompiled(MainWindow &window);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void tst_CorsGui::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    gw::test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_corsgui"));
}

void tst_CorsGui::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setProxy(QNetworkProxy::NoProxy);
}

void tst_CorsGui::cleanup()
{
    m_nam.reset();
    QSettings().clear();
}

bool tst_CorsGui::openExample(MainWindow &window)
{
    window.setPreferredPortOverride(0);
    window.setUnsavedChangesPrompt([](const QString &) { return QMessageBox::Discard; });
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    window.resize(1440, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.openFile(examplePath());
    if (!opened.wait(15'000))
        return false;
    return window.gateway()->isRunning() && window.gateway()->port() != 0;
}

bool tst_CorsGui::waitCompiled(MainWindow &window)
{
    QElapsedTimer timer;
    timer.start();
    while (window.isCompiling() && timer.elapsed() < 15'000)
        QTest::qWait(10);
    return !window.isCompiling();
}

void tst_CorsGui::enableCorsDialog_undoRedoDeployServesPreflight()
{
    MainWindow window;
    QVERIFY(openExample(window));
    const quint16 port = window.gateway()->port();
    const QString base
        = QStringLiteral("http://127.0.0.1:%1/restapis/petstore/prod/_user_request_").arg(port);
    const QList<QPair<QByteArray, QByteArray>> preflight
        = {{"Origin", "http://localhost:3000"},
           {"Access-Control-Request-Method", "POST"},
           {"Access-Control-Request-Headers", "content-type"}};
    QCOMPARE(send(*m_nam, "OPTIONS", base + QStringLiteral("/pets"), preflight).status, 403);

    // The Explorer's context menu on /pets opens the dialog.
    ExplorerPanel *explorer = window.explorer();
    QStandardItem *pets = explorer->itemForKey(QStringLiteral("resource:petstore:/pets"));
    QVERIFY(pets);
    std::unique_ptr<QMenu> menu(explorer->createContextMenu(pets->index()));
    QAction *enable = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->text().startsWith(QLatin1String("Enable &CORS on /pets")))
            enable = a;
    }
    QVERIFY(enable);
    QVERIFY(enable->isEnabled());
    enable->trigger();
    auto *dialog = window.findChild<EnableCorsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());

    // The console's defaults, then filled in as a user would.
    QCOMPARE(dialog->methodBoxes().size(), 2);
    QVERIFY(dialog->methodBox(QStringLiteral("GET"))->isChecked());
    QVERIFY(dialog->methodBox(QStringLiteral("POST"))->isChecked());
    QCOMPARE(dialog->allowHeadersEdit()->text(),
             QStringLiteral("Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token"));
    QCOMPARE(dialog->allowOriginEdit()->text(), QStringLiteral("*"));
    QVERIFY(dialog->gatewayResponsesBox()->isChecked());
    QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    // Credentials with "*" is what browsers reject: OK waits for an exact origin.
    QTest::mouseClick(dialog->credentialsBox(), Qt::LeftButton, {},
                      QPoint(5, dialog->credentialsBox()->height() / 2));
    QVERIFY(dialog->credentialsBox()->isChecked());
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog->problem().isEmpty());
    dialog->credentialsBox()->setChecked(false);
    QVERIFY(ok->isEnabled());
    dialog->allowHeadersEdit()->clear();
    QTest::keyClicks(dialog->allowHeadersEdit(), QStringLiteral("Content-Type,X-Api-Key"));
    dialog->maxAgeSpin()->setValue(600);
    QTest::mouseClick(ok, Qt::LeftButton);

    // One undo step, and the working copy has the OPTIONS method.
    QUndoStack *undo = window.document()->undoStack();
    QCOMPARE(undo->count(), 1);
    QCOMPARE(undo->undoText(), QStringLiteral("Enable CORS on /pets"));
    QVERIFY(operation(*window.project(), QStringLiteral("/pets"), QStringLiteral("OPTIONS")));
    QVERIFY(window.isWindowModified());
    QVERIFY2(window.notice()->isVisible()
                 && window.notice()->text().contains(QLatin1String("Enabled CORS on /pets")),
             qPrintable(window.notice()->text()));
    QVERIFY2(window.notice()->text().contains(QLatin1String("deploy to prod")),
             qPrintable(window.notice()->text()));
    // What it generated is listed in Problems.
    const QString problems = window.problems()->lines().join(QLatin1Char('\n'));
    QVERIFY2(problems.contains(QLatin1String("Enable CORS on /pets (petstore): done: Added OPTIONS /pets")),
             qPrintable(problems));

    // The stage does not serve it yet: the Explorer and the Deploy button say so, and the gateway still
    // answers 403.
    QCOMPARE(window.undeployedStages(), QStringList {QStringLiteral("petstore/prod")});
    QStandardItem *prod = explorer->itemForKey(QStringLiteral("stage:petstore:prod"));
    QVERIFY(prod);
    QVERIFY(prod->data(ExplorerPanel::UndeployedRole).toBool());
    QVERIFY2(prod->text().contains(QLatin1String("undeployed changes")), qPrintable(prod->text()));
    QVERIFY2(window.deployAction()->iconText().contains(QLatin1String("(1)")),
             qPrintable(window.deployAction()->iconText()));
    QVERIFY(explorer->itemForKey(QStringLiteral("method:petstore:/pets:OPTIONS")));
    QVERIFY(waitCompiled(window));
    QCOMPARE(send(*m_nam, "OPTIONS", base + QStringLiteral("/pets"), preflight).status, 403);

    // Undo and redo.
    window.undoAction()->trigger();
    QVERIFY(!operation(*window.project(), QStringLiteral("/pets"), QStringLiteral("OPTIONS")));
    QVERIFY(window.undeployedStages().isEmpty());
    QVERIFY(!window.isWindowModified());
    QVERIFY(!explorer->itemForKey(QStringLiteral("stage:petstore:prod"))
                 ->data(ExplorerPanel::UndeployedRole)
                 .toBool());
    window.redoAction()->trigger();
    QVERIFY(operation(*window.project(), QStringLiteral("/pets"), QStringLiteral("OPTIONS")));
    QCOMPARE(window.undeployedStages().size(), 1);

    // Deploy through the dialog (F5).
    window.deployAction()->trigger();
    auto *deploy = window.findChild<DeployDialog *>();
    QVERIFY(deploy);
    QCOMPARE(deploy->apiId(), QStringLiteral("petstore"));
    QCOMPARE(deploy->stageName(), QStringLiteral("prod"));
    QTest::keyClicks(deploy->descriptionEdit(), QStringLiteral("CORS for the web app"));
    QTest::mouseClick(deploy->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(undo->count(), 2);
    QCOMPARE(undo->undoText(), QStringLiteral("Deploy petstore to prod"));
    QVERIFY(window.undeployedStages().isEmpty());
    const model::Api *api = window.project()->api(u"petstore");
    const model::Stage *stage = api->stage(u"prod");
    QCOMPARE(api->deployments.size(), 2);
    QCOMPARE(api->deployment(stage->deploymentId)->description, QStringLiteral("CORS for the web app"));
    QCOMPARE(api->deployment(stage->deploymentId)->createdDate.timeSpec(), Qt::UTC);
    QVERIFY2(window.deployAction()->iconText() == QStringLiteral("Deploy…"),
             qPrintable(window.deployAction()->iconText()));
    QVERIFY(waitCompiled(window));

    // The real gateway answers the browser's preflight now.
    const Reply answer = send(*m_nam, "OPTIONS", base + QStringLiteral("/pets"), preflight);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.headers.value("access-control-allow-origin"), QByteArray("*"));
    QVERIFY(answer.headers.value("access-control-allow-methods").contains("POST"));
    QCOMPARE(answer.headers.value("access-control-allow-headers"), QByteArray("Content-Type,X-Api-Key"));
    QCOMPARE(answer.headers.value("access-control-max-age"), QByteArray("600"));
    // The chosen methods carry Allow-Origin, and so do the gateway's own errors (DEFAULT_4XX).
    const Reply get
        = send(*m_nam, "GET", base + QStringLiteral("/pets"), {{"Origin", "http://localhost:3000"}});
    QCOMPARE(get.status, 200);
    QCOMPARE(get.headers.value("access-control-allow-origin"), QByteArray("*"));
    const Reply missing
        = send(*m_nam, "GET", base + QStringLiteral("/nope"), {{"Origin", "http://localhost:3000"}});
    QCOMPARE(missing.status, 403);
    QCOMPARE(missing.headers.value("access-control-allow-origin"), QByteArray("*"));

    // Undoing the deployment goes back to serving the old one.
    window.undoAction()->trigger();
    QCOMPARE(window.undeployedStages().size(), 1);
    QVERIFY(waitCompiled(window));
    QCOMPARE(send(*m_nam, "OPTIONS", base + QStringLiteral("/pets"), preflight).status, 403);
}

void tst_CorsGui::lab_blockedThenFixedUntilAllowed()
{
    MainWindow window;
    QVERIFY(openExample(window));
    window.showCorsLab();
    CorsLabPanel *lab = window.corsLab();
    QVERIFY(lab->isVisible());
    QUndoStack *undo = window.document()->undoStack();

    // PUT /prod/pets/1 with X-Custom from http://localhost:3000, entered in the lab's widgets.
    lab->originCombo()->setCurrentText(QString());
    QTest::keyClicks(lab->originCombo()->lineEdit(), QStringLiteral("http://localhost:3000"));
    lab->methodCombo()->setCurrentIndex(lab->methodCombo()->findText(QStringLiteral("PUT")));
    lab->apiCombo()->setCurrentIndex(lab->apiCombo()->findData(QStringLiteral("petstore")));
    lab->stageCombo()->setCurrentIndex(lab->stageCombo()->findData(QStringLiteral("prod")));
    lab->pathEdit()->clear();
    QTest::keyClicks(lab->pathEdit(), QStringLiteral("/pets/1"));
    auto *addHeader = [&]() -> QToolButton * {
        for (QToolButton *b : lab->findChildren<QToolButton *>()) {
            if (b->accessibleName() == QLatin1String("Add header"))
                return b;
        }
        return nullptr;
    }();
    QVERIFY(addHeader);
    QTest::mouseClick(addHeader, Qt::LeftButton);
    QCOMPARE(lab->headersTable()->rowCount(), 1);
    lab->headersTable()->item(0, 0)->setText(QStringLiteral("X-Custom"));
    lab->headersTable()->item(0, 1)->setText(QStringLiteral("1"));
    QCOMPARE(
        lab->requestUrl(),
        QStringLiteral("http://petstore.execute-api.localhost:%1/prod/pets/1").arg(window.gateway()->port()));

    QSignalSpy finished(lab, &CorsLabPanel::finished);
    QTest::mouseClick(lab->runButton(), Qt::LeftButton);
    QVERIFY(finished.wait(15'000));
    QVERIFY2(lab->lastResult(), qPrintable(lab->errorText()));
    QVERIFY(!lab->lastResult()->allowed);
    QVERIFY(lab->lastResult()->preflightNeeded);
    QVERIFY2(lab->verdictText().contains(QLatin1String("Blocked")), qPrintable(lab->verdictText()));
    QTreeWidgetItem *status = findCheck(lab->resultTree(), QStringLiteral("preflight.status"));
    QVERIFY(status);
    QCOMPARE(status->data(0, Qt::UserRole + 1).toBool(), false);
    QVERIFY2(status->text(1).contains(QLatin1String("403")), qPrintable(status->text(1)));
    QVERIFY(!lab->fixLabel()->text().isEmpty());
    // The origin is remembered for next time.
    QCOMPARE(QSettings().value(QStringLiteral("corsLab/recentOrigins")).toStringList().value(0),
             QStringLiteral("http://localhost:3000"));

    // Follow the advice until the browser allows the request.
    QStringList applied;
    for (int round = 0; round < 6 && !lab->lastResult()->allowed; ++round) {
        const cors::LabResult result = *lab->lastResult();
        QVERIFY(result.fix);
        if (result.fix->action) {
            QVERIFY(lab->applyFixButton()->isVisible());
            const int before = undo->count();
            QTest::mouseClick(lab->applyFixButton(), Qt::LeftButton);
            QCOMPARE(undo->count(), before + 1);
            applied.append(undo->undoText());
            QVERIFY2(lab->fixStatusLabel()->text().contains(QLatin1String("deploy to stage prod")),
                     qPrintable(lab->fixStatusLabel()->text()));
            QVERIFY(lab->deployButton()->isVisible());
            QTest::mouseClick(lab->deployButton(), Qt::LeftButton);
            QCOMPARE(undo->count(), before + 2);
            QCOMPARE(undo->undoText(), QStringLiteral("Deploy petstore to prod"));
            QVERIFY(lab->runAgainButton()->isVisible());
            QTest::mouseClick(lab->runAgainButton(), Qt::LeftButton);
        } else {
            // The advice names a change the lab cannot make by itself: the example has no PUT /pets/{petId}.
            // Add it as a user would (an edit of the working copy), deploy, run again.
            QVERIFY2(result.fix->text.contains(QLatin1String("no PUT method")), qPrintable(result.fix->text));
            QVERIFY(!lab->applyFixButton()->isVisible());
            model::Project after = *window.project();
            for (model::Api &api : after.apis) {
                for (model::PathItem &item : api.definition.paths) {
                    if (api.id == QLatin1String("petstore") && item.path == QLatin1String("/pets/{petId}")) {
                        model::Operation put = *item.operation(u"GET");
                        put.method = QStringLiteral("PUT");
                        put.body.set(QStringLiteral("operationId"),
                                     doc::Node::string(QStringLiteral("updatePet")));
                        item.operations.append(put);
                    }
                }
            }
            window.document()->edit(QStringLiteral("Add PUT /pets/{petId}"), after);
            QVERIFY(window.deploy(QStringLiteral("petstore"), QStringLiteral("prod")));
            QTest::mouseClick(lab->runButton(), Qt::LeftButton); // waits for the recompiled gateway by itself
        }
        QVERIFY(finished.wait(15'000));
        QVERIFY2(lab->lastResult(), qPrintable(lab->errorText()));
    }
    QVERIFY2(lab->lastResult()->allowed, qPrintable(lab->lastResult()->reasons.join(QLatin1Char('\n'))));
    QVERIFY2(lab->verdictText().contains(QLatin1String("Allowed")), qPrintable(lab->verdictText()));
    QVERIFY2(applied.contains(QStringLiteral("Enable CORS on /pets/{petId}")),
             qPrintable(applied.join(QLatin1String("; "))));
    QTreeWidgetItem *allowOrigin = findCheck(lab->resultTree(), QStringLiteral("actual.allow-origin"));
    QVERIFY(allowOrigin);
    QVERIFY(allowOrigin->data(0, Qt::UserRole + 1).toBool());
    QVERIFY(!lab->applyFixButton()->isVisible());

    // Ctrl+Z takes the deployment and then the fix back.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.explorer()->view()->setFocus();
    const QString resource = QStringLiteral("/pets/{petId}");
    QVERIFY(operation(*window.project(), resource, QStringLiteral("OPTIONS")));
    QTest::keyClick(window.explorer()->view(), Qt::Key_Z, Qt::ControlModifier); // the deployment
    QVERIFY(operation(*window.project(), resource, QStringLiteral("OPTIONS")));
    QCOMPARE(window.undeployedStages(), QStringList {QStringLiteral("petstore/prod")});
    QTest::keyClick(window.explorer()->view(), Qt::Key_Z, Qt::ControlModifier); // the fix
    QVERIFY(!operation(*window.project(), resource, QStringLiteral("OPTIONS")));
    QVERIFY(operation(*window.project(), resource, QStringLiteral("PUT")));
    QCOMPARE(undo->redoText(), QStringLiteral("Enable CORS on /pets/{petId}"));
    // Ctrl+Shift+Z brings it back.
    QTest::keyClick(window.explorer()->view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(operation(*window.project(), resource, QStringLiteral("OPTIONS")));
}

void tst_CorsGui::lab_httpAutoDeployTakesEffectAtOnce()
{
    MainWindow window;
    QVERIFY(openExample(window));
    CorsLabPanel *lab = window.corsLab();
    lab->setTarget(QStringLiteral("storefront"), QStringLiteral("$default"), QStringLiteral("/catalog"),
                   QStringLiteral("GET"));
    lab->setOrigin(QStringLiteral("http://localhost:3000"));
    QCOMPARE(
        lab->requestUrl(),
        QStringLiteral("http://storefront.execute-api.localhost:%1/catalog").arg(window.gateway()->port()));
    QSignalSpy finished(lab, &CorsLabPanel::finished);
    lab->run();
    QVERIFY(finished.wait(15'000));
    QVERIFY2(lab->lastResult(), qPrintable(lab->errorText()));
    QVERIFY(!lab->lastResult()->allowed);
    QVERIFY(!lab->lastResult()->preflightNeeded); // a simple GET: only the response is checked
    QVERIFY(findCheck(lab->resultTree(), QStringLiteral("actual.allow-origin")));
    QVERIFY(lab->lastResult()->fix && lab->lastResult()->fix->action);

    // No deployment needed: the $default stage follows the working copy.
    QTest::mouseClick(lab->applyFixButton(), Qt::LeftButton);
    QCOMPARE(window.document()->undoStack()->undoText(),
             QStringLiteral("Add http://localhost:3000 to allowOrigins"));
    QVERIFY2(lab->fixStatusLabel()->text().contains(QLatin1String("deploys automatically")),
             qPrintable(lab->fixStatusLabel()->text()));
    QVERIFY(!lab->deployButton()->isVisible());
    QVERIFY(lab->runAgainButton()->isVisible());
    QVERIFY(window.undeployedStages().isEmpty());
    QTest::mouseClick(lab->runAgainButton(), Qt::LeftButton);
    QVERIFY(finished.wait(15'000));
    QVERIFY2(lab->lastResult() && lab->lastResult()->allowed,
             qPrintable(lab->lastResult() ? lab->lastResult()->reasons.join(QLatin1Char('\n'))
                                          : lab->errorText()));
    QTreeWidgetItem *readable = nullptr;
    for (int i = 0; i < lab->resultTree()->topLevelItemCount(); ++i) {
        if (lab->resultTree()->topLevelItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("readable"))
            readable = lab->resultTree()->topLevelItem(i);
    }
    QVERIFY(readable);
    QVERIFY2(readable->text(1).contains(QLatin1String("content-type")), qPrintable(readable->text(1)));

    // Undo: the gateway serves the working copy without the fix again.
    window.undoAction()->trigger();
    QVERIFY2(lab->fixStatusLabel()->text().contains(QLatin1String("run the lab again")),
             qPrintable(lab->fixStatusLabel()->text()));
    lab->run();
    QVERIFY(finished.wait(15'000));
    QVERIFY(lab->lastResult() && !lab->lastResult()->allowed);
}

void tst_CorsGui::lab_saysWhenTheGatewayIsStopped()
{
    MainWindow window;
    QVERIFY(openExample(window));
    window.stopGateway();
    QTRY_COMPARE_WITH_TIMEOUT(window.gateway()->state(), GatewayController::State::Stopped, 5'000);
    CorsLabPanel *lab = window.corsLab();
    QSignalSpy finished(lab, &CorsLabPanel::finished);
    lab->run();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!lab->lastResult());
    QVERIFY2(lab->errorText().contains(QLatin1String("stopped")), qPrintable(lab->errorText()));
    QVERIFY(lab->requestUrl().contains(QLatin1String("petstore.execute-api.localhost")));
}

void tst_CorsGui::traffic_corsColumnAndInspectorTab()
{
    MainWindow window;
    QVERIFY(openExample(window));
    const QString base = QStringLiteral("http://127.0.0.1:%1/restapis/petstore/prod/_user_request_")
                             .arg(window.gateway()->port());
    QCOMPARE(send(*m_nam, "GET", base + QStringLiteral("/pets"), {{"Origin", "http://other.example"}}).status,
             200);
    QCOMPARE(send(*m_nam, "GET", base + QStringLiteral("/pets/1")).status, 200);

    TrafficModel *model = window.traffic()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 5'000);
    int withOrigin = -1;
    int without = -1;
    for (int row = 0; row < model->rowCount(); ++row)
        (model->record(row)->path.endsWith(QLatin1String("/pets")) ? withOrigin : without) = row;
    QVERIFY(withOrigin >= 0 && without >= 0);

    const QModelIndex blocked = model->index(withOrigin, TrafficModel::CorsColumn);
    QCOMPARE(blocked.data().toString(), QStringLiteral("blocked"));
    QCOMPARE(blocked.data(Qt::ForegroundRole).value<QColor>(),
             Formatting::passColor(false, QGuiApplication::palette()));
    QVERIFY2(blocked.data(Qt::ToolTipRole).toString().contains(QLatin1String("Access-Control-Allow-Origin")),
             qPrintable(blocked.data(Qt::ToolTipRole).toString()));
    QCOMPARE(model->index(without, TrafficModel::CorsColumn).data().toString(), QStringLiteral("—"));
    QVERIFY(!model->index(without, TrafficModel::CorsColumn).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model->headerData(TrafficModel::CorsColumn, Qt::Horizontal).toString(), QStringLiteral("CORS"));

    // The inspector's CORS tab: only for requests with an Origin header.
    window.traffic()->view()->selectRow(withOrigin);
    QVERIFY(window.inspector()->isCorsTabVisible());
    const QString text = window.inspector()->corsText();
    QVERIFY2(text.contains(QLatin1String("Blocked")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("actual.allow-origin")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("http://other.example")), qPrintable(text));
    window.traffic()->view()->selectRow(without);
    QVERIFY(!window.inspector()->isCorsTabVisible());
    QVERIFY(window.inspector()->corsText().isEmpty());
}

QTEST_MAIN(tst_CorsGui)
#include "tst_corsgui.moc"
