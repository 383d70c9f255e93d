// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordbus.h"

#include <QFile>

namespace gw {

/// Access log formats the AWS console offers as presets.
struct AccessLogFormats
{
    static QString clfRest();
    static QString clfHttp();
    static QString json();
    static QString xml();
    static QString csv();
};

/// Renders an access-log format (text with `$context.name` variables) for a record. Variables with no value print
/// "-", as AWS does.
QString renderAccessLog(const QString &format, const ExchangeRecord &record);

/// Appends one access-log line per exchange to a file, on the record bus's thread.
class AccessLogWriter final : public RecordSink
{
public:
    /// `format` empty: the CLF preset of each record's API type.
    AccessLogWriter(const QString &path, const QString &format = {});
    bool isOpen() const { return m_file.isOpen(); }
    QString errorString() const { return m_file.errorString(); }

    void consume(const std::vector<ExchangeRecordPtr> &batch) override;
    void flush() override;

private:
    QFile m_file;
    QString m_format;
};

} // namespace gw
