// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficmodel.h"

#include "formatting.h"

#include "cost/costmodel.h"

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QPalette>

namespace gw::ui {

namespace {

constexpr qint64 quarterHourMs = 15 * 60 * 1000;
constexpr qint64 dayMs = 24 * 60 * 60 * 1000;

} // namespace

TrafficModel::TrafficModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    setPalette(QGuiApplication::palette());
}

int TrafficModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrafficModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TrafficModel::clockTime(qint64 epochMs) const
{
    const qint64 window = epochMs - ((epochMs % quarterHourMs) + quarterHourMs) % quarterHourMs;
    if (window != m_offsetFromMs) {
        m_offsetFromMs = window;
        m_offsetMs = qint64(QDateTime::fromMSecsSinceEpoch(epochMs).offsetFromUtc()) * 1000;
    }
    qint64 ms = ((epochMs + m_offsetMs) % dayMs + dayMs) % dayMs;
    const int h = int(ms / 3'600'000);
    ms %= 3'600'000;
    const int m = int(ms / 60'000);
    ms %= 60'000;
    const int s = int(ms / 1000);
    const int z = int(ms % 1000);
    const QChar text[] = {
        QChar(u'0' + h / 10), QChar(u'0' + h % 10), QChar(u':'), QChar(u'0' + m / 10), QChar(u'0' + m % 10),
        QChar(u':'),          QChar(u'0' + s / 10), QChar(u'0' + s % 10), QChar(u'.'),
        QChar(u'0' + z / 100), QChar(u'0' + z / 10 % 10), QChar(u'0' + z % 10),
    };
    return QString(text, 12);
}

QVariant TrafficModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const ExchangeRecord &r = *m_rows[size_t(index.row())].record;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return clockTime(r.startEpochMs);
        case ApiColumn:
            return r.apiId.isEmpty() ? QStringLiteral("—") : r.apiId;
        case StageColumn:
            if (r.canary)
                return tr("%1 (canary)").arg(r.stage);
            return r.stage.isEmpty() ? QStringLiteral("—") : r.stage;
        case MethodColumn:
            return r.method;
        case PathColumn:
            return r.path;
        case StatusColumn:
            return r.status > 0 ? QVariant(r.status) : QVariant(QStringLiteral("—"));
        case LatencyColumn:
            return Formatting::duration(r.totalUs);
        case IntegrationLatencyColumn:
            return r.integrationLatencyUs >= 0 ? Formatting::duration(r.integrationLatencyUs) : QStringLiteral("—");
        case SizeColumn:
            return r.status > 0 ? Formatting::byteSize(std::max<qint64>(r.responseBodySize, r.responseBody.size()))
                                : QStringLiteral("—");
        case CorsColumn:
            return cors::RecordVerdict::kindName(corsVerdict(index.row()));
        case StoppedAtColumn:
            if (r.imported)
                return tr("imported");
            return r.stoppedAt.isEmpty() ? QStringLiteral("—") : r.stoppedAt;
        case CostColumn:
            if (!m_pricing)
                return QStringLiteral("—");
            return cost::formatUsd(cost::exchangeCost(*m_pricing, r).totalUsd());
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == CorsColumn) {
            switch (corsVerdict(index.row())) {
            case cors::RecordVerdict::Kind::Allowed:
                return m_ok;
            case cors::RecordVerdict::Kind::Blocked:
                return m_serverError;
            case cors::RecordVerdict::Kind::NotCors:
                break;
            }
            break;
        }
        if (index.column() == StatusColumn) {
            const int s = r.status;
            const QColor &c = s >= 200 && s < 300 ? m_ok : s >= 400 && s < 500 ? m_clientError
                                                          : s >= 500 && s < 600 ? m_serverError : QColor();
            if (c.isValid())
                return c;
        }
        break;
    case Qt::TextAlignmentRole:
        if (isNumeric(index.column()))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::DecorationRole:
        if (index.column() == TimeColumn && m_rows[size_t(index.row())].pinned)
            return pinIcon();
        break;
    case Qt::FontRole:
        if (r.imported) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == StageColumn && r.stageHasCanary)
            return r.canary ? tr("Served by the canary of stage %1 (deployment %2)").arg(r.stage, r.deploymentId)
                            : tr("Served by stage %1's own deployment %2, not its canary").arg(r.stage, r.deploymentId);
        if (index.column() == TimeColumn && m_rows[size_t(index.row())].pinned)
            return tr("Pinned: kept when the table is cleared or full");
        if (index.column() == SizeColumn && r.status > 0)
            return tr("Response body: %L1 bytes").arg(std::max<qint64>(r.responseBodySize, r.responseBody.size()));
        if (index.column() == IntegrationLatencyColumn && r.integrationLatencyUs < 0)
            return tr("No integration was called: the gateway answered on its own");
        if (r.imported && index.column() == StoppedAtColumn)
            return tr("Imported from a HAR file: this gateway did not serve it. Replay sends it to the running gateway.");
        if (index.column() == PathColumn && !r.query.isEmpty())
            return QString(r.path + QLatin1Char('?') + r.query);
        if (index.column() == StatusColumn && r.status == 0)
            return tr("The client went away before a response was sent");
        if (index.column() == StoppedAtColumn && !r.stoppedAt.isEmpty())
            return r.explanation.value(0);
        if (index.column() == CostColumn && m_pricing) {
            const cost::ExchangeCost c = cost::exchangeCost(*m_pricing, r);
            if (!c.billable)
                return tr("No API answered this request, so no AWS account would pay for it");
            QString tip = tr("API Gateway: %1 (%2 metered request(s))").arg(cost::formatUsd(c.gatewayUsd)).arg(c.meteredRequests);
            if (c.lambdaRequests > 0)
                tip += u'\n' + tr("Lambda: %1 (%2 invocation(s), %3 GB-s)").arg(cost::formatUsd(c.lambdaUsd)).arg(c.lambdaRequests).arg(c.lambdaGbSeconds);
            tip += u'\n' + tr("Data out: %1 (%L2 bytes)").arg(cost::formatUsd(c.dataTransferUsd)).arg(qint64(c.bytesOut));
            tip += u'\n' + tr("At the first tier's prices, from %1").arg(m_pricing->origin);
            return tip;
        }
        if (index.column() == CorsColumn && corsVerdict(index.row()) != cors::RecordVerdict::Kind::NotCors) {
            const cors::RecordVerdict v
                = cors::judgeRecord(r); // tooltips are rare: judged again for the words
            const QString what = v.preflight
                ? tr("Preflight for %1")
                      .arg(QString::fromLatin1(r.requestHeaders.value("access-control-request-method")))
                : tr("Cross-origin request from %1").arg(QString::fromUtf8(r.requestHeaders.value("origin")));
            if (v.kind == cors::RecordVerdict::Kind::Allowed)
                return tr("%1: the browser allows it.").arg(what);
            return tr("%1: the browser blocks it.\n%2").arg(what, v.reasons.join(QLatin1Char('\n')));
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant TrafficModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && isNumeric(section))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case LatencyColumn:
            return tr("The whole request, as the client saw it ($context.responseLatency)");
        case IntegrationLatencyColumn:
            return tr("The integration's part ($context.integrationLatency)");
        case SizeColumn:
            return tr("The response body's size");
        case CostColumn:
            return tr("What the request would cost on AWS at the first tier's prices");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ApiColumn:
        return tr("API");
    case StageColumn:
        return tr("Stage");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case LatencyColumn:
        return tr("Latency");
    case IntegrationLatencyColumn:
        return tr("Integration");
    case SizeColumn:
        return tr("Size");
    case CorsColumn:
        return tr("CORS");
    case StoppedAtColumn:
        return tr("Stopped at");
    case CostColumn:
        return tr("Cost");
    }
    return {};
}

void TrafficModel::trimFront(int count)
{
    if (count <= 0)
        return;
    if (m_pinned == 0) {
        beginRemoveRows({}, 0, count - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + count);
        m_trimmed += quint64(count);
        endRemoveRows();
        return;
    }
    // The oldest unpinned rows, as runs between pinned ones; removed newest run first so the earlier indexes hold.
    std::vector<std::pair<int, int>> runs; // [first, last]
    int left = count;
    for (int row = 0; row < int(m_rows.size()) && left > 0; ++row) {
        if (m_rows[size_t(row)].pinned)
            continue;
        if (!runs.empty() && runs.back().second == row - 1)
            runs.back().second = row;
        else
            runs.emplace_back(row, row);
        --left;
    }
    for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        m_rows.erase(m_rows.begin() + it->first, m_rows.begin() + it->second + 1);
        m_trimmed += quint64(it->second - it->first + 1);
        endRemoveRows();
    }
}

bool TrafficModel::isNumeric(int column)
{
    return column == StatusColumn || column == LatencyColumn || column == IntegrationLatencyColumn
        || column == SizeColumn || column == CostColumn;
}

QIcon TrafficModel::pinIcon()
{
    static const QIcon icon(QStringLiteral(":/gatehouse/icons/pin.svg"));
    return icon;
}

bool TrafficModel::setPinned(int row, bool pinned)
{
    if (row < 0 || row >= int(m_rows.size()))
        return false;
    Row &r = m_rows[size_t(row)];
    if (r.pinned == pinned)
        return true;
    if (pinned && m_pinned >= maxPinned)
        return false;
    r.pinned = pinned;
    m_pinned += pinned ? 1 : -1;
    Q_EMIT dataChanged(index(row, TimeColumn), index(row, TimeColumn), {Qt::DecorationRole, Qt::ToolTipRole});
    // An unpinned row counts against the cap again.
    if (!pinned)
        trimFront(int(m_rows.size()) - m_pinned - m_capacity);
    return true;
}

bool TrafficModel::isPinned(int row) const
{
    return row >= 0 && row < int(m_rows.size()) && m_rows[size_t(row)].pinned;
}

void TrafficModel::unpinAll()
{
    for (int row = 0; row < int(m_rows.size()) && m_pinned > 0; ++row) {
        if (m_rows[size_t(row)].pinned) {
            m_rows[size_t(row)].pinned = false;
            --m_pinned;
            Q_EMIT dataChanged(index(row, TimeColumn), index(row, TimeColumn), {Qt::DecorationRole, Qt::ToolTipRole});
        }
    }
    trimFront(int(m_rows.size()) - m_capacity);
}

bool TrafficModel::lessThan(int column, int left, int right) const
{
    const ExchangeRecord &a = *m_rows[size_t(left)].record;
    const ExchangeRecord &b = *m_rows[size_t(right)].record;
    auto text = [&a, &b](const QString &x, const QString &y) {
        const int c = x.compare(y, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.sequence < b.sequence;
    };
    auto number = [&a, &b](auto x, auto y) { return x != y ? x < y : a.sequence < b.sequence; };
    switch (column) {
    case TimeColumn:
        return number(a.startEpochMs, b.startEpochMs);
    case ApiColumn:
        return text(a.apiId, b.apiId);
    case StageColumn:
        return text(a.stage, b.stage);
    case MethodColumn:
        return text(a.method, b.method);
    case PathColumn:
        return text(a.path, b.path);
    case StatusColumn:
        return number(a.status, b.status);
    case LatencyColumn:
        return number(a.totalUs, b.totalUs);
    case IntegrationLatencyColumn:
        return number(a.integrationLatencyUs, b.integrationLatencyUs);
    case SizeColumn:
        return number(std::max<qint64>(a.responseBodySize, a.responseBody.size()),
                      std::max<qint64>(b.responseBodySize, b.responseBody.size()));
    case CorsColumn:
        return number(int(corsVerdict(left)), int(corsVerdict(right)));
    case StoppedAtColumn:
        return text(a.stoppedAt, b.stoppedAt);
    case CostColumn:
        if (m_pricing)
            return number(cost::exchangeCost(*m_pricing, a).totalUsd(), cost::exchangeCost(*m_pricing, b).totalUsd());
        break;
    }
    return a.sequence < b.sequence;
}

void TrafficModel::append(const std::vector<ExchangeRecordPtr> &batch)
{
    if (batch.empty())
        return;
    m_totalAppended += batch.size();
    auto first = batch.begin();
    if (batch.size() > size_t(m_capacity)) {
        m_trimmed += batch.size() - size_t(m_capacity); // never shown
        first = batch.end() - m_capacity;
    }
    const int incoming = int(batch.end() - first);
    // Make room first, so the row count never exceeds the cap (pinned rows are extra).
    trimFront(int(m_rows.size()) - m_pinned + incoming - m_capacity);
    const int start = int(m_rows.size());
    beginInsertRows({}, start, start + incoming - 1);
    for (auto it = first; it != batch.end(); ++it)
        m_rows.push_back(Row {*it});
    endInsertRows();
}

void TrafficModel::clear()
{
    if (int(m_rows.size()) == m_pinned) {
        m_trimmed = 0;
        return;
    }
    beginResetModel();
    if (m_pinned == 0) {
        m_rows.clear();
    } else {
        std::deque<Row> kept;
        for (Row &r : m_rows) {
            if (r.pinned)
                kept.push_back(std::move(r));
        }
        m_rows.swap(kept);
    }
    m_trimmed = 0;
    endResetModel();
}

ExchangeRecordPtr TrafficModel::record(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return {};
    return m_rows[size_t(row)].record;
}

cors::RecordVerdict::Kind TrafficModel::corsVerdict(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return cors::RecordVerdict::Kind::NotCors;
    const Row &r = m_rows[size_t(row)];
    if (r.cors < 0) {
        // Most traffic has no Origin header: no need to judge it.
        r.cors = qint8(r.record->requestHeaders.contains("origin") ? cors::judgeRecord(*r.record).kind
                                                                   : cors::RecordVerdict::Kind::NotCors);
    }
    return cors::RecordVerdict::Kind(r.cors);
}

void TrafficModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    trimFront(int(m_rows.size()) - m_pinned - m_capacity);
}

void TrafficModel::setPricing(std::shared_ptr<const cost::Pricing> pricing)
{
    m_pricing = std::move(pricing);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, CostColumn), index(int(m_rows.size()) - 1, CostColumn), {Qt::DisplayRole, Qt::ToolTipRole});
}

void TrafficModel::setPalette(const QPalette &palette)
{
    m_ok = Formatting::statusColor(200, palette);
    m_clientError = Formatting::statusColor(400, palette);
    m_serverError = Formatting::statusColor(500, palette);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, StatusColumn), index(int(m_rows.size()) - 1, CorsColumn),
                           {Qt::ForegroundRole});
}

} // namespace gw::ui
