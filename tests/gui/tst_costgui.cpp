// SPDX-License-Identifier: GPL-3.0-or-later
// Live cost in the window: the traffic table's Cost column and the status bar's cost line, from the built-in
// pricing file, with real requests through the real gateway and with records on a fixed clock.
#include "costlabel.h"
#include "gatewaycontroller.h"
#include "mainwindow.h"
#include "rawhttp.h"
#include "testsupport.h"
#include "trafficmodel.h"
#include "trafficpanel.h"

#include <QAbstractItemModelTester>
#include <QStatusBar>
#include <QtTest>

using namespace gw;
using namespace gw::ui;

namespace {

ExchangeRecordPtr restRecord(qint64 atMs, const QString &protocol = QStringLiteral("rest"))
{
    auto r = std::make_shared<ExchangeRecord>();
    r->protocol = protocol;
    r->apiId = protocol.isEmpty() ? QString() : QStringLiteral("petstore");
    r->method = QStringLiteral("GET");
    r->path = QStringLiteral("/prod/pets");
    r->status = protocol.isEmpty() ? 403 : 200;
    r->startEpochMs = atMs;
    return r;
}

std::shared_ptr<const cost::Pricing> builtinPricing()
{
    QString error;
    std::optional<cost::Pricing> p
        = cost::parsePricing(cost::builtinPricingJson(), QStringLiteral("built-in pricing"), &error);
    return p ? std::make_shared<const cost::Pricing>(*p) : nullptr;
}

} // namespace

class tst_CostGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void costColumn();
    void costLineOnAFixedClock();
    void brokenPricingSaysSo();
    void liveTrafficInTheWindow();

private:
    QTemporaryDir m_settingsDir;
};

void tst_CostGui::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    gw::test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_costgui"));
}

void tst_CostGui::costColumn()
{
    TrafficModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(3);
    model.append({restRecord(1000), restRecord(2000, {})});
    const auto cell = [&model](int row, int role = Qt::DisplayRole) {
        return model.data(model.index(row, TrafficModel::CostColumn), role).toString();
    };
    QCOMPARE(model.headerData(TrafficModel::CostColumn, Qt::Horizontal).toString(), QStringLiteral("Cost"));
    QCOMPARE(cell(0), QStringLiteral("—")); // no pricing yet
    model.setPricing(builtinPricing());
    // $3.50 per million REST requests, plus 19 bytes out at $0.09/GB.
    QCOMPARE(cell(0), QStringLiteral("$0.0000035"));
    QVERIFY2(
        cell(0, Qt::ToolTipRole).startsWith(QStringLiteral("API Gateway: $0.0000035 (1 metered request(s))")),
        qPrintable(cell(0, Qt::ToolTipRole)));
    QCOMPARE(cell(1), QStringLiteral("$0.00")); // no API answered: nobody pays
    QVERIFY(cell(1, Qt::ToolTipRole).startsWith(QStringLiteral("No API answered")));
    model.append({restRecord(3000, QStringLiteral("http")), restRecord(4000, QStringLiteral("http"))});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(2), QStringLiteral("$0.000001")); // $1.00 per million HTTP requests
}

void tst_CostGui::costLineOnAFixedClock()
{
    CostLabel label(builtinPricing(), {});
    qint64 now = 1'700'000'000'000;
    label.setClock([&now] { return now; });
    label.refresh();
    QCOMPARE(label.text(), QStringLiteral("Cost: $0.00 this session · $0.00/month at this rate"));
    // 10 REST requests a second for a minute.
    std::vector<ExchangeRecordPtr> batch;
    for (int i = 0; i < 600; ++i)
        batch.push_back(restRecord(now + i * 100));
    now += 60'000;
    label.addRecords(batch);
    label.refresh();
    // The session: 600 x $0.0000035 (+ 600 x 19 bytes out). The month at 10/s: 25.92 M requests at $3.50/M
    // ($90.72) + 25.92 M x 19 bytes at $0.09/GB ($0.04).
    QCOMPARE(label.text(), QStringLiteral("Cost: $0.0021 this session · $90.76/month at this rate · REST"));
    // A quiet minute later the projection is back to nothing; the session keeps its cost (the tick keeps
    // going).
    now += 61'000;
    QTRY_COMPARE(label.text(),
                 QStringLiteral("Cost: $0.0021 this session · $0.00/month at this rate · REST"));
}

void tst_CostGui::brokenPricingSaysSo()
{
    CostLabel label(nullptr, QStringLiteral("pricing.json: lambda must be an object; got nothing"));
    QCOMPARE(label.text(), QStringLiteral("Cost: no prices (the pricing file has an error)"));
    QCOMPARE(label.toolTip(), QStringLiteral("pricing.json: lambda must be an object; got nothing"));
    label.addRecords({restRecord(0)});
    QCOMPARE(label.text(), QStringLiteral("Cost: no prices (the pricing file has an error)"));
}

void tst_CostGui::liveTrafficInTheWindow()
{
    MainWindow window;
    window.setPreferredPortOverride(0);
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    window.show();
    window.openFile(gw::test::exampleProjectPath());
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() > 0, 15'000);
    QVERIFY(window.gateway()->isRunning());
    const quint16 port = window.gateway()->port();
    auto *label = window.statusBar()->findChild<QLabel *>(QStringLiteral("costLabel"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("Cost: $0.00 this session · $0.00/month at this rate"));

    for (int i = 0; i < 3; ++i)
        QCOMPARE(
            gw::test::rawRequest(port, gw::test::getRequest("/prod/pets", "petstore.execute-api.localhost"))
                .status,
            200);
    TrafficModel *model = window.traffic()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 5'000);
    QCOMPARE(model->data(model->index(0, TrafficModel::CostColumn)).toString(), QStringLiteral("$0.0000035"));
    // Three REST requests: $0.0000105 and a little data out; the month at this rate is some dollars.
    static const QRegularExpression line(QStringLiteral(
        "^Cost: \\$0\\.00001\\d? this session · \\$[\\d,]+(\\.\\d\\d)?/month at this rate · REST$"));
    QTRY_VERIFY2_WITH_TIMEOUT(line.match(label->text()).hasMatch(), qPrintable(label->text()), 5'000);
}

QTEST_MAIN(tst_CostGui)
#include "tst_costgui.moc"
