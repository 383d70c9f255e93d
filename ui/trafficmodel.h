// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cors/recordverdict.h"
#include "cost/pricing.h"
#include "observe/exchangerecord.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QIcon>

#include <deque>
#include <vector>

namespace gw::ui {

/// The live traffic table: one row per finished exchange, oldest first. Rows hold shared handles to immutable
/// records; text is built only when the view asks for a visible cell. The CORS verdict of a row is judged the
/// first time its cell is shown and cached with the row. append() inserts a whole batch with one
/// beginInsertRows() and trims the oldest rows past the cap with one beginRemoveRows(), so the row count
/// never exceeds the cap (plus the pinned rows, which are kept). GUI thread only.
class TrafficModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ApiColumn,
        StageColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        LatencyColumn,
        IntegrationLatencyColumn,
        SizeColumn,
        CorsColumn,
        StoppedAtColumn,
        CostColumn,
        ColumnCount
    };

    explicit TrafficModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Appends a batch (oldest first). When the batch alone is larger than the cap only its newest `cap` records
    /// are kept.
    void append(const std::vector<ExchangeRecordPtr> &batch);
    /// Removes every row but the pinned ones.
    void clear();

    /// Pinned rows stay through clear() and are not counted against (nor trimmed by) the cap. At most maxPinned.
    static constexpr int maxPinned = 1000;
    /// Pins or unpins `row`; false when out of range or when pinning would pass maxPinned.
    bool setPinned(int row, bool pinned);
    bool isPinned(int row) const;
    int pinnedCount() const { return m_pinned; }
    void unpinAll();

    /// Whether `left` sorts before `right` in `column`: times by arrival, numbers by value (no response, no
    /// integration latency and no cost sort first), text case-insensitively. Ties keep arrival order.
    bool lessThan(int column, int left, int right) const;

    /// The record shown in `row`, or null when out of range.
    ExchangeRecordPtr record(int row) const;
    /// What a browser made of `row` (judged once, then cached); NotCors when out of range.
    cors::RecordVerdict::Kind corsVerdict(int row) const;

    /// The most rows kept (default 100,000; at least 1). Lowering it trims at once.
    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }
    /// Rows removed because the cap was reached, since the last clear().
    quint64 trimmedCount() const { return m_trimmed; }
    /// Records ever appended, including trimmed ones; not reset by clear().
    quint64 totalAppended() const { return m_totalAppended; }

    /// The prices the Cost column uses (each row: what the request would cost on AWS at the first tier's prices);
    /// null shows no costs.
    void setPricing(std::shared_ptr<const cost::Pricing> pricing);
    const std::shared_ptr<const cost::Pricing> &pricing() const { return m_pricing; }

    /// Picks status colours that read well on this palette's base colour.
    void setPalette(const QPalette &palette);

    /// "hh:mm:ss.zzz" in local time. Keeps the local UTC offset of the last quarter hour it saw, so formatting
    /// many timestamps does not consult the time zone database for each.
    QString clockTime(qint64 epochMs) const;

private:
    /// Removes the `count` oldest unpinned rows, in as few contiguous removals as the pinned rows allow.
    void trimFront(int count);
    static bool isNumeric(int column);
    static QIcon pinIcon();

    /// A row: the record and its CORS verdict, judged lazily (-1 until the cell is first shown).
    struct Row
    {
        ExchangeRecordPtr record;
        mutable qint8 cors = -1;
        bool pinned = false;
    };

    std::deque<Row> m_rows;
    std::shared_ptr<const cost::Pricing> m_pricing;
    int m_capacity = 100'000;
    int m_pinned = 0;
    quint64 m_trimmed = 0;
    quint64 m_totalAppended = 0;
    QColor m_ok;
    QColor m_clientError;
    QColor m_serverError;
    // clockTime() cache: the UTC offset valid in [m_offsetFromMs, m_offsetFromMs + 15 min).
    mutable qint64 m_offsetFromMs = -1;
    mutable qint64 m_offsetMs = 0;
};

} // namespace gw::ui
