// SPDX-License-Identifier: GPL-3.0-or-later
#include "harwriter.h"

#include "cost/costmodel.h"
#include "http/httpwire.h"
#include "observe/redaction.h"
#include "observe/tracewriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QUrl>

namespace gw::io {

namespace {

QString latin1(const QByteArray &b)
{
    return QString::fromLatin1(b);
}

/// Header values are bytes: UTF-8 when they decode as such, else Latin-1 (RFC 9110's historical charset).
QString headerText(const QByteArray &b)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString s = utf8(b);
    return utf8.hasError() ? latin1(b) : s;
}

QJsonArray headers(const http::HttpHeaders &h, bool includeSecrets)
{
    QJsonArray out;
    for (const http::HttpHeaders::Field &f : h.fields())
        out.append(QJsonObject {{QStringLiteral("name"), latin1(f.name)},
                                {QStringLiteral("value"), !includeSecrets && isSecretHeader(f.name)
                                                              ? QString(kRedacted)
                                                              : headerText(f.value)}});
    return out;
}

/// "name: value\r\n" per field plus the blank line.
qint64 fieldsSize(const http::HttpHeaders &h)
{
    qint64 n = 2;
    for (const http::HttpHeaders::Field &f : h.fields())
        n += f.name.size() + 2 + f.value.size() + 2;
    return n;
}

QJsonArray requestCookies(const http::HttpHeaders &h, bool includeSecrets)
{
    QJsonArray out;
    for (const QByteArray &line : h.values("cookie")) {
        for (const QByteArray &pair : line.split(';')) {
            const QByteArray p = pair.trimmed();
            const qsizetype eq = p.indexOf('=');
            if (p.isEmpty() || eq <= 0)
                continue;
            out.append(QJsonObject {{QStringLiteral("name"), headerText(p.left(eq))},
                                    {QStringLiteral("value"),
                                     includeSecrets ? headerText(p.mid(eq + 1)) : QString(kRedacted)}});
        }
    }
    return out;
}

QJsonArray responseCookies(const http::HttpHeaders &h, bool includeSecrets)
{
    QJsonArray out;
    for (const QByteArray &line : h.values("set-cookie")) {
        const QList<QByteArray> parts = line.split(';');
        const QByteArray first = parts.value(0).trimmed();
        const qsizetype eq = first.indexOf('=');
        if (eq <= 0)
            continue;
        QJsonObject cookie {{QStringLiteral("name"), headerText(first.left(eq))},
                            {QStringLiteral("value"), includeSecrets ? headerText(first.mid(eq + 1)) : QString(kRedacted)}};
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray attr = parts[i].trimmed();
            const qsizetype aeq = attr.indexOf('=');
            const QByteArray name = (aeq < 0 ? attr : attr.left(aeq)).toLower();
            const QString value = aeq < 0 ? QString() : headerText(attr.mid(aeq + 1));
            if (name == "path")
                cookie.insert(QStringLiteral("path"), value);
            else if (name == "domain")
                cookie.insert(QStringLiteral("domain"), value);
            else if (name == "httponly")
                cookie.insert(QStringLiteral("httpOnly"), true);
            else if (name == "secure")
                cookie.insert(QStringLiteral("secure"), true);
            else if (name == "expires") {
                const QDateTime t = QDateTime::fromString(value, Qt::RFC2822Date);
                if (t.isValid())
                    cookie.insert(QStringLiteral("expires"), t.toUTC().toString(Qt::ISODateWithMs));
            }
        }
        out.append(cookie);
    }
    return out;
}

QJsonArray queryString(const QString &query)
{
    QJsonArray out;
    for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString name = eq < 0 ? pair : pair.left(eq);
        const QString value = eq < 0 ? QString() : pair.mid(eq + 1);
        out.append(QJsonObject {{QStringLiteral("name"), QUrl::fromPercentEncoding(name.toUtf8())},
                                {QStringLiteral("value"), QUrl::fromPercentEncoding(value.toUtf8())}});
    }
    return out;
}

/// UTF-8 without control characters other than tab, CR and LF reads as text; anything else is binary.
bool isText(const QByteArray &body, QString *text)
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

QString mimeType(const http::HttpHeaders &h)
{
    return latin1(h.value("content-type"));
}

QString truncationNote(qint64 captured, qint64 size)
{
    return captured < size ? QStringLiteral("first %1 of %2 bytes captured").arg(captured).arg(size)
                           : QString();
}

} // namespace

QJsonObject harEntry(const ExchangeRecord &r, const QString &serverIp, const cost::Pricing *pricing, bool includeSecrets)
{
    const QString httpVersion = r.httpVersion.isEmpty() ? QStringLiteral("HTTP/1.1") : r.httpVersion;
    const QByteArray hostHeader = r.requestHeaders.value("host");
    const QString host = hostHeader.isEmpty() ? serverIp : latin1(hostHeader);
    const QString target = r.query.isEmpty() ? r.path : r.path + u'?' + r.query;
    const QString query = includeSecrets ? r.query : redactQuery(r.query);

    QJsonObject request {
        {QStringLiteral("method"), r.method},
        {QStringLiteral("url"),
         QString(QStringLiteral("http://") + host + r.path + (query.isEmpty() ? QString() : u'?' + query))},
        {QStringLiteral("httpVersion"), httpVersion},
        {QStringLiteral("cookies"), requestCookies(r.requestHeaders, includeSecrets)},
        {QStringLiteral("headers"), headers(r.requestHeaders, includeSecrets)},
        {QStringLiteral("queryString"), queryString(query)},
        {QStringLiteral("headersSize"),
         qint64(r.method.size() + 1 + target.toUtf8().size() + 1 + httpVersion.size() + 2)
             + fieldsSize(r.requestHeaders)},
        {QStringLiteral("bodySize"), r.requestBodySize},
    };
    if (r.requestBodySize > 0 || !r.requestBody.isEmpty()) {
        QJsonObject postData {{QStringLiteral("mimeType"), mimeType(r.requestHeaders)}};
        QString text;
        if (isText(r.requestBody, &text)) {
            postData.insert(QStringLiteral("text"), text);
        } else {
            postData.insert(QStringLiteral("text"), latin1(r.requestBody.toBase64()));
            postData.insert(QStringLiteral("_encoding"), QStringLiteral("base64"));
        }
        const QString note = truncationNote(r.requestBody.size(), r.requestBodySize);
        if (!note.isEmpty())
            postData.insert(QStringLiteral("comment"), note);
        request.insert(QStringLiteral("postData"), postData);
    }

    const QByteArrayView reason = http::wire::reasonPhrase(r.status);
    QJsonObject content {
        {QStringLiteral("size"), r.responseBodySize},
        {QStringLiteral("mimeType"), mimeType(r.responseHeaders)},
    };
    if (!r.responseBody.isEmpty()) {
        QString text;
        if (isText(r.responseBody, &text)) {
            content.insert(QStringLiteral("text"), text);
        } else {
            content.insert(QStringLiteral("text"), latin1(r.responseBody.toBase64()));
            content.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
        }
        const QString note = truncationNote(r.responseBody.size(), r.responseBodySize);
        if (!note.isEmpty())
            content.insert(QStringLiteral("comment"), note);
    }
    const QJsonObject response {
        {QStringLiteral("status"), r.status},
        {QStringLiteral("statusText"), QString::fromLatin1(reason.data(), reason.size())},
        {QStringLiteral("httpVersion"), httpVersion},
        {QStringLiteral("cookies"), responseCookies(r.responseHeaders, includeSecrets)},
        {QStringLiteral("headers"), headers(r.responseHeaders, includeSecrets)},
        {QStringLiteral("content"), content},
        {QStringLiteral("redirectURL"), headerText(r.responseHeaders.value("location"))},
        {QStringLiteral("headersSize"),
         r.status > 0 ? qint64(httpVersion.size() + 5 + reason.size() + 2) + fieldsSize(r.responseHeaders)
                      : qint64(-1)},
        {QStringLiteral("bodySize"), r.status > 0 ? r.responseBodySize : qint64(-1)},
    };

    const double waitMs = double(r.totalUs) / 1000;
    const QJsonObject timings {
        {QStringLiteral("blocked"), -1}, {QStringLiteral("dns"), -1}, {QStringLiteral("connect"), -1},
        {QStringLiteral("ssl"), -1},     {QStringLiteral("send"), 0}, {QStringLiteral("wait"), waitMs},
        {QStringLiteral("receive"), 0},
    };

    QJsonObject gatehouse = traceJson(r);
    if (includeSecrets)
        gatehouse.insert(QStringLiteral("query"), r.query.isEmpty() ? QJsonValue() : QJsonValue(r.query));
    if (pricing) {
        const cost::ExchangeCost c = cost::exchangeCost(*pricing, r);
        gatehouse.insert(QStringLiteral("cost"),
                         QJsonObject {
                             {QStringLiteral("gatewayUsd"), c.gatewayUsd},
                             {QStringLiteral("lambdaUsd"), c.lambdaUsd},
                             {QStringLiteral("dataTransferUsd"), c.dataTransferUsd},
                             {QStringLiteral("totalUsd"), c.totalUsd()},
                         });
    }

    return QJsonObject {
        {QStringLiteral("startedDateTime"),
         QDateTime::fromMSecsSinceEpoch(r.startEpochMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("time"), waitMs},
        {QStringLiteral("request"), request},
        {QStringLiteral("response"), response},
        {QStringLiteral("cache"), QJsonObject()},
        {QStringLiteral("timings"), timings},
        {QStringLiteral("serverIPAddress"), serverIp},
        {QStringLiteral("connection"), QString::number(r.sourcePort)},
        {QStringLiteral("_gatehouse"), gatehouse},
    };
}

HarWriter::HarWriter(const QString &path, QString serverIp, std::shared_ptr<const cost::Pricing> pricing,
                     bool includeSecrets)
    : m_serverIp(std::move(serverIp))
    , m_pricing(std::move(pricing))
    , m_includeSecrets(includeSecrets)
    , m_file(path)
{ }

bool HarWriter::open(QString *error)
{
    std::lock_guard lock(m_mutex);
    if (!m_file.open(QIODevice::WriteOnly)) {
        *error = m_file.errorString();
        return false;
    }
    const QJsonObject creator {{QStringLiteral("name"), QStringLiteral("Gatehouse")},
                               {QStringLiteral("version"), QStringLiteral(GATEHOUSE_VERSION)}};
    // The head of {"log": {...,"entries":[ ... ]}}; finish() writes the tail.
    QByteArray head = "{\"log\":{\"version\":\"1.2\",\"creator\":";
    head += QJsonDocument(creator).toJson(QJsonDocument::Compact);
    head += ",\"pages\":[],\"entries\":[\n";
    m_writeFailed = m_file.write(head) != head.size();
    return true;
}

void HarWriter::consume(const std::vector<ExchangeRecordPtr> &batch)
{
    // Built outside the lock; entries are separated by ",\n" (compact JSON holds no raw newline).
    std::vector<QByteArray> entries;
    entries.reserve(batch.size());
    for (const ExchangeRecordPtr &r : batch)
        entries.push_back(
            QJsonDocument(harEntry(*r, m_serverIp, m_pricing.get(), m_includeSecrets)).toJson(QJsonDocument::Compact));
    std::lock_guard lock(m_mutex);
    if (!m_file.isOpen())
        return;
    QByteArray out;
    for (const QByteArray &entry : entries) {
        if (m_entries++ > 0)
            out += ",\n";
        out += entry;
    }
    if (!out.isEmpty() && m_file.write(out) != out.size())
        m_writeFailed = true;
}

bool HarWriter::finish(QString *error)
{
    std::lock_guard lock(m_mutex);
    if (!m_file.isOpen()) {
        *error = QStringLiteral("the file was not open");
        return false;
    }
    const QByteArray tail = "\n]}}\n";
    // flush() before commit(): QSaveFile::commit() does not notice a buffered tail that failed to reach the disk.
    if (m_writeFailed || m_file.write(tail) != tail.size() || !m_file.flush()) {
        *error = m_file.errorString();
        m_file.cancelWriting();
        m_file.commit();
        return false;
    }
    if (!m_file.commit()) {
        *error = m_file.errorString();
        return false;
    }
    return true;
}

quint64 HarWriter::entries() const
{
    std::lock_guard lock(m_mutex);
    return m_entries;
}

} // namespace gw::io
