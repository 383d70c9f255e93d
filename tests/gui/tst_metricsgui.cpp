// SPDX-License-Identifier: GPL-3.0-or-later
// The Metrics dock: real requests through the gateway in the window show up as CloudWatch's metrics for the
// chosen API, stage and route (Count, 4XXError, latency percentiles, cache hits and misses), at 1-second and
// 1-minute resolution, sliding with the gateway's clock; a WebSocket API shows ConnectCount and MessageCount;
// opening another project starts the metrics from nothing; the empty states say what to do.
#include "gatewaycontroller.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "metricspanel.h"
#include "rawhttp.h"
#include "testsupport.h"
#include "trafficmodel.h"
#include "trafficpanel.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QtTest>

#include <cmath>

using namespace gw;
using namespace gw::ui;

namespace {

/// REST API `shop`: GET /pets answered by a mock; stage prod has a cache, stage dev has none.
const QByteArray kRestProject = R"(gatehouse: 1
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
                  responseTemplates: {application/json: '{"pets": []}'}
    stages:
      - name: prod
        deployment: d1
        cache: {clusterSize: '0.5', ttlInSeconds: 300}
      - name: dev
        deployment: d1
    deployments:
      - id: d1
)";

const QByteArray kWebSocketProject = test::webSocketChatProject();

int get(quint16 port, const QByteArray &target)
{
    return gw::test::rawRequest(port, gw::test::getRequest(target, "shop.execute-api.localhost")).status;
}

MetricsPanel *showMetrics(MainWindow &window)
{
    window.metricsDock()->show();
    window.metricsDock()->raise();
    return window.metrics();
}

double chartSum(MetricsPanel *panel, const QString &chart, const QString &series)
{
    MetricsChart *c = panel->chart(chart);
    return c ? c->sum(series) : -1;
}

} // namespace

class tst_MetricsGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void noProjectSaysSo();
    void restTrafficPerDimension();
    void webSocketMetrics();

private:
    QTemporaryDir m_settingsDir;
};

void tst_MetricsGui::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    gw::test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_metricsgui"));
}

void tst_MetricsGui::noProjectSaysSo()
{
    MainWindow window;
    window.show();
    MetricsPanel *panel = showMetrics(window);
    QVERIFY(window.metricsDock()->toggleViewAction()->shortcut() == QKeySequence(Qt::ALT | Qt::Key_8));
    QVERIFY(panel->isEmptyStateShown());
    QVERIFY(panel->charts().isEmpty());
    QVERIFY2(panel->emptyLabel()->text().startsWith(QStringLiteral("No project is open.")),
             qPrintable(panel->emptyLabel()->text()));
    QVERIFY(!panel->apiCombo()->isEnabled());
}

void tst_MetricsGui::restTrafficPerDimension()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(gw::test::openProjectInWindow(window, dir, QStringLiteral("shop.gatehouse.yaml"), kRestProject));
    QVERIFY(window.gateway()->isRunning());
    const quint16 port = window.gateway()->port();
    MetricsPanel *panel = showMetrics(window);
    QTRY_VERIFY(panel->isVisible());

    // Before any request: the API is chosen, and the empty state says what to do.
    QCOMPARE(panel->selection().apiId, QStringLiteral("shop"));
    QVERIFY(panel->isEmptyStateShown());
    QVERIFY2(
        panel->emptyLabel()->text().startsWith(QStringLiteral("No requests to shop in the last 5 minutes.")),
        qPrintable(panel->emptyLabel()->text()));

    // prod: a miss, then two hits from its cache; a path no resource matches (403); dev (no cache).
    for (int i = 0; i < 3; ++i)
        QCOMPARE(get(port, "/prod/pets"), 200);
    QCOMPARE(get(port, "/prod/nothing"), 403);
    QCOMPARE(get(port, "/dev/pets"), 200);
    TrafficModel *traffic = window.traffic()->model();
    QTRY_COMPARE_WITH_TIMEOUT(traffic->rowCount(), 5, 5'000);

    // The dock redraws on its own timer: the API level (all stages).
    QTRY_COMPARE_WITH_TIMEOUT(chartSum(panel, QStringLiteral("Count"), QStringLiteral("Count")), 5.0, 5'000);
    QVERIFY(!panel->isEmptyStateShown());
    QCOMPARE(chartSum(panel, QStringLiteral("Errors"), QStringLiteral("4XXError")), 1.0);
    QCOMPARE(chartSum(panel, QStringLiteral("Errors"), QStringLiteral("5XXError")), 0.0);
    QCOMPARE(chartSum(panel, QStringLiteral("Cache"), QStringLiteral("CacheHitCount")), 2.0);
    QCOMPARE(chartSum(panel, QStringLiteral("Cache"), QStringLiteral("CacheMissCount")), 1.0);
    QCOMPARE(panel->chart(QStringLiteral("Count"))->summary(), QStringLiteral("5 requests"));
    QVERIFY(!panel->chart(QStringLiteral("ConnectCount"))); // not a WebSocket API
    QStringList ids;
    for (MetricsChart *c : panel->charts())
        ids.append(c->objectName());
    QCOMPARE(ids,
             (QStringList {QStringLiteral("Count"), QStringLiteral("Errors"), QStringLiteral("Latency"),
                           QStringLiteral("IntegrationLatency"), QStringLiteral("Cache")}));

    // Latency percentiles lie within the requests' own latencies (each period's estimate is clamped to its
    // minimum and maximum).
    double minMs = 1e9;
    double maxMs = 0;
    for (int row = 0; row < traffic->rowCount(); ++row) {
        const ExchangeRecordPtr r = traffic->record(row);
        minMs = std::min(minMs, double(r->totalUs) / 1000);
        maxMs = std::max(maxMs, double(r->totalUs) / 1000);
    }
    MetricsChart *latency = panel->chart(QStringLiteral("Latency"));
    QVERIFY(latency);
    QCOMPARE(latency->unit(), QStringLiteral("ms"));
    for (const QString &p : {QStringLiteral("p50"), QStringLiteral("p90"), QStringLiteral("p99")}) {
        const double top = latency->max(p);
        QVERIFY2(!std::isnan(top) && top >= minMs - 0.001 && top <= maxMs + 0.001,
                 qPrintable(QStringLiteral("%1 %2 not in [%3, %4]").arg(p).arg(top).arg(minMs).arg(maxMs)));
    }
    QVERIFY(latency->max(QStringLiteral("p50")) <= latency->max(QStringLiteral("p99")));

    // The stage prod: four requests, the 403 among them.
    QVERIFY(panel->setSelection(QStringLiteral("shop"), QStringLiteral("prod")));
    QCOMPARE(chartSum(panel, QStringLiteral("Count"), QStringLiteral("Count")), 4.0);
    QCOMPARE(chartSum(panel, QStringLiteral("Errors"), QStringLiteral("4XXError")), 1.0);
    QVERIFY(panel->routeCombo()->isEnabled());
    QVERIFY(panel->routeCombo()->findText(QStringLiteral("GET /pets")) > 0);
    // The stage dev: one request, and no cache chart (dev has no cache).
    QVERIFY(panel->setSelection(QStringLiteral("shop"), QStringLiteral("dev")));
    QCOMPARE(chartSum(panel, QStringLiteral("Count"), QStringLiteral("Count")), 1.0);
    QVERIFY(!panel->chart(QStringLiteral("Cache")));
    // GET /pets on prod: the three requests that matched it; the 403 matched no route.
    QVERIFY(panel->setSelection(QStringLiteral("shop"), QStringLiteral("prod"), QStringLiteral("/pets"),
                                QStringLiteral("GET")));
    QCOMPARE(panel->routeCombo()->currentText(), QStringLiteral("GET /pets"));
    QCOMPARE(chartSum(panel, QStringLiteral("Count"), QStringLiteral("Count")), 3.0);
    QCOMPARE(chartSum(panel, QStringLiteral("Errors"), QStringLiteral("4XXError")), 0.0);
    QVERIFY(panel->summaryText().contains(QStringLiteral("Resource=/pets, Method=GET")));
    QVERIFY(!panel->setSelection(QStringLiteral("shop"), QStringLiteral("nope")));
    QVERIFY(!panel->setSelection(QStringLiteral("nope")));
    // All APIs: the sum of each API's series.
    QVERIFY(panel->setSelection({}));
    QCOMPARE(chartSum(panel, QStringLiteral("Count"), QStringLiteral("Count")), 5.0);
    QVERIFY(!panel->stageCombo()->isEnabled());
    QVERIFY(panel->setSelection(QStringLiteral("shop"), QStringLiteral("prod"), QStringLiteral("/pets"),
                                QStringLiteral("GET")));

    // Resolution: 1 s over 5 minutes, 1 min over the hour and the day, 1 s over 15 minutes; the figures stay.
    MetricsChart *count = panel->chart(QStringLiteral("Count"));
    QCOMPARE(panel->range(), MetricsPanel::Range::FiveMinutes);
    QCOMPARE(count->bucketCount(), 300);
    QCOMPARE(count->periodSeconds(), 1);
    const struct
    {
        MetricsPanel::Range range;
        int buckets;
        int period;
    } ranges[] = {{MetricsPanel::Range::Hour, 60, 60},
                  {MetricsPanel::Range::Day, 1440, 60},
                  {MetricsPanel::Range::FifteenMinutes, 900, 1}};
    for (const auto &r : ranges) {
        panel->rangeCombo()->setCurrentIndex(panel->rangeCombo()->findData(int(r.range)));
        QCOMPARE(panel->range(), r.range);
        count = panel->chart(QStringLiteral("Count"));
        QVERIFY(count);
        QCOMPARE(count->bucketCount(), r.buckets);
        QCOMPARE(count->periodSeconds(), r.period);
        QCOMPARE(count->sum(QStringLiteral("Count")), 3.0);
    }

    // The bucket's tooltip: its time and value. The keyboard walks the buckets.
    panel->setRange(MetricsPanel::Range::Hour);
    count = panel->chart(QStringLiteral("Count"));
    const std::vector<double> &values = count->seriesNamed(QStringLiteral("Count"))->values;
    const int busy
        = int(std::find_if(values.begin(), values.end(), [](double v) { return v > 0; }) - values.begin());
    QVERIFY(busy < count->bucketCount());
    const QString tip = count->bucketText(busy);
    const QString minute = QDateTime::fromMSecsSinceEpoch(count->startMs() + qint64(busy) * 60'000)
                               .toString(QStringLiteral("HH:mm"));
    QVERIFY2(tip.startsWith(minute + QStringLiteral(" to ")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Count: %1 requests").arg(values[size_t(busy)])), qPrintable(tip));
    QVERIFY(panel->chart(QStringLiteral("Latency"))->bucketText(busy).contains(QStringLiteral("p99: ")));
    count->setFocus();
    QTest::keyClick(count, Qt::Key_End);
    QCOMPARE(count->currentBucket(), 59);
    QTest::keyClick(count, Qt::Key_Left);
    QCOMPARE(count->currentBucket(), 58);
    QTest::keyClick(count, Qt::Key_Home);
    QCOMPARE(count->currentBucket(), 0);
    QVERIFY(count->bucketAt(count->width() - 12) == 59 || count->bucketAt(count->width() - 12) == -1);

    // The range slides with the gateway's clock: ten minutes on, the last 5 minutes are empty, the hour is
    // not.
    window.gateway()->advanceTime(10 * 60'000);
    panel->setRange(MetricsPanel::Range::FiveMinutes);
    QVERIFY(panel->isEmptyStateShown());
    QVERIFY2(panel->emptyLabel()->text().startsWith(
                 QStringLiteral("No requests to shop ▸ prod ▸ GET /pets in the last 5 minutes.")),
             qPrintable(panel->emptyLabel()->text()));
    panel->setRange(MetricsPanel::Range::Hour);
    QCOMPARE(chartSum(panel, QStringLiteral("Count"), QStringLiteral("Count")), 3.0);

    // Another project: the metrics start from nothing.
    QVERIFY(
        gw::test::openProjectInWindow(window, dir, QStringLiteral("chat.gatehouse.yaml"), kWebSocketProject));
    QVERIFY(window.metricsStore()->keys().isEmpty());
    QCOMPARE(panel->selection().apiId, QStringLiteral("chat"));
    QVERIFY(panel->selection().stage.isEmpty()); // chat's prod is not shop's prod
    QCOMPARE(panel->range(), MetricsPanel::Range::Hour); // the range is the user's, not the project's
    QVERIFY(panel->isEmptyStateShown());
    QVERIFY2(panel->emptyLabel()->text().startsWith(QStringLiteral(
                 "No connections or messages to chat in the last hour. Connect to the invoke URL")),
             qPrintable(panel->emptyLabel()->text()));
}

void tst_MetricsGui::webSocketMetrics()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(
        gw::test::openProjectInWindow(window, dir, QStringLiteral("chat.gatehouse.yaml"), kWebSocketProject));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isCompiling(), 15'000);
    const quint16 port = window.gateway()->port();
    MetricsPanel *panel = showMetrics(window);

    QWebSocket socket {QString(), QWebSocketProtocol::VersionLatest};
    QStringList received;
    connect(&socket, &QWebSocket::textMessageReceived, &socket,
            [&received](const QString &m) { received.append(m); });
    socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/restapis/chat/prod/_user_request_").arg(port)));
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 15'000);
    socket.sendTextMessage(QStringLiteral(R"({"action":"ping"})"));
    QTRY_COMPARE(received.size(), 1);

    // One connect, and one message in with its reply out.
    QTRY_COMPARE_WITH_TIMEOUT(chartSum(panel, QStringLiteral("ConnectCount"), QStringLiteral("ConnectCount")),
                              1.0, 5'000);
    QTRY_COMPARE_WITH_TIMEOUT(chartSum(panel, QStringLiteral("MessageCount"), QStringLiteral("MessageCount")),
                              2.0, 5'000);
    QCOMPARE(chartSum(panel, QStringLiteral("WebSocketErrors"), QStringLiteral("ClientError")), 0.0);
    QVERIFY(panel->chart(QStringLiteral("IntegrationLatency")));
    QVERIFY(!panel->chart(QStringLiteral("Count"))); // REST and HTTP metrics are not a WebSocket API's
    QVERIFY(!panel->chart(QStringLiteral("Latency")));
    QCOMPARE(panel->chart(QStringLiteral("MessageCount"))->summary(), QStringLiteral("2 messages"));

    // The route: ping saw the message; the minute view keeps it.
    QVERIFY(panel->setSelection(QStringLiteral("chat"), QStringLiteral("prod"), QStringLiteral("ping")));
    QCOMPARE(panel->routeCombo()->currentText(), QStringLiteral("ping"));
    panel->setRange(MetricsPanel::Range::Day);
    QCOMPARE(chartSum(panel, QStringLiteral("MessageCount"), QStringLiteral("MessageCount")), 2.0);
    QCOMPARE(chartSum(panel, QStringLiteral("ConnectCount"), QStringLiteral("ConnectCount")), 0.0);
    socket.close();
}

QTEST_MAIN(tst_MetricsGui)
#include "tst_metricsgui.moc"
