// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "observe/recordbus.h"

#include <QJsonObject>
#include <QSaveFile>

#include <memory>
#include <mutex>

namespace gw::cost {
struct Pricing;
} // namespace gw::cost

namespace gw::io {

/// One HAR 1.2 entry for a finished exchange (http://www.softwareishard.com/blog/har-12-spec/):
/// - request and response with their headers, cookies, query and bodies as captured (the first
///   ExchangeRecord::bodyCaptureLimit bytes; text as is, anything else base64 with "encoding": "base64" in
///   the response's content and "_encoding": "base64" in the request's postData, which the spec gives no
///   encoding);
/// - timings: blocked, dns, connect and ssl -1 (the gateway does not see them), send 0 and receive 0 (the
/// gateway
///   measures first byte in to last byte out as one span), wait the gateway's total; time is their sum;
/// - serverIPAddress `serverIp`, connection the client's port;
/// - `_gatehouse`: the trace (traceJson(): ids, API, stage, route, the step list with timings and detail
/// codes,
///   the explanation) and, when `pricing` is given, `cost` (this request's estimated AWS cost in USD).
/// Unless `includeSecrets`, it is sanitized as browsers' sanitized HAR export is: the values of secret headers
/// (isSecretHeader(): Authorization, Proxy-Authorization, Cookie, Set-Cookie, x-api-key, X-Amz-Security-Token), of
/// every cookie, and of a presigned URL's X-Amz-Signature, X-Amz-Credential and X-Amz-Security-Token (in url,
/// queryString and _gatehouse.query) read REDACTED; headersSize still counts the bytes that were sent.
QJsonObject harEntry(const ExchangeRecord &record, const QString &serverIp,
                     const cost::Pricing *pricing = nullptr, bool includeSecrets = false);

/// Writes the session as one HAR 1.2 file (`gatehouse serve --har FILE`). Entries are streamed to a temporary
/// file next to FILE as they arrive, so memory stays flat; finish() closes the log and renames it over FILE
/// in one step, so FILE is either the complete previous file or the complete new one, never half written.
/// consume() runs on the record bus's thread; open() and finish() on the owner's, finish() after
/// RecordBus::flush().
class HarWriter final : public RecordSink
{
public:
    /// `includeSecrets`: write credentials, cookies and API keys as sent (`--har-include-secrets`); see harEntry().
    HarWriter(const QString &path, QString serverIp, std::shared_ptr<const cost::Pricing> pricing = {},
              bool includeSecrets = false);

    bool open(QString *error);
    void consume(const std::vector<ExchangeRecordPtr> &batch) override;
    /// Ends the log and commits the file; false with `error` when it could not be written.
    bool finish(QString *error);
    quint64 entries() const;

private:
    const QString m_serverIp;
    const std::shared_ptr<const cost::Pricing> m_pricing;
    const bool m_includeSecrets;
    mutable std::mutex m_mutex; ///< guards everything below
    QSaveFile m_file;
    quint64 m_entries = 0;
    bool m_writeFailed = false;
};

} // namespace gw::io
