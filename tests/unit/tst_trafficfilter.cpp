// SPDX-License-Identifier: GPL-3.0-or-later
// The traffic filter language (docs/filters.md): expressions against a set of records (every field, every operator,
// units, status classes, CORS verdicts, free text, precedence), the parsed tree's canonical form, parse errors with
// their offsets and words, completion at a cursor, and parsing fed every prefix of valid filters.

#include "observe/trafficfilter.h"

#include "cost/pricing.h"

#include <QTest>

#include <map>

using namespace gw;
using namespace gw::observe;

namespace {

std::shared_ptr<ExchangeRecord> base()
{
    auto r = std::make_shared<ExchangeRecord>();
    r->protocol = QStringLiteral("rest");
    r->apiId = QStringLiteral("petstore");
    r->stage = QStringLiteral("prod");
    r->method = QStringLiteral("GET");
    r->path = QStringLiteral("/pets/7");
    r->route = QStringLiteral("/pets/{petId}");
    r->requestId = QStringLiteral("req-1");
    r->sourceIp = QStringLiteral("10.0.0.5");
    r->status = 200;
    r->totalUs = 2400;
    r->integrationLatencyUs = 2100;
    r->responseBodySize = 1500;
    r->requestHeaders.append("Host", "petstore.localhost:4510");
    r->requestHeaders.append("User-Agent", "curl/8.5");
    return r;
}

/// The records the table's expressions run against, by name.
const std::map<QString, ExchangeRecordPtr> &records()
{
    static const std::map<QString, ExchangeRecordPtr> all = [] {
        std::map<QString, ExchangeRecordPtr> m;
        m[QStringLiteral("ok")] = base();

        auto auth = base();
        auth->method = QStringLiteral("POST");
        auth->path = QStringLiteral("/pets");
        auth->route = QStringLiteral("/pets");
        auth->status = 401;
        auth->totalUs = 300;
        auth->integrationLatencyUs = -1;
        auth->responseBodySize = 26;
        auth->requestBodySize = 40;
        auth->stoppedAtStep = QStringLiteral("authorizer");
        auth->stoppedAt = QStringLiteral("authorizer.unauthorized");
        auth->errorType = QStringLiteral("UNAUTHORIZED");
        auth->errorMessage = QStringLiteral("Unauthorized");
        m[QStringLiteral("auth401")] = auth;

        auto auth500 = base();
        auth500->path = QStringLiteral("/pets/9");
        auth500->status = 500;
        auth500->stoppedAtStep = QStringLiteral("authorizer");
        auth500->stoppedAt = QStringLiteral("authorizer.error");
        auth500->errorType = QStringLiteral("AUTHORIZER_FAILURE");
        m[QStringLiteral("auth500")] = auth500;

        auto bad = base();
        bad->protocol = QStringLiteral("http");
        bad->apiId = QStringLiteral("orders");
        bad->stage = QStringLiteral("dev");
        bad->path = QStringLiteral("/orders");
        bad->route = QStringLiteral("GET /orders");
        bad->status = 502;
        bad->totalUs = 150'000;
        bad->integrationLatencyUs = 149'000;
        bad->responseBodySize = 2 * 1024 * 1024;
        bad->stoppedAtStep = QStringLiteral("integration");
        bad->stoppedAt = QStringLiteral("integration.bad_response");
        bad->errorType = QStringLiteral("INTEGRATION_FAILURE");
        bad->errorMessage = QStringLiteral("Internal server error");
        auto traffic = std::make_shared<TrafficTrace>();
        traffic->apiKeyName = QStringLiteral("basic");
        traffic->apiKey = QStringLiteral("abc123xyz");
        bad->traffic = traffic;
        m[QStringLiteral("bad502")] = bad;

        auto allowed = base();
        allowed->requestHeaders.append("Origin", "http://app.example:8000");
        allowed->responseHeaders.append("Access-Control-Allow-Origin", "http://app.example:8000");
        m[QStringLiteral("corsAllowed")] = allowed;

        auto blocked = base();
        blocked->requestHeaders.append("Origin", "http://app.example:8000");
        m[QStringLiteral("corsBlocked")] = blocked;

        auto preflight = base();
        preflight->method = QStringLiteral("OPTIONS");
        preflight->status = 204;
        preflight->requestHeaders.append("Origin", "http://app.example:8000");
        preflight->requestHeaders.append("Access-Control-Request-Method", "PUT");
        preflight->responseHeaders.append("Access-Control-Allow-Origin", "*");
        preflight->responseHeaders.append("Access-Control-Allow-Methods", "GET,PUT");
        m[QStringLiteral("preflight")] = preflight;

        auto aborted = base();
        aborted->apiId.clear(); // no API found: no protocol either
        aborted->protocol.clear();
        aborted->stage.clear();
        aborted->route.clear();
        aborted->status = 0;
        aborted->clientAborted = true;
        m[QStringLiteral("aborted")] = aborted;

        auto odd = base();
        odd->path = QStringLiteral("/a\"b\\c");
        m[QStringLiteral("odd")] = odd;
        return m;
    }();
    return all;
}

} // namespace

class tst_TrafficFilter : public QObject
{
    Q_OBJECT
private slots:
    void matches_data();
    void matches();
    void cost_data();
    void cost();
    void describe_data();
    void describe();
    void errors_data();
    void errors();
    void everyPrefixParsesOrFailsWithinText();
    void completion_data();
    void completion();
};

void tst_TrafficFilter::matches_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("record");
    QTest::addColumn<bool>("expected");

    auto row = [](const char *name, const char *filter, const char *record, bool expected) {
        QTest::addRow("%s", name) << QString::fromUtf8(filter) << QString::fromLatin1(record) << expected;
    };
    // The issue's examples
    row("issue: 5xx at the authorizer on /pets", R"(status>=500 and path~"/pets" and step=authorizer)", "auth500", true);
    row("issue: 401 is not >=500", R"(status>=500 and path~"/pets" and step=authorizer)", "auth401", false);
    row("issue: 502 stopped at integration", R"(status>=500 and path~"/pets" and step=authorizer)", "bad502", false);
    row("issue: latency>100ms slow", "latency>100ms", "bad502", true);
    row("issue: latency>100ms fast", "latency>100ms", "ok", false);
    row("issue: method=POST", "method=POST", "auth401", true);
    row("issue: method=POST on GET", "method=POST", "ok", false);
    row("issue: not cors=allowed on allowed", "not cors=allowed", "corsAllowed", false);
    row("issue: not cors=allowed on blocked", "not cors=allowed", "corsBlocked", true);
    row("issue: not cors=allowed on non-CORS", "not cors=allowed", "ok", true);
    row("issue: api=petstore", "api=petstore", "ok", true);
    row("issue: api=petstore on orders", "api=petstore", "bad502", false);

    row("empty matches all", "", "bad502", true);
    row("blank matches all", "   ", "aborted", true);
    // status
    row("status exact", "status=401", "auth401", true);
    row("status == reads as =", "status==401", "auth401", true);
    row("status exact miss", "status=401", "ok", false);
    row("status class", "status=5xx", "bad502", true);
    row("status class upper case", "status=5XX", "bad502", true);
    row("status class miss", "status=5xx", "auth401", false);
    row("status not class", "status!=5xx", "auth401", true);
    row("status >= class", "status>=4xx", "auth401", true);
    row("status > class excludes it", "status>4xx", "auth401", false);
    row("status > class above", "status>4xx", "bad502", true);
    row("status < class", "status<5xx", "auth401", true);
    row("status <= class includes it", "status<=4xx", "auth401", true);
    row("status <= class above", "status<=4xx", "bad502", false);
    row("status < number", "status<300", "ok", true);
    row("status none on aborted", "status=none", "aborted", true);
    row("status 0 on aborted", "status=0", "aborted", true);
    row("status none on answered", "status=none", "ok", false);
    row("aborted is not below 500", "status<500", "aborted", false);
    row("aborted is unequal to 200", "status!=200", "aborted", true);
    // method, path, api, stage
    row("method ignores case", "method=post", "auth401", true);
    row("method !=", "method!=GET", "ok", false);
    row("path substring", "path~pets", "ok", true);
    row("path substring ignores case", "path~PETS", "ok", true);
    row("path not substring", "path!~pets", "ok", false);
    row("path not substring other", "path!~pets", "bad502", true);
    row("path exact", "path=/pets/7", "ok", true);
    row("path exact is whole", "path=/pets", "ok", false);
    row("path bare word with slashes", "path~/pets", "ok", true);
    row("path quoted", R"(path="/pets/7")", "ok", true);
    row("path quoted escapes", R"(path="/a\"b\\c")", "odd", true);
    row("path regex", R"(path~/^\/pets\/\d+$/)", "ok", true);
    row("path regex anchored miss", R"(path~/^\/pets\/\d+$/)", "auth401", false);
    row("path regex negated", R"(path!~/^\/pets$/)", "auth401", false);
    row("path regex ignores case", "path~/PETS/", "ok", true);
    row("stage", "stage=dev", "bad502", true);
    row("stage none", "stage=none", "aborted", true);
    row("api none", "api=none", "aborted", true);
    row("api != none", "api!=none", "ok", true);
    row("quoted none is the word", R"(api="none")", "aborted", false);
    // route, step, detail, error, key, id, ip, protocol
    row("route", R"(route="/pets/{petId}")", "ok", true);
    row("resource is route", "resource~petId", "ok", true);
    row("step authorizer", "step=authorizer", "auth401", true);
    row("step none", "step=none", "ok", true);
    row("step none on early answer", "step=none", "auth401", false);
    row("detail", "detail~unauthorized", "auth401", true);
    row("error type", "error=UNAUTHORIZED", "auth401", true);
    row("error message substring", "error~\"server error\"", "bad502", true);
    row("error none", "error=none", "ok", true);
    row("error != none", "error!=none", "auth401", true);
    row("key name", "key=basic", "bad502", true);
    row("apikey value", "apikey=abc123xyz", "bad502", true);
    row("key none", "key=none", "ok", true);
    row("key none with a key", "key=none", "bad502", false);
    row("request id", "id=REQ-1", "ok", true);
    row("ip exact", "ip=10.0.0.5", "ok", true);
    row("ip substring", "ip~10.0", "ok", true);
    row("ip miss", "ip~192.168", "ok", false);
    row("protocol", "protocol=http", "bad502", true);
    // durations
    row("latency ms", "latency>=150ms", "bad502", true);
    row("latency equal", "latency=150ms", "bad502", true);
    row("latency seconds", "latency>1.5s", "bad502", false);
    row("latency below seconds", "latency<1.5s", "bad502", true);
    row("latency minutes", "latency<2m", "bad502", true);
    row("latency microseconds", "latency>100us", "auth401", true);
    row("latency plain number is ms", "latency>2", "ok", true);
    row("latency plain number is ms (miss)", "latency>3", "ok", false);
    row("latency fraction", "latency>.2ms", "auth401", true);
    row("integration", "integration>100ms", "bad502", true);
    row("integration none", "integration=none", "auth401", true);
    row("integration present", "integration!=none", "ok", true);
    row("missing integration is not above", "integration>1us", "auth401", false);
    row("missing integration is not below", "integration<1s", "auth401", false);
    row("missing integration is unequal", "integration!=5ms", "auth401", true);
    // sizes
    row("size mb", "size>=1mb", "bad502", true);
    row("size kb", "size>10kb", "ok", false);
    row("size kb lower", "size>1kb", "ok", true);
    row("size bytes", "size=1500", "ok", true);
    row("size b", "size=1500b", "ok", true);
    row("reqsize", "reqsize=40", "auth401", true);
    // CORS
    row("cors allowed", "cors=allowed", "corsAllowed", true);
    row("cors blocked", "cors=blocked", "corsBlocked", true);
    row("cors blocked on allowed", "cors=blocked", "corsAllowed", false);
    row("cors preflight", "cors=preflight", "preflight", true);
    row("cors preflight is allowed", "cors=allowed", "preflight", true);
    row("cors preflight on actual", "cors=preflight", "corsAllowed", false);
    row("cors none", "cors=none", "ok", true);
    row("cors != none", "cors!=none", "corsBlocked", true);
    // headers
    row("header substring", "header.user-agent~curl", "ok", true);
    row("header name ignores case", "header.User-Agent~CURL", "ok", true);
    row("header missing", "header.origin=none", "ok", true);
    row("header present", "header.origin!=none", "corsBlocked", true);
    row("header exact", R"(header.origin="http://app.example:8000")", "corsAllowed", true);
    row("header missing never contains", "header.origin~app", "ok", false);
    // free text
    row("free text path", "pets", "ok", true);
    row("free text api", "orders", "bad502", true);
    row("free text method", "post", "auth401", true);
    row("free text status", "401", "auth401", true);
    row("free text stopped-at", "unauthorized", "auth401", true);
    row("free text miss", "giraffe", "ok", false);
    row("free text quoted", R"("/pets/7")", "ok", true);
    row("free text quoted keyword", R"("and")", "ok", false);
    row("implicit and", "GET pets", "ok", true);
    row("implicit and miss", "GET 401", "auth401", false);
    row("implicit and of comparisons", "status=401 method=POST", "auth401", true);
    // precedence and grouping
    row("or", "status=401 or status=502", "bad502", true);
    row("and binds tighter than or", "status=200 or status=401 and method=GET", "ok", true);
    row("and binds tighter than or (2)", "status=200 or status=401 and method=GET", "auth401", false);
    row("parentheses", "(status=401 or status=502) and api=orders", "bad502", true);
    row("parentheses miss", "(status=401 or status=502) and api=orders", "auth401", false);
    row("not binds tighter than and", "not status=401 and method=POST", "auth401", false);
    row("not of a group", "not (status=5xx or cors=blocked)", "ok", true);
    row("not of a group miss", "not (status=5xx or cors=blocked)", "corsBlocked", false);
    row("double not", "not not method=GET", "ok", true);
    row("keywords ignore case", "METHOD=GET AND NOT Status=5xx", "ok", true);
    row("spaces around operators", "status >= 500  and  api = orders", "bad502", true);
}

void tst_TrafficFilter::matches()
{
    QFETCH(QString, filter);
    QFETCH(QString, record);
    QFETCH(bool, expected);
    const TrafficFilter f = TrafficFilter::parse(filter);
    QVERIFY2(f.isValid(), qPrintable(f.error().message));
    const auto it = records().find(record);
    QVERIFY(it != records().end());
    QCOMPARE(f.matches(*it->second), expected);
    // A copy shares the tree and gives the same answer.
    const TrafficFilter copy = f;
    QCOMPARE(copy.matches(*it->second), expected);
}

void tst_TrafficFilter::cost_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("record");
    QTest::addColumn<bool>("withPricing");
    QTest::addColumn<bool>("expected");
    QTest::addRow("billable costs something") << "cost>0" << "ok" << true << true;
    QTest::addRow("under a cent") << "cost<$0.01" << "ok" << true << true;
    QTest::addRow("no API, no cost") << "cost=0" << "aborted" << true << true;
    QTest::addRow("without prices: none") << "cost=none" << "ok" << false << true;
    QTest::addRow("without prices: not above 0") << "cost>0" << "ok" << false << false;
}

void tst_TrafficFilter::cost()
{
    QFETCH(QString, filter);
    QFETCH(QString, record);
    QFETCH(bool, withPricing);
    QFETCH(bool, expected);
    FilterContext context;
    if (withPricing) {
        QString error;
        const auto pricing = cost::parsePricing(cost::builtinPricingJson(), QStringLiteral("built in"), &error);
        QVERIFY2(pricing, qPrintable(error));
        context.pricing = std::make_shared<const cost::Pricing>(*pricing);
    }
    const TrafficFilter f = TrafficFilter::parse(filter);
    QVERIFY2(f.isValid(), qPrintable(f.error().message));
    QCOMPARE(f.matches(*records().at(record), context), expected);
}

void tst_TrafficFilter::describe_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("tree");
    QTest::addRow("empty") << "" << "";
    QTest::addRow("implicit and") << "status>=500 path~pets" << R"((status >= 500 and path ~ "pets"))";
    QTest::addRow("seconds to us") << "latency>1.5s" << "latency > 1500000us";
    QTest::addRow("minutes to us") << "latency<2m" << "latency < 120000000us";
    QTest::addRow("plain ms") << "integration>=20" << "integration >= 20000us";
    QTest::addRow("kb to bytes") << "size>=10kb" << "size >= 10240b";
    QTest::addRow("mb to bytes") << "reqsize<1MB" << "reqsize < 1048576b";
    QTest::addRow("or below and") << "a or b and c" << R"((text "a" or (text "b" and text "c")))";
    QTest::addRow("flat and") << "a and b and c" << R"((text "a" and text "b" and text "c"))";
    QTest::addRow("not group") << "not (status=5xx or cors=blocked)" << "not (status = 5xx or cors = blocked)";
    QTest::addRow("escapes") << R"(path="a\"b\\c\/d")" << R"(path = "a\"b\\c/d")";
    QTest::addRow("unicode escape") << R"("caf\u00e9")" << QStringLiteral("text \"café\"");
    QTest::addRow("alias") << "resource=/x" << R"(route = "/x")";
    QTest::addRow("header lower-cased") << "header.X-Api-Key=none" << "header.x-api-key = none";
    QTest::addRow("cost") << "cost>$0.01" << "cost > $0.01";
    QTest::addRow("regex") << R"(path~/^\/p/)" << R"(path ~ /^\/p/)";
    QTest::addRow("slash word is not a regex") << "path~/pets/7" << R"(path ~ "/pets/7")";
    QTest::addRow("not-equal operators") << "method!=GET path!~x" << R"((method != "GET" and path !~ "x"))";
}

void tst_TrafficFilter::describe()
{
    QFETCH(QString, filter);
    QFETCH(QString, tree);
    const TrafficFilter f = TrafficFilter::parse(filter);
    QVERIFY2(f.isValid(), qPrintable(f.error().message));
    QCOMPARE(f.describe(), tree);
    QCOMPARE(f.isEmpty(), tree.isEmpty());
    QCOMPARE(f.text(), filter);
}

void tst_TrafficFilter::errors_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("message"); // a part of the message

    auto row = [](const char *name, const QString &filter, int offset, const char *message) {
        QTest::addRow("%s", name) << filter << offset << QString::fromUtf8(message);
    };
    row("value missing at the end", QStringLiteral("status>="), 8, "expected a value after '>=' at 8");
    row("value missing before and", QStringLiteral("latency>= and x"), 10,
        "expected a value after '>=' at 10, found the keyword 'and'");
    row("value missing before )", QStringLiteral("(status=)"), 8, "expected a value after '=' at 8");
    row("typo in a field", QStringLiteral("staus=500"), 0, "unknown field 'staus' — did you mean 'status'?");
    row("typo later", QStringLiteral("method=GET and latncy>1s"), 15, "did you mean 'latency'?");
    row("typo in header", QStringLiteral("heder.origin=x"), 0, "did you mean 'header.origin'?");
    row("unknown field", QStringLiteral("giraffe=1"), 0, "unknown field 'giraffe' at 0; fields are status, method");
    row("unclosed (", QStringLiteral("(status=500"), 11, "expected ')' to close the '(' at 0, found the end at 11");
    row("stray )", QStringLiteral("status=500)"), 10, "unexpected ')' at 10");
    row("empty ()", QStringLiteral("()"), 1, "empty parentheses");
    row("just (", QStringLiteral("("), 1, "expected a condition after '(' at 1");
    row("unterminated string", QStringLiteral("path~\"abc"), 5, "the text quoted at 5 has no closing '\"'");
    row("unknown escape", QStringLiteral("path=\"a\\qb\""), 7, "unknown escape '\\q' at 7");
    row("short unicode escape", QStringLiteral("path=\"\\u12\""), 6, "'\\u' needs four hex digits");
    row("status word", QStringLiteral("status=abc"), 7, "'status' needs a status code like 404 or a class like 5xx; got 'abc' at 7");
    row("status class 6xx", QStringLiteral("status=6xx"), 7, "'status' needs a status code");
    row("status 0 ordering", QStringLiteral("status>0"), 7, "status 0 means no response");
    row("duration unit", QStringLiteral("latency>100x"), 11, "unknown unit 'x' in '100x' at 11");
    row("duration word", QStringLiteral("latency>fast"), 8, "'latency' needs a duration like 100ms, 1.5s or 2m; got 'fast' at 8");
    row("size unit", QStringLiteral("size>10zb"), 7, "unknown unit 'zb' in '10zb' at 7; sizes take b, kb, mb or gb");
    row("cost word", QStringLiteral("cost>1c"), 5, "'cost' needs an amount in US dollars");
    row("ordering on text", QStringLiteral("method>GET"), 6, "'>' does not work on 'method' at 6");
    row("substring on duration", QStringLiteral("latency~5"), 7, "'~' does not work on 'latency' at 7");
    row("regex on size", QStringLiteral("size~/1/"), 4, "'~' does not work on 'size' at 4");
    row("cors typo", QStringLiteral("cors=alowed"), 5, "got 'alowed' at 5 — did you mean 'allowed'?");
    row("cors ordering", QStringLiteral("cors>allowed"), 4, "'>' does not work on 'cors' at 4");
    row("none with ordering", QStringLiteral("latency>none"), 8, "'none' only works with = and !=");
    row("invalid regex", QStringLiteral("path~/a(b/"), 9, "invalid regular expression at 9");
    row("and first", QStringLiteral("and status=1"), 0, "expected a condition before 'and' at 0");
    row("and last", QStringLiteral("status=500 and"), 14, "expected a condition after 'and' at 14");
    row("or then )", QStringLiteral("(a or )"), 6, "expected a condition after 'or' at 6, found ')'");
    row("not alone", QStringLiteral("not"), 3, "expected a condition after 'not' at 3");
    row("operator first", QStringLiteral(">=500"), 0, "expected a field name before '>=' at 0");
    row("field alone", QStringLiteral("status"), 6, "expected an operator after 'status' at 6");
    row("chained operators", QStringLiteral("status=500=3"), 10, "unexpected '=' at 10; join conditions with 'and' or 'or'");
    row("quoted field", QStringLiteral("\"status\"=500"), 0, "a field name is not quoted");
    row("header without name", QStringLiteral("header.=x"), 0, "'header.' needs a header name");
    row("too deep", QString(100, u'(') + u'a' + QString(100, u')'), 64, "too deeply nested at 64");
    row("too many nots", QStringLiteral("not ").repeated(80) + u'a', 256, "too deeply nested at 256");
}

void tst_TrafficFilter::errors()
{
    QFETCH(QString, filter);
    QFETCH(int, offset);
    QFETCH(QString, message);
    const TrafficFilter f = TrafficFilter::parse(filter);
    QVERIFY(!f.isValid());
    QVERIFY(!f.isEmpty());
    QVERIFY2(f.error().message.contains(message), qPrintable(f.error().message));
    QCOMPARE(f.error().offset, offset);
    // An invalid filter matches nothing.
    QVERIFY(!f.matches(*records().at(QStringLiteral("ok"))));
}

void tst_TrafficFilter::everyPrefixParsesOrFailsWithinText()
{
    // Typing a filter character by character: every prefix either parses or names a position inside it.
    const QStringList filters = {
        QStringLiteral(R"(status>=500 and path~"/pets" and step=authorizer)"),
        QStringLiteral(R"(not (cors=blocked or header.origin~"x\"y") latency>1.5s)"),
        QStringLiteral(R"(path~/^\/pets\/\d+$/ or size>=10kb)"),
    };
    for (const QString &full : filters) {
        for (qsizetype i = 0; i <= full.size(); ++i) {
            const QString prefix = full.left(i);
            const TrafficFilter f = TrafficFilter::parse(prefix);
            if (!f.isValid()) {
                QVERIFY2(f.error().offset >= 0 && f.error().offset <= prefix.size(), qPrintable(prefix));
                QVERIFY2(!f.error().message.isEmpty(), qPrintable(prefix));
            }
        }
        QVERIFY2(TrafficFilter::parse(full).isValid(), qPrintable(full));
    }
}

void tst_TrafficFilter::completion_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("cursor"); // -1: the end
    QTest::addColumn<int>("from");
    QTest::addColumn<QStringList>("first"); // the first candidates, in order
    QTest::addColumn<QStringList>("absent");

    auto row = [](const char *name, const char *text, int cursor, int from, const QStringList &first,
                  const QStringList &absent = {}) {
        QTest::addRow("%s", name) << QString::fromUtf8(text) << cursor << from << first << absent;
    };
    row("nothing typed: fields", "", -1, 0, {"status", "method", "path", "api"}, {"and"});
    row("field prefix", "sta", -1, 0, {"status", "stage"}, {"path"});
    row("field prefix ignores case", "ME", -1, 0, {"method"});
    row("whole field: operators", "status", -1, 0, {"status=", "status!=", "status>", "status>=", "status<", "status<="});
    row("text field operators", "path", -1, 0, {"path=", "path!=", "path~", "path!~"}, {"path>"});
    row("operators after a space", "cors ", -1, 5, {"=", "!="}, {"~"});
    row("status values", "status>=", -1, 8, {"2xx", "3xx", "4xx", "5xx", "200"});
    row("status values by prefix", "status>=5", -1, 8, {"5xx", "500", "502", "503", "504"}, {"2xx"});
    row("cors values", "cors=", -1, 5, {"allowed", "blocked", "preflight", "none"});
    row("cors value prefix", "not cors=b", -1, 9, {"blocked"}, {"allowed"});
    row("method values", "method=p", -1, 7, {"POST", "PUT", "PATCH"}, {"GET"});
    row("step values", "step=a", -1, 5, {"authorizer"});
    row("duration values", "latency>", -1, 8, {"1ms", "10ms", "100ms", "1s"});
    row("after a condition", "status=500 ", -1, 11, {"and", "or", "not"}, {"status"});
    row("after a condition, typing", "status=500 a", -1, 11, {"and", "api"});
    row("after and", "status=500 and ", -1, 15, {"status", "method"}, {"and", "or"});
    row("after not", "not ", -1, 4, {"status"});
    row("after (", "(", -1, 1, {"status"});
    row("header names", "header.or", -1, 0, {"header.origin"});
    row("whole header: operators", "header.origin", -1, 0, {"header.origin=", "header.origin!=", "header.origin~"});
    row("cursor mid-text", "status=5 and method=G", 8, 7, {"5xx", "500"}, {"GET"});
    row("inside quotes: nothing", "path~\"/pe", -1, 9, {});
    row("after a value word", "path~/pets ", -1, 11, {"and", "or"});
}

void tst_TrafficFilter::completion()
{
    QFETCH(QString, text);
    QFETCH(int, cursor);
    QFETCH(int, from);
    QFETCH(QStringList, first);
    QFETCH(QStringList, absent);
    const int at = cursor < 0 ? int(text.size()) : cursor;
    const FilterCompletion c = completeFilter(text, at);
    QCOMPARE(c.from, from);
    QCOMPARE(c.prefix, text.mid(from, at - from));
    QVERIFY2(c.candidates.mid(0, first.size()) == first, qPrintable(c.candidates.join(u' ')));
    if (first.isEmpty())
        QVERIFY2(c.candidates.isEmpty(), qPrintable(c.candidates.join(u' ')));
    for (const QString &a : absent)
        QVERIFY2(!c.candidates.contains(a), qPrintable(a + u':' + c.candidates.join(u' ')));
    for (const QString &candidate : c.candidates)
        QVERIFY2(candidate.startsWith(c.prefix, Qt::CaseInsensitive), qPrintable(candidate));
}

QTEST_GUILESS_MAIN(tst_TrafficFilter)
#include "tst_trafficfilter.moc"
