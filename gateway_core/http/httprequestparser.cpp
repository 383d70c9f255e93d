// SPDX-License-Identifier: GPL-3.0-or-later
#include "httprequestparser.h"

#include <climits>
#include <http_parser.h>

namespace gw::http {

namespace {

// A declared Content-Length reserves at most this much up front; the rest grows as bytes arrive, so a client
// that announces a large body and sends nothing costs nothing.
constexpr qint64 kBodyReserveCap = 64 * 1024;

bool isOws(char c)
{
    return c == ' ' || c == '\t';
}

void trimOws(QByteArray &value)
{
    qsizetype end = value.size();
    while (end > 0 && isOws(value.at(end - 1)))
        --end;
    qsizetype begin = 0;
    while (begin < end && isOws(value.at(begin)))
        ++begin;
    if (end < value.size())
        value.truncate(end);
    if (begin > 0)
        value.remove(0, begin);
}

// Fills path and query from target. Origin-form "/a/b?x=1" gives path "/a/b" and query "x=1"; absolute-form
// "http://host:8080/a?x" gives path "/a"; a fragment (which clients should not send) belongs to neither.
void splitTarget(HttpRequest &request)
{
    const QByteArray &target = request.target;
    const qsizetype size = target.size();
    qsizetype pathBegin = 0;
    bool emptyPath = false;
    if (size > 0 && target.at(0) != '/' && target.at(0) != '*') {
        const qsizetype scheme = target.indexOf("://");
        if (scheme > 0) {
            qsizetype end = scheme + 3;
            while (end < size && target.at(end) != '/' && target.at(end) != '?' && target.at(end) != '#')
                ++end;
            pathBegin = end;
            emptyPath = end == size || target.at(end) != '/';
        }
    }
    const qsizetype hash = target.indexOf('#', pathBegin);
    qsizetype question = target.indexOf('?', pathBegin);
    if (hash >= 0 && question > hash)
        question = -1;
    const qsizetype pathEnd = question >= 0 ? question : (hash >= 0 ? hash : size);

    if (emptyPath)
        request.path = QByteArrayLiteral("/");
    else if (pathBegin == 0 && pathEnd == size)
        request.path = target;
    else
        request.path = target.mid(pathBegin, pathEnd - pathBegin);

    if (question >= 0) {
        const qsizetype queryEnd = hash >= 0 ? hash : size;
        request.query = target.mid(question + 1, queryEnd - question - 1);
        if (request.query.isNull())
            request.query = QByteArray("", 0);
    }
}

QByteArray methodName(const http_parser *p)
{
    const char *name = http_method_str(http_method(p->method));
    return QByteArray::fromRawData(name, qsizetype(qstrlen(name)));
}

} // namespace

// The http-parser callbacks. Each one reaches the HttpRequestParser through http_parser::data. They pause the
// parser at every event so that parse() returns exactly there; returning non-zero makes http-parser stop with
// an HPE_CB_* error, which parse() replaces with the reason fail() recorded.
struct HttpRequestParserCallbacks final
{
    using Phase = HttpRequestParser::Phase;
    using Event = HttpRequestParser::Event;

    static HttpRequestParser &self(http_parser *p) { return *static_cast<HttpRequestParser *>(p->data); }

    static int stopAt(http_parser *p, Event event)
    {
        self(p).m_event = event;
        http_parser_pause(p, 1);
        return 0;
    }

    static int onMessageBegin(http_parser *p)
    {
        HttpRequestParser &s = self(p);
        s.m_messageBegun = true;
        s.m_request.firstByteUs = s.m_nowUs;
        return 0;
    }

    static int onUrl(http_parser *p, const char *at, size_t length)
    {
        HttpRequestParser &s = self(p);
        HttpRequest &r = s.m_request;
        if (r.method.isNull())
            r.method = methodName(p);
        if (r.target.size() + qint64(length) > s.m_maxTargetBytes) {
            s.fail(RejectReason::UriTooLong,
                   "request-target over " + QByteArray::number(s.m_maxTargetBytes) + " bytes");
            return -1;
        }
        r.target.append(at, qsizetype(length));
        return 0;
    }

    static int countTrailer(HttpRequestParser &s, size_t length)
    {
        s.m_trailerBytes += qint64(length);
        if (s.m_trailerBytes > s.m_maxHeaderBytes) {
            s.fail(RejectReason::HeadersTooLarge,
                   "chunked trailer over " + QByteArray::number(s.m_maxHeaderBytes) + " bytes");
            return -1;
        }
        return 0;
    }

    static int onHeaderField(http_parser *p, const char *at, size_t length)
    {
        HttpRequestParser &s = self(p);
        if (s.m_phase == Phase::Body)
            return countTrailer(s, length);
        s.m_requestLineDone = true;
        if (s.m_valuePending && !s.commitHeader())
            return -1;
        s.m_field.append(at, qsizetype(length));
        return 0;
    }

    static int onHeaderValue(http_parser *p, const char *at, size_t length)
    {
        HttpRequestParser &s = self(p);
        if (s.m_phase == Phase::Body)
            return countTrailer(s, length);
        s.m_value.append(at, qsizetype(length));
        s.m_valuePending = true;
        return 0;
    }

    static int onHeadersComplete(http_parser *p)
    {
        HttpRequestParser &s = self(p);
        s.m_requestLineDone = true;
        if (s.m_valuePending && !s.commitHeader())
            return -1;
        HttpRequest &r = s.m_request;
        if (r.method.isNull())
            r.method = methodName(p);
        if (p->http_major != 1) {
            s.fail(RejectReason::MalformedRequest,
                   "HTTP/" + QByteArray::number(p->http_major) + '.' + QByteArray::number(p->http_minor)
                       + " is not supported");
            return -1;
        }
        r.httpMinor = p->http_minor;
        r.keepAlive = http_should_keep_alive(p) != 0;
        splitTarget(r);

        const bool chunked = (p->flags & F_CHUNKED) != 0;
        int transferEncodings = 0;
        bool onlyChunked = false;
        bool expectContinue = false;
        for (const HttpHeaders::Field &field : r.headers.fields()) {
            if (HttpHeaders::nameEquals(field.name, "Transfer-Encoding")) {
                ++transferEncodings;
                onlyChunked = HttpHeaders::nameEquals(field.value, "chunked");
            } else if (HttpHeaders::nameEquals(field.name, "Expect")) {
                expectContinue = HttpHeaders::nameEquals(field.value, "100-continue");
            }
        }
        if (transferEncodings > 1 || (transferEncodings == 1 && !(onlyChunked && chunked))) {
            s.fail(RejectReason::MalformedRequest, "Transfer-Encoding other than a single \"chunked\"");
            return -1;
        }

        qint64 declared = -1;
        if (!chunked && p->content_length != ULLONG_MAX)
            declared = p->content_length > quint64(LLONG_MAX) ? LLONG_MAX : qint64(p->content_length);
        r.declaredContentLength = declared;

        // Upgrade and CONNECT are answered like any other request, so http-parser must not stop after them.
        p->upgrade = 0;

        if (declared > s.m_maxBodyBytes)
            return bodyTooLarge(p);
        const bool bodyFollows = chunked || declared > 0;
        s.m_expectContinue = expectContinue && bodyFollows && r.httpMinor >= 1;
        if (declared > 0)
            r.body.reserve(qsizetype(qMin(declared, kBodyReserveCap)));
        return stopAt(p, Event::HeadersComplete);
    }

    static int bodyTooLarge(http_parser *p)
    {
        HttpRequest &r = self(p).m_request;
        r.bodyTooLarge = true;
        r.body = QByteArray();
        return stopAt(p, Event::RequestComplete);
    }

    static int onChunkHeader(http_parser *p)
    {
        const HttpRequestParser &s = self(p);
        const quint64 room = quint64(s.m_maxBodyBytes - s.m_request.body.size());
        if (p->content_length > room)
            return bodyTooLarge(p);
        return 0;
    }

    static int onBody(http_parser *p, const char *at, size_t length)
    {
        HttpRequestParser &s = self(p);
        if (s.m_request.body.size() + qint64(length) > s.m_maxBodyBytes)
            return bodyTooLarge(p);
        s.m_request.body.append(at, qsizetype(length));
        return 0;
    }

    static int onMessageComplete(http_parser *p) { return stopAt(p, Event::RequestComplete); }

    static http_parser_settings settings()
    {
        http_parser_settings s;
        http_parser_settings_init(&s);
        s.on_message_begin = &onMessageBegin;
        s.on_url = &onUrl;
        s.on_header_field = &onHeaderField;
        s.on_header_value = &onHeaderValue;
        s.on_headers_complete = &onHeadersComplete;
        s.on_body = &onBody;
        s.on_message_complete = &onMessageComplete;
        s.on_chunk_header = &onChunkHeader;
        return s;
    }
};

namespace {
const http_parser_settings kSettings = HttpRequestParserCallbacks::settings();
} // namespace

HttpRequestParser::HttpRequestParser(const ServerLimits &limits)
    : m_parser(std::make_unique<http_parser>())
    , m_maxHeaderBytes(qMax<qint64>(limits.maxHeaderBytes, 16))
    , m_maxTargetBytes(qMax<qint64>(limits.maxTargetBytes, 1))
    , m_maxBodyBytes(qMax<qint64>(limits.maxBodyBytes, 0))
{
    http_parser_init(m_parser.get(), HTTP_REQUEST);
    m_parser->data = this;
}

HttpRequestParser::~HttpRequestParser() = default;

HttpRequestParser::Event HttpRequestParser::parse(const char *data, qsizetype size, qint64 nowUs,
                                                  qsizetype *consumed)
{
    *consumed = 0;
    if (m_phase == Phase::Finished || size <= 0)
        return Event::NeedMore;

    // In the header section at most one byte more than the limit is passed on, so an oversized header section
    // is found without http-parser reading (or us storing) more of it.
    const bool headerSection = m_phase == Phase::Idle || m_phase == Phase::Headers;
    qsizetype length = size;
    if (headerSection) {
        length = qsizetype(qMin<qint64>(size, m_maxHeaderBytes - m_headerBytes + 1));
        if (m_phase == Phase::Idle) {
            // Replaced by the request line's time at message begin; kept for bytes that never become a
            // request.
            m_request.firstByteUs = nowUs;
            m_phase = Phase::Headers;
        }
    }

    m_nowUs = nowUs;
    m_event = Event::NeedMore;
    qsizetype used = qsizetype(http_parser_execute(m_parser.get(), &kSettings, data, size_t(length)));
    const http_errno error = HTTP_PARSER_ERRNO(m_parser.get());
    if (error == HPE_PAUSED)
        http_parser_pause(m_parser.get(), 0);

    if (m_event == Event::Error) {
        m_wireBytes += used;
        *consumed = used;
        return Event::Error;
    }
    if (error != HPE_OK && error != HPE_PAUSED) {
        m_wireBytes += used;
        *consumed = used;
        fail(error == HPE_HEADER_OVERFLOW ? RejectReason::HeadersTooLarge : RejectReason::MalformedRequest,
             http_errno_name(error));
        return Event::Error;
    }

    if (headerSection) {
        // Every event in the header section is raised at the LF that ends it, which http-parser has not
        // consumed yet; it belongs to the header section.
        const bool headersEnded = m_event != Event::NeedMore;
        m_headerBytes += used + (headersEnded ? 1 : 0);
        if (m_headerBytes > m_maxHeaderBytes) {
            m_wireBytes += used;
            *consumed = used;
            const bool requestLine = !m_requestLineDone && !m_request.target.isEmpty();
            fail(requestLine ? RejectReason::UriTooLong : RejectReason::HeadersTooLarge,
                 (requestLine ? "request line over " : "request line and headers over ")
                     + QByteArray::number(m_maxHeaderBytes) + " bytes");
            return Event::Error;
        }
        // A body too large by Content-Length ends parsing here; take the LF along.
        if (m_event == Event::RequestComplete)
            ++used;
    }

    m_wireBytes += used;
    *consumed = used;
    switch (m_event) {
    case Event::HeadersComplete:
        m_phase = Phase::Body;
        break;
    case Event::RequestComplete:
        completeRequest(nowUs);
        break;
    case Event::NeedMore:
    case Event::Error:
        break;
    }
    return m_event;
}

void HttpRequestParser::fail(RejectReason reason, QByteArray detail)
{
    m_event = Event::Error;
    m_errorReason = reason;
    m_errorDetail = std::move(detail);
    m_phase = Phase::Finished;
}

bool HttpRequestParser::commitHeader()
{
    m_valuePending = false;
    if (m_field.isEmpty() || m_field.contains(' ') || m_field.contains('\t')) {
        fail(RejectReason::MalformedRequest, "whitespace in a header field name");
        return false;
    }
    trimOws(m_value);
    if (m_value.isNull())
        m_value = QByteArray("", 0);
    m_request.headers.append(m_field, m_value);
    m_field = QByteArray();
    m_value = QByteArray();
    return true;
}

void HttpRequestParser::completeRequest(qint64 nowUs)
{
    m_request.completeUs = nowUs;
    m_request.wireBytes = m_wireBytes;
    const bool last = !m_request.keepAlive || m_request.bodyTooLarge;
    m_completed = std::move(m_request);
    resetForNext();
    m_phase = last ? Phase::Finished : Phase::Idle;
}

void HttpRequestParser::resetForNext()
{
    m_request = HttpRequest();
    m_field = QByteArray();
    m_value = QByteArray();
    m_headerBytes = 0;
    m_trailerBytes = 0;
    m_wireBytes = 0;
    m_messageBegun = false;
    m_valuePending = false;
    m_requestLineDone = false;
    m_expectContinue = false;
}

} // namespace gw::http
