// SPDX-License-Identifier: GPL-3.0-or-later
#include "upstreamclient.h"

#include "common/gwassert.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QThreadStorage>

#include <http_parser.h>

#include <utility>

namespace gw::upstream {

QString upstreamErrorName(UpstreamError error)
{
    switch (error) {
    case UpstreamError::HostNotFound:
        return QStringLiteral("host_not_found");
    case UpstreamError::ConnectFailed:
        return QStringLiteral("connect_failed");
    case UpstreamError::TlsFailed:
        return QStringLiteral("tls_failed");
    case UpstreamError::ConnectionClosed:
        return QStringLiteral("connection_closed");
    case UpstreamError::ProtocolError:
        return QStringLiteral("protocol_error");
    }
    return {};
}

namespace {
constexpr int maxIdlePerBackend = 16;
constexpr qsizetype maxResponseHeaderBytes = 64 * 1024;
} // namespace

/// One socket to a backend, carrying one request at a time.
class UpstreamConnection final : public QObject
{
public:
    UpstreamConnection(UpstreamClient *client, const UpstreamRequest &r)
        : QObject(client)
        , m_client(client)
        , m_key(UpstreamClient::poolKey(r))
        , m_tls(r.tls)
    {
        m_settings.on_message_begin = &UpstreamConnection::onMessageBegin;
        m_settings.on_status = &UpstreamConnection::onStatus;
        m_settings.on_header_field = &UpstreamConnection::onHeaderField;
        m_settings.on_header_value = &UpstreamConnection::onHeaderValue;
        m_settings.on_headers_complete = &UpstreamConnection::onHeadersComplete;
        m_settings.on_body = &UpstreamConnection::onBody;
        m_settings.on_message_complete = &UpstreamConnection::onMessageComplete;
        if (m_tls) {
            auto *ssl = new QSslSocket(this);
            if (r.insecureSkipVerification)
                ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
            connect(ssl, &QSslSocket::encrypted, this, &UpstreamConnection::onConnected);
            m_socket = ssl;
        } else {
            m_socket = new QTcpSocket(this);
            connect(m_socket, &QTcpSocket::connected, this, &UpstreamConnection::onConnected);
        }
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(m_socket, &QTcpSocket::readyRead, this, &UpstreamConnection::onReadyRead);
        connect(m_socket, &QTcpSocket::disconnected, this, &UpstreamConnection::onDisconnected);
        connect(m_socket, &QTcpSocket::errorOccurred, this, &UpstreamConnection::onSocketError);
    }

    const QString &key() const { return m_key; }
    bool isUsable() const { return m_connected && m_socket->state() == QAbstractSocket::ConnectedState; }
    bool isIdle() const { return !m_call; }

    void begin(const UpstreamCallPtr &call)
    {
        m_call = call;
        call->m_connection = this;
        m_head = UpstreamHead();
        m_field.clear();
        m_value.clear();
        m_headerBytes = 0;
        m_receivedAny = false;
        m_headDelivered = false;
        m_messageComplete = false;
        http_parser_init(&m_parser, HTTP_RESPONSE);
        m_parser.data = this;
        if (m_connected) {
            writeRequest();
            return;
        }
        const UpstreamRequest &r = call->m_request;
        const QString target = r.connectHost.isEmpty() ? r.host : r.connectHost;
        if (m_tls)
            static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(target, r.port, r.host);
        else
            m_socket->connectToHost(target, r.port);
    }

    /// The call was cancelled: stop talking to it and drop the socket (its response can't be reused).
    void detach()
    {
        m_call.reset();
        closeAndDelete();
    }

    /// Every way a connection ends goes through here, so the pool never keeps a pointer to a deleted one.
    void closeAndDelete()
    {
        if (m_closing)
            return;
        m_closing = true;
        m_client->forget(this);
        m_socket->abort();
        deleteLater();
    }

private:
    void onConnected()
    {
        m_connected = true;
        if (m_call)
            writeRequest();
    }

    void writeRequest()
    {
        const UpstreamRequest &r = m_call->m_request;
        QByteArray out;
        out.reserve(256 + r.body.size());
        out += r.method;
        out += ' ';
        out += r.target.isEmpty() ? QByteArrayLiteral("/") : r.target;
        out += " HTTP/1.1\r\nHost: ";
        out += r.host.toUtf8();
        if ((r.tls && r.port != 443) || (!r.tls && r.port != 80)) {
            out += ':';
            out += QByteArray::number(r.port);
        }
        out += "\r\n";
        for (const auto &f : r.headers.fields()) {
            out += f.name;
            out += ": ";
            out += f.value;
            out += "\r\n";
        }
        const bool bodyMethod = r.method == "POST" || r.method == "PUT" || r.method == "PATCH";
        if (!r.body.isEmpty() || bodyMethod) {
            out += "Content-Length: ";
            out += QByteArray::number(r.body.size());
            out += "\r\n";
        }
        out += "\r\n";
        out += r.body;
        m_socket->write(out);
    }

    void onReadyRead()
    {
        const QByteArray data = m_socket->readAll();
        if (data.isEmpty())
            return;
        if (!m_call) {
            // Bytes on an idle connection: the backend is confused; don't reuse it.
            closeAndDelete();
            return;
        }
        m_receivedAny = true;
        const size_t parsed = http_parser_execute(&m_parser, &m_settings, data.constData(), size_t(data.size()));
        const bool broken = m_parser.http_errno != HPE_OK || parsed != size_t(data.size());
        if (!m_call) {
            // Bytes after a complete response (onMessageBegin refuses an unasked-for one): the connection went back to
            // the pool, but what comes next on it cannot be trusted.
            if (broken && m_messageComplete && !m_closing)
                closeAndDelete();
            return; // a callback cancelled or finished the call
        }
        if (broken) {
            if (m_messageComplete)
                return;
            fail(UpstreamError::ProtocolError,
                 QStringLiteral("the backend's response is not valid HTTP (%1)")
                     .arg(QLatin1String(http_errno_description(HTTP_PARSER_ERRNO(&m_parser)))));
        }
    }

    void onDisconnected()
    {
        if (m_closing)
            return;
        if (!m_call) {
            m_client->release(this, false);
            return;
        }
        // End of input: completes a close-delimited body.
        http_parser_execute(&m_parser, &m_settings, nullptr, 0);
        if (!m_call)
            return;
        if (!m_receivedAny && m_call->m_reusedConnection && !m_call->m_retried) {
            // A pooled connection the backend had already closed: try once more on a fresh one.
            UpstreamCallPtr call = std::move(m_call);
            call->m_retried = true;
            call->m_connection = nullptr;
            closeAndDelete();
            m_client->start(call);
            return;
        }
        fail(UpstreamError::ConnectionClosed, m_receivedAny
                 ? QStringLiteral("the backend closed the connection before its response was complete")
                 : QStringLiteral("the backend closed the connection without answering"));
    }

    void onSocketError(QAbstractSocket::SocketError error)
    {
        if (m_closing || !m_call)
            return;
        if (error == QAbstractSocket::RemoteHostClosedError)
            return; // handled by onDisconnected
        UpstreamError kind = UpstreamError::ConnectFailed;
        if (error == QAbstractSocket::HostNotFoundError)
            kind = UpstreamError::HostNotFound;
        else if (error == QAbstractSocket::SslHandshakeFailedError || error == QAbstractSocket::SslInternalError
                 || error == QAbstractSocket::SslInvalidUserDataError)
            kind = UpstreamError::TlsFailed;
        if (!m_connected || kind != UpstreamError::ConnectFailed) {
            fail(kind, m_socket->errorString());
            return;
        }
        fail(UpstreamError::ConnectionClosed, m_socket->errorString());
    }

    void fail(UpstreamError error, const QString &message)
    {
        UpstreamCallPtr call = std::move(m_call);
        if (call) {
            call->m_connection = nullptr;
            call->m_finished = true;
        }
        closeAndDelete();
        if (!call)
            return;
        // The call's last event: its callbacks go with it, so what they hold (the exchange, the step's state, which
        // in turn holds this call) is freed once they return instead of living on in a cycle.
        const UpstreamCallbacks callbacks = std::exchange(call->m_callbacks, UpstreamCallbacks());
        if (callbacks.onError)
            callbacks.onError(error, message);
    }

    static UpstreamConnection *self(http_parser *p) { return static_cast<UpstreamConnection *>(p->data); }

    static int onMessageBegin(http_parser *p)
    {
        UpstreamConnection *c = self(p);
        if (!c->m_call)
            return 1; // a response nobody asked for, in the same read as the last one
        c->m_head = UpstreamHead();
        c->m_field.clear();
        c->m_value.clear();
        c->m_headerBytes = 0;
        return 0;
    }

    static int onStatus(http_parser *p, const char *at, size_t len)
    {
        self(p)->m_head.reason.append(at, qsizetype(len));
        return 0;
    }

    bool countHeaderBytes(size_t len)
    {
        m_headerBytes += qsizetype(len);
        return m_headerBytes <= maxResponseHeaderBytes;
    }

    void flushHeader()
    {
        if (!m_field.isEmpty())
            m_head.headers.append(m_field, m_value);
        m_field.clear();
        m_value.clear();
    }

    static int onHeaderField(http_parser *p, const char *at, size_t len)
    {
        UpstreamConnection *c = self(p);
        if (!c->countHeaderBytes(len))
            return 1;
        if (c->m_inValue) {
            c->flushHeader();
            c->m_inValue = false;
        }
        c->m_field.append(at, qsizetype(len));
        return 0;
    }

    static int onHeaderValue(http_parser *p, const char *at, size_t len)
    {
        UpstreamConnection *c = self(p);
        if (!c->countHeaderBytes(len))
            return 1;
        c->m_inValue = true;
        c->m_value.append(at, qsizetype(len));
        return 0;
    }

    static int onHeadersComplete(http_parser *p)
    {
        UpstreamConnection *c = self(p);
        c->flushHeader();
        c->m_inValue = false;
        if (p->status_code >= 100 && p->status_code < 200)
            return 0; // interim response: wait for the final one
        UpstreamHead &h = c->m_head;
        h.status = int(p->status_code);
        h.httpMinor = p->http_minor;
        const bool noBody = c->m_call->m_request.method == "HEAD" || h.status == 204 || h.status == 304;
        if (noBody)
            h.contentLength = 0;
        else if (!(p->flags & F_CHUNKED) && p->content_length != ULLONG_MAX)
            h.contentLength = qint64(p->content_length);
        c->m_headDelivered = true;
        UpstreamCallPtr call = c->m_call;
        if (call->m_callbacks.onHead)
            call->m_callbacks.onHead(std::move(h));
        if (!c->m_call)
            return 2; // cancelled from the callback: stop parsing
        return noBody ? 1 : 0;
    }

    static int onBody(http_parser *p, const char *at, size_t len)
    {
        UpstreamConnection *c = self(p);
        UpstreamCallPtr call = c->m_call;
        if (call && call->m_callbacks.onBody)
            call->m_callbacks.onBody(QByteArray(at, qsizetype(len)));
        return c->m_call ? 0 : 1;
    }

    static int onMessageComplete(http_parser *p)
    {
        UpstreamConnection *c = self(p);
        if (!c->m_headDelivered)
            return 0; // end of an interim response
        c->m_messageComplete = true;
        UpstreamCallPtr call = std::move(c->m_call);
        call->m_connection = nullptr;
        call->m_finished = true;
        const bool reusable = http_should_keep_alive(p) && c->m_socket->bytesAvailable() == 0;
        c->m_client->release(c, reusable);
        const UpstreamCallbacks callbacks = std::exchange(call->m_callbacks, UpstreamCallbacks()); // as in fail()
        if (callbacks.onDone)
            callbacks.onDone();
        return 0;
    }

    UpstreamClient *m_client;
    QString m_key;
    bool m_tls;
    QTcpSocket *m_socket = nullptr;
    http_parser m_parser{};
    http_parser_settings m_settings{};
    UpstreamCallPtr m_call;
    UpstreamHead m_head;
    QByteArray m_field;
    QByteArray m_value;
    qsizetype m_headerBytes = 0;
    bool m_inValue = false;
    bool m_connected = false;
    bool m_closing = false;
    bool m_receivedAny = false;
    bool m_headDelivered = false;
    bool m_messageComplete = false;
};

UpstreamCall::~UpstreamCall() = default;

void UpstreamCall::cancel()
{
    if (m_finished)
        return;
    m_finished = true;
    m_callbacks = UpstreamCallbacks();
    if (m_connection) {
        UpstreamConnection *c = m_connection;
        m_connection = nullptr;
        c->detach();
    }
}

UpstreamClient::UpstreamClient() = default;

UpstreamClient::~UpstreamClient() = default;

UpstreamClient &UpstreamClient::forCurrentThread()
{
    static QThreadStorage<UpstreamClient *> storage;
    if (!storage.hasLocalData())
        storage.setLocalData(new UpstreamClient);
    return *storage.localData();
}

QString UpstreamClient::poolKey(const UpstreamRequest &r)
{
    return QStringLiteral("%1://%2:%3@%4%5")
        .arg(r.tls ? QLatin1String("https") : QLatin1String("http"), r.host)
        .arg(r.port)
        .arg(r.connectHost, r.insecureSkipVerification ? QLatin1String("!") : QLatin1String(""));
}

UpstreamCallPtr UpstreamClient::send(UpstreamRequest &&request, UpstreamCallbacks &&callbacks)
{
    auto call = std::make_shared<UpstreamCall>();
    call->m_request = std::move(request);
    call->m_callbacks = std::move(callbacks);
    start(call);
    return call;
}

void UpstreamClient::start(const UpstreamCallPtr &call)
{
    const QString key = poolKey(call->m_request);
    QList<UpstreamConnection *> &idle = m_idle[key];
    while (!idle.isEmpty()) {
        UpstreamConnection *c = idle.takeLast();
        if (c->isUsable()) {
            call->m_reusedConnection = true;
            c->begin(call);
            return;
        }
        c->closeAndDelete();
    }
    call->m_reusedConnection = false;
    auto *c = new UpstreamConnection(this, call->m_request);
    c->begin(call);
}

void UpstreamClient::release(UpstreamConnection *connection, bool reusable)
{
    QList<UpstreamConnection *> &idle = m_idle[connection->key()];
    idle.removeAll(connection);
    if (!reusable || !connection->isUsable()) {
        connection->closeAndDelete();
        return;
    }
    idle.append(connection);
    while (idle.size() > maxIdlePerBackend)
        idle.takeFirst()->closeAndDelete();
}

void UpstreamClient::forget(UpstreamConnection *connection)
{
    const auto it = m_idle.find(connection->key());
    if (it != m_idle.end())
        it->removeAll(connection);
}

int UpstreamClient::idleConnectionCount() const
{
    int n = 0;
    for (const auto &list : m_idle)
        n += int(list.size());
    return n;
}

} // namespace gw::upstream
