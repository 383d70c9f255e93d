// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "observe/recordbus.h"

#include <QObject>

#include <mutex>
#include <vector>

namespace gw::ui {

/// Brings exchange records from the engine's record bus to the GUI thread without ever making either side wait
/// for the other. consume() (bus dispatcher thread) appends the batch to a pending vector and, when no delivery
/// is queued yet, posts exactly one queued call to this object's thread; that call takes the whole pending vector
/// at once and emits recordsArrived(). Pending is bounded: when the GUI thread falls behind, the oldest pending
/// records are dropped and counted.
///
/// Lifetime: the bus shares ownership. Before the GUI objects the signal reaches go away, call
/// RecordBus::removeSink(); once it returns, no consume() is running and none will start. Queued deliveries to a
/// destroyed feed are discarded by Qt.
class RecordFeed final : public QObject, public RecordSink
{
    Q_OBJECT
public:
    explicit RecordFeed(size_t pendingCapacity = 100'000, QObject *parent = nullptr);

    void consume(const std::vector<ExchangeRecordPtr> &batch) override; ///< any thread

    /// Delivers what is pending now, on the calling (GUI) thread. Normally called through the queued call.
    void deliver();

    quint64 received() const; ///< records handed to consume(), including dropped ones; thread-safe
    quint64 dropped() const;  ///< records dropped because the GUI thread fell behind; thread-safe

Q_SIGNALS:
    /// A batch, oldest first, on the feed's thread.
    void recordsArrived(const std::vector<gw::ExchangeRecordPtr> &batch);

private:
    const size_t m_capacity;
    mutable std::mutex m_mutex;             ///< guards everything below
    std::vector<ExchangeRecordPtr> m_pending;
    bool m_deliveryQueued = false;          ///< a queued deliver() call is on its way
    quint64 m_received = 0;
    quint64 m_dropped = 0;
};

} // namespace gw::ui
