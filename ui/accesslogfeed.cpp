// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesslogfeed.h"

namespace gw::ui {

AccessLogFeed::AccessLogFeed(size_t pendingCapacity, QObject *parent)
    : QObject(parent)
    , m_capacity(std::max<size_t>(1, pendingCapacity))
{
}

void AccessLogFeed::post(std::vector<AccessLogLine> &&lines)
{
    if (lines.empty())
        return;
    bool queue = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_pending.empty())
            m_pending = std::move(lines);
        else
            m_pending.insert(m_pending.end(), std::make_move_iterator(lines.begin()),
                             std::make_move_iterator(lines.end()));
        if (m_pending.size() > m_capacity)
            m_pending.erase(m_pending.begin(), m_pending.end() - ptrdiff_t(m_capacity));
        if (!m_deliveryQueued) {
            m_deliveryQueued = true;
            queue = true;
        }
    }
    if (queue)
        QMetaObject::invokeMethod(this, &AccessLogFeed::deliver, Qt::QueuedConnection);
}

void AccessLogFeed::deliver()
{
    std::vector<AccessLogLine> lines;
    {
        std::lock_guard lock(m_mutex);
        lines.swap(m_pending);
        m_deliveryQueued = false;
    }
    if (!lines.empty())
        Q_EMIT linesArrived(lines);
}

} // namespace gw::ui
