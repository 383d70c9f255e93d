// SPDX-License-Identifier: GPL-3.0-or-later
// Export and import: OpenAPI 3.0 / Swagger 2.0 round trips for the example and AWS's own documents, serving an
// export answers as serving the original, CloudFormation resources against AWS's resource schemas, and the exact
// command-line forms of check, export and import.
#include "rawhttp.h"
#include "testsupport.h"

#include "doc/docio.h"
#include "engine/compiler.h"
#include "engine/gatewayengine.h"
#include "io/apiexport.h"
#include "io/inputloader.h"
#include "io/openapi.h"
#include "io/projectfile.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace gw;
using namespace gw::test;

namespace {

/// The AWS OpenAPI/Swagger documents of the conformance data (every whole document; SAM outputs are templates).
QStringList conformanceDocuments()
{
    const QString dir = conformanceDir();
    if (dir.isEmpty())
        return {};
    QStringList out;
    for (const char *sub : {"apigw-openapi/awsdocs-devguide/full-definitions", "apigw-openapi/localstack-files/openapi",
                            "apigw-openapi/oai-examples"}) {
        QDirIterator it(dir + QLatin1Char('/') + QLatin1String(sub), {QStringLiteral("*.json"), QStringLiteral("*.yaml")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.endsWith(QLatin1String("/index.json")))
                out.append(path);
        }
    }
    out.sort();
    return out;
}

QString relative(const QString &path)
{
    const QString dir = conformanceDir();
    return path.startsWith(dir) ? path.mid(dir.size() + 1) : QFileInfo(path).fileName();
}

/// Loads a file as `gatehouse` does; QSKIPs a row whose document Gatehouse (like AWS) refuses.
#define LOAD_OR_SKIP(load, path)                                                                                       \
    const io::InputLoad load = io::loadInputs({path}, {});                                                             \
    if (load.hasErrors() || !load.project) {                                                                           \
        QString first;                                                                                                 \
        for (const io::Diagnostic &d : load.diagnostics) {                                                             \
            if (d.severity == io::Diagnostic::Severity::Error) {                                                       \
                first = d.format();                                                                                    \
                break;                                                                                                 \
            }                                                                                                          \
        }                                                                                                              \
        QSKIP(qPrintable(QStringLiteral("refused on import, as AWS would: ") + first));                                \
    }

/// One line per operation: method, path and integration as written. Two definitions with the same lines route and
/// integrate alike.
QStringList routeLines(const model::ApiDefinition &def)
{
    QStringList out;
    for (const model::PathItem &p : def.paths) {
        for (const model::Operation &op : p.operations) {
            out.append(QStringLiteral("%1 %2 %3")
                           .arg(op.method, p.path,
                                op.integration ? QString::fromUtf8(doc::writeJson(io::writeIntegration(*op.integration),
                                                                                  {2, true}))
                                               : QStringLiteral("-")));
        }
    }
    return out;
}

std::optional<model::ApiDefinition> reimport(const QByteArray &text, model::Protocol protocol, QStringList *errors)
{
    const doc::ParseResult parsed = doc::parse(text);
    if (!parsed.ok()) {
        errors->append(parsed.error->message);
        return std::nullopt;
    }
    io::DiagnosticSink sink(QStringLiteral("export"));
    auto def = io::readOpenApi(parsed.root, protocol, sink);
    for (const io::Diagnostic &d : sink.diagnostics()) {
        if (d.severity == io::Diagnostic::Severity::Error)
            errors->append(d.format());
    }
    return def;
}

/// The same API, or a message that says where the two first differ.
QString compareDefinitions(const model::ApiDefinition &a, const model::ApiDefinition &b)
{
    if (a == b)
        return {};
    if (!(a.document == b.document)) {
        for (const auto &[key, value] : a.document.members()) {
            if (!(b.document[key] == value))
                return QStringLiteral("document member `%1` differs:\n%2---\n%3")
                    .arg(key, QString::fromUtf8(doc::writeYaml(value)), QString::fromUtf8(doc::writeYaml(b.document[key])));
        }
        return QStringLiteral("documents differ in their members");
    }
    const QStringList ra = routeLines(a), rb = routeLines(b);
    for (qsizetype i = 0; i < std::max(ra.size(), rb.size()); ++i) {
        if (ra.value(i) != rb.value(i))
            return QStringLiteral("route %1 differs:\n%2\n%3").arg(i).arg(ra.value(i), rb.value(i));
    }
    return QStringLiteral("operation bodies or path-level members differ");
}

/// A gateway serving a project on 127.0.0.1:0.
struct Served
{
    GatewayEngine engine;
    explicit Served(const model::Project &project)
    {
        engine.deploy(compileProject(project).gateway);
        QString error;
        if (!engine.start(QHostAddress::LocalHost, 0, &error))
            qFatal("%s", qPrintable(error));
    }
    RawResponse request(const QByteArray &apiId, const QByteArray &method, const QByteArray &path,
                        const QByteArray &headers = {})
    {
        return rawRequest(engine.port(), method + ' ' + path + " HTTP/1.1\r\nHost: " + apiId
                                             + ".execute-api.localhost\r\n" + headers + "Content-Length: 0\r\n\r\n");
    }
};

// --- A small checker for CloudFormation resource-provider schemas (draft-07 dialect) ---------------------------------

bool isIntrinsic(const QJsonValue &v)
{
    if (!v.isObject() || v.toObject().size() != 1)
        return false;
    const QString key = v.toObject().begin().key();
    return key == QLatin1String("Ref") || key.startsWith(QLatin1String("Fn::"));
}

bool hasType(const QJsonValue &v, const QString &type)
{
    if (type == QLatin1String("object"))
        return v.isObject();
    if (type == QLatin1String("array"))
        return v.isArray();
    if (type == QLatin1String("string"))
        return v.isString();
    if (type == QLatin1String("boolean"))
        return v.isBool();
    if (type == QLatin1String("number"))
        return v.isDouble();
    if (type == QLatin1String("integer"))
        return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
    return true;
}

void checkSchema(const QJsonValue &value, QJsonObject schema, const QJsonObject &root, const QString &path,
                 QStringList *errors)
{
    if (isIntrinsic(value))
        return; // resolved by CloudFormation at deploy time
    while (schema.contains(QLatin1String("$ref"))) {
        const QString ref = schema.value(QLatin1String("$ref")).toString();
        schema = root.value(QLatin1String("definitions")).toObject().value(ref.section(QLatin1Char('/'), -1)).toObject();
    }
    for (const char *combinator : {"oneOf", "anyOf"}) {
        const QJsonArray options = schema.value(QLatin1String(combinator)).toArray();
        if (options.isEmpty())
            continue;
        bool any = false;
        for (const QJsonValue &o : options) {
            QStringList sub;
            checkSchema(value, o.toObject(), root, path, &sub);
            any = any || sub.isEmpty();
        }
        if (!any)
            errors->append(QStringLiteral("%1: matches none of %2").arg(path, QLatin1String(combinator)));
    }
    const QJsonValue type = schema.value(QLatin1String("type"));
    if (!type.isUndefined()) {
        QStringList types;
        if (type.isArray()) {
            for (const QJsonValue &t : type.toArray())
                types.append(t.toString());
        } else {
            types.append(type.toString());
        }
        if (std::none_of(types.cbegin(), types.cend(), [&](const QString &t) { return hasType(value, t); })) {
            errors->append(QStringLiteral("%1: must be %2").arg(path, types.join(QLatin1Char('|'))));
            return;
        }
    }
    if (schema.contains(QLatin1String("enum")) && !schema.value(QLatin1String("enum")).toArray().contains(value))
        errors->append(QStringLiteral("%1: `%2` is not in the schema's enum").arg(path, value.toVariant().toString()));
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        const QJsonObject patterns = schema.value(QLatin1String("patternProperties")).toObject();
        for (const QJsonValue &r : schema.value(QLatin1String("required")).toArray()) {
            if (!object.contains(r.toString()))
                errors->append(QStringLiteral("%1: required property %2 is missing").arg(path, r.toString()));
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString here = path + QLatin1Char('.') + it.key();
            if (properties.contains(it.key())) {
                checkSchema(it.value(), properties.value(it.key()).toObject(), root, here, errors);
                continue;
            }
            bool matched = false;
            for (auto p = patterns.begin(); p != patterns.end(); ++p) {
                if (QRegularExpression(p.key()).match(it.key()).hasMatch()) {
                    checkSchema(it.value(), p.value().toObject(), root, here, errors);
                    matched = true;
                }
            }
            if (!matched && schema.value(QLatin1String("additionalProperties")) == QJsonValue(false))
                errors->append(QStringLiteral("%1: not a property of this type").arg(here));
        }
    } else if (value.isArray() && schema.value(QLatin1String("items")).isObject()) {
        int i = 0;
        for (const QJsonValue &item : value.toArray())
            checkSchema(item, schema.value(QLatin1String("items")).toObject(), root,
                        QStringLiteral("%1[%2]").arg(path).arg(i++), errors);
    }
}

QHash<QString, QJsonObject> cfnSchemas()
{
    QHash<QString, QJsonObject> out;
    QDirIterator it(conformanceDir() + QStringLiteral("/cfn-resource-schemas/us_east_1"), {QStringLiteral("*.json")}, QDir::Files);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject schema = QJsonDocument::fromJson(f.readAll()).object();
        out.insert(schema.value(QLatin1String("typeName")).toString(), schema);
    }
    return out;
}

/// Every resource of a template whose type has a schema: its Properties against it. Returns the types checked.
QStringList checkTemplate(const QJsonObject &tmpl, const QHash<QString, QJsonObject> &schemas, QStringList *errors)
{
    QStringList checked;
    const QJsonObject resources = tmpl.value(QLatin1String("Resources")).toObject();
    for (auto it = resources.begin(); it != resources.end(); ++it) {
        const QString type = it.value().toObject().value(QLatin1String("Type")).toString();
        if (!schemas.contains(type))
            continue;
        checked.append(type);
        const QJsonObject schema = schemas.value(type);
        checkSchema(it.value().toObject().value(QLatin1String("Properties")), schema, schema,
                    it.key() + QStringLiteral(".Properties"), errors);
    }
    return checked;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args)
{
    QProcess p;
    p.start(gatehouseBinary(), args);
    p.waitForFinished(60'000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class tst_Export : public QObject
{
    Q_OBJECT
private slots:
    void oas30RoundTrip_data();
    void oas30RoundTrip();
    void swaggerRoundTrip_data();
    void swaggerRoundTrip();
    void swaggerShape();
    void servingTheExportAnswersAlike();
    void localValuesBecomeParameters();
    void cloudFormationResourcesMatchSchemas_data();
    void cloudFormationResourcesMatchSchemas();
    void terraformShape();
    void cliCheck();
    void cliExport_data();
    void cliExport();
    void cliExportErrors_data();
    void cliExportErrors();
    void cliExportTemplateWithFnIf();
    void cliImport();
};

void tst_Export::oas30RoundTrip_data()
{
    QTest::addColumn<QString>("path");
    QTest::addRow("example project") << exampleProjectPath();
    const QStringList docs = conformanceDocuments();
    for (const QString &path : docs)
        QTest::addRow("%s", qPrintable(relative(path))) << path;
}

void tst_Export::oas30RoundTrip()
{
    QFETCH(QString, path);
    LOAD_OR_SKIP(load, path);
    for (const model::Api &api : load.project->apis) {
        for (const doc::Syntax syntax : {doc::Syntax::Yaml, doc::Syntax::Json}) {
            io::ExportOptions options;
            options.apiId = api.id;
            options.syntax = syntax;
            const io::ExportResult exported = io::exportProject(*load.project, options);
            QVERIFY2(exported.ok(), qPrintable(exported.error));
            QStringList errors;
            const auto back = reimport(exported.text, api.protocol, &errors);
            QVERIFY2(back, qPrintable(errors.join(QLatin1Char('\n'))));
            const bool completed = std::any_of(exported.warnings.cbegin(), exported.warnings.cend(), [](const QString &w) {
                return w.contains(QLatin1String("OpenAPI requires"));
            });
            if (!completed) {
                const QString difference = compareDefinitions(api.definition, *back);
                QVERIFY2(difference.isEmpty(), qPrintable(api.id + QStringLiteral(": ") + difference));
                continue;
            }
            // The export added what OpenAPI requires (method responses, path parameters, info.version), each named in
            // a warning; routes, integrations and every other document member are unchanged.
            QCOMPARE(routeLines(*back), routeLines(api.definition));
            for (const auto &[key, value] : api.definition.document.members()) {
                if (key != QLatin1String("info"))
                    QVERIFY2(back->document[key] == value, qPrintable(key));
            }
            QCOMPARE(back->document.members().size(), api.definition.document.members().size());
        }
    }
}

void tst_Export::swaggerRoundTrip_data()
{
    oas30RoundTrip_data();
}

void tst_Export::swaggerRoundTrip()
{
    QFETCH(QString, path);
    LOAD_OR_SKIP(load, path);
    int rest = 0;
    for (const model::Api &api : load.project->apis) {
        io::ExportOptions options;
        options.apiId = api.id;
        options.format = io::ExportFormat::Swagger20;
        const io::ExportResult exported = io::exportProject(*load.project, options);
        if (api.protocol != model::Protocol::Rest) {
            QVERIFY(!exported.ok());
            QVERIFY2(exported.error.contains(QLatin1String("only as OpenAPI 3.0")), qPrintable(exported.error));
            continue;
        }
        ++rest;
        QVERIFY2(exported.ok(), qPrintable(exported.error));
        const doc::ParseResult parsed = doc::parse(exported.text);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.root[u"swagger"].toString(), QStringLiteral("2.0"));
        QVERIFY(!parsed.root.contains(u"openapi"));
        QVERIFY(!parsed.root.contains(u"components"));
        QStringList errors;
        const auto back = reimport(exported.text, api.protocol, &errors);
        QVERIFY2(back, qPrintable(errors.join(QLatin1Char('\n'))));
        // Swagger 2.0 cannot say everything OpenAPI 3.0 can; the routes and integrations must survive.
        QCOMPARE(routeLines(*back), routeLines(api.definition));
        for (const QString &ext : {QStringLiteral("x-amazon-apigateway-gateway-responses"),
                                  QStringLiteral("x-amazon-apigateway-request-validators"),
                                  QStringLiteral("x-amazon-apigateway-binary-media-types"),
                                  QStringLiteral("x-amazon-apigateway-policy"), QStringLiteral("x-amazon-apigateway-api-key-source")}) {
            QVERIFY2(back->document[ext] == api.definition.document[ext], qPrintable(ext));
        }
        QCOMPARE(back->document[u"components"][u"securitySchemes"].size(),
                 api.definition.document[u"components"][u"securitySchemes"].size());
    }
    if (rest == 0)
        QSKIP("no REST API in this document (AWS exports HTTP APIs only as OpenAPI 3.0)");
}

void tst_Export::swaggerShape()
{
    // requestBody, content and schemas in their Swagger 2.0 places, with every $ref rewritten.
    const QByteArray oas3 = R"({"openapi":"3.0.1","info":{"title":"Shapes","version":"1"},
      "servers":[{"url":"https://abc.execute-api.us-east-1.amazonaws.com/{basePath}","variables":{"basePath":{"default":"prod"}}}],
      "paths":{"/pets":{"post":{
        "parameters":[{"name":"limit","in":"query","schema":{"type":"integer","minimum":1}}],
        "requestBody":{"required":true,"x-amazon-apigateway-request-body-name":"Pet",
                       "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Pet"}}}},
        "responses":{"200":{"description":"ok","headers":{"X-Id":{"schema":{"type":"string"}}},
                            "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Pet"}}}}},
        "x-amazon-apigateway-request-validator":"all",
        "x-amazon-apigateway-integration":{"type":"mock","requestTemplates":{"application/json":"{\"statusCode\":200}"},
                                           "responses":{"default":{"statusCode":"200"}}}}}},
      "components":{"schemas":{"Pet":{"type":"object","properties":{"name":{"type":"string"}}}},
                    "securitySchemes":{"key":{"type":"apiKey","name":"x-api-key","in":"header"}}},
      "x-amazon-apigateway-request-validators":{"all":{"validateRequestBody":true,"validateRequestParameters":true}}})";
    QStringList warnings;
    const doc::Node s = io::convertToSwagger2(doc::parse(oas3).root, &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    QCOMPARE(s[u"host"].toString(), QStringLiteral("abc.execute-api.us-east-1.amazonaws.com"));
    QCOMPARE(s[u"basePath"].toString(), QStringLiteral("/prod"));
    QCOMPARE(s[u"schemes"].items().front().toString(), QStringLiteral("https"));
    const doc::Node &post = s[u"paths"][u"/pets"][u"post"];
    QCOMPARE(post[u"consumes"].items().front().toString(), QStringLiteral("application/json"));
    QCOMPARE(post[u"produces"].items().front().toString(), QStringLiteral("application/json"));
    const doc::Node &limit = post[u"parameters"].items().at(0);
    QCOMPARE(limit[u"type"].toString(), QStringLiteral("integer"));
    QCOMPARE(limit[u"minimum"].toString(), QStringLiteral("1"));
    const doc::Node &body = post[u"parameters"].items().at(1);
    QCOMPARE(body[u"in"].toString(), QStringLiteral("body"));
    QCOMPARE(body[u"name"].toString(), QStringLiteral("Pet"));
    QCOMPARE(body[u"schema"][u"$ref"].toString(), QStringLiteral("#/definitions/Pet"));
    QCOMPARE(post[u"responses"][u"200"][u"schema"][u"$ref"].toString(), QStringLiteral("#/definitions/Pet"));
    QCOMPARE(post[u"responses"][u"200"][u"headers"][u"X-Id"][u"type"].toString(), QStringLiteral("string"));
    QVERIFY(s[u"definitions"].contains(u"Pet"));
    QCOMPARE(s[u"securityDefinitions"][u"key"][u"in"].toString(), QStringLiteral("header"));
    QVERIFY(post.contains(u"x-amazon-apigateway-integration"));
    QVERIFY(s.contains(u"x-amazon-apigateway-request-validators"));
}

void tst_Export::servingTheExportAnswersAlike()
{
    // The example's REST API, and AWS's console PetStore (HTTP integrations become unreachable here, so its MOCK
    // root page and CORS preflights are compared).
    struct Case
    {
        QString path;
        QByteArray apiId;
        QList<QPair<QByteArray, QByteArray>> requests; // method, path
        QByteArray headers;
    };
    QList<Case> cases = {
        {exampleProjectPath(), "petstore",
         {{"GET", "/prod/"}, {"GET", "/prod/pets"}, {"POST", "/prod/pets"}, {"GET", "/prod/pets/2"},
          {"DELETE", "/prod/pets/2"}, {"PUT", "/prod/pets"}, {"GET", "/prod/nothing/here"}, {"GET", "/dev/pets"}},
         {}},
    };
    if (!conformanceDir().isEmpty()) {
        cases.append({conformanceDir() + QStringLiteral("/apigw-openapi/localstack-files/openapi/swagger-mock-cors.json"),
                      "mockcors",
                      {{"OPTIONS", "/prod/"}, {"GET", "/prod/"}, {"OPTIONS", "/prod/nothing"}},
                      "Origin: https://example.com\r\nAccess-Control-Request-Method: GET\r\n"});
    }
    for (const Case &c : std::as_const(cases)) {
        io::InputOptions options;
        options.apiId = QString::fromLatin1(c.apiId);
        const io::InputLoad original = io::loadInputs({c.path}, options);
        QVERIFY2(original.project, qPrintable(c.path));
        const model::Api &api = *original.project->api(options.apiId);
        io::ExportOptions exportOptions;
        exportOptions.apiId = api.id;
        const io::ExportResult exported = io::exportProject(*original.project, exportOptions);
        QVERIFY(exported.ok());
        const io::InputLoad reloaded
            = io::projectFromDocument(doc::parse(exported.text).root, QStringLiteral("export.yaml"), options);
        QVERIFY(reloaded.project);
        // Serve only the exported API from the original too.
        model::Project only = *original.project;
        only.apis.removeIf([&](const model::Api &a) { return a.id != api.id; });
        Served a(only);
        Served b(*reloaded.project);
        for (const auto &[method, target] : c.requests) {
            const RawResponse ra = a.request(c.apiId, method, target, c.headers);
            const RawResponse rb = b.request(c.apiId, method, target, c.headers);
            const QByteArray what = method + ' ' + target;
            QVERIFY2(ra.status > 0, what.constData());
            QCOMPARE(rb.status, ra.status);
            QCOMPARE(rb.body, ra.body);
            for (const QByteArray &h : {QByteArray("Content-Type"), QByteArray("x-amzn-ErrorType"),
                                        QByteArray("Access-Control-Allow-Origin"), QByteArray("Access-Control-Allow-Methods")})
                QCOMPARE(rb.header(h), ra.header(h));
        }
    }
}

void tst_Export::localValuesBecomeParameters()
{
    const io::InputLoad load = io::loadInputs({exampleProjectPath()}, {});
    QVERIFY(load.project);
    {
        io::ExportOptions o;
        o.format = io::ExportFormat::CloudFormation;
        o.syntax = doc::Syntax::Json;
        const io::ExportResult r = io::exportProject(*load.project, o);
        QVERIFY(r.ok());
        const QJsonObject t = QJsonDocument::fromJson(r.text).object();
        QVERIFY(t.value(QLatin1String("Parameters")).toObject().contains(QLatin1String("OrdersFunctionArn")));
        QVERIFY(std::any_of(r.warnings.cbegin(), r.warnings.cend(),
                            [](const QString &w) { return w.contains(QLatin1String("parameter OrdersFunctionArn")); }));
        const QJsonObject body = t.value(QLatin1String("Resources")).toObject().value(QLatin1String("StorefrontApi")).toObject()
                                     .value(QLatin1String("Properties")).toObject().value(QLatin1String("Body")).toObject();
        const QJsonValue uri = body.value(QLatin1String("paths")).toObject().value(QLatin1String("/orders")).toObject()
                                   .value(QLatin1String("post")).toObject().value(QLatin1String("x-amazon-apigateway-integration"))
                                   .toObject().value(QLatin1String("uri"));
        QCOMPARE(uri.toObject().value(QLatin1String("Fn::Sub")).toString(),
                 QStringLiteral("arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${OrdersFunctionArn}/invocations"));
        // The storefront's proxy to the PetStore API (petstore.execute-api.localhost) names the template's API.
        const QJsonValue catalog = body.value(QLatin1String("paths")).toObject().value(QLatin1String("/catalog")).toObject()
                                       .value(QLatin1String("get")).toObject().value(QLatin1String("x-amazon-apigateway-integration"))
                                       .toObject().value(QLatin1String("uri"));
        QCOMPARE(catalog.toObject().value(QLatin1String("Fn::Sub")).toString(),
                 QStringLiteral("https://${PetstoreApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}/prod/pets"));
        QVERIFY(t.value(QLatin1String("Resources")).toObject().contains(QLatin1String("OrdersStorefrontPermission")));
    }
    {
        io::ExportOptions o;
        o.format = io::ExportFormat::Sam;
        o.syntax = doc::Syntax::Json;
        o.outputDir = sourceDir() + QStringLiteral("/resources/examples");
        const io::ExportResult r = io::exportProject(*load.project, o);
        QVERIFY(r.ok());
        const QJsonObject res = QJsonDocument::fromJson(r.text).object().value(QLatin1String("Resources")).toObject();
        const QJsonObject fn = res.value(QLatin1String("OrdersFunction")).toObject();
        QCOMPARE(fn.value(QLatin1String("Type")).toString(), QStringLiteral("AWS::Serverless::Function"));
        const QJsonObject props = fn.value(QLatin1String("Properties")).toObject();
        QCOMPARE(props.value(QLatin1String("CodeUri")).toString(), QStringLiteral("functions/orders"));
        QCOMPARE(props.value(QLatin1String("Handler")).toString(), QStringLiteral("index.handler"));
        QCOMPARE(props.value(QLatin1String("Runtime")).toString(), QStringLiteral("nodejs20.x"));
        QCOMPARE(props.value(QLatin1String("MemorySize")).toInt(), 256);
        QCOMPARE(props.value(QLatin1String("Timeout")).toInt(), 3);
        QCOMPARE(res.value(QLatin1String("PetstoreApi")).toObject().value(QLatin1String("Type")).toString(),
                 QStringLiteral("AWS::Serverless::Api"));
        QCOMPARE(res.value(QLatin1String("StorefrontApi")).toObject().value(QLatin1String("Type")).toString(),
                 QStringLiteral("AWS::Serverless::HttpApi"));
        const QString text = QString::fromUtf8(r.text);
        QVERIFY(text.contains(QLatin1String("${OrdersFunction.Arn}/invocations")));
        QVERIFY(text.contains(QLatin1String("\"Transform\": \"AWS::Serverless-2016-10-31\"")));
    }
    {
        // OpenAPI: AWS's own import variables, and a warning that names the function.
        io::ExportOptions o;
        o.apiId = QStringLiteral("storefront");
        const io::ExportResult r = io::exportProject(*load.project, o);
        QVERIFY(r.ok());
        QVERIFY(r.text.contains("arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:orders/invocations"));
        QVERIFY(std::any_of(r.warnings.cbegin(), r.warnings.cend(),
                            [](const QString &w) { return w.contains(QLatin1String("function `orders` runs locally")); }));
    }
}

void tst_Export::cloudFormationResourcesMatchSchemas_data()
{
    oas30RoundTrip_data();
}

void tst_Export::cloudFormationResourcesMatchSchemas()
{
    if (conformanceDir().isEmpty())
        QSKIP(qPrintable(conformanceMissingMessage()));
    static const QHash<QString, QJsonObject> schemas = cfnSchemas();
    QVERIFY(schemas.size() >= 30);
    QFETCH(QString, path);
    LOAD_OR_SKIP(load, path);
    model::Project project = *load.project;
    // Give the example's stage throttling, a cache and a usage plan so every resource kind is checked.
    if (model::Api *api = project.apis.isEmpty() ? nullptr : &project.apis.first(); api && api->protocol == model::Protocol::Rest
        && !api->stages.isEmpty()) {
        model::Stage &stage = api->stages.first();
        stage.throttle = model::Throttle{100, 50};
        stage.methodThrottles.append({QStringLiteral("/pets/GET"), model::Throttle{5, 5}});
        stage.cache = model::CacheSettings{};
        model::UsagePlan plan;
        plan.name = QStringLiteral("basic");
        plan.throttle = model::Throttle{10, 20};
        plan.quota = model::Quota{1000, model::Quota::Period::Day, 0};
        plan.stages.append({api->id, stage.name, {{QStringLiteral("/pets/GET"), model::Throttle{1, 2}}}});
        project.usagePlans.append(plan);
        project.apiKeys.append({QStringLiteral("alice"), QStringLiteral("alice-0123456789abcdefgh"), true, {QStringLiteral("basic")}});
    }
    for (const bool sam : {false, true}) {
        io::ExportOptions o;
        o.format = sam ? io::ExportFormat::Sam : io::ExportFormat::CloudFormation;
        o.syntax = doc::Syntax::Json;
        const io::ExportResult r = io::exportProject(project, o);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QJsonParseError error;
        const QJsonObject tmpl = QJsonDocument::fromJson(r.text, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QStringList errors;
        const QStringList checked = checkTemplate(tmpl, schemas, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        if (!sam)
            QVERIFY(!checked.isEmpty());
        // Every Ref names a parameter, a resource or a SAM-generated resource.
        const QJsonObject resources = tmpl.value(QLatin1String("Resources")).toObject();
        const QJsonObject parameters = tmpl.value(QLatin1String("Parameters")).toObject();
        const QRegularExpression refs(QStringLiteral("\"Ref\": \"([A-Za-z0-9.]+)\""));
        for (const auto &m : refs.globalMatch(QString::fromUtf8(r.text))) {
            const QString target = m.captured(1).section(QLatin1Char('.'), 0, 0);
            QVERIFY2(resources.contains(target) || parameters.contains(target), qPrintable(m.captured(1)));
        }
        // The YAML form says the same.
        o.syntax = doc::Syntax::Yaml;
        const io::ExportResult yaml = io::exportProject(project, o);
        QCOMPARE(doc::parse(yaml.text).root.toJson().toObject(), tmpl);
    }
}

void tst_Export::terraformShape()
{
    const io::InputLoad load = io::loadInputs({exampleProjectPath()}, {});
    QVERIFY(load.project);
    io::ExportOptions o;
    o.format = io::ExportFormat::Terraform;
    const io::ExportResult r = io::exportProject(*load.project, o);
    QVERIFY(r.ok());
    const QString text = QString::fromUtf8(r.text);
    for (const char *expected : {"resource \"aws_api_gateway_rest_api\" \"petstore\" {",
                                 "resource \"aws_api_gateway_deployment\" \"petstore\" {",
                                 "resource \"aws_api_gateway_stage\" \"petstore_prod\" {",
                                 "resource \"aws_apigatewayv2_api\" \"storefront\" {",
                                 "resource \"aws_apigatewayv2_stage\" \"storefront_default\" {",
                                 "name = \"$default\"",
                                 "variable \"orders_function_arn\" {",
                                 "\"uri\" = \"arn:aws:apigateway:${data.aws_region.current.name}:lambda:path/2015-03-31/"
                                 "functions/${var.orders_function_arn}/invocations\"",
                                 "\"uri\" = \"https://${aws_api_gateway_rest_api.petstore.id}.execute-api.",
                                 "resource \"aws_lambda_permission\" \"orders_storefront\" {"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    // Literal ${ in templates and stage-variable URIs is escaped, so Terraform does not interpolate it.
    QVERIFY(!text.contains(QLatin1String("${stageVariables")));
    // Braces balance outside strings.
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (c == QLatin1Char('"'))
            inString = true;
        else if (c == QLatin1Char('{') || c == QLatin1Char('['))
            ++depth;
        else if (c == QLatin1Char('}') || c == QLatin1Char(']'))
            QVERIFY(--depth >= 0);
    }
    QCOMPARE(depth, 0);
    QVERIFY(!inString);
}

void tst_Export::cliCheck()
{
    const Run ok = run({QStringLiteral("check"), exampleProjectPath()});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY2(ok.out.contains(QLatin1String(" 0 error(s)")), qPrintable(ok.out));

    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.yaml"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("openapi: 3.0.1\ninfo: {title: Bad, version: '1'}\npaths:\n  /pets:\n    get:\n"
            "      x-amazon-apigateway-integration:\n        type: lambda\n    post: {}\n");
    f.close();
    const Run r = run({QStringLiteral("check"), bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(bad + QStringLiteral(":7:")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("error: paths./pets.get.x-amazon-apigateway-integration.type: must be one of")));
    QVERIFY(r.out.contains(QLatin1String("warning: paths./pets.post: has no x-amazon-apigateway-integration")));

    QCOMPARE(run({QStringLiteral("check")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("check"), dir.filePath(QStringLiteral("missing.yaml"))}).exitCode, 1);
}

void tst_Export::cliExport_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");     // in the output
    QTest::addColumn<QString>("warning");      // on stderr
    QTest::addRow("oas30 yaml") << QStringList{QStringLiteral("--format"), QStringLiteral("oas30")}
                                << QStringLiteral("openapi: 3.0.1") << QStringLiteral("exporting `petstore`");
    QTest::addRow("oas30 json http api")
        << QStringList{QStringLiteral("--format"), QStringLiteral("oas30"), QStringLiteral("--json"), QStringLiteral("--api"),
                       QStringLiteral("storefront")}
        << QStringLiteral("\"x-amazon-apigateway-importexport-version\": \"1.0\"") << QStringLiteral("function `orders` runs locally");
    QTest::addRow("swagger") << QStringList{QStringLiteral("--format"), QStringLiteral("swagger"), QStringLiteral("--yaml")}
                             << QStringLiteral("swagger: \"2.0\"") << QString();
    QTest::addRow("sam") << QStringList{QStringLiteral("--format"), QStringLiteral("sam")}
                         << QStringLiteral("Type: AWS::Serverless::Function") << QStringLiteral("CodeUri");
    QTest::addRow("cloudformation") << QStringList{QStringLiteral("--format"), QStringLiteral("cloudformation")}
                                    << QStringLiteral("Type: AWS::ApiGateway::RestApi")
                                    << QStringLiteral("parameter OrdersFunctionArn replaces local function `orders`");
    QTest::addRow("terraform") << QStringList{QStringLiteral("--format"), QStringLiteral("terraform")}
                               << QStringLiteral("resource \"aws_api_gateway_rest_api\" \"petstore\"")
                               << QStringLiteral("variable orders_function_arn");
}

void tst_Export::cliExport()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    QFETCH(QString, warning);
    // To stdout.
    const Run r = run(QStringList{QStringLiteral("export"), exampleProjectPath()} + args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(expected), qPrintable(r.out.left(400)));
    QVERIFY2(r.err.contains(warning), qPrintable(r.err));
    // To a file, atomically, with the same text.
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.txt"));
    const Run w = run(QStringList{QStringLiteral("export"), exampleProjectPath()} + args + QStringList{QStringLiteral("-o"), out});
    QCOMPARE(w.exitCode, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(f.readAll());
    if (!args.contains(QLatin1String("sam"))) // SAM's CodeUri is relative to the output folder
        QCOMPARE(written, r.out);
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).size() == 1); // no temporary left behind
}

void tst_Export::cliExportErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString example = exampleProjectPath();
    QTest::addRow("no format") << QStringList{QStringLiteral("export"), example} << 2 << QStringLiteral("--format must be one of");
    QTest::addRow("unknown format") << QStringList{QStringLiteral("export"), example, QStringLiteral("--format"), QStringLiteral("pulumi")}
                                    << 2 << QStringLiteral("got `pulumi`");
    QTest::addRow("no file") << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("oas30")} << 2
                             << QStringLiteral("name one project");
    QTest::addRow("terraform json") << QStringList{QStringLiteral("export"), example, QStringLiteral("--format"),
                                                   QStringLiteral("terraform"), QStringLiteral("--json")}
                                    << 2 << QStringLiteral("HCL");
    QTest::addRow("swagger for an http api")
        << QStringList{QStringLiteral("export"), example, QStringLiteral("--format"), QStringLiteral("swagger"),
                       QStringLiteral("--api"), QStringLiteral("storefront")}
        << 1 << QStringLiteral("only as OpenAPI 3.0");
    QTest::addRow("unknown api") << QStringList{QStringLiteral("export"), example, QStringLiteral("--format"), QStringLiteral("oas30"),
                                                QStringLiteral("--api"), QStringLiteral("nope")}
                                 << 1 << QStringLiteral("no API `nope` (its APIs: petstore, storefront)");
}

void tst_Export::cliExportErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void tst_Export::cliExportTemplateWithFnIf()
{
    if (conformanceDir().isEmpty())
        QSKIP("no conformance data");
    // SAM's output: the CORS configuration is `Fn::If [C1, {...}, AWS::NoValue]` with C1 `Fn::Equals [true, true]`,
    // so the configuration holds, as in AWS.
    const Run r = run({QStringLiteral("export"),
                       conformanceDir() + QStringLiteral("/apigw-openapi/sam-translator-outputs/http_api_with_cors.json"),
                       QStringLiteral("--format"), QStringLiteral("oas30")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("x-amazon-apigateway-cors:")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("https://foo.com")), qPrintable(r.out));
    QVERIFY2(!r.err.contains(QLatin1String("Fn::If")), qPrintable(r.err));
}

void tst_Export::cliImport()
{
    QTemporaryDir dir;
    // A bare document, through export and import, becomes a project that serves the same API.
    const QString exported = dir.filePath(QStringLiteral("petstore.oas30.json"));
    QCOMPARE(run({QStringLiteral("export"), exampleProjectPath(), QStringLiteral("--format"), QStringLiteral("oas30"),
                  QStringLiteral("-o"), exported})
                 .exitCode,
             0);
    const QString project = dir.filePath(QStringLiteral("sub/petstore.gatehouse.yaml"));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("sub"))));
    const Run r = run({QStringLiteral("import"), exported, QStringLiteral("-o"), project});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("Taken:\n  API petstore (REST, \"PetStore\"): 3 path(s), 5 operation(s) (5 mock); "
                                          "stage(s) prod")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("Emulated partly:")));
    QVERIFY(r.out.contains(QLatin1String("Not runnable locally:")));
    const io::ProjectLoad loaded = io::loadProject(project);
    QVERIFY(loaded.project);
    const io::InputLoad original = io::loadInputs({exampleProjectPath()}, {});
    // The same routes and integrations; the export gave the example's methods the responses OpenAPI requires.
    QCOMPARE(routeLines(loaded.project->apis.first().definition), routeLines(original.project->apis.first().definition));
    const doc::Node &responses = loaded.project->apis.first().definition.path(u"/pets/{petId}")->operation(u"DELETE")->body[u"responses"];
    QCOMPARE(responses.size(), 2);
    QVERIFY(responses.contains(u"200") && responses.contains(u"403"));

    // Usage and input errors.
    QCOMPARE(run({QStringLiteral("import"), exported}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("-o"), project}).exitCode, 2);
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"swagger": "2.0", "info": {"title": "x", "version": "1"}, "paths": {"/{Sid}.json": {"get": {}}}})");
    f.close();
    const Run e = run({QStringLiteral("import"), bad, QStringLiteral("-o"), dir.filePath(QStringLiteral("bad.gatehouse.yaml"))});
    QCOMPARE(e.exitCode, 1);
    QVERIFY2(e.err.contains(QLatin1String("no project was written")), qPrintable(e.err));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("bad.gatehouse.yaml"))));
}

QTEST_GUILESS_MAIN(tst_Export)
#include "tst_export.moc"
