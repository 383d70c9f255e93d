// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpconnection.h"

#include "common/clock.h"
#include "httpwire.h"
#include "httpworker.h"
#include "socketio.h"

#include <QLoggingCategory>


Q_LOGGING_CATEGORY(lcHttpConnection, "gatehouse.http.connection")

namespace gw::http {

namespace {

constexpr qsizetype kReadChunk = 16 * 1024; // most bytes taken from the socket at once
constexpr qsizetype kKeptInputCapacity = 64 * 1024; // a larger input buffer is freed once it is empty
constexpr qint64 kMaxPendingOutput = 4 * 1024 * 1024; // unsent bytes above which no new request is taken
constexpr qsizetype kCoalesceLimit = 16 * 1024; // bodies up to this size are copied behind their head
constexpr qint64 kLingerUs = 2'000'000;

int statusFor(RejectReason reason)
{
    switch (reason) {
    case RejectReason::MalformedRequest:
        return 400;
    case RejectReason::HeadersTooLarge:
        return 431;
    case RejectReason::UriTooLong:
        return 414;
    case RejectReason::HeaderTimeout:
    case RejectReason::BodyTimeout:
        return 408;
    case RejectReason::TooManyConnections:
        return 503;
    }
    return 400;
}

QByteArrayView messageFor(RejectReason reason)
{
    switch (reason) {
    case RejectReason::MalformedRequest:
        return "Bad Request";
    case RejectReason::HeadersTooLarge:
        return "Request Header Fields Too Large";
    case RejectReason::UriTooLong:
        return "Request-URI Too Long";
    case RejectReason::HeaderTimeout:
    case RejectReason::BodyTimeout:
        return "Request Timeout";
    case RejectReason::TooManyConnections:
        return "Service Unavailable";
    }
    return "Bad Request";
}

} // namespace

HttpConnection::HttpConnection(HttpWorker *worker, quint64 connectionId, bool countsTowardsCap)
    : QObject(worker)
    , m_worker(worker)
    , m_shared(worker->shared())
    , m_parser(worker->shared().limits)
    , m_id(connectionId)
    , m_countsTowardsCap(countsTowardsCap)
{ }

HttpConnection::~HttpConnection()
{
    if (m_countsTowardsCap)
        m_shared.openConnections.fetch_sub(1, std::memory_order_relaxed);
    else
        m_shared.rejectingConnections.fetch_sub(1, std::memory_order_relaxed);
    m_worker->connectionDestroyed(this);
}

qint64 HttpConnection::nowUs() const
{
    return m_shared.clock->nowUs();
}

bool HttpConnection::open(qintptr socketDescriptor)
{
    m_socket = new SocketIo(this);
    if (!m_socket->adopt(socketDescriptor)) {
        qCWarning(lcHttpConnection, "cannot adopt accepted socket %lld", qlonglong(socketDescriptor));
        m_state = State::Closed;
        return false;
    }
    m_peerAddress = m_socket->peerAddress();
    m_peerPort = m_socket->peerPort();
    m_localPort = m_socket->localPort();
    m_lastReadUs = m_lastWriteUs = m_lastActivityUs = nowUs();
    m_socket->onReadable = [this] { onReadyRead(); };
    m_socket->onWritten = [this] { onBytesWritten(); };
    m_socket->onClosed = [this] { onDisconnected(); };
    return true;
}

void HttpConnection::rejectTooManyConnections()
{
    reject(RejectReason::TooManyConnections, QByteArrayLiteral("connection cap reached"));
}

// Input

void HttpConnection::onReadyRead()
{
    switch (m_state) {
    case State::Reading:
        m_socketReadable = true;
        processInput();
        break;
    case State::Draining:
    case State::Lingering:
        discardInput();
        break;
    case State::Upgraded:
        readTunnel();
        break;
    case State::Closed:
        break;
    }
}

void HttpConnection::processInput()
{
    m_resumePosted = false;
    // A handler that runs a nested event loop can bring us back here; the outer call goes round again
    // instead.
    if (m_processing) {
        m_processAgain = true;
        return;
    }
    m_processing = true;
    do {
        m_processAgain = false;
        parseAvailable();
    } while (m_processAgain && m_state == State::Reading);
    m_processing = false;
    if (m_state != State::Closed && m_socket->bytesToWrite() > 0)
        m_socket->flush();
}

void HttpConnection::parseAvailable()
{
    const qint64 now = nowUs();
    while (m_state == State::Reading) {
        if (!m_parser.inProgress() && mustPauseReading()) {
            // Level-triggered readiness would call us again at once: stop listening until we resume.
            m_readPaused = true;
            m_socket->setReadEnabled(false);
            return;
        }
        if (m_readPaused) {
            m_readPaused = false;
            m_socket->setReadEnabled(true);
        }
        if (m_inPos >= m_in.size() && !refillInput(now))
            return;

        qsizetype consumed = 0;
        const auto event = m_parser.parse(m_in.constData() + m_inPos, m_in.size() - m_inPos, now, &consumed);
        m_inPos += consumed;
        switch (event) {
        case HttpRequestParser::Event::NeedMore:
            break;
        case HttpRequestParser::Event::HeadersComplete:
            maybeSendContinue();
            break;
        case HttpRequestParser::Event::RequestComplete:
            handOver(m_parser.takeRequest());
            break;
        case HttpRequestParser::Event::Error:
            reject(m_parser.errorReason(), m_parser.errorDetail());
            break;
        }
        if (m_state == State::Reading && m_parser.isFinished())
            enterDraining();
    }
}

bool HttpConnection::refillInput(qint64 now)
{
    m_inPos = 0;
    // A read that returned less than it asked for emptied the kernel's buffer: asking again before the next
    // readiness event would only cost a system call that says "nothing".
    if (!m_socketReadable) {
        if (m_in.capacity() > kKeptInputCapacity)
            m_in = QByteArray();
        m_in.resize(0);
        return false;
    }
    if (m_in.capacity() > kKeptInputCapacity)
        m_in = QByteArray();
    m_in.resize(kReadChunk);
    const qint64 got = m_socket->read(m_in.data(), m_in.size());
    m_in.resize(qsizetype(qMax<qint64>(got, 0)));
    m_socketReadable = got == kReadChunk;
    if (got <= 0)
        return false; // nothing now, or the client is gone (the socket reports it)
    m_lastReadUs = now;
    return true;
}

bool HttpConnection::mustPauseReading() const
{
    return qsizetype(m_slots.size()) >= qMax(1, m_shared.limits.maxPipelinedRequests)
        || m_socket->bytesToWrite() > kMaxPendingOutput;
}

void HttpConnection::scheduleResume()
{
    if (!m_readPaused || m_resumePosted || m_state != State::Reading || mustPauseReading())
        return;
    // Queued, so a handler that finishes a response never finds itself called again for the next request from
    // inside its own finish().
    m_resumePosted = true;
    QMetaObject::invokeMethod(this, &HttpConnection::processInput, Qt::QueuedConnection);
}

void HttpConnection::maybeSendContinue()
{
    if (!m_parser.expectsContinue())
        return;
    // RFC 9110 10.1.1: no 100 when the body is already arriving.
    if (m_in.size() - m_inPos > 1 || m_socket->bytesAvailable() > 0)
        return;
    if (m_slots.empty())
        writeToSocket(wire::kContinue.toByteArray());
    else
        m_continuePending = true;
}

void HttpConnection::handOver(HttpRequest &&request)
{
    request.peerAddress = m_peerAddress;
    request.peerPort = m_peerPort;
    request.localPort = m_localPort;
    request.connectionId = m_id;
    request.sequence = m_nextSequence++;
    m_continuePending = false;

    auto stream = std::make_shared<ResponseStream>(this, request.sequence, request.method == "HEAD",
                                                   request.httpMinor == 0);
    if (request.bodyTooLarge)
        stream->setCloseAfter(true);
    Slot slot;
    slot.sequence = request.sequence;
    slot.stream = stream;
    slot.keepAlive = request.keepAlive && !request.bodyTooLarge;
    m_slots.push_back(std::move(slot));
    m_shared.requests.fetch_add(1, std::memory_order_relaxed);
    // Before the handler runs, so that a response it writes at once already knows the connection will close.
    if (m_parser.isFinished())
        enterDraining();
    m_shared.handler->handleRequest(std::move(request), stream);
}

void HttpConnection::reject(RejectReason reason, QByteArray detail)
{
    const int status = statusFor(reason);
    const HttpRequest &partial = m_parser.request();
    RejectedRequest rejected;
    rejected.reason = reason;
    rejected.status = status;
    rejected.detail = std::move(detail);
    rejected.method = partial.method;
    rejected.target = partial.target;
    rejected.peerAddress = m_peerAddress;
    rejected.peerPort = m_peerPort;
    rejected.connectionId = m_id;
    rejected.rejectedUs = nowUs();
    rejected.firstByteUs = partial.firstByteUs > 0 ? partial.firstByteUs : rejected.rejectedUs;
    rejected.bytesReceived = m_parser.bytesReceived();
    m_shared.rejectedRequests.fetch_add(1, std::memory_order_relaxed);

    enterDraining();
    enqueueFinal(wire::rejectionResponse(status, messageFor(reason), m_worker->httpDate()));
    m_shared.handler->requestRejected(rejected);
}

void HttpConnection::enqueueFinal(QByteArray response)
{
    if (m_state == State::Lingering || m_state == State::Closed)
        return;
    Slot slot;
    slot.sequence = m_nextSequence++;
    slot.pending = std::move(response);
    slot.finished = true;
    slot.closeAfter = true;
    m_slots.push_back(std::move(slot));
    if (m_slots.size() == 1)
        writeToSocket(std::exchange(m_slots.front().pending, QByteArray()));
    advanceQueue();
}

// Output

HttpConnection::Slot *HttpConnection::slotFor(quint32 sequence)
{
    if (m_slots.empty())
        return nullptr;
    const quint32 index = sequence - m_slots.front().sequence;
    if (index >= m_slots.size())
        return nullptr;
    Slot &slot = m_slots[index];
    return slot.sequence == sequence ? &slot : nullptr;
}

wire::Framing HttpConnection::framingFor(ResponseStream &stream, Slot &slot, int status, qint64 contentLength)
{
    wire::Framing framing;
    const bool noFraming = status < 200 || status == 204 || status == 304;
    bool closeDelimited = false;
    if (!noFraming) {
        // A HEAD response without a known length announces none.
        if (contentLength >= 0)
            framing.contentLength = contentLength;
        else if (!stream.m_head && stream.m_http10)
            closeDelimited = true;
        else if (!stream.m_head)
            framing.chunked = true;
    }
    framing.keepAlive = slot.keepAlive && !stream.m_closeAfter && !closeDelimited && m_state == State::Reading
        && !m_worker->isStopping();
    slot.closeAfter = !framing.keepAlive;
    stream.m_suppressBody = noFraming || stream.m_head;
    stream.m_chunked = framing.chunked && !stream.m_suppressBody;
    stream.m_contentLength = contentLength;
    return framing;
}

void HttpConnection::streamHead(ResponseStream &stream, int status, const HttpHeaders &headers,
                                qint64 contentLength)
{
    Slot *slot = slotFor(stream.m_sequence);
    if (!slot)
        return;
    const wire::Framing framing = framingFor(stream, *slot, status, contentLength);
    const QByteArray head = wire::responseHead(status, headers, m_worker->httpDate(), framing);
    stream.m_bytesWritten += head.size();
    output(*slot, head);
}

void HttpConnection::streamBody(ResponseStream &stream, const QByteArray &chunk)
{
    if (stream.m_suppressBody)
        return;
    Slot *slot = slotFor(stream.m_sequence);
    if (!slot)
        return;
    QByteArray bytes = chunk;
    if (stream.m_contentLength >= 0) {
        const qint64 room = stream.m_contentLength - stream.m_bodyBytes;
        if (bytes.size() > room) {
            qCWarning(lcHttpConnection, "response %llu/%u: body longer than its Content-Length %lld; cut",
                      m_id, stream.m_sequence, stream.m_contentLength);
            if (room <= 0)
                return;
            bytes.truncate(qsizetype(room));
        }
    }
    stream.m_bodyBytes += bytes.size();
    if (!stream.m_chunked) {
        stream.m_bytesWritten += bytes.size();
        output(*slot, bytes);
        return;
    }
    QByteArray framed = wire::chunkPrefix(bytes.size());
    if (bytes.size() <= kCoalesceLimit) {
        framed.reserve(framed.size() + bytes.size() + 2);
        framed.append(bytes);
        framed.append("\r\n");
        stream.m_bytesWritten += framed.size();
        output(*slot, framed);
    } else {
        stream.m_bytesWritten += framed.size() + bytes.size() + 2;
        output(*slot, framed);
        output(*slot, bytes);
        output(*slot, QByteArrayLiteral("\r\n"));
    }
}

void HttpConnection::streamFinish(ResponseStream &stream)
{
    Slot *slot = slotFor(stream.m_sequence);
    if (!slot)
        return;
    if (stream.m_chunked) {
        stream.m_bytesWritten += wire::kLastChunk.size();
        output(*slot, wire::kLastChunk.toByteArray());
    }
    if (!stream.m_suppressBody && stream.m_contentLength >= 0
        && stream.m_bodyBytes < stream.m_contentLength) {
        qCWarning(lcHttpConnection, "response %llu/%u: finished after %lld of %lld body bytes; closing", m_id,
                  stream.m_sequence, stream.m_bodyBytes, stream.m_contentLength);
        slot->closeAfter = true;
    }
    slot->closeAfter = slot->closeAfter || stream.m_closeAfter;
    slot->finished = true;
    slot->stream.reset();
    advanceQueue();
}

void HttpConnection::streamRespond(ResponseStream &stream, int status, const HttpHeaders &headers,
                                   const QByteArray &body)
{
    Slot *slot = slotFor(stream.m_sequence);
    if (!slot)
        return;
    const wire::Framing framing = framingFor(stream, *slot, status, body.size());
    const bool sendBody = !stream.m_suppressBody && !body.isEmpty();
    const bool coalesce = sendBody && body.size() <= kCoalesceLimit;
    QByteArray head
        = wire::responseHead(status, headers, m_worker->httpDate(), framing, coalesce ? body.size() : 0);
    if (coalesce)
        head.append(body);
    stream.m_bytesWritten += head.size();
    output(*slot, head);
    if (sendBody && !coalesce) {
        stream.m_bytesWritten += body.size();
        output(*slot, body);
    }
    if (sendBody)
        stream.m_bodyBytes = body.size();
    slot->closeAfter = slot->closeAfter || stream.m_closeAfter;
    slot->finished = true;
    slot->stream.reset();
    advanceQueue();
}

void HttpConnection::streamAborted(ResponseStream &stream)
{
    Slot *slot = slotFor(stream.m_sequence);
    if (!slot)
        return;
    slot->closeAfter = true;
    slot->finished = true;
    slot->stream.reset();
    advanceQueue();
}

void HttpConnection::streamAbandoned(ResponseStream &stream)
{
    Slot *slot = slotFor(stream.m_sequence);
    if (!slot)
        return;
    qCWarning(lcHttpConnection, "response %llu/%u: the handler released it unfinished", m_id,
              stream.m_sequence);
    if (!stream.m_headWritten) {
        static const QByteArray body = QByteArrayLiteral("{\"message\":\"Internal server error\"}");
        HttpHeaders headers;
        headers.append(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
        const wire::Framing framing = framingFor(stream, *slot, 500, body.size());
        QByteArray response = wire::responseHead(500, headers, m_worker->httpDate(), framing, body.size());
        if (!stream.m_suppressBody)
            response.append(body);
        output(*slot, response);
    } else {
        // The response is cut short; only closing tells the client so.
        slot->closeAfter = true;
    }
    slot->finished = true;
    slot->stream.reset();
    advanceQueue();
}

TunnelPtr HttpConnection::streamSwitchProtocols(ResponseStream &stream, const HttpHeaders &headers)
{
    Slot *slot = slotFor(stream.m_sequence);
    if (!slot)
        return nullptr;
    // Only the one request of the connection may switch: an earlier response still on its way, or a later request
    // already parsed, would be cut off by the new protocol.
    if (m_state != State::Reading || m_slots.size() != 1 || m_parser.inProgress()) {
        qCWarning(lcHttpConnection, "connection %llu: cannot switch protocols with other requests in flight", m_id);
        slot->closeAfter = true;
        slot->finished = true;
        slot->stream.reset();
        advanceQueue();
        return nullptr;
    }
    QByteArray head = QByteArrayLiteral("HTTP/1.1 101 Switching Protocols\r\n");
    for (const auto &[name, value] : headers.fields()) {
        head.append(name);
        head.append(": ");
        head.append(value);
        head.append("\r\n");
    }
    head.append("\r\n");
    stream.m_bytesWritten += head.size();
    m_slots.clear();
    m_state = State::Upgraded;
    m_continuePending = false;
    m_tunnel = std::make_shared<Tunnel>(this);
    writeToSocketRaw(head);
    if (m_readPaused) {
        m_readPaused = false;
        m_socket->setReadEnabled(true);
    }
    // Bytes already read past the request belong to the new protocol: deliver them once the caller has wired the
    // tunnel up, then keep reading.
    m_in.remove(0, m_inPos);
    m_inPos = 0;
    QMetaObject::invokeMethod(this, &HttpConnection::readTunnel, Qt::QueuedConnection);
    return m_tunnel;
}

void HttpConnection::readTunnel()
{
    if (m_state != State::Upgraded || !m_tunnel)
        return;
    const TunnelPtr tunnel = m_tunnel; // onData may close the connection
    if (!m_in.isEmpty()) {
        const QByteArray early = std::exchange(m_in, QByteArray());
        m_lastReadUs = nowUs();
        if (tunnel->onData)
            tunnel->onData(early.constData(), early.size());
    }
    char buffer[kReadChunk];
    while (m_state == State::Upgraded) {
        const qint64 got = m_socket->read(buffer, sizeof buffer);
        if (got <= 0)
            return; // nothing now, or gone (the socket reports it)
        m_lastReadUs = nowUs();
        if (tunnel->onData)
            tunnel->onData(buffer, got);
        if (got < qint64(sizeof buffer))
            return;
    }
}

void HttpConnection::tunnelWrite(const QByteArray &bytes)
{
    if (m_state == State::Upgraded)
        writeToSocketRaw(bytes);
}

qint64 HttpConnection::tunnelBytesToWrite() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

void HttpConnection::tunnelClose()
{
    if (m_state != State::Upgraded)
        return;
    m_state = State::Draining;
    discardInput();
    maybeClose();
}

void HttpConnection::output(Slot &slot, const QByteArray &bytes)
{
    if (&slot == &m_slots.front())
        writeToSocket(bytes);
    else
        slot.pending.append(bytes);
}

void HttpConnection::writeToSocket(const QByteArray &bytes)
{
    if (m_state == State::Upgraded)
        return;
    writeToSocketRaw(bytes);
}

void HttpConnection::writeToSocketRaw(const QByteArray &bytes)
{
    if (m_state == State::Lingering || m_state == State::Closed || bytes.isEmpty())
        return;
    if (m_socket->bytesToWrite() == 0)
        m_lastWriteUs = nowUs();
    m_socket->write(bytes);
}

void HttpConnection::advanceQueue()
{
    while (!m_slots.empty() && m_slots.front().finished) {
        const bool close = m_slots.front().closeAfter;
        m_slots.pop_front();
        if (close) {
            enterDraining();
            cancelStreams();
            maybeClose();
            return;
        }
        if (!m_slots.empty() && !m_slots.front().pending.isEmpty())
            writeToSocket(std::exchange(m_slots.front().pending, QByteArray()));
    }
    if (m_slots.empty()) {
        m_lastActivityUs = nowUs();
        if (m_continuePending) {
            m_continuePending = false;
            if (m_state == State::Reading && m_parser.inBody())
                writeToSocket(wire::kContinue.toByteArray());
        }
    }
    if (m_state == State::Draining)
        maybeClose();
    else
        scheduleResume();
}

void HttpConnection::cancelStreams()
{
    std::deque<Slot> open;
    open.swap(m_slots);
    for (Slot &slot : open) {
        if (const ResponseStreamPtr stream = slot.stream.lock())
            stream->cancel();
    }
}

// Closing

void HttpConnection::enterDraining()
{
    if (m_state != State::Reading)
        return;
    m_state = State::Draining;
    m_readPaused = false;
    m_continuePending = false;
    m_in = QByteArray();
    m_inPos = 0;
    discardInput();
}

void HttpConnection::maybeClose()
{
    if (m_state != State::Draining || !m_slots.empty() || m_socket->bytesToWrite() > 0)
        return;
    startLinger();
}

void HttpConnection::startLinger()
{
    m_state = State::Lingering;
    bool halfClosed = false;
    if (!m_worker->isStopping())
        halfClosed = m_socket->shutdownWrite();
    if (!halfClosed) {
        m_socket->close();
        onDisconnected();
        return;
    }
    m_lingerDeadlineUs = nowUs() + kLingerUs;
    discardInput();
}

void HttpConnection::discardInput()
{
    m_socket->discardInput();
}

void HttpConnection::onBytesWritten()
{
    m_lastWriteUs = nowUs();
    if (m_slots.empty())
        m_lastActivityUs = m_lastWriteUs;
    if (m_state == State::Draining)
        maybeClose();
    else if (m_state == State::Reading && m_readPaused)
        scheduleResume();
}

void HttpConnection::onDisconnected()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_in = QByteArray();
    m_inPos = 0;
    cancelStreams();
    if (const TunnelPtr tunnel = std::exchange(m_tunnel, nullptr)) {
        tunnel->m_closed = true;
        if (const std::function<void()> closed = std::exchange(tunnel->onClosed, nullptr))
            closed();
        tunnel->onData = nullptr;
    }
    deleteLater();
}

void HttpConnection::closeNow()
{
    if (m_state == State::Closed)
        return;
    if (m_socket)
        m_socket->close();
    onDisconnected();
}

void HttpConnection::beginStop()
{
    switch (m_state) {
    case State::Reading:
        enterDraining();
        maybeClose();
        break;
    case State::Draining:
        maybeClose();
        break;
    case State::Lingering:
    case State::Upgraded:
        closeNow();
        break;
    case State::Closed:
        break;
    }
}

void HttpConnection::checkTimeouts(qint64 now)
{
    const ServerLimits &limits = m_shared.limits;
    switch (m_state) {
    case State::Reading:
        // While we hold reading back, the client is not the one who is slow.
        if (m_readPaused)
            break;
        if (m_parser.inHeaders()) {
            if (now - m_parser.request().firstByteUs > qint64(limits.headerTimeoutMs) * 1000) {
                reject(RejectReason::HeaderTimeout,
                       "headers incomplete after " + QByteArray::number(limits.headerTimeoutMs) + " ms");
            }
        } else if (m_parser.inBody()) {
            if (now - m_lastReadUs > qint64(limits.bodyIdleTimeoutMs) * 1000) {
                reject(RejectReason::BodyTimeout,
                       "body stalled for " + QByteArray::number(limits.bodyIdleTimeoutMs) + " ms");
            }
        } else if (m_slots.empty() && m_socket->bytesToWrite() == 0
                   && now - m_lastActivityUs > qint64(limits.keepAliveIdleTimeoutMs) * 1000) {
            enterDraining();
            maybeClose();
        }
        break;
    case State::Lingering:
        if (now >= m_lingerDeadlineUs)
            closeNow();
        return;
    case State::Draining:
    case State::Upgraded: // the protocol above runs its own idle and lifetime limits
    case State::Closed:
        break;
    }
    // A client that stopped reading our responses.
    if (m_state != State::Closed && m_socket->bytesToWrite() > 0
        && now - m_lastWriteUs > qint64(limits.bodyIdleTimeoutMs) * 1000) {
        qCDebug(lcHttpConnection, "connection %llu: client stopped reading; closing", m_id);
        closeNow();
    }
}

} // namespace gw::http

namespace gw::http {

Tunnel::Tunnel(HttpConnection *connection)
    : m_connection(connection)
{ }

Tunnel::~Tunnel() = default;

bool Tunnel::isOpen() const
{
    return !m_closed && m_connection;
}

void Tunnel::write(const QByteArray &bytes)
{
    if (!m_closed)
        if (HttpConnection *connection = m_connection.data())
            connection->tunnelWrite(bytes);
}

qint64 Tunnel::bytesToWrite() const
{
    const HttpConnection *connection = m_connection.data();
    return connection && !m_closed ? connection->tunnelBytesToWrite() : 0;
}

void Tunnel::close()
{
    if (!m_closed)
        if (HttpConnection *connection = m_connection.data())
            connection->tunnelClose();
}

void Tunnel::abort()
{
    if (!m_closed)
        if (HttpConnection *connection = m_connection.data())
            connection->closeNow();
}

} // namespace gw::http
