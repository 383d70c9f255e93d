// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficmodel.h"

#include "formatting.h"

#include "cost/costmodel.h"

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
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
            return r.stage.isEmpty() ? QStringLiteral("—") : r.stage;
        case MethodColumn:
            return r.method;
        case PathColumn:
            return r.path;
        case StatusColumn:
            return r.status > 0 ? QVariant(r.status) : QVariant(QStringLiteral("—"));
        case LatencyColumn:
            return Formatting::duration(r.totalUs);
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
        if (index.column() == StatusColumn || index.column() == LatencyColumn || index.column() == CostColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (r.imported) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        break;
    case Qt::ToolTipRole:
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
    if (role == Qt::TextAlignmentRole && (section == StatusColumn || section == LatencyColumn || section == CostColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
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
    beginRemoveRows({}, 0, count - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + count);
    m_trimmed += quint64(count);
    endRemoveRows();
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
    // Make room first, so the row count never exceeds the cap.
    trimFront(int(m_rows.size()) + incoming - m_capacity);
    const int start = int(m_rows.size());
    beginInsertRows({}, start, start + incoming - 1);
    for (auto it = first; it != batch.end(); ++it)
        m_rows.push_back(Row {*it});
    endInsertRows();
}

void TrafficModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
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
    trimFront(int(m_rows.size()) - m_capacity);
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
