// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace gw::ui {

/// What a request or response header means for an API Gateway exchange, in one sentence for the inspector's header
/// tables: the headers clients send that API Gateway acts on (authorization, keys, SigV4, CORS preflights, cache
/// control) and the ones it adds to answers (request ids, error type, remapped headers, CORS). Empty for headers
/// with nothing API-Gateway-specific to say that are not common HTTP either.
class HeaderExplanations
{
    Q_DECLARE_TR_FUNCTIONS(HeaderExplanations)
public:
    /// `name` in any case; `response`: the header was sent to the client rather than received from it.
    static QString explain(QByteArrayView name, bool response);
};

} // namespace gw::ui
