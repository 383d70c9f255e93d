// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httprequestparser.h"

#include <QtTest>

using namespace gw::http;

namespace {

QByteArray escaped(const QByteArray &bytes)
{
    QByteArray out;
    for (const char c : bytes) {
        if (c == '\r')
            out += "\\r";
        else if (c == '\n')
            out += "\\n";
        else if (c == '\t')
            out += "\\t";
        else if (uchar(c) < 0x20 || uchar(c) >= 0x7f)
            out += "\\x" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
        else
            out += c;
    }
    return out;
}

QByteArray reasonName(RejectReason reason)
{
    switch (reason) {
    case RejectReason::MalformedRequest:
        return "MalformedRequest";
    case RejectReason::HeadersTooLarge:
        return "HeadersTooLarge";
    case RejectReason::UriTooLong:
        return "UriTooLong";
    case RejectReason::HeaderTimeout:
        return "HeaderTimeout";
    case RejectReason::BodyTimeout:
        return "BodyTimeout";
    case RejectReason::TooManyConnections:
        return "TooManyConnections";
    }
    return "?";
}

// One line per event, everything a caller can observe except timestamps and wire sizes (checked separately).
QByteArray describe(const HttpRequest &r)
{
    QByteArray out = "REQ " + r.method + ' ' + r.target + " path=" + r.path
        + " query=" + (r.query.isNull() ? QByteArray("(null)") : '\'' + r.query + '\'') + " v=1."
        + QByteArray::number(r.httpMinor) + " ka=" + QByteArray::number(int(r.keepAlive))
        + " cl=" + QByteArray::number(r.declaredContentLength);
    if (r.bodyTooLarge)
        out += " TOO-LARGE";
    out += " [";
    for (const HttpHeaders::Field &f : r.headers.fields())
        out += f.name + ": " + escaped(f.value) + ';';
    out += "] body='" + escaped(r.body) + '\'';
    return out;
}

struct Outcome
{
    QByteArrayList events;
    qint64 wireBytes = 0; // summed over the completed requests
    bool finished = false;
};

// Feeds `pieces` in order, re-passing whatever a call did not consume, the way HttpConnection does.
Outcome feed(const QByteArrayList &pieces, const ServerLimits &limits)
{
    HttpRequestParser parser(limits);
    Outcome out;
    qint64 now = 1000;
    for (const QByteArray &piece : pieces) {
        qsizetype pos = 0;
        ++now;
        while (pos < piece.size() && !parser.isFinished()) {
            qsizetype consumed = 0;
            const auto event = parser.parse(piece.constData() + pos, piece.size() - pos, now, &consumed);
            if (consumed < 0 || consumed > piece.size() - pos) {
                out.events << "BAD CONSUMED COUNT";
                return out;
            }
            pos += consumed;
            switch (event) {
            case HttpRequestParser::Event::NeedMore:
                if (consumed == 0) {
                    out.events << "STUCK";
                    return out;
                }
                break;
            case HttpRequestParser::Event::HeadersComplete:
                out.events << (parser.expectsContinue() ? "HEADERS expect-continue" : "HEADERS");
                break;
            case HttpRequestParser::Event::RequestComplete: {
                const HttpRequest request = parser.takeRequest();
                out.wireBytes += request.wireBytes;
                if (request.firstByteUs <= 0 || request.completeUs < request.firstByteUs)
                    out.events << "BAD TIMESTAMPS";
                out.events << describe(request);
                break;
            }
            case HttpRequestParser::Event::Error:
                out.events << "ERROR " + reasonName(parser.errorReason()) + ' ' + parser.errorDetail();
                break;
            }
        }
    }
    if (parser.inProgress())
        out.events << "INCOMPLETE";
    out.finished = parser.isFinished();
    return out;
}

ServerLimits limitsWith(qint64 maxHeaderBytes, qint64 maxTargetBytes, qint64 maxBodyBytes)
{
    ServerLimits limits;
    limits.maxHeaderBytes = maxHeaderBytes;
    limits.maxTargetBytes = maxTargetBytes;
    limits.maxBodyBytes = maxBodyBytes;
    return limits;
}

// A GET whose request line plus headers, through the blank line, is exactly `total` bytes.
QByteArray getOfSize(qsizetype total)
{
    const QByteArray head = "GET /padded HTTP/1.1\r\nHost: example.com\r\nX-Pad: ";
    const QByteArray tail = "\r\n\r\n";
    return head + QByteArray(total - head.size() - tail.size(), 'p') + tail;
}

} // namespace

Q_DECLARE_METATYPE(gw::http::ServerLimits)

class tst_HttpRequestParser final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void timestampsComeFromTheCaller();
    void stopsAtBodyTooLargeWithoutReadingTheBody();
};

void tst_HttpRequestParser::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<ServerLimits>("limits");
    QTest::addColumn<QByteArrayList>("expected");
    QTest::addColumn<bool>("finished"); // no more requests on this connection

    const ServerLimits defaults;
    const QByteArray headers = "HEADERS";

    QTest::addRow("simple GET") << QByteArray("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n") << defaults
                                << QByteArrayList {headers,
                                                   "REQ GET / path=/ query=(null) v=1.1 ka=1 cl=-1 "
                                                   "[Host: example.com;] body=''"}
                                << false;
    QTest::addRow("odd spacing kept byte-exact, OWS trimmed")
        << QByteArray(
               "GET /pets HTTP/1.1\r\nHost:example.com\r\nX-Spaces:   padded  value \t \r\nX-Empty:\r\n"
               "X-Case: MiXeD\r\nx-dup: 1\r\nX-Dup: 2\r\n\r\n")
        << defaults
        << QByteArrayList {headers,
                           "REQ GET /pets path=/pets query=(null) v=1.1 ka=1 cl=-1 [Host: example.com;"
                           "X-Spaces: padded  value;X-Empty: ;X-Case: MiXeD;x-dup: 1;X-Dup: 2;] body=''"}
        << false;
    QTest::addRow("obs-fold joined as http-parser joins it")
        << QByteArray("GET / HTTP/1.1\r\nX-Folded: first\r\n second\r\n\tthird\r\nHost: h\r\n\r\n")
        << defaults
        << QByteArrayList {headers,
                           "REQ GET / path=/ query=(null) v=1.1 ka=1 cl=-1 "
                           "[X-Folded: first second\\tthird;Host: h;] body=''"}
        << false;
    QTest::addRow("bare LF line ends") << QByteArray("GET / HTTP/1.1\nHost: h\n\n") << defaults
                                       << QByteArrayList {headers,
                                                          "REQ GET / path=/ query=(null) v=1.1 ka=1 "
                                                          "cl=-1 [Host: h;] body=''"}
                                       << false;
    QTest::addRow("leading empty lines") << QByteArray("\r\n\r\nGET / HTTP/1.1\r\n\r\n") << defaults
                                         << QByteArrayList {headers,
                                                            "REQ GET / path=/ query=(null) v=1.1 ka=1 "
                                                            "cl=-1 [] body=''"}
                                         << false;
    QTest::addRow("empty lines alone are no request")
        << QByteArray("\r\n\r\n\n") << defaults << QByteArrayList {} << false;
    QTest::addRow("empty line between pipelined requests")
        << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 1\r\n\r\nx\r\nGET /b HTTP/1.1\r\n\r\n") << defaults
        << QByteArrayList {headers,
                           "REQ POST /a path=/a query=(null) v=1.1 ka=1 cl=1 [Content-Length: 1;] body='x'",
                           headers, "REQ GET /b path=/b query=(null) v=1.1 ka=1 cl=-1 [] body=''"}
        << false;
    QTest::addRow("POST with Content-Length")
        << QByteArray("POST /items?x=1 HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\nhello world")
        << defaults
        << QByteArrayList {headers,
                           "REQ POST /items?x=1 path=/items query='x=1' v=1.1 ka=1 cl=11 [Host: h;"
                           "Content-Length: 11;] body='hello world'"}
        << false;
    QTest::addRow("POST with Content-Length 0")
        << QByteArray("POST /empty HTTP/1.1\r\nContent-Length: 0\r\n\r\n") << defaults
        << QByteArrayList {headers,
                           "REQ POST /empty path=/empty query=(null) v=1.1 ka=1 cl=0 "
                           "[Content-Length: 0;] body=''"}
        << false;
    QTest::addRow("body with CR LF and NUL bytes")
        << QByteArray("PUT /b HTTP/1.1\r\nContent-Length: 6\r\n\r\n" + QByteArray("\r\n\0\r\n\x01", 6))
        << defaults
        << QByteArrayList {headers,
                           "REQ PUT /b path=/b query=(null) v=1.1 ka=1 cl=6 [Content-Length: 6;] "
                           "body='\\r\\n\\x00\\r\\n\\x01'"}
        << false;
    QTest::addRow("chunked with extensions and trailers")
        << QByteArray("POST /up HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;name=value\r\nhello\r\n"
                      "6;a;b=\"c\"\r\n world\r\n0\r\nX-Trailer: t\r\nX-Other: u\r\n\r\n")
        << defaults
        << QByteArrayList {headers,
                           "REQ POST /up path=/up query=(null) v=1.1 ka=1 cl=-1 "
                           "[Transfer-Encoding: chunked;] body='hello world'"}
        << false;
    QTest::addRow("chunked with upper-case hex sizes")
        << QByteArray("POST /up HTTP/1.1\r\nTransfer-Encoding: Chunked\r\n\r\nA\r\n0123456789\r\n0\r\n\r\n")
        << defaults
        << QByteArrayList {headers,
                           "REQ POST /up path=/up query=(null) v=1.1 ka=1 cl=-1 "
                           "[Transfer-Encoding: Chunked;] body='0123456789'"}
        << false;
    QTest::addRow("pipelined GET and POST")
        << QByteArray("GET /a HTTP/1.1\r\nHost: h\r\n\r\nPOST /b HTTP/1.1\r\nHost: h\r\nContent-Length: "
                      "3\r\n\r\nabc")
        << defaults
        << QByteArrayList {headers, "REQ GET /a path=/a query=(null) v=1.1 ka=1 cl=-1 [Host: h;] body=''",
                           headers,
                           "REQ POST /b path=/b query=(null) v=1.1 ka=1 cl=3 [Host: h;Content-Length: 3;] "
                           "body='abc'"}
        << false;
    QTest::addRow("pipelined chunked and GET")
        << QByteArray("POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nxyz\r\n0\r\n\r\n"
                      "GET /d HTTP/1.1\r\n\r\n")
        << defaults
        << QByteArrayList {headers,
                           "REQ POST /c path=/c query=(null) v=1.1 ka=1 cl=-1 "
                           "[Transfer-Encoding: chunked;] body='xyz'",
                           headers, "REQ GET /d path=/d query=(null) v=1.1 ka=1 cl=-1 [] body=''"}
        << false;
    QTest::addRow("HTTP/1.0 without keep-alive ends the connection")
        << QByteArray("GET / HTTP/1.0\r\n\r\nGET /never HTTP/1.0\r\n\r\n") << defaults
        << QByteArrayList {headers, "REQ GET / path=/ query=(null) v=1.0 ka=0 cl=-1 [] body=''"} << true;
    QTest::addRow("HTTP/1.0 with keep-alive")
        << QByteArray("GET /1 HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\nGET /2 HTTP/1.0\r\n\r\n") << defaults
        << QByteArrayList {headers,
                           "REQ GET /1 path=/1 query=(null) v=1.0 ka=1 cl=-1 [Connection: Keep-Alive;] "
                           "body=''",
                           headers, "REQ GET /2 path=/2 query=(null) v=1.0 ka=0 cl=-1 [] body=''"}
        << true;
    QTest::addRow("HTTP/1.1 Connection: close ends the connection")
        << QByteArray("GET / HTTP/1.1\r\nConnection: close\r\n\r\nGET /never HTTP/1.1\r\n\r\n") << defaults
        << QByteArrayList {headers,
                           "REQ GET / path=/ query=(null) v=1.1 ka=0 cl=-1 [Connection: close;] body=''"}
        << true;
    QTest::addRow("HEAD") << QByteArray("HEAD /x HTTP/1.1\r\nHost: h\r\n\r\n") << defaults
                          << QByteArrayList {headers,
                                             "REQ HEAD /x path=/x query=(null) v=1.1 ka=1 cl=-1 [Host: h;] "
                                             "body=''"}
                          << false;
    QTest::addRow("Expect: 100-continue with a body")
        << QByteArray("PUT /f HTTP/1.1\r\nExpect: 100-Continue\r\nContent-Length: 4\r\n\r\ndata") << defaults
        << QByteArrayList {"HEADERS expect-continue",
                           "REQ PUT /f path=/f query=(null) v=1.1 ka=1 cl=4 "
                           "[Expect: 100-Continue;Content-Length: 4;] body='data'"}
        << false;
    QTest::addRow("Expect: 100-continue on a chunked body")
        << QByteArray(
               "PUT /f HTTP/1.1\r\nExpect: 100-continue\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nz\r\n"
               "0\r\n\r\n")
        << defaults
        << QByteArrayList {"HEADERS expect-continue",
                           "REQ PUT /f path=/f query=(null) v=1.1 ka=1 cl=-1 "
                           "[Expect: 100-continue;Transfer-Encoding: chunked;] body='z'"}
        << false;
    QTest::addRow("Expect: 100-continue without a body needs no 100")
        << QByteArray("GET /f HTTP/1.1\r\nExpect: 100-continue\r\n\r\n") << defaults
        << QByteArrayList {headers,
                           "REQ GET /f path=/f query=(null) v=1.1 ka=1 cl=-1 "
                           "[Expect: 100-continue;] body=''"}
        << false;
    QTest::addRow("percent-encoded target stays encoded")
        << QByteArray("GET /a%20b/%E2%82%AC?q=%3F&r=%26 HTTP/1.1\r\n\r\n") << defaults
        << QByteArrayList {headers,
                           "REQ GET /a%20b/%E2%82%AC?q=%3F&r=%26 path=/a%20b/%E2%82%AC query='q=%3F&r=%26' "
                           "v=1.1 ka=1 cl=-1 [] body=''"}
        << false;
    QTest::addRow("query with ? inside") << QByteArray("GET /s?a=1?b=2&c HTTP/1.1\r\n\r\n") << defaults
                                         << QByteArrayList {headers,
                                                            "REQ GET /s?a=1?b=2&c path=/s query='a=1?b=2&c' "
                                                            "v=1.1 ka=1 cl=-1 [] body=''"}
                                         << false;
    QTest::addRow("empty query is empty, not null") << QByteArray("GET /s? HTTP/1.1\r\n\r\n") << defaults
                                                    << QByteArrayList {headers,
                                                                       "REQ GET /s? path=/s query='' v=1.1 "
                                                                       "ka=1 cl=-1 [] body=''"}
                                                    << false;
    QTest::addRow("fragment belongs to neither path nor query")
        << QByteArray("GET /p?q=1#frag HTTP/1.1\r\n\r\n") << defaults
        << QByteArrayList {headers, "REQ GET /p?q=1#frag path=/p query='q=1' v=1.1 ka=1 cl=-1 [] body=''"}
        << false;
    QTest::addRow("absolute-form target")
        << QByteArray(
               "GET http://api.example.com:8080/prod/pets?limit=2 HTTP/1.1\r\nHost: api.example.com\r\n\r\n")
        << defaults
        << QByteArrayList {headers,
                           "REQ GET http://api.example.com:8080/prod/pets?limit=2 path=/prod/pets "
                           "query='limit=2' v=1.1 ka=1 cl=-1 [Host: api.example.com;] body=''"}
        << false;
    QTest::addRow("absolute-form target without a path")
        << QByteArray("GET http://api.example.com?x HTTP/1.1\r\n\r\n") << defaults
        << QByteArrayList {headers,
                           "REQ GET http://api.example.com?x path=/ query='x' v=1.1 ka=1 cl=-1 [] body=''"}
        << false;
    QTest::addRow("OPTIONS *") << QByteArray("OPTIONS * HTTP/1.1\r\n\r\n") << defaults
                               << QByteArrayList {headers,
                                                  "REQ OPTIONS * path=* query=(null) v=1.1 ka=1 cl=-1 [] "
                                                  "body=''"}
                               << false;
    QTest::addRow("Upgrade is an ordinary request")
        << QByteArray("GET /ws HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\nGET /next "
                      "HTTP/1.1\r\n\r\n")
        << defaults
        << QByteArrayList {headers,
                           "REQ GET /ws path=/ws query=(null) v=1.1 ka=1 cl=-1 [Upgrade: websocket;"
                           "Connection: Upgrade;] body=''",
                           headers, "REQ GET /next path=/next query=(null) v=1.1 ka=1 cl=-1 [] body=''"}
        << false;

    // Limits.
    QTest::addRow("headers exactly at 10,240 bytes")
        << getOfSize(10'240) << defaults
        << QByteArrayList {headers,
                           "REQ GET /padded path=/padded "
                           "query=(null) v=1.1 ka=1 cl=-1 "
                           "[Host: example.com;X-Pad: "
                               + QByteArray(10'240 - 52, 'p') + ";] body=''"}
        << false;
    QTest::addRow("headers one byte over 10,240")
        << getOfSize(10'241) << defaults
        << QByteArrayList {"ERROR HeadersTooLarge request line and headers "
                           "over 10240 bytes"}
        << true;
    QTest::addRow("headers far over the limit")
        << getOfSize(20'000) << defaults
        << QByteArrayList {"ERROR HeadersTooLarge request line and headers "
                           "over 10240 bytes"}
        << true;
    QTest::addRow("target exactly at maxTargetBytes")
        << QByteArray("GET /" + QByteArray(63, 't') + " HTTP/1.1\r\n\r\n") << limitsWith(10'240, 64, 1024)
        << QByteArrayList {headers,
                           "REQ GET /" + QByteArray(63, 't') + " path=/" + QByteArray(63, 't')
                               + " query=(null) v=1.1 ka=1 cl=-1 [] body=''"}
        << false;
    QTest::addRow("target over maxTargetBytes")
        << QByteArray("GET /" + QByteArray(64, 't') + " HTTP/1.1\r\n\r\n") << limitsWith(10'240, 64, 1024)
        << QByteArrayList {"ERROR UriTooLong request-target over 64 bytes"} << true;
    QTest::addRow("request line over the header limit is a long URI")
        << QByteArray("GET /" + QByteArray(20'000, 't') + " HTTP/1.1\r\n\r\n") << defaults
        << QByteArrayList {"ERROR UriTooLong request line over 10240 bytes"} << true;
    QTest::addRow("body exactly at maxBodyBytes by Content-Length")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 16\r\n\r\n0123456789abcdef")
        << limitsWith(10'240, 10'240, 16)
        << QByteArrayList {headers,
                           "REQ POST / path=/ query=(null) v=1.1 ka=1 cl=16 [Content-Length: 16;] "
                           "body='0123456789abcdef'"}
        << false;
    QTest::addRow("body over maxBodyBytes by Content-Length")
        << QByteArray("POST /big HTTP/1.1\r\nContent-Length: 17\r\n\r\n0123456789abcdefg")
        << limitsWith(10'240, 10'240, 16)
        << QByteArrayList {"REQ POST /big path=/big query=(null) v=1.1 ka=1 cl=17 TOO-LARGE [Content-Length: "
                           "17;] "
                           "body=''"}
        << true;
    QTest::addRow("huge Content-Length")
        << QByteArray("POST /big HTTP/1.1\r\nContent-Length: 9999999999999\r\n\r\n") << defaults
        << QByteArrayList {"REQ POST /big path=/big query=(null) v=1.1 ka=1 cl=9999999999999 TOO-LARGE "
                           "[Content-Length: 9999999999999;] body=''"}
        << true;
    QTest::addRow("chunked body exactly at maxBodyBytes")
        << QByteArray("POST /c HTTP/1.1\r\nTransfer-Encoding: "
                      "chunked\r\n\r\na\r\n0123456789\r\n6\r\nabcdef\r\n0\r\n\r\n")
        << limitsWith(10'240, 10'240, 16)
        << QByteArrayList {headers,
                           "REQ POST /c path=/c query=(null) v=1.1 ka=1 cl=-1 [Transfer-Encoding: chunked;] "
                           "body='0123456789abcdef'"}
        << false;
    QTest::addRow("chunked body over maxBodyBytes by accumulation")
        << QByteArray("POST /c HTTP/1.1\r\nTransfer-Encoding: "
                      "chunked\r\n\r\na\r\n0123456789\r\n7\r\nabcdefg\r\n0\r\n\r\n")
        << limitsWith(10'240, 10'240, 16)
        << QByteArrayList {headers,
                           "REQ POST /c path=/c query=(null) v=1.1 ka=1 cl=-1 TOO-LARGE "
                           "[Transfer-Encoding: chunked;] body=''"}
        << true;
    QTest::addRow("chunked trailer over the header limit")
        << QByteArray("POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX-T: "
                      + QByteArray(200, 't') + "\r\n\r\n")
        << limitsWith(128, 128, 1024)
        << QByteArrayList {headers, "ERROR HeadersTooLarge chunked trailer over 128 bytes"} << true;

    // Malformed.
    const QByteArray malformed = "ERROR MalformedRequest ";
    QTest::addRow("bad method token") << QByteArray("GXT / HTTP/1.1\r\n\r\n") << defaults
                                      << QByteArrayList {malformed + "HPE_INVALID_METHOD"} << true;
    QTest::addRow("lower-case method") << QByteArray("get / HTTP/1.1\r\n\r\n") << defaults
                                       << QByteArrayList {malformed + "HPE_INVALID_METHOD"} << true;
    QTest::addRow("garbage bytes") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11)
                                   << defaults << QByteArrayList {malformed + "HPE_INVALID_METHOD"} << true;
    QTest::addRow("bad chunk size") << QByteArray(
        "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n")
                                    << defaults
                                    << QByteArrayList {headers, malformed + "HPE_INVALID_CHUNK_SIZE"} << true;
    QTest::addRow("negative chunk size")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n") << defaults
        << QByteArrayList {headers, malformed + "HPE_INVALID_CHUNK_SIZE"} << true;
    QTest::addRow("chunk data longer than its size")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n")
        << defaults << QByteArrayList {headers, malformed + "HPE_INVALID_CHUNK_SIZE"} << true;
    QTest::addRow("Content-Length with chunked") << QByteArray(
        "POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")
                                                 << defaults
                                                 << QByteArrayList {malformed
                                                                    + "HPE_UNEXPECTED_CONTENT_LENGTH"}
                                                 << true;
    QTest::addRow("duplicate differing Content-Length")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd") << defaults
        << QByteArrayList {malformed + "HPE_UNEXPECTED_CONTENT_LENGTH"} << true;
    QTest::addRow("duplicate equal Content-Length")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc") << defaults
        << QByteArrayList {malformed + "HPE_UNEXPECTED_CONTENT_LENGTH"} << true;
    QTest::addRow("Content-Length beyond 64 bits")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n") << defaults
        << QByteArrayList {malformed + "HPE_INVALID_CONTENT_LENGTH"} << true;
    QTest::addRow("non-numeric Content-Length")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\nabc") << defaults
        << QByteArrayList {malformed + "HPE_INVALID_CONTENT_LENGTH"} << true;
    QTest::addRow("Transfer-Encoding other than chunked")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\nabc") << defaults
        << QByteArrayList {malformed + "Transfer-Encoding other than a single \"chunked\""} << true;
    QTest::addRow("Transfer-Encoding gzip, chunked")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n") << defaults
        << QByteArrayList {malformed + "Transfer-Encoding other than a single \"chunked\""} << true;
    QTest::addRow("Transfer-Encoding chunked twice")
        << QByteArray(
               "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
        << defaults << QByteArrayList {malformed + "Transfer-Encoding other than a single \"chunked\""}
        << true;
    QTest::addRow("whitespace before the colon")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length : 3\r\n\r\nabc") << defaults
        << QByteArrayList {malformed + "whitespace in a header field name"} << true;
    QTest::addRow("whitespace before the first header")
        << QByteArray("GET / HTTP/1.1\r\n Host: h\r\n\r\n") << defaults
        << QByteArrayList {malformed + "whitespace in a header field name"} << true;
    QTest::addRow("header line without colon")
        << QByteArray("GET / HTTP/1.1\r\nNoColon\r\n\r\n") << defaults
        << QByteArrayList {malformed + "HPE_INVALID_HEADER_TOKEN"} << true;
    QTest::addRow("control byte in a header value")
        << QByteArray("GET / HTTP/1.1\r\nX: a\x01z\r\n\r\n") << defaults
        << QByteArrayList {malformed + "HPE_INVALID_HEADER_TOKEN"} << true;
    QTest::addRow("CR without LF") << QByteArray("GET / HTTP/1.1\r\nHost: a\rb\r\n\r\n") << defaults
                                   << QByteArrayList {malformed + "HPE_LF_EXPECTED"} << true;
    QTest::addRow("HTTP/2.0 request line")
        << QByteArray("GET / HTTP/2.0\r\n\r\n") << defaults
        << QByteArrayList {malformed + "HTTP/2.0 is not supported"} << true;
    QTest::addRow("HTTP/0.9 request line")
        << QByteArray("GET /\r\n\r\n") << defaults << QByteArrayList {malformed + "HTTP/0.9 is not supported"}
        << true;
    QTest::addRow("space inside the target") << QByteArray("GET /a b HTTP/1.1\r\n\r\n") << defaults
                                             << QByteArrayList {malformed + "HPE_INVALID_CONSTANT"} << true;
    QTest::addRow("good request then garbage")
        << QByteArray("GET /ok HTTP/1.1\r\n\r\n\x01\x02garbage") << defaults
        << QByteArrayList {headers, "REQ GET /ok path=/ok query=(null) v=1.1 ka=1 cl=-1 [] body=''",
                           malformed + "HPE_INVALID_METHOD"}
        << true;
}

void tst_HttpRequestParser::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(ServerLimits, limits);
    QFETCH(QByteArrayList, expected);
    QFETCH(bool, finished);

    const Outcome whole = feed({input}, limits);
    QCOMPARE(whole.events, expected);
    QCOMPARE(whole.finished, finished);
    const bool allComplete = !expected.isEmpty() && expected.last().startsWith("REQ ") && !finished;
    if (allComplete)
        QCOMPARE(whole.wireBytes, qint64(input.size()));

    for (qsizetype split = 1; split < input.size(); ++split) {
        const Outcome two = feed({input.first(split), input.sliced(split)}, limits);
        if (two.events != expected || two.finished != finished || two.wireBytes != whole.wireBytes) {
            qWarning() << "split at" << split;
            QCOMPARE(two.events, expected);
            QCOMPARE(two.wireBytes, whole.wireBytes);
            QCOMPARE(two.finished, finished);
        }
    }

    QByteArrayList bytes;
    bytes.reserve(input.size());
    for (qsizetype i = 0; i < input.size(); ++i)
        bytes.append(input.sliced(i, 1));
    const Outcome single = feed(bytes, limits);
    QCOMPARE(single.events, expected);
    QCOMPARE(single.wireBytes, whole.wireBytes);
    QCOMPARE(single.finished, finished);
}

void tst_HttpRequestParser::timestampsComeFromTheCaller()
{
    HttpRequestParser parser {ServerLimits()};
    const QByteArray first = "POST / HTTP/1.1\r\nContent-Length: 2\r\n\r\n";
    qsizetype consumed = 0;
    QCOMPARE(parser.parse(first.constData(), first.size(), 100, &consumed),
             HttpRequestParser::Event::HeadersComplete);
    QCOMPARE(parser.request().firstByteUs, 100);
    qsizetype pos = consumed;
    QCOMPARE(parser.parse(first.constData() + pos, first.size() - pos, 200, &consumed),
             HttpRequestParser::Event::NeedMore);
    QVERIFY(parser.inBody());
    QCOMPARE(parser.parse("ok", 2, 300, &consumed), HttpRequestParser::Event::RequestComplete);
    const HttpRequest request = parser.takeRequest();
    QCOMPARE(request.firstByteUs, 100);
    QCOMPARE(request.completeUs, 300);
    QCOMPARE(request.wireBytes, first.size() + 2);
    QVERIFY(!parser.inProgress());
}

void tst_HttpRequestParser::stopsAtBodyTooLargeWithoutReadingTheBody()
{
    ServerLimits limits;
    limits.maxBodyBytes = 4;
    HttpRequestParser parser(limits);
    const QByteArray head = "PUT /x HTTP/1.1\r\nContent-Length: 1000\r\n\r\n";
    const QByteArray input = head + QByteArray(1000, 'b');
    qsizetype consumed = 0;
    QCOMPARE(parser.parse(input.constData(), input.size(), 1, &consumed),
             HttpRequestParser::Event::RequestComplete);
    QCOMPARE(consumed, head.size());
    QVERIFY(parser.isFinished());
    const HttpRequest request = parser.takeRequest();
    QVERIFY(request.bodyTooLarge);
    QVERIFY(request.body.isEmpty());
    QCOMPARE(request.wireBytes, head.size());
    QCOMPARE(parser.parse(input.constData() + consumed, input.size() - consumed, 2, &consumed),
             HttpRequestParser::Event::NeedMore);
    QCOMPARE(consumed, 0);
}

QTEST_GUILESS_MAIN(tst_HttpRequestParser)
#include "tst_httprequestparser.moc"
