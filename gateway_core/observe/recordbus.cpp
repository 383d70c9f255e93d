// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordbus.h"

#include <algorithm>

namespace gw {

RecordBus::RecordBus(size_t capacity, int intervalMs)
    : m_capacity(capacity)
    , m_intervalMs(intervalMs)
{
    m_thread = std::thread([this] { run(); });
}

RecordBus::~RecordBus()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void RecordBus::publish(ExchangeRecordPtr record)
{
    std::lock_guard lock(m_mutex);
    ++m_published;
    if (m_queue.size() >= m_capacity) {
        m_queue.pop_front();
        ++m_dropped;
    }
    m_queue.push_back(std::move(record));
}

void RecordBus::addSink(std::shared_ptr<RecordSink> sink)
{
    std::lock_guard lock(m_mutex);
    m_sinks.push_back(std::move(sink));
    m_sinkCount.store(int(m_sinks.size()), std::memory_order_relaxed);
}

void RecordBus::removeSink(const RecordSink *sink)
{
    {
        std::lock_guard lock(m_mutex);
        m_sinks.erase(std::remove_if(m_sinks.begin(), m_sinks.end(), [sink](const auto &s) { return s.get() == sink; }),
                      m_sinks.end());
        m_sinkCount.store(int(m_sinks.size()), std::memory_order_relaxed);
    }
    // Wait for a delivery round that may still be using it.
    std::lock_guard delivery(m_deliveryMutex);
}

void RecordBus::flush()
{
    std::unique_lock lock(m_mutex);
    if (m_stop)
        return;
    const quint64 ticket = ++m_flushRequested;
    m_wake.notify_all();
    m_delivered.wait(lock, [&] { return m_flushDone >= ticket || m_stop; });
}

quint64 RecordBus::published() const
{
    std::lock_guard lock(m_mutex);
    return m_published;
}

quint64 RecordBus::dropped() const
{
    std::lock_guard lock(m_mutex);
    return m_dropped;
}

void RecordBus::deliver(std::unique_lock<std::mutex> &lock)
{
    std::vector<ExchangeRecordPtr> batch(std::make_move_iterator(m_queue.begin()), std::make_move_iterator(m_queue.end()));
    m_queue.clear();
    const std::vector<std::shared_ptr<RecordSink>> sinks = m_sinks;
    const quint64 flushTicket = m_flushRequested;
    lock.unlock();
    {
        std::lock_guard delivery(m_deliveryMutex);
        if (!batch.empty()) {
            for (const auto &sink : sinks)
                sink->consume(batch);
        }
        if (flushTicket > m_flushDone) {
            for (const auto &sink : sinks)
                sink->flush();
        }
    }
    lock.lock();
    m_flushDone = std::max(m_flushDone, flushTicket);
    m_delivered.notify_all();
}

void RecordBus::run()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait_for(lock, std::chrono::milliseconds(m_intervalMs),
                        [this] { return m_stop || m_flushRequested > m_flushDone; });
        const bool stopping = m_stop;
        if (stopping)
            ++m_flushRequested; // a final delivery flushes the sinks too
        deliver(lock);
        if (stopping)
            break;
    }
    m_delivered.notify_all();
}

} // namespace gw
