// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "browsercors.h"

#include "observe/exchangerecord.h"

namespace gw::cors {

/// What a browser made of a captured request: the inspector's CORS column and explanation.
struct RecordVerdict
{
    enum class Kind {
        NotCors,  ///< no Origin header, or the page and the API share an origin
        Allowed,  ///< every check passes
        Blocked,  ///< a check fails: the page sees a network error
    };
    Kind kind = Kind::NotCors;
    bool preflight = false; ///< the record is a preflight (OPTIONS with Access-Control-Request-Method)
    QList<Check> checks;
    QStringList reasons;    ///< the failed checks' explanations

    static QString kindName(Kind kind); ///< "—", "allowed", "blocked"
};

/// Judges a captured exchange as the browser that sent it would: preflights by the preflight rules (for the method and
/// headers it asked about), other requests by the response rules, with credentials when the request carried cookies.
RecordVerdict judgeRecord(const ExchangeRecord &record);

} // namespace gw::cors
