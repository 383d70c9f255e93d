// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as other checks use it: exact verbs, flags, output lines and exit statuses.
#include "testbackend.h"
#include "rawhttp.h"

#include "auth/sigv4.h"
#include "serveprocess.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace gw::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args, int timeoutMs = 20'000)
{
    QProcess p;
    p.start(gatehouseBinary(), args);
    p.waitForFinished(timeoutMs);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString example()
{
    return sourceDir() + QStringLiteral("/resources/examples/petstore.gatehouse.yaml");
}

using Server = gw::test::ServeProcess;

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT
private slots:
    void version();
    void help();
    void unknownVerb();
    void inputErrors_data();
    void inputErrors();
    void serveExample();
    void serveWritesMetrics();
    void serveWritesStageAccessLogs();
    void exampleFunction();
    void serveBareDocumentWithFlags();
    void serveWithStageCache();
    void realCurlClient();
    void serveWithCredentials();
    void corsVerdicts_data();
    void corsVerdicts();
    void corsUsageErrors_data();
    void corsUsageErrors();
};

void tst_Cli::version()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QRegularExpression(QStringLiteral("^gatehouse \\d+\\.\\d+\\.\\d+\\n$")).match(r.out).hasMatch());
}

void tst_Cli::help()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *word : {"serve", "open", "--port", "--bind", "--stage", "--api-id", "--protocol", "--trace", "--access-log"})
        QVERIFY2(r.out.contains(QLatin1String(word)), word);
}

void tst_Cli::unknownVerb()
{
    const Run r = run({QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("frobnicate")));
}

void tst_Cli::inputErrors_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::addColumn<QStringList>("extraArgs");
    QTest::addColumn<QString>("expected");   // regular expression on stderr
    QTest::addRow("missing file") << QByteArray() << QStringList() << "cannot read the file";
    QTest::addRow("bad yaml") << QByteArray("openapi: 3.0.1\npaths:\n  /a: [1, 2\n  /b: x\n") << QStringList() << "api\\.yaml:\\d+:\\d+: error:";
    QTest::addRow("unknown integration type")
        << QByteArray("openapi: 3.0.1\ninfo: {title: X, version: '1'}\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        type: lambda\n")
        << QStringList() << "api\\.yaml:7:\\d+: error: paths\\./a\\.get\\.x-amazon-apigateway-integration\\.type: must be one of aws, aws_proxy, http, http_proxy, mock; got `lambda`";
    QTest::addRow("broken path template")
        << QByteArray("openapi: 3.0.1\ninfo: {title: X, version: '1'}\npaths:\n  /{Sid}.json:\n    get:\n      x-amazon-apigateway-integration: {type: mock}\n")
        << QStringList() << "api\\.yaml:5:\\d+: error: paths\\./\\{Sid\\}\\.json: Resource's path part";
    QTest::addRow("not an api") << QByteArray("hello: world\n") << QStringList() << "not a Gatehouse project, OpenAPI 3\\.0 or Swagger 2\\.0 document";
    QTest::addRow("bad protocol flag") << QByteArray("openapi: 3.0.1\npaths: {}\n") << QStringList{"--protocol", "soap"} << "--protocol must be rest or http";
    QTest::addRow("bad port") << QByteArray("openapi: 3.0.1\npaths: {}\n") << QStringList{"--port", "http"} << "--port must be a number";
    QTest::addRow("bad api id") << QByteArray("openapi: 3.0.1\npaths: {}\n") << QStringList{"--api-id", "Not OK"} << "--api-id must be lower-case";
    QTest::addRow("bad stage cache ttl") << QByteArray("openapi: 3.0.1\npaths: {}\n") << QStringList{"--stage-cache", "3601"}
                                         << "--stage-cache must be a TTL in seconds from 0 to 3600";
    QTest::addRow("bad function concurrency") << QByteArray("openapi: 3.0.1\npaths: {}\n") << QStringList{"--function-concurrency", "0"}
                                              << "--function-concurrency must be a number from 1 to 1000; got `0`";
    QTest::addRow("bad function warm wait") << QByteArray("openapi: 3.0.1\npaths: {}\n") << QStringList{"--function-warm-wait", "soon"}
                                            << "--function-warm-wait must be a number from 0 to 60000";
    QTest::addRow("unknown option") << QByteArray("openapi: 3.0.1\npaths: {}\n") << QStringList{"--frob"} << "unknown option --frob";
}

void tst_Cli::inputErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, extraArgs);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("api.yaml"));
    if (!content.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const Run r = run(QStringList{QStringLiteral("serve"), path, QStringLiteral("--port"), QStringLiteral("0")} + extraArgs);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QRegularExpression(expected).match(r.err).hasMatch(), qPrintable(r.err));
    QVERIFY(!r.out.contains(QLatin1String("Listening")));
}

void tst_Cli::serveExample()
{
    QTemporaryDir dir;
    const QString trace = dir.filePath(QStringLiteral("trace.jsonl"));
    const QString access = dir.filePath(QStringLiteral("access.log"));
    Server server({example(), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--trace"), trace,
                   QStringLiteral("--access-log"), access});
    QVERIFY2(server.port, qPrintable(server.out()));
    QVERIFY2(server.out().contains(QStringLiteral("http://petstore.execute-api.localhost:%1/prod").arg(server.port)), qPrintable(server.out()));
    QVERIFY2(server.out().contains(QStringLiteral("http://storefront.execute-api.localhost:%1\n").arg(server.port)), qPrintable(server.out()));
    QCOMPARE(rawRequest(server.port, getRequest("/prod/pets", "petstore.execute-api.localhost")).status, 200);
    QCOMPARE(rawRequest(server.port, getRequest("/prod/nope", "petstore.execute-api.localhost")).status, 403);
    QCOMPARE(rawRequest(server.port, getRequest("/catalog", "storefront.execute-api.localhost:" + QByteArray::number(server.port))).status, 200);
    QCOMPARE(server.stop(), 0);

    QFile t(trace);
    QVERIFY(t.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = t.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 4); // the catalog request made one more to petstore
    // Lines are written as records arrive; two workers may finish in either order, so find them by path.
    QJsonObject pets, nope;
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QLatin1String("path")).toString() == QLatin1String("/prod/pets") && pets.isEmpty())
            pets = o;
        if (o.value(QLatin1String("path")).toString() == QLatin1String("/prod/nope"))
            nope = o;
    }
    QCOMPARE(pets.value(QLatin1String("apiId")).toString(), QStringLiteral("petstore"));
    QCOMPARE(pets.value(QLatin1String("status")).toInt(), 200);
    QCOMPARE(pets.value(QLatin1String("route")).toString(), QStringLiteral("/pets"));
    QVERIFY(pets.value(QLatin1String("stoppedAt")).isNull());
    QCOMPARE(nope.value(QLatin1String("stoppedAt")).toString(), QStringLiteral("route.no_match"));

    QFile a(access);
    QVERIFY(a.open(QIODevice::ReadOnly));
    const QByteArray log = a.readAll();
    QCOMPARE(log.trimmed().split('\n').size(), 4);
    QVERIFY2(log.contains("\"GET /pets HTTP/1.1\" 200"), log.constData());
}

void tst_Cli::serveWritesStageAccessLogs()
{
    // `serve --stage-access-logs DIR`: each stage with an access-log format writes its own file in that format;
    // a stage without one writes nothing; --access-log FILE still writes CLF lines for every stage.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.gatehouse.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"(gatehouse: 1
apis:
  - id: shop
    protocol: rest
    definition:
      openapi: 3.0.1
      info: {title: shop, version: '1'}
      paths:
        /pets:
          get:
            x-amazon-apigateway-integration:
              type: mock
              requestTemplates: {application/json: '{"statusCode": 200}'}
              responses: {default: {statusCode: "200"}}
    stages:
      - name: prod
        deployment: d1
        accessLogSettings:
          format: '{"status":"$context.status","path":"$context.resourcePath","stage":"$context.stage"}'
      - name: dev
        deployment: d1
    deployments:
      - id: d1
)");
    f.close();
    const QString logs = dir.filePath(QStringLiteral("logs"));
    const QString all = dir.filePath(QStringLiteral("all.log"));
    Server server({path, QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--stage-access-logs"), logs,
                   QStringLiteral("--access-log"), all});
    QVERIFY2(server.port, qPrintable(server.err()));
    QCOMPARE(rawRequest(server.port, getRequest("/prod/pets", "shop.execute-api.localhost")).status, 200);
    QCOMPARE(rawRequest(server.port, getRequest("/dev/pets", "shop.execute-api.localhost")).status, 200);
    QCOMPARE(server.stop(), 0);
    QVERIFY2(server.err().contains(QLatin1String("Access log of shop/prod: ")), qPrintable(server.err()));

    QCOMPARE(QDir(logs).entryList(QDir::Files), QStringList{QStringLiteral("shop-prod.log")});
    QFile prod(QDir(logs).filePath(QStringLiteral("shop-prod.log")));
    QVERIFY(prod.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = prod.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    const QJsonObject o = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(o.value(u"status").toString(), QStringLiteral("200"));
    QCOMPARE(o.value(u"path").toString(), QStringLiteral("/pets"));
    QCOMPARE(o.value(u"stage").toString(), QStringLiteral("prod"));
    QFile a(all);
    QVERIFY(a.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll().trimmed().split('\n').size(), 2);
}

void tst_Cli::serveWritesMetrics()
{
    QTemporaryDir dir;
    const QString metrics = dir.filePath(QStringLiteral("metrics.jsonl"));
    Server server({example(), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--metrics"), metrics});
    QVERIFY2(server.port, qPrintable(server.err()));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(rawRequest(server.port, getRequest("/prod/pets", "petstore.execute-api.localhost")).status, 200);
    QCOMPARE(rawRequest(server.port, getRequest("/prod/nope", "petstore.execute-api.localhost")).status, 403);
    QVERIFY(!QFile::exists(metrics)); // written when the gateway stops
    QCOMPARE(server.stop(), 0);
    QVERIFY2(server.err().contains(u"metric lines to"), qPrintable(server.err()));

    QFile f(metrics);
    QVERIFY(f.open(QIODevice::ReadOnly));
    // Per series (API, stage, route) and minute; the requests may straddle a minute, so sum over the minutes.
    QHash<QString, int> count, errors4xx;
    for (const QByteArray &line : f.readAll().trimmed().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.value(u"period").toInt(), 60);
        QCOMPARE(o.value(u"protocol").toString(), QStringLiteral("rest"));
        QVERIFY(QDateTime::fromString(o.value(u"timestamp").toString(), Qt::ISODate).isValid());
        const QJsonObject d = o.value(u"dimensions").toObject();
        const QString series = QStringList{d.value(u"ApiId").toString(), d.value(u"Stage").toString(),
                                           d.value(u"Resource").toString(), d.value(u"Method").toString()}
                                   .join(u' ')
                                   .trimmed();
        const QJsonObject m = o.value(u"metrics").toObject();
        count[series] += m.value(u"Count").toInt();
        errors4xx[series] += m.value(u"4XXError").toInt();
        QVERIFY2(m.value(u"Latency").toObject().value(u"p99").toDouble() > 0, line.constData());
    }
    QCOMPARE(count.value(QStringLiteral("petstore")), 4);
    QCOMPARE(errors4xx.value(QStringLiteral("petstore")), 1);
    QCOMPARE(count.value(QStringLiteral("petstore prod")), 4);
    QCOMPARE(count.value(QStringLiteral("petstore prod /pets GET")), 3);
    QCOMPARE(errors4xx.value(QStringLiteral("petstore prod /pets GET")), 0);

    // A folder that does not exist is a usage error, before serving.
    QProcess p;
    p.start(gatehouseBinary(), {QStringLiteral("serve"), example(), QStringLiteral("--port"), QStringLiteral("0"),
                                QStringLiteral("--metrics"), dir.filePath(QStringLiteral("no/such/dir/m.jsonl"))});
    QVERIFY(p.waitForFinished(15'000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(p.readAllStandardError().contains("its folder does not exist"), "expected the folder error");
}

void tst_Cli::exampleFunction()
{
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
        QSKIP("node is needed for the example's function (apt-get install nodejs)");
    QTemporaryDir logs;
    Server server({example(), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--function-logs"), logs.path()});
    QVERIFY2(server.port, qPrintable(server.out()));
    const QByteArray body = R"({"type":"cat","quantity":2})";
    const RawResponse r = rawRequest(server.port, "POST /orders HTTP/1.1\r\nHost: storefront.execute-api.localhost\r\nContent-Length: "
                                                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QCOMPARE(r.status, 200);
    const QJsonObject order = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(order.value(QLatin1String("total")).toDouble(), 249.98);
    QCOMPARE(server.stop(), 0);
    QFile log(logs.filePath(QStringLiteral("orders.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray text = log.readAll();
    QVERIFY2(text.contains("INFO\torder ") && text.contains("REPORT RequestId: ") && text.contains("Init Duration: "), text.constData());
}

void tst_Cli::serveBareDocumentWithFlags()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"openapi": "3.0.1", "info": {"title": "Orders Service", "version": "1"},
      "paths": {"/orders": {"get": {"x-amazon-apigateway-integration": {"type": "mock",
        "requestTemplates": {"application/json": "{\"statusCode\": 200}"},
        "responses": {"default": {"statusCode": "200", "responseTemplates": {"application/json": "{\"orders\": []}"}}}}}}}})");
    f.close();
    {
        Server server({path, QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(server.port);
        QVERIFY2(server.out().contains(QStringLiteral("orders-service  prod  REST")), qPrintable(server.out()));
        const RawResponse r = rawRequest(server.port, getRequest("/prod/orders"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("{\"orders\": []}"));
    }
    {
        Server server({path, QStringLiteral("--port=0"), QStringLiteral("--api-id"), QStringLiteral("shop"),
                       QStringLiteral("--stage"), QStringLiteral("dev")});
        QVERIFY(server.port);
        QVERIFY2(server.out().contains(QStringLiteral("http://shop.execute-api.localhost:%1/dev").arg(server.port)), qPrintable(server.out()));
        QCOMPARE(rawRequest(server.port, getRequest("/restapis/shop/dev/_user_request_/orders")).status, 200);
    }
    // MOCK does not exist on HTTP APIs: --protocol http makes this document invalid.
    const Run r = run({QStringLiteral("serve"), path, QStringLiteral("--protocol"), QStringLiteral("http"),
                       QStringLiteral("--port"), QStringLiteral("0")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("HTTP APIs support only aws_proxy and http_proxy")), qPrintable(r.err));
}

void tst_Cli::serveWithStageCache()
{
    TestBackend backend;
    const quint16 backendPort = backend.start();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("items.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("openapi: 3.0.1\ninfo: {title: Items, version: '1'}\npaths:\n  /items:\n"
            "    get:\n      x-amazon-apigateway-integration: {type: http_proxy, httpMethod: GET, uri: 'http://127.0.0.1:"
            + QByteArray::number(backendPort) + "/echo'}\n"
            "    post:\n      x-amazon-apigateway-integration: {type: http_proxy, httpMethod: POST, uri: 'http://127.0.0.1:"
            + QByteArray::number(backendPort) + "/echo'}\n");
    f.close();
    Server server({path, QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--stage-cache"), QStringLiteral("60")});
    QVERIFY2(server.port, qPrintable(server.err()));
    const RawResponse first = rawRequest(server.port, getRequest("/prod/items"));
    QCOMPARE(first.status, 200);
    const RawResponse second = rawRequest(server.port, getRequest("/prod/items"));
    QCOMPARE(second.status, 200);
    QCOMPARE(second.body, first.body);
    QCOMPARE(backend.requestCount(), 1); // the second GET came from the stage cache
    // Only GET methods are cached.
    const QByteArray post = "POST /prod/items HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n";
    QCOMPARE(rawRequest(server.port, post).status, 200);
    QCOMPARE(rawRequest(server.port, post).status, 200);
    QCOMPARE(backend.requestCount(), 3);
    server.stop();
    // The fidelity report says how the cache is approximated.
    QVERIFY2(server.err().contains(QLatin1String("stage cache")), qPrintable(server.err()));
}

void tst_Cli::serveWithCredentials()
{
    // `gatehouse serve FILE --credentials ID:SECRET` over real sockets, on the real clock; nothing from ~/.aws.
    qputenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials");
    qputenv("AWS_CONFIG_FILE", "/nonexistent/config");
    qunsetenv("AWS_ACCESS_KEY_ID");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("iam.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("openapi: 3.0.1\ninfo: {title: iam, version: '1'}\npaths:\n  /pets:\n    get:\n"
            "      x-amazon-apigateway-auth: {type: AWS_IAM}\n"
            "      x-amazon-apigateway-integration:\n        type: mock\n"
            "        requestTemplates: {application/json: '{\"statusCode\": 200}'}\n"
            "        responses:\n          default:\n            statusCode: '200'\n"
            "            responseParameters: {method.response.header.x-access-key: context.identity.accessKey}\n");
    f.close();
    Server server({path, QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--credentials"),
                   QStringLiteral("AKIDCLIEXAMPLE:cli/secret+key")});
    QVERIFY(server.port);
    QVERIFY2(!server.out().contains(QLatin1String("not checked yet")), qPrintable(server.out()));
    gw::auth::SigV4Request req;
    req.method = "GET";
    req.path = "/prod/pets";
    req.headers.emplaceBack(QByteArray("Host"), "127.0.0.1:" + QByteArray::number(server.port));
    gw::auth::SigV4SigningOptions o;
    o.nowEpochSeconds = QDateTime::currentSecsSinceEpoch();
    const auto send = [&](const QString &secret) {
        const gw::auth::SigV4SignedRequest s = gw::auth::signSigV4(req, {QStringLiteral("AKIDCLIEXAMPLE"), secret, {}, {}}, o);
        QByteArray wire = "GET /prod/pets HTTP/1.1\r\n";
        for (const auto &[name, value] : s.request.headers)
            wire += name + ": " + value + "\r\n";
        return rawRequest(server.port, wire + "\r\n");
    };
    const RawResponse ok = send(QStringLiteral("cli/secret+key"));
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.header("x-access-key"), QByteArray("AKIDCLIEXAMPLE"));
    const RawResponse bad = send(QStringLiteral("wrong"));
    QCOMPARE(bad.status, 403);
    QCOMPARE(bad.header("x-amzn-ErrorType"), QByteArray("InvalidSignatureException"));
    const RawResponse none = rawRequest(server.port, getRequest("/prod/pets"));
    QCOMPARE(none.body, QByteArray(R"({"message":"Missing Authentication Token"})"));
    // A malformed flag is a usage error that shows the expected form.
    const Run r = run({QStringLiteral("serve"), path, QStringLiteral("--credentials"), QStringLiteral("no-colon")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("ACCESS_KEY_ID:SECRET")), qPrintable(r.err));
}

void tst_Cli::realCurlClient()
{
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty())
        QSKIP("curl is not installed");
    Server server({example(), QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(server.port);
    QProcess p;
    // curl resolves *.localhost to loopback itself, as browsers do.
    p.start(curl, {QStringLiteral("-s"), QStringLiteral("-i"),
                   QStringLiteral("http://petstore.execute-api.localhost:%1/prod/pets").arg(server.port),
                   QStringLiteral("http://petstore.execute-api.localhost:%1/prod/pets/1").arg(server.port)});
    QVERIFY(p.waitForFinished(10'000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QCOMPARE(out.count(QLatin1String("HTTP/1.1 200")), 2);
    QVERIFY(out.contains(QLatin1String("x-amzn-RequestId:")));
    QVERIFY(out.contains(QLatin1String("\"type\": \"dog\"")));
}

void tst_Cli::corsVerdicts_data()
{
    QTest::addColumn<QByteArray>("doc");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("preflight");
    const QByteArray http = "openapi: 3.0.1\ninfo: {title: H, version: '1'}\nx-amazon-apigateway-importexport-version: '1.0'\n"
                            "x-amazon-apigateway-cors: {allowOrigins: ['http://app.example'], allowMethods: [PUT], allowHeaders: [x-custom]}\n"
                            "paths:\n  /a:\n    put:\n      x-amazon-apigateway-integration: {type: http_proxy, uri: 'http://127.0.0.1:1/x'}\n";
    QTest::addRow("http preflight allowed, actual hits a dead backend but carries CORS headers")
        << http << QStringList{"--origin", "http://app.example", "--method", "PUT", "--path", "/a", "--header", "X-Custom: 1",
                               "--stage", "$default"}
        << 0 << true;
    QTest::addRow("http other origin blocked")
        << http << QStringList{"--origin", "http://evil.example", "--method", "PUT", "--path", "/a", "--stage", "$default"}
        << 1 << true;
    QTest::addRow("http header not allowed")
        << http << QStringList{"--origin", "http://app.example", "--method", "PUT", "--path", "/a", "--header", "X-Other: 1",
                               "--stage", "$default"}
        << 1 << true;
    QTest::addRow("rest simple GET without Access-Control-Allow-Origin")
        << QByteArray("openapi: 3.0.1\ninfo: {title: R, version: '1'}\npaths:\n  /a:\n    get:\n"
                      "      x-amazon-apigateway-integration: {type: mock, responses: {default: {statusCode: '200'}}}\n")
        << QStringList{"--origin", "http://app.example", "--method", "GET", "--path", "/prod/a"} << 1 << false;
}

void tst_Cli::corsVerdicts()
{
    QFETCH(QByteArray, doc);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(bool, preflight);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("api.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(doc);
    f.close();
    const Run r = run(QStringList{QStringLiteral("cors"), path} + args);
    QCOMPARE(r.exitCode, exitCode);
    const QJsonObject out = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY2(!out.isEmpty(), qPrintable(r.out + r.err));
    QCOMPARE(out.value(QLatin1String("verdict")).toString(), exitCode == 0 ? QStringLiteral("allowed") : QStringLiteral("blocked"));
    QCOMPARE(out.value(QLatin1String("preflight")).isObject(), preflight);
    if (preflight)
        QVERIFY(out.value(QLatin1String("preflight")).toObject().value(QLatin1String("checks")).toArray().size() >= 5);
    const QJsonObject actual = out.value(QLatin1String("actual")).toObject();
    for (const char *key : {"status", "headers", "checks"})
        QVERIFY2(actual.contains(QLatin1String(key)), key);
    QCOMPARE(out.value(QLatin1String("reasons")).toArray().isEmpty(), exitCode == 0);
    QCOMPARE(out.value(QLatin1String("fix")).isNull(), exitCode == 0);
}

void tst_Cli::corsUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::addRow("no origin") << QStringList{"--method", "GET", "--path", "/prod/pets"} << "usage: gatehouse cors";
    QTest::addRow("origin with a path") << QStringList{"--origin", "http://a.example/x", "--method", "GET", "--path", "/prod/pets"} << "--origin must be a page origin";
    QTest::addRow("bad header") << QStringList{"--origin", "http://a.example", "--method", "GET", "--path", "/prod/pets", "--header", "nocolon"} << "--header must be";
    QTest::addRow("path without slash") << QStringList{"--origin", "http://a.example", "--method", "GET", "--path", "prod"} << "--path must start";
    QTest::addRow("two APIs, none chosen") << QStringList{"--origin", "http://a.example", "--method", "GET", "--path", "/prod/pets"} << "choose the API with --api-id";
}

void tst_Cli::corsUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(QStringList{QStringLiteral("cors"), example()} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
