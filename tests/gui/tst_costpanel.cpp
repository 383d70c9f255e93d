// SPDX-License-Identifier: GPL-3.0-or-later
// The Cost dock: the live projection item by item, REST versus HTTP with the REST-only features a project uses,
// billing alarms that go off once per crossing, and the what-if table priced as `gatehouse cost` prices it.
// Records are synthetic, on a fixed clock.
#include "costpanel.h"
#include "doc/docio.h"
#include "gatewaycontroller.h"
#include "io/projectfile.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QtTest>

using namespace gw;
using namespace gw::ui;

namespace {

constexpr qint64 kStart = 1'700'000'000'000;

ExchangeRecordPtr record(qint64 atMs, const QString &protocol = QStringLiteral("rest"), qint64 requestBytes = 0)
{
    auto r = std::make_shared<ExchangeRecord>();
    r->protocol = protocol;
    r->apiId = QStringLiteral("shop");
    r->method = QStringLiteral("GET");
    r->path = QStringLiteral("/prod/pets");
    r->status = 200;
    r->startEpochMs = atMs;
    r->requestBodySize = requestBytes;
    return r;
}

/// `perSecond` records a second for `seconds` seconds from `fromMs`.
std::vector<ExchangeRecordPtr> traffic(qint64 fromMs, int perSecond, int seconds,
                                       const QString &protocol = QStringLiteral("rest"), qint64 requestBytes = 0)
{
    std::vector<ExchangeRecordPtr> batch;
    for (int i = 0; i < perSecond * seconds; ++i)
        batch.push_back(record(fromMs + qint64(i) * 1000 / perSecond, protocol, requestBytes));
    return batch;
}

std::shared_ptr<const cost::Pricing> builtinPricing()
{
    QString error;
    std::optional<cost::Pricing> p
        = cost::parsePricing(cost::builtinPricingJson(), QStringLiteral("built-in pricing"), &error);
    return p ? std::make_shared<const cost::Pricing>(*p) : nullptr;
}

/// REST API `shop`: both methods need an API key (usage plan basic), POST /pets is validated, GET /pets/{id} is a
/// mock, OPTIONS /pets is a CORS mock (not a loss), stage prod has a 0.5 GB cache. HTTP API `orders`.
const QByteArray kProject = R"(gatehouse: 1
apis:
  - id: shop
    protocol: rest
    definition:
      openapi: 3.0.1
      info: {title: shop, version: '1'}
      components:
        securitySchemes:
          api_key: {type: apiKey, name: x-api-key, in: header}
      x-amazon-apigateway-request-validators:
        all: {validateRequestBody: true, validateRequestParameters: true}
      paths:
        /pets:
          get:
            security: [{api_key: []}]
            x-amazon-apigateway-integration: {type: http_proxy, uri: 'http://example.com/pets', httpMethod: GET}
          post:
            security: [{api_key: []}]
            x-amazon-apigateway-request-validator: all
            x-amazon-apigateway-integration: {type: http_proxy, uri: 'http://example.com/pets', httpMethod: POST}
          options:
            x-amazon-apigateway-integration:
              type: mock
              requestTemplates: {application/json: '{"statusCode": 200}'}
              responses: {default: {statusCode: "200"}}
        /pets/{id}:
          get:
            x-amazon-apigateway-integration:
              type: mock
              requestTemplates: {application/json: '{"statusCode": 200}'}
              responses: {default: {statusCode: "200"}}
    stages:
      - name: prod
        deployment: d1
        cache: {clusterSize: '0.5', ttlInSeconds: 300}
    deployments:
      - id: d1
  - id: orders
    protocol: http
    definition:
      openapi: 3.0.1
      info: {title: orders, version: '1'}
      paths:
        /orders:
          get:
            x-amazon-apigateway-integration: {type: http_proxy, uri: 'http://example.com/orders', httpMethod: GET, payloadFormatVersion: '1.0'}
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

model::Project project(const QByteArray &text)
{
    const io::ProjectLoad load = io::readProject(doc::parse(text).root, QStringLiteral("cost.yaml"));
    if (!load.project)
        qFatal("the test project does not load");
    return *load.project;
}

model::Project httpOnlyProject()
{
    model::Project p = project(kProject);
    p.apis.removeFirst();
    p.usagePlans.clear();
    p.apiKeys.clear();
    return p;
}

} // namespace

class tst_CostPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void liveProjection();
    void projectionIncludesStageCaches();
    void restVersusHttp();
    void restOnlyFeatures();
    void featureText_data();
    void featureText();
    void alarmGoesOffOncePerCrossing();
    void alarmsArePersisted();
    void whatIf_data();
    void whatIf();
    void whatIfInvalidInputsInline();
    void whatIfCopiesItsTable();
    void useCurrentTraffic();
    void dockInTheWindow();

private:
    QTemporaryDir m_settingsDir;
};

void tst_CostPanel::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    gw::test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_costpanel"));
    QVERIFY(builtinPricing());
}

void tst_CostPanel::init()
{
    QSettings().remove(QStringLiteral("cost/alarms"));
}

void tst_CostPanel::liveProjection()
{
    CostPanel panel(builtinPricing(), {});
    QAbstractItemModelTester tester(panel.liveModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    qint64 now = kStart;
    panel.setClock([&now] { return now; });
    panel.refresh();
    QCOMPARE(panel.live().monthlyUsd, 0.0);
    QCOMPARE(panel.liveModel()->rowCount(), 1); // the total only
    QCOMPARE(panel.liveModel()->rows().last().item, QStringLiteral("Total per month"));

    // 10 REST requests a second for a minute, as the status bar's test counts them: the month is 25.92 M requests
    // at $3.50/M ($90.72) + 25.92 M x 19 bytes out at $0.09/GB ($0.04).
    const auto batch = traffic(kStart, 10, 60);
    panel.addRecords(batch);
    now = kStart + 60'000;
    panel.refresh();
    QCOMPARE(panel.live().requests, quint64(600));
    QCOMPARE(panel.live().ratePerSecond, 10.0);
    QCOMPARE(cost::formatUsd(panel.live().monthlyUsd), QStringLiteral("$90.76"));
    const CostTableModel::Row *requests = panel.liveModel()->row(QStringLiteral("REST API requests"));
    QVERIFY(requests);
    QCOMPARE(requests->quantity, QLocale().toString(25'920'000.0, 'f', 0) + QStringLiteral(" requests"));
    QCOMPARE(cost::formatUsd(requests->usd), QStringLiteral("$90.72"));
    QVERIFY(panel.liveModel()->row(QStringLiteral("Data transfer out")));
    QVERIFY(!panel.liveModel()->row(QStringLiteral("Lambda compute"))); // no function ran

    // The same figure as the status bar's meter.
    cost::CostMeter meter(builtinPricing());
    for (const ExchangeRecordPtr &r : batch)
        meter.add(*r);
    QVERIFY(qAbs(meter.snapshot(now).monthlyUsd - panel.live().monthlyUsd) < 1e-9);
    QCOMPARE(panel.live().sessionUsd, meter.snapshot(now).sessionUsd);

    // A quiet minute later the projection is nothing again; the session keeps its cost (the tick keeps going).
    now += 61'000;
    QTRY_COMPARE(panel.live().monthlyUsd, 0.0);
    QCOMPARE(panel.live().requests, quint64(600));
}

void tst_CostPanel::projectionIncludesStageCaches()
{
    CostPanel panel(builtinPricing(), {});
    qint64 now = kStart + 60'000;
    panel.setClock([&now] { return now; });
    panel.setProject(project(kProject));
    // No traffic: the 0.5 GB cache of shop/prod is billed by the hour anyway ($0.02 x 720 h).
    const CostTableModel::Row *cache = panel.liveModel()->row(QStringLiteral("Cache shop/prod (0.5 GB)"));
    QVERIFY(cache);
    QCOMPARE(cost::formatUsd(cache->usd), QStringLiteral("$14.40"));
    QCOMPARE(cost::formatUsd(panel.live().monthlyUsd), QStringLiteral("$14.40"));
    panel.addRecords(traffic(kStart, 10, 60));
    panel.refresh();
    QVERIFY(qAbs(panel.live().monthlyUsd - 105.16) < 0.005); // $90.76 + $14.40
    QCOMPARE(cost::formatUsd(panel.live().monthlyUsd), QStringLiteral("$105"));
    panel.clearProject();
    QCOMPARE(cost::formatUsd(panel.live().monthlyUsd), QStringLiteral("$90.76"));
}

void tst_CostPanel::restVersusHttp()
{
    const auto pricing = builtinPricing();
    CostPanel panel(pricing, {});
    qint64 now = kStart + 60'000;
    panel.setClock([&now] { return now; });
    panel.refresh();
    QVERIFY(!panel.live().restOrHttpSeen);

    // 10 REST requests a second: $90.72 of requests on REST, $25.92 on HTTP; the same data out on both.
    panel.addRecords(traffic(kStart, 10, 60));
    panel.refresh();
    QVERIFY(panel.live().restOrHttpSeen);
    QCOMPARE(cost::formatUsd(panel.live().restMonthlyUsd), QStringLiteral("$90.76"));
    QCOMPARE(cost::formatUsd(panel.live().httpMonthlyUsd), QStringLiteral("$25.96"));
    QCOMPARE(cost::formatUsd(panel.live().restMonthlyUsd - panel.live().httpMonthlyUsd), QStringLiteral("$64.80"));

    // 5 more a second on an HTTP API with 600 KB bodies: two metered HTTP requests each, one REST request each.
    panel.clearTraffic();
    auto batch = traffic(kStart, 5, 60);
    const auto big = traffic(kStart, 5, 60, QStringLiteral("http"), 600 * 1024);
    batch.insert(batch.end(), big.cbegin(), big.cend());
    panel.addRecords(batch);
    panel.refresh();
    const double transfer = pricing->dataTransferOut.cost(600 * 19 * 43'200 / cost::bytesPerGb);
    QVERIFY(qAbs(panel.live().restMonthlyUsd - (pricing->restRequests.cost(25.92e6) + transfer)) < 1e-9);
    QVERIFY(qAbs(panel.live().httpMonthlyUsd - (pricing->httpRequests.cost(38.88e6) + transfer)) < 1e-9);

    // A project's REST stage cache is on the REST side only.
    panel.setProject(project(kProject));
    QVERIFY(qAbs(panel.live().restMonthlyUsd - (pricing->restRequests.cost(25.92e6) + transfer + 14.4)) < 1e-9);
    QVERIFY(qAbs(panel.live().httpMonthlyUsd - (pricing->httpRequests.cost(38.88e6) + transfer)) < 1e-9);
}

void tst_CostPanel::restOnlyFeatures()
{
    const QList<RestOnlyFeature> features = CostPanel::restOnlyFeatures(project(kProject));
    QStringList lines;
    for (const RestOnlyFeature &f : features)
        lines.append(QStringLiteral("%1|%2|%3|%4").arg(f.apiId, f.feature, f.detail, f.lost ? u"lost" : u"changed"));
    const QStringList expected {
        QStringLiteral("shop|API keys and usage plans|2 method(s) (GET /pets, POST /pets) require an API key; usage "
                       "plans basic (per-client throttling and quotas)|lost"),
        QStringLiteral("shop|Request validation|1 method(s) (POST /pets)|lost"),
        QStringLiteral("shop|Mock integrations|1 method(s) (GET /pets/{id})|lost"),
        QStringLiteral("shop|Response cache|stages prod (0.5 GB)|lost"),
    };
    // (Plurals read "2 methods" with the English translation loaded, as the app does.)
    QCOMPARE(lines, expected);
    QVERIFY(CostPanel::restOnlyFeatures(httpOnlyProject()).isEmpty());
}

void tst_CostPanel::featureText_data()
{
    QTest::addColumn<bool>("httpOnly");
    QTest::addColumn<QString>("expected");
    QTest::addRow("REST API with keys and a validator")
        << false << QStringLiteral("Request validation — 1 method(s) (POST /pets) (shop)");
    QTest::addRow("REST API with keys") << false << QStringLiteral("API keys and usage plans — 2 method(s)");
    QTest::addRow("no REST API") << true << QStringLiteral("The project has no REST API.");
}

void tst_CostPanel::featureText()
{
    QFETCH(bool, httpOnly);
    QFETCH(QString, expected);
    CostPanel panel(builtinPricing(), {});
    QVERIFY(panel.featuresText().startsWith(QStringLiteral("Open a project")));
    panel.setProject(httpOnly ? httpOnlyProject() : project(kProject));
    QVERIFY2(panel.featuresText().contains(expected), qPrintable(panel.featuresText()));
}

void tst_CostPanel::alarmGoesOffOncePerCrossing()
{
    CostPanel panel(builtinPricing(), {});
    QCOMPARE(panel.alarmThresholds(), CostPanel::defaultAlarmThresholds());
    qint64 now = kStart;
    panel.setClock([&now] { return now; });
    QSignalSpy raised(&panel, &CostPanel::alarmRaised);
    // 20 REST requests a second: about $181 a month, over $100, under $500.
    panel.addRecords(traffic(kStart, 20, 60));
    now = kStart + 60'000;
    panel.refresh();
    panel.refresh();
    QCOMPARE(raised.count(), 1);
    QCOMPARE(raised.at(0).at(0).toDouble(), 100.0);
    QVERIFY(qAbs(raised.at(0).at(1).toDouble() - 181.52) < 0.005); // 51.84 M requests at $3.50/M + data out
    QVERIFY(panel.isAlarmOn(0));
    QVERIFY(!panel.isAlarmOn(1));
    auto *state = panel.findChild<QLabel *>(QStringLiteral("alarmState0"));
    QVERIFY(state);
    QCOMPARE(state->text(), QStringLiteral("ALARM"));

    // Traffic stops: the projection falls below $100 and the alarm re-arms without going off.
    now += 61'000;
    panel.refresh();
    QVERIFY(!panel.isAlarmOn(0));
    QCOMPARE(state->text(), QStringLiteral("OK"));
    QCOMPARE(raised.count(), 1);

    // It comes back: the alarm goes off again, once.
    panel.addRecords(traffic(now, 20, 60));
    now += 60'000;
    panel.refresh();
    panel.refresh();
    QCOMPARE(raised.count(), 2);

    // Lowering a threshold under the projection shows ALARM but is no crossing.
    panel.setAlarmThresholds({50, 150});
    QVERIFY(panel.isAlarmOn(0));
    QVERIFY(panel.isAlarmOn(1));
    panel.refresh();
    QCOMPARE(raised.count(), 2);
}

void tst_CostPanel::alarmsArePersisted()
{
    {
        CostPanel panel(builtinPricing(), {});
        panel.setAlarmThresholds({250, 50, 250, -3});
        QCOMPARE(panel.alarmThresholds(), (QList<double> {50, 250}));
        QCOMPARE(QSettings().value(QStringLiteral("cost/alarms")).toStringList(),
                 (QStringList {QStringLiteral("50"), QStringLiteral("250")}));
        // Editing a threshold in its field is saved too.
        auto *field = panel.findChild<QDoubleSpinBox *>(QStringLiteral("alarmThreshold1"));
        QVERIFY(field);
        field->setValue(750);
    }
    {
        CostPanel panel(builtinPricing(), {});
        QCOMPARE(panel.alarmThresholds(), (QList<double> {50, 750}));
        panel.setAlarmThresholds({});
    }
    CostPanel panel(builtinPricing(), {});
    QVERIFY(panel.alarmThresholds().isEmpty()); // removed all: stays so
}

void tst_CostPanel::whatIf_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("rps");
    QTest::addColumn<double>("expectedUsd"); // issue 8's worked examples
    QTest::addColumn<QString>("printed");    // `gatehouse cost --protocol P --rps 10000` says 57192.3 / 23358
    QTest::addRow("REST, 10,000 rps") << int(cost::ApiKind::Rest) << 10'000.0 << 57'200.0 << QStringLiteral("$57,192");
    QTest::addRow("HTTP, 10,000 rps") << int(cost::ApiKind::Http) << 10'000.0 << 23'360.0 << QStringLiteral("$23,358");
}

void tst_CostPanel::whatIf()
{
    QFETCH(int, kind);
    QFETCH(double, rps);
    QFETCH(double, expectedUsd);
    QFETCH(QString, printed);
    const auto pricing = builtinPricing();
    CostPanel panel(pricing, {});
    QAbstractItemModelTester tester(panel.whatIfModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    cost::MonthlyInputs in;
    in.kind = cost::ApiKind(kind);
    in.requestsPerSecond = rps;
    panel.setWhatIfInputs(in);
    const cost::MonthlyInputs read = panel.whatIfInputs();
    QCOMPARE(int(read.kind), kind);
    QCOMPARE(read.requestsPerSecond, rps);
    QCOMPARE(read.payloadBytes, 0.0);
    QVERIFY(panel.whatIfError().isEmpty());
    const CostTableModel::Row &total = panel.whatIfModel()->rows().last();
    QVERIFY(total.total);
    QCOMPARE(total.usd, cost::estimateMonthly(*pricing, in).totalUsd);
    QVERIFY2(qAbs(total.usd - expectedUsd) / expectedUsd < 0.001, qPrintable(QString::number(total.usd)));
    QCOMPARE(panel.whatIfModel()->data(panel.whatIfModel()->index(panel.whatIfModel()->rowCount() - 1,
                                                                   CostTableModel::UsdColumn),
                                       Qt::DisplayRole)
                 .toString(),
             printed);
    QCOMPARE(panel.whatIfModel()->row(QStringLiteral("API requests"))->usd, total.usd);

    // With a cache, Lambda and a payload, every line item is there and adds up.
    in.cacheGb = in.kind == cost::ApiKind::Rest ? 0.5 : 0;
    in.payloadBytes = 2048;
    in.lambdaMemoryMb = 512;
    in.lambdaDurationMs = 20;
    panel.setWhatIfInputs(in);
    const cost::MonthlyEstimate e = cost::estimateMonthly(*pricing, in);
    QCOMPARE(panel.whatIfModel()->row(QStringLiteral("Lambda compute"))->usd, e.lambdaComputeUsd);
    QCOMPARE(panel.whatIfModel()->row(QStringLiteral("Data transfer out"))->usd, e.dataTransferUsd);
    QCOMPARE(bool(panel.whatIfModel()->row(QStringLiteral("Cache (0.5 GB)"))), in.kind == cost::ApiKind::Rest);
    QCOMPARE(panel.whatIfModel()->rows().last().usd, e.totalUsd);
}

void tst_CostPanel::whatIfInvalidInputsInline()
{
    CostPanel panel(builtinPricing(), {});
    cost::MonthlyInputs in;
    in.requestsPerSecond = 5;
    in.lambdaMemoryMb = 64; // Lambda's smallest is 128 MB
    in.lambdaDurationMs = 10;
    panel.setWhatIfInputs(in);
    QVERIFY(panel.whatIfError().startsWith(QStringLiteral("Lambda memory must be")));
    QVERIFY2(!panel.whatIfError().contains(QStringLiteral("--")), qPrintable(panel.whatIfError()));
    QCOMPARE(panel.whatIfModel()->rowCount(), 0);
    in.lambdaMemoryMb = 128;
    panel.setWhatIfInputs(in);
    QVERIFY(panel.whatIfError().isEmpty());
    QVERIFY(panel.whatIfModel()->rowCount() > 0);
}

void tst_CostPanel::whatIfCopiesItsTable()
{
    CostPanel panel(builtinPricing(), {});
    panel.resize(1000, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.tabs()->setCurrentIndex(3);
    cost::MonthlyInputs in;
    in.kind = cost::ApiKind::Http;
    in.requestsPerSecond = 10'000;
    panel.setWhatIfInputs(in);
    QTableView *view = nullptr;
    for (QTableView *v : panel.findChildren<QTableView *>()) {
        if (v->model() == panel.whatIfModel())
            view = v;
    }
    QVERIFY(view);
    view->setFocus();
    QApplication::clipboard()->clear();
    QTest::keySequence(view, QKeySequence::Copy);
    const QString text = QApplication::clipboard()->text();
    QCOMPARE(text, panel.whatIfModel()->toText());
    QVERIFY(text.startsWith(QStringLiteral("Item\tQuantity\tUSD\n")));
    QVERIFY2(text.contains(QStringLiteral("Total per month\t\t$23,358\n")), qPrintable(text));
}

void tst_CostPanel::useCurrentTraffic()
{
    CostPanel panel(builtinPricing(), {});
    qint64 now = kStart + 60'000;
    panel.setClock([&now] { return now; });
    panel.setProject(project(kProject));
    // 4 HTTP requests a second, each invoking a 256 MB function for 12 ms, answering 2 KB; 1 REST request a second.
    std::vector<ExchangeRecordPtr> batch = traffic(kStart, 1, 60);
    for (int i = 0; i < 240; ++i) {
        auto r = std::make_shared<ExchangeRecord>(*record(kStart + i * 250, QStringLiteral("http")));
        r->responseBodySize = 2048 - 19;
        auto lambda = std::make_shared<LambdaTrace>();
        lambda->billedMs = 12;
        lambda->memorySizeMb = 256;
        r->lambda.push_back(lambda);
        batch.push_back(r);
    }
    panel.addRecords(batch);
    panel.useCurrentTraffic();
    const cost::MonthlyInputs in = panel.whatIfInputs();
    QCOMPARE(in.kind, cost::ApiKind::Http);
    QCOMPARE(in.requestsPerSecond, 4.0);
    QCOMPARE(in.payloadBytes, 2048.0);
    QCOMPARE(in.lambdaMemoryMb, 256);
    QCOMPARE(in.lambdaDurationMs, 12.0);
    QCOMPARE(in.cacheGb, 0.0); // HTTP APIs have no cache
    QVERIFY(panel.whatIfError().isEmpty());
    QVERIFY(panel.whatIfModel()->row(QStringLiteral("Lambda compute")));
}

void tst_CostPanel::dockInTheWindow()
{
    MainWindow window;
    window.setPreferredPortOverride(0);
    QDockWidget *dock = window.costDock();
    QVERIFY(dock);
    QCOMPARE(dock->objectName(), QStringLiteral("CostDock"));
    QCOMPARE(dock->widget(), window.costPanel());
    QCOMPARE(dock->toggleViewAction()->shortcut(), QKeySequence(Qt::ALT | Qt::Key_0));
    QVERIFY(!dock->toggleViewAction()->toolTip().isEmpty());
    QVERIFY(window.tabifiedDockWidgets(window.metricsDock()).contains(dock));
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    window.show();
    window.openFile(gw::test::exampleProjectPath());
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() > 0, 15'000);
    // The example's REST API is read for what HTTP APIs would lack.
    QVERIFY2(window.costPanel()->featuresText().contains(QStringLiteral("petstore")),
             qPrintable(window.costPanel()->featuresText()));

    // An alarm while the dock is behind another tab: the status bar and a notice say so; Show Cost raises the dock.
    QVERIFY(dock->visibleRegion().isEmpty()); // behind the Traffic tab
    window.costPanel()->setAlarmThresholds({100});
    const qint64 now = window.gateway()->clock().epochMs();
    window.costPanel()->addRecords(traffic(now - 59'000, 20, 59));
    window.costPanel()->refresh();
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Billing alarm: the projected month is $")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY2(window.notice()->text().contains(QStringLiteral("Billing alarm")), qPrintable(window.notice()->text()));
    QCOMPARE(window.notice()->buttons().size(), 1);
    window.notice()->buttons().first()->click();
    QTRY_VERIFY(!dock->visibleRegion().isEmpty());
}

QTEST_MAIN(tst_CostPanel)
#include "tst_costpanel.moc"
