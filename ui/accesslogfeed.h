// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "observe/stageaccesslog.h"

#include <QObject>

#include <mutex>
#include <vector>

namespace gw::ui {

/// Brings the lines StageAccessLogSink wrote from the record bus's thread to the GUI thread, as RecordFeed does
/// for records: post() (any thread) appends to a bounded pending vector and queues at most one deliver() call;
/// deliver() emits linesArrived() with everything pending. When the GUI thread falls behind, the oldest pending
/// lines are dropped (they are still in the files).
class AccessLogFeed final : public QObject
{
    Q_OBJECT
public:
    explicit AccessLogFeed(size_t pendingCapacity = 20'000, QObject *parent = nullptr);

    void post(std::vector<AccessLogLine> &&lines); ///< any thread
    /// Delivers what is pending now, on the feed's thread. Normally called through the queued call.
    void deliver();

Q_SIGNALS:
    /// A batch of lines, oldest first, on the feed's thread.
    void linesArrived(const std::vector<gw::AccessLogLine> &lines);

private:
    const size_t m_capacity;
    std::mutex m_mutex; ///< guards everything below
    std::vector<AccessLogLine> m_pending;
    bool m_deliveryQueued = false;
};

} // namespace gw::ui
