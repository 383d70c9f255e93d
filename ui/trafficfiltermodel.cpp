// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficfiltermodel.h"

#include "trafficmodel.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace gw::ui {

namespace {

/// Records judged between progress reports and cancellation checks.
constexpr int chunk = 2048;

} // namespace

TrafficFilterModel::TrafficFilterModel(TrafficModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
    , m_watcher(new QFutureWatcher<std::vector<qint8>>(this))
{
    // Keep the verdict cache lined up with the source rows. Connected before setSourceModel(), so these run before
    // the proxy's own handlers judge inserted rows.
    connect(source, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        m_verdicts.insert(m_verdicts.begin() + std::min<qsizetype>(first, qsizetype(m_verdicts.size())),
                          size_t(last - first + 1), qint8(-1));
    });
    connect(source, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &, int first, int last) {
        const auto from = std::min<size_t>(size_t(first), m_verdicts.size());
        const auto to = std::min<size_t>(size_t(last) + 1, m_verdicts.size());
        m_verdicts.erase(m_verdicts.begin() + qsizetype(from), m_verdicts.begin() + qsizetype(to));
        if (m_running) {
            if (first == 0)
                m_removedSinceSnapshot += last + 1;
            else
                m_snapshotBroken = true;
        }
    });
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        m_verdicts.assign(size_t(m_source->rowCount()), qint8(-1));
        if (m_running) {
            // The snapshot is gone (the table was cleared): the newer filter applies to what is left.
            cancelRun();
            m_active = m_pending;
            Q_EMIT filterApplied();
        }
    });
    // New prices change the cost column and what a cost filter says; judged again once the change is through.
    connect(source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (topLeft.column() <= TrafficModel::CostColumn && bottomRight.column() >= TrafficModel::CostColumn
                    && (m_running ? m_pending : m_active).dependsOnPricing())
                    QMetaObject::invokeMethod(this, &TrafficFilterModel::refilter, Qt::QueuedConnection);
            });
    setDynamicSortFilter(false); // rows never change; re-judging on every dataChanged (cost, palette) is waste
    setSourceModel(source);
    m_verdicts.assign(size_t(source->rowCount()), qint8(-1));

    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { Q_EMIT progressChanged(value, m_snapshotRows); });
    connect(m_watcher, &QFutureWatcherBase::finished, this, &TrafficFilterModel::runFinished);
}

TrafficFilterModel::~TrafficFilterModel()
{
    // The run owns its snapshot and filter; cancelling makes it stop at its next chunk.
    if (m_running) {
        m_future.cancel();
        m_future.waitForFinished();
    }
}

observe::FilterContext TrafficFilterModel::context() const
{
    return observe::FilterContext {m_source->pricing()};
}

ExchangeRecordPtr TrafficFilterModel::record(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_source->record(mapToSource(index(row, 0)).row());
}

bool TrafficFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (m_active.isEmpty())
        return true;
    const ExchangeRecordPtr r = m_source->record(sourceRow);
    if (!r)
        return false;
    if (sourceRow >= int(m_verdicts.size()))
        return m_active.matches(*r, context());
    qint8 &verdict = m_verdicts[size_t(sourceRow)];
    if (verdict < 0)
        verdict = m_active.matches(*r, context()) ? 1 : 0;
    return verdict == 1;
}

bool TrafficFilterModel::lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const
{
    return m_source->lessThan(sourceLeft.column(), sourceLeft.row(), sourceRight.row());
}

void TrafficFilterModel::setFilter(const observe::TrafficFilter &filter)
{
    if (!filter.isValid())
        return;
    if (m_running && filter.text() == m_pending.text())
        return;
    if (!m_running && filter.text() == m_active.text())
        return;
    if (filter.isEmpty() || m_source->rowCount() <= m_threshold)
        applyNow(filter);
    else
        startRun(filter);
}

void TrafficFilterModel::refilter()
{
    const observe::TrafficFilter filter = m_running ? m_pending : m_active;
    if (filter.isEmpty() || m_source->rowCount() <= m_threshold)
        applyNow(filter);
    else
        startRun(filter);
}

void TrafficFilterModel::applyNow(const observe::TrafficFilter &filter)
{
    cancelRun();
    m_active = filter;
    m_verdicts.assign(size_t(m_source->rowCount()), qint8(-1));
    invalidate(); // one layout change; rows are judged as the proxy maps them
    Q_EMIT filterApplied();
}

void TrafficFilterModel::cancelRun()
{
    if (!m_running)
        return;
    m_future.cancel();
    m_watcher->setFuture(QFuture<std::vector<qint8>>()); // stop listening to the stale run
    setRunning(false);
}

void TrafficFilterModel::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    Q_EMIT runningChanged(running);
}

void TrafficFilterModel::startRun(const observe::TrafficFilter &filter)
{
    cancelRun();
    const int rows = m_source->rowCount();
    std::vector<ExchangeRecordPtr> snapshot;
    snapshot.reserve(size_t(rows));
    for (int i = 0; i < rows; ++i)
        snapshot.push_back(m_source->record(i));
    m_pending = filter;
    m_snapshotRows = rows;
    m_removedSinceSnapshot = 0;
    m_snapshotBroken = false;
    const observe::FilterContext ctx = context();
    m_future = QtConcurrent::run(
        [snapshot = std::move(snapshot), filter, ctx](QPromise<std::vector<qint8>> &promise) {
            const int total = int(snapshot.size());
            promise.setProgressRange(0, total);
            std::vector<qint8> verdicts(snapshot.size(), qint8(0));
            for (int i = 0; i < total; ++i) {
                if (i % chunk == 0) {
                    if (promise.isCanceled())
                        return;
                    promise.setProgressValue(i);
                }
                verdicts[size_t(i)] = filter.matches(*snapshot[size_t(i)], ctx) ? 1 : 0;
            }
            promise.setProgressValue(total);
            promise.addResult(std::move(verdicts));
        });
    setRunning(true);
    Q_EMIT progressChanged(0, rows);
    m_watcher->setFuture(m_future);
}

void TrafficFilterModel::runFinished()
{
    if (!m_running || m_future.isCanceled() || m_future.resultCount() == 0)
        return;
    if (m_snapshotBroken) {
        startRun(m_pending); // the rows moved under the run: judge the store again
        return;
    }
    const std::vector<qint8> verdicts = m_future.result();
    m_future = {};
    m_running = false;
    m_active = m_pending;
    // Rows trimmed during the run are gone from the front; rows appended during it are judged when mapped.
    const size_t rows = size_t(m_source->rowCount());
    const size_t skip = size_t(std::max(0, m_removedSinceSnapshot));
    m_verdicts.assign(rows, qint8(-1));
    for (size_t i = 0; i + skip < verdicts.size() && i < rows; ++i)
        m_verdicts[i] = verdicts[i + skip];
    invalidate();
    Q_EMIT runningChanged(false);
    Q_EMIT filterApplied();
}

} // namespace gw::ui
