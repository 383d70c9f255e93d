// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/iampolicy.h"

#include <QtTest>

using namespace gw::auth;

namespace {

// The API every row below talks about, unless a row names another one.
const QString kApi = QStringLiteral("arn:aws:execute-api:us-east-1:123456789012:abcdef1234");
const QString kGetPet = kApi + QStringLiteral("/prod/GET/pets/1");
const QString kInvoke = QStringLiteral("execute-api:Invoke");

int kindOf(Decision::Kind kind)
{
    return static_cast<int>(kind);
}

const int kAllow = kindOf(Decision::Kind::Allow);
const int kExplicitDeny = kindOf(Decision::Kind::ExplicitDeny);
const int kImplicitDeny = kindOf(Decision::Kind::ImplicitDeny);

/// `text` with "@API" replaced by the API's ARN prefix, as a JSON value. `text` is any JSON value.
QJsonValue json(const char *text)
{
    QString s = QString::fromUtf8(text);
    s.replace(QStringLiteral("@API"), kApi);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QStringLiteral("{\"v\": %1}").arg(s).toUtf8(), &error);
    if (!doc.isObject())
        qFatal("test JSON does not parse: %s: %s", qPrintable(error.errorString()), text);
    return doc.object().value(QStringLiteral("v"));
}

} // namespace

class tst_IamPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arnMatching_data();
    void arnMatching();
    void arnMatchingAgreesWithRegex();
    void actionMatching_data();
    void actionMatching();
    void evaluation_data();
    void evaluation();
    void conditions_data();
    void conditions();
    void ipInCidrTable_data();
    void ipInCidrTable();
    void resourcePolicies_data();
    void resourcePolicies();
    void principalShapes();
    void problems_data();
    void problems();
    void acceptedShapes();
    void problemIsOptional();
    void benchmarkEvaluate();
};

void tst_IamPolicy::arnMatching_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("arn");
    QTest::addColumn<bool>("matches");

    const QString api = QStringLiteral("arn:aws:execute-api:us-east-1:123456789012:a123456789");
    const QString petstore = QStringLiteral("arn:aws:execute-api:eu-west-1:123456789012:a123456789");

    // API Gateway Developer Guide, "Statement reference of IAM policies for executing API": the example
    // resource expressions, each with one ARN inside and one outside.
    QTest::addRow("docs: *:*:* is any API anywhere") << "arn:aws:execute-api:*:*:*" << kGetPet << true;
    QTest::addRow("docs: us-east-1:*:* covers us-east-1")
        << "arn:aws:execute-api:us-east-1:*:*" << kGetPet << true;
    QTest::addRow("docs: us-east-1:*:* not eu-west-1")
        << "arn:aws:execute-api:us-east-1:*:*" << petstore + "/prod/GET/pets" << false;
    QTest::addRow("docs: api-id/* covers the API") << api + "/*" << api + "/prod/GET/pets" << true;
    QTest::addRow("docs: api-id/* not another API")
        << "arn:aws:execute-api:us-east-1:*:a123456789/*"
        << "arn:aws:execute-api:us-east-1:123456789012:b987654321/prod/GET/pets" << false;
    QTest::addRow("docs: account * in api-id/*")
        << "arn:aws:execute-api:us-east-1:*:a123456789/*" << api + "/prod/GET/pets" << true;
    QTest::addRow("docs: stage test/*")
        << "arn:aws:execute-api:us-east-1:*:a123456789/test/*" << api + "/test/GET/pets" << true;
    QTest::addRow("docs: stage test/* not prod")
        << "arn:aws:execute-api:us-east-1:*:a123456789/test/*" << api + "/prod/GET/pets" << false;
    QTest::addRow("docs: test/*/mydemoresource/* any method")
        << "arn:aws:execute-api:us-east-1:*:a123456789/test/*/mydemoresource/*"
        << api + "/test/POST/mydemoresource/child" << true;
    QTest::addRow("docs: test/*/mydemoresource/* not another path")
        << "arn:aws:execute-api:us-east-1:*:a123456789/test/*/mydemoresource/*" << api + "/test/POST/other/x"
        << false;
    QTest::addRow("docs: test/GET/mydemoresource/* deep child")
        << "arn:aws:execute-api:us-east-1:*:a123456789/test/GET/mydemoresource/*"
        << api + "/test/GET/mydemoresource/a/b" << true;
    QTest::addRow("docs: test/GET/mydemoresource/* not POST")
        << "arn:aws:execute-api:us-east-1:*:a123456789/test/GET/mydemoresource/*"
        << api + "/test/POST/mydemoresource/a" << false;
    // API Gateway Developer Guide, "IAM policy examples for API execution permissions".
    QTest::addRow("docs: POST along my-demo-resource-path")
        << "arn:aws:execute-api:us-east-1:*:a123456789/test/POST/my-demo-resource-path/*"
        << api + "/test/POST/my-demo-resource-path/x" << true;
    QTest::addRow("docs: any stage and method on petstorewalkthrough/pets")
        << "arn:aws:execute-api:*:*:a123456789/*/*/petstorewalkthrough/pets"
        << petstore + "/beta/DELETE/petstorewalkthrough/pets" << true;
    QTest::addRow("docs: petstorewalkthrough/pets has no trailing *")
        << "arn:aws:execute-api:*:*:a123456789/*/*/petstorewalkthrough/pets"
        << petstore + "/beta/DELETE/petstorewalkthrough/pets/1" << false;
    // "Output from an API Gateway Lambda authorizer": Deny GET on the root in any stage.
    const QString ymy = QStringLiteral("arn:aws:execute-api:us-west-2:123456789012:ymy8tbxw7b");
    QTest::addRow("docs: */GET/ is the root resource") << ymy + "/*/GET/" << ymy + "/prod/GET/" << true;
    QTest::addRow("docs: */GET/ is not a child") << ymy + "/*/GET/" << ymy + "/prod/GET/pets" << false;

    // re:Post "Can I use a wildcard for the HTTP verb with a specific resource path ... Lambda authorizer".
    QTest::addRow("re:Post: /*/foo/bar/* covers a sub-resource")
        << kApi + "/prod/*/foo/bar/*" << kApi + "/prod/PUT/foo/bar/baz" << true;
    QTest::addRow("re:Post: /*/foo/bar/* not /foo")
        << kApi + "/prod/*/foo/bar/*" << kApi + "/prod/PUT/foo" << false;
    QTest::addRow("re:Post: /*/foo/bar/* not /foo/bar itself")
        << kApi + "/prod/*/foo/bar/*" << kApi + "/prod/PUT/foo/bar" << false;
    QTest::addRow("re:Post: GET/user/* also covers user/42/sensitive")
        << kApi + "/prod/GET/user/*" << kApi + "/prod/GET/user/42/sensitive" << true;
    QTest::addRow("re:Post: foo/bar/*/allowed")
        << kApi + "/prod/GET/foo/bar/*/allowed" << kApi + "/prod/GET/foo/bar/7/allowed" << true;
    QTest::addRow("re:Post: foo/bar/*/allowed not other")
        << kApi + "/prod/GET/foo/bar/*/allowed" << kApi + "/prod/GET/foo/bar/7/other" << false;
    // awslabs/aws-apigateway-lambda-authorizer-blueprints PR #40: '*' expands over '/'.
    QTest::addRow("blueprints: api-id * runs over stage and path")
        << "arn:aws:execute-api:us-east-1:123456789012:*/prod/GET/pets" << kApi + "/dev/GET/x/prod/GET/pets"
        << true;

    // IAM User Guide, "IAM JSON policy elements: Resource".
    QTest::addRow("IAM: user/accounting/*") << "arn:aws:iam::123456789012:user/accounting/*"
                                            << "arn:aws:iam::123456789012:user/accounting/alice" << true;
    QTest::addRow("IAM: user/accounting/* not marketing")
        << "arn:aws:iam::123456789012:user/accounting/*"
        << "arn:aws:iam::123456789012:user/marketing/bob" << false;
    const QString bucket = QStringLiteral("arn:aws:s3:::amzn-s3-demo-bucket");
    QTest::addRow("IAM: bucket/*/test/* deep")
        << bucket + "/*/test/*" << bucket + "/1/2/test/3/object.jpg" << true;
    QTest::addRow("IAM: bucket/*/test/* empty first *")
        << bucket + "/*/test/*" << bucket + "//test/object.jpg" << true;
    QTest::addRow("IAM: bucket/*/test/* empty last *") << bucket + "/*/test/*" << bucket + "/1/test/" << true;
    QTest::addRow("IAM: bucket/*/test/* not 1-test")
        << bucket + "/*/test/*" << bucket + "/1-test/object.jpg" << false;
    // awsdocs/iam-user-guide issue #175, checked in the policy simulator.
    QTest::addRow("IAM issue 175: foo/*/bar spans slashes") << "arn:aws:s3:::my-bucket/foo/*/bar"
                                                            << "arn:aws:s3:::my-bucket/foo/1/2/bar" << true;
    // Wildcards in the partition and region segments.
    QTest::addRow("aws* and us-*-? (aws)")
        << "arn:aws*:ec2:us-*-?:123456789012:instance/i-*"
        << "arn:aws:ec2:us-east-1:123456789012:instance/i-1234567890abcdef0" << true;
    QTest::addRow("aws* and us-*-? (aws-us-gov)")
        << "arn:aws*:ec2:us-*-?:123456789012:instance/i-*"
        << "arn:aws-us-gov:ec2:us-west-2:123456789012:instance/i-1234567890abcdef0" << true;
    QTest::addRow("two * in one segment")
        << "arn:aws:execute-api:*-east-*:123456789012:abcdef1234/*" << kGetPet << true;

    // Segment rules.
    QTest::addRow("trailing * of a short pattern covers the rest")
        << "arn:aws:execute-api:*" << kGetPet << true;
    QTest::addRow("region then * covers account and resource")
        << "arn:aws:execute-api:us-east-1:*" << kGetPet << true;
    QTest::addRow("region then * is still region-bound")
        << "arn:aws:execute-api:eu-west-1:*" << kGetPet << false;
    QTest::addRow("a * that ends a segment crosses colons")
        << "arn:aws:execute-api:us-*:abcdef1234/prod/GET/pets/1" << kGetPet << true;
    QTest::addRow("a * inside a segment does not cross a colon")
        << "arn:aws:execute-api:us-*2:abcdef1234/prod/GET/pets/1" << kGetPet << false;
    QTest::addRow("no resource part") << "arn:aws:execute-api:us-east-1:123456789012" << kGetPet << false;
    QTest::addRow("other partition") << "arn:aws-cn:execute-api:*:*:*" << kGetPet << false;
    QTest::addRow("colon inside the resource, * covers it")
        << kApi + "/prod/GET/items/*" << kApi + "/prod/GET/items/a:b" << true;
    QTest::addRow("colon inside the resource, ? covers it")
        << kApi + "/prod/GET/items/a?b" << kApi + "/prod/GET/items/a:b" << true;

    // ? is exactly one character.
    QTest::addRow("? one character") << kApi + "/prod/GET/pets/?" << kGetPet << true;
    QTest::addRow("? not two characters") << kApi + "/prod/GET/pets/?" << kApi + "/prod/GET/pets/12" << false;
    QTest::addRow("? not zero characters") << kApi + "/prod/GET/pets/?" << kApi + "/prod/GET/pets/" << false;
    QTest::addRow("? matches a slash") << kApi + "/prod?GET/pets/1" << kGetPet << true;
    QTest::addRow("? in the region") << "arn:aws:execute-api:us-east-?:123456789012:abcdef1234/*" << kGetPet
                                     << true;
    QTest::addRow("? does not match a segment colon")
        << "arn:aws:execute-api:us-east-1?123456789012:abcdef1234/*" << kGetPet << false;

    // Stage, method and path wildcards; the root resource.
    QTest::addRow("stage *") << kApi + "/*/GET/pets/1" << kGetPet << true;
    QTest::addRow("method *") << kApi + "/prod/*/pets/1" << kGetPet << true;
    QTest::addRow("path *") << kApi + "/prod/GET/*" << kGetPet << true;
    QTest::addRow("all three *") << kApi + "/*/*/*" << kGetPet << true;
    QTest::addRow("root: GET/* covers the root") << kApi + "/prod/GET/*" << kApi + "/prod/GET/" << true;
    QTest::addRow("root: GET/ is the root") << kApi + "/prod/GET/" << kApi + "/prod/GET/" << true;
    QTest::addRow("root: GET without slash is not the root")
        << kApi + "/prod/GET" << kApi + "/prod/GET/" << false;
    QTest::addRow("root: GET/ is not a child") << kApi + "/prod/GET/" << kApi + "/prod/GET/pets" << false;

    // HTTP API route ARNs: $ is an ordinary character.
    const QString route = kApi + "/$default/GET/pets";
    QTest::addRow("HTTP API: $default exact") << route << route << true;
    QTest::addRow("HTTP API: $default/*") << kApi + "/$default/*" << route << true;
    QTest::addRow("HTTP API: default without $") << kApi + "/default/GET/pets" << route << false;

    // Case: ARNs are compared case-sensitively.
    QTest::addRow("case: method") << kApi + "/prod/get/pets/1" << kGetPet << false;
    QTest::addRow("case: path") << kApi + "/prod/GET/Pets/1" << kGetPet << false;
    QTest::addRow("case: region") << "arn:aws:execute-api:US-EAST-1:123456789012:abcdef1234/*" << kGetPet
                                  << false;

    QTest::addRow("exact") << kGetPet << kGetPet << true;
    QTest::addRow("exact but one character") << kApi + "/prod/GET/pets/2" << kGetPet << false;
    QTest::addRow("* alone") << "*" << kGetPet << true;
    QTest::addRow("empty pattern") << "" << kGetPet << false;
}

void tst_IamPolicy::arnMatching()
{
    QFETCH(QString, pattern);
    QFETCH(QString, arn);
    QFETCH(bool, matches);
    QCOMPARE(arnMatches(pattern, arn), matches);
}

/// The matching rules restated as a regular expression, checked on random patterns: a wildcard may match ':'
/// in the resource part (after the fifth colon) and a `*` may where it ends a segment; elsewhere they stop at
/// ':'.
void tst_IamPolicy::arnMatchingAgreesWithRegex()
{
    const auto toRegex = [](const QString &pattern) {
        QString re = QStringLiteral("\\A");
        int colons = 0;
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            const QChar c = pattern[i];
            const bool endsSegment = i + 1 == pattern.size() || pattern[i + 1] == QLatin1Char(':');
            const bool inResource = colons >= 5;
            if (c == QLatin1Char('*'))
                re += inResource || endsSegment ? QStringLiteral("(?s:.*)") : QStringLiteral("[^:]*");
            else if (c == QLatin1Char('?'))
                re += inResource ? QStringLiteral("(?s:.)") : QStringLiteral("[^:]");
            else
                re += QRegularExpression::escape(QString(c));
            if (c == QLatin1Char(':'))
                ++colons;
        }
        return QRegularExpression(re + QStringLiteral("\\z"));
    };
    QRandomGenerator random(20240611);
    const auto draw = [&random](const char *alphabet, int maxLength) {
        const qsizetype size = qsizetype(qstrlen(alphabet));
        QString out;
        for (int n = random.bounded(maxLength + 1); n > 0; --n)
            out += QLatin1Char(alphabet[random.bounded(int(size))]);
        return out;
    };
    // Half the subjects are the pattern with each wildcard filled in at random: near misses and matches.
    const auto fill = [&random, &draw](const QString &pattern) {
        QString out;
        for (const QChar c : pattern) {
            if (c == QLatin1Char('*'))
                out += draw("ab:/", 3);
            else if (c == QLatin1Char('?'))
                out += QLatin1Char("ab:/"[random.bounded(4)]);
            else
                out += c;
        }
        return out;
    };
    int matched = 0;
    for (int round = 0; round < 20000; ++round) {
        const QString pattern = draw("ab:/*?::", 14);
        const QString arn = round % 2 ? fill(pattern) : draw("ab:/:", 14);
        const bool expected = toRegex(pattern).match(arn).hasMatch();
        matched += expected;
        if (arnMatches(pattern, arn) != expected) {
            QFAIL(qPrintable(
                QStringLiteral("pattern \"%1\" against \"%2\": expected %3")
                    .arg(pattern, arn, expected ? QStringLiteral("a match") : QStringLiteral("none"))));
        }
    }
    QVERIFY2(matched > 4000 && matched < 16000, qPrintable(QString::number(matched)));
}

void tst_IamPolicy::actionMatching_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("matches");

    QTest::addRow("exact") << "execute-api:Invoke" << kInvoke << true;
    QTest::addRow("service *") << "execute-api:*" << kInvoke << true;
    QTest::addRow("*") << "*" << kInvoke << true;
    QTest::addRow("case-insensitive") << "EXECUTE-API:invoke" << kInvoke << true;
    QTest::addRow("IAM docs: IAM:listaccesskeys") << "IAM:listaccesskeys"
                                                  << "iam:ListAccessKeys" << true;
    QTest::addRow("IAM docs: iam:*AccessKey*") << "iam:*AccessKey*"
                                               << "iam:ListAccessKeys" << true;
    QTest::addRow("?") << "execute-api:Inv?ke" << kInvoke << true;
    QTest::addRow("prefix *") << "execute-api:In*" << kInvoke << true;
    QTest::addRow("other action") << "execute-api:InvalidateCache" << kInvoke << false;
    QTest::addRow("other suffix *") << "execute-api:*Cache" << kInvoke << false;
    QTest::addRow("other service") << "s3:*" << kInvoke << false;
    QTest::addRow("service only") << "execute-api" << kInvoke << false;
    QTest::addRow("trailing space") << "execute-api:Invoke " << kInvoke << false;
}

void tst_IamPolicy::actionMatching()
{
    QFETCH(QString, pattern);
    QFETCH(QString, action);
    QFETCH(bool, matches);
    QCOMPARE(actionMatches(pattern, action), matches);
}

void tst_IamPolicy::evaluation_data()
{
    QTest::addColumn<QJsonValue>("document");
    QTest::addColumn<QString>("arn");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("statement");
    QTest::addColumn<QString>("explained"); ///< a part of the explanation

    // "Control access for invoking an API": view the pets, but not add one.
    const QJsonValue pets = json(R"json({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": ["execute-api:Invoke"], "Resource": ["@API/*/GET/pets"]},
        {"Effect": "Deny", "Action": ["execute-api:Invoke"], "Resource": ["@API/*/POST/pets"]}]})json");
    QTest::addRow("docs pets: GET is allowed") << pets << kApi + "/prod/GET/pets" << kAllow << 0
                                               << "Statement[0] allows execute-api:Invoke on " + kApi
            + "/prod/GET/pets: its Resource \"" + kApi + "/*/GET/pets\" matches.";
    QTest::addRow("docs pets: POST is explicitly denied")
        << pets << kApi + "/prod/POST/pets" << kExplicitDeny << 1
        << "Statement[1] explicitly denies execute-api:Invoke on " + kApi + "/prod/POST/pets: its Resource \""
            + kApi + "/*/POST/pets\" matches. An explicit Deny overrides any Allow.";
    QTest::addRow("docs pets: PUT is implicitly denied")
        << pets << kApi + "/prod/PUT/pets" << kImplicitDeny << -1
        << "The nearest is Statement[0]'s Resource \"" + kApi
            + "/*/GET/pets\", which stops matching at \"PUT/pets\", where it expects \"GET/pets\".";

    // "Control access for invoking an API": the whole team in the test stage.
    const QJsonValue team = json(R"json({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
        "Action": ["execute-api:Invoke", "execute-api:InvalidateCache"],
        "Resource": ["arn:aws:execute-api:*:*:*/test/*"]}]})json");
    QTest::addRow("docs team: test stage") << team << kApi + "/test/GET/pets" << kAllow << 0 << "matches";
    QTest::addRow("docs team: not prod")
        << team << kGetPet << kImplicitDeny << -1
        << "stops matching at \"prod/GET/pets/1\", where it expects \"test/*\"";

    // "Output from an API Gateway Lambda authorizer": deny GET on the root in any stage.
    const QJsonValue root
        = json(R"json({"Version": "2012-10-17", "Statement": [{"Action": "execute-api:Invoke",
        "Effect": "Deny", "Resource": "@API/*/GET/"}]})json");
    QTest::addRow("docs authorizer output: root GET denied")
        << root << kApi + "/prod/GET/" << kExplicitDeny << 0 << "explicitly denies";
    QTest::addRow("docs authorizer output: only a Deny")
        << root << kGetPet << kImplicitDeny << -1
        << "No statement allows execute-api:Invoke: the policy has only Deny statements and none applies";

    // An explicit Deny wins wherever it stands.
    const QJsonValue denyFirst = json(R"json({"Version": "2012-10-17", "Statement": [
        {"Effect": "Deny", "Action": "execute-api:Invoke", "Resource": "@API/prod/DELETE/*"},
        {"Effect": "Allow", "Action": "execute-api:Invoke", "Resource": "*"}]})json");
    QTest::addRow("Deny before Allow: DELETE")
        << denyFirst << kApi + "/prod/DELETE/pets/1" << kExplicitDeny << 0
        << "An explicit Deny overrides any Allow, including Statement[1]'s.";
    QTest::addRow("Deny before Allow: GET")
        << denyFirst << kGetPet << kAllow << 1 << "its Resource \"*\" matches";
    const QJsonValue denyLast = json(R"json({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "execute-api:*", "Resource": "@API/*"},
        {"Effect": "Deny", "Action": "*", "Resource": "@API/*/DELETE/*"}]})json");
    QTest::addRow("Deny after Allow: DELETE")
        << denyLast << kApi + "/prod/DELETE/pets/1" << kExplicitDeny << 1 << "including Statement[0]'s";

    // Action forms.
    const auto withAction = [](const char *action) {
        return json(QString::fromUtf8(R"json({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
            "Action": %1, "Resource": "@API/*"}]})json")
                        .arg(QString::fromUtf8(action))
                        .toUtf8()
                        .constData());
    };
    QTest::addRow("Action execute-api:Invoke")
        << withAction(R"("execute-api:Invoke")") << kGetPet << kAllow << 0 << "allows";
    QTest::addRow("Action execute-api:*")
        << withAction(R"("execute-api:*")") << kGetPet << kAllow << 0 << "allows";
    QTest::addRow("Action *") << withAction(R"("*")") << kGetPet << kAllow << 0 << "allows";
    QTest::addRow("Action in another case")
        << withAction(R"("EXECUTE-API:invoke")") << kGetPet << kAllow << 0 << "allows";
    QTest::addRow("Action InvalidateCache only")
        << withAction(R"(["execute-api:InvalidateCache"])") << kGetPet << kImplicitDeny << -1
        << "No Allow statement covers the action execute-api:Invoke: Statement[0] has Action "
           "\"execute-api:InvalidateCache\".";
    QTest::addRow("Action without a service prefix")
        << withAction(R"(["Invoke"])") << kGetPet << kImplicitDeny << -1 << "has Action \"Invoke\"";

    // NotAction and NotResource.
    QTest::addRow("NotAction that does not list Invoke")
        << json(R"json({"Statement": [{"Effect": "Allow", "NotAction": "execute-api:InvalidateCache",
            "Resource": "*"}]})json")
        << kGetPet << kAllow << 0 << "its Resource \"*\" matches, and its NotAction does not list the action";
    const QJsonValue notAnyAction = json(
        R"json({"Statement": [{"Effect": "Allow", "NotAction": "execute-api:*", "Resource": "*"}]})json");
    QTest::addRow("NotAction execute-api:*") << notAnyAction << kGetPet << kImplicitDeny << -1
                                             << "No Allow statement covers the action execute-api:Invoke: "
                                                "Statement[0]'s NotAction \"execute-api:*\" "
                                                "excludes it.";
    const QJsonValue notDelete
        = json(R"json({"Statement": [{"Effect": "Allow", "Action": "execute-api:Invoke",
        "NotResource": ["@API/*/DELETE/*"]}]})json");
    QTest::addRow("Allow NotResource: GET")
        << notDelete << kGetPet << kAllow << 0 << "the ARN matches none of its NotResource patterns";
    QTest::addRow("Allow NotResource: DELETE")
        << notDelete << kApi + "/prod/DELETE/pets/1" << kImplicitDeny << -1
        << "Statement[0] does not apply: " + kApi + "/prod/DELETE/pets/1 matches its NotResource pattern \""
            + kApi + "/*/DELETE/*\"";
    const QJsonValue onlyProd = json(R"json({"Statement": [
        {"Effect": "Deny", "Action": "execute-api:Invoke", "NotResource": "@API/prod/*"},
        {"Effect": "Allow", "Action": "execute-api:Invoke", "Resource": "*"}]})json");
    QTest::addRow("Deny NotResource: dev stage") << onlyProd << kApi + "/dev/GET/pets/1" << kExplicitDeny << 0
                                                 << "the ARN matches none of its NotResource patterns";
    QTest::addRow("Deny NotResource: prod stage") << onlyProd << kGetPet << kAllow << 1 << "allows";

    // Several resources and statements: the first that applies decides.
    QTest::addRow("second resource of a statement")
        << json(R"json({"Statement": [{"Effect": "Allow", "Action": "execute-api:Invoke",
            "Resource": ["@API/prod/GET/users/*", "@API/prod/GET/pets/*"]}]})json")
        << kGetPet << kAllow << 0 << "its Resource \"" + kApi + "/prod/GET/pets/*\" matches";
    const QJsonValue postThenGet = json(R"json({"Statement": [
        {"Effect": "Allow", "Action": "execute-api:Invoke", "Resource": "@API/prod/POST/*"},
        {"Effect": "Allow", "Action": "execute-api:Invoke", "Resource": "@API/prod/GET/*"}]})json");
    QTest::addRow("second statement") << postThenGet << kGetPet << kAllow << 1 << "Statement[1] allows";
    const QJsonValue several = json(R"json({"Statement": [
        {"Effect": "Allow", "Action": "execute-api:Invoke", "Resource": "@API/staging/*"},
        {"Effect": "Allow", "Action": "execute-api:Invoke",
         "Resource": ["@API/prod/POST/*", "@API/prod/GET/x"]}]})json");
    QTest::addRow("nearest of several resources") << several << kGetPet << kImplicitDeny << -1
                                                  << "The nearest is Statement[1]'s Resource \"" + kApi
            + "/prod/GET/x\", which stops matching at \"pets/1\", where it expects \"x\".";

    // Shapes and explanations of implicit denies.
    QTest::addRow("no statements") << json(R"json({"Version": "2012-10-17", "Statement": []})json") << kGetPet
                                   << kImplicitDeny << -1
                                   << "The policy has no statements, so nothing is allowed: the request is "
                                      "implicitly denied.";
    QTest::addRow("HTTP API route ARN")
        << json(R"json({"Statement": {"Effect": "Allow", "Action": "execute-api:Invoke",
            "Resource": "@API/$default/GET/pets"}})json")
        << kApi + "/$default/GET/pets" << kAllow << 0 << "allows";
    QTest::addRow("root needs its trailing slash")
        << json(R"json({"Statement": {"Effect": "Allow", "Action": "execute-api:Invoke",
            "Resource": "@API/prod/GET"}})json")
        << kApi + "/prod/GET/" << kImplicitDeny << -1
        << "which ends where the ARN goes on with \"/\" (a root resource's ARN ends with a slash).";
    QTest::addRow("pattern longer than the ARN")
        << json(R"json({"Statement": {"Effect": "Allow", "Action": "execute-api:Invoke",
            "Resource": "@API/prod/GET/pets/*/photos"}})json")
        << kGetPet << kImplicitDeny << -1 << "which still expects \"/photos\" where the ARN ends.";
    QTest::addRow("letter case")
        << json(R"json({"Statement": {"Effect": "Allow", "Action": "execute-api:Invoke",
            "Resource": "@API/prod/get/*"}})json")
        << kGetPet << kImplicitDeny << -1
        << "which would match if letter case were ignored, but ARNs are compared case-sensitively.";
    QTest::addRow("resource-policy shorthand is not an ARN")
        << json(R"json({"Statement": {"Effect": "Allow", "Action": "execute-api:Invoke",
            "Resource": "execute-api:/prod/GET/*"}})json")
        << kGetPet << kImplicitDeny << -1 << "is not an ARN";

    // Policy variables (Version 2012-10-17 only).
    QTest::addRow("variable without a value") << json(
        R"json({"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "execute-api:Invoke",
            "Resource": "@API/prod/GET/users/${aws:username}"}})json")
                                              << kApi + "/prod/GET/users/alice" << kImplicitDeny << -1
                                              << "uses the policy variable ${aws:username}, which has no "
                                                 "value here, so it matches nothing.";
    const QJsonValue literalStar = json(R"json({"Version": "2012-10-17", "Statement": {"Effect": "Allow",
        "Action": "execute-api:Invoke", "Resource": "@API/prod/GET/files/${*}"}})json");
    QTest::addRow("${*} is a literal *")
        << literalStar << kApi + "/prod/GET/files/*" << kAllow << 0 << "allows";
    QTest::addRow("${*} is not a wildcard") << literalStar << kApi + "/prod/GET/files/a" << kImplicitDeny
                                            << -1 << "stops matching at \"a\", where it expects \"${*}\"";
    QTest::addRow("no variables in 2008-10-17") << json(
        R"json({"Version": "2008-10-17", "Statement": {"Effect": "Allow", "Action": "execute-api:Invoke",
            "Resource": "@API/prod/GET/files/${*}"}})json")
                                                << kApi + "/prod/GET/files/${x}" << kAllow << 0 << "allows";
}

void tst_IamPolicy::evaluation()
{
    QFETCH(QJsonValue, document);
    QFETCH(QString, arn);
    QFETCH(int, kind);
    QFETCH(int, statement);
    QFETCH(QString, explained);

    QString problem;
    const std::optional<Policy> parsed = parsePolicy(document, &problem);
    QVERIFY2(parsed, qPrintable(problem));
    const Decision decision = evaluate(*parsed, kInvoke, arn);
    QCOMPARE(kindOf(decision.kind), kind);
    QCOMPARE(decision.statement, statement);
    QVERIFY2(decision.explanation.contains(explained), qPrintable(decision.explanation));
    QVERIFY(decision.conditionalStatements.isEmpty());
    if (kind != kAllow || decision.pattern.isEmpty())
        return;
    QVERIFY(arnMatches(decision.pattern, arn) || decision.pattern.contains(QStringLiteral("${")));
}

void tst_IamPolicy::conditions_data()
{
    QTest::addColumn<QJsonValue>("document");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("statement");
    QTest::addColumn<QList<int>>("conditional");
    QTest::addColumn<QString>("explained");

    QTest::addRow("conditional Allow is not applied")
        << json(R"json({"Statement": [{"Effect": "Allow", "Action": "execute-api:Invoke", "Resource": "*",
            "Condition": {"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}}]})json")
        << kImplicitDeny << -1 << QList<int> {0}
        << "Statement[0] would allow execute-api:Invoke on " + kGetPet
            + ", but it has a Condition, which Gatehouse does not evaluate";
    QTest::addRow("conditional Allow, unconditional Allow")
        << json(R"json({"Statement": [
            {"Effect": "Allow", "Action": "execute-api:Invoke", "Resource": "*",
             "Condition": {"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}},
            {"Effect": "Allow", "Action": "execute-api:Invoke", "Resource": "@API/prod/*"}]})json")
        << kAllow << 1 << QList<int> {0} << "Statement[1] allows";
    QTest::addRow("conditional Deny is applied")
        << json(R"json({"Statement": [
            {"Effect": "Allow", "Action": "execute-api:Invoke", "Resource": "*"},
            {"Effect": "Deny", "Action": "execute-api:Invoke", "Resource": "*",
             "Condition": {"NotIpAddress": {"aws:SourceIp": "203.0.113.0/24"}}}]})json")
        << kExplicitDeny << 1 << QList<int> {1}
        << "Gatehouse does not evaluate its Condition and applies the Deny as if the Condition held.";
    QTest::addRow("empty Condition is no Condition")
        << json(R"json({"Statement": [{"Effect": "Allow", "Action": "execute-api:Invoke", "Resource": "*",
            "Condition": {}}]})json")
        << kAllow << 0 << QList<int> {} << "allows";
    QTest::addRow("conditional statement that does not apply") << json(R"json({"Statement": [
            {"Effect": "Deny", "Action": "execute-api:Invoke", "Resource": "@API/dev/*",
             "Condition": {"Bool": {"aws:SecureTransport": "false"}}},
            {"Effect": "Allow", "Action": "execute-api:Invoke", "Resource": "*"}]})json")
                                                               << kAllow << 1 << QList<int> {} << "allows";
}

void tst_IamPolicy::conditions()
{
    QFETCH(QJsonValue, document);
    QFETCH(int, kind);
    QFETCH(int, statement);
    QFETCH(QList<int>, conditional);
    QFETCH(QString, explained);

    QString problem;
    const std::optional<Policy> parsed = parsePolicy(document, &problem);
    QVERIFY2(parsed, qPrintable(problem));
    const Decision decision = evaluate(*parsed, kInvoke, kGetPet);
    QCOMPARE(kindOf(decision.kind), kind);
    QCOMPARE(decision.statement, statement);
    QCOMPARE(decision.conditionalStatements, conditional);
    QVERIFY2(decision.explanation.contains(explained), qPrintable(decision.explanation));
}

void tst_IamPolicy::ipInCidrTable_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<bool>("inside");
    QTest::addColumn<bool>("valid");
    QTest::addRow("IPv4 in /24") << "192.0.2.77" << "192.0.2.0/24" << true << true;
    QTest::addRow("IPv4 outside /24") << "192.0.3.1" << "192.0.2.0/24" << false << true;
    QTest::addRow("IPv4 /32 written without a length") << "203.0.113.7" << "203.0.113.7" << true << true;
    QTest::addRow("IPv4 single address, another") << "203.0.113.8" << "203.0.113.7" << false << true;
    QTest::addRow("IPv4 /0 is everything") << "8.8.8.8" << "0.0.0.0/0" << true << true;
    QTest::addRow("IPv4-mapped IPv6 client counts as IPv4") << "::ffff:127.0.0.1" << "127.0.0.0/8" << true << true;
    QTest::addRow("IPv6 in /32") << "2001:db8:1234::1" << "2001:DB8::/32" << true << true;
    QTest::addRow("IPv6 outside /64") << "2001:db8:1:2::1" << "2001:db8:1:1::/64" << false << true;
    QTest::addRow("IPv6 loopback") << "::1" << "::1/128" << true << true;
    QTest::addRow("IPv4 client, IPv6 block") << "127.0.0.1" << "::1/128" << false << true;
    QTest::addRow("not an address") << "127.0.0.1" << "localhost" << false << false;
    QTest::addRow("length out of range") << "127.0.0.1" << "127.0.0.0/33" << false << false;
    QTest::addRow("length not a number") << "127.0.0.1" << "127.0.0.0/x" << false << false;
}

void tst_IamPolicy::ipInCidrTable()
{
    QFETCH(QString, address);
    QFETCH(QString, cidr);
    QFETCH(bool, inside);
    QFETCH(bool, valid);
    bool wellFormed = !valid;
    QCOMPARE(ipInCidr(address, cidr, &wellFormed), inside);
    QCOMPARE(wellFormed, valid);
}

void tst_IamPolicy::resourcePolicies_data()
{
    QTest::addColumn<QJsonValue>("document");
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("sourceIp");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("statement");
    QTest::addColumn<QString>("explained");

    const QString alice = QStringLiteral("arn:aws:iam::123456789012:user/alice");
    const QString session = QStringLiteral("arn:aws:sts::123456789012:assumed-role/Deployer/ci-42");
    QTest::addRow("Principal * covers anonymous")
        << json(R"({"Statement": {"Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "@API/*"}})")
        << QString() << "127.0.0.1" << kAllow << 0 << "covers anonymous callers";
    QTest::addRow("AWS * covers anonymous")
        << json(R"({"Statement": {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "execute-api:Invoke", "Resource": "@API/*"}})")
        << QString() << "127.0.0.1" << kAllow << 0 << "";
    QTest::addRow("account root does not cover anonymous")
        << json(R"({"Statement": {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "execute-api:Invoke", "Resource": "@API/*"}})")
        << QString() << "127.0.0.1" << kImplicitDeny << -1 << "does not cover anonymous callers";
    QTest::addRow("account root covers a user of the account")
        << json(R"({"Statement": {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "execute-api:Invoke", "Resource": "@API/*"}})")
        << alice << "127.0.0.1" << kAllow << 0 << "covers arn:aws:iam::123456789012:user/alice";
    QTest::addRow("bare account id covers a user of the account")
        << json(R"({"Statement": {"Effect": "Allow", "Principal": {"AWS": ["111122223333", "123456789012"]}, "Action": "execute-api:Invoke", "Resource": "@API/*"}})")
        << alice << "127.0.0.1" << kAllow << 0 << "";
    QTest::addRow("another user is not covered")
        << json(R"({"Statement": {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:user/bob"}, "Action": "execute-api:Invoke", "Resource": "@API/*"}})")
        << alice << "127.0.0.1" << kImplicitDeny << -1 << "does not cover arn:aws:iam::123456789012:user/alice";
    QTest::addRow("a role covers its sessions")
        << json(R"({"Statement": {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:role/ops/Deployer"}, "Action": "execute-api:Invoke", "Resource": "@API/*"}})")
        << session << "127.0.0.1" << kAllow << 0 << "";
    QTest::addRow("IpAddress holds")
        << json(R"({"Statement": {"Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "@API/*",
                    "Condition": {"IpAddress": {"aws:SourceIp": ["192.0.2.0/24", "198.51.100.0/24"]}}}})")
        << QString() << "198.51.100.9" << kAllow << 0 << "its Condition holds";
    QTest::addRow("IpAddress does not hold")
        << json(R"({"Statement": {"Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "@API/*",
                    "Condition": {"IpAddress": {"aws:SourceIp": ["192.0.2.0/24"]}}}})")
        << QString() << "198.51.100.9" << kImplicitDeny << -1 << "is false for 198.51.100.9";
    QTest::addRow("condition key names are case-insensitive")
        << json(R"({"Statement": {"Effect": "Deny", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "@API/*",
                    "Condition": {"NotIpAddress": {"AWS:SOURCEIP": "10.0.0.0/8"}}}})")
        << QString() << "127.0.0.1" << kExplicitDeny << 0 << "explicitly denies";
    QTest::addRow("NotIpAddress Deny inside the block does not apply")
        << json(R"({"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "@API/*"},
                                  {"Effect": "Deny", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "@API/*",
                                   "Condition": {"NotIpAddress": {"aws:SourceIp": "10.0.0.0/8"}}}]})")
        << QString() << "10.1.2.3" << kAllow << 0 << "";
    QTest::addRow("IpAddressIfExists as IpAddress")
        << json(R"({"Statement": {"Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "@API/*",
                    "Condition": {"IpAddressIfExists": {"aws:SourceIp": "2001:db8::/32"}}}})")
        << QString() << "2001:db8::5" << kAllow << 0 << "";
    QTest::addRow("unsupported operator: Allow not applied")
        << json(R"({"Statement": {"Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "@API/*",
                    "Condition": {"StringEquals": {"aws:SourceVpce": "vpce-1"}}}})")
        << QString() << "127.0.0.1" << kImplicitDeny << -1 << "does not evaluate";
    QTest::addRow("unsupported operator: Deny applied")
        << json(R"({"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "@API/*"},
                                  {"Effect": "Deny", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "@API/*",
                                   "Condition": {"StringNotEquals": {"aws:SourceVpce": "vpce-1"}}}]})")
        << QString() << "127.0.0.1" << kExplicitDeny << 1 << "explicitly denies";
    QTest::addRow("a false IP block settles an otherwise unsupported condition")
        << json(R"({"Statement": {"Effect": "Deny", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "@API/*",
                    "Condition": {"StringEquals": {"aws:SourceVpce": "vpce-1"}, "IpAddress": {"aws:SourceIp": "10.0.0.0/8"}}}})")
        << QString() << "127.0.0.1" << kImplicitDeny << -1 << "is false for 127.0.0.1";
    QTest::addRow("no Principal covers nobody")
        << json(R"({"Statement": {"Effect": "Allow", "Action": "execute-api:Invoke", "Resource": "@API/*"}})")
        << alice << "127.0.0.1" << kImplicitDeny << -1 << "has no Principal";
    QTest::addRow("NotPrincipal excludes the named caller")
        << json(R"({"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "@API/*"},
                                  {"Effect": "Deny", "NotPrincipal": {"AWS": "arn:aws:iam::123456789012:user/alice"}, "Action": "execute-api:Invoke", "Resource": "@API/*"}]})")
        << alice << "127.0.0.1" << kAllow << 0 << "";
    QTest::addRow("NotPrincipal denies everyone else")
        << json(R"({"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "@API/*"},
                                  {"Effect": "Deny", "NotPrincipal": {"AWS": "arn:aws:iam::123456789012:user/alice"}, "Action": "execute-api:Invoke", "Resource": "@API/*"}]})")
        << QString() << "127.0.0.1" << kExplicitDeny << 1 << "";
}

void tst_IamPolicy::resourcePolicies()
{
    QFETCH(QJsonValue, document);
    QFETCH(QString, caller);
    QFETCH(QString, sourceIp);
    QFETCH(int, kind);
    QFETCH(int, statement);
    QFETCH(QString, explained);
    QString problem;
    const std::optional<Policy> parsed = parsePolicy(document, &problem);
    QVERIFY2(parsed, qPrintable(problem));
    RequestFacts facts;
    facts.principalArn = caller;
    facts.principalAccount = caller.isEmpty() ? QString() : caller.section(QLatin1Char(':'), 4, 4);
    facts.sourceIp = sourceIp;
    const Decision d = evaluate(*parsed, kInvoke, kGetPet, facts);
    QCOMPARE(kindOf(d.kind), kind);
    QCOMPARE(d.statement, statement);
    QCOMPARE(d.statements.size(), parsed->statements.size());
    QVERIFY2(d.explanation.contains(explained), qPrintable(d.explanation));
}

void tst_IamPolicy::principalShapes()
{
    QString problem;
    const auto p = parsePolicy(json(R"({"Statement": {"Effect": "Allow", "Principal": {"AWS": ["*"], "Service": "lambda.amazonaws.com"},
                                                    "Action": "execute-api:Invoke", "Resource": "*"}})"),
                               &problem);
    QVERIFY2(p, qPrintable(problem));
    QCOMPARE(p->statements[0].principals, (QStringList {QStringLiteral("*"), QStringLiteral("Service:lambda.amazonaws.com")}));
    QVERIFY(!parsePolicy(json(R"({"Statement": {"Effect": "Allow", "Principal": "someone", "Action": "a:b", "Resource": "*"}})"),
                         &problem));
    QVERIFY2(problem.contains(QLatin1String("Principal must be")), qPrintable(problem));
    QVERIFY(!parsePolicy(json(R"({"Statement": {"Effect": "Allow", "Principal": {"User": "x"}, "Action": "a:b", "Resource": "*"}})"),
                         &problem));
    QVERIFY2(problem.contains(QLatin1String("one of AWS, Service")), qPrintable(problem));
    QVERIFY(!parsePolicy(json(R"({"Statement": {"Effect": "Allow", "Principal": "*", "NotPrincipal": "*", "Action": "a:b", "Resource": "*"}})"),
                         &problem));
    // The authorizer overload ignores Principal.
    const auto authorizer = parsePolicy(json(R"({"Statement": {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::1:user/x"},
                                                             "Action": "execute-api:Invoke", "Resource": "*"}})"),
                                        &problem);
    QCOMPARE(kindOf(evaluate(*authorizer, kInvoke, kGetPet).kind), kAllow);
}

void tst_IamPolicy::problems_data()
{
    QTest::addColumn<QJsonValue>("document");
    QTest::addColumn<QString>("problem");

    QTest::addRow("array") << json("[]") << "policyDocument must be a JSON object; got an array";
    QTest::addRow("string") << json(R"("{}")") << "policyDocument must be a JSON object; got \"{}\"";
    QTest::addRow("null") << json("null") << "policyDocument must be a JSON object; got null";
    QTest::addRow("no Statement")
        << json(R"json({"Version": "2012-10-17"})json")
        << "policyDocument has no Statement; it needs one statement object or an array of them";
    QTest::addRow("lower-case statement")
        << json(R"json({"Version": "2012-10-17", "statement": []})json")
        << "policyDocument has \"statement\"; element names are case-sensitive, so write \"Statement\"";
    QTest::addRow("Statement a string")
        << json(R"json({"Statement": "Allow"})json")
        << "policyDocument.Statement must be an object or an array of objects; "
           "got \"Allow\"";
    QTest::addRow("Statement[1] a string")
        << json(R"json({"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}, "Deny"]})json")
        << "policyDocument.Statement[1] must be an object; got \"Deny\"";
    QTest::addRow("Version unknown")
        << json(R"json({"Version": "2012-10-18", "Statement": []})json")
        << "policyDocument.Version must be \"2012-10-17\" or \"2008-10-17\"; got "
           "\"2012-10-18\"";
    QTest::addRow("Version a number")
        << json(R"json({"Version": 2012, "Statement": []})json")
        << "policyDocument.Version must be \"2012-10-17\" or \"2008-10-17\"; got 2012";

    QTest::addRow("Effect allow")
        << json(R"json({"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"},
            {"Effect": "allow", "Action": "*", "Resource": "*"}]})json")
        << "policyDocument.Statement[1].Effect must be Allow or Deny; got \"allow\"";
    QTest::addRow("Effect DENY") << json(R"json({"Statement": [{"Effect": "DENY", "Action": "*",
                                        "Resource": "*"}]})json")
                                 << "policyDocument.Statement[0].Effect must be Allow or Deny; got \"DENY\"";
    QTest::addRow("Effect true") << json(R"json({"Statement": [{"Effect": true, "Action": "*",
                                        "Resource": "*"}]})json")
                                 << "policyDocument.Statement[0].Effect must be Allow or Deny; got true";
    QTest::addRow("Effect in a single statement")
        << json(R"json({"Statement": {"Effect": "Permit", "Action": "*", "Resource": "*"}})json")
        << "policyDocument.Statement.Effect must be Allow or Deny; got \"Permit\"";
    QTest::addRow("no Effect") << json(R"json({"Statement": [{"Action": "*", "Resource": "*"}]})json")
                               << "policyDocument.Statement[0] has no Effect; it must be Allow or Deny";
    QTest::addRow("lower-case effect")
        << json(R"json({"Statement": [{"effect": "Allow", "Action": "*", "Resource": "*"}]})json")
        << "policyDocument.Statement[0] has \"effect\"; element names are case-sensitive, so write "
           "\"Effect\"";
    QTest::addRow("Notaction")
        << json(R"json({"Statement": [{"Effect": "Allow", "Notaction": "*", "Resource": "*"}]})json")
        << "policyDocument.Statement[0] has \"Notaction\"; element names are case-sensitive, so write "
           "\"NotAction\"";

    QTest::addRow("Action and NotAction")
        << json(R"json({"Statement": [{"Effect": "Allow", "Action": "*", "NotAction": "s3:*",
            "Resource": "*"}]})json")
        << "policyDocument.Statement[0] has both Action and NotAction; use one of them";
    QTest::addRow("no Action") << json(R"json({"Statement": [{"Effect": "Allow", "Resource": "*"}]})json")
                               << "policyDocument.Statement[0] has no Action (or NotAction)";
    QTest::addRow("Action empty array")
        << json(R"json({"Statement": [{"Effect": "Allow", "Action": [], "Resource": "*"}]})json")
        << "policyDocument.Statement[0].Action is an empty array; list at least one action";
    QTest::addRow("Action[1] a number")
        << json(R"json({"Statement": [{"Effect": "Allow", "Action": ["execute-api:Invoke", 7],
            "Resource": "*"}]})json")
        << "policyDocument.Statement[0].Action[1] must be a string; got 7";
    QTest::addRow("Action an object")
        << json(R"json({"Statement": [{"Effect": "Allow", "Action": {"execute-api": "Invoke"},
            "Resource": "*"}]})json")
        << "policyDocument.Statement[0].Action must be a string or an array of strings; got an object";
    QTest::addRow("NotAction empty string")
        << json(R"json({"Statement": [{"Effect": "Allow", "NotAction": "", "Resource": "*"}]})json")
        << "policyDocument.Statement[0].NotAction is an empty string; write the action or \"*\"";

    QTest::addRow("Resource and NotResource")
        << json(R"json({"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*",
            "NotResource": "@API/*"}]})json")
        << "policyDocument.Statement[0] has both Resource and NotResource; use one of them";
    QTest::addRow("no Resource") << json(R"json({"Statement": [{"Effect": "Allow", "Action": "*"}]})json")
                                 << "policyDocument.Statement[0] has no Resource (or NotResource)";
    QTest::addRow("Resource empty string")
        << json(R"json({"Statement": [{"Effect": "Allow", "Action": "*", "Resource": ""}]})json")
        << "policyDocument.Statement[0].Resource is an empty string; write the resource ARN or \"*\"";
    QTest::addRow("Resource[0] null")
        << json(R"json({"Statement": [{"Effect": "Allow", "Action": "*", "Resource": [null]}]})json")
        << "policyDocument.Statement[0].Resource[0] must be a string; got null";
    const QString longArn = kApi + "/prod/GET/" + QString(513 - kApi.size() - 10, QLatin1Char('a'));
    QTest::addRow("Resource over 512 characters") << QJsonValue(
        QJsonObject {{QStringLiteral("Statement"),
                      QJsonObject {{QStringLiteral("Effect"), QStringLiteral("Allow")},
                                   {QStringLiteral("Action"), kInvoke},
                                   {QStringLiteral("Resource"), QJsonArray {kGetPet, longArn}}}}})
                                                  << "policyDocument.Statement.Resource[1] is 513 characters "
                                                     "long; API Gateway accepts at most 512 in an "
                                                     "authorizer policy";

    QTest::addRow("Condition null") << json(
        R"json({"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*",
            "Condition": null}]})json")
                                    << "policyDocument.Statement[0].Condition must be an object; got null";
    QTest::addRow("Condition a string")
        << json(R"json({"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*",
            "Condition": "aws:SecureTransport"}]})json")
        << "policyDocument.Statement[0].Condition must be an object; got \"aws:SecureTransport\"";
    const QString longValue = QStringLiteral("Allow") + QStringLiteral(" allow").repeated(13);
    const QJsonObject longEffect {{QStringLiteral("Effect"), longValue},
                                  {QStringLiteral("Action"), QStringLiteral("*")},
                                  {QStringLiteral("Resource"), QStringLiteral("*")}};
    QTest::addRow("long value shortened")
        << QJsonValue(QJsonObject {{QStringLiteral("Statement"), QJsonArray {longEffect}}})
        << QStringLiteral(
               "policyDocument.Statement[0].Effect must be Allow or Deny; got \"Allow allow allow allow "
               "allow allow allow allow allow allow allow allow allow a\u2026\"");
}

void tst_IamPolicy::problems()
{
    QFETCH(QJsonValue, document);
    QFETCH(QString, problem);

    QString found = QStringLiteral("stale text from an earlier call");
    QVERIFY(!parsePolicy(document, &found));
    QCOMPARE(found, problem);
}

void tst_IamPolicy::acceptedShapes()
{
    // Version missing, Statement a single object, Action and Resource single strings, Sid and Principal
    // ignored.
    QString problem = QStringLiteral("stale");
    std::optional<Policy> parsed = parsePolicy(json(R"json({"Statement": {"Sid": "One", "Principal": "*",
        "Effect": "Allow", "Action": "execute-api:Invoke", "Resource": "@API/prod/GET/*"}})json"),
                                               &problem);
    QVERIFY2(parsed, qPrintable(problem));
    QVERIFY(problem.isEmpty());
    QVERIFY(parsed->version.isEmpty());
    QCOMPARE(parsed->statements.size(), 1);
    const PolicyStatement &only = parsed->statements.first();
    QCOMPARE(only.effect, PolicyStatement::Effect::Allow);
    QCOMPARE(only.actions, QStringList {kInvoke});
    QVERIFY(!only.notAction);
    QCOMPARE(only.resources, QStringList {kApi + "/prod/GET/*"});
    QVERIFY(!only.notResource);
    QVERIFY(!only.hasCondition);
    QCOMPARE(only.index, 0);

    // Arrays, NotAction, NotResource, Condition, indexes.
    const QJsonValue arrays = json(R"json({"Version": "2008-10-17", "Statement": [
        {"Effect": "Deny", "NotAction": ["execute-api:InvalidateCache"],
         "NotResource": ["@API/prod/*", "@API/dev/*"],
         "Condition": {"Bool": {"aws:SecureTransport": "false"}}},
        {"Effect": "Allow", "Action": ["execute-api:Invoke", "execute-api:InvalidateCache"],
         "Resource": ["*"]}]})json");
    parsed = parsePolicy(arrays, &problem);
    QVERIFY2(parsed, qPrintable(problem));
    QCOMPARE(parsed->version, QStringLiteral("2008-10-17"));
    QCOMPARE(parsed->statements.size(), 2);
    const PolicyStatement &deny = parsed->statements[0];
    QCOMPARE(deny.effect, PolicyStatement::Effect::Deny);
    QVERIFY(deny.notAction);
    QVERIFY(deny.notResource);
    QCOMPARE(deny.resources.size(), 2);
    QVERIFY(deny.hasCondition);
    QCOMPARE(deny.condition.keys(), QStringList {QStringLiteral("Bool")});
    QCOMPARE(parsed->statements[1].index, 1);
    QCOMPARE(parsed->statements[1].actions.size(), 2);
}

void tst_IamPolicy::problemIsOptional()
{
    QVERIFY(!parsePolicy(json(R"json({"Statement": 1})json"), nullptr));
    QVERIFY(parsePolicy(json(R"json({"Statement": []})json"), nullptr));
}

void tst_IamPolicy::benchmarkEvaluate()
{
    // A policy as an authorizer might build it: twenty allowed routes and a Deny; the request matches the
    // last route.
    QJsonArray statements;
    for (int i = 0; i < 20; ++i) {
        statements.append(
            QJsonObject {{QStringLiteral("Effect"), QStringLiteral("Allow")},
                         {QStringLiteral("Action"), kInvoke},
                         {QStringLiteral("Resource"),
                          QJsonArray {QString(kApi + QStringLiteral("/*/GET/route%1/*").arg(i)),
                                      QString(kApi + QStringLiteral("/*/POST/route%1").arg(i))}}});
    }
    statements.append(
        QJsonObject {{QStringLiteral("Effect"), QStringLiteral("Deny")},
                     {QStringLiteral("Action"), QStringLiteral("execute-api:*")},
                     {QStringLiteral("Resource"), QString(kApi + QStringLiteral("/*/DELETE/*"))}});
    const std::optional<Policy> parsed
        = parsePolicy(QJsonObject {{QStringLiteral("Version"), QStringLiteral("2012-10-17")},
                                   {QStringLiteral("Statement"), statements}},
                      nullptr);
    QVERIFY(parsed);
    const QString arn = kApi + QStringLiteral("/prod/GET/route19/items/42");
    Decision decision;
    QBENCHMARK
    {
        decision = evaluate(*parsed, kInvoke, arn);
    }
    QCOMPARE(decision.kind, Decision::Kind::Allow);
    QCOMPARE(decision.statement, 19);
}

QTEST_GUILESS_MAIN(tst_IamPolicy)
#include "tst_iampolicy.moc"
