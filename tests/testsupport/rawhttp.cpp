// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawhttp.h"

#include <QElapsedTimer>
#include <QTcpSocket>

namespace gw::test {

QByteArray RawResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

int RawResponse::headerCount(const QByteArray &name) const
{
    int n = 0;
    for (const auto &h : headers)
        n += h.first.compare(name, Qt::CaseInsensitive) == 0 ? 1 : 0;
    return n;
}

RawHttpClient::RawHttpClient(quint16 port, int timeoutMs)
    : m_socket(new QTcpSocket)
    , m_timeoutMs(timeoutMs)
{
    m_socket->connectToHost(QStringLiteral("127.0.0.1"), port);
    m_socket->waitForConnected(timeoutMs);
}

RawHttpClient::~RawHttpClient()
{
    delete m_socket;
}

bool RawHttpClient::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

void RawHttpClient::send(const QByteArray &bytes)
{
    m_socket->write(bytes);
    m_socket->waitForBytesWritten(m_timeoutMs);
}

bool RawHttpClient::fill()
{
    if (m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(m_timeoutMs))
        return false;
    m_buffer += m_socket->readAll();
    return true;
}

RawResponse RawHttpClient::read(bool headRequest)
{
    RawResponse r;
    qsizetype end;
    while ((end = m_buffer.indexOf("\r\n\r\n")) < 0) {
        if (!fill()) {
            r.closed = m_socket->state() != QAbstractSocket::ConnectedState;
            return r;
        }
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);
    r.statusLine = lines.value(0).trimmed();
    const QList<QByteArray> parts = r.statusLine.split(' ');
    const int status = parts.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    if (status >= 100 && status < 200)
        return read(headRequest); // interim response (100 Continue): the final one follows
    const QByteArray te = r.header("Transfer-Encoding");
    const QByteArray cl = r.header("Content-Length");
    if (headRequest || status == 204 || status == 304) {
        // no body
    } else if (te.toLower().contains("chunked")) {
        r.chunked = true;
        while (true) {
            qsizetype lineEnd;
            while ((lineEnd = m_buffer.indexOf("\r\n")) < 0) {
                if (!fill())
                    return r;
            }
            const qint64 size = m_buffer.left(lineEnd).split(';').value(0).trimmed().toLongLong(nullptr, 16);
            m_buffer.remove(0, lineEnd + 2);
            if (size == 0) {
                while ((lineEnd = m_buffer.indexOf("\r\n")) != 0) {
                    if (lineEnd > 0) {
                        m_buffer.remove(0, lineEnd + 2); // trailer field
                        continue;
                    }
                    if (!fill())
                        return r;
                }
                m_buffer.remove(0, 2);
                break;
            }
            while (m_buffer.size() < size + 2) {
                if (!fill())
                    return r;
            }
            r.body += m_buffer.left(size);
            m_buffer.remove(0, size + 2);
        }
    } else if (!cl.isNull()) {
        const qint64 length = cl.toLongLong();
        while (m_buffer.size() < length) {
            if (!fill())
                return r;
        }
        r.body = m_buffer.left(length);
        m_buffer.remove(0, length);
    } else {
        while (fill()) {
        }
        r.body = m_buffer;
        m_buffer.clear();
    }
    r.status = status;
    if (r.header("Connection").toLower() == "close") {
        r.closed = waitForClose();
    }
    return r;
}

RawResponse RawHttpClient::request(const QByteArray &bytes, bool headRequest)
{
    send(bytes);
    return read(headRequest);
}

bool RawHttpClient::waitForClose()
{
    QElapsedTimer t;
    t.start();
    while (m_socket->state() == QAbstractSocket::ConnectedState && t.elapsed() < m_timeoutMs) {
        if (m_socket->waitForReadyRead(100))
            m_buffer += m_socket->readAll();
    }
    return m_socket->state() != QAbstractSocket::ConnectedState;
}

RawResponse rawRequest(quint16 port, const QByteArray &bytes, int timeoutMs)
{
    RawHttpClient client(port, timeoutMs);
    return client.request(bytes, bytes.startsWith("HEAD "));
}

QByteArray getRequest(const QByteArray &target, const QByteArray &host, const QByteArray &extra)
{
    return "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n" + extra + "\r\n";
}

} // namespace gw::test
