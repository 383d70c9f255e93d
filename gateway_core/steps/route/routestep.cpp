// SPDX-License-Identifier: GPL-3.0-or-later
#include "routestep.h"

#include "engine/compiledgateway.h"
#include "pipeline/exchange.h"

namespace gw {

namespace {

/// Levenshtein distance, capped: only used to rank a handful of route suggestions.
int editDistance(const QString &a, const QString &b)
{
    if (a.size() > 200 || b.size() > 200)
        return 1000;
    std::vector<int> prev(size_t(b.size()) + 1), cur(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[size_t(j)] = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, prev[size_t(j - 1)] + cost});
        }
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}

QString stageNames(const CompiledApi &api)
{
    QStringList names;
    for (const auto &s : api.stages)
        names.append(s->name);
    return names.isEmpty() ? QStringLiteral("(none deployed)") : names.join(QLatin1String(", "));
}

/// Explains a route miss in the stage: other methods on the same path, the same path in another stage, and the
/// nearest resource paths.
void explainNoMatch(Exchange &ex, const CompiledApi &api, const CompiledStage &stage, const QString &method,
                    const QString &stagePath, const routing::RouteMatch &miss)
{
    const QString what = QStringLiteral("%1 %2").arg(method, stagePath.isEmpty() ? QStringLiteral("/") : stagePath);
    const QList<routing::RouteTree::Entry> entries = stage.routes.entries();
    if (stage.isCanary)
        ex.explain(QStringLiteral("The stage's canary took this request, so the routes are those of the canary's "
                                  "deployment %1.")
                       .arg(stage.deploymentId));
    else if (stage.canary)
        ex.explain(QStringLiteral("The stage's own deployment %1 took this request, not its canary (deployment %2).")
                       .arg(stage.deploymentId, stage.canary->deploymentId));
    if (miss.pathMatchedWithoutMethod) {
        ex.explain(QStringLiteral("The path matches a resource in stage %1, but none of the matching resources has "
                                  "a %2 method (or ANY).")
                       .arg(stage.name, method));
    } else {
        ex.explain(QStringLiteral("No route of stage %1 matches %2.").arg(stage.name, what));
    }
    // Closest routes by path.
    struct Candidate
    {
        int distance;
        QString text;
    };
    std::vector<Candidate> candidates;
    for (const auto &e : entries)
        candidates.push_back({editDistance(e.path, stagePath), QStringLiteral("%1 %2").arg(e.method, e.path)});
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate &a, const Candidate &b) { return a.distance < b.distance || (a.distance == b.distance && a.text < b.text); });
    QStringList nearest;
    for (size_t i = 0; i < candidates.size() && i < 3; ++i)
        nearest.append(candidates[i].text);
    if (!nearest.isEmpty())
        ex.explain(QStringLiteral("Nearest routes in %1: %2.").arg(stage.name, nearest.join(QLatin1String("; "))));
    // Would another stage have served it?
    const QStringList segments = routing::splitRequestPath(stagePath);
    for (const auto &other : api.stages) {
        if (other.get() == &stage || other->name == stage.name) // itself, also when its canary half took the request
            continue;
        if (other->routes.match(method, segments).matched())
            ex.explain(QStringLiteral("Stage %1 has a route for %2: this change may not be deployed to %3 yet.")
                           .arg(other->name, what, stage.name));
    }
    if (api.isRest())
        ex.explain(QStringLiteral("API Gateway answers \"Missing Authentication Token\" for any request that matches no "
                                  "method: check the URL, the stage prefix and the method, and deploy the stage after "
                                  "editing."));
}

} // namespace

Outcome RouteStep::onRequest(Exchange &ex)
{
    const CompiledApi &api = *ex.api();
    const QString &apiPath = ex.apiPath();
    const QString method = QString::fromLatin1(ex.request().method);

    // The first segment names the stage; HTTP APIs fall back to their $default stage.
    QStringView rest = QStringView(apiPath);
    if (rest.startsWith(QLatin1Char('/')))
        rest = rest.mid(1);
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const QString first = routing::decodePathSegment(slash < 0 ? rest : rest.left(slash));
    const QString afterFirst = slash < 0 ? QStringLiteral("/") : rest.mid(slash).toString();

    const CompiledStage *stage = nullptr;
    QString stagePath;
    if (!first.isEmpty() && first != QLatin1String("$default"))
        stage = api.stage(first);
    if (stage) {
        stagePath = afterFirst;
    } else if (!api.isRest()) {
        stage = api.stage(u"$default");
        stagePath = apiPath.isEmpty() ? QStringLiteral("/") : apiPath;
    }
    if (!stage) {
        ex.explain(first.isEmpty()
                       ? QStringLiteral("The URL has no stage: API %1 serves its stages under /STAGE/... (stages: %2).")
                             .arg(api.id, stageNames(api))
                       : QStringLiteral("API %1 has no stage named \"%2\" (stages: %3). The first path segment of a %4 "
                                        "API URL is the stage.")
                             .arg(api.id, first, stageNames(api), api.isRest() ? QStringLiteral("REST")
                                                                                : QStringLiteral("HTTP")));
        return ex.respond(api.isRest() ? GatewayResponse::MissingAuthenticationToken
                                       : GatewayResponse::ResourceNotFound,
                          QStringLiteral("route.unknown_stage"),
                          QStringLiteral("no stage \"%1\"").arg(first));
    }
    // A canary takes its share of the stage's requests, each picked at random.
    if (stage->canarySplit && stage->canarySplit->takeNext())
        stage = stage->canary.get();
    ex.setStage(stage, stagePath);

    if (ex.request().bodyTooLarge) {
        ex.explain(QStringLiteral("The request body (%1 bytes) is over API Gateway's 10 MB payload limit.")
                       .arg(ex.request().declaredContentLength));
        return ex.respond(GatewayResponse::RequestTooLarge, QStringLiteral("request.too_large"),
                          QStringLiteral("payload over 10 MB"));
    }

    routing::RouteMatch match = stage->routes.match(method, routing::splitRequestPath(stagePath));
    if (!match.matched() && stage->corsPreflightRoute && method == QLatin1String("OPTIONS")
        && ex.request().headers.contains("origin") && ex.request().headers.contains("access-control-request-method")) {
        // HTTP APIs with a CORS configuration answer preflights themselves when no route takes them.
        ex.setRoute(&*stage->corsPreflightRoute, std::move(match));
        ex.setDetail(QStringLiteral("route.cors_preflight"), QStringLiteral("CORS preflight, no OPTIONS route"));
        return Outcome::Continue;
    }
    if (!match.matched()) {
        explainNoMatch(ex, api, *stage, method, stagePath, match);
        return ex.respond(api.isRest() ? GatewayResponse::MissingAuthenticationToken
                                       : GatewayResponse::ResourceNotFound,
                          QStringLiteral("route.no_match"),
                          QStringLiteral("no route for %1 %2 in stage %3").arg(method, stagePath, stage->name));
    }
    const CompiledRoute &route = stage->routeList[size_t(match.route)];
    ex.setRoute(&route, std::move(match));
    ex.setDetail(QStringLiteral("route.matched"), route.routeKey);
    return Outcome::Continue;
}

} // namespace gw
