// SPDX-License-Identifier: GPL-3.0-or-later
#include "gwassert.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAssert, "gatehouse.assert")

namespace gw {

void assertionFailed(const char *condition, const char *file, int line)
{
    qCCritical(lcAssert, "internal invariant broken: \"%s\" at %s:%d (recovered)", condition, file, line);
}

} // namespace gw
