// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "traffic/trafficstate.h"

#include <QAbstractTableModel>
#include <QWidget>

class QLabel;
class QTableView;
class QTimer;
class QToolButton;

namespace gw::ui {

class GatewayController;

/// The token buckets and quota counters of the running gateway, one row each, as they stand now.
class LimitsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LimitColumn, LevelColumn, DetailColumn, ColumnCount };
    /// Qt::UserRole + LevelRole on LevelColumn: the gauge's fill, 0 to 1 (tokens left, or quota left).
    static constexpr int LevelRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    /// Replaces the rows; rows whose keys did not change are updated in place (selection and scroll stay).
    void setSnapshot(QList<TrafficState::Snapshot> rows, qint64 epochMs);
    const QList<TrafficState::Snapshot> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// "7.3 of 10 tokens · refills 5 per second", "812 of 1,000 used this day · resets … (in 4 h 10 min)".
    static QString detailText(const TrafficState::Snapshot &s, qint64 epochMs);
    /// "4 h 10 min", "2 days 3 h", "35 s".
    static QString spanText(qint64 ms);

private:
    QList<TrafficState::Snapshot> m_rows;
    qint64 m_epochMs = 0;
};

/// Live gauges of every bucket and quota the gateway has used, and the controls that move the gateway's clock
/// forward (watch a bucket refill or a quota reset without waiting) or forget all counts. Refreshes four times a
/// second while visible and the gateway runs; reading the counts takes microseconds and never waits on a request.
class LimitsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit LimitsPanel(GatewayController *gateway, QWidget *parent = nullptr);

    LimitsModel *model() const { return m_model; }
    /// Reads the counts now (the timer does this while the panel is visible).
    void refresh();
    /// Moves the gateway clock to the end of the earliest quota period; false when no quota is counting.
    bool advanceToQuotaReset();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateClockLabel();
    void updateTimer();

    GatewayController *m_gateway;
    LimitsModel *m_model;
    QTableView *m_table;
    QLabel *m_clock;
    QLabel *m_empty;
    QToolButton *m_toReset;
    QTimer *m_timer;
};

} // namespace gw::ui
