// SPDX-License-Identifier: GPL-3.0-or-later
#include "harreader.h"

#include "common/jsontext.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace gw::io {

namespace {

/// RFC 9110 tchar: what a method and a header name may hold.
bool isToken(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
            || QStringView(u"!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

/// A header value must not be able to end the header line (or the head) when it is sent again.
bool isFieldValue(QStringView s)
{
    for (const QChar c : s) {
        if (c == u'\r' || c == u'\n' || c == u'\0')
            return false;
    }
    return true;
}

/// Walks one entry, remembering the first violation with its path.
class EntryReader
{
public:
    explicit EntryReader(QString where)
        : m_where(std::move(where))
    { }

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    bool fail(const QString &path, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = m_where + path + QStringLiteral(": ") + what;
        return false;
    }

    /// An object member that must be an object.
    bool object(const QJsonObject &o, const QString &key, const QString &path, QJsonObject *out, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || (v.isNull() && !required)) {
            if (required)
                return fail(path, QStringLiteral("missing"));
            return true;
        }
        if (!v.isObject())
            return fail(path, QStringLiteral("must be an object"));
        *out = v.toObject();
        return true;
    }

    bool string(const QJsonObject &o, const QString &key, const QString &path, QString *out, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || (v.isNull() && !required)) {
            if (required)
                return fail(path, QStringLiteral("missing"));
            return true;
        }
        if (!v.isString())
            return fail(path, QStringLiteral("must be a string"));
        *out = v.toString();
        return true;
    }

    bool number(const QJsonObject &o, const QString &key, const QString &path, double *out, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || (v.isNull() && !required)) {
            if (required)
                return fail(path, QStringLiteral("missing"));
            return true;
        }
        if (!v.isDouble())
            return fail(path, QStringLiteral("must be a number"));
        *out = v.toDouble();
        return true;
    }

    bool headers(const QJsonObject &o, const QString &path, http::HttpHeaders *out)
    {
        const QJsonValue v = o.value(QLatin1String("headers"));
        if (v.isUndefined() || v.isNull())
            return fail(path, QStringLiteral("missing"));
        if (!v.isArray())
            return fail(path, QStringLiteral("must be an array of {name, value}"));
        const QJsonArray a = v.toArray();
        out->reserve(a.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString at = path + QStringLiteral("[%1]").arg(i);
            if (!a.at(i).isObject())
                return fail(at, QStringLiteral("must be an object with name and value"));
            const QJsonObject h = a.at(i).toObject();
            QString name;
            QString value;
            if (!string(h, QStringLiteral("name"), at + QStringLiteral(".name"), &name, true)
                || !string(h, QStringLiteral("value"), at + QStringLiteral(".value"), &value, true))
                return false;
            if (name.startsWith(u':'))
                continue; // an HTTP/2 or HTTP/3 pseudo-header (":authority", ":path"): not a header field
            if (!isToken(name))
                return fail(at + QStringLiteral(".name"),
                            QStringLiteral("\"%1\" is not a valid header name").arg(name.left(64)));
            if (!isFieldValue(value))
                return fail(at + QStringLiteral(".value"), QStringLiteral("holds a line break or NUL character"));
            out->append(name.toLatin1(), value.toUtf8());
        }
        return true;
    }

    /// Text, base64-decoded when `encoding` says so.
    bool body(const QString &text, const QString &encoding, const QString &path, const QString &encodingPath,
              QByteArray *out)
    {
        if (encoding.isEmpty()) {
            *out = text.toUtf8();
            return true;
        }
        if (encoding.compare(QLatin1String("base64"), Qt::CaseInsensitive) != 0)
            return fail(encodingPath, QStringLiteral("unsupported encoding \"%1\" (only base64 is defined)").arg(encoding.left(32)));
        QByteArray::FromBase64Result decoded
            = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return fail(path, QStringLiteral("not valid base64"));
        *out = std::move(*decoded);
        return true;
    }

private:
    QString m_where;
    QString m_error;
};

bool readRequest(EntryReader &r, const QJsonObject &o, HarEntry::Request *req, bool *skip, QString *skipReason)
{
    if (!r.string(o, QStringLiteral("method"), QStringLiteral(".request.method"), &req->method, true))
        return false;
    if (!isToken(req->method))
        return r.fail(QStringLiteral(".request.method"), QStringLiteral("\"%1\" is not an HTTP method").arg(req->method.left(32)));
    if (!r.string(o, QStringLiteral("url"), QStringLiteral(".request.url"), &req->url, true))
        return false;
    const QUrl url(req->url, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.scheme().isEmpty())
        return r.fail(QStringLiteral(".request.url"), QStringLiteral("not an absolute URL"));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        // Browsers record data:, blob: and extension URLs too; there is nothing to replay in them.
        *skip = true;
        *skipReason = QStringLiteral("a %1: URL").arg(scheme.left(32));
        return true;
    }
    if (url.host().isEmpty())
        return r.fail(QStringLiteral(".request.url"), QStringLiteral("not an absolute URL (no host)"));
    if (!r.string(o, QStringLiteral("httpVersion"), QStringLiteral(".request.httpVersion"), &req->httpVersion, false)
        || !r.headers(o, QStringLiteral(".request.headers"), &req->headers))
        return false;
    double bodySize = -1;
    if (!r.number(o, QStringLiteral("bodySize"), QStringLiteral(".request.bodySize"), &bodySize, false))
        return false;
    req->bodySize = bodySize >= 0 && bodySize < 9e15 ? qint64(bodySize) : -1;

    QJsonObject postData;
    if (!r.object(o, QStringLiteral("postData"), QStringLiteral(".request.postData"), &postData, false))
        return false;
    if (o.contains(QLatin1String("postData")) && !o.value(QLatin1String("postData")).isNull()) {
        req->hasBody = true;
        QString text;
        QString encoding;
        if (!r.string(postData, QStringLiteral("text"), QStringLiteral(".request.postData.text"), &text, false)
            || !r.string(postData, QStringLiteral("_encoding"), QStringLiteral(".request.postData._encoding"), &encoding, false))
            return false;
        if (encoding.isEmpty()
            && !r.string(postData, QStringLiteral("encoding"), QStringLiteral(".request.postData.encoding"), &encoding, false))
            return false;
        if (postData.contains(QLatin1String("text"))) {
            if (!r.body(text, encoding, QStringLiteral(".request.postData.text"), QStringLiteral(".request.postData._encoding"),
                        &req->body))
                return false;
        } else if (postData.contains(QLatin1String("params"))) {
            // Form fields without the text: rebuild an application/x-www-form-urlencoded body.
            const QJsonValue params = postData.value(QLatin1String("params"));
            if (!params.isArray())
                return r.fail(QStringLiteral(".request.postData.params"), QStringLiteral("must be an array of {name, value}"));
            const QJsonArray a = params.toArray();
            QByteArray form;
            for (qsizetype i = 0; i < a.size(); ++i) {
                const QString at = QStringLiteral(".request.postData.params[%1]").arg(i);
                if (!a.at(i).isObject())
                    return r.fail(at, QStringLiteral("must be an object with name and value"));
                QString name;
                QString value;
                if (!r.string(a.at(i).toObject(), QStringLiteral("name"), at + QStringLiteral(".name"), &name, true)
                    || !r.string(a.at(i).toObject(), QStringLiteral("value"), at + QStringLiteral(".value"), &value, false))
                    return false;
                if (!form.isEmpty())
                    form += '&';
                form += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
            }
            req->body = form;
        }
    }
    return true;
}

bool readResponse(EntryReader &r, const QJsonObject &o, HarEntry::Response *res)
{
    double status = 0;
    if (!r.number(o, QStringLiteral("status"), QStringLiteral(".response.status"), &status, true))
        return false;
    if (status != std::floor(status) || status < 0 || status > 999)
        return r.fail(QStringLiteral(".response.status"),
                      QStringLiteral("must be a whole number from 0 to 999, got %1").arg(status));
    res->status = int(status);
    if (!r.string(o, QStringLiteral("statusText"), QStringLiteral(".response.statusText"), &res->statusText, false)
        || !r.string(o, QStringLiteral("httpVersion"), QStringLiteral(".response.httpVersion"), &res->httpVersion, false)
        || !r.headers(o, QStringLiteral(".response.headers"), &res->headers))
        return false;
    QJsonObject content;
    if (!r.object(o, QStringLiteral("content"), QStringLiteral(".response.content"), &content, true))
        return false;
    double size = -1;
    QString text;
    QString encoding;
    if (!r.number(content, QStringLiteral("size"), QStringLiteral(".response.content.size"), &size, false)
        || !r.string(content, QStringLiteral("mimeType"), QStringLiteral(".response.content.mimeType"), &res->mimeType, false)
        || !r.string(content, QStringLiteral("text"), QStringLiteral(".response.content.text"), &text, false)
        || !r.string(content, QStringLiteral("encoding"), QStringLiteral(".response.content.encoding"), &encoding, false))
        return false;
    res->bodySize = size >= 0 && size < 9e15 ? qint64(size) : -1;
    return r.body(text, encoding, QStringLiteral(".response.content.text"), QStringLiteral(".response.content.encoding"),
                  &res->body);
}

bool readTimings(EntryReader &r, const QJsonObject &o, HarEntry::Timings *t)
{
    const struct
    {
        const char *name;
        double HarEntry::Timings::*field;
    } fields[] = {
        {"blocked", &HarEntry::Timings::blocked}, {"dns", &HarEntry::Timings::dns},
        {"connect", &HarEntry::Timings::connect}, {"ssl", &HarEntry::Timings::ssl},
        {"send", &HarEntry::Timings::send},       {"wait", &HarEntry::Timings::wait},
        {"receive", &HarEntry::Timings::receive},
    };
    for (const auto &f : fields) {
        const QString name = QString::fromLatin1(f.name);
        double value = -1;
        if (!r.number(o, name, QStringLiteral(".timings.") + name, &value, false))
            return false;
        // Browsers write -1 for "does not apply" and, now and then, tiny negative rounding errors.
        t->*f.field = value >= 0 ? value : -1;
    }
    return true;
}

} // namespace

HarReadResult readHar(const QByteArray &bytes, const HarLimits &limits)
{
    HarReadResult result;
    if (bytes.size() > limits.maxFileBytes) {
        result.error = QStringLiteral("the file is %1 bytes; at most %2 bytes can be imported")
                           .arg(bytes.size())
                           .arg(limits.maxFileBytes);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = QStringLiteral("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        return result;
    }
    if (!doc.isObject()) {
        result.error = QStringLiteral("not a HAR file: the top level must be an object with a \"log\" member");
        return result;
    }
    const QJsonValue logValue = doc.object().value(QLatin1String("log"));
    if (!logValue.isObject()) {
        result.error = logValue.isUndefined() ? QStringLiteral("log: missing (not a HAR file)")
                                              : QStringLiteral("log: must be an object");
        return result;
    }
    const QJsonObject log = logValue.toObject();
    const QJsonValue version = log.value(QLatin1String("version"));
    if (!version.isUndefined() && !version.isString()) {
        result.error = QStringLiteral("log.version: must be a string");
        return result;
    }
    const QJsonObject creator = log.value(QLatin1String("creator")).toObject();
    result.creator = QString(creator.value(QLatin1String("name")).toString() + u' '
                             + creator.value(QLatin1String("version")).toString())
                         .trimmed();
    const QJsonValue entriesValue = log.value(QLatin1String("entries"));
    if (!entriesValue.isArray()) {
        result.error = entriesValue.isUndefined() ? QStringLiteral("log.entries: missing")
                                                  : QStringLiteral("log.entries: must be an array");
        return result;
    }
    const QJsonArray entries = entriesValue.toArray();
    if (entries.size() > limits.maxEntries) {
        result.error = QStringLiteral("log.entries: %1 entries; at most %2 can be imported")
                           .arg(entries.size())
                           .arg(limits.maxEntries);
        return result;
    }
    result.entries.reserve(size_t(entries.size()));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        EntryReader r(QStringLiteral("entries[%1]").arg(i));
        auto failWith = [&result, &r] {
            result.error = r.error();
            result.entries.clear();
            return result;
        };
        if (!entries.at(i).isObject()) {
            r.fail(QString(), QStringLiteral("must be an object"));
            return failWith();
        }
        const QJsonObject o = entries.at(i).toObject();
        HarEntry entry;
        QString started;
        if (!r.string(o, QStringLiteral("startedDateTime"), QStringLiteral(".startedDateTime"), &started, true))
            return failWith();
        const QDateTime when = QDateTime::fromString(started, Qt::ISODateWithMs);
        if (!when.isValid()) {
            r.fail(QStringLiteral(".startedDateTime"),
                   QStringLiteral("\"%1\" is not an ISO 8601 date and time").arg(started.left(64)));
            return failWith();
        }
        entry.startedEpochMs = when.toMSecsSinceEpoch();
        double time = 0;
        if (!r.number(o, QStringLiteral("time"), QStringLiteral(".time"), &time, false))
            return failWith();
        entry.timeMs = time >= 0 && time < 1e12 ? time : 0;

        QJsonObject request;
        QJsonObject response;
        QJsonObject timings;
        if (!r.object(o, QStringLiteral("request"), QStringLiteral(".request"), &request, true))
            return failWith();
        bool skip = false;
        QString skipReason;
        if (!readRequest(r, request, &entry.request, &skip, &skipReason))
            return failWith();
        if (skip) {
            result.skipped.append(QStringLiteral("entries[%1]: %2").arg(i).arg(skipReason));
            continue;
        }
        if (!r.object(o, QStringLiteral("response"), QStringLiteral(".response"), &response, true)
            || !readResponse(r, response, &entry.response)
            || !r.object(o, QStringLiteral("timings"), QStringLiteral(".timings"), &timings, false)
            || !readTimings(r, timings, &entry.timings))
            return failWith();
        if (!o.contains(QLatin1String("time"))) {
            double sum = 0;
            for (const double t : {entry.timings.blocked, entry.timings.dns, entry.timings.connect, entry.timings.send,
                                   entry.timings.wait, entry.timings.receive})
                sum += std::max(0.0, t);
            entry.timeMs = sum < 1e12 ? sum : 0;
        }
        entry.gatehouse = o.value(QLatin1String("_gatehouse")).toObject();
        result.entries.push_back(std::move(entry));
    }
    return result;
}

HarReadResult readHarFile(const QString &path, const HarLimits &limits)
{
    HarReadResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return result;
    }
    if (file.size() > limits.maxFileBytes) {
        result.error = QStringLiteral("%1 is %2 bytes; at most %3 bytes can be imported")
                           .arg(path)
                           .arg(file.size())
                           .arg(limits.maxFileBytes);
        return result;
    }
    const QByteArray bytes = file.read(limits.maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        result.error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    return readHar(bytes, limits);
}

ExchangeRecordPtr recordFromHarEntry(const HarEntry &e, quint64 sequence)
{
    auto r = std::make_shared<ExchangeRecord>();
    r->imported = true;
    r->sequence = sequence;
    r->startEpochMs = e.startedEpochMs;
    r->totalUs = qint64(std::llround(e.timeMs * 1000));

    const QUrl url(e.request.url);
    r->method = e.request.method;
    r->path = url.path(QUrl::FullyEncoded);
    if (r->path.isEmpty())
        r->path = QStringLiteral("/");
    r->query = url.query(QUrl::FullyEncoded);
    if (url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0)
        r->scheme = url.scheme().toLower();
    r->host = url.port() >= 0 ? url.host(QUrl::FullyEncoded) + u':' + QString::number(url.port())
                              : url.host(QUrl::FullyEncoded);
    r->httpVersion = e.request.httpVersion;
    r->requestHeaders = e.request.headers;
    r->requestBody = e.request.body.left(ExchangeRecord::bodyCaptureLimit);
    r->requestBodySize = std::max<qint64>(e.request.bodySize, e.request.body.size());

    r->status = e.response.status;
    r->responseHeaders = e.response.headers;
    r->responseBody = e.response.body.left(ExchangeRecord::bodyCaptureLimit);
    r->responseBodySize = std::max<qint64>(e.response.bodySize, e.response.body.size());

    // A Gatehouse HAR carries its trace: what it was addressed to and what decided it.
    const QJsonObject &g = e.gatehouse;
    auto text = [&g](const char *key) { return g.value(QLatin1String(key)).toString(); };
    r->requestId = text("requestId");
    r->extendedRequestId = text("extendedRequestId");
    r->apiId = text("apiId");
    r->stage = text("stage");
    if (g.contains(QLatin1String("canary"))) {
        r->stageHasCanary = true;
        r->canary = g.value(QLatin1String("canary")).toBool();
        r->deploymentId = text("deploymentId");
    }
    r->protocol = text("protocol");
    r->route = text("route");
    r->stoppedAt = text("stoppedAt");
    r->errorType = text("errorType");
    r->sourceIp = text("sourceIp");
    r->integrationStatus = g.value(QLatin1String("integrationStatus")).toInt();
    r->integrationLatencyUs = std::max<qint64>(-1, jsonWholeNumber(g.value(QLatin1String("integrationLatencyUs")), -1));
    return r;
}

} // namespace gw::io
