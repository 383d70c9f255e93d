// SPDX-License-Identifier: GPL-3.0-or-later
#include "testbackend.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace gw::test {

class BackendConnection final : public QObject
{
public:
    BackendConnection(TestBackend *backend, QTcpSocket *socket)
        : m_backend(backend)
        , m_socket(socket)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, &BackendConnection::onRead);
        connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    }

private:
    void onRead()
    {
        m_buffer += m_socket->readAll();
        while (true) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = m_buffer.left(end).split('\n');
            qint64 length = 0;
            QJsonArray headers;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines[i].trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = line.left(colon).trimmed();
                const QByteArray value = line.mid(colon + 1).trimmed();
                headers.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(value)});
                if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                    length = value.toLongLong();
            }
            if (m_buffer.size() < end + 4 + length)
                return;
            const QList<QByteArray> requestLine = lines[0].trimmed().split(' ');
            const QByteArray body = m_buffer.mid(end + 4, length);
            m_buffer.remove(0, end + 4 + length);
            const QByteArray method = requestLine.value(0);
            const QByteArray target = requestLine.value(1);
            m_backend->record(method + ' ' + target);
            answer(method, target, headers, body);
        }
    }

    void send(int status, const QByteArray &body, const QByteArray &extraHeaders = {})
    {
        m_socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n"
                        "Content-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body);
    }

    void echo(const QByteArray &method, const QByteArray &target, const QJsonArray &headers, const QByteArray &body)
    {
        const qsizetype q = target.indexOf('?');
        const QJsonObject o{{QStringLiteral("method"), QString::fromLatin1(method)},
                            {QStringLiteral("path"), QString::fromUtf8(q < 0 ? target : target.left(q))},
                            {QStringLiteral("query"), QString::fromUtf8(q < 0 ? QByteArray() : target.mid(q + 1))},
                            {QStringLiteral("headers"), headers},
                            {QStringLiteral("body"), QString::fromUtf8(body)}};
        send(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    void answer(const QByteArray &method, const QByteArray &target, const QJsonArray &headers, const QByteArray &body)
    {
        QByteArray path = target;
        if (const qsizetype q = path.indexOf('?'); q >= 0)
            path.truncate(q);
        if (path.startsWith("/status/")) {
            send(path.mid(8).toInt(), "{\"status\":" + path.mid(8) + "}");
        } else if (path.startsWith("/bytes/")) {
            send(200, QByteArray(path.mid(7).toLongLong(), 'x'));
        } else if (path.startsWith("/slow/")) {
            QTimer::singleShot(path.mid(6).toInt(), this, [this, method, target, headers, body] {
                if (m_socket->state() == QAbstractSocket::ConnectedState)
                    echo(method, target, headers, body);
            });
        } else if (path == "/hang") {
        } else if (path == "/close") {
            m_socket->disconnectFromHost();
        } else if (path == "/chunked") {
            m_socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
                            "5\r\nhello\r\n1\r\n \r\n5\r\nworld\r\n0\r\n\r\n");
        } else if (path == "/headers") {
            send(200, "{}", "Server: test-backend/1.0\r\nDate: Mon, 01 Jan 2024 00:00:00 GMT\r\nX-Backend: yes\r\n"
                            "Set-Cookie: a=1\r\nSet-Cookie: b=2\r\n");
        } else if (path == "/cors-headers") {
            send(200, "{}", "Access-Control-Allow-Origin: http://backend.example\r\nAccess-Control-Allow-Methods: GET\r\n");
        } else if (path == "/garbage") {
            m_socket->write("this is not http\r\n\r\n");
            m_socket->disconnectFromHost();
        } else if (path == "/twice") {
            // Two complete answers to one request, in one write.
            send(200, "{\"first\":true}");
            send(200, "{\"second\":true}");
        } else if (path == "/late-garbage") {
            // A complete keep-alive answer, then bytes that are not HTTP on the idle connection.
            echo(method, target, headers, body);
            QTimer::singleShot(50, this, [this] {
                if (m_socket->state() == QAbstractSocket::ConnectedState)
                    m_socket->write("unasked-for bytes\r\n");
            });
        } else {
            echo(method, target, headers, body);
        }
    }

    TestBackend *m_backend;
    QTcpSocket *m_socket;
    QByteArray m_buffer;
};

TestBackend::TestBackend() = default;

TestBackend::~TestBackend()
{
    quit();
    wait();
}

quint16 TestBackend::start()
{
    QThread::start();
    while (m_port.load() == 0)
        QThread::msleep(1);
    return m_port.load();
}

void TestBackend::record(const QByteArray &line)
{
    QMutexLocker lock(&m_mutex);
    m_requests.append(line);
    ++m_count;
}

QList<QByteArray> TestBackend::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

void TestBackend::run()
{
    QTcpServer server;
    QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
        while (QTcpSocket *s = server.nextPendingConnection()) {
            s->setParent(nullptr);
            new BackendConnection(this, s);
        }
    });
    server.listen(QHostAddress::LocalHost, 0);
    m_port.store(server.serverPort());
    exec();
}

} // namespace gw::test
