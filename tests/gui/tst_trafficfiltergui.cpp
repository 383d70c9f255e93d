// SPDX-License-Identifier: GPL-3.0-or-later
// The traffic panel's filter bar: typing a filter narrows the table (also as new batches arrive), a bad expression
// tints the bar red and explains itself while the table keeps the last valid filter, completion inserts fields and
// values, and a large store is filtered on a worker thread with progress, cancelling stale runs and surviving trims,
// all under QAbstractItemModelTester.

#include "trafficfiltermodel.h"
#include "trafficmodel.h"
#include "trafficpanel.h"

#include "cost/pricing.h"
#include "observe/trafficfilter.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace gw;
using namespace gw::ui;

namespace {

/// Every tenth request a 502 POST, every tenth (offset one) a 401 GET at the authorizer, the rest 200 GETs.
ExchangeRecordPtr makeRecord(quint64 sequence)
{
    auto r = std::make_shared<ExchangeRecord>();
    r->sequence = sequence;
    r->startEpochMs = 1'700'000'000'000 + qint64(sequence);
    r->apiId = QStringLiteral("petstore");
    r->stage = QStringLiteral("prod");
    r->path = QStringLiteral("/pets/%1").arg(sequence);
    r->totalUs = 1000 + qint64(sequence % 7) * 100'000;
    switch (sequence % 10) {
    case 0:
        r->method = QStringLiteral("POST");
        r->status = 502;
        r->stoppedAtStep = QStringLiteral("integration");
        break;
    case 1:
        r->method = QStringLiteral("GET");
        r->status = 401;
        r->stoppedAtStep = QStringLiteral("authorizer");
        r->stoppedAt = QStringLiteral("authorizer.unauthorized");
        break;
    default:
        r->method = QStringLiteral("GET");
        r->status = 200;
        break;
    }
    return r;
}

std::vector<ExchangeRecordPtr> makeBatch(quint64 first, int count)
{
    std::vector<ExchangeRecordPtr> out;
    for (int i = 0; i < count; ++i)
        out.push_back(makeRecord(first + quint64(i)));
    return out;
}

/// The rows of the store that `text` matches, counted directly.
int expectedRows(const TrafficModel &model, const QString &text)
{
    const observe::TrafficFilter filter = observe::TrafficFilter::parse(text);
    int n = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        n += filter.matches(*model.record(row)) ? 1 : 0;
    return n;
}

/// Whether every row the view shows matches `text`, in the store's order.
bool viewMatches(const TrafficPanel &panel, const QString &text)
{
    const observe::TrafficFilter filter = observe::TrafficFilter::parse(text);
    const QAbstractItemModel *shown = panel.view()->model();
    quint64 previous = 0;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const ExchangeRecordPtr r = panel.recordAt(shown->index(row, 0));
        if (!r || !filter.matches(*r) || (row > 0 && r->sequence <= previous))
            return false;
        previous = r->sequence;
    }
    return true;
}

void typeFilter(TrafficPanel &panel, const QString &text)
{
    panel.filterEdit()->clear();
    QTest::keyClicks(panel.filterEdit(), text);
}

} // namespace

class tst_TrafficFilterGui : public QObject
{
    Q_OBJECT
private slots:
    void filtersRowsAsTyped();
    void invalidTintAndError();
    void completionInsertsFieldsAndValues();
    void largeStoreFiltersInBackground();
    void staleRunIsCancelled();
    void clearDuringRun();
    void newPricesRefilterCost();
};

void tst_TrafficFilterGui::filtersRowsAsTyped()
{
    TrafficPanel panel;
    QAbstractItemModelTester tester(panel.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.resize(900, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.view()->model(), panel.filterModel());
    panel.append(makeBatch(0, 100));
    QCOMPARE(panel.view()->model()->rowCount(), 100);

    typeFilter(panel, QStringLiteral("status>=500"));
    QVERIFY(panel.filterValid());
    QCOMPARE(panel.view()->model()->rowCount(), 10);
    QVERIFY(viewMatches(panel, QStringLiteral("status>=500")));
    QCOMPARE(panel.recordAt(panel.view()->model()->index(0, 0))->status, 502);

    // The issue's examples, typed.
    const QStringList examples = {
        QStringLiteral(R"(status>=400 and path~"/pets" and step=authorizer)"),
        QStringLiteral("latency>100ms"),
        QStringLiteral("method=POST"),
        QStringLiteral("not cors=allowed"),
        QStringLiteral("api=petstore"),
    };
    for (const QString &text : examples) {
        typeFilter(panel, text);
        QVERIFY2(panel.filterValid(), qPrintable(text));
        QCOMPARE(panel.view()->model()->rowCount(), expectedRows(*panel.model(), text));
        QVERIFY2(viewMatches(panel, text), qPrintable(text));
    }
    QCOMPARE(panel.view()->model()->rowCount(), 100); // api=petstore: all of them

    // New batches are filtered as they arrive; the selected row names the right record.
    typeFilter(panel, QStringLiteral("method=POST"));
    QCOMPARE(panel.view()->model()->rowCount(), 10);
    panel.append(makeBatch(100, 50));
    QCOMPARE(panel.view()->model()->rowCount(), 15);
    QVERIFY(viewMatches(panel, QStringLiteral("method=POST")));
    QSignalSpy current(&panel, &TrafficPanel::currentRecordChanged);
    panel.view()->selectRow(3);
    QCOMPARE(current.count(), 1);
    QCOMPARE(current.last().at(0).value<ExchangeRecordPtr>()->sequence, quint64(30));

    // Trims at the cap keep the filtered view consistent.
    panel.model()->setCapacity(120);
    panel.append(makeBatch(150, 30));
    QCOMPARE(panel.model()->rowCount(), 120);
    QCOMPARE(panel.view()->model()->rowCount(), expectedRows(*panel.model(), QStringLiteral("method=POST")));
    QVERIFY(viewMatches(panel, QStringLiteral("method=POST")));

    // Clearing the text shows everything again.
    panel.filterEdit()->clear();
    QCOMPARE(panel.view()->model()->rowCount(), 120);
}

void tst_TrafficFilterGui::invalidTintAndError()
{
    TrafficPanel panel;
    QAbstractItemModelTester tester(panel.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.append(makeBatch(0, 40));
    const QColor plain = panel.palette().color(QPalette::Base);
    QCOMPARE(panel.filterEdit()->palette().color(QPalette::Base), plain);

    typeFilter(panel, QStringLiteral("status=401"));
    QVERIFY(panel.filterValid());
    const QColor valid = panel.filterEdit()->palette().color(QPalette::Base);
    QVERIFY(valid != plain);
    QVERIFY2(valid.green() > valid.red(), qPrintable(valid.name()));
    QCOMPARE(panel.view()->model()->rowCount(), 4);

    typeFilter(panel, QStringLiteral("staus=401"));
    QVERIFY(!panel.filterValid());
    const QColor invalid = panel.filterEdit()->palette().color(QPalette::Base);
    QVERIFY2(invalid.red() > invalid.green(), qPrintable(invalid.name()));
    QVERIFY2(panel.filterEdit()->toolTip().contains(QStringLiteral("did you mean 'status'")),
             qPrintable(panel.filterEdit()->toolTip()));
    QVERIFY(panel.filterEdit()->accessibleDescription().contains(QStringLiteral("unknown field 'staus'")));
    // While the text is invalid the table keeps the last valid filter.
    panel.filterEdit()->setText(QStringLiteral("status=401"));
    QCOMPARE(panel.view()->model()->rowCount(), 4);
    panel.filterEdit()->setText(QStringLiteral("status=401 and"));
    QVERIFY(!panel.filterValid());
    QVERIFY(panel.filterEdit()->toolTip().contains(QStringLiteral("expected a condition after 'and' at 14")));
    QCOMPARE(panel.view()->model()->rowCount(), 4);

    typeFilter(panel, QStringLiteral("latency>="));
    QVERIFY(!panel.filterValid());
    QVERIFY(panel.filterEdit()->toolTip().contains(QStringLiteral("expected a value after '>=' at 9")));

    // The tint follows a palette change (a dark theme), staying red on the new base.
    QPalette dark = panel.palette();
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    panel.setPalette(dark);
    const QColor darkInvalid = panel.filterEdit()->palette().color(QPalette::Base);
    QVERIFY2(darkInvalid.lightness() < 128, qPrintable(darkInvalid.name()));
    QVERIFY2(darkInvalid.red() > darkInvalid.green(), qPrintable(darkInvalid.name()));

    panel.filterEdit()->clear();
    QVERIFY(panel.filterValid());
    QCOMPARE(panel.filterEdit()->palette().color(QPalette::Base), QColor(30, 30, 30));
    QCOMPARE(panel.view()->model()->rowCount(), 40);
}

void tst_TrafficFilterGui::completionInsertsFieldsAndValues()
{
    TrafficPanel panel;
    panel.resize(900, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.append(makeBatch(0, 30));
    panel.filterEdit()->setFocus();
    auto *completer = panel.findChild<QCompleter *>();
    QVERIFY(completer);

    QTest::keyClicks(panel.filterEdit(), QStringLiteral("sta"));
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 2); // status, stage
    QCOMPARE(completer->completionModel()->index(0, 0).data().toString(), QStringLiteral("status"));
    completer->popup()->setCurrentIndex(completer->completionModel()->index(0, 0));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(panel.filterEdit()->text(), QStringLiteral("status"));

    QTest::keyClicks(panel.filterEdit(), QStringLiteral(">=5"));
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionModel()->index(0, 0).data().toString(), QStringLiteral("5xx"));
    completer->popup()->setCurrentIndex(completer->completionModel()->index(0, 0));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(panel.filterEdit()->text(), QStringLiteral("status>=5xx "));
    QCOMPARE(panel.filterEdit()->cursorPosition(), 12);
    QCOMPARE(panel.view()->model()->rowCount(), 3);

    // API names come from the traffic.
    QTest::keyClicks(panel.filterEdit(), QStringLiteral("and api=p"));
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionModel()->index(0, 0).data().toString(), QStringLiteral("petstore"));
}

void tst_TrafficFilterGui::largeStoreFiltersInBackground()
{
    TrafficPanel panel;
    QAbstractItemModelTester tester(panel.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.model()->setCapacity(30'000);
    panel.filterModel()->setBackgroundThreshold(1000);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.append(makeBatch(0, 30'000));
    auto *progress = panel.findChild<QProgressBar *>();
    QVERIFY(progress);
    QSignalSpy running(panel.filterModel(), &TrafficFilterModel::runningChanged);
    QSignalSpy applied(panel.filterModel(), &TrafficFilterModel::filterApplied);

    panel.filterEdit()->setText(QStringLiteral("status=5xx"));
    // Started, not done: the table still shows everything, and the progress bar is up.
    QVERIFY(panel.filterModel()->isRunning());
    QCOMPARE(running.count(), 1);
    QCOMPARE(running.at(0).at(0).toBool(), true);
    QVERIFY(progress->isVisibleTo(&panel));
    QCOMPARE(panel.view()->model()->rowCount(), 30'000);
    QVERIFY(panel.filterModel()->filter().isEmpty());

    // Batches arriving during the run trim the oldest rows (the store is at its cap) and add new ones.
    panel.append(makeBatch(30'000, 500));
    QCOMPARE(panel.model()->rowCount(), 30'000);

    QTRY_VERIFY_WITH_TIMEOUT(!panel.filterModel()->isRunning(), 30'000);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(running.last().at(0).toBool(), false);
    QVERIFY(!progress->isVisibleTo(&panel));
    QCOMPARE(panel.filterModel()->filter().text(), QStringLiteral("status=5xx"));
    QCOMPARE(panel.view()->model()->rowCount(), 3000);
    QVERIFY(viewMatches(panel, QStringLiteral("status=5xx")));
    QCOMPARE(panel.recordAt(panel.view()->model()->index(0, 0))->sequence, quint64(500));

    // After the run, new batches are filtered as they come.
    panel.append(makeBatch(30'500, 100));
    QCOMPARE(panel.view()->model()->rowCount(), 3000);
    QVERIFY(viewMatches(panel, QStringLiteral("status=5xx")));
    QCOMPARE(panel.recordAt(panel.view()->model()->index(2999, 0))->sequence, quint64(30'590));
}

void tst_TrafficFilterGui::staleRunIsCancelled()
{
    TrafficPanel panel;
    QAbstractItemModelTester tester(panel.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.model()->setCapacity(50'000);
    panel.filterModel()->setBackgroundThreshold(1000);
    panel.append(makeBatch(0, 50'000));
    QSignalSpy applied(panel.filterModel(), &TrafficFilterModel::filterApplied);

    // Typing on: each keystroke supersedes the run before it; only the last filter is applied.
    const QString text = QStringLiteral("method=POST");
    for (qsizetype i = 1; i <= text.size(); ++i)
        panel.filterEdit()->setText(text.left(i));
    QVERIFY(panel.filterModel()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!panel.filterModel()->isRunning(), 30'000);
    QTest::qWait(50); // a stale run's late signals would arrive now
    QCOMPARE(applied.count(), 1);
    QCOMPARE(panel.filterModel()->filter().text(), text);
    QCOMPARE(panel.view()->model()->rowCount(), 5000);
    QVERIFY(viewMatches(panel, text));

    // Back to a small filter change on a large store, then back to no filter: synchronous.
    panel.filterEdit()->clear();
    QVERIFY(!panel.filterModel()->isRunning());
    QCOMPARE(panel.view()->model()->rowCount(), 50'000);
}

void tst_TrafficFilterGui::clearDuringRun()
{
    TrafficPanel panel;
    QAbstractItemModelTester tester(panel.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.filterModel()->setBackgroundThreshold(1000);
    panel.append(makeBatch(0, 20'000));
    panel.filterEdit()->setText(QStringLiteral("status=401"));
    QVERIFY(panel.filterModel()->isRunning());
    panel.clear();
    QVERIFY(!panel.filterModel()->isRunning());
    QCOMPARE(panel.filterModel()->filter().text(), QStringLiteral("status=401"));
    panel.append(makeBatch(0, 20));
    QCOMPARE(panel.view()->model()->rowCount(), 2);
    QVERIFY(viewMatches(panel, QStringLiteral("status=401")));
}

void tst_TrafficFilterGui::newPricesRefilterCost()
{
    TrafficPanel panel;
    QAbstractItemModelTester tester(panel.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::vector<ExchangeRecordPtr> batch = makeBatch(0, 10);
    auto unanswered = std::make_shared<ExchangeRecord>(*makeRecord(10)); // no API found: costs nothing
    unanswered->apiId.clear();
    unanswered->protocol.clear();
    batch.push_back(unanswered);
    for (ExchangeRecordPtr &r : batch) {
        if (r != unanswered) {
            auto copy = std::make_shared<ExchangeRecord>(*r);
            copy->protocol = QStringLiteral("rest");
            r = copy;
        }
    }
    panel.append(batch);
    panel.filterEdit()->setText(QStringLiteral("cost>0"));
    QCOMPARE(panel.view()->model()->rowCount(), 0); // no prices: cost has no value

    QString error;
    const auto pricing = cost::parsePricing(cost::builtinPricingJson(), QStringLiteral("built in"), &error);
    QVERIFY2(pricing, qPrintable(error));
    panel.model()->setPricing(std::make_shared<const cost::Pricing>(*pricing));
    QTRY_COMPARE(panel.view()->model()->rowCount(), 10);
    QVERIFY(observe::TrafficFilter::parse(QStringLiteral("not (cost>0)")).dependsOnPricing());
    QVERIFY(!observe::TrafficFilter::parse(QStringLiteral("status=5xx")).dependsOnPricing());
}

QTEST_MAIN(tst_TrafficFilterGui)
#include "tst_trafficfiltergui.moc"
