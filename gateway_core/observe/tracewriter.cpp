// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracewriter.h"

#include "redaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace gw {

QJsonObject traceJson(const ExchangeRecord &r)
{
    QJsonArray steps;
    for (const StepSpan &s : r.steps) {
        steps.append(QJsonObject{
            {QStringLiteral("name"), QString(s.name)},
            {QStringLiteral("startUs"), s.startUs},
            {QStringLiteral("durationUs"), s.durationUs},
            {QStringLiteral("outcome"), s.responded ? QStringLiteral("respond") : QStringLiteral("continue")},
            {QStringLiteral("detail"), s.detail.isEmpty() ? QJsonValue() : QJsonValue(s.detail)},
            {QStringLiteral("note"), s.note.isEmpty() ? QJsonValue() : QJsonValue(s.note)},
        });
    }
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    QJsonObject o{
        {QStringLiteral("requestId"), r.requestId},
        {QStringLiteral("extendedRequestId"), r.extendedRequestId},
        {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(r.startEpochMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("apiId"), orNull(r.apiId)},
        {QStringLiteral("stage"), orNull(r.stage)},
        {QStringLiteral("protocol"), orNull(r.protocol)},
        {QStringLiteral("method"), r.method},
        {QStringLiteral("path"), r.path},
        {QStringLiteral("query"), orNull(redactQuery(r.query))}, // a presigned URL's signature is a credential
        {QStringLiteral("route"), orNull(r.route)},
        {QStringLiteral("status"), r.status},
        {QStringLiteral("totalUs"), r.totalUs},
        {QStringLiteral("stoppedAt"), orNull(r.stoppedAt)},
        {QStringLiteral("errorType"), orNull(r.errorType)},
        {QStringLiteral("integrationStatus"), r.integrationStatus ? QJsonValue(r.integrationStatus) : QJsonValue()},
        {QStringLiteral("integrationLatencyUs"),
         r.integrationLatencyUs >= 0 ? QJsonValue(r.integrationLatencyUs) : QJsonValue()},
        {QStringLiteral("sourceIp"), r.sourceIp},
        {QStringLiteral("requestBytes"), r.requestBodySize},
        {QStringLiteral("responseBytes"), r.responseBodySize},
        {QStringLiteral("clientAborted"), r.clientAborted},
        {QStringLiteral("steps"), steps},
    };
    if (!r.connectionId.isEmpty())
        o.insert(QStringLiteral("connectionId"), r.connectionId);
    if (!r.eventType.isEmpty())
        o.insert(QStringLiteral("eventType"), r.eventType);
    if (!r.messageDirection.isEmpty())
        o.insert(QStringLiteral("messageDirection"), r.messageDirection);
    if (r.disconnectStatusCode != 0)
        o.insert(QStringLiteral("disconnectStatusCode"), r.disconnectStatusCode);
    if (r.stageHasCanary) {
        // Only on stages with a canary ($context.isCanaryRequest has a value only there).
        o.insert(QStringLiteral("deploymentId"), r.deploymentId);
        o.insert(QStringLiteral("canary"), r.canary);
    }
    if (!r.explanation.isEmpty())
        o.insert(QStringLiteral("explanation"), QJsonArray::fromStringList(r.explanation));
    return o;
}

TraceWriter::TraceWriter(const QString &path)
    : m_file(path)
{
    m_file.open(QIODevice::WriteOnly | QIODevice::Append);
}

void TraceWriter::consume(const std::vector<ExchangeRecordPtr> &batch)
{
    if (!m_file.isOpen())
        return;
    QByteArray out;
    for (const ExchangeRecordPtr &r : batch) {
        out += QJsonDocument(traceJson(*r)).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    m_file.write(out);
}

void TraceWriter::flush()
{
    if (m_file.isOpen())
        m_file.flush();
}

} // namespace gw
