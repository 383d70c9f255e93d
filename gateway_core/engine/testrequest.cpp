// SPDX-License-Identifier: GPL-3.0-or-later
#include "testrequest.h"

#include "http/httpheaders.h"

namespace gw {

namespace {

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isUnreserved(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
}

bool isSubDelim(char c)
{
    switch (c) {
    case '!': case '$': case '&': case '\'': case '(': case ')': case '*': case '+': case ',': case ';': case '=':
        return true;
    default:
        return false;
    }
}

/// Percent-encodes every byte of `text` that is not unreserved, a sub-delimiter or in `alsoKeep`; keeps %XY escapes.
QByteArray encode(const QString &text, QByteArrayView alsoKeep, QByteArrayView encodeAnyway = {})
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    static constexpr char hex[] = "0123456789ABCDEF";
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        if (c == '%' && i + 2 < utf8.size() && isHex(utf8.at(i + 1)) && isHex(utf8.at(i + 2))) {
            out += c;
            continue;
        }
        if ((isUnreserved(c) || isSubDelim(c) || alsoKeep.contains(c)) && !encodeAnyway.contains(c)) {
            out += c;
            continue;
        }
        out += '%';
        out += hex[(uchar(c) >> 4) & 0xF];
        out += hex[uchar(c) & 0xF];
    }
    return out;
}

bool isFramingHeader(QByteArrayView name)
{
    for (const char *framing : {"host", "content-length", "connection", "transfer-encoding"}) {
        if (http::HttpHeaders::nameEquals(name, QByteArrayView(framing)))
            return true;
    }
    return false;
}

bool isToken(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        if (!(isUnreserved(c) || c == '!' || c == '#' || c == '$' || c == '%' || c == '&' || c == '\'' || c == '*'
              || c == '+' || c == '^' || c == '`' || c == '|'))
            return false;
    }
    return true;
}

} // namespace

QByteArray encodeTestPath(const QString &path)
{
    QByteArray out = encode(path, ":@/");
    if (!out.startsWith('/'))
        out.prepend('/');
    return out;
}

QByteArray encodeTestQuery(const QString &query)
{
    // '+' is sent as %2B: API Gateway reads a literal '+' in a query as a space, which is rarely what was typed.
    return encode(query, ":@/?", "+");
}

BuiltTestRequest buildTestRequest(const TestRequestSpec &spec, quint16 port, qint64 nowEpochSeconds)
{
    BuiltTestRequest out;
    if (spec.apiId.isEmpty()) {
        out.problem = QStringLiteral("Choose the API to send the request to.");
        return out;
    }
    const QByteArray method = spec.method.trimmed().toUpper().toLatin1();
    if (!isToken(method) || method == "ANY") {
        out.problem = QStringLiteral("Method: “%1” is not an HTTP method; choose GET, POST or another one (ANY is "
                                     "what a route accepts, not what a client sends).")
                          .arg(spec.method);
        return out;
    }

    // Path and query: a '?' typed in the path starts the query; the query field follows it.
    QString path = spec.path.trimmed();
    QString typedQuery;
    if (const qsizetype q = path.indexOf(QLatin1Char('?')); q >= 0) {
        typedQuery = path.mid(q + 1);
        path.truncate(q);
    }
    QString query = spec.query.trimmed();
    if (query.startsWith(QLatin1Char('?')))
        query.remove(0, 1);
    if (!typedQuery.isEmpty() && !query.isEmpty())
        typedQuery += QLatin1Char('&');
    typedQuery += query;

    QByteArray target;
    if (!spec.stage.isEmpty() && spec.stage != QLatin1String("$default"))
        target = encodeTestPath(spec.stage);
    const QByteArray encodedPath = encodeTestPath(path);
    if (target.isEmpty() || encodedPath != "/")
        target += encodedPath; // the stage's root is "/prod", as its invoke URL
    const QByteArray encodedQuery = encodeTestQuery(typedQuery);

    upstream::UpstreamRequest &up = out.request;
    up.host = QStringLiteral("%1.execute-api.localhost").arg(spec.apiId);
    up.port = port;
    up.connectHost = QStringLiteral("127.0.0.1");
    up.method = method;
    up.target = encodedQuery.isEmpty() ? target : target + '?' + encodedQuery;
    up.body = spec.body;
    out.url = QStringLiteral("http://%1:%2%3").arg(up.host).arg(port).arg(QString::fromLatin1(up.target));

    // Headers: the user's rows, then the identity's (which win), then the correlation header.
    http::HttpHeaders headers;
    for (qsizetype row = 0; row < spec.headers.size(); ++row) {
        const QString &name = spec.headers.at(row).first;
        if (name.trimmed().isEmpty())
            continue;
        const QByteArray n = name.trimmed().toLatin1();
        if (!isToken(n) || name.trimmed() != QString::fromLatin1(n)) {
            out.problem = QStringLiteral("Headers, row %1: “%2” is not a valid header name (letters, digits and "
                                         "!#$%&'*+-.^_`|~ only).")
                              .arg(row + 1)
                              .arg(name);
            return out;
        }
        const QString value = spec.headers.at(row).second;
        if (value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n'))) {
            out.problem = QStringLiteral("Headers, row %1: the value of %2 has a line break; a header value is one line.")
                              .arg(row + 1)
                              .arg(name.trimmed());
            return out;
        }
        if (isFramingHeader(n))
            continue;
        headers.append(n, value.trimmed().toUtf8());
    }
    const TestIdentity &id = spec.identity;
    switch (id.kind) {
    case TestIdentity::Kind::None:
        break;
    case TestIdentity::Kind::ApiKey:
        if (id.apiKey.isEmpty()) {
            out.problem = QStringLiteral("Identity: choose the API key to send (the project's apiKeys).");
            return out;
        }
        headers.set(QByteArrayLiteral("x-api-key"), id.apiKey.toUtf8());
        break;
    case TestIdentity::Kind::BearerToken: {
        if (id.token.isEmpty()) {
            out.problem = QStringLiteral("Identity: there is no token to send; mint one with the local identity "
                                         "provider.");
            return out;
        }
        const QByteArray header = id.tokenHeader.isEmpty() ? QByteArrayLiteral("Authorization") : id.tokenHeader.toLatin1();
        headers.set(header, (id.bearerPrefix ? QByteArrayLiteral("Bearer ") : QByteArray()) + id.token.toUtf8());
        break;
    }
    case TestIdentity::Kind::SigV4:
        if (id.credential.accessKeyId.isEmpty() || id.credential.secret.isEmpty()) {
            out.problem = QStringLiteral("Identity: choose the access key to sign with (the project's credentials).");
            return out;
        }
        break;
    }
    if (!spec.correlationId.isEmpty())
        headers.set(QByteArray(kTestRequestHeader.data(), kTestRequestHeader.size()), spec.correlationId.toUtf8());

    if (id.kind == TestIdentity::Kind::SigV4) {
        auth::SigV4Request toSign;
        toSign.method = method;
        toSign.path = target;
        toSign.query = encodedQuery;
        toSign.body = spec.body;
        toSign.headers.append({QByteArrayLiteral("Host"), QStringLiteral("%1:%2").arg(up.host).arg(port).toUtf8()});
        for (const http::HttpHeaders::Field &f : headers.fields()) {
            // A signature of its own replaces one the user typed.
            if (!http::HttpHeaders::nameEquals(f.name, "authorization")
                && !http::HttpHeaders::nameEquals(f.name, "x-amz-date")
                && !http::HttpHeaders::nameEquals(f.name, "x-amz-security-token"))
                toSign.headers.append({f.name, f.value});
        }
        auth::SigV4SigningOptions options;
        options.region = id.region.isEmpty() ? QString(model::kLocalRegion) : id.region;
        options.nowEpochSeconds = nowEpochSeconds;
        const auth::SigV4SignedRequest signedRequest = auth::signSigV4(toSign, id.credential, options);
        if (!signedRequest.problem.isEmpty()) {
            out.problem = QStringLiteral("SigV4: %1").arg(signedRequest.problem);
            return out;
        }
        headers.clear();
        for (const auto &[name, value] : signedRequest.request.headers) {
            if (!http::HttpHeaders::nameEquals(name, "host"))
                headers.append(name, value);
        }
        out.canonicalRequest = signedRequest.canonicalRequest;
        out.stringToSign = signedRequest.stringToSign;
    }
    up.headers = headers;
    return out;
}

QString tokenHeaderOf(const model::Api &api, const QString &schemeName)
{
    const doc::Node &scheme = api.definition.document[u"components"][u"securitySchemes"][schemeName];
    const doc::Node &identity = scheme[u"x-amazon-apigateway-authorizer"][u"identitySource"];
    QString source;
    if (identity.isSequence() && !identity.items().empty())
        source = identity.items().front().toString();
    else if (!identity.isNull())
        source = identity.toString().section(QLatin1Char(','), 0, 0).trimmed();
    for (const QLatin1StringView prefix : {QLatin1StringView("method.request.header."), QLatin1StringView("$request.header.")}) {
        if (source.startsWith(prefix, Qt::CaseInsensitive) && source.size() > prefix.size())
            return source.mid(prefix.size());
    }
    if (scheme[u"in"].toString() == QLatin1String("header") && !scheme[u"name"].toString().isEmpty())
        return scheme[u"name"].toString();
    return QStringLiteral("Authorization");
}

bool isRecordOfTestRequest(const ExchangeRecord &record, const QString &correlationId)
{
    if (correlationId.isEmpty())
        return false;
    const QByteArray wanted = correlationId.toUtf8();
    for (const QByteArray &value : record.requestHeaders.values(QByteArrayView(kTestRequestHeader.data(), kTestRequestHeader.size()))) {
        if (value == wanted)
            return true;
    }
    return false;
}

} // namespace gw
