// SPDX-License-Identifier: GPL-3.0-or-later
// The Limits panel and the inspector's Identity tab against the real gateway: gauges appear with the first request,
// follow the buckets and quota counters, the gateway clock moves forward to refill a bucket and to reset a quota,
// and a throttled request's Identity tab shows each limit as that request found it.
#include "gatewaycontroller.h"
#include "inspectorpanel.h"
#include "limitspanel.h"
#include "rawhttp.h"
#include "recordfeed.h"
#include "testsupport.h"

#include "doc/docio.h"
#include "engine/compiler.h"
#include "io/projectfile.h"

#include <QAbstractItemModelTester>
#include <QTabWidget>
#include <QtTest>

using namespace gw;
using namespace gw::ui;

namespace {

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
      paths:
        /pets:
          get:
            security: [{api_key: []}]
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
usagePlans:
  - name: basic
    throttle: {rateLimit: 1, burstLimit: 2}
    quota: {limit: 3, period: DAY}
    apiStages:
      - {api: shop, stage: prod}
apiKeys:
  - {name: alice, value: alice-key-0123456789abcdef, usagePlans: [basic]}
)";

int getPets(quint16 port)
{
    return gw::test::rawRequest(port, "GET /prod/pets HTTP/1.1\r\nHost: shop.execute-api.localhost\r\n"
                                      "x-api-key: alice-key-0123456789abcdef\r\n\r\n")
        .status;
}

int rowOf(const LimitsModel &model, const QString &label)
{
    for (int i = 0; i < model.rowCount(); ++i) {
        if (model.data(model.index(i, LimitsModel::LimitColumn), Qt::DisplayRole).toString() == label)
            return i;
    }
    return -1;
}

} // namespace

class tst_LimitsGui : public QObject
{
    Q_OBJECT
private slots:
    void gaugesFollowBucketsQuotasAndTheClock();
    void spanText();
};

void tst_LimitsGui::gaugesFollowBucketsQuotasAndTheClock()
{
    const io::ProjectLoad load = io::readProject(doc::parse(kProject).root, QStringLiteral("limits.yaml"));
    QVERIFY(load.project);
    GatewayController gateway;
    gateway.deploy(compileProject(*load.project).gateway);
    std::vector<ExchangeRecordPtr> records;
    connect(gateway.feed(), &RecordFeed::recordsArrived, this,
            [&records](const std::vector<ExchangeRecordPtr> &batch) { records.insert(records.end(), batch.begin(), batch.end()); });
    const auto started = gateway.start(0);
    QVERIFY2(started.ok, qPrintable(started.error));

    LimitsPanel panel(&gateway);
    panel.resize(900, 300);
    panel.show();
    LimitsModel &model = *panel.model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0); // nothing checked yet: the empty state explains when rows appear

    // Two requests empty the bucket (burst 2, 1 per second); the third is throttled.
    QCOMPARE(getPets(started.port), 200);
    QCOMPARE(getPets(started.port), 200);
    QCOMPARE(getPets(started.port), 429);
    panel.refresh();
    const int bucket = rowOf(model, QStringLiteral("usage plan basic, key alice"));
    const int quota = rowOf(model, QStringLiteral("usage plan basic quota, key alice"));
    const int account = rowOf(model, QStringLiteral("account"));
    QVERIFY2(bucket >= 0 && quota >= 0 && account >= 0, qPrintable(QString::number(model.rowCount())));
    QVERIFY(model.data(model.index(bucket, LimitsModel::LevelColumn), LimitsModel::LevelRole).toDouble() < 0.5);
    QVERIFY2(model.data(model.index(quota, LimitsModel::DetailColumn), Qt::DisplayRole)
                 .toString()
                 .startsWith(u"2 of 3 requests used · resets "),
             qPrintable(model.data(model.index(quota, LimitsModel::DetailColumn), Qt::DisplayRole).toString()));

    // The throttled request's Identity tab shows the empty bucket as it found it; its Explain tab links there.
    QTRY_COMPARE(records.size(), size_t(3));
    // Records come from several worker threads, so they may arrive out of request order.
    const auto lastOf = [&records](int status) {
        ExchangeRecordPtr found;
        for (const ExchangeRecordPtr &r : records) {
            if (r->status == status && (!found || r->sequence > found->sequence))
                found = r;
        }
        return found;
    };
    InspectorPanel inspector;
    QVERIFY(lastOf(429));
    inspector.setRecord(lastOf(429));
    QVERIFY(inspector.isIdentityTabVisible());
    const QString identity = inspector.identityText();
    for (const char *expected : {"API key and limits", "alice", "****cdef", "basic", "usage plan basic, key alice",
                                 "empty: less than one token, so the request was throttled"})
        QVERIFY2(identity.contains(QLatin1String(expected)), qPrintable(expected + QStringLiteral(" in ") + identity));
    QVERIFY(inspector.explainText().contains(QLatin1String("Each bucket and quota as this request found them")));

    // One second later the bucket has a token again; the quota is spent after that request.
    gateway.advanceTime(1000);
    QCOMPARE(gateway.timeOffsetMs(), 1000);
    QCOMPARE(getPets(started.port), 200);
    gateway.advanceTime(2000);
    QCOMPARE(getPets(started.port), 429); // 4th allowed-by-bucket request: over the quota of 3
    QTRY_COMPARE(records.size(), size_t(5));
    inspector.setRecord(lastOf(429));
    QVERIFY2(inspector.identityText().contains(QLatin1String("all 3 requests of the period used")),
             qPrintable(inspector.identityText()));

    // To quota reset: the clock jumps to the end of the day and the quota starts over.
    panel.refresh();
    QVERIFY(panel.advanceToQuotaReset());
    QVERIFY(gateway.timeOffsetMs() > 3000);
    QCOMPARE(getPets(started.port), 200);
    panel.refresh();
    const int quotaAfter = rowOf(model, QStringLiteral("usage plan basic quota, key alice"));
    QVERIFY(quotaAfter >= 0);
    QVERIFY2(model.data(model.index(quotaAfter, LimitsModel::DetailColumn), Qt::DisplayRole)
                 .toString()
                 .startsWith(QLatin1String("1 of 3 requests used")),
             qPrintable(model.data(model.index(quotaAfter, LimitsModel::DetailColumn), Qt::DisplayRole).toString()));

    // Refill all forgets every count.
    gateway.resetLimits();
    panel.refresh();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!panel.grab().isNull());
    gateway.stop();
    QTRY_COMPARE(gateway.state(), GatewayController::State::Stopped);
}

void tst_LimitsGui::spanText()
{
    QCOMPARE(LimitsModel::spanText(0), QStringLiteral("0 s"));
    QCOMPARE(LimitsModel::spanText(1), QStringLiteral("1 s"));
    QCOMPARE(LimitsModel::spanText(59'000), QStringLiteral("59 s"));
    QCOMPARE(LimitsModel::spanText(61'000), QStringLiteral("1 min 1 s"));
    QCOMPARE(LimitsModel::spanText(3'600'000 * 4 + 600'000), QStringLiteral("4 h 10 min"));
    QCOMPARE(LimitsModel::spanText(86'400'000 * 2 + 3'600'000 * 3), QStringLiteral("2 days 3 h"));
}

QTEST_MAIN(tst_LimitsGui)
#include "tst_limitsgui.moc"
