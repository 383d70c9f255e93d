// SPDX-License-Identifier: GPL-3.0-or-later
#include "iampolicy.h"

#include "common/jsontext.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>

#include <vector>

// Where each rule comes from.
//
// ARN matching (arnMatches)
// - `*` is any run of characters and `?` any single character; both may appear several times in a segment;
//   the segments are the parts between colons: IAM User Guide, "IAM JSON policy elements: Resource", section
//   "Using wildcards in resource ARNs"
//   (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html).
// - "If the * wildcard is the last character of a resource ARN segment, it can expand to match beyond the
//   colon boundaries": same page. Read literally: a `*` followed by `:` or ending the pattern may match
//   colons, so `arn:aws:execute-api:*` and `arn:aws:execute-api:us-east-1:*` cover everything under them.
// - A `*` also matches `/`, which has no special meaning inside an ARN: same page (the S3 `bucket/*/test/*`
//   example); awsdocs/iam-user-guide issue #175 (policy simulator: `my-bucket/foo/*/bar` matches
//   `my-bucket/foo/1/2/bar`); awslabs/aws-apigateway-lambda-authorizer-blueprints PR #40 ("'*' expands over
//   '/'"); re:Post "Can I use a wildcard for the HTTP verb with a specific resource path in the response from
//   a Lambda authorizer" (`.../GET/user/*` also covers `.../GET/user/1/sensitive`).
// - Each of the six colon-delimited components is checked separately, case-sensitively: IAM User Guide,
//   "Condition operators", ArnLike/ArnEquals; the Resource page notes names in Resource are case-sensitive.
//   The sixth component (the resource) runs to the end of the ARN, colons included (the ARN format in
//   "Identify AWS resources with Amazon Resource Names"), so in it wildcards match any character.
// - "arn:aws:execute-api:*:*:*" is "equivalent to *"; the other execute-api examples (`api-id/*`,
//   `api-id/test/*`, `api-id/test/*/mydemoresource/*`, `api-id/test/GET/mydemoresource/*`): API Gateway
//   Developer Guide, "Control access for invoking an API", "Statement reference of IAM policies for executing
//   API".
// - The root resource's method ARN ends with a slash (`.../*/GET/`): API Gateway Developer Guide, "Output
//   from an API Gateway Lambda authorizer", example output.
// - `${*}`, `${?}`, `${$}` stand for a literal *, ? and $ and other `${...}` are policy variables, recognised
//   only with Version 2012-10-17; an unresolvable variable may make the statement invalid: IAM User Guide,
//   "IAM policy elements: Variables and tags", and "IAM JSON policy elements: Version".
//
// Actions (actionMatches)
// - "The prefix and the action name are case insensitive" (`iam:ListAccessKeys` is `IAM:listaccesskeys`), `*`
//   and `?` may be used in the name (`iam:*AccessKey*`): IAM User Guide, "IAM JSON policy elements: Action".
//   The execute-api actions are `*`, `Invoke`, `InvalidateCache`: API Gateway "Statement reference" above.
//
// Document shape (parsePolicy)
// - Grammar: Version optional, "2008-10-17" | "2012-10-17"; Effect "Allow" | "Deny"; Action|NotAction and
//   Resource|NotResource, each "*" or a list; Condition an object; a one-element array may be written without
//   brackets (so Statement may be a single object and Resource a single string); blocks in any order: IAM
//   User Guide, "Grammar of the IAM JSON policy language". IAM rejects `"Effect": "allow"` ("The policy
//   failed legacy parsing", hashicorp/terraform issue #10057) and lower-case element names ("Unknown field
//   statement", pulumi/pulumi-aws-native issue #1616).
// - API Gateway accepts Resource as a single string and Action as a list in authorizer output:
//   aws/aws-sam-cli issue #5072 and PR #5092 (maintainer: "a single string is completely valid too"); the AWS
//   examples use both.
// - `"Condition": null` in an authorizer response makes API Gateway fail with
//   AuthorizerConfigurationException: aws/aws-lambda-rust-runtime issue #863 and PR #864. The AWS blueprints
//   add Condition to authorizer statements (allowMethodWithConditions in
//   awslabs/aws-apigateway-lambda-authorizer-blueprints).
// - The Resource ARN in an authorizer's policy statement is limited to 512 characters: "Output from an API
//   Gateway Lambda authorizer".
//
// Evaluation (evaluate)
// - An explicit Deny overrides any Allow; without an applicable Allow the request is implicitly denied: IAM
//   User Guide, "Policy evaluation logic". NotAction / NotResource match everything except what they list:
//   IAM User Guide, "NotAction" and "NotResource".
//
// Choices where the sources are silent
// - Conditions: no source says which condition keys API Gateway supplies when it evaluates an authorizer's
//   policy. Gatehouse does not evaluate Condition and fails closed: a conditional Deny is applied, a
//   conditional Allow is not, and the Decision lists the statement so the step can say so. Guessing "true"
//   for an Allow could show a request as allowed locally that AWS denies, which is the worse surprise. An
//   empty Condition object constrains nothing and counts as no Condition.
// - A `*` inside a segment of the first five (`us-*-1`) does not cross a colon; only one that ends a segment
//   does.
// - `?` matches exactly one character (the Resource page: "any single character"); it matches `/`, and `:`
//   only in the resource part.
// - Lower-case "allow"/"deny", misspelt element names, Version values other than the two IAM knows, empty
//   strings and empty arrays are rejected as malformed, as IAM rejects them; API Gateway's own reaction is
//   not documented. An empty Statement array is accepted and denies everything (implicitly).
// - Resource policies (evaluate() with RequestFacts): Principal "*" or {"AWS": "*"} is everyone, anonymous
//   included; an account id or arn:aws:iam::ACCOUNT:root is every principal of that account; a role ARN also
//   covers its assumed-role sessions: IAM User Guide, "AWS JSON policy elements: Principal". IpAddress and
//   NotIpAddress take CIDR blocks (IPv4 and IPv6) or single addresses for aws:SourceIp: IAM User Guide, "IP
//   address condition operators" and the aws:SourceIp entry of "AWS global condition context keys"; the
//   API Gateway examples ("API Gateway resource policy examples") use both lists and single values. ...IfExists
//   behaves as the plain operator since aws:SourceIp always has a value. Other operators and keys are not
//   evaluated and fail closed, as above.
// - Sid, Id and other unknown elements are ignored; Principal is ignored by the authorizer overload. Resource strings that are not ARNs are kept;
//   they match no method ARN, and the explanation says why. Wildcards in the service segment are not
//   rejected.
// - When several statements apply, the first in document order is reported.

namespace gw::auth {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxResourceLength = 512;
/// Colons before the resource part of an ARN: arn:partition:service:region:account-id:resource.
constexpr int kColonsBeforeResource = 5;

// ---- wildcard patterns ----

enum class TokenKind { Literal, Star, Question };

struct Token
{
    TokenKind kind = TokenKind::Literal;
    QChar ch; ///< for Literal
    bool crossesColon = true; ///< for Star and Question: whether the wildcard may match ':'
    qsizetype sourcePos = 0; ///< offset in the pattern text, for explanations
};

struct CompiledPattern
{
    std::vector<Token> tokens;
    /// The first `${...}` that has no value here; the pattern then matches nothing.
    QString unresolvedVariable;
    /// No wildcard is kept from matching ':', so the greedy matcher applies.
    bool wildcardsMatchAnything = true;
};

enum class PatternKind { Arn, Action };

CompiledPattern compile(QStringView pattern, PatternKind kind, bool policyVariables)
{
    CompiledPattern out;
    out.tokens.reserve(pattern.size());
    int colons = 0;
    qsizetype pos = 0;
    while (pos < pattern.size()) {
        const QChar c = pattern[pos];
        if (policyVariables && c == u'$' && pos + 1 < pattern.size() && pattern[pos + 1] == u'{') {
            const qsizetype close = pattern.indexOf(u'}', pos + 2);
            if (close > pos) {
                const QStringView name = pattern.sliced(pos + 2, close - pos - 2);
                if (name == u"*" || name == u"?" || name == u"$") {
                    out.tokens.push_back({TokenKind::Literal, name[0], false, pos});
                    pos = close + 1;
                    continue;
                }
                if (out.unresolvedVariable.isEmpty())
                    out.unresolvedVariable = pattern.sliced(pos, close + 1 - pos).toString();
            }
        }
        Token t;
        t.sourcePos = pos;
        if (c == u'*' || c == u'?') {
            t.kind = c == u'*' ? TokenKind::Star : TokenKind::Question;
            if (kind == PatternKind::Arn) {
                const bool inResource = colons >= kColonsBeforeResource;
                const bool endsSegment = pos + 1 == pattern.size() || pattern[pos + 1] == u':';
                t.crossesColon = inResource || (t.kind == TokenKind::Star && endsSegment);
                out.wildcardsMatchAnything = out.wildcardsMatchAnything && t.crossesColon;
            }
        } else {
            t.ch = c;
            if (c == u':')
                ++colons;
        }
        out.tokens.push_back(t);
        ++pos;
    }
    return out;
}

/// How far a pattern got: `token` tokens consumed at the furthest point reached, and `subjectPos` characters
/// of the subject matched there. When that last token is a `*` it is the most characters (the `*` ran to
/// there); otherwise the fewest, the alignment in which earlier `*`s took the least, which is how a reader
/// lines the two up.
struct Trace
{
    bool matched = false;
    std::size_t token = 0;
    qsizetype subjectPos = 0;
};

bool sameChar(QChar a, QChar b, Qt::CaseSensitivity cs)
{
    return a == b || (cs == Qt::CaseInsensitive && a.toCaseFolded() == b.toCaseFolded());
}

/// Glob matching by dynamic programming over subject prefixes: row[i] is true when the tokens so far match
/// the first i characters of the subject. O(tokens × characters); method ARNs are at most 1,600 bytes.
Trace run(const CompiledPattern &pattern, QStringView subject, Qt::CaseSensitivity cs)
{
    const qsizetype n = subject.size();
    std::vector<char> row(n + 1, 0);
    std::vector<char> next(n + 1, 0);
    row[0] = 1;
    Trace trace;
    for (std::size_t j = 0; j < pattern.tokens.size(); ++j) {
        const Token &t = pattern.tokens[j];
        bool any = false;
        if (t.kind == TokenKind::Star) {
            bool reach = false;
            for (qsizetype i = 0; i <= n; ++i) {
                if (i > 0 && !t.crossesColon && subject[i - 1] == u':')
                    reach = false;
                reach = reach || row[i];
                next[i] = reach;
                any = any || reach;
            }
        } else {
            next[0] = 0;
            for (qsizetype i = 1; i <= n; ++i) {
                const QChar c = subject[i - 1];
                const bool ok
                    = t.kind == TokenKind::Question ? (t.crossesColon || c != u':') : sameChar(c, t.ch, cs);
                next[i] = row[i - 1] && ok;
                any = any || next[i];
            }
        }
        if (!any)
            return trace;
        row.swap(next);
        trace.token = j + 1;
        if (t.kind == TokenKind::Star) {
            for (qsizetype i = n; i >= 0; --i) {
                if (row[i]) {
                    trace.subjectPos = i;
                    break;
                }
            }
        } else {
            for (qsizetype i = 0; i <= n; ++i) {
                if (row[i]) {
                    trace.subjectPos = i;
                    break;
                }
            }
        }
    }
    trace.matched = row[n] != 0;
    return trace;
}

/// The usual glob algorithm: on a mismatch, let the last `*` take one more character. Linear in practice;
/// valid only when every wildcard may match any character (CompiledPattern::wildcardsMatchAnything).
bool matchGreedy(const CompiledPattern &pattern, QStringView subject, Qt::CaseSensitivity cs)
{
    const std::size_t count = pattern.tokens.size();
    constexpr std::size_t kNoStar = std::size_t(-1);
    std::size_t t = 0;
    qsizetype i = 0;
    std::size_t star = kNoStar;
    qsizetype starSubject = 0;
    while (i < subject.size()) {
        const Token *token = t < count ? &pattern.tokens[t] : nullptr;
        if (token && token->kind == TokenKind::Star) {
            star = t++;
            starSubject = i;
        } else if (token && (token->kind == TokenKind::Question || sameChar(subject[i], token->ch, cs))) {
            ++t;
            ++i;
        } else if (star != kNoStar) {
            t = star + 1;
            i = ++starSubject;
        } else {
            return false;
        }
    }
    while (t < count && pattern.tokens[t].kind == TokenKind::Star)
        ++t;
    return t == count;
}

bool matches(const CompiledPattern &pattern, QStringView subject, Qt::CaseSensitivity cs)
{
    if (!pattern.unresolvedVariable.isEmpty())
        return false;
    return pattern.wildcardsMatchAnything ? matchGreedy(pattern, subject, cs)
                                          : run(pattern, subject, cs).matched;
}

bool resourceMatches(QStringView pattern, QStringView arn, bool policyVariables)
{
    return matches(compile(pattern, PatternKind::Arn, policyVariables), arn, Qt::CaseSensitive);
}

// ---- parsing ----

/// The first key of `object` that names one of `names` in another letter case, as a problem; empty when none.
QString caseMistake(const QJsonObject &object, std::initializer_list<QLatin1StringView> names,
                    const QString &where)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        for (const QLatin1StringView name : names) {
            if (it.key() != name && it.key().compare(name, Qt::CaseInsensitive) == 0) {
                return u"%1 has %2; element names are case-sensitive, so write %3"_s.arg(
                    where, quoted(it.key()), quoted(QString(name)));
            }
        }
    }
    return {};
}

/// A string or a non-empty array of non-empty strings; `maxLength` > 0 also bounds each string.
std::optional<QStringList> stringList(const QJsonValue &value, const QString &where, QLatin1StringView noun,
                                      qsizetype maxLength, QString *problem)
{
    const auto checked = [&](const QString &s, const QString &at) -> bool {
        if (s.isEmpty()) {
            *problem = u"%1 is an empty string; write the %2 or \"*\""_s.arg(at, noun);
            return false;
        }
        if (maxLength > 0 && s.size() > maxLength) {
            *problem
                = u"%1 is %2 characters long; API Gateway accepts at most %3 in an authorizer policy"_s.arg(
                    at, QString::number(s.size()), QString::number(maxLength));
            return false;
        }
        return true;
    };
    if (value.isString()) {
        if (!checked(value.toString(), where))
            return std::nullopt;
        return QStringList {value.toString()};
    }
    if (!value.isArray()) {
        *problem = u"%1 must be a string or an array of strings; got %2"_s.arg(where, describeJsonValue(value));
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    if (array.isEmpty()) {
        *problem = u"%1 is an empty array; list at least one %2"_s.arg(where, noun);
        return std::nullopt;
    }
    QStringList out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = u"%1[%2]"_s.arg(where).arg(i);
        if (!array[i].isString()) {
            *problem = u"%1 must be a string; got %2"_s.arg(at, describeJsonValue(array[i]));
            return std::nullopt;
        }
        if (!checked(array[i].toString(), at))
            return std::nullopt;
        out.append(array[i].toString());
    }
    return out;
}

/// Reads one of the pair `name`/`notName` (exactly one must be present) into `list` and `negated`.
bool readPair(const QJsonObject &object, const QString &where, QLatin1StringView name,
              QLatin1StringView notName, QLatin1StringView noun, qsizetype maxLength, QStringList *list,
              bool *negated, QString *problem)
{
    const bool has = object.contains(name);
    const bool hasNot = object.contains(notName);
    if (has && hasNot) {
        *problem = u"%1 has both %2 and %3; use one of them"_s.arg(where, name, notName);
        return false;
    }
    if (!has && !hasNot) {
        *problem = u"%1 has no %2 (or %3)"_s.arg(where, name, notName);
        return false;
    }
    const QLatin1StringView key = has ? name : notName;
    const auto values = stringList(object.value(key), u"%1.%2"_s.arg(where, key), noun, maxLength, problem);
    if (!values)
        return false;
    *list = *values;
    *negated = hasNot;
    return true;
}

/// Principal or NotPrincipal: "*", or an object mapping AWS, Service, Federated or CanonicalUser to a string or a
/// list of strings.
bool readPrincipal(const QJsonObject &object, const QString &where, PolicyStatement *statement, QString *problem)
{
    if (object.contains("Principal"_L1) && object.contains("NotPrincipal"_L1)) {
        *problem = u"%1 has both Principal and NotPrincipal; use one of them"_s.arg(where);
        return false;
    }
    statement->notPrincipal = object.contains("NotPrincipal"_L1);
    const QLatin1StringView key = statement->notPrincipal ? "NotPrincipal"_L1 : "Principal"_L1;
    const QString at = u"%1.%2"_s.arg(where, key);
    const QJsonValue value = object.value(key);
    statement->hasPrincipal = true;
    if (value.isString() && value.toString() == u"*") {
        statement->principals = {u"*"_s};
        return true;
    }
    if (!value.isObject() || value.toObject().isEmpty()) {
        *problem = u"%1 must be \"*\" or an object such as {\"AWS\": \"arn:aws:iam::123456789012:root\"}; got %2"_s.arg(
            at, describeJsonValue(value));
        return false;
    }
    const QJsonObject principal = value.toObject();
    for (auto it = principal.begin(); it != principal.end(); ++it) {
        static const QStringList kinds = {u"AWS"_s, u"Service"_s, u"Federated"_s, u"CanonicalUser"_s};
        if (!kinds.contains(it.key())) {
            *problem = u"%1 has %2; a principal is one of AWS, Service, Federated or CanonicalUser"_s.arg(at, quoted(it.key()));
            return false;
        }
        const auto values = stringList(it.value(), u"%1.%2"_s.arg(at, it.key()), "principal"_L1, 0, problem);
        if (!values)
            return false;
        for (const QString &v : *values)
            statement->principals.append(it.key() == u"AWS" && v == u"*" ? u"*"_s : it.key() + u':' + v);
    }
    return true;
}

std::optional<PolicyStatement> parseStatement(const QJsonObject &object, const QString &where, int index,
                                              QString *problem)
{
    *problem = caseMistake(object,
                           {"Sid"_L1, "Effect"_L1, "Action"_L1, "NotAction"_L1, "Resource"_L1,
                            "NotResource"_L1, "Condition"_L1, "Principal"_L1, "NotPrincipal"_L1},
                           where);
    if (!problem->isEmpty())
        return std::nullopt;

    PolicyStatement statement;
    statement.index = index;
    const QJsonValue effect = object.value("Effect"_L1);
    if (effect.isUndefined()) {
        *problem = u"%1 has no Effect; it must be Allow or Deny"_s.arg(where);
        return std::nullopt;
    }
    if (effect.isString() && effect.toString() == u"Allow") {
        statement.effect = PolicyStatement::Effect::Allow;
    } else if (effect.isString() && effect.toString() == u"Deny") {
        statement.effect = PolicyStatement::Effect::Deny;
    } else {
        *problem = u"%1.Effect must be Allow or Deny; got %2"_s.arg(where, describeJsonValue(effect));
        return std::nullopt;
    }
    if (!readPair(object, where, "Action"_L1, "NotAction"_L1, "action"_L1, 0, &statement.actions,
                  &statement.notAction, problem)) {
        return std::nullopt;
    }
    if (!readPair(object, where, "Resource"_L1, "NotResource"_L1, "resource ARN"_L1, kMaxResourceLength,
                  &statement.resources, &statement.notResource, problem)) {
        return std::nullopt;
    }
    if (object.contains("Principal"_L1) || object.contains("NotPrincipal"_L1)) {
        if (!readPrincipal(object, where, &statement, problem))
            return std::nullopt;
    }
    if (object.contains("Condition"_L1)) {
        const QJsonValue condition = object.value("Condition"_L1);
        if (!condition.isObject()) {
            *problem = u"%1.Condition must be an object; got %2"_s.arg(where, describeJsonValue(condition));
            return std::nullopt;
        }
        statement.condition = condition.toObject();
        statement.hasCondition = !statement.condition.isEmpty();
    }
    return statement;
}

// ---- evaluation ----

QString statementName(int index)
{
    return u"Statement[%1]"_s.arg(index);
}

/// Which patterns of a statement decide for one request.
struct StatementMatch
{
    /// The first Action pattern covering the action, or the NotAction one excluding it.
    int actionIndex = -1;
    /// The first Resource pattern matching the ARN, or the NotResource one excluding it.
    int resourceIndex = -1;
    bool actionApplies = false;
    bool resourceApplies = false;

    bool applies() const { return actionApplies && resourceApplies; }
};

StatementMatch matchStatement(const PolicyStatement &s, QStringView action, QStringView arn,
                              bool policyVariables)
{
    StatementMatch m;
    for (qsizetype i = 0; i < s.actions.size() && m.actionIndex < 0; ++i) {
        if (actionMatches(s.actions[i], action))
            m.actionIndex = int(i);
    }
    m.actionApplies = (m.actionIndex >= 0) != s.notAction;
    for (qsizetype i = 0; i < s.resources.size() && m.resourceIndex < 0; ++i) {
        if (resourceMatches(s.resources[i], arn, policyVariables))
            m.resourceIndex = int(i);
    }
    m.resourceApplies = (m.resourceIndex >= 0) != s.notResource;
    return m;
}

/// Why a statement applies: its Resource pattern that matches, or that no NotResource pattern does; plus
/// NotAction.
QString whyApplies(const PolicyStatement &s, const StatementMatch &m)
{
    QString out = s.notResource ? u"the ARN matches none of its NotResource patterns"_s
                                : u"its Resource %1 matches"_s.arg(quoted(s.resources[m.resourceIndex]));
    if (s.notAction)
        out += u", and its NotAction does not list the action"_s;
    return out;
}

/// Where `pattern` stops matching `arn`, as the end of a sentence about the pattern.
QString whereItStops(QStringView pattern, QStringView arn, bool policyVariables)
{
    const CompiledPattern compiled = compile(pattern, PatternKind::Arn, policyVariables);
    if (!compiled.unresolvedVariable.isEmpty()) {
        return u"uses the policy variable %1, which has no value here, so it matches nothing"_s.arg(
            compiled.unresolvedVariable);
    }
    if (!pattern.startsWith(u"arn:") && arn.startsWith(u"arn:")) {
        return u"is not an ARN; write it as arn:aws:execute-api:region:account-id:api-id/stage/METHOD/path"_s;
    }
    if (run(compiled, arn, Qt::CaseInsensitive).matched)
        return u"would match if letter case were ignored, but ARNs are compared case-sensitively"_s;
    const Trace trace = run(compiled, arn, Qt::CaseSensitive);
    const QStringView arnRest = arn.sliced(trace.subjectPos);
    if (trace.token == compiled.tokens.size()) {
        QString out = u"ends where the ARN goes on with %1"_s.arg(quoted(arnRest));
        if (arnRest == u"/")
            out += u" (a root resource's ARN ends with a slash)"_s;
        return out;
    }
    const QStringView patternRest = pattern.sliced(compiled.tokens[trace.token].sourcePos);
    if (arnRest.isEmpty())
        return u"still expects %1 where the ARN ends"_s.arg(quoted(patternRest));
    return u"stops matching at %1, where it expects %2"_s.arg(quoted(arnRest), quoted(patternRest));
}

QString implicitDenyExplanation(const Policy &policy, const QList<StatementMatch> &matches,
                                QStringView action, QStringView arn, bool policyVariables)
{
    if (policy.statements.isEmpty())
        return u"The policy has no statements, so nothing is allowed: the request is implicitly denied."_s;
    QList<int> allows;
    for (qsizetype i = 0; i < policy.statements.size(); ++i) {
        if (policy.statements[i].effect == PolicyStatement::Effect::Allow)
            allows.append(int(i));
    }
    if (allows.isEmpty()) {
        return u"No statement allows %1: the policy has only Deny statements and none applies, so the "
               u"request is "
               u"implicitly denied."_s.arg(action);
    }
    for (const int i : allows) {
        if (matches[i].applies() && policy.statements[i].hasCondition) {
            return u"%1 would allow %2 on %3, but it has a Condition, which Gatehouse does not evaluate; a "
                   u"conditional Allow is not applied, so the request is implicitly denied."_s.arg(
                       statementName(policy.statements[i].index), action, arn);
        }
    }

    QList<int> covering;
    for (const int i : allows) {
        if (matches[i].actionApplies)
            covering.append(i);
    }
    if (covering.isEmpty()) {
        const PolicyStatement &s = policy.statements[allows.first()];
        const StatementMatch &m = matches[allows.first()];
        if (s.notAction) {
            return u"No Allow statement covers the action %1: %2's NotAction %3 excludes it."_s.arg(
                action, statementName(s.index), quoted(s.actions[m.actionIndex]));
        }
        QStringList listed;
        for (const QString &a : s.actions)
            listed.append(quoted(a));
        return u"No Allow statement covers the action %1: %2 has Action %3."_s.arg(
            action, statementName(s.index), listed.join(u", "_s));
    }

    // The nearest Resource pattern: the one that matches the longest prefix of the ARN.
    int bestStatement = -1;
    qsizetype bestResource = -1;
    Trace best;
    for (const int i : covering) {
        const PolicyStatement &s = policy.statements[i];
        if (s.notResource)
            continue;
        for (qsizetype r = 0; r < s.resources.size(); ++r) {
            const Trace t
                = run(compile(s.resources[r], PatternKind::Arn, policyVariables), arn, Qt::CaseSensitive);
            if (bestStatement < 0 || t.subjectPos > best.subjectPos
                || (t.subjectPos == best.subjectPos && t.token > best.token)) {
                bestStatement = i;
                bestResource = r;
                best = t;
            }
        }
    }
    if (bestStatement < 0) {
        const PolicyStatement &s = policy.statements[covering.first()];
        const QString &excluding = s.resources[matches[covering.first()].resourceIndex];
        return u"%1 does not apply: %2 matches its NotResource pattern %3, so the request is implicitly "
               u"denied."_s.arg(statementName(s.index), arn, quoted(excluding));
    }
    const PolicyStatement &s = policy.statements[bestStatement];
    const QString &pattern = s.resources[bestResource];
    return u"No Allow statement matches %1. The nearest is %2's Resource %3, which %4."_s.arg(
        arn, statementName(s.index), quoted(pattern), whereItStops(pattern, arn, policyVariables));
}

// ---- resource policies: principals and conditions ----

/// Does the statement's Principal (or NotPrincipal) cover the caller? `why` says which entry did, or why none.
bool principalCovers(const PolicyStatement &s, const RequestFacts &facts, QString *why)
{
    if (!s.hasPrincipal) {
        *why = u"it has no Principal, so it covers no caller (a resource policy statement needs one)"_s;
        return false;
    }
    const bool anonymous = facts.principalArn.isEmpty();
    QString matched;
    for (const QString &p : s.principals) {
        if (p == u"*") {
            matched = p;
            break;
        }
        if (!p.startsWith(u"AWS:") || anonymous)
            continue;
        const QStringView v = QStringView(p).sliced(4);
        const QString accountRoot = u"arn:aws:iam::%1:root"_s.arg(facts.principalAccount);
        if ((!facts.principalAccount.isEmpty() && (v == facts.principalAccount || v == accountRoot))
            || v == facts.principalArn) {
            matched = v.toString();
            break;
        }
        // A role covers its sessions: arn:aws:iam::A:role/path/R covers arn:aws:sts::A:assumed-role/R/session.
        const QString rolePrefix = u"arn:aws:iam::%1:role/"_s.arg(facts.principalAccount);
        if (v.startsWith(rolePrefix)) {
            const QStringView role = v.sliced(v.lastIndexOf(u'/') + 1);
            const QString session = u"arn:aws:sts::%1:assumed-role/%2/"_s.arg(facts.principalAccount, role);
            if (facts.principalArn.startsWith(session)) {
                matched = v.toString();
                break;
            }
        }
    }
    const QString caller = anonymous ? u"anonymous callers"_s : facts.principalArn;
    if (s.notPrincipal) {
        *why = matched.isEmpty() ? u"its NotPrincipal does not name %1"_s.arg(caller)
                                 : u"its NotPrincipal %1 excludes %2"_s.arg(quoted(matched), caller);
        return matched.isEmpty();
    }
    *why = matched.isEmpty() ? u"its Principal does not cover %1"_s.arg(caller)
                             : u"its Principal %1 covers %2"_s.arg(quoted(matched), caller);
    return !matched.isEmpty();
}

enum class ConditionResult { Holds, Fails, NotEvaluated };

/// Evaluates a Condition block: every operator, and every key in it, must hold. Supported: IpAddress and
/// NotIpAddress (also ...IfExists, the same here since aws:SourceIp always has a value) on aws:SourceIp. A block
/// that is false settles it; otherwise anything unsupported leaves it not evaluated.
ConditionResult evaluateCondition(const QJsonObject &condition, const RequestFacts &facts, QString *note)
{
    QString unsupported;
    QStringList held;
    for (auto op = condition.begin(); op != condition.end(); ++op) {
        QString name = op.key();
        if (name.endsWith(u"IfExists"))
            name.chop(8);
        if ((name != u"IpAddress" && name != u"NotIpAddress") || !op.value().isObject()) {
            if (unsupported.isEmpty())
                unsupported = u"its Condition uses %1, which Gatehouse does not evaluate"_s.arg(op.key());
            continue;
        }
        const QJsonObject block = op.value().toObject();
        for (auto key = block.begin(); key != block.end(); ++key) {
            if (key.key().compare(u"aws:SourceIp", Qt::CaseInsensitive) != 0) {
                if (unsupported.isEmpty())
                    unsupported = u"its Condition tests %1 with %2; Gatehouse has no value for that key"_s.arg(key.key(), op.key());
                continue;
            }
            const QJsonArray values = key.value().isArray() ? key.value().toArray() : QJsonArray {key.value()};
            bool inAny = false;
            bool allValid = true;
            for (const QJsonValue &v : values) {
                bool valid = false;
                inAny = ipInCidr(facts.sourceIp, v.toString(), &valid) || inAny;
                allValid = allValid && valid && v.isString();
            }
            if (!allValid) {
                if (unsupported.isEmpty())
                    unsupported = u"its Condition %1 lists an aws:SourceIp value that is not an IP address or CIDR block"_s.arg(op.key());
                continue;
            }
            const QString list = QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
            if ((name == u"IpAddress") != inAny) {
                *note = u"its Condition %1 aws:SourceIp %2 is false for %3"_s.arg(op.key(), list, facts.sourceIp);
                return ConditionResult::Fails;
            }
            held.append(u"%1 aws:SourceIp %2"_s.arg(op.key(), list));
        }
    }
    if (!unsupported.isEmpty()) {
        *note = unsupported;
        return ConditionResult::NotEvaluated;
    }
    *note = u"its Condition holds (%1) for %2"_s.arg(held.join(u", "_s), facts.sourceIp);
    return ConditionResult::Holds;
}

} // namespace

bool ipInCidr(QStringView address, QStringView cidr, bool *valid)
{
    const QString text = cidr.trimmed().toString();
    QPair<QHostAddress, int> subnet;
    if (text.contains(u'/')) {
        subnet = QHostAddress::parseSubnet(text);
        const QString length = text.section(u'/', 1);
        bool numeric = false;
        length.toInt(&numeric);
        if (!numeric)
            subnet = {QHostAddress(), -1};
    } else {
        const QHostAddress host(text);
        subnet = {host, host.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128};
    }
    const bool ok = !subnet.first.isNull() && subnet.second >= 0;
    if (valid)
        *valid = ok;
    if (!ok)
        return false;
    QHostAddress client(address.toString());
    bool isV4 = false;
    const quint32 v4 = client.toIPv4Address(&isV4);
    if (isV4 && client.protocol() == QAbstractSocket::IPv6Protocol)
        client = QHostAddress(v4); // ::ffff:a.b.c.d is a.b.c.d
    return !client.isNull() && client.isInSubnet(subnet);
}

std::optional<Policy> parsePolicy(const QJsonValue &policyDocument, QString *problem)
{
    QString local;
    QString &p = problem ? *problem : local;
    p.clear();
    const QString root = u"policyDocument"_s;
    if (!policyDocument.isObject()) {
        p = u"%1 must be a JSON object; got %2"_s.arg(root, describeJsonValue(policyDocument));
        return std::nullopt;
    }
    const QJsonObject document = policyDocument.toObject();
    p = caseMistake(document, {"Version"_L1, "Statement"_L1, "Id"_L1}, root);
    if (!p.isEmpty())
        return std::nullopt;

    Policy policy;
    if (document.contains("Version"_L1)) {
        const QJsonValue version = document.value("Version"_L1);
        if (!version.isString()
            || (version.toString() != u"2012-10-17" && version.toString() != u"2008-10-17")) {
            p = u"%1.Version must be \"2012-10-17\" or \"2008-10-17\"; got %2"_s.arg(root, describeJsonValue(version));
            return std::nullopt;
        }
        policy.version = version.toString();
    }

    const QJsonValue statement = document.value("Statement"_L1);
    if (statement.isUndefined()) {
        p = u"%1 has no Statement; it needs one statement object or an array of them"_s.arg(root);
        return std::nullopt;
    }
    if (statement.isObject()) {
        auto parsed = parseStatement(statement.toObject(), root + u".Statement"_s, 0, &p);
        if (!parsed)
            return std::nullopt;
        policy.statements.append(*parsed);
        return policy;
    }
    if (!statement.isArray()) {
        p = u"%1.Statement must be an object or an array of objects; got %2"_s.arg(root, describeJsonValue(statement));
        return std::nullopt;
    }
    const QJsonArray statements = statement.toArray();
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const QString where = u"%1.Statement[%2]"_s.arg(root).arg(i);
        if (!statements[i].isObject()) {
            p = u"%1 must be an object; got %2"_s.arg(where, describeJsonValue(statements[i]));
            return std::nullopt;
        }
        auto parsed = parseStatement(statements[i].toObject(), where, int(i), &p);
        if (!parsed)
            return std::nullopt;
        policy.statements.append(*parsed);
    }
    return policy;
}

Decision evaluate(const Policy &policy, QStringView action, QStringView resourceArn)
{
    const bool policyVariables = policy.version == u"2012-10-17";
    Decision decision;
    QList<StatementMatch> matches;
    matches.reserve(policy.statements.size());
    int deny = -1;
    int allow = -1;
    for (qsizetype i = 0; i < policy.statements.size(); ++i) {
        const PolicyStatement &s = policy.statements[i];
        const StatementMatch m = matchStatement(s, action, resourceArn, policyVariables);
        matches.append(m);
        if (!m.applies())
            continue;
        if (s.hasCondition)
            decision.conditionalStatements.append(s.index);
        if (s.effect == PolicyStatement::Effect::Deny) {
            if (deny < 0)
                deny = int(i);
        } else if (allow < 0 && !s.hasCondition) {
            allow = int(i);
        }
    }

    if (deny >= 0) {
        const PolicyStatement &s = policy.statements[deny];
        decision.kind = Decision::Kind::ExplicitDeny;
        decision.statement = s.index;
        if (!s.notResource)
            decision.pattern = s.resources[matches[deny].resourceIndex];
        decision.explanation
            = u"%1 explicitly denies %2 on %3: %4. An explicit Deny overrides any Allow%5."_s.arg(
                statementName(s.index), action, resourceArn, whyApplies(s, matches[deny]),
                allow >= 0 ? u", including %1's"_s.arg(statementName(policy.statements[allow].index))
                           : QString());
        if (s.hasCondition) {
            decision.explanation
                += u" Gatehouse does not evaluate its Condition and applies the Deny as if the "
                   u"Condition held."_s;
        }
        return decision;
    }
    if (allow >= 0) {
        const PolicyStatement &s = policy.statements[allow];
        decision.kind = Decision::Kind::Allow;
        decision.statement = s.index;
        if (!s.notResource)
            decision.pattern = s.resources[matches[allow].resourceIndex];
        decision.explanation = u"%1 allows %2 on %3: %4."_s.arg(statementName(s.index), action, resourceArn,
                                                                whyApplies(s, matches[allow]));
        return decision;
    }
    decision.kind = Decision::Kind::ImplicitDeny;
    decision.explanation = implicitDenyExplanation(policy, matches, action, resourceArn, policyVariables);
    return decision;
}

Decision evaluate(const Policy &policy, QStringView action, QStringView resourceArn, const RequestFacts &facts)
{
    const bool policyVariables = policy.version == u"2012-10-17";
    Decision decision;
    int deny = -1;
    int allow = -1;
    int denyResource = -1;
    int allowResource = -1;
    for (qsizetype i = 0; i < policy.statements.size(); ++i) {
        const PolicyStatement &s = policy.statements[i];
        const StatementMatch m = matchStatement(s, action, resourceArn, policyVariables);
        Decision::StatementOutcome out;
        out.statement = s.index;
        QString principalWhy;
        if (!m.actionApplies) {
            out.note = s.notAction ? u"its NotAction excludes %1"_s.arg(action) : u"its Action does not cover %1"_s.arg(action);
        } else if (!m.resourceApplies) {
            out.note = s.notResource ? u"its NotResource excludes the ARN"_s
                                     : u"no Resource matches: %1 %2"_s.arg(quoted(s.resources.first()),
                                                                          whereItStops(s.resources.first(), resourceArn, policyVariables));
        } else if (!principalCovers(s, facts, &principalWhy)) {
            out.note = principalWhy;
        } else {
            QString conditionNote;
            const ConditionResult c = s.hasCondition ? evaluateCondition(s.condition, facts, &conditionNote)
                                                     : ConditionResult::Holds;
            const bool isDeny = s.effect == PolicyStatement::Effect::Deny;
            out.note = whyApplies(s, m) + u"; "_s + principalWhy;
            if (c == ConditionResult::Fails) {
                out.note += u"; but "_s + conditionNote;
            } else if (c == ConditionResult::NotEvaluated) {
                decision.conditionalStatements.append(s.index);
                out.note += u"; "_s + conditionNote
                    + (isDeny ? u", so the Deny is applied as if it held"_s : u", so the Allow is not applied"_s);
                out.applies = isDeny;
            } else {
                if (s.hasCondition)
                    out.note += u"; "_s + conditionNote;
                out.applies = true;
            }
            if (out.applies && isDeny && deny < 0) {
                deny = int(i);
                denyResource = m.resourceIndex;
            } else if (out.applies && !isDeny && allow < 0) {
                allow = int(i);
                allowResource = m.resourceIndex;
            }
        }
        decision.statements.append(out);
    }
    const auto verdictOf = [&](int at, int resource, Decision::Kind kind) {
        const PolicyStatement &s = policy.statements[at];
        decision.kind = kind;
        decision.statement = s.index;
        if (!s.notResource && resource >= 0)
            decision.pattern = s.resources[resource];
        decision.explanation = u"%1 %2 %3 on %4: %5."_s.arg(
            statementName(s.index), kind == Decision::Kind::Allow ? u"allows"_s : u"explicitly denies"_s, action,
            resourceArn, decision.statements[at].note);
    };
    if (deny >= 0) {
        verdictOf(deny, denyResource, Decision::Kind::ExplicitDeny);
        decision.explanation += u" An explicit Deny overrides any Allow."_s;
    } else if (allow >= 0) {
        verdictOf(allow, allowResource, Decision::Kind::Allow);
    } else {
        decision.kind = Decision::Kind::ImplicitDeny;
        QStringList why;
        for (const Decision::StatementOutcome &o : std::as_const(decision.statements))
            why.append(u"%1: %2"_s.arg(statementName(o.statement), o.note));
        decision.explanation = policy.statements.isEmpty()
            ? u"The policy has no statements, so nothing is allowed: the request is implicitly denied."_s
            : u"No statement allows %1 on %2, so the request is implicitly denied. %3."_s.arg(action, resourceArn,
                                                                                              why.join(u". "_s));
    }
    return decision;
}

Decision evaluate(const Policy &policy, QLatin1StringView action, QStringView resourceArn)
{
    return evaluate(policy, QStringView(QString(action)), resourceArn);
}

bool arnMatches(QStringView pattern, QStringView arn)
{
    return matches(compile(pattern, PatternKind::Arn, false), arn, Qt::CaseSensitive);
}

bool actionMatches(QStringView pattern, QStringView action)
{
    return matches(compile(pattern, PatternKind::Action, false), action, Qt::CaseInsensitive);
}

} // namespace gw::auth
