// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsestream.h"

#include "common/gwassert.h"
#include "httpconnection.h"

namespace gw::http {

ResponseStream::ResponseStream(HttpConnection *connection, quint32 sequence, bool headRequest, bool http10)
    : m_connection(connection)
    , m_sequence(sequence)
    , m_head(headRequest)
    , m_http10(http10)
{ }

ResponseStream::~ResponseStream()
{
    if (m_finished || m_cancelled)
        return;
    if (HttpConnection *connection = m_connection.data())
        connection->streamAbandoned(*this);
}

void ResponseStream::writeHead(int status, const HttpHeaders &headers, qint64 contentLength)
{
    if (m_finished)
        return;
    GW_ASSERT(!m_headWritten, return );
    m_headWritten = true;
    m_contentLength = contentLength;
    if (m_cancelled)
        return;
    if (HttpConnection *connection = m_connection.data())
        connection->streamHead(*this, status, headers, contentLength);
}

void ResponseStream::writeBody(const QByteArray &chunk)
{
    if (m_cancelled || m_finished || chunk.isEmpty())
        return;
    GW_ASSERT(m_headWritten, return );
    if (HttpConnection *connection = m_connection.data())
        connection->streamBody(*this, chunk);
}

void ResponseStream::finish()
{
    if (m_finished)
        return;
    if (!m_cancelled) {
        GW_ASSERT(m_headWritten, writeHead(500, HttpHeaders(), 0));
    }
    m_finished = true;
    if (m_cancelled)
        return;
    if (HttpConnection *connection = m_connection.data())
        connection->streamFinish(*this);
}

void ResponseStream::respond(int status, const HttpHeaders &headers, const QByteArray &body)
{
    if (m_finished)
        return;
    GW_ASSERT(!m_headWritten, return );
    m_headWritten = true;
    m_finished = true;
    m_contentLength = body.size();
    if (m_cancelled)
        return;
    if (HttpConnection *connection = m_connection.data())
        connection->streamRespond(*this, status, headers, body);
}

TunnelPtr ResponseStream::switchProtocols(const HttpHeaders &headers)
{
    if (m_finished)
        return nullptr;
    GW_ASSERT(!m_headWritten, return nullptr);
    m_headWritten = true;
    m_finished = true;
    if (m_cancelled)
        return nullptr;
    if (HttpConnection *connection = m_connection.data())
        return connection->streamSwitchProtocols(*this, headers);
    return nullptr;
}

void ResponseStream::abort()
{
    if (m_finished)
        return;
    m_finished = true;
    m_closeAfter = true;
    if (m_cancelled)
        return;
    if (HttpConnection *connection = m_connection.data())
        connection->streamAborted(*this);
}

void ResponseStream::cancel()
{
    if (m_cancelled || m_finished)
        return;
    m_cancelled = true;
    if (std::function<void()> callback = std::exchange(m_onCancel, nullptr))
        callback();
}

} // namespace gw::http
