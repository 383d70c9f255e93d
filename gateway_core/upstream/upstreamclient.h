// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httpheaders.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace gw::upstream {

/// A request to a backend, already resolved to a connection target.
struct UpstreamRequest
{
    bool tls = false;
    QString host;             ///< for the Host header and TLS peer verification
    quint16 port = 80;
    QString connectHost;      ///< where to connect when not `host` (e.g. 127.0.0.1 for *.localhost); empty: host
    QByteArray method;
    QByteArray target;        ///< origin-form: "/path?query", percent-encoded
    http::HttpHeaders headers; ///< sent as given; Host, Content-Length and Connection are added by the client
    QByteArray body;
    bool insecureSkipVerification = false; ///< tlsConfig.insecureSkipVerification
};

struct UpstreamHead
{
    int status = 0;
    QByteArray reason;
    http::HttpHeaders headers;  ///< as received, including framing headers
    qint64 contentLength = -1;  ///< -1 when the length is not known in advance
    int httpMinor = 1;
};

enum class UpstreamError {
    HostNotFound,     ///< DNS lookup failed
    ConnectFailed,    ///< refused or unreachable
    TlsFailed,        ///< handshake or certificate error
    ConnectionClosed, ///< the backend closed the connection before the response was complete
    ProtocolError,    ///< the backend's bytes are not HTTP
};
QString upstreamErrorName(UpstreamError error); ///< "connect_failed", ...

struct UpstreamCallbacks
{
    std::function<void(UpstreamHead &&head)> onHead;
    std::function<void(const QByteArray &chunk)> onBody;
    std::function<void()> onDone;
    std::function<void(UpstreamError error, const QString &message)> onError;
};

class UpstreamConnection;

/// One request in flight. Callbacks run on the thread that sent it; after onDone or onError nothing more is
/// called. cancel() stops everything (no callback runs afterwards) and closes the connection.
class UpstreamCall
{
public:
    ~UpstreamCall();
    void cancel();
    bool isFinished() const { return m_finished; }

private:
    friend class UpstreamClient;
    friend class UpstreamConnection;
    UpstreamRequest m_request;
    UpstreamCallbacks m_callbacks;
    UpstreamConnection *m_connection = nullptr;
    bool m_finished = false;
    bool m_reusedConnection = false;
    bool m_retried = false;
};

using UpstreamCallPtr = std::shared_ptr<UpstreamCall>;

/// An HTTP/1.1 client for proxying: exact headers both ways, no redirects, no decompression, no cookies, streaming
/// bodies, keep-alive connections pooled per backend. One instance per thread (forCurrentThread()); it must only be
/// used from that thread.
class UpstreamClient final : public QObject
{
    Q_OBJECT
public:
    static UpstreamClient &forCurrentThread();
    ~UpstreamClient() override;

    UpstreamCallPtr send(UpstreamRequest &&request, UpstreamCallbacks &&callbacks);

    int idleConnectionCount() const;

private:
    friend class UpstreamConnection;
    UpstreamClient();
    void start(const UpstreamCallPtr &call);
    void release(UpstreamConnection *connection, bool reusable);
    void forget(UpstreamConnection *connection); ///< out of the idle pool (it is closing)
    static QString poolKey(const UpstreamRequest &r);

    QHash<QString, QList<UpstreamConnection *>> m_idle;
};

} // namespace gw::upstream
