// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordfeed.h"

namespace gw::ui {

RecordFeed::RecordFeed(size_t pendingCapacity, QObject *parent)
    : QObject(parent)
    , m_capacity(std::max<size_t>(1, pendingCapacity))
{
}

void RecordFeed::consume(const std::vector<ExchangeRecordPtr> &batch)
{
    if (batch.empty())
        return;
    bool post = false;
    {
        std::lock_guard lock(m_mutex);
        m_received += batch.size();
        auto first = batch.begin();
        if (batch.size() > m_capacity) {
            m_dropped += m_pending.size() + (batch.size() - m_capacity);
            m_pending.clear();
            first = batch.end() - ptrdiff_t(m_capacity);
        } else if (m_pending.size() + batch.size() > m_capacity) {
            const size_t excess = m_pending.size() + batch.size() - m_capacity;
            m_pending.erase(m_pending.begin(), m_pending.begin() + ptrdiff_t(excess));
            m_dropped += excess;
        }
        m_pending.insert(m_pending.end(), first, batch.end());
        if (!m_deliveryQueued) {
            m_deliveryQueued = true;
            post = true;
        }
    }
    if (post)
        QMetaObject::invokeMethod(this, &RecordFeed::deliver, Qt::QueuedConnection);
}

void RecordFeed::deliver()
{
    std::vector<ExchangeRecordPtr> batch;
    {
        std::lock_guard lock(m_mutex);
        batch.swap(m_pending);
        m_deliveryQueued = false;
    }
    if (!batch.empty())
        Q_EMIT recordsArrived(batch);
}

quint64 RecordFeed::received() const
{
    std::lock_guard lock(m_mutex);
    return m_received;
}

quint64 RecordFeed::dropped() const
{
    std::lock_guard lock(m_mutex);
    return m_dropped;
}

} // namespace gw::ui
