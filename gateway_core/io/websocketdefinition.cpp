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

bool readIntegration(const doc::Node &node, const QString &field, model::WsIntegration &out, DiagnosticSink &sink)
{
    if (!node.isMapping()) {
        sink.error(node, field, QStringLiteral("must be a mapping with type (mock or aws_proxy) and, for aws_proxy, uri"));
        return false;
    }
    out.line = node.line();
    bool ok = true;
    for (const auto &[key, value] : node.members()) {
        const QString f = field + QLatin1Char('.') + key;
        if (key == QLatin1String("type")) {
            if (!model::parseIntegrationType(value.toString(), &out.type)) {
                sink.error(value, f, QStringLiteral("must be one of mock, aws_proxy; got `%1`").arg(value.toString()));
                ok = false;
            } else if (out.type != model::IntegrationType::Mock && out.type != model::IntegrationType::AwsProxy) {
                sink.error(value, f,
                           QStringLiteral("`%1` integrations of WebSocket routes are not emulated yet; use mock or aws_proxy")
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
        } else if (key == QLatin1String("responseBody")) {
            out.responseBody = value.isScalar() ? value.toString() : QString::fromUtf8(QJsonDocument(value.toJson().toObject()).toJson(QJsonDocument::Compact));
        } else {
            sink.error(value, f, QStringLiteral("is not a WebSocket integration setting Gatehouse knows (type, uri, "
                                                "statusCode, responseBody, timeoutInMillis)"));
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
    return ok;
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
                        ok = readIntegration(v, f, route.integration, sink) && ok;
                    } else if (k == QLatin1String("routeResponse")) {
                        route.routeResponse = v.toBool(false);
                    } else {
                        sink.error(v, f, QStringLiteral("is not a WebSocket route setting Gatehouse knows "
                                                        "(integration, routeResponse)"));
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
        } else {
            sink.error(value, key, QStringLiteral("is not a WebSocket API setting Gatehouse knows (name, "
                                                  "routeSelectionExpression, routes)"));
            ok = false;
        }
    }
    if (def.routes.isEmpty()) {
        sink.error(node, QStringLiteral("routes"), QStringLiteral("a WebSocket API needs at least one route"));
        ok = false;
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
