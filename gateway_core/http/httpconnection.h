// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httprequestparser.h"
#include "requesthandler.h"
#include "responsestream.h"

#include <QHostAddress>
#include <QObject>

#include <deque>
#include <memory>


namespace gw::http {

class HttpWorker;
class SocketIo;
struct HttpServerShared;
namespace wire {
struct Framing;
}

/// One client connection on a worker thread, from accept to close. Everything runs on that thread.
///
/// Requests are parsed as bytes arrive and handed to the handler at once, each with its own ResponseStream. A
/// queue holds one slot per unanswered request in request order: the first slot writes straight to the
/// socket, later ones buffer their output until every earlier response has finished. Reading (and parsing)
/// pauses at a request boundary while ServerLimits::maxPipelinedRequests are unanswered or while more than a
/// few MB wait in the socket's write buffer, and resumes when that clears.
///
/// Closing: once no more requests will be taken (Connection: close, a body too large, a rejection, a timeout,
/// server stop), the connection "drains": input is read and dropped, the queued responses finish, then the
/// write side is shut down and input is still dropped for a short linger time, so the client reads the last
/// response instead of a reset.
class HttpConnection final : public QObject
{
    Q_OBJECT
public:
    /// `countsTowardsCap`: the acceptor counted this connection in openConnections (else in
    /// rejectingConnections).
    HttpConnection(HttpWorker *worker, quint64 connectionId, bool countsTowardsCap);
    ~HttpConnection() override;

    /// Adopts an accepted descriptor; false when it cannot be used (the descriptor is closed, delete this).
    bool open(qintptr socketDescriptor);
    /// Answers 503 (connection cap) and closes.
    void rejectTooManyConnections();
    /// Called by the worker's coarse timer: header, body, idle, send-stall and linger timeouts.
    void checkTimeouts(qint64 nowUs);
    /// Server stop: take no more requests; close once the queued responses are done.
    void beginStop();
    /// Cancels the open streams and drops the socket now. The object is deleted later (or by the caller).
    void closeNow();

    // ResponseStream's side; the stream has already checked its own state.
    void streamHead(ResponseStream &stream, int status, const HttpHeaders &headers, qint64 contentLength);
    void streamBody(ResponseStream &stream, const QByteArray &chunk);
    void streamFinish(ResponseStream &stream);
    void streamRespond(ResponseStream &stream, int status, const HttpHeaders &headers,
                       const QByteArray &body);
    /// The handler gave up on the response: close after what was written.
    void streamAborted(ResponseStream &stream);
    /// The handler released an unfinished stream: answer 500 if nothing was sent, else cut the connection.
    void streamAbandoned(ResponseStream &stream);
    /// 101 Switching Protocols: the connection becomes a Tunnel (see ResponseStream::switchProtocols).
    TunnelPtr streamSwitchProtocols(ResponseStream &stream, const HttpHeaders &headers);

    // Tunnel's side, after a protocol switch.
    void tunnelWrite(const QByteArray &bytes);
    qint64 tunnelBytesToWrite() const;
    void tunnelClose();

private:
    enum class State : quint8 {
        Reading, ///< parsing requests
        Draining, ///< no more requests; input dropped; queued responses still go out
        Lingering, ///< everything sent and the write side shut down; input dropped until EOF or the deadline
        Upgraded, ///< after 101 Switching Protocols: bytes go to and from m_tunnel
        Closed
    };

    struct Slot
    {
        quint32 sequence = 0;
        std::weak_ptr<ResponseStream> stream;
        QByteArray pending; ///< output held back while an earlier response is unfinished
        bool keepAlive = true; ///< the request allows the connection to stay open
        bool finished = false;
        bool closeAfter = false;
    };

    qint64 nowUs() const;
    void onReadyRead();
    void processInput();
    void parseAvailable();
    bool refillInput(qint64 now);
    bool mustPauseReading() const;
    void scheduleResume();
    void maybeSendContinue();
    void handOver(HttpRequest &&request);
    void reject(RejectReason reason, QByteArray detail);
    void enqueueFinal(QByteArray response);

    Slot *slotFor(quint32 sequence);
    wire::Framing framingFor(ResponseStream &stream, Slot &slot, int status, qint64 contentLength);
    void output(Slot &slot, const QByteArray &bytes);
    void writeToSocket(const QByteArray &bytes);
    void writeToSocketRaw(const QByteArray &bytes);
    void advanceQueue();
    void cancelStreams();

    void enterDraining();
    void maybeClose();
    void startLinger();
    void discardInput();
    void onBytesWritten();
    void onDisconnected();
    void readTunnel();

    HttpWorker *m_worker;
    HttpServerShared &m_shared;
    SocketIo *m_socket = nullptr; // child
    HttpRequestParser m_parser;
    std::deque<Slot> m_slots;
    TunnelPtr m_tunnel; // set once the connection switched protocols

    QByteArray m_in; // bytes read from the socket; [m_inPos, size) not parsed yet
    qsizetype m_inPos = 0;

    QHostAddress m_peerAddress;
    quint64 m_id;
    qint64 m_lastReadUs = 0; // last bytes received
    qint64 m_lastWriteUs = 0; // last time the write buffer went from empty to non-empty, or drained some
    qint64 m_lastActivityUs = 0; // last time the connection became idle
    qint64 m_lingerDeadlineUs = 0;
    quint32 m_nextSequence = 0;
    quint16 m_peerPort = 0;
    quint16 m_localPort = 0;
    State m_state = State::Reading;
    bool m_countsTowardsCap;
    bool m_readPaused = false;
    bool m_socketReadable = false; // the kernel may hold more input than we have read since the last readiness event
    bool m_resumePosted = false;
    bool m_processing = false;
    bool m_processAgain = false;
    bool m_continuePending = false; // a 100 Continue waits for the earlier responses
};

} // namespace gw::http
