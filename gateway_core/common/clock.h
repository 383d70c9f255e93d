// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include <atomic>

namespace gw {

/// The only source of time in gateway_core. Steps, buckets, caches and token checks read time from the clock
/// they were given, so tests can use a FakeClock and the UI can advance time on purpose.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Monotonic microseconds since an arbitrary origin; never goes backwards.
    virtual qint64 nowUs() const = 0;
    /// Wall-clock time in milliseconds since the Unix epoch (UTC), for request times, dates and expiry.
    virtual qint64 epochMs() const = 0;

    QDateTime wallTime() const { return QDateTime::fromMSecsSinceEpoch(epochMs(), Qt::UTC); }
};

/// Real time. The one place in gateway_core that reads the system clocks.
class SystemClock final : public Clock
{
public:
    qint64 nowUs() const override;
    qint64 epochMs() const override;
    /// A process-wide instance for production wiring.
    static const SystemClock *instance();
};

/// Real time plus an offset the user moves forward ("advance time" in the window, to watch buckets refill and a
/// quota reset without waiting). Only ever moves forward, so nowUs() stays monotonic. Thread-safe.
class AdjustableClock final : public Clock
{
public:
    explicit AdjustableClock(const Clock &base = *SystemClock::instance()) : m_base(base) {}
    qint64 nowUs() const override { return m_base.nowUs() + m_offsetMs.load(std::memory_order_relaxed) * 1000; }
    qint64 epochMs() const override { return m_base.epochMs() + m_offsetMs.load(std::memory_order_relaxed); }
    /// Moves time forward by `ms` (negative values are ignored).
    void advanceMs(qint64 ms)
    {
        if (ms > 0)
            m_offsetMs.fetch_add(ms, std::memory_order_relaxed);
    }
    /// How far ahead of real time this clock is.
    qint64 offsetMs() const { return m_offsetMs.load(std::memory_order_relaxed); }

private:
    const Clock &m_base;
    std::atomic<qint64> m_offsetMs{0};
};

/// A clock that only moves when told to. Thread-safe: tests advance it while workers read it.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(qint64 epochMs = 1'700'000'000'000) : m_epochMs(epochMs) {}
    qint64 nowUs() const override { return m_us.load(std::memory_order_relaxed); }
    qint64 epochMs() const override { return m_epochMs.load(std::memory_order_relaxed) + nowUs() / 1000; }
    void advanceUs(qint64 us) { m_us.fetch_add(us, std::memory_order_relaxed); }
    void advanceMs(qint64 ms) { advanceUs(ms * 1000); }

private:
    std::atomic<qint64> m_us{0};
    std::atomic<qint64> m_epochMs;
};

} // namespace gw
