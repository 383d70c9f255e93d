// SPDX-License-Identifier: GPL-3.0-or-later
#include "corstraps.h"

#include "doc/docio.h"

namespace gw::cors {

namespace {

bool isProxy(const model::Operation &op)
{
    return op.integration && (op.integration->type == model::IntegrationType::HttpProxy
                              || op.integration->type == model::IntegrationType::AwsProxy);
}

QString paramValue(const model::StringPairs &params, QStringView header)
{
    for (const auto &[k, v] : params) {
        if (k.endsWith(header, Qt::CaseInsensitive) && k.contains(QLatin1String(".header.")))
            return v;
    }
    return {};
}

/// Static value of a header the OPTIONS method's integration answers with ("'*'" → "*").
QString preflightHeader(const model::Operation &options, QStringView header)
{
    if (!options.integration)
        return {};
    for (const model::IntegrationResponse &r : options.integration->responses) {
        const QString v = paramValue(r.responseParameters, header);
        if (!v.isEmpty())
            return v.size() >= 2 && v.startsWith(QLatin1Char('\'')) ? v.mid(1, v.size() - 2) : v;
    }
    return {};
}

bool setsAllowOrigin(const model::Operation &op)
{
    if (!op.integration)
        return false;
    for (const model::IntegrationResponse &r : op.integration->responses) {
        if (!paramValue(r.responseParameters, u"Access-Control-Allow-Origin").isEmpty())
            return true;
    }
    return false;
}

bool hasSecurity(const model::Api &api, const model::Operation &op)
{
    const doc::Node &security = op.body.contains(u"security") ? op.body[u"security"]
                                                              : api.definition.document[u"security"];
    for (const doc::Node &requirement : security.items()) {
        if (!requirement.isEmpty())
            return true;
    }
    return false;
}

bool isDefaultPath(const QString &path)
{
    return path == QLatin1String("$default") || path == QLatin1String("/$default");
}

/// What about CORS a definition says, to compare a working copy with a deployment.
QString corsFingerprint(const model::Api &api, const model::ApiDefinition &def)
{
    if (api.protocol != model::Protocol::Rest)
        return QString::fromUtf8(doc::writeJson(def.document[u"x-amazon-apigateway-cors"], {2, true}));
    QString out = QString::fromUtf8(doc::writeJson(def.document[u"x-amazon-apigateway-gateway-responses"], {2, true}));
    for (const model::PathItem &p : def.paths) {
        for (const model::Operation &op : p.operations) {
            if (!op.integration)
                continue;
            for (const model::IntegrationResponse &r : op.integration->responses) {
                for (const auto &[k, v] : r.responseParameters) {
                    if (k.contains(QLatin1String("Access-Control-"), Qt::CaseInsensitive))
                        out += p.path + op.method + k + v;
                }
            }
            if (op.method == QLatin1String("OPTIONS"))
                out += p.path + QLatin1String("OPTIONS");
        }
    }
    return out;
}

} // namespace

bool usesCors(const model::Api &api)
{
    if (api.protocol != model::Protocol::Rest)
        return api.definition.document.contains(u"x-amazon-apigateway-cors");
    for (const model::PathItem &p : api.definition.paths) {
        for (const model::Operation &op : p.operations) {
            if (op.method == QLatin1String("OPTIONS") || setsAllowOrigin(op))
                return true;
        }
    }
    return false;
}

QList<CorsTrap> findCorsTraps(const model::Api &api)
{
    QList<CorsTrap> traps;
    if (!usesCors(api))
        return traps;
    const model::ApiDefinition &def = api.definition;

    if (api.protocol != model::Protocol::Rest) {
        for (const model::PathItem &p : def.paths) {
            for (const model::Operation &op : p.operations) {
                const bool catchesOptions = op.method == QLatin1String("ANY") || isDefaultPath(p.path);
                if (!catchesOptions)
                    continue;
                const QString where = isDefaultPath(p.path) ? QStringLiteral("$default")
                                                            : QStringLiteral("ANY %1").arg(p.path);
                if (hasSecurity(api, op)) {
                    traps.append({QStringLiteral("authorizer-catches-preflight"), where,
                                  QStringLiteral("%1 takes OPTIONS requests too, so browser preflights (which never carry "
                                                 "credentials) go through its authorizer and fail with 401.")
                                      .arg(where),
                                  QStringLiteral("add an OPTIONS /{proxy+} route without authorization; it has priority over "
                                                 "%1")
                                      .arg(where)});
                } else {
                    traps.append({QStringLiteral("any-catches-preflight"), where,
                                  QStringLiteral("%1 takes OPTIONS requests, so preflights reach the integration instead of "
                                                 "being answered by the CORS configuration; the integration must answer "
                                                 "them with a 2xx.")
                                      .arg(where),
                                  QStringLiteral("list the route's methods explicitly instead of ANY, or make sure the "
                                                 "integration answers OPTIONS with 200")});
                }
            }
        }
    } else {
        // Which resources answer preflights, and how.
        QHash<QString, const model::Operation *> optionsOf;
        for (const model::PathItem &p : def.paths) {
            if (const model::Operation *o = p.operation(u"OPTIONS"))
                optionsOf.insert(p.path, o);
        }
        for (auto it = optionsOf.constBegin(); it != optionsOf.constEnd(); ++it) {
            const QString origin = preflightHeader(*it.value(), u"Access-Control-Allow-Origin");
            const QString credentials = preflightHeader(*it.value(), u"Access-Control-Allow-Credentials");
            if (origin.trimmed() == QLatin1String("*") && credentials.trimmed() == QLatin1String("true")) {
                traps.append({QStringLiteral("wildcard-with-credentials"), QStringLiteral("OPTIONS %1").arg(it.key()),
                              QStringLiteral("OPTIONS %1 answers Access-Control-Allow-Origin: * with "
                                             "Access-Control-Allow-Credentials: true; browsers refuse that for requests "
                                             "with credentials.")
                                  .arg(it.key()),
                              QStringLiteral("answer with the exact origin of the page instead of *")});
            }
        }
        for (const model::PathItem &p : def.paths) {
            const bool corsResource = optionsOf.contains(p.path);
            for (const model::Operation &op : p.operations) {
                if (op.method == QLatin1String("OPTIONS"))
                    continue;
                const QString where = QStringLiteral("%1 %2").arg(op.method, p.path);
                if (op.method == QLatin1String("ANY") && !corsResource && isProxy(op)) {
                    traps.append({QStringLiteral("any-catches-preflight"), where,
                                  QStringLiteral("%1 has no OPTIONS method, so ANY takes the browser's preflight and passes "
                                                 "it to the backend, which must answer it with the Access-Control-* headers.")
                                      .arg(where),
                                  QStringLiteral("enable CORS on %1 (an OPTIONS MOCK method), or make the backend answer "
                                                 "OPTIONS")
                                      .arg(p.path)});
                }
                if (!corsResource) {
                    // A resource with methods but no OPTIONS, while a parent answers preflights.
                    QString parent = p.path;
                    while (parent.contains(QLatin1Char('/')) && parent != QLatin1String("/")) {
                        parent = parent.left(parent.lastIndexOf(QLatin1Char('/')));
                        if (parent.isEmpty())
                            parent = QStringLiteral("/");
                        if (optionsOf.contains(parent)) {
                            traps.append({QStringLiteral("child-resource-not-covered"), where,
                                          QStringLiteral("%1 answers preflights but its child %2 has no OPTIONS method: a "
                                                         "preflighted request to %2 gets 403 Missing Authentication Token.")
                                              .arg(parent, p.path),
                                          QStringLiteral("enable CORS on %1 as well").arg(p.path)});
                            break;
                        }
                        if (parent == QLatin1String("/"))
                            break;
                    }
                    continue;
                }
                if (isProxy(op)) {
                    traps.append({QStringLiteral("proxy-must-send-cors"), where,
                                  QStringLiteral("%1 uses a proxy integration: API Gateway adds no headers to its responses, "
                                                 "so the backend must return Access-Control-Allow-Origin itself.")
                                      .arg(where),
                                  QStringLiteral("return Access-Control-Allow-Origin from the backend")});
                } else if (op.integration && !setsAllowOrigin(op)) {
                    traps.append({QStringLiteral("method-without-allow-origin"), where,
                                  QStringLiteral("The preflight for %1 passes, but its own response has no "
                                                 "Access-Control-Allow-Origin, so the browser blocks it.")
                                      .arg(where),
                                  QStringLiteral("map method.response.header.Access-Control-Allow-Origin in its integration "
                                                 "response")});
                }
            }
        }
        const doc::Node &responses = def.document[u"x-amazon-apigateway-gateway-responses"];
        for (const char *type : {"DEFAULT_4XX", "DEFAULT_5XX"}) {
            bool covered = false;
            for (const auto &[k, v] : responses[QString::fromLatin1(type)][u"responseParameters"].members())
                covered |= k.compare(QLatin1String("gatewayresponse.header.Access-Control-Allow-Origin"), Qt::CaseInsensitive) == 0;
            if (!covered) {
                const bool fourxx = QByteArrayView(type) == "DEFAULT_4XX";
                traps.append({QStringLiteral("errors-without-cors"), QString::fromLatin1(type),
                              fourxx ? QStringLiteral("4XX answers from the gateway itself (403 Missing Authentication Token, "
                                                      "401/403 from authorizers, 429 throttling, 400 validation) carry no "
                                                      "Access-Control-Allow-Origin, so the browser reports a CORS error "
                                                      "instead of the real one.")
                                     : QStringLiteral("5XX answers from the gateway (integration failures and timeouts) carry "
                                                      "no Access-Control-Allow-Origin, so the browser reports a CORS error "
                                                      "instead of the real one."),
                              QStringLiteral("add gatewayresponse.header.Access-Control-Allow-Origin to the %1 gateway response")
                                  .arg(QString::fromLatin1(type))});
            }
        }
    }

    for (const model::Stage &stage : api.stages) {
        if (stage.autoDeploy)
            continue;
        const model::Deployment *d = api.deployment(stage.deploymentId);
        if (d && corsFingerprint(api, d->definition) != corsFingerprint(api, def)) {
            traps.append({QStringLiteral("not-deployed"), QStringLiteral("stage %1").arg(stage.name),
                          QStringLiteral("CORS settings changed since stage %1 was last deployed; the stage still serves "
                                         "the old ones.")
                              .arg(stage.name),
                          QStringLiteral("deploy the API to %1").arg(stage.name)});
        }
    }
    return traps;
}

} // namespace gw::cors
