// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httpheaders.h"
#include "observe/exchangerecord.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace gw::io {

/// One HAR 1.2 entry as read (http://www.softwareishard.com/blog/har-12-spec/).
struct HarEntry
{
    struct Request
    {
        QString method;
        QString url;               ///< absolute http(s) URL, as written
        QString httpVersion;       ///< as written ("HTTP/1.1", "http/2.0", "h3", ...); may be empty
        http::HttpHeaders headers; ///< in order; HTTP/2 pseudo-headers (":authority", ...) are left out
        QByteArray body;           ///< postData.text, base64-decoded when it says so
        bool hasBody = false;      ///< postData was present
        qint64 bodySize = -1;      ///< bodySize as written; -1 when unknown
    };
    struct Response
    {
        int status = 0;            ///< 0: no response (a failed or aborted request)
        QString statusText;
        QString httpVersion;
        http::HttpHeaders headers;
        QByteArray body;           ///< content.text, base64-decoded when content.encoding is "base64"
        qint64 bodySize = -1;      ///< content.size as written (the uncompressed size); -1 when unknown
        QString mimeType;
    };
    /// Milliseconds; -1 where the phase does not apply or is unknown.
    struct Timings
    {
        double blocked = -1;
        double dns = -1;
        double connect = -1;
        double ssl = -1;
        double send = -1;
        double wait = -1;
        double receive = -1;
    };

    qint64 startedEpochMs = 0;  ///< startedDateTime
    double timeMs = 0;          ///< time: the whole exchange
    Request request;
    Response response;
    Timings timings;
    QJsonObject gatehouse;      ///< Gatehouse's own "_gatehouse" trace when the file came from Gatehouse; else empty
};

/// Bounds on what readHar() accepts, so a hostile or accidental file cannot exhaust memory.
struct HarLimits
{
    qint64 maxFileBytes = 256LL * 1024 * 1024;
    qsizetype maxEntries = 100'000;
};

struct HarReadResult
{
    /// Empty on success; else one line saying where and what, e.g. `entries[3].request.url: not an absolute URL`.
    QString error;
    QString creator;            ///< log.creator.name and version, e.g. "WebInspector 537.36"
    std::vector<HarEntry> entries;
    /// Entries left out because there is nothing to replay in them: "entries[4]: a data: URL".
    QStringList skipped;

    bool ok() const { return error.isEmpty(); }
};

/// Parses a HAR 1.1 or 1.2 log, as HarWriter, Chrome's and Firefox's devtools write it. Validates the structure
/// the spec requires (a request's method and absolute URL, headers as name/value strings, a response's status,
/// startedDateTime, bodies' base64) and stops at the first violation; fields the spec marks optional may be
/// missing. Never crashes or allocates beyond a small multiple of the input on hostile input.
HarReadResult readHar(const QByteArray &bytes, const HarLimits &limits = {});
/// Reads `path` (refusing files beyond limits.maxFileBytes before reading them) and parses it with readHar().
HarReadResult readHarFile(const QString &path, const HarLimits &limits = {});

/// The record the traffic table shows for an imported entry: marked `imported`, request and response as read
/// (bodies cut at ExchangeRecord::bodyCaptureLimit), start time, total time, and the API, stage and route from a
/// Gatehouse trace when present. No pipeline steps: nothing ran.
ExchangeRecordPtr recordFromHarEntry(const HarEntry &entry, quint64 sequence);

} // namespace gw::io
