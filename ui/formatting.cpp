// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatting.h"

#include <QJsonDocument>
#include <QLocale>
#include <QPalette>
#include <QStringDecoder>

namespace gw::ui {

QString Formatting::duration(qint64 us)
{
    if (us < 0)
        return QStringLiteral("—");
    if (us < 1'000)
        return tr("%1 µs").arg(us);
    if (us < 10'000)
        return tr("%1 ms").arg(QString::number(double(us) / 1000.0, 'f', 2));
    if (us < 100'000)
        return tr("%1 ms").arg(QString::number(double(us) / 1000.0, 'f', 1));
    if (us < 1'000'000)
        return tr("%1 ms").arg(us / 1000);
    return tr("%1 s").arg(QString::number(double(us) / 1'000'000.0, 'f', 2));
}

QString Formatting::invokeUrl(const QString &apiId, const QString &stage, quint16 port, bool webSocket)
{
    QString url = QStringLiteral("%1://%2.execute-api.localhost:%3")
                      .arg(webSocket ? QStringLiteral("ws") : QStringLiteral("http"), apiId)
                      .arg(port);
    if (stage != QLatin1String("$default"))
        url += QLatin1Char('/') + stage;
    return url;
}

QString Formatting::pathInvokeUrl(const QString &apiId, const QString &stage, quint16 port, bool webSocket)
{
    return QStringLiteral("%1://127.0.0.1:%2/restapis/%3/%4/_user_request_")
        .arg(webSocket ? QStringLiteral("ws") : QStringLiteral("http"))
        .arg(port)
        .arg(apiId, stage);
}

QString Formatting::protocolLabel(model::Protocol protocol)
{
    switch (protocol) {
    case model::Protocol::Rest:
        return tr("REST");
    case model::Protocol::Http:
        return tr("HTTP");
    case model::Protocol::WebSocket:
        return tr("WebSocket");
    }
    return {};
}

QString Formatting::reasonPhrase(int status)
{
    // Protocol text, not translated.
    switch (status) {
    case 100: return QStringLiteral("Continue");
    case 200: return QStringLiteral("OK");
    case 201: return QStringLiteral("Created");
    case 202: return QStringLiteral("Accepted");
    case 204: return QStringLiteral("No Content");
    case 206: return QStringLiteral("Partial Content");
    case 301: return QStringLiteral("Moved Permanently");
    case 302: return QStringLiteral("Found");
    case 303: return QStringLiteral("See Other");
    case 304: return QStringLiteral("Not Modified");
    case 307: return QStringLiteral("Temporary Redirect");
    case 308: return QStringLiteral("Permanent Redirect");
    case 400: return QStringLiteral("Bad Request");
    case 401: return QStringLiteral("Unauthorized");
    case 403: return QStringLiteral("Forbidden");
    case 404: return QStringLiteral("Not Found");
    case 405: return QStringLiteral("Method Not Allowed");
    case 406: return QStringLiteral("Not Acceptable");
    case 408: return QStringLiteral("Request Timeout");
    case 409: return QStringLiteral("Conflict");
    case 410: return QStringLiteral("Gone");
    case 413: return QStringLiteral("Payload Too Large");
    case 414: return QStringLiteral("URI Too Long");
    case 415: return QStringLiteral("Unsupported Media Type");
    case 422: return QStringLiteral("Unprocessable Entity");
    case 429: return QStringLiteral("Too Many Requests");
    case 431: return QStringLiteral("Request Header Fields Too Large");
    case 500: return QStringLiteral("Internal Server Error");
    case 501: return QStringLiteral("Not Implemented");
    case 502: return QStringLiteral("Bad Gateway");
    case 503: return QStringLiteral("Service Unavailable");
    case 504: return QStringLiteral("Gateway Timeout");
    default: return {};
    }
}

QColor Formatting::statusColor(int status, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    if (status >= 200 && status < 300)
        return dark ? QColor(0x4a, 0xde, 0x80) : QColor(0x15, 0x80, 0x3d);
    if (status >= 400 && status < 500)
        return dark ? QColor(0xfb, 0xbf, 0x24) : QColor(0xa1, 0x62, 0x07);
    if (status >= 500 && status < 600)
        return dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xc5, 0x22, 0x22);
    return {};
}

QColor Formatting::blend(const QColor &from, const QColor &to, double amount)
{
    const auto mix = [amount](float a, float b) { return float(a * (1.0 - amount) + b * amount); };
    return QColor::fromRgbF(mix(from.redF(), to.redF()), mix(from.greenF(), to.greenF()),
                            mix(from.blueF(), to.blueF()));
}

QColor Formatting::dimColor(const QPalette &palette)
{
    return blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.45);
}

QString Formatting::byteSize(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%n byte(s)", nullptr, int(bytes));
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

namespace {

/// Re-indents valid JSON text (4 spaces, like QJsonDocument::Indented) without re-serialising it, so member
/// order, number spelling and escapes stay exactly as received.
QByteArray indentJson(QByteArrayView json)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 2);
    int depth = 0;
    bool inString = false;
    bool escape = false;
    auto newline = [&out, &depth] {
        out += '\n';
        out.append(qsizetype(depth) * 4, ' ');
    };
    auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            out += c;
            if (escape)
                escape = false;
            else if (c == '\\')
                escape = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[': {
            qsizetype j = i + 1;
            while (j < json.size() && isSpace(json[j]))
                ++j;
            const char close = c == '{' ? '}' : ']';
            if (j < json.size() && json[j] == close) { // empty container stays on one line
                out += c;
                out += close;
                i = j;
                break;
            }
            out += c;
            ++depth;
            newline();
            break;
        }
        case '}':
        case ']':
            --depth;
            newline();
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += ": ";
            break;
        case ' ':
        case '\t':
        case '\n':
        case '\r':
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace

BodyText bodyText(const QByteArray &captured, QByteArrayView contentType)
{
    BodyText out;
    if (captured.isEmpty())
        return out;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(captured, &error);
    if (error.error == QJsonParseError::NoError && !doc.isNull()) {
        out.text = QString::fromUtf8(indentJson(captured));
        out.json = true;
        out.formatted = true;
        return out;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(captured);
    if (decoder.hasError()) {
        // Possibly cut in the middle of a character at the capture limit: retry without the last 3 bytes.
        QStringDecoder retry(QStringDecoder::Utf8);
        text = retry.decode(QByteArrayView(captured).first(std::max<qsizetype>(0, captured.size() - 3)));
        if (retry.hasError() || captured.size() <= 3) {
            out.text = hexDump(captured, 4096);
            out.binary = true;
            return out;
        }
    }
    out.text = text;
    out.json = QByteArrayView(contentType).toByteArray().toLower().contains("json");
    return out;
}

QString hexDump(QByteArrayView bytes, qsizetype limit)
{
    const QByteArrayView head = bytes.first(std::min(bytes.size(), limit));
    QString dump;
    dump.reserve((head.size() / 16 + 1) * 78);
    for (qsizetype i = 0; i < head.size(); i += 16) {
        const QByteArrayView line = head.sliced(i, std::min<qsizetype>(16, head.size() - i));
        dump += QStringLiteral("%1  ").arg(i, 8, 16, QLatin1Char('0'));
        QString hex = QString::fromLatin1(line.toByteArray().toHex(' '));
        dump += hex.leftJustified(16 * 3 - 1, QLatin1Char(' '));
        dump += QLatin1String("  ");
        for (const char c : line)
            dump += (c >= 0x20 && c < 0x7f) ? QLatin1Char(c) : QLatin1Char('.');
        dump += QLatin1Char('\n');
    }
    return dump;
}

} // namespace gw::ui
