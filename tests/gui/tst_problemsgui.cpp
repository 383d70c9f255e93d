// SPDX-License-Identifier: GPL-3.0-or-later
// The Problems dock follows edits: a method that loses its integration is listed with its place, activating the
// entry opens the method's editor and selects it in the Explorer, fixing the method removes the entry. The deploy
// dialog lists what changed since the stage's deployment.
#include "deploydialog.h"
#include "editorarea.h"
#include "editorsupport.h"
#include "explorerpanel.h"
#include "mainwindow.h"
#include "methodeditor.h"
#include "problemspanel.h"
#include "projectdocument.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace gw;
using namespace gw::ui;

namespace {

/// The Problems entry that names `place`, or null.
QTreeWidgetItem *entryFor(ProblemsPanel *panel, const QString &place)
{
    QTreeWidget *view = panel->view();
    for (int i = 0; i < view->topLevelItemCount(); ++i) {
        if (ProblemsPanel::placeOf(view->topLevelItem(i)) == place)
            return view->topLevelItem(i);
    }
    return nullptr;
}

model::Operation *operation(model::Project &project, const QString &apiId, const QString &path, const QString &method)
{
    model::Api *api = editing::findApi(project, apiId);
    return api ? editing::findOperation(*api, path, method) : nullptr;
}

} // namespace

class tst_ProblemsGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void problemOpensItsPlace();
    void corsTrapOpensItsPlace();
    void deployDialogListsChanges();

private:
    bool openExample(MainWindow &window);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
};

void tst_ProblemsGui::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QVERIFY(m_dir.isValid());
    gw::test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_problemsgui"));
}

void tst_ProblemsGui::cleanup()
{
    QSettings().clear();
}

bool tst_ProblemsGui::openExample(MainWindow &window)
{
    const QString path = m_dir.filePath(QStringLiteral("petstore.gatehouse.yaml"));
    QFile::remove(path);
    if (!gw::test::writeFile(path, gw::test::readAll(gw::test::exampleProjectPath())))
        return false;
    window.setAutoStart(false);
    window.setUnsavedChangesPrompt([](const QString &) { return QMessageBox::Discard; });
    window.resize(1400, 900);
    window.show();
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    window.openFile(path);
    return opened.wait(15'000);
}

void tst_ProblemsGui::problemOpensItsPlace()
{
    MainWindow window;
    QVERIFY(openExample(window));
    const QString place = QStringLiteral("method:petstore:/pets:POST");
    ProblemsPanel *panel = window.problems();
    QVERIFY(!entryFor(panel, place));

    // The method loses its integration: the problem appears once the edit is compiled (off the GUI thread).
    model::Project after = window.document()->project();
    model::Operation *op = operation(after, QStringLiteral("petstore"), QStringLiteral("/pets"), QStringLiteral("POST"));
    QVERIFY(op && op->integration);
    const model::Integration kept = *op->integration;
    op->integration.reset();
    window.document()->edit(QStringLiteral("Remove the integration"), after);
    QTRY_VERIFY_WITH_TIMEOUT(entryFor(panel, place), 10'000);
    QTreeWidgetItem *entry = entryFor(panel, place);
    QCOMPARE(entry->text(0), QStringLiteral("Error"));
    QVERIFY2(entry->text(1).contains(QStringLiteral("POST /pets")), qPrintable(entry->text(1)));
    QVERIFY2(entry->text(2).contains(QStringLiteral("has no integration")), qPrintable(entry->text(2)));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("ProblemsDock"));
    QVERIFY(dock);
    QVERIFY2(dock->windowTitle().contains(QLatin1Char('(')), qPrintable(dock->windowTitle()));

    // Enter on the entry opens the method: its Explorer item is selected and its editor shown.
    QVERIFY(window.explorer()->selectKey(QStringLiteral("api:petstore")));
    QVERIFY(window.editorArea()->showsOverview());
    panel->view()->setFocus();
    panel->view()->setCurrentItem(entry);
    QTest::keyClick(panel->view(), Qt::Key_Return);
    QCOMPARE(window.editorArea()->key(), place);
    QCOMPARE(window.editorArea()->currentWidget(), window.editorArea()->methodEditor());
    QCOMPARE(window.explorer()->view()->currentIndex().data(ExplorerPanel::KeyRole).toString(), place);

    // A double-click does the same.
    QVERIFY(window.explorer()->selectKey(QStringLiteral("api:petstore")));
    QVERIFY(window.editorArea()->showsOverview());
    dock->show();
    dock->raise();
    QTRY_VERIFY(panel->view()->isVisible());
    entry = entryFor(panel, place);
    panel->view()->scrollToItem(entry);
    const QRect rect = panel->view()->visualItemRect(entry);
    QVERIFY(rect.isValid());
    // The widget overload of mouseDClick sends the double-click event alone: a click comes first, as with a mouse.
    QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(panel->view()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(window.editorArea()->key(), place);
    QCOMPARE(window.editorArea()->currentWidget(), window.editorArea()->methodEditor());

    // Fixing the method removes the problem.
    model::Project fixed = window.document()->project();
    operation(fixed, QStringLiteral("petstore"), QStringLiteral("/pets"), QStringLiteral("POST"))->integration = kept;
    window.document()->edit(QStringLiteral("Restore the integration"), fixed);
    QTRY_VERIFY_WITH_TIMEOUT(!entryFor(panel, place), 10'000);
    // Undo brings it back, redo removes it again.
    window.document()->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(entryFor(panel, place), 10'000);
    window.document()->undoStack()->redo();
    QTRY_VERIFY_WITH_TIMEOUT(!entryFor(panel, place), 10'000);
}

void tst_ProblemsGui::corsTrapOpensItsPlace()
{
    MainWindow window;
    QVERIFY(openExample(window));
    // An OPTIONS method makes GET /pets a CORS trap: its own response has no Access-Control-Allow-Origin.
    model::Project after = window.document()->project();
    model::PathItem *pets = nullptr;
    for (model::PathItem &pi : editing::findApi(after, u"petstore")->definition.paths) {
        if (pi.path == QLatin1String("/pets"))
            pets = &pi;
    }
    QVERIFY(pets);
    model::Operation options = pets->operations.first();
    options.method = QStringLiteral("OPTIONS");
    model::IntegrationResponse &response = options.integration->responses.first();
    response.responseParameters = {{QStringLiteral("method.response.header.Access-Control-Allow-Origin"), QStringLiteral("'*'")},
                                   {QStringLiteral("method.response.header.Access-Control-Allow-Methods"), QStringLiteral("'GET,POST'")}};
    pets->operations.append(options);
    window.document()->edit(QStringLiteral("Add OPTIONS"), after);
    ProblemsPanel *panel = window.problems();
    QTreeWidgetItem *trap = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        for (int i = 0; i < panel->view()->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = panel->view()->topLevelItem(i);
            if (item->text(1) == QStringLiteral("petstore · GET /pets") && item->text(2).startsWith(QStringLiteral("CORS")))
                trap = item;
        }
        return trap != nullptr;
    }(), 10'000);
    QVERIFY(panel->open(trap));
    QCOMPARE(window.editorArea()->key(), QStringLiteral("method:petstore:/pets:GET"));
    QCOMPARE(window.explorer()->view()->currentIndex().data(ExplorerPanel::KeyRole).toString(),
             QStringLiteral("method:petstore:/pets:GET"));
}

void tst_ProblemsGui::deployDialogListsChanges()
{
    MainWindow window;
    QVERIFY(openExample(window));

    // Nothing changed since the example's deployment.
    DeployDialog *dialog = window.showDeployDialog(QStringLiteral("petstore"), QStringLiteral("prod"));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->changesSummary().startsWith(QStringLiteral("No changes since deployment d4a7c1")),
                             5'000);
    QCOMPARE(dialog->changes(), QStringList());
    dialog->reject();

    // A changed method and a removed one.
    model::Project after = window.document()->project();
    model::Operation *get = operation(after, QStringLiteral("petstore"), QStringLiteral("/pets"), QStringLiteral("GET"));
    get->integration->requestTemplates = {{QStringLiteral("application/json"), QStringLiteral("{\"statusCode\": 201}")}};
    model::Api *api = editing::findApi(after, u"petstore");
    for (model::PathItem &pi : api->definition.paths) {
        if (pi.path == QLatin1String("/pets/{petId}"))
            pi.operations.removeLast(); // DELETE
    }
    model::Stage dev;
    dev.name = QStringLiteral("dev");
    api->stages.append(dev);
    window.document()->edit(QStringLiteral("Edit the API"), after);

    dialog = window.showDeployDialog(QStringLiteral("petstore"), QStringLiteral("prod"));
    QSignalSpy listed(dialog, &DeployDialog::changesListed);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->changes().isEmpty(), 5'000);
    QCOMPARE(dialog->changes(), (QStringList{QStringLiteral("Changed GET /pets: integration request templates"),
                                             QStringLiteral("Removed DELETE /pets/{petId}")}));
    // "2 changes" once translated; "2 change(s)" with no translation loaded.
    QVERIFY2(dialog->changesSummary().startsWith(QStringLiteral("2 change"))
                 && dialog->changesSummary().contains(QStringLiteral("since deployment d4a7c1 of ")),
             qPrintable(dialog->changesSummary()));

    // A stage without deployment: everything is new.
    dialog->stageCombo()->setCurrentIndex(dialog->stageCombo()->findData(QStringLiteral("dev")));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->changesSummary(), QStringLiteral("Not deployed yet: everything is new."), 5'000);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->changes().contains(QStringLiteral("Added GET /pets")), 5'000);

    // Deploying prod: the dialog then says it is up to date.
    dialog->stageCombo()->setCurrentIndex(dialog->stageCombo()->findData(QStringLiteral("prod")));
    dialog->accept();
    dialog = window.showDeployDialog(QStringLiteral("petstore"), QStringLiteral("prod"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->changesSummary().startsWith(QStringLiteral("No changes since deployment")), 5'000);
    QVERIFY(!dialog->changesSummary().contains(QStringLiteral("d4a7c1")));
    dialog->reject();
}

QTEST_MAIN(tst_ProblemsGui)
#include "tst_problemsgui.moc"
