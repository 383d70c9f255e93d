// SPDX-License-Identifier: GPL-3.0-or-later
// The inspector's Function and Authorizer tabs: what Lambda functions received, returned and logged for one request,
// and what its Lambda authorizer decided, from records built by hand; then once end to end through the example's
// Node.js function.
#include "bodyview.h"
#include "functionview.h"
#include "gatewaycontroller.h"
#include "inspectorpanel.h"
#include "lambdalogview.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "trafficmodel.h"
#include "trafficpanel.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace gw;
using namespace gw::ui;

namespace {

using Kind = LambdaLogView::LineKind;

std::shared_ptr<ExchangeRecord> baseRecord(quint64 sequence, int status = 200)
{
    auto r = std::make_shared<ExchangeRecord>();
    r->sequence = sequence;
    r->requestId = QStringLiteral("req-%1").arg(sequence);
    r->startEpochMs = 1'700'000'000'000;
    r->totalUs = 41'000;
    r->apiId = QStringLiteral("storefront");
    r->protocol = QStringLiteral("http");
    r->stage = QStringLiteral("$default");
    r->method = QStringLiteral("POST");
    r->path = QStringLiteral("/orders");
    r->status = status;
    return r;
}

const QString coldRequestId = QStringLiteral("6f1c2a0e-0b7d-4c55-9a59-1f0e3c9d2b11");

std::shared_ptr<LambdaTrace> coldSuccess()
{
    auto t = std::make_shared<LambdaTrace>();
    t->function = QStringLiteral("orders");
    t->purpose = QStringLiteral("integration");
    t->requestId = coldRequestId;
    t->event = QByteArrayLiteral(R"({"version":"2.0","routeKey":"POST /orders","body":"{\"type\":\"cat\"}"})");
    t->output = QByteArrayLiteral(R"({"type":"cat","quantity":2,"total":249.98})");
    t->log = {QStringLiteral("START RequestId: %1 Version: $LATEST").arg(coldRequestId),
              QStringLiteral("2026-11-25T09:00:00.120Z\t%1\tINFO\torder %1: 2 x cat").arg(coldRequestId),
              QStringLiteral("END RequestId: %1").arg(coldRequestId),
              QStringLiteral("REPORT RequestId: %1\tDuration: 37.25 ms\tBilled Duration: 38 ms\tMemory Size: 256 MB\t"
                             "Max Memory Used: 71 MB\tInit Duration: 182.40 ms")
                  .arg(coldRequestId)};
    t->status = QStringLiteral("success");
    t->coldStart = true;
    t->initUs = 182'400;
    t->durationUs = 37'250;
    t->billedMs = 38;
    t->memorySizeMb = 256;
    t->maxMemoryUsedMb = 71;
    return t;
}

std::shared_ptr<LambdaTrace> functionError()
{
    auto t = std::make_shared<LambdaTrace>();
    t->function = QStringLiteral("orders");
    t->purpose = QStringLiteral("integration");
    t->requestId = QStringLiteral("0a0b");
    t->event = QByteArrayLiteral(R"({"body":"{\"quantity\":-1}"})");
    t->output = QByteArrayLiteral(R"({"errorType":"ValidationError","errorMessage":"quantity must be positive"})");
    t->log = {QStringLiteral("START RequestId: 0a0b Version: $LATEST"),
              QStringLiteral("2026-11-25T09:00:01.000Z\t0a0b\tINFO\tvalidating"),
              QStringLiteral("2026-11-25T09:00:01.002Z\t0a0b\tERROR\tInvoke Error \t{\"errorType\":\"ValidationError\"}\n"
                             "    at handler (index.mjs:9:15)"),
              QStringLiteral("END RequestId: 0a0b"),
              QStringLiteral("REPORT RequestId: 0a0b\tDuration: 2.10 ms\tBilled Duration: 3 ms\tMemory Size: 128 MB\t"
                             "Max Memory Used: 64 MB")};
    t->status = QStringLiteral("function error");
    t->errorType = QStringLiteral("ValidationError");
    t->errorMessage = QStringLiteral("quantity must be positive");
    t->durationUs = 2'100;
    t->billedMs = 3;
    t->memorySizeMb = 128;
    t->maxMemoryUsedMb = 64;
    return t;
}

std::shared_ptr<AuthorizerTrace> denyFromCache()
{
    auto a = std::make_shared<AuthorizerTrace>();
    a->name = QStringLiteral("tokenAuth");
    a->type = QStringLiteral("TOKEN");
    a->function = QStringLiteral("authorize");
    a->identity = QStringLiteral("Bearer deny-me");
    a->arn = QStringLiteral("arn:aws:execute-api:us-east-1:123456789012:petstore/prod/DELETE/pets/7");
    a->cacheHit = true;
    a->cachedAgeMs = 12'000;
    a->principalId = QStringLiteral("user-7");
    a->context = QJsonObject{{QStringLiteral("tenant"), QStringLiteral("acme")},
                             {QStringLiteral("tier"), 2},
                             {QStringLiteral("admin"), false}};
    a->policy = QByteArrayLiteral(R"({"principalId":"user-7","policyDocument":{"Version":"2012-10-17","Statement":[)"
                                  R"({"Action":"execute-api:Invoke","Effect":"Deny","Resource":"*"}]}})");
    a->decision = QStringLiteral("deny");
    a->reason = QStringLiteral("Statement 1 denies execute-api:Invoke on every resource.");
    a->status = 403;
    a->latencyUs = 45;
    a->integrationLatencyUs = -1;
    return a;
}

/// Returns the panel's Function view after showing `record` in it.
FunctionView *show(InspectorPanel &panel, const ExchangeRecordPtr &record)
{
    panel.setRecord(record);
    return panel.functionView();
}

/// POSTs `body` to `url` without any proxy from the environment; returns the status (0 on a network error).
int httpPost(QNetworkAccessManager &nam, const QString &url, const QByteArray &body)
{
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.post(request, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(30'000))
        return -1;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

} // namespace

class tst_FunctionInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void noLambda_hidesTabs();
    void coldStart_showsHeaderBodiesAndLog();
    void waitForABusyInstance_isSaid();
    void functionError_showsErrorAndHighlightsLog();
    void authorizerDenyFromCache();
    void identityTab_jwtIamAndResourcePolicy();
    void authorizerAllow_withTwoInvocations();
    void logLineKinds_data();
    void logLineKinds();
    void sameRecord_isNotRenderedAgain();
    void pickedTab_comesBack();
    void largeEvent_benchmark();

    void realFunction_endToEnd();

private:
    QTemporaryDir m_settingsDir;
};

void tst_FunctionInspector::initTestCase()
{
    Q_INIT_RESOURCE(resources);
    QVERIFY(m_settingsDir.isValid());
    gw::test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_functioninspector"));
}

void tst_FunctionInspector::noLambda_hidesTabs()
{
    InspectorPanel panel;
    QVERIFY(!panel.isFunctionTabVisible());
    QVERIFY(!panel.isIdentityTabVisible());

    auto r = baseRecord(1);
    r->method = QStringLiteral("GET");
    r->path = QStringLiteral("/pets");
    panel.setRecord(r);
    QVERIFY(!panel.isFunctionTabVisible());
    QVERIFY(!panel.isIdentityTabVisible());
    QVERIFY(panel.identityText().isEmpty());
    QVERIFY(panel.tabs()->isTabVisible(InspectorPanel::RequestTab));

    // After a record with both, one without hides them again and empties them.
    auto both = baseRecord(2);
    both->lambda.push_back(coldSuccess());
    both->authorizer = denyFromCache();
    panel.setRecord(both);
    QVERIFY(panel.isFunctionTabVisible());
    QVERIFY(panel.isIdentityTabVisible());
    panel.setRecord(r);
    QVERIFY(!panel.isFunctionTabVisible());
    QVERIFY(!panel.isIdentityTabVisible());
    QVERIFY(panel.functionView()->traces().empty());
    QVERIFY(panel.functionView()->logText().isEmpty());
    QVERIFY(panel.functionView()->eventText().isEmpty());

    panel.setRecord(nullptr);
    QVERIFY(!panel.isFunctionTabVisible());
    QVERIFY(!panel.isIdentityTabVisible());
}

void tst_FunctionInspector::coldStart_showsHeaderBodiesAndLog()
{
    InspectorPanel panel;
    panel.resize(520, 700);
    panel.show();
    auto r = baseRecord(1);
    r->lambda.push_back(coldSuccess());
    FunctionView *f = show(panel, r);
    QVERIFY(panel.isFunctionTabVisible());
    QVERIFY(!panel.isIdentityTabVisible());
    QCOMPARE(panel.tabs()->tabText(InspectorPanel::FunctionTab), QStringLiteral("Function"));

    // One invocation: no list, the header says it all.
    QVERIFY(f->invocationList()->isHidden());
    QCOMPARE(f->currentInvocation(), 0);
    const QString header = f->headerText();
    for (const char *expected : {"orders", "integration", "success", "Cold start", "init 182 ms", "duration 37.3 ms",
                                 "billed 38 ms", "memory 256 MB", "max used 71 MB"})
        QVERIFY2(header.contains(QLatin1String(expected)), qPrintable(expected + QStringLiteral(" in ") + header));
    QVERIFY2(!header.contains(QLatin1String("Warm")), qPrintable(header));
    QVERIFY(f->errorText().isEmpty());
    QVERIFY(!f->statusIcon()->pixmap().isNull());

    // The event and output pretty-printed, member order kept; the log one entry a line.
    QCOMPARE(f->eventText(), QStringLiteral("{\n"
                                            "    \"version\": \"2.0\",\n"
                                            "    \"routeKey\": \"POST /orders\",\n"
                                            "    \"body\": \"{\\\"type\\\":\\\"cat\\\"}\"\n"
                                            "}"));
    QVERIFY2(f->outputText().contains(QLatin1String("\"total\": 249.98")), qPrintable(f->outputText()));
    QCOMPARE(f->logText(), r->lambda[0]->log.join(QLatin1Char('\n')));
    LambdaLogView *log = f->logView();
    QVERIFY(log->isReadOnly());
    QCOMPARE(log->lines(), 4);
    QCOMPARE(log->lineKind(0), Kind::Platform);
    QCOMPARE(log->lineKind(1), Kind::Output);
    QCOMPARE(log->lineKind(2), Kind::Platform);
    QCOMPARE(log->lineKind(3), Kind::Platform);
    // Dimmed means drawn in another colour, not just a different style number.
    QVERIFY(log->lineColor(0) != log->lineColor(1));
    QCOMPARE(log->lineColor(1), panel.palette().color(QPalette::Text));
    QCOMPARE(log->lineColor(0), log->lineColor(3));
    QCOMPARE(f->views()->count(), 2);
    QVERIFY(!panel.grab().isNull());
}

void tst_FunctionInspector::waitForABusyInstance_isSaid()
{
    // Gatehouse's warm wait is local scheduling AWS does not have: the header says how long the invocation waited.
    InspectorPanel panel;
    auto r = baseRecord(1, 502);
    auto t = functionError();
    t->queuedUs = 3'200;
    r->lambda.push_back(t);
    const QString header = show(panel, r)->headerText();
    QVERIFY2(header.contains(QLatin1String("waited 3.20 ms for a busy instance (AWS would start another")), qPrintable(header));
}

void tst_FunctionInspector::functionError_showsErrorAndHighlightsLog()
{
    InspectorPanel panel;
    auto r = baseRecord(1, 502);
    r->lambda.push_back(functionError());
    FunctionView *f = show(panel, r);
    QVERIFY(panel.isFunctionTabVisible());

    const QString header = f->headerText();
    QVERIFY2(header.contains(QLatin1String("Warm")), qPrintable(header));
    QVERIFY2(!header.contains(QLatin1String("Cold start")), qPrintable(header));
    QVERIFY2(!header.contains(QLatin1String("init ")), qPrintable(header));
    QVERIFY2(!header.contains(QLatin1String("waited")), qPrintable(header));
    QVERIFY2(header.contains(QLatin1String("function error")), qPrintable(header));
    QVERIFY2(header.contains(QLatin1String("duration 2.10 ms")), qPrintable(header));
    QVERIFY2(header.contains(QLatin1String("billed 3 ms")), qPrintable(header));

    // The error stands out above the views, with its type and message.
    const QString error = f->errorText();
    QVERIFY2(error.contains(QLatin1String("function error")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("ValidationError: quantity must be positive")), qPrintable(error));
    QVERIFY2(f->outputText().contains(QLatin1String("\"errorType\": \"ValidationError\"")), qPrintable(f->outputText()));

    // The ERROR record takes two lines (its stack trace); both are highlighted, the rest keep their kinds.
    LambdaLogView *log = f->logView();
    QCOMPARE(log->lines(), 6);
    QCOMPARE(log->lineKind(0), Kind::Platform);
    QCOMPARE(log->lineKind(1), Kind::Output);
    QCOMPARE(log->lineKind(2), Kind::Error);
    QCOMPARE(log->lineKind(3), Kind::Error);
    QCOMPARE(log->lineKind(4), Kind::Platform);
    QCOMPARE(log->lineKind(5), Kind::Platform);
    QVERIFY(log->lineColor(2) != log->lineColor(1));
    QVERIFY(log->lineColor(2) != log->lineColor(0));

    // A success after it hides the error line again.
    auto ok = baseRecord(2);
    ok->lambda.push_back(coldSuccess());
    show(panel, ok);
    QVERIFY(f->errorText().isEmpty());
}

void tst_FunctionInspector::authorizerDenyFromCache()
{
    InspectorPanel panel;
    panel.resize(520, 700);
    panel.show();
    auto r = baseRecord(1, 403);
    r->method = QStringLiteral("DELETE");
    r->path = QStringLiteral("/pets/7");
    r->authorizer = denyFromCache(); // answered from the cache: no function ran
    panel.setRecord(r);
    QVERIFY(panel.isIdentityTabVisible());
    QVERIFY(!panel.isFunctionTabVisible());
    QCOMPARE(panel.tabs()->tabText(InspectorPanel::IdentityTab), QStringLiteral("Identity"));

    const QString text = panel.identityText();
    for (const char *expected : {"Denied", "403 Forbidden", "Statement 1 denies execute-api:Invoke on every resource.",
                                 "tokenAuth (TOKEN)", "authorize", "Bearer deny-me",
                                 "arn:aws:execute-api:us-east-1:123456789012:petstore/prod/DELETE/pets/7",
                                 "hit: decided 12.00 s ago", "user-7", "45 µs", "answered from the cache"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), qPrintable(expected + QStringLiteral(" in ") + text));
    QVERIFY2(!text.contains(QLatin1String("Allowed")), qPrintable(text));

    // The context is a key/value table, one row a key; the policy is pretty-printed.
    QVERIFY2(text.contains(QLatin1String("Key\nValue\n")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("tenant\nacme\n")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("tier\n2\n")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("admin\nfalse\n")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\"Effect\": \"Deny\"")), qPrintable(text));
    QVERIFY(!panel.grab().isNull());
}

void tst_FunctionInspector::authorizerAllow_withTwoInvocations()
{
    InspectorPanel panel;
    auto r = baseRecord(1);
    auto authorizerCall = coldSuccess();
    authorizerCall->function = QStringLiteral("authorize");
    authorizerCall->purpose = QStringLiteral("authorizer");
    authorizerCall->event = QByteArrayLiteral(R"({"type":"TOKEN","authorizationToken":"Bearer ok"})");
    auto integration = coldSuccess();
    integration->coldStart = false;
    integration->initUs = 0;
    integration->durationUs = 850;
    r->lambda = {authorizerCall, integration};
    auto a = denyFromCache();
    a->decision = QStringLiteral("allow");
    a->status = 200;
    a->reason = QStringLiteral("Statement 1 allows execute-api:Invoke.");
    a->cacheHit = false;
    a->integrationLatencyUs = 190'000;
    a->latencyUs = 191'000;
    a->context = {};
    a->policy.clear();
    r->authorizer = a;
    FunctionView *f = show(panel, r);
    QVERIFY(panel.isIdentityTabVisible());
    QVERIFY(panel.isFunctionTabVisible());

    const QString text = panel.identityText();
    for (const char *expected : {"Allowed", "200 OK", "miss: the function was called", "190 ms", "191 ms",
                                 "returned no context", "returned no policy"})
        QVERIFY2(text.contains(QLatin1String(expected)), qPrintable(expected + QStringLiteral(" in ") + text));
    QVERIFY2(!text.contains(QLatin1String("Denied")), qPrintable(text));

    // Two invocations: a list with both, the last (the integration) selected as both succeeded.
    QTreeWidget *list = f->invocationList();
    QVERIFY(!list->isHidden());
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("authorize"));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("authorizer"));
    QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("integration"));
    QCOMPARE(list->topLevelItem(1)->text(3), QStringLiteral("850 µs"));
    QCOMPARE(f->currentInvocation(), 1);
    QVERIFY2(f->headerText().contains(QLatin1String("Warm")), qPrintable(f->headerText()));

    // Picking the authorizer's row shows its invocation.
    list->setCurrentItem(list->topLevelItem(0));
    QCOMPARE(f->currentInvocation(), 0);
    QVERIFY2(f->headerText().contains(QLatin1String("authorizer")), qPrintable(f->headerText()));
    QVERIFY2(f->headerText().contains(QLatin1String("Cold start")), qPrintable(f->headerText()));
    QVERIFY2(f->eventText().contains(QLatin1String("\"authorizationToken\": \"Bearer ok\"")), qPrintable(f->eventText()));

    // When one failed, it is the one selected.
    auto failing = baseRecord(2, 500);
    failing->lambda = {functionError(), coldSuccess()};
    show(panel, failing);
    QCOMPARE(f->currentInvocation(), 0);
    QVERIFY(!f->errorText().isEmpty());
}

void tst_FunctionInspector::logLineKinds_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<Kind>("kind");
    QTest::addRow("START") << QStringLiteral("START RequestId: 1 Version: $LATEST") << Kind::Platform;
    QTest::addRow("END") << QStringLiteral("END RequestId: 1") << Kind::Platform;
    QTest::addRow("REPORT") << QStringLiteral("REPORT RequestId: 1\tDuration: 1.00 ms") << Kind::Platform;
    QTest::addRow("INIT_REPORT")
        << QStringLiteral("INIT_REPORT Init Duration: 12.00 ms\tPhase: init\tStatus: error") << Kind::Platform;
    QTest::addRow("node INFO") << QStringLiteral("2026-01-01T00:00:00.000Z\t1\tINFO\thello") << Kind::Output;
    QTest::addRow("node ERROR") << QStringLiteral("2026-01-01T00:00:00.000Z\t1\tERROR\tInvoke Error") << Kind::Error;
    QTest::addRow("node FATAL") << QStringLiteral("2026-01-01T00:00:00.000Z\t1\tFATAL\tboom") << Kind::Error;
    QTest::addRow("python ERROR") << QStringLiteral("[ERROR]\t2026-01-01T00:00:00.000Z\t1\tboom") << Kind::Error;
    QTest::addRow("python INFO") << QStringLiteral("[INFO]\t2026-01-01T00:00:00.000Z\t1\tErrors: 0") << Kind::Output;
    QTest::addRow("JSON ERROR") << QStringLiteral(R"({"timestamp":"t","level":"ERROR","message":"x"})") << Kind::Error;
    QTest::addRow("JSON ERROR, Python spacing")
        << QStringLiteral(R"({"timestamp": "t", "level": "ERROR", "message": "x"})") << Kind::Error;
    QTest::addRow("JSON INFO about an error")
        << QStringLiteral(R"({"level":"INFO","message":"ERROR count 0"})") << Kind::Output;
    QTest::addRow("timeout") << QStringLiteral("2026-01-01T00:00:03.000Z 1 Task timed out after 3.00 seconds")
                             << Kind::Error;
    QTest::addRow("crash") << QStringLiteral("RequestId: 1 Error: Runtime exited with error: exit status 1\n"
                                             "Runtime.ExitError")
                           << Kind::Error;
    QTest::addRow("plain print") << QStringLiteral("order 1: 2 x cat") << Kind::Output;
    QTest::addRow("print mentioning ERROR") << QStringLiteral("no ERROR here") << Kind::Output;
    QTest::addRow("empty") << QString() << Kind::Output;
}

void tst_FunctionInspector::logLineKinds()
{
    QFETCH(QString, entry);
    QFETCH(Kind, kind);
    QCOMPARE(LambdaLogView::classify(entry), kind);
    // And as shown: every line of the entry, between two output lines that keep their style.
    LambdaLogView view;
    view.setLog({QStringLiteral("before"), entry, QStringLiteral("after")});
    const int lines = int(entry.count(QLatin1Char('\n'))) + 1;
    QCOMPARE(view.lines(), lines + 2);
    QCOMPARE(view.lineKind(0), Kind::Output);
    for (int i = 1; i <= lines; ++i) {
        if (!entry.isEmpty())
            QCOMPARE(view.lineKind(i), kind);
    }
    QCOMPARE(view.lineKind(lines + 1), Kind::Output);
}

void tst_FunctionInspector::sameRecord_isNotRenderedAgain()
{
    InspectorPanel panel;
    panel.resize(520, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    QByteArray big = "{\"items\":[";
    for (int i = 0; i < 2000; ++i)
        big += (i ? "," : "") + QByteArray("{\"id\":") + QByteArray::number(i) + "}";
    big += "]}";
    auto r = baseRecord(1);
    r->requestHeaders.append(QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json"));
    r->requestBody = big;
    r->requestBodySize = big.size();
    auto t = coldSuccess();
    t->event = big;
    r->lambda.push_back(t);
    FunctionView *f = show(panel, r);

    // Where the reader was: far down the request body, and far down the event.
    auto editorIn = [](QWidget *w) { return w->findChild<QsciScintilla *>(); };
    panel.tabs()->setCurrentIndex(InspectorPanel::RequestTab);
    QCoreApplication::processEvents();
    BodyView *requestBody = nullptr;
    for (BodyView *b : panel.findChildren<BodyView *>()) {
        if (b->accessibleName() == QLatin1String("Request body"))
            requestBody = b;
    }
    QVERIFY(requestBody);
    QsciScintilla *requestEditor = editorIn(requestBody);
    requestEditor->setFirstVisibleLine(500);
    QCOMPARE(requestEditor->firstVisibleLine(), 500);
    panel.tabs()->setCurrentIndex(InspectorPanel::FunctionTab);
    f->views()->setCurrentIndex(FunctionView::EventView);
    QCoreApplication::processEvents();
    QsciScintilla *eventEditor = editorIn(f->views()->currentWidget());
    QVERIFY(eventEditor);
    eventEditor->setFirstVisibleLine(1000);
    QCOMPARE(eventEditor->firstVisibleLine(), 1000);

    // The traffic table announces the same record again: nothing moves.
    panel.setRecord(r);
    QCOMPARE(eventEditor->firstVisibleLine(), 1000);
    QCOMPARE(requestEditor->firstVisibleLine(), 500);
    // A new record object with the same invocations keeps the Function tab as it was.
    auto copy = std::make_shared<ExchangeRecord>(*r);
    panel.setRecord(copy);
    QCOMPARE(eventEditor->firstVisibleLine(), 1000);

    // Another request starts at the top.
    auto other = baseRecord(2);
    auto t2 = coldSuccess();
    t2->event = big;
    other->lambda.push_back(t2);
    panel.setRecord(other);
    QCOMPARE(eventEditor->firstVisibleLine(), 0);
}

void tst_FunctionInspector::pickedTab_comesBack()
{
    InspectorPanel panel;
    auto withLambda = baseRecord(1);
    withLambda->lambda.push_back(coldSuccess());
    auto mock = baseRecord(2);
    auto withAuthorizer = baseRecord(3, 403);
    withAuthorizer->authorizer = denyFromCache();

    panel.setRecord(withLambda);
    panel.tabs()->setCurrentIndex(InspectorPanel::FunctionTab);
    panel.setRecord(mock);
    QVERIFY(!panel.isFunctionTabVisible());
    QVERIFY(panel.tabs()->currentIndex() != InspectorPanel::FunctionTab);
    panel.setRecord(withLambda);
    QCOMPARE(panel.tabs()->currentIndex(), int(InspectorPanel::FunctionTab));

    // A pick made while the Function tab is away replaces it.
    panel.setRecord(withAuthorizer);
    panel.tabs()->setCurrentIndex(InspectorPanel::IdentityTab);
    panel.setRecord(withLambda);
    QVERIFY(panel.tabs()->currentIndex() != InspectorPanel::IdentityTab);
    panel.setRecord(withAuthorizer);
    QCOMPARE(panel.tabs()->currentIndex(), int(InspectorPanel::IdentityTab));
}

void tst_FunctionInspector::largeEvent_benchmark()
{
    // Two requests with a 256 KB event and output each and a long log, shown in turn: the cost of one click in
    // Traffic on a big Lambda request.
    InspectorPanel panel;
    panel.resize(520, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.tabs()->setCurrentIndex(InspectorPanel::FunctionTab);
    auto makeBig = [](quint64 sequence) {
        auto r = baseRecord(sequence);
        auto t = coldSuccess();
        QByteArray json = "{\"records\":[";
        for (int i = 0; json.size() < ExchangeRecord::bodyCaptureLimit - 200; ++i)
            json += (i ? "," : "") + QByteArray(R"({"id":)") + QByteArray::number(i) + R"(,"name":"item )"
                    + QByteArray::number(sequence) + R"(","tags":["a","b"]})";
        json += "]}";
        t->event = json;
        t->output = json;
        QStringList log = {t->log.front()};
        for (int i = 0; i < 5000; ++i)
            log << QStringLiteral("2026-01-01T00:00:00.000Z\tid\t%1\tline %2").arg(i % 50 ? "INFO" : "ERROR").arg(i);
        log << t->log.mid(2);
        t->log = log;
        r->lambda.push_back(t);
        return r;
    };
    const std::array<ExchangeRecordPtr, 2> records = {makeBig(1), makeBig(2)};
    int turn = 0;
    QBENCHMARK {
        panel.setRecord(records[size_t(turn++ % 2)]);
        panel.repaint();
    }
    FunctionView *f = panel.functionView();
    QCOMPARE(f->logView()->lines(), 5003);
    QCOMPARE(f->logView()->lineKind(1), Kind::Error);
    QCOMPARE(f->logView()->lineKind(2), Kind::Output);
    QVERIFY(f->eventText().size() > ExchangeRecord::bodyCaptureLimit); // pretty-printed: longer
    QVERIFY(f->eventText().contains(QStringLiteral("\"name\": \"item %1\"").arg(panel.record()->sequence)));
}

void tst_FunctionInspector::realFunction_endToEnd()
{
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
        QSKIP("node is needed for the example's function (apt-get install nodejs)");
    MainWindow window;
    window.setPreferredPortOverride(0);
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    QSignalSpy failed(&window, &MainWindow::openFailed);
    window.show();
    window.openFile(gw::test::exampleProjectPath());
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() + failed.count() > 0, 15'000);
    QCOMPARE(failed.count(), 0);
    QVERIFY(window.gateway()->isRunning());

    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    const QString url = QStringLiteral("http://127.0.0.1:%1/restapis/storefront/$default/_user_request_/orders")
                            .arg(window.gateway()->port());
    QCOMPARE(httpPost(nam, url, QByteArrayLiteral(R"({"type":"cat","quantity":2})")), 200);
    QCOMPARE(httpPost(nam, url, QByteArrayLiteral(R"({"type":"cat","quantity":3})")), 200);

    TrafficModel *model = window.traffic()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 5'000);
    InspectorPanel *inspector = window.inspector();

    // The first request started the function.
    window.traffic()->view()->selectRow(0);
    QVERIFY(inspector->isFunctionTabVisible());
    QVERIFY(!inspector->isIdentityTabVisible());
    FunctionView *f = inspector->functionView();
    QString header = f->headerText();
    QVERIFY2(header.contains(QLatin1String("orders")) && header.contains(QLatin1String("integration")),
             qPrintable(header));
    QVERIFY2(header.contains(QLatin1String("Cold start")), qPrintable(header));
    QVERIFY2(header.contains(QLatin1String("memory 256 MB")), qPrintable(header));
    QVERIFY2(f->eventText().contains(QLatin1String("\"routeKey\": \"POST /orders\"")), qPrintable(f->eventText()));
    QVERIFY2(f->outputText().contains(QLatin1String("\"total\": 249.98")), qPrintable(f->outputText()));
    const QString log = f->logText();
    QVERIFY2(log.startsWith(QLatin1String("START RequestId: ")), qPrintable(log));
    QVERIFY2(log.contains(QLatin1String("2 x cat")), qPrintable(log));
    QVERIFY2(log.contains(QLatin1String("\nREPORT RequestId: ")), qPrintable(log));
    QCOMPARE(f->logView()->lineKind(0), Kind::Platform);
    QCOMPARE(f->logView()->lineKind(f->logView()->lines() - 1), Kind::Platform);

    // The second found it warm.
    window.traffic()->view()->selectRow(1);
    header = f->headerText();
    QVERIFY2(header.contains(QLatin1String("Warm")), qPrintable(header));
    QVERIFY2(f->logText().contains(QLatin1String("3 x cat")), qPrintable(f->logText()));

    window.close();
    QSettings().clear();
}

void tst_FunctionInspector::identityTab_jwtIamAndResourcePolicy()
{
    InspectorPanel panel;
    panel.resize(520, 700);
    panel.show();

    // A JWT authorizer that refused an expired token: the decoded claims are shown as not trusted, the failed check last.
    auto jwt = baseRecord(1, 401);
    auto a = std::make_shared<AuthorizerTrace>();
    a->name = QStringLiteral("jwtAuth");
    a->type = QStringLiteral("JWT");
    a->decision = QStringLiteral("unauthorized");
    a->status = 401;
    a->identity = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJsb2NhbC11c2VyIn0.c2ln");
    a->tokenHeader = QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("kid"), QStringLiteral("k1")}};
    a->claims = QJsonObject{{QStringLiteral("sub"), QStringLiteral("local-user")}, {QStringLiteral("exp"), 1700000000}};
    a->requiredScopes = {QStringLiteral("read")};
    a->scopes = {QStringLiteral("read"), QStringLiteral("write")};
    a->checks = {QStringLiteral("pass: issuer matches"), QStringLiteral("fail: the token expired at 2023-11-14T22:13:20Z")};
    a->keyId = QStringLiteral("k1");
    a->keySource = QStringLiteral("local identity provider (in process)");
    jwt->authorizer = a;
    panel.setRecord(jwt);
    QVERIFY(panel.isIdentityTabVisible());
    QString text = panel.identityText();
    for (const char *expected : {"jwtAuth (JWT)", "Unauthorized", "401", "local identity provider (in process)",
                                 "read write", "issuer matches", "the token expired at 2023-11-14T22:13:20Z",
                                 "Token header", "RS256", "Claims", "(decoded, not trusted)", "local-user", "1700000000"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), qPrintable(expected + QStringLiteral(" in ") + text));

    // SigV4 refused by a resource policy's explicit deny.
    auto iam = baseRecord(2, 403);
    auto sig = std::make_shared<IamTrace>();
    sig->ok = true;
    sig->accessKey = QStringLiteral("AKIDEXAMPLE");
    sig->credentialSource = QStringLiteral("--credentials");
    sig->region = QStringLiteral("us-east-1");
    sig->service = QStringLiteral("execute-api");
    sig->signedHeaders = QStringLiteral("host;x-amz-date");
    sig->canonicalRequest = QStringLiteral("GET\n/prod/pets\n\nhost:shop\n");
    sig->stringToSign = QStringLiteral("AWS4-HMAC-SHA256\n20261125T000000Z");
    sig->checks = {QStringLiteral("pass: signature matches")};
    iam->iam = sig;
    auto policy = std::make_shared<ResourcePolicyTrace>();
    policy->phase = QStringLiteral("with IAM, same account");
    policy->arn = QStringLiteral("arn:aws:execute-api:us-east-1:123456789012:shop/prod/GET/pets");
    policy->principal = QStringLiteral("arn:aws:iam::123456789012:user/alice");
    policy->sourceIp = QStringLiteral("127.0.0.1");
    policy->decision = QStringLiteral("explicit deny");
    policy->statement = 1;
    policy->statements = {{0, QStringLiteral("Allow"), true, QStringLiteral("principal * matches")},
                          {1, QStringLiteral("Deny"), true, QStringLiteral("aws:SourceIp 127.0.0.1 is in 127.0.0.0/8")}};
    iam->resourcePolicy = policy;
    panel.setRecord(iam);
    text = panel.identityText();
    for (const char *expected : {"Resource policy: refused (explicit deny)", "with IAM, same account", "shop/prod/GET/pets",
                                 "user/alice", "aws:SourceIp 127.0.0.1 is in 127.0.0.0/8", "decides",
                                 "IAM (Signature Version 4): signature valid", "AKIDEXAMPLE", "--credentials",
                                 "us-east-1/execute-api", "host;x-amz-date", "signature matches", "Canonical request",
                                 "String to sign", "AWS4-HMAC-SHA256"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), qPrintable(expected + QStringLiteral(" in ") + text));
    QVERIFY(!panel.grab().isNull());
}

QTEST_MAIN(tst_FunctionInspector)
#include "tst_functioninspector.moc"
