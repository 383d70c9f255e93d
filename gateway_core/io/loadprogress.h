// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>

namespace gw::io {

/// The progress of one load, shared by the thread that loads and the thread that shows it. The loader advances
/// `permille` (0 to 1000) as it reads, imports and compiles; the viewer may cancel(). A canceled load stops at its
/// next step and returns no project (with an error saying it was canceled).
struct LoadProgress
{
    std::atomic<int> permille{0};
    std::atomic<bool> canceled{false};

    void set(int value) { permille.store(qBound(0, value, 1000), std::memory_order_relaxed); }
    /// Part `done` of `total` of the span [from, to].
    void setPart(int from, int to, qsizetype done, qsizetype total)
    {
        set(total > 0 ? from + int((to - from) * double(done) / double(total)) : to);
    }
    int value() const { return permille.load(std::memory_order_relaxed); }
    void cancel() { canceled.store(true, std::memory_order_relaxed); }
    bool isCanceled() const { return canceled.load(std::memory_order_relaxed); }
};

} // namespace gw::io
