// SPDX-License-Identifier: GPL-3.0-or-later
// The main window, headless: opening files (off the GUI thread), serving real requests, the traffic table, the
// inspector, and the live models' batching and bounds.
#include "testsupport.h"

#include "explorerpanel.h"
#include "formatting.h"
#include "gatewaycontroller.h"
#include "inspectorpanel.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "problemspanel.h"
#include "recordfeed.h"
#include "trafficmodel.h"
#include "trafficpanel.h"
#include "waterfallwidget.h"

#include <QAbstractItemModelTester>
#include <QDropEvent>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QScrollBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <thread>

using namespace gw;
using namespace gw::ui;

namespace {

ExchangeRecordPtr makeRecord(quint64 sequence, int status = 200, const QString &stoppedAt = {})
{
    auto r = std::make_shared<ExchangeRecord>();
    r->sequence = sequence;
    r->startEpochMs = 1'700'000'000'000 + qint64(sequence);
    r->totalUs = 1500;
    r->apiId = QStringLiteral("petstore");
    r->stage = QStringLiteral("prod");
    r->method = QStringLiteral("GET");
    r->path = QStringLiteral("/pets/%1").arg(sequence);
    r->status = status;
    r->stoppedAt = stoppedAt;
    return r;
}

std::vector<ExchangeRecordPtr> makeBatch(quint64 first, int count)
{
    std::vector<ExchangeRecordPtr> out;
    for (int i = 0; i < count; ++i)
        out.push_back(makeRecord(first + quint64(i)));
    return out;
}

/// GETs `url` without any proxy from the environment; returns the status (0 on a network error).
int httpGet(QNetworkAccessManager &nam, const QString &url)
{
    QNetworkRequest request{QUrl(url)};
    QNetworkReply *reply = nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(10'000))
        return -1;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

int findRow(const TrafficModel &model, int status)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.record(row)->status == status)
            return row;
    }
    return -1;
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void icons_load_data();
    void icons_load();
    void duration_data();
    void duration();
    void bodyText();

    void trafficModel_appendsAndTrims();
    void trafficModel_formatsCells();
    void recordFeed_deliversOneBatchPerTurnAndBounds();
    void waterfall_showsSteps();
    void trafficPanel_followsOnlyAtBottom();
    void trafficPanel_appendAtCap_benchmark();

    void servesRequestsAndInspectsThem();
    void brokenFileKeepsCurrentProject();

private:
    QString examplePath() const { return gw::test::exampleProjectPath(); }

    QTemporaryDir m_settingsDir;
};

void tst_MainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    gw::test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_mainwindow"));
}

void tst_MainWindow::cleanup()
{
    QSettings().clear();
}

void tst_MainWindow::icons_load_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"api", "clear", "copy", "cors", "deploy", "fail", "gatehouse", "method", "open",
                             "pass", "resource", "save", "stage", "start", "stop"})
        QTest::addRow("%s", name) << QString::fromLatin1(name);
}

void tst_MainWindow::icons_load()
{
    QFETCH(QString, name);
    MainWindow window; // initialises the ui library's resources
    const QIcon icon(QStringLiteral(":/gatehouse/icons/%1.svg").arg(name));
    QVERIFY(QFile::exists(QStringLiteral(":/gatehouse/icons/%1.svg").arg(name)));
    QVERIFY(!icon.pixmap(24).isNull());
}

void tst_MainWindow::duration_data()
{
    QTest::addColumn<qint64>("us");
    QTest::addColumn<QString>("expected");
    QTest::addRow("unknown") << qint64(-1) << QStringLiteral("—");
    QTest::addRow("zero") << qint64(0) << QStringLiteral("0 µs");
    QTest::addRow("microseconds") << qint64(850) << QStringLiteral("850 µs");
    QTest::addRow("a few milliseconds") << qint64(2400) << QStringLiteral("2.40 ms");
    QTest::addRow("tens of milliseconds") << qint64(37'250) << QStringLiteral("37.3 ms");
    QTest::addRow("hundreds of milliseconds") << qint64(370'000) << QStringLiteral("370 ms");
    QTest::addRow("seconds") << qint64(1'200'000) << QStringLiteral("1.20 s");
}

void tst_MainWindow::duration()
{
    QFETCH(qint64, us);
    QFETCH(QString, expected);
    QCOMPARE(Formatting::duration(us), expected);
}

void tst_MainWindow::bodyText()
{
    const BodyText json = gw::ui::bodyText(QByteArrayLiteral("{\"a\":[1,2]}"), "text/plain");
    QVERIFY(json.json);
    QVERIFY(json.formatted);
    QVERIFY2(json.text.contains(QLatin1Char('\n')), qPrintable(json.text));

    // Member order, number spelling and escapes are kept exactly; empty containers stay on one line.
    const BodyText ordered = gw::ui::bodyText(
        QByteArrayLiteral("{\"b\":12345678901234567890,\"a\":[1.50,{}],\"s\":\"x\\\"{,:\",\"e\":[ ]}"), {});
    QVERIFY(ordered.formatted);
    QCOMPARE(ordered.text, QStringLiteral("{\n"
                                          "    \"b\": 12345678901234567890,\n"
                                          "    \"a\": [\n"
                                          "        1.50,\n"
                                          "        {}\n"
                                          "    ],\n"
                                          "    \"s\": \"x\\\"{,:\",\n"
                                          "    \"e\": []\n"
                                          "}"));

    const BodyText cut = gw::ui::bodyText(QByteArrayLiteral("{\"a\":[1,"), "application/json");
    QVERIFY(cut.json);
    QVERIFY(!cut.formatted);
    QCOMPARE(cut.text, QStringLiteral("{\"a\":[1,"));

    const BodyText text = gw::ui::bodyText(QByteArrayLiteral("hello"), "text/plain");
    QVERIFY(!text.json);
    QCOMPARE(text.text, QStringLiteral("hello"));

    const BodyText binary = gw::ui::bodyText(QByteArray("\xff\xfe\x00\x01\x80\x81\x82\x83", 8), {});
    QVERIFY(binary.binary);
    QVERIFY(binary.text.startsWith(QStringLiteral("00000000  ff fe 00 01")));
}

void tst_MainWindow::trafficModel_appendsAndTrims()
{
    TrafficModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(5);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    model.append(makeBatch(1, 3));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.last().at(1).toInt(), 0);
    QCOMPARE(inserted.last().at(2).toInt(), 2);

    // 3 + 3 over a cap of 5: one remove of the oldest row, one insert of the batch.
    model.append(makeBatch(4, 3));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.last().at(1).toInt(), 0);
    QCOMPARE(removed.last().at(2).toInt(), 0);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.last().at(1).toInt(), 2);
    QCOMPARE(inserted.last().at(2).toInt(), 4);
    QCOMPARE(model.record(0)->sequence, quint64(2));
    QCOMPARE(model.record(4)->sequence, quint64(6));
    QCOMPARE(model.trimmedCount(), quint64(1));

    // A batch larger than the cap: only its newest rows are kept.
    model.append(makeBatch(100, 7));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.record(0)->sequence, quint64(102));
    QCOMPARE(model.record(4)->sequence, quint64(106));
    QCOMPARE(model.totalAppended(), quint64(13));

    // Lowering the cap trims at once.
    model.setCapacity(2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.record(0)->sequence, quint64(105));

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.record(0));
    model.append({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_MainWindow::trafficModel_formatsCells()
{
    TrafficModel model;
    model.append({makeRecord(1, 200), makeRecord(2, 403, QStringLiteral("route.no_match")), makeRecord(3, 502)});
    auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(0, TrafficModel::ApiColumn), QStringLiteral("petstore"));
    QCOMPARE(text(0, TrafficModel::MethodColumn), QStringLiteral("GET"));
    QCOMPARE(text(0, TrafficModel::PathColumn), QStringLiteral("/pets/1"));
    QCOMPARE(text(0, TrafficModel::StatusColumn), QStringLiteral("200"));
    QCOMPARE(text(0, TrafficModel::LatencyColumn), QStringLiteral("1.50 ms"));
    QCOMPARE(text(0, TrafficModel::StoppedAtColumn), QStringLiteral("—"));
    QCOMPARE(text(1, TrafficModel::StoppedAtColumn), QStringLiteral("route.no_match"));
    const QString time = text(0, TrafficModel::TimeColumn);
    QCOMPARE(time, QDateTime::fromMSecsSinceEpoch(1'700'000'000'001).toString(QStringLiteral("hh:mm:ss.zzz")));

    // Status classes have distinct colours; other columns use the default.
    const QColor ok = model.index(0, TrafficModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>();
    const QColor clientError = model.index(1, TrafficModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>();
    const QColor serverError = model.index(2, TrafficModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>();
    QVERIFY(ok.isValid() && clientError.isValid() && serverError.isValid());
    QVERIFY(ok != clientError && clientError != serverError && ok != serverError);
    QVERIFY(!model.index(0, TrafficModel::PathColumn).data(Qt::ForegroundRole).isValid());
}

void tst_MainWindow::recordFeed_deliversOneBatchPerTurnAndBounds()
{
    RecordFeed feed(4);
    std::vector<std::vector<ExchangeRecordPtr>> batches;
    connect(&feed, &RecordFeed::recordsArrived, this,
            [&batches](const std::vector<ExchangeRecordPtr> &batch) { batches.push_back(batch); });

    // Two batches from another thread before the GUI thread runs: one delivery with the newest 4 records.
    std::thread producer([&feed] {
        feed.consume(makeBatch(1, 3));
        feed.consume(makeBatch(4, 3));
    });
    producer.join();
    QCOMPARE(feed.received(), quint64(6));
    QCOMPARE(feed.dropped(), quint64(2));
    QTRY_COMPARE(batches.size(), size_t(1));
    QCoreApplication::processEvents();
    QCOMPARE(batches.size(), size_t(1));
    QCOMPARE(batches[0].size(), size_t(4));
    QCOMPARE(batches[0].front()->sequence, quint64(3));
    QCOMPARE(batches[0].back()->sequence, quint64(6));

    // After a delivery, the next consume() queues a new one.
    feed.consume(makeBatch(10, 1));
    QTRY_COMPARE(batches.size(), size_t(2));
    QCOMPARE(batches[1].front()->sequence, quint64(10));

    // A single batch over the bound keeps its newest records.
    feed.consume(makeBatch(20, 6));
    QTRY_COMPARE(batches.size(), size_t(3));
    QCOMPARE(batches[2].size(), size_t(4));
    QCOMPARE(batches[2].front()->sequence, quint64(22));
    QCOMPARE(feed.dropped(), quint64(4));
}

void tst_MainWindow::waterfall_showsSteps()
{
    auto r = std::make_shared<ExchangeRecord>();
    r->status = 403;
    r->totalUs = 100;
    r->steps.push_back(StepSpan{QLatin1StringView("route"), 5, 40, true, QStringLiteral("route.no_match"),
                                QStringLiteral("no resource matches GET /nope")});
    WaterfallWidget w;
    w.resize(400, 120);
    w.setRecord(r);
    QCOMPARE(w.spans().size(), size_t(1));
    QCOMPARE(w.spans().front().detail, QStringLiteral("route.no_match"));
    QCOMPARE(w.totalUs(), qint64(100));
    QVERIFY(w.sizeHint().height() > 0);
    QVERIFY(!w.grab().isNull()); // paints without crashing
    w.setRecord(nullptr);
    QVERIFY(w.spans().empty());
    QVERIFY(!w.grab().isNull());
}

void tst_MainWindow::trafficPanel_followsOnlyAtBottom()
{
    TrafficPanel panel;
    panel.model()->setCapacity(500);
    panel.resize(800, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QScrollBar *bar = panel.view()->verticalScrollBar();

    // At the bottom: new rows scroll into view.
    panel.append(makeBatch(0, 200));
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());
    panel.append(makeBatch(200, 50));
    QCOMPARE(bar->value(), bar->maximum());

    // Scrolled up: the view stays on the rows the user is reading.
    bar->setValue(100);
    panel.append(makeBatch(250, 50));
    QCOMPARE(bar->value(), 100);
    // When the oldest rows are trimmed, it moves with them (ScrollPerItem: the value is the top row).
    const quint64 topBefore = panel.model()->record(panel.view()->rowAt(0))->sequence;
    panel.append(makeBatch(300, 250)); // 300 + 250 over a cap of 500: 50 rows trimmed
    QCOMPARE(panel.model()->rowCount(), 500);
    QCOMPARE(bar->value(), 50);
    QCoreApplication::processEvents();
    QCOMPARE(panel.model()->record(panel.view()->rowAt(0))->sequence, topBefore);
}

void tst_MainWindow::trafficPanel_appendAtCap_benchmark()
{
    // 10,000 requests/s arrive as ~25 batches of 400 per second. At the cap every batch also trims 400 rows. The
    // panel is shown, so the view lays out and paints what is visible.
    TrafficPanel panel;
    panel.resize(1200, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    std::vector<ExchangeRecordPtr> full;
    full.reserve(100'000);
    for (int i = 0; i < 100'000; ++i)
        full.push_back(makeRecord(quint64(i)));
    panel.append(full);
    QCOMPARE(panel.model()->rowCount(), 100'000);
    quint64 next = 100'000;
    QBENCHMARK {
        panel.append(makeBatch(next, 400));
        next += 400;
        panel.repaint();
    }
    QCOMPARE(panel.model()->rowCount(), 100'000);
    QCOMPARE(panel.model()->record(99'999)->sequence, next - 1);
}

void tst_MainWindow::servesRequestsAndInspectsThem()
{
    MainWindow window;
    window.setPreferredPortOverride(0);
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    QSignalSpy failed(&window, &MainWindow::openFailed);
    window.show();
    window.openFile(examplePath());
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() + failed.count() > 0, 15'000);
    QCOMPARE(failed.count(), 0);
    QVERIFY(window.project());
    QCOMPARE(window.recentFiles().value(0), QFileInfo(examplePath()).absoluteFilePath());

    // The gateway started on its own, on a free port.
    QVERIFY(window.gateway()->isRunning());
    const quint16 port = window.gateway()->port();
    QVERIFY(port != 0);
    QVERIFY2(window.invokeUrl().startsWith(QStringLiteral("http://petstore.execute-api.localhost:%1").arg(port)),
             qPrintable(window.invokeUrl()));

    // Explorer and overview show both APIs.
    QStandardItemModel *tree = window.explorer()->model();
    QCOMPARE(tree->rowCount(), 5); // the two APIs, then the project's Functions, Usage plans and API keys
    QVERIFY(tree->item(0)->text().contains(QLatin1String("petstore")));
    QVERIFY(tree->item(1)->text().contains(QLatin1String("storefront")));
    const QString overview = window.overview()->toPlainText();
    QVERIFY2(overview.contains(QStringLiteral("http://petstore.execute-api.localhost:%1/prod").arg(port)),
             qPrintable(overview));
    QVERIFY(overview.contains(QLatin1String("/pets/{petId}")));
    QVERIFY(overview.contains(QLatin1String("MOCK")));

    // Real requests through the real server.
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    const QString base = QStringLiteral("http://127.0.0.1:%1/restapis/petstore/prod/_user_request_").arg(port);
    QCOMPARE(httpGet(nam, base + QStringLiteral("/pets")), 200);
    QCOMPARE(httpGet(nam, base + QStringLiteral("/nope")), 403);

    TrafficModel *model = window.traffic()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 5'000);
    QTRY_VERIFY(window.gateway()->requestCount() >= 2);

    // The 403: the route step answered, and Explain says why in plain words.
    const int notFound = findRow(*model, 403);
    QVERIFY(notFound >= 0);
    QCOMPARE(model->index(notFound, TrafficModel::StoppedAtColumn).data().toString(), QStringLiteral("route.no_match"));
    window.traffic()->view()->selectRow(notFound);
    QVERIFY(window.inspector()->record());
    QCOMPARE(window.inspector()->record()->status, 403);
    const auto &spans = window.inspector()->waterfall()->spans();
    QVERIFY(!spans.empty());
    QCOMPARE(QString(spans.front().name), QStringLiteral("route"));
    QVERIFY(spans.front().responded);
    QVERIFY2(window.inspector()->explainText().contains(QLatin1String("No route")),
             qPrintable(window.inspector()->explainText()));

    // The 200: the mock integration answered, and the body is shown pretty-printed.
    const int ok = findRow(*model, 200);
    QVERIFY(ok >= 0);
    window.traffic()->view()->selectRow(ok);
    QCOMPARE(window.inspector()->record()->status, 200);
    QVERIFY(window.inspector()->waterfall()->spans().size() >= 2);
    QVERIFY2(window.inspector()->responseBodyText().contains(QLatin1String("\"id\": 1,\n        \"type\": \"dog\"")),
             qPrintable(window.inspector()->responseBodyText()));

    // Clear empties the table and the inspector.
    window.traffic()->clear();
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!window.inspector()->record());

    // Stopping happens off the GUI thread; the window says so meanwhile.
    window.stopGateway();
    QVERIFY(window.gateway()->state() != GatewayController::State::Running);
    QTRY_COMPARE_WITH_TIMEOUT(window.gateway()->state(), GatewayController::State::Stopped, 5'000);
    QVERIFY(window.invokeUrl().isEmpty());
    QVERIFY(window.startGateway());
    QVERIFY(window.gateway()->isRunning());

    // Closing remembers the layout.
    window.close();
    QVERIFY(QSettings().contains(QStringLiteral("window/state")));
    QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));
}

void tst_MainWindow::brokenFileKeepsCurrentProject()
{
    MainWindow window;
    window.setPreferredPortOverride(0);
    window.setAutoStart(false);
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    QSignalSpy failed(&window, &MainWindow::openFailed);
    window.openFile(examplePath());
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 15'000);
    const QString name = window.project()->name;
    QVERIFY(!window.gateway()->isRunning());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString broken = dir.filePath(QStringLiteral("broken.gatehouse.yaml"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("gatehouse: 1\n"
               "name: Broken\n"
               "apis:\n"
               "  - id: [unclosed\n"
               "    protocol: rest\n");
    file.close();

    window.openFile(broken);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15'000);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(failed.first().first().toString(), QFileInfo(broken).absoluteFilePath());

    // The previous project is still open.
    QCOMPARE(window.currentFile(), QFileInfo(examplePath()).absoluteFilePath());
    QCOMPARE(window.project()->name, name);
    QCOMPARE(window.explorer()->model()->rowCount(), 5); // two APIs and the project-level folders

    // Problems names the file and the line.
    const QStringList lines = window.problems()->lines();
    QVERIFY(!lines.isEmpty());
    static const QRegularExpression where(QStringLiteral("broken\\.gatehouse\\.yaml:([0-9]+)"));
    bool found = false;
    for (const QString &line : lines) {
        const QRegularExpressionMatch m = where.match(line);
        if (m.hasMatch() && m.captured(1).toInt() >= 4 && m.captured(1).toInt() <= 6)
            found = true;
    }
    QVERIFY2(found, qPrintable(lines.join(QLatin1Char('\n'))));
    QTreeWidgetItem *group = window.problems()->view()->topLevelItem(0);
    QVERIFY(group);
    QVERIFY2(group->text(2).contains(QLatin1String("unchanged")), qPrintable(group->text(2)));

    // Dropping a good file on the window opens it and clears the failure.
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(examplePath())});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, 15'000);
    delete mime;
    for (const QString &line : window.problems()->lines())
        QVERIFY2(!line.contains(QLatin1String("broken")), qPrintable(line));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
