// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesslog.h"

#include "contextvalues.h"
#include "redaction.h"

#include <QRegularExpression>

namespace gw {

QString AccessLogFormats::clfRest()
{
    return QStringLiteral("$context.identity.sourceIp $context.identity.caller $context.identity.user "
                          "[$context.requestTime] \"$context.httpMethod $context.resourcePath $context.protocol\" "
                          "$context.status $context.responseLength $context.requestId");
}

QString AccessLogFormats::clfHttp()
{
    return QStringLiteral("$context.identity.sourceIp - - [$context.requestTime] \"$context.httpMethod "
                          "$context.routeKey $context.protocol\" $context.status $context.responseLength "
                          "$context.requestId");
}

QString AccessLogFormats::json()
{
    return QStringLiteral("{ \"requestId\":\"$context.requestId\", \"ip\": \"$context.identity.sourceIp\", "
                          "\"caller\":\"$context.identity.caller\", \"user\":\"$context.identity.user\", "
                          "\"requestTime\":\"$context.requestTime\", \"httpMethod\":\"$context.httpMethod\", "
                          "\"resourcePath\":\"$context.resourcePath\", \"status\":\"$context.status\", "
                          "\"protocol\":\"$context.protocol\", \"responseLength\":\"$context.responseLength\" }");
}

QString AccessLogFormats::xml()
{
    return QStringLiteral("<request id=\"$context.requestId\"> <ip>$context.identity.sourceIp</ip> "
                          "<caller>$context.identity.caller</caller> <user>$context.identity.user</user> "
                          "<requestTime>$context.requestTime</requestTime> <httpMethod>$context.httpMethod</httpMethod> "
                          "<resourcePath>$context.resourcePath</resourcePath> <status>$context.status</status> "
                          "<protocol>$context.protocol</protocol> <responseLength>$context.responseLength</responseLength> "
                          "</request>");
}

QString AccessLogFormats::csv()
{
    return QStringLiteral("$context.identity.sourceIp,$context.identity.caller,$context.identity.user,"
                          "$context.requestTime,$context.httpMethod,$context.resourcePath,$context.protocol,"
                          "$context.status,$context.responseLength,$context.requestId");
}

QString renderAccessLog(const QString &format, const ExchangeRecord &record)
{
    static const QRegularExpression variable(QStringLiteral("\\$context\\.([A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)*)"));
    QString out;
    out.reserve(format.size() + 64);
    qsizetype last = 0;
    for (auto it = variable.globalMatch(format); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(format).mid(last, m.capturedStart() - last);
        QString value = contextValue(record, m.capturedView(1));
        // AWS prints $context.identity.apiKey whole; Gatehouse's logs keep only its last four characters, so a log
        // file shared in a bug report gives no working key away (docs/project-format.md, access logs).
        if (m.capturedView(1) == u"identity.apiKey")
            value = maskSecret(value);
        out += value.isEmpty() ? QStringLiteral("-") : value;
        last = m.capturedEnd();
    }
    out += QStringView(format).mid(last);
    return out;
}

AccessLogWriter::AccessLogWriter(const QString &path, const QString &format)
    : m_file(path)
    , m_format(format)
{
    m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void AccessLogWriter::consume(const std::vector<ExchangeRecordPtr> &batch)
{
    if (!m_file.isOpen())
        return;
    QByteArray out;
    for (const ExchangeRecordPtr &r : batch) {
        const QString &format = !m_format.isEmpty() ? m_format
                              : r->protocol == QLatin1String("http") ? AccessLogFormats::clfHttp()
                                                                     : AccessLogFormats::clfRest();
        out += renderAccessLog(format, *r).toUtf8();
        out += '\n';
    }
    m_file.write(out);
}

void AccessLogWriter::flush()
{
    if (m_file.isOpen())
        m_file.flush();
}

} // namespace gw
