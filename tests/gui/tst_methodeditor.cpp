// SPDX-License-Identifier: GPL-3.0-or-later
// The centre editors through the real widgets of the window: a REST method's execution flow (integration type,
// timeout, authorization, API key), an HTTP API route (Lambda integration, payload, authorization, rename) and
// authorizers (Lambda TOKEN, Cognito, JWT), each edit checked in the model, undone and redone, saved, reopened
// and compiled.
#include "authorizereditor.h"
#include "editorarea.h"
#include "editorsupport.h"
#include "engine/compiler.h"
#include "explorerpanel.h"
#include "integrationeditor.h"
#include "io/openapi.h"
#include "io/projectfile.h"
#include "mainwindow.h"
#include "methodeditor.h"
#include "projectdocument.h"
#include "routeeditor.h"
#include "guitestsupport.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItem>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <QPushButton>
#include <QTableWidget>

#include <Qsci/qsciscintilla.h>

using namespace gw;
using namespace gw::ui;

namespace {

using gw::test::choose;
using gw::test::retype;

const model::Operation *operation(const model::Project &project, const QString &apiId, const QString &path,
                                  const QString &method)
{
    const model::Api *api = project.api(apiId);
    return api ? editing::findOperation(*api, path, method) : nullptr;
}

/// Errors of the compiled project (warnings and fidelity notes are allowed).
QStringList compileErrors(const model::Project &project)
{
    QStringList out;
    for (const io::Diagnostic &d : compileProject(project).problems) {
        if (d.severity == io::Diagnostic::Severity::Error)
            out.append(d.message);
    }
    return out;
}

} // namespace

class tst_MethodEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void editorKeys();
    void methodFlow();
    void invalidInputIsNotWritten();
    void httpRoute();
    void authorizers();
    void jwtAuthorizer();
    void webSocketRoute();
    void templatesAndResponses();
    void sharedIntegration();

private:
    /// Opens a copy of the example project in `window` (no gateway).
    bool openExample(MainWindow &window);
    bool select(MainWindow &window, const QString &key);
    /// Saves the document to the temporary folder and reads the file back.
    std::optional<model::Project> saveAndReopen(MainWindow &window);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
};

void tst_MethodEditor::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QVERIFY(m_dir.isValid());
    gw::test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_methodeditor"));
}

void tst_MethodEditor::cleanup()
{
    QSettings().clear();
}

bool tst_MethodEditor::openExample(MainWindow &window)
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

bool tst_MethodEditor::select(MainWindow &window, const QString &key)
{
    QStandardItem *item = window.explorer()->itemForKey(key);
    if (!item)
        return false;
    window.explorer()->view()->setCurrentIndex(item->index());
    return window.editorArea()->key() == key;
}

std::optional<model::Project> tst_MethodEditor::saveAndReopen(MainWindow &window)
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

void tst_MethodEditor::editorKeys()
{
    const EditorKey route = EditorKey::parse(QStringLiteral("route:chat:GET /a:b"));
    QCOMPARE(route.prefix, QStringLiteral("route"));
    QCOMPARE(route.apiId, QStringLiteral("chat"));
    QCOMPARE(route.rest, QStringLiteral("GET /a:b"));
    const EditorKey api = EditorKey::parse(QStringLiteral("api:petstore"));
    QCOMPARE(api.apiId, QStringLiteral("petstore"));
    QVERIFY(api.rest.isEmpty());
    QVERIFY(IntegrationEditor::timeoutProblem(QStringLiteral("49"), true).contains(QStringLiteral("50 to 29000")));
    QVERIFY(IntegrationEditor::timeoutProblem(QStringLiteral("30000"), false).isEmpty());
    QVERIFY(!IntegrationEditor::timeoutProblem(QStringLiteral("30000"), true).isEmpty());
    QVERIFY(!IntegrationEditor::timeoutProblem(QStringLiteral("1e3"), true).isEmpty());
    QVERIFY(IntegrationEditor::timeoutProblem(QString(), true).isEmpty());
    QVERIFY(!IntegrationEditor::uriProblem(model::IntegrationType::Http, QStringLiteral("ftp://x")).isEmpty());
    QVERIFY(IntegrationEditor::uriProblem(model::IntegrationType::HttpProxy, QStringLiteral("https://x.org/{proxy}")).isEmpty());
    QVERIFY(RouteEditor::routeKeyProblem(QStringLiteral("$default")).isEmpty());
    QVERIFY(RouteEditor::routeKeyProblem(QStringLiteral("GET /pets/{id}")).isEmpty());
    QVERIFY(!RouteEditor::routeKeyProblem(QStringLiteral("FETCH /pets")).isEmpty());
    QVERIFY(!RouteEditor::routeKeyProblem(QStringLiteral("GET pets")).isEmpty());
    QVERIFY(!RouteEditor::routeKeyProblem(QStringLiteral("GET /{proxy+}/x")).isEmpty());
    QVERIFY(AuthorizerEditor::providerArnsProblem(
                QStringLiteral("arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123"))
                .isEmpty());
    QVERIFY(!AuthorizerEditor::providerArnsProblem(QStringLiteral("arn:aws:cognito-idp:us-east-1:1:pool/x")).isEmpty());
    QVERIFY(!AuthorizerEditor::issuerProblem(QStringLiteral("example.com")).isEmpty());
}

void tst_MethodEditor::methodFlow()
{
    MainWindow window;
    QVERIFY(openExample(window));
    QVERIFY(window.editorArea()->showsOverview());
    const QString key = QStringLiteral("method:petstore:/pets:GET");
    QVERIFY(select(window, key));
    MethodEditor *editor = window.editorArea()->methodEditor();
    QCOMPARE(window.editorArea()->currentWidget(), editor);
    QVERIFY(editor->box(MethodEditor::BackendBox)->summary().contains(QStringLiteral("Mock")));
    QUndoStack *undo = window.document()->undoStack();
    const int base = undo->count();

    // Integration request: the timeout, typed, is one undo step.
    QTest::mouseClick(editor->box(MethodEditor::IntegrationRequestBox), Qt::LeftButton);
    QCOMPARE(editor->panels()->currentWidget(), editor->integrationEditor());
    retype(editor->integrationEditor()->timeoutEdit(), QStringLiteral("12000"));
    QCOMPARE(operation(window.document()->project(), QStringLiteral("petstore"), QStringLiteral("/pets"), QStringLiteral("GET"))->integration->timeoutInMillis,
             12000);
    QCOMPARE(undo->count(), base + 1);
    QVERIFY(editor->box(MethodEditor::IntegrationRequestBox)->summary().contains(QStringLiteral("Timeout: 12000 ms")));
    undo->undo();
    QCOMPARE(operation(window.document()->project(), QStringLiteral("petstore"), QStringLiteral("/pets"), QStringLiteral("GET"))->integration->timeoutInMillis, 0);
    QCOMPARE(editor->integrationEditor()->timeoutEdit()->text(), QString());
    undo->redo();
    QCOMPARE(editor->integrationEditor()->timeoutEdit()->text(), QStringLiteral("12000"));

    // The integration type: HTTP proxy to a URL.
    QVERIFY(choose(editor->integrationEditor()->typeCombo(), int(model::IntegrationType::HttpProxy)));
    QVERIFY(!editor->integrationEditor()->uriEdit()->isHidden());
    retype(editor->integrationEditor()->uriEdit(), QStringLiteral("https://backend.example.com/pets"));
    const model::Operation *op = operation(window.document()->project(), QStringLiteral("petstore"), QStringLiteral("/pets"), QStringLiteral("GET"));
    QCOMPARE(op->integration->type, model::IntegrationType::HttpProxy);
    QCOMPARE(op->integration->uri, QStringLiteral("https://backend.example.com/pets"));
    QCOMPARE(op->integration->timeoutInMillis, 12000); // kept
    QVERIFY(editor->box(MethodEditor::BackendBox)->summary().contains(QStringLiteral("HTTP endpoint")));
    QVERIFY(compileErrors(window.document()->project()).isEmpty());

    // Method request: AWS_IAM and an API key.
    QTest::mouseClick(editor->box(MethodEditor::MethodRequestBox), Qt::LeftButton);
    QVERIFY(choose(editor->authorizationCombo(), QStringLiteral("AWS_IAM")));
    QTest::mouseClick(editor->apiKeyCheck(), Qt::LeftButton, {}, QPoint(8, editor->apiKeyCheck()->height() / 2));
    op = operation(window.document()->project(), QStringLiteral("petstore"), QStringLiteral("/pets"), QStringLiteral("GET"));
    QCOMPARE(op->body[u"x-amazon-apigateway-auth"][u"type"].toString(), QStringLiteral("AWS_IAM"));
    const doc::Node &document = window.document()->project().api(u"petstore")->definition.document;
    const MethodEditor::Authorization auth = MethodEditor::authorizationOf(document, *op);
    QCOMPARE(auth.type, QStringLiteral("AWS_IAM"));
    QVERIFY(auth.apiKeyRequired);
    QCOMPARE(document[u"components"][u"securitySchemes"][u"api_key"][u"name"].toString(), QStringLiteral("x-api-key"));
    QVERIFY(editor->box(MethodEditor::MethodRequestBox)->summary().contains(QStringLiteral("API key required: yes")));
    undo->undo(); // the API key
    QVERIFY(!MethodEditor::authorizationOf(window.document()->project().api(u"petstore")->definition.document,
                                           *operation(window.document()->project(), QStringLiteral("petstore"), QStringLiteral("/pets"), QStringLiteral("GET")))
                 .apiKeyRequired);
    QVERIFY(!editor->apiKeyCheck()->isChecked());
    undo->redo();
    QVERIFY(editor->apiKeyCheck()->isChecked());
    QVERIFY(compileErrors(window.document()->project()).isEmpty());

    // Saved and read back, the method is as edited.
    const std::optional<model::Project> reopened = saveAndReopen(window);
    QVERIFY(reopened);
    op = operation(*reopened, QStringLiteral("petstore"), QStringLiteral("/pets"), QStringLiteral("GET"));
    QVERIFY(op && op->integration);
    QCOMPARE(op->integration->type, model::IntegrationType::HttpProxy);
    QCOMPARE(op->integration->timeoutInMillis, 12000);
    QCOMPARE(op->integration->uri, QStringLiteral("https://backend.example.com/pets"));
    const MethodEditor::Authorization saved = MethodEditor::authorizationOf(reopened->api(u"petstore")->definition.document, *op);
    QCOMPARE(saved.type, QStringLiteral("AWS_IAM"));
    QVERIFY(saved.apiKeyRequired);

    // Undoing the whole session goes back to the example, and the editor follows.
    while (undo->canUndo())
        undo->undo();
    op = operation(window.document()->project(), QStringLiteral("petstore"), QStringLiteral("/pets"), QStringLiteral("GET"));
    QCOMPARE(op->integration->type, model::IntegrationType::Mock);
    QCOMPARE(editor->integrationEditor()->typeCombo()->currentData().toInt(), int(model::IntegrationType::Mock));
    QCOMPARE(editor->authorizationCombo()->currentData().toString(), QStringLiteral("NONE"));

    // Another method, another flow.
    QVERIFY(select(window, QStringLiteral("method:petstore:/pets/{petId}:DELETE")));
    QVERIFY(editor->box(MethodEditor::IntegrationResponseBox)->summary().contains(QStringLiteral("4\\d{2} → 403")));
    // An API item shows the overview again.
    QVERIFY(select(window, QStringLiteral("api:petstore")));
    QVERIFY(window.editorArea()->showsOverview());
}

void tst_MethodEditor::invalidInputIsNotWritten()
{
    MainWindow window;
    QVERIFY(openExample(window));
    QVERIFY(select(window, QStringLiteral("method:petstore:/pets:POST")));
    MethodEditor *editor = window.editorArea()->methodEditor();
    editor->openBox(MethodEditor::IntegrationRequestBox);
    // Out of range, and not a number: every keystroke is refused.
    QLineEdit *timeout = editor->integrationEditor()->timeoutEdit();
    timeout->clear();
    const quint64 revision = window.document()->revision();
    timeout->setFocus();
    QTest::keyClicks(timeout, QStringLiteral("30"));
    QCOMPARE(window.document()->revision(), revision);
    QVERIFY(!editor->integrationEditor()->timeoutError()->isHidden());
    QVERIFY(editor->integrationEditor()->timeoutError()->text().contains(QStringLiteral("got 30")));
    QTest::keyClicks(timeout, QStringLiteral("s"));
    QCOMPARE(window.document()->revision(), revision);
    QVERIFY(editor->integrationEditor()->timeoutError()->text().contains(QStringLiteral("30s")));
    retype(editor->integrationEditor()->timeoutEdit(), QStringLiteral("50"));
    QCOMPARE(operation(window.document()->project(), QStringLiteral("petstore"), QStringLiteral("/pets"), QStringLiteral("POST"))->integration->timeoutInMillis, 50);
    QVERIFY(editor->integrationEditor()->timeoutError()->isHidden());

    // A CUSTOM authorization needs an authorizer; the API has none, so nothing is written.
    editor->openBox(MethodEditor::MethodRequestBox);
    const quint64 before = window.document()->revision();
    QVERIFY(choose(editor->authorizationCombo(), QStringLiteral("CUSTOM")));
    QCOMPARE(window.document()->revision(), before);
    QCOMPARE(editor->authorizationCombo()->currentData().toString(), QStringLiteral("NONE"));

    // HTTP integration with a URL that is not one.
    editor->openBox(MethodEditor::IntegrationRequestBox);
    QVERIFY(choose(editor->integrationEditor()->typeCombo(), int(model::IntegrationType::Http)));
    const quint64 typed = window.document()->revision();
    retype(editor->integrationEditor()->uriEdit(), QStringLiteral("backend/pets"));
    QCOMPARE(window.document()->revision(), typed);
    QVERIFY(editor->integrationEditor()->uriEdit()->toolTip().contains(QStringLiteral("http://")));
}

void tst_MethodEditor::httpRoute()
{
    MainWindow window;
    QVERIFY(openExample(window));
    QVERIFY(select(window, QStringLiteral("route:storefront:GET /catalog")));
    RouteEditor *editor = window.editorArea()->routeEditor();
    QCOMPARE(window.editorArea()->currentWidget(), editor);
    QVERIFY(!editor->isWebSocket());
    QCOMPARE(editor->routeKeyEdit()->text(), QStringLiteral("GET /catalog"));
    QUndoStack *undo = window.document()->undoStack();

    // A Lambda proxy integration to the project's function, payload 1.0.
    IntegrationEditor *integration = editor->integrationEditor();
    QVERIFY(choose(integration->typeCombo(), int(model::IntegrationType::AwsProxy)));
    QVERIFY(choose(integration->functionCombo(), QStringLiteral("orders")));
    QVERIFY(choose(integration->payloadCombo(), QStringLiteral("1.0")));
    const model::Operation *op = operation(window.document()->project(), QStringLiteral("storefront"), QStringLiteral("/catalog"), QStringLiteral("GET"));
    QCOMPARE(op->integration->type, model::IntegrationType::AwsProxy);
    QCOMPARE(model::functionNameFromUri(op->integration->uri), QStringLiteral("orders"));
    QCOMPARE(op->integration->payloadFormatVersion, QStringLiteral("1.0"));
    QVERIFY(compileErrors(window.document()->project()).isEmpty());
    undo->undo();
    QCOMPARE(operation(window.document()->project(), QStringLiteral("storefront"), QStringLiteral("/catalog"), QStringLiteral("GET"))->integration->payloadFormatVersion,
             QStringLiteral("2.0"));
    QCOMPARE(integration->payloadCombo()->currentData().toString(), QStringLiteral("2.0"));
    undo->redo();

    // IAM authorization.
    QVERIFY(choose(editor->authorizationCombo(), QStringLiteral("AWS_IAM")));
    op = operation(window.document()->project(), QStringLiteral("storefront"), QStringLiteral("/catalog"), QStringLiteral("GET"));
    QCOMPARE(MethodEditor::authorizationOf(window.document()->project().api(u"storefront")->definition.document, *op).type,
             QStringLiteral("AWS_IAM"));

    // Renaming the route moves it once the key is entered; the Explorer follows the new key.
    const quint64 beforeRename = window.document()->revision();
    retype(editor->routeKeyEdit(), QStringLiteral("GET /shop"));
    QCOMPARE(window.document()->revision(), beforeRename);
    QTest::keyClick(editor->routeKeyEdit(), Qt::Key_Return);
    QVERIFY(!operation(window.document()->project(), QStringLiteral("storefront"), QStringLiteral("/catalog"), QStringLiteral("GET")));
    op = operation(window.document()->project(), QStringLiteral("storefront"), QStringLiteral("/shop"), QStringLiteral("GET"));
    QVERIFY(op);
    QCOMPARE(model::functionNameFromUri(op->integration->uri), QStringLiteral("orders"));
    QCOMPARE(window.explorer()->view()->currentIndex().data(ExplorerPanel::KeyRole).toString(),
             QStringLiteral("route:storefront:GET /shop"));
    QCOMPARE(window.editorArea()->currentWidget(), editor);
    // A route key that is taken, or not one, is refused where it is typed.
    const quint64 revision = window.document()->revision();
    retype(editor->routeKeyEdit(), QStringLiteral("POST /orders"));
    QTest::keyClick(editor->routeKeyEdit(), Qt::Key_Return);
    QCOMPARE(window.document()->revision(), revision);
    QVERIFY(editor->routeKeyError()->text().contains(QStringLiteral("already")));
    retype(editor->routeKeyEdit(), QStringLiteral("FETCH /shop"));
    QTest::keyClick(editor->routeKeyEdit(), Qt::Key_Return);
    QCOMPARE(window.document()->revision(), revision);
    QVERIFY(editor->routeKeyError()->text().contains(QStringLiteral("FETCH")));
    retype(editor->routeKeyEdit(), QStringLiteral("GET /shop"));
    QVERIFY(editor->routeKeyError()->isHidden());

    const std::optional<model::Project> reopened = saveAndReopen(window);
    QVERIFY(reopened);
    op = operation(*reopened, QStringLiteral("storefront"), QStringLiteral("/shop"), QStringLiteral("GET"));
    QVERIFY(op && op->integration);
    QCOMPARE(op->integration->type, model::IntegrationType::AwsProxy);
    QCOMPARE(op->integration->payloadFormatVersion, QStringLiteral("1.0"));
    QCOMPARE(MethodEditor::authorizationOf(reopened->api(u"storefront")->definition.document, *op).type,
             QStringLiteral("AWS_IAM"));
    QVERIFY(compileErrors(*reopened).isEmpty());

    // Undo of the rename brings the old route back; the editor shows it again once selected.
    undo->undo();
    QVERIFY(operation(window.document()->project(), QStringLiteral("storefront"), QStringLiteral("/catalog"), QStringLiteral("GET")));
    QVERIFY(select(window, QStringLiteral("route:storefront:GET /catalog")));
    QCOMPARE(editor->routeKeyEdit()->text(), QStringLiteral("GET /catalog"));
}

void tst_MethodEditor::authorizers()
{
    MainWindow window;
    QVERIFY(openExample(window));
    ProjectDocument *document = window.document();
    // A TOKEN authorizer, as the Explorer's "Add Authorizer" makes one.
    {
        model::Project project = document->project();
        model::Api *api = editing::findApi(project, u"petstore");
        doc::Node a = doc::Node::mapping();
        a.set(QStringLiteral("type"), doc::Node::string(QStringLiteral("token")));
        a.set(QStringLiteral("authorizerUri"), doc::Node::string(IntegrationEditor::lambdaUri(QStringLiteral("orders"))));
        a.set(QStringLiteral("identitySource"), doc::Node::string(QStringLiteral("method.request.header.Authorization")));
        doc::Node scheme = doc::Node::mapping();
        scheme.set(QStringLiteral("type"), doc::Node::string(QStringLiteral("apiKey")));
        scheme.set(QStringLiteral("name"), doc::Node::string(QStringLiteral("Authorization")));
        scheme.set(QStringLiteral("in"), doc::Node::string(QStringLiteral("header")));
        scheme.set(QStringLiteral("x-amazon-apigateway-authtype"), doc::Node::string(QStringLiteral("custom")));
        scheme.set(QStringLiteral("x-amazon-apigateway-authorizer"), a);
        doc::Node components = api->definition.document[u"components"];
        doc::Node schemes = components[u"securitySchemes"];
        schemes.set(QStringLiteral("Tokens"), scheme);
        components.set(QStringLiteral("securitySchemes"), schemes);
        api->definition.document.set(QStringLiteral("components"), components);
        document->edit(QStringLiteral("Add authorizer"), project);
    }
    const QString key = QStringLiteral("authorizer:petstore:Tokens");
    if (window.explorer()->itemForKey(key))
        QVERIFY(select(window, key));
    else
        QVERIFY(window.editorArea()->showKey(key));
    AuthorizerEditor *editor = window.editorArea()->authorizerEditor();
    QCOMPARE(window.editorArea()->currentWidget(), editor);
    QCOMPARE(editor->typeCombo()->currentData().toString(), QStringLiteral("token"));
    auto authorizer = [document]() -> doc::Node {
        return document->project().api(u"petstore")->definition.document[u"components"][u"securitySchemes"][u"Tokens"]
                                                                       [u"x-amazon-apigateway-authorizer"];
    };

    // TTL, a header, a validation expression.
    editor->ttlSpin()->setValue(60);
    QCOMPARE(authorizer()[u"authorizerResultTtlInSeconds"].toInteger(), 60);
    retype(editor->identityEdit(), QStringLiteral("method.request.header.X-Token"));
    QCOMPARE(authorizer()[u"identitySource"].toString(), QStringLiteral("method.request.header.X-Token"));
    editor->validationEdit()->clear();
    const quint64 revision = document->revision();
    editor->validationEdit()->setFocus();
    QTest::keyClicks(editor->validationEdit(), QStringLiteral("(["));
    QCOMPARE(document->revision(), revision); // an invalid expression is not written
    QVERIFY(!editor->errorLabel()->isHidden());
    retype(editor->validationEdit(), QStringLiteral("^Bearer .+$"));
    QCOMPARE(authorizer()[u"identityValidationExpression"].toString(), QStringLiteral("^Bearer .+$"));
    QVERIFY(editor->errorLabel()->isHidden());
    QVERIFY(compileErrors(document->project()).isEmpty());
    document->undoStack()->undo();
    QVERIFY(authorizer()[u"identityValidationExpression"].isNull());
    QCOMPARE(editor->validationEdit()->text(), QString());
    document->undoStack()->redo();

    // A method uses it: CUSTOM picks the API's Lambda authorizer.
    QVERIFY(select(window, QStringLiteral("method:petstore:/pets:GET")));
    MethodEditor *method = window.editorArea()->methodEditor();
    QVERIFY(choose(method->authorizationCombo(), QStringLiteral("CUSTOM")));
    const MethodEditor::Authorization auth
        = MethodEditor::authorizationOf(document->project().api(u"petstore")->definition.document,
                                        *operation(document->project(), QStringLiteral("petstore"), QStringLiteral("/pets"), QStringLiteral("GET")));
    QCOMPARE(auth.type, QStringLiteral("CUSTOM"));
    QCOMPARE(auth.authorizer, QStringLiteral("Tokens"));
    QVERIFY(method->box(MethodEditor::MethodRequestBox)->summary().join(u'\n').contains(QStringLiteral("CUSTOM (Tokens)")));

    // Turned into a Cognito user pool authorizer: the ARN is checked.
    QVERIFY(window.editorArea()->showKey(key));
    QVERIFY(choose(editor->typeCombo(), QStringLiteral("cognito_user_pools")));
    QCOMPARE(authorizer()[u"type"].toString(), QStringLiteral("cognito_user_pools"));
    QVERIFY(authorizer()[u"authorizerUri"].isNull());
    QVERIFY(!editor->providersEdit()->isHidden());
    const quint64 beforeArn = document->revision();
    retype(editor->providersEdit(), QStringLiteral("arn:aws:cognito-idp:us-east-1:123:userpool/bad"));
    QCOMPARE(document->revision(), beforeArn);
    QVERIFY(editor->errorLabel()->text().contains(QStringLiteral("user pool ARN")));
    const QString arn = QStringLiteral("arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123");
    retype(editor->providersEdit(), arn);
    QCOMPARE(authorizer()[u"providerARNs"].items().size(), std::size_t(1));
    QCOMPARE(authorizer()[u"providerARNs"].items().front().toString(), arn);

    const std::optional<model::Project> reopened = saveAndReopen(window);
    QVERIFY(reopened);
    const doc::Node &saved = reopened->api(u"petstore")->definition.document[u"components"][u"securitySchemes"][u"Tokens"]
                                                                             [u"x-amazon-apigateway-authorizer"];
    QCOMPARE(saved[u"type"].toString(), QStringLiteral("cognito_user_pools"));
    QCOMPARE(saved[u"providerARNs"].items().front().toString(), arn);
    // The method still names it; now as a Cognito authorizer.
    QCOMPARE(MethodEditor::authorizationOf(reopened->api(u"petstore")->definition.document,
                                           *operation(*reopened, QStringLiteral("petstore"), QStringLiteral("/pets"), QStringLiteral("GET")))
                 .type,
             QStringLiteral("COGNITO_USER_POOLS"));
    QVERIFY(compileErrors(*reopened).isEmpty());
}

void tst_MethodEditor::jwtAuthorizer()
{
    MainWindow window;
    QVERIFY(openExample(window));
    ProjectDocument *document = window.document();
    {
        model::Project project = document->project();
        model::Api *api = editing::findApi(project, u"storefront");
        doc::Node a = doc::Node::mapping();
        a.set(QStringLiteral("type"), doc::Node::string(QStringLiteral("jwt")));
        doc::Node scheme = doc::Node::mapping();
        scheme.set(QStringLiteral("type"), doc::Node::string(QStringLiteral("oauth2")));
        scheme.set(QStringLiteral("x-amazon-apigateway-authorizer"), a);
        doc::Node components = api->definition.document[u"components"];
        doc::Node schemes = components[u"securitySchemes"];
        schemes.set(QStringLiteral("Jwt"), scheme);
        components.set(QStringLiteral("securitySchemes"), schemes);
        api->definition.document.set(QStringLiteral("components"), components);
        document->edit(QStringLiteral("Add authorizer"), project);
    }
    QVERIFY(window.editorArea()->showKey(QStringLiteral("authorizer:storefront:Jwt")));
    AuthorizerEditor *editor = window.editorArea()->authorizerEditor();
    QVERIFY(!editor->issuerEdit()->isHidden());
    QVERIFY(editor->validationEdit()->isHidden());
    retype(editor->issuerEdit(), QStringLiteral("https://issuer.example.com/"));
    retype(editor->audienceEdit(), QStringLiteral("shop-app, admin-app"));
    retype(editor->identityEdit(), QStringLiteral("$request.header.Authorization"));
    const doc::Node a = document->project().api(u"storefront")->definition.document[u"components"][u"securitySchemes"][u"Jwt"]
                                                                                   [u"x-amazon-apigateway-authorizer"];
    QCOMPARE(a[u"jwtConfiguration"][u"issuer"].toString(), QStringLiteral("https://issuer.example.com/"));
    QCOMPARE(a[u"jwtConfiguration"][u"audience"].items().size(), std::size_t(2));
    QCOMPARE(a[u"identitySource"].items().front().toString(), QStringLiteral("$request.header.Authorization"));
    // A route requires it with a scope.
    QVERIFY(select(window, QStringLiteral("route:storefront:POST /orders")));
    RouteEditor *route = window.editorArea()->routeEditor();
    QVERIFY(choose(route->authorizationCombo(), QStringLiteral("JWT")));
    retype(route->scopesEdit(), QStringLiteral("orders/write"));
    const MethodEditor::Authorization auth
        = MethodEditor::authorizationOf(document->project().api(u"storefront")->definition.document,
                                        *operation(document->project(), QStringLiteral("storefront"), QStringLiteral("/orders"), QStringLiteral("POST")));
    QCOMPARE(auth.type, QStringLiteral("JWT"));
    QCOMPARE(auth.authorizer, QStringLiteral("Jwt"));
    QCOMPARE(auth.scopes, QStringList{QStringLiteral("orders/write")});
    QVERIFY(compileErrors(document->project()).isEmpty());
    const std::optional<model::Project> reopened = saveAndReopen(window);
    QVERIFY(reopened);
    QCOMPARE(MethodEditor::authorizationOf(reopened->api(u"storefront")->definition.document,
                                           *operation(*reopened, QStringLiteral("storefront"), QStringLiteral("/orders"), QStringLiteral("POST")))
                 .scopes,
             QStringList{QStringLiteral("orders/write")});
}

void tst_MethodEditor::webSocketRoute()
{
    const QString path = m_dir.filePath(QStringLiteral("chat.gatehouse.yaml"));
    QVERIFY(gw::test::writeFile(path, gw::test::readAll(gw::test::sourceDir()
                                                        + QStringLiteral("/resources/examples/websocket-chat.gatehouse.yaml"))));
    MainWindow window;
    window.setAutoStart(false);
    window.show();
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    window.openFile(path);
    QVERIFY(opened.wait(15'000));
    QVERIFY(select(window, QStringLiteral("route:chat:sendmessage")));
    RouteEditor *editor = window.editorArea()->routeEditor();
    QVERIFY(editor->isWebSocket());
    ProjectDocument *document = window.document();
    auto route = [document](const QString &key) {
        return document->project().api(u"chat")->definition.document[u"routes"][key];
    };
    QTest::mouseClick(editor->wsRouteResponseCheck(), Qt::LeftButton, {},
                      QPoint(8, editor->wsRouteResponseCheck()->height() / 2));
    QVERIFY(route(QStringLiteral("sendmessage"))[u"routeResponse"].toBool());
    retype(editor->wsTimeoutEdit(), QStringLiteral("5000"));
    QCOMPARE(route(QStringLiteral("sendmessage"))[u"integration"][u"timeoutInMillis"].toInteger(), 5000);
    // Renamed on Enter; $-keys other than the three are refused.
    QLineEdit *wsKey = editor->wsRouteKeyEdit();
    const quint64 revision = document->revision();
    retype(wsKey, QStringLiteral("$send"));
    QTest::keyClick(wsKey, Qt::Key_Return);
    QCOMPARE(document->revision(), revision);
    retype(wsKey, QStringLiteral("send"));
    QTest::keyClick(wsKey, Qt::Key_Return);
    QVERIFY(route(QStringLiteral("sendmessage")).isNull());
    QVERIFY(route(QStringLiteral("send"))[u"routeResponse"].toBool());
    QCOMPARE(window.explorer()->view()->currentIndex().data(ExplorerPanel::KeyRole).toString(),
             QStringLiteral("route:chat:send"));
    QVERIFY(compileErrors(document->project()).isEmpty());
    const std::optional<model::Project> reopened = saveAndReopen(window);
    QVERIFY(reopened);
    QCOMPARE(reopened->api(u"chat")->definition.document[u"routes"][u"send"][u"integration"][u"timeoutInMillis"].toInteger(),
             5000);
    document->undoStack()->undo();
    QVERIFY(!route(QStringLiteral("sendmessage")).isNull());

    // The $connect authorizer: caching and identity sources, in the WebSocket definition.
    QVERIFY(window.editorArea()->showKey(QStringLiteral("authorizer:chat:TokenAuthorizer")));
    AuthorizerEditor *authorizer = window.editorArea()->authorizerEditor();
    QVERIFY(authorizer->validationEdit()->isHidden());
    authorizer->ttlSpin()->setValue(120);
    auto node = [document]() {
        return document->project().api(u"chat")->definition.document[u"authorizers"][u"TokenAuthorizer"];
    };
    QCOMPARE(node()[u"authorizerResultTtlInSeconds"].toInteger(), 120);
    authorizer->identityEdit()->clear();
    const quint64 beforeIdentity = document->revision();
    authorizer->identityEdit()->setFocus();
    QTest::keyClicks(authorizer->identityEdit(), QStringLiteral("header.token"));
    QCOMPARE(document->revision(), beforeIdentity);
    QVERIFY(authorizer->errorLabel()->text().contains(QStringLiteral("route.request.header")));
    retype(authorizer->identityEdit(), QStringLiteral("route.request.querystring.token, route.request.header.X-Token"));
    QCOMPARE(node()[u"identitySource"].items().size(), std::size_t(2));
    QVERIFY(compileErrors(document->project()).isEmpty());
}

void tst_MethodEditor::templatesAndResponses()
{
    MainWindow window;
    QVERIFY(openExample(window));
    QVERIFY(select(window, QStringLiteral("method:petstore:/pets/{petId}:DELETE")));
    MethodEditor *editor = window.editorArea()->methodEditor();
    ProjectDocument *document = window.document();
    auto op = [document]() {
        return operation(document->project(), QStringLiteral("petstore"), QStringLiteral("/pets/{petId}"), QStringLiteral("DELETE"));
    };
    auto button = [editor](const QString &name) -> QPushButton * {
        for (QPushButton *b : editor->findChildren<QPushButton *>()) {
            if (b->accessibleName() == name)
                return b;
        }
        return nullptr;
    };

    // Integration responses: the status of the 4xx pattern, checked.
    editor->openBox(MethodEditor::IntegrationResponseBox);
    QTableWidget *responses = editor->integrationResponses()->table();
    QCOMPARE(responses->rowCount(), 2);
    QCOMPARE(responses->item(1, 0)->text(), QStringLiteral("4\\d{2}"));
    const quint64 revision = document->revision();
    responses->item(1, 1)->setText(QStringLiteral("4x4"));
    QCOMPARE(document->revision(), revision);
    responses->item(1, 1)->setText(QStringLiteral("404"));
    QCOMPARE(op()->integration->responses[1].statusCode, QStringLiteral("404"));
    QVERIFY(editor->box(MethodEditor::IntegrationResponseBox)->summary().contains(QStringLiteral("4\\d{2} → 404")));
    responses->item(1, 0)->setText(QStringLiteral("4\\d{2}("));
    QCOMPARE(op()->integration->responses[1].selectionPattern, QStringLiteral("4\\d{2}")); // not a valid pattern

    // The request template, typed in the VTL editor, is one undo step per field.
    editor->openBox(MethodEditor::IntegrationRequestBox);
    QsciScintilla *vtl = editor->integrationEditor()->requestTemplates()->editor();
    QCOMPARE(vtl->text(), QStringLiteral("{\"statusCode\": 403}"));
    const int steps = document->undoStack()->count();
    vtl->setFocus();
    vtl->setCursorPosition(0, int(vtl->text().size()));
    QTest::keyClicks(vtl, QStringLiteral(" ## refused"));
    QCOMPARE(op()->integration->requestTemplates.first().second, QStringLiteral("{\"statusCode\": 403} ## refused"));
    QCOMPARE(document->undoStack()->count(), steps + 1);
    document->undoStack()->undo();
    QCOMPARE(vtl->text(), QStringLiteral("{\"statusCode\": 403}"));
    document->undoStack()->redo();

    // Method request parameters and method responses.
    editor->openBox(MethodEditor::MethodRequestBox);
    QPushButton *addParameter = button(QStringLiteral("Add method request parameter"));
    QVERIFY(addParameter);
    addParameter->click();
    const doc::Node parameters = op()->body[u"parameters"];
    QCOMPARE(parameters.items().size(), std::size_t(2)); // petId and the new one
    QCOMPARE(parameters.items().back()[u"in"].toString(), QStringLiteral("query"));
    editor->parametersTable()->item(1, 0)->setText(QStringLiteral("dry-run"));
    QCOMPARE(op()->body[u"parameters"].items().back()[u"name"].toString(), QStringLiteral("dry-run"));
    editor->openBox(MethodEditor::MethodResponseBox);
    QPushButton *addResponse = button(QStringLiteral("Add method response"));
    QVERIFY(addResponse);
    addResponse->click();
    QVERIFY(op()->body[u"responses"].contains(u"200"));
    QTableWidget *methodResponses = editor->methodResponsesTable();
    methodResponses->item(0, 1)->setText(QStringLiteral("X-Request-Id, Cache-Control"));
    QVERIFY(op()->body[u"responses"][u"200"][u"headers"].contains(u"Cache-Control"));
    methodResponses->item(0, 2)->setText(QStringLiteral("application/json=NoSuchModel"));
    QVERIFY(!op()->body[u"responses"][u"200"].contains(u"content")); // the model does not exist
    QVERIFY(compileErrors(document->project()).isEmpty());

    const std::optional<model::Project> reopened = saveAndReopen(window);
    QVERIFY(reopened);
    const model::Operation *saved
        = operation(*reopened, QStringLiteral("petstore"), QStringLiteral("/pets/{petId}"), QStringLiteral("DELETE"));
    QCOMPARE(saved->integration->responses[1].statusCode, QStringLiteral("404"));
    QCOMPARE(saved->integration->requestTemplates.first().second, QStringLiteral("{\"statusCode\": 403} ## refused"));
    QCOMPARE(saved->body[u"parameters"].items().back()[u"name"].toString(), QStringLiteral("dry-run"));
    QVERIFY(saved->body[u"responses"][u"200"][u"headers"].contains(u"X-Request-Id"));
}

void tst_MethodEditor::sharedIntegration()
{
    MainWindow window;
    QVERIFY(openExample(window));
    ProjectDocument *document = window.document();
    // GET /catalog refers to a reusable integration, as an import of AWS's export would have it.
    {
        model::Project project = document->project();
        model::Api *api = editing::findApi(project, u"storefront");
        model::Operation *op = editing::findOperation(*api, QStringLiteral("/catalog"), QStringLiteral("GET"));
        doc::Node shared = doc::Node::mapping();
        shared.set(QStringLiteral("catalog"), io::writeIntegration(*op->integration));
        doc::Node components = api->definition.document[u"components"];
        components.set(QStringLiteral("x-amazon-apigateway-integrations"), shared);
        api->definition.document.set(QStringLiteral("components"), components);
        op->integrationRef = QStringLiteral("catalog");
        document->edit(QStringLiteral("Share integration"), project);
    }
    QVERIFY(window.editorArea()->showKey(QStringLiteral("integration:storefront:catalog")));
    SharedIntegrationEditor *editor = window.editorArea()->sharedIntegrationEditor();
    QCOMPARE(window.editorArea()->currentWidget(), editor);
    QVERIFY(editor->usageLabel()->text().contains(QStringLiteral("GET /catalog")));
    retype(editor->integrationEditor()->timeoutEdit(), QStringLiteral("8000"));
    const model::Api *api = document->project().api(u"storefront");
    QCOMPARE(api->definition.document[u"components"][u"x-amazon-apigateway-integrations"][u"catalog"][u"timeoutInMillis"]
                 .toInteger(),
             8000);
    QCOMPARE(editing::findOperation(*api, QStringLiteral("/catalog"), QStringLiteral("GET"))->integration->timeoutInMillis, 8000);
    const std::optional<model::Project> reopened = saveAndReopen(window);
    QVERIFY(reopened);
    const model::Operation *op = editing::findOperation(*reopened->api(u"storefront"), QStringLiteral("/catalog"),
                                                        QStringLiteral("GET"));
    QCOMPARE(op->integrationRef, QStringLiteral("catalog"));
    QCOMPARE(op->integration->timeoutInMillis, 8000);
    document->undoStack()->undo();
    QCOMPARE(editor->integrationEditor()->timeoutEdit()->text(), QString());
}

QTEST_MAIN(tst_MethodEditor)
#include "tst_methodeditor.moc"
