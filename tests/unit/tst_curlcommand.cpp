// SPDX-License-Identifier: GPL-3.0-or-later
// Copy as curl and the requests Replay sends: shell quoting checked by real shells (sh and bash) on tricky strings;
// curl command lines run by those shells against a stand-in curl that prints its arguments and stdin, so the
// arguments curl would get are compared byte for byte; the request sent to the local gateway; exchange text.

#include "observe/curlcommand.h"
#include "observe/outgoingrequest.h"

#include <QProcess>
#include <QTest>

using namespace gw;

namespace {

struct ShellRun
{
    QList<QByteArray> args;
    QByteArray stdinBytes;
    QString error;
};

/// Runs `command` with `shell`, `curl` replaced by a function that prints each argument followed by NUL, then a
/// marker and what it read on stdin.
ShellRun runWithFakeCurl(const QString &shell, const QString &command)
{
    ShellRun run;
    QProcess p;
    const QString script = QStringLiteral("curl() { for a in \"$@\"; do printf '%s\\0' \"$a\"; done; printf '<<STDIN>>'; cat; }\n")
        + command + u'\n';
    p.start(shell, {QStringLiteral("-c"), script});
    if (!p.waitForStarted(10'000)) {
        run.error = shell + QStringLiteral(" did not start");
        return run;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(10'000) || p.exitCode() != 0) {
        run.error = QString::fromUtf8(p.readAllStandardError());
        return run;
    }
    const QByteArray out = p.readAllStandardOutput();
    const qsizetype marker = out.lastIndexOf("<<STDIN>>");
    if (marker < 0) {
        run.error = QStringLiteral("no output marker");
        return run;
    }
    run.stdinBytes = out.mid(marker + 9);
    QByteArray args = out.left(marker);
    while (!args.isEmpty()) {
        const qsizetype nul = args.indexOf('\0');
        run.args.append(args.left(nul));
        args = args.mid(nul + 1);
    }
    return run;
}

const QStringList kShells {QStringLiteral("sh"), QStringLiteral("bash")};

} // namespace

class tst_CurlCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shellQuote_data();
    void shellQuote();
    void curlArguments_data();
    void curlArguments();
    void exactText();
    void gatewayRequestTargetsTheLocalPort();
    void gatewayRequestRefuses_data();
    void gatewayRequestRefuses();
    void exchangeTextHasBothSides();
};

void tst_CurlCommand::shellQuote_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("plain") << QStringLiteral("abc-1.2_x/y:z@h%20=+,");
    QTest::addRow("empty") << QString();
    QTest::addRow("space") << QStringLiteral("a b");
    QTest::addRow("single quote") << QStringLiteral("it's");
    QTest::addRow("only quotes") << QStringLiteral("''");
    QTest::addRow("double quotes") << QStringLiteral("say \"hi\"");
    QTest::addRow("dollar") << QStringLiteral("$HOME ${PATH} $(id) $((1+1))");
    QTest::addRow("backtick") << QStringLiteral("`id`");
    QTest::addRow("backslashes") << QStringLiteral("a\\nb\\\\c\\");
    QTest::addRow("newlines") << QStringLiteral("line1\nline2\n\n");
    QTest::addRow("tab") << QStringLiteral("a\tb");
    QTest::addRow("bang and glob") << QStringLiteral("!! * ? [a] ~ # & ; | < > ( )");
    QTest::addRow("unicode") << QStringLiteral("ünïcødé ✓");
    QTest::addRow("everything") << QStringLiteral("'\"$`\\\n!'\\''");
}

void tst_CurlCommand::shellQuote()
{
    QFETCH(QString, text);
    const QString quoted = gw::shellQuote(text);
    for (const QString &shell : kShells) {
        QProcess p;
        p.start(shell, {QStringLiteral("-c"), QStringLiteral("printf '%s' ") + quoted});
        QVERIFY(p.waitForFinished(10'000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()), text);
    }
}

void tst_CurlCommand::curlArguments_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QList<QByteArray>>("headers"); // name, value, name, value, ...
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QList<QByteArray>>("args");
    QTest::addColumn<QByteArray>("stdinBytes");

    using L = QList<QByteArray>;
    const QString url = QStringLiteral("http://petstore.execute-api.localhost:4510/prod/pets?limit=2&name=a%20b");
    QTest::addRow("GET, Host as in the URL")
        << QStringLiteral("GET") << url << L {"Host", "petstore.execute-api.localhost:4510", "Accept", "*/*"}
        << QByteArray() << L {url.toUtf8(), "-H", "Accept: */*"} << QByteArray();
    QTest::addRow("Host unlike the URL's is kept")
        << QStringLiteral("GET") << QStringLiteral("http://127.0.0.1:4510/prod/pets") << L {"Host", "api.example.com"}
        << QByteArray() << L {"http://127.0.0.1:4510/prod/pets", "-H", "Host: api.example.com"} << QByteArray();
    QTest::addRow("HEAD") << QStringLiteral("HEAD") << url << L {} << QByteArray() << L {"--head", url.toUtf8()}
                          << QByteArray();
    QTest::addRow("empty header value, Content-Length left to curl")
        << QStringLiteral("DELETE") << url << L {"X-Empty", "", "Content-Length", "0", "X-Quote", "it's \"$x\""}
        << QByteArray() << L {"-X", "DELETE", url.toUtf8(), "-H", "X-Empty;", "-H", "X-Quote: it's \"$x\""} << QByteArray();
    QTest::addRow("JSON body with quotes, dollars, backslashes and newlines")
        << QStringLiteral("POST") << url << L {"Content-Type", "application/json"}
        << QByteArray("{\"a\": 'b', \"c\": \"$HOME \\\\ `id`\",\n \"d\": \"\\n\"}\n")
        << L {"-X", "POST", url.toUtf8(), "-H", "Content-Type: application/json", "--data-binary",
              "{\"a\": 'b', \"c\": \"$HOME \\\\ `id`\",\n \"d\": \"\\n\"}\n"}
        << QByteArray();
    QTest::addRow("binary body is piped through printf")
        << QStringLiteral("PUT") << url << L {"Content-Type", "application/octet-stream"}
        << QByteArray("\x00" "1\x01\xff'\\0\\x41%b%s\r\n7\x7f", 19)
        << L {"-X", "PUT", url.toUtf8(), "-H", "Content-Type: application/octet-stream", "--data-binary", "@-"}
        << QByteArray("\x00" "1\x01\xff'\\0\\x41%b%s\r\n7\x7f", 19);
    QTest::addRow("body starting with @ is not read as a file name")
        << QStringLiteral("POST") << url << L {} << QByteArray("@/etc/passwd")
        << L {"-X", "POST", url.toUtf8(), "--data-binary", "@-"} << QByteArray("@/etc/passwd");
    QTest::addRow("GET with a body keeps -X GET")
        << QStringLiteral("GET") << url << L {} << QByteArray("q")
        << L {"-X", "GET", url.toUtf8(), "--data-binary", "q"} << QByteArray();
    QTest::addRow("braces in the URL turn globbing off")
        << QStringLiteral("GET") << QStringLiteral("http://h/p/{id}?a[]=1") << L {} << QByteArray()
        << L {"--globoff", "http://h/p/{id}?a[]=1"} << QByteArray();
    QTest::addRow("UTF-8 header value")
        << QStringLiteral("GET") << QStringLiteral("http://h/") << L {"X-Name", "Zoë"} << QByteArray()
        << L {"http://h/", "-H", "X-Name: Zoë"} << QByteArray();
}

void tst_CurlCommand::curlArguments()
{
    QFETCH(QString, method);
    QFETCH(QString, url);
    QFETCH(QList<QByteArray>, headers);
    QFETCH(QByteArray, body);
    QFETCH(QList<QByteArray>, args);
    QFETCH(QByteArray, stdinBytes);
    OutgoingRequest request {method, url, {}, body};
    for (qsizetype i = 0; i + 1 < headers.size(); i += 2)
        request.headers.append(headers[i], headers[i + 1]);
    const QString command = curlCommand(request);
    for (const QString &shell : kShells) {
        const ShellRun run = runWithFakeCurl(shell, command);
        QVERIFY2(run.error.isEmpty(), qPrintable(shell + QStringLiteral(": ") + run.error + u'\n' + command));
        QCOMPARE(run.args, args);
        QCOMPARE(run.stdinBytes, stdinBytes);
    }
}

void tst_CurlCommand::exactText()
{
    OutgoingRequest request {QStringLiteral("POST"), QStringLiteral("http://localhost:4510/prod/pets"), {},
                             QByteArray("{\"name\":\"it's\"}")};
    request.headers.append("Host", "localhost:4510");
    request.headers.append("Content-Type", "application/json");
    QCOMPARE(curlCommand(request), QStringLiteral("curl -X POST http://localhost:4510/prod/pets \\\n"
                                                  "  -H 'Content-Type: application/json' \\\n"
                                                  "  --data-binary '{\"name\":\"it'\\''s\"}'"));
    request.body = QByteArray("\x01'\\", 3);
    QCOMPARE(curlCommand(request), QStringLiteral("printf '%b' '\\0001\\0047\\\\' | curl -X POST http://localhost:4510/prod/pets \\\n"
                                                  "  -H 'Content-Type: application/json' \\\n"
                                                  "  --data-binary @-"));
}

void tst_CurlCommand::gatewayRequestTargetsTheLocalPort()
{
    ExchangeRecord r;
    r.method = QStringLiteral("POST");
    r.path = QStringLiteral("/prod/pets/a%2Fb");
    r.query = QStringLiteral("x=1&y=%20");
    r.requestHeaders.append("Host", "petstore.execute-api.localhost:4510");
    r.requestHeaders.append("Content-Type", "application/json");
    r.requestHeaders.append("Content-Length", "2");
    r.requestHeaders.append("Connection", "keep-alive");
    r.requestHeaders.append("x-api-key", "k1");
    r.requestBody = "{}";
    const OutgoingRequest out = outgoingRequest(r);
    QCOMPARE(out.url, QStringLiteral("http://petstore.execute-api.localhost:4510/prod/pets/a%2Fb?x=1&y=%20"));
    QString error;
    const auto sent = gatewayRequest(out, 61234, &error);
    QVERIFY2(sent, qPrintable(error));
    QCOMPARE(sent->host, QStringLiteral("petstore.execute-api.localhost"));
    QCOMPARE(sent->connectHost, QStringLiteral("127.0.0.1"));
    QCOMPARE(sent->port, quint16(61234));
    QCOMPARE(sent->method, QByteArray("POST"));
    QCOMPARE(sent->target, QByteArray("/prod/pets/a%2Fb?x=1&y=%20"));
    QCOMPARE(sent->body, QByteArray("{}"));
    QCOMPARE(sent->headers.size(), 2);
    QCOMPARE(sent->headers.fields()[0].name, QByteArray("Content-Type"));
    QCOMPARE(sent->headers.fields()[1].name, QByteArray("x-api-key"));

    // An imported https entry goes to the local gateway all the same.
    r.scheme = QStringLiteral("https");
    r.requestHeaders.set("Host", "abc.execute-api.us-east-1.amazonaws.com");
    QCOMPARE(outgoingRequest(r).url,
             QStringLiteral("https://abc.execute-api.us-east-1.amazonaws.com/prod/pets/a%2Fb?x=1&y=%20"));
    const auto imported = gatewayRequest(outgoingRequest(r), 4510, &error);
    QVERIFY(imported);
    QCOMPARE(imported->tls, false);
    QCOMPARE(imported->host, QStringLiteral("abc.execute-api.us-east-1.amazonaws.com"));
}

void tst_CurlCommand::gatewayRequestRefuses_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("headerName");
    QTest::addColumn<QByteArray>("headerValue");
    QTest::addColumn<QString>("error");
    QTest::addRow("relative URL") << QStringLiteral("GET") << QStringLiteral("/prod/pets") << QByteArray("A")
                                  << QByteArray("b") << QStringLiteral("URL: \"/prod/pets\" is not an absolute http:// URL");
    QTest::addRow("ftp URL") << QStringLiteral("GET") << QStringLiteral("ftp://h/x") << QByteArray("A") << QByteArray("b")
                             << QStringLiteral("URL: \"ftp://h/x\" is not an absolute http:// URL");
    QTest::addRow("method with a space") << QStringLiteral("GET /") << QStringLiteral("http://h/") << QByteArray("A")
                                         << QByteArray("b") << QStringLiteral("method: \"GET /\" is not an HTTP method");
    QTest::addRow("empty method") << QString() << QStringLiteral("http://h/") << QByteArray("A") << QByteArray("b")
                                  << QStringLiteral("method: \"\" is not an HTTP method");
    QTest::addRow("header name with a space") << QStringLiteral("GET") << QStringLiteral("http://h/") << QByteArray("X A")
                                              << QByteArray("b") << QStringLiteral("header \"X A\": not a valid header name");
    QTest::addRow("header value with a line break") << QStringLiteral("GET") << QStringLiteral("http://h/") << QByteArray("X")
                                                    << QByteArray("a\r\nB: c") << QStringLiteral("header X: the value holds a line break");
}

void tst_CurlCommand::gatewayRequestRefuses()
{
    QFETCH(QString, method);
    QFETCH(QString, url);
    QFETCH(QByteArray, headerName);
    QFETCH(QByteArray, headerValue);
    QFETCH(QString, error);
    OutgoingRequest request {method, url, {}, {}};
    request.headers.append(headerName, headerValue);
    QString got;
    QVERIFY(!gatewayRequest(request, 1, &got));
    QCOMPARE(got, error);
}

void tst_CurlCommand::exchangeTextHasBothSides()
{
    ExchangeRecord r;
    r.method = QStringLiteral("POST");
    r.path = QStringLiteral("/prod/pets");
    r.query = QStringLiteral("a=1");
    r.requestHeaders.append("Host", "h");
    r.requestBody = "{\"x\":1}";
    r.requestBodySize = 7;
    r.status = 201;
    r.responseHeaders.append("Content-Type", "image/png");
    r.responseBody = QByteArray("\x89PNG\x00", 5);
    r.responseBodySize = 900;
    QCOMPARE(exchangeText(r), QStringLiteral("POST /prod/pets?a=1 HTTP/1.1\nHost: h\n\n{\"x\":1}\n\n"
                                             "HTTP/1.1 201 Created\nContent-Type: image/png\n\n"
                                             "[900 bytes of binary data]\n[first 5 of 900 bytes captured]\n"));
    r.status = 0;
    QVERIFY(exchangeText(r).endsWith(QLatin1String("(no response: the client went away first)\n")));
}

QTEST_GUILESS_MAIN(tst_CurlCommand)
#include "tst_curlcommand.moc"
