// SPDX-License-Identifier: GPL-3.0-or-later
#include "doc/docio.h"
#include "io/deploydiff.h"
#include "io/openapi.h"

#include <QElapsedTimer>
#include <QtTest>

#include <functional>

using namespace gw;

/// Turns the deployed definition into the working copy a row compares it with.
using DefinitionEdit = std::function<void(model::ApiDefinition &)>;
Q_DECLARE_METATYPE(DefinitionEdit)

namespace {

const QByteArray restDocument = R"(openapi: 3.0.1
info: {title: Pets, version: "1"}
paths:
  /pets:
    get:
      security:
        - tokenAuth: []
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates: {application/json: '{"statusCode": 200}'}
        responses: {default: {statusCode: "200"}}
    post:
      x-amazon-apigateway-integration:
        type: http
        httpMethod: POST
        uri: http://example.com/pets
        requestTemplates: {application/json: '$input.body'}
        responses: {default: {statusCode: "200"}}
    delete:
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates: {application/json: '{"statusCode": 204}'}
        responses: {default: {statusCode: "204"}}
components:
  schemas:
    Pet: {type: object}
  securitySchemes:
    tokenAuth:
      type: apiKey
      name: Authorization
      in: header
      x-amazon-apigateway-authtype: custom
      x-amazon-apigateway-authorizer:
        type: token
        authorizerUri: auth
        identitySource: method.request.header.Authorization
)";

const QByteArray httpDocument = R"(openapi: 3.0.1
info: {title: Items, version: "1"}
paths:
  /items:
    get:
      x-amazon-apigateway-integration:
        type: http_proxy
        httpMethod: GET
        uri: http://example.com/items
        payloadFormatVersion: "1.0"
x-amazon-apigateway-importexport-version: "1.0"
)";

model::ApiDefinition read(const QByteArray &text, model::Protocol protocol)
{
    const doc::ParseResult parsed = doc::parse(text);
    if (!parsed.ok())
        qFatal("test document does not parse: %s", qPrintable(parsed.error->message));
    io::DiagnosticSink sink;
    std::optional<model::ApiDefinition> def = io::readOpenApi(parsed.root, protocol, sink);
    if (!def) {
        for (const io::Diagnostic &d : sink.diagnostics())
            qWarning("%s", qPrintable(d.format()));
        qFatal("test document does not import");
    }
    return *def;
}

model::PathItem *pathOf(model::ApiDefinition &def, const char *path)
{
    for (model::PathItem &pi : def.paths) {
        if (pi.path == QLatin1String(path))
            return &pi;
    }
    qFatal("no path %s", path);
}

model::Operation *operationOf(model::ApiDefinition &def, const char *path, const char *method)
{
    for (model::Operation &op : pathOf(def, path)->operations) {
        if (op.method == QLatin1String(method))
            return &op;
    }
    qFatal("no %s %s", method, path);
}

QStringList formatted(const QList<io::DefinitionChange> &changes)
{
    QStringList out;
    for (const io::DefinitionChange &c : changes)
        out.append(c.format());
    return out;
}

/// A REST definition of `count` paths, each with a GET method.
model::ApiDefinition bigDefinition(int count)
{
    QByteArray text = "openapi: 3.0.1\ninfo: {title: Big, version: '1'}\npaths:\n";
    for (int i = 0; i < count; ++i)
        text += "  /things" + QByteArray::number(i) + "/{id}:\n    get:\n      parameters:\n        - {name: id, in: path, "
                "required: true, schema: {type: string}}\n      x-amazon-apigateway-integration:\n        type: http_proxy\n"
                "        httpMethod: GET\n        uri: http://example.com/things/{id}\n"
                "        requestParameters: {integration.request.path.id: method.request.path.id}\n";
    return read(text, model::Protocol::Rest);
}

} // namespace

class tst_DeployDiff : public QObject
{
    Q_OBJECT
private slots:
    void restChanges_data();
    void restChanges();
    void httpRoutes();
    void notDeployedIsAllNew();
    void plainNames_data();
    void plainNames();
    void thousandPaths();
};

void tst_DeployDiff::restChanges_data()
{
    QTest::addColumn<DefinitionEdit>("edit");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("no change") << DefinitionEdit([](model::ApiDefinition &) {}) << QStringList();
    QTest::addRow("added method") << DefinitionEdit([](model::ApiDefinition &d) {
        model::PathItem item = *pathOf(d, "/pets");
        item.path = QStringLiteral("/pets/{id}");
        item.operations = {item.operations.first()};
        d.paths.append(item);
    }) << QStringList{QStringLiteral("Added GET /pets/{id}")};
    QTest::addRow("removed method") << DefinitionEdit([](model::ApiDefinition &d) {
        pathOf(d, "/pets")->operations.removeLast();
    }) << QStringList{QStringLiteral("Removed DELETE /pets")};
    QTest::addRow("integration uri and request templates") << DefinitionEdit([](model::ApiDefinition &d) {
        model::Integration &in = *operationOf(d, "/pets", "POST")->integration;
        in.uri = QStringLiteral("http://example.com/v2/pets");
        in.requestTemplates = {{QStringLiteral("application/json"), QStringLiteral("{}")}};
    }) << QStringList{QStringLiteral("Changed POST /pets: integration uri, integration request templates")};
    QTest::addRow("authorization of a method") << DefinitionEdit([](model::ApiDefinition &d) {
        operationOf(d, "/pets", "GET")->body.remove(u"security");
    }) << QStringList{QStringLiteral("Changed GET /pets: authorization")};
    QTest::addRow("integration removed") << DefinitionEdit([](model::ApiDefinition &d) {
        operationOf(d, "/pets", "DELETE")->integration.reset();
    }) << QStringList{QStringLiteral("Changed DELETE /pets: integration removed")};
    QTest::addRow("authorizer identity source") << DefinitionEdit([](model::ApiDefinition &d) {
        doc::Node *a = d.document.find(u"components")->find(u"securitySchemes")->find(u"tokenAuth")->find(
            u"x-amazon-apigateway-authorizer");
        a->set(QStringLiteral("identitySource"), doc::Node::string(QStringLiteral("method.request.header.X-Token")));
    }) << QStringList{QStringLiteral("Changed authorizer tokenAuth: identity source")};
    QTest::addRow("model") << DefinitionEdit([](model::ApiDefinition &d) {
        d.document.find(u"components")->find(u"schemas")->find(u"Pet")->set(QStringLiteral("required"),
                                                                              doc::Node::sequence());
    }) << QStringList{QStringLiteral("Changed model Pet")};
    QTest::addRow("added model") << DefinitionEdit([](model::ApiDefinition &d) {
        d.document.find(u"components")->find(u"schemas")->set(QStringLiteral("Error"), doc::Node::mapping());
    }) << QStringList{QStringLiteral("Added model Error")};
    QTest::addRow("API setting") << DefinitionEdit([](model::ApiDefinition &d) {
        doc::Node types = doc::Node::sequence();
        types.append(doc::Node::string(QStringLiteral("image/png")));
        d.document.set(QStringLiteral("x-amazon-apigateway-binary-media-types"), types);
    }) << QStringList{QStringLiteral("Added binary media types")};
    QTest::addRow("API info") << DefinitionEdit([](model::ApiDefinition &d) {
        d.document.find(u"info")->set(QStringLiteral("title"), doc::Node::string(QStringLiteral("Pets v2")));
    }) << QStringList{QStringLiteral("Changed API info: title")};
    QTest::addRow("several, in order") << DefinitionEdit([](model::ApiDefinition &d) {
        d.paths.removeFirst();
        model::PathItem root;
        root.path = QStringLiteral("/");
        d.paths.append(root);
        d.document.find(u"components")->find(u"securitySchemes")->remove(u"tokenAuth");
    }) << QStringList{QStringLiteral("Removed GET /pets"), QStringLiteral("Removed POST /pets"),
                      QStringLiteral("Removed DELETE /pets"), QStringLiteral("Removed authorizer tokenAuth")};
}

void tst_DeployDiff::restChanges()
{
    QFETCH(DefinitionEdit, edit);
    QFETCH(QStringList, expected);
    const model::ApiDefinition deployed = read(restDocument, model::Protocol::Rest);
    model::ApiDefinition working = deployed;
    edit(working);
    QCOMPARE(formatted(io::diffDefinitions(deployed, working, model::Protocol::Rest)), expected);
    // The other way round, additions are removals.
    const QList<io::DefinitionChange> back = io::diffDefinitions(working, deployed, model::Protocol::Rest);
    QCOMPARE(back.size(), expected.size());
}

void tst_DeployDiff::httpRoutes()
{
    const model::ApiDefinition deployed = read(httpDocument, model::Protocol::Http);
    model::ApiDefinition working = deployed;
    operationOf(working, "/items", "GET")->integration->uri = QStringLiteral("http://example.com/v2/items");
    model::PathItem fallback = working.paths.first();
    fallback.path = QStringLiteral("$default");
    fallback.operations.first().method = QStringLiteral("ANY");
    working.paths.append(fallback);
    QCOMPARE(formatted(io::diffDefinitions(deployed, working, model::Protocol::Http)),
             (QStringList{QStringLiteral("Changed GET /items: integration uri"), QStringLiteral("Added $default")}));
}

void tst_DeployDiff::notDeployedIsAllNew()
{
    const model::ApiDefinition working = read(restDocument, model::Protocol::Rest);
    const QList<io::DefinitionChange> changes = io::diffDefinitions({}, working, model::Protocol::Rest);
    QCOMPARE(formatted(changes),
             (QStringList{QStringLiteral("Added GET /pets"), QStringLiteral("Added POST /pets"),
                          QStringLiteral("Added DELETE /pets"), QStringLiteral("Added authorizer tokenAuth"),
                          QStringLiteral("Added model Pet"), QStringLiteral("Added API info")}));
    for (const io::DefinitionChange &c : changes)
        QCOMPARE(c.kind, io::DefinitionChange::Kind::Added);
}

void tst_DeployDiff::plainNames_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("plain");
    QTest::addRow("camel case") << "requestTemplates" << "request templates";
    QTest::addRow("one word") << "uri" << "uri";
    QTest::addRow("extension") << "x-amazon-apigateway-binary-media-types" << "binary media types";
    QTest::addRow("integration") << "x-amazon-apigateway-integration" << "integration";
    QTest::addRow("security") << "security" << "authorization";
    QTest::addRow("acronym") << "authorizerResultTtlInSeconds" << "authorizer result ttl in seconds";
}

void tst_DeployDiff::plainNames()
{
    QFETCH(QString, key);
    QFETCH(QString, plain);
    QCOMPARE(io::plainFieldName(key), plain);
}

void tst_DeployDiff::thousandPaths()
{
    const model::ApiDefinition deployed = bigDefinition(1000);
    model::ApiDefinition working = deployed;
    working.paths[500].operations.first().integration->uri = QStringLiteral("http://example.com/v2/things/{id}");
    working.paths.removeLast();
    QElapsedTimer timer;
    timer.start();
    const QList<io::DefinitionChange> changes = io::diffDefinitions(deployed, working, model::Protocol::Rest);
    qInfo("diff of two 1,000-path definitions: %lld ms", timer.elapsed());
    QCOMPARE(formatted(changes), (QStringList{QStringLiteral("Changed GET /things500/{id}: integration uri"),
                                              QStringLiteral("Removed GET /things999/{id}")}));
    QBENCHMARK {
        QCOMPARE(io::diffDefinitions(deployed, working, model::Protocol::Rest).size(), 2);
    }
}

QTEST_GUILESS_MAIN(tst_DeployDiff)
#include "tst_deploydiff.moc"
