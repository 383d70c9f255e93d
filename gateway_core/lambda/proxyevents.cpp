// SPDX-License-Identifier: GPL-3.0-or-later
#include "proxyevents.h"

#include "engine/compiledgateway.h"
#include "observe/contextvalues.h"
#include "pipeline/exchange.h"
#include "pipeline/parametersources.h"
#include "doc/docio.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace gw::lambda {

namespace {

QString decodeComponent(QByteArrayView part)
{
    QByteArray bytes = part.toByteArray();
    bytes.replace('+', ' ');
    return QUrl::fromPercentEncoding(bytes);
}

/// The query string's parameters in order, decoded.
QList<QPair<QString, QString>> queryPairs(QByteArrayView query)
{
    QList<QPair<QString, QString>> out;
    if (query.isEmpty())
        return out;
    for (const QByteArray &part : query.toByteArray().split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        out.append({decodeComponent(eq < 0 ? QByteArrayView(part) : QByteArrayView(part).first(eq)),
                    eq < 0 ? QString() : decodeComponent(QByteArrayView(part).sliced(eq + 1))});
    }
    return out;
}

QJsonValue stageVariablesJson(const Exchange &ex)
{
    if (!ex.stage() || ex.stage()->variables.isEmpty())
        return QJsonValue::Null;
    QJsonObject o;
    for (const auto &[k, v] : ex.stage()->variables)
        o.insert(k, v);
    return o;
}

QJsonValue pathParametersJson(const Exchange &ex)
{
    const auto &params = ex.routeMatch().pathParameters;
    if (params.isEmpty())
        return QJsonValue::Null;
    QJsonObject o;
    for (const auto &[k, v] : params)
        o.insert(k, v);
    return o;
}

struct Body
{
    QJsonValue value;
    bool base64 = false;
};

Body bodyOf(const QByteArray &body, bool binary)
{
    if (body.isEmpty())
        return {QJsonValue::Null, false};
    if (binary)
        return {QString::fromLatin1(body.toBase64()), true};
    return {QString::fromUtf8(body), false};
}

/// The request headers as API Gateway passes them on, plus the X-Forwarded-* headers it adds.
http::HttpHeaders forwardedHeaders(const Exchange &ex)
{
    const http::HttpRequest &req = ex.request();
    http::HttpHeaders h = req.headers;
    if (!h.contains("x-forwarded-for"))
        h.append(QByteArrayLiteral("X-Forwarded-For"), req.peerAddress.toString().toLatin1());
    if (!h.contains("x-forwarded-port"))
        h.append(QByteArrayLiteral("X-Forwarded-Port"), QByteArray::number(req.localPort));
    if (!h.contains("x-forwarded-proto"))
        h.append(QByteArrayLiteral("X-Forwarded-Proto"), QByteArrayLiteral("http"));
    return h;
}

/// Payload 1.0 headers: the last value of each name, and every value in multiValueHeaders.
void headersV1(const http::HttpHeaders &headers, QJsonObject *single, QJsonObject *multi)
{
    for (const auto &f : headers.fields()) {
        const QString name = QString::fromLatin1(f.name);
        const QString value = QString::fromUtf8(f.value);
        single->insert(name, value);
        QJsonArray values = multi->value(name).toArray();
        values.append(value);
        multi->insert(name, values);
    }
}

QJsonObject identityJson(const Exchange &ex)
{
    QJsonObject identity;
    for (const char *key : {"accessKey", "accountId", "caller", "cognitoAuthenticationProvider", "cognitoAuthenticationType",
                            "cognitoIdentityId", "cognitoIdentityPoolId", "principalOrgId"})
        identity.insert(QLatin1String(key), QJsonValue::Null);
    identity.insert(QStringLiteral("sourceIp"), ex.request().peerAddress.toString());
    identity.insert(QStringLiteral("user"), QJsonValue::Null);
    const QByteArray ua = ex.request().headers.value("user-agent");
    identity.insert(QStringLiteral("userAgent"), ua.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromUtf8(ua)));
    identity.insert(QStringLiteral("userArn"), QJsonValue::Null);
    identity.insert(QStringLiteral("apiKey"), ex.apiKey().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(ex.apiKey()));
    identity.insert(QStringLiteral("apiKeyId"), ex.apiKeyId().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(ex.apiKeyId()));
    if (const IamTrace *iam = ex.iam(); iam && iam->ok) {
        // AWS_IAM: who signed the request; values the credential does not declare stay null.
        const auto orNull = [](const QString &v) { return v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v); };
        identity.insert(QStringLiteral("accessKey"), iam->accessKey);
        identity.insert(QStringLiteral("accountId"), orNull(iam->accountId));
        identity.insert(QStringLiteral("caller"), orNull(iam->caller));
        identity.insert(QStringLiteral("user"), orNull(iam->user));
        identity.insert(QStringLiteral("userArn"), orNull(iam->userArn));
    }
    return identity;
}

QJsonObject eventV1(const Exchange &ex, bool httpApi, bool binaryBody, const EventRequest *mapped = nullptr)
{
    const http::HttpRequest &req = ex.request();
    const CompiledRoute *route = ex.route();
    QJsonObject single, multi;
    headersV1(mapped ? mapped->headers : forwardedHeaders(ex), &single, &multi);
    QJsonObject qs, mqs;
    for (const auto &[k, v] : queryPairs(mapped ? mapped->query : req.query)) {
        qs.insert(k, v);
        QJsonArray values = mqs.value(k).toArray();
        values.append(v);
        mqs.insert(k, values);
    }
    const QString domain = contextVariable(ex, u"domainName").value_or(QString());
    QJsonObject rc{
        {QStringLiteral("accountId"), QStringLiteral("123456789012")},
        {QStringLiteral("apiId"), ex.api()->id},
        {QStringLiteral("domainName"), domain},
        {QStringLiteral("domainPrefix"), domain.section(QLatin1Char('.'), 0, 0)},
        {QStringLiteral("extendedRequestId"), ex.extendedRequestId()},
        {QStringLiteral("httpMethod"), QString::fromLatin1(req.method)},
        {QStringLiteral("identity"), identityJson(ex)},
        {QStringLiteral("path"), QString::fromUtf8(req.path)},
        {QStringLiteral("protocol"), req.httpMinor == 0 ? QStringLiteral("HTTP/1.0") : QStringLiteral("HTTP/1.1")},
        {QStringLiteral("requestId"), httpApi ? ex.extendedRequestId() : ex.requestId()},
        {QStringLiteral("requestTime"), clfTime(ex.startEpochMs())},
        {QStringLiteral("requestTimeEpoch"), ex.startEpochMs()},
        {QStringLiteral("resourceId"), route ? QJsonValue(route->resourceId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("resourcePath"), route ? route->resourcePath : QString()},
        {QStringLiteral("stage"), ex.stage() ? ex.stage()->name : QString()},
    };
    if (!httpApi)
        rc.insert(QStringLiteral("deploymentId"), ex.stage() ? ex.stage()->deploymentId : QString());
    else
        rc.insert(QStringLiteral("routeKey"), route ? route->routeKey : QString());
    if (const AuthorizerTrace *a = ex.authorizer(); a && !a->claimValues.isEmpty()) {
        // JWT and Cognito user pool authorizers: the claims (REST, HTTP APIs' payload 1.0 adds the scopes).
        QJsonObject authorizer{{QStringLiteral("claims"), a->claimValues}};
        if (httpApi)
            authorizer.insert(QStringLiteral("scopes"), a->scopes.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                            : QJsonValue(QJsonArray::fromStringList(a->scopes)));
        rc.insert(QStringLiteral("authorizer"), authorizer);
    } else if (const AuthorizerTrace *a = ex.authorizer()) {
        // REST passes the context on stringified; HTTP APIs' payload 1.0 keeps its JSON types.
        QJsonObject authorizer;
        for (auto it = a->context.begin(); it != a->context.end(); ++it)
            authorizer.insert(it.key(), httpApi ? it.value() : QJsonValue(stringifiedContextValue(it.value())));
        if (!a->principalId.isEmpty() || !httpApi)
            authorizer.insert(QStringLiteral("principalId"), a->principalId);
        authorizer.insert(QStringLiteral("integrationLatency"), a->integrationLatencyUs >= 0 ? a->integrationLatencyUs / 1000 : 0);
        rc.insert(QStringLiteral("authorizer"), authorizer);
    }
    const Body body = bodyOf(req.body, binaryBody);
    QJsonObject e{
        {QStringLiteral("resource"), route ? route->resourcePath : QString()},
        {QStringLiteral("path"), mapped && !mapped->path.isEmpty() ? QUrl::fromPercentEncoding(mapped->path) : ex.stagePath()},
        {QStringLiteral("httpMethod"), QString::fromLatin1(req.method)},
        {QStringLiteral("headers"), single},
        {QStringLiteral("multiValueHeaders"), multi},
        {QStringLiteral("queryStringParameters"), qs.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(qs)},
        {QStringLiteral("multiValueQueryStringParameters"), mqs.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(mqs)},
        {QStringLiteral("requestContext"), rc},
        {QStringLiteral("pathParameters"), pathParametersJson(ex)},
        {QStringLiteral("stageVariables"), stageVariablesJson(ex)},
        {QStringLiteral("body"), body.value},
        {QStringLiteral("isBase64Encoded"), body.base64},
    };
    if (httpApi)
        e.insert(QStringLiteral("version"), QStringLiteral("1.0"));
    return e;
}

} // namespace

bool matchesBinaryMediaType(QByteArrayView contentType, const QStringList &binaryMediaTypes)
{
    if (binaryMediaTypes.isEmpty())
        return false;
    QByteArrayView ct = contentType;
    if (const qsizetype semi = ct.indexOf(';'); semi >= 0)
        ct = ct.first(semi);
    const QString type = QString::fromLatin1(ct.trimmed()).toLower();
    for (const QString &pattern : binaryMediaTypes) {
        const QString p = pattern.trimmed().toLower();
        if (p == QLatin1String("*/*") || p == type)
            return true;
        if (p.endsWith(QLatin1String("/*")) && type.startsWith(p.chopped(1)))
            return true;
    }
    return false;
}

bool isBinaryForHttpApi(QByteArrayView contentType)
{
    if (contentType.isEmpty())
        return false;
    const QString type = QString::fromLatin1(contentType).toLower();
    return !(type.startsWith(QLatin1String("text/")) || type.contains(QLatin1String("json")) || type.contains(QLatin1String("xml"))
             || type.contains(QLatin1String("javascript")) || type.contains(QLatin1String("x-www-form-urlencoded")));
}

QByteArray restProxyEvent(const Exchange &ex, const QStringList &binaryMediaTypes)
{
    const bool binary = matchesBinaryMediaType(ex.request().headers.value("content-type"), binaryMediaTypes);
    return QJsonDocument(eventV1(ex, false, binary)).toJson(QJsonDocument::Compact);
}

EventRequest clientEventRequest(const Exchange &ex)
{
    return {forwardedHeaders(ex), ex.request().query, {}};
}

QByteArray httpProxyEventV1(const Exchange &ex, const EventRequest *mapped)
{
    const bool binary = isBinaryForHttpApi(ex.request().headers.value("content-type"));
    return QJsonDocument(eventV1(ex, true, binary, mapped)).toJson(QJsonDocument::Compact);
}


namespace {

QJsonObject eventV2(const Exchange &ex, const EventRequest *mapped = nullptr)
{
    const http::HttpRequest &req = ex.request();
    const CompiledRoute *route = ex.route();
    // Headers lower case, repeated ones joined with ","; cookies go to their own list.
    QJsonObject headers;
    QJsonArray cookies;
    const http::HttpHeaders forwarded = mapped ? mapped->headers : forwardedHeaders(ex);
    for (const auto &f : forwarded.fields()) {
        const QString name = QString::fromLatin1(f.name).toLower();
        const QString value = QString::fromUtf8(f.value);
        if (name == QLatin1String("cookie")) {
            for (const QString &c : value.split(QLatin1Char(';'), Qt::SkipEmptyParts))
                cookies.append(c.trimmed());
            continue;
        }
        headers.insert(name, headers.contains(name) ? headers.value(name).toString() + QLatin1Char(',') + value : value);
    }
    QJsonObject qs;
    const QByteArray &query = mapped ? mapped->query : req.query;
    for (const auto &[k, v] : queryPairs(query))
        qs.insert(k, qs.contains(k) ? qs.value(k).toString() + QLatin1Char(',') + v : v);
    const QString domain = contextVariable(ex, u"domainName").value_or(QString());
    const QByteArray ua = req.headers.value("user-agent");
    QJsonObject http{{QStringLiteral("method"), QString::fromLatin1(req.method)},
                     {QStringLiteral("path"), QString::fromUtf8(req.path)},
                     {QStringLiteral("protocol"), req.httpMinor == 0 ? QStringLiteral("HTTP/1.0") : QStringLiteral("HTTP/1.1")},
                     {QStringLiteral("sourceIp"), req.peerAddress.toString()},
                     {QStringLiteral("userAgent"), QString::fromUtf8(ua)}};
    QJsonObject rc{{QStringLiteral("accountId"), QStringLiteral("123456789012")},
                   {QStringLiteral("apiId"), ex.api()->id},
                   {QStringLiteral("domainName"), domain},
                   {QStringLiteral("domainPrefix"), domain.section(QLatin1Char('.'), 0, 0)},
                   {QStringLiteral("http"), http},
                   {QStringLiteral("requestId"), ex.extendedRequestId()},
                   {QStringLiteral("routeKey"), route ? route->routeKey : QString()},
                   {QStringLiteral("stage"), ex.stage() ? ex.stage()->name : QString()},
                   {QStringLiteral("time"), clfTime(ex.startEpochMs())},
                   {QStringLiteral("timeEpoch"), ex.startEpochMs()}};
    if (const AuthorizerTrace *a = ex.authorizer(); a && !a->claimValues.isEmpty()) {
        rc.insert(QStringLiteral("authorizer"),
                  QJsonObject{{QStringLiteral("jwt"),
                               QJsonObject{{QStringLiteral("claims"), a->claimValues},
                                           {QStringLiteral("scopes"), a->scopes.isEmpty()
                                                                          ? QJsonValue(QJsonValue::Null)
                                                                          : QJsonValue(QJsonArray::fromStringList(a->scopes))}}}});
    } else if (const AuthorizerTrace *a = ex.authorizer()) {
        rc.insert(QStringLiteral("authorizer"), QJsonObject{{QStringLiteral("lambda"), a->context}});
    }
    if (const IamTrace *iam = ex.iam(); iam && iam->ok) {
        // requestContext.authorizer.iam of payload 2.0 for AWS_IAM routes.
        const auto orNull = [](const QString &v) { return v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v); };
        const QJsonObject identity{{QStringLiteral("accessKey"), iam->accessKey},
                                   {QStringLiteral("accountId"), orNull(iam->accountId)},
                                   {QStringLiteral("callerId"), orNull(iam->caller)},
                                   {QStringLiteral("cognitoIdentity"), QJsonValue::Null},
                                   {QStringLiteral("principalOrgId"), QJsonValue::Null},
                                   {QStringLiteral("userArn"), orNull(iam->userArn)},
                                   {QStringLiteral("userId"), orNull(iam->user)}};
        rc.insert(QStringLiteral("authorizer"), QJsonObject{{QStringLiteral("iam"), identity}});
    }
    const Body body = bodyOf(req.body, isBinaryForHttpApi(req.headers.value("content-type")));
    QJsonObject e{{QStringLiteral("version"), QStringLiteral("2.0")},
                  {QStringLiteral("routeKey"), route ? route->routeKey : QString()},
                  {QStringLiteral("rawPath"), QString::fromUtf8(mapped && !mapped->path.isEmpty() ? mapped->path : req.path)},
                  {QStringLiteral("rawQueryString"), QString::fromUtf8(query)},
                  {QStringLiteral("headers"), headers},
                  {QStringLiteral("requestContext"), rc},
                  {QStringLiteral("isBase64Encoded"), body.base64}};
    if (!cookies.isEmpty())
        e.insert(QStringLiteral("cookies"), cookies);
    if (!qs.isEmpty())
        e.insert(QStringLiteral("queryStringParameters"), qs);
    if (!body.value.isNull())
        e.insert(QStringLiteral("body"), body.value);
    const QJsonValue params = pathParametersJson(ex);
    if (!params.isNull())
        e.insert(QStringLiteral("pathParameters"), params);
    const QJsonValue vars = stageVariablesJson(ex);
    if (!vars.isNull())
        e.insert(QStringLiteral("stageVariables"), vars);
    return e;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray httpProxyEventV2(const Exchange &ex, const EventRequest *mapped)
{
    return compact(eventV2(ex, mapped));
}

QByteArray restTokenAuthorizerEvent(const QString &token, const QString &methodArn)
{
    return compact({{QStringLiteral("type"), QStringLiteral("TOKEN")},
                    {QStringLiteral("authorizationToken"), token},
                    {QStringLiteral("methodArn"), methodArn}});
}

QByteArray requestAuthorizerEventV1(const Exchange &ex, const QString &methodArn, const QStringList &identity)
{
    const bool httpApi = !ex.isRestApi();
    QJsonObject e = eventV1(ex, httpApi, false);
    e.remove(QStringLiteral("body"));
    e.remove(QStringLiteral("isBase64Encoded"));
    e.insert(QStringLiteral("type"), QStringLiteral("REQUEST"));
    e.insert(QStringLiteral("methodArn"), methodArn);
    if (httpApi) {
        e.insert(QStringLiteral("identitySource"), identity.join(QLatin1Char(',')));
        e.insert(QStringLiteral("authorizationToken"), identity.join(QLatin1Char(',')));
    }
    return compact(e);
}

QByteArray requestAuthorizerEventV2(const Exchange &ex, const QString &routeArn, const QStringList &identity)
{
    QJsonObject e = eventV2(ex);
    e.remove(QStringLiteral("body"));
    e.remove(QStringLiteral("isBase64Encoded"));
    e.insert(QStringLiteral("type"), QStringLiteral("REQUEST"));
    e.insert(QStringLiteral("routeArn"), routeArn);
    e.insert(QStringLiteral("identitySource"), QJsonArray::fromStringList(identity));
    return compact(e);
}

namespace {

QByteArray scalarHeaderValue(const QJsonValue &v, bool *ok)
{
    *ok = true;
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString().toUtf8();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QByteArray::number(qint64(d)) : QByteArray::number(d);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    default:
        *ok = false;
        return {};
    }
}

bool statusOf(const QJsonValue &v, int *status)
{
    bool ok = false;
    int s = 0;
    if (v.isDouble()) {
        const double d = v.toDouble();
        ok = d == double(int(d));
        s = int(d);
    } else if (v.isString()) {
        s = v.toString().toInt(&ok);
    }
    if (!ok || s < 100 || s > 599)
        return false;
    *status = s;
    return true;
}

} // namespace

std::optional<ProxyResponse> parseProxyResponseV1(const QByteArray &payload, bool decodeBase64, QString *problem)
{
    // Parsed in order, so headers keep the order the function gave them.
    const doc::ParseResult parsed = doc::parseJson(payload.trimmed().isEmpty() ? QByteArrayLiteral("null") : payload);
    if (!parsed.ok()) {
        *problem = QStringLiteral("the function's result is not JSON (%1)").arg(parsed.error->message);
        return std::nullopt;
    }
    const doc::Node &o = parsed.root;
    if (!o.isMapping()) {
        *problem = QStringLiteral("the function returned %1, but a proxy integration needs an object with statusCode, "
                                  "headers and body")
                       .arg(o.isSequence() ? QStringLiteral("a list") : o.isNull() ? QStringLiteral("null")
                                                                                  : QStringLiteral("a plain value"));
        return std::nullopt;
    }
    if (o.isEmpty()) {
        *problem = QStringLiteral("the function returned an empty object; it needs at least statusCode");
        return std::nullopt;
    }
    static const QStringList allowed = {QStringLiteral("statusCode"), QStringLiteral("headers"),
                                        QStringLiteral("multiValueHeaders"), QStringLiteral("body"),
                                        QStringLiteral("isBase64Encoded")};
    for (const auto &[key, value] : o.members()) {
        Q_UNUSED(value);
        if (!allowed.contains(key)) {
            *problem = QStringLiteral("the result has a field `%1`; only statusCode, headers, multiValueHeaders, body and "
                                      "isBase64Encoded are allowed")
                           .arg(key);
            return std::nullopt;
        }
    }
    ProxyResponse r;
    if (const doc::Node *sc = o.find(u"statusCode"); sc && !statusOf(sc->toJson(), &r.status)) {
        *problem = QStringLiteral("statusCode must be an HTTP status (a number or a string of digits); got %1")
                       .arg(sc->isString() ? QLatin1Char('"') + sc->scalarText() + QLatin1Char('"')
                                           : sc->isNumber() ? sc->scalarText() : QString::fromLatin1(sc->kindName()));
        return std::nullopt;
    }
    const doc::Node &mvh = o[u"multiValueHeaders"];
    if (!mvh.isNull()) {
        if (!mvh.isMapping()) {
            *problem = QStringLiteral("multiValueHeaders must be an object of lists");
            return std::nullopt;
        }
        for (const auto &[name, values] : mvh.members()) {
            if (!values.isSequence()) {
                *problem = QStringLiteral("multiValueHeaders.%1 must be a list of values").arg(name);
                return std::nullopt;
            }
            for (const doc::Node &v : values.items()) {
                bool ok = false;
                const QByteArray value = scalarHeaderValue(v.toJson(), &ok);
                if (!ok) {
                    *problem = QStringLiteral("multiValueHeaders.%1 has a value that is not a string").arg(name);
                    return std::nullopt;
                }
                r.headers.append(name.toLatin1(), value);
            }
        }
    }
    const doc::Node &h = o[u"headers"];
    if (!h.isNull()) {
        if (!h.isMapping()) {
            *problem = QStringLiteral("headers must be an object of strings");
            return std::nullopt;
        }
        for (const auto &[name, v] : h.members()) {
            bool ok = false;
            const QByteArray value = scalarHeaderValue(v.toJson(), &ok);
            if (!ok) {
                *problem = QStringLiteral("headers.%1 must be a string; use multiValueHeaders for lists").arg(name);
                return std::nullopt;
            }
            // A pair also given in multiValueHeaders appears once.
            if (!r.headers.values(name.toLatin1()).contains(value))
                r.headers.append(name.toLatin1(), value);
        }
    }
    const doc::Node &body = o[u"body"];
    if (!body.isNull() && !body.isString()) {
        *problem = QStringLiteral("body must be a string (serialize objects with JSON.stringify or json.dumps); got %1")
                       .arg(QString::fromLatin1(body.kindName()));
        return std::nullopt;
    }
    const doc::Node &b64 = o[u"isBase64Encoded"];
    if (!b64.isNull() && !b64.isBool()) {
        *problem = QStringLiteral("isBase64Encoded must be true or false");
        return std::nullopt;
    }
    r.body = body.scalarText().toUtf8();
    if (b64.toBool() && decodeBase64)
        r.body = QByteArray::fromBase64(r.body);
    return r;
}

std::optional<ProxyResponse> parseProxyResponseV2(const QByteArray &payload, QString *problem)
{
    // Any JSON value is valid here, including a bare string or number.
    const doc::ParseResult parsed = doc::parseJson(payload.trimmed().isEmpty() ? QByteArrayLiteral("null") : payload);
    if (!parsed.ok()) {
        *problem = QStringLiteral("the function's result is not JSON (%1)").arg(parsed.error->message);
        return std::nullopt;
    }
    const doc::Node &v = parsed.root;
    ProxyResponse r;
    if (!v.isMapping() || !v.contains(u"statusCode")) {
        // Inferred: a 200 whose body is the result (a string as it is, anything else as JSON).
        r.headers.append(QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json"));
        r.body = v.isString() ? v.scalarText().toUtf8() : payload.trimmed();
        return r;
    }
    // With statusCode present the result is a structured response, checked as strictly as 1.0.
    static const QStringList allowed = {QStringLiteral("statusCode"), QStringLiteral("headers"), QStringLiteral("cookies"),
                                        QStringLiteral("body"), QStringLiteral("isBase64Encoded")};
    for (const auto &[key, value] : v.members()) {
        Q_UNUSED(value);
        if (!allowed.contains(key)) {
            *problem = QStringLiteral("the result has statusCode, so it is a structured response, and it has a field `%1`; "
                                      "only statusCode, headers, cookies, body and isBase64Encoded are allowed")
                           .arg(key);
            return std::nullopt;
        }
    }
    const QJsonObject o = v.toJson().toObject();
    if (!statusOf(o.value(QLatin1String("statusCode")), &r.status)) {
        *problem = QStringLiteral("statusCode must be an HTTP status; got %1").arg(v[u"statusCode"].toString(QStringLiteral("a non-number")));
        return std::nullopt;
    }
    const QJsonValue h = o.value(QLatin1String("headers"));
    if (h.isObject()) {
        const QJsonObject m = h.toObject();
        for (auto it = m.begin(); it != m.end(); ++it) {
            bool ok = false;
            const QByteArray value = scalarHeaderValue(it.value(), &ok);
            if (!ok) {
                *problem = QStringLiteral("headers.%1 must be a string").arg(it.key());
                return std::nullopt;
            }
            r.headers.append(it.key().toLatin1(), value);
        }
    } else if (!h.isUndefined() && !h.isNull()) {
        *problem = QStringLiteral("headers must be an object");
        return std::nullopt;
    }
    const QJsonValue cookies = o.value(QLatin1String("cookies"));
    if (!cookies.isUndefined() && !cookies.isNull() && !cookies.isArray()) {
        *problem = QStringLiteral("cookies must be a list of Set-Cookie strings");
        return std::nullopt;
    }
    for (const QJsonValue &c : cookies.toArray()) {
        if (!c.isString()) {
            *problem = QStringLiteral("cookies must be a list of Set-Cookie strings");
            return std::nullopt;
        }
        r.headers.append(QByteArrayLiteral("set-cookie"), c.toString().toUtf8());
    }
    const doc::Node &body = v[u"body"];
    if (!body.isNull() && !body.isString()) {
        *problem = QStringLiteral("body must be a string (serialize objects with JSON.stringify or json.dumps); got %1")
                       .arg(QString::fromLatin1(body.kindName()));
        return std::nullopt;
    }
    r.body = body.scalarText().toUtf8();
    const QJsonValue b64 = o.value(QLatin1String("isBase64Encoded"));
    if (!b64.isUndefined() && !b64.isNull() && !b64.isBool()) {
        *problem = QStringLiteral("isBase64Encoded must be true or false");
        return std::nullopt;
    }
    if (b64.toBool())
        r.body = QByteArray::fromBase64(r.body);
    return r;
}

} // namespace gw::lambda
