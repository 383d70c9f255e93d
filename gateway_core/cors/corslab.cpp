// SPDX-License-Identifier: GPL-3.0-or-later
#include "corslab.h"

#include "routing/pathtemplate.h"
#include "upstream/upstreamclient.h"

#include <QUrl>

namespace gw::cors {

struct CorsLab::Run
{
    FetchRequest request;
    quint16 port = 0;
    model::Api api;
    std::shared_ptr<const CompiledGateway> gateway;
    std::function<void(const LabResult &)> done;
    LabResult result;
    upstream::UpstreamCallPtr call;
    QByteArray body;
};

QString labUrl(const QString &apiId, quint16 port, const QString &path)
{
    QString p = path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path;
    return QStringLiteral("http://%1.execute-api.localhost:%2%3").arg(apiId).arg(port).arg(p);
}

CorsLab::CorsLab(QObject *parent)
    : QObject(parent)
{ }

CorsLab::~CorsLab()
{
    cancel();
}

void CorsLab::cancel()
{
    if (m_run && m_run->call)
        m_run->call->cancel();
    m_run.reset();
}

namespace {

/// Which route the actual request reaches, for the advice.
void locateRoute(const CompiledGateway &gateway, const model::Api &api, const FetchRequest &request, LabOutcome &o)
{
    const CompiledApi *capi = gateway.api(api.id);
    if (!capi)
        return;
    const QUrl url(request.url);
    QString path = url.path(QUrl::FullyEncoded);
    QStringView rest = QStringView(path);
    if (rest.startsWith(QLatin1Char('/')))
        rest = rest.mid(1);
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const QString first = routing::decodePathSegment(slash < 0 ? rest : rest.left(slash));
    const CompiledStage *stage = capi->stage(first);
    QString stagePath = slash < 0 ? QStringLiteral("/") : rest.mid(slash).toString();
    if (!stage && !capi->isRest()) {
        stage = capi->stage(u"$default");
        stagePath = path;
    }
    if (!stage)
        return;
    o.stage = stage->name;
    const QStringList segments = routing::splitRequestPath(stagePath);
    const routing::RouteMatch m = stage->routes.match(request.method, segments);
    if (!m.matched()) {
        for (const char *other : {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"}) {
            const routing::RouteMatch any = stage->routes.match(QString::fromLatin1(other), segments);
            if (any.matched()) {
                o.resourceWithoutMethod = stage->routeList[size_t(any.route)].resourcePath;
                break;
            }
        }
        return;
    }
    const CompiledRoute &route = stage->routeList[size_t(m.route)];
    o.resourcePath = route.resourcePath;
    o.routeMethod = route.method;
    o.proxyIntegration = route.proxyIntegration;
}

doc::Node stepNode(const LabStep &s)
{
    doc::Node headers = doc::Node::mapping();
    for (const auto &f : s.headers.fields()) {
        const QString name = QString::fromLatin1(f.name).toLower();
        const QString value = QString::fromUtf8(f.value);
        const doc::Node *existing = headers.find(name);
        headers.set(name, doc::Node::string(existing ? existing->scalarText() + QLatin1String(", ") + value : value));
    }
    doc::Node checks = doc::Node::sequence();
    for (const Check &c : s.checks) {
        doc::Node check = doc::Node::mapping();
        check.set(QStringLiteral("name"), doc::Node::string(c.name));
        check.set(QStringLiteral("pass"), doc::Node::boolean(c.pass));
        check.set(QStringLiteral("explanation"), doc::Node::string(c.explanation));
        checks.append(check);
    }
    doc::Node o = doc::Node::mapping();
    o.set(QStringLiteral("status"), s.sent && s.error.isEmpty() ? doc::Node::integer(s.status) : doc::Node::null());
    o.set(QStringLiteral("headers"), headers);
    o.set(QStringLiteral("checks"), checks);
    if (!s.error.isEmpty())
        o.set(QStringLiteral("error"), doc::Node::string(s.error));
    return o;
}

} // namespace

doc::Node LabResult::toNode() const
{
    doc::Node out = doc::Node::mapping();
    out.set(QStringLiteral("preflight"), preflightNeeded ? stepNode(preflight) : doc::Node::null());
    out.set(QStringLiteral("actual"), stepNode(actual));
    out.set(QStringLiteral("verdict"), doc::Node::string(allowed ? QStringLiteral("allowed") : QStringLiteral("blocked")));
    doc::Node list = doc::Node::sequence();
    for (const QString &reason : reasons)
        list.append(doc::Node::string(reason));
    out.set(QStringLiteral("reasons"), list);
    out.set(QStringLiteral("fix"), fix ? doc::Node::string(fix->text) : doc::Node::null());
    return out;
}

void CorsLab::run(const FetchRequest &request, quint16 port, const model::Api &api,
                  std::shared_ptr<const CompiledGateway> gateway, std::function<void(const LabResult &)> done)
{
    cancel();
    auto run = std::make_shared<Run>();
    run->request = request;
    // The browser upper-cases the six standard methods; other methods keep their case.
    static const QStringList standard = {QStringLiteral("DELETE"), QStringLiteral("GET"), QStringLiteral("HEAD"),
                                         QStringLiteral("OPTIONS"), QStringLiteral("POST"), QStringLiteral("PUT")};
    if (standard.contains(run->request.method.toUpper()))
        run->request.method = run->request.method.toUpper();
    run->port = port;
    run->api = api;
    run->gateway = std::move(gateway);
    run->done = std::move(done);
    LabResult &r = run->result;
    r.outcome.request = run->request;
    r.crossOrigin = BrowserCors::isCrossOrigin(run->request);
    r.preflightNeeded = r.crossOrigin && BrowserCors::needsPreflight(run->request);
    r.outcome.requestPath = QUrl(run->request.url).path();
    if (run->gateway)
        locateRoute(*run->gateway, api, run->request, r.outcome);
    m_run = run;
    send(r.preflightNeeded);
}

void CorsLab::send(bool preflight)
{
    const std::shared_ptr<Run> run = m_run;
    const FetchRequest &fr = run->request;
    const QUrl url(fr.url);
    upstream::UpstreamRequest up;
    up.host = url.host();
    up.port = run->port;
    up.connectHost = QStringLiteral("127.0.0.1");
    QByteArray target = url.path(QUrl::FullyEncoded).toUtf8();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    up.target = target;
    if (preflight) {
        up.method = "OPTIONS";
        up.headers = BrowserCors::preflightHeaders(fr);
    } else {
        up.method = fr.method.toUtf8();
        for (const auto &f : fr.headers.fields()) {
            if (!BrowserCors::isForbiddenRequestHeader(f.name))
                up.headers.append(f.name, f.value);
        }
        if (run->result.crossOrigin || fr.method != QLatin1String("GET"))
            up.headers.set(QByteArrayLiteral("Origin"), BrowserCors::originHeaderValue(fr));
    }
    run->body.clear();
    LabStep &step = preflight ? run->result.preflight : run->result.actual;
    step.sent = true;
    upstream::UpstreamCallbacks cb;
    const std::weak_ptr<Run> weak = run;
    cb.onHead = [weak, preflight](upstream::UpstreamHead &&head) {
        if (const auto r = weak.lock()) {
            LabStep &s = preflight ? r->result.preflight : r->result.actual;
            s.status = head.status;
            s.headers = head.headers;
        }
    };
    cb.onDone = [this, weak, preflight] {
        const auto r = weak.lock();
        if (!r || r != m_run)
            return;
        LabResult &res = r->result;
        if (preflight) {
            res.preflight.checks = BrowserCors::checkPreflight(r->request, res.preflight.status, res.preflight.headers);
            res.outcome.preflightSent = true;
            res.outcome.preflightStatus = res.preflight.status;
            res.outcome.preflightChecks = res.preflight.checks;
            if (!BrowserCors::allPass(res.preflight.checks)) {
                res.actual.sent = false;
                res.actual.checks = {Check{QStringLiteral("actual.sent"), false,
                                           QStringLiteral("The browser did not send the %1 request, because its preflight failed.")
                                               .arg(r->request.method)}};
                finish();
                return;
            }
            // Not from inside the client's callback: the connection is being handed back to its pool right now.
            QMetaObject::invokeMethod(this, [this, weak] {
                if (const auto again = weak.lock(); again && again == m_run)
                    send(false);
            }, Qt::QueuedConnection);
            return;
        }
        if (res.crossOrigin) {
            res.actual.checks = BrowserCors::checkActual(r->request, res.actual.status, res.actual.headers);
        } else {
            res.actual.checks = {Check{QStringLiteral("actual.same-origin"), true,
                                       QStringLiteral("The page and the API share the origin %1: CORS does not apply.")
                                           .arg(r->request.pageOrigin)}};
        }
        res.outcome.actualSent = true;
        res.outcome.actualStatus = res.actual.status;
        res.outcome.actualChecks = res.actual.checks;
        res.outcome.actualErrorType = QString::fromLatin1(res.actual.headers.value("x-amzn-errortype"));
        finish();
    };
    cb.onError = [this, weak, preflight](upstream::UpstreamError, const QString &message) {
        const auto r = weak.lock();
        if (!r || r != m_run)
            return;
        LabStep &s = preflight ? r->result.preflight : r->result.actual;
        s.error = message;
        s.checks = {Check{preflight ? QStringLiteral("preflight.network") : QStringLiteral("actual.network"), false,
                          QStringLiteral("The request got no HTTP answer (%1); the browser reports a network error.")
                              .arg(message)}};
        if (preflight) {
            r->result.outcome.preflightChecks = s.checks;
            r->result.actual.checks = {Check{QStringLiteral("actual.sent"), false,
                                             QStringLiteral("The browser did not send the request, because its preflight failed.")}};
        } else {
            r->result.outcome.actualChecks = s.checks;
        }
        finish();
    };
    run->call = upstream::UpstreamClient::forCurrentThread().send(std::move(up), std::move(cb));
}

void CorsLab::finish()
{
    const std::shared_ptr<Run> run = m_run;
    LabResult &r = run->result;
    r.allowed = (!r.preflightNeeded || BrowserCors::allPass(r.preflight.checks)) && r.actual.sent
        && r.actual.error.isEmpty() && BrowserCors::allPass(r.actual.checks);
    for (const QList<Check> *checks : {&r.preflight.checks, &r.actual.checks}) {
        for (const Check &c : *checks) {
            if (!c.pass)
                r.reasons.append(c.explanation);
        }
    }
    if (r.allowed)
        r.readableHeaders = BrowserCors::readableResponseHeaders(run->request, r.actual.headers);
    else
        r.fix = adviseFix(run->api, r.outcome);
    m_run.reset();
    if (run->done)
        run->done(r);
}

} // namespace gw::cors
