// SPDX-License-Identifier: GPL-3.0-or-later
#include "usageplan.h"

namespace gw::model {

QString periodName(Quota::Period period)
{
    switch (period) {
    case Quota::Period::Day:
        return QStringLiteral("DAY");
    case Quota::Period::Week:
        return QStringLiteral("WEEK");
    case Quota::Period::Month:
        return QStringLiteral("MONTH");
    }
    return QStringLiteral("DAY");
}

bool parsePeriod(QStringView text, Quota::Period *out)
{
    if (text.compare(u"DAY", Qt::CaseInsensitive) == 0)
        *out = Quota::Period::Day;
    else if (text.compare(u"WEEK", Qt::CaseInsensitive) == 0)
        *out = Quota::Period::Week;
    else if (text.compare(u"MONTH", Qt::CaseInsensitive) == 0)
        *out = Quota::Period::Month;
    else
        return false;
    return true;
}

QString ApiKey::masked() const
{
    return value.size() <= 4 ? QStringLiteral("****") : QStringLiteral("****") + value.right(4);
}

} // namespace gw::model
