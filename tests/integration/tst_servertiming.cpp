// SPDX-License-Identifier: GPL-3.0-or-later
// The Server-Timing option over real sockets: off by default (AWS sends no such header); when on, one entry per
// step the request went through, with the durations the record holds, then the gateway's own time; early answers
// carry it too; `gatehouse serve --server-timing` turns it on.
#include "localgateway.h"
#include "rawhttp.h"
#include "serveprocess.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace gw;
using namespace gw::test;

namespace {

const QByteArray kProject = R"(gatehouse: 1
apis:
  - id: rest
    protocol: rest
    definition:
      openapi: 3.0.1
      info: {title: rest, version: '1'}
      paths:
        /pets:
          get:
            x-amazon-apigateway-integration:
              type: mock
              requestTemplates: {application/json: '{"statusCode": 200}'}
              responses:
                default: {statusCode: "200", responseTemplates: {application/json: '{"ok": true}'}}
    stages:
      - name: prod
        deployment: d1
    deployments:
      - id: d1
)";

struct Metric
{
    QString name;
    double ms = -1;
};

/// Parses "a;dur=1.000, b;dur=2.500"; an empty list when any entry does not have that shape.
QList<Metric> parseServerTiming(const QByteArray &value)
{
    static const QRegularExpression entry(QStringLiteral("^([A-Za-z0-9_.-]+);dur=([0-9]+\\.[0-9]{3})$"));
    QList<Metric> out;
    for (const QString &part : QString::fromLatin1(value).split(QStringLiteral(", "))) {
        const QRegularExpressionMatch m = entry.match(part);
        if (!m.hasMatch())
            return {};
        out.append({m.captured(1), m.captured(2).toDouble()});
    }
    return out;
}

} // namespace

class tst_ServerTiming : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offByDefault();
    void breakdownMatchesTheRecord();
    void earlyAnswersCarryIt();
    void serveFlag();
};

void tst_ServerTiming::offByDefault()
{
    LocalGateway g(kProject);
    QVERIFY(!g.engine.serverTiming());
    const RawResponse r = g.rest("GET", "/pets");
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("server-timing").isNull());
}

void tst_ServerTiming::breakdownMatchesTheRecord()
{
    LocalGateway g(kProject);
    g.engine.setServerTiming(true);
    const RawResponse r = g.rest("GET", "/pets");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray(R"({"ok": true})"));
    QCOMPARE(r.headerCount("server-timing"), 1);
    const QList<Metric> metrics = parseServerTiming(r.header("server-timing"));
    QVERIFY2(!metrics.isEmpty(), r.header("server-timing").constData());

    const ExchangeRecordPtr record = g.record(1);
    QVERIFY(record);
    QCOMPARE(qsizetype(record->steps.size()) + 1, metrics.size());
    double sum = 0;
    for (size_t i = 0; i < record->steps.size(); ++i) {
        QCOMPARE(metrics[qsizetype(i)].name, QString(record->steps[i].name));
        QVERIFY(qAbs(metrics[qsizetype(i)].ms - double(record->steps[i].durationUs) / 1000) < 0.0011);
        sum += metrics[qsizetype(i)].ms;
    }
    QCOMPARE(metrics.first().name, QStringLiteral("route"));
    QCOMPARE(metrics.last().name, QStringLiteral("gateway"));
    QVERIFY(metrics.last().ms >= 0);
    sum += metrics.last().ms;
    // Everything up to the header is inside the exchange's total.
    QVERIFY2(sum <= double(record->totalUs) / 1000 + 0.01, qPrintable(QString::number(sum)));
    // The record keeps the header as sent.
    QCOMPARE(record->responseHeaders.value("server-timing"), r.header("server-timing"));

    g.engine.setServerTiming(false);
    QVERIFY(g.rest("GET", "/pets").header("server-timing").isNull());
}

void tst_ServerTiming::earlyAnswersCarryIt()
{
    LocalGateway g(kProject);
    g.engine.setServerTiming(true);
    const RawResponse r = g.rest("GET", "/nothing-here");
    QCOMPARE(r.status, 403);
    const QList<Metric> metrics = parseServerTiming(r.header("server-timing"));
    QCOMPARE(metrics.size(), 2);
    QCOMPARE(metrics[0].name, QStringLiteral("route"));
    QCOMPARE(metrics[1].name, QStringLiteral("gateway"));

    // No API at all: only the gateway's own time.
    const RawResponse unknown = rawRequest(g.port, "GET /x HTTP/1.1\r\nHost: nope.execute-api.localhost\r\n\r\n");
    QVERIFY(unknown.status >= 400);
    const QList<Metric> alone = parseServerTiming(unknown.header("server-timing"));
    QCOMPARE(alone.size(), 1);
    QCOMPARE(alone[0].name, QStringLiteral("gateway"));
}

void tst_ServerTiming::serveFlag()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("p.gatehouse.yaml"));
    QVERIFY(writeFile(project, kProject));
    const QByteArray request = "GET /prod/pets HTTP/1.1\r\nHost: rest.execute-api.localhost\r\n\r\n";
    {
        ServeProcess server({project, QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--server-timing")});
        QVERIFY2(server.port != 0, qPrintable(server.err()));
        const RawResponse r = rawRequest(server.port, request);
        QCOMPARE(r.status, 200);
        const QList<Metric> metrics = parseServerTiming(r.header("server-timing"));
        QVERIFY2(metrics.size() >= 3, r.header("server-timing").constData());
        QCOMPARE(metrics.last().name, QStringLiteral("gateway"));
    }
    {
        ServeProcess server({project, QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY2(server.port != 0, qPrintable(server.err()));
        const RawResponse r = rawRequest(server.port, request);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("server-timing").isNull());
    }
}

QTEST_GUILESS_MAIN(tst_ServerTiming)
#include "tst_servertiming.moc"
