// SPDX-License-Identifier: GPL-3.0-or-later
// The local identity provider in the window: opening a project loads (or makes) its key off the GUI thread, the
// provider serves its discovery document and keys next to the running gateway, and Mint Test Token signs tokens a
// Cognito user pool authorizer accepts; an expired one and a missing one are refused, and the Identity tab says why.
#include "gatewaycontroller.h"
#include "inspectorpanel.h"
#include "mainwindow.h"
#include "minttokendialog.h"
#include "rawhttp.h"
#include "recordfeed.h"
#include "guitestsupport.h"
#include "testsupport.h"

#include "auth/localidentity.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace gw;
using namespace gw::ui;

namespace {

const QByteArray kProject = R"(gatehouse: 1
apis:
  - id: rest
    protocol: rest
    definition:
      openapi: 3.0.1
      info: {title: R, version: '1'}
      components:
        securitySchemes:
          pool:
            type: apiKey
            name: Authorization
            in: header
            x-amazon-apigateway-authtype: cognito_user_pools
            x-amazon-apigateway-authorizer:
              type: cognito_user_pools
              providerARNs: [arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_GUIPOOL]
      paths:
        /profile:
          get:
            security: [{pool: []}]
            x-amazon-apigateway-integration:
              type: mock
              requestTemplates: {application/json: '{"statusCode": 200}'}
              responses:
                default: {statusCode: "200"}
    stages:
      - name: prod
        deployment: d1
    deployments:
      - id: d1
)";

gw::test::RawResponse get(quint16 port, const QByteArray &path, const QByteArray &host, const QString &token = {})
{
    QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n";
    if (!token.isEmpty())
        request += "Authorization: " + token.toLatin1() + "\r\n";
    return gw::test::rawRequest(port, request + "\r\n");
}

} // namespace

class tst_IdentityGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void providerServesAndMintedTokensAreAccepted();

private:
    QTemporaryDir m_settingsDir;
};

void tst_IdentityGui::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    gw::test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_identitygui"));
}

void tst_IdentityGui::providerServesAndMintedTokensAreAccepted()
{
    QTemporaryDir dir;
    MainWindow window;
    std::vector<ExchangeRecordPtr> records;
    connect(window.gateway()->feed(), &RecordFeed::recordsArrived, this,
            [&records](const std::vector<ExchangeRecordPtr> &batch) { records.insert(records.end(), batch.begin(), batch.end()); });
    QSignalSpy compiled(&window, &MainWindow::projectCompiled);
    QVERIFY(gw::test::openProjectInWindow(window, dir, QStringLiteral("pool.gatehouse.yaml"), kProject));
    QVERIFY(window.gateway()->isRunning());

    // The provider serves on its own port; the window recompiles so the pool trusts its key.
    QTRY_VERIFY_WITH_TIMEOUT(window.gateway()->identity() && !window.gateway()->identity()->issuer.isEmpty(), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(compiled.count() >= 1, 15'000);
    const auto identity = window.gateway()->identity();
    QVERIFY(QFileInfo(identity->keyPath).exists());
    const quint16 idpPort = QUrl(identity->issuer).port();
    QVERIFY(idpPort != 0 && idpPort != window.gateway()->port());
    const gw::test::RawResponse jwks = get(idpPort, "/.well-known/jwks.json", "127.0.0.1");
    QCOMPARE(jwks.status, 200);
    const QJsonObject key = QJsonDocument::fromJson(jwks.body).object().value(QLatin1String("keys")).toArray().at(0).toObject();
    QCOMPARE(key.value(QLatin1String("kty")).toString(), QStringLiteral("RSA"));
    QCOMPARE(get(idpPort, "/.well-known/openid-configuration", "127.0.0.1").status, 200);

    // Mint Test Token aims at the pool: an id token for the default app client.
    MintTokenDialog dialog(*window.project(), identity, identity->issuer, &window);
    QCOMPARE(dialog.authorizerBox()->count(), 2); // the pool, and "none"
    QVERIFY(dialog.authorizerBox()->itemText(0).startsWith(QLatin1String("pool (Cognito user pool")));
    dialog.subjectEdit()->setText(QStringLiteral("ana"));
    dialog.claimsEdit()->setPlainText(QStringLiteral("email=ana@example.com\nlevel=3"));
    QVERIFY2(dialog.mint(), qPrintable(dialog.statusText()));
    QCOMPARE(dialog.claims().value(QLatin1String("iss")).toString(),
             QStringLiteral("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_GUIPOOL"));
    QCOMPARE(dialog.claims().value(QLatin1String("token_use")).toString(), QStringLiteral("id"));
    QCOMPARE(dialog.claims().value(QLatin1String("level")).toInt(), 3);
    const quint16 port = window.gateway()->port();
    QCOMPARE(get(port, "/prod/profile", "rest.execute-api.localhost", dialog.token()).status, 200);
    QCOMPARE(get(port, "/prod/profile", "rest.execute-api.localhost").status, 401);

    // A claims line without '=' is refused with its line number; an expired token gets 401 and the reason.
    dialog.claimsEdit()->setPlainText(QStringLiteral("email=ana@example.com\nbroken"));
    QVERIFY(!dialog.mint());
    QVERIFY2(dialog.statusText().contains(QLatin1String("line 2")), qPrintable(dialog.statusText()));
    dialog.claimsEdit()->clear();
    dialog.lifetimeBox()->setValue(-60);
    QVERIFY(dialog.mint());
    QVERIFY(dialog.statusText().startsWith(QLatin1String("Expired at")));
    QCOMPARE(get(port, "/prod/profile", "rest.execute-api.localhost", dialog.token()).status, 401);
    QTRY_COMPARE(records.size(), size_t(3));
    InspectorPanel inspector;
    // Records come from several worker threads: the newest is the one completed last.
    inspector.setRecord(*std::max_element(records.begin(), records.end(),
                                          [](const auto &a, const auto &b) { return a->sequence < b->sequence; }));
    QVERIFY(inspector.isIdentityTabVisible());
    const QString text = inspector.identityText();
    QVERIFY2(text.contains(QLatin1String("pool (COGNITO_USER_POOLS)")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("expired")), qPrintable(text));

    // Stopping the gateway stops the provider.
    window.gateway()->stop();
    QTRY_COMPARE_WITH_TIMEOUT(window.gateway()->state(), GatewayController::State::Stopped, 10'000);
    QCOMPARE(get(idpPort, "/.well-known/jwks.json", "127.0.0.1").status, 0);
}

QTEST_MAIN(tst_IdentityGui)
#include "tst_identitygui.moc"
