// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpintegrationstep.h"

#include "engine/compiledgateway.h"
#include "pipeline/exchange.h"
#include "steps/httpproxy/upstreamtarget.h"
#include "upstream/upstreamclient.h"

#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

namespace gw {

namespace {

/// API Gateway's payload limit: a larger integration response fails the request.
constexpr qsizetype kMaxResponseBytes = 10 * 1024 * 1024;

struct CallState
{
    upstream::UpstreamCallPtr call;
    std::unique_ptr<QTimer> timer;
    qint64 sentUs = 0;
    bool over = false;
    upstream::UpstreamHead head;
    QByteArray body;
    QString target;
    vtl::Overrides overrides;
};

} // namespace

Outcome HttpIntegrationStep::onRequest(Exchange &ex)
{
    const HttpIntegrationConfig &cfg = *m_config;
    const http::HttpRequest &req = ex.request();

    // 1. Integration request: body (template or passthrough), then parameters, then the template's overrides.
    std::optional<MappedRequest> mapped = mapRequestBody(ex, cfg.request);
    if (!mapped)
        return Outcome::Respond;
    MappedParameters params = mapRequestParameters(ex, cfg.request.requestParameters);
    for (const auto &[name, value] : std::as_const(mapped->overrides.requestHeaders))
        params.headers.set(name.toLatin1(), value.toUtf8());
    for (const auto &[name, value] : std::as_const(mapped->overrides.requestQuerystring)) {
        const QString &key = name; // clang before 16 cannot capture a structured binding
        params.querystring.removeIf([&key](const QPair<QString, QString> &p) { return p.first == key; });
        params.querystring.append({name, value});
    }
    for (const auto &[name, value] : std::as_const(mapped->overrides.requestPath))
        params.path.insert(name, value);

    // 2. The URI: stage variables, then {name} from integration.request.path.name (or the route's parameter).
    QString uri = cfg.uri;
    static const QRegularExpression stageVar(QStringLiteral("\\$\\{stageVariables\\.([A-Za-z0-9_.:/-]+)\\}"));
    static const QRegularExpression pathVar(QStringLiteral("\\{([A-Za-z0-9_.-]+)\\+?\\}"));
    const auto substitute = [&uri](const QRegularExpression &rx, const std::function<QString(const QString &)> &value) {
        QString out;
        qsizetype last = 0;
        for (auto it = rx.globalMatch(uri); it.hasNext();) {
            const auto m = it.next();
            out += QStringView(uri).mid(last, m.capturedStart() - last);
            out += value(m.captured(1));
            last = m.capturedEnd();
        }
        out += QStringView(uri).mid(last);
        uri = out;
    };
    substitute(stageVar, [&ex](const QString &name) { return ex.stage() ? ex.stage()->variable(name) : QString(); });
    substitute(pathVar, [&ex, &params](const QString &name) {
        const QString value = params.path.contains(name) ? params.path.value(name) : ex.routeMatch().parameter(name);
        return QString::fromLatin1(QUrl::toPercentEncoding(value, "/!$&'()*+,;=:@~"));
    });
    std::optional<UpstreamTarget> target = upstreamTarget(ex, uri, cfg.httpMethod, cfg.insecureSkipVerification);
    if (!target)
        return Outcome::Respond;
    const QUrl &url = target->url;
    const QString scheme = url.scheme().toLower();
    upstream::UpstreamRequest up = std::move(target->request);

    // 3. Path and query: the URI's own query, then mapped query string parameters. The client's query string is not
    // passed on (non-proxy integrations send only what is mapped).
    QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    if (path.isEmpty())
        path = "/";
    QByteArray query = url.query(QUrl::FullyEncoded).toUtf8();
    for (const auto &[name, value] : std::as_const(params.querystring)) {
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    up.target = query.isEmpty() ? path : path + '?' + query;

    // 4. Headers, as recorded on AWS: Accept application/json, API Gateway's User-Agent, the API id and trace id;
    // then the mapped ones (which may replace Accept and User-Agent).
    const QByteArray apiId = ex.api() ? ex.api()->id.toUtf8() : QByteArray();
    up.headers.append(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    up.headers.append(QByteArrayLiteral("User-Agent"), QByteArrayLiteral("AmazonAPIGateway_") + apiId);
    up.headers.append(QByteArrayLiteral("X-Amzn-Apigateway-Api-Id"), apiId);
    const QByteArray clientTrace = req.headers.value("x-amzn-trace-id");
    up.headers.append(QByteArrayLiteral("X-Amzn-Trace-Id"), clientTrace.isEmpty() ? traceId(ex.startEpochMs()) : clientTrace);
    if (!mapped->body.isEmpty() && !mapped->contentType.isEmpty())
        up.headers.set(QByteArrayLiteral("Content-Type"), mapped->contentType);
    for (const auto &f : params.headers.fields())
        up.headers.set(f.name, f.value);
    up.body = mapped->body;

    // 5. Send; buffer the whole response, then map it.
    auto state = std::make_shared<CallState>();
    state->overrides = mapped->overrides;
    state->target = QStringLiteral("%1 %2://%3%4").arg(QString::fromLatin1(up.method), scheme, url.authority(),
                                                          QString::fromUtf8(up.target));
    state->sentUs = ex.clock().nowUs();
    const ExchangePtr exchange = ex.shared_from_this();
    const std::shared_ptr<const HttpIntegrationConfig> config = m_config;

    auto fail = [state, exchange](GatewayResponse type, const QString &detail, const QString &note) {
        if (state->over)
            return;
        state->over = true;
        state->timer.reset();
        if (state->call)
            state->call->cancel();
        exchange->respond(type, detail, note);
        exchange->resume(Outcome::Respond);
    };

    upstream::UpstreamCallbacks cb;
    cb.onHead = [state](upstream::UpstreamHead &&head) {
        if (!state->over)
            state->head = std::move(head);
    };
    cb.onBody = [state, exchange, fail](const QByteArray &chunk) {
        if (state->over)
            return;
        if (state->body.size() + chunk.size() > kMaxResponseBytes) {
            exchange->explain(QStringLiteral("The backend's response body is over API Gateway's 10 MB payload limit (%1).")
                                  .arg(state->target));
            fail(GatewayResponse::ApiConfigurationError, QStringLiteral("integration.response_too_large"),
                 QStringLiteral("over 10 MB"));
            return;
        }
        state->body += chunk;
    };
    cb.onDone = [state, exchange, config] {
        if (state->over)
            return;
        state->over = true;
        state->timer.reset();
        exchange->setIntegrationResult(state->head.status, exchange->clock().nowUs() - state->sentUs);
        EndpointResponse endpoint;
        endpoint.status = state->head.status;
        endpoint.headers = state->head.headers;
        endpoint.body = state->body;
        endpoint.selector = QString::number(state->head.status);
        endpoint.selectorKind = QStringLiteral("status code");
        const Outcome outcome = applyIntegrationResponse(*exchange, config->responses, config->request.binaryMediaTypes,
                                                         endpoint, state->overrides);
        if (outcome == Outcome::Continue)
            exchange->setDetail(QStringLiteral("integration.http"),
                                QStringLiteral("%1 → %2, answered %3")
                                    .arg(state->target)
                                    .arg(state->head.status)
                                    .arg(exchange->response().status));
        exchange->resume(outcome);
    };
    cb.onError = [state, exchange, fail](upstream::UpstreamError error, const QString &message) {
        if (state->over)
            return;
        exchange->setIntegrationResult(0, exchange->clock().nowUs() - state->sentUs);
        exchange->explain(QStringLiteral("The backend could not be reached: %1 (%2). API Gateway logs this as "
                                         "\"Execution failed due to configuration error: Invalid endpoint address\".")
                              .arg(message, state->target));
        fail(GatewayResponse::ApiConfigurationError, QStringLiteral("integration.unreachable"),
             upstream::upstreamErrorName(error));
    };

    state->timer = std::make_unique<QTimer>();
    state->timer->setSingleShot(true);
    const int timeoutMs = cfg.timeoutMs;
    QObject::connect(state->timer.get(), &QTimer::timeout, [state, exchange, fail, timeoutMs] {
        if (state->over)
            return;
        exchange->setIntegrationResult(0, exchange->clock().nowUs() - state->sentUs);
        exchange->explain(QStringLiteral("The backend did not answer within the integration timeout of %1 ms "
                                         "(timeoutInMillis) (%2).")
                              .arg(timeoutMs)
                              .arg(state->target));
        fail(GatewayResponse::IntegrationTimeout, QStringLiteral("integration.timeout"),
             QStringLiteral("no answer within %1 ms").arg(timeoutMs));
    });
    ex.setCancelHandler([state] {
        state->over = true;
        state->timer.reset();
        if (state->call)
            state->call->cancel();
    });
    ex.setDetail(QStringLiteral("integration.http"), state->target);
    state->timer->start(timeoutMs);
    state->call = upstream::UpstreamClient::forCurrentThread().send(std::move(up), std::move(cb));
    return Outcome::Pending;
}

} // namespace gw
