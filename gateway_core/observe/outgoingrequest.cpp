// SPDX-License-Identifier: GPL-3.0-or-later
#include "outgoingrequest.h"

#include "http/httpwire.h"

#include <QStringDecoder>
#include <QUrl>

namespace gw {

namespace {

bool isTokenChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

/// Headers the client that sends the request writes itself.
bool isFramingHeader(QByteArrayView name)
{
    static const char *const names[] = {"host",  "content-length", "transfer-encoding", "connection", "keep-alive",
                                        "te",    "trailer",        "upgrade",           "proxy-connection",
                                        "expect"};
    for (const char *n : names) {
        if (http::HttpHeaders::nameEquals(name, n))
            return true;
    }
    return false;
}

/// UTF-8 text without control characters other than tab, CR and LF.
bool printableText(const QByteArray &body, QString *text)
{
    for (const char c : body) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t' && c != '\n' && c != '\r') || u == 0x7f)
            return false;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    *text = utf8(body);
    return !utf8.hasError();
}

void appendHead(QString &out, const http::HttpHeaders &headers)
{
    for (const http::HttpHeaders::Field &f : headers.fields())
        out += QString::fromLatin1(f.name) + QStringLiteral(": ") + QString::fromUtf8(f.value) + u'\n';
}

void appendBody(QString &out, const QByteArray &body, qint64 size)
{
    if (size <= 0 && body.isEmpty())
        return;
    out += u'\n';
    QString text;
    if (printableText(body, &text)) {
        out += text;
        if (!text.endsWith(u'\n'))
            out += u'\n';
    } else {
        out += QStringLiteral("[%1 bytes of binary data]\n").arg(size);
    }
    if (body.size() < size)
        out += QStringLiteral("[first %1 of %2 bytes captured]\n").arg(body.size()).arg(size);
}

} // namespace

OutgoingRequest outgoingRequest(const ExchangeRecord &r)
{
    OutgoingRequest out;
    out.method = r.method;
    QString host = QString::fromLatin1(r.requestHeaders.value("host"));
    if (host.isEmpty())
        host = r.host.isEmpty() ? QStringLiteral("localhost") : r.host;
    const QString scheme = r.scheme.isEmpty() ? QStringLiteral("http") : r.scheme;
    out.url = scheme + QStringLiteral("://") + host + (r.path.isEmpty() ? QStringLiteral("/") : r.path)
        + (r.query.isEmpty() ? QString() : u'?' + r.query);
    out.headers = r.requestHeaders;
    out.body = r.requestBody;
    return out;
}

std::optional<upstream::UpstreamRequest> gatewayRequest(const OutgoingRequest &request, quint16 port, QString *error)
{
    const QByteArray method = request.method.trimmed().toLatin1();
    bool token = !method.isEmpty();
    for (const char c : method)
        token = token && isTokenChar(c);
    if (!token) {
        *error = QStringLiteral("method: \"%1\" is not an HTTP method").arg(request.method);
        return std::nullopt;
    }
    const QUrl url(request.url.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        *error = QStringLiteral("URL: \"%1\" is not an absolute http:// URL").arg(request.url);
        return std::nullopt;
    }
    for (const http::HttpHeaders::Field &f : request.headers.fields()) {
        bool valid = !f.name.isEmpty();
        for (const char c : f.name)
            valid = valid && isTokenChar(c);
        if (!valid) {
            *error = QStringLiteral("header \"%1\": not a valid header name").arg(QString::fromLatin1(f.name));
            return std::nullopt;
        }
        if (f.value.contains('\r') || f.value.contains('\n') || f.value.contains('\0')) {
            *error = QStringLiteral("header %1: the value holds a line break").arg(QString::fromLatin1(f.name));
            return std::nullopt;
        }
    }
    upstream::UpstreamRequest out;
    out.host = url.host(QUrl::FullyEncoded);
    out.port = port;
    out.connectHost = QStringLiteral("127.0.0.1");
    out.method = method;
    out.target = url.path(QUrl::FullyEncoded).toLatin1();
    if (out.target.isEmpty())
        out.target = "/";
    if (url.hasQuery())
        out.target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    for (const http::HttpHeaders::Field &f : request.headers.fields()) {
        if (!isFramingHeader(f.name))
            out.headers.append(f.name, f.value);
    }
    out.body = request.body;
    return out;
}

QString exchangeText(const ExchangeRecord &r)
{
    const QString version = r.httpVersion.isEmpty() ? QStringLiteral("HTTP/1.1") : r.httpVersion;
    QString out = r.method + u' ' + (r.path.isEmpty() ? QStringLiteral("/") : r.path)
        + (r.query.isEmpty() ? QString() : u'?' + r.query) + u' ' + version + u'\n';
    appendHead(out, r.requestHeaders);
    appendBody(out, r.requestBody, r.requestBodySize);
    out += u'\n';
    if (r.status <= 0) {
        out += QStringLiteral("(no response: the client went away first)\n");
        return out;
    }
    const QByteArrayView reason = http::wire::reasonPhrase(r.status);
    out += version + u' ' + QString::number(r.status)
        + (reason.isEmpty() ? QString() : u' ' + QString::fromLatin1(reason.data(), reason.size())) + u'\n';
    appendHead(out, r.responseHeaders);
    appendBody(out, r.responseBody, r.responseBodySize);
    return out;
}

} // namespace gw
