// SPDX-License-Identifier: GPL-3.0-or-later
#include "stageaccesslog.h"

#include "accesslog.h"

#include "model/api.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace gw {

QString stageAccessLogFormat(const model::Stage &stage)
{
    return stage.extra[u"accessLogSettings"][u"format"].toString();
}

QString stageAccessLogFileName(const QString &apiId, const QString &stage)
{
    QString name = apiId + QLatin1Char('-') + stage;
    for (QChar &c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'.' && c != u'_' && c != u'-')
            c = u'_';
    }
    return name + QStringLiteral(".log");
}

QList<StageAccessLog> stageAccessLogs(const model::Project &project, const QString &folder)
{
    QList<StageAccessLog> logs;
    const QDir dir(folder);
    for (const model::Api &api : project.apis) {
        for (const model::Stage &stage : api.stages) {
            const QString format = stageAccessLogFormat(stage);
            if (format.isEmpty())
                continue;
            logs.append({api.id, stage.name, format, dir.filePath(stageAccessLogFileName(api.id, stage.name))});
        }
    }
    return logs;
}

StageAccessLogSink::StageAccessLogSink(LineHandler onLines)
    : m_onLines(std::move(onLines))
    , m_config(std::make_shared<const std::map<Key, StageAccessLog>>())
{
}

StageAccessLogSink::~StageAccessLogSink() = default;

void StageAccessLogSink::configure(const QList<StageAccessLog> &logs)
{
    auto config = std::make_shared<std::map<Key, StageAccessLog>>();
    for (const StageAccessLog &log : logs)
        config->emplace(Key(log.apiId, log.stage), log);
    std::lock_guard lock(m_mutex);
    m_config = std::move(config);
    m_list = logs;
    // Errors of stages no longer logged go; the next batch of a logged stage says again whether its file works.
    for (auto it = m_errors.begin(); it != m_errors.end();) {
        if (m_config->find(it->first) == m_config->end())
            it = m_errors.erase(it);
        else
            ++it;
    }
}

QList<StageAccessLog> StageAccessLogSink::logs() const
{
    std::lock_guard lock(m_mutex);
    return m_list;
}

QString StageAccessLogSink::error(const QString &apiId, const QString &stage) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_errors.find(Key(apiId, stage));
    return it == m_errors.end() ? QString() : it->second;
}

void StageAccessLogSink::consume(const std::vector<ExchangeRecordPtr> &batch)
{
    std::shared_ptr<const std::map<Key, StageAccessLog>> config;
    {
        std::lock_guard lock(m_mutex);
        config = m_config;
    }
    // Close the files the configuration no longer uses (stage logging turned off, project moved).
    for (auto it = m_files.begin(); it != m_files.end();) {
        const auto c = config->find(it->first);
        if (c == config->end() || c->second.path != it->second.path)
            it = m_files.erase(it);
        else
            ++it;
    }
    if (config->empty())
        return;

    std::map<Key, QByteArray> out;
    std::vector<AccessLogLine> lines;
    for (const ExchangeRecordPtr &r : batch) {
        if (r->imported || r->apiId.isEmpty())
            continue;
        const auto c = config->find(Key(r->apiId, r->stage));
        if (c == config->end())
            continue;
        QString text = renderAccessLog(c->second.format, *r);
        // One record, one line: a format with a line break (typed in the stage editor) must not split it.
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        text.remove(QLatin1Char('\r'));
        QByteArray &bytes = out[c->first];
        bytes += text.toUtf8();
        bytes += '\n';
        if (m_onLines)
            lines.push_back({r->apiId, r->stage, std::move(text)});
    }

    std::map<Key, QString> errors;
    for (auto &[key, bytes] : out) {
        const StageAccessLog &log = config->at(key);
        OpenFile &open = m_files[key];
        if (!open.file) {
            open.path = log.path;
            open.file = std::make_unique<QFile>(log.path);
            const QString dir = QFileInfo(log.path).absolutePath();
            if (!QDir().mkpath(dir)) {
                errors[key] = QStringLiteral("cannot make the folder %1").arg(QDir::toNativeSeparators(dir));
                m_files.erase(key);
                continue;
            }
            if (!open.file->open(QIODevice::WriteOnly | QIODevice::Append)) {
                errors[key] = QStringLiteral("cannot open %1: %2")
                                  .arg(QDir::toNativeSeparators(log.path), open.file->errorString());
                m_files.erase(key);
                continue;
            }
        }
        // Flushed per batch (tens of times a second at most), so a tail -f or the viewer sees each line at once.
        if (open.file->write(bytes) != bytes.size() || !open.file->flush()) {
            errors[key] = QStringLiteral("cannot write %1: %2")
                              .arg(QDir::toNativeSeparators(log.path), open.file->errorString());
            m_files.erase(key);
        }
    }
    {
        std::lock_guard lock(m_mutex);
        for (const auto &[key, bytes] : out) {
            Q_UNUSED(bytes);
            const auto e = errors.find(key);
            if (e != errors.end())
                m_errors[key] = e->second;
            else
                m_errors.erase(key);
        }
    }
    if (m_onLines && !lines.empty())
        m_onLines(std::move(lines));
}

void StageAccessLogSink::flush()
{
    for (auto &[key, open] : m_files) {
        Q_UNUSED(key);
        if (open.file)
            open.file->flush();
    }
}

} // namespace gw
