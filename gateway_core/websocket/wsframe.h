// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace gw::websocket {

/// RFC 6455, server side. Written here rather than taken from Qt WebSockets because QWebSocketServer only accepts a
/// QTcpSocket whose handshake it reads itself, while our HTTP server has already read (and routed) the upgrade request
/// on its own non-blocking socket. The handshake and framing are small; the rest (routes, limits) is ours anyway.

/// Sec-WebSocket-Accept for a client's Sec-WebSocket-Key: base64(sha1(key + 258EAFA5-E914-47DA-95CA-C5AB0DC85B11)).
QByteArray acceptKey(const QByteArray &clientKey);

enum class Opcode : quint8 { Continuation = 0x0, Text = 0x1, Binary = 0x2, Close = 0x8, Ping = 0x9, Pong = 0xA };

/// Close codes used by the gateway.
enum CloseCode : quint16 {
    CloseNormal = 1000,
    CloseGoingAway = 1001,
    CloseProtocolError = 1002,
    CloseUnsupportedData = 1003,
    CloseNoStatus = 1005,
    CloseInvalidPayload = 1007,
    ClosePolicyViolation = 1008,
    CloseTooBig = 1009,
    CloseInternalError = 1011,
};

/// One unmasked server frame (servers never mask).
QByteArray encodeFrame(Opcode opcode, const QByteArray &payload, bool fin = true);
/// A close frame's payload: the code in network order, then the reason (cut to fit 125 bytes).
QByteArray closePayload(quint16 code, const QByteArray &reason);

struct Frame
{
    Opcode opcode = Opcode::Text;
    bool fin = true;
    QByteArray payload; ///< unmasked
};

/// Incremental reader of client frames. Checks what RFC 6455 requires of a client's frames (masked, no reserved
/// bits, known opcodes, control frames unfragmented and at most 125 bytes) and the gateway's frame size limit.
class FrameReader
{
public:
    explicit FrameReader(qint64 maxPayload) : m_maxPayload(maxPayload) {}

    enum class Result { NeedMore, Frame, Error };

    void append(const char *data, qsizetype size) { m_buffer.append(data, size); }
    /// The next complete frame, if any. On Error, `closeCode` and `error` say why; the reader is then unusable.
    Result next(Frame *frame, quint16 *closeCode, QString *error);
    qsizetype buffered() const { return m_buffer.size() - m_pos; }

private:
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_maxPayload;
};

} // namespace gw::websocket
