// SPDX-License-Identifier: GPL-3.0-or-later
#include "wshttpintegration.h"

#include "common/clock.h"
#include "io/websocketdefinition.h"
#include "observe/exchangerecord.h"
#include "steps/httpproxy/upstreamtarget.h"
#include "vtl/jsonpath.h"
#include "vtl/template.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace gw::websocket {

namespace {

/// API Gateway's payload limit: a larger integration response fails the message.
constexpr qsizetype kMaxResponseBytes = 10 * 1024 * 1024;

/// Headers of the upgrade request that are about this hop or the WebSocket handshake, not for the backend.
bool isHandshakeOnly(QByteArrayView name)
{
    static const char *const names[] = {"connection", "keep-alive", "proxy-connection", "te", "trailer",
                                        "transfer-encoding", "upgrade", "expect", "host", "content-length"};
    for (const char *n : names) {
        if (http::HttpHeaders::nameEquals(name, n))
            return true;
    }
    return name.size() >= 14 && QByteArrayView(name.data(), 14).compare("sec-websocket-", Qt::CaseInsensitive) == 0;
}

QString requestTime(qint64 epochMs)
{
    return QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC),
                                 QStringLiteral("dd/MMM/yyyy:HH:mm:ss +0000"));
}

/// `$context` / `context.NAME` for WebSocket APIs: AWS's mapping-template subset (reference 5.4).
QList<QPair<QString, QString>> contextVariables(const WsHttpEvent &e)
{
    QList<QPair<QString, QString>> v{
        {QStringLiteral("apiId"), e.apiId},
        {QStringLiteral("connectedAt"), QString::number(e.connectedAtMs)},
        {QStringLiteral("connectionId"), e.connectionId},
        {QStringLiteral("domainName"), e.domainName},
        {QStringLiteral("eventType"), e.eventType},
        {QStringLiteral("extendedRequestId"), e.extendedRequestId},
        {QStringLiteral("identity.sourceIp"), e.sourceIp},
        {QStringLiteral("identity.userAgent"), e.userAgent},
        {QStringLiteral("requestId"), e.requestId},
        {QStringLiteral("requestTime"), requestTime(e.requestTimeEpochMs)},
        {QStringLiteral("requestTimeEpoch"), QString::number(e.requestTimeEpochMs)},
        {QStringLiteral("routeKey"), e.routeKey},
        {QStringLiteral("stage"), e.stage},
    };
    if (!e.messageId.isEmpty())
        v.append({QStringLiteral("messageId"), e.messageId});
    return v;
}

QString stageVariable(const WsHttpEvent &e, const QString &name)
{
    for (const auto &[k, value] : e.stageVariables) {
        if (k == name)
            return value;
    }
    return {};
}

/// The value of a mapping source; nullopt when it names nothing (the parameter is then not sent).
std::optional<QString> resolveSource(const WsHttpEvent &e, const QString &source)
{
    if (source.size() >= 2 && source.startsWith(QLatin1Char('\'')) && source.endsWith(QLatin1Char('\'')))
        return source.mid(1, source.size() - 2);
    if (source.startsWith(QLatin1String("route.request.header."))) {
        const QByteArray v = e.headers.value(source.mid(21).toLatin1());
        return v.isNull() ? std::nullopt : std::optional<QString>(QString::fromUtf8(v));
    }
    if (source.startsWith(QLatin1String("route.request.querystring."))) {
        const QUrlQuery q(QString::fromUtf8(e.query));
        const QString name = source.mid(26);
        return q.hasQueryItem(name) ? std::optional<QString>(q.queryItemValue(name, QUrl::FullyDecoded)) : std::nullopt;
    }
    if (source.startsWith(QLatin1String("route.request.body."))) {
        const std::optional<vtl::Value> root = vtl::Value::fromJson(QString::fromUtf8(e.body));
        if (!root)
            return std::nullopt;
        QString error;
        const std::optional<vtl::Value> v = vtl::evaluateJsonPath(*root, QStringView(source).mid(18), &error);
        if (!v || v->isNull())
            return std::nullopt;
        return v->isString() ? v->stringRef() : v->toJson();
    }
    if (source.startsWith(QLatin1String("stageVariables.")))
        return stageVariable(e, source.mid(15));
    if (source.startsWith(QLatin1String("context."))) {
        const QString name = source.mid(8);
        for (const auto &[k, value] : contextVariables(e)) {
            if (k == name)
                return value;
        }
    }
    return std::nullopt;
}

QString substitute(const QString &text, const QRegularExpression &rx, const std::function<QString(const QString &)> &value)
{
    QString out;
    qsizetype last = 0;
    for (auto it = rx.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += value(m.captured(1));
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

void WsHttpCall::cancel()
{
    m_over = true;
    m_timerOwner.reset();
    if (m_call)
        m_call->cancel();
    m_self.reset();
}

std::shared_ptr<WsHttpCall> runHttpIntegration(const model::WsIntegration &integration,
                                               const WsRequestTemplates *templates, const WsHttpEvent &event,
                                               const Clock &clock, std::function<void(WsHttpResult &&)> done)
{
    auto call = std::make_shared<WsHttpCall>();
    call->m_self = call;
    call->m_timerOwner = std::make_unique<QObject>();
    const bool proxy = integration.type == model::IntegrationType::HttpProxy;
    const QString kind = proxy ? QStringLiteral("integration.http_proxy") : QStringLiteral("integration.http");

    // Failing before anything was sent still answers later, never inside this call.
    auto failNow = [&](const QString &detail, const QString &problem) {
        WsHttpResult r;
        r.ok = false;
        r.status = 500;
        r.detail = detail;
        r.problem = problem;
        r.clientMessage = QStringLiteral("Internal server error");
        QTimer::singleShot(0, call->m_timerOwner.get(), [call, done, r = std::move(r)]() mutable {
            if (call->m_over)
                return;
            call->m_over = true;
            call->m_self.reset();
            done(std::move(r));
        });
        return call;
    };

    // 1. The body: the message (http_proxy), or the request template's output (http).
    QByteArray body = event.body;
    QString templateNote;
    vtl::Overrides overrides;
    if (!proxy && templates && !templates->isEmpty()) {
        QString key = QStringLiteral("$default");
        const QString &expr = integration.templateSelectionExpression;
        if (expr.contains(QLatin1String("request.body"))) {
            QString selected;
            if (io::evaluateRouteSelection(expr, event.body, &selected))
                key = selected;
        } else if (!expr.isEmpty()) {
            key = expr;
        }
        std::shared_ptr<const vtl::Template> tmpl = templates->value(key);
        if (!tmpl && key != QLatin1String("$default")) {
            tmpl = templates->value(QStringLiteral("$default"));
            if (tmpl)
                key = QStringLiteral("$default");
        }
        if (tmpl) {
            vtl::RenderInput in;
            in.body = QString::fromUtf8(event.body);
            if (event.eventType != QLatin1String("MESSAGE")) {
                for (const auto &[n, v] : event.headers.fields())
                    in.header.append({QString::fromLatin1(n), QString::fromUtf8(v)});
                const QUrlQuery q(QString::fromUtf8(event.query));
                for (const auto &[k, v] : q.queryItems(QUrl::FullyDecoded))
                    in.querystring.append({k, v});
            }
            in.context = vtl::Value::map();
            for (const auto &[k, v] : contextVariables(event))
                in.context.mapData()->insertPath(k, vtl::Value(v));
            in.stageVariables = vtl::Value::map();
            for (const auto &[k, v] : event.stageVariables)
                in.stageVariables.mapData()->insertPath(k, vtl::Value(v));
            const vtl::RenderResult rendered = tmpl->render(in);
            if (!rendered.ok())
                return failNow(QStringLiteral("integration.template_failed"),
                               QStringLiteral("The request template `%1` failed: %2. Execution failed due to "
                                              "configuration error: Unable to transform request.")
                                   .arg(key, rendered.error->toString()));
            body = rendered.output.toUtf8();
            overrides = rendered.overrides;
            templateNote = QStringLiteral(", template %1").arg(key);
        }
    }

    // 2. Parameters: headers, query string, path parts.
    http::HttpHeaders headers;
    QList<QPair<QString, QString>> query;
    QHash<QString, QString> pathParts;
    if (proxy && event.eventType != QLatin1String("MESSAGE")) {
        for (const auto &f : event.headers.fields()) {
            if (!isHandshakeOnly(f.name))
                headers.append(f.name, f.value);
        }
    }
    for (const auto &[target, source] : integration.requestParameters) {
        const std::optional<QString> value = resolveSource(event, source);
        if (!value)
            continue;
        if (target.startsWith(QLatin1String("integration.request.header.")))
            headers.set(target.mid(27).toLatin1(), value->toUtf8());
        else if (target.startsWith(QLatin1String("integration.request.querystring.")))
            query.append({target.mid(32), *value});
        else if (target.startsWith(QLatin1String("integration.request.path.")))
            pathParts.insert(target.mid(25), *value);
    }
    for (const auto &[name, value] : std::as_const(overrides.requestHeaders))
        headers.set(name.toLatin1(), value.toUtf8());
    for (const auto &[name, value] : std::as_const(overrides.requestQuerystring)) {
        const QString &key = name; // clang before 16 cannot capture a structured binding
        query.removeIf([&key](const QPair<QString, QString> &p) { return p.first == key; });
        query.append({name, value});
    }
    for (const auto &[name, value] : std::as_const(overrides.requestPath))
        pathParts.insert(name, value);

    // 3. The URI: stage variables, then {name} parts.
    static const QRegularExpression stageVar(QStringLiteral("\\$\\{stageVariables\\.([A-Za-z0-9_.:/-]+)\\}"));
    static const QRegularExpression pathVar(QStringLiteral("\\{([A-Za-z0-9_.-]+)\\}"));
    QString uri = substitute(integration.uri, stageVar, [&event](const QString &n) { return stageVariable(event, n); });
    uri = substitute(uri, pathVar, [&pathParts](const QString &n) {
        return QString::fromLatin1(QUrl::toPercentEncoding(pathParts.value(n), "!$&'()*+,;=:@~"));
    });
    std::optional<UpstreamTarget> target
        = upstreamTarget(uri, integration.effectiveHttpMethod(), QByteArrayLiteral("POST"), event.localPort, false);
    if (!target)
        return failNow(QStringLiteral("integration.invalid_uri"),
                       QStringLiteral("The integration URI \"%1\" is not an http(s) URL after substitution. Execution "
                                      "failed due to configuration error: Invalid endpoint address.")
                           .arg(uri));
    upstream::UpstreamRequest up = std::move(target->request);
    QByteArray path = target->url.path(QUrl::FullyEncoded).toUtf8();
    if (path.isEmpty())
        path = "/";
    QByteArray queryText = target->url.query(QUrl::FullyEncoded).toUtf8();
    auto appendQuery = [&queryText](const QByteArray &part) {
        if (part.isEmpty())
            return;
        if (!queryText.isEmpty())
            queryText += '&';
        queryText += part;
    };
    if (proxy && event.eventType == QLatin1String("CONNECT"))
        appendQuery(event.query);
    for (const auto &[name, value] : std::as_const(query))
        appendQuery(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value));
    up.target = queryText.isEmpty() ? path : path + '?' + queryText;
    if (!headers.contains("x-amzn-trace-id"))
        headers.append(QByteArrayLiteral("X-Amzn-Trace-Id"), traceId(event.requestTimeEpochMs));
    up.headers = std::move(headers);
    up.body = body;

    // 4. Send, with the integration timeout; buffer the whole answer.
    struct State
    {
        upstream::UpstreamHead head;
        QByteArray body;
        qint64 sentUs = 0;
    };
    auto state = std::make_shared<State>();
    WsHttpResult base;
    base.detail = kind;
    base.sentBody = body.left(ExchangeRecord::bodyCaptureLimit);
    base.sentTarget = QStringLiteral("%1 %2://%3%4")
                          .arg(QString::fromLatin1(up.method), target->url.scheme().toLower(), target->url.authority(),
                               QString::fromUtf8(up.target));
    base.note = base.sentTarget + templateNote;
    state->sentUs = clock.nowUs();
    const Clock *clk = &clock;
    std::weak_ptr<WsHttpCall> weak = call;

    auto finish = [weak, done, state, clk](WsHttpResult &&r) {
        const std::shared_ptr<WsHttpCall> c = weak.lock();
        if (!c || c->m_over)
            return;
        c->m_over = true;
        r.latencyUs = clk->nowUs() - state->sentUs;
        // The timer and the upstream call must not be destroyed from inside their own callbacks.
        QTimer::singleShot(0, [c] {
            c->m_timerOwner.reset();
            c->m_call.reset();
            c->m_self.reset();
        });
        done(std::move(r));
    };
    auto failure = [base, finish](const QString &detail, const QString &problem, const QString &clientMessage,
                                  int status) {
        WsHttpResult r = base;
        r.ok = false;
        r.status = status;
        r.detail = detail;
        r.problem = problem;
        r.clientMessage = clientMessage;
        finish(std::move(r));
    };

    upstream::UpstreamCallbacks cb;
    cb.onHead = [state](upstream::UpstreamHead &&head) { state->head = std::move(head); };
    cb.onBody = [state, weak, failure, target = base.sentTarget](const QByteArray &chunk) {
        const std::shared_ptr<WsHttpCall> c = weak.lock();
        if (!c || c->m_over)
            return;
        if (state->body.size() + chunk.size() > kMaxResponseBytes) {
            if (c->m_call)
                c->m_call->cancel();
            failure(QStringLiteral("integration.response_too_large"),
                    QStringLiteral("The backend's response body is over API Gateway's 10 MB payload limit (%1).").arg(target),
                    QStringLiteral("Internal server error"), 500);
            return;
        }
        state->body += chunk;
    };
    cb.onDone = [state, base, finish] {
        WsHttpResult r = base;
        r.status = state->head.status;
        r.headers = state->head.headers;
        r.body = state->body;
        r.note += QStringLiteral(" → %1").arg(state->head.status);
        finish(std::move(r));
    };
    cb.onError = [failure, target = base.sentTarget](upstream::UpstreamError error, const QString &message) {
        failure(QStringLiteral("integration.unreachable"),
                QStringLiteral("The backend could not be reached: %1 (%2, %3). API Gateway logs this as \"Execution "
                               "failed due to configuration error: Invalid endpoint address\".")
                    .arg(message, upstream::upstreamErrorName(error), target),
                QStringLiteral("Internal server error"), 500);
    };

    auto *timer = new QTimer(call->m_timerOwner.get());
    timer->setSingleShot(true);
    const int timeoutMs = integration.effectiveTimeoutMs();
    QObject::connect(timer, &QTimer::timeout, [weak, failure, timeoutMs, target = base.sentTarget] {
        if (const std::shared_ptr<WsHttpCall> c = weak.lock(); c && c->m_call)
            c->m_call->cancel();
        failure(QStringLiteral("integration.timeout"),
                QStringLiteral("The backend did not answer within the integration timeout of %1 ms (timeoutInMillis) "
                               "(%2).")
                    .arg(timeoutMs)
                    .arg(target),
                QStringLiteral("Endpoint request timed out"), 504);
    });
    timer->start(timeoutMs);
    call->m_call = upstream::UpstreamClient::forCurrentThread().send(std::move(up), std::move(cb));
    return call;
}

} // namespace gw::websocket
