// SPDX-License-Identifier: GPL-3.0-or-later
// JSON Schema draft 4 through the request validator's schema wrapper: every case of the JSON-Schema-Test-Suite
// (../shared/conformance/json-schema-draft4) as one row, and API Gateway's wording of violations.
#include "testsupport.h"

#include "steps/validation/jsonschema.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace gw;

namespace {

QString suiteDir()
{
    const QString base = test::conformanceDir();
    return base.isEmpty() ? QString() : base + QStringLiteral("/json-schema-draft4");
}

QJsonValue readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QJsonValue::Undefined;
    const QJsonDocument d = QJsonDocument::fromJson(f.readAll());
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

/// The suite's remotes, without a network: http://localhost:1234/X is remotes/X; the draft-04 meta-schema is a
/// file of its own.
std::optional<QJsonValue> fetchRemote(const QString &uri)
{
    const QString dir = suiteDir();
    QString path;
    if (uri.startsWith(QLatin1String("http://localhost:1234/")))
        path = dir + QStringLiteral("/remotes/") + uri.mid(22);
    else if (uri.startsWith(QLatin1String("http://json-schema.org/draft-04/schema")))
        path = dir + QStringLiteral("/metaschema-draft-04.json");
    if (path.isEmpty() || !QFile::exists(path))
        return std::nullopt;
    return readJson(path);
}

} // namespace

class tst_Validation : public QObject
{
    Q_OBJECT
private slots:
    void draft4Suite_data();
    void draft4Suite();
    void awsWording_data();
    void awsWording();
    void unusableSchema();
};

void tst_Validation::draft4Suite_data()
{
    QTest::addColumn<QJsonValue>("schema");
    QTest::addColumn<QJsonValue>("data");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("optional");
    const QString dir = suiteDir();
    if (dir.isEmpty() || !QDir(dir).exists()) {
        QTest::newRow("suite missing") << QJsonValue() << QJsonValue() << false << false;
        return;
    }
    QDirIterator it(dir + QStringLiteral("/tests/draft4"), {QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    int rows = 0;
    for (const QString &file : std::as_const(files)) {
        const QString name = QDir(dir + QStringLiteral("/tests/draft4")).relativeFilePath(file);
        const bool optional = name.startsWith(QLatin1String("optional/"));
        for (const QJsonValue &group : readJson(file).toArray()) {
            const QJsonObject g = group.toObject();
            for (const QJsonValue &t : g.value(QLatin1String("tests")).toArray()) {
                const QJsonObject c = t.toObject();
                QTest::addRow("%s: %s: %s", qPrintable(name), qPrintable(g.value(QLatin1String("description")).toString()),
                              qPrintable(c.value(QLatin1String("description")).toString()))
                    << g.value(QLatin1String("schema")) << c.value(QLatin1String("data"))
                    << c.value(QLatin1String("valid")).toBool() << optional;
                ++rows;
            }
        }
    }
    QVERIFY2(rows >= 900, "the draft-4 suite should hold about 937 cases");
}

void tst_Validation::draft4Suite()
{
    if (suiteDir().isEmpty())
        QSKIP(qPrintable(test::conformanceMissingMessage()));
    QFETCH(QJsonValue, schema);
    QFETCH(QJsonValue, data);
    QFETCH(bool, valid);
    QFETCH(bool, optional);
    // Boolean schemas do not exist in draft 4; every suite schema is an object.
    QString error;
    const auto compiled = JsonSchema::compile(schema, &error, fetchRemote);
    if (!compiled && optional)
        QSKIP(qPrintable(QStringLiteral("optional case; the schema does not compile: %1").arg(error)));
    QVERIFY2(compiled, qPrintable(error));
    const bool actual = compiled->isValid(data);
    if (actual != valid && optional)
        QSKIP("optional case (bignum, ECMA 262 regex details, formats or float overflow) that valijson decides "
              "differently; API Gateway's validator is not specified for it either");
    QCOMPARE(actual, valid);
    // The explanation agrees with the decision: a valid instance has no violations, an invalid one at least one.
    const std::vector<SchemaViolation> v = compiled->violations(data);
    QCOMPARE(v.empty(), valid);
    for (const SchemaViolation &x : v)
        QVERIFY(!x.message.isEmpty());
}

void tst_Validation::awsWording_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorString");
    QTest::addColumn<QString>("pointer");

    const QByteArray pet = R"({"type":"object","required":["name","type","price"],"properties":{
        "name":{"type":"string","minLength":2},"type":{"type":"string","enum":["dog","cat","fish"]},
        "price":{"type":"number","minimum":25,"maximum":500}}})";
    // AWS's documented example (api-gateway-request-validation-test): type "bird" is not in the enum.
    QTest::addRow("enum (AWS's example)") << pet << QByteArray(R"({"name":"Molly","type":"bird","price":269})")
                                          << QStringLiteral(R"([instance value ("bird") not found in enum (possible values: ["dog","cat","fish"])])")
                                          << QStringLiteral("/type");
    QTest::addRow("required") << pet << QByteArray(R"({"name":"Molly"})")
                              << QStringLiteral(R"([object has missing required properties (["price","type"])])")
                              << QString();
    QTest::addRow("maximum") << pet << QByteArray(R"({"name":"Molly","type":"dog","price":501})")
                             << QStringLiteral("[numeric instance is greater than the required maximum (maximum: 500, found: 501)]")
                             << QStringLiteral("/price");
    QTest::addRow("type") << pet << QByteArray(R"({"name":"Molly","type":"dog","price":"cheap"})")
                          << QStringLiteral(R"([instance type (string) does not match any allowed primitive type (allowed: ["number"])])")
                          << QStringLiteral("/price");
    QTest::addRow("minLength") << pet << QByteArray(R"({"name":"M","type":"dog","price":30})")
                               << QStringLiteral(R"([string "M" is too short (length: 1, required minimum: 2)])")
                               << QStringLiteral("/name");
    QTest::addRow("two at once") << pet << QByteArray(R"({"name":"M","type":"bird","price":30})")
                                 << QStringLiteral(R"([string "M" is too short (length: 1, required minimum: 2), instance value ("bird") not found in enum (possible values: ["dog","cat","fish"])])")
                                 << QStringLiteral("/name");
    QTest::addRow("additionalProperties") << QByteArray(R"({"type":"object","additionalProperties":false,"properties":{"a":{}}})")
                                          << QByteArray(R"({"a":1,"z":2,"b":3})")
                                          << QStringLiteral(R"([object instance has properties which are not allowed by the schema: ["b","z"]])")
                                          << QString();
    QTest::addRow("array item through $ref")
        << QByteArray(R"({"type":"array","items":{"$ref":"#/definitions/n"},"definitions":{"n":{"type":"integer"}}})")
        << QByteArray(R"([1,2,"x"])")
        << QStringLiteral(R"([instance type (string) does not match any allowed primitive type (allowed: ["integer"])])")
        << QStringLiteral("/2");
}

void tst_Validation::awsWording()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, body);
    QFETCH(QString, errorString);
    QFETCH(QString, pointer);
    QString error;
    const auto compiled = JsonSchema::compile(QJsonDocument::fromJson(schema).object(), &error);
    QVERIFY2(compiled, qPrintable(error));
    const QJsonDocument d = QJsonDocument::fromJson(body);
    const QJsonValue instance = d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
    QVERIFY(!compiled->isValid(instance));
    const auto v = compiled->violations(instance);
    QCOMPARE(JsonSchema::errorString(v), errorString);
    QCOMPARE(v.front().pointer, pointer);
}

void tst_Validation::unusableSchema()
{
    QString error;
    QVERIFY(!JsonSchema::compile(QJsonValue(QStringLiteral("not a schema")), &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    // A reference nothing resolves: refused when compiled, not when a request arrives.
    QVERIFY(!JsonSchema::compile(QJsonObject{{QStringLiteral("$ref"), QStringLiteral("http://example.com/x.json")}}, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Validation)
#include "tst_validation.moc"
