// SPDX-License-Identifier: GPL-3.0-or-later
// HAR 1.2 import: what HarWriter writes reads back as the same requests, responses and timings; Chrome's and
// Firefox's shapes (pseudo-headers, base64 content, data: URLs, offsets in dates) read; every malformed file is
// refused with the entry, the field and what is wrong; truncated files and oversized files are refused.

#include "io/harreader.h"
#include "io/harwriter.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace gw;

namespace {

constexpr qint64 kT0 = 1'700'000'040'123;

std::shared_ptr<ExchangeRecord> getPets()
{
    auto r = std::make_shared<ExchangeRecord>();
    r->sequence = 1;
    r->requestId = QStringLiteral("8b0a7a51-8f0e-4c6e-9a3e-2b7c0e6f4a11");
    r->startEpochMs = kT0;
    r->totalUs = 2'345;
    r->apiId = QStringLiteral("petstore");
    r->protocol = QStringLiteral("rest");
    r->stage = QStringLiteral("prod");
    r->route = QStringLiteral("/pets");
    r->method = QStringLiteral("GET");
    r->path = QStringLiteral("/prod/pets");
    r->query = QStringLiteral("limit=2&name=a%20b");
    r->httpVersion = QStringLiteral("HTTP/1.1");
    r->requestHeaders.append("Host", "petstore.execute-api.localhost:4510");
    r->requestHeaders.append("Accept", "application/json");
    r->requestHeaders.append("Authorization", "Bearer abc.def");
    r->requestHeaders.append("X-Empty", "");
    r->status = 200;
    r->responseHeaders.append("Content-Type", "application/json");
    r->responseHeaders.append("x-amzn-RequestId", "8b0a7a51-8f0e-4c6e-9a3e-2b7c0e6f4a11");
    r->responseBody = R"([{"id":1,"name":"dog ü"}])";
    r->responseBodySize = r->responseBody.size();
    r->integrationLatencyUs = 1'900;
    r->integrationStatus = 200;
    return r;
}

std::shared_ptr<ExchangeRecord> postBinary()
{
    auto r = std::make_shared<ExchangeRecord>();
    r->sequence = 2;
    r->startEpochMs = kT0 + 1000;
    r->totalUs = 35'250;
    r->method = QStringLiteral("POST");
    r->path = QStringLiteral("/prod/upload");
    r->requestHeaders.append("Host", "127.0.0.1:4510");
    r->requestHeaders.append("Content-Type", "application/octet-stream");
    r->requestBody = QByteArray("\x00\x01\x02\xff\xfe binary\r\n", 14);
    r->requestBodySize = r->requestBody.size();
    r->status = 502;
    r->responseHeaders.append("Content-Type", "image/png");
    r->responseBody = QByteArray("\x89PNG\r\n\x1a\n\x00\x00", 10);
    r->responseBodySize = 4096; // only the first bytes were captured
    return r;
}

std::shared_ptr<ExchangeRecord> clientWentAway()
{
    auto r = std::make_shared<ExchangeRecord>();
    r->sequence = 3;
    r->startEpochMs = kT0 + 2000;
    r->totalUs = 10;
    r->method = QStringLiteral("DELETE");
    r->path = QStringLiteral("/");
    r->requestHeaders.append("Host", "localhost:4510");
    r->status = 0;
    return r;
}

QByteArray harOf(const QJsonArray &entries)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("log"),
                                       QJsonObject {{QStringLiteral("version"), QStringLiteral("1.2")},
                                                    {QStringLiteral("entries"), entries}}}})
        .toJson(QJsonDocument::Compact);
}

/// A minimal valid entry, as a browser writes it.
QJsonObject validEntry()
{
    return QJsonDocument::fromJson(R"({
        "startedDateTime": "2024-03-01T10:00:00.250Z", "time": 12.5,
        "request": {"method": "GET", "url": "http:\/\/localhost:4510/prod/pets", "httpVersion": "HTTP/1.1",
                    "headers": [{"name": "Accept", "value": "text/plain"}], "cookies": [], "queryString": [],
                    "headersSize": -1, "bodySize": 0},
        "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [], "cookies": [],
                     "content": {"size": 2, "mimeType": "application/json", "text": "[]"},
                     "redirectURL": "", "headersSize": -1, "bodySize": 2},
        "cache": {}, "timings": {"send": 0.1, "wait": 12.0, "receive": 0.4}})")
        .object();
}

/// `entry` with the member at `path` ("request.url") replaced by `value` (undefined removes it).
QJsonObject with(QJsonObject entry, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        if (value.isUndefined())
            entry.remove(path.first());
        else
            entry.insert(path.first(), value);
        return entry;
    }
    entry.insert(path.first(), with(entry.value(path.first()).toObject(), path.mid(1), value));
    return entry;
}

} // namespace

class tst_Har : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void recordFromEntry();
    void browserShapes();
    void malformed_data();
    void malformed();
    void truncatedAtEveryByte();
    void sizeLimits();
};

void tst_Har::roundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("session.har"));
    const std::vector<ExchangeRecordPtr> records {getPets(), postBinary(), clientWentAway()};
    io::HarWriter writer(path, QStringLiteral("127.0.0.1"), {}, /*includeSecrets=*/true);
    QString error;
    QVERIFY(writer.open(&error));
    writer.consume({records[0]});
    writer.consume({records[1], records[2]});
    QVERIFY2(writer.finish(&error), qPrintable(error));

    const io::HarReadResult read = io::readHarFile(path);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QVERIFY(read.creator.startsWith(QLatin1String("Gatehouse")));
    QCOMPARE(read.entries.size(), records.size());
    for (size_t i = 0; i < records.size(); ++i) {
        const ExchangeRecord &r = *records[i];
        const io::HarEntry &e = read.entries[i];
        QCOMPARE(e.startedEpochMs, r.startEpochMs);
        QCOMPARE(e.timeMs, double(r.totalUs) / 1000);
        QCOMPARE(e.timings.wait, double(r.totalUs) / 1000);
        QCOMPARE(e.timings.send, 0.0);
        QCOMPARE(e.timings.receive, 0.0);
        QCOMPARE(e.timings.dns, -1.0);
        QCOMPARE(e.request.method, r.method);
        QCOMPARE(e.request.httpVersion, r.httpVersion.isEmpty() ? QStringLiteral("HTTP/1.1") : r.httpVersion);
        QCOMPARE(e.request.headers.size(), r.requestHeaders.size());
        for (qsizetype h = 0; h < r.requestHeaders.size(); ++h) {
            QCOMPARE(e.request.headers.fields()[h].name, r.requestHeaders.fields()[h].name);
            QCOMPARE(e.request.headers.fields()[h].value, r.requestHeaders.fields()[h].value);
        }
        QCOMPARE(e.request.body, r.requestBody);
        QCOMPARE(e.request.hasBody, !r.requestBody.isEmpty());
        QCOMPARE(e.response.status, r.status);
        QCOMPARE(e.response.headers.size(), r.responseHeaders.size());
        for (qsizetype h = 0; h < r.responseHeaders.size(); ++h) {
            QCOMPARE(e.response.headers.fields()[h].name, r.responseHeaders.fields()[h].name);
            QCOMPARE(e.response.headers.fields()[h].value, r.responseHeaders.fields()[h].value);
        }
        QCOMPARE(e.response.body, r.responseBody);
        QCOMPARE(e.response.bodySize, r.responseBodySize);

        // And back into a record: the same request and response.
        const ExchangeRecordPtr back = io::recordFromHarEntry(e, 100 + i);
        QVERIFY(back->imported);
        QCOMPARE(back->method, r.method);
        QCOMPARE(back->path, r.path);
        QCOMPARE(back->query, r.query);
        QCOMPARE(back->status, r.status);
        QCOMPARE(back->totalUs, r.totalUs);
        QCOMPARE(back->startEpochMs, r.startEpochMs);
        QCOMPARE(back->requestBody, r.requestBody);
        QCOMPARE(back->requestBodySize, r.requestBodySize);
        QCOMPARE(back->responseBody, r.responseBody);
        QCOMPARE(back->responseBodySize, r.responseBodySize);
        QCOMPARE(back->apiId, r.apiId);
        QCOMPARE(back->stage, r.stage);
        QCOMPARE(back->route, r.route);
        QCOMPARE(back->requestId, r.requestId);
        QCOMPARE(back->integrationLatencyUs, r.integrationLatencyUs);
    }
}

void tst_Har::recordFromEntry()
{
    io::HarEntry e;
    e.request.method = QStringLiteral("PUT");
    e.request.url = QStringLiteral("https://abc123.execute-api.us-east-1.amazonaws.com/prod/pets/7?x=%2F");
    e.request.body = QByteArray(ExchangeRecord::bodyCaptureLimit + 10, 'a');
    e.response.status = 204;
    e.timeMs = 1.5;
    const ExchangeRecordPtr r = io::recordFromHarEntry(e, 7);
    QCOMPARE(r->sequence, quint64(7));
    QCOMPARE(r->scheme, QStringLiteral("https"));
    QCOMPARE(r->host, QStringLiteral("abc123.execute-api.us-east-1.amazonaws.com"));
    QCOMPARE(r->path, QStringLiteral("/prod/pets/7"));
    QCOMPARE(r->query, QStringLiteral("x=%2F"));
    QCOMPARE(r->totalUs, qint64(1500));
    QCOMPARE(r->requestBody.size(), ExchangeRecord::bodyCaptureLimit);
    QCOMPARE(r->requestBodySize, ExchangeRecord::bodyCaptureLimit + 10);
    QCOMPARE(r->integrationLatencyUs, qint64(-1));
    QVERIFY(r->steps.empty());

    // Numbers a hand-edited or hostile file carries that no qint64 holds read as "unknown" (found by fuzz_har_import).
    for (const double hostile : {1e300, -1e300, 9.3e18, -5.0}) {
        e.gatehouse = QJsonObject{{QStringLiteral("integrationLatencyUs"), hostile}};
        QCOMPARE(io::recordFromHarEntry(e, 8)->integrationLatencyUs, qint64(-1));
    }
    e.gatehouse = QJsonObject{{QStringLiteral("integrationLatencyUs"), 2500.0}};
    QCOMPARE(io::recordFromHarEntry(e, 9)->integrationLatencyUs, qint64(2500));
}

void tst_Har::browserShapes()
{
    // Chrome: HTTP/2 pseudo-headers, base64 content, a data: URL, -1 and rounding noise in timings.
    // Firefox: a start time with a UTC offset, form params without text, no "time".
    const QByteArray har = R"({"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
      "pages": [], "entries": [
      {"startedDateTime": "2024-03-01T10:00:00.250Z", "time": 48.123,
       "request": {"method": "GET", "url": "https:\/\/example.com/img.png", "httpVersion": "http/2.0",
                   "headers": [{"name": ":authority", "value": "example.com"}, {"name": ":method", "value": "GET"},
                               {"name": "accept", "value": "image/webp"}],
                   "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
       "response": {"status": 200, "statusText": "", "httpVersion": "http/2.0",
                    "headers": [{"name": "content-type", "value": "image/png"}], "cookies": [],
                    "content": {"size": 4, "mimeType": "image/png", "text": "iVBORw==", "encoding": "base64"},
                    "redirectURL": "", "headersSize": -1, "bodySize": -1, "_transferSize": 120},
       "cache": {}, "timings": {"blocked": 1.2, "dns": -1, "ssl": -1, "connect": -1, "send": 0.1, "wait": 45.5,
                                "receive": 1.3, "_blocked_queueing": 0.8},
       "_initiator": {"type": "parser"}, "_priority": "Low", "_resourceType": "image"},
      {"startedDateTime": "2024-03-01T10:00:00.300Z", "time": 0,
       "request": {"method": "GET", "url": "data:image/png;base64,iVBORw==", "httpVersion": "",
                   "headers": [], "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
       "response": {"status": 200, "statusText": "OK", "httpVersion": "", "headers": [], "cookies": [],
                    "content": {"size": 4, "mimeType": "image/png"}, "redirectURL": "", "headersSize": -1,
                    "bodySize": 0},
       "cache": {}, "timings": {"send": 0, "wait": 0, "receive": 0}},
      {"startedDateTime": "2024-03-01T11:00:01.500+01:00",
       "request": {"method": "POST", "url": "http:\/\/localhost:4510/prod/login", "httpVersion": "HTTP/1.1",
                   "headers": [{"name": "Content-Type", "value": "application/x-www-form-urlencoded"}],
                   "queryString": [], "cookies": [], "headersSize": 120, "bodySize": 19,
                   "postData": {"mimeType": "application/x-www-form-urlencoded",
                                "params": [{"name": "user", "value": "a b"}, {"name": "pw", "value": "x&y"}]}},
       "response": {"status": 0, "statusText": "", "httpVersion": "", "headers": [], "cookies": [],
                    "content": {"size": 0, "mimeType": ""}, "redirectURL": "", "headersSize": -1, "bodySize": -1,
                    "_error": "net::ERR_CONNECTION_REFUSED"},
       "cache": {}, "timings": {"blocked": -0.0001, "send": 0, "wait": 2.5, "receive": 0.5}}
      ]}})";
    const io::HarReadResult read = io::readHar(har);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.creator, QStringLiteral("WebInspector 537.36"));
    QCOMPARE(read.entries.size(), size_t(2));
    QCOMPARE(read.skipped, QStringList {QStringLiteral("entries[1]: a data: URL")});

    const io::HarEntry &chrome = read.entries[0];
    QCOMPARE(chrome.request.headers.size(), 1);
    QCOMPARE(chrome.request.headers.value("accept"), QByteArray("image/webp"));
    QCOMPARE(chrome.response.body, QByteArray("\x89PNG"));
    QCOMPARE(chrome.timings.blocked, 1.2);
    QCOMPARE(chrome.timings.dns, -1.0);
    QCOMPARE(chrome.timeMs, 48.123);
    QCOMPARE(io::recordFromHarEntry(chrome, 1)->totalUs, qint64(48'123));

    const io::HarEntry &firefox = read.entries[1];
    QCOMPARE(firefox.startedEpochMs, QDateTime(QDate(2024, 3, 1), QTime(10, 0, 1, 500), Qt::UTC).toMSecsSinceEpoch());
    QVERIFY(firefox.request.hasBody);
    QCOMPARE(firefox.request.body, QByteArray("user=a%20b&pw=x%26y"));
    QCOMPARE(firefox.response.status, 0);
    QCOMPARE(firefox.timings.blocked, -1.0);
    QCOMPARE(firefox.timeMs, 3.0); // no "time": the sum of the timings that apply
}

void tst_Har::malformed_data()
{
    QTest::addColumn<QByteArray>("har");
    QTest::addColumn<QString>("error");

    const QJsonObject ok = validEntry();
    auto entries = [](const QJsonObject &second) { return harOf(QJsonArray {validEntry(), second}); };

    QTest::addRow("empty file") << QByteArray() << QStringLiteral("not JSON: ");
    QTest::addRow("not JSON") << QByteArray("{\"log\": ") << QStringLiteral("not JSON: ");
    QTest::addRow("an array") << QByteArray("[]") << QStringLiteral("not a HAR file");
    QTest::addRow("no log") << QByteArray("{\"entries\": []}") << QStringLiteral("log: missing (not a HAR file)");
    QTest::addRow("log not an object") << QByteArray("{\"log\": 1}") << QStringLiteral("log: must be an object");
    QTest::addRow("version a number") << QByteArray(R"({"log": {"version": 1.2, "entries": []}})")
                                      << QStringLiteral("log.version: must be a string");
    QTest::addRow("no entries") << QByteArray(R"({"log": {"version": "1.2"}})") << QStringLiteral("log.entries: missing");
    QTest::addRow("entries an object") << QByteArray(R"({"log": {"entries": {}}})")
                                       << QStringLiteral("log.entries: must be an array");
    QTest::addRow("entry not an object") << harOf(QJsonArray {ok, 5}) << QStringLiteral("entries[1]: must be an object");
    QTest::addRow("no startedDateTime") << entries(with(ok, {QStringLiteral("startedDateTime")}, QJsonValue::Undefined))
                                        << QStringLiteral("entries[1].startedDateTime: missing");
    QTest::addRow("bad startedDateTime") << entries(with(ok, {QStringLiteral("startedDateTime")}, QStringLiteral("yesterday")))
                                         << QStringLiteral("entries[1].startedDateTime: \"yesterday\" is not an ISO 8601 date and time");
    QTest::addRow("time a string") << entries(with(ok, {QStringLiteral("time")}, QStringLiteral("12")))
                                   << QStringLiteral("entries[1].time: must be a number");
    QTest::addRow("no request") << entries(with(ok, {QStringLiteral("request")}, QJsonValue::Undefined))
                                << QStringLiteral("entries[1].request: missing");
    QTest::addRow("no method") << entries(with(ok, {QStringLiteral("request"), QStringLiteral("method")}, QJsonValue::Undefined))
                               << QStringLiteral("entries[1].request.method: missing");
    QTest::addRow("method with a space") << entries(with(ok, {QStringLiteral("request"), QStringLiteral("method")}, QStringLiteral("GET /")))
                                         << QStringLiteral("entries[1].request.method: \"GET /\" is not an HTTP method");
    QTest::addRow("relative URL") << entries(with(ok, {QStringLiteral("request"), QStringLiteral("url")}, QStringLiteral("/prod/pets")))
                                  << QStringLiteral("entries[1].request.url: not an absolute URL");
    QTest::addRow("URL a number") << entries(with(ok, {QStringLiteral("request"), QStringLiteral("url")}, 7))
                                  << QStringLiteral("entries[1].request.url: must be a string");
    QTest::addRow("headers an object") << entries(with(ok, {QStringLiteral("request"), QStringLiteral("headers")}, QJsonObject()))
                                       << QStringLiteral("entries[1].request.headers: must be an array of {name, value}");
    QTest::addRow("header without value")
        << entries(with(ok, {QStringLiteral("request"), QStringLiteral("headers")},
                        QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Accept")}}}))
        << QStringLiteral("entries[1].request.headers[0].value: missing");
    QTest::addRow("header name with a colon")
        << entries(with(ok, {QStringLiteral("request"), QStringLiteral("headers")},
                        QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("X-A: b")},
                                                 {QStringLiteral("value"), QStringLiteral("c")}}}))
        << QStringLiteral("entries[1].request.headers[0].name: \"X-A: b\" is not a valid header name");
    QTest::addRow("header value with CRLF")
        << entries(with(ok, {QStringLiteral("response"), QStringLiteral("headers")},
                        QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("X-A")},
                                                 {QStringLiteral("value"), QStringLiteral("b\r\nSet-Cookie: x=1")}}}))
        << QStringLiteral("entries[1].response.headers[0].value: holds a line break or NUL character");
    QTest::addRow("postData text not base64")
        << entries(with(ok, {QStringLiteral("request"), QStringLiteral("postData")},
                        QJsonObject {{QStringLiteral("text"), QStringLiteral("%%%")}, {QStringLiteral("_encoding"), QStringLiteral("base64")}}))
        << QStringLiteral("entries[1].request.postData.text: not valid base64");
    QTest::addRow("no response") << entries(with(ok, {QStringLiteral("response")}, QJsonValue::Undefined))
                                 << QStringLiteral("entries[1].response: missing");
    QTest::addRow("status a string") << entries(with(ok, {QStringLiteral("response"), QStringLiteral("status")}, QStringLiteral("200")))
                                     << QStringLiteral("entries[1].response.status: must be a number");
    QTest::addRow("status fractional") << entries(with(ok, {QStringLiteral("response"), QStringLiteral("status")}, 200.5))
                                       << QStringLiteral("entries[1].response.status: must be a whole number from 0 to 999, got 200.5");
    QTest::addRow("status negative") << entries(with(ok, {QStringLiteral("response"), QStringLiteral("status")}, -1))
                                     << QStringLiteral("entries[1].response.status: must be a whole number from 0 to 999, got -1");
    QTest::addRow("no content") << entries(with(ok, {QStringLiteral("response"), QStringLiteral("content")}, QJsonValue::Undefined))
                                << QStringLiteral("entries[1].response.content: missing");
    QTest::addRow("content not base64")
        << entries(with(ok, {QStringLiteral("response"), QStringLiteral("content"), QStringLiteral("encoding")}, QStringLiteral("base64")))
        << QStringLiteral("entries[1].response.content.text: not valid base64");
    QTest::addRow("content unknown encoding")
        << entries(with(ok, {QStringLiteral("response"), QStringLiteral("content"), QStringLiteral("encoding")}, QStringLiteral("rot13")))
        << QStringLiteral("entries[1].response.content.encoding: unsupported encoding \"rot13\" (only base64 is defined)");
    QTest::addRow("timings a list") << entries(with(ok, {QStringLiteral("timings")}, QJsonArray()))
                                    << QStringLiteral("entries[1].timings: must be an object");
    QTest::addRow("wait a string") << entries(with(ok, {QStringLiteral("timings"), QStringLiteral("wait")}, QStringLiteral("1")))
                                   << QStringLiteral("entries[1].timings.wait: must be a number");
}

void tst_Har::malformed()
{
    QFETCH(QByteArray, har);
    QFETCH(QString, error);
    const io::HarReadResult read = io::readHar(har);
    QVERIFY(!read.ok());
    QVERIFY2(read.error.startsWith(error), qPrintable(read.error));
    QVERIFY(read.entries.empty());
}

void tst_Har::truncatedAtEveryByte()
{
    const QByteArray har = harOf(QJsonArray {validEntry(), validEntry()});
    QVERIFY(io::readHar(har).ok());
    for (qsizetype n = 0; n < har.size(); ++n) {
        const io::HarReadResult read = io::readHar(har.left(n));
        QVERIFY2(!read.ok(), qPrintable(QStringLiteral("accepted the first %1 bytes").arg(n)));
        QVERIFY(read.entries.empty());
    }
}

void tst_Har::sizeLimits()
{
    const QByteArray har = harOf(QJsonArray {validEntry(), validEntry(), validEntry()});
    io::HarLimits limits;
    limits.maxFileBytes = har.size() - 1;
    QCOMPARE(io::readHar(har, limits).error,
             QStringLiteral("the file is %1 bytes; at most %2 bytes can be imported").arg(har.size()).arg(har.size() - 1));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.har"));
    QVERIFY(test::writeFile(path, har));
    const io::HarReadResult fromFile = io::readHarFile(path, limits);
    QVERIFY(fromFile.error.contains(QLatin1String("at most")));
    QVERIFY(fromFile.error.contains(path));

    limits = {};
    limits.maxEntries = 2;
    QCOMPARE(io::readHar(har, limits).error, QStringLiteral("log.entries: 3 entries; at most 2 can be imported"));

    const QString missing = dir.filePath(QStringLiteral("missing.har"));
    QVERIFY(io::readHarFile(missing).error.startsWith(QStringLiteral("cannot open ") + missing + QStringLiteral(": ")));
}

QTEST_GUILESS_MAIN(tst_Har)
#include "tst_har.moc"
