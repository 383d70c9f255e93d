// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "observe/exchangerecord.h"
#include "websocket/wsservice.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QWidget>

#include <deque>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace gw::ui {

class GatewayController;
class ProjectDocument;
class WaterfallWidget;

/// The open WebSocket connections, one row each, as the last snapshot saw them. setSnapshot() updates rows in
/// place (keyed by connection id), removes the ones that closed and appends new ones, so selection and
/// scrolling stay. GUI thread only.
class ConnectionsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ConnectionColumn,
        AgeColumn,
        ReceivedColumn,
        SentColumn,
        ClientColumn,
        PrincipalColumn,
        LastActiveColumn,
        ApiColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// Replaces the rows with `connections` as of `nowMs` (the gateway clock, for ages).
    void setSnapshot(const QList<websocket::ConnectionSnapshot> &connections, qint64 nowMs);
    const websocket::ConnectionSnapshot *connection(int row) const;
    int rowOf(const QString &connectionId) const; ///< -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "35 s", "4 min 10 s", "2 h 5 min".
    static QString ageText(qint64 ms);

private:
    QList<websocket::ConnectionSnapshot> m_rows;
    qint64 m_nowMs = 0;
};

/// The message log of every WebSocket connection the window has seen (both directions), showing one. Built
/// from the exchange records: a CONNECT record is a "connect" line, a MESSAGE IN record a line for the
/// message received and, when the route replied, one for the reply; a MESSAGE OUT record (@connections POST,
/// the window's Send) a line for the message sent; a DISCONNECT record a "disconnect" line with the close
/// code. Each line keeps its record, so its steps can be shown. Bounded: at most maxEntries lines per
/// connection and maxConnections logs (the logs of closed connections go first). GUI thread only.
class MessageLogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, DirectionColumn, RouteColumn, SizeColumn, MessageColumn, ColumnCount };
    enum class Kind { Connect, Received, Reply, Sent, Disconnect };

    struct Entry
    {
        ExchangeRecordPtr record;
        Kind kind = Kind::Received;
    };

    /// What the log knows of a connection's end (from its DISCONNECT record).
    struct Closure
    {
        bool closed = false;
        int code = 0;
        QString reason;
    };

    static constexpr int maxEntries = 5000;
    static constexpr int maxConnections = 200;

    using QAbstractTableModel::QAbstractTableModel;

    /// Files the WebSocket records of `batch` (oldest first) under their connections; lines for the shown
    /// connection are inserted with one beginInsertRows().
    void addRecords(const std::vector<ExchangeRecordPtr> &batch);
    /// Shows the log of `connectionId` (empty: none).
    void setConnection(const QString &connectionId);
    const QString &connection() const { return m_shown; }
    Closure closure(const QString &connectionId) const;
    const Entry *entry(int row) const;
    /// Keeps the logs of `open` connections when logs must be forgotten (they are trimmed last).
    void setOpenConnections(const QStringList &open);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Log
    {
        std::deque<Entry> entries;
        Closure closure;
        quint64 lastSequence = 0; ///< for forgetting the least recently active logs first
    };
    void forgetOldLogs();
    const std::deque<Entry> *shownEntries() const;

    QHash<QString, Log> m_logs;
    QString m_shown;
    QStringList m_open;
    quint64 m_sequence = 0;
};

/// The Connections view: the open WebSocket connections of the running gateway (identity, age, message
/// counts), and for the selected one its message log, the steps of the selected message (the inspector shows
/// it too), a message box to send it text, and a button that closes it. The list is a snapshot of the
/// engine's registry, read under one short lock twice a second while the view is visible and at once when a
/// connection opens or closes; sending and closing are posted to the connection's worker, so the GUI thread
/// never waits on the engine.
class ConnectionsPanel final : public QWidget
{
    Q_OBJECT
public:
    ConnectionsPanel(GatewayController *gateway, ProjectDocument *document, QWidget *parent = nullptr);

    ConnectionsModel *connections() const { return m_connections; }
    MessageLogModel *log() const { return m_log; }
    QTableView *connectionsView() const { return m_connectionsView; }
    QTableView *logView() const { return m_logView; }
    WaterfallWidget *waterfall() const { return m_waterfall; }
    QLineEdit *messageEdit() const { return m_message; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *closeButton() const { return m_close; }
    QLabel *emptyLabel() const { return m_empty; }
    /// The connection whose log is shown (it may have closed since); empty when none.
    QString shownConnection() const { return m_log->connection(); }

    /// Reads the connection list now (the timer does this while the view is visible).
    void refresh();
    /// Shows `connectionId`'s log and selects its row; false when it is not open.
    bool showConnection(const QString &connectionId);
    /// Sends the message box's text to the shown connection; false (with the reason shown) when it cannot.
    bool sendMessage();
    /// Closes the shown connection (1000); false when it is not open.
    bool closeConnection();

public Q_SLOTS:
    void addRecords(const std::vector<gw::ExchangeRecordPtr> &batch);

Q_SIGNALS:
    /// The selected message changed; null when none.
    void currentRecordChanged(const gw::ExchangeRecordPtr &record);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onConnectionSelected(const QModelIndex &current);
    void onMessageSelected(const QModelIndex &current);
    void updateHeader();
    void updateEmptyText();
    void updateButtons();
    void updateTimer();
    void scheduleRefresh();
    void setFeedback(const QString &text);

    GatewayController *m_gateway;
    ProjectDocument *m_document;
    ConnectionsModel *m_connections;
    MessageLogModel *m_log;
    QStackedWidget *m_listStack; ///< the empty-state text or the connection table
    QLabel *m_empty;
    QTableView *m_connectionsView;
    QStackedWidget *m_detailStack; ///< "select a connection" or the log
    QLabel *m_header;
    QTableView *m_logView;
    WaterfallWidget *m_waterfall;
    QLineEdit *m_message;
    QPushButton *m_send;
    QPushButton *m_close;
    QLabel *m_feedback;
    QTimer *m_timer;
    bool m_refreshQueued = false;
    bool m_updatingList = false; ///< setSnapshot() is moving rows: selection changes are not the user's
};

} // namespace gw::ui
