// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

namespace gw {

/// `s` in double quotes, as messages name a value the user wrote.
QString quoted(QStringView s);

/// A JSON value as a message shows it: scalars as JSON (strings longer than `maxLength` shortened with an
/// ellipsis), containers by kind ("an object", "an array"), a missing value as "nothing".
QString describeJsonValue(const QJsonValue &v, qsizetype maxLength = 80);

/// A JSON number as a whole number, or `fallback` when it is not a number, not finite or outside ±9e15 (where a
/// double stops holding integers exactly and a plain conversion would be undefined behaviour).
qint64 jsonWholeNumber(const QJsonValue &v, qint64 fallback);

} // namespace gw
