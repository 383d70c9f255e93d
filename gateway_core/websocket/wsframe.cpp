// SPDX-License-Identifier: GPL-3.0-or-later
#include "wsframe.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace gw::websocket {

QByteArray acceptKey(const QByteArray &clientKey)
{
    const QByteArray input = clientKey.trimmed() + QByteArrayLiteral("258EAFA5-E914-47DA-95CA-C5AB0DC85B11");
    return QCryptographicHash::hash(input, QCryptographicHash::Sha1)
        .toBase64();
}

QByteArray encodeFrame(Opcode opcode, const QByteArray &payload, bool fin)
{
    QByteArray out;
    const qsizetype n = payload.size();
    out.reserve(n + 10);
    out.append(char((fin ? 0x80 : 0x00) | quint8(opcode)));
    if (n < 126) {
        out.append(char(n));
    } else if (n <= 0xFFFF) {
        out.append(char(126));
        out.append(char((n >> 8) & 0xFF));
        out.append(char(n & 0xFF));
    } else {
        out.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            out.append(char((quint64(n) >> shift) & 0xFF));
    }
    out.append(payload);
    return out;
}

QByteArray closePayload(quint16 code, const QByteArray &reason)
{
    QByteArray out;
    out.append(char(code >> 8));
    out.append(char(code & 0xFF));
    out.append(reason.left(123));
    return out;
}

FrameReader::Result FrameReader::next(Frame *frame, quint16 *closeCode, QString *error)
{
    const auto fail = [&](quint16 code, const QString &why) {
        *closeCode = code;
        *error = why;
        m_buffer.clear();
        m_pos = 0;
        return Result::Error;
    };
    const qsizetype available = m_buffer.size() - m_pos;
    if (available < 2)
        return Result::NeedMore;
    const auto *p = reinterpret_cast<const quint8 *>(m_buffer.constData() + m_pos);
    const bool fin = p[0] & 0x80;
    if (p[0] & 0x70)
        return fail(CloseProtocolError, QStringLiteral("a reserved bit is set (no extension was negotiated)"));
    const quint8 op = p[0] & 0x0F;
    const bool control = op & 0x08;
    if (op != 0x0 && op != 0x1 && op != 0x2 && op != 0x8 && op != 0x9 && op != 0xA)
        return fail(CloseProtocolError, QStringLiteral("unknown opcode %1").arg(op));
    const bool masked = p[1] & 0x80;
    if (!masked)
        return fail(CloseProtocolError, QStringLiteral("a client frame is not masked"));
    quint64 length = p[1] & 0x7F;
    qsizetype header = 2;
    if (length == 126) {
        if (available < 4)
            return Result::NeedMore;
        length = qFromBigEndian<quint16>(p + 2);
        header = 4;
    } else if (length == 127) {
        if (available < 10)
            return Result::NeedMore;
        length = qFromBigEndian<quint64>(p + 2);
        header = 10;
        if (length >> 63)
            return fail(CloseProtocolError, QStringLiteral("a frame length has its top bit set"));
    }
    if (control && (!fin || length > 125))
        return fail(CloseProtocolError, QStringLiteral("a control frame is fragmented or longer than 125 bytes"));
    if (qint64(length) > m_maxPayload)
        return fail(CloseTooBig, QStringLiteral("a frame of %1 bytes is over the %2-byte frame limit")
                                      .arg(length)
                                      .arg(m_maxPayload));
    header += 4; // the mask
    if (available < header + qsizetype(length))
        return Result::NeedMore;
    const quint8 *mask = p + header - 4;
    frame->opcode = Opcode(op);
    frame->fin = fin;
    frame->payload = QByteArray(reinterpret_cast<const char *>(p + header), qsizetype(length));
    char *d = frame->payload.data();
    for (qsizetype i = 0; i < qsizetype(length); ++i)
        d[i] = char(quint8(d[i]) ^ mask[i & 3]);
    m_pos += header + qsizetype(length);
    if (m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    } else if (m_pos > 64 * 1024) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    return Result::Frame;
}

} // namespace gw::websocket
