// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 7's whole path in one go, through the real window and widgets: a REST API from nothing (wizard), a resource,
// a method, its integration response, a Cognito authorizer, the method's authorization, Enable CORS — each step
// undone and redone — then save, open the file in a new window, deploy through the dialog and send requests from the
// Test dock through the real gateway: 401 without a token, 200 with the edited body with one, and a CORS preflight.

#include "authorizereditor.h"
#include "deploydialog.h"
#include "editorarea.h"
#include "editorsupport.h"
#include "enablecorsdialog.h"
#include "explorerpanel.h"
#include "gatewaycontroller.h"
#include "integrationeditor.h"
#include "mainwindow.h"
#include "methodeditor.h"
#include "newapiwizard.h"
#include "projectdocument.h"
#include "projectedits.h"
#include "testpanel.h"
#include "guitestsupport.h"
#include "testsupport.h"

#include "engine/testrequest.h"

#include <Qsci/qsciscintilla.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItem>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace gw;
using namespace gw::ui;

namespace {

using gw::test::choose;

/// Answers the Explorer's questions from a queue.
struct Answers
{
    QList<std::optional<QString>> queue;
    void install(ExplorerPanel *explorer)
    {
        explorer->setNameAsker([this](const ExplorerPanel::NamePrompt &) -> std::optional<QString> {
            return queue.isEmpty() ? std::nullopt : queue.takeFirst();
        });
        explorer->setConfirmer([](const QString &, const QString &) { return true; });
    }
};

const model::Operation *getOrders(const MainWindow &window)
{
    const model::Api *api = window.project() ? window.project()->api(u"orders") : nullptr;
    return api ? editing::findOperation(*api, QStringLiteral("/orders"), QStringLiteral("GET")) : nullptr;
}

MethodEditor::Authorization authorizationOf(const MainWindow &window)
{
    return MethodEditor::authorizationOf(window.project()->api(u"orders")->definition.document, *getOrders(window));
}

QString responseTemplate(const MainWindow &window)
{
    const model::Operation *op = getOrders(window);
    if (!op || !op->integration || op->integration->responses.isEmpty())
        return {};
    for (const auto &t : op->integration->responses.first().responseTemplates) {
        if (t.first == QLatin1String("application/json"))
            return t.second;
    }
    return {};
}

/// Undoes and redoes the last step, checking `done` before, after undo (false) and after redo.
void undoRedo(MainWindow &window, const std::function<bool()> &done)
{
    QVERIFY(done());
    window.undoAction()->trigger();
    QVERIFY(!done());
    window.redoAction()->trigger();
    QVERIFY(done());
}

bool sendAndWait(TestPanel *panel)
{
    QSignalSpy finished(panel, &TestPanel::finished);
    panel->sendButton()->click();
    if (finished.isEmpty() && !finished.wait(15'000))
        return false;
    if (!panel->errorText().isEmpty()) {
        qWarning("%s", qPrintable(panel->errorText()));
        return false;
    }
    if (!panel->record()) {
        QSignalSpy arrived(panel, &TestPanel::recordArrived);
        return arrived.wait(5'000);
    }
    return true;
}

} // namespace

class tst_DesignerFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup() { QSettings().clear(); }
    void fromNothingToATestedDeployment();

private:
    QTemporaryDir m_settingsDir;
};

void tst_DesignerFlow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_designerflow"));
    qputenv("GATEHOUSE_RECOVERY_DIR", QDir(m_settingsDir.path()).filePath(QStringLiteral("recovery")).toUtf8());
}

void tst_DesignerFlow::fromNothingToATestedDeployment()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("orders.gatehouse.yaml"));
    {
        MainWindow window;
        window.setAutoStart(false);
        window.show();
        ExplorerPanel *explorer = window.explorer();
        QTreeView *view = explorer->view();
        Answers answers;
        answers.install(explorer);

        // 1. The wizard: a blank REST API.
        NewApiWizard *wizard = window.showNewApiWizard();
        QVERIFY(wizard);
        wizard->setProtocol(model::Protocol::Rest);
        wizard->setSource(NewApiWizard::Source::Blank);
        wizard->titleEdit()->setText(QStringLiteral("Orders"));
        QTest::mouseClick(wizard->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(window.project() && window.project()->api(u"orders"));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isCompiling(), 15'000);

        // 2. A resource (Insert on the Resources folder) and a method (Ctrl+M), each undone and redone.
        QVERIFY(explorer->selectKey(QStringLiteral("resources:orders")));
        view->setFocus();
        answers.queue = {QStringLiteral("orders")};
        QTest::keyClick(view, Qt::Key_Insert);
        undoRedo(window, [&] { return window.project()->api(u"orders")->definition.path(u"/orders") != nullptr; });
        QVERIFY(explorer->selectKey(QStringLiteral("resource:orders:/orders")));
        view->setFocus();
        answers.queue = {QStringLiteral("GET")};
        QTest::keyClick(view, Qt::Key_M, Qt::ControlModifier);
        undoRedo(window, [&] { return getOrders(window) != nullptr; });
        QVERIFY(getOrders(window)->integration);
        QCOMPARE(getOrders(window)->integration->type, model::IntegrationType::Mock);

        // 3. The integration response's template, typed into the method editor's QScintilla.
        QVERIFY(explorer->selectKey(QStringLiteral("method:orders:/orders:GET")));
        QVERIFY(window.editorArea()->showKey(QStringLiteral("method:orders:/orders:GET")));
        MethodEditor *method = window.editorArea()->methodEditor();
        QVERIFY(method);
        IntegrationResponsesEditor *responses = method->integrationResponses();
        QVERIFY(responses->table()->rowCount() >= 1);
        responses->table()->setCurrentCell(0, 0);
        TemplateMapEditor *templates = responses->templates();
        if (templates->contentTypes()->findText(QStringLiteral("application/json")) < 0)
            templates->addContentType(QStringLiteral("application/json"));
        templates->contentTypes()->setCurrentIndex(templates->contentTypes()->findText(QStringLiteral("application/json")));
        const QString body = QStringLiteral("{\"orders\": [], \"caller\": \"$context.authorizer.claims.sub\"}");
        templates->editor()->setText(body);
        QTRY_COMPARE(responseTemplate(window), body);
        undoRedo(window, [&] { return responseTemplate(window) == body; });

        // 4. A Cognito user pool authorizer from the Authorizers folder (the local identity provider's pool).
        QVERIFY(explorer->selectKey(QStringLiteral("authorizers:orders")));
        view->setFocus();
        answers.queue = {ProjectEdits::authorizerTypeLabel(ProjectEdits::AuthorizerType::CognitoUserPools),
                         QStringLiteral("pool")};
        QTest::keyClick(view, Qt::Key_Insert);
        QVERIFY(explorer->itemForKey(QStringLiteral("authorizer:orders:pool")));
        undoRedo(window, [&] { return explorer->itemForKey(QStringLiteral("authorizer:orders:pool")) != nullptr; });
        QVERIFY(window.editorArea()->showKey(QStringLiteral("authorizer:orders:pool")));
        AuthorizerEditor *authorizer = window.editorArea()->authorizerEditor();
        QCOMPARE(authorizer->typeCombo()->currentData().toString(), QStringLiteral("cognito_user_pools"));
        QVERIFY(authorizer->providersEdit()->text().startsWith(QLatin1String("arn:aws:cognito-idp:")));

        // 5. The method uses it.
        QVERIFY(window.editorArea()->showKey(QStringLiteral("method:orders:/orders:GET")));
        method = window.editorArea()->methodEditor();
        QVERIFY(choose(method->authorizationCombo(), QStringLiteral("COGNITO_USER_POOLS")));
        QCOMPARE(authorizationOf(window).type, QStringLiteral("COGNITO_USER_POOLS"));
        QCOMPARE(authorizationOf(window).authorizer, QStringLiteral("pool"));
        undoRedo(window, [&] { return authorizationOf(window).type == QLatin1String("COGNITO_USER_POOLS"); });

        // 6. Enable CORS on /orders from the Explorer's context menu.
        QStandardItem *orders = explorer->itemForKey(QStringLiteral("resource:orders:/orders"));
        QVERIFY(orders);
        std::unique_ptr<QMenu> menu(explorer->createContextMenu(orders->index()));
        QAction *enable = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->text().startsWith(QLatin1String("Enable &CORS on /orders")))
                enable = a;
        }
        QVERIFY(enable);
        enable->trigger();
        auto *cors = window.findChild<EnableCorsDialog *>();
        QVERIFY(cors);
        cors->allowOriginEdit()->setText(QStringLiteral("http://localhost:3000"));
        QTest::mouseClick(cors->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        undoRedo(window, [&] {
            const model::Api *api = window.project()->api(u"orders");
            return editing::findOperation(*api, QStringLiteral("/orders"), QStringLiteral("OPTIONS")) != nullptr;
        });

        // 7. Save.
        QTRY_VERIFY_WITH_TIMEOUT(!window.isCompiling(), 15'000);
        window.setSavePathChooser([&](const QString &) { return file; });
        QVERIFY(window.save());
        QVERIFY(!window.isWindowModified());
    }

    // 8. Open the file in a new window: the gateway starts; deploy the stage through the dialog.
    MainWindow window;
    window.setPreferredPortOverride(0);
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    QSignalSpy compiled(&window, &MainWindow::projectCompiled);
    window.show();
    QVERIFY(window.openFile(file));
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 15'000);
    QTRY_VERIFY_WITH_TIMEOUT(window.gateway()->isRunning(), 15'000);
    QTRY_VERIFY_WITH_TIMEOUT(window.gateway()->identity() && !window.gateway()->identity()->issuer.isEmpty(), 10'000);
    QVERIFY(window.project()->api(u"orders"));
    QCOMPARE(responseTemplate(window), QStringLiteral("{\"orders\": [], \"caller\": \"$context.authorizer.claims.sub\"}"));
    QCOMPARE(window.undeployedStages(), QStringList{QStringLiteral("orders/dev")});
    window.deployAction()->trigger();
    auto *deploy = window.findChild<DeployDialog *>();
    QVERIFY(deploy);
    QCOMPARE(deploy->apiId(), QStringLiteral("orders"));
    QCOMPARE(deploy->stageName(), QStringLiteral("dev"));
    QTest::mouseClick(deploy->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(window.undeployedStages().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!window.isCompiling() && compiled.count() >= 1, 15'000);

    // 9. The Test dock: no token, a token from the local identity provider, and a browser's preflight.
    TestPanel *panel = window.testPanel();
    window.testDock()->show();
    QVERIFY(panel->setTargetFromKey(QStringLiteral("method:orders:/orders:GET")));
    QCOMPARE(panel->stageCombo()->currentData().toString(), QStringLiteral("dev"));
    panel->identityCombo()->setCurrentIndex(panel->identityCombo()->findData(int(TestIdentity::Kind::None)));
    QVERIFY(sendAndWait(panel));
    QCOMPARE(panel->status(), 401);
    QVERIFY2(panel->responseBody().contains("Unauthorized"), panel->responseBody().constData());

    panel->identityCombo()->setCurrentIndex(panel->identityCombo()->findData(int(TestIdentity::Kind::BearerToken)));
    QVERIFY2(sendAndWait(panel), qPrintable(panel->statusLabel()->text()));
    QCOMPARE(panel->status(), 200);
    QVERIFY2(panel->responseBody().startsWith("{\"orders\": [], \"caller\": \""), panel->responseBody().constData());
    QVERIFY2(!panel->responseBody().contains("\"caller\": \"\""), panel->responseBody().constData()); // the token's sub
    QVERIFY(panel->record() && panel->record()->authorizer);
    QCOMPARE(panel->record()->authorizer->decision, QStringLiteral("allow"));

    panel->identityCombo()->setCurrentIndex(panel->identityCombo()->findData(int(TestIdentity::Kind::None)));
    panel->methodCombo()->setCurrentText(QStringLiteral("OPTIONS"));
    QTableWidget *headers = panel->headersTable();
    const QList<QPair<QString, QString>> preflight = {{QStringLiteral("Origin"), QStringLiteral("http://localhost:3000")},
                                                      {QStringLiteral("Access-Control-Request-Method"), QStringLiteral("GET")},
                                                      {QStringLiteral("Access-Control-Request-Headers"), QStringLiteral("authorization")}};
    for (const auto &h : preflight) {
        const int row = headers->rowCount();
        headers->insertRow(row);
        headers->setItem(row, 0, new QTableWidgetItem(h.first));
        headers->setItem(row, 1, new QTableWidgetItem(h.second));
    }
    QVERIFY2(sendAndWait(panel), qPrintable(panel->statusLabel()->text()));
    QCOMPARE(panel->status(), 200);
    QVERIFY(panel->record());
    QCOMPARE(panel->record()->responseHeaders.value("access-control-allow-origin"), QByteArray("http://localhost:3000"));
    QVERIFY(panel->record()->responseHeaders.value("access-control-allow-methods").contains("GET"));
}

QTEST_MAIN(tst_DesignerFlow)
#include "tst_designerflow.moc"
