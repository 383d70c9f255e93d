// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionspanel.h"

#include "formatting.h"
#include "gatewaycontroller.h"
#include "projectdocument.h"
#include "recordfeed.h"
#include "waterfallwidget.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QStringDecoder>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace gw::ui {

namespace {

constexpr int kRefreshMs = 500;
constexpr int kPreviewChars = 300;

QString localTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs).toString(QStringLiteral("HH:mm:ss.zzz"));
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(bytes); // decode() is lazy: converting to QString does the work
    return !decoder.hasError();
}

/// A message for a table cell: its text on one line, or what it is when it is not text.
QString preview(const QByteArray &captured, qint64 size)
{
    if (size == 0)
        return ConnectionsModel::tr("(empty)");
    if (!isUtf8(captured))
        return ConnectionsModel::tr("binary message, %1").arg(Formatting::byteSize(size));
    QString text = QString::fromUtf8(captured.left(kPreviewChars * 4)).left(kPreviewChars);
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    if (size > text.size())
        text += QStringLiteral("…");
    return text;
}

bool isSentByWindow(const ExchangeRecord &r)
{
    return std::any_of(r.steps.cbegin(), r.steps.cend(),
                       [](const StepSpan &s) { return s.detail == QLatin1String("websocket.window_send"); });
}

} // namespace

// ConnectionsModel

void ConnectionsModel::setSnapshot(const QList<websocket::ConnectionSnapshot> &connections, qint64 nowMs)
{
    m_nowMs = nowMs;
    QHash<QString, qsizetype> incoming;
    incoming.reserve(connections.size());
    for (qsizetype i = 0; i < connections.size(); ++i)
        incoming.insert(connections[i].connectionId, i);
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (incoming.contains(m_rows[row].connectionId))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    QSet<QString> listed;
    for (websocket::ConnectionSnapshot &row : m_rows) {
        row = connections[incoming.value(row.connectionId)];
        listed.insert(row.connectionId);
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    QList<websocket::ConnectionSnapshot> added;
    for (const websocket::ConnectionSnapshot &c : connections) {
        if (!listed.contains(c.connectionId))
            added.append(c);
    }
    if (added.isEmpty())
        return;
    std::sort(added.begin(), added.end(), [](const auto &a, const auto &b) {
        return a.connectedAtMs != b.connectedAtMs ? a.connectedAtMs < b.connectedAtMs
                                                  : a.connectionId < b.connectionId;
    });
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_rows.append(added);
    endInsertRows();
}

const websocket::ConnectionSnapshot *ConnectionsModel::connection(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ConnectionsModel::rowOf(const QString &connectionId) const
{
    if (connectionId.isEmpty())
        return -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].connectionId == connectionId)
            return row;
    }
    return -1;
}

int ConnectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConnectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConnectionsModel::ageText(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms) / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 86'400)
        return tr("%1 h %2 min").arg(s / 3600).arg(s % 3600 / 60);
    return tr("%1 d %2 h").arg(s / 86'400).arg(s % 86'400 / 3600);
}

QVariant ConnectionsModel::data(const QModelIndex &index, int role) const
{
    const websocket::ConnectionSnapshot *c = connection(index.row());
    if (!c || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case ConnectionColumn:
            return c->connectionId;
        case ApiColumn:
            return QStringLiteral("%1 / %2").arg(c->apiId, c->stage);
        case ClientColumn:
            return c->userAgent.isEmpty() ? c->sourceIp
                                          : QStringLiteral("%1 · %2").arg(c->sourceIp, c->userAgent);
        case PrincipalColumn:
            return c->principalId.isEmpty() ? QStringLiteral("—") : c->principalId;
        case AgeColumn:
            return ageText(m_nowMs - c->connectedAtMs);
        case ReceivedColumn:
            return tr("%L1 · %2").arg(c->messagesIn).arg(Formatting::byteSize(qint64(c->bytesIn)));
        case SentColumn:
            return tr("%L1 · %2").arg(c->messagesOut).arg(Formatting::byteSize(qint64(c->bytesOut)));
        case LastActiveColumn:
            return tr("%1 ago").arg(ageText(m_nowMs - c->lastActiveAtMs));
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case ConnectionColumn:
            return tr("Connection id: what $context.connectionId holds and what the @connections API takes");
        case ApiColumn:
            return tr("API %1, stage %2").arg(c->apiId, c->stage);
        case ClientColumn:
            return tr("Source IP %1\nUser agent: %2")
                .arg(c->sourceIp, c->userAgent.isEmpty() ? tr("(none sent)") : c->userAgent);
        case PrincipalColumn:
            return c->principalId.isEmpty() ? tr("No authorizer ran for $connect, so there is no principal")
                                            : tr("The principal the $connect authorizer returned");
        case AgeColumn:
            return tr("Connected at %1 (gateway clock)")
                .arg(QDateTime::fromMSecsSinceEpoch(c->connectedAtMs)
                         .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        case ReceivedColumn:
            return tr("%L1 messages received from the client, %L2 bytes in all")
                .arg(c->messagesIn)
                .arg(c->bytesIn);
        case SentColumn:
            return tr("%L1 messages sent to the client (route replies, error messages, @connections POST and "
                      "this "
                      "window), %L2 bytes in all")
                .arg(c->messagesOut)
                .arg(c->bytesOut);
        case LastActiveColumn:
            return tr("When the client last sent a message; the idle timeout counts from here");
        case ColumnCount:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ReceivedColumn || index.column() == SentColumn || index.column() == AgeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ConnectionColumn:
        return tr("Connection");
    case ApiColumn:
        return tr("API / stage");
    case ClientColumn:
        return tr("Client");
    case PrincipalColumn:
        return tr("Principal");
    case AgeColumn:
        return tr("Age");
    case ReceivedColumn:
        return tr("Received");
    case SentColumn:
        return tr("Sent");
    case LastActiveColumn:
        return tr("Last active");
    case ColumnCount:
        break;
    }
    return {};
}

// MessageLogModel

void MessageLogModel::addRecords(const std::vector<ExchangeRecordPtr> &batch)
{
    std::vector<Entry> shownAdded;
    bool grew = false;
    for (const ExchangeRecordPtr &r : batch) {
        if (!r || r->connectionId.isEmpty() || r->protocol != QLatin1String("websocket"))
            continue;
        Entry lines[2];
        int count = 0;
        if (r->eventType == QLatin1String("CONNECT")) {
            lines[count++] = {r, Kind::Connect};
        } else if (r->eventType == QLatin1String("DISCONNECT")) {
            lines[count++] = {r, Kind::Disconnect};
        } else if (r->messageDirection == QLatin1String("OUT")) {
            lines[count++] = {r, Kind::Sent};
        } else {
            lines[count++] = {r, Kind::Received};
            if (r->responseBodySize > 0)
                lines[count++] = {r, Kind::Reply};
        }
        grew = grew || !m_logs.contains(r->connectionId);
        Log &log = m_logs[r->connectionId];
        log.lastSequence = ++m_sequence;
        if (r->eventType == QLatin1String("DISCONNECT"))
            log.closure = {true, r->disconnectStatusCode, r->disconnectReason};
        else if (r->eventType == QLatin1String("CONNECT") && r->status != 101)
            log.closure = {true, 0, tr("$connect refused the connection with %1").arg(r->status)};
        if (r->connectionId == m_shown) {
            shownAdded.insert(shownAdded.end(), lines, lines + count);
            continue;
        }
        log.entries.insert(log.entries.end(), lines, lines + count);
        while (log.entries.size() > size_t(maxEntries))
            log.entries.pop_front();
    }
    if (!shownAdded.empty()) {
        Log &log = m_logs[m_shown];
        const int first = int(log.entries.size());
        beginInsertRows({}, first, first + int(shownAdded.size()) - 1);
        log.entries.insert(log.entries.end(), shownAdded.begin(), shownAdded.end());
        endInsertRows();
        if (log.entries.size() > size_t(maxEntries)) {
            const int excess = int(log.entries.size()) - maxEntries;
            beginRemoveRows({}, 0, excess - 1);
            log.entries.erase(log.entries.begin(), log.entries.begin() + excess);
            endRemoveRows();
        }
    }
    if (grew && m_logs.size() > maxConnections)
        forgetOldLogs();
}

void MessageLogModel::forgetOldLogs()
{
    // Closed connections' logs first, least recently active first; then, if need be, open ones. Never the
    // shown one.
    std::vector<std::pair<bool, std::pair<quint64, QString>>> candidates; // (open, (last sequence, id))
    for (auto it = m_logs.cbegin(); it != m_logs.cend(); ++it) {
        if (it.key() != m_shown)
            candidates.push_back({m_open.contains(it.key()), {it->lastSequence, it.key()}});
    }
    std::sort(candidates.begin(), candidates.end());
    for (const auto &candidate : candidates) {
        if (m_logs.size() <= maxConnections)
            break;
        m_logs.remove(candidate.second.second);
    }
}

void MessageLogModel::setConnection(const QString &connectionId)
{
    if (connectionId == m_shown)
        return;
    beginResetModel();
    m_shown = connectionId;
    endResetModel();
}

MessageLogModel::Closure MessageLogModel::closure(const QString &connectionId) const
{
    const auto it = m_logs.constFind(connectionId);
    return it == m_logs.constEnd() ? Closure() : it->closure;
}

void MessageLogModel::setOpenConnections(const QStringList &open)
{
    m_open = open;
}

const std::deque<MessageLogModel::Entry> *MessageLogModel::shownEntries() const
{
    if (m_shown.isEmpty())
        return nullptr;
    const auto it = m_logs.constFind(m_shown);
    return it == m_logs.constEnd() ? nullptr : &it->entries;
}

const MessageLogModel::Entry *MessageLogModel::entry(int row) const
{
    const std::deque<Entry> *entries = shownEntries();
    return entries && row >= 0 && size_t(row) < entries->size() ? &(*entries)[size_t(row)] : nullptr;
}

int MessageLogModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    const std::deque<Entry> *entries = shownEntries();
    return entries ? int(entries->size()) : 0;
}

int MessageLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageLogModel::data(const QModelIndex &index, int role) const
{
    const Entry *e = entry(index.row());
    if (!e)
        return {};
    const ExchangeRecord &r = *e->record;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return localTime(e->kind == Kind::Reply ? r.startEpochMs + r.totalUs / 1000 : r.startEpochMs);
        case DirectionColumn:
            switch (e->kind) {
            case Kind::Connect:
                return tr("connect");
            case Kind::Received:
                return tr("→ in");
            case Kind::Reply:
                return tr("← reply");
            case Kind::Sent:
                return tr("← out");
            case Kind::Disconnect:
                return tr("disconnect");
            }
            break;
        case RouteColumn:
            if (e->kind == Kind::Sent)
                return isSentByWindow(r) ? tr("(this window)") : tr("(@connections)");
            return r.route.isEmpty() ? tr("(no route)") : r.route;
        case SizeColumn:
            if (e->kind == Kind::Received)
                return Formatting::byteSize(r.requestBodySize);
            if (e->kind == Kind::Reply || e->kind == Kind::Sent)
                return Formatting::byteSize(r.responseBodySize);
            return QString();
        case MessageColumn:
            switch (e->kind) {
            case Kind::Connect:
                return r.status == 101 ? tr("connected from %1").arg(r.sourceIp)
                                       : tr("refused: $connect answered %1").arg(r.status);
            case Kind::Disconnect:
                return r.disconnectReason.isEmpty()
                    ? tr("closed with code %1").arg(r.disconnectStatusCode)
                    : tr("closed with code %1: %2").arg(r.disconnectStatusCode).arg(r.disconnectReason);
            case Kind::Received:
                return preview(r.requestBody, r.requestBodySize);
            case Kind::Reply:
            case Kind::Sent:
                return preview(r.responseBody, r.responseBodySize);
            }
            break;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case DirectionColumn:
            switch (e->kind) {
            case Kind::Connect:
                return tr("The client opened the connection ($connect ran)");
            case Kind::Received:
                return tr("A message the client sent to the gateway");
            case Kind::Reply:
                return tr(
                    "What the route's integration answered, sent back to the client (a two-way route, or an "
                    "error message)");
            case Kind::Sent:
                return tr("A message sent to the client on the gateway's own initiative");
            case Kind::Disconnect:
                return tr("The connection closed ($disconnect ran)");
            }
            break;
        case RouteColumn:
            if (e->kind == Kind::Sent)
                return isSentByWindow(r) ? tr("Sent with the Send button of this view")
                                         : tr("Sent by a backend through the @connections API (POST)");
            if (!r.stoppedAt.isEmpty())
                return tr("Route %1: stopped at %2")
                    .arg(r.route.isEmpty() ? tr("(none)") : r.route, r.stoppedAt);
            return tr("The route the route selection expression chose");
        case MessageColumn: {
            const bool request = e->kind == Kind::Received;
            const QByteArray &body = request ? r.requestBody : r.responseBody;
            if (body.isEmpty() || !isUtf8(body))
                return {};
            return QString::fromUtf8(body.left(4096));
        }
        default:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == RouteColumn && (r.status >= 400 || !r.stoppedAt.isEmpty())) {
            const QColor colour
                = Formatting::statusColor(r.status >= 400 ? r.status : 500, QGuiApplication::palette());
            if (colour.isValid())
                return colour;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant MessageLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case DirectionColumn:
        return tr("Direction");
    case RouteColumn:
        return tr("Route");
    case SizeColumn:
        return tr("Size");
    case MessageColumn:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

// ConnectionsPanel

namespace {

void setUpTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->setCornerButtonEnabled(false);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *vertical = view->verticalHeader();
    vertical->setVisible(false);
    vertical->setSectionResizeMode(QHeaderView::Fixed);
    vertical->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
}

} // namespace

ConnectionsPanel::ConnectionsPanel(GatewayController *gateway, ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_gateway(gateway)
    , m_document(document)
    , m_connections(new ConnectionsModel(this))
    , m_log(new MessageLogModel(this))
    , m_listStack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_connectionsView(new QTableView(this))
    , m_detailStack(new QStackedWidget(this))
    , m_header(new QLabel(this))
    , m_logView(new QTableView(this))
    , m_waterfall(new WaterfallWidget(this))
    , m_message(new QLineEdit(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_close(new QPushButton(tr("Close &connection"), this))
    , m_feedback(new QLabel(this))
    , m_timer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    layout->addWidget(split);

    // The list, or what to do to fill it.
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_empty->setMargin(8);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_empty->setAccessibleName(tr("No open connections"));
    m_connectionsView->setModel(m_connections);
    m_connectionsView->setAccessibleName(tr("Open connections"));
    m_connectionsView->setToolTip(
        tr("The open WebSocket connections. Select one to see its messages, send it a "
           "message or close it."));
    setUpTable(m_connectionsView);
    const QFontMetrics fm(font());
    auto width = [&fm](const QString &sample) {
        return fm.horizontalAdvance(sample) + 24;
    };
    m_connectionsView->setColumnWidth(ConnectionsModel::ConnectionColumn,
                                      width(QStringLiteral("L0SM9cOFvHcCIhw=")));
    m_connectionsView->setColumnWidth(ConnectionsModel::ApiColumn, width(QStringLiteral("chat-api / prod")));
    m_connectionsView->setColumnWidth(ConnectionsModel::ClientColumn,
                                      width(QStringLiteral("127.0.0.1 · wscat/5.2")));
    m_connectionsView->setColumnWidth(ConnectionsModel::PrincipalColumn, width(QStringLiteral("user-1234")));
    m_connectionsView->setColumnWidth(ConnectionsModel::AgeColumn, width(QStringLiteral("59 min 59 s")));
    m_connectionsView->setColumnWidth(ConnectionsModel::ReceivedColumn,
                                      width(QStringLiteral("1,234 · 12.3 KB")));
    m_connectionsView->setColumnWidth(ConnectionsModel::SentColumn, width(QStringLiteral("1,234 · 12.3 KB")));
    m_listStack->addWidget(m_empty);
    m_listStack->addWidget(m_connectionsView);
    split->addWidget(m_listStack);

    // The selected connection.
    auto *placeholder = new QLabel(tr("Select a connection to see its messages."), this);
    placeholder->setWordWrap(true);
    placeholder->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    placeholder->setMargin(8);
    m_detailStack->addWidget(placeholder);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(4, 2, 4, 2);
    detailLayout->setSpacing(4);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_header->setAccessibleName(tr("Connection"));
    detailLayout->addWidget(m_header);
    m_logView->setModel(m_log);
    m_logView->setAccessibleName(tr("Message log"));
    m_logView->setToolTip(
        tr("Every message of this connection, both directions. Select one to see its steps here "
           "and everything about it in the Inspector."));
    setUpTable(m_logView);
    m_logView->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_logView->setColumnWidth(MessageLogModel::TimeColumn, width(QStringLiteral("00:00:00.000")));
    m_logView->setColumnWidth(MessageLogModel::DirectionColumn, width(QStringLiteral("disconnect")));
    m_logView->setColumnWidth(MessageLogModel::RouteColumn, width(QStringLiteral("(@connections)")));
    m_logView->setColumnWidth(MessageLogModel::SizeColumn, width(QStringLiteral("999 bytes")));
    // The log over the selected message's steps; the user can give either more room.
    auto *logSplit = new QSplitter(Qt::Vertical, this);
    logSplit->setChildrenCollapsible(false);
    logSplit->addWidget(m_logView);
    m_waterfall->setToolTip(tr("How long each step took for the selected message"));
    m_waterfall->hide();
    logSplit->addWidget(m_waterfall);
    logSplit->setStretchFactor(0, 3);
    logSplit->setStretchFactor(1, 1);
    detailLayout->addWidget(logSplit, 1);

    auto *composer = new QHBoxLayout;
    auto *messageLabel = new QLabel(tr("&Message:"), this);
    messageLabel->setBuddy(m_message);
    composer->addWidget(messageLabel);
    m_message->setPlaceholderText(tr("Text to send to this connection, e.g. {\"action\": \"ping\"}"));
    m_message->setToolTip(
        tr("Sent to the client as one text message, as a backend's @connections POST would. Press "
           "Enter to send."));
    m_message->setAccessibleName(tr("Message to send"));
    m_message->setClearButtonEnabled(true);
    composer->addWidget(m_message, 1);
    m_send->setToolTip(tr("Send the message to the client (Enter)"));
    m_send->setAccessibleName(tr("Send message"));
    composer->addWidget(m_send);
    m_close->setToolTip(
        tr("Close the connection with code 1000 (normal closure), as @connections DELETE does; "
           "$disconnect runs"));
    m_close->setAccessibleName(tr("Close connection"));
    composer->addWidget(m_close);
    detailLayout->addLayout(composer);
    m_feedback->setAccessibleName(tr("Result"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->setMinimumHeight(m_feedback->fontMetrics().height()); // no jump when a result appears
    detailLayout->addWidget(m_feedback);
    m_detailStack->addWidget(detail);
    split->addWidget(m_detailStack);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    setTabOrder(m_connectionsView, m_logView);
    setTabOrder(m_logView, m_message);
    setTabOrder(m_message, m_send);
    setTabOrder(m_send, m_close);

    connect(m_connectionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConnectionsPanel::onConnectionSelected);
    connect(m_logView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConnectionsPanel::onMessageSelected);
    connect(m_log, &QAbstractItemModel::modelReset, this, [this] { onMessageSelected({}); });
    connect(m_message, &QLineEdit::textChanged, this, &ConnectionsPanel::updateButtons);
    connect(m_message, &QLineEdit::returnPressed, this, &ConnectionsPanel::sendMessage);
    connect(m_send, &QPushButton::clicked, this, &ConnectionsPanel::sendMessage);
    connect(m_close, &QPushButton::clicked, this, &ConnectionsPanel::closeConnection);
    connect(m_gateway->feed(), &RecordFeed::recordsArrived, this, &ConnectionsPanel::addRecords);
    connect(m_gateway, &GatewayController::stateChanged, this, [this] {
        updateTimer();
        updateEmptyText();
        refresh();
    });
    connect(m_document, &ProjectDocument::changed, this, &ConnectionsPanel::updateEmptyText);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &ConnectionsPanel::refresh);
    updateEmptyText();
    refresh();
}

void ConnectionsPanel::refresh()
{
    const QList<websocket::ConnectionSnapshot> open
        = m_gateway->isRunning() ? m_gateway->connections() : QList<websocket::ConnectionSnapshot>();
    const QString shown = m_log->connection();
    {
        // Rows moving must not switch the log to another connection; the shown one is selected again below.
        m_updatingList = true;
        m_connections->setSnapshot(open, m_gateway->clock().epochMs());
        QItemSelectionModel *selection = m_connectionsView->selectionModel();
        const int row = m_connections->rowOf(shown);
        if (row < 0) {
            selection->clear();
        } else if (selection->currentIndex().row() != row) {
            selection->setCurrentIndex(m_connections->index(row, 0),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        m_updatingList = false;
    }
    QStringList ids;
    ids.reserve(open.size());
    for (const websocket::ConnectionSnapshot &c : open)
        ids.append(c.connectionId);
    m_log->setOpenConnections(ids);
    m_listStack->setCurrentWidget(open.isEmpty() ? static_cast<QWidget *>(m_empty) : m_connectionsView);
    if (shown.isEmpty() && m_connections->rowCount() > 0)
        showConnection(m_connections->connection(0)->connectionId);
    updateHeader();
    updateButtons();
}

bool ConnectionsPanel::showConnection(const QString &connectionId)
{
    const int row = m_connections->rowOf(connectionId);
    if (row < 0)
        return false;
    m_connectionsView->selectionModel()->setCurrentIndex(
        m_connections->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // Selecting the row shows the log, unless the row was current already.
    if (m_log->connection() != connectionId)
        onConnectionSelected(m_connections->index(row, 0));
    return true;
}

void ConnectionsPanel::onConnectionSelected(const QModelIndex &current)
{
    if (m_updatingList || !current.isValid())
        return;
    const websocket::ConnectionSnapshot *c = m_connections->connection(current.row());
    if (!c || c->connectionId == m_log->connection())
        return;
    m_log->setConnection(c->connectionId);
    m_logView->scrollToBottom();
    setFeedback({});
    updateHeader();
    updateButtons();
}

void ConnectionsPanel::onMessageSelected(const QModelIndex &current)
{
    const MessageLogModel::Entry *e = current.isValid() ? m_log->entry(current.row()) : nullptr;
    const ExchangeRecordPtr record = e ? e->record : nullptr;
    m_waterfall->setRecord(record);
    m_waterfall->setVisible(record != nullptr);
    if (record)
        Q_EMIT currentRecordChanged(record);
}

void ConnectionsPanel::addRecords(const std::vector<ExchangeRecordPtr> &batch)
{
    bool lifecycle = false;
    bool messages = false;
    bool shown = false;
    for (const ExchangeRecordPtr &r : batch) {
        if (!r || r->protocol != QLatin1String("websocket"))
            continue;
        if (r->eventType == QLatin1String("MESSAGE"))
            messages = true;
        else
            lifecycle = true;
        shown = shown || (!r->connectionId.isEmpty() && r->connectionId == m_log->connection());
    }
    if (!lifecycle && !messages)
        return;
    QScrollBar *bar = m_logView->verticalScrollBar();
    const bool follow = bar->value() >= bar->maximum();
    const bool wasClosed = m_log->closure(m_log->connection()).closed;
    m_log->addRecords(batch);
    if (shown && follow)
        m_logView->scrollToBottom();
    if (shown && !wasClosed && m_log->closure(m_log->connection()).closed)
        setFeedback({}); // "Closing…" is over; the header says how it ended
    // Opening and closing change the list; messages change its counters, which only matter while it is seen.
    if (lifecycle || (messages && isVisible()))
        scheduleRefresh();
    if (shown)
        updateHeader();
}

void ConnectionsPanel::scheduleRefresh()
{
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        refresh();
    });
}

bool ConnectionsPanel::sendMessage()
{
    const QString id = m_log->connection();
    if (id.isEmpty() || m_connections->rowOf(id) < 0) {
        setFeedback(tr("Nothing was sent: the connection is not open."));
        return false;
    }
    const QString text = m_message->text();
    if (text.isEmpty()) {
        setFeedback(tr("Type a message first."));
        return false;
    }
    const QByteArray data = text.toUtf8();
    if (!m_gateway->sendToConnection(id, data)) {
        setFeedback(tr("Nothing was sent: connection %1 has closed.").arg(id));
        scheduleRefresh();
        return false;
    }
    setFeedback(tr("Sent %1 to %2.").arg(Formatting::byteSize(data.size()), id));
    m_message->selectAll();
    return true;
}

bool ConnectionsPanel::closeConnection()
{
    const QString id = m_log->connection();
    if (id.isEmpty() || !m_gateway->closeConnection(id)) {
        setFeedback(tr("The connection is not open."));
        scheduleRefresh();
        return false;
    }
    setFeedback(tr("Closing %1 with code 1000…").arg(id));
    return true;
}

void ConnectionsPanel::setFeedback(const QString &text)
{
    m_feedback->setText(text);
}

void ConnectionsPanel::updateHeader()
{
    const QString id = m_log->connection();
    m_detailStack->setCurrentIndex(id.isEmpty() ? 0 : 1);
    // Nothing to pick and nothing shown: the empty-state text gets the whole width.
    m_detailStack->setVisible(!id.isEmpty() || m_connections->rowCount() > 0);
    if (id.isEmpty())
        return;
    const int row = m_connections->rowOf(id);
    if (const websocket::ConnectionSnapshot *c = m_connections->connection(row)) {
        QStringList parts {tr("Connection %1").arg(id), QStringLiteral("%1 / %2").arg(c->apiId, c->stage),
                           tr("from %1").arg(c->sourceIp)};
        if (!c->userAgent.isEmpty())
            parts.append(c->userAgent);
        if (!c->principalId.isEmpty())
            parts.append(tr("principal %1").arg(c->principalId));
        parts.append(tr("open for %1")
                         .arg(ConnectionsModel::ageText(m_gateway->clock().epochMs() - c->connectedAtMs)));
        m_header->setText(parts.join(QStringLiteral(" · ")));
        return;
    }
    const MessageLogModel::Closure closure = m_log->closure(id);
    if (!closure.closed) {
        m_header->setText(tr("Connection %1 is not open.").arg(id));
    } else if (closure.code == 0) {
        m_header->setText(tr("Connection %1: %2.").arg(id, closure.reason));
    } else {
        m_header->setText(closure.reason.isEmpty()
                              ? tr("Connection %1 closed with code %2.").arg(id).arg(closure.code)
                              : tr("Connection %1 closed with code %2 (%3).")
                                    .arg(id)
                                    .arg(closure.code)
                                    .arg(closure.reason));
    }
}

void ConnectionsPanel::updateEmptyText()
{
    if (!m_gateway->isRunning()) {
        m_empty->setText(
            tr("No open connections. The gateway is stopped: start it, then connect a WebSocket client "
               "to see the connection here."));
        return;
    }
    QStringList urls;
    if (const model::Project *project = m_document->projectOrNull()) {
        for (const model::Api &api : project->apis) {
            if (api.protocol != model::Protocol::WebSocket)
                continue;
            for (const model::Stage &stage : api.stages)
                urls.append(Formatting::invokeUrl(api.id, stage.name, m_gateway->port(), true));
        }
    }
    if (urls.isEmpty()) {
        m_empty->setText(
            tr("No open connections. Connections appear here when a client connects to a WebSocket API; "
               "this project has none."));
    } else {
        const QString shown = urls.mid(0, 3).join(tr(" or "));
        m_empty->setText(
            urls.size() > 3
                ? tr("No open connections. Connect to %1 (or another of the %2 WebSocket stages) to see it "
                     "here.")
                      .arg(shown)
                      .arg(urls.size())
                : tr("No open connections. Connect to %1 to see it here.").arg(shown));
    }
}

void ConnectionsPanel::updateButtons()
{
    const QString id = m_log->connection();
    const bool open = !id.isEmpty() && m_connections->rowOf(id) >= 0;
    m_message->setEnabled(open);
    m_send->setEnabled(open && !m_message->text().isEmpty());
    m_close->setEnabled(open);
}

void ConnectionsPanel::updateTimer()
{
    if (isVisible() && m_gateway->isRunning())
        m_timer->start();
    else
        m_timer->stop();
}

void ConnectionsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    updateTimer();
}

void ConnectionsPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateTimer();
}

} // namespace gw::ui
