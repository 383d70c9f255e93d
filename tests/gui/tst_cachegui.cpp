// SPDX-License-Identifier: GPL-3.0-or-later
// Flushing a stage cache from the GUI: GatewayController::flushStageCache() against the real gateway drops what the
// stage cached, and Gateway > Flush Stage Cache in the main window, enabled only for a stage with a cache, reports
// how many entries it dropped.
#include "explorerpanel.h"
#include "gatewaycontroller.h"
#include "mainwindow.h"
#include "rawhttp.h"
#include "testsupport.h"

#include "doc/docio.h"
#include "engine/compiler.h"
#include "io/projectfile.h"

#include <QFile>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace gw;
using namespace gw::ui;

namespace {

/// REST API `shop`: stage prod has a cache (GET /pets cached for 300 s), stage dev has none.
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
                default:
                  statusCode: "200"
                  responseTemplates: {application/json: '{"at": "$context.requestTimeEpoch"}'}
    stages:
      - name: prod
        deployment: d1
        cache: {clusterSize: '0.5', ttlInSeconds: 300}
      - name: dev
        deployment: d1
    deployments:
      - id: d1
)";

gw::test::RawResponse getPets(quint16 port, const QByteArray &stage)
{
    return gw::test::rawRequest(port, "GET /" + stage + "/pets HTTP/1.1\r\nHost: shop.execute-api.localhost\r\n\r\n");
}

} // namespace

class tst_CacheGui : public QObject
{
    Q_OBJECT
private slots:
    void controllerFlushesTheStageCache();
    void menuFlushesTheSelectedStage();
};

void tst_CacheGui::controllerFlushesTheStageCache()
{
    const io::ProjectLoad load = io::readProject(doc::parse(kProject).root, QStringLiteral("cache.yaml"));
    QVERIFY(load.project);
    GatewayController gateway;
    gateway.deploy(compileProject(*load.project).gateway);
    QVERIFY(gateway.hasStageCache(QStringLiteral("shop"), QStringLiteral("prod")));
    QVERIFY(!gateway.hasStageCache(QStringLiteral("shop"), QStringLiteral("dev")));
    QVERIFY(!gateway.hasStageCache(QStringLiteral("nope"), QStringLiteral("prod")));
    const auto started = gateway.start(0);
    QVERIFY2(started.ok, qPrintable(started.error));

    // The first answer is cached; the flush drops it.
    QCOMPARE(getPets(started.port, "prod").status, 200);
    QCOMPARE(getPets(started.port, "prod").status, 200);
    QCOMPARE(gateway.flushStageCache(QStringLiteral("shop"), QStringLiteral("prod")), std::optional<int>(1));
    QCOMPARE(gateway.flushStageCache(QStringLiteral("shop"), QStringLiteral("prod")), std::optional<int>(0));
    QCOMPARE(gateway.flushStageCache(QStringLiteral("shop"), QStringLiteral("dev")), std::nullopt);
}

void tst_CacheGui::menuFlushesTheSelectedStage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cache.gatehouse.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kProject);
    file.close();

    MainWindow window;
    window.setPreferredPortOverride(0);
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    QSignalSpy failed(&window, &MainWindow::openFailed);
    window.show();
    QVERIFY(!window.flushCacheAction()->isEnabled()); // no project
    window.openFile(path);
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() + failed.count() > 0, 15'000);
    QCOMPARE(failed.count(), 0);
    QVERIFY(window.gateway()->isRunning());
    const quint16 port = window.gateway()->port();

    // Nothing selected: the first API's first stage, prod, which has a cache.
    QVERIFY(window.flushCacheAction()->isEnabled());
    QVERIFY2(window.flushCacheAction()->text().contains(QLatin1String("shop/prod")),
             qPrintable(window.flushCacheAction()->text()));
    QCOMPARE(getPets(port, "prod").status, 200);
    window.flushCacheAction()->trigger();
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("1 cached response(s) dropped")),
             qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(window.flushStageCache(), std::optional<int>(0));

    // Stage dev has no cache: the action is disabled.
    Q_EMIT window.explorer()->selected(QStringLiteral("shop"), QStringLiteral("dev"));
    QVERIFY(!window.flushCacheAction()->isEnabled());
    QCOMPARE(window.flushStageCache(), std::nullopt);
}

QTEST_MAIN(tst_CacheGui)
#include "tst_cachegui.moc"
