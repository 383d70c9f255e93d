// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordbus.h"

#include <QFile>
#include <QJsonObject>

namespace gw {

/// The trace format: one JSON object per finished request (`gatehouse serve --trace FILE`). It carries no request
/// headers; the query's presigned-URL secrets (X-Amz-Signature, X-Amz-Credential, X-Amz-Security-Token) read REDACTED.
QJsonObject traceJson(const ExchangeRecord &record);

/// Appends one JSON line per exchange to a file, on the record bus's thread.
class TraceWriter final : public RecordSink
{
public:
    explicit TraceWriter(const QString &path);
    bool isOpen() const { return m_file.isOpen(); }
    QString errorString() const { return m_file.errorString(); }

    void consume(const std::vector<ExchangeRecordPtr> &batch) override;
    void flush() override;

private:
    QFile m_file;
};

} // namespace gw
