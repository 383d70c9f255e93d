// SPDX-License-Identifier: GPL-3.0-or-later
// SAM and CloudFormation templates read as projects (io::loadInputs): short-form intrinsics, functions with code
// folders relative to the template, implicit and explicit REST and HTTP APIs served over real sockets, and the
// diagnostics for what a template says that Gatehouse does not run.
#include "localgateway.h"
#include "testsupport.h"

#include "doc/docio.h"
#include "engine/compiler.h"
#include "io/cfntemplate.h"
#include "io/inputloader.h"
#include "lambda/lambdaservice.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace gw;
using namespace gw::test;

namespace {

/// A SAM application: one Python function (code in src/, next to the template) with an implicit Api event.
const char *const kSamImplicitApi = R"yaml(AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: Echo service
Globals:
  Function:
    Runtime: python3.11
    Timeout: 10
    Environment:
      Variables:
        GREETING: from globals
Resources:
  EchoFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: src/
      Handler: app.handler
      MemorySize: 256
      Environment:
        Variables:
          GREETING: !Sub "hi from ${AWS::Region}"
      Events:
        Echo:
          Type: Api
          Properties:
            Path: /echo/{id}
            Method: get
)yaml";

/// CloudFormation: a REST API with a MOCK integration, its response template written with !Sub and !Ref, a stage
/// resource naming the stage.
const char *const kCfnRestMock = R"yaml(AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Greeting:
    Type: String
    Default: hello
Resources:
  PetsApi:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Name: !Sub "${AWS::StackName}-pets"
      Body:
        openapi: 3.0.1
        info: {title: Pets, version: '1'}
        paths:
          /greet:
            get:
              x-amazon-apigateway-integration:
                type: mock
                requestTemplates:
                  application/json: '{"statusCode": 200}'
                responses:
                  default:
                    statusCode: '200'
                    responseTemplates:
                      application/json: !Sub '{"greeting": "${Greeting}", "region": "${AWS::Region}", "api": "mock"}'
                    responseParameters:
                      method.response.header.X-Api: !Join ["", ["'", !Ref PetsApi, "'"]]
  PetsDeployment:
    Type: AWS::ApiGateway::Deployment
    Properties:
      RestApiId: !Ref PetsApi
  PetsStage:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: !Ref PetsApi
      DeploymentId: !Ref PetsDeployment
      StageName: v1
)yaml";

/// SAM HttpApi with an inline definition whose Lambda integration URI is a !Sub naming the function's Arn.
const char *const kSamHttpApi = R"yaml(Transform: AWS::Serverless-2016-10-31
Resources:
  EchoFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: ./src
      Handler: app.handler
      Runtime: python3.11
  MyHttpApi:
    Type: AWS::Serverless::HttpApi
    Properties:
      DefinitionBody:
        openapi: 3.0.1
        info: {title: Http, version: '1'}
        paths:
          /hello:
            get:
              x-amazon-apigateway-integration:
                type: aws_proxy
                httpMethod: POST
                payloadFormatVersion: '2.0'
                uri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${EchoFunction.Arn}/invocations
)yaml";

/// CloudFormation: a REST API made of Resource and Method resources, its MOCK response chosen by Fn::If on a
/// condition that is false with the parameter's default; the API key requirement comes from ApiKeyRequired.
const char *const kCfnResourcesMock = R"yaml(AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Env: {Type: String, Default: dev}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: {Name: Demo}
  Hello:
    Type: AWS::ApiGateway::Resource
    Properties: {RestApiId: !Ref Api, ParentId: !GetAtt Api.RootResourceId, PathPart: hello}
  Name:
    Type: AWS::ApiGateway::Resource
    Properties: {RestApiId: !Ref Api, ParentId: !Ref Hello, PathPart: '{name}'}
  GetHello:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !Ref Name
      HttpMethod: GET
      RequestParameters: {method.request.path.name: true}
      Integration:
        Type: MOCK
        RequestTemplates: {application/json: '{"statusCode": 200}'}
        IntegrationResponses:
          - StatusCode: 200
            ResponseParameters: {method.response.header.X-Env: !If [IsProd, "'prod'", "'dev'"]}
            ResponseTemplates:
              application/json: !Sub '{"hello": "$input.params(''name'')", "region": "${AWS::Region}"}'
      MethodResponses: [{StatusCode: 200, ResponseParameters: {method.response.header.X-Env: true}}]
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties: {RestApiId: !Ref Api, DeploymentId: !Ref Deployment, StageName: test}
  Deployment:
    Type: AWS::ApiGateway::Deployment
    Properties: {RestApiId: !Ref Api}
)yaml";

/// A folder with src/app.py (the py-echo test function) and `template.yaml`.
struct TemplateDir
{
    QTemporaryDir dir;
    QString path;

    explicit TemplateDir(const QByteArray &text)
    {
        QDir(dir.path()).mkpath(QStringLiteral("src"));
        QFile::copy(functionsDir() + QStringLiteral("/py-echo/app.py"), dir.filePath(QStringLiteral("src/app.py")));
        path = dir.filePath(QStringLiteral("template.yaml"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write the template");
        f.write(text);
    }
};

QString formatAll(const QList<io::Diagnostic> &diagnostics)
{
    QStringList lines;
    for (const io::Diagnostic &d : diagnostics)
        lines.append(d.format());
    return lines.join(QLatin1Char('\n'));
}

/// Serves `project` on 127.0.0.1:0 and sends one request to API `apiId`.
RawResponse serveOnce(const model::Project &project, const QByteArray &apiId, const QByteArray &target)
{
    GatewayEngine engine;
    QTemporaryDir logs;
    engine.lambda().setLogDirectory(logs.path());
    engine.deploy(compileProject(project).gateway);
    QString error;
    if (!engine.start(QHostAddress::LocalHost, 0, &error))
        qFatal("%s", qPrintable(error));
    return rawRequest(engine.port(), "GET " + target + " HTTP/1.1\r\nHost: " + apiId
                                         + ".execute-api.localhost\r\nContent-Length: 0\r\n\r\n",
                      30'000);
}

} // namespace

class tst_CfnTemplate : public QObject
{
    Q_OBJECT
private slots:
    void shortForms_data();
    void shortForms();
    void samImplicitApiServesFunction();
    void cloudFormationRestApiMock();
    void samHttpApiDefinitionBody();
    void cloudFormationResourcesServe();
    void diagnostics_data();
    void diagnostics();
    void cliCheckTemplate();
};

void tst_CfnTemplate::shortForms_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QByteArray>("json");
    QTest::addRow("Ref") << QByteArray("v: !Ref Thing") << QByteArray(R"({"v": {"Ref": "Thing"}})");
    QTest::addRow("GetAtt dotted") << QByteArray("v: !GetAtt Fn.Arn") << QByteArray(R"({"v": {"Fn::GetAtt": ["Fn", "Arn"]}})");
    QTest::addRow("GetAtt nested attribute") << QByteArray("v: !GetAtt Db.Endpoint.Address")
                                             << QByteArray(R"({"v": {"Fn::GetAtt": ["Db", "Endpoint.Address"]}})");
    QTest::addRow("Sub string") << QByteArray("v: !Sub '${AWS::Region}-x'") << QByteArray(R"({"v": {"Fn::Sub": "${AWS::Region}-x"}})");
    QTest::addRow("Sub with variables") << QByteArray("v: !Sub ['${A}', {A: !Ref B}]")
                                        << QByteArray(R"({"v": {"Fn::Sub": ["${A}", {"A": {"Ref": "B"}}]}})");
    QTest::addRow("Join") << QByteArray("v: !Join [',', [a, !Ref B]]")
                          << QByteArray(R"({"v": {"Fn::Join": [",", ["a", {"Ref": "B"}]]}})");
    QTest::addRow("If and Equals") << QByteArray("v: !If [C, !Equals [a, b], x]")
                                   << QByteArray(R"({"v": {"Fn::If": ["C", {"Fn::Equals": ["a", "b"]}, "x"]}})");
    QTest::addRow("Condition") << QByteArray("v: !Condition IsProd") << QByteArray(R"({"v": {"Condition": "IsProd"}})");
    QTest::addRow("GetAZs") << QByteArray("v: !GetAZs ''") << QByteArray(R"({"v": {"Fn::GetAZs": ""}})");
    QTest::addRow("untagged stays") << QByteArray("v: [1, a]") << QByteArray(R"({"v": [1, "a"]})");
}

void tst_CfnTemplate::shortForms()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QByteArray, json);
    const doc::ParseResult parsed = doc::parseYaml(yaml);
    QVERIFY(parsed.ok());
    const doc::Node expanded = io::expandShortFormIntrinsics(parsed.root);
    QCOMPARE(QJsonDocument(expanded.toJson().toObject()).toJson(QJsonDocument::Compact),
             QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact));
}

void tst_CfnTemplate::samImplicitApiServesFunction()
{
    TemplateDir t(kSamImplicitApi);
    const io::InputLoad load = io::loadInputs({t.path}, {});
    QVERIFY2(load.project && !load.hasErrors(), qPrintable(formatAll(load.diagnostics)));
    const model::Project &p = *load.project;
    QCOMPARE(p.functions.size(), 1);
    const model::Function &fn = p.functions.first();
    QCOMPARE(fn.name, QStringLiteral("EchoFunction"));
    QCOMPARE(fn.runtime, QStringLiteral("python3.11"));
    QCOMPARE(fn.handler, QStringLiteral("app.handler"));
    QCOMPARE(fn.memorySize, 256);
    QCOMPARE(fn.timeout, 10);
    QCOMPARE(fn.environment, (model::StringPairs{{QStringLiteral("GREETING"), QStringLiteral("hi from us-east-1")}}));
    QCOMPARE(QDir(p.codePath(fn)).canonicalPath(), QDir(t.dir.filePath(QStringLiteral("src"))).canonicalPath());
    QCOMPARE(p.apis.size(), 1);
    QCOMPARE(p.apis.first().id, QStringLiteral("serverlessrestapi"));
    QCOMPARE(p.apis.first().protocol, model::Protocol::Rest);
    QVERIFY(p.apis.first().stage(u"Prod"));

    if (!haveRuntime("python3"))
        QSKIP("python3 is not installed");
    const RawResponse r = serveOnce(p, "serverlessrestapi", "/Prod/echo/7");
    QVERIFY2(r.status == 200, r.body.constData());
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(body.value(QLatin1String("path")).toString(), QStringLiteral("/echo/7"));
    QCOMPARE(body.value(QLatin1String("env")).toObject().value(QLatin1String("custom")).toString(),
             QStringLiteral("hi from us-east-1"));
}

void tst_CfnTemplate::cloudFormationRestApiMock()
{
    TemplateDir t(kCfnRestMock);
    const io::InputLoad load = io::loadInputs({t.path}, {});
    QVERIFY2(load.project && !load.hasErrors(), qPrintable(formatAll(load.diagnostics)));
    for (const io::Diagnostic &d : load.diagnostics)
        QVERIFY2(d.severity == io::Diagnostic::Severity::Info, qPrintable(d.format()));
    QCOMPARE(load.project->apis.size(), 1);
    QCOMPARE(load.project->apis.first().id, QStringLiteral("petsapi"));
    QVERIFY(load.project->apis.first().stage(u"v1"));

    const RawResponse r = serveOnce(*load.project, "petsapi", "/v1/greet");
    QCOMPARE(r.status, 200);
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(body.value(QLatin1String("greeting")).toString(), QStringLiteral("hello"));
    QCOMPARE(body.value(QLatin1String("region")).toString(), QStringLiteral("us-east-1"));
    QCOMPARE(r.header("x-api"), QByteArray("petsapi"));
}

void tst_CfnTemplate::samHttpApiDefinitionBody()
{
    TemplateDir t(kSamHttpApi);
    const io::InputLoad load = io::loadInputs({t.path}, {});
    QVERIFY2(load.project && !load.hasErrors(), qPrintable(formatAll(load.diagnostics)));
    QCOMPARE(load.project->apis.size(), 1);
    const model::Api &api = load.project->apis.first();
    QCOMPARE(api.id, QStringLiteral("myhttpapi"));
    QCOMPARE(api.protocol, model::Protocol::Http);
    QVERIFY(api.stage(u"$default"));
    QVERIFY(api.stage(u"$default")->autoDeploy);

    if (!haveRuntime("python3"))
        QSKIP("python3 is not installed");
    const RawResponse r = serveOnce(*load.project, "myhttpapi", "/hello");
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QLatin1String("path")).toString(), QStringLiteral("/hello"));
}

void tst_CfnTemplate::cloudFormationResourcesServe()
{
    TemplateDir t(kCfnResourcesMock);
    const io::InputLoad load = io::loadInputs({t.path}, {});
    QVERIFY2(load.project && !load.hasErrors(), qPrintable(formatAll(load.diagnostics)));
    for (const io::Diagnostic &d : load.diagnostics)
        QVERIFY2(d.severity == io::Diagnostic::Severity::Info, qPrintable(d.format()));
    QCOMPARE(load.project->apis.size(), 1);
    QVERIFY(load.project->apis.first().stage(u"test"));

    const RawResponse r = serveOnce(*load.project, "api", "/test/hello/ada");
    QVERIFY2(r.status == 200, r.body.constData());
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(body.value(QLatin1String("hello")).toString(), QStringLiteral("ada"));
    QCOMPARE(body.value(QLatin1String("region")).toString(), QStringLiteral("us-east-1"));
    QCOMPARE(r.header("x-env"), QByteArray("dev"));
    // No such resource: AWS's answer for a path no Resource declares.
    QCOMPARE(serveOnce(*load.project, "api", "/test/goodbye").status, 403);
}

void tst_CfnTemplate::diagnostics_data()
{
    QTest::addColumn<QByteArray>("resources");
    QTest::addColumn<bool>("isError"); ///< the diagnostic is an error (else a warning)
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const QByteArray fn = "  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      CodeUri: src\n"
                          "      Handler: app.handler\n      Runtime: python3.11\n";
    QTest::addRow("unknown resource type")
        << fn + "  Queue:\n    Type: AWS::SQS::Queue\n" << false << QStringLiteral("Resources.Queue.Type")
        << QStringLiteral("AWS::SQS::Queue is not emulated locally; `Queue` is ignored");
    QTest::addRow("function without CodeUri")
        << QByteArray("  NoCode:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: app.handler\n"
                      "      Runtime: python3.11\n")
        << true << QStringLiteral("Resources.NoCode.Properties.CodeUri") << QStringLiteral("function `NoCode` has no CodeUri");
    QTest::addRow("S3 CodeUri")
        << QByteArray("  Remote:\n    Type: AWS::Serverless::Function\n    Properties:\n      CodeUri: s3://bucket/key.zip\n"
                      "      Handler: app.handler\n      Runtime: python3.11\n")
        << true << QStringLiteral("Resources.Remote.Properties.CodeUri") << QStringLiteral("an S3 CodeUri cannot be run locally");
    QTest::addRow("runtime not run locally")
        << QByteArray("  J:\n    Type: AWS::Serverless::Function\n    Properties:\n      CodeUri: src\n"
                      "      Handler: a.B::handle\n      Runtime: java21\n")
        << true << QStringLiteral("Resources.J.Properties.Runtime") << QStringLiteral("got `java21`");
    QTest::addRow("unresolvable environment value")
        << fn + "      Environment:\n        Variables:\n          TABLE: !GetAtt Table.Arn\n"
                "  Table:\n    Type: AWS::DynamoDB::Table\n"
        << false << QStringLiteral("Resources.Fn.Properties.Environment.Variables.TABLE")
        << QStringLiteral("Fn::GetAtt Table.Arn has no local value");
    QTest::addRow("undeclared condition")
        << fn + "    Condition: IsProd\n" << true << QStringLiteral("Resources.Fn.Condition")
        << QStringLiteral("`Fn` names the condition `IsProd`, which is not declared under Conditions");
    QTest::addRow("condition without a local value")
        << QByteArray("  Fn:\n    Type: AWS::Serverless::Function\n    Condition: IsProd\n    Properties:\n"
                      "      CodeUri: src\n      Handler: app.handler\n      Runtime: python3.11\n"
                      "Parameters:\n  Env: {Type: String}\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\n")
        << false << QStringLiteral("Resources.Fn.Condition")
        << QStringLiteral("condition `IsProd` cannot be evaluated locally: parameter `Env` has no Default, so it has no "
                          "local value; `Fn` is read as if it held");
    QTest::addRow("SQS event")
        << fn + "      Events:\n        Q:\n          Type: SQS\n          Properties: {Queue: arn}\n" << false
        << QStringLiteral("Resources.Fn.Properties.Events.Q.Type") << QStringLiteral("SQS events are not emulated locally");
    QTest::addRow("unresolvable URI in a body")
        << QByteArray("  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: dev\n"
                      "      DefinitionBody:\n        openapi: 3.0.1\n        info: {title: A, version: '1'}\n"
                      "        paths:\n          /x:\n            get:\n              x-amazon-apigateway-integration:\n"
                      "                type: http_proxy\n                httpMethod: GET\n"
                      "                uri: !ImportValue SharedUrl\n")
        << false << QStringLiteral("Resources.Api.Properties.DefinitionBody.paths./x.get.x-amazon-apigateway-integration.uri")
        << QStringLiteral("Fn::ImportValue cannot be evaluated locally");
}

void tst_CfnTemplate::diagnostics()
{
    QFETCH(QByteArray, resources);
    QFETCH(bool, isError);
    QFETCH(QString, field);
    QFETCH(QString, message);
    TemplateDir t("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n" + resources);
    const io::InputLoad load = io::loadInputs({t.path}, {});
    if (isError)
        QVERIFY(load.hasErrors());
    const io::Diagnostic *found = nullptr;
    for (const io::Diagnostic &d : load.diagnostics) {
        if (d.field == field)
            found = &d;
    }
    QVERIFY2(found, qPrintable(formatAll(load.diagnostics)));
    QCOMPARE(found->severity, isError ? io::Diagnostic::Severity::Error : io::Diagnostic::Severity::Warning);
    QVERIFY2(found->message.contains(message), qPrintable(found->format()));
    QVERIFY2(found->line > 0, qPrintable(found->format()));
}

void tst_CfnTemplate::cliCheckTemplate()
{
    TemplateDir t(kSamImplicitApi);
    QProcess p;
    p.start(gatehouseBinary(), {QStringLiteral("check"), t.path});
    QVERIFY(p.waitForFinished(20'000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    QVERIFY2(p.exitCode() == 0, qPrintable(out));
}

QTEST_GUILESS_MAIN(tst_CfnTemplate)
#include "tst_cfntemplate.moc"
