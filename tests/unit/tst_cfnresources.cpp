// SPDX-License-Identifier: GPL-3.0-or-later
// SAM and CloudFormation templates read as projects (io::projectFromTemplate), the constructs beyond an inline
// OpenAPI Body: Conditions and Fn::If evaluated from the parameters' defaults, REST APIs made of separate
// AWS::ApiGateway::Resource / Method / Authorizer / Model / RequestValidator / GatewayResponse resources (the same
// model as the equivalent Body), malformed templates (errors with the file, the line and the logical id), and what the
// fidelity report lists for a template.
#include "doc/docio.h"
#include "engine/compiler.h"
#include "io/cfntemplate.h"
#include "io/inputloader.h"
#include "io/openapi.h"
#include "io/websocketdefinition.h"

#include <QJsonDocument>
#include <QtTest>

using namespace gw;

namespace {

const QString kTemplateFile = QStringLiteral("/tmp/gatehouse-tests/stack/template.yaml");

io::InputLoad readTemplate(const QByteArray &text)
{
    const doc::ParseResult parsed = doc::parse(text);
    if (!parsed.ok())
        qFatal("the test template does not parse: line %d: %s", parsed.error->line, qPrintable(parsed.error->message));
    return io::projectFromTemplate(parsed.root, kTemplateFile, {});
}

QString formatAll(const QList<io::Diagnostic> &diagnostics)
{
    QStringList lines;
    for (const io::Diagnostic &d : diagnostics)
        lines.append(d.format());
    return lines.join(QLatin1Char('\n'));
}

const io::Diagnostic *findDiagnostic(const io::InputLoad &load, const QString &field)
{
    for (const io::Diagnostic &d : load.diagnostics) {
        if (d.field == field)
            return &d;
    }
    return nullptr;
}

QByteArray definitionJson(const model::ApiDefinition &definition)
{
    return QJsonDocument(io::writeOpenApi(definition).toJson().toObject()).toJson(QJsonDocument::Indented);
}

/// A function whose MemorySize is chosen by condition `Big` (512 if it holds, else 256); `conditions` and
/// `parameters` are spliced in.
QByteArray conditionalFunction(const QByteArray &parameters, const QByteArray &conditions,
                               const QByteArray &memory = "!If [Big, 512, 256]")
{
    return "AWSTemplateFormatVersion: '2010-09-09'\nParameters:\n  Env: {Type: String, Default: dev}\n"
           "  NoDefault: {Type: String}\n"
        + parameters + "Conditions:\n" + conditions
        + "Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      CodeUri: src\n"
          "      Handler: app.handler\n      Runtime: python3.11\n      MemorySize: "
        + memory + "\n";
}

/// The REST API of kSeparateResources written as one OpenAPI Body: what AWS's export of that API says.
const char *const kEquivalentBody = R"yaml(AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Backend: {Type: String, Default: 'https://backend.example.com'}
Resources:
  PetsApi:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Name: Pets
      Body:
        openapi: 3.0.1
        info: {title: Pets, version: '1.0'}
        paths:
          /pets:
            get:
              operationId: listPets
              parameters:
                - {name: limit, in: query, required: false, schema: {type: string}}
              responses:
                '200':
                  description: 200 response
                  headers:
                    X-Count: {schema: {type: string}}
                  content:
                    application/json: {schema: {$ref: '#/components/schemas/PetList'}}
              security:
                - {TokenAuth: [], api_key: []}
              x-amazon-apigateway-integration:
                type: mock
                responses:
                  default:
                    statusCode: '200'
                    responseParameters: {method.response.header.X-Count: "'2'"}
                    responseTemplates: {application/json: '[{"id": 1}, {"id": 2}]'}
                  '4\d{2}':
                    statusCode: '400'
                requestTemplates: {application/json: '{"statusCode": 200}'}
            post:
              requestBody:
                content:
                  application/json: {schema: {$ref: '#/components/schemas/PetList'}}
                required: true
              security:
                - {sigv4: []}
              x-amazon-apigateway-request-validator: body-only
              x-amazon-apigateway-integration:
                type: http_proxy
                httpMethod: POST
                uri: https://backend.example.com/pets
          /pets/{petId}:
            x-amazon-apigateway-any-method:
              parameters:
                - {name: petId, in: path, required: true, schema: {type: string}}
              x-amazon-apigateway-integration:
                type: http_proxy
                httpMethod: ANY
                uri: https://backend.example.com/pets/{petId}
                requestParameters: {integration.request.path.petId: method.request.path.petId}
          /:
            get:
              x-amazon-apigateway-integration:
                type: mock
                requestTemplates: {application/json: '{"statusCode": 200}'}
        components:
          securitySchemes:
            TokenAuth:
              type: apiKey
              name: X-Token
              in: header
              x-amazon-apigateway-authtype: custom
              x-amazon-apigateway-authorizer:
                type: token
                authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:AuthFn/invocations
                identitySource: method.request.header.X-Token
                authorizerResultTtlInSeconds: 60
            api_key: {type: apiKey, name: x-api-key, in: header}
            sigv4: {type: apiKey, name: Authorization, in: header, x-amazon-apigateway-authtype: awsSigv4}
          schemas:
            PetList: {type: array, items: {type: object}}
        x-amazon-apigateway-request-validators:
          body-only: {validateRequestBody: true, validateRequestParameters: false}
        x-amazon-apigateway-gateway-responses:
          UNAUTHORIZED:
            statusCode: 401
            responseTemplates: {application/json: '{"message": "no"}'}
        x-amazon-apigateway-binary-media-types: [image/png]
)yaml";

/// The same API as separate resources, as CDK and hand-written CloudFormation declare it.
const char *const kSeparateResources = R"yaml(AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Backend: {Type: String, Default: 'https://backend.example.com'}
Resources:
  PetsApi:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Name: Pets
      BinaryMediaTypes: [image/png]
  AuthFn:
    Type: AWS::Lambda::Function
    Properties: {Runtime: python3.11, Handler: app.handler, Code: {ZipFile: x}}
  TokenAuth:
    Type: AWS::ApiGateway::Authorizer
    Properties:
      RestApiId: !Ref PetsApi
      Name: TokenAuth
      Type: TOKEN
      AuthorizerUri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${AuthFn.Arn}/invocations
      IdentitySource: method.request.header.X-Token
      AuthorizerResultTtlInSeconds: 60
  PetListModel:
    Type: AWS::ApiGateway::Model
    Properties:
      RestApiId: !Ref PetsApi
      Name: PetList
      ContentType: application/json
      Schema: {type: array, items: {type: object}}
  BodyOnly:
    Type: AWS::ApiGateway::RequestValidator
    Properties: {RestApiId: !Ref PetsApi, Name: body-only, ValidateRequestBody: true, ValidateRequestParameters: false}
  Unauthorized:
    Type: AWS::ApiGateway::GatewayResponse
    Properties:
      RestApiId: !Ref PetsApi
      ResponseType: UNAUTHORIZED
      StatusCode: 401
      ResponseTemplates: {application/json: '{"message": "no"}'}
  PetsResource:
    Type: AWS::ApiGateway::Resource
    Properties:
      RestApiId: !Ref PetsApi
      ParentId: !GetAtt PetsApi.RootResourceId
      PathPart: pets
  PetResource:
    Type: AWS::ApiGateway::Resource
    Properties:
      RestApiId: !Ref PetsApi
      ParentId: !Ref PetsResource
      PathPart: '{petId}'
  ListPets:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref PetsApi
      ResourceId: !Ref PetsResource
      HttpMethod: GET
      OperationName: listPets
      AuthorizationType: CUSTOM
      AuthorizerId: !Ref TokenAuth
      ApiKeyRequired: true
      RequestParameters: {method.request.querystring.limit: false}
      MethodResponses:
        - StatusCode: 200
          ResponseParameters: {method.response.header.X-Count: true}
          ResponseModels: {application/json: !Ref PetListModel}
      Integration:
        Type: MOCK
        IntegrationResponses:
          - StatusCode: 200
            ResponseParameters: {method.response.header.X-Count: "'2'"}
            ResponseTemplates: {application/json: '[{"id": 1}, {"id": 2}]'}
          - StatusCode: 400
            SelectionPattern: '4\d{2}'
        RequestTemplates: {application/json: '{"statusCode": 200}'}
  CreatePet:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref PetsApi
      ResourceId: !Ref PetsResource
      HttpMethod: POST
      AuthorizationType: AWS_IAM
      RequestValidatorId: !Ref BodyOnly
      RequestModels: {application/json: PetList}
      Integration:
        Type: HTTP_PROXY
        IntegrationHttpMethod: POST
        Uri: !Sub ${Backend}/pets
  AnyPet:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref PetsApi
      ResourceId: !Ref PetResource
      HttpMethod: ANY
      AuthorizationType: NONE
      RequestParameters: {method.request.path.petId: true}
      Integration:
        Type: HTTP_PROXY
        IntegrationHttpMethod: ANY
        Uri: !Join ['', [!Ref Backend, '/pets/{petId}']]
        RequestParameters: {integration.request.path.petId: method.request.path.petId}
  RootGet:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref PetsApi
      ResourceId: !GetAtt PetsApi.RootResourceId
      HttpMethod: GET
      Integration:
        Type: MOCK
        RequestTemplates: {application/json: '{"statusCode": 200}'}
  Deployment:
    Type: AWS::ApiGateway::Deployment
    DependsOn: [ListPets, CreatePet, AnyPet, RootGet]
    Properties: {RestApiId: !Ref PetsApi}
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: !Ref PetsApi
      DeploymentId: !Ref Deployment
      StageName: v1
      Variables: {backend: !Ref Backend}
)yaml";

} // namespace

class tst_CfnResources : public QObject
{
    Q_OBJECT
private slots:
    void conditions_data();
    void conditions();
    void resourceConditions();
    void ifSelectsObjects();
    void separateResourcesEqualBody();
    void methodsAddToBody();
    void malformed_data();
    void malformed();
    void fidelityReportListsTemplateItems();
    void webSocketApi();
    void webSocketRouteWithoutIntegration();
    void httpApiResourcesEqualBody();
    void httpApiJwtAuthorizer();
    void httpApiHttpProxy();
    void httpApiLambdaAuthorizerAndIam();
    void httpApiMalformed_data();
    void httpApiMalformed();
};

void tst_CfnResources::conditions_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("memory");
    QTest::addColumn<QString>("warning"); ///< expected on Resources.Fn.Properties.MemorySize; empty: none

    QTest::addRow("Equals, false with the default")
        << conditionalFunction({}, "  Big: !Equals [!Ref Env, prod]\n") << 256 << QString();
    QTest::addRow("Equals, true with the default")
        << conditionalFunction("  Size: {Type: String, Default: large}\n", "  Big: !Equals [large, !Ref Size]\n") << 512
        << QString();
    QTest::addRow("Not") << conditionalFunction({}, "  Big: !Not [!Equals [!Ref Env, prod]]\n") << 512 << QString();
    QTest::addRow("And with a false operand decides despite an unknown one")
        << conditionalFunction({}, "  Big: !And [!Equals [!Ref NoDefault, x], !Equals [a, b]]\n") << 256 << QString();
    QTest::addRow("Or with a true operand decides despite an unknown one")
        << conditionalFunction({}, "  Big: !Or [!Equals [!Ref NoDefault, x], !Equals [a, a]]\n") << 512 << QString();
    QTest::addRow("Condition naming another condition, pseudo parameter")
        << conditionalFunction({}, "  IsDev: !Equals [!Ref Env, dev]\n"
                                   "  Big: !And [!Condition IsDev, !Equals [!Ref 'AWS::Region', us-east-1]]\n")
        << 512 << QString();
    QTest::addRow("long forms in JSON")
        << QByteArray(R"({"Parameters": {"Env": {"Type": "String", "Default": "prod"}},
 "Conditions": {"Big": {"Fn::Or": [{"Fn::Equals": [{"Ref": "Env"}, "prod"]}, {"Fn::Equals": ["a", "b"]}]}},
 "Resources": {"Fn": {"Type": "AWS::Serverless::Function", "Properties": {"CodeUri": "src",
   "Handler": "app.handler", "Runtime": "python3.11", "MemorySize": {"Fn::If": ["Big", 512, 256]}}}}})")
        << 512 << QString();
    QTest::addRow("AWS::NoValue leaves the property out")
        << conditionalFunction({}, "  Big: !Equals [!Ref Env, dev]\n", "!If [Big, !Ref 'AWS::NoValue', 1024]") << 128
        << QString();
    QTest::addRow("unknown condition is reported where it is used")
        << conditionalFunction({}, "  Big: !Equals [!Ref NoDefault, x]\n") << 128
        << QStringLiteral("Fn::If: condition `Big` cannot be evaluated locally: parameter `NoDefault` has no Default");
    QTest::addRow("undeclared condition")
        << conditionalFunction({}, "  Other: !Equals [a, a]\n") << 128
        << QStringLiteral("Fn::If: condition `Big` is not declared under Conditions");
    QTest::addRow("cycle")
        << conditionalFunction({}, "  Big: !Condition Small\n  Small: !Not [!Condition Big]\n") << 128
        << QStringLiteral("in a cycle");
}

void tst_CfnResources::conditions()
{
    QFETCH(QByteArray, text);
    QFETCH(int, memory);
    QFETCH(QString, warning);
    const io::InputLoad load = readTemplate(text);
    QVERIFY2(load.project && load.project->functions.size() == 1, qPrintable(formatAll(load.diagnostics)));
    QCOMPARE(load.project->functions.first().memorySize, memory);
    const io::Diagnostic *d = findDiagnostic(load, QStringLiteral("Resources.Fn.Properties.MemorySize"));
    if (warning.isEmpty()) {
        QVERIFY2(!d, qPrintable(formatAll(load.diagnostics)));
        return;
    }
    QVERIFY2(d, qPrintable(formatAll(load.diagnostics)));
    QCOMPARE(d->severity, io::Diagnostic::Severity::Warning);
    QVERIFY2(d->message.contains(warning), qPrintable(d->format()));
    QCOMPARE(d->line, int(text.left(text.indexOf("MemorySize")).count('\n')) + 1);
}

void tst_CfnResources::resourceConditions()
{
    const QByteArray text = "Parameters:\n  Env: {Type: String, Default: dev}\n"
                            "Conditions:\n  IsProd: !Equals [!Ref Env, prod]\n"
                            "Resources:\n"
                            "  ProdOnly:\n    Type: AWS::Serverless::Function\n    Condition: IsProd\n"
                            "    Properties: {CodeUri: src, Handler: app.handler, Runtime: python3.11}\n"
                            "  DevToo:\n    Type: AWS::Serverless::Function\n    Condition: Missing\n"
                            "    Properties: {CodeUri: src, Handler: app.handler, Runtime: python3.11}\n"
                            "  Always:\n    Type: AWS::Serverless::Function\n"
                            "    Properties: {CodeUri: src, Handler: app.handler, Runtime: python3.11}\n";
    const io::InputLoad load = readTemplate(text);
    QVERIFY(load.project);
    QCOMPARE(load.project->functions.size(), 1);
    QCOMPARE(load.project->functions.first().name, QStringLiteral("Always"));
    const io::Diagnostic *skipped = findDiagnostic(load, QStringLiteral("Resources.ProdOnly.Condition"));
    QVERIFY2(skipped, qPrintable(formatAll(load.diagnostics)));
    QCOMPARE(skipped->severity, io::Diagnostic::Severity::Info);
    QVERIFY2(skipped->message.contains(QLatin1String("`ProdOnly` is not created")), qPrintable(skipped->format()));
    const io::Diagnostic *missing = findDiagnostic(load, QStringLiteral("Resources.DevToo.Condition"));
    QVERIFY2(missing, qPrintable(formatAll(load.diagnostics)));
    QCOMPARE(missing->severity, io::Diagnostic::Severity::Error);
    QCOMPARE(missing->line, 12);
    QCOMPARE(missing->file, kTemplateFile);
    QVERIFY2(missing->message.contains(QLatin1String("`DevToo` names the condition `Missing`")), qPrintable(missing->format()));
}

void tst_CfnResources::ifSelectsObjects()
{
    // Fn::If choosing a whole integration object, and a list item left out with AWS::NoValue.
    const QByteArray text = R"yaml(Parameters:
  UseMock: {Type: String, Default: 'yes'}
Conditions:
  Mock: !Equals [!Ref UseMock, 'yes']
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: dev
      DefinitionBody:
        openapi: 3.0.1
        info: {title: A, version: '1'}
        x-amazon-apigateway-binary-media-types: [image/png, !If [Mock, !Ref 'AWS::NoValue', image/gif]]
        paths:
          /x:
            get:
              x-amazon-apigateway-integration: !If
                - Mock
                - {type: mock, requestTemplates: {application/json: '{"statusCode": 200}'}}
                - {type: http_proxy, httpMethod: GET, uri: 'https://example.com'}
)yaml";
    const io::InputLoad load = readTemplate(text);
    QVERIFY2(load.project && !load.hasErrors() && load.project->apis.size() == 1, qPrintable(formatAll(load.diagnostics)));
    const model::Api &api = load.project->apis.first();
    const model::Operation *get = api.definition.path(u"/x")->operation(u"GET");
    QVERIFY(get && get->integration);
    QCOMPARE(get->integration->type, model::IntegrationType::Mock);
    QCOMPARE(api.definition.extension(u"x-amazon-apigateway-binary-media-types").size(), 1);
    for (const io::Diagnostic &d : load.diagnostics)
        QVERIFY2(d.severity == io::Diagnostic::Severity::Info, qPrintable(d.format()));
}

void tst_CfnResources::separateResourcesEqualBody()
{
    const io::InputLoad body = readTemplate(kEquivalentBody);
    QVERIFY2(body.project && !body.hasErrors(), qPrintable(formatAll(body.diagnostics)));
    const io::InputLoad parts = readTemplate(kSeparateResources);
    QVERIFY2(parts.project && !parts.hasErrors(), qPrintable(formatAll(parts.diagnostics)));
    QCOMPARE(parts.project->apis.size(), 1);
    const model::Api &a = body.project->apis.first();
    const model::Api &b = parts.project->apis.first();
    QCOMPARE(b.id, QStringLiteral("petsapi"));
    QCOMPARE(b.protocol, model::Protocol::Rest);
    if (!(a.definition == b.definition)) {
        // Both definitions side by side in files, for a diff (a test message would be cut short).
        QFile body(QDir::temp().filePath(QStringLiteral("tst_cfnresources-body.json")));
        QFile resources(QDir::temp().filePath(QStringLiteral("tst_cfnresources-resources.json")));
        QVERIFY(body.open(QIODevice::WriteOnly) && resources.open(QIODevice::WriteOnly));
        body.write(definitionJson(a.definition));
        resources.write(definitionJson(b.definition));
        QFAIL(qPrintable(QStringLiteral("the definitions differ: diff %1 %2").arg(body.fileName(), resources.fileName())));
    }
    // The stage, with the Stage resource's variables.
    const model::Stage *stage = b.stage(u"v1");
    QVERIFY(stage);
    QCOMPARE(stage->variables, (QList<QPair<QString, QString>>{{QStringLiteral("backend"),
                                                                QStringLiteral("https://backend.example.com")}}));
    // The Method resources are warned about nothing: everything they say is read.
    for (const io::Diagnostic &d : parts.diagnostics) {
        QVERIFY2(d.severity == io::Diagnostic::Severity::Info || d.field == QLatin1String("Resources.AuthFn.Type"),
                 qPrintable(d.format()));
    }
    // Both compile to the same routes, each with an authorizer, API key, IAM and validator where declared.
    const CompileResult ca = compileProject(*body.project);
    const CompileResult cb = compileProject(*parts.project);
    QCOMPARE(cb.problems.size(), ca.problems.size());
}

void tst_CfnResources::methodsAddToBody()
{
    // A Body and a Method resource on the same API: the method joins the definition.
    const QByteArray text = R"yaml(Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Body:
        openapi: 3.0.1
        info: {title: A, version: '1'}
        paths:
          /a:
            get:
              x-amazon-apigateway-integration: {type: mock, requestTemplates: {application/json: '{"statusCode": 200}'}}
  B:
    Type: AWS::ApiGateway::Resource
    Properties: {RestApiId: !Ref Api, ParentId: !GetAtt [Api, RootResourceId], PathPart: b}
  PostB:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !Ref B
      HttpMethod: POST
      Integration: {Type: MOCK}
)yaml";
    const io::InputLoad load = readTemplate(text);
    QVERIFY2(load.project && !load.hasErrors(), qPrintable(formatAll(load.diagnostics)));
    const model::ApiDefinition &d = load.project->apis.first().definition;
    QVERIFY(d.path(u"/a") && d.path(u"/a")->operation(u"GET"));
    QVERIFY(d.path(u"/b") && d.path(u"/b")->operation(u"POST"));
    QCOMPARE(d.path(u"/b")->operation(u"POST")->line, 16); // the Method resource
}

void tst_CfnResources::malformed_data()
{
    QTest::addColumn<QByteArray>("resources");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("line"); ///< in the whole template: 3 is the first line of `resources`; a resource's
                                   ///< own line is the line of its first key (Type)
    QTest::addColumn<QString>("message");
    const QByteArray api = "  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties: {Name: A}\n";
    const QByteArray method = "  M:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      RestApiId: !Ref Api\n";
    // `api` is lines 3-5; `method` lines 6-9, so what follows it starts on line 10.
    QTest::addRow("ResourceId names nothing")
        << api + method + "      HttpMethod: GET\n      ResourceId: !Ref Nope\n      Integration: {Type: MOCK}\n"
        << QStringLiteral("Resources.M.Properties.ResourceId") << 11
        << QStringLiteral("`M`: must be !Ref to an AWS::ApiGateway::Resource of the API, or !GetAtt Api.RootResourceId; got `Nope`");
    QTest::addRow("ParentId loop")
        << api + "  R1:\n    Type: AWS::ApiGateway::Resource\n    Properties: {RestApiId: !Ref Api, ParentId: !Ref R2, PathPart: a}\n"
                 "  R2:\n    Type: AWS::ApiGateway::Resource\n    Properties: {RestApiId: !Ref Api, ParentId: !Ref R1, PathPart: b}\n"
        << QStringLiteral("Resources.R2.Properties.ParentId") << 11
        << QStringLiteral("`R1`: the ParentId chain of resource `R1` loops (R1 → R2)");
    QTest::addRow("resource without PathPart")
        << api + "  R:\n    Type: AWS::ApiGateway::Resource\n    Properties:\n      RestApiId: !Ref Api\n"
                 "      ParentId: !GetAtt Api.RootResourceId\n"
        << QStringLiteral("Resources.R.Properties.PathPart") << 7 << QStringLiteral("resource `R` needs a PathPart");
    QTest::addRow("method without Integration")
        << api + method + "      HttpMethod: GET\n      ResourceId: !GetAtt Api.RootResourceId\n"
        << QStringLiteral("Resources.M.Properties.Integration") << 7
        << QStringLiteral("method `M` (GET /) has no Integration");
    QTest::addRow("bad HttpMethod")
        << api + method + "      HttpMethod: FETCH\n      ResourceId: !GetAtt Api.RootResourceId\n      Integration: {Type: MOCK}\n"
        << QStringLiteral("Resources.M.Properties.HttpMethod") << 10 << QStringLiteral("method `M` needs an HttpMethod");
    QTest::addRow("AuthorizerId names a resource")
        << api + method
               + "      HttpMethod: GET\n      ResourceId: !GetAtt Api.RootResourceId\n      AuthorizationType: CUSTOM\n"
                 "      AuthorizerId: !Ref Api\n      Integration: {Type: MOCK}\n"
        << QStringLiteral("Resources.M.Properties.AuthorizerId") << 13
        << QStringLiteral("`M`: must be !Ref to an AWS::ApiGateway::Authorizer of this template; got `Api`");
    QTest::addRow("method of an API the template does not have")
        << QByteArray("  M:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      RestApiId: !ImportValue SharedApi\n"
                      "      HttpMethod: GET\n")
        << QStringLiteral("Resources.M.Properties.RestApiId") << 6
        << QStringLiteral("AWS::ApiGateway::Method `M` must name an AWS::ApiGateway::RestApi of this template with !Ref");
    QTest::addRow("integration without Type, reported by the OpenAPI reader")
        << api + method + "      HttpMethod: GET\n      ResourceId: !GetAtt Api.RootResourceId\n"
                          "      Integration:\n        Uri: https://example.com\n"
        << QStringLiteral("paths./.get.x-amazon-apigateway-integration.type") << 13
        << QStringLiteral("AWS::ApiGateway::Method `M`: is required");
    QTest::addRow("authorizer of an unknown type")
        << api + "  Auth:\n    Type: AWS::ApiGateway::Authorizer\n    Properties:\n      RestApiId: !Ref Api\n"
                 "      Type: JWT\n"
        << QStringLiteral("Resources.Auth.Properties.Type") << 10
        << QStringLiteral("authorizer `Auth`: Type must be TOKEN, REQUEST or COGNITO_USER_POOLS; got `JWT`");
}

void tst_CfnResources::malformed()
{
    QFETCH(QByteArray, resources);
    QFETCH(QString, field);
    QFETCH(int, line);
    QFETCH(QString, message);
    const io::InputLoad load = readTemplate("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n" + resources);
    QVERIFY(load.hasErrors());
    const io::Diagnostic *d = findDiagnostic(load, field);
    QVERIFY2(d, qPrintable(formatAll(load.diagnostics)));
    QCOMPARE(d->severity, io::Diagnostic::Severity::Error);
    QVERIFY2(d->message.contains(message), qPrintable(d->format()));
    QCOMPARE(d->file, kTemplateFile);
    QVERIFY2(d->line == line, qPrintable(d->format()));
}

void tst_CfnResources::fidelityReportListsTemplateItems()
{
    const QByteArray text = R"yaml(AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Name: A
      EndpointConfiguration: {Types: [REGIONAL]}
      Body:
        openapi: 3.0.1
        info: {title: A, version: '1'}
        paths:
          /x:
            get:
              x-amazon-apigateway-integration:
                type: http_proxy
                httpMethod: GET
                uri: !ImportValue SharedUrl
  Domain:
    Type: AWS::ApiGateway::DomainName
    Properties: {DomainName: api.example.com}
  Mapping:
    Type: AWS::ApiGateway::BasePathMapping
    Properties: {DomainName: !Ref Domain, RestApiId: !Ref Api}
  Waf:
    Type: AWS::WAFv2::WebACLAssociation
    Properties: {ResourceArn: arn, WebACLArn: arn}
  Queue:
    Type: AWS::SQS::Queue
)yaml";
    const io::InputLoad load = readTemplate(text);
    QVERIFY2(load.project, qPrintable(formatAll(load.diagnostics)));
    const CompileResult compiled = compileProject(*load.project);
    struct Expected
    {
        QString logicalId;
        QString apiId;
        int line;
        QString message;
    };
    const QList<Expected> expected = {
        {QStringLiteral("Api"), QStringLiteral("api"), 7, QStringLiteral("is not read by Gatehouse")},
        {QStringLiteral("Domain"), QString(), 19, QStringLiteral("custom domain names are not served locally")},
        {QStringLiteral("Mapping"), QStringLiteral("api"), 22, QStringLiteral("custom domain names are not served locally")},
        {QStringLiteral("Waf"), QString(), 25, QStringLiteral("WAF web ACLs are not applied locally")},
        {QStringLiteral("Queue"), QString(), 28, QStringLiteral("AWS::SQS::Queue is not emulated locally")},
        {QStringLiteral("Api"), QStringLiteral("api"), 17, QStringLiteral("Fn::ImportValue cannot be evaluated locally")},
    };
    QString all;
    for (const FidelityItem &item : compiled.fidelity.items)
        all += item.format() + QLatin1Char('\n');
    for (const Expected &e : expected) {
        const FidelityItem *found = nullptr;
        for (const FidelityItem &item : compiled.fidelity.items) {
            if (item.logicalId == e.logicalId && item.message.contains(e.message))
                found = &item;
        }
        QVERIFY2(found, qPrintable(e.logicalId + QStringLiteral(": ") + e.message + QStringLiteral(" not in\n") + all));
        QCOMPARE(found->file, kTemplateFile);
        QCOMPARE(found->line, e.line);
        QCOMPARE(found->apiId, e.apiId);
        QVERIFY2(found->format().contains(QStringLiteral("(template.yaml:%1, logical id %2)").arg(e.line).arg(e.logicalId)),
                 qPrintable(found->format()));
    }
}

namespace {

const char *const kWebSocketTemplate = R"yaml(AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Chat:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      Name: ChatApi
      ProtocolType: WEBSOCKET
      RouteSelectionExpression: $request.body.action
  ChatFn:
    Type: AWS::Serverless::Function
    Properties: {CodeUri: src, Handler: app.handler, Runtime: python3.11}
  TokenAuth:
    Type: AWS::ApiGatewayV2::Authorizer
    Properties:
      ApiId: !Ref Chat
      Name: TokenAuth
      AuthorizerType: REQUEST
      AuthorizerUri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${ChatFn.Arn}/invocations
      IdentitySource: [route.request.querystring.token]
  LambdaIntegration:
    Type: AWS::ApiGatewayV2::Integration
    Properties:
      ApiId: !Ref Chat
      IntegrationType: AWS_PROXY
      IntegrationUri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${ChatFn.Arn}/invocations
  PongIntegration:
    Type: AWS::ApiGatewayV2::Integration
    Properties: {ApiId: !Ref Chat, IntegrationType: MOCK, RequestTemplates: {'$default': '{"statusCode": 204}'}}
  ConnectRoute:
    Type: AWS::ApiGatewayV2::Route
    Properties:
      ApiId: !Ref Chat
      RouteKey: $connect
      AuthorizationType: CUSTOM
      AuthorizerId: !Ref TokenAuth
      Target: !Join ['/', [integrations, !Ref LambdaIntegration]]
  SendRoute:
    Type: AWS::ApiGatewayV2::Route
    Properties:
      ApiId: !Ref Chat
      RouteKey: sendmessage
      Target: !Sub integrations/${LambdaIntegration}
  SendResponse:
    Type: AWS::ApiGatewayV2::RouteResponse
    Properties: {ApiId: !Ref Chat, RouteId: !Ref SendRoute, RouteResponseKey: $default}
  PingRoute:
    Type: AWS::ApiGatewayV2::Route
    Properties: {ApiId: !Ref Chat, RouteKey: ping, Target: !Join ['', ['integrations/', !Ref PongIntegration]]}
  Stage:
    Type: AWS::ApiGatewayV2::Stage
    Properties: {ApiId: !Ref Chat, StageName: dev, StageVariables: {room: lobby}}
)yaml";

} // namespace

void tst_CfnResources::webSocketApi()
{
    const io::InputLoad load = readTemplate(kWebSocketTemplate);
    QVERIFY2(load.project && !load.hasErrors(), qPrintable(formatAll(load.diagnostics)));
    const model::Api *api = load.project->api(u"chat");
    QVERIFY(api);
    QCOMPARE(api->protocol, model::Protocol::WebSocket);
    const model::Stage *stage = api->stage(u"dev");
    QVERIFY(stage && api->deployment(stage->deploymentId));
    QCOMPARE(stage->variables, (QList<QPair<QString, QString>>{{QStringLiteral("room"), QStringLiteral("lobby")}}));
    io::DiagnosticSink sink;
    const std::optional<model::WsDefinition> def = io::readWebSocketDefinition(api->definition.document, sink);
    QVERIFY2(def, qPrintable(formatAll(sink.diagnostics())));
    QCOMPARE(def->name, QStringLiteral("ChatApi"));
    QCOMPARE(def->routeSelectionExpression, QStringLiteral("$request.body.action"));
    QCOMPARE(def->routes.size(), 3);
    const model::WsRoute *connect = def->route(u"$connect");
    QVERIFY(connect);
    QCOMPARE(connect->authorizationType, model::WsAuthorizationType::Custom);
    QCOMPARE(connect->authorizerId, QStringLiteral("TokenAuth"));
    QCOMPARE(connect->integration.type, model::IntegrationType::AwsProxy);
    QVERIFY(connect->integration.uri.contains(QLatin1String("function:ChatFn/invocations")));
    QVERIFY(!connect->routeResponse);
    QVERIFY(def->route(u"sendmessage") && def->route(u"sendmessage")->routeResponse);
    QCOMPARE(def->route(u"ping")->integration.type, model::IntegrationType::Mock);
    QCOMPARE(def->route(u"ping")->integration.statusCode, 204); // from the MOCK's request template
    QCOMPARE(def->authorizers.size(), 1);
    QCOMPARE(def->authorizers.first().identitySource.size(), 1);
    // It compiles to a served stage.
    const CompileResult compiled = compileProject(*load.project);
    QVERIFY2(compiled.problems.isEmpty(), qPrintable(formatAll(compiled.problems)));
}

void tst_CfnResources::webSocketRouteWithoutIntegration()
{
    QByteArray text(kWebSocketTemplate);
    text.replace("Target: !Sub integrations/${LambdaIntegration}", "Target: !Sub integrations/${Missing}");
    const io::InputLoad load = readTemplate(text);
    QVERIFY(load.hasErrors());
    const io::Diagnostic *d = findDiagnostic(load, QStringLiteral("Resources.SendRoute.Properties.Target"));
    QVERIFY2(d, qPrintable(formatAll(load.diagnostics)));
    QVERIFY2(d->message.contains(QLatin1String("route `SendRoute` (sendmessage): Target must be integrations/")),
             qPrintable(d->format()));
    QCOMPARE(d->line, int(text.left(text.indexOf("Target: !Sub integrations/${Missing}")).count('\n')) + 1);
}

namespace {

/// What `cdk synth` writes for an HTTP API with Lambda integrations: no Body, separate V2 resources.
const char *const kHttpResources = R"yaml(AWSTemplateFormatVersion: '2010-09-09'
Resources:
  HttpApi:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      Name: PetsHttp
      ProtocolType: HTTP
  PetsFn:
    Type: AWS::Serverless::Function
    Properties: {CodeUri: src, Handler: app.handler, Runtime: python3.11}
  LegacyFn:
    Type: AWS::Lambda::Function
    Properties: {Handler: index.handler, Runtime: nodejs18.x}
  PetsIntegration:
    Type: AWS::ApiGatewayV2::Integration
    Properties:
      ApiId: {Ref: HttpApi}
      IntegrationType: AWS_PROXY
      IntegrationUri: {Fn::GetAtt: [PetsFn, Arn]}
      PayloadFormatVersion: '2.0'
  LegacyIntegration:
    Type: AWS::ApiGatewayV2::Integration
    Properties:
      ApiId: {Ref: HttpApi}
      IntegrationType: AWS_PROXY
      IntegrationUri: !GetAtt LegacyFn.Arn
      PayloadFormatVersion: '1.0'
      TimeoutInMillis: 10000
  GetPetsRoute:
    Type: AWS::ApiGatewayV2::Route
    Properties:
      ApiId: {Ref: HttpApi}
      RouteKey: GET /pets
      AuthorizationType: NONE
      Target: {Fn::Join: ['', ['integrations/', {Ref: PetsIntegration}]]}
  DefaultRoute:
    Type: AWS::ApiGatewayV2::Route
    Properties:
      ApiId: !Ref HttpApi
      RouteKey: $default
      Target: !Sub integrations/${LegacyIntegration}
  DefaultStage:
    Type: AWS::ApiGatewayV2::Stage
    Properties:
      ApiId: !Ref HttpApi
      StageName: $default
      AutoDeploy: true
      DefaultRouteSettings: {ThrottlingBurstLimit: 20, ThrottlingRateLimit: 10}
)yaml";

/// The same HTTP API written as an OpenAPI Body.
const char *const kHttpBody = R"yaml(AWSTemplateFormatVersion: '2010-09-09'
Resources:
  HttpApi:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      ProtocolType: HTTP
      Body:
        openapi: 3.0.1
        info: {title: PetsHttp, version: '1.0'}
        paths:
          /pets:
            get:
              x-amazon-apigateway-integration:
                type: aws_proxy
                httpMethod: POST
                uri: !GetAtt PetsFn.Arn
                payloadFormatVersion: '2.0'
          $default:
            x-amazon-apigateway-any-method:
              x-amazon-apigateway-integration:
                type: aws_proxy
                httpMethod: POST
                uri: !GetAtt LegacyFn.Arn
                payloadFormatVersion: '1.0'
                timeoutInMillis: 10000
  PetsFn:
    Type: AWS::Serverless::Function
    Properties: {CodeUri: src, Handler: app.handler, Runtime: python3.11}
  LegacyFn:
    Type: AWS::Lambda::Function
    Properties: {Handler: index.handler, Runtime: nodejs18.x}
)yaml";

/// An HTTP API of separate resources with `extra` (resources) added to kHttpApiHead's API and function.
const QByteArray kHttpApiHead = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n"
                                "  Api:\n    Type: AWS::ApiGatewayV2::Api\n    Properties: {Name: A, ProtocolType: HTTP}\n"
                                "  Fn:\n    Type: AWS::Serverless::Function\n"
                                "    Properties: {CodeUri: src, Handler: app.handler, Runtime: python3.11}\n"
                                "  In:\n    Type: AWS::ApiGatewayV2::Integration\n"
                                "    Properties: {ApiId: !Ref Api, IntegrationType: AWS_PROXY, IntegrationUri: !GetAtt Fn.Arn}\n";
// kHttpApiHead is lines 1-11, so what follows it starts on line 12.

} // namespace

void tst_CfnResources::httpApiResourcesEqualBody()
{
    const io::InputLoad body = readTemplate(kHttpBody);
    QVERIFY2(body.project && !body.hasErrors(), qPrintable(formatAll(body.diagnostics)));
    const io::InputLoad parts = readTemplate(kHttpResources);
    QVERIFY2(parts.project && !parts.hasErrors(), qPrintable(formatAll(parts.diagnostics)));
    QCOMPARE(parts.project->apis.size(), 1);
    const model::Api &a = body.project->apis.first();
    const model::Api &b = parts.project->apis.first();
    QCOMPARE(b.id, QStringLiteral("httpapi"));
    QCOMPARE(b.protocol, model::Protocol::Http);
    if (!(a.definition == b.definition)) {
        QFile bodyFile(QDir::temp().filePath(QStringLiteral("tst_cfnresources-httpbody.json")));
        QFile resources(QDir::temp().filePath(QStringLiteral("tst_cfnresources-httpresources.json")));
        QVERIFY(bodyFile.open(QIODevice::WriteOnly) && resources.open(QIODevice::WriteOnly));
        bodyFile.write(definitionJson(a.definition));
        resources.write(definitionJson(b.definition));
        QFAIL(qPrintable(QStringLiteral("the definitions differ: diff %1 %2").arg(bodyFile.fileName(), resources.fileName())));
    }
    const model::Operation *get = b.definition.path(u"/pets") ? b.definition.path(u"/pets")->operation(u"GET") : nullptr;
    QVERIFY(get && get->integration);
    QCOMPARE(get->integration->type, model::IntegrationType::AwsProxy);
    QVERIFY(get->integration->uri.endsWith(QLatin1String("function:PetsFn")));
    const model::Operation *any = b.definition.path(u"$default") ? b.definition.path(u"$default")->operation(u"ANY") : nullptr;
    QVERIFY(any && any->integration);
    QCOMPARE(any->integration->timeoutInMillis, 10000);
    // The Stage resource: its name, AutoDeploy and default route throttling.
    const model::Stage *stage = b.stage(u"$default");
    QVERIFY(stage);
    QVERIFY(stage->autoDeploy);
    QVERIFY(stage->throttle);
    QCOMPARE(stage->throttle->rateLimit, 10.0);
    QCOMPARE(stage->throttle->burstLimit, 20);
    // Everything the V2 resources say is read: only the functions are reported.
    for (const io::Diagnostic &d : parts.diagnostics) {
        QVERIFY2(d.severity == io::Diagnostic::Severity::Info || d.field == QLatin1String("Resources.LegacyFn.Type")
                     || d.field == QLatin1String("Resources.PetsFn.Properties.CodeUri"),
                 qPrintable(d.format()));
    }
    const CompileResult ca = compileProject(*body.project);
    const CompileResult cb = compileProject(*parts.project);
    QCOMPARE(cb.problems.size(), ca.problems.size());
}

void tst_CfnResources::httpApiJwtAuthorizer()
{
    const QByteArray text = kHttpApiHead + R"yaml(  Jwt:
    Type: AWS::ApiGatewayV2::Authorizer
    Properties:
      ApiId: !Ref Api
      Name: PetsJwt
      AuthorizerType: JWT
      IdentitySource: [$request.header.Authorization]
      JwtConfiguration: {Issuer: 'https://issuer.example.com', Audience: [pets-api]}
  R:
    Type: AWS::ApiGatewayV2::Route
    Properties:
      ApiId: !Ref Api
      RouteKey: POST /pets
      AuthorizationType: JWT
      AuthorizerId: !Ref Jwt
      AuthorizationScopes: [pets/write]
      Target: !Join ['/', [integrations, !Ref In]]
      ApiKeyRequired: false
)yaml";
    const io::InputLoad load = readTemplate(text);
    QVERIFY2(load.project && !load.hasErrors(), qPrintable(formatAll(load.diagnostics)));
    const model::ApiDefinition &d = load.project->apis.first().definition;
    const doc::Node &scheme = d.document[u"components"][u"securitySchemes"][u"PetsJwt"];
    QCOMPARE(scheme[u"type"].toString(), QStringLiteral("oauth2"));
    const doc::Node &authorizer = scheme[u"x-amazon-apigateway-authorizer"];
    QCOMPARE(authorizer[u"type"].toString(), QStringLiteral("jwt"));
    QCOMPARE(authorizer[u"jwtConfiguration"][u"issuer"].toString(), QStringLiteral("https://issuer.example.com"));
    QCOMPARE(authorizer[u"jwtConfiguration"][u"audience"].items().front().toString(), QStringLiteral("pets-api"));
    QCOMPARE(authorizer[u"identitySource"].toString(), QStringLiteral("$request.header.Authorization"));
    const model::Operation *post = d.path(u"/pets") ? d.path(u"/pets")->operation(u"POST") : nullptr;
    QVERIFY(post);
    QCOMPARE(post->body[u"security"].items().front()[u"PetsJwt"].items().front().toString(), QStringLiteral("pets/write"));
    // A property the reader does not use is in the fidelity report with its line and logical id.
    const io::Diagnostic *unread = findDiagnostic(load, QStringLiteral("Resources.R.Properties.ApiKeyRequired"));
    QVERIFY2(unread, qPrintable(formatAll(load.diagnostics)));
    const int unreadLine = int(text.left(text.indexOf("ApiKeyRequired")).count('\n')) + 1;
    QCOMPARE(unread->line, unreadLine);
    // It compiles: the route is protected by the JWT authorizer.
    const CompileResult compiled = compileProject(*load.project);
    QVERIFY2(compiled.problems.isEmpty(), qPrintable(formatAll(compiled.problems)));
    const bool reported = std::any_of(compiled.fidelity.items.cbegin(), compiled.fidelity.items.cend(),
                                      [&](const FidelityItem &item) {
                                          return item.logicalId == QLatin1String("R") && item.line == unreadLine
                                              && item.apiId == QLatin1String("api");
                                      });
    QVERIFY(reported);
}

void tst_CfnResources::httpApiHttpProxy()
{
    const QByteArray text = kHttpApiHead + R"yaml(  Proxy:
    Type: AWS::ApiGatewayV2::Integration
    Properties:
      ApiId: !Ref Api
      IntegrationType: HTTP_PROXY
      IntegrationMethod: ANY
      IntegrationUri: https://backend.example.com/{proxy}
      PayloadFormatVersion: '1.0'
      RequestParameters:
        'append:header.x-source': gatehouse
  R:
    Type: AWS::ApiGatewayV2::Route
    Properties:
      ApiId: !Ref Api
      RouteKey: ANY /items/{proxy+}
      Target: !Sub 'integrations/${Proxy}'
  Stage:
    Type: AWS::ApiGatewayV2::Stage
    Properties: {ApiId: !Ref Api, StageName: dev, AutoDeploy: false, StageVariables: {color: blue}}
)yaml";
    const io::InputLoad load = readTemplate(text);
    QVERIFY2(load.project && !load.hasErrors(), qPrintable(formatAll(load.diagnostics)));
    const model::Api &api = load.project->apis.first();
    const model::PathItem *item = api.definition.path(u"/items/{proxy+}");
    QVERIFY(item && item->operation(u"ANY") && item->operation(u"ANY")->integration);
    const model::Integration &in = *item->operation(u"ANY")->integration;
    QCOMPARE(in.type, model::IntegrationType::HttpProxy);
    QCOMPARE(in.httpMethod, QStringLiteral("ANY"));
    QCOMPARE(in.uri, QStringLiteral("https://backend.example.com/{proxy}"));
    QCOMPARE(in.payloadFormatVersion, QStringLiteral("1.0"));
    QCOMPARE(in.requestParameters.size(), 1);
    QCOMPARE(in.requestParameters.first().first, QStringLiteral("append:header.x-source"));
    const model::Stage *stage = api.stage(u"dev");
    QVERIFY(stage);
    QVERIFY(!stage->autoDeploy);
    QCOMPARE(stage->variables, (QList<QPair<QString, QString>>{{QStringLiteral("color"), QStringLiteral("blue")}}));
    const CompileResult compiled = compileProject(*load.project);
    QVERIFY2(compiled.problems.isEmpty(), qPrintable(formatAll(compiled.problems)));
}

void tst_CfnResources::httpApiLambdaAuthorizerAndIam()
{
    const QByteArray text = kHttpApiHead + R"yaml(  Auth:
    Type: AWS::ApiGatewayV2::Authorizer
    Properties:
      ApiId: !Ref Api
      Name: KeyAuth
      AuthorizerType: REQUEST
      AuthorizerUri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations
      AuthorizerPayloadFormatVersion: '2.0'
      EnableSimpleResponses: true
      IdentitySource: [$request.header.x-api-key, $request.querystring.tenant]
      AuthorizerResultTtlInSeconds: 60
  Custom:
    Type: AWS::ApiGatewayV2::Route
    Properties: {ApiId: !Ref Api, RouteKey: GET /a, AuthorizationType: CUSTOM, AuthorizerId: !Ref Auth, Target: !Sub 'integrations/${In}'}
  Iam:
    Type: AWS::ApiGatewayV2::Route
    Properties: {ApiId: !Ref Api, RouteKey: GET /b, AuthorizationType: AWS_IAM, Target: !Sub 'integrations/${In}'}
)yaml";
    const io::InputLoad load = readTemplate(text);
    QVERIFY2(load.project && !load.hasErrors(), qPrintable(formatAll(load.diagnostics)));
    const model::ApiDefinition &d = load.project->apis.first().definition;
    const doc::Node &schemes = d.document[u"components"][u"securitySchemes"];
    const doc::Node &authorizer = schemes[u"KeyAuth"][u"x-amazon-apigateway-authorizer"];
    QCOMPARE(authorizer[u"type"].toString(), QStringLiteral("request"));
    QVERIFY(authorizer[u"authorizerUri"].toString().contains(QLatin1String("function:Fn/invocations")));
    QCOMPARE(authorizer[u"authorizerPayloadFormatVersion"].toString(), QStringLiteral("2.0"));
    QVERIFY(authorizer[u"enableSimpleResponses"].toBool());
    QCOMPARE(authorizer[u"identitySource"].toString(), QStringLiteral("$request.header.x-api-key, $request.querystring.tenant"));
    QCOMPARE(authorizer[u"authorizerResultTtlInSeconds"].toInteger(nullptr, true), 60);
    QCOMPARE(schemes[u"sigv4"][u"x-amazon-apigateway-authtype"].toString(), QStringLiteral("awsSigv4"));
    QVERIFY(d.path(u"/a")->operation(u"GET")->body[u"security"].items().front().contains(u"KeyAuth"));
    QVERIFY(d.path(u"/b")->operation(u"GET")->body[u"security"].items().front().contains(u"sigv4"));
    const CompileResult compiled = compileProject(*load.project);
    QVERIFY2(compiled.problems.isEmpty(), qPrintable(formatAll(compiled.problems)));
}

void tst_CfnResources::httpApiMalformed_data()
{
    QTest::addColumn<QByteArray>("resources");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    const QByteArray route = "  R:\n    Type: AWS::ApiGatewayV2::Route\n    Properties:\n      ApiId: !Ref Api\n";
    // `route` is lines 12-15, so what follows it starts on line 16.
    QTest::addRow("Target names nothing")
        << route + "      RouteKey: GET /a\n      Target: !Join ['/', [integrations, !Ref Nope]]\n"
        << QStringLiteral("Resources.R.Properties.Target") << 17
        << QStringLiteral("route `R` (GET /a): Target must be integrations/ followed by !Ref to an AWS::ApiGatewayV2::Integration of API `Api`");
    QTest::addRow("Target without integrations/")
        << route + "      RouteKey: GET /a\n      Target: !Ref In\n"
        << QStringLiteral("Resources.R.Properties.Target") << 17 << QStringLiteral("route `R` (GET /a): Target must be");
    QTest::addRow("RouteKey without a path")
        << route + "      RouteKey: GET\n      Target: !Sub integrations/${In}\n"
        << QStringLiteral("Resources.R.Properties.RouteKey") << 16
        << QStringLiteral("route `R`: RouteKey must be $default or `METHOD /path`");
    QTest::addRow("RouteKey with an unknown method")
        << route + "      RouteKey: FETCH /a\n      Target: !Sub integrations/${In}\n"
        << QStringLiteral("Resources.R.Properties.RouteKey") << 16 << QStringLiteral("got `FETCH /a`");
    QTest::addRow("JWT route without authorizer")
        << route + "      RouteKey: GET /a\n      AuthorizationType: JWT\n      Target: !Sub integrations/${In}\n"
        << QStringLiteral("Resources.R.Properties.AuthorizerId") << 13
        << QStringLiteral("route `R` (GET /a): AuthorizationType JWT needs AuthorizerId");
}

void tst_CfnResources::httpApiMalformed()
{
    QFETCH(QByteArray, resources);
    QFETCH(QString, field);
    QFETCH(int, line);
    QFETCH(QString, message);
    const io::InputLoad load = readTemplate(kHttpApiHead + resources);
    QVERIFY(load.hasErrors());
    const io::Diagnostic *d = findDiagnostic(load, field);
    QVERIFY2(d, qPrintable(formatAll(load.diagnostics)));
    QCOMPARE(d->severity, io::Diagnostic::Severity::Error);
    QVERIFY2(d->message.contains(message), qPrintable(d->format()));
    QCOMPARE(d->file, kTemplateFile);
    QVERIFY2(d->line == line, qPrintable(d->format()));
}

QTEST_GUILESS_MAIN(tst_CfnResources)
#include "tst_cfnresources.moc"
