// SPDX-License-Identifier: GPL-3.0-or-later
// The cost model: the pricing file against the reference table, tier maths, metering increments, Lambda
// GB-seconds, cache hours, data transfer, the free tier, per-request costs, the live meter and the pricing
// file's errors.
#include "cost/costmeter.h"
#include "cost/costmodel.h"
#include "observe/exchangerecord.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace gw;
using namespace gw::cost;

namespace {

const Pricing &builtin()
{
    static const Pricing p = [] {
        QString error;
        std::optional<Pricing> parsed
            = parsePricing(builtinPricingJson(), QStringLiteral("built-in"), &error);
        if (!parsed)
            qFatal("built-in pricing does not load: %s", qPrintable(error));
        return *parsed;
    }();
    return p;
}

/// Dollars compared to the micro-dollar.
#define QCOMPARE_USD(actual, expected) QCOMPARE(std::llround((actual)*1e6), std::llround((expected)*1e6))
// WebSocket connection minutes cost $0.00000025 each: compare to a hundredth of a micro-dollar.
#define QCOMPARE_FINE_USD(actual, expected) QCOMPARE(std::llround((actual)*1e10), std::llround((expected)*1e10))

/// The reference's "Pricing table for the cost model" row for `item`.
QString referenceRow(const QString &item)
{
    QFile f(test::conformanceDir() + QStringLiteral("/../reference/aws-apigateway.md"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    const qsizetype table = text.indexOf(QStringLiteral("## Pricing table for the cost model"));
    for (const QString &line : text.mid(table).split(u'\n')) {
        if (line.startsWith(QStringLiteral("| ") + item + QStringLiteral(" |")))
            return line;
    }
    return {};
}

/// "$3.50/M first 333 M; $2.80/M next 667 M; ...; $1.51/M beyond" as (size in units, price per unit) bands.
std::vector<Tier> referenceTiers(const QString &row)
{
    std::vector<Tier> out;
    static const QRegularExpression band(
        QStringLiteral("\\$(\\d+\\.\\d+)/M (?:(?:first|next) (\\d+(?:\\.\\d+)?) (M|B)|beyond)"));
    for (auto it = band.globalMatch(row); it.hasNext();) {
        const auto m = it.next();
        const double price = m.captured(1).toDouble() / 1e6;
        const double size = m.captured(2).isEmpty()
            ? std::numeric_limits<double>::infinity()
            : m.captured(2).toDouble() * (m.captured(3) == u"B" ? 1e9 : 1e6);
        out.push_back({size, price});
    }
    return out;
}

ExchangeRecordPtr record(const QString &protocol, qint64 requestBytes = 0, qint64 atMs = 1'700'000'000'000)
{
    auto r = std::make_shared<ExchangeRecord>();
    r->protocol = protocol;
    r->apiId = protocol.isEmpty() ? QString() : QStringLiteral("api");
    r->requestBodySize = requestBytes;
    r->startEpochMs = atMs;
    return r;
}

} // namespace

class tst_Cost : public QObject
{
    Q_OBJECT
private slots:
    void builtinMatchesTheReference();
    void tierMaths_data();
    void tierMaths();
    void workedCheck();
    void meteringIncrements_data();
    void meteringIncrements();
    void monthly_data();
    void monthly();
    void lambdaBilledDuration_data();
    void lambdaBilledDuration();
    void inputErrors_data();
    void inputErrors();
    void exchangeCosts();
    void websocketCosts_data();
    void websocketCosts();
    void meterCountsWebSocket();
    void meterProjectsTheMonth();
    void meterWindowForgetsOldTraffic();
    void formatUsd_data();
    void formatUsd();
    void pricingErrors_data();
    void pricingErrors();
    void userFileWins();
};

void tst_Cost::builtinMatchesTheReference()
{
    if (test::conformanceDir().isEmpty())
        QSKIP(qPrintable(test::conformanceMissingMessage()));
    const Pricing &p = builtin();
    QCOMPARE(p.region, QStringLiteral("us-east-1"));
    const auto sameTiers = [](const TieredPrice &actual, const std::vector<Tier> &expected) {
        if (actual.tiers.size() != expected.size() || expected.empty())
            return false;
        for (size_t i = 0; i < expected.size(); ++i) {
            if (actual.tiers[i].size != expected[i].size
                || std::abs(actual.tiers[i].pricePerUnit - expected[i].pricePerUnit) > 1e-15)
                return false;
        }
        return true;
    };
    QVERIFY(sameTiers(p.restRequests, referenceTiers(referenceRow(QStringLiteral("REST API requests")))));
    const QString http = referenceRow(QStringLiteral("HTTP API requests"));
    QVERIFY(sameTiers(p.httpRequests, referenceTiers(http)));
    QVERIFY(http.contains(QStringLiteral("metered in %1 KB increments").arg(p.httpMeteringBytes / 1024)));
    const QString ws = referenceRow(QStringLiteral("WebSocket messages"));
    QVERIFY(sameTiers(p.websocketMessages, referenceTiers(ws)));
    QVERIFY(ws.contains(QStringLiteral("metered in %1 KB increments").arg(p.websocketMeteringBytes / 1024)));
    const QString minutes = referenceRow(QStringLiteral("WebSocket connection minutes"));
    QVERIFY(minutes.contains(QStringLiteral("$%1/M").arg(p.websocketConnectionMinuteUsd * 1e6, 0, 'f', 2)));

    const QString cache = referenceRow(QStringLiteral("REST cache, per hour"));
    static const QRegularExpression size(QStringLiteral("(\\d+(?:\\.\\d+)?) GB \\$(\\d+\\.\\d+)"));
    size_t n = 0;
    for (auto it = size.globalMatch(cache); it.hasNext(); ++n) {
        const auto m = it.next();
        QVERIFY(n < p.restCache.size());
        QCOMPARE(p.restCache[n].gb, m.captured(1).toDouble());
        QCOMPARE(p.restCache[n].usdPerHour, m.captured(2).toDouble());
    }
    QCOMPARE(n, p.restCache.size());
    QCOMPARE(n, size_t(8));

    const QString transfer = referenceRow(QStringLiteral("Data transfer out"));
    QVERIFY(transfer.contains(QStringLiteral("$%1/GB").arg(p.dataTransferOut.firstUnitPrice(), 0, 'f', 2)));

    const auto lambda
        = QRegularExpression(
              QStringLiteral("\\$(\\d+\\.\\d+)/M requests; \\$(\\d+\\.\\d+) per GB-second \\(x86\\), "
                             "\\$(\\d+\\.\\d+) \\(arm64\\); duration billed per (\\d+) ms"))
              .match(referenceRow(QStringLiteral("Lambda")));
    QVERIFY(lambda.hasMatch());
    QCOMPARE(p.lambdaRequestUsd, lambda.captured(1).toDouble() / 1e6);
    QCOMPARE(p.lambdaGbSecondX86, lambda.captured(2).toDouble());
    QCOMPARE(p.lambdaGbSecondArm, lambda.captured(3).toDouble());
    QCOMPARE(p.lambdaBillingGranularityMs, lambda.captured(4).toInt());

    const QString free = referenceRow(QStringLiteral("Free tier (first 12 months)"));
    QVERIFY(free.contains(QStringLiteral("%1 M REST calls").arg(p.freeTier.restRequests / 1e6)));
    QVERIFY(free.contains(QStringLiteral("%1 M HTTP calls").arg(p.freeTier.httpRequests / 1e6)));
    QVERIFY(free.contains(QStringLiteral("%1 M WebSocket messages").arg(p.freeTier.websocketMessages / 1e6)));
    QCOMPARE(p.freeTier.websocketConnectionMinutes, 750'000.0);
    QVERIFY(free.contains(QStringLiteral("750,000 connection minutes")));
}

void tst_Cost::tierMaths_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<double>("quantity");
    QTest::addColumn<double>("usd");
    // REST: $3.50/M first 333 M, $2.80/M next 667 M, $2.38/M next 19 B, $1.51/M beyond.
    QTest::addRow("rest 1 request") << "rest" << 1.0 << 0.0000035;
    QTest::addRow("rest 1 M") << "rest" << 1e6 << 3.50;
    QTest::addRow("rest 333 M, the whole first band") << "rest" << 333e6 << 1165.50;
    QTest::addRow("rest 350 M: 333 M at 3.50, 17 M at 2.80") << "rest" << 350e6 << 1165.50 + 17 * 2.80;
    QTest::addRow("rest 1 B: first two bands") << "rest" << 1e9 << 1165.50 + 667 * 2.80;
    QTest::addRow("rest 20 B: first three bands") << "rest" << 20e9 << 1165.50 + 1867.60 + 19'000 * 2.38;
    QTest::addRow("rest 21 B: 1 B beyond") << "rest" << 21e9 << 1165.50 + 1867.60 + 45'220.0 + 1'000 * 1.51;
    QTest::addRow("rest nothing") << "rest" << 0.0 << 0.0;
    // HTTP: $1.00/M first 300 M, $0.90/M beyond.
    QTest::addRow("http 300 M") << "http" << 300e6 << 300.0;
    QTest::addRow("http 400 M") << "http" << 400e6 << 300.0 + 90.0;
    // WebSocket messages: $1.00/M first 1 B, $0.80/M beyond.
    QTest::addRow("websocket 1 B") << "websocket" << 1e9 << 1000.0;
    QTest::addRow("websocket 1.5 B") << "websocket" << 1.5e9 << 1000.0 + 400.0;
    // Data transfer out: $0.09/GB.
    QTest::addRow("data transfer 100 GB") << "transfer" << 100.0 << 9.0;
}

void tst_Cost::tierMaths()
{
    QFETCH(QString, item);
    QFETCH(double, quantity);
    QFETCH(double, usd);
    const Pricing &p = builtin();
    const TieredPrice &price = item == u"rest" ? p.restRequests
        : item == u"http"                      ? p.httpRequests
        : item == u"websocket"                 ? p.websocketMessages
                                               : p.dataTransferOut;
    QCOMPARE_USD(price.cost(quantity), usd);
}

void tst_Cost::workedCheck()
{
    // The reference's worked check: 10,000 requests/s for a 30-day month is 25.92 B requests.
    MonthlyInputs in;
    in.requestsPerSecond = 10'000;
    MonthlyEstimate rest = estimateMonthly(builtin(), in);
    QCOMPARE(rest.requestsPerMonth, 25.92e9);
    QCOMPARE_USD(rest.apiRequestsUsd,
                 333 * 3.50 + 667 * 2.80 + 19'000 * 2.38 + 5'920 * 1.51); // about $57,200
    QCOMPARE_USD(rest.totalUsd, 57'192.30);
    in.kind = ApiKind::Http;
    MonthlyEstimate http = estimateMonthly(builtin(), in);
    QCOMPARE_USD(http.apiRequestsUsd, 300 * 1.00 + 25'620 * 0.90); // about $23,360
    QCOMPARE_USD(http.totalUsd, 23'358.00);
}

void tst_Cost::meteringIncrements_data()
{
    QTest::addColumn<double>("bytes");
    QTest::addColumn<qint64>("increment");
    QTest::addColumn<double>("units");
    const qint64 kb512 = 512 * 1024;
    const qint64 kb32 = 32 * 1024;
    QTest::addRow("http empty body") << 0.0 << kb512 << 1.0;
    QTest::addRow("http 1 KB") << 1024.0 << kb512 << 1.0;
    QTest::addRow("http exactly 512 KB") << double(kb512) << kb512 << 1.0;
    QTest::addRow("http 512 KB + 1 byte") << double(kb512 + 1) << kb512 << 2.0;
    QTest::addRow("http 1 MB is two requests") << 1024.0 * 1024 << kb512 << 2.0;
    QTest::addRow("http 1.5 MB + 1 byte") << 1.5 * 1024 * 1024 + 1 << kb512 << 4.0;
    QTest::addRow("websocket 32 KB") << double(kb32) << kb32 << 1.0;
    QTest::addRow("websocket 33 KB") << 33.0 * 1024 << kb32 << 2.0;
    QTest::addRow("websocket 128 KB, the message limit") << 128.0 * 1024 << kb32 << 4.0;
}

void tst_Cost::meteringIncrements()
{
    QFETCH(double, bytes);
    QFETCH(qint64, increment);
    QFETCH(double, units);
    QCOMPARE(meteredUnits(bytes, increment), units);
}

void tst_Cost::monthly_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<double>("rps");
    QTest::addColumn<double>("payloadKb");
    QTest::addColumn<double>("cacheGb");
    QTest::addColumn<int>("lambdaMb");
    QTest::addColumn<double>("lambdaMs");
    QTest::addColumn<double>("connections");
    QTest::addColumn<bool>("freeTier");
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("usd");
    constexpr double month = 2'592'000; // requests a month at 1/s
    constexpr double gb = 1024.0 * 1024 * 1024;
    QTest::addRow("rest 10/s") << "rest" << 10.0 << 0.0 << 0.0 << 0 << 0.0 << 0.0 << false << "apiRequestsUsd"
                               << 25.92 * 3.50;
    QTest::addRow("rest 1/s with the free tier")
        << "rest" << 1.0 << 0.0 << 0.0 << 0 << 0.0 << 0.0 << true << "apiRequestsUsd" << 1.592 * 3.50;
    QTest::addRow("rest 0.1/s is inside the free tier")
        << "rest" << 0.1 << 0.0 << 0.0 << 0 << 0.0 << 0.0 << true << "totalUsd" << 0.0;
    QTest::addRow("http 10/s of 513 KB counts twice")
        << "http" << 10.0 << 513.0 << 0.0 << 0 << 0.0 << 0.0 << false << "apiRequestsUsd" << 51.84 * 1.00;
    QTest::addRow("http 10/s of 512 KB counts once")
        << "http" << 10.0 << 512.0 << 0.0 << 0 << 0.0 << 0.0 << false << "apiRequestsUsd" << 25.92 * 1.00;
    QTest::addRow("websocket 100/s of 40 KB counts twice")
        << "websocket" << 100.0 << 40.0 << 0.0 << 0 << 0.0 << 0.0 << false << "apiRequestsUsd"
        << 518.4 * 1.00;
    // 100 connections open all month: 100 x 43,200 minutes = 4.32 M minutes at $0.25/M.
    QTest::addRow("websocket connection minutes") << "websocket" << 0.0 << 0.0 << 0.0 << 0 << 0.0 << 100.0
                                                  << false << "connectionMinutesUsd" << 4.32 * 0.25;
    QTest::addRow("websocket connection minutes, free tier")
        << "websocket" << 0.0 << 0.0 << 0.0 << 0 << 0.0 << 100.0 << true << "connectionMinutesUsd"
        << (4.32 - 0.75) * 0.25;
    QTest::addRow("rest cache 0.5 GB: 720 h at $0.020")
        << "rest" << 1.0 << 0.0 << 0.5 << 0 << 0.0 << 0.0 << false << "cacheUsd" << 14.40;
    QTest::addRow("rest cache 237 GB: 720 h at $3.800")
        << "rest" << 1.0 << 0.0 << 237.0 << 0 << 0.0 << 0.0 << false << "cacheUsd" << 2736.0;
    QTest::addRow("rest cache 6.1 GB")
        << "rest" << 1.0 << 0.0 << 6.1 << 0 << 0.0 << 0.0 << false << "cacheUsd" << 144.0;
    // Lambda: 2.592 M requests at $0.20/M; 1 s at 512 MB is 0.5 GB-s each: 1,296,000 GB-s at $0.0000166667.
    QTest::addRow("lambda requests") << "http" << 1.0 << 0.0 << 0.0 << 512 << 1000.0 << 0.0 << false
                                     << "lambdaRequestsUsd" << 2.592 * 0.20;
    QTest::addRow("lambda GB-seconds") << "http" << 1.0 << 0.0 << 0.0 << 512 << 1000.0 << 0.0 << false
                                       << "lambdaComputeUsd" << 1'296'000 * 0.0000166667;
    // 120.2 ms bills as 121 ms: 2.592 M x 0.121 s x 1.5 GB.
    QTest::addRow("lambda duration rounds up to 1 ms")
        << "rest" << 1.0 << 0.0 << 0.0 << 1536 << 120.2 << 0.0 << false << "lambdaComputeUsd"
        << month * 0.121 * 1.5 * 0.0000166667;
    // 1 MB out per request: 2,592,000 MB = 2,531.25 GB at $0.09.
    QTest::addRow("data transfer") << "rest" << 1.0 << 1024.0 << 0.0 << 0 << 0.0 << 0.0 << false
                                   << "dataTransferUsd" << month * 1024 * 1024 / gb * 0.09;
    QTest::addRow("total adds every line")
        << "rest" << 1.0 << 1024.0 << 0.5 << 512 << 1000.0 << 0.0 << false << "totalUsd"
        << 2.592 * 3.50 + 14.40 + 2.592 * 0.20 + 1'296'000 * 0.0000166667 + 2531.25 * 0.09;
}

void tst_Cost::monthly()
{
    QFETCH(QString, kind);
    QFETCH(double, rps);
    QFETCH(double, payloadKb);
    QFETCH(double, cacheGb);
    QFETCH(int, lambdaMb);
    QFETCH(double, lambdaMs);
    QFETCH(double, connections);
    QFETCH(bool, freeTier);
    QFETCH(QString, field);
    QFETCH(double, usd);
    MonthlyInputs in;
    in.kind = kind == u"rest" ? ApiKind::Rest : kind == u"http" ? ApiKind::Http : ApiKind::WebSocket;
    in.requestsPerSecond = rps;
    in.payloadBytes = payloadKb * 1024;
    in.cacheGb = cacheGb;
    in.lambdaMemoryMb = lambdaMb;
    in.lambdaDurationMs = lambdaMs;
    in.websocketConnections = connections;
    in.freeTier = freeTier;
    QCOMPARE(checkInputs(builtin(), in), QString());
    const MonthlyEstimate e = estimateMonthly(builtin(), in);
    const QJsonObject json = e.toJson(builtin(), in);
    QVERIFY2(json.contains(field), qPrintable(field));
    QCOMPARE_USD(json.value(field).toDouble(), usd);
}

void tst_Cost::lambdaBilledDuration_data()
{
    QTest::addColumn<double>("ms");
    QTest::addColumn<double>("billed");
    QTest::addRow("0.2 ms bills 1 ms") << 0.2 << 1.0;
    QTest::addRow("exactly 100 ms") << 100.0 << 100.0;
    QTest::addRow("100.01 ms bills 101") << 100.01 << 101.0;
}

void tst_Cost::lambdaBilledDuration()
{
    QFETCH(double, ms);
    QFETCH(double, billed);
    QCOMPARE(billedLambdaMs(ms, builtin().lambdaBillingGranularityMs), billed);
}

void tst_Cost::inputErrors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<double>("cacheGb");
    QTest::addColumn<int>("lambdaMb");
    QTest::addColumn<double>("lambdaMs");
    QTest::addColumn<QString>("message");
    QTest::addRow("cache size not offered") << "rest" << 2.0 << 0 << 0.0
                                            << "--cache-gb must be one of the cache sizes API Gateway offers "
                                               "(0.5, 1.6, 6.1, 13.5, 28.4, 58.2, 118, 237); got 2";
    QTest::addRow("cache on http") << "http" << 0.5 << 0 << 0.0 << "--cache-gb applies to REST APIs only";
    QTest::addRow("lambda memory too small")
        << "rest" << 0.0 << 64 << 10.0
        << "--lambda-mb must be a function's memory size from 128 to 10240 MB; got 64";
    QTest::addRow("lambda longer than 15 minutes")
        << "rest" << 0.0 << 128 << 900'001.0 << "--lambda-ms must be a duration";
}

void tst_Cost::inputErrors()
{
    QFETCH(QString, kind);
    QFETCH(double, cacheGb);
    QFETCH(int, lambdaMb);
    QFETCH(double, lambdaMs);
    QFETCH(QString, message);
    MonthlyInputs in;
    in.kind = kind == u"rest" ? ApiKind::Rest : ApiKind::Http;
    in.requestsPerSecond = 1;
    in.cacheGb = cacheGb;
    in.lambdaMemoryMb = lambdaMb;
    in.lambdaDurationMs = lambdaMs;
    const QString error = checkInputs(builtin(), in);
    QVERIFY2(error.startsWith(message), qPrintable(error));
}

void tst_Cost::exchangeCosts()
{
    const Pricing &p = builtin();
    // No API answered: nobody pays.
    QCOMPARE(exchangeCost(p, *record({})).billable, false);
    QCOMPARE(exchangeCost(p, *record({})).totalUsd(), 0.0);

    const ExchangeCost rest = exchangeCost(p, *record(QStringLiteral("rest"), 2 * 1024 * 1024));
    QCOMPARE_USD(rest.gatewayUsd, 0.0000035); // REST is not metered by size
    QCOMPARE(rest.meteredRequests, 1.0);

    const ExchangeCost http = exchangeCost(p, *record(QStringLiteral("http"), 600 * 1024));
    QCOMPARE(http.meteredRequests, 2.0);
    QCOMPARE_USD(http.gatewayUsd, 0.000002);

    // A Lambda integration: billed 100 ms at 128 MB, plus an authorizer billed 3 ms at 256 MB.
    auto r = std::make_shared<ExchangeRecord>(*record(QStringLiteral("rest")));
    auto integration = std::make_shared<LambdaTrace>();
    integration->billedMs = 100;
    integration->memorySizeMb = 128;
    auto authorizer = std::make_shared<LambdaTrace>();
    authorizer->billedMs = 3;
    authorizer->memorySizeMb = 256;
    r->lambda = {integration, authorizer};
    r->responseHeaders.append("content-type", "application/json"); // 12 + 16 + 4 bytes
    r->responseBodySize = 1000;
    const ExchangeCost c = exchangeCost(p, *r);
    QCOMPARE(c.lambdaRequests, 2.0);
    QCOMPARE(c.lambdaGbSeconds, 0.1 * 0.125 + 0.003 * 0.25);
    QCOMPARE(c.lambdaUsd, 2 * 0.0000002 + (0.1 * 0.125 + 0.003 * 0.25) * 0.0000166667);
    QCOMPARE(c.bytesOut, 17.0 + 2 + 32 + 1000);
    QCOMPARE(c.dataTransferUsd, 1051.0 / (1024.0 * 1024 * 1024) * 0.09);
    QCOMPARE(c.totalUsd(), c.gatewayUsd + c.lambdaUsd + c.dataTransferUsd);
}

void tst_Cost::websocketCosts_data()
{
    QTest::addColumn<QString>("eventType");
    QTest::addColumn<QString>("direction");
    QTest::addColumn<int>("messagesIn");
    QTest::addColumn<qint64>("inBytes");
    QTest::addColumn<int>("messagesOut");
    QTest::addColumn<qint64>("outBytes");
    QTest::addColumn<qint64>("durationMs");
    QTest::addColumn<double>("messages");
    QTest::addColumn<double>("minutes");
    QTest::addColumn<double>("bytesOut");
    // Messages both ways, each in 32 KB increments (33 KB is two); control frames are not messages.
    QTest::addRow("one-way message") << "MESSAGE" << "IN" << 1 << qint64(100) << 0 << qint64(0) << qint64(-1) << 1.0 << 0.0 << 0.0;
    QTest::addRow("two-way message and reply") << "MESSAGE" << "IN" << 1 << qint64(100) << 1 << qint64(200) << qint64(-1)
                                               << 2.0 << 0.0 << 200.0;
    QTest::addRow("33 KB in, 65 KB reply") << "MESSAGE" << "IN" << 1 << qint64(33 * 1024) << 1 << qint64(65 * 1024)
                                           << qint64(-1) << 2.0 + 3.0 << 0.0 << 65.0 * 1024;
    QTest::addRow("128 KB in, the message limit") << "MESSAGE" << "IN" << 1 << qint64(128 * 1024) << 0 << qint64(0)
                                                  << qint64(-1) << 4.0 << 0.0 << 0.0;
    QTest::addRow("reply computed but not sent") << "MESSAGE" << "IN" << 1 << qint64(10) << 0 << qint64(500)
                                                 << qint64(-1) << 1.0 << 0.0 << 0.0;
    QTest::addRow("@connections POST of 40 KB") << "MESSAGE" << "OUT" << 0 << qint64(0) << 1 << qint64(40 * 1024)
                                                << qint64(-1) << 2.0 << 0.0 << 40.0 * 1024;
    QTest::addRow("connect request") << "CONNECT" << "IN" << 0 << qint64(0) << 0 << qint64(0) << qint64(-1) << 1.0
                                     << 0.0 << 19.0;
    // Connection minutes: whole minutes per connection, rounded up, at least one.
    QTest::addRow("disconnect after 0 ms") << "DISCONNECT" << "IN" << 0 << qint64(0) << 0 << qint64(0) << qint64(0)
                                           << 0.0 << 1.0 << 0.0;
    QTest::addRow("disconnect after 60 s") << "DISCONNECT" << "IN" << 0 << qint64(0) << 0 << qint64(0) << qint64(60'000)
                                           << 0.0 << 1.0 << 0.0;
    QTest::addRow("disconnect after 60.001 s") << "DISCONNECT" << "IN" << 0 << qint64(0) << 0 << qint64(0)
                                               << qint64(60'001) << 0.0 << 2.0 << 0.0;
    QTest::addRow("disconnect after 2 h") << "DISCONNECT" << "IN" << 0 << qint64(0) << 0 << qint64(0)
                                          << qint64(2 * 3600 * 1000) << 0.0 << 120.0 << 0.0;
    QTest::addRow("refused connection: no duration") << "DISCONNECT" << "IN" << 0 << qint64(0) << 0 << qint64(0)
                                                     << qint64(-1) << 0.0 << 0.0 << 0.0;
}

void tst_Cost::websocketCosts()
{
    QFETCH(QString, eventType);
    QFETCH(QString, direction);
    QFETCH(int, messagesIn);
    QFETCH(qint64, inBytes);
    QFETCH(int, messagesOut);
    QFETCH(qint64, outBytes);
    QFETCH(qint64, durationMs);
    QFETCH(double, messages);
    QFETCH(double, minutes);
    QFETCH(double, bytesOut);
    const Pricing &p = builtin();
    auto r = std::make_shared<ExchangeRecord>(*record(QStringLiteral("websocket"), inBytes));
    r->eventType = eventType;
    r->messageDirection = direction;
    r->messagesIn = messagesIn;
    r->messagesOut = messagesOut;
    r->responseBodySize = outBytes;
    r->connectionDurationMs = durationMs;
    const ExchangeCost c = exchangeCost(p, *r);
    QVERIFY(c.billable);
    QCOMPARE(c.kind, ApiKind::WebSocket);
    QCOMPARE(c.meteredRequests, messages);
    QCOMPARE(c.connectionMinutes, minutes);
    QCOMPARE(c.bytesOut, bytesOut);
    // $1.00 per million messages, $0.25 per million connection minutes.
    QCOMPARE_FINE_USD(c.gatewayUsd, messages * 1e-6 + minutes * 0.25e-6);
}

void tst_Cost::meterCountsWebSocket()
{
    CostMeter meter(std::make_shared<const Pricing>(builtin()));
    const qint64 t0 = 1'700'000'000'000;
    auto ws = [&](const QString &eventType, int in, int out, qint64 durationMs, qint64 atMs) {
        auto r = std::make_shared<ExchangeRecord>(*record(QStringLiteral("websocket"), 10, atMs));
        r->eventType = eventType;
        r->messagesIn = in;
        r->messagesOut = out;
        r->responseBodySize = out ? 10 : 0;
        r->connectionDurationMs = durationMs;
        meter.add(*r);
    };
    // One connection over the minute: connect, 30 two-way messages, closed after 59 s (one connection minute).
    ws(QStringLiteral("CONNECT"), 0, 0, -1, t0);
    for (int i = 0; i < 30; ++i)
        ws(QStringLiteral("MESSAGE"), 1, 1, -1, t0 + 1000 + i * 1000);
    ws(QStringLiteral("DISCONNECT"), 0, 0, 59'000, t0 + 59'000);
    const CostMeter::Snapshot s = meter.snapshot(t0 + 60'000);
    QCOMPARE(s.flavour(), QStringLiteral("WebSocket"));
    const double messages = 1 + 30 * 2;
    const double bytes = 19 + 30 * 10; // the handshake's status line, then the replies
    QCOMPARE_FINE_USD(s.sessionUsd, messages * 1e-6 + 1 * 0.25e-6 + bytes / (1024.0 * 1024 * 1024) * 0.09);
    // The month repeats the minute 43,200 times: 2,635,200 messages and 43,200 connection minutes.
    QCOMPARE_FINE_USD(s.monthlyUsd, messages * 43'200 * 1e-6 + 43'200 * 0.25e-6
                                   + bytes * 43'200 / (1024.0 * 1024 * 1024) * 0.09);
}

void tst_Cost::meterProjectsTheMonth()
{
    CostMeter meter(std::make_shared<const Pricing>(builtin()));
    QCOMPARE(meter.snapshot(0).flavour(), QString());
    // 10 REST requests a second for 60 s, plus requests no API answered (not billed).
    const qint64 t0 = 1'700'000'000'000;
    for (int s = 0; s < 60; ++s) {
        for (int i = 0; i < 10; ++i)
            meter.add(*record(QStringLiteral("rest"), 0, t0 + s * 1000 + i * 100));
        meter.add(*record({}, 0, t0 + s * 1000));
    }
    const CostMeter::Snapshot s = meter.snapshot(t0 + 60'000);
    QCOMPARE(s.requests, quint64(600));
    QCOMPARE(s.flavour(), QStringLiteral("REST"));
    QCOMPARE(s.ratePerSecond, 10.0);
    const double bytesPerRequest = 19; // status line and blank line, no headers, no body
    QCOMPARE_USD(s.sessionUsd, 600 * 0.0000035 + 600 * bytesPerRequest / (1024.0 * 1024 * 1024) * 0.09);
    // A month at 10/s: 25.92 M requests at $3.50/M.
    QCOMPARE_USD(s.monthlyUsd, 25.92 * 3.50 + 25.92e6 * bytesPerRequest / (1024.0 * 1024 * 1024) * 0.09);

    meter.add(*record(QStringLiteral("http"), 0, t0 + 60'000));
    QCOMPARE(meter.snapshot(t0 + 60'000).flavour(), QStringLiteral("REST + HTTP"));
    meter.clear();
    QCOMPARE(meter.snapshot(t0).requests, quint64(0));
    QCOMPARE(meter.snapshot(t0).monthlyUsd, 0.0);
}

void tst_Cost::meterWindowForgetsOldTraffic()
{
    CostMeter meter(std::make_shared<const Pricing>(builtin()));
    const qint64 t0 = 1'700'000'000'000;
    for (int i = 0; i < 100; ++i)
        meter.add(*record(QStringLiteral("rest"), 0, t0));
    // Young session: the rate is over the time so far (at least a second).
    QCOMPARE(meter.snapshot(t0 + 500).ratePerSecond, 100.0);
    QCOMPARE(meter.snapshot(t0 + 10'000).ratePerSecond, 10.0);
    // Two minutes later nothing is recent: the month projects to nothing, the session keeps its cost.
    const CostMeter::Snapshot later = meter.snapshot(t0 + 120'000);
    QCOMPARE(later.ratePerSecond, 0.0);
    QCOMPARE(later.monthlyUsd, 0.0);
    QVERIFY(later.sessionUsd > 0);
    // A record older than the window's bucket for its second counts in the session only.
    meter.add(*record(QStringLiteral("rest"), 0, t0 + 120'000));
    meter.add(*record(QStringLiteral("rest"), 0, t0 + 60'000));
    QCOMPARE(meter.snapshot(t0 + 120'000).requests, quint64(102));
    QCOMPARE(meter.snapshot(t0 + 120'000).ratePerSecond, 1.0 / 60);
}

void tst_Cost::formatUsd_data()
{
    QTest::addColumn<double>("usd");
    QTest::addColumn<QString>("text");
    QTest::addRow("nothing") << 0.0 << "$0.00";
    QTest::addRow("one REST request") << 0.0000035 << "$0.0000035";
    QTest::addRow("one HTTP request") << 0.000001 << "$0.000001";
    QTest::addRow("cents") << 0.41 << "$0.41";
    QTest::addRow("dollars") << 12.5 << "$12.50";
    QTest::addRow("hundreds round to dollars") << 1240.4 << "$1,240";
    QTest::addRow("worked check") << 57'192.3 << "$57,192";
    QTest::addRow("millions") << 1'234'567.0 << "$1,234,567";
}

void tst_Cost::formatUsd()
{
    QFETCH(double, usd);
    QFETCH(QString, text);
    QCOMPARE(cost::formatUsd(usd), text);
}

void tst_Cost::pricingErrors_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("message");
    QTest::addRow("not JSON") << "\"format\""
                              << "format"
                              << "p.json:2: not valid JSON";
    QTest::addRow("wrong format")
        << "gatehouse-pricing/1"
        << "gatehouse-pricing/9"
        << "p.json: format must be \"gatehouse-pricing/1\"; got \"gatehouse-pricing/9\"";
    QTest::addRow("negative price")
        << "\"usdPerMillion\": 2.80"
        << "\"usdPerMillion\": -2.80"
        << "p.json: restRequests.tiers[1].usdPerMillion must be a number >= 0; got -2.8";
    QTest::addRow("price as text")
        << "\"usdPerMillion\": 0.90"
        << "\"usdPerMillion\": \"0.90\""
        << "p.json: httpRequests.tiers[1].usdPerMillion must be a number >= 0; got \"0.90\"";
    QTest::addRow("band without size")
        << "\"millions\": 667, "
        << ""
        << "p.json: restRequests.tiers[1].millions must be a number > 0; got nothing";
    QTest::addRow("open band with a size") << "{ \"usdPerMillion\": 1.51 }"
                                           << "{ \"millions\": 5, \"usdPerMillion\": 1.51 }"
                                           << "p.json: restRequests.tiers[3].millions must be left out";
    QTest::addRow("typo")
        << "\"meteringKb\": 512"
        << "\"meteringKB\": 512"
        << "p.json: httpRequests.meteringKB is not a pricing member (expected tiers, meteringKb)";
    QTest::addRow("cache sizes out of order")
        << "\"gb\": 1.6"
        << "\"gb\": 0.4"
        << "p.json: restCache.sizes[1].gb must be larger than the size before it";
    QTest::addRow("missing lambda") << "\"lambda\""
                                    << "\"lambdas\""
                                    << "p.json: lambdas is not a pricing member";
    QTest::addRow("not USD") << "\"currency\": \"USD\""
                             << "\"currency\": \"EUR\""
                             << "p.json: currency must be \"USD\"";
}

void tst_Cost::pricingErrors()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, message);
    QString json = QString::fromUtf8(builtinPricingJson());
    QVERIFY2(json.contains(from), qPrintable(from));
    json.replace(json.indexOf(from), from.size(), to);
    QString error;
    QVERIFY(!parsePricing(json.toUtf8(), QStringLiteral("p.json"), &error));
    QVERIFY2(error.startsWith(message), qPrintable(error));
}

void tst_Cost::userFileWins()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pricing.json"));
    QString json = QString::fromUtf8(builtinPricingJson());
    json.replace(QStringLiteral("{ \"millions\": 333, \"usdPerMillion\": 3.50 }"),
                 QStringLiteral("{ \"millions\": 333, \"usdPerMillion\": 4.00 }"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json.toUtf8());
    f.close();
    const PricingLoad load = loadPricing(path);
    QVERIFY2(load.pricing, qPrintable(load.error));
    QCOMPARE(load.pricing->origin, path);
    QCOMPARE_USD(load.pricing->restRequests.cost(1e6), 4.00);

    const PricingLoad missing = loadPricing(dir.filePath(QStringLiteral("nope.json")));
    QVERIFY(!missing.pricing);
    QVERIFY2(missing.error.startsWith(QStringLiteral("cannot read the pricing file ")),
             qPrintable(missing.error));

    qputenv("GATEHOUSE_PRICING", path.toLocal8Bit());
    QCOMPARE(loadPricing().pricing->origin, path);
    qunsetenv("GATEHOUSE_PRICING");
    // QStandardPaths test mode: no user file, so the built-in prices.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(!QFileInfo::exists(userPricingPath()));
    QCOMPARE(loadPricing().pricing->origin, QStringLiteral("built-in pricing"));
}

QTEST_GUILESS_MAIN(tst_Cost)
#include "tst_cost.moc"
