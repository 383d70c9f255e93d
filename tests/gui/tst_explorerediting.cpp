// SPDX-License-Identifier: GPL-3.0-or-later
// Building an API from nothing through the Explorer and the New API wizard, with the real window, actions and
// shortcuts: every step is one undo step, and the result is saved and opened again.

#include "explorerpanel.h"
#include "mainwindow.h"
#include "newapiwizard.h"
#include "projectdocument.h"
#include "testsupport.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItem>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace gw;
using namespace gw::ui;

namespace {

const char tinyOpenApi[] = R"(openapi: 3.0.1
info:
  title: Inventory
  version: "1"
paths:
  /items:
    get:
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates:
          application/json: '{"statusCode": 200}'
        responses:
          default:
            statusCode: "200"
)";

QStringList paths(const MainWindow &window, const QString &apiId)
{
    QStringList out;
    if (const model::Api *api = window.project() ? window.project()->api(apiId) : nullptr) {
        for (const model::PathItem &p : api->definition.paths)
            out.append(p.path);
    }
    return out;
}

/// Answers the Explorer's questions from a queue, and remembers them.
struct Answers
{
    QList<std::optional<QString>> queue;
    QList<ExplorerPanel::NamePrompt> asked;
    QStringList confirmations;
    bool confirm = true;

    void install(ExplorerPanel *explorer)
    {
        explorer->setNameAsker([this](const ExplorerPanel::NamePrompt &prompt) -> std::optional<QString> {
            asked.append(prompt);
            return queue.isEmpty() ? std::nullopt : queue.takeFirst();
        });
        explorer->setConfirmer([this](const QString &, const QString &question) {
            confirmations.append(question);
            return confirm;
        });
    }
};

} // namespace

class tst_ExplorerEditing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup() { QSettings().clear(); }
    void buildAnApiFromNothing();
    void folders_listEveryKind();
    void wizard_exampleAndImport();
    void dropOnAnOpenProject_offersImport();

private:
    QTemporaryDir m_settingsDir;
};

void tst_ExplorerEditing::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_explorerediting"));
    qputenv("GATEHOUSE_RECOVERY_DIR", QDir(m_settingsDir.path()).filePath(QStringLiteral("recovery")).toUtf8());
}

void tst_ExplorerEditing::buildAnApiFromNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    window.setAutoStart(false);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ExplorerPanel *explorer = window.explorer();
    QTreeView *view = explorer->view();
    QUndoStack *undo = window.document()->undoStack();
    Answers answers;
    answers.install(explorer);

    // File ▸ New API with no project open: a blank REST API in a new, unsaved project.
    QCOMPARE(window.newApiAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    NewApiWizard *wizard = window.showNewApiWizard();
    QVERIFY(wizard);
    wizard->setProtocol(model::Protocol::Rest);
    wizard->setSource(NewApiWizard::Source::Blank);
    QVERIFY(!wizard->buttons()->button(QDialogButtonBox::Ok)->isEnabled()); // no title yet
    wizard->idEdit()->setText(QStringLiteral("Bad Id"));
    QVERIFY2(wizard->statusText().contains(QLatin1String("lower-case")), qPrintable(wizard->statusText()));
    wizard->idEdit()->clear();
    wizard->titleEdit()->setText(QStringLiteral("Orders"));
    QVERIFY(wizard->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::mouseClick(wizard->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(window.project());
    QVERIFY(window.project()->api(u"orders"));
    QCOMPARE(window.project()->api(u"orders")->stages.first().name, QStringLiteral("dev"));
    QVERIFY(window.windowTitle().contains(QLatin1String("Untitled")));
    QVERIFY(explorer->itemForKey(QStringLiteral("api:orders")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isCompiling(), 15'000);
    QTRY_VERIFY(!window.findChild<NewApiWizard *>()); // closed and gone
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // Add a resource from the Resources folder with the Insert key.
    QVERIFY(explorer->selectKey(QStringLiteral("resources:orders")));
    view->setFocus();
    QVERIFY(explorer->newItemAction()->isEnabled());
    QCOMPARE(explorer->newItemAction()->text(), QStringLiteral("&Add Resource…"));
    answers.queue = {QStringLiteral("orders")};
    QTest::keyClick(view, Qt::Key_Insert);
    QCOMPARE(answers.asked.size(), 1);
    QVERIFY(answers.asked.last().check(QStringLiteral("a/b")).contains(QLatin1String("'/'")));
    QVERIFY(answers.asked.last().check(QStringLiteral("orders")).isEmpty());
    QCOMPARE(paths(window, QStringLiteral("orders")), QStringList{QStringLiteral("/orders")});
    QCOMPARE(view->currentIndex().data(ExplorerPanel::KeyRole).toString(), QStringLiteral("resource:orders:/orders"));
    QCOMPARE(undo->count(), 1);
    QCOMPARE(undo->undoText(), QStringLiteral("Add resource /orders"));
    window.undoAction()->trigger();
    QVERIFY(paths(window, QStringLiteral("orders")).isEmpty());
    QVERIFY(!explorer->itemForKey(QStringLiteral("resource:orders:/orders")));
    window.redoAction()->trigger();
    QCOMPARE(paths(window, QStringLiteral("orders")), QStringList{QStringLiteral("/orders")});

    // Add a method (Ctrl+M): a choice of the methods it lacks; it gets a MOCK integration.
    QVERIFY(explorer->selectKey(QStringLiteral("resource:orders:/orders")));
    view->setFocus();
    QVERIFY(explorer->newMethodAction()->isEnabled());
    answers.queue = {QStringLiteral("GET")};
    QTest::keyClick(view, Qt::Key_M, Qt::ControlModifier);
    QVERIFY(answers.asked.last().choices.contains(QStringLiteral("GET")));
    const model::Operation *get = window.project()->api(u"orders")->definition.path(u"/orders")->operation(u"GET");
    QVERIFY(get && get->integration && get->integration->type == model::IntegrationType::Mock);
    QCOMPARE(view->currentIndex().data(ExplorerPanel::KeyRole).toString(), QStringLiteral("method:orders:/orders:GET"));
    QCOMPARE(undo->undoText(), QStringLiteral("Add method GET /orders"));
    window.undoAction()->trigger();
    QVERIFY(!window.project()->api(u"orders")->definition.path(u"/orders")->operation(u"GET"));
    window.redoAction()->trigger();
    QVERIFY(window.project()->api(u"orders")->definition.path(u"/orders")->operation(u"GET"));

    // A child resource with a path variable, through the Edit menu's action on the resource.
    QVERIFY(explorer->selectKey(QStringLiteral("resource:orders:/orders")));
    answers.queue = {QStringLiteral("{orderId}")};
    explorer->newItemAction()->trigger();
    QCOMPARE(paths(window, QStringLiteral("orders")),
             (QStringList{QStringLiteral("/orders"), QStringLiteral("/orders/{orderId}")}));

    // Rename /orders (F2): the sub-resource moves with it.
    QVERIFY(explorer->selectKey(QStringLiteral("resource:orders:/orders")));
    view->setFocus();
    answers.queue = {QStringLiteral("purchases")};
    QTest::keyClick(view, Qt::Key_F2);
    QCOMPARE(answers.asked.last().text, QStringLiteral("orders"));
    QCOMPARE(paths(window, QStringLiteral("orders")),
             (QStringList{QStringLiteral("/purchases"), QStringLiteral("/purchases/{orderId}")}));
    QCOMPARE(view->currentIndex().data(ExplorerPanel::KeyRole).toString(), QStringLiteral("resource:orders:/purchases"));
    QCOMPARE(undo->undoText(), QStringLiteral("Rename resource /orders to /purchases"));
    window.undoAction()->trigger();
    QCOMPARE(paths(window, QStringLiteral("orders")),
             (QStringList{QStringLiteral("/orders"), QStringLiteral("/orders/{orderId}")}));
    window.redoAction()->trigger();

    // Duplicate (Ctrl+D).
    QVERIFY(explorer->selectKey(QStringLiteral("resource:orders:/purchases")));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(paths(window, QStringLiteral("orders")),
             (QStringList{QStringLiteral("/purchases"), QStringLiteral("/purchases/{orderId}"),
                          QStringLiteral("/purchases-copy"), QStringLiteral("/purchases-copy/{orderId}")}));
    QCOMPARE(view->currentIndex().data(ExplorerPanel::KeyRole).toString(),
             QStringLiteral("resource:orders:/purchases-copy"));
    window.undoAction()->trigger();
    QCOMPARE(paths(window, QStringLiteral("orders")).size(), 2);
    window.redoAction()->trigger();
    QCOMPARE(paths(window, QStringLiteral("orders")).size(), 4);

    // Delete (Delete key) asks first, naming what goes with it; No keeps everything.
    QVERIFY(explorer->selectKey(QStringLiteral("resource:orders:/purchases-copy")));
    view->setFocus();
    answers.confirm = false;
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(answers.confirmations.last(),
             QStringLiteral("Delete /purchases-copy and its 1 method and 1 sub-resource?"));
    QCOMPARE(paths(window, QStringLiteral("orders")).size(), 4);
    answers.confirm = true;
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(paths(window, QStringLiteral("orders")),
             (QStringList{QStringLiteral("/purchases"), QStringLiteral("/purchases/{orderId}")}));
    QCOMPARE(undo->undoText(), QStringLiteral("Delete resource /purchases-copy"));
    window.undoAction()->trigger();
    QCOMPARE(paths(window, QStringLiteral("orders")).size(), 4);
    window.redoAction()->trigger();
    QCOMPARE(paths(window, QStringLiteral("orders")).size(), 2);

    // A refused edit changes nothing and says why.
    QSignalSpy reported(explorer, &ExplorerPanel::editReported);
    const int steps = undo->count();
    QVERIFY(!explorer->add(ExplorerPanel::AddKind::Method, QStringLiteral("orders"), QStringLiteral("/nowhere")));
    QCOMPARE(undo->count(), steps);

    // A stage and a function from their folders' context menus.
    QVERIFY(explorer->selectKey(QStringLiteral("stages:orders")));
    answers.queue = {QStringLiteral("prod")};
    QMenu *menu = explorer->createContextMenu(view->currentIndex());
    QVERIFY(menu->actions().contains(explorer->newItemAction()));
    delete menu;
    explorer->newItemAction()->trigger();
    QVERIFY(window.project()->api(u"orders")->stage(u"prod"));
    QVERIFY(explorer->itemForKey(QStringLiteral("stage:orders:prod")));
    QVERIFY(explorer->selectKey(QStringLiteral("functions:")));
    answers.queue = {QStringLiteral("pricing")};
    explorer->newItemAction()->trigger();
    QVERIFY(window.project()->function(u"pricing"));
    QVERIFY(explorer->itemForKey(QStringLiteral("function:pricing")));

    // Everything compiles; save, then open it again.
    QTRY_VERIFY_WITH_TIMEOUT(!window.isCompiling(), 15'000);
    const QString file = dir.filePath(QStringLiteral("orders.gatehouse.yaml"));
    window.setSavePathChooser([&](const QString &) { return file; });
    QVERIFY(window.save());
    QVERIFY(!window.isWindowModified());

    MainWindow reopened;
    reopened.setAutoStart(false);
    QSignalSpy opened(&reopened, &MainWindow::projectOpened);
    QVERIFY(reopened.openFile(file));
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 15'000);
    QCOMPARE(paths(reopened, QStringLiteral("orders")), paths(window, QStringLiteral("orders")));
    QVERIFY(reopened.project()->api(u"orders")->definition == window.project()->api(u"orders")->definition);
    QVERIFY(reopened.explorer()->itemForKey(QStringLiteral("method:orders:/purchases:GET")));
    QVERIFY(reopened.explorer()->itemForKey(QStringLiteral("resource:orders:/purchases/{orderId}")));
    QVERIFY(reopened.explorer()->itemForKey(QStringLiteral("function:pricing")));
    QVERIFY(reopened.explorer()->itemForKey(QStringLiteral("stage:orders:prod")));
}

void tst_ExplorerEditing::folders_listEveryKind()
{
    MainWindow window;
    window.setAutoStart(false);
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    QVERIFY(window.openFile(test::exampleProjectPath()));
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 15'000);
    ExplorerPanel *explorer = window.explorer();
    Answers answers;
    answers.install(explorer);
    for (const char *key : {"authorizers:petstore", "models:petstore", "validators:petstore", "gatewayresponses:petstore",
                            "integrations:storefront", "authorizers:storefront", "models:storefront", "functions:",
                            "usageplans:", "apikeys:", "function:orders"})
        QVERIFY2(explorer->itemForKey(QLatin1String(key)), key);
    QVERIFY(!explorer->itemForKey(QStringLiteral("validators:storefront"))); // REST only

    struct Step
    {
        QString folder;
        QList<std::optional<QString>> answers;
        QString made;
    };
    const QList<Step> steps = {
        {QStringLiteral("authorizers:petstore"), {QStringLiteral("Lambda TOKEN authorizer"), QStringLiteral("tokens")},
         QStringLiteral("authorizer:petstore:tokens")},
        {QStringLiteral("models:petstore"), {QStringLiteral("Pet")}, QStringLiteral("model:petstore:Pet")},
        {QStringLiteral("validators:petstore"), {QStringLiteral("Validate body")},
         QStringLiteral("validator:petstore:Validate body")},
        {QStringLiteral("gatewayresponses:petstore"), {QStringLiteral("DEFAULT_4XX")},
         QStringLiteral("gatewayresponse:petstore:DEFAULT_4XX")},
        {QStringLiteral("integrations:storefront"), {QStringLiteral("pricing")}, QStringLiteral("integration:storefront:pricing")},
        {QStringLiteral("authorizers:storefront"), {QStringLiteral("JWT authorizer"), QStringLiteral("jwt")},
         QStringLiteral("authorizer:storefront:jwt")},
        {QStringLiteral("usageplans:"), {QStringLiteral("basic")}, QStringLiteral("usageplan:basic")},
        {QStringLiteral("apikeys:"), {QStringLiteral("alice")}, QStringLiteral("apikey:alice")},
        {QStringLiteral("routes:storefront"), {QStringLiteral("GET /stock")}, QStringLiteral("route:storefront:GET /stock")},
    };
    QUndoStack *undo = window.document()->undoStack();
    for (const Step &step : steps) {
        QVERIFY2(explorer->selectKey(step.folder), qPrintable(step.folder));
        answers.queue = step.answers;
        const int before = undo->index();
        explorer->newItemAction()->trigger();
        QCOMPARE(undo->index(), before + 1); // one undo step, also when it asked twice
        QVERIFY2(explorer->itemForKey(step.made), qPrintable(step.made));
        QCOMPARE(explorer->view()->currentIndex().data(ExplorerPanel::KeyRole).toString(), step.made);
        // Rename and duplicate apply to what was made (routes, authorizers, ...), then undo both.
        if (explorer->duplicateAction()->isEnabled()) {
            explorer->duplicateAction()->trigger();
            QCOMPARE(undo->index(), before + 2);
            window.undoAction()->trigger();
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(!window.isCompiling(), 15'000);

    // Deleting a project-level item selects its folder.
    QVERIFY(explorer->selectKey(QStringLiteral("apikey:alice")));
    explorer->deleteAction()->trigger();
    QCOMPARE(answers.confirmations.last(), QStringLiteral("Delete API key alice? Clients that send it are refused."));
    QVERIFY(!explorer->itemForKey(QStringLiteral("apikey:alice")));
    QCOMPARE(explorer->view()->currentIndex().data(ExplorerPanel::KeyRole).toString(), QStringLiteral("apikeys:"));
    // Nothing to rename on a folder.
    QVERIFY(!explorer->renameAction()->isEnabled());
}

void tst_ExplorerEditing::wizard_exampleAndImport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    window.setAutoStart(false);
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    const QString file = dir.filePath(QStringLiteral("inventory.yaml"));
    QVERIFY(test::writeFile(file, tinyOpenApi));
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(test::writeFile(broken, R"({"openapi": "3.0.1", "paths": {"/a": {"get": {"x-amazon-apigateway-integration": {"type": "lambda"}}}}})"));
    QVERIFY(window.openFile(file));
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 15'000);
    QUndoStack *undo = window.document()->undoStack();

    // From an example: the HTTP API of the bundled PetStore project, with the function it calls.
    NewApiWizard *wizard = window.showNewApiWizard();
    QSignalSpy examples(wizard, &NewApiWizard::examplesLoaded);
    QTRY_COMPARE_WITH_TIMEOUT(examples.count(), 1, 15'000);
    wizard->setProtocol(model::Protocol::Http);
    QVERIFY2(wizard->selectExample(QStringLiteral("storefront")), qPrintable(wizard->exampleLabels().join(u',')));
    QVERIFY(!wizard->selectExample(QStringLiteral("petstore"))); // a REST example is not offered for HTTP
    wizard->accept();
    QVERIFY(window.project()->api(u"storefront"));
    QVERIFY(window.project()->function(u"orders"));
    QVERIFY(QDir::isAbsolutePath(window.project()->function(u"orders")->code)); // still names the example's code
    QCOMPARE(undo->undoText(), QStringLiteral("Add API storefront"));
    window.undoAction()->trigger();
    QVERIFY(!window.project()->api(u"storefront"));
    QVERIFY(!window.project()->function(u"orders"));
    window.redoAction()->trigger();
    QVERIFY(window.project()->api(u"storefront"));

    // Importing a document that AWS would refuse keeps the wizard open and says why.
    wizard = window.showNewApiWizard(broken);
    QCOMPARE(wizard->source(), NewApiWizard::Source::File);
    QSignalSpy failed(wizard, &NewApiWizard::importFailed);
    const int steps = undo->count();
    wizard->accept();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15'000);
    QVERIFY2(wizard->statusText().contains(QLatin1String("aws_proxy")), qPrintable(wizard->statusText()));
    QVERIFY(wizard->isVisible());
    QCOMPARE(undo->count(), steps);
    wizard->reject();

    // The same document again: its id is taken, so the import gets a free one beside it.
    wizard = window.showNewApiWizard(file);
    QSignalSpy ready(wizard, &NewApiWizard::apiReady);
    wizard->accept();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 15'000);
    QCOMPARE(window.project()->apis.size(), 3);
    QVERIFY(window.project()->api(u"inventory-2"));
    QVERIFY(window.project()->api(u"inventory-2")->definition.path(u"/items"));
    QVERIFY(window.explorer()->itemForKey(QStringLiteral("method:inventory-2:/items:GET")));
    QCOMPARE(window.explorer()->view()->currentIndex().data(ExplorerPanel::KeyRole).toString(),
             QStringLiteral("api:inventory-2"));
}

void tst_ExplorerEditing::dropOnAnOpenProject_offersImport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("inventory.yaml"));
    QVERIFY(test::writeFile(file, tinyOpenApi));
    MainWindow window;
    window.setAutoStart(false);
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    QVERIFY(window.openFile(test::exampleProjectPath()));
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 15'000);

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    // QApplication routes drops only during a real drag; the window's own event handler is what a drop reaches.
    static_cast<QObject *>(&window)->event(&drop);
    QVERIFY(drop.isAccepted());
    NewApiWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = window.findChild<NewApiWizard *>()) != nullptr);
    QCOMPARE(wizard->source(), NewApiWizard::Source::File);
    QCOMPARE(wizard->file(), QFileInfo(file).absoluteFilePath());
    QSignalSpy ready(wizard, &NewApiWizard::apiReady);
    wizard->accept();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 15'000);
    QVERIFY(window.project()->api(u"inventory"));
    QCOMPARE(window.project()->apis.size(), 3); // added to the open project, not opened instead of it
    QCOMPARE(window.currentFile(), QFileInfo(test::exampleProjectPath()).absoluteFilePath());
}

QTEST_MAIN(tst_ExplorerEditing)
#include "tst_explorerediting.moc"
