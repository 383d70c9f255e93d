// SPDX-License-Identifier: GPL-3.0-or-later
#include "doc/docio.h"
#include "engine/compiler.h"
#include "engine/projectlint.h"
#include "io/projectfile.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QtTest>

#include <functional>

using namespace gw;

/// Turns the clean base project into the one a row checks, as an edit in the designer would.
using Edit = std::function<void(model::Project &)>;
Q_DECLARE_METATYPE(Edit)

namespace {

/// A REST API (a method with an authorizer, a model, a validator), an HTTP API with a reusable Lambda integration,
/// a usage plan and an API key: nothing in it is a problem.
const QByteArray baseProject = R"(gatehouse: 1
name: Lint
apis:
  - id: a
    protocol: rest
    definition:
      openapi: 3.0.1
      info: {title: A, version: "1"}
      paths:
        /pets:
          get:
            security:
              - tokenAuth: []
            x-amazon-apigateway-request-validator: all
            x-amazon-apigateway-integration:
              type: mock
              requestTemplates: {application/json: '{"statusCode": 200}'}
              responses: {default: {statusCode: "200"}}
          post:
            requestBody:
              content:
                application/json:
                  schema: {$ref: "#/components/schemas/Pet"}
            x-amazon-apigateway-integration:
              type: aws_proxy
              httpMethod: POST
              uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/invocations
        /pets/{petId}:
          get:
            x-amazon-apigateway-integration:
              type: mock
              requestTemplates: {application/json: '{"statusCode": 200}'}
              responses: {default: {statusCode: "200"}}
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
              authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations
              authorizerResultTtlInSeconds: 0
      x-amazon-apigateway-request-validators:
        all: {validateRequestBody: true, validateRequestParameters: true}
    stages:
      - name: prod
        deployment: d1
    deployments:
      - id: d1
        createdDate: "2026-11-25T09:00:00Z"
  - id: h
    protocol: http
    definition:
      openapi: 3.0.1
      info: {title: H, version: "1"}
      paths:
        /items:
          get:
            x-amazon-apigateway-integration:
              $ref: "#/components/x-amazon-apigateway-integrations/items"
      components:
        x-amazon-apigateway-integrations:
          items:
            type: aws_proxy
            httpMethod: POST
            uri: arn:aws:lambda:us-east-1:123456789012:function:pets
            payloadFormatVersion: "2.0"
      x-amazon-apigateway-importexport-version: "1.0"
    stages:
      - name: $default
        autoDeploy: true
functions:
  - name: pets
    runtime: nodejs20.x
    code: functions/pets
    handler: index.handler
  - name: auth
    runtime: nodejs20.x
    code: functions/auth
    handler: index.handler
usagePlans:
  - name: basic
    apiStages:
      - api: a
        stage: prod
apiKeys:
  - name: alice
    value: alice-0123456789abcdefgh
    usagePlans: [basic]
)";

model::Project loadBase()
{
    const doc::ParseResult parsed = doc::parse(baseProject);
    if (!parsed.ok())
        qFatal("the base project does not parse: %s", qPrintable(parsed.error->message));
    io::ProjectLoad load = io::readProject(parsed.root, QStringLiteral("lint.gatehouse.yaml"));
    for (const io::Diagnostic &d : load.diagnostics)
        qWarning("%s", qPrintable(d.format()));
    if (!load.project)
        qFatal("the base project does not load");
    return *load.project;
}

model::Api &api(model::Project &p, const char *id)
{
    for (model::Api &a : p.apis) {
        if (a.id == QLatin1String(id))
            return a;
    }
    qFatal("no API %s", id);
}

model::Operation &operation(model::Project &p, const char *apiId, const char *path, const char *method)
{
    for (model::PathItem &pi : api(p, apiId).definition.paths) {
        if (pi.path != QLatin1String(path))
            continue;
        for (model::Operation &op : pi.operations) {
            if (op.method == QLatin1String(method))
                return op;
        }
    }
    qFatal("no operation %s %s", method, path);
}

doc::Node &scheme(model::Project &p, const char *name)
{
    doc::Node &document = api(p, "a").definition.document;
    doc::Node *components = document.find(u"components");
    doc::Node *schemes = components->find(u"securitySchemes");
    return *schemes->find(QString::fromLatin1(name));
}

QList<io::Diagnostic> lint(const model::Project &project)
{
    return lintProject(project, compileProject(project));
}

QString describe(const QList<io::Diagnostic> &list)
{
    QStringList lines;
    for (const io::Diagnostic &d : list)
        lines.append(d.format() + QStringLiteral(" [place ") + d.place + QLatin1Char(']'));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class tst_ProjectLint : public QObject
{
    Q_OBJECT
private slots:
    void baseIsClean();
    void findsOneProblem_data();
    void findsOneProblem();
    void fixingRemovesTheProblem();
    void compilerProblemsHavePlaces();
    void notEmulatedHasPlace();
    void lambdaUris_data();
    void lambdaUris();
    void placesForWhere();
    void examplesHaveNoErrors();
    void loadWarningSuperseded();
    void thousandPaths();
};

void tst_ProjectLint::baseIsClean()
{
    const QList<io::Diagnostic> found = lint(loadBase());
    QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
}

void tst_ProjectLint::findsOneProblem_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("place");
    const int error = int(io::Diagnostic::Severity::Error);
    const int warning = int(io::Diagnostic::Severity::Warning);

    QTest::addRow("REST method without integration")
        << Edit([](model::Project &p) { operation(p, "a", "/pets/{petId}", "GET").integration.reset(); }) << error
        << "apis[a].paths./pets/{petId}.get" << "GET /pets/{petId} has no integration; AWS refuses to deploy the API"
        << "method:a:/pets/{petId}:GET";
    QTest::addRow("HTTP route without integration")
        << Edit([](model::Project &p) {
               operation(p, "h", "/items", "GET").integrationRef.clear();
               operation(p, "h", "/items", "GET").integration.reset();
           })
        << warning
        << "apis[h].paths./items.get" << "GET /items has no integration; requests to it cannot be answered"
        << "route:h:GET /items";
    QTest::addRow("HTTP route names a missing integration")
        << Edit([](model::Project &p) { operation(p, "h", "/items", "GET").integrationRef = QStringLiteral("gone"); })
        << error << "apis[h].paths./items.get.x-amazon-apigateway-integration"
        << "GET /items uses integration gone, which components.x-amazon-apigateway-integrations does not define"
        << "route:h:GET /items";
    QTest::addRow("unused authorizer")
        << Edit([](model::Project &p) { operation(p, "a", "/pets", "GET").body.remove(u"security"); }) << warning
        << "apis[a].components.securitySchemes.tokenAuth" << "authorizer tokenAuth is not used by any method"
        << "authorizer:a:tokenAuth";
    QTest::addRow("sibling path variables")
        << Edit([](model::Project &p) {
               model::PathItem sibling = api(p, "a").definition.paths.last();
               sibling.path = QStringLiteral("/pets/{id}");
               api(p, "a").definition.paths.append(sibling);
           })
        << error << "apis[a].paths./pets/{id}"
        << "A sibling ({petId}) of this resource already has a variable path part -- only one is allowed"
        << "method:a:/pets/{id}:GET";
    QTest::addRow("HTTP routes with different variables")
        << Edit([](model::Project &p) {
               model::PathItem a = api(p, "h").definition.paths.first();
               a.path = QStringLiteral("/items/{id}");
               model::PathItem b = a;
               b.path = QStringLiteral("/items/{itemId}");
               api(p, "h").definition.paths.append(a);
               api(p, "h").definition.paths.append(b);
           })
        << error << "apis[h].paths./items/{itemId}" << "conflicting path variables {id} and {itemId} at the same position"
        << "route:h:GET /items/{itemId}";
    QTest::addRow("route defined twice")
        << Edit([](model::Project &p) {
               model::PathItem copy = api(p, "h").definition.paths.first();
               copy.path = QStringLiteral("/items/");
               api(p, "h").definition.paths.append(copy);
           })
        << error << "apis[h].paths./items/" << "the route GET /items is defined twice" << "route:h:GET /items/";
    QTest::addRow("malformed Lambda invocation URI")
        << Edit([](model::Project &p) {
               operation(p, "a", "/pets", "POST").integration->uri
                   = QStringLiteral("arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1234:function:pets/invocations");
           })
        << error << "apis[a].paths./pets.post.x-amazon-apigateway-integration.uri"
        << "is not a Lambda function ARN (arn:aws:lambda:REGION:ACCOUNT:function:NAME)" << "method:a:/pets:POST";
    QTest::addRow("integration URI that is no ARN")
        << Edit([](model::Project &p) { operation(p, "a", "/pets", "POST").integration->uri = QStringLiteral("http://x/y"); })
        << error << "apis[a].paths./pets.post.x-amazon-apigateway-integration.uri"
        << "`http://x/y` is not a Lambda function ARN, an invocation URI or a function name" << "method:a:/pets:POST";
    QTest::addRow("malformed credentials")
        << Edit([](model::Project &p) {
               operation(p, "a", "/pets", "POST").integration->credentials = QStringLiteral("arn:aws:iam:123456789012:role");
           })
        << error << "apis[a].paths./pets.post.x-amazon-apigateway-integration.credentials"
        << "`arn:aws:iam:123456789012:role` is not an IAM role ARN" << "method:a:/pets:POST";
    QTest::addRow("malformed authorizer URI")
        << Edit([](model::Project &p) {
               doc::Node *a = scheme(p, "tokenAuth").find(u"x-amazon-apigateway-authorizer");
               a->set(QStringLiteral("authorizerUri"), doc::Node::string(QStringLiteral("arn:aws:lambda:us-east-1:auth")));
           })
        << error << "apis[a].components.securitySchemes.tokenAuth.x-amazon-apigateway-authorizer.authorizerUri"
        << "authorizer tokenAuth `arn:aws:lambda:us-east-1:auth` is not a well-formed Lambda function ARN"
        << "authorizer:a:tokenAuth";
    QTest::addRow("missing authorizer")
        << Edit([](model::Project &p) {
               // The authorizer renamed and used by another method; GET /pets still names the old name.
               doc::Node *schemes = api(p, "a").definition.document.find(u"components")->find(u"securitySchemes");
               schemes->members().front().first = QStringLiteral("renamed");
               doc::Node security = doc::Node::sequence();
               doc::Node requirement = doc::Node::mapping();
               requirement.set(QStringLiteral("renamed"), doc::Node::sequence());
               security.append(requirement);
               operation(p, "a", "/pets/{petId}", "GET").body.set(QStringLiteral("security"), security);
           })
        << error << "apis[a].paths./pets.get.security"
        << "GET /pets requires authorizer tokenAuth, which components.securitySchemes does not define"
        << "method:a:/pets:GET";
    QTest::addRow("missing model")
        << Edit([](model::Project &p) {
               doc::Node *schemas = api(p, "a").definition.document.find(u"components")->find(u"schemas");
               schemas->members().front().first = QStringLiteral("Animal");
           })
        << error << "apis[a].paths./pets.post" << "POST /pets refers to model Pet, which components.schemas does not define"
        << "method:a:/pets:POST";
    QTest::addRow("missing validator")
        << Edit([](model::Project &p) {
               operation(p, "a", "/pets", "GET").body.set(QStringLiteral("x-amazon-apigateway-request-validator"),
                                                          doc::Node::string(QStringLiteral("strict")));
           })
        << error << "apis[a].paths./pets.get.x-amazon-apigateway-request-validator"
        << "GET /pets uses request validator strict, which is not defined" << "method:a:/pets:GET";
    QTest::addRow("usage plan names a missing stage")
        << Edit([](model::Project &p) { p.usagePlans.first().stages.first().stage = QStringLiteral("dev"); }) << error
        << "usagePlans[basic].apiStages" << "usage plan basic covers stage dev of a, which does not exist"
        << "usageplan:basic";
    QTest::addRow("usage plan names a missing API")
        << Edit([](model::Project &p) { p.usagePlans.first().stages.first().apiId = QStringLiteral("gone"); }) << error
        << "usagePlans[basic].apiStages" << "usage plan basic covers API gone, which the project does not have"
        << "usageplan:basic";
    QTest::addRow("API key names a missing plan")
        << Edit([](model::Project &p) { p.apiKeys.first().usagePlans = {QStringLiteral("gold")}; }) << error
        << "apiKeys[alice].usagePlans" << "API key alice belongs to usage plan gold, which does not exist"
        << "apikey:alice";
    QTest::addRow("stage whose deployment is missing")
        << Edit([](model::Project &p) { api(p, "a").stages.first().deploymentId = QStringLiteral("zzz"); }) << warning
        << "apis[a].stages[prod]" << "the stage points at deployment zzz, which the API does not have, so it serves nothing"
        << "stage:a:prod";
    QTest::addRow("stage never deployed")
        << Edit([](model::Project &p) { api(p, "a").stages.first().deploymentId.clear(); }) << warning
        << "apis[a].stages[prod]" << "the stage has no deployment, so it serves nothing" << "stage:a:prod";
    QTest::addRow("cannot emulate: VPC link")
        << Edit([](model::Project &p) {
               model::Integration &in = *operation(p, "a", "/pets/{petId}", "GET").integration;
               in.connectionType = QStringLiteral("VPC_LINK");
               in.connectionId = QStringLiteral("vpc123");
               api(p, "a").deployments.first().definition = api(p, "a").definition; // and deployed
           })
        << warning << "a: GET /pets/{petId}" << "not emulated: VPC link integrations cannot run locally"
        << "method:a:/pets/{petId}:GET";
}

void tst_ProjectLint::findsOneProblem()
{
    QFETCH(Edit, edit);
    QFETCH(int, severity);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QFETCH(QString, place);
    model::Project project = loadBase();
    edit(project);
    const QList<io::Diagnostic> found = lint(project);
    QVERIFY2(found.size() == 1, qPrintable(describe(found)));
    const io::Diagnostic &d = found.first();
    QCOMPARE(int(d.severity), severity);
    QCOMPARE(d.field, field);
    QVERIFY2(d.message.contains(message), qPrintable(d.message));
    QVERIFY2(!d.hint.isEmpty() || d.message.startsWith(QLatin1String("not emulated")), qPrintable(d.format()));
    QCOMPARE(d.place, place);
}

void tst_ProjectLint::fixingRemovesTheProblem()
{
    model::Project project = loadBase();
    model::Operation &op = operation(project, "a", "/pets/{petId}", "GET");
    const model::Integration kept = *op.integration;
    op.integration.reset();
    QCOMPARE(lint(project).size(), 1);
    op.integration = kept;
    QVERIFY(lint(project).isEmpty());
}

void tst_ProjectLint::compilerProblemsHavePlaces()
{
    // A conflict that is deployed: the compiler reports it for the stage, the linter for the working copy; once.
    model::Project project = loadBase();
    model::PathItem sibling = api(project, "a").definition.paths.last();
    sibling.path = QStringLiteral("/pets/{id}");
    api(project, "a").definition.paths.append(sibling);
    api(project, "a").deployments.first().definition = api(project, "a").definition;
    const CompileResult compiled = compileProject(project);
    QCOMPARE(compiled.problems.size(), 1);
    QCOMPARE(compiled.problems.first().place, QStringLiteral("method:a:/pets/{id}:GET"));
    const QList<io::Diagnostic> found = lintProject(project, compiled);
    QVERIFY2(found.size() == 1, qPrintable(describe(found)));
    QVERIFY(!found.first().hint.isEmpty());
}

void tst_ProjectLint::notEmulatedHasPlace()
{
    // Deployed without an integration, fixed in the working copy since: the stage still serves the broken method.
    model::Project project = loadBase();
    model::Api &a = api(project, "a");
    a.deployments.first().definition = a.definition;
    a.deployments.first().definition.paths.last().operations.first().integration.reset();
    const QList<io::Diagnostic> found = lint(project);
    QVERIFY2(found.size() == 1, qPrintable(describe(found)));
    QCOMPARE(found.first().severity, io::Diagnostic::Severity::Warning);
    QCOMPARE(found.first().field, QStringLiteral("a: GET /pets/{petId}"));
    QCOMPARE(found.first().place, QStringLiteral("method:a:/pets/{petId}:GET"));
}

void tst_ProjectLint::lambdaUris_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<bool>("ok");
    QTest::addRow("invocation URI")
        << "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:f/invocations"
        << true;
    QTest::addRow("with alias")
        << "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f:live/invocations"
        << true;
    QTest::addRow("stage variable")
        << "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:${stageVariables.fn}/invocations"
        << true;
    QTest::addRow("AWS variables")
        << "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:f/invocations"
        << true;
    QTest::addRow("function ARN") << "arn:aws:lambda:us-east-1:123456789012:function:f" << true;
    QTest::addRow("local name") << "orders" << true;
    QTest::addRow("no /invocations")
        << "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f"
        << false;
    QTest::addRow("short account") << "arn:aws:lambda:us-east-1:12345:function:f" << false;
    QTest::addRow("no function") << "arn:aws:lambda:us-east-1:123456789012:f" << false;
    QTest::addRow("URL") << "https://example.com/f" << false;
}

void tst_ProjectLint::lambdaUris()
{
    QFETCH(QString, uri);
    QFETCH(bool, ok);
    QCOMPARE(lambdaUriProblem(uri).isEmpty(), ok);
    QVERIFY(credentialsProblem(QStringLiteral("arn:aws:iam::123456789012:role/apigw-invoke")).isEmpty());
    QVERIFY(credentialsProblem(QStringLiteral("arn:aws:iam::*:user/*")).isEmpty());
    QVERIFY(!credentialsProblem(QStringLiteral("role/apigw")).isEmpty());
    QVERIFY(awsIntegrationUriProblem(QStringLiteral("arn:aws:apigateway:us-east-1:s3:path/bucket/{key}")).isEmpty());
    QVERIFY(awsIntegrationUriProblem(QStringLiteral("arn:aws:apigateway:us-east-1:sqs:action/SendMessage")).isEmpty());
    QVERIFY(!awsIntegrationUriProblem(QStringLiteral("arn:aws:s3:::bucket")).isEmpty());
}

void tst_ProjectLint::placesForWhere()
{
    const model::Project project = loadBase();
    const model::Api &a = project.apis.first();
    const model::Api &h = project.apis.last();
    QCOMPARE(places::forWhere(a, QStringLiteral("GET /pets/{petId}")), QStringLiteral("method:a:/pets/{petId}:GET"));
    QCOMPARE(places::forWhere(a, QStringLiteral("PUT /pets")), QStringLiteral("resource:a:/pets"));
    QCOMPARE(places::forWhere(a, QStringLiteral("authorizer tokenAuth")), QStringLiteral("authorizer:a:tokenAuth"));
    QCOMPARE(places::forWhere(a, QStringLiteral("DEFAULT_4XX")), QStringLiteral("gatewayresponses:a"));
    QCOMPARE(places::forWhere(a, QStringLiteral("stage prod")), QStringLiteral("stage:a:prod"));
    QCOMPARE(places::forWhere(a, QStringLiteral("stage cache"), QStringLiteral("prod")), QStringLiteral("stage:a:prod"));
    QCOMPARE(places::forWhere(a, QStringLiteral("x-amazon-apigateway-policy")), QStringLiteral("api:a"));
    QCOMPARE(places::forWhere(h, QStringLiteral("GET /items")), QStringLiteral("route:h:GET /items"));
}

void tst_ProjectLint::examplesHaveNoErrors()
{
    const QDir examples(test::sourceDir() + QStringLiteral("/resources/examples"));
    const QStringList files = examples.entryList({QStringLiteral("*.gatehouse.yaml")});
    QVERIFY(!files.isEmpty());
    for (const QString &file : files) {
        const io::ProjectLoad load = io::loadProject(examples.filePath(file));
        QVERIFY2(load.project, qPrintable(file));
        const QList<io::Diagnostic> found = lint(*load.project);
        for (const io::Diagnostic &d : found) {
            qInfo("%s: %s", qPrintable(file), qPrintable(d.format()));
            QVERIFY2(d.severity != io::Diagnostic::Severity::Error, qPrintable(file + QStringLiteral(": ") + d.format()));
        }
    }
}

void tst_ProjectLint::loadWarningSuperseded()
{
    // A project file with a method without integration: the loader warns, the linter says it with its place.
    QByteArray text = baseProject;
    const QByteArray integration = "            x-amazon-apigateway-integration:\n              type: mock\n"
                                   "              requestTemplates: {application/json: '{\"statusCode\": 200}'}\n"
                                   "              responses: {default: {statusCode: \"200\"}}\n      components:";
    QVERIFY(text.contains(integration));
    text.replace(integration, "            summary: Show a pet\n      components:");
    const io::ProjectLoad load = io::readProject(doc::parse(text).root, QStringLiteral("lint.gatehouse.yaml"));
    QVERIFY(load.project);
    QCOMPARE(load.diagnostics.size(), 1);
    QVERIFY(supersededByLint(load.diagnostics.first()));
    const QList<io::Diagnostic> found = lint(*load.project);
    QVERIFY2(found.size() == 1, qPrintable(describe(found)));
    QCOMPARE(found.first().place, QStringLiteral("method:a:/pets/{petId}:GET"));
    io::Diagnostic other = load.diagnostics.first();
    other.message = QStringLiteral("something else");
    QVERIFY(!supersededByLint(other));
}

void tst_ProjectLint::thousandPaths()
{
    // A thousand deployed methods that call a function the project does not define: one placed warning each.
    model::Project project = loadBase();
    model::Api &a = api(project, "a");
    const model::PathItem templateItem = a.definition.paths.last();
    for (int i = 0; i < 1000; ++i) {
        model::PathItem item = templateItem;
        item.path = QStringLiteral("/things%1/{id}").arg(i);
        item.operations.first().integration->type = model::IntegrationType::AwsProxy;
        item.operations.first().integration->uri = QStringLiteral("missing");
        a.definition.paths.append(item);
    }
    a.deployments.first().definition = a.definition;
    const CompileResult compiled = compileProject(project);
    QElapsedTimer timer;
    timer.start();
    const QList<io::Diagnostic> found = lintProject(project, compiled);
    qInfo("lint of 1,000 paths: %lld ms", timer.elapsed());
    QCOMPARE(found.size(), 1000);
    QCOMPARE(found.last().place, QStringLiteral("method:a:/things999/{id}:GET"));
    QVERIFY2(found.last().message.contains(QStringLiteral("missing")), qPrintable(found.last().message));
}

QTEST_GUILESS_MAIN(tst_ProjectLint)
#include "tst_projectlint.moc"
