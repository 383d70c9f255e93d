// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 8's traffic table: integration latency and size columns, sorting by a header click (records compared, not
// text), columns chosen from the header's menu and remembered, several rows selected and copied, pinned rows kept
// through Clear and the store limit, and Pause holding new records until Resume. QAbstractItemModelTester watches
// both models throughout.

#include "testsupport.h"
#include "trafficfiltermodel.h"
#include "trafficmodel.h"
#include "trafficpanel.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace gw;
using namespace gw::ui;

namespace {

ExchangeRecordPtr makeRecord(quint64 sequence, int status, qint64 totalUs, qint64 integrationUs, qint64 size)
{
    auto r = std::make_shared<ExchangeRecord>();
    r->sequence = sequence;
    r->startEpochMs = 1'764'000'000'000 + qint64(sequence);
    r->method = QStringLiteral("GET");
    r->path = QStringLiteral("/prod/items/%1").arg(sequence);
    r->apiId = QStringLiteral("shop");
    r->stage = QStringLiteral("prod");
    r->scheme = QStringLiteral("http");
    r->host = QStringLiteral("shop.execute-api.localhost");
    r->requestHeaders.append(QByteArrayLiteral("Host"), QByteArrayLiteral("shop.execute-api.localhost:4510"));
    r->status = status;
    r->totalUs = totalUs;
    r->integrationLatencyUs = integrationUs;
    r->responseBodySize = size;
    return r;
}

QStringList paths(TrafficPanel &panel)
{
    QStringList out;
    for (int row = 0; row < panel.filterModel()->rowCount(); ++row)
        out.append(panel.recordAt(panel.filterModel()->index(row, 0))->path);
    return out;
}

QAction *actionNamed(QMenu *menu, const QString &prefix)
{
    for (QAction *a : menu->actions()) {
        if (a->text().remove(QLatin1Char('&')).startsWith(prefix))
            return a;
    }
    return nullptr;
}

} // namespace

class tst_TrafficPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup() { QSettings().clear(); }
    void columns();
    void sortByHeader();
    void chooseColumnsAndRemember();
    void multiSelectCopyAndPin();
    void pinnedRowsSurviveClearAndLimit();
    void pauseHoldsNewRecords();

private:
    QTemporaryDir m_settingsDir;
};

void tst_TrafficPanel::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_trafficpanel"));
}

void tst_TrafficPanel::columns()
{
    TrafficPanel panel;
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.append({makeRecord(1, 200, 12'000, 9'500, 2048), makeRecord(2, 403, 300, -1, 42)});
    TrafficModel *m = panel.model();
    QCOMPARE(m->headerData(TrafficModel::IntegrationLatencyColumn, Qt::Horizontal).toString(), QStringLiteral("Integration"));
    QCOMPARE(m->headerData(TrafficModel::SizeColumn, Qt::Horizontal).toString(), QStringLiteral("Size"));
    QCOMPARE(m->index(0, TrafficModel::IntegrationLatencyColumn).data().toString(), QStringLiteral("9.50 ms"));
    QCOMPARE(m->index(1, TrafficModel::IntegrationLatencyColumn).data().toString(), QStringLiteral("—"));
    QVERIFY(m->index(1, TrafficModel::IntegrationLatencyColumn).data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("answered on its own")));
    QCOMPARE(m->index(0, TrafficModel::SizeColumn).data().toString(), QStringLiteral("2.0 kB"));
    QVERIFY(m->index(1, TrafficModel::SizeColumn).data().toString().startsWith(QStringLiteral("42 byte")));
    QCOMPARE(m->index(0, TrafficModel::SizeColumn).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
}

void tst_TrafficPanel::sortByHeader()
{
    TrafficPanel panel;
    panel.resize(1200, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QAbstractItemModelTester tester(panel.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.append({makeRecord(1, 200, 5'000, 1'000, 10), makeRecord(2, 500, 90'000, 80'000, 300),
                  makeRecord(3, 200, 700, -1, 5000), makeRecord(4, 404, 5'000, -1, 0)});
    QHeaderView *header = panel.view()->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), -1); // arrival order to begin with
    QCOMPARE(paths(panel), (QStringList{QStringLiteral("/prod/items/1"), QStringLiteral("/prod/items/2"),
                                        QStringLiteral("/prod/items/3"), QStringLiteral("/prod/items/4")}));

    // A click on Latency: ascending (ties in arrival order), again: descending, a third time: arrival order.
    const int x = header->sectionViewportPosition(TrafficModel::LatencyColumn) + 5;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(TrafficModel::LatencyColumn));
    QCOMPARE(paths(panel), (QStringList{QStringLiteral("/prod/items/3"), QStringLiteral("/prod/items/1"),
                                        QStringLiteral("/prod/items/4"), QStringLiteral("/prod/items/2")}));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(paths(panel).first(), QStringLiteral("/prod/items/2"));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), -1);
    QCOMPARE(paths(panel).first(), QStringLiteral("/prod/items/1"));

    // Status, size and integration latency sort by value, not by their text.
    panel.view()->sortByColumn(TrafficModel::SizeColumn, Qt::DescendingOrder);
    QCOMPARE(paths(panel).first(), QStringLiteral("/prod/items/3"));
    panel.view()->sortByColumn(TrafficModel::IntegrationLatencyColumn, Qt::AscendingOrder);
    QCOMPARE(paths(panel).last(), QStringLiteral("/prod/items/2"));
    panel.view()->sortByColumn(TrafficModel::StatusColumn, Qt::DescendingOrder);
    QCOMPARE(paths(panel).first(), QStringLiteral("/prod/items/2"));

    // The filter still applies to a sorted table; new rows arrive below the sorted ones.
    panel.filterEdit()->setText(QStringLiteral("status>=400"));
    QCOMPARE(paths(panel), (QStringList{QStringLiteral("/prod/items/2"), QStringLiteral("/prod/items/4")}));
    panel.append({makeRecord(5, 502, 1, -1, 0)});
    QCOMPARE(paths(panel).size(), 3);
    QCOMPARE(paths(panel).last(), QStringLiteral("/prod/items/5"));

    // The header menu's Arrival Order undoes the sort.
    std::unique_ptr<QMenu> menu(panel.createHeaderMenu());
    QAction *arrival = actionNamed(menu.get(), QStringLiteral("Arrival Order"));
    QVERIFY(arrival && arrival->isEnabled());
    arrival->trigger();
    QCOMPARE(paths(panel), (QStringList{QStringLiteral("/prod/items/2"), QStringLiteral("/prod/items/4"),
                                        QStringLiteral("/prod/items/5")}));
}

void tst_TrafficPanel::chooseColumnsAndRemember()
{
    {
        TrafficPanel panel;
        QHeaderView *header = panel.view()->horizontalHeader();
        std::unique_ptr<QMenu> menu(panel.createHeaderMenu());
        QCOMPARE(menu->actions().size(), TrafficModel::ColumnCount + 2); // a check per column, a line, Arrival Order
        QAction *cost = actionNamed(menu.get(), QStringLiteral("Cost"));
        QVERIFY(cost && cost->isChecked());
        cost->trigger();
        QVERIFY(header->isSectionHidden(TrafficModel::CostColumn));
        header->resizeSection(TrafficModel::PathColumn, 333);
        header->moveSection(header->visualIndex(TrafficModel::StatusColumn), 0);
    }
    TrafficPanel again;
    QHeaderView *header = again.view()->horizontalHeader();
    QVERIFY(header->isSectionHidden(TrafficModel::CostColumn));
    QCOMPARE(header->sectionSize(TrafficModel::PathColumn), 333);
    QCOMPARE(header->visualIndex(TrafficModel::StatusColumn), 0);
    QCOMPARE(header->sortIndicatorSection(), -1);

    // The last visible column cannot be hidden.
    for (int c = 0; c < TrafficModel::ColumnCount; ++c) {
        if (c != TrafficModel::PathColumn)
            header->setSectionHidden(c, true);
    }
    std::unique_ptr<QMenu> menu(again.createHeaderMenu());
    QVERIFY(!actionNamed(menu.get(), QStringLiteral("Path"))->isEnabled());
}

void tst_TrafficPanel::multiSelectCopyAndPin()
{
    TrafficPanel panel;
    panel.resize(900, 400);
    panel.show();
    std::vector<ExchangeRecordPtr> batch;
    for (quint64 i = 1; i <= 5; ++i)
        batch.push_back(makeRecord(i, 200, 1000, -1, 10));
    panel.append(batch);
    QCOMPARE(panel.view()->selectionMode(), QAbstractItemView::ExtendedSelection);
    QItemSelectionModel *selection = panel.view()->selectionModel();
    selection->select(QItemSelection(panel.filterModel()->index(1, 0), panel.filterModel()->index(3, 0)),
                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(panel.selectedRecords().size(), size_t(3));

    std::unique_ptr<QMenu> menu(panel.createContextMenu(panel.selectedRecords().front()));
    QAction *copy = actionNamed(menu.get(), QStringLiteral("Copy 3 Requests as curl"));
    QVERIFY(copy);
    copy->trigger();
    const QString text = QGuiApplication::clipboard()->text();
    QCOMPARE(text.count(QStringLiteral("curl ")), 3);
    QVERIFY(text.contains(QStringLiteral("/prod/items/2")) && text.contains(QStringLiteral("/prod/items/4")));
    QVERIFY(!text.contains(QStringLiteral("/prod/items/5")));
    QVERIFY(actionNamed(menu.get(), QStringLiteral("Replay 3 Requests")));

    // A row outside the selection: the menu is about that row alone.
    std::unique_ptr<QMenu> single(panel.createContextMenu(panel.model()->record(4)));
    QVERIFY(actionNamed(single.get(), QStringLiteral("Copy as curl")));
    QVERIFY(actionNamed(single.get(), QStringLiteral("Edit and Resend")));

    // Pin the three from the menu; the count says so; Unpin All from any row's menu.
    actionNamed(menu.get(), QStringLiteral("Pin 3 Requests"))->trigger();
    QCOMPARE(panel.model()->pinnedCount(), 3);
    QVERIFY(panel.model()->isPinned(1) && panel.model()->isPinned(3) && !panel.model()->isPinned(4));
    QVERIFY(!panel.model()->index(1, TrafficModel::TimeColumn).data(Qt::DecorationRole).isNull());
    std::unique_ptr<QMenu> after(panel.createContextMenu(panel.model()->record(1)));
    QVERIFY(actionNamed(after.get(), QStringLiteral("Unpin 3 Requests")));
    actionNamed(after.get(), QStringLiteral("Unpin All"))->trigger();
    QCOMPARE(panel.model()->pinnedCount(), 0);
}

void tst_TrafficPanel::pinnedRowsSurviveClearAndLimit()
{
    TrafficPanel panel;
    TrafficModel *m = panel.model();
    QAbstractItemModelTester modelTester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(panel.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m->setCapacity(5);
    std::vector<ExchangeRecordPtr> batch;
    for (quint64 i = 1; i <= 5; ++i)
        batch.push_back(makeRecord(i, 200, 1000, -1, 10));
    panel.append(batch);
    QVERIFY(m->setPinned(0, true));
    QVERIFY(m->setPinned(2, true));

    // Ten more: the unpinned old rows go, the pinned ones stay (beyond the limit), in arrival order.
    batch.clear();
    for (quint64 i = 6; i <= 15; ++i)
        batch.push_back(makeRecord(i, 200, 1000, -1, 10));
    panel.append(batch);
    QCOMPARE(m->rowCount(), 7);
    QCOMPARE(m->record(0)->sequence, quint64(1));
    QCOMPARE(m->record(1)->sequence, quint64(3));
    QCOMPARE(m->record(2)->sequence, quint64(11));
    QCOMPARE(m->trimmedCount(), quint64(8));

    // Clear keeps them; unpinning lets the limit apply again.
    panel.clear();
    QCOMPARE(m->rowCount(), 2);
    QVERIFY(m->isPinned(0) && m->isPinned(1));
    QVERIFY(m->setPinned(0, false));
    QCOMPARE(m->rowCount(), 2); // under the limit: it stays until it is trimmed or cleared
    panel.clear();
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(m->record(0)->sequence, quint64(3));

    // At most maxPinned.
    m->setCapacity(TrafficModel::maxPinned + 10);
    batch.clear();
    for (quint64 i = 100; i < 100 + TrafficModel::maxPinned + 5; ++i)
        batch.push_back(makeRecord(i, 200, 1000, -1, 10));
    panel.append(batch);
    int refused = 0;
    for (int row = 0; row < m->rowCount(); ++row)
        refused += m->setPinned(row, true) ? 0 : 1;
    QCOMPARE(m->pinnedCount(), TrafficModel::maxPinned);
    QCOMPARE(refused, m->rowCount() - TrafficModel::maxPinned);
}

void tst_TrafficPanel::pauseHoldsNewRecords()
{
    TrafficPanel panel;
    QSignalSpy toggled(panel.pauseButton(), &QToolButton::toggled);
    panel.append({makeRecord(1, 200, 1000, -1, 10)});
    panel.pauseButton()->click();
    QVERIFY(panel.isPaused());
    QCOMPARE(panel.pauseButton()->text(), QStringLiteral("Resume"));
    panel.append({makeRecord(2, 200, 1000, -1, 10), makeRecord(3, 200, 1000, -1, 10)});
    QCOMPARE(panel.model()->rowCount(), 1);
    QCOMPARE(panel.pendingCount(), 2);

    // Waiting records are bounded by the store limit, oldest dropped.
    panel.model()->setCapacity(3);
    std::vector<ExchangeRecordPtr> batch;
    for (quint64 i = 4; i <= 9; ++i)
        batch.push_back(makeRecord(i, 200, 1000, -1, 10));
    panel.append(batch);
    QCOMPARE(panel.pendingCount(), 3);

    panel.pauseButton()->click();
    QVERIFY(!panel.isPaused());
    QCOMPARE(panel.pauseButton()->text(), QStringLiteral("Pause"));
    QCOMPARE(panel.pendingCount(), 0);
    QCOMPARE(panel.model()->rowCount(), 3);
    QCOMPARE(panel.model()->record(2)->sequence, quint64(9));
    QCOMPARE(toggled.count(), 2);

    // Clear while paused drops the waiting records too.
    panel.setPaused(true);
    panel.append({makeRecord(10, 200, 1000, -1, 10)});
    panel.clear();
    panel.setPaused(false);
    QCOMPARE(panel.model()->rowCount(), 0);
}

QTEST_MAIN(tst_TrafficPanel)
#include "tst_trafficpanel.moc"
