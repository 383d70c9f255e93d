// SPDX-License-Identifier: GPL-3.0-or-later
#include "curlcommand.h"

#include <QStringDecoder>
#include <QStringList>
#include <QUrl>

namespace gw {

namespace {

bool isShellSafe(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
        || QStringView(u"_@%+=:,./-").contains(c);
}

/// Header values are bytes: UTF-8 when they decode as such, else Latin-1.
QString headerText(const QByteArray &b)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString s = utf8(b);
    return utf8.hasError() ? QString::fromLatin1(b) : s;
}

/// UTF-8 without control characters other than tab and LF: safe to paste inside single quotes.
bool pasteableText(const QByteArray &body, QString *text)
{
    for (const char c : body) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t' && c != '\n') || u == 0x7f)
            return false;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    *text = utf8(body);
    return !utf8.hasError();
}

/// printf's %b argument (POSIX): printable ASCII as is, a backslash doubled, every other byte (the quote too) as
/// \0ooo with exactly three octal digits, so a digit after it is never read as part of the escape.
QString printfEscaped(const QByteArray &body)
{
    QString out;
    out.reserve(body.size() * 2 + 2);
    out += u'\'';
    for (const char c : body) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\\') {
            out += QStringLiteral("\\\\");
        } else if (u >= 0x20 && u < 0x7f && c != '\'') {
            out += QLatin1Char(c);
        } else {
            out += QStringLiteral("\\0");
            out += QLatin1Char(char('0' + ((u >> 6) & 7)));
            out += QLatin1Char(char('0' + ((u >> 3) & 7)));
            out += QLatin1Char(char('0' + (u & 7)));
        }
    }
    out += u'\'';
    return out;
}

} // namespace

QString shellQuote(const QString &text)
{
    if (text.isEmpty())
        return QStringLiteral("''");
    bool safe = true;
    for (const QChar c : text)
        safe = safe && isShellSafe(c);
    if (safe)
        return text;
    QString out = text;
    out.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + out + u'\'';
}

QString curlCommand(const OutgoingRequest &r)
{
    const bool hasBody = !r.body.isEmpty();
    QString text;
    const bool pasteBody = hasBody && pasteableText(r.body, &text) && !text.startsWith(u'@');

    QString command;
    if (hasBody && !pasteBody)
        command = QStringLiteral("printf '%b' ") + printfEscaped(r.body) + QStringLiteral(" | ");
    command += QStringLiteral("curl");
    const QString method = r.method.isEmpty() ? QStringLiteral("GET") : r.method;
    if (method == QLatin1String("HEAD") && !hasBody)
        command += QStringLiteral(" --head");
    else if (method != QLatin1String("GET") || hasBody)
        command += QStringLiteral(" -X ") + shellQuote(method);
    if (r.url.contains(u'[') || r.url.contains(u']') || r.url.contains(u'{') || r.url.contains(u'}'))
        command += QStringLiteral(" --globoff");
    command += u' ' + shellQuote(r.url);

    QStringList options;
    const QUrl url(r.url);
    const QString authority = url.port() >= 0 ? QString(url.host() + u':' + QString::number(url.port())) : url.host();
    for (const http::HttpHeaders::Field &f : r.headers.fields()) {
        if (http::HttpHeaders::nameEquals(f.name, "content-length")
            || http::HttpHeaders::nameEquals(f.name, "transfer-encoding"))
            continue; // curl frames the body itself
        const QString value = headerText(f.value);
        if (http::HttpHeaders::nameEquals(f.name, "host") && value.compare(authority, Qt::CaseInsensitive) == 0)
            continue; // curl sends this Host from the URL
        // "Name:" with nothing after it makes curl remove the header; "Name;" sends it empty.
        const QString header = value.isEmpty() ? QString(QString::fromLatin1(f.name) + u';')
                                               : QString(QString::fromLatin1(f.name) + QStringLiteral(": ") + value);
        options.append(QStringLiteral("-H ") + shellQuote(header));
    }
    if (hasBody)
        options.append(pasteBody ? QString(QStringLiteral("--data-binary ") + shellQuote(text)) : QStringLiteral("--data-binary @-"));
    for (const QString &option : std::as_const(options))
        command += QStringLiteral(" \\\n  ") + option;
    return command;
}

} // namespace gw
