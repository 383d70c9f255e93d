// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "observe/trafficfilter.h"

#include <QFuture>
#include <QSortFilterProxyModel>

#include <algorithm>
#include <deque>
#include <vector>

template<typename T>
class QFutureWatcher;

namespace gw::ui {

class TrafficModel;

/// The traffic table as the filter bar shows it: the rows of a TrafficModel that match the active traffic filter
/// (docs/filters.md), in the source's order unless the view sorts it (a header click). A sort orders the rows present
/// when it is asked for; rows that arrive later are appended below them until the next sort.
///
/// setFilter() on a store of up to backgroundThreshold() rows applies the filter at once. On a larger store it takes a
/// snapshot of the records and evaluates the filter on a worker thread (QtConcurrent), reporting progress; until the
/// run finishes the table keeps the previous filter, and a newer setFilter() cancels a stale run. Rows appended
/// meanwhile are judged by the active filter as they arrive; when the run finishes, rows trimmed during it are
/// skipped and rows appended during it are judged by the new filter. One verdict per source row is cached, so
/// re-filtering (layout changes, trims) never evaluates a row twice. GUI thread only.
class TrafficFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TrafficFilterModel(TrafficModel *source, QObject *parent = nullptr);
    ~TrafficFilterModel() override;

    /// Applies a valid filter (an invalid one is ignored: the table keeps the last valid filter).
    void setFilter(const observe::TrafficFilter &filter);
    /// Judges every row again with the current (or pending) filter, e.g. after the prices changed.
    void refilter();
    /// The filter the rows shown match.
    const observe::TrafficFilter &filter() const { return m_active; }
    /// A background run is evaluating a newer filter.
    bool isRunning() const { return m_running; }

    /// Stores with more rows than this are filtered on a worker thread (default 5,000).
    void setBackgroundThreshold(int rows) { m_threshold = std::max(0, rows); }
    int backgroundThreshold() const { return m_threshold; }

    /// The record shown in proxy `row`, or null.
    ExchangeRecordPtr record(int row) const;

Q_SIGNALS:
    /// A background run started (true) or ended (false: finished, cancelled or superseded by a synchronous apply).
    void runningChanged(bool running);
    /// Progress of the background run: `done` of `total` records judged.
    void progressChanged(int done, int total);
    /// A new filter now decides which rows are shown.
    void filterApplied();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    /// Compares the records themselves (TrafficModel::lessThan), not their display text: a sort of 100,000 rows
    /// never builds a string.
    bool lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const override;

private:
    void applyNow(const observe::TrafficFilter &filter);
    void startRun(const observe::TrafficFilter &filter);
    void cancelRun();
    void runFinished();
    void setRunning(bool running);
    observe::FilterContext context() const;

    TrafficModel *m_source;
    observe::TrafficFilter m_active;
    /// The active filter's verdict per source row: -1 not judged yet, 0 hidden, 1 shown.
    mutable std::deque<qint8> m_verdicts;
    int m_threshold = 5000;

    // The background run
    observe::TrafficFilter m_pending;
    QFuture<std::vector<qint8>> m_future;
    QFutureWatcher<std::vector<qint8>> *m_watcher;
    int m_snapshotRows = 0;
    int m_removedSinceSnapshot = 0; ///< rows trimmed from the front while the run was going
    bool m_snapshotBroken = false;  ///< rows went away elsewhere than the front: the snapshot no longer lines up
    bool m_running = false;
};

} // namespace gw::ui
