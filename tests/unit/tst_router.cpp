// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/routetree.h"

#include <QtTest>

using namespace gw::routing;

namespace {

struct RouteDef
{
    const char *method;
    const char *path;
};

/// Builds a tree whose payloads index `defs`; "$default" registers the default route.
RouteTree buildTree(RouteTree::Precedence precedence, const QList<RouteDef> &defs)
{
    RouteTree tree(precedence);
    for (qsizetype i = 0; i < defs.size(); ++i) {
        const QString path = QString::fromLatin1(defs[i].path);
        if (path == QLatin1String("$default")) {
            tree.setDefaultRoute(int(i));
            continue;
        }
        PathTemplate t;
        QString error;
        if (!PathTemplate::parse(path, &t, &error))
            qFatal("bad test route %s: %s", defs[i].path, qPrintable(error));
        if (!tree.addRoute(t, QString::fromLatin1(defs[i].method), int(i), &error))
            qFatal("conflicting test route %s: %s", defs[i].path, qPrintable(error));
    }
    return tree;
}

QString describe(const QList<RouteDef> &defs, const RouteMatch &m)
{
    if (!m.matched())
        return QStringLiteral("none");
    const RouteDef &d = defs[m.route];
    QString out = QString::fromLatin1(d.method) + QLatin1Char(' ') + QString::fromLatin1(d.path);
    for (const auto &p : m.pathParameters)
        out += QStringLiteral(" %1=%2").arg(p.first, p.second);
    return out;
}

// Measured on AWS (REST, MOCK integrations): the resource and method resolve as a pair.
const QList<RouteDef> restUsers = {
    {"GET", "/users/{userId}"}, {"PATCH", "/users/me"},        {"POST", "/roles/provision"},
    {"GET", "/roles/{roleId}"}, {"GET", "/things/real"},       {"ANY", "/things/{proxy+}"},
};
const QList<RouteDef> restJobs = {
    {"ANY", "/{proxy+}"}, {"GET", "/jobs/{operation_type}"}, {"OPTIONS", "/cors_only"}, {"GET", "/"},
};
const QList<RouteDef> restResource = {
    {"ANY", "/resource/{proxy+}"}, {"GET", "/resource/test"}, {"GET", "/pets/{petId}"}, {"GET", "/pets"},
};
// AWS's documented HTTP API example (http-api-develop-routes).
const QList<RouteDef> httpDoc = {
    {"GET", "/pets/dog/1"}, {"GET", "/pets/dog/{id}"}, {"GET", "/pets/{proxy+}"}, {"ANY", "/{proxy+}"}, {"ANY", "$default"},
};
const QList<RouteDef> httpMethods = {
    {"ANY", "/items"}, {"GET", "/items"}, {"ANY", "/a/{x}"}, {"GET", "/{proxy+}"},
};

} // namespace

class tst_Router : public QObject
{
    Q_OBJECT
private slots:
    void match_data();
    void match();
    void pathTemplates_data();
    void pathTemplates();
    void siblingConflicts_data();
    void siblingConflicts();
    void methodMismatchIsReported();
    void requestPathSplitting_data();
    void requestPathSplitting();
};

void tst_Router::match_data()
{
    QTest::addColumn<int>("table");
    QTest::addColumn<bool>("http");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");

    // REST, from requests measured on AWS
    QTest::addRow("literal lacks GET, parameter sibling serves it") << 0 << false << "GET" << "/users/me" << "GET /users/{userId} userId=me";
    QTest::addRow("literal wins when it has the method") << 0 << false << "PATCH" << "/users/me" << "PATCH /users/me";
    QTest::addRow("parameter") << 0 << false << "GET" << "/users/abc123" << "GET /users/{userId} userId=abc123";
    QTest::addRow("nothing has POST") << 0 << false << "POST" << "/users/me" << "none";
    QTest::addRow("disjoint methods: literal") << 0 << false << "POST" << "/roles/provision" << "POST /roles/provision";
    QTest::addRow("disjoint methods: parameter") << 0 << false << "GET" << "/roles/provision" << "GET /roles/{roleId} roleId=provision";
    QTest::addRow("literal beats greedy") << 0 << false << "GET" << "/things/real" << "GET /things/real";
    QTest::addRow("greedy serves the other methods") << 0 << false << "POST" << "/things/real" << "ANY /things/{proxy+} proxy=real";
    QTest::addRow("exact resource and verb") << 1 << false << "GET" << "/jobs/reboot" << "GET /jobs/{operation_type} operation_type=reboot";
    QTest::addRow("method-less intermediate falls through") << 1 << false << "GET" << "/jobs" << "ANY /{proxy+} proxy=jobs";
    QTest::addRow("any verb on intermediate") << 1 << false << "POST" << "/jobs" << "ANY /{proxy+} proxy=jobs";
    QTest::addRow("declared verb mismatch falls through") << 1 << false << "POST" << "/jobs/reboot" << "ANY /{proxy+} proxy=jobs/reboot";
    QTest::addRow("OPTIONS-only resource falls through") << 1 << false << "GET" << "/cors_only" << "ANY /{proxy+} proxy=cors_only";
    QTest::addRow("root") << 1 << false << "GET" << "/" << "GET /";
    QTest::addRow("greedy does not match the root") << 1 << false << "POST" << "/" << "none";
    QTest::addRow("specific sibling beats greedy") << 2 << false << "GET" << "/resource/test" << "GET /resource/test";
    QTest::addRow("greedy sibling") << 2 << false << "GET" << "/resource/other" << "ANY /resource/{proxy+} proxy=other";
    QTest::addRow("deeper than the literal backs out to greedy") << 2 << false << "GET" << "/resource/test/x" << "ANY /resource/{proxy+} proxy=test/x";
    QTest::addRow("greedy keeps several segments") << 2 << false << "DELETE" << "/resource/a/b/c" << "ANY /resource/{proxy+} proxy=a/b/c";
    QTest::addRow("trailing slash") << 2 << false << "GET" << "/pets/" << "GET /pets";
    QTest::addRow("percent-decoded parameter") << 2 << false << "GET" << "/pets/a%20b" << "GET /pets/{petId} petId=a b";
    QTest::addRow("encoded slash stays in the segment") << 2 << false << "GET" << "/pets/a%2Fb" << "GET /pets/{petId} petId=a/b";
    QTest::addRow("case-sensitive literals") << 2 << false << "GET" << "/Pets" << "none";
    QTest::addRow("HEAD is not GET") << 2 << false << "HEAD" << "/pets" << "none";
    QTest::addRow("unknown path") << 2 << false << "GET" << "/nope" << "none";

    // HTTP APIs, AWS's documented table
    QTest::addRow("http: static route") << 3 << true << "GET" << "/pets/dog/1" << "GET /pets/dog/1";
    QTest::addRow("http: parameter route") << 3 << true << "GET" << "/pets/dog/2" << "GET /pets/dog/{id} id=2";
    QTest::addRow("http: greedy with method") << 3 << true << "GET" << "/pets/cat/1" << "GET /pets/{proxy+} proxy=cat/1";
    QTest::addRow("http: ANY greedy") << 3 << true << "POST" << "/test/5" << "ANY /{proxy+} proxy=test/5";
    QTest::addRow("http: $default for the root") << 3 << true << "GET" << "/" << "ANY $default";
    QTest::addRow("http: explicit method beats ANY") << 4 << true << "GET" << "/items" << "GET /items";
    QTest::addRow("http: ANY for other methods") << 4 << true << "PUT" << "/items" << "ANY /items";
    QTest::addRow("http: full match beats greedy") << 4 << true << "GET" << "/a/b" << "ANY /a/{x} x=b";
    QTest::addRow("http: greedy when no full match") << 4 << true << "GET" << "/a/b/c" << "GET /{proxy+} proxy=a/b/c";
    QTest::addRow("http: no route") << 4 << true << "POST" << "/z" << "none";
}

void tst_Router::match()
{
    QFETCH(int, table);
    QFETCH(bool, http);
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const QList<RouteDef> *tables[] = {&restUsers, &restJobs, &restResource, &httpDoc, &httpMethods};
    const QList<RouteDef> &defs = *tables[table];
    const RouteTree tree = buildTree(http ? RouteTree::Precedence::Http : RouteTree::Precedence::Rest, defs);
    QCOMPARE(describe(defs, tree.match(method, splitRequestPath(path))), expected);
}

void tst_Router::pathTemplates_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("normalised"); // empty: must fail
    QTest::addColumn<QString>("errorPart");
    QTest::addRow("root") << "/" << "/" << "";
    QTest::addRow("params") << "/pets/{petId}/toys/{toyId}" << "/pets/{petId}/toys/{toyId}" << "";
    QTest::addRow("greedy") << "/files/{proxy+}" << "/files/{proxy+}" << "";
    QTest::addRow("trailing slash") << "/pets/" << "/pets" << "";
    QTest::addRow("dots and dashes") << "/v1.0/my-pets_x" << "/v1.0/my-pets_x" << "";
    QTest::addRow("parameter inside a segment (AWS rejects)") << "/{Sid}.json" << "" << "Resource's path part only allow";
    QTest::addRow("child of greedy") << "/a/{proxy+}/b" << "" << "Cannot create a child of a resource with a greedy path variable: {proxy+}";
    QTest::addRow("no leading slash") << "pets" << "" << "must start with '/'";
    QTest::addRow("empty part") << "/a//b" << "" << "empty path part";
    QTest::addRow("unbalanced brace") << "/a/{b" << "" << "Resource's path part";
    QTest::addRow("empty name") << "/a/{}" << "" << "Resource's path part";
    QTest::addRow("duplicate parameter") << "/{a}/{a}" << "" << "appears twice";
    QTest::addRow("space") << "/a b" << "" << "Resource's path part";
}

void tst_Router::pathTemplates()
{
    QFETCH(QString, path);
    QFETCH(QString, normalised);
    QFETCH(QString, errorPart);
    PathTemplate t;
    QString error;
    const bool ok = PathTemplate::parse(path, &t, &error);
    QCOMPARE(ok, !normalised.isEmpty());
    if (ok)
        QCOMPARE(t.path(), normalised);
    else
        QVERIFY2(error.contains(errorPart), qPrintable(error));
}

void tst_Router::siblingConflicts_data()
{
    QTest::addColumn<bool>("http");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("errorPart"); // empty: both accepted
    QTest::addRow("rest: two parameter names") << false << "/a/{x}" << "/a/{y}" << "A sibling ({x}) of this resource already has a variable path part -- only one is allowed";
    QTest::addRow("rest: greedy then parameter") << false << "/{proxy+}" << "/{id}" << "A sibling ({proxy+}) of this resource already has a variable path part -- only one is allowed";
    QTest::addRow("rest: same parameter twice is fine") << false << "/a/{x}" << "/a/{x}/b" << "";
    QTest::addRow("rest: literal and parameter") << false << "/a/b" << "/a/{x}" << "";
    QTest::addRow("http: greedy beside parameter") << true << "/{proxy+}" << "/{id}" << "";
    QTest::addRow("http: two parameter names") << true << "/a/{x}" << "/a/{y}" << "conflicting path variables";
}

void tst_Router::siblingConflicts()
{
    QFETCH(bool, http);
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, errorPart);
    RouteTree tree(http ? RouteTree::Precedence::Http : RouteTree::Precedence::Rest);
    PathTemplate a, b;
    QString error;
    QVERIFY(PathTemplate::parse(first, &a, &error));
    QVERIFY(PathTemplate::parse(second, &b, &error));
    QVERIFY(tree.addRoute(a, QStringLiteral("GET"), 0, &error));
    const bool ok = tree.addRoute(b, QStringLiteral("GET"), 1, &error);
    QCOMPARE(ok, errorPart.isEmpty());
    if (!ok)
        QVERIFY2(error.contains(errorPart), qPrintable(error));
}

void tst_Router::methodMismatchIsReported()
{
    const RouteTree tree = buildTree(RouteTree::Precedence::Rest, restResource);
    const RouteMatch m = tree.match(u"POST", splitRequestPath(u"/pets"));
    QVERIFY(!m.matched());
    QVERIFY(m.pathMatchedWithoutMethod);
    const RouteMatch n = tree.match(u"GET", splitRequestPath(u"/nothing/here"));
    QVERIFY(!n.matched());
    QVERIFY(!n.pathMatchedWithoutMethod);
}

void tst_Router::requestPathSplitting_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("segments");
    QTest::addRow("root") << "/" << QStringList{};
    QTest::addRow("empty") << "" << QStringList{};
    QTest::addRow("two") << "/a/b" << QStringList{"a", "b"};
    QTest::addRow("trailing") << "/a/b/" << QStringList{"a", "b"};
    QTest::addRow("double slash") << "/a//b" << QStringList{"a", "", "b"};
    QTest::addRow("utf-8") << "/caf%C3%A9" << QStringList{QString::fromUtf8("caf\u00e9")};
    QTest::addRow("plus is literal") << "/a+b" << QStringList{"a+b"};
}

void tst_Router::requestPathSplitting()
{
    QFETCH(QString, path);
    QFETCH(QStringList, segments);
    QCOMPARE(splitRequestPath(path), segments);
}

QTEST_APPLESS_MAIN(tst_Router)
#include "tst_router.moc"
