// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpwire.h"

#include <QtTest>

using namespace gw::http;

Q_DECLARE_METATYPE(gw::http::HttpHeaders)

class tst_HttpWire final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void imfFixdate_data();
    void imfFixdate();
    void reasonPhrase_data();
    void reasonPhrase();
    void responseHead_data();
    void responseHead();
    void rejectionResponse();
    void chunkPrefix();
};

void tst_HttpWire::imfFixdate_data()
{
    QTest::addColumn<qint64>("epochSeconds");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("epoch") << qint64(0) << QByteArray("Thu, 01 Jan 1970 00:00:00 GMT");
    QTest::addRow("RFC 9110 example") << qint64(784'111'777) << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT");
    QTest::addRow("leap day 2000") << qint64(951'782'400) << QByteArray("Tue, 29 Feb 2000 00:00:00 GMT");
    QTest::addRow("last second of 1999")
        << qint64(946'684'799) << QByteArray("Fri, 31 Dec 1999 23:59:59 GMT");
    QTest::addRow("2024-03-01") << qint64(1'709'251'200) << QByteArray("Fri, 01 Mar 2024 00:00:00 GMT");
    QTest::addRow("FakeClock default")
        << qint64(1'700'000'000) << QByteArray("Tue, 14 Nov 2023 22:13:20 GMT");
    QTest::addRow("2038 and beyond") << qint64(2'147'483'648) << QByteArray("Tue, 19 Jan 2038 03:14:08 GMT");
    QTest::addRow("before the epoch") << qint64(-1) << QByteArray("Wed, 31 Dec 1969 23:59:59 GMT");
}

void tst_HttpWire::imfFixdate()
{
    QFETCH(qint64, epochSeconds);
    QFETCH(QByteArray, expected);
    QCOMPARE(wire::imfFixdate(epochSeconds), expected);
    const QDateTime reference = QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::UTC);
    QCOMPARE(QString::fromLatin1(wire::imfFixdate(epochSeconds)),
             QLocale::c().toString(reference, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
}

void tst_HttpWire::reasonPhrase_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("200") << 200 << QByteArray("OK");
    QTest::addRow("204") << 204 << QByteArray("No Content");
    QTest::addRow("304") << 304 << QByteArray("Not Modified");
    QTest::addRow("403") << 403 << QByteArray("Forbidden");
    QTest::addRow("413") << 413 << QByteArray("Payload Too Large");
    QTest::addRow("414") << 414 << QByteArray("URI Too Long");
    QTest::addRow("429") << 429 << QByteArray("Too Many Requests");
    QTest::addRow("431") << 431 << QByteArray("Request Header Fields Too Large");
    QTest::addRow("502") << 502 << QByteArray("Bad Gateway");
    QTest::addRow("504") << 504 << QByteArray("Gateway Timeout");
    QTest::addRow("unregistered") << 599 << QByteArray();
}

void tst_HttpWire::reasonPhrase()
{
    QFETCH(int, status);
    QFETCH(QByteArray, expected);
    QCOMPARE(wire::reasonPhrase(status).toByteArray(), expected);
}

void tst_HttpWire::responseHead_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<HttpHeaders>("headers");
    QTest::addColumn<qint64>("contentLength");
    QTest::addColumn<bool>("chunked");
    QTest::addColumn<bool>("keepAlive");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray date = "Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n";
    HttpHeaders plain;
    plain.append("Content-Type", "application/json");
    plain.append("x-amzn-RequestId", "abc");
    QTest::addRow("known length") << 200 << plain << qint64(12) << false << true
                                  << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                                "x-amzn-RequestId: abc\r\n"
                                                + date
                                                + "Content-Length: 12\r\nConnection: keep-alive\r\n\r\n");
    QTest::addRow("chunked, closing")
        << 502 << HttpHeaders() << qint64(-1) << true << false
        << QByteArray("HTTP/1.1 502 Bad Gateway\r\n" + date
                      + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
    QTest::addRow("no framing") << 204 << HttpHeaders() << qint64(-1) << false << true
                                << QByteArray("HTTP/1.1 204 No Content\r\n" + date
                                              + "Connection: keep-alive\r\n\r\n");
    QTest::addRow("unregistered status keeps the space") << 599 << HttpHeaders() << qint64(0) << false << true
                                                         << QByteArray("HTTP/1.1 599 \r\n" + date
                                                                       + "Content-Length: 0\r\n"
                                                                         "Connection: keep-alive\r\n\r\n");
    QTest::addRow("status out of range becomes 500")
        << 42 << HttpHeaders() << qint64(0) << false << true
        << QByteArray("HTTP/1.1 500 Internal Server Error\r\n" + date
                      + "Content-Length: 0\r\nConnection: keep-alive\r\n\r\n");

    HttpHeaders owned;
    owned.append("content-length", "999");
    owned.append("Transfer-Encoding", "gzip");
    owned.append("CONNECTION", "upgrade");
    owned.append("Keep-Alive", "timeout=5");
    owned.append("Date", "yesterday");
    owned.append("X-Kept", "yes");
    QTest::addRow("server-owned fields are dropped") << 200 << owned << qint64(2) << false << true
                                                     << QByteArray("HTTP/1.1 200 OK\r\nX-Kept: yes\r\n" + date
                                                                   + "Content-Length: 2\r\n"
                                                                     "Connection: keep-alive\r\n\r\n");
    HttpHeaders hostile;
    hostile.append("X-Split", "a\r\nSet-Cookie: evil=1");
    hostile.append("X-Nul", QByteArray("a\0b", 3));
    hostile.append("Bad\nName", "v");
    hostile.append("", "empty name");
    hostile.append("X-Fine", "value: with colon");
    QTest::addRow("fields that would break framing are dropped")
        << 200 << hostile << qint64(0) << false << false
        << QByteArray("HTTP/1.1 200 OK\r\nX-Fine: value: with colon\r\n" + date
                      + "Content-Length: 0\r\nConnection: close\r\n\r\n");
}

void tst_HttpWire::responseHead()
{
    QFETCH(int, status);
    QFETCH(HttpHeaders, headers);
    QFETCH(qint64, contentLength);
    QFETCH(bool, chunked);
    QFETCH(bool, keepAlive);
    QFETCH(QByteArray, expected);
    const wire::Framing framing {contentLength, chunked, keepAlive};
    QCOMPARE(wire::responseHead(status, headers, "Sun, 06 Nov 1994 08:49:37 GMT", framing), expected);
}

void tst_HttpWire::rejectionResponse()
{
    QCOMPARE(
        wire::rejectionResponse(431, "Request Header Fields Too Large", "Sun, 06 Nov 1994 08:49:37 GMT"),
        QByteArray("HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Type: application/json\r\n"
                   "Date: Sun, 06 Nov 1994 08:49:37 GMT\r\nContent-Length: 45\r\nConnection: close\r\n\r\n"
                   R"({"message":"Request Header Fields Too Large"})"));
}

void tst_HttpWire::chunkPrefix()
{
    QCOMPARE(wire::chunkPrefix(1), QByteArray("1\r\n"));
    QCOMPARE(wire::chunkPrefix(255), QByteArray("ff\r\n"));
    QCOMPARE(wire::chunkPrefix(65536), QByteArray("10000\r\n"));
}

QTEST_GUILESS_MAIN(tst_HttpWire)
#include "tst_httpwire.moc"
