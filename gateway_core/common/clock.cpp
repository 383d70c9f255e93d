// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

#include <chrono>

namespace gw {

qint64 SystemClock::nowUs() const
{
    using namespace std::chrono;
    return duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
}

qint64 SystemClock::epochMs() const
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

const SystemClock *SystemClock::instance()
{
    static const SystemClock clock;
    return &clock;
}

} // namespace gw
