// SPDX-License-Identifier: GPL-3.0-or-later
#include "proxyevents.h"

#include "engine/compiledgateway.h"
#include "observe/contextvalues.h"
#include "pipeline/exchange.h"
#include "common/jsonwriter.h"
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

/// Values grouped by name, names in the order they first appear (headers, query parameters).
template<typename T>
class Grouped
{
public:
    void add(const T &name, const T &value)
    {
        // A hash only for many names: a hostile request may repeat thousands.
        qsizetype at = -1;
        if (m_names.size() <= kLinear) {
            for (qsizetype i = 0; i < m_names.size() && at < 0; ++i)
                if (m_names[i] == name)
                    at = i;
        } else {
            if (m_index.isEmpty())
                for (qsizetype i = 0; i < m_names.size(); ++i)
                    m_index.insert(m_names[i], i);
            at = m_index.value(name, -1);
        }
        if (at >= 0) {
            m_values[at].append(value);
            return;
        }
        if (!m_index.isEmpty())
            m_index.insert(name, m_names.size());
        m_names.append(name);
        m_values.emplaceBack(QList<T>{value});
    }
    qsizetype size() const { return m_names.size(); }
    bool isEmpty() const { return m_names.isEmpty(); }
    const T &name(qsizetype i) const { return m_names[i]; }
    const QList<T> &values(qsizetype i) const { return m_values[i]; }

private:
    static constexpr qsizetype kLinear = 16;
    QList<T> m_names;
    QList<QList<T>> m_values;
    QHash<T, qsizetype> m_index;
};

void writeHeaderName(JsonWriter &w, const QByteArray &name)
{
    w.key(QLatin1StringView(name));
}

void writeHeaderName(JsonWriter &w, const QString &name)
{
    w.key(name);
}

void writeText(JsonWriter &w, const QByteArray &utf8)
{
    w.utf8(utf8);
}

void writeText(JsonWriter &w, const QString &text)
{
    w.string(text);
}

QByteArray joined(const QList<QByteArray> &values)
{
    return values.join(',');
}

QString joined(const QStringList &values)
{
    return values.join(QLatin1Char(','));
}

/// Payload 1.0's pair: the last value of each name, then every value (multiValue*), or two nulls when there are none.
template<typename T>
void writeLastAndAll(JsonWriter &w, const Grouped<T> &g, QLatin1StringView lastKey, QLatin1StringView allKey)
{
    if (g.isEmpty()) {
        w.member(lastKey, QJsonValue());
        w.member(allKey, QJsonValue());
        return;
    }
    w.key(lastKey);
    w.beginObject();
    for (qsizetype i = 0; i < g.size(); ++i) {
        writeHeaderName(w, g.name(i));
        writeText(w, g.values(i).constLast());
    }
    w.endObject();
    w.key(allKey);
    w.beginObject();
    for (qsizetype i = 0; i < g.size(); ++i) {
        writeHeaderName(w, g.name(i));
        w.beginArray();
        for (const T &v : g.values(i))
            writeText(w, v);
        w.endArray();
    }
    w.endObject();
}

/// Payload 2.0's form: each name once, its values joined with ",".
template<typename T>
void writeJoined(JsonWriter &w, const Grouped<T> &g)
{
    w.beginObject();
    for (qsizetype i = 0; i < g.size(); ++i) {
        writeHeaderName(w, g.name(i));
        const QList<T> &values = g.values(i);
        writeText(w, values.size() == 1 ? values.constFirst() : joined(values));
    }
    w.endObject();
}

template<typename Pairs>
void writeNamedOrNull(JsonWriter &w, QLatin1StringView key, const Pairs &pairs)
{
    w.key(key);
    if (pairs.empty()) {
        w.null();
        return;
    }
    w.beginObject();
    for (const auto &[k, v] : pairs)
        w.member(QStringView(k), v);
    w.endObject();
}

void writeBody(JsonWriter &w, const QByteArray &body, bool binary)
{
    if (body.isEmpty())
        w.null();
    else if (binary)
        w.utf8(body.toBase64());
    else
        w.utf8(body);
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

void writeIdentity(JsonWriter &w, const Exchange &ex)
{
    // AWS_IAM: who signed the request; values the credential does not declare stay null.
    const IamTrace *iam = ex.iam();
    if (iam && !iam->ok)
        iam = nullptr;
    w.key(QLatin1StringView("identity"));
    w.beginObject();
    if (iam)
        w.member(QLatin1StringView("accessKey"), iam->accessKey);
    else
        w.member(QLatin1StringView("accessKey"), QJsonValue());
    w.key(QLatin1StringView("accountId"));
    w.stringOrNull(iam ? QStringView(iam->accountId) : QStringView());
    w.key(QLatin1StringView("apiKey"));
    w.stringOrNull(ex.apiKey());
    w.key(QLatin1StringView("apiKeyId"));
    w.stringOrNull(ex.apiKeyId());
    w.key(QLatin1StringView("caller"));
    w.stringOrNull(iam ? QStringView(iam->caller) : QStringView());
    for (const char *key : {"cognitoAuthenticationProvider", "cognitoAuthenticationType", "cognitoIdentityId",
                            "cognitoIdentityPoolId", "principalOrgId"})
        w.member(QLatin1StringView(key), QJsonValue());
    w.member(QLatin1StringView("sourceIp"), ex.request().peerAddress.toString());
    w.key(QLatin1StringView("user"));
    w.stringOrNull(iam ? QStringView(iam->user) : QStringView());
    w.key(QLatin1StringView("userAgent"));
    if (const QByteArray ua = ex.request().headers.value("user-agent"); ua.isNull())
        w.null();
    else
        w.utf8(ua);
    w.key(QLatin1StringView("userArn"));
    w.stringOrNull(iam ? QStringView(iam->userArn) : QStringView());
    w.endObject();
}

QLatin1StringView protocolOf(const http::HttpRequest &req)
{
    return req.httpMinor == 0 ? QLatin1StringView("HTTP/1.0") : QLatin1StringView("HTTP/1.1");
}

/// What a payload 1.0 event holds before its body: REST's format, HTTP APIs' payload 1.0 (`httpApi`), and the REQUEST
/// authorizers' events built on them. Written into an open object.
void writeEventV1(JsonWriter &w, const Exchange &ex, bool httpApi, const EventRequest *mapped)
{
    const http::HttpRequest &req = ex.request();
    const CompiledRoute *route = ex.route();
    const QString resourcePath = route ? route->resourcePath : QString();
    w.member(QLatin1StringView("resource"), resourcePath);
    w.member(QLatin1StringView("path"), mapped && !mapped->path.isEmpty() ? QUrl::fromPercentEncoding(mapped->path) : ex.stagePath());
    w.member(QLatin1StringView("httpMethod"), QLatin1StringView(req.method));

    const http::HttpHeaders sent = mapped ? mapped->headers : forwardedHeaders(ex);
    Grouped<QByteArray> headers;
    for (const auto &f : sent.fields())
        headers.add(f.name, f.value);
    writeLastAndAll(w, headers, QLatin1StringView("headers"), QLatin1StringView("multiValueHeaders"));
    Grouped<QString> query;
    for (const auto &[k, v] : queryPairs(mapped ? mapped->query : req.query))
        query.add(k, v);
    writeLastAndAll(w, query, QLatin1StringView("queryStringParameters"), QLatin1StringView("multiValueQueryStringParameters"));

    // requestContext, its members in AWS's (alphabetical) order.
    w.key(QLatin1StringView("requestContext"));
    w.beginObject();
    w.member(QLatin1StringView("accountId"), QLatin1StringView("123456789012"));
    w.member(QLatin1StringView("apiId"), ex.api()->id);
    if (const AuthorizerTrace *a = ex.authorizer(); a && !a->claimValues.isEmpty()) {
        // JWT and Cognito user pool authorizers: the claims (REST, HTTP APIs' payload 1.0 adds the scopes).
        w.key(QLatin1StringView("authorizer"));
        w.beginObject();
        w.member(QLatin1StringView("claims"), QJsonValue(a->claimValues));
        if (httpApi)
            w.member(QLatin1StringView("scopes"), a->scopes.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(a->scopes)));
        w.endObject();
    } else if (a) {
        // REST passes the context on stringified; HTTP APIs' payload 1.0 keeps its JSON types. Members sorted, as
        // the context's own keys may come before or after the two Gatehouse adds.
        QJsonObject authorizer;
        for (auto it = a->context.begin(); it != a->context.end(); ++it)
            authorizer.insert(it.key(), httpApi ? it.value() : QJsonValue(stringifiedContextValue(it.value())));
        if (!a->principalId.isEmpty() || !httpApi)
            authorizer.insert(QStringLiteral("principalId"), a->principalId);
        authorizer.insert(QStringLiteral("integrationLatency"), a->integrationLatencyUs >= 0 ? a->integrationLatencyUs / 1000 : 0);
        w.member(QLatin1StringView("authorizer"), QJsonValue(authorizer));
    }
    if (!httpApi)
        w.member(QLatin1StringView("deploymentId"), ex.stage() ? ex.stage()->deploymentId : QString());
    const QString domain = domainName(req.headers);
    w.member(QLatin1StringView("domainName"), domain);
    w.member(QLatin1StringView("domainPrefix"), domainPrefix(domain));
    w.member(QLatin1StringView("extendedRequestId"), ex.extendedRequestId());
    w.member(QLatin1StringView("httpMethod"), QLatin1StringView(req.method));
    writeIdentity(w, ex);
    w.key(QLatin1StringView("path"));
    w.utf8(req.path);
    w.member(QLatin1StringView("protocol"), protocolOf(req));
    w.member(QLatin1StringView("requestId"), httpApi ? ex.extendedRequestId() : ex.requestId());
    w.member(QLatin1StringView("requestTime"), clfTime(ex.startEpochMs()));
    w.member(QLatin1StringView("requestTimeEpoch"), ex.startEpochMs());
    w.key(QLatin1StringView("resourceId"));
    if (route)
        w.string(route->resourceId);
    else
        w.null();
    w.member(QLatin1StringView("resourcePath"), resourcePath);
    if (httpApi)
        w.member(QLatin1StringView("routeKey"), route ? route->routeKey : QString());
    w.member(QLatin1StringView("stage"), ex.stage() ? ex.stage()->name : QString());
    w.endObject();

    writeNamedOrNull(w, QLatin1StringView("pathParameters"), ex.routeMatch().pathParameters);
    if (ex.stage())
        writeNamedOrNull(w, QLatin1StringView("stageVariables"), ex.stage()->variables);
    else
        w.member(QLatin1StringView("stageVariables"), QJsonValue());
}

QByteArray eventV1(const Exchange &ex, bool httpApi, bool binaryBody, const EventRequest *mapped = nullptr)
{
    JsonWriter w;
    w.beginObject();
    if (httpApi)
        w.member(QLatin1StringView("version"), QLatin1StringView("1.0"));
    writeEventV1(w, ex, httpApi, mapped);
    w.key(QLatin1StringView("body"));
    writeBody(w, ex.request().body, binaryBody);
    w.member(QLatin1StringView("isBase64Encoded"), binaryBody && !ex.request().body.isEmpty());
    w.endObject();
    return w.take();
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
    return eventV1(ex, false, binary);
}

EventRequest clientEventRequest(const Exchange &ex)
{
    return {forwardedHeaders(ex), ex.request().query, {}};
}

QByteArray httpProxyEventV1(const Exchange &ex, const EventRequest *mapped)
{
    const bool binary = isBinaryForHttpApi(ex.request().headers.value("content-type"));
    return eventV1(ex, true, binary, mapped);
}


namespace {

/// What a payload 2.0 event holds up to its body (and the REQUEST authorizer's 2.0 event without one), written
/// into an open object after `version` and what a caller adds.
void writeEventV2(JsonWriter &w, const Exchange &ex, const EventRequest *mapped)
{
    const http::HttpRequest &req = ex.request();
    const CompiledRoute *route = ex.route();
    const QString routeKey = route ? route->routeKey : QString();
    w.member(QLatin1StringView("routeKey"), routeKey);
    w.key(QLatin1StringView("rawPath"));
    w.utf8(mapped && !mapped->path.isEmpty() ? mapped->path : req.path);
    const QByteArray &query = mapped ? mapped->query : req.query;
    w.key(QLatin1StringView("rawQueryString"));
    w.utf8(query);

    // Headers lower case, repeated ones joined with ","; cookies go to their own list.
    Grouped<QByteArray> headers;
    QStringList cookies;
    const http::HttpHeaders sent = mapped ? mapped->headers : forwardedHeaders(ex);
    for (const auto &f : sent.fields()) {
        const QByteArray name = f.name.toLower();
        if (name == "cookie") {
            for (const QString &c : QString::fromUtf8(f.value).split(QLatin1Char(';'), Qt::SkipEmptyParts))
                cookies.append(c.trimmed());
            continue;
        }
        headers.add(name, f.value);
    }
    if (!cookies.isEmpty())
        w.member(QLatin1StringView("cookies"), QJsonValue(QJsonArray::fromStringList(cookies)));
    w.key(QLatin1StringView("headers"));
    writeJoined(w, headers);
    Grouped<QString> params;
    for (const auto &[k, v] : queryPairs(query))
        params.add(k, v);
    if (!params.isEmpty()) {
        w.key(QLatin1StringView("queryStringParameters"));
        writeJoined(w, params);
    }

    w.key(QLatin1StringView("requestContext"));
    w.beginObject();
    w.member(QLatin1StringView("accountId"), QLatin1StringView("123456789012"));
    w.member(QLatin1StringView("apiId"), ex.api()->id);
    const AuthorizerTrace *a = ex.authorizer();
    if (const IamTrace *iam = ex.iam(); iam && iam->ok) {
        // requestContext.authorizer.iam of payload 2.0 for AWS_IAM routes.
        w.key(QLatin1StringView("authorizer"));
        w.beginObject();
        w.key(QLatin1StringView("iam"));
        w.beginObject();
        w.member(QLatin1StringView("accessKey"), iam->accessKey);
        w.key(QLatin1StringView("accountId"));
        w.stringOrNull(iam->accountId);
        w.key(QLatin1StringView("callerId"));
        w.stringOrNull(iam->caller);
        w.member(QLatin1StringView("cognitoIdentity"), QJsonValue());
        w.member(QLatin1StringView("principalOrgId"), QJsonValue());
        w.key(QLatin1StringView("userArn"));
        w.stringOrNull(iam->userArn);
        w.key(QLatin1StringView("userId"));
        w.stringOrNull(iam->user);
        w.endObject();
        w.endObject();
    } else if (a && !a->claimValues.isEmpty()) {
        w.key(QLatin1StringView("authorizer"));
        w.beginObject();
        w.key(QLatin1StringView("jwt"));
        w.beginObject();
        w.member(QLatin1StringView("claims"), QJsonValue(a->claimValues));
        w.member(QLatin1StringView("scopes"), a->scopes.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(a->scopes)));
        w.endObject();
        w.endObject();
    } else if (a) {
        w.key(QLatin1StringView("authorizer"));
        w.beginObject();
        w.member(QLatin1StringView("lambda"), QJsonValue(a->context));
        w.endObject();
    }
    const QString domain = domainName(req.headers);
    w.member(QLatin1StringView("domainName"), domain);
    w.member(QLatin1StringView("domainPrefix"), domainPrefix(domain));
    w.key(QLatin1StringView("http"));
    w.beginObject();
    w.member(QLatin1StringView("method"), QLatin1StringView(req.method));
    w.key(QLatin1StringView("path"));
    w.utf8(req.path);
    w.member(QLatin1StringView("protocol"), protocolOf(req));
    w.member(QLatin1StringView("sourceIp"), req.peerAddress.toString());
    w.key(QLatin1StringView("userAgent"));
    w.utf8(req.headers.value("user-agent"));
    w.endObject();
    w.member(QLatin1StringView("requestId"), ex.extendedRequestId());
    w.member(QLatin1StringView("routeKey"), routeKey);
    w.member(QLatin1StringView("stage"), ex.stage() ? ex.stage()->name : QString());
    w.member(QLatin1StringView("time"), clfTime(ex.startEpochMs()));
    w.member(QLatin1StringView("timeEpoch"), ex.startEpochMs());
    w.endObject();

    // Absent rather than null in 2.0.
    if (!ex.routeMatch().pathParameters.isEmpty())
        writeNamedOrNull(w, QLatin1StringView("pathParameters"), ex.routeMatch().pathParameters);
    if (ex.stage() && !ex.stage()->variables.isEmpty())
        writeNamedOrNull(w, QLatin1StringView("stageVariables"), ex.stage()->variables);
}

} // namespace

QByteArray httpProxyEventV2(const Exchange &ex, const EventRequest *mapped)
{
    const http::HttpRequest &req = ex.request();
    const bool binary = isBinaryForHttpApi(req.headers.value("content-type"));
    JsonWriter w;
    w.beginObject();
    w.member(QLatin1StringView("version"), QLatin1StringView("2.0"));
    writeEventV2(w, ex, mapped);
    if (!req.body.isEmpty()) {
        w.key(QLatin1StringView("body"));
        writeBody(w, req.body, binary);
    }
    w.member(QLatin1StringView("isBase64Encoded"), binary && !req.body.isEmpty());
    w.endObject();
    return w.take();
}

QByteArray restTokenAuthorizerEvent(const QString &token, const QString &methodArn)
{
    JsonWriter w(256);
    w.beginObject();
    w.member(QLatin1StringView("type"), QLatin1StringView("TOKEN"));
    w.member(QLatin1StringView("methodArn"), methodArn);
    w.member(QLatin1StringView("authorizationToken"), token);
    w.endObject();
    return w.take();
}

QByteArray requestAuthorizerEventV1(const Exchange &ex, const QString &methodArn, const QStringList &identity)
{
    const bool httpApi = !ex.isRestApi();
    JsonWriter w;
    w.beginObject();
    if (httpApi)
        w.member(QLatin1StringView("version"), QLatin1StringView("1.0"));
    w.member(QLatin1StringView("type"), QLatin1StringView("REQUEST"));
    w.member(QLatin1StringView("methodArn"), methodArn);
    if (httpApi) {
        const QString joined = identity.join(QLatin1Char(','));
        w.member(QLatin1StringView("identitySource"), joined);
        w.member(QLatin1StringView("authorizationToken"), joined);
    }
    writeEventV1(w, ex, httpApi, nullptr);
    w.endObject();
    return w.take();
}

QByteArray requestAuthorizerEventV2(const Exchange &ex, const QString &routeArn, const QStringList &identity)
{
    JsonWriter w;
    w.beginObject();
    w.member(QLatin1StringView("version"), QLatin1StringView("2.0"));
    w.member(QLatin1StringView("type"), QLatin1StringView("REQUEST"));
    w.member(QLatin1StringView("routeArn"), routeArn);
    w.member(QLatin1StringView("identitySource"), QJsonValue(QJsonArray::fromStringList(identity)));
    writeEventV2(w, ex, nullptr);
    w.endObject();
    return w.take();
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
