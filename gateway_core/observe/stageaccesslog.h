// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordbus.h"

#include <QList>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <mutex>

class QFile;

namespace gw {

namespace model {
struct Project;
struct Stage;
} // namespace model

/// The access-log format of a stage (AWS: `accessLogSettings.format`, kept in the stage's extra settings); empty when
/// the stage's access logging is off.
QString stageAccessLogFormat(const model::Stage &stage);

/// One stage's access log: the records of `apiId` + `stage`, rendered with `format`, appended to `path`.
struct StageAccessLog
{
    QString apiId;
    QString stage;
    QString format;
    QString path;

    bool operator==(const StageAccessLog &) const = default;
};

/// The file name of a stage's access log: "<api>-<stage>.log", every character other than a letter, a digit, '.',
/// '_' or '-' replaced by '_' ("$default" becomes "_default").
QString stageAccessLogFileName(const QString &apiId, const QString &stage);

/// Every stage of `project` whose access logging is on, in project order, each with its file in `folder`.
QList<StageAccessLog> stageAccessLogs(const model::Project &project, const QString &folder);

/// One rendered access-log line and the stage it belongs to.
struct AccessLogLine
{
    QString apiId;
    QString stage;
    QString text;
};

/// Writes each stage's own access log, as AWS does for a stage with access logging on: a record of a configured
/// API and stage is rendered with that stage's format (renderAccessLog()) and appended, one line, to that stage's
/// file. Records of other stages are ignored.
///
/// Threads: configure(), logs() and error() may be called from any thread and only take a short lock; they never
/// wait for a batch being written. consume() and flush() run on the record bus's thread, which alone opens, writes
/// and closes the files: a file is opened (its folder made) when its first line is written, and closed at the next
/// batch after configure() stops using it. A batch already queued when configure() returns may still be written
/// with the previous configuration.
class StageAccessLogSink final : public RecordSink
{
public:
    /// Receives each batch's lines, oldest first, on the bus's thread after they were written.
    using LineHandler = std::function<void(std::vector<AccessLogLine> &&lines)>;

    explicit StageAccessLogSink(LineHandler onLines = {});
    ~StageAccessLogSink() override;

    /// Replaces what is logged and where. Thread-safe.
    void configure(const QList<StageAccessLog> &logs);
    QList<StageAccessLog> logs() const;
    /// Why the stage's log file could not be opened or written ("cannot open …: reason"); empty when it was fine or
    /// has not been used yet. Thread-safe.
    QString error(const QString &apiId, const QString &stage) const;

    void consume(const std::vector<ExchangeRecordPtr> &batch) override;
    void flush() override;

private:
    using Key = std::pair<QString, QString>; ///< apiId, stage
    struct OpenFile
    {
        QString path;
        std::unique_ptr<QFile> file;
    };

    const LineHandler m_onLines;
    mutable std::mutex m_mutex;                          ///< guards m_config, m_errors
    std::shared_ptr<const std::map<Key, StageAccessLog>> m_config;
    QList<StageAccessLog> m_list;                        ///< m_config in the order configured; guarded by m_mutex
    std::map<Key, QString> m_errors;
    std::map<Key, OpenFile> m_files;                     ///< the bus's thread only
};

} // namespace gw
