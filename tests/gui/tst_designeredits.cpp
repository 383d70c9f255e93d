// SPDX-License-Identifier: GPL-3.0-or-later
// The remaining designer edits through the real window: an HTTP API's CORS editor (with AWS's refusals, the traps
// under the form and Remove CORS), changing a REST method's verb (F2), duplicating a method to another verb or
// resource (Ctrl+D and its dialog), renaming an API (F2), and an integration's credentials, content handling and VPC
// link; each edit checked in the model, undone and redone, saved, read back, compiled and exported.
#include "corseditor.h"
#include "editorarea.h"
#include "engine/compiler.h"
#include "explorerpanel.h"
#include "integrationeditor.h"
#include "io/apiexport.h"
#include "io/projectfile.h"
#include "mainwindow.h"
#include "methodeditor.h"
#include "overviewpage.h"
#include "projectdocument.h"
#include "projectedits.h"
#include "routeeditor.h"
#include "guitestsupport.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItem>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace gw;
using namespace gw::ui;

namespace {

using gw::test::choose;
using gw::test::retype;

/// Replaces the text of `edit` as pasting does: one change.
void paste(QLineEdit *edit, const QString &text)
{
    QApplication::clipboard()->setText(text);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
}

const model::Operation *operation(const model::Project &project, const QString &apiId, const QString &path,
                                  const QString &method)
{
    const model::Api *api = project.api(apiId);
    const model::PathItem *item = api ? api->definition.path(path) : nullptr;
    return item ? item->operation(method) : nullptr;
}

/// The `x-amazon-apigateway-integration` the OpenAPI export writes for `method` `path`.
doc::Node exportedIntegration(const model::Project &project, const QString &apiId, const QString &path,
                              const QString &method)
{
    QStringList warnings;
    const doc::Node document = io::exportOpenApi30(project, *project.api(apiId), &warnings);
    const QString key = method == QLatin1String("ANY") ? QStringLiteral("x-amazon-apigateway-any-method")
                                                       : method.toLower();
    return document[u"paths"][path][key][u"x-amazon-apigateway-integration"];
}

} // namespace

class tst_DesignerEdits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup() { QSettings().clear(); }
    void corsEditor();
    void methodVerbAndDuplicate();
    void apiRename();
    void integrationCredentialsContentAndVpcLink();

private:
    bool openExample(MainWindow &window);
    bool select(MainWindow &window, const QString &key);
    std::optional<model::Project> saveAndReopen(MainWindow &window);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
};

void tst_DesignerEdits::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QVERIFY(m_dir.isValid());
    gw::test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_designeredits"));
    qputenv("GATEHOUSE_RECOVERY_DIR", QDir(m_settingsDir.path()).filePath(QStringLiteral("recovery")).toUtf8());
}

bool tst_DesignerEdits::openExample(MainWindow &window)
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

bool tst_DesignerEdits::select(MainWindow &window, const QString &key)
{
    return window.explorer()->selectKey(key) && window.editorArea()->key() == key;
}

std::optional<model::Project> tst_DesignerEdits::saveAndReopen(MainWindow &window)
{
    const QString path = m_dir.filePath(QStringLiteral("saved.gatehouse.yaml"));
    QString error;
    if (!window.document()->saveTo(path, &error)) {
        qWarning() << error;
        return std::nullopt;
    }
    io::ProjectLoad load = io::loadProject(path);
    for (const io::Diagnostic &d : load.diagnostics) {
        if (d.severity == io::Diagnostic::Severity::Error)
            qWarning() << d.message;
    }
    return load.project;
}

void tst_DesignerEdits::corsEditor()
{
    MainWindow window;
    QVERIFY(openExample(window));
    ExplorerPanel *explorer = window.explorer();
    QUndoStack *undo = window.document()->undoStack();
    auto cors = [&window] { return ProjectEdits::corsConfiguration(window.document()->project(), QStringLiteral("storefront")); };

    // The overview links to it.
    QVERIFY(explorer->selectKey(QStringLiteral("api:petstore")));
    QVERIFY(window.editorArea()->showsOverview());
    OverviewPage *overview = window.editorArea()->overview();
    QTRY_VERIFY(overview->toPlainText().contains(QStringLiteral("CORS: not configured. Configure CORS…")));
    Q_EMIT overview->browser()->anchorClicked(QUrl(QStringLiteral("cors:storefront")));
    QCOMPARE(window.editorArea()->key(), QStringLiteral("cors:storefront"));
    QVERIFY(explorer->selectKey(QStringLiteral("api:petstore")));

    // The HTTP API's context menu opens the editor; REST APIs have no such item.
    QVERIFY(!explorer->itemForKey(QStringLiteral("cors:petstore")));
    QStandardItem *apiItem = explorer->itemForKey(QStringLiteral("api:storefront"));
    QVERIFY(apiItem);
    QMenu *menu = explorer->createContextMenu(apiItem->index());
    QAction *open = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->text() == QStringLiteral("&CORS…"))
            open = a;
    }
    QVERIFY(open);
    open->trigger();
    delete menu;
    QCOMPARE(explorer->view()->currentIndex().data(ExplorerPanel::KeyRole).toString(), QStringLiteral("cors:storefront"));
    QCOMPARE(window.editorArea()->key(), QStringLiteral("cors:storefront"));
    CorsEditor *editor = window.editorArea()->corsEditor();
    QCOMPARE(window.editorArea()->currentWidget(), editor);
    QVERIFY(editor->statusLabel()->text().contains(QLatin1String("no CORS configuration")));
    QVERIFY(!editor->removeButton()->isEnabled());
    QVERIFY(!explorer->deleteAction()->isEnabled()); // nothing to delete yet

    // Typing the origins creates the configuration, in one undo step.
    const int start = undo->index();
    retype(editor->originsEdit(), QStringLiteral("https://shop.example.com, http://localhost:3000"));
    QVERIFY(cors());
    QCOMPARE(cors()->allowOrigins,
             (QStringList{QStringLiteral("https://shop.example.com"), QStringLiteral("http://localhost:3000")}));
    QCOMPARE(undo->index(), start + 1);
    QCOMPARE(undo->undoText(), QStringLiteral("Set allowed origins of CORS of storefront"));
    QVERIFY(editor->removeButton()->isEnabled());
    QVERIFY(explorer->itemForKey(QStringLiteral("cors:storefront"))->text() == QLatin1String("CORS"));
    retype(editor->methodsEdit(), QStringLiteral("get, post"));
    QCOMPARE(cors()->allowMethods, (QStringList{QStringLiteral("GET"), QStringLiteral("POST")}));
    retype(editor->headersEdit(), QStringLiteral("content-type"));
    retype(editor->exposeEdit(), QStringLiteral("x-request-id"));
    retype(editor->maxAgeEdit(), QStringLiteral("600"));
    QCOMPARE(cors()->maxAge, std::optional<int>(600));
    QCOMPARE(cors()->exposeHeaders, QStringList{QStringLiteral("x-request-id")});
    QTest::mouseClick(editor->credentialsCheck(), Qt::LeftButton);
    QVERIFY(cors()->allowCredentials);
    QCOMPARE(undo->index(), start + 6);

    // What AWS refuses is not written, and the field says why.
    paste(editor->originsEdit(), QStringLiteral("*"));
    QCOMPARE(editor->originsEdit()->text(), QStringLiteral("*"));
    QVERIFY(editor->errorLabel(CorsEditor::OriginsField)->isVisible());
    QVERIFY2(editor->errorLabel(CorsEditor::OriginsField)->text().contains(QLatin1String("allow-credentials is not supported")),
             qPrintable(editor->errorLabel(CorsEditor::OriginsField)->text()));
    QCOMPARE(cors()->allowOrigins.size(), 2);
    paste(editor->maxAgeEdit(), QStringLiteral("90000"));
    QVERIFY(editor->errorLabel(CorsEditor::MaxAgeField)->text().contains(QLatin1String("86400")));
    QCOMPARE(cors()->maxAge, std::optional<int>(600));
    paste(editor->methodsEdit(), QStringLiteral("GET POST"));
    QVERIFY(editor->errorLabel(CorsEditor::MethodsField)->text().contains(QLatin1String("not an HTTP method")));
    QCOMPARE(undo->index(), start + 6);
    retype(editor->methodsEdit(), QStringLiteral("GET"));
    QVERIFY(!editor->errorLabel(CorsEditor::MethodsField)->isVisible());
    QCOMPARE(cors()->allowMethods, QStringList{QStringLiteral("GET")});

    // The API's traps show under the form: ANY /petstore/{proxy+} takes the preflights.
    QVERIFY2(editor->trapsText().contains(QLatin1String("ANY /petstore/{proxy+}")), qPrintable(editor->trapsText()));
    // An origin no browser sends is accepted (AWS does) but explained.
    retype(editor->originsEdit(), QStringLiteral("https://shop.example.com/"));
    QVERIFY(cors()->allowOrigins.contains(QStringLiteral("https://shop.example.com/")));
    QVERIFY2(editor->trapsText().contains(QLatin1String("trailing '/'")), qPrintable(editor->trapsText()));

    // Undo and redo go through the form.
    window.undoAction()->trigger();
    QCOMPARE(editor->originsEdit()->text(), QStringLiteral("https://shop.example.com, http://localhost:3000"));
    window.redoAction()->trigger();
    QCOMPARE(editor->originsEdit()->text(), QStringLiteral("https://shop.example.com/"));

    // Remove CORS, undo, and remove again through the Explorer's Delete.
    const int beforeRemove = undo->index();
    QTest::mouseClick(editor->removeButton(), Qt::LeftButton);
    QVERIFY(!cors());
    QCOMPARE(undo->undoText(), QStringLiteral("Remove CORS of storefront"));
    QVERIFY(editor->originsEdit()->text().isEmpty());
    QVERIFY(editor->trapsText().contains(QLatin1String("no CORS configuration")));
    window.undoAction()->trigger();
    QVERIFY(cors());
    QCOMPARE(undo->index(), beforeRemove);
    QVERIFY(explorer->selectKey(QStringLiteral("cors:storefront")));
    QVERIFY(explorer->deleteAction()->isEnabled());
    QStringList questions;
    explorer->setConfirmer([&questions](const QString &, const QString &question) {
        questions.append(question);
        return true;
    });
    explorer->deleteAction()->trigger();
    QCOMPARE(questions.size(), 1);
    QVERIFY(!cors());
    window.undoAction()->trigger();

    // It is saved, read back, compiled and exported.
    const std::optional<model::Project> reread = saveAndReopen(window);
    QVERIFY(reread);
    const std::optional<CorsConfig> saved = ProjectEdits::corsConfiguration(*reread, QStringLiteral("storefront"));
    QVERIFY(saved);
    QVERIFY(saved->allowCredentials);
    QCOMPARE(saved->maxAge, std::optional<int>(600));
    QStringList warnings;
    const doc::Node exported = io::exportOpenApi30(*reread, *reread->api(u"storefront"), &warnings);
    QCOMPARE(exported[u"x-amazon-apigateway-cors"][u"maxAge"].toString(), QStringLiteral("600"));
}

void tst_DesignerEdits::methodVerbAndDuplicate()
{
    MainWindow window;
    QVERIFY(openExample(window));
    ExplorerPanel *explorer = window.explorer();
    QTreeView *view = explorer->view();
    QUndoStack *undo = window.document()->undoStack();
    QList<ExplorerPanel::NamePrompt> asked;
    QList<std::optional<QString>> answers;
    explorer->setNameAsker([&](const ExplorerPanel::NamePrompt &prompt) -> std::optional<QString> {
        asked.append(prompt);
        return answers.isEmpty() ? std::nullopt : answers.takeFirst();
    });

    // F2 on a method: every verb is offered; one the resource has is refused with the reason.
    QVERIFY(select(window, QStringLiteral("method:petstore:/pets:GET")));
    view->setFocus();
    QVERIFY(explorer->renameAction()->isEnabled());
    QCOMPARE(explorer->renameAction()->text(), QStringLiteral("Re&name GET /pets…"));
    answers = {QStringLiteral("PUT")};
    QTest::keyClick(view, Qt::Key_F2);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.last().choices, ProjectEdits::httpMethods());
    QCOMPARE(asked.last().text, QStringLiteral("GET"));
    QCOMPARE(asked.last().check(QStringLiteral("POST")),
             QStringLiteral("/pets already has a POST method: delete or rename that one first."));
    QVERIFY(asked.last().check(QStringLiteral("PUT")).isEmpty());
    QVERIFY(operation(window.document()->project(), QStringLiteral("petstore"), QStringLiteral("/pets"), QStringLiteral("PUT")));
    QVERIFY(!operation(window.document()->project(), QStringLiteral("petstore"), QStringLiteral("/pets"), QStringLiteral("GET")));
    QCOMPARE(view->currentIndex().data(ExplorerPanel::KeyRole).toString(), QStringLiteral("method:petstore:/pets:PUT"));
    QCOMPARE(window.editorArea()->key(), QStringLiteral("method:petstore:/pets:PUT"));
    QCOMPARE(undo->undoText(), QStringLiteral("Change method GET /pets to PUT"));
    window.undoAction()->trigger();
    QVERIFY(operation(window.document()->project(), QStringLiteral("petstore"), QStringLiteral("/pets"), QStringLiteral("GET")));
    QVERIFY(explorer->itemForKey(QStringLiteral("method:petstore:/pets:GET")));
    window.redoAction()->trigger();
    QVERIFY(explorer->itemForKey(QStringLiteral("method:petstore:/pets:PUT")));

    // Ctrl+D on a method opens the copy dialog: the target resource and verb, checked as they are chosen.
    QVERIFY(select(window, QStringLiteral("method:petstore:/pets:POST")));
    view->setFocus();
    QString problemShown;
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialogSeen = true;
        QComboBox *resource = nullptr;
        QComboBox *method = nullptr;
        for (QComboBox *combo : dialog->findChildren<QComboBox *>()) {
            if (combo->accessibleName() == QLatin1String("Target resource"))
                resource = combo;
            else if (combo->accessibleName() == QLatin1String("Target method"))
                method = combo;
        }
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        if (!resource || !method || !buttons) {
            dialog->reject();
            return;
        }
        method->setCurrentText(QStringLiteral("PUT")); // the resource has it
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->accessibleName() == QLatin1String("Problem"))
                problemShown = label->text();
        }
        if (buttons->button(QDialogButtonBox::Ok)->isEnabled()) {
            dialog->reject();
            return;
        }
        resource->setCurrentText(QStringLiteral("/pets/{petId}"));
        method->setCurrentText(QStringLiteral("PUT"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
    QVERIFY(dialogSeen);
    QCOMPARE(problemShown, QStringLiteral("/pets already has a PUT method."));
    const model::Operation *copy = operation(window.document()->project(), QStringLiteral("petstore"),
                                             QStringLiteral("/pets/{petId}"), QStringLiteral("PUT"));
    QVERIFY(copy);
    QCOMPARE(copy->body[u"parameters"].items().front()[u"name"].toString(), QStringLiteral("petId"));
    QCOMPARE(undo->undoText(), QStringLiteral("Duplicate method POST /pets to PUT /pets/{petId}"));
    QCOMPARE(view->currentIndex().data(ExplorerPanel::KeyRole).toString(),
             QStringLiteral("method:petstore:/pets/{petId}:PUT"));
    window.undoAction()->trigger();
    QVERIFY(!operation(window.document()->project(), QStringLiteral("petstore"), QStringLiteral("/pets/{petId}"),
                       QStringLiteral("PUT")));
    window.redoAction()->trigger();
    QVERIFY(explorer->itemForKey(QStringLiteral("method:petstore:/pets/{petId}:PUT")));

    // The same through the asker tests use: to another verb of the same resource; cancelling changes nothing.
    QList<ExplorerPanel::MethodCopyPrompt> copyPrompts;
    std::optional<ExplorerPanel::MethodCopyTarget> target = ExplorerPanel::MethodCopyTarget{QStringLiteral("/pets"),
                                                                                            QStringLiteral("PATCH")};
    explorer->setMethodCopyAsker([&](const ExplorerPanel::MethodCopyPrompt &prompt) {
        copyPrompts.append(prompt);
        return target;
    });
    QVERIFY(select(window, QStringLiteral("method:petstore:/pets:PUT")));
    explorer->duplicateAction()->trigger();
    QCOMPARE(copyPrompts.last().resources,
             (QStringList{QStringLiteral("/"), QStringLiteral("/pets"), QStringLiteral("/pets/{petId}")}));
    QCOMPARE(copyPrompts.last().resource, QStringLiteral("/pets"));
    QCOMPARE(copyPrompts.last().method, QStringLiteral("GET")); // the first verb /pets lacks (GET became PUT)
    QVERIFY(operation(window.document()->project(), QStringLiteral("petstore"), QStringLiteral("/pets"), QStringLiteral("PATCH")));
    const int steps = undo->index();
    target.reset();
    explorer->duplicateAction()->trigger();
    QCOMPARE(undo->index(), steps);

    QTRY_VERIFY_WITH_TIMEOUT(!window.isCompiling(), 15'000);
    const std::optional<model::Project> reread = saveAndReopen(window);
    QVERIFY(reread);
    QVERIFY(reread->api(u"petstore")->definition == window.document()->project().api(u"petstore")->definition);
}

void tst_DesignerEdits::apiRename()
{
    MainWindow window;
    QVERIFY(openExample(window));
    ExplorerPanel *explorer = window.explorer();
    QTreeView *view = explorer->view();
    QList<ExplorerPanel::NamePrompt> asked;
    QList<std::optional<QString>> answers = {QStringLiteral("Pet Shop")};
    explorer->setNameAsker([&](const ExplorerPanel::NamePrompt &prompt) -> std::optional<QString> {
        asked.append(prompt);
        return answers.isEmpty() ? std::nullopt : answers.takeFirst();
    });
    QVERIFY(explorer->selectKey(QStringLiteral("api:petstore")));
    view->setFocus();
    QCOMPARE(explorer->renameAction()->text(), QStringLiteral("Re&name petstore…"));
    QTest::keyClick(view, Qt::Key_F2);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.last().text, QStringLiteral("PetStore"));
    QVERIFY(!asked.last().check(QString()).isEmpty());
    const model::Api *api = window.document()->project().api(u"petstore");
    QCOMPARE(api->definition.title(), QStringLiteral("Pet Shop"));
    QVERIFY(!hasUndeployedChanges(*api, api->stages.first())); // the name needs no deployment
    QVERIFY(explorer->itemForKey(QStringLiteral("api:petstore"))->text().startsWith(QLatin1String("Pet Shop (petstore)")));
    QCOMPARE(view->currentIndex().data(ExplorerPanel::KeyRole).toString(), QStringLiteral("api:petstore"));
    QCOMPARE(window.document()->undoStack()->undoText(), QStringLiteral("Rename API PetStore to Pet Shop"));
    window.undoAction()->trigger();
    QCOMPARE(window.document()->project().api(u"petstore")->definition.title(), QStringLiteral("PetStore"));
    window.redoAction()->trigger();
    const std::optional<model::Project> reread = saveAndReopen(window);
    QVERIFY(reread);
    QCOMPARE(reread->api(u"petstore")->definition.title(), QStringLiteral("Pet Shop"));
}

void tst_DesignerEdits::integrationCredentialsContentAndVpcLink()
{
    MainWindow window;
    QVERIFY(openExample(window));
    QUndoStack *undo = window.document()->undoStack();
    auto project = [&window]() -> const model::Project & { return window.document()->project(); };

    // Content handling, on a REST integration and on one of its responses.
    QVERIFY(select(window, QStringLiteral("method:petstore:/pets:GET")));
    MethodEditor *method = window.editorArea()->methodEditor();
    IntegrationEditor *integration = method->integrationEditor();
    QVERIFY(integration->contentHandlingCombo()->isVisibleTo(integration));
    QVERIFY(!integration->credentialsCombo()->isVisibleTo(integration)); // MOCK: no credentials
    QVERIFY(!integration->connectionTypeCombo()->isVisibleTo(integration));
    QCOMPARE(integration->contentHandlingCombo()->currentData().toString(), QString());
    QVERIFY(choose(integration->contentHandlingCombo(), QStringLiteral("CONVERT_TO_TEXT")));
    QCOMPARE(operation(project(), QStringLiteral("petstore"), QStringLiteral("/pets"), QStringLiteral("GET"))
                 ->integration->contentHandling,
             QStringLiteral("CONVERT_TO_TEXT"));
    QCOMPARE(undo->undoText(), QStringLiteral("Set content handling of GET /pets"));
    IntegrationResponsesEditor *responses = method->integrationResponses();
    QVERIFY(choose(responses->contentHandlingCombo(), QStringLiteral("CONVERT_TO_BINARY")));
    QCOMPARE(operation(project(), QStringLiteral("petstore"), QStringLiteral("/pets"), QStringLiteral("GET"))
                 ->integration->responses.first()
                 .contentHandling,
             QStringLiteral("CONVERT_TO_BINARY"));
    window.undoAction()->trigger();
    QCOMPARE(responses->contentHandlingCombo()->currentData().toString(), QString());
    window.redoAction()->trigger();
    QCOMPARE(responses->contentHandlingCombo()->currentData().toString(), QStringLiteral("CONVERT_TO_BINARY"));

    // Credentials on a Lambda integration: a role ARN is checked before it is written; the caller's credentials.
    QVERIFY(choose(integration->typeCombo(), int(model::IntegrationType::AwsProxy)));
    QVERIFY(integration->credentialsCombo()->isVisibleTo(integration));
    QVERIFY(!integration->contentHandlingCombo()->isVisibleTo(integration)); // proxies pass bodies through
    const int beforeCredentials = undo->index();
    QVERIFY(choose(integration->credentialsCombo(), int(IntegrationEditor::CredentialsMode::Role)));
    QVERIFY(integration->roleArnEdit()->isVisibleTo(integration));
    QVERIFY(integration->roleArnError()->isVisibleTo(integration)); // no ARN yet: nothing written
    QCOMPARE(undo->index(), beforeCredentials);
    retype(integration->roleArnEdit(), QStringLiteral("arn:aws:iam::123:role/x"));
    QVERIFY(integration->roleArnError()->text().contains(QLatin1String("12-digit")));
    QCOMPARE(undo->index(), beforeCredentials);
    retype(integration->roleArnEdit(), QStringLiteral("arn:aws:iam::123456789012:role/apigw-invoke"));
    QVERIFY(!integration->roleArnError()->isVisibleTo(integration));
    QCOMPARE(operation(project(), QStringLiteral("petstore"), QStringLiteral("/pets"), QStringLiteral("GET"))->integration->credentials,
             QStringLiteral("arn:aws:iam::123456789012:role/apigw-invoke"));
    QCOMPARE(undo->index(), beforeCredentials + 1); // typing merged into one step
    QVERIFY(choose(integration->credentialsCombo(), int(IntegrationEditor::CredentialsMode::Caller)));
    QCOMPARE(operation(project(), QStringLiteral("petstore"), QStringLiteral("/pets"), QStringLiteral("GET"))->integration->credentials,
             QStringLiteral("arn:aws:iam::*:user/*"));
    window.undoAction()->trigger();
    QCOMPARE(integration->credentialsCombo()->currentData().toInt(), int(IntegrationEditor::CredentialsMode::Role));
    QCOMPARE(integration->roleArnEdit()->text(), QStringLiteral("arn:aws:iam::123456789012:role/apigw-invoke"));
    window.redoAction()->trigger();

    // A VPC link on an HTTP API route: nothing is written until the link is named; the editor and the fidelity
    // report say what Gatehouse does instead.
    QVERIFY(select(window, QStringLiteral("route:storefront:GET /catalog")));
    IntegrationEditor *route = window.editorArea()->routeEditor()->integrationEditor();
    QVERIFY(route->connectionTypeCombo()->isVisibleTo(route));
    QVERIFY(!route->connectionIdEdit()->isVisibleTo(route));
    const int beforeVpc = undo->index();
    QVERIFY(choose(route->connectionTypeCombo(), QStringLiteral("VPC_LINK")));
    QVERIFY(route->connectionIdEdit()->isVisibleTo(route));
    QVERIFY(route->connectionIdError()->isVisibleTo(route));
    QCOMPARE(undo->index(), beforeVpc);
    retype(route->connectionIdEdit(), QStringLiteral("vpcl-1a2b"));
    const model::Operation *catalog = operation(project(), QStringLiteral("storefront"), QStringLiteral("/catalog"),
                                                QStringLiteral("GET"));
    QCOMPARE(catalog->integration->connectionType, QStringLiteral("VPC_LINK"));
    QCOMPARE(catalog->integration->connectionId, QStringLiteral("vpcl-1a2b"));
    QVERIFY2(route->vpcLinkLabel()->text().contains(QLatin1String("calls http://petstore.execute-api.localhost/prod/pets directly")),
             qPrintable(route->vpcLinkLabel()->text()));
    const FidelityReport report = compileProject(project()).fidelity;
    bool reported = false;
    for (const FidelityItem &item : report.items)
        reported |= item.where == QLatin1String("GET /catalog") && item.message.contains(QLatin1String("VPC link vpcl-1a2b"));
    QVERIFY2(reported, qPrintable(report.format()));
    // An ARN target (an HTTP API's load balancer listener) is accepted with a VPC link, and cannot be called.
    retype(route->uriEdit(), QStringLiteral("arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/a/b/c"));
    QVERIFY(operation(project(), QStringLiteral("storefront"), QStringLiteral("/catalog"), QStringLiteral("GET"))
                ->integration->uri.startsWith(QLatin1String("arn:aws:elasticloadbalancing:")));
    QVERIFY(route->vpcLinkLabel()->text().contains(QLatin1String("500")));
    window.undoAction()->trigger(); // the URI
    window.undoAction()->trigger(); // the VPC link
    QCOMPARE(operation(project(), QStringLiteral("storefront"), QStringLiteral("/catalog"), QStringLiteral("GET"))
                 ->integration->connectionType,
             QString());
    QVERIFY(!route->connectionIdEdit()->isVisibleTo(route));
    window.redoAction()->trigger();
    QCOMPARE(route->connectionIdEdit()->text(), QStringLiteral("vpcl-1a2b"));

    // Everything survives the project file and the OpenAPI export.
    const std::optional<model::Project> reread = saveAndReopen(window);
    QVERIFY(reread);
    const model::Operation *get = operation(*reread, QStringLiteral("petstore"), QStringLiteral("/pets"), QStringLiteral("GET"));
    QCOMPARE(get->integration->credentials, QStringLiteral("arn:aws:iam::*:user/*"));
    QCOMPARE(get->integration->responses.first().contentHandling, QStringLiteral("CONVERT_TO_BINARY"));
    const model::Operation *catalogBack = operation(*reread, QStringLiteral("storefront"), QStringLiteral("/catalog"),
                                                    QStringLiteral("GET"));
    QCOMPARE(catalogBack->integration->connectionType, QStringLiteral("VPC_LINK"));
    QCOMPARE(catalogBack->integration->connectionId, QStringLiteral("vpcl-1a2b"));
    const doc::Node restExport = exportedIntegration(*reread, QStringLiteral("petstore"), QStringLiteral("/pets"),
                                                     QStringLiteral("GET"));
    QCOMPARE(restExport[u"credentials"].toString(), QStringLiteral("arn:aws:iam::*:user/*"));
    QCOMPARE(restExport[u"responses"][u"default"][u"contentHandling"].toString(), QStringLiteral("CONVERT_TO_BINARY"));
    const doc::Node httpExport = exportedIntegration(*reread, QStringLiteral("storefront"), QStringLiteral("/catalog"),
                                                     QStringLiteral("GET"));
    QCOMPARE(httpExport[u"connectionType"].toString(), QStringLiteral("VPC_LINK"));
    QCOMPARE(httpExport[u"connectionId"].toString(), QStringLiteral("vpcl-1a2b"));
    // The integration's own content handling stays through the type change (the compiler says proxies ignore it).
    QCOMPARE(get->integration->contentHandling, QStringLiteral("CONVERT_TO_TEXT"));
    QCOMPARE(restExport[u"contentHandling"].toString(), QStringLiteral("CONVERT_TO_TEXT"));
}

QTEST_MAIN(tst_DesignerEdits)
#include "tst_designeredits.moc"
