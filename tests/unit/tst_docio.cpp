// SPDX-License-Identifier: GPL-3.0-or-later
#include "doc/docio.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QtTest>

using namespace gw;

class tst_DocIo : public QObject
{
    Q_OBJECT
private slots:
    void jsonValues_data();
    void jsonValues();
    void jsonErrors_data();
    void jsonErrors();
    void yamlScalars_data();
    void yamlScalars();
    void yamlErrors_data();
    void yamlErrors();
    void locations();
    void keyOrderKept();
    void writeYamlQuotesAmbiguousStrings_data();
    void writeYamlQuotesAmbiguousStrings();
    void literalBlocks_data();
    void literalBlocks();
    void aliasBombIsRefused();
    void conformanceDocumentsRoundTrip_data();
    void conformanceDocumentsRoundTrip();
};

void tst_DocIo::jsonValues_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("compact");
    QTest::addRow("object keeps order") << QByteArray(R"({"b":1,"a":2})") << QStringLiteral(R"({"b":1,"a":2})");
    QTest::addRow("number text kept") << QByteArray(R"([1.0, 1e3, -0.5, 0])") << QStringLiteral("[1.0,1e3,-0.5,0]");
    QTest::addRow("escapes") << QByteArray(R"(["a\"b\\c\n\u00e9\ud83d\ude00"])")
                             << QString::fromUtf8("[\"a\\\"b\\\\c\\n\u00e9\xF0\x9F\x98\x80\"]");
    QTest::addRow("literals") << QByteArray("[true,false,null]") << QStringLiteral("[true,false,null]");
    QTest::addRow("nested empty") << QByteArray(R"({"a":{},"b":[]})") << QStringLiteral(R"({"a":{},"b":[]})");
    QTest::addRow("bom") << QByteArray("\xEF\xBB\xBF{\"a\":1}") << QStringLiteral(R"({"a":1})");
}

void tst_DocIo::jsonValues()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, compact);
    const doc::ParseResult r = doc::parseJson(input);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    QCOMPARE(QString::fromUtf8(doc::writeJson(r.root, {2, true})), compact);
}

void tst_DocIo::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("messagePart");
    QTest::addRow("trailing comma") << QByteArray("{\n\"a\": 1,\n}") << 3 << QStringLiteral("quoted member name");
    QTest::addRow("duplicate key") << QByteArray("{\"a\":1,\n\"a\":2}") << 2 << QStringLiteral("duplicate key");
    // A large object checks names in a set rather than by scanning: duplicates of early and late members, on line 3.
    QByteArray many = "{";
    for (int i = 0; i < 40; ++i)
        many += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ",";
    QTest::addRow("duplicate key, large object, first member") << many + "\n\n\"k0\":1}" << 3 << QStringLiteral("duplicate key \"k0\"");
    QTest::addRow("duplicate key, large object, last member") << many + "\n\n\"k39\":1}" << 3 << QStringLiteral("duplicate key \"k39\"");
    QTest::addRow("duplicate key, at the size where the set starts")
        << QByteArray("{\"0\":0,\"1\":1,\"2\":2,\"3\":3,\"4\":4,\"5\":5,\"6\":6,\"7\":7,\"8\":8,\"9\":9,\"a\":10,\"b\":11,"
                      "\"c\":12,\"d\":13,\"e\":14,\"f\":15,\n\"7\":16,\"g\":17}")
        << 2 << QStringLiteral("duplicate key \"7\"");
    QTest::addRow("unterminated") << QByteArray("{\"a\": \"x") << 1 << QStringLiteral("unterminated");
    QTest::addRow("bad escape") << QByteArray("[\"\\q\"]") << 1 << QStringLiteral("invalid escape");
    QTest::addRow("leading zero") << QByteArray("[01]") << 1 << QStringLiteral("',' or ']'");
    QTest::addRow("garbage after") << QByteArray("{}\n{}") << 2 << QStringLiteral("after the end");
    QTest::addRow("raw newline in string") << QByteArray("[\"a\nb\"]") << 1 << QStringLiteral("line break");
}

void tst_DocIo::jsonErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(QString, messagePart);
    const doc::ParseResult r = doc::parseJson(input);
    QVERIFY(!r.ok());
    QCOMPARE(r.error->line, line);
    QVERIFY2(r.error->message.contains(messagePart), qPrintable(r.error->message));
}

void tst_DocIo::yamlScalars_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("json");
    QTest::addRow("core schema") << QByteArray("a: true\nb: null\nc: ~\nd: 12\ne: 1.50\nf: '12'\ng: yes\nh: 0x1F\ni: 0o17\nj:")
                                 << QStringLiteral(R"({"a":true,"b":null,"c":null,"d":12,"e":1.50,"f":"12","g":"yes","h":31,"i":15,"j":null})");
    QTest::addRow("quoted stays string") << QByteArray("a: \"true\"\nb: \"1.0\"") << QStringLiteral(R"({"a":"true","b":"1.0"})");
    QTest::addRow("leading zeros normalised") << QByteArray("a: 007") << QStringLiteral(R"({"a":7})");
    QTest::addRow("versions") << QByteArray("v: 1.0\nw: 3.0.1") << QStringLiteral(R"({"v":1.0,"w":"3.0.1"})");
    QTest::addRow("flow style") << QByteArray("{a: [1, two], b: {c: d}}") << QStringLiteral(R"({"a":[1,"two"],"b":{"c":"d"}})");
    QTest::addRow("block literal") << QByteArray("t: |\n  line1\n  line2\n") << QStringLiteral(R"({"t":"line1\nline2\n"})");
    QTest::addRow("anchors") << QByteArray("a: &x {k: 1}\nb: *x") << QStringLiteral(R"({"a":{"k":1},"b":{"k":1}})");
}

void tst_DocIo::yamlScalars()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, json);
    const doc::ParseResult r = doc::parseYaml(yaml);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    QCOMPARE(QString::fromUtf8(doc::writeJson(r.root, {2, true})), json);
}

void tst_DocIo::yamlErrors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("messagePart");
    QTest::addRow("duplicate key") << QByteArray("a: 1\nb: 2\na: 3\n") << 3 << QStringLiteral("duplicate key");
    QTest::addRow("bad indentation") << QByteArray("a:\n  b: 1\n c: 2\n") << 3 << QString();
    QTest::addRow("two documents") << QByteArray("a: 1\n---\nb: 2\n") << 3 << QStringLiteral("more than one");
    QTest::addRow("unclosed flow") << QByteArray("a: [1, 2\nb: 3\n") << 0 << QString();
    QTest::addRow("two documents, comment between")
        << QByteArray("a: 1\n---\n# the second\n\nb: 2\n") << 5 << QStringLiteral("more than one");
    QTest::addRow("empty second document") << QByteArray("a: 1\n---\n") << 0 << QStringLiteral("more than one");
    // yaml-cpp 0.7's LoadAll never returns on these (found by tests/fuzz/fuzz_document_import).
    QTest::addRow("comma after a flow mapping") << QByteArray("{}, []") << 1 << QStringLiteral("unexpected `,");
    QTest::addRow("comma after JSON") << QByteArray("{\n  \"a\": {\n  }\n},\n  \"b\": [ ]\n") << 4
                                      << QStringLiteral("after the end of the document");
    QTest::addRow("comma after a flow sequence") << QByteArray("[1] , 2") << 1 << QStringLiteral("unexpected");
}

void tst_DocIo::yamlErrors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(QString, messagePart);
    const doc::ParseResult r = doc::parseYaml(yaml);
    QVERIFY(!r.ok());
    if (line > 0)
        QCOMPARE(r.error->line, line);
    QVERIFY(!r.error->message.isEmpty());
    if (!messagePart.isEmpty())
        QVERIFY2(r.error->message.contains(messagePart), qPrintable(r.error->message));
}

void tst_DocIo::locations()
{
    const doc::ParseResult y = doc::parse("openapi: 3.0.1\npaths:\n  /pets:\n    get:\n      x: 1\n");
    QVERIFY(y.ok());
    const doc::Node &get = y.root[u"paths"][u"/pets"][u"get"];
    QCOMPARE(get[u"x"].line(), 5);
    QCOMPARE(get[u"x"].column(), 10);
    const doc::ParseResult j = doc::parse("{\n  \"a\": {\n    \"b\": [1,\n 2]\n  }\n}");
    QVERIFY(j.ok());
    QCOMPARE(j.root[u"a"][u"b"].items()[1].line(), 4);
}

void tst_DocIo::keyOrderKept()
{
    const QByteArray yaml = "z: 1\na: 2\nm:\n  x: 3\n  b: 4\n";
    const doc::ParseResult r = doc::parse(yaml);
    QVERIFY(r.ok());
    QCOMPARE(doc::writeYaml(r.root), yaml);
}

void tst_DocIo::writeYamlQuotesAmbiguousStrings_data()
{
    QTest::addColumn<QString>("value");
    for (const char *s : {"true", "null", "~", "12", "1.0", "yes", "no", "on", "", " padded", "a: b", "#x", "- x",
                          "x #y", "[x]", "{x}", "*x", "&x", "!x", "|x", ">x", "'x", "\"x", "@x", "%x", "`x", "12:30",
                          "2026-11-25", "tab\tinside", "$default", "/pets/{petId}", "arn:aws:lambda:x", "2\\d{2}"}) {
        QTest::addRow("%s", s) << QString::fromUtf8(s);
    }
}

void tst_DocIo::writeYamlQuotesAmbiguousStrings()
{
    QFETCH(QString, value);
    doc::Node n = doc::Node::mapping();
    n.set(QStringLiteral("k"), doc::Node::string(value));
    n.set(value, doc::Node::string(QStringLiteral("as key")));
    const QByteArray yaml = doc::writeYaml(n);
    const doc::ParseResult r = doc::parseYaml(yaml);
    QVERIFY2(r.ok(), yaml.constData());
    QVERIFY2(r.root[u"k"].isString(), yaml.constData());
    QCOMPARE(r.root[u"k"].scalarText(), value);
    QVERIFY2(r.root.contains(value), yaml.constData());
}

void tst_DocIo::literalBlocks_data()
{
    QTest::addColumn<QString>("value");
    QTest::addRow("no trailing newline") << QStringLiteral("a\nb");
    QTest::addRow("one trailing newline") << QStringLiteral("a\nb\n");
    QTest::addRow("two trailing newlines") << QStringLiteral("a\nb\n\n");
    QTest::addRow("blank line inside") << QStringLiteral("a\n\nb");
    QTest::addRow("vtl") << QStringLiteral("#set($x = $input.json('$'))\n{\n  \"a\": $x\n}");
    QTest::addRow("leading space falls back") << QStringLiteral(" a\nb");
    QTest::addRow("carriage return falls back") << QStringLiteral("a\r\nb");
    QTest::addRow("spaces-only line falls back") << QStringLiteral("a\n  \nb");
}

void tst_DocIo::literalBlocks()
{
    QFETCH(QString, value);
    doc::Node seq = doc::Node::sequence();
    seq.append(doc::Node::string(value));
    doc::Node n = doc::Node::mapping();
    n.set(QStringLiteral("t"), doc::Node::string(value));
    n.set(QStringLiteral("s"), seq);
    const QByteArray yaml = doc::writeYaml(n);
    const doc::ParseResult r = doc::parseYaml(yaml);
    QVERIFY2(r.ok(), yaml.constData());
    QCOMPARE(r.root[u"t"].scalarText(), value);
    QCOMPARE(r.root[u"s"].items().at(0).scalarText(), value);
}

void tst_DocIo::aliasBombIsRefused()
{
    QByteArray yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 9; ++i)
        yaml += QStringLiteral("a%1: &a%1 [*a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2]\n").arg(i).arg(i - 1).toUtf8();
    const doc::ParseResult r = doc::parseYaml(yaml);
    QVERIFY(!r.ok());
    QVERIFY2(r.error->message.contains(QLatin1String("values")), qPrintable(r.error->message));
}

void tst_DocIo::conformanceDocumentsRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QString dir = gw::test::conformanceDir();
    if (dir.isEmpty())
        return;
    QDirIterator it(dir + QStringLiteral("/apigw-openapi"), {QStringLiteral("*.json"), QStringLiteral("*.yaml")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        if (p.contains(QLatin1String("cloudformation")) || p.contains(QLatin1String("cfn-templates")))
            continue; // short-form tags such as !Ref are covered by the CloudFormation importer's tests
        QTest::addRow("%s", qPrintable(p.mid(dir.size() + 1))) << p;
    }
}

void tst_DocIo::conformanceDocumentsRoundTrip()
{
    if (gw::test::conformanceDir().isEmpty())
        QSKIP(qPrintable(gw::test::conformanceMissingMessage()));
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    const doc::ParseResult r = doc::parse(data);
    if (!r.ok()) {
        // Files that are templates to be filled in (Jinja placeholders) are not JSON or YAML as they stand.
        QVERIFY2(data.contains("{{") || data.contains("{%"), qPrintable(path + QLatin1String(": ") + r.error->message));
        return;
    }
    const doc::ParseResult y = doc::parseYaml(doc::writeYaml(r.root));
    QVERIFY2(y.ok(), qPrintable(y.error ? y.error->message : QString()));
    QVERIFY(y.root == r.root);
    const doc::ParseResult j = doc::parseJson(doc::writeJson(r.root));
    QVERIFY(j.ok());
    QVERIFY(j.root == r.root);
}

QTEST_APPLESS_MAIN(tst_DocIo)
#include "tst_docio.moc"
