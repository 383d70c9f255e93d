// SPDX-License-Identifier: GPL-3.0-or-later
#include "doc/docio.h"
#include "io/inputloader.h"
#include "io/openapi.h"
#include "io/projectfile.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QtTest>

using namespace gw;

namespace {

std::optional<model::ApiDefinition> import(const QByteArray &text, model::Protocol protocol, io::DiagnosticSink &sink)
{
    const doc::ParseResult r = doc::parse(text);
    if (!r.ok())
        qFatal("test document does not parse: %s", qPrintable(r.error->message));
    return io::readOpenApi(r.root, protocol, sink);
}

QByteArray restDoc(const QByteArray &pathsYaml)
{
    return "openapi: 3.0.1\ninfo:\n  title: T\n  version: '1'\npaths:\n" + pathsYaml;
}

} // namespace

class tst_OpenApi : public QObject
{
    Q_OBJECT
private slots:
    void importErrors_data();
    void importErrors();
    void integrationFields();
    void httpApiSharedIntegration();
    void defaultRouteOnlyOnHttp();
    void swagger2Conversion();
    void awsVariables();
    void writeThenReadIsIdentity();
    void awsDocumentsImport_data();
    void awsDocumentsImport();
    void exampleProjectRoundTripsByteForByte();
    void projectErrors_data();
    void projectErrors();
    void deploymentSnapshotsAreKept();
    void bareDocumentBecomesProject();
};

void tst_OpenApi::importErrors_data()
{
    QTest::addColumn<QByteArray>("paths");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::addRow("unknown integration type")
        << QByteArray("  /pets:\n    get:\n      x-amazon-apigateway-integration:\n        type: lambda\n        uri: x\n")
        << 9 << "paths./pets.get.x-amazon-apigateway-integration.type"
        << "must be one of aws, aws_proxy, http, http_proxy, mock; got `lambda`";
    QTest::addRow("parameter inside a segment")
        << QByteArray("  /{Sid}.json:\n    get:\n      x-amazon-apigateway-integration:\n        type: mock\n")
        << 7 << "paths./{Sid}.json" << "Resource's path part only allow a-zA-Z0-9._- and curly braces";
    QTest::addRow("child of greedy")
        << QByteArray("  /a/{proxy+}/b:\n    get:\n      x-amazon-apigateway-integration:\n        type: mock\n")
        << 7 << "paths./a/{proxy+}/b" << "Cannot create a child of a resource with a greedy path variable";
    QTest::addRow("missing httpMethod")
        << QByteArray("  /p:\n    get:\n      x-amazon-apigateway-integration:\n        type: http_proxy\n        uri: http://example.com\n")
        << 9 << "paths./p.get.x-amazon-apigateway-integration.httpMethod" << "Enumeration value for HttpMethod must be non-empty";
    QTest::addRow("missing uri")
        << QByteArray("  /p:\n    get:\n      x-amazon-apigateway-integration:\n        type: http_proxy\n        httpMethod: GET\n")
        << 9 << "paths./p.get.x-amazon-apigateway-integration.uri" << "is required for http_proxy integrations";
    QTest::addRow("timeout too small")
        << QByteArray("  /p:\n    get:\n      x-amazon-apigateway-integration:\n        type: mock\n        timeoutInMillis: 10\n")
        << 10 << "paths./p.get.x-amazon-apigateway-integration.timeoutInMillis" << "from 50 to";
    QTest::addRow("bad status code")
        << QByteArray("  /p:\n    get:\n      x-amazon-apigateway-integration:\n        type: mock\n        responses:\n          default:\n            statusCode: abc\n")
        << 12 << "paths./p.get.x-amazon-apigateway-integration.responses.default.statusCode" << "Invalid Response status code specified";
    QTest::addRow("sibling variables")
        << QByteArray("  /a/{x}:\n    get:\n      x-amazon-apigateway-integration:\n        type: mock\n  /a/{y}:\n    get:\n      x-amazon-apigateway-integration:\n        type: mock\n")
        << 11 << "paths./a/{y}" << "A sibling ({x}) of this resource already has a variable path part -- only one is allowed";
    QTest::addRow("bad passthrough")
        << QByteArray("  /p:\n    get:\n      x-amazon-apigateway-integration:\n        type: mock\n        passthroughBehavior: sometimes\n")
        << 10 << "paths./p.get.x-amazon-apigateway-integration.passthroughBehavior" << "must be one of WHEN_NO_MATCH";
    QTest::addRow("operation not a mapping") << QByteArray("  /p:\n    get: 12\n") << 7 << "paths./p.get" << "must be a mapping";
}

void tst_OpenApi::importErrors()
{
    QFETCH(QByteArray, paths);
    QFETCH(int, line);
    QFETCH(QString, field);
    QFETCH(QString, message);
    io::DiagnosticSink sink(QStringLiteral("api.yaml"));
    QVERIFY(!import(restDoc(paths), model::Protocol::Rest, sink));
    QVERIFY(sink.hasErrors());
    const io::Diagnostic &d = sink.diagnostics().constFirst();
    QCOMPARE(d.field, field);
    QVERIFY2(d.message.contains(message), qPrintable(d.message));
    QCOMPARE(d.line, line);
    QVERIFY(d.format().startsWith(QStringLiteral("api.yaml:%1:").arg(line)));
}

void tst_OpenApi::integrationFields()
{
    io::DiagnosticSink sink;
    const auto def = import(restDoc("  /p/{id}:\n    x-amazon-apigateway-any-method:\n"
                                    "      x-amazon-apigateway-integration:\n"
                                    "        type: HTTP_PROXY\n        httpMethod: any\n        uri: http://b/{id}\n"
                                    "        passthroughBehavior: when_no_match\n        timeoutInMillis: 5000\n"
                                    "        requestParameters:\n          integration.request.path.id: method.request.path.id\n"
                                    "        responses:\n          default:\n            statusCode: 200\n"),
                            model::Protocol::Rest, sink);
    QVERIFY(def);
    QCOMPARE(def->paths.size(), 1);
    const model::Operation &op = def->paths[0].operations[0];
    QCOMPARE(op.method, QStringLiteral("ANY"));
    QVERIFY(op.integration);
    QCOMPARE(op.integration->type, model::IntegrationType::HttpProxy);
    QCOMPARE(op.integration->httpMethod, QStringLiteral("ANY"));
    QCOMPARE(op.integration->passthroughBehavior, QStringLiteral("WHEN_NO_MATCH"));
    QCOMPARE(op.integration->timeoutInMillis, 5000);
    QCOMPARE(op.integration->requestParameters.size(), 1);
    QCOMPARE(op.integration->responses[0].statusCode, QStringLiteral("200"));
}

void tst_OpenApi::httpApiSharedIntegration()
{
    const QByteArray doc = "openapi: 3.0.1\ninfo: {title: H, version: '1'}\nx-amazon-apigateway-importexport-version: '1.0'\n"
                           "paths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n"
                           "        $ref: '#/components/x-amazon-apigateway-integrations/backend'\n"
                           "components:\n  x-amazon-apigateway-integrations:\n    backend:\n"
                           "      type: http_proxy\n      uri: http://example.com\n      payloadFormatVersion: '1.0'\n";
    io::DiagnosticSink sink;
    const doc::ParseResult r = doc::parse(doc);
    QCOMPARE(io::detectProtocol(r.root), model::Protocol::Http);
    const auto def = io::readOpenApi(r.root, model::Protocol::Http, sink);
    QVERIFY(def);
    const model::Operation &op = def->paths[0].operations[0];
    QCOMPARE(op.integrationRef, QStringLiteral("backend"));
    QCOMPARE(op.integration->uri, QStringLiteral("http://example.com"));
    // Written back as the reference it was.
    const doc::Node out = io::writeOpenApi(*def);
    QCOMPARE(out[u"paths"][u"/a"][u"get"][u"x-amazon-apigateway-integration"][u"$ref"].toString(),
             QStringLiteral("#/components/x-amazon-apigateway-integrations/backend"));
}

void tst_OpenApi::defaultRouteOnlyOnHttp()
{
    const QByteArray paths = "  /$default:\n    x-amazon-apigateway-any-method:\n      isDefaultRoute: true\n"
                             "      x-amazon-apigateway-integration:\n        type: http_proxy\n        httpMethod: ANY\n"
                             "        uri: http://example.com\n";
    io::DiagnosticSink rest;
    QVERIFY(!import(restDoc(paths), model::Protocol::Rest, rest));
    QVERIFY(rest.diagnostics().constFirst().message.contains(QLatin1String("only in HTTP APIs")));
    io::DiagnosticSink http;
    const auto def = import(restDoc(paths), model::Protocol::Http, http);
    QVERIFY(def);
    QCOMPARE(def->paths[0].path, QStringLiteral("/$default"));
}

void tst_OpenApi::swagger2Conversion()
{
    const QByteArray swagger = R"({
  "swagger": "2.0", "info": {"title": "S", "version": "1"}, "host": "example.com", "basePath": "/v1",
  "schemes": ["https"], "consumes": ["application/json"], "produces": ["application/json"],
  "paths": {"/pets": {"post": {
      "parameters": [{"in": "body", "name": "Pet", "required": true, "schema": {"$ref": "#/definitions/Pet"}},
                     {"in": "query", "name": "dryRun", "type": "boolean"}],
      "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Pet"},
                            "headers": {"X-Rate": {"type": "integer"}}}},
      "x-amazon-apigateway-integration": {"type": "mock", "requestTemplates": {"application/json": "{\"statusCode\": 200}"},
                                          "responses": {"default": {"statusCode": "200"}}}}}},
  "definitions": {"Pet": {"type": "object"}},
  "securityDefinitions": {"api_key": {"type": "apiKey", "name": "x-api-key", "in": "header"}}
})";
    io::DiagnosticSink sink;
    const auto def = import(swagger, model::Protocol::Rest, sink);
    QVERIFY(def);
    QCOMPARE(def->document[u"openapi"].toString(), QStringLiteral("3.0.1"));
    QCOMPARE(def->document[u"servers"].items().at(0)[u"url"].toString(), QStringLiteral("https://example.com/v1"));
    QVERIFY(def->document[u"components"][u"schemas"].contains(u"Pet"));
    QVERIFY(def->document[u"components"][u"securitySchemes"].contains(u"api_key"));
    const model::Operation &op = def->paths[0].operations[0];
    QCOMPARE(op.body[u"requestBody"][u"content"][u"application/json"][u"schema"][u"$ref"].toString(),
             QStringLiteral("#/components/schemas/Pet"));
    QVERIFY(op.body[u"requestBody"][u"required"].toBool());
    QCOMPARE(op.body[u"parameters"].items().size(), size_t(1));
    QCOMPARE(op.body[u"parameters"].items()[0][u"schema"][u"type"].toString(), QStringLiteral("boolean"));
    QCOMPARE(op.body[u"responses"][u"200"][u"content"][u"application/json"][u"schema"][u"$ref"].toString(),
             QStringLiteral("#/components/schemas/Pet"));
    QCOMPARE(op.body[u"responses"][u"200"][u"headers"][u"X-Rate"][u"schema"][u"type"].toString(), QStringLiteral("integer"));
    QVERIFY(op.integration);
}

void tst_OpenApi::awsVariables()
{
    io::DiagnosticSink sink;
    const auto def = import(restDoc("  /p:\n    get:\n      x-amazon-apigateway-integration:\n        type: aws_proxy\n"
                                    "        httpMethod: POST\n        uri: arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/"
                                    "2015-03-31/functions/arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:f/invocations\n"),
                            model::Protocol::Rest, sink);
    QVERIFY(def);
    QCOMPARE(def->paths[0].operations[0].integration->uri,
             QStringLiteral("arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations"));
}

void tst_OpenApi::writeThenReadIsIdentity()
{
    io::DiagnosticSink sink;
    const auto def = import(restDoc("  /p:\n    get:\n      summary: s\n      x-amazon-apigateway-integration:\n        type: mock\n"
                                    "        requestTemplates:\n          application/json: '{\"statusCode\": 200}'\n"
                                    "        responses:\n          '2\\d{2}':\n            statusCode: '201'\n"
                                    "            responseParameters:\n              method.response.header.X: \"'y'\"\n"),
                            model::Protocol::Rest, sink);
    QVERIFY(def);
    const doc::Node written = io::writeOpenApi(*def);
    io::DiagnosticSink again;
    const auto back = io::readOpenApi(doc::parse(doc::writeYaml(written)).root, model::Protocol::Rest, again);
    QVERIFY(back);
    QVERIFY(*back == *def);
}

void tst_OpenApi::awsDocumentsImport_data()
{
    QTest::addColumn<QString>("path");
    const QString dir = gw::test::conformanceDir();
    if (dir.isEmpty())
        return;
    QDirIterator it(dir + QStringLiteral("/apigw-openapi/awsdocs-devguide/full-definitions"),
                    {QStringLiteral("*.json"), QStringLiteral("*.yaml")}, QDir::Files);
    while (it.hasNext()) {
        const QString p = it.next();
        if (!p.endsWith(QLatin1String("index.json")))
            QTest::addRow("%s", qPrintable(QFileInfo(p).fileName())) << p;
    }
}

void tst_OpenApi::awsDocumentsImport()
{
    if (gw::test::conformanceDir().isEmpty())
        QSKIP(qPrintable(gw::test::conformanceMissingMessage()));
    QFETCH(QString, path);
    io::InputOptions options;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // Reusable integrations exist only in HTTP APIs; AWS's example omits the import/export version marker.
    if (file.readAll().contains("x-amazon-apigateway-integrations"))
        options.protocol = model::Protocol::Http;
    const io::InputLoad load = io::loadInputs({path}, options);
    QStringList errors;
    for (const io::Diagnostic &d : load.diagnostics) {
        if (d.severity == io::Diagnostic::Severity::Error)
            errors.append(d.format());
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(load.project);
    QCOMPARE(load.project->apis.size(), 1);
    QVERIFY(!load.project->apis[0].definition.paths.isEmpty());
}

void tst_OpenApi::exampleProjectRoundTripsByteForByte()
{
    const QString path = gw::test::sourceDir() + QStringLiteral("/resources/examples/petstore.gatehouse.yaml");
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const io::ProjectLoad load = io::loadProject(path);
    for (const io::Diagnostic &d : load.diagnostics)
        qWarning("%s", qPrintable(d.format()));
    QVERIFY(load.project);
    QCOMPARE(load.project->apis.size(), 2);
    QCOMPARE(QString::fromUtf8(io::serializeProject(*load.project)), QString::fromUtf8(bytes));
}

void tst_OpenApi::projectErrors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    const QByteArray api = "apis:\n  - id: a\n    protocol: rest\n    definition:\n      openapi: 3.0.1\n      info: {title: A, version: '1'}\n      paths: {}\n";
    QTest::addRow("newer format") << QByteArray("gatehouse: 7\n") << 1 << "newer than this Gatehouse";
    QTest::addRow("bad api id") << QByteArray("gatehouse: 1\napis:\n  - id: Bad Id\n    definition: {openapi: 3.0.1, paths: {}}\n") << 3 << "lower-case letters";
    QTest::addRow("unknown deployment") << QByteArray("gatehouse: 1\n" + api + "    stages:\n      - name: prod\n        deployment: nope\n") << 11 << "names a deployment `nope`";
    QTest::addRow("rest $default") << QByteArray("gatehouse: 1\n" + api + "    stages:\n      - name: $default\n") << 10 << "REST APIs cannot have a $default stage";
    QTest::addRow("bad port") << QByteArray("gatehouse: 1\nport: 99999\n") << 2 << "TCP port";
    QTest::addRow("bad protocol") << QByteArray("gatehouse: 1\napis:\n  - id: a\n    protocol: soap\n") << 4 << "rest, http or websocket";
}

void tst_OpenApi::projectErrors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(QString, message);
    const doc::ParseResult r = doc::parse(yaml);
    QVERIFY(r.ok());
    const io::ProjectLoad load = io::readProject(r.root, QStringLiteral("p.yaml"));
    QVERIFY(!load.project);
    QVERIFY(!load.diagnostics.isEmpty());
    const io::Diagnostic &d = load.diagnostics.constFirst();
    QVERIFY2(d.message.contains(message), qPrintable(d.format()));
    QCOMPARE(d.line, line);
}

void tst_OpenApi::deploymentSnapshotsAreKept()
{
    const io::ProjectLoad load = io::loadProject(gw::test::sourceDir() + QStringLiteral("/resources/examples/petstore.gatehouse.yaml"));
    QVERIFY(load.project);
    model::Project p = *load.project;
    // Edit the working copy: the deployment keeps the old definition and is written out in full.
    p.apis[0].definition.paths.removeLast();
    const QByteArray saved = io::serializeProject(p);
    const io::ProjectLoad again = io::readProject(doc::parse(saved).root, QStringLiteral("saved.yaml"));
    QVERIFY(again.project);
    const model::Api &api = again.project->apis[0];
    QCOMPARE(api.definition.paths.size(), p.apis[0].definition.paths.size());
    QCOMPARE(api.deployments[0].definition.paths.size(), load.project->apis[0].definition.paths.size());
    QCOMPARE(io::serializeProject(*again.project), saved);
}

void tst_OpenApi::bareDocumentBecomesProject()
{
    const QByteArray doc = restDoc("  /p:\n    get:\n      x-amazon-apigateway-integration: {type: mock}\n");
    io::InputOptions opts;
    opts.stage = QStringLiteral("dev");
    const io::InputLoad load = io::projectFromDocument(doc::parse(doc).root, QStringLiteral("d.yaml"), opts);
    QVERIFY(load.project);
    const model::Api &api = load.project->apis[0];
    QCOMPARE(api.id, QStringLiteral("t"));
    QCOMPARE(api.protocol, model::Protocol::Rest);
    QCOMPARE(api.stages[0].name, QStringLiteral("dev"));
    QVERIFY(api.deployment(api.stages[0].deploymentId));
    opts.apiId = QStringLiteral("custom");
    opts.protocol = model::Protocol::Http;
    opts.stage = QStringLiteral("$default");
    const io::InputLoad http = io::projectFromDocument(doc::parse(doc).root, QStringLiteral("d.yaml"), opts);
    // MOCK does not exist on HTTP APIs.
    QVERIFY(!http.project);
}

QTEST_APPLESS_MAIN(tst_OpenApi)
#include "tst_openapi.moc"
