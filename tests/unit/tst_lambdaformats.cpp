// SPDX-License-Identifier: GPL-3.0-or-later
// Lambda proxy response parsing by API Gateway's rules: payload 1.0 strictly (rows from responses recorded on AWS,
// see localstack-aws-snapshots test_aws_proxy_response_payload_format_validation), payload 2.0 with inference.
#include "lambda/proxyevents.h"
#include "model/function.h"

#include <QtTest>

using namespace gw;

class tst_LambdaFormats : public QObject
{
    Q_OBJECT
private slots:
    void v1_data();
    void v1();
    void v2_data();
    void v2();
    void functionNames_data();
    void functionNames();
    void binaryMediaTypes_data();
    void binaryMediaTypes();
};

void tst_LambdaFormats::v1_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("status");       // -1: malformed (API Gateway answers 502)
    QTest::addColumn<QByteArray>("headers"); // "name=value;name=value" in order
    QTest::addColumn<QByteArray>("body");
    // Recorded on AWS
    QTest::addRow("status only") << QByteArray(R"({"statusCode": 200})") << 200 << QByteArray() << QByteArray();
    QTest::addRow("headers, a boolean value") << QByteArray(R"({"statusCode": 200, "headers": {"test-header": "value", "header-bool": true}})")
                                              << 200 << QByteArray("test-header=value;header-bool=true") << QByteArray();
    QTest::addRow("headers null") << QByteArray(R"({"statusCode": 200, "headers": null})") << 200 << QByteArray() << QByteArray();
    QTest::addRow("an unknown field") << QByteArray(R"({"statusCode": 200, "wrongValue": "value"})") << -1 << QByteArray() << QByteArray();
    QTest::addRow("empty object") << QByteArray("{}") << -1 << QByteArray() << QByteArray();
    QTest::addRow("base64 flag without binary media types keeps the text")
        << QByteArray(R"({"statusCode": 200, "body": "dGVzdC1kYXRh", "isBase64Encoded": true})") << 200 << QByteArray() << QByteArray("dGVzdC1kYXRh");
    QTest::addRow("multi-value headers") << QByteArray(R"({"statusCode": 200, "multiValueHeaders": {"test-multi": ["value1", "value2"]}})")
                                         << 200 << QByteArray("test-multi=value1;test-multi=value2") << QByteArray();
    QTest::addRow("multi-value and single merge") << QByteArray(R"({"statusCode": 200, "multiValueHeaders": {"test-multi": ["value-multi"]}, "headers": {"test-multi": "value-solo"}})")
                                                 << 200 << QByteArray("test-multi=value-multi;test-multi=value-solo") << QByteArray();
    QTest::addRow("multi-value not a list") << QByteArray(R"({"statusCode": 200, "multiValueHeaders": {"test-multi-invalid": "value1"}})")
                                            << -1 << QByteArray() << QByteArray();
    QTest::addRow("status not a number") << QByteArray(R"({"statusCode": "test"})") << -1 << QByteArray() << QByteArray();
    QTest::addRow("status as a string") << QByteArray(R"({"statusCode": "201"})") << 201 << QByteArray() << QByteArray();
    QTest::addRow("just a string") << QByteArray(R"("justAString")") << -1 << QByteArray() << QByteArray();
    QTest::addRow("headers without status") << QByteArray(R"({"headers": {"test-header": "value"}})") << 200 << QByteArray("test-header=value") << QByteArray();
    // Common mistakes
    QTest::addRow("body is an object") << QByteArray(R"({"statusCode": 200, "body": {"a": 1}})") << -1 << QByteArray() << QByteArray();
    QTest::addRow("not JSON") << QByteArray("oops") << -1 << QByteArray() << QByteArray();
    QTest::addRow("null result") << QByteArray("null") << -1 << QByteArray() << QByteArray();
    QTest::addRow("same pair in both lists once") << QByteArray(R"({"statusCode": 200, "multiValueHeaders": {"a": ["1"]}, "headers": {"a": "1"}})")
                                                 << 200 << QByteArray("a=1") << QByteArray();
    QTest::addRow("status out of range") << QByteArray(R"({"statusCode": 42})") << -1 << QByteArray() << QByteArray();
}

static QByteArray flatten(const http::HttpHeaders &h)
{
    QList<QByteArray> parts;
    for (const auto &f : h.fields())
        parts.append(f.name + '=' + f.value);
    return parts.join(';');
}

void tst_LambdaFormats::v1()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, status);
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, body);
    QString problem;
    const auto r = lambda::parseProxyResponseV1(payload, false, &problem);
    if (status < 0) {
        QVERIFY(!r);
        QVERIFY(!problem.isEmpty());
        return;
    }
    QVERIFY2(r, qPrintable(problem));
    QCOMPARE(r->status, status);
    QCOMPARE(flatten(r->headers), headers);
    QCOMPARE(r->body, body);
}

void tst_LambdaFormats::v2_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QByteArray>("body");
    // AWS's documented inference table
    QTest::addRow("a string") << QByteArray(R"("Hello from Lambda!")") << 200 << QByteArray("content-type=application/json") << QByteArray("Hello from Lambda!");
    QTest::addRow("an object") << QByteArray(R"({ "message": "Hello from Lambda!" })") << 200 << QByteArray("content-type=application/json")
                               << QByteArray(R"({ "message": "Hello from Lambda!" })");
    QTest::addRow("a number") << QByteArray("42") << 200 << QByteArray("content-type=application/json") << QByteArray("42");
    QTest::addRow("structured") << QByteArray(R"({"statusCode": 201, "headers": {"x": "y"}, "cookies": ["a=1", "b=2"], "body": "made"})")
                                << 201 << QByteArray("x=y;set-cookie=a=1;set-cookie=b=2") << QByteArray("made");
    QTest::addRow("base64") << QByteArray(R"({"statusCode": 200, "isBase64Encoded": true, "body": "aGk="})") << 200 << QByteArray() << QByteArray("hi");
    QTest::addRow("not JSON") << QByteArray("{oops") << -1 << QByteArray() << QByteArray();
    QTest::addRow("structured, object body") << QByteArray(R"({"statusCode": 200, "body": {"a": 1}})") << -1 << QByteArray() << QByteArray();
    QTest::addRow("structured, unknown field") << QByteArray(R"({"statusCode": 200, "body": "x", "extra": 1})") << -1 << QByteArray() << QByteArray();
    QTest::addRow("structured, cookie not a string") << QByteArray(R"({"statusCode": 200, "cookies": [1]})") << -1 << QByteArray() << QByteArray();
    QTest::addRow("no statusCode, any fields") << QByteArray(R"({"body": {"a": 1}, "extra": 1})") << 200 << QByteArray("content-type=application/json")
                                               << QByteArray(R"({"body": {"a": 1}, "extra": 1})");
}

void tst_LambdaFormats::v2()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, status);
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, body);
    QString problem;
    const auto r = lambda::parseProxyResponseV2(payload, &problem);
    if (status < 0) {
        QVERIFY(!r);
        return;
    }
    QVERIFY2(r, qPrintable(problem));
    QCOMPARE(r->status, status);
    QCOMPARE(flatten(r->headers), headers);
    QCOMPARE(r->body, body);
}

void tst_LambdaFormats::functionNames_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("name");
    QTest::addRow("invocation URI") << "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:hello/invocations" << "hello";
    QTest::addRow("with an alias") << "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:hello:live/invocations" << "hello";
    QTest::addRow("function ARN (HTTP APIs)") << "arn:aws:lambda:us-east-1:123456789012:function:my-fn" << "my-fn";
    QTest::addRow("bare name") << "items_v2" << "items_v2";
    QTest::addRow("an S3 URI") << "arn:aws:apigateway:us-east-1:s3:path/bucket/key" << "";
}

void tst_LambdaFormats::functionNames()
{
    QFETCH(QString, uri);
    QFETCH(QString, name);
    QCOMPARE(model::functionNameFromUri(uri), name);
}

void tst_LambdaFormats::binaryMediaTypes_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<bool>("binary");
    QTest::addRow("exact") << QByteArray("image/png") << QStringList{"image/png"} << true;
    QTest::addRow("wildcard subtype") << QByteArray("image/jpeg; q=1") << QStringList{"image/*"} << true;
    QTest::addRow("everything") << QByteArray("application/json") << QStringList{"*/*"} << true;
    QTest::addRow("no match") << QByteArray("application/json") << QStringList{"image/*"} << false;
    QTest::addRow("none configured") << QByteArray("image/png") << QStringList() << false;
}

void tst_LambdaFormats::binaryMediaTypes()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QStringList, types);
    QFETCH(bool, binary);
    QCOMPARE(lambda::matchesBinaryMediaType(contentType, types), binary);
}

QTEST_APPLESS_MAIN(tst_LambdaFormats)
#include "tst_lambdaformats.moc"
