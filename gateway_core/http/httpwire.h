// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpheaders.h"

#include <QByteArrayView>

namespace gw::http::wire {

/// The registered reason phrase of `status` ("OK", "Not Found"), or an empty view for unregistered codes.
QByteArrayView reasonPhrase(int status);

/// `epochSeconds` (UTC) as an RFC 9110 IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
QByteArray imfFixdate(qint64 epochSeconds);

/// The fields the server writes itself and drops when a handler passes them: Content-Length,
/// Transfer-Encoding, Connection, Keep-Alive, Date.
bool isServerOwnedField(QByteArrayView name);

struct Framing
{
    qint64 contentLength = -1; ///< written when >= 0
    bool chunked = false; ///< "Transfer-Encoding: chunked" when contentLength < 0
    bool keepAlive = true;
};

/// A complete response head: status line, the handler's fields minus the server-owned ones (and minus any
/// field whose name or value would break the framing: empty name, CR, LF or NUL), Date, framing and
/// Connection, and the blank line. `reserveBody` extra bytes are reserved so a small body can be appended
/// without reallocating.
QByteArray responseHead(int status, const HttpHeaders &headers, QByteArrayView date, const Framing &framing,
                        qsizetype reserveBody = 0);

/// The whole response the server sends when it rejects a request itself: `{"message":"<message>"}` as
/// application/json, with Connection: close.
QByteArray rejectionResponse(int status, QByteArrayView message, QByteArrayView date);

/// "<size in hex>\r\n".
QByteArray chunkPrefix(qsizetype size);

inline constexpr QByteArrayView kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
inline constexpr QByteArrayView kLastChunk = "0\r\n\r\n";

} // namespace gw::http::wire
