// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httpheaders.h"
#include "observe/exchangerecord.h"
#include "upstream/upstreamclient.h"

#include <QString>

#include <optional>

namespace gw {

/// A request to send (again): what Copy as curl prints, what Replay and Edit and Resend send.
struct OutgoingRequest
{
    QString method;
    QString url;               ///< absolute: "http://petstore.execute-api.localhost:4510/prod/pets?limit=2"
    http::HttpHeaders headers; ///< as the client sent them, Host included
    QByteArray body;
};

/// The request of `record` as it was received: its URL is rebuilt from the Host header (else the record's host)
/// and the path and query as sent.
OutgoingRequest outgoingRequest(const ExchangeRecord &record);

/// `request` addressed to the gateway listening on 127.0.0.1:`port`, whatever host and port its URL names: the
/// URL's host name is kept for the Host header (so host-based routing picks the same API), its path and query are
/// the target. Framing and hop-by-hop headers (Host, Content-Length, Transfer-Encoding, Connection, Keep-Alive,
/// TE, Trailer, Upgrade, Proxy-Connection, Expect) are left to the client. nullopt with `error` when the method
/// is not a token or the URL is not an absolute http URL.
std::optional<upstream::UpstreamRequest> gatewayRequest(const OutgoingRequest &request, quint16 port,
                                                        QString *error);

/// The whole exchange as text, for the clipboard: the request line, headers and body, a blank line, then the
/// status line, headers and body, as on the wire (bodies that are not UTF-8 text are summarised, not pasted).
QString exchangeText(const ExchangeRecord &record);

} // namespace gw
