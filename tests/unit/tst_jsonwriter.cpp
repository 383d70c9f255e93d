// SPDX-License-Identifier: GPL-3.0-or-later
// gw::JsonWriter: what it writes must parse back to exactly the values written, in the order written.
#include "common/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace gw;

class tst_JsonWriter : public QObject
{
    Q_OBJECT
private slots:
    void nesting();
    void strings_data();
    void strings();
    void invalidUtf8();
    void values();
};

void tst_JsonWriter::nesting()
{
    JsonWriter w;
    w.beginObject();
    w.member(QLatin1StringView("b"), qint64(-42));
    w.key(QLatin1StringView("a"));
    w.beginArray();
    w.null();
    w.boolean(true);
    w.beginObject();
    w.endObject();
    w.beginArray();
    w.endArray();
    w.stringOrNull(QString());
    w.stringOrNull(u"x");
    w.endArray();
    w.member(QStringView(u"k\u00e9y"), false);
    w.endObject();
    // Members in the order written, compact.
    QCOMPARE(w.take(), QByteArray("{\"b\":-42,\"a\":[null,true,{},[],null,\"x\"],\"k\xc3\xa9y\":false}"));
}

void tst_JsonWriter::strings_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("hello");
    QTest::newRow("empty") << QString();
    QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c\"");
    QTest::newRow("control characters") << QString::fromUtf8("\b\f\n\r\t\x01\x1f end");
    QTest::newRow("non-ASCII") << QString::fromUtf8("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80 \"q\"");
    QTest::newRow("DEL and slash") << QStringLiteral("\x7f/</script>");
}

void tst_JsonWriter::strings()
{
    QFETCH(QString, text);
    // The same text through every entry point: QString, UTF-8 bytes, Latin-1 (where it fits), as a key.
    JsonWriter w;
    w.beginArray();
    w.string(text);
    w.utf8(text.toUtf8());
    w.value(QJsonValue(text));
    const bool latin1 = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x100; });
    const QByteArray latin1Bytes = text.toLatin1();
    if (latin1)
        w.string(QLatin1StringView(latin1Bytes));
    w.beginObject();
    w.key(text);
    w.null();
    w.endObject();
    w.endArray();
    const QByteArray out = w.take();
    QJsonParseError error;
    const QJsonArray parsed = QJsonDocument::fromJson(out, &error).array();
    QVERIFY2(error.error == QJsonParseError::NoError, out.constData());
    QCOMPARE(parsed.size(), latin1 ? 5 : 4);
    for (qsizetype i = 0; i + 1 < parsed.size(); ++i)
        QCOMPARE(parsed.at(i).toString(), text);
    QCOMPARE(parsed.last().toObject().keys(), QStringList{text});
    QVERIFY(!out.contains('\n') && !out.contains('\t'));
}

void tst_JsonWriter::invalidUtf8()
{
    // Bad sequences become U+FFFD exactly as QString::fromUtf8 reads them; the output stays valid UTF-8 JSON.
    const QByteArray bad("a\xff" "b\xc3(\xe2\x82 \xed\xa0\x80z", 13);
    JsonWriter w;
    w.beginArray();
    w.utf8(bad);
    w.endArray();
    const QByteArray out = w.take();
    QJsonParseError error;
    const QJsonArray parsed = QJsonDocument::fromJson(out, &error).array();
    QVERIFY2(error.error == QJsonParseError::NoError, out.toHex().constData());
    QCOMPARE(parsed.at(0).toString(), QString::fromUtf8(bad));
}

void tst_JsonWriter::values()
{
    const QJsonObject nested{{QStringLiteral("n"), 1.5},
                             {QStringLiteral("whole"), 3.0},
                             {QStringLiteral("big"), 1e300},
                             {QStringLiteral("negative"), -0.25},
                             {QStringLiteral("list"), QJsonArray{1, QStringLiteral("two"), QJsonValue(), false}},
                             {QStringLiteral("inner"), QJsonObject{{QStringLiteral("x"), QStringLiteral("y\n")}}}};
    JsonWriter w;
    w.value(nested);
    const QByteArray out = w.take();
    QCOMPARE(QJsonDocument::fromJson(out).object(), nested);
    QVERIFY2(out.contains("\"whole\":3}"), out.constData());
    // Infinities are not JSON: null, as QJsonDocument writes them.
    JsonWriter inf;
    inf.value(QJsonValue(std::numeric_limits<double>::infinity()));
    QCOMPARE(inf.take(), QByteArray("null"));
}

QTEST_APPLESS_MAIN(tst_JsonWriter)
#include "tst_jsonwriter.moc"
