// SPDX-License-Identifier: GPL-3.0-or-later
// Per-stage access logs (observe/stageaccesslog.h): which stages log and to which file, and the record sink that
// renders each configured stage's records with its format into its own file.
#include "testsupport.h"

#include "doc/docio.h"
#include "io/projectfile.h"
#include "model/api.h"
#include "observe/stageaccesslog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace gw;

namespace {

QStringList fileLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

ExchangeRecordPtr record(const QString &api, const QString &stage, int status, const QString &route)
{
    auto r = std::make_shared<ExchangeRecord>();
    r->apiId = api;
    r->protocol = QStringLiteral("rest");
    r->stage = stage;
    r->status = status;
    r->route = route;
    r->method = QStringLiteral("GET");
    r->requestId = QStringLiteral("req-%1").arg(status);
    return r;
}

} // namespace

class tst_StageAccessLog : public QObject
{
    Q_OBJECT
private slots:
    void fileName_data();
    void fileName();
    void stagesWithAFormatLog();
    void sinkWritesEachStageToItsFile();
};

void tst_StageAccessLog::fileName_data()
{
    QTest::addColumn<QString>("api");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("expected");
    QTest::addRow("plain") << "shop" << "prod" << "shop-prod.log";
    QTest::addRow("HTTP API default stage") << "orders" << "$default" << "orders-_default.log";
    QTest::addRow("dots and underscores stay") << "a.b" << "v1_2-x" << "a.b-v1_2-x.log";
    QTest::addRow("no path separators") << "x" << "../../etc" << "x-.._.._etc.log";
    QTest::addRow("non-ASCII letters") << "api" << QString::fromUtf8("prod\u00e9") << "api-prod_.log";
}

void tst_StageAccessLog::fileName()
{
    QFETCH(QString, api);
    QFETCH(QString, stage);
    QFETCH(QString, expected);
    QCOMPARE(stageAccessLogFileName(api, stage), expected);
}

void tst_StageAccessLog::stagesWithAFormatLog()
{
    const io::ProjectLoad load = io::readProject(doc::parse(R"(gatehouse: 1
apis:
  - id: shop
    protocol: rest
    definition: {openapi: 3.0.1, info: {title: shop, version: '1'}, paths: {}}
    stages:
      - name: prod
        accessLogSettings: {format: '$context.status', destinationArn: 'arn:aws:logs:us-east-1:1:log-group:x'}
      - name: dev
      - name: test
        accessLogSettings: {destinationArn: 'arn:aws:logs:us-east-1:1:log-group:y'}
  - id: orders
    protocol: http
    definition: {openapi: 3.0.1, info: {title: orders, version: '1'}, paths: {}}
    stages:
      - name: $default
        autoDeploy: true
        accessLogSettings: {format: '$context.routeKey'}
)").root, QStringLiteral("p.yaml"));
    QVERIFY(load.project);
    const QList<StageAccessLog> logs = stageAccessLogs(*load.project, QStringLiteral("/logs/p"));
    QCOMPARE(logs.size(), 2);
    QCOMPARE(logs[0], (StageAccessLog{QStringLiteral("shop"), QStringLiteral("prod"), QStringLiteral("$context.status"),
                                      QStringLiteral("/logs/p/shop-prod.log")}));
    QCOMPARE(logs[1].stage, QStringLiteral("$default"));
    QCOMPARE(logs[1].format, QStringLiteral("$context.routeKey"));
    QCOMPARE(logs[1].path, QStringLiteral("/logs/p/orders-_default.log"));
    QVERIFY(stageAccessLogFormat(*load.project->api(u"shop")->stage(u"test")).isEmpty());
}

void tst_StageAccessLog::sinkWritesEachStageToItsFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::vector<AccessLogLine> handed;
    StageAccessLogSink sink([&handed](std::vector<AccessLogLine> &&lines) {
        handed.insert(handed.end(), lines.begin(), lines.end());
    });
    const QString prod = dir.filePath(QStringLiteral("a/shop-prod.log"));
    const QString http = dir.filePath(QStringLiteral("a/") + stageAccessLogFileName(QStringLiteral("orders"),
                                                                                    QStringLiteral("$default")));
    QVERIFY(http.endsWith(QLatin1String("/orders-_default.log")));
    sink.configure({{QStringLiteral("shop"), QStringLiteral("prod"), QStringLiteral("$context.status $context.resourcePath"), prod},
                    {QStringLiteral("orders"), QStringLiteral("$default"), QStringLiteral("[$context.status]\n"), http}});
    QCOMPARE(sink.logs().size(), 2);

    sink.consume({record(QStringLiteral("shop"), QStringLiteral("prod"), 200, QStringLiteral("/pets")),
                  record(QStringLiteral("shop"), QStringLiteral("dev"), 201, QStringLiteral("/pets")),
                  record(QStringLiteral("orders"), QStringLiteral("$default"), 404, {}),
                  record(QStringLiteral("shop"), QStringLiteral("prod"), 403, {})});
    QCOMPARE(fileLines(prod), QStringList({QStringLiteral("200 /pets"), QStringLiteral("403 -")}));
    QCOMPARE(fileLines(http), QStringList({QStringLiteral("[404] ")})); // a line break in the format stays one line
    QCOMPARE(handed.size(), size_t(3));
    QCOMPARE(handed[1].apiId, QStringLiteral("orders"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("a/shop-dev.log"))));
    QVERIFY(sink.error(QStringLiteral("shop"), QStringLiteral("prod")).isEmpty());

    // Another format and no more HTTP API: the next batch follows.
    sink.configure({{QStringLiteral("shop"), QStringLiteral("prod"), QStringLiteral("S=$context.status"), prod}});
    sink.consume({record(QStringLiteral("shop"), QStringLiteral("prod"), 500, {}),
                  record(QStringLiteral("orders"), QStringLiteral("$default"), 200, {})});
    QCOMPARE(fileLines(prod).last(), QStringLiteral("S=500"));
    QCOMPARE(fileLines(http).size(), 1);

    // A file that cannot be opened is reported, and the lines still reach the handler.
    QFile blocker(dir.filePath(QStringLiteral("blocked")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    handed.clear();
    sink.configure({{QStringLiteral("shop"), QStringLiteral("prod"), QStringLiteral("$context.status"),
                     dir.filePath(QStringLiteral("blocked/shop-prod.log"))}});
    sink.consume({record(QStringLiteral("shop"), QStringLiteral("prod"), 200, {})});
    QVERIFY2(sink.error(QStringLiteral("shop"), QStringLiteral("prod")).contains(QLatin1String("blocked")),
             qPrintable(sink.error(QStringLiteral("shop"), QStringLiteral("prod"))));
    QCOMPARE(handed.size(), size_t(1));
}

QTEST_MAIN(tst_StageAccessLog)
#include "tst_stageaccesslog.moc"
