// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "observe/recordbus.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QThread>

#include <functional>
#include <vector>

namespace gw::test {

/// Collects every record an engine publishes, for tests that look at what the pipeline decided.
class RecordCollector final : public RecordSink
{
public:
    void consume(const std::vector<ExchangeRecordPtr> &batch) override
    {
        QMutexLocker lock(&m_mutex);
        m_records.insert(m_records.end(), batch.begin(), batch.end());
    }
    std::vector<ExchangeRecordPtr> records()
    {
        QMutexLocker lock(&m_mutex);
        return m_records;
    }
    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_records.clear();
    }
    /// The records once `done` holds for them, or after `timeoutMs`. A record is published just after its response
    /// is written, so a client can read the response before the record exists.
    std::vector<ExchangeRecordPtr> waitFor(RecordBus &bus, const std::function<bool(const std::vector<ExchangeRecordPtr> &)> &done,
                                           int timeoutMs = 5000)
    {
        QElapsedTimer t;
        t.start();
        std::vector<ExchangeRecordPtr> all;
        do {
            bus.flush();
            all = records();
            if (done(all))
                break;
            QThread::msleep(5);
        } while (t.elapsed() < timeoutMs);
        return all;
    }
    /// Waits until at least `count` records exist.
    std::vector<ExchangeRecordPtr> waitForCount(RecordBus &bus, size_t count, int timeoutMs = 5000)
    {
        return waitFor(bus, [count](const auto &all) { return all.size() >= count; }, timeoutMs);
    }

private:
    QMutex m_mutex;
    std::vector<ExchangeRecordPtr> m_records;
};

} // namespace gw::test
