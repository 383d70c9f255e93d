// SPDX-License-Identifier: GPL-3.0-or-later
// The Connections view: a real WebSocket client connects to the gateway in the window and is listed with its
// identity and message counts; its messages appear in the log with their routes and steps; the window sends
// it a message and closes it (1000), and the row goes. The view's two models are checked with
// QAbstractItemModelTester.
#include "connectionspanel.h"
#include "formatting.h"
#include "gatewaycontroller.h"
#include "guitestsupport.h"
#include "inspectorpanel.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "waterfallwidget.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkRequest>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QtTest>

using namespace gw;
using namespace gw::ui;

namespace {

const QByteArray kProject = test::webSocketChatProject();

/// A connected client that keeps what it receives and how the server closed it.
struct Client
{
    QWebSocket socket {QString(), QWebSocketProtocol::VersionLatest};
    QStringList texts;
    bool closed = false;

    Client()
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &m) { texts.append(m); });
        QObject::connect(&socket, &QWebSocket::disconnected, &socket, [this] { closed = true; });
    }
    bool open(quint16 port, const QByteArray &userAgent)
    {
        QNetworkRequest request(
            QUrl(QStringLiteral("ws://127.0.0.1:%1/restapis/chat/prod/_user_request_").arg(port)));
        request.setRawHeader("User-Agent", userAgent);
        socket.open(request);
        QElapsedTimer t;
        t.start();
        while (socket.state() != QAbstractSocket::ConnectedState && !closed && t.elapsed() < 15'000)
            QTest::qWait(5);
        return socket.state() == QAbstractSocket::ConnectedState;
    }
};

/// The log's rows as "direction route message", for readable failures.
QStringList logLines(const MessageLogModel *log)
{
    QStringList lines;
    for (int row = 0; row < log->rowCount(); ++row) {
        lines.append(QStringLiteral("%1 %2 %3")
                         .arg(log->index(row, MessageLogModel::DirectionColumn).data().toString(),
                              log->index(row, MessageLogModel::RouteColumn).data().toString(),
                              log->index(row, MessageLogModel::MessageColumn).data().toString()));
    }
    return lines;
}

int findRow(const MessageLogModel *log, MessageLogModel::Kind kind, const QString &route)
{
    for (int row = 0; row < log->rowCount(); ++row) {
        const MessageLogModel::Entry *e = log->entry(row);
        if (e->kind == kind && log->index(row, MessageLogModel::RouteColumn).data().toString() == route)
            return row;
    }
    return -1;
}

std::shared_ptr<ExchangeRecord> wsRecord(const QString &connectionId, const QString &eventType,
                                         quint64 sequence)
{
    auto r = std::make_shared<ExchangeRecord>();
    r->sequence = sequence;
    r->protocol = QStringLiteral("websocket");
    r->apiId = QStringLiteral("chat");
    r->stage = QStringLiteral("prod");
    r->connectionId = connectionId;
    r->eventType = eventType;
    r->messageDirection = QStringLiteral("IN");
    r->startEpochMs = 1'700'000'000'000 + qint64(sequence);
    return r;
}

} // namespace

class tst_ConnectionsView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void liveConnection();
    void connectionsModelUpdatesInPlace();
    void messageLogModelFilesAndTrims();

private:
    QTemporaryDir m_settingsDir;
};

void tst_ConnectionsView::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    gw::test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_connectionsview"));
}

void tst_ConnectionsView::liveConnection()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(gw::test::openProjectInWindow(window, dir, QStringLiteral("chat.gatehouse.yaml"), kProject));
    QVERIFY(window.gateway()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!window.isCompiling(), 15'000);
    const quint16 port = window.gateway()->port();
    window.connectionsDock()->show();
    window.connectionsDock()->raise();
    ConnectionsPanel *panel = window.connections();
    QTRY_VERIFY(panel->isVisible());

    // Empty state: what to connect to.
    QCOMPARE(panel->connections()->rowCount(), 0);
    QVERIFY(panel->emptyLabel()->isVisible());
    const QString url = QStringLiteral("ws://chat.execute-api.localhost:%1/prod").arg(port);
    QVERIFY2(
        panel->emptyLabel()->text().contains(QStringLiteral("No open connections. Connect to %1").arg(url)),
        qPrintable(panel->emptyLabel()->text()));

    // A client connects: listed with its identity, and shown (the only connection).
    Client client;
    QVERIFY(client.open(port, "gatehouse-test/1.0"));
    QTRY_COMPARE(panel->connections()->rowCount(), 1);
    QVERIFY(!panel->emptyLabel()->isVisible());
    QVERIFY(panel->connectionsView()->isVisible());
    const websocket::ConnectionSnapshot *c = panel->connections()->connection(0);
    QVERIFY(c);
    const QString id = c->connectionId;
    QCOMPARE(window.gateway()->connections().size(), 1);
    QCOMPARE(c->apiId, QStringLiteral("chat"));
    QCOMPARE(c->stage, QStringLiteral("prod"));
    QCOMPARE(c->sourceIp, QStringLiteral("127.0.0.1"));
    QCOMPARE(c->userAgent, QStringLiteral("gatehouse-test/1.0"));
    QVERIFY(c->principalId.isEmpty());
    QCOMPARE(c->messagesIn, quint64(0));
    const QModelIndex client0 = panel->connections()->index(0, ConnectionsModel::ClientColumn);
    QCOMPARE(client0.data().toString(), QStringLiteral("127.0.0.1 · gatehouse-test/1.0"));
    QTRY_COMPARE(panel->shownConnection(), id);
    QTRY_VERIFY(findRow(panel->log(), MessageLogModel::Kind::Connect, QStringLiteral("$connect")) >= 0);

    // The client sends: the message and the route's reply appear in the log with the route chosen; counts go
    // up.
    client.socket.sendTextMessage(QStringLiteral(R"({"action":"ping"})"));
    QTRY_COMPARE(client.texts.size(), 1);
    QCOMPARE(client.texts.first(), QStringLiteral(R"({"pong": true})"));
    QTRY_VERIFY2(findRow(panel->log(), MessageLogModel::Kind::Reply, QStringLiteral("ping")) >= 0,
                 qPrintable(logLines(panel->log()).join(u'\n')));
    const int in = findRow(panel->log(), MessageLogModel::Kind::Received, QStringLiteral("ping"));
    QVERIFY(in >= 0);
    QCOMPARE(panel->log()->index(in, MessageLogModel::MessageColumn).data().toString(),
             QStringLiteral(R"({"action":"ping"})"));
    QCOMPARE(panel->log()->index(in, MessageLogModel::SizeColumn).data().toString(),
             Formatting::byteSize(17));
    client.socket.sendTextMessage(QStringLiteral(R"({"action":"dance"})"));
    QTRY_VERIFY2(findRow(panel->log(), MessageLogModel::Kind::Received, QStringLiteral("$default")) >= 0,
                 qPrintable(logLines(panel->log()).join(u'\n')));
    QTRY_COMPARE(panel->connections()->connection(0)->messagesIn, quint64(2));
    QCOMPARE(panel->connections()->connection(0)->messagesOut, quint64(1)); // $default is one-way
    QCOMPARE(panel->connections()->connection(0)->bytesIn, quint64(17 + 18));
    QVERIFY2(panel->connections()
                 ->index(0, ConnectionsModel::ReceivedColumn)
                 .data()
                 .toString()
                 .startsWith(u"2 · "),
             qPrintable(panel->connections()->index(0, ConnectionsModel::ReceivedColumn).data().toString()));

    // Selecting the message shows its steps here and in the inspector.
    panel->logView()->setFocus();
    panel->logView()->selectionModel()->setCurrentIndex(
        panel->log()->index(in, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(panel->waterfall()->isVisible());
    QStringList steps;
    for (const StepSpan &s : panel->waterfall()->spans())
        steps.append(QString(s.name) + u'=' + s.detail);
    QCOMPARE(steps,
             QStringList(
                 {QStringLiteral("route=websocket.route"), QStringLiteral("integration=integration.mock")}));
    QVERIFY(window.inspector()->record());
    QCOMPARE(window.inspector()->record(), panel->log()->entry(in)->record);

    // Send from the window: the client receives it and the log shows it as sent by this window.
    QVERIFY(!panel->sendButton()->isEnabled()); // nothing typed yet
    panel->messageEdit()->setFocus();
    QTest::keyClicks(panel->messageEdit(), QStringLiteral("hello from the window"));
    QVERIFY(panel->sendButton()->isEnabled());
    QTest::keyClick(panel->messageEdit(), Qt::Key_Return);
    QTRY_COMPARE(client.texts.size(), 2);
    QCOMPARE(client.texts.last(), QStringLiteral("hello from the window"));
    QTRY_VERIFY2(findRow(panel->log(), MessageLogModel::Kind::Sent, QStringLiteral("(this window)")) >= 0,
                 qPrintable(logLines(panel->log()).join(u'\n')));
    const int sent = findRow(panel->log(), MessageLogModel::Kind::Sent, QStringLiteral("(this window)"));
    const ExchangeRecordPtr out = panel->log()->entry(sent)->record;
    QCOMPARE(out->messageDirection, QStringLiteral("OUT"));
    QCOMPARE(out->responseBody, QByteArray("hello from the window"));
    QCOMPARE(out->steps.size(), size_t(1));
    QCOMPARE(out->steps.front().detail, QStringLiteral("websocket.window_send"));
    QTRY_COMPARE(panel->connections()->connection(0)->messagesOut, quint64(2));
    // The send button sends too.
    panel->messageEdit()->setText(QStringLiteral("again"));
    QTest::mouseClick(panel->sendButton(), Qt::LeftButton);
    QTRY_COMPARE(client.texts.size(), 3);
    QCOMPARE(client.texts.last(), QStringLiteral("again"));

    // Close from the window: the client gets 1000, the row goes, the log says how it closed.
    QVERIFY(panel->closeButton()->isEnabled());
    QTest::mouseClick(panel->closeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(client.closed, 10'000);
    QCOMPARE(client.socket.closeCode(), QWebSocketProtocol::CloseCodeNormal);
    QTRY_COMPARE(panel->connections()->rowCount(), 0);
    QVERIFY(window.gateway()->connections().isEmpty());
    QTRY_VERIFY(panel->emptyLabel()->isVisible());
    QTRY_VERIFY2(findRow(panel->log(), MessageLogModel::Kind::Disconnect, QStringLiteral("$disconnect")) >= 0,
                 qPrintable(logLines(panel->log()).join(u'\n')));
    const MessageLogModel::Closure closure = panel->log()->closure(id);
    QVERIFY(closure.closed);
    QCOMPARE(closure.code, 1000);
    QCOMPARE(closure.reason, QStringLiteral("closed from the Gatehouse window"));
    QCOMPARE(panel->shownConnection(), id); // the log of the closed connection stays until another is picked
    QVERIFY(!panel->closeButton()->isEnabled());
    QVERIFY(!panel->messageEdit()->isEnabled());
    QVERIFY(!panel->sendMessage());
    QVERIFY(!panel->closeConnection());
}

void tst_ConnectionsView::connectionsModelUpdatesInPlace()
{
    ConnectionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto snapshot = [](const QString &id, qint64 at, quint64 in) {
        websocket::ConnectionSnapshot s;
        s.connectionId = id;
        s.apiId = QStringLiteral("chat");
        s.stage = QStringLiteral("prod");
        s.sourceIp = QStringLiteral("127.0.0.1");
        s.connectedAtMs = at;
        s.lastActiveAtMs = at;
        s.messagesIn = in;
        return s;
    };
    model.setSnapshot({snapshot(QStringLiteral("b="), 2000, 0), snapshot(QStringLiteral("a="), 1000, 0)},
                      5000);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.connection(0)->connectionId, QStringLiteral("a=")); // oldest first
    QCOMPARE(model.index(0, ConnectionsModel::AgeColumn).data().toString(), QStringLiteral("4 s"));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    // a= closes, b= got a message, c= opens: b= is updated in place (row 0 after the removal), c= is
    // appended.
    model.setSnapshot({snapshot(QStringLiteral("c="), 3000, 0), snapshot(QStringLiteral("b="), 2000, 7)},
                      65'000);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(QStringLiteral("b=")), 0);
    QCOMPARE(model.rowOf(QStringLiteral("c=")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("a=")), -1);
    QCOMPARE(model.connection(0)->messagesIn, quint64(7));
    QCOMPARE(model.index(0, ConnectionsModel::AgeColumn).data().toString(), QStringLiteral("1 min 3 s"));
    QCOMPARE(model.index(0, ConnectionsModel::PrincipalColumn).data().toString(), QStringLiteral("—"));
    model.setSnapshot({}, 70'000);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(ConnectionsModel::ageText(2 * 3'600'000 + 5 * 60'000), QStringLiteral("2 h 5 min"));
}

void tst_ConnectionsView::messageLogModelFilesAndTrims()
{
    MessageLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    quint64 sequence = 0;
    auto connect = wsRecord(QStringLiteral("a="), QStringLiteral("CONNECT"), ++sequence);
    connect->status = 101;
    connect->route = QStringLiteral("$connect");
    auto message = wsRecord(QStringLiteral("a="), QStringLiteral("MESSAGE"), ++sequence);
    message->route = QStringLiteral("ping");
    message->requestBody = R"({"action":"ping"})";
    message->requestBodySize = message->requestBody.size();
    message->responseBody = "pong";
    message->responseBodySize = 4;
    auto other = wsRecord(QStringLiteral("b="), QStringLiteral("MESSAGE"), ++sequence);
    other->route = QStringLiteral("$default");
    other->requestBody = QByteArray("\xff\xfe", 2);
    other->requestBodySize = 2;
    auto http = std::make_shared<ExchangeRecord>();
    http->protocol = QStringLiteral("http");
    model.addRecords({connect, message, other, http});
    QCOMPARE(model.rowCount(), 0); // no connection shown yet

    model.setConnection(QStringLiteral("a="));
    QCOMPARE(model.rowCount(), 3); // connect, the message, its reply
    QCOMPARE(model.entry(0)->kind, MessageLogModel::Kind::Connect);
    QCOMPARE(model.entry(1)->kind, MessageLogModel::Kind::Received);
    QCOMPARE(model.entry(2)->kind, MessageLogModel::Kind::Reply);
    QCOMPARE(model.index(2, MessageLogModel::MessageColumn).data().toString(), QStringLiteral("pong"));
    model.setConnection(QStringLiteral("b="));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, MessageLogModel::MessageColumn).data().toString(),
             QStringLiteral("binary message, %1").arg(Formatting::byteSize(2)));

    // A batch for the shown connection is inserted at once; past the cap the oldest lines go.
    std::vector<ExchangeRecordPtr> batch;
    for (int i = 0; i < MessageLogModel::maxEntries + 10; ++i) {
        auto out = wsRecord(QStringLiteral("b="), QStringLiteral("MESSAGE"), ++sequence);
        out->messageDirection = QStringLiteral("OUT");
        out->responseBody = QByteArray::number(i);
        out->responseBodySize = out->responseBody.size();
        out->steps.push_back(
            {QLatin1StringView("send"), 0, 1, false, QStringLiteral("websocket.post_to_connection"), {}});
        batch.push_back(out);
    }
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.addRecords(batch);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), MessageLogModel::maxEntries);
    QCOMPARE(model.entry(model.rowCount() - 1)->kind, MessageLogModel::Kind::Sent);
    QCOMPARE(model.index(model.rowCount() - 1, MessageLogModel::RouteColumn).data().toString(),
             QStringLiteral("(@connections)"));
    QCOMPARE(model.index(model.rowCount() - 1, MessageLogModel::MessageColumn).data().toString(),
             QString::number(MessageLogModel::maxEntries + 9));

    // The DISCONNECT record tells how the connection ended.
    auto disconnect = wsRecord(QStringLiteral("b="), QStringLiteral("DISCONNECT"), ++sequence);
    disconnect->disconnectStatusCode = 1001;
    disconnect->disconnectReason = QStringLiteral("the connection was idle for 600 seconds");
    model.addRecords({disconnect});
    QCOMPARE(model.closure(QStringLiteral("b=")).code, 1001);
    QVERIFY(!model.closure(QStringLiteral("a=")).closed);

    // At most maxConnections logs: closed ones go first, the shown one never.
    model.setOpenConnections({QStringLiteral("a=")});
    std::vector<ExchangeRecordPtr> many;
    for (int i = 0; i < MessageLogModel::maxConnections + 5; ++i) {
        auto r = wsRecord(QStringLiteral("x%1=").arg(i), QStringLiteral("DISCONNECT"), ++sequence);
        many.push_back(r);
    }
    model.addRecords(many);
    QVERIFY(model.closure(QStringLiteral("a=")).closed == false);
    QCOMPARE(model.rowCount(), MessageLogModel::maxEntries); // b= is shown: kept
    QVERIFY(!model.closure(QStringLiteral("x0=")).closed); // forgotten
    QVERIFY(model.closure(QStringLiteral("x%1=").arg(MessageLogModel::maxConnections + 4)).closed);
}

QTEST_MAIN(tst_ConnectionsView)
#include "tst_connectionsview.moc"
