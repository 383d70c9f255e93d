// SPDX-License-Identifier: GPL-3.0-or-later
// The Explorer's structural edits without widgets: what each add, rename, duplicate and delete writes, that the
// result compiles, follows references, and survives the project file.

#include "projectdocument.h"
#include "projectedits.h"

#include "doc/docio.h"
#include "engine/compiler.h"
#include "io/projectfile.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace gw;
using namespace gw::ui;

namespace {

model::Project petstore()
{
    io::ProjectLoad load = io::loadProject(test::exampleProjectPath());
    if (!load.project)
        qFatal("the example project does not load");
    return *load.project;
}

/// The project as the file writes it and reads it back.
model::Project roundTrip(const model::Project &project)
{
    const QByteArray bytes = io::serializeProject(project);
    const doc::ParseResult parsed = doc::parse(bytes);
    if (!parsed.ok())
        qFatal("the written project does not parse");
    io::ProjectLoad load = io::readProject(parsed.root, QStringLiteral("roundtrip.gatehouse.yaml"));
    if (!load.project) {
        for (const io::Diagnostic &d : load.diagnostics)
            qWarning("%s", qPrintable(d.format()));
        qFatal("the written project does not read back");
    }
    return *load.project;
}

QStringList compileErrors(const model::Project &project)
{
    QStringList errors;
    for (const io::Diagnostic &d : compileProject(project).problems) {
        if (d.severity == io::Diagnostic::Severity::Error)
            errors.append(d.format());
    }
    return errors;
}

QStringList paths(const model::Project &project, const QString &apiId)
{
    QStringList out;
    for (const model::PathItem &p : project.api(apiId)->definition.paths)
        out.append(p.path);
    return out;
}

} // namespace

class tst_ProjectEdits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void itemKey_data();
    void itemKey();
    void addResource_data();
    void addResource();
    void addMethod_mockCompilesAndRoundTrips();
    void renameResource_movesSubtreeAndParameters();
    void duplicateResource_copiesSubtree();
    void deleteResource_questionCountsWhatGoes();
    void httpRoutes();
    void webSocketRoutes();
    void authorizers_data();
    void authorizers();
    void authorizerRenameAndDelete_followSecurity();
    void modelRename_followsRefs();
    void functionRename_followsUris();
    void usagePlanAndKeyAndStage();
    void namedItems_roundTrip();
    void methodRename_changesTheVerb();
    void methodDuplicate_toAnotherVerbOrResource();
    void apiRename_changesTheDisplayNameOnly();
    void cors_setCheckAndRemove_data();
    void cors_setCheckAndRemove();
    void cors_roundTripsAndRemoves();
};

void tst_ProjectEdits::itemKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("apiId");
    QTest::addColumn<QString>("rest");
    QTest::addRow("resource") << "resource:petstore:/pets" << "resource" << "petstore" << "/pets";
    QTest::addRow("route with colon") << "route:chat:GET /a:b" << "route" << "chat" << "GET /a:b";
    QTest::addRow("api") << "api:petstore" << "api" << "petstore" << "";
    QTest::addRow("function") << "function:orders" << "function" << "" << "orders";
    QTest::addRow("api key with colon") << "apikey:a:b" << "apikey" << "" << "a:b";
}

void tst_ProjectEdits::itemKey()
{
    QFETCH(QString, key);
    const ItemKey k = ItemKey::parse(key);
    QTEST(k.prefix, "prefix");
    QTEST(k.apiId, "apiId");
    QTEST(k.rest, "rest");
    const ItemKey method = ItemKey::parse(QStringLiteral("method:petstore:/a:b/{id}:GET"));
    QCOMPARE(method.methodPath(), QStringLiteral("/a:b/{id}"));
    QCOMPARE(method.method(), QStringLiteral("GET"));
}

void tst_ProjectEdits::addResource_data()
{
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("segment");
    QTest::addColumn<QString>("error"); // a part of the message; empty: it succeeds
    QTest::addRow("literal under root") << "/" << "orders" << "";
    QTest::addRow("variable under a literal") << "/pets/{petId}" << "toys" << "";
    QTest::addRow("greedy") << "/" << "{proxy+}" << "";
    QTest::addRow("trimmed") << "/" << "  owners  " << "";
    QTest::addRow("exists") << "/" << "pets" << "/pets already exists";
    QTest::addRow("second variable sibling") << "/pets" << "{id}" << "only one is allowed";
    QTest::addRow("slash") << "/" << "a/b" << "cannot contain '/'";
    QTest::addRow("empty") << "/" << "" << "Enter a path part";
    QTest::addRow("bad braces") << "/" << "{a" << "curly braces";
    QTest::addRow("unknown parent") << "/nope" << "x" << "has no resource /nope";
}

void tst_ProjectEdits::addResource()
{
    QFETCH(QString, parent);
    QFETCH(QString, segment);
    QFETCH(QString, error);
    model::Project project = petstore();
    const model::Project before = project;
    const EditOutcome out = ProjectEdits::addResource(project, QStringLiteral("petstore"), parent, segment);
    if (!error.isEmpty()) {
        QVERIFY(!out.ok);
        QVERIFY2(out.error.contains(error), qPrintable(out.error));
        QVERIFY(project.api(u"petstore")->definition == before.api(u"petstore")->definition); // unchanged
        return;
    }
    QVERIFY2(out.ok, qPrintable(out.error));
    const QString full = (parent == QLatin1String("/") ? QString() : parent) + QLatin1Char('/') + segment.trimmed();
    QCOMPARE(out.key, QStringLiteral("resource:petstore:%1").arg(full));
    QVERIFY(paths(project, QStringLiteral("petstore")).contains(full));
    QVERIFY(compileErrors(project).isEmpty());
    // A resource without methods is kept by the project file.
    QVERIFY(paths(roundTrip(project), QStringLiteral("petstore")).contains(full));
    // Not on a greedy resource.
    if (segment == QLatin1String("{proxy+}")) {
        const EditOutcome below = ProjectEdits::addResource(project, QStringLiteral("petstore"), full, QStringLiteral("x"));
        QVERIFY(!below.ok);
        QVERIFY2(below.error.contains(QLatin1String("greedy")), qPrintable(below.error));
    }
}

void tst_ProjectEdits::addMethod_mockCompilesAndRoundTrips()
{
    model::Project project = petstore();
    QVERIFY(ProjectEdits::addResource(project, QStringLiteral("petstore"), QStringLiteral("/pets/{petId}"),
                                      QStringLiteral("toys"))
                .ok);
    QCOMPARE(ProjectEdits::availableMethods(project, QStringLiteral("petstore"), QStringLiteral("/pets")),
             (QStringList{QStringLiteral("PUT"), QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("HEAD"),
                          QStringLiteral("OPTIONS"), QStringLiteral("ANY")}));
    const EditOutcome out = ProjectEdits::addMethod(project, QStringLiteral("petstore"),
                                                    QStringLiteral("/pets/{petId}/toys"), QStringLiteral("get"));
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.key, QStringLiteral("method:petstore:/pets/{petId}/toys:GET"));
    QVERIFY2(out.note.contains(QLatin1String("MOCK")), qPrintable(out.note));
    const model::PathItem *item = project.api(u"petstore")->definition.path(u"/pets/{petId}/toys");
    QVERIFY(item);
    const model::Operation *op = item->operation(u"GET");
    QVERIFY(op && op->integration);
    QCOMPARE(op->integration->type, model::IntegrationType::Mock);
    QCOMPARE(op->body[u"parameters"].items().front()[u"name"].toString(), QStringLiteral("petId"));
    QVERIFY(!ProjectEdits::addMethod(project, QStringLiteral("petstore"), QStringLiteral("/pets/{petId}/toys"),
                                     QStringLiteral("GET"))
                 .ok);
    QVERIFY(!ProjectEdits::addMethod(project, QStringLiteral("petstore"), QStringLiteral("/pets"), QStringLiteral("FETCH"))
                 .ok);
    QVERIFY(compileErrors(project).isEmpty());
    // An intermediate resource (no path item of its own) gets one with the method.
    QVERIFY(ProjectEdits::addResource(project, QStringLiteral("petstore"), QStringLiteral("/pets/{petId}/toys"),
                                      QStringLiteral("{toyId}"))
                .ok);
    QVERIFY(ProjectEdits::addMethod(project, QStringLiteral("petstore"), QStringLiteral("/pets/{petId}/toys/{toyId}"),
                                    QStringLiteral("DELETE"))
                .ok);
    const model::Project reread = roundTrip(project);
    QVERIFY(reread.api(u"petstore")->definition == project.api(u"petstore")->definition);
    QVERIFY(compileErrors(reread).isEmpty());
}

void tst_ProjectEdits::renameResource_movesSubtreeAndParameters()
{
    model::Project project = petstore();
    project.apis[0].stages[0].methodThrottles.append({QStringLiteral("/pets/{petId}/GET"), model::Throttle{1, 1}});
    EditOutcome out = ProjectEdits::rename(project, QStringLiteral("resource:petstore:/pets/{petId}"), QStringLiteral("{id}"));
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.key, QStringLiteral("resource:petstore:/pets/{id}"));
    const model::PathItem *item = project.api(u"petstore")->definition.path(u"/pets/{id}");
    QVERIFY(item);
    QCOMPARE(item->operation(u"GET")->body[u"parameters"].items().front()[u"name"].toString(), QStringLiteral("id"));
    QCOMPARE(project.apis[0].stages[0].methodThrottles.last().first, QStringLiteral("/pets/{id}/GET"));

    out = ProjectEdits::rename(project, QStringLiteral("resource:petstore:/pets"), QStringLiteral("animals"));
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(paths(project, QStringLiteral("petstore")),
             (QStringList{QStringLiteral("/"), QStringLiteral("/animals"), QStringLiteral("/animals/{id}")}));
    QVERIFY(compileErrors(project).isEmpty());

    QVERIFY(!ProjectEdits::rename(project, QStringLiteral("resource:petstore:/animals"), QStringLiteral("animals")).ok);
    QVERIFY(!ProjectEdits::canRename(QStringLiteral("resource:petstore:/")));
}

void tst_ProjectEdits::duplicateResource_copiesSubtree()
{
    model::Project project = petstore();
    EditOutcome out = ProjectEdits::duplicate(project, QStringLiteral("resource:petstore:/pets"));
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.key, QStringLiteral("resource:petstore:/pets-copy"));
    QCOMPARE(paths(project, QStringLiteral("petstore")),
             (QStringList{QStringLiteral("/"), QStringLiteral("/pets"), QStringLiteral("/pets/{petId}"),
                          QStringLiteral("/pets-copy"), QStringLiteral("/pets-copy/{petId}")}));
    QCOMPARE(project.api(u"petstore")->definition.path(u"/pets-copy/{petId}")->operations.size(), 2);
    out = ProjectEdits::duplicate(project, QStringLiteral("resource:petstore:/pets"));
    QCOMPARE(out.key, QStringLiteral("resource:petstore:/pets-copy2"));
    QVERIFY(!ProjectEdits::duplicate(project, QStringLiteral("resource:petstore:/pets/{petId}")).ok);
    QVERIFY(compileErrors(project).isEmpty());
}

void tst_ProjectEdits::deleteResource_questionCountsWhatGoes()
{
    model::Project project = petstore();
    QCOMPARE(ProjectEdits::removalQuestion(project, QStringLiteral("resource:petstore:/pets")),
             QStringLiteral("Delete /pets and its 4 methods and 1 sub-resource?"));
    QCOMPARE(ProjectEdits::removalQuestion(project, QStringLiteral("resource:petstore:/pets/{petId}")),
             QStringLiteral("Delete /pets/{petId} and its 2 methods?"));
    QCOMPARE(ProjectEdits::removalQuestion(project, QStringLiteral("method:petstore:/pets:POST")),
             QStringLiteral("Delete method POST /pets?"));
    EditOutcome out = ProjectEdits::remove(project, QStringLiteral("method:petstore:/pets:POST"));
    QVERIFY2(out.ok, qPrintable(out.error));
    QVERIFY(!project.api(u"petstore")->definition.path(u"/pets")->operation(u"POST"));
    out = ProjectEdits::remove(project, QStringLiteral("resource:petstore:/pets/{petId}"));
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(paths(project, QStringLiteral("petstore")), (QStringList{QStringLiteral("/"), QStringLiteral("/pets")}));
    out = ProjectEdits::remove(project, QStringLiteral("resource:petstore:/pets"));
    QCOMPARE(paths(project, QStringLiteral("petstore")), QStringList{QStringLiteral("/")});
    QCOMPARE(out.key, QStringLiteral("resource:petstore:/"));
    QVERIFY(!ProjectEdits::canRemove(QStringLiteral("resource:petstore:/")));
    QVERIFY(compileErrors(project).isEmpty());
}

void tst_ProjectEdits::httpRoutes()
{
    model::Project project = petstore();
    const QString api = QStringLiteral("storefront");
    EditOutcome out = ProjectEdits::addRoute(project, api, QStringLiteral("get /catalog/{id}"));
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.key, QStringLiteral("route:storefront:GET /catalog/{id}"));
    QVERIFY(!ProjectEdits::addRoute(project, api, QStringLiteral("GET /catalog")).ok);
    QVERIFY(!ProjectEdits::addRoute(project, api, QStringLiteral("FETCH /x")).ok);
    QVERIFY(!ProjectEdits::addRoute(project, api, QStringLiteral("GET x")).ok);
    QVERIFY(ProjectEdits::addRoute(project, api, QStringLiteral("$default")).ok);
    QVERIFY(!ProjectEdits::addRoute(project, QStringLiteral("petstore"), QStringLiteral("GET /x")).ok);

    out = ProjectEdits::rename(project, QStringLiteral("route:storefront:GET /catalog/{id}"), QStringLiteral("PUT /items/{id}"));
    QVERIFY2(out.ok, qPrintable(out.error));
    QVERIFY(!project.api(api)->definition.path(u"/catalog/{id}")); // emptied and dropped
    QVERIFY(project.api(api)->definition.path(u"/items/{id}")->operation(u"PUT"));
    out = ProjectEdits::duplicate(project, QStringLiteral("route:storefront:GET /catalog"));
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.key, QStringLiteral("route:storefront:GET /catalog-copy"));
    QVERIFY(compileErrors(project).isEmpty());
    QVERIFY(roundTrip(project).api(api)->definition == project.api(api)->definition);
    QVERIFY(ProjectEdits::remove(project, QStringLiteral("route:storefront:PUT /items/{id}")).ok);
    QVERIFY(!project.api(api)->definition.path(u"/items/{id}"));
}

void tst_ProjectEdits::webSocketRoutes()
{
    io::ProjectLoad load = io::loadProject(test::sourceDir() + QStringLiteral("/resources/examples/websocket-chat.gatehouse.yaml"));
    QVERIFY(load.project);
    model::Project project = *load.project;
    QVERIFY(!ProjectEdits::addRoute(project, QStringLiteral("chat"), QStringLiteral("$ping")).ok);
    QVERIFY(!ProjectEdits::addRoute(project, QStringLiteral("chat"), QStringLiteral("sendmessage")).ok);
    EditOutcome out = ProjectEdits::addRoute(project, QStringLiteral("chat"), QStringLiteral("ping"));
    QVERIFY2(out.ok, qPrintable(out.error));
    out = ProjectEdits::rename(project, QStringLiteral("route:chat:ping"), QStringLiteral("pong"));
    QVERIFY2(out.ok, qPrintable(out.error));
    QVERIFY(project.api(u"chat")->definition.document[u"routes"].contains(u"pong"));
    out = ProjectEdits::duplicate(project, QStringLiteral("route:chat:$connect"));
    QVERIFY2(out.ok, qPrintable(out.error));
    QVERIFY(!project.api(u"chat")->definition.document[u"routes"][u"connect-copy"].contains(u"authorizerId"));
    out = ProjectEdits::rename(project, QStringLiteral("authorizer:chat:TokenAuthorizer"), QStringLiteral("Tokens"));
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(project.api(u"chat")->definition.document[u"routes"][u"$connect"][u"authorizerId"].toString(),
             QStringLiteral("Tokens"));
    QVERIFY(compileErrors(project).isEmpty());
    const model::Project reread = roundTrip(project);
    QVERIFY(reread.api(u"chat")->definition.document[u"routes"].contains(u"pong"));
}

void tst_ProjectEdits::authorizers_data()
{
    QTest::addColumn<QString>("api");
    QTest::addColumn<int>("type");
    QTest::addRow("REST TOKEN") << "petstore" << int(ProjectEdits::AuthorizerType::Token);
    QTest::addRow("REST REQUEST") << "petstore" << int(ProjectEdits::AuthorizerType::Request);
    QTest::addRow("REST Cognito") << "petstore" << int(ProjectEdits::AuthorizerType::CognitoUserPools);
    QTest::addRow("HTTP JWT") << "storefront" << int(ProjectEdits::AuthorizerType::Jwt);
    QTest::addRow("HTTP REQUEST") << "storefront" << int(ProjectEdits::AuthorizerType::Request);
}

void tst_ProjectEdits::authorizers()
{
    QFETCH(QString, api);
    QFETCH(int, type);
    model::Project project = petstore();
    const EditOutcome out = ProjectEdits::addAuthorizer(project, api, QStringLiteral("auth"),
                                                        ProjectEdits::AuthorizerType(type),
                                                        QStringLiteral("http://127.0.0.1:4511"));
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.key, QStringLiteral("authorizer:%1:auth").arg(api));
    QVERIFY(project.api(api)->definition.document[u"components"][u"securitySchemes"][u"auth"].contains(
        u"x-amazon-apigateway-authorizer"));
    QVERIFY(!ProjectEdits::addAuthorizer(project, api, QStringLiteral("auth"), ProjectEdits::AuthorizerType(type)).ok);
    QVERIFY(!ProjectEdits::addAuthorizer(project, api, QStringLiteral("a b"), ProjectEdits::AuthorizerType(type)).ok);
    // Protect a method with it: the API compiles, and the file keeps it.
    model::Api &a = project.apis[api == QLatin1String("petstore") ? 0 : 1];
    doc::Node requirement = doc::Node::mapping();
    requirement.set(QStringLiteral("auth"), doc::Node::sequence());
    doc::Node security = doc::Node::sequence();
    security.append(requirement);
    a.definition.paths[0].operations[0].body.set(QStringLiteral("security"), security);
    QVERIFY(compileErrors(project).isEmpty());
    QVERIFY(roundTrip(project).api(api)->definition == project.api(api)->definition);
}

void tst_ProjectEdits::authorizerRenameAndDelete_followSecurity()
{
    model::Project project = petstore();
    QVERIFY(ProjectEdits::addAuthorizer(project, QStringLiteral("petstore"), QStringLiteral("auth"),
                                        ProjectEdits::AuthorizerType::Token)
                .ok);
    doc::Node requirement = doc::Node::mapping();
    requirement.set(QStringLiteral("auth"), doc::Node::sequence());
    doc::Node security = doc::Node::sequence();
    security.append(requirement);
    project.apis[0].definition.paths[1].operations[0].body.set(QStringLiteral("security"), security);
    QCOMPARE(ProjectEdits::removalQuestion(project, QStringLiteral("authorizer:petstore:auth")),
             QStringLiteral("Delete authorizer auth? GET /pets no longer require it."));
    QVERIFY(ProjectEdits::rename(project, QStringLiteral("authorizer:petstore:auth"), QStringLiteral("gate")).ok);
    const doc::Node &body = project.api(u"petstore")->definition.paths[1].operations[0].body;
    QVERIFY(body[u"security"].items().front().contains(u"gate"));
    QVERIFY(ProjectEdits::duplicate(project, QStringLiteral("authorizer:petstore:gate")).ok);
    QVERIFY(project.api(u"petstore")->definition.document[u"components"][u"securitySchemes"].contains(u"gate-copy"));
    QVERIFY(ProjectEdits::remove(project, QStringLiteral("authorizer:petstore:gate")).ok);
    QVERIFY(!project.api(u"petstore")->definition.paths[1].operations[0].body.contains(u"security"));
    QVERIFY(compileErrors(project).isEmpty());
}

void tst_ProjectEdits::modelRename_followsRefs()
{
    model::Project project = petstore();
    QVERIFY(!ProjectEdits::addModel(project, QStringLiteral("petstore"), QStringLiteral("Pet-1")).ok);
    QVERIFY(ProjectEdits::addModel(project, QStringLiteral("petstore"), QStringLiteral("Pet")).ok);
    doc::Node ref = doc::Node::mapping();
    ref.set(QStringLiteral("$ref"), doc::Node::string(QStringLiteral("#/components/schemas/Pet")));
    doc::Node schema = doc::Node::mapping();
    schema.set(QStringLiteral("schema"), ref);
    doc::Node content = doc::Node::mapping();
    content.set(QStringLiteral("application/json"), schema);
    doc::Node requestBody = doc::Node::mapping();
    requestBody.set(QStringLiteral("content"), content);
    project.apis[0].definition.paths[1].operations[1].body.set(QStringLiteral("requestBody"), requestBody);
    QCOMPARE(ProjectEdits::removalQuestion(project, QStringLiteral("model:petstore:Pet")),
             QStringLiteral("Delete model Pet? 1 reference to it will no longer resolve."));
    QVERIFY(ProjectEdits::rename(project, QStringLiteral("model:petstore:Pet"), QStringLiteral("Animal")).ok);
    QCOMPARE(project.apis[0]
                 .definition.paths[1]
                 .operations[1]
                 .body[u"requestBody"][u"content"][u"application/json"][u"schema"][u"$ref"]
                 .toString(),
             QStringLiteral("#/components/schemas/Animal"));
    const EditOutcome copy = ProjectEdits::duplicate(project, QStringLiteral("model:petstore:Animal"));
    QCOMPARE(copy.key, QStringLiteral("model:petstore:AnimalCopy"));
    QCOMPARE(project.api(u"petstore")->definition.document[u"components"][u"schemas"][u"AnimalCopy"][u"title"].toString(),
             QStringLiteral("AnimalCopy"));
    QVERIFY(compileErrors(project).isEmpty());
}

void tst_ProjectEdits::functionRename_followsUris()
{
    model::Project project = petstore();
    QVERIFY(ProjectEdits::addAuthorizer(project, QStringLiteral("storefront"), QStringLiteral("lambda"),
                                        ProjectEdits::AuthorizerType::Request)
                .ok); // calls the first function, orders
    QVERIFY(ProjectEdits::removalQuestion(project, QStringLiteral("function:orders")).contains(QLatin1String("POST /orders")));
    const EditOutcome out = ProjectEdits::rename(project, QStringLiteral("function:orders"), QStringLiteral("pricing"));
    QVERIFY2(out.ok, qPrintable(out.error));
    const model::Operation *op = project.api(u"storefront")->definition.path(u"/orders")->operation(u"POST");
    QCOMPARE(model::functionNameFromUri(op->integration->uri), QStringLiteral("pricing"));
    QCOMPARE(model::functionNameFromUri(project.api(u"storefront")
                                            ->definition.document[u"components"][u"securitySchemes"][u"lambda"]
                                                                 [u"x-amazon-apigateway-authorizer"][u"authorizerUri"]
                                            .toString()),
             QStringLiteral("pricing"));
    QVERIFY(!ProjectEdits::addFunction(project, QStringLiteral("pricing")).ok);
    QVERIFY(!ProjectEdits::addFunction(project, QStringLiteral("bad name")).ok);
    QVERIFY(ProjectEdits::addFunction(project, QStringLiteral("worker")).ok);
    QCOMPARE(project.function(u"worker")->code, QStringLiteral("functions/worker"));
    QVERIFY(ProjectEdits::duplicate(project, QStringLiteral("function:worker")).ok);
    QVERIFY(project.function(u"worker-copy"));
    QVERIFY(ProjectEdits::remove(project, QStringLiteral("function:worker")).ok);
    QVERIFY(!project.function(u"worker"));
    QVERIFY(compileErrors(project).isEmpty());
}

void tst_ProjectEdits::usagePlanAndKeyAndStage()
{
    model::Project project = petstore();
    QVERIFY(ProjectEdits::addUsagePlan(project, QStringLiteral("basic")).ok);
    QVERIFY(ProjectEdits::addApiKey(project, QStringLiteral("alice")).ok);
    QVERIFY(project.apiKeys.first().value.size() >= 20); // AWS wants at least 20 characters
    project.apiKeys.first().usagePlans = {QStringLiteral("basic")};
    project.usagePlans.first().stages.append({QStringLiteral("petstore"), QStringLiteral("prod"), {}});
    QVERIFY(ProjectEdits::rename(project, QStringLiteral("usageplan:basic"), QStringLiteral("gold")).ok);
    QCOMPARE(project.apiKeys.first().usagePlans, QStringList{QStringLiteral("gold")});
    QVERIFY(ProjectEdits::rename(project, QStringLiteral("stage:petstore:prod"), QStringLiteral("live")).ok);
    QCOMPARE(project.usagePlans.first().stages.first().stage, QStringLiteral("live"));
    QVERIFY(!ProjectEdits::addStage(project, QStringLiteral("petstore"), QStringLiteral("live")).ok);
    QVERIFY(!ProjectEdits::addStage(project, QStringLiteral("petstore"), QStringLiteral("no spaces")).ok);
    EditOutcome out = ProjectEdits::addStage(project, QStringLiteral("petstore"), QStringLiteral("dev"));
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(project.api(u"petstore")->stage(u"dev")->deploymentId, QStringLiteral("d4a7c1"));
    QVERIFY(ProjectEdits::addStage(project, QStringLiteral("storefront"), QStringLiteral("beta")).ok);
    QVERIFY(project.api(u"storefront")->stage(u"beta")->autoDeploy);
    QVERIFY(ProjectEdits::duplicate(project, QStringLiteral("apikey:alice")).ok);
    QVERIFY(project.apiKeys[1].value != project.apiKeys[0].value);
    QVERIFY(ProjectEdits::removalQuestion(project, QStringLiteral("stage:petstore:live")).contains(QLatin1String("gold")));
    QVERIFY(ProjectEdits::remove(project, QStringLiteral("stage:petstore:live")).ok);
    QVERIFY(project.usagePlans.first().stages.isEmpty());
    QVERIFY(ProjectEdits::remove(project, QStringLiteral("usageplan:gold")).ok);
    QVERIFY(project.apiKeys.first().usagePlans.isEmpty());
    QVERIFY(compileErrors(project).isEmpty());
    const model::Project reread = roundTrip(project);
    QCOMPARE(reread.apiKeys, project.apiKeys);
    QVERIFY(reread.api(u"storefront")->stage(u"beta"));
}

void tst_ProjectEdits::namedItems_roundTrip()
{
    model::Project project = petstore();
    QVERIFY(ProjectEdits::addValidator(project, QStringLiteral("petstore"), QStringLiteral("Validate body")).ok);
    QVERIFY(!ProjectEdits::addValidator(project, QStringLiteral("storefront"), QStringLiteral("v")).ok);
    QVERIFY(ProjectEdits::addGatewayResponse(project, QStringLiteral("petstore"), QStringLiteral("default_4xx")).ok);
    QVERIFY(!ProjectEdits::addGatewayResponse(project, QStringLiteral("petstore"), QStringLiteral("DEFAULT_4XX")).ok);
    QVERIFY(!ProjectEdits::addGatewayResponse(project, QStringLiteral("petstore"), QStringLiteral("TEAPOT")).ok);
    QVERIFY(!ProjectEdits::availableGatewayResponses(project, QStringLiteral("petstore")).contains(QStringLiteral("DEFAULT_4XX")));
    QVERIFY(ProjectEdits::addIntegration(project, QStringLiteral("storefront"), QStringLiteral("pricing")).ok);
    QVERIFY(!ProjectEdits::addIntegration(project, QStringLiteral("petstore"), QStringLiteral("pricing")).ok);
    // A route that references it; renaming follows, deleting leaves the route its own copy.
    model::Operation &orders = project.apis[1].definition.paths[2].operations[0];
    orders.integrationRef = QStringLiteral("pricing");
    QVERIFY(compileErrors(project).isEmpty());
    QVERIFY(ProjectEdits::rename(project, QStringLiteral("integration:storefront:pricing"), QStringLiteral("prices")).ok);
    QCOMPARE(project.apis[1].definition.paths[2].operations[0].integrationRef, QStringLiteral("prices"));
    project.apis[0].definition.paths[1].operations[0].body.set(QStringLiteral("x-amazon-apigateway-request-validator"),
                                                               doc::Node::string(QStringLiteral("Validate body")));
    QVERIFY(ProjectEdits::rename(project, QStringLiteral("validator:petstore:Validate body"), QStringLiteral("all")).ok);
    QCOMPARE(project.apis[0].definition.paths[1].operations[0].body[u"x-amazon-apigateway-request-validator"].toString(),
             QStringLiteral("all"));
    QVERIFY(ProjectEdits::rename(project, QStringLiteral("gatewayresponse:petstore:DEFAULT_4XX"), QStringLiteral("DEFAULT_5XX")).ok);
    QVERIFY(compileErrors(project).isEmpty());
    const model::Project reread = roundTrip(project);
    for (const QString &api : {QStringLiteral("petstore"), QStringLiteral("storefront")})
        QVERIFY(reread.api(api)->definition == project.api(api)->definition);

    QVERIFY(ProjectEdits::remove(project, QStringLiteral("integration:storefront:prices")).ok);
    QVERIFY(project.apis[1].definition.paths[2].operations[0].integrationRef.isEmpty());
    QVERIFY(project.apis[1].definition.paths[2].operations[0].integration);
    QVERIFY(ProjectEdits::remove(project, QStringLiteral("validator:petstore:all")).ok);
    QVERIFY(!project.apis[0].definition.paths[1].operations[0].body.contains(u"x-amazon-apigateway-request-validator"));
    QVERIFY(ProjectEdits::remove(project, QStringLiteral("gatewayresponse:petstore:DEFAULT_5XX")).ok);
    QVERIFY(compileErrors(project).isEmpty());
}

void tst_ProjectEdits::methodRename_changesTheVerb()
{
    model::Project project = petstore();
    project.apis[0].stages[0].methodThrottles.append({QStringLiteral("/pets/GET"), model::Throttle{5, 2}});
    project.apis[0].stages[0].methodThrottles.append({QStringLiteral("/pets/{petId}/GET"), model::Throttle{1, 1}});
    const QString key = QStringLiteral("method:petstore:/pets:GET");
    QVERIFY(ProjectEdits::canRename(key));
    QCOMPARE(ProjectEdits::currentName(key), QStringLiteral("GET"));

    EditOutcome out = ProjectEdits::rename(project, key, QStringLiteral("POST"));
    QVERIFY(!out.ok);
    QCOMPARE(out.error, QStringLiteral("/pets already has a POST method: delete or rename that one first."));
    QVERIFY(!ProjectEdits::rename(project, key, QStringLiteral("FETCH")).ok);
    QVERIFY(!ProjectEdits::rename(project, key, QStringLiteral("GET")).ok);
    QVERIFY(!ProjectEdits::rename(project, QStringLiteral("method:petstore:/pets:PATCH"), QStringLiteral("PUT")).ok);

    const QString summary = project.api(u"petstore")->definition.path(u"/pets")->operation(u"GET")->body[u"summary"].toString();
    out = ProjectEdits::rename(project, key, QStringLiteral("put"));
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.key, QStringLiteral("method:petstore:/pets:PUT"));
    QCOMPARE(out.undoText, QStringLiteral("Change method GET /pets to PUT"));
    const model::PathItem *pets = project.api(u"petstore")->definition.path(u"/pets");
    QVERIFY(!pets->operation(u"GET"));
    QVERIFY(pets->operation(u"PUT"));
    QCOMPARE(pets->operation(u"PUT")->body[u"summary"].toString(), summary); // everything else stays
    QCOMPARE(pets->operation(u"PUT")->integration->type, model::IntegrationType::Mock);
    // Per-method settings follow; another resource's GET does not.
    QCOMPARE(project.apis[0].stages[0].methodThrottles[0].first, QStringLiteral("/pets/PUT"));
    QCOMPARE(project.apis[0].stages[0].methodThrottles[1].first, QStringLiteral("/pets/{petId}/GET"));
    QVERIFY(compileErrors(project).isEmpty());
    // ANY is written as x-amazon-apigateway-any-method and read back.
    QVERIFY(ProjectEdits::rename(project, QStringLiteral("method:petstore:/pets:PUT"), QStringLiteral("ANY")).ok);
    const model::Project reread = roundTrip(project);
    QVERIFY(reread.api(u"petstore")->definition.path(u"/pets")->operation(u"ANY"));
    QVERIFY(reread.api(u"petstore")->definition == project.api(u"petstore")->definition);
    // HTTP APIs have routes, not methods.
    QVERIFY(!ProjectEdits::rename(project, QStringLiteral("method:storefront:/catalog:GET"), QStringLiteral("PUT")).ok);
}

void tst_ProjectEdits::methodDuplicate_toAnotherVerbOrResource()
{
    model::Project project = petstore();
    const QString api = QStringLiteral("petstore");
    QCOMPARE(ProjectEdits::resourcePaths(project, api),
             (QStringList{QStringLiteral("/"), QStringLiteral("/pets"), QStringLiteral("/pets/{petId}")}));

    // Refusals say why.
    EditOutcome out = ProjectEdits::duplicateMethod(project, api, QStringLiteral("/pets"), QStringLiteral("GET"),
                                                    QStringLiteral("/pets"), QStringLiteral("POST"));
    QVERIFY(!out.ok);
    QCOMPARE(out.error, QStringLiteral("/pets already has a POST method."));
    out = ProjectEdits::duplicateMethod(project, api, QStringLiteral("/pets"), QStringLiteral("GET"),
                                        QStringLiteral("/toys"), QStringLiteral("GET"));
    QVERIFY(out.error.contains(QLatin1String("no resource /toys")));
    QVERIFY(!ProjectEdits::duplicateMethod(project, api, QStringLiteral("/pets"), QStringLiteral("GET"),
                                           QStringLiteral("/pets"), QStringLiteral("GET"))
                 .ok);
    QVERIFY(!ProjectEdits::duplicateMethod(project, api, QStringLiteral("/pets"), QStringLiteral("PATCH"),
                                           QStringLiteral("/pets"), QStringLiteral("PUT"))
                 .ok);

    // Same resource, another verb.
    out = ProjectEdits::duplicateMethod(project, api, QStringLiteral("/pets"), QStringLiteral("GET"), QStringLiteral("/pets"),
                                        QStringLiteral("head"));
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.key, QStringLiteral("method:petstore:/pets:HEAD"));
    const model::PathItem *pets = project.api(u"petstore")->definition.path(u"/pets");
    QVERIFY(pets->operation(u"GET") && pets->operation(u"HEAD"));
    QCOMPARE(pets->operation(u"HEAD")->integration->requestTemplates, pets->operation(u"GET")->integration->requestTemplates);

    // To a resource with a path parameter: the copy declares it.
    out = ProjectEdits::duplicateMethod(project, api, QStringLiteral("/pets"), QStringLiteral("POST"),
                                        QStringLiteral("/pets/{petId}"), QStringLiteral("PUT"));
    QVERIFY2(out.ok, qPrintable(out.error));
    const model::Operation *put = project.api(u"petstore")->definition.path(u"/pets/{petId}")->operation(u"PUT");
    QVERIFY(put);
    QCOMPARE(put->body[u"parameters"].items().size(), std::size_t(1));
    QCOMPARE(put->body[u"parameters"].items().front()[u"name"].toString(), QStringLiteral("petId"));
    QCOMPARE(put->body[u"operationId"].toString(), QStringLiteral("createPet"));
    // From it to one without: the parameter goes.
    out = ProjectEdits::duplicateMethod(project, api, QStringLiteral("/pets/{petId}"), QStringLiteral("DELETE"),
                                        QStringLiteral("/pets"), QStringLiteral("DELETE"));
    QVERIFY2(out.ok, qPrintable(out.error));
    QVERIFY(!project.api(u"petstore")->definition.path(u"/pets")->operation(u"DELETE")->body.contains(u"parameters"));
    // The Explorer's plain duplicate takes the first verb the resource lacks.
    out = ProjectEdits::duplicate(project, QStringLiteral("method:petstore:/:GET"));
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.key, QStringLiteral("method:petstore:/:POST"));

    QVERIFY2(compileErrors(project).isEmpty(), qPrintable(compileErrors(project).join(u'\n')));
    const model::Project reread = roundTrip(project);
    QVERIFY(reread.api(u"petstore")->definition == project.api(u"petstore")->definition);
}

void tst_ProjectEdits::apiRename_changesTheDisplayNameOnly()
{
    model::Project project = petstore();
    const model::Api &before = *project.api(u"petstore");
    const bool undeployed = hasUndeployedChanges(before, before.stages.first());
    QVERIFY(ProjectEdits::canRename(QStringLiteral("api:petstore")));
    QVERIFY(!ProjectEdits::rename(project, QStringLiteral("api:petstore"), QStringLiteral("  ")).ok);
    QVERIFY(!ProjectEdits::rename(project, QStringLiteral("api:petstore"), QStringLiteral("PetStore")).ok);
    QVERIFY(!ProjectEdits::rename(project, QStringLiteral("api:nothing"), QStringLiteral("X")).ok);
    const EditOutcome out = ProjectEdits::rename(project, QStringLiteral("api:petstore"), QStringLiteral(" Pet Shop "));
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.key, QStringLiteral("api:petstore"));
    QCOMPARE(out.undoText, QStringLiteral("Rename API PetStore to Pet Shop"));
    const model::Api &api = *project.api(u"petstore");
    QCOMPARE(api.definition.title(), QStringLiteral("Pet Shop"));
    QCOMPARE(api.id, QStringLiteral("petstore")); // the id (and invoke URL) stays
    // The name is the API's, not the deployment's: the stage has no more undeployed changes than before.
    QCOMPARE(hasUndeployedChanges(api, api.stages.first()), undeployed);
    const model::Project reread = roundTrip(project);
    QCOMPARE(reread.api(u"petstore")->definition.title(), QStringLiteral("Pet Shop"));
    QVERIFY(compileErrors(project).isEmpty());

    // A WebSocket API is named by its definition's `name`.
    io::ProjectLoad chat = io::loadProject(QFileInfo(test::exampleProjectPath()).dir().filePath(
        QStringLiteral("websocket-chat.gatehouse.yaml")));
    QVERIFY(chat.project);
    QCOMPARE(chat.project->api(u"chat")->definition.title(), QStringLiteral("Chat"));
    const EditOutcome ws = ProjectEdits::rename(*chat.project, QStringLiteral("api:chat"), QStringLiteral("Team chat"));
    QVERIFY2(ws.ok, qPrintable(ws.error));
    QCOMPARE(chat.project->api(u"chat")->definition.document[u"name"].toString(), QStringLiteral("Team chat"));
    QVERIFY(!chat.project->api(u"chat")->definition.document.contains(u"info"));
    QCOMPARE(roundTrip(*chat.project).api(u"chat")->definition.title(), QStringLiteral("Team chat"));
}

void tst_ProjectEdits::cors_setCheckAndRemove_data()
{
    QTest::addColumn<QStringList>("origins");
    QTest::addColumn<QStringList>("methods");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<int>("maxAge"); // -2: not set
    QTest::addColumn<bool>("credentials");
    QTest::addColumn<QString>("error"); // empty: accepted

    const QStringList any = {QStringLiteral("*")};
    const QStringList site = {QStringLiteral("https://shop.example.com")};
    const QStringList get = {QStringLiteral("GET"), QStringLiteral("POST")};
    QTest::addRow("any origin") << any << get << QStringList() << -2 << false << QString();
    QTest::addRow("credentials with a listed origin") << site << get << QStringList{QStringLiteral("authorization")} << 600
                                                      << true << QString();
    QTest::addRow("credentials with *") << any << get << QStringList() << -2 << true
                                        << QStringLiteral("allow-credentials is not supported if 'allow-origin' is *");
    QTest::addRow("max age -1 (no caching)") << site << get << QStringList() << -1 << false << QString();
    QTest::addRow("max age above a day") << site << get << QStringList() << 86'401 << false
                                         << QStringLiteral("maxAge must be a whole number of seconds from -1 to 86400");
    QTest::addRow("method with a space") << site << QStringList{QStringLiteral("GET POST")} << QStringList() << -2 << false
                                         << QStringLiteral("is not an HTTP method");
    QTest::addRow("header with a colon") << site << get << QStringList{QStringLiteral("x-a:b")} << -2 << false
                                         << QStringLiteral("is not a header name");
}

void tst_ProjectEdits::cors_setCheckAndRemove()
{
    QFETCH(QStringList, origins);
    QFETCH(QStringList, methods);
    QFETCH(QStringList, headers);
    QFETCH(int, maxAge);
    QFETCH(bool, credentials);
    QFETCH(QString, error);
    model::Project project = petstore();
    CorsConfig config;
    config.allowOrigins = origins;
    config.allowMethods = methods;
    config.allowHeaders = headers;
    if (maxAge != -2)
        config.maxAge = maxAge;
    config.allowCredentials = credentials;
    const model::Project before = project;
    const EditOutcome out = ProjectEdits::setCors(project, QStringLiteral("storefront"), config);
    if (!error.isEmpty()) {
        QVERIFY(!out.ok);
        QVERIFY2(out.error.contains(error), qPrintable(out.error));
        QVERIFY(project.api(u"storefront")->definition == before.api(u"storefront")->definition); // unchanged
        return;
    }
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.key, QStringLiteral("cors:storefront"));
    QCOMPARE(out.undoText, QStringLiteral("Configure CORS of storefront"));
    const std::optional<CorsConfig> read = ProjectEdits::corsConfiguration(project, QStringLiteral("storefront"));
    QVERIFY(read);
    QCOMPARE(read->allowOrigins, origins);
    QCOMPARE(read->allowMethods, methods);
    QCOMPARE(read->allowHeaders, headers);
    QCOMPARE(read->allowCredentials, credentials);
    QCOMPARE(read->maxAge, config.maxAge);
    QVERIFY(compileErrors(project).isEmpty());
}

void tst_ProjectEdits::cors_roundTripsAndRemoves()
{
    model::Project project = petstore();
    CorsConfig config;
    config.allowOrigins = {QStringLiteral("https://shop.example.com"), QStringLiteral("http://localhost:3000")};
    config.allowMethods = {QStringLiteral("GET")};
    config.exposeHeaders = {QStringLiteral("x-request-id")};
    config.maxAge = 300;
    config.allowCredentials = true;
    QVERIFY(!ProjectEdits::corsConfiguration(project, QStringLiteral("storefront")));
    QVERIFY(!ProjectEdits::removeCors(project, QStringLiteral("storefront")).ok);
    // A REST API enables CORS per resource.
    const EditOutcome rest = ProjectEdits::setCors(project, QStringLiteral("petstore"), config);
    QVERIFY(!rest.ok);
    QVERIFY2(rest.error.contains(QLatin1String("enable CORS on each resource")), qPrintable(rest.error));
    QVERIFY(ProjectEdits::setCors(project, QStringLiteral("storefront"), config).ok);
    QCOMPARE(ProjectEdits::setCors(project, QStringLiteral("storefront"), config).undoText,
             QStringLiteral("Change CORS of storefront"));

    const model::Project reread = roundTrip(project);
    QVERIFY(reread.api(u"storefront")->definition == project.api(u"storefront")->definition);
    const std::optional<CorsConfig> back = ProjectEdits::corsConfiguration(reread, QStringLiteral("storefront"));
    QVERIFY(back);
    QCOMPARE(back->allowOrigins, config.allowOrigins);
    QCOMPARE(back->exposeHeaders, config.exposeHeaders);
    QCOMPARE(back->maxAge, config.maxAge);
    QVERIFY(back->allowCredentials);

    // Deleting the "cors:" item removes the configuration, after a question that says what that means.
    QVERIFY(ProjectEdits::canRemove(QStringLiteral("cors:storefront")));
    QVERIFY(!ProjectEdits::canRename(QStringLiteral("cors:storefront")));
    QVERIFY(ProjectEdits::removalQuestion(project, QStringLiteral("cors:storefront")).contains(QLatin1String("preflight")));
    const EditOutcome removed = ProjectEdits::remove(project, QStringLiteral("cors:storefront"));
    QVERIFY2(removed.ok, qPrintable(removed.error));
    QCOMPARE(removed.undoText, QStringLiteral("Remove CORS of storefront"));
    QVERIFY(!project.api(u"storefront")->definition.document.contains(u"x-amazon-apigateway-cors"));
    QVERIFY(ProjectEdits::removalQuestion(project, QStringLiteral("cors:storefront")).isEmpty());
}

QTEST_GUILESS_MAIN(tst_ProjectEdits)
#include "tst_projectedits.moc"
