// SPDX-License-Identifier: GPL-3.0-or-later
#include "websocketdefinition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace gw::io {

namespace {

const QRegularExpression &selectionVariable()
{
    // $request.body.a.b or ${request.body.a.b}
    static const QRegularExpression re(QStringLiteral(R"(\$\{request\.body((?:\.[A-Za-z0-9_\-]+)*)\}|\$request\.body((?:\.[A-Za-z0-9_\-]+)*))"));
    return re;
}

bool isHttpType(model::IntegrationType type)
{
    return type == model::IntegrationType::Http || type == model::IntegrationType::HttpProxy;
}

/// A request parameter mapping of a WebSocket integration: target integration.request.{header,querystring,path}.NAME;
/// source route.request.{header,querystring}.NAME ($connect only), route.request.body.JSONPATH, context.NAME,
/// stageVariables.NAME or 'static' (AWS's data mapping for WebSocket APIs).
bool checkRequestParameter(const doc::Node &value, const QString &field, const QString &target, const QString &source,
                           const QString &routeKey, DiagnosticSink &sink)
{
    static const QRegularExpression targetRe(QStringLiteral(R"(^integration\.request\.(header|querystring|path)\.[A-Za-z0-9._$-]+$)"));
    if (!targetRe.match(target).hasMatch()) {
        sink.error(value, field,
                   QStringLiteral("the key must be integration.request.header.NAME, integration.request.querystring.NAME "
                                  "or integration.request.path.NAME; got `%1`")
                       .arg(target));
        return false;
    }
    const bool connectOnly = source.startsWith(QLatin1String("route.request.header."))
        || source.startsWith(QLatin1String("route.request.querystring."));
    if (connectOnly && routeKey != QLatin1String("$connect")) {
        sink.error(value, field,
                   QStringLiteral("`%1`: request headers and query strings exist only on $connect (messages have none); "
                                  "map route.request.body.<path>, context.<name>, stageVariables.<name> or a 'static' "
                                  "value instead")
                       .arg(source));
        return false;
    }
    const bool known = connectOnly || source.startsWith(QLatin1String("route.request.body."))
        || source.startsWith(QLatin1String("context.")) || source.startsWith(QLatin1String("stageVariables."))
        || (source.size() >= 2 && source.startsWith(QLatin1Char('\'')) && source.endsWith(QLatin1Char('\'')));
    if (!known) {
        sink.error(value, field,
                   QStringLiteral("the source must be route.request.header.NAME or route.request.querystring.NAME "
                                  "($connect), route.request.body.JSONPATH, context.NAME, stageVariables.NAME or a "
                                  "'static' value; got `%1`")
                       .arg(source));
        return false;
    }
    return true;
}

bool readStringMap(const doc::Node &value, const QString &field, model::StringPairs &out, DiagnosticSink &sink)
{
    if (!value.isMapping()) {
        sink.error(value, field, QStringLiteral("must be a mapping of names to text"));
        return false;
    }
    bool ok = true;
    for (const auto &[k, v] : value.members()) {
        if (!v.isScalar()) {
            sink.error(v, field + QLatin1Char('.') + k, QStringLiteral("must be text"));
            ok = false;
            continue;
        }
        out.append({k, v.toString()});
    }
    return ok;
}

bool readIntegration(const doc::Node &node, const QString &field, const QString &routeKey, model::WsIntegration &out,
                     DiagnosticSink &sink)
{
    if (!node.isMapping()) {
        sink.error(node, field, QStringLiteral("must be a mapping with type (mock, aws_proxy, http or http_proxy) and, "
                                               "for all but mock, uri"));
        return false;
    }
    out.line = node.line();
    bool ok = true;
    for (const auto &[key, value] : node.members()) {
        const QString f = field + QLatin1Char('.') + key;
        if (key == QLatin1String("type")) {
            if (!model::parseIntegrationType(value.toString(), &out.type)) {
                sink.error(value, f, QStringLiteral("must be one of mock, aws_proxy, http, http_proxy; got `%1`")
                                         .arg(value.toString()));
                ok = false;
            } else if (out.type == model::IntegrationType::Aws) {
                sink.error(value, f,
                           QStringLiteral("`%1` (AWS service) integrations of WebSocket routes are not emulated yet; use "
                                          "mock, aws_proxy, http or http_proxy")
                               .arg(value.toString()));
                ok = false;
            }
        } else if (key == QLatin1String("uri")) {
            out.uri = value.toString();
        } else if (key == QLatin1String("statusCode") || key == QLatin1String("timeoutInMillis")) {
            bool isInt = false;
            const qint64 v = value.toInteger(&isInt, true);
            const bool status = key == QLatin1String("statusCode");
            const qint64 lo = status ? 100 : 50, hi = status ? 599 : 29'000;
            if (!isInt || v < lo || v > hi) {
                sink.error(value, f, QStringLiteral("must be a whole number from %1 to %2; got `%3`").arg(lo).arg(hi).arg(value.toString()));
                ok = false;
                continue;
            }
            (status ? out.statusCode : out.timeoutInMillis) = int(v);
        } else if (key == QLatin1String("httpMethod")) {
            static const QRegularExpression method(QStringLiteral("^[A-Za-z]+$"));
            out.httpMethod = value.toString().toUpper();
            if (!value.isScalar() || !method.match(out.httpMethod).hasMatch() || out.httpMethod == QLatin1String("ANY")) {
                sink.error(value, f, QStringLiteral("must be an HTTP method such as POST, GET or PUT; got `%1`")
                                         .arg(value.toString()));
                ok = false;
            }
        } else if (key == QLatin1String("requestParameters")) {
            if (!readStringMap(value, f, out.requestParameters, sink)) {
                ok = false;
                continue;
            }
            for (const auto &[target, source] : std::as_const(out.requestParameters))
                ok = checkRequestParameter(value[target], f + QLatin1Char('.') + target, target, source, routeKey, sink) && ok;
        } else if (key == QLatin1String("requestTemplates")) {
            ok = readStringMap(value, f, out.requestTemplates, sink) && ok;
        } else if (key == QLatin1String("templateSelectionExpression")) {
            out.templateSelectionExpression = value.toString();
        } else if (key == QLatin1String("responseBody")) {
            out.responseBody = value.isScalar() ? value.toString() : QString::fromUtf8(QJsonDocument(value.toJson().toObject()).toJson(QJsonDocument::Compact));
        } else {
            sink.error(value, f, QStringLiteral("is not a WebSocket integration setting Gatehouse knows (type, uri, "
                                                "statusCode, responseBody, timeoutInMillis, httpMethod, "
                                                "requestParameters, requestTemplates, templateSelectionExpression)"));
            ok = false;
        }
    }
    if (!node.contains(u"type")) {
        sink.error(node, field + QLatin1String(".type"), QStringLiteral("is required: mock or aws_proxy"));
        ok = false;
    }
    if (out.type == model::IntegrationType::AwsProxy && out.uri.isEmpty()) {
        sink.error(node, field + QLatin1String(".uri"), QStringLiteral("is required for aws_proxy: the function's name or ARN"));
        ok = false;
    }
    if (isHttpType(out.type)) {
        const QString scheme = out.uri.section(QLatin1String("://"), 0, 0).toLower();
        if (out.uri.isEmpty() || !out.uri.contains(QLatin1String("://"))
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            sink.error(node.contains(u"uri") ? node[u"uri"] : node, field + QLatin1String(".uri"),
                       QStringLiteral("is required for %1 and must be an http:// or https:// URL (it may hold "
                                      "${stageVariables.name}); got `%2`")
                           .arg(model::integrationTypeName(out.type), out.uri));
            ok = false;
        }
    } else {
        for (const char *httpOnly : {"httpMethod", "requestParameters", "requestTemplates", "templateSelectionExpression"}) {
            // A Lambda (aws_proxy) integration may name its method, and AWS requires that to be POST.
            if (out.type == model::IntegrationType::AwsProxy && qstrcmp(httpOnly, "httpMethod") == 0
                && node.contains(u"httpMethod")) {
                if (out.httpMethod != QLatin1String("POST")) {
                    sink.error(node[u"httpMethod"], field + QLatin1String(".httpMethod"),
                               QStringLiteral("must be POST for an aws_proxy (Lambda) integration; got `%1`")
                                   .arg(out.httpMethod));
                    ok = false;
                }
                continue;
            }
            if (node.contains(QString::fromLatin1(httpOnly))) {
                sink.error(node[QString::fromLatin1(httpOnly)], field + QLatin1Char('.') + QLatin1String(httpOnly),
                           QStringLiteral("applies to http and http_proxy integrations only"));
                ok = false;
            }
        }
    }
    if (out.type == model::IntegrationType::HttpProxy) {
        for (const char *templateOnly : {"requestTemplates", "templateSelectionExpression"}) {
            if (node.contains(QString::fromLatin1(templateOnly))) {
                sink.error(node[QString::fromLatin1(templateOnly)], field + QLatin1Char('.') + QLatin1String(templateOnly),
                           QStringLiteral("applies to http integrations only: http_proxy sends the message as it is"));
                ok = false;
            }
        }
    }
    return ok;
}

/// The `$context` variables a WebSocket authorizer's identity source may name (context.NAME).
const QStringList &identityContextVariables()
{
    static const QStringList names = {
        QStringLiteral("apiId"),         QStringLiteral("connectedAt"),       QStringLiteral("connectionId"),
        QStringLiteral("domainName"),    QStringLiteral("eventType"),         QStringLiteral("extendedRequestId"),
        QStringLiteral("identity.sourceIp"), QStringLiteral("identity.userAgent"), QStringLiteral("requestId"),
        QStringLiteral("requestTime"),   QStringLiteral("requestTimeEpoch"),  QStringLiteral("routeKey"),
        QStringLiteral("stage"),
    };
    return names;
}

bool readAuthorizer(const QString &name, const doc::Node &node, const QString &field, model::WsAuthorizer &out,
                    DiagnosticSink &sink)
{
    if (!node.isMapping()) {
        sink.error(node, field, QStringLiteral("must be a mapping with authorizerType: REQUEST, authorizerUri and "
                                               "identitySource"));
        return false;
    }
    out.name = name;
    out.line = node.line();
    bool ok = true;
    for (const auto &[key, value] : node.members()) {
        const QString f = field + QLatin1Char('.') + key;
        if (key == QLatin1String("authorizerType")) {
            const QString type = value.toString();
            if (type != QLatin1String("REQUEST")) {
                sink.error(value, f,
                           type == QLatin1String("JWT")
                               ? QStringLiteral("JWT authorizers are for HTTP APIs; WebSocket APIs take only REQUEST "
                                                "(Lambda) authorizers")
                               : QStringLiteral("must be REQUEST, the only authorizer type of WebSocket APIs; got `%1`")
                                     .arg(type));
                ok = false;
            }
        } else if (key == QLatin1String("authorizerUri")) {
            out.uri = value.toString();
        } else if (key == QLatin1String("identitySource")) {
            QStringList texts;
            if (value.isSequence()) {
                for (const doc::Node &item : value.items())
                    texts.append(item.toString());
            } else {
                texts = value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            }
            for (const QString &raw : std::as_const(texts)) {
                const QString text = raw.trimmed();
                static const struct
                {
                    QLatin1StringView prefix;
                    model::WsIdentitySource::Kind kind;
                } prefixes[] = {
                    {QLatin1StringView("route.request.header."), model::WsIdentitySource::Kind::Header},
                    {QLatin1StringView("route.request.querystring."), model::WsIdentitySource::Kind::Query},
                    {QLatin1StringView("stageVariables."), model::WsIdentitySource::Kind::StageVariable},
                    {QLatin1StringView("context."), model::WsIdentitySource::Kind::Context},
                };
                bool known = false;
                for (const auto &p : prefixes) {
                    if (text.startsWith(p.prefix) && text.size() > p.prefix.size()) {
                        model::WsIdentitySource source{p.kind, text.mid(p.prefix.size()), text};
                        if (source.kind == model::WsIdentitySource::Kind::Context
                            && !identityContextVariables().contains(source.name)) {
                            sink.error(value, f,
                                       QStringLiteral("`%1` names a context variable a WebSocket $connect does not have; "
                                                      "use one of context.%2")
                                           .arg(text, identityContextVariables().join(QStringLiteral(", context."))));
                            ok = false;
                        }
                        out.identitySource.append(std::move(source));
                        known = true;
                        break;
                    }
                }
                if (!known) {
                    sink.error(value, f,
                               QStringLiteral("identity source `%1` is not route.request.header.NAME, "
                                              "route.request.querystring.NAME, stageVariables.NAME or context.NAME")
                                   .arg(text));
                    ok = false;
                }
            }
        } else if (key == QLatin1String("authorizerResultTtlInSeconds")) {
            bool isInt = false;
            const qint64 v = value.toInteger(&isInt, true);
            if (!isInt || v < 0 || v > 3600) {
                sink.error(value, f, QStringLiteral("must be a whole number of seconds from 0 to 3600; got `%1`")
                                         .arg(value.toString()));
                ok = false;
                continue;
            }
            out.resultTtlInSeconds = int(v);
        } else if (key == QLatin1String("name")) {
            // AWS's Name; the key under `authorizers:` is what routes name, so this one is only kept.
        } else {
            sink.error(value, f, QStringLiteral("is not a WebSocket authorizer setting Gatehouse knows (authorizerType, "
                                                "authorizerUri, identitySource, authorizerResultTtlInSeconds, name)"));
            ok = false;
        }
    }
    if (!node.contains(u"authorizerType")) {
        sink.error(node, field + QLatin1String(".authorizerType"), QStringLiteral("is required: REQUEST"));
        ok = false;
    }
    if (out.uri.isEmpty()) {
        sink.error(node, field + QLatin1String(".authorizerUri"),
                   QStringLiteral("is required: the authorizer function's name, ARN or invocation URI"));
        ok = false;
    }
    if (out.resultTtlInSeconds > 0 && out.identitySource.isEmpty()) {
        sink.error(node[u"authorizerResultTtlInSeconds"], field + QLatin1String(".authorizerResultTtlInSeconds"),
                   QStringLiteral("caching needs an identitySource: its values are the cache key"),
                   QStringLiteral("add an identitySource, or set authorizerResultTtlInSeconds to 0"));
        ok = false;
    }
    return ok;
}

/// Reads a route's authorizationType and authorizerId (checked against the authorizers once all are read).
bool readRouteAuthorization(const QString &key, const doc::Node &value, const QString &field, model::WsRoute &route,
                            DiagnosticSink &sink)
{
    if (key == QLatin1String("authorizerId")) {
        route.authorizerId = value.toString();
        return true;
    }
    const QString type = value.toString();
    route.authorizationLine = value.line();
    if (type == QLatin1String("NONE")) {
        route.authorizationType = model::WsAuthorizationType::None;
    } else if (type == QLatin1String("AWS_IAM")) {
        route.authorizationType = model::WsAuthorizationType::AwsIam;
    } else if (type == QLatin1String("CUSTOM")) {
        route.authorizationType = model::WsAuthorizationType::Custom;
    } else {
        sink.error(value, field,
                   type == QLatin1String("JWT")
                       ? QStringLiteral("JWT authorization is for HTTP APIs; a WebSocket route takes NONE, AWS_IAM or "
                                        "CUSTOM (a REQUEST authorizer)")
                       : QStringLiteral("must be one of NONE, AWS_IAM, CUSTOM; got `%1`").arg(type));
        return false;
    }
    return true;
}

} // namespace

std::optional<model::WsDefinition> readWebSocketDefinition(const doc::Node &node, DiagnosticSink &sink)
{
    if (!node.isMapping()) {
        sink.error(node, QString(), QStringLiteral("a WebSocket API's definition must be a mapping with "
                                                   "routeSelectionExpression and routes"));
        return std::nullopt;
    }
    model::WsDefinition def;
    bool ok = true;
    for (const auto &[key, value] : node.members()) {
        if (key == QLatin1String("name")) {
            def.name = value.toString();
        } else if (key == QLatin1String("routeSelectionExpression")) {
            def.routeSelectionExpression = value.toString();
            const QString rest = QString(def.routeSelectionExpression).remove(selectionVariable());
            if (!selectionVariable().match(def.routeSelectionExpression).hasMatch() || rest.contains(QLatin1Char('$'))) {
                sink.error(value, key,
                           QStringLiteral("must be $request.body.<path> or ${request.body.<path>} (with optional static "
                                          "text); got `%1`")
                               .arg(def.routeSelectionExpression));
                ok = false;
            }
        } else if (key == QLatin1String("routes")) {
            if (!value.isMapping()) {
                sink.error(value, key, QStringLiteral("must map route keys ($connect, $disconnect, $default or your "
                                                      "own) to routes"));
                ok = false;
                continue;
            }
            for (const auto &[routeKey, r] : value.members()) {
                const QString rf = QStringLiteral("routes.%1").arg(routeKey);
                if (routeKey.startsWith(QLatin1Char('$')) && routeKey != QLatin1String("$connect")
                    && routeKey != QLatin1String("$disconnect") && routeKey != QLatin1String("$default")) {
                    sink.error(r, rf, QStringLiteral("route keys starting with $ are reserved: use $connect, "
                                                     "$disconnect or $default; got `%1`").arg(routeKey));
                    ok = false;
                    continue;
                }
                if (!r.isMapping()) {
                    sink.error(r, rf, QStringLiteral("must be a mapping with an integration"));
                    ok = false;
                    continue;
                }
                model::WsRoute route;
                route.key = routeKey;
                route.line = r.line();
                for (const auto &[k, v] : r.members()) {
                    const QString f = rf + QLatin1Char('.') + k;
                    if (k == QLatin1String("integration")) {
                        ok = readIntegration(v, f, routeKey, route.integration, sink) && ok;
                    } else if (k == QLatin1String("routeResponse")) {
                        route.routeResponse = v.toBool(false);
                    } else if (k == QLatin1String("authorizationType") || k == QLatin1String("authorizerId")) {
                        ok = readRouteAuthorization(k, v, f, route, sink) && ok;
                    } else {
                        sink.error(v, f, QStringLiteral("is not a WebSocket route setting Gatehouse knows "
                                                        "(integration, routeResponse, authorizationType, authorizerId)"));
                        ok = false;
                    }
                }
                if (!r.contains(u"integration")) {
                    sink.error(r, rf + QLatin1String(".integration"), QStringLiteral("is required"));
                    ok = false;
                }
                if (route.routeResponse && route.key == QLatin1String("$disconnect")) {
                    sink.error(r[u"routeResponse"], rf + QLatin1String(".routeResponse"),
                               QStringLiteral("$disconnect cannot answer: the connection is already closed"));
                    ok = false;
                }
                def.routes.append(std::move(route));
            }
        } else if (key == QLatin1String("authorizers")) {
            if (!value.isMapping()) {
                sink.error(value, key, QStringLiteral("must map authorizer names to REQUEST authorizers"));
                ok = false;
                continue;
            }
            for (const auto &[name, a] : value.members()) {
                model::WsAuthorizer authorizer;
                ok = readAuthorizer(name, a, QStringLiteral("authorizers.%1").arg(name), authorizer, sink) && ok;
                def.authorizers.append(std::move(authorizer));
            }
        } else {
            sink.error(value, key, QStringLiteral("is not a WebSocket API setting Gatehouse knows (name, "
                                                  "routeSelectionExpression, routes, authorizers)"));
            ok = false;
        }
    }
    if (def.routes.isEmpty()) {
        sink.error(node, QStringLiteral("routes"), QStringLiteral("a WebSocket API needs at least one route"));
        ok = false;
    }
    // Authorization: $connect only (AWS: "You can only use a Lambda authorizer function for the $connect route"; the
    // other routes of a connection inherit what $connect decided), and CUSTOM names an authorizer of this API.
    const doc::Node &routesNode = node[u"routes"];
    for (const model::WsRoute &route : std::as_const(def.routes)) {
        const doc::Node &r = routesNode[route.key];
        const QString rf = QStringLiteral("routes.%1").arg(route.key);
        const bool hasAuth = route.authorizationType != model::WsAuthorizationType::None;
        if (hasAuth && route.key != QLatin1String("$connect")) {
            sink.error(r[u"authorizationType"], rf + QLatin1String(".authorizationType"),
                       QStringLiteral("WebSocket APIs authorize the connection on $connect only; every later message "
                                      "of the connection carries what $connect's authorizer decided"),
                       QStringLiteral("move authorizationType to the $connect route"));
            ok = false;
            continue;
        }
        if (route.authorizationType == model::WsAuthorizationType::Custom) {
            if (route.authorizerId.isEmpty()) {
                sink.error(r[u"authorizationType"], rf + QLatin1String(".authorizerId"),
                           QStringLiteral("is required with authorizationType CUSTOM: the name of one of `authorizers`"));
                ok = false;
            } else if (!def.authorizer(route.authorizerId)) {
                QStringList names;
                for (const model::WsAuthorizer &a : std::as_const(def.authorizers))
                    names.append(a.name);
                sink.error(r[u"authorizerId"], rf + QLatin1String(".authorizerId"),
                           names.isEmpty() ? QStringLiteral("names an authorizer `%1`, but the API has no `authorizers`")
                                                 .arg(route.authorizerId)
                                           : QStringLiteral("names an authorizer `%1` the API does not define; it has %2")
                                                 .arg(route.authorizerId, names.join(QStringLiteral(", "))));
                ok = false;
            }
        } else if (!route.authorizerId.isEmpty()) {
            sink.error(r[u"authorizerId"], rf + QLatin1String(".authorizerId"),
                       QStringLiteral("is used only with authorizationType: CUSTOM"),
                       QStringLiteral("add authorizationType: CUSTOM to the route, or remove authorizerId"));
            ok = false;
        }
    }
    if (!ok)
        return std::nullopt;
    return def;
}

bool evaluateRouteSelection(const QString &expression, const QByteArray &body, QString *key)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    QString out;
    qsizetype last = 0;
    auto it = selectionVariable().globalMatch(expression);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += expression.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString path = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        QJsonValue v = doc.object();
        for (const QString &part : path.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
            if (!v.isObject() || !v.toObject().contains(part))
                return false;
            v = v.toObject().value(part);
        }
        if (v.isString())
            out += v.toString();
        else if (v.isDouble())
            out += QString::number(v.toDouble());
        else if (v.isBool())
            out += v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (v.isNull() || v.isUndefined())
            return false;
        else if (v.isObject())
            out += QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        else
            out += QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    }
    out += expression.mid(last);
    *key = out;
    return true;
}

} // namespace gw::io
