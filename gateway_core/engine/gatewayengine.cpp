// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatewayengine.h"

#include "common/clock.h"
#include "lambda/lambdaservice.h"
#include "pipeline/exchange.h"
#include "routing/pathtemplate.h"
#include "steps/cache/stagecache.h"
#include "traffic/trafficstate.h"
#include "websocket/wsservice.h"

namespace gw {

namespace {

const QLatin1String hostSuffix(".execute-api.localhost");

struct Endpoint
{
    QString apiId;     ///< empty when none was addressed
    QString apiPath;   ///< encoded path relative to the API ("/prod/pets")
    QString form;      ///< "host", "path", "plain" or "none"
    QString host;
};

Endpoint resolveEndpoint(const http::HttpRequest &req, const CompiledGateway &gateway)
{
    Endpoint e;
    QByteArray host = req.headers.value("host");
    if (host.startsWith('[')) {
        const qsizetype end = host.indexOf(']');
        host = end > 0 ? host.left(end + 1) : host;
    } else if (const qsizetype colon = host.lastIndexOf(':'); colon >= 0) {
        host = host.left(colon);
    }
    e.host = QString::fromLatin1(host).toLower();
    const QString path = QString::fromUtf8(req.path.isEmpty() ? QByteArrayLiteral("/") : req.path);
    if (e.host.endsWith(hostSuffix) && e.host.size() > hostSuffix.size()) {
        e.apiId = e.host.left(e.host.size() - hostSuffix.size());
        e.apiPath = path;
        e.form = QStringLiteral("host");
        return e;
    }
    if (path.startsWith(QLatin1String("/restapis/"))) {
        // /restapis/{apiId}/{stage}/_user_request_/{path}
        const QStringView rest = QStringView(path).mid(10);
        const qsizetype a = rest.indexOf(QLatin1Char('/'));
        if (a > 0) {
            const QStringView afterApi = rest.mid(a + 1);
            const qsizetype s = afterApi.indexOf(QLatin1Char('/'));
            static const QLatin1String marker("/_user_request_");
            if (s > 0 && afterApi.mid(s).startsWith(marker)) {
                e.apiId = rest.left(a).toString();
                const QStringView stage = afterApi.left(s);
                QStringView tail = afterApi.mid(s + marker.size());
                // A $default stage has no path prefix: its routes see the path as it is.
                if (stage == QLatin1String("$default"))
                    e.apiPath = tail.isEmpty() ? QStringLiteral("/") : tail.toString();
                else
                    e.apiPath = QLatin1Char('/') + stage.toString() + (tail.isEmpty() ? QStringLiteral("/") : tail.toString());
                e.form = QStringLiteral("path");
                return e;
            }
        }
    }
    if (gateway.apis.size() == 1) {
        e.apiId = gateway.apis.front()->id;
        e.apiPath = path;
        e.form = QStringLiteral("plain");
        return e;
    }
    e.form = QStringLiteral("none");
    e.apiPath = path;
    return e;
}

} // namespace

GatewayEngine::GatewayEngine(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : SystemClock::instance())
    , m_lambda(std::make_unique<lambda::LambdaService>(m_clock, lambda::LambdaService::defaultRuntimeDir()))
    , m_traffic(std::make_unique<TrafficState>())
    , m_websocket(std::make_unique<websocket::WebSocketService>(m_clock, m_lambda.get(), &m_records,
                                                                [this] { return ++m_sequence; }))
{
    m_gateway.store(std::make_shared<const CompiledGateway>());
}

GatewayEngine::~GatewayEngine()
{
    stop();
}

void GatewayEngine::setLimits(const http::ServerLimits &limits)
{
    m_limits = limits;
}

void GatewayEngine::setWorkerCount(int workers)
{
    m_workers = workers;
}

bool GatewayEngine::start(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server)
        return true;
    std::unique_ptr<http::HttpServer> server(new http::HttpServer(static_cast<http::RequestHandler *>(this), m_clock));
    server->setLimits(m_limits);
    if (m_workers > 0)
        server->setWorkerCount(m_workers);
    if (!server->listen(address, port)) {
        if (error)
            *error = server->errorString();
        return false;
    }
    m_server = std::move(server);
    return true;
}

void GatewayEngine::stop()
{
    if (!m_server)
        return;
    m_server->stop();
    m_server.reset();
    m_records.flush();
}

bool GatewayEngine::isRunning() const
{
    return m_server != nullptr;
}

quint16 GatewayEngine::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QHostAddress GatewayEngine::address() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

http::ServerStats GatewayEngine::serverStats() const
{
    return m_server ? m_server->stats() : http::ServerStats();
}

void GatewayEngine::deploy(std::shared_ptr<const CompiledGateway> gateway)
{
    if (gateway)
        m_lambda->setFunctions(gateway->functions, gateway->baseDir);
    m_gateway.store(gateway ? std::move(gateway) : std::make_shared<const CompiledGateway>());
}

std::shared_ptr<const CompiledGateway> GatewayEngine::deployed() const
{
    return m_gateway.load();
}

QString GatewayEngine::invokeUrl(const QString &apiId, const QString &stage) const
{
    QString url = QStringLiteral("http://%1%2:%3").arg(apiId, hostSuffix).arg(port());
    if (stage != QLatin1String("$default"))
        url += QLatin1Char('/') + stage;
    return url;
}

void GatewayEngine::handleRequest(http::HttpRequest &&request, const http::ResponseStreamPtr &response)
{
    std::shared_ptr<const CompiledGateway> gateway = m_gateway.load();
    const Endpoint endpoint = resolveEndpoint(request, *gateway);
    if (std::shared_ptr<const CompiledApi> api = gateway->apiShared(endpoint.apiId);
        api && api->protocol == model::Protocol::WebSocket) {
        m_websocket->handle(std::move(request), response, api, endpoint.apiPath, endpoint.form, endpoint.host);
        return;
    }
    Exchange::Setup setup;
    setup.api = gateway->apiShared(endpoint.apiId);
    setup.apiPath = endpoint.apiPath;
    setup.endpoint = endpoint.form;
    setup.host = endpoint.host;
    setup.request = std::move(request);
    setup.stream = response;
    setup.clock = m_clock;
    setup.gateway = std::move(gateway);
    setup.sequence = ++m_sequence;
    setup.lambda = m_lambda.get();
    setup.traffic = m_traffic.get();
    setup.serverTiming = m_serverTiming.load(std::memory_order_relaxed);
    // Records are built only for someone: the UI, a trace or an access log.
    if (m_records.hasSinks())
        setup.publish = [this](ExchangeRecordPtr record) { m_records.publish(std::move(record)); };
    const bool unknown = !setup.api;
    const QString apiId = endpoint.apiId;
    const QString form = endpoint.form;
    QStringList known;
    if (unknown) {
        for (const auto &api : setup.gateway->apis)
            known.append(api->id);
    }
    const ExchangePtr exchange = Exchange::create(std::move(setup));
    if (unknown) {
        if (form == QLatin1String("none"))
            exchange->explain(QStringLiteral("The request names no API. With several APIs deployed, address one as "
                                             "http://{apiId}.execute-api.localhost:%1/{stage}/... or "
                                             "/restapis/{apiId}/{stage}/_user_request_/... (APIs: %2).")
                                  .arg(port())
                                  .arg(known.join(QLatin1String(", "))));
        else
            exchange->explain(QStringLiteral("No API with the id \"%1\" is deployed (APIs: %2).")
                                  .arg(apiId, known.isEmpty() ? QStringLiteral("none") : known.join(QLatin1String(", "))));
    }
    exchange->start();
}

void GatewayEngine::requestRejected(const http::RejectedRequest &rejected)
{
    if (!m_records.hasSinks())
        return;
    auto r = std::make_shared<ExchangeRecord>();
    r->sequence = ++m_sequence;
    r->startEpochMs = m_clock->epochMs() - (m_clock->nowUs() - rejected.firstByteUs) / 1000;
    r->totalUs = rejected.rejectedUs - rejected.firstByteUs;
    r->method = QString::fromLatin1(rejected.method);
    r->path = QString::fromUtf8(rejected.target);
    r->sourceIp = rejected.peerAddress.toString();
    r->sourcePort = rejected.peerPort;
    r->status = rejected.status;
    r->stoppedAtStep = QStringLiteral("http");
    switch (rejected.reason) {
    case http::RejectReason::MalformedRequest:
        r->stoppedAt = QStringLiteral("http.malformed_request");
        r->explanation.append(QStringLiteral("The bytes received are not a valid HTTP/1.1 request (%1); the connection "
                                             "was closed.")
                                  .arg(QString::fromLatin1(rejected.detail)));
        break;
    case http::RejectReason::HeadersTooLarge:
        r->stoppedAt = QStringLiteral("http.headers_too_large");
        r->explanation.append(QStringLiteral("The request line and headers are over API Gateway's 10,240-byte limit; "
                                             "the connection was closed."));
        break;
    case http::RejectReason::UriTooLong:
        r->stoppedAt = QStringLiteral("http.uri_too_long");
        r->explanation.append(QStringLiteral("The URL is over API Gateway's 10,240-byte limit."));
        break;
    case http::RejectReason::HeaderTimeout:
        r->stoppedAt = QStringLiteral("http.header_timeout");
        r->explanation.append(QStringLiteral("The client did not finish sending its headers in time (a slow or stalled "
                                             "client); the connection was closed."));
        break;
    case http::RejectReason::BodyTimeout:
        r->stoppedAt = QStringLiteral("http.body_timeout");
        r->explanation.append(QStringLiteral("The request body stopped arriving; the connection was closed."));
        break;
    case http::RejectReason::TooManyConnections:
        r->stoppedAt = QStringLiteral("http.too_many_connections");
        r->explanation.append(QStringLiteral("The gateway's connection limit was reached; the connection was refused."));
        break;
    }
    r->requestBodySize = rejected.bytesReceived;
    m_records.publish(std::move(r));
}

std::shared_ptr<StageCache> GatewayEngine::stageCache(const QString &apiId, const QString &stage) const
{
    const std::shared_ptr<const CompiledGateway> gateway = deployed();
    const CompiledApi *api = gateway ? gateway->api(apiId) : nullptr;
    const CompiledStage *s = api ? api->stage(stage) : nullptr;
    return s ? s->cache : nullptr;
}

bool GatewayEngine::flushStageCache(const QString &apiId, const QString &stage, int *dropped)
{
    const std::shared_ptr<StageCache> cache = stageCache(apiId, stage);
    if (!cache)
        return false;
    const int count = cache->flush();
    if (dropped)
        *dropped = count;
    return true;
}

} // namespace gw
