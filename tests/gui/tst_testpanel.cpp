// SPDX-License-Identifier: GPL-3.0-or-later
// The Test dock against the real gateway in the window: it follows the Explorer's method, sends through the running
// gateway (starting it when stopped), shows status, headers, body and the waterfall of that very request, and sends
// each identity: an API key (403 without, 200 with), a bearer token from the local identity provider (401 without,
// 200 with) and a SigV4 signature with a project access key (403 without, 200 with).
#include "bodyview.h"
#include "explorerpanel.h"
#include "gatewaycontroller.h"
#include "guitestsupport.h"
#include "inspectorpanel.h"
#include "mainwindow.h"
#include "testpanel.h"
#include "testsupport.h"
#include "waterfallwidget.h"

#include "auth/localidentity.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace gw;
using namespace gw::ui;

namespace {

const QByteArray kMock = R"(
            x-amazon-apigateway-integration:
              type: mock
              requestTemplates: {application/json: '{"statusCode": 200}'}
              responses:
                default:
                  statusCode: "200"
                  responseTemplates: {application/json: '{"ok": true}'}
)";

QByteArray project()
{
    return QByteArray(R"(gatehouse: 1
awsCredentialFiles: false
credentials:
  - {accessKeyId: AKIATESTPANEL0000001, secretAccessKey: test/panel/secret, arn: 'arn:aws:iam::123456789012:user/tester'}
apis:
  - id: shop
    protocol: rest
    definition:
      openapi: 3.0.1
      info: {title: Shop, version: '1'}
      components:
        securitySchemes:
          api_key: {type: apiKey, name: x-api-key, in: header}
          sigv4: {type: apiKey, name: Authorization, in: header, x-amazon-apigateway-authtype: awsSigv4}
          pool:
            type: apiKey
            name: Authorization
            in: header
            x-amazon-apigateway-authtype: cognito_user_pools
            x-amazon-apigateway-authorizer:
              type: cognito_user_pools
              providerARNs: [arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_PANEL]
      paths:
        /pets/{petId}:
          get:)") + kMock + R"(
          post:)" + kMock + R"(
        /keyed:
          get:
            security: [{api_key: []}])" + kMock + R"(
        /signed:
          get:
            security: [{sigv4: []}])" + kMock + R"(
        /profile:
          get:
            security: [{pool: []}])" + kMock + R"(
    stages:
      - name: prod
        deployment: d1
    deployments:
      - id: d1
  - id: hq
    protocol: http
    definition:
      openapi: 3.0.1
      info: {title: HQ, version: '1'}
      paths:
        /items/{id}:
          get:
            x-amazon-apigateway-integration:
              type: http_proxy
              uri: http://127.0.0.1:9/items
              httpMethod: GET
              payloadFormatVersion: "1.0"
    stages:
      - name: $default
        autoDeploy: true
usagePlans:
  - name: basic
    apiStages:
      - {api: shop, stage: prod}
apiKeys:
  - {name: alice, value: alice-key-0123456789abcdef, usagePlans: [basic]}
)";
}

/// Sends what the panel holds and waits for the response and the gateway's record of it.
bool sendAndWait(TestPanel *panel, bool waitForRecord = true)
{
    QSignalSpy finished(panel, &TestPanel::finished);
    panel->sendButton()->click();
    if (finished.isEmpty() && !finished.wait(15'000))
        return false;
    if (!panel->errorText().isEmpty()) {
        if (waitForRecord) // a request that was meant to go out
            qWarning("%s", qPrintable(panel->errorText()));
        return false;
    }
    if (waitForRecord && !panel->record()) {
        QSignalSpy arrived(panel, &TestPanel::recordArrived);
        return arrived.wait(5'000);
    }
    return true;
}

void setIdentity(TestPanel *panel, TestIdentity::Kind kind)
{
    panel->identityCombo()->setCurrentIndex(panel->identityCombo()->findData(int(kind)));
}

} // namespace

class tst_TestPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void followsTheExplorerAndSendsThroughTheGateway();
    void apiKeyIdentity();
    void bearerTokenIdentity();
    void sigV4Identity();
    void httpApiRouteHasNoStagePrefix();
    void startsAStoppedGatewayOnSend();
    void problemsAreShownNotSent();

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    TestPanel *m_panel = nullptr;
};

void tst_TestPanel::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    gw::test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_testpanel"));
}

void tst_TestPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    QSignalSpy compiled(m_window.get(), &MainWindow::projectCompiled);
    QVERIFY(gw::test::openProjectInWindow(*m_window, *m_dir, QStringLiteral("shop.gatehouse.yaml"), project()));
    QVERIFY(m_window->gateway()->isRunning());
    // The identity provider serves next to the gateway, and the window recompiles so the pool trusts its key.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->gateway()->identity() && !m_window->gateway()->identity()->issuer.isEmpty(),
                             10'000);
    QTRY_VERIFY_WITH_TIMEOUT(compiled.count() >= 1, 15'000);
    m_panel = m_window->testPanel();
    QVERIFY(m_panel);
    m_window->testDock()->show();
    m_window->testDock()->raise();
}

void tst_TestPanel::cleanup()
{
    m_panel = nullptr;
    m_window.reset();
    m_dir.reset();
}

void tst_TestPanel::followsTheExplorerAndSendsThroughTheGateway()
{
    // View ▸ Test has Alt+9.
    QCOMPARE(m_window->testDock()->toggleViewAction()->shortcut(), QKeySequence(Qt::ALT | Qt::Key_9));

    // Selecting a method in the Explorer points the panel at it, path parameters filled in.
    ExplorerPanel *explorer = m_window->explorer();
    QStandardItem *item = explorer->itemForKey(QStringLiteral("method:shop:/pets/{petId}:POST"));
    QVERIFY(item);
    explorer->view()->setCurrentIndex(item->index());
    QCOMPARE(m_panel->apiCombo()->currentData().toString(), QStringLiteral("shop"));
    QCOMPARE(m_panel->stageCombo()->currentData().toString(), QStringLiteral("prod"));
    QCOMPARE(m_panel->methodCombo()->currentText(), QStringLiteral("POST"));
    QCOMPARE(m_panel->pathEdit()->text(), QStringLiteral("/pets/1"));
    // Keys that name nothing change nothing.
    QVERIFY(!m_panel->setTargetFromKey(QStringLiteral("method:nosuchapi:/pets:GET")));
    QVERIFY(!m_panel->setTargetFromKey(QStringLiteral("usageplan:basic")));
    QCOMPARE(m_panel->pathEdit()->text(), QStringLiteral("/pets/1"));

    // Compose: a path with a space, a query, a header and a JSON body.
    m_panel->pathEdit()->setText(QStringLiteral("/pets/a b"));
    m_panel->queryEdit()->setText(QStringLiteral("limit=3&type=dog"));
    QTableWidget *headers = m_panel->headersTable();
    headers->insertRow(0);
    headers->setItem(0, 0, new QTableWidgetItem(QStringLiteral("X-Trace")));
    headers->setItem(0, 1, new QTableWidgetItem(QStringLiteral("panel-1")));
    m_panel->bodyEdit()->setPlainText(QStringLiteral("{\"type\": \"dog\"}"));
    QVERIFY2(sendAndWait(m_panel), qPrintable(m_panel->statusLabel()->text()));

    QCOMPARE(m_panel->status(), 200);
    QVERIFY2(m_panel->statusLabel()->text().startsWith(u"200 OK · "), qPrintable(m_panel->statusLabel()->text()));
    QCOMPARE(m_panel->responseBody(), QByteArray("{\"ok\": true}"));
    QVERIFY2(m_panel->bodyView()->text().contains(QLatin1String("\"ok\": true")), qPrintable(m_panel->bodyView()->text()));
    QVERIFY(m_panel->responseHeadersTree()->topLevelItemCount() > 0);
    QVERIFY(!m_panel->responseHeadersTree()->findItems(QStringLiteral("x-amzn-RequestId"), Qt::MatchFixedString).isEmpty());

    // The waterfall shows the steps of that request: the record the gateway wrote for it.
    const ExchangeRecordPtr record = m_panel->record();
    QVERIFY(record);
    QCOMPARE(record->method, QStringLiteral("POST"));
    QCOMPARE(record->path, QStringLiteral("/prod/pets/a%20b"));
    QCOMPARE(record->query, QStringLiteral("limit=3&type=dog"));
    QCOMPARE(record->route, QStringLiteral("/pets/{petId}"));
    QCOMPARE(record->requestHeaders.value("x-trace"), QByteArray("panel-1"));
    QCOMPARE(record->requestBody, QByteArray("{\"type\": \"dog\"}"));
    QCOMPARE(record->status, 200);
    QVERIFY(!m_panel->waterfall()->spans().empty());
    QCOMPARE(m_panel->waterfall()->spans().size(), record->steps.size());
    QVERIFY2(m_panel->waterfallNote()->text().contains(QLatin1String("matched /pets/{petId}")),
             qPrintable(m_panel->waterfallNote()->text()));

    // Show in Inspector opens that record there.
    QSignalSpy inspectRequested(m_panel, &TestPanel::inspectRequested);
    for (QPushButton *button : m_panel->findChildren<QPushButton *>()) {
        if (button->accessibleName() == QLatin1String("Show in Inspector")) {
            QVERIFY(button->isEnabled());
            button->click();
        }
    }
    QCOMPARE(inspectRequested.count(), 1);
    QCOMPARE(m_window->inspector()->record(), record);

    // Ctrl+Enter sends again; a new request gets its own record.
    m_window->activateWindow();
    QApplication::setActiveWindow(m_window.get());
    m_panel->pathEdit()->setFocus();
    QSignalSpy finished(m_panel, &TestPanel::finished);
    QTest::keyClick(m_panel->pathEdit(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(finished.wait(15'000));
    QCOMPARE(m_panel->status(), 200);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->record() && m_panel->record() != record, 5'000);
}

void tst_TestPanel::apiKeyIdentity()
{
    QVERIFY(m_panel->setTargetFromKey(QStringLiteral("method:shop:/keyed:GET")));
    setIdentity(m_panel, TestIdentity::Kind::None);
    QVERIFY(sendAndWait(m_panel));
    QCOMPARE(m_panel->status(), 403);
    QVERIFY2(m_panel->responseBody().contains("Forbidden"), m_panel->responseBody().constData());
    QCOMPARE(m_panel->record()->stoppedAt, QStringLiteral("throttle.api_key_missing"));

    setIdentity(m_panel, TestIdentity::Kind::ApiKey);
    QCOMPARE(m_panel->apiKeyCombo()->count(), 1);
    QVERIFY(m_panel->apiKeyCombo()->currentText().startsWith(QLatin1String("alice (")));
    QVERIFY(sendAndWait(m_panel));
    QCOMPARE(m_panel->status(), 200);
    QCOMPARE(m_panel->record()->requestHeaders.value("x-api-key"), QByteArray("alice-key-0123456789abcdef"));
    QVERIFY(m_panel->record()->stoppedAt.isEmpty());
}

void tst_TestPanel::bearerTokenIdentity()
{
    QVERIFY(m_panel->setTargetFromKey(QStringLiteral("method:shop:/profile:GET")));
    setIdentity(m_panel, TestIdentity::Kind::None);
    QVERIFY(sendAndWait(m_panel));
    QCOMPARE(m_panel->status(), 401);

    setIdentity(m_panel, TestIdentity::Kind::BearerToken);
    QCOMPARE(m_panel->authorizerCombo()->count(), 1);
    QVERIFY2(m_panel->authorizerCombo()->currentText().contains(QLatin1String("pool")),
             qPrintable(m_panel->authorizerCombo()->currentText()));
    QVERIFY2(sendAndWait(m_panel), qPrintable(m_panel->statusLabel()->text()));
    QCOMPARE(m_panel->status(), 200);
    // A Cognito authorizer takes the token alone in its identity source header.
    const QByteArray sent = m_panel->record()->requestHeaders.value("authorization");
    QCOMPARE(sent.count('.'), 2);
    QVERIFY(!sent.startsWith("Bearer "));
    QVERIFY(m_panel->record()->authorizer);
    QCOMPARE(m_panel->record()->authorizer->decision, QStringLiteral("allow"));
}

void tst_TestPanel::sigV4Identity()
{
    QVERIFY(m_panel->setTargetFromKey(QStringLiteral("method:shop:/signed:GET")));
    m_panel->queryEdit()->setText(QStringLiteral("b=2&a=1"));
    setIdentity(m_panel, TestIdentity::Kind::None);
    QVERIFY(sendAndWait(m_panel));
    QCOMPARE(m_panel->status(), 403);
    QVERIFY2(m_panel->responseBody().contains("Missing Authentication Token"), m_panel->responseBody().constData());

    setIdentity(m_panel, TestIdentity::Kind::SigV4);
    QCOMPARE(m_panel->credentialCombo()->count(), 1);
    QVERIFY(m_panel->credentialCombo()->currentText().startsWith(QLatin1String("AKIATESTPANEL0000001")));
    QVERIFY2(sendAndWait(m_panel), qPrintable(m_panel->statusLabel()->text()));
    QVERIFY2(m_panel->status() == 200, m_panel->responseBody().constData());
    QVERIFY(m_panel->record()->iam);
    QVERIFY(m_panel->record()->iam->ok);
    QCOMPARE(m_panel->record()->iam->accessKey, QStringLiteral("AKIATESTPANEL0000001"));
    QVERIFY(!m_panel->lastRequest().canonicalRequest.isEmpty());
}

void tst_TestPanel::httpApiRouteHasNoStagePrefix()
{
    QVERIFY(m_panel->setTargetFromKey(QStringLiteral("route:hq:GET /items/{id}")));
    QCOMPARE(m_panel->apiCombo()->currentData().toString(), QStringLiteral("hq"));
    QCOMPARE(m_panel->stageCombo()->currentData().toString(), QStringLiteral("$default"));
    QCOMPARE(m_panel->methodCombo()->currentText(), QStringLiteral("GET"));
    QCOMPARE(m_panel->urlEdit()->text(),
             QStringLiteral("http://hq.execute-api.localhost:%1/items/1").arg(m_window->gateway()->port()));
    // The backend refuses the connection: the gateway's own error comes back, with the route it matched.
    QVERIFY2(sendAndWait(m_panel), qPrintable(m_panel->statusLabel()->text()));
    QVERIFY2(m_panel->status() >= 500, qPrintable(m_panel->statusLabel()->text()));
    QCOMPARE(m_panel->record()->route, QStringLiteral("GET /items/{id}"));
    QCOMPARE(m_panel->record()->path, QStringLiteral("/items/1"));

    // A stage key keeps the request and changes the stage; an API key names the API.
    QVERIFY(m_panel->setTargetFromKey(QStringLiteral("stage:shop:prod")));
    QCOMPARE(m_panel->apiCombo()->currentData().toString(), QStringLiteral("shop"));
    QCOMPARE(m_panel->stageCombo()->currentData().toString(), QStringLiteral("prod"));
    QVERIFY(!m_panel->setTargetFromKey(QStringLiteral("stage:shop:nosuchstage")));
}

void tst_TestPanel::startsAStoppedGatewayOnSend()
{
    GatewayController *gateway = m_window->gateway();
    gateway->stop();
    QTRY_COMPARE_WITH_TIMEOUT(gateway->state(), GatewayController::State::Stopped, 10'000);
    QVERIFY(m_panel->setTargetFromKey(QStringLiteral("method:shop:/pets/{petId}:GET")));
    setIdentity(m_panel, TestIdentity::Kind::None);
    QVERIFY2(sendAndWait(m_panel), qPrintable(m_panel->statusLabel()->text()));
    QVERIFY(gateway->isRunning());
    QCOMPARE(m_panel->status(), 200);
    QCOMPARE(m_panel->record()->path, QStringLiteral("/prod/pets/1"));
}

void tst_TestPanel::problemsAreShownNotSent()
{
    QVERIFY(m_panel->setTargetFromKey(QStringLiteral("method:shop:/pets/{petId}:GET")));
    m_panel->methodCombo()->setCurrentText(QStringLiteral("ANY"));
    QVERIFY(!sendAndWait(m_panel, false));
    QVERIFY2(m_panel->errorText().startsWith(u"Method: “ANY”"), qPrintable(m_panel->errorText()));
    QCOMPARE(m_panel->status(), 0);
    QVERIFY(!m_panel->record());
}

QTEST_MAIN(tst_TestPanel)
#include "tst_testpanel.moc"
