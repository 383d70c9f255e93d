// SPDX-License-Identifier: GPL-3.0-or-later
// The mapping template playground (live preview with the gateway's VTL engine, errors at their line, a captured
// request as input), the VTL colouring, and the inspector's Mapping tab.
#include "inspectorpanel.h"
#include "templateplayground.h"
#include "testsupport.h"
#include "vtllexer.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

#include <Qsci/qsciscintilla.h>

using namespace gw;
using namespace gw::ui;

class tst_Playground : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rendersWithBodyParametersAndContext();
    void errorsPointAtTheirLine();
    void capturedRequestIsTheInput();
    void lexerStyles_data();
    void lexerStyles();
    void mappingTab();

private:
    QTemporaryDir m_settingsDir;
};

void tst_Playground::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    gw::test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_playground"));
}

void tst_Playground::rendersWithBodyParametersAndContext()
{
    TemplatePlayground p;
    p.show();
    QSignalSpy rendered(&p, &TemplatePlayground::rendered);
    QVERIFY(rendered.wait(5000)); // the example renders on its own after the pause
    QVERIFY2(p.outputText().contains(QLatin1String(R"("name": "Rex \"the dog\"")")), qPrintable(p.outputText()));
    QVERIFY(p.statusText().startsWith(QLatin1String("Rendered in")));

    p.templateEditor()->setText(QStringLiteral(
        "#set($b = $input.path('$'))$b.name|$input.params('q')|$input.params('X-Id')|$context.requestId|"
        "$context.identity.sourceIp|$stageVariables.env#set($context.responseOverride.status = 418)"));
    p.bodyEdit()->setPlainText(QStringLiteral("{\"name\": \"Rex\"}"));
    p.parametersEdit()->setPlainText(QStringLiteral("querystring q: cats\nheader X-Id: 7"));
    p.stageVariablesEdit()->setPlainText(QStringLiteral("env=prod"));
    rendered.clear();
    p.renderNow();
    QVERIFY(rendered.wait(5000));
    QCOMPARE(p.outputText(), QStringLiteral("Rex|cats|7|00000000-0000-0000-0000-000000000000||prod"));
    QVERIFY2(p.statusText().contains(QLatin1String("$context.responseOverride.status = 418")), qPrintable(p.statusText()));

    // A malformed parameter line is named, and the rest still renders.
    p.parametersEdit()->setPlainText(QStringLiteral("querystring q: dogs\nnonsense"));
    rendered.clear();
    p.renderNow();
    QVERIFY(rendered.wait(5000));
    QVERIFY(p.outputText().startsWith(QLatin1String("Rex|dogs|")));
    QVERIFY2(p.statusText().contains(QLatin1String("parameters, line 2")), qPrintable(p.statusText()));
}

void tst_Playground::errorsPointAtTheirLine()
{
    TemplatePlayground p;
    QSignalSpy rendered(&p, &TemplatePlayground::rendered);
    p.templateEditor()->setText(QStringLiteral("{\n  \"a\": 1,\n  #if($x\n}"));
    p.renderNow();
    QVERIFY(rendered.wait(5000));
    // The #if on line 3 is still open when line 4's '}' comes: the parser stops there.
    QVERIFY2(p.statusText().contains(QLatin1String("line 4, column 1")), qPrintable(p.statusText()));
    QVERIFY(p.statusText().contains(QLatin1String("500 Internal server error")));
    QVERIFY(p.templateEditor()->markersAtLine(3) != 0);
    QCOMPARE(p.templateEditor()->markersAtLine(0), 0u);

    // Fixed: the marker goes away.
    p.templateEditor()->setText(QStringLiteral("{\"a\": 1}"));
    rendered.clear();
    p.renderNow();
    QVERIFY(rendered.wait(5000));
    QCOMPARE(p.templateEditor()->markersAtLine(3), 0u);
    QCOMPARE(p.outputText(), QStringLiteral("{\"a\": 1}"));
}

void tst_Playground::capturedRequestIsTheInput()
{
    ExchangeRecord r;
    r.requestId = QStringLiteral("req-9");
    r.method = QStringLiteral("POST");
    r.path = QStringLiteral("/prod/pets");
    r.route = QStringLiteral("/pets");
    r.stage = QStringLiteral("prod");
    r.sourceIp = QStringLiteral("10.1.2.3");
    r.query = QStringLiteral("kind=cat&limit=2");
    r.requestHeaders.append("Content-Type", "application/json");
    r.requestHeaders.append("X-Trace", "t-1");
    r.requestBody = "{\"pet\": {\"name\": \"Tom\"}}";
    TemplatePlayground p;
    QSignalSpy rendered(&p, &TemplatePlayground::rendered);
    p.templateEditor()->setText(QStringLiteral(
        "$input.json('$.pet')|$input.params('kind')|$input.params().header.get('X-Trace')|$context.httpMethod "
        "$context.resourcePath $context.identity.sourceIp $context.requestId"));
    // The button asks its owner for the selected request.
    QSignalSpy wanted(&p, &TemplatePlayground::selectedRequestWanted);
    const auto buttons = p.findChildren<QPushButton *>();
    const auto use = std::find_if(buttons.begin(), buttons.end(),
                                  [](QPushButton *b) { return b->text() == QLatin1String("Use Selected Request"); });
    QVERIFY(use != buttons.end());
    (*use)->click();
    QCOMPARE(wanted.count(), 1);
    rendered.clear();
    p.useRecord(r);
    QTRY_VERIFY_WITH_TIMEOUT(p.outputText().contains(QLatin1String("req-9")), 5000);
    QCOMPARE(p.outputText(), QStringLiteral("{\"name\":\"Tom\"}|cat|t-1|POST /pets 10.1.2.3 req-9"));
}

void tst_Playground::lexerStyles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected"); // one letter per byte: . text, c comment, d directive, r reference, s string, n number
    QTest::addRow("comment") << QByteArray("a ## b\nc") << QStringLiteral("..cccc..");
    QTest::addRow("block comment") << QByteArray("#* x *#y") << QStringLiteral("ccccccc.");
    QTest::addRow("directive and reference") << QByteArray("#set($a = 1)") << QStringLiteral("dddd.rr...n.");
    QTest::addRow("braced and quiet") << QByteArray("$!{x.y} #{end}") << QStringLiteral("rrrrrrr.dddddd");
    QTest::addRow("method call with string") << QByteArray("$input.json('$')") << QStringLiteral("rrrrrrrrrrr.sss.");
    QTest::addRow("escaped quote") << QByteArray("\"a\\\"b\" x") << QStringLiteral("ssssss..");
    QTest::addRow("dollar alone") << QByteArray("$ 5") << QStringLiteral("..n");
}

void tst_Playground::lexerStyles()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const QList<VtlLexer::Style> styles = VtlLexer::styles(text);
    QString got;
    for (VtlLexer::Style s : styles)
        got += QLatin1Char(".cdrsn"[int(s)]);
    QCOMPARE(got, expected);
}

void tst_Playground::mappingTab()
{
    auto r = std::make_shared<ExchangeRecord>();
    r->method = QStringLiteral("POST");
    r->path = QStringLiteral("/prod/pets");
    r->status = 400;
    InspectorPanel panel;
    panel.setRecord(r);
    QVERIFY(!panel.isMappingTabVisible());

    auto v = std::make_shared<ValidationTrace>();
    v->validator = QStringLiteral("all");
    v->validateBody = true;
    v->validateParameters = true;
    v->contentType = QStringLiteral("application/json");
    v->model = QStringLiteral("Pet");
    v->bodyOutcome = QStringLiteral("invalid");
    v->failedRule = QStringLiteral("body");
    v->violations.push_back({QStringLiteral("/kind"), QStringLiteral("enum"), QStringLiteral("instance value (\"bird\") not found in enum")});
    v->errorString = QStringLiteral("[instance value (\"bird\") not found in enum]");
    auto m = std::make_shared<MappingTrace>();
    TemplateRender t;
    t.phase = QStringLiteral("request");
    t.contentType = QStringLiteral("application/json");
    t.selection = QStringLiteral("Content-Type application/json");
    t.output = QStringLiteral("{\"kind\":\"bird\"}");
    m->templates.push_back(t);
    m->requestParameters = {QStringLiteral("integration.request.header.x-id = method.request.querystring.id → 7")};
    m->selectorKind = QStringLiteral("status code");
    m->selector = QStringLiteral("404");
    m->matchedPattern = QStringLiteral("4\\d{2}");
    m->matchedStatus = QStringLiteral("400");
    m->matchReason = QStringLiteral("4\\d{2} matches 404 in full");
    auto c = std::make_shared<CacheTrace>();
    c->key = QStringLiteral("GET /pets q=1");
    c->ttlSeconds = 300;
    c->hit = true;
    c->ageMs = 1500;
    c->outcome = QStringLiteral("hit");
    r->validation = v;
    r->mapping = m;
    r->cache = c;
    auto again = std::make_shared<ExchangeRecord>(*r);
    panel.setRecord(again);
    QVERIFY(panel.isMappingTabVisible());
    QCOMPARE(panel.tabs()->tabText(InspectorPanel::MappingTab), QStringLiteral("Mapping"));
    const QString text = panel.mappingText();
    for (const char *expected : {"Request validation: failed (body)", "Pet (for application/json)", "/kind", "enum",
                                 "not found in enum", "integration.request.header.x-id = method.request.querystring.id → 7",
                                 "request template application/json", "Content-Type application/json", "{\"kind\":\"bird\"}",
                                 "status code 404", "4\\d{2} matches 404 in full", "Cache: hit (the integration was not called)",
                                 "GET /pets q=1", "300 s", "1.50 s"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), qPrintable(expected + QStringLiteral(" in ") + text));
}

QTEST_MAIN(tst_Playground)
#include "tst_playground.moc"
