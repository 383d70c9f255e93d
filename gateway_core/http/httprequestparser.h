// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httprequest.h"
#include "httpserver.h"

#include <memory>

struct http_parser;

namespace gw::http {

/// Turns the bytes of one connection into HttpRequests, using http-parser underneath. Bytes may be fed in any
/// pieces; the requests, events and errors are the same however the input is split.
///
/// Limits (ServerLimits):
/// - request line + headers, counted from the first byte after the previous request through the LF of the
/// blank
///   line, over maxHeaderBytes: HeadersTooLarge (UriTooLong when the request line itself did not fit);
/// - request-target over maxTargetBytes: UriTooLong;
/// - body over maxBodyBytes (declared by Content-Length, or reached while de-chunking): the request completes
/// at
///   once with bodyTooLarge set and an empty body, and the parser finishes.
/// Rejected as MalformedRequest: whatever http-parser refuses (bad method, bad chunk size, duplicate
/// Content-Length, Content-Length with chunked, ...), HTTP versions other than 1.x, whitespace in a header
/// name, and any Transfer-Encoding other than a single "chunked".
///
/// Header names and values are kept as sent, in order; the value's trailing whitespace is dropped (RFC 9110
/// OWS) and an obsolete line fold is joined as http-parser joins it (the CRLF is removed, the whitespace
/// kept). Trailer fields of a chunked body count against maxHeaderBytes and are dropped.
class HttpRequestParser final
{
public:
    enum class Event {
        NeedMore, ///< everything passed was consumed (or the header slice ended): pass more
        HeadersComplete, ///< request().headers are complete; a body may follow. The LF that ends the header
                         ///< section is consumed by the next call, so body bytes are present when more than
                         ///< one byte is left.
        RequestComplete, ///< takeRequest() returns it
        Error ///< errorReason() says why; the parser is finished
    };

    explicit HttpRequestParser(const ServerLimits &limits);
    ~HttpRequestParser();
    HttpRequestParser(const HttpRequestParser &) = delete;
    HttpRequestParser &operator=(const HttpRequestParser &) = delete;

    /// Parses from `data` until an event; `*consumed` bytes were used and the caller passes the rest again.
    /// `nowUs` stamps the request's firstByteUs / completeUs. Once finished, nothing is consumed.
    Event parse(const char *data, qsizetype size, qint64 nowUs, qsizetype *consumed);

    /// The request completed by the last RequestComplete event.
    HttpRequest takeRequest() { return std::move(m_completed); }
    /// The request being parsed, as far as it was read (for rejections and HeadersComplete).
    const HttpRequest &request() const { return m_request; }
    /// After HeadersComplete: the client sent "Expect: 100-continue" on HTTP/1.1 and a body follows.
    bool expectsContinue() const { return m_expectContinue; }

    /// A request line has begun and the request is not complete yet. Empty lines between requests (which RFC
    /// 9112 lets a server ignore) do not start a request, though they count toward the next one's header
    /// bytes.
    bool inProgress() const { return inHeaders() || m_phase == Phase::Body; }
    bool inHeaders() const { return m_phase == Phase::Headers && m_messageBegun; }
    bool inBody() const { return m_phase == Phase::Body; }
    /// No more requests will come from this connection: after an error, a request that is not keep-alive, or
    /// a body that was too large.
    bool isFinished() const { return m_phase == Phase::Finished; }
    /// Wire bytes of the request in progress so far.
    qint64 bytesReceived() const { return m_wireBytes; }

    RejectReason errorReason() const { return m_errorReason; }
    /// e.g. "HPE_INVALID_METHOD" or a sentence naming the limit.
    const QByteArray &errorDetail() const { return m_errorDetail; }

private:
    friend struct HttpRequestParserCallbacks;
    enum class Phase : quint8 { Idle, Headers, Body, Finished };

    void fail(RejectReason reason, QByteArray detail);
    bool commitHeader();
    void completeRequest(qint64 nowUs);
    void resetForNext();

    std::unique_ptr<http_parser> m_parser;
    qint64 m_maxHeaderBytes;
    qint64 m_maxTargetBytes;
    qint64 m_maxBodyBytes;

    HttpRequest m_request;
    HttpRequest m_completed;
    QByteArray m_field;
    QByteArray m_value;
    QByteArray m_errorDetail;
    qint64 m_headerBytes = 0;
    qint64 m_trailerBytes = 0;
    qint64 m_wireBytes = 0;
    qint64 m_nowUs = 0; // the time passed to the parse() in progress
    Event m_event = Event::NeedMore; // set by the callbacks during one http_parser_execute()
    RejectReason m_errorReason = RejectReason::MalformedRequest;
    Phase m_phase = Phase::Idle;
    bool m_messageBegun = false;
    bool m_valuePending = false; // the last header callback was a value: the next field starts a new header
    bool m_requestLineDone = false;
    bool m_expectContinue = false;
};

} // namespace gw::http
