// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpwire.h"

#include <charconv>
#include <cstring>

namespace gw::http::wire {

QByteArrayView reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 101:
        return "Switching Protocols";
    case 102:
        return "Processing";
    case 103:
        return "Early Hints";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 203:
        return "Non-Authoritative Information";
    case 204:
        return "No Content";
    case 205:
        return "Reset Content";
    case 206:
        return "Partial Content";
    case 207:
        return "Multi-Status";
    case 208:
        return "Already Reported";
    case 226:
        return "IM Used";
    case 300:
        return "Multiple Choices";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 305:
        return "Use Proxy";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 407:
        return "Proxy Authentication Required";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Payload Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 416:
        return "Range Not Satisfiable";
    case 417:
        return "Expectation Failed";
    case 418:
        return "I'm a teapot";
    case 421:
        return "Misdirected Request";
    case 422:
        return "Unprocessable Entity";
    case 423:
        return "Locked";
    case 424:
        return "Failed Dependency";
    case 425:
        return "Too Early";
    case 426:
        return "Upgrade Required";
    case 428:
        return "Precondition Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 451:
        return "Unavailable For Legal Reasons";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    case 506:
        return "Variant Also Negotiates";
    case 507:
        return "Insufficient Storage";
    case 508:
        return "Loop Detected";
    case 510:
        return "Not Extended";
    case 511:
        return "Network Authentication Required";
    default:
        return {};
    }
}

namespace {

void appendTwoDigits(char *out, int value)
{
    out[0] = char('0' + value / 10);
    out[1] = char('0' + value % 10);
}

} // namespace

QByteArray imfFixdate(qint64 epochSeconds)
{
    static constexpr char kDays[] = "ThuFriSatSunMonTueWed"; // 1970-01-01 was a Thursday
    static constexpr char kMonths[] = "JanFebMarAprMayJunJulAugSepOctNovDec";

    qint64 days = epochSeconds / 86400;
    qint64 secondOfDay = epochSeconds % 86400;
    if (secondOfDay < 0) {
        secondOfDay += 86400;
        --days;
    }
    const int weekday = int(((days % 7) + 7) % 7);

    // Civil date from days since the epoch (H. Hinnant, "chrono-compatible low-level date algorithms").
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shiftedMonth = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    const int month = int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);

    if (year < 0 || year > 9999)
        return QByteArrayLiteral("Thu, 01 Jan 1970 00:00:00 GMT");

    // "Sun, 06 Nov 1994 08:49:37 GMT"
    QByteArray out(29, Qt::Uninitialized);
    char *p = out.data();
    memcpy(p, kDays + 3 * weekday, 3);
    p[3] = ',';
    p[4] = ' ';
    appendTwoDigits(p + 5, day);
    p[7] = ' ';
    memcpy(p + 8, kMonths + 3 * (month - 1), 3);
    p[11] = ' ';
    appendTwoDigits(p + 12, int(year / 100));
    appendTwoDigits(p + 14, int(year % 100));
    p[16] = ' ';
    appendTwoDigits(p + 17, int(secondOfDay / 3600));
    p[19] = ':';
    appendTwoDigits(p + 20, int(secondOfDay / 60 % 60));
    p[22] = ':';
    appendTwoDigits(p + 23, int(secondOfDay % 60));
    memcpy(p + 25, " GMT", 4);
    return out;
}

bool isServerOwnedField(QByteArrayView name)
{
    switch (name.size()) {
    case 4:
        return HttpHeaders::nameEquals(name, "Date");
    case 10:
        return HttpHeaders::nameEquals(name, "Connection") || HttpHeaders::nameEquals(name, "Keep-Alive");
    case 14:
        return HttpHeaders::nameEquals(name, "Content-Length");
    case 17:
        return HttpHeaders::nameEquals(name, "Transfer-Encoding");
    default:
        return false;
    }
}

namespace {

bool breaksFraming(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (c == '\r' || c == '\n' || c == '\0')
            return true;
    }
    return false;
}

/// Copies into storage sized beforehand (a QByteArray append per piece cost more than the copies).
class RawWriter
{
public:
    explicit RawWriter(char *at)
        : m_at(at)
    {
    }
    void add(QByteArrayView v)
    {
        if (v.isEmpty())
            return; // an empty view may have no storage at all, and memcpy must not see a null pointer
        memcpy(m_at, v.data(), size_t(v.size()));
        m_at += v.size();
    }
    void add(char c) { *m_at++ = c; }
    char *at() const { return m_at; }

private:
    char *m_at;
};

} // namespace

QByteArray responseHead(int status, const HttpHeaders &headers, QByteArrayView date, const Framing &framing,
                        qsizetype reserveBody)
{
    qsizetype fieldBytes = 0;
    for (const HttpHeaders::Field &field : headers.fields())
        fieldBytes += field.name.size() + field.value.size() + 4;
    if (status < 100 || status > 999)
        status = 500;
    const QByteArrayView reason = reasonPhrase(status);
    // The status line, Content-Length or Transfer-Encoding, Connection and Date's name fit in 96 bytes besides the
    // reason phrase.
    const qsizetype bound = 96 + reason.size() + fieldBytes + date.size();

    QByteArray out;
    out.reserve(bound + reserveBody);
    out.resize(bound);
    RawWriter w(out.data());
    const char statusLine[] = {'H', 'T', 'T', 'P', '/', '1', '.', '1', ' ', char('0' + status / 100),
                               char('0' + status / 10 % 10), char('0' + status % 10), ' '};
    w.add(QByteArrayView(statusLine, sizeof statusLine));
    w.add(reason);
    w.add("\r\n");
    for (const HttpHeaders::Field &field : headers.fields()) {
        if (field.name.isEmpty() || isServerOwnedField(field.name) || breaksFraming(field.name)
            || breaksFraming(field.value))
            continue;
        w.add(field.name);
        w.add(": ");
        w.add(field.value);
        w.add("\r\n");
    }
    w.add("Date: ");
    w.add(date);
    w.add("\r\n");
    if (framing.contentLength >= 0) {
        w.add("Content-Length: ");
        char *const digits = w.at();
        w = RawWriter(std::to_chars(digits, digits + 20, framing.contentLength).ptr);
        w.add("\r\n");
    } else if (framing.chunked) {
        w.add("Transfer-Encoding: chunked\r\n");
    }
    w.add(framing.keepAlive ? QByteArrayView("Connection: keep-alive\r\n\r\n") : QByteArrayView("Connection: close\r\n\r\n"));
    out.truncate(w.at() - out.constData()); // keeps the capacity reserved for the body
    return out;
}

QByteArray rejectionResponse(int status, QByteArrayView message, QByteArrayView date)
{
    const qsizetype bodySize = message.size() + 14;
    HttpHeaders headers;
    headers.append(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    QByteArray out = responseHead(status, headers, date, {bodySize, false, false}, bodySize);
    out.append("{\"message\":\"");
    out.append(message);
    out.append("\"}");
    return out;
}

QByteArray chunkPrefix(qsizetype size)
{
    QByteArray out = QByteArray::number(qulonglong(size), 16);
    out.append("\r\n");
    return out;
}

} // namespace gw::http::wire
