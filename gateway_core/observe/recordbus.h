// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchangerecord.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace gw {

/// Receives finished exchanges in batches, on the bus's dispatcher thread (never on a worker).
class RecordSink
{
public:
    virtual ~RecordSink() = default;
    virtual void consume(const std::vector<ExchangeRecordPtr> &batch) = 0;
    /// Called by RecordBus::flush() after the last batch, e.g. to flush a file.
    virtual void flush() {}
};

/// Carries exchange records from the workers to the UI, the trace file and the access log without ever blocking a
/// worker on them: publish() appends to a bounded queue (the oldest record is dropped and counted when consumers
/// fall behind), and a dispatcher thread delivers batches to every sink tens of times per second.
class RecordBus
{
public:
    explicit RecordBus(size_t capacity = 65'536, int intervalMs = 40);
    ~RecordBus(); ///< delivers what is queued, then stops the dispatcher
    RecordBus(const RecordBus &) = delete;
    RecordBus &operator=(const RecordBus &) = delete;

    /// Thread-safe; O(1); never waits for a sink.
    void publish(ExchangeRecordPtr record);

    /// Sinks are shared with the bus; adding and removing is thread-safe. A removed sink receives nothing more
    /// once removeSink() returns.
    void addSink(std::shared_ptr<RecordSink> sink);
    void removeSink(const RecordSink *sink);

    /// Delivers everything published before the call and flushes every sink; returns when that is done.
    void flush();

    /// True when a sink would receive what is published; producers may skip building records otherwise.
    bool hasSinks() const { return m_sinkCount.load(std::memory_order_relaxed) > 0; }

    quint64 published() const;
    quint64 dropped() const; ///< records dropped because consumers fell behind

private:
    void run();
    void deliver(std::unique_lock<std::mutex> &lock);

    const size_t m_capacity;
    const int m_intervalMs;
    mutable std::mutex m_mutex;          ///< guards everything below
    std::condition_variable m_wake;      ///< dispatcher: new work, flush or stop
    std::condition_variable m_delivered; ///< flush(): a delivery round finished
    std::deque<ExchangeRecordPtr> m_queue;
    std::vector<std::shared_ptr<RecordSink>> m_sinks;
    std::atomic<int> m_sinkCount{0};
    std::mutex m_deliveryMutex;          ///< held while sinks run, so removeSink() can wait for them
    quint64 m_published = 0;
    quint64 m_dropped = 0;
    quint64 m_flushRequested = 0;
    quint64 m_flushDone = 0;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace gw
