// SPDX-License-Identifier: GPL-3.0-or-later
// `gatehouse cost` (output fields, figures and exit statuses) and `gatehouse serve --har` (a HAR 1.2 file
// written on SIGTERM and SIGINT, checked against the spec's required fields).
#include "rawhttp.h"
#include "serveprocess.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace gw::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(gatehouseBinary(), args);
    p.waitForFinished(20'000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

using Server = gw::test::ServeProcess;

/// What the HAR 1.2 spec requires of `o` (member name -> JSON type), and that every other member is one the
/// spec names as optional or a custom one (starting with "_"). Problems are appended as "path: what".
void checkMembers(const QJsonObject &o, const QString &path,
                  const QList<QPair<QString, QJsonValue::Type>> &required, const QStringList &optional,
                  QStringList *problems)
{
    for (const auto &[name, type] : required) {
        if (!o.contains(name))
            problems->append(path + QStringLiteral(": missing required ") + name);
        else if (o.value(name).type() != type)
            problems->append(path + u'.' + name + QStringLiteral(": wrong type"));
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        const bool known = optional.contains(it.key()) || it.key() == u"comment"
            || std::any_of(required.begin(), required.end(),
                           [&](const auto &r) { return r.first == it.key(); });
        if (!known && !it.key().startsWith(u'_'))
            problems->append(path + u'.' + it.key()
                             + QStringLiteral(": not a HAR 1.2 member (custom fields start with _)"));
    }
}

void checkNameValues(const QJsonArray &list, const QString &path, const QStringList &optional,
                     QStringList *problems)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        checkMembers(
            list[i].toObject(), path + QStringLiteral("[%1]").arg(i),
            {{QStringLiteral("name"), QJsonValue::String}, {QStringLiteral("value"), QJsonValue::String}},
            optional, problems);
    }
}

/// The HAR 1.2 structure (http://www.softwareishard.com/blog/har-12-spec/): required members and their types.
QStringList harProblems(const QJsonObject &root)
{
    using T = QJsonValue::Type;
    QStringList p;
    checkMembers(root, QStringLiteral("$"), {{QStringLiteral("log"), T::Object}}, {}, &p);
    const QJsonObject log = root.value(QStringLiteral("log")).toObject();
    checkMembers(log, QStringLiteral("log"),
                 {{QStringLiteral("version"), T::String},
                  {QStringLiteral("creator"), T::Object},
                  {QStringLiteral("entries"), T::Array}},
                 {QStringLiteral("browser"), QStringLiteral("pages")}, &p);
    if (log.value(QStringLiteral("version")).toString() != u"1.2")
        p.append(QStringLiteral("log.version: not 1.2"));
    checkMembers(log.value(QStringLiteral("creator")).toObject(), QStringLiteral("log.creator"),
                 {{QStringLiteral("name"), T::String}, {QStringLiteral("version"), T::String}}, {}, &p);
    const QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
    static const QRegularExpression iso8601(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)$"));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString at = QStringLiteral("entries[%1]").arg(i);
        const QJsonObject e = entries[i].toObject();
        checkMembers(
            e, at,
            {{QStringLiteral("startedDateTime"), T::String},
             {QStringLiteral("time"), T::Double},
             {QStringLiteral("request"), T::Object},
             {QStringLiteral("response"), T::Object},
             {QStringLiteral("cache"), T::Object},
             {QStringLiteral("timings"), T::Object}},
            {QStringLiteral("pageref"), QStringLiteral("serverIPAddress"), QStringLiteral("connection")}, &p);
        if (!iso8601.match(e.value(QStringLiteral("startedDateTime")).toString()).hasMatch())
            p.append(at + QStringLiteral(".startedDateTime: not ISO 8601"));
        const QJsonObject req = e.value(QStringLiteral("request")).toObject();
        checkMembers(req, at + QStringLiteral(".request"),
                     {{QStringLiteral("method"), T::String},
                      {QStringLiteral("url"), T::String},
                      {QStringLiteral("httpVersion"), T::String},
                      {QStringLiteral("cookies"), T::Array},
                      {QStringLiteral("headers"), T::Array},
                      {QStringLiteral("queryString"), T::Array},
                      {QStringLiteral("headersSize"), T::Double},
                      {QStringLiteral("bodySize"), T::Double}},
                     {QStringLiteral("postData")}, &p);
        checkNameValues(req.value(QStringLiteral("headers")).toArray(),
                        at + QStringLiteral(".request.headers"), {}, &p);
        checkNameValues(req.value(QStringLiteral("queryString")).toArray(),
                        at + QStringLiteral(".request.queryString"), {}, &p);
        checkNameValues(req.value(QStringLiteral("cookies")).toArray(),
                        at + QStringLiteral(".request.cookies"),
                        {QStringLiteral("path"), QStringLiteral("domain"), QStringLiteral("expires"),
                         QStringLiteral("httpOnly"), QStringLiteral("secure")},
                        &p);
        if (req.contains(QStringLiteral("postData")))
            checkMembers(req.value(QStringLiteral("postData")).toObject(),
                         at + QStringLiteral(".request.postData"), {{QStringLiteral("mimeType"), T::String}},
                         {QStringLiteral("params"), QStringLiteral("text")}, &p);
        const QJsonObject res = e.value(QStringLiteral("response")).toObject();
        checkMembers(res, at + QStringLiteral(".response"),
                     {{QStringLiteral("status"), T::Double},
                      {QStringLiteral("statusText"), T::String},
                      {QStringLiteral("httpVersion"), T::String},
                      {QStringLiteral("cookies"), T::Array},
                      {QStringLiteral("headers"), T::Array},
                      {QStringLiteral("content"), T::Object},
                      {QStringLiteral("redirectURL"), T::String},
                      {QStringLiteral("headersSize"), T::Double},
                      {QStringLiteral("bodySize"), T::Double}},
                     {}, &p);
        checkNameValues(res.value(QStringLiteral("headers")).toArray(),
                        at + QStringLiteral(".response.headers"), {}, &p);
        checkMembers(res.value(QStringLiteral("content")).toObject(),
                     at + QStringLiteral(".response.content"),
                     {{QStringLiteral("size"), T::Double}, {QStringLiteral("mimeType"), T::String}},
                     {QStringLiteral("compression"), QStringLiteral("text"), QStringLiteral("encoding")}, &p);
        const QJsonObject timings = e.value(QStringLiteral("timings")).toObject();
        checkMembers(timings, at + QStringLiteral(".timings"),
                     {{QStringLiteral("send"), T::Double},
                      {QStringLiteral("wait"), T::Double},
                      {QStringLiteral("receive"), T::Double}},
                     {QStringLiteral("blocked"), QStringLiteral("dns"), QStringLiteral("connect"),
                      QStringLiteral("ssl")},
                     &p);
        double sum = 0;
        for (const QString &k :
             {u"blocked"_qs, u"dns"_qs, u"connect"_qs, u"send"_qs, u"wait"_qs, u"receive"_qs}) {
            const double v = timings.value(k).toDouble(-1);
            if (v < -1 || ((k == u"send" || k == u"wait" || k == u"receive") && v < 0))
                p.append(at + QStringLiteral(".timings.") + k + QStringLiteral(": out of range"));
            if (v > 0)
                sum += v;
        }
        // time is the sum of the timings that apply (ssl is already part of connect).
        if (std::abs(sum - e.value(QStringLiteral("time")).toDouble()) > 0.001)
            p.append(at + QStringLiteral(".time: not the sum of its timings"));
    }
    return p;
}

QJsonObject entryFor(const QJsonArray &entries, const QString &method, const QString &urlEnd)
{
    for (const QJsonValue &e : entries) {
        const QJsonObject req = e.toObject().value(QStringLiteral("request")).toObject();
        if (req.value(QStringLiteral("method")).toString() == method
            && req.value(QStringLiteral("url")).toString().endsWith(urlEnd))
            return e.toObject();
    }
    return {};
}

} // namespace

class tst_CliCost : public QObject
{
    Q_OBJECT
private slots:
    void costFigures_data();
    void costFigures();
    void costFields();
    void costErrors_data();
    void costErrors();
    void costPricingFile();
    void serveHar_data();
    void serveHar();
    void harFileNotWritable();
};

void tst_CliCost::costFigures_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("value");
    // The reference's worked check: 10,000/s for 30 days is 25.92 B requests, about $57,200 on REST, $23,360
    // on HTTP.
    QTest::addRow("rest worked check")
        << QStringList {"--protocol", "rest", "--rps", "10000"} << "totalUsd" << 57'192.30;
    QTest::addRow("http worked check")
        << QStringList {"--protocol", "http", "--rps", "10000"} << "totalUsd" << 23'358.00;
    QTest::addRow("requests per month")
        << QStringList {"--protocol", "rest", "--rps", "10000"} << "requestsPerMonth" << 25.92e9;
    QTest::addRow("http 1 MB payloads meter twice")
        << QStringList {"--protocol", "http", "--rps", "10", "--payload-kb", "1024"} << "apiRequestsUsd"
        << 51.84;
    QTest::addRow("websocket 33 KB messages meter twice")
        << QStringList {"--protocol", "websocket", "--rps", "100", "--payload-kb", "33"} << "apiRequestsUsd"
        << 518.40;
    QTest::addRow("websocket connection minutes")
        << QStringList {"--protocol", "websocket", "--rps", "0", "--connections", "100"}
        << "connectionMinutesUsd" << 1.08;
    QTest::addRow("cache 0.5 GB") << QStringList {"--protocol", "rest", "--rps", "1", "--cache-gb", "0.5"}
                                  << "cacheUsd" << 14.40;
    QTest::addRow("lambda requests") << QStringList {"--protocol",  "http", "--rps",       "1",
                                                     "--lambda-mb", "512",  "--lambda-ms", "1000"}
                                     << "lambdaRequestsUsd" << 0.5184;
    QTest::addRow("lambda GB-seconds")
        << QStringList {"--protocol", "http", "--rps", "1", "--lambda-mb", "512", "--lambda-ms", "1000"}
        << "lambdaComputeUsd" << 21.600043; // 1,296,000 GB-s at $0.0000166667
    QTest::addRow("lambda arm64") << QStringList {"--protocol",    "http", "--rps",       "1",
                                                  "--lambda-mb",   "512",  "--lambda-ms", "1000",
                                                  "--lambda-arch", "arm64"}
                                  << "lambdaComputeUsd" << 17.280086; // at $0.0000133334
    QTest::addRow("data transfer") << QStringList {"--protocol", "rest", "--rps", "1", "--payload-kb", "1024"}
                                   << "dataTransferUsd" << 227.8125;
    QTest::addRow("free tier") << QStringList {"--protocol", "rest", "--rps", "1", "--free-tier"}
                               << "apiRequestsUsd" << 5.572;
    QTest::addRow("no free tier unless asked")
        << QStringList {"--protocol", "rest", "--rps", "1"} << "apiRequestsUsd" << 9.072;
}

void tst_CliCost::costFigures()
{
    QFETCH(QStringList, args);
    QFETCH(QString, field);
    QFETCH(double, value);
    const Run r = run(QStringList {QStringLiteral("cost")} + args);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY2(o.contains(field), qPrintable(r.out));
    QCOMPARE(std::llround(o.value(field).toDouble() * 1e6), std::llround(value * 1e6));
}

void tst_CliCost::costFields()
{
    const Run r = run({QStringLiteral("cost"), QStringLiteral("--protocol"), QStringLiteral("rest"),
                       QStringLiteral("--rps"), QStringLiteral("5"), QStringLiteral("--payload-kb"),
                       QStringLiteral("2"), QStringLiteral("--cache-gb"), QStringLiteral("1.6"),
                       QStringLiteral("--lambda-mb"), QStringLiteral("256"), QStringLiteral("--lambda-ms"),
                       QStringLiteral("20")});
    QCOMPARE(r.exitCode, 0);
    // One field per line.
    QVERIFY2(r.out.contains(QStringLiteral("\n    \"totalUsd\": ")), qPrintable(r.out));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    for (const char *field :
         {"protocol", "requestsPerMonth", "billedRequests", "apiRequestsUsd", "cacheUsd", "lambdaRequestsUsd",
          "lambdaComputeUsd", "dataTransferUsd", "totalUsd", "freeTier", "monthDays", "pricing", "region"})
        QVERIFY2(o.contains(QLatin1String(field)), field);
    QCOMPARE(o.value(QStringLiteral("protocol")).toString(), QStringLiteral("rest"));
    QCOMPARE(o.value(QStringLiteral("pricing")).toString(), QStringLiteral("built-in pricing"));
    const double sum = o.value(QStringLiteral("apiRequestsUsd")).toDouble()
        + o.value(QStringLiteral("cacheUsd")).toDouble()
        + o.value(QStringLiteral("lambdaRequestsUsd")).toDouble()
        + o.value(QStringLiteral("lambdaComputeUsd")).toDouble()
        + o.value(QStringLiteral("dataTransferUsd")).toDouble();
    QVERIFY(std::abs(sum - o.value(QStringLiteral("totalUsd")).toDouble()) < 0.00001);
}

void tst_CliCost::costErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::addRow("nothing") << QStringList {}
                             << "usage: gatehouse cost --protocol rest|http|websocket --rps N";
    QTest::addRow("no rps") << QStringList {"--protocol", "rest"} << "usage: gatehouse cost";
    QTest::addRow("bad protocol") << QStringList {"--protocol", "soap", "--rps", "1"}
                                  << "--protocol must be rest, http or websocket; got `soap`";
    QTest::addRow("rps not a number")
        << QStringList {"--protocol", "rest", "--rps", "lots"}
        << "--rps must be a number of requests per second, 0 or more; got `lots`";
    QTest::addRow("negative rps") << QStringList {"--protocol", "rest", "--rps", "-5"}
                                  << "--rps must be a number";
    QTest::addRow("payload not a number")
        << QStringList {"--protocol", "http", "--rps", "1", "--payload-kb", "big"}
        << "--payload-kb must be a payload size in KB";
    QTest::addRow("cache size not offered")
        << QStringList {"--protocol", "rest", "--rps", "1", "--cache-gb", "3"}
        << "--cache-gb must be one of the cache sizes API Gateway offers (0.5, 1.6, 6.1, 13.5, 28.4, 58.2, "
           "118, 237); got 3";
    QTest::addRow("cache on http") << QStringList {"--protocol", "http", "--rps", "1", "--cache-gb", "0.5"}
                                   << "--cache-gb applies to REST APIs only";
    QTest::addRow("lambda memory alone")
        << QStringList {"--protocol", "rest", "--rps", "1", "--lambda-mb", "512"}
        << "--lambda-mb and --lambda-ms go together";
    QTest::addRow("lambda memory too large")
        << QStringList {"--protocol", "rest", "--rps", "1", "--lambda-mb", "20000", "--lambda-ms", "5"}
        << "--lambda-mb must be a function's memory size from 128 to 10240 MB; got 20000";
    QTest::addRow("lambda duration zero")
        << QStringList {"--protocol", "rest", "--rps", "1", "--lambda-mb", "128", "--lambda-ms", "0"}
        << "--lambda-ms must be a duration";
    QTest::addRow("bad arch") << QStringList {"--protocol",    "rest", "--rps",       "1",
                                              "--lambda-mb",   "128",  "--lambda-ms", "5",
                                              "--lambda-arch", "riscv"}
                              << "--lambda-arch must be x86_64 or arm64";
    QTest::addRow("connections on rest")
        << QStringList {"--protocol", "rest", "--rps", "1", "--connections", "5"}
        << "--connections applies to WebSocket APIs only";
    QTest::addRow("unknown option") << QStringList {"--protocol", "rest",     "--rps",
                                                    "1",          "--region", "eu-west-1"}
                                    << "unknown option --region";
    QTest::addRow("value missing") << QStringList {"--protocol", "rest", "--rps"} << "--rps needs a value";
}

void tst_CliCost::costErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(QStringList {QStringLiteral("cost")} + args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.startsWith(QStringLiteral("gatehouse cost: ") + message), qPrintable(r.err));
}

void tst_CliCost::costPricingFile()
{
    QTemporaryDir dir;
    QFile builtin(sourceDir() + QStringLiteral("/resources/pricing/aws-us-east-1.json"));
    QVERIFY(builtin.open(QIODevice::ReadOnly));
    QByteArray json = builtin.readAll();
    // A user's copy with REST at $4.00/M in the first band.
    const QString mine = dir.filePath(QStringLiteral("mine.json"));
    QFile f(mine);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(json).replace("{ \"millions\": 333, \"usdPerMillion\": 3.50 }",
                                     "{ \"millions\": 333, \"usdPerMillion\": 4.00 }"));
    f.close();
    const QStringList args {QStringLiteral("cost"), QStringLiteral("--protocol"), QStringLiteral("rest"),
                            QStringLiteral("--rps"), QStringLiteral("1")};
    Run r = run(args + QStringList {QStringLiteral("--pricing"), mine});
    QCOMPARE(r.exitCode, 0);
    QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("apiRequestsUsd")).toDouble(), 2.592 * 4.00);
    QCOMPARE(o.value(QStringLiteral("pricing")).toString(), mine);

    // The user file in the config folder is read when present ($XDG_CONFIG_HOME/gatehouse/pricing.json).
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("config/gatehouse")));
    QVERIFY(QFile::copy(mine, dir.filePath(QStringLiteral("config/gatehouse/pricing.json"))));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    r = run(args, env);
    QCOMPARE(r.exitCode, 0);
    o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("apiRequestsUsd")).toDouble(), 2.592 * 4.00);

    // A broken file is an error that names the file and the member, never a silent fallback.
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile b(broken);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write(QByteArray(json).replace("\"usdPerGb\": 0.09", "\"usdPerGb\": \"cheap\""));
    b.close();
    env.insert(QStringLiteral("GATEHOUSE_PRICING"), broken);
    r = run(args, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(
        r.err.startsWith(
            QStringLiteral(
                "gatehouse cost: %1: dataTransferOut.tiers[0].usdPerGb must be a number >= 0; got \"cheap\"")
                .arg(broken)),
        qPrintable(r.err));
}

void tst_CliCost::serveHar_data()
{
    QTest::addColumn<int>("signal");
    QTest::addRow("SIGTERM") << int(SIGTERM);
    QTest::addRow("SIGINT") << int(SIGINT);
}

void tst_CliCost::serveHar()
{
    QFETCH(int, signal);
    QTemporaryDir dir;
    const QString harPath = dir.filePath(QStringLiteral("session.har"));
    Server server({exampleProjectPath(), QStringLiteral("--port"), QStringLiteral("0"),
                   QStringLiteral("--idp-port"), QStringLiteral("0"), QStringLiteral("--har"), harPath});
    QVERIFY2(server.port, qPrintable(server.out() + server.err()));
    QCOMPARE(rawRequest(server.port,
                        getRequest("/prod/pets?type=dog&page=2", "petstore.execute-api.localhost",
                                   "Cookie: a=1; b=two\r\n"))
                 .status,
             200);
    QCOMPARE(rawRequest(server.port, getRequest("/prod/nope", "petstore.execute-api.localhost")).status, 403);
    const QByteArray json = R"({"name":"Rex","type":"dog"})";
    QCOMPARE(rawRequest(server.port,
                        "POST /prod/pets HTTP/1.1\r\nHost: petstore.execute-api.localhost\r\nContent-Type: "
                        "application/json\r\n"
                        "Content-Length: "
                            + QByteArray::number(json.size()) + "\r\n\r\n" + json)
                 .status,
             201);
    const QByteArray binary("\x00\x01\xfe\xff\x89PNG", 8);
    rawRequest(server.port,
               "POST /prod/pets HTTP/1.1\r\nHost: petstore.execute-api.localhost\r\nContent-Type: "
               "application/octet-stream\r\n"
               "Content-Length: 8\r\n\r\n"
                   + binary);
    QVERIFY(!QFile::exists(harPath)); // written on exit, not before
    QCOMPARE(server.stop(signal), 0);
    QVERIFY2(server.err().contains(QStringLiteral("Wrote 4 entries to %1 (HAR 1.2).").arg(harPath)),
             qPrintable(server.err()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             QStringList {QStringLiteral("session.har")}); // no temporary left

    QFile f(harPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(f.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QStringList problems = harProblems(root);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const QJsonArray entries
        = root.value(QStringLiteral("log")).toObject().value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 4);
    QCOMPARE(root[u"log"_qs][u"creator"_qs][u"name"_qs].toString(), QStringLiteral("Gatehouse"));

    const QJsonObject get
        = entryFor(entries, QStringLiteral("GET"), QStringLiteral("/prod/pets?type=dog&page=2"));
    QVERIFY(!get.isEmpty());
    QCOMPARE(get[u"request"_qs][u"url"_qs].toString(),
             QStringLiteral("http://petstore.execute-api.localhost/prod/pets?type=dog&page=2"));
    QCOMPARE(get[u"request"_qs][u"queryString"_qs].toArray().size(), 2);
    QCOMPARE(get[u"request"_qs][u"queryString"_qs][1][u"value"_qs].toString(), QStringLiteral("2"));
    // Cookies keep their names; their values are left out unless --har-include-secrets (tst_secrets covers that).
    QCOMPARE(get[u"request"_qs][u"cookies"_qs][1][u"value"_qs].toString(), QStringLiteral("REDACTED"));
    QCOMPARE(get[u"response"_qs][u"status"_qs].toInt(), 200);
    QCOMPARE(get[u"response"_qs][u"statusText"_qs].toString(), QStringLiteral("OK"));
    QVERIFY(get[u"response"_qs][u"content"_qs][u"text"_qs].toString().contains(QStringLiteral("\"type\"")));
    QVERIFY(!get[u"response"_qs][u"content"_qs].toObject().contains(QStringLiteral("encoding")));
    QCOMPARE(get[u"serverIPAddress"_qs].toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(get[u"timings"_qs][u"connect"_qs].toInt(), -1);
    QCOMPARE(get[u"timings"_qs][u"wait"_qs].toDouble(),
             get[u"_gatehouse"_qs][u"totalUs"_qs].toDouble() / 1000);
    QVERIFY(get[u"timings"_qs][u"wait"_qs].toDouble() > 0);
    const QJsonArray steps = get[u"_gatehouse"_qs][u"steps"_qs].toArray();
    QVERIFY(steps.size() >= 2);
    QCOMPARE(steps.first()[u"name"_qs].toString(), QStringLiteral("route"));
    QCOMPARE(get[u"_gatehouse"_qs][u"cost"_qs][u"gatewayUsd"_qs].toDouble(), 0.0000035);

    const QJsonObject nope = entryFor(entries, QStringLiteral("GET"), QStringLiteral("/prod/nope"));
    QCOMPARE(nope[u"response"_qs][u"status"_qs].toInt(), 403);
    QCOMPARE(nope[u"_gatehouse"_qs][u"stoppedAt"_qs].toString(), QStringLiteral("route.no_match"));

    QJsonObject post, upload;
    for (const QJsonValue &e : entries) {
        const QJsonObject pd = e[u"request"_qs][u"postData"_qs].toObject();
        if (pd[u"mimeType"_qs].toString() == u"application/json")
            post = e.toObject();
        if (pd[u"mimeType"_qs].toString() == u"application/octet-stream")
            upload = e.toObject();
    }
    QCOMPARE(post[u"request"_qs][u"postData"_qs][u"text"_qs].toString(), QString::fromUtf8(json));
    QCOMPARE(post[u"request"_qs][u"bodySize"_qs].toInt(), json.size());
    QCOMPARE(post[u"response"_qs][u"status"_qs].toInt(), 201);
    QCOMPARE(upload[u"request"_qs][u"postData"_qs][u"_encoding"_qs].toString(), QStringLiteral("base64"));
    QCOMPARE(QByteArray::fromBase64(upload[u"request"_qs][u"postData"_qs][u"text"_qs].toString().toLatin1()),
             binary);
}

void tst_CliCost::harFileNotWritable()
{
    const Run r
        = run({QStringLiteral("serve"), exampleProjectPath(), QStringLiteral("--port"), QStringLiteral("0"),
               QStringLiteral("--har"), QStringLiteral("/nonexistent-dir/x.har")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(
        r.err.contains(QStringLiteral("gatehouse serve: cannot write the HAR file /nonexistent-dir/x.har")),
        qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_CliCost)
#include "tst_clicost.moc"
