// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchangerecord.h"

namespace gw {

/// The value of a `$context` variable (name without the "$context." prefix, e.g. "requestId") for a finished
/// exchange, as access logs print it; an empty string when the variable has no value for it, and a null string when
/// Gatehouse does not know the variable.
QString contextValue(const ExchangeRecord &record, QStringView name);

/// The `$context` variable names contextValue() knows.
QStringList knownContextVariables();

/// CLF time as $context.requestTime prints it: "25/Nov/2026:14:02:11 +0000".
QString clfTime(qint64 epochMs);

} // namespace gw
