// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace gw {
void assertionFailed(const char *condition, const char *file, int line);
} // namespace gw

// An internal invariant that logs and recovers instead of crashing:
//     GW_ASSERT(index < size, return);
// Traffic never asserts: what a client, backend or function sends is handled as a response.
#define GW_ASSERT(cond, action)                                                                              \
    if (Q_LIKELY(cond)) {                                                                                    \
    } else {                                                                                                 \
        ::gw::assertionFailed(#cond, __FILE__, __LINE__);                                                    \
        action;                                                                                              \
    }                                                                                                        \
    do {                                                                                                     \
    } while (0)
