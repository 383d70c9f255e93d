// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpproxystep.h"

#include "engine/compiledgateway.h"
#include "pipeline/exchange.h"
#include "pipeline/parametersources.h"
#include "steps/httpproxy/upstreamtarget.h"
#include "upstream/upstreamclient.h"

#include <QTimer>
#include <QUrl>

namespace gw {

namespace {

bool isHopByHop(QByteArrayView name)
{
    static const char *const names[] = {"connection", "keep-alive", "proxy-connection", "te", "trailer",
                                        "transfer-encoding", "upgrade", "expect", "host", "content-length"};
    for (const char *n : names) {
        if (http::HttpHeaders::nameEquals(name, n))
            return true;
    }
    return false;
}

/// Percent-encodes a decoded path value; greedy values keep their '/' separators.
QString encodePathValue(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value, "/!$&'()*+,;=:@~"));
}

struct ProxyState
{
    upstream::UpstreamCallPtr call;
    std::unique_ptr<QTimer> timer;
    qint64 sentUs = 0;
    bool headSeen = false;
    bool over = false;
    QString target; ///< for notes: "GET http://host/path"
};

} // namespace

Outcome HttpProxyStep::onRequest(Exchange &ex)
{
    const HttpProxyConfig &cfg = *m_config;
    const http::HttpRequest &req = ex.request();

    // 1. The URI: stage variables, then path parameters.
    QString uri = cfg.uri;
    if (uri.contains(QLatin1String("${stageVariables."))) {
        static const QRegularExpression stageVar(QStringLiteral("\\$\\{stageVariables\\.([A-Za-z0-9_.:/-]+)\\}"));
        QString out;
        qsizetype last = 0;
        for (auto it = stageVar.globalMatch(uri); it.hasNext();) {
            const auto m = it.next();
            out += QStringView(uri).mid(last, m.capturedStart() - last);
            out += ex.stage() ? ex.stage()->variable(m.captured(1)) : QString();
            last = m.capturedEnd();
        }
        out += QStringView(uri).mid(last);
        uri = out;
    }
    QStringList unsupported;
    static const QRegularExpression pathVar(QStringLiteral("\\{([A-Za-z0-9_.-]+)\\+?\\}"));
    if (uri.contains(QLatin1Char('{'))) {
        QString out;
        qsizetype last = 0;
        for (auto it = pathVar.globalMatch(uri); it.hasNext();) {
            const auto m = it.next();
            const QString name = m.captured(1);
            const QString mapped = model::valueOf(cfg.requestParameters, QString(QLatin1String("integration.request.path.") + name));
            std::optional<QString> value;
            if (!mapped.isEmpty())
                value = resolveParameterSource(ex, mapped);
            if (!value)
                value = ex.routeMatch().parameter(name);
            out += QStringView(uri).mid(last, m.capturedStart() - last);
            out += encodePathValue(*value);
            last = m.capturedEnd();
        }
        out += QStringView(uri).mid(last);
        uri = out;
    }
    std::optional<UpstreamTarget> target = upstreamTarget(ex, uri, cfg.httpMethod, cfg.insecureSkipVerification);
    if (!target)
        return Outcome::Respond;
    const QUrl &url = target->url;
    const QString scheme = url.scheme().toLower();
    upstream::UpstreamRequest up = std::move(target->request);

    // 2. Path and query.
    QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    if (cfg.appendRequestPath) {
        QByteArray extra = ex.stagePath().toUtf8();
        if (path.endsWith('/') && extra.startsWith('/'))
            path.chop(1);
        path += extra;
    }
    if (path.isEmpty())
        path = "/";
    QByteArray query = url.query(QUrl::FullyEncoded).toUtf8();
    if (!req.query.isEmpty()) {
        if (!query.isEmpty())
            query += '&';
        query += req.query;
    }

    // 3. Headers: the client's, without hop-by-hop ones, plus mapped ones and AWS's own.
    up.headers.reserve(req.headers.size() + 4);
    for (const auto &f : req.headers.fields()) {
        if (!isHopByHop(f.name))
            up.headers.append(f.name, f.value);
    }
    for (const auto &[target, source] : cfg.restApi ? cfg.requestParameters : model::StringPairs()) {
        if (target.startsWith(QLatin1String("integration.request.header."))) {
            if (const std::optional<QString> value = resolveParameterSource(ex, source)) {
                if (!value->isNull())
                    up.headers.set(target.mid(27).toLatin1(), value->toUtf8());
            } else {
                unsupported.append(QStringLiteral("%1 = %2").arg(target, source));
            }
        } else if (target.startsWith(QLatin1String("integration.request.querystring."))) {
            if (const std::optional<QString> value = resolveParameterSource(ex, source)) {
                if (!value->isNull()) {
                    if (!query.isEmpty())
                        query += '&';
                    query += QUrl::toPercentEncoding(target.mid(32)) + '=' + QUrl::toPercentEncoding(*value);
                }
            } else {
                unsupported.append(QStringLiteral("%1 = %2").arg(target, source));
            }
        } else if (!target.startsWith(QLatin1String("integration.request.path."))) {
            unsupported.append(QStringLiteral("%1 = %2").arg(target, source));
        }
    }
    for (const QString &u : std::as_const(unsupported))
        ex.explain(QStringLiteral("Request parameter mapping not applied (not emulated yet): %1").arg(u));
    if (cfg.restApi) {
        up.headers.append(QByteArrayLiteral("X-Amzn-Apigateway-Api-Id"), ex.api()->id.toUtf8());
    } else {
        QByteArray forwarded = req.headers.value("x-forwarded-for");
        const QByteArray peer = req.peerAddress.toString().toLatin1();
        forwarded = forwarded.isEmpty() ? peer : forwarded + ", " + peer;
        up.headers.set(QByteArrayLiteral("X-Forwarded-For"), forwarded);
        up.headers.set(QByteArrayLiteral("X-Forwarded-Port"), QByteArray::number(req.localPort));
        up.headers.set(QByteArrayLiteral("X-Forwarded-Proto"), QByteArrayLiteral("http"));
    }
    if (!req.headers.contains("x-amzn-trace-id"))
        up.headers.append(QByteArrayLiteral("X-Amzn-Trace-Id"), traceId(ex.startEpochMs()));
    if (!cfg.restApi)
        applyHttpApiRequestMapping(ex, cfg.httpApiMapping.request, up.headers, query, path);
    up.target = query.isEmpty() ? path : path + '?' + query;
    up.body = req.body;

    // 4. Send, with the integration timeout.
    auto state = std::make_shared<ProxyState>();
    state->target = QStringLiteral("%1 %2://%3%4").arg(QString::fromLatin1(up.method), scheme, url.authority(),
                                                          QString::fromUtf8(up.target));
    state->sentUs = ex.clock().nowUs();
    const ExchangePtr exchange = ex.shared_from_this();
    const bool rest = cfg.restApi;

    auto finishWithError = [state, exchange](GatewayResponse type, const QString &detail, const QString &note) {
        if (state->over)
            return;
        state->over = true;
        state->timer.reset();
        if (state->headSeen) {
            exchange->abortStream(detail);
            return;
        }
        exchange->respond(type, detail, note);
        exchange->resume(Outcome::Respond);
    };

    upstream::UpstreamCallbacks cb;
    const std::shared_ptr<const HttpProxyConfig> config = m_config;
    cb.onHead = [state, exchange, rest, config](upstream::UpstreamHead &&head) {
        if (state->over)
            return;
        state->headSeen = true;
        const qint64 latency = exchange->clock().nowUs() - state->sentUs;
        exchange->setIntegrationResult(head.status, latency);
        Exchange::Response &resp = exchange->response();
        resp = Exchange::Response();
        resp.status = head.status;
        resp.streaming = true;
        resp.contentLength = head.contentLength;
        for (const auto &f : head.headers.fields()) {
            const QByteArrayView n = f.name;
            if (http::HttpHeaders::nameEquals(n, "transfer-encoding") || http::HttpHeaders::nameEquals(n, "keep-alive"))
                continue;
            if (http::HttpHeaders::nameEquals(n, "connection") || http::HttpHeaders::nameEquals(n, "content-length")
                || http::HttpHeaders::nameEquals(n, "date") || http::HttpHeaders::nameEquals(n, "server")) {
                // AWS keeps the backend's values under x-amzn-Remapped-*, with the usual capitalisation.
                QByteArray canonical = f.name.toLower();
                bool upper = true;
                for (char &c : canonical) {
                    if (upper && c >= 'a' && c <= 'z')
                        c = char(c - 32);
                    upper = c == '-';
                }
                resp.headers.append(QByteArrayLiteral("x-amzn-Remapped-") + canonical, f.value);
                continue;
            }
            resp.headers.append(f.name, f.value);
        }
        Q_UNUSED(rest);
        if (!config->restApi && !config->httpApiMapping.responses.isEmpty())
            applyHttpApiResponseMapping(*exchange, config->httpApiMapping, head.status, nullptr);
        exchange->setDetail(QStringLiteral("integration.http_proxy"),
                            QStringLiteral("%1 → %2").arg(state->target).arg(head.status));
        exchange->resume(Outcome::Continue);
    };
    cb.onBody = [state, exchange](const QByteArray &chunk) {
        if (!state->over)
            exchange->streamBody(chunk);
    };
    cb.onDone = [state, exchange] {
        if (state->over)
            return;
        state->over = true;
        state->timer.reset();
        exchange->endStream();
    };
    cb.onError = [state, exchange, finishWithError, rest](upstream::UpstreamError error, const QString &message) {
        if (state->over)
            return;
        if (!state->headSeen) {
            exchange->setIntegrationResult(0, exchange->clock().nowUs() - state->sentUs);
            exchange->explain(QStringLiteral("The backend could not be reached: %1 (%2). API Gateway logs this as "
                                             "\"Execution failed due to configuration error: Invalid endpoint address\".")
                                  .arg(message, state->target));
        }
        finishWithError(rest ? GatewayResponse::ApiConfigurationError : GatewayResponse::IntegrationFailure,
                        state->headSeen ? QStringLiteral("integration.body_interrupted")
                                        : QStringLiteral("integration.unreachable"),
                        upstream::upstreamErrorName(error));
    };

    state->timer = std::make_unique<QTimer>();
    state->timer->setSingleShot(true);
    const int timeoutMs = cfg.timeoutMs;
    QObject::connect(state->timer.get(), &QTimer::timeout, [state, exchange, finishWithError, timeoutMs] {
        if (state->over)
            return;
        if (state->call)
            state->call->cancel();
        if (!state->headSeen) {
            exchange->setIntegrationResult(0, exchange->clock().nowUs() - state->sentUs);
            exchange->explain(QStringLiteral("The backend did not answer within the integration timeout of %1 ms "
                                             "(timeoutInMillis) (%2).")
                                  .arg(timeoutMs)
                                  .arg(state->target));
        }
        finishWithError(GatewayResponse::IntegrationTimeout, QStringLiteral("integration.timeout"),
                        QStringLiteral("no answer within %1 ms").arg(timeoutMs));
    });
    ex.setCancelHandler([state] {
        state->over = true;
        state->timer.reset();
        if (state->call)
            state->call->cancel();
    });
    ex.setDetail(QStringLiteral("integration.http_proxy"), state->target);
    state->timer->start(timeoutMs);
    state->call = upstream::UpstreamClient::forCurrentThread().send(std::move(up), std::move(cb));
    return Outcome::Pending;
}

} // namespace gw
