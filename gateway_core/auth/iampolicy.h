// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace gw::auth {

/// One statement of an authorizer's policyDocument, as parsed. Lists keep the document's order.
struct PolicyStatement
{
    enum class Effect { Allow, Deny };
    Effect effect = Effect::Deny;
    /// The Action or NotAction patterns ("execute-api:Invoke", "execute-api:*", "*").
    QStringList actions;
    bool notAction = false; ///< the statement used NotAction
    /// The Resource or NotResource patterns: ARNs with * and ?, or "*".
    QStringList resources;
    bool notResource = false; ///< the statement used NotResource
    /// A non-empty Condition object is present. Gatehouse does not evaluate it; see evaluate().
    bool hasCondition = false;
    QJsonObject condition; ///< the Condition as written, for display
    /// The Principal (or NotPrincipal), flattened: "*" for everyone, else "AWS:" + an ARN or account id,
    /// "Service:...", "Federated:..." or "CanonicalUser:...". Only resource policies have one; evaluate() looks at it
    /// only when given RequestFacts.
    QStringList principals;
    bool hasPrincipal = false;
    bool notPrincipal = false; ///< the statement used NotPrincipal
    int index = 0; ///< position in the Statement list (0-based), used in explanations
};

struct Policy
{
    QString version; ///< "2012-10-17", "2008-10-17", or empty when the document has no Version
    QList<PolicyStatement> statements;
};

/// Parses an authorizer's policyDocument (or a resource policy): an object with an optional Version ("2012-10-17" or "2008-10-17")
/// and a Statement that is one statement object or an array of them. In a statement, Effect is exactly
/// "Allow" or "Deny"; exactly one of Action/NotAction and one of Resource/NotResource is present, each a
/// non-empty string or a non-empty array of non-empty strings; Condition, when present, is an object;
/// Principal/NotPrincipal, when present, is "*" or an object of "AWS", "Service", "Federated" or "CanonicalUser" to a
/// string or list of strings; Sid and other unknown elements are ignored. Element names are case-sensitive. Returns std::nullopt
/// and sets `*problem` (when not null) to one user-facing sentence naming the place, e.g.
/// `policyDocument.Statement[1].Effect must be Allow or Deny; got "allow"`.
std::optional<Policy> parsePolicy(const QJsonValue &policyDocument, QString *problem);

/// The outcome of evaluating a policy for one request.
struct Decision
{
    enum class Kind { Allow, ExplicitDeny, ImplicitDeny };
    Kind kind = Kind::ImplicitDeny;
    int statement = -1; ///< the deciding statement (Allow / explicit Deny); -1 for an implicit deny
    QString pattern; ///< the deciding Resource pattern; empty for NotResource and implicit denies
    /// Statements that applied to the request but carry a Condition, which was not evaluated: such an Allow
    /// was skipped, such a Deny was applied.
    QList<int> conditionalStatements;
    /// With RequestFacts: what became of each statement, in document order, for the inspector.
    struct StatementOutcome
    {
        int statement = 0;
        bool applies = false; ///< it decided or could have decided: action, resource, principal and condition hold
        QString note;         ///< one phrase: what matched, or the first thing that did not
    };
    QList<StatementOutcome> statements;
    /// One or two plain sentences for a developer: which statement matched which ARN, or why none did (the
    /// nearest resource pattern and where it stops matching).
    QString explanation;
};

/// Evaluates like IAM: an explicit Deny that applies wins, else an Allow that applies allows, else the
/// request is implicitly denied. A statement applies when its Action (or NotAction) covers `action` and its
/// Resource (or NotResource) covers `resourceArn`. Conditions are not evaluated: a statement with a Condition
/// is taken to hold when it is a Deny and not to hold when it is an Allow (fail closed), and is listed in
/// Decision::conditionalStatements. With Version "2012-10-17", ${*}, ${?} and ${$} in a Resource stand for a
/// literal *, ? and $; any other ${...} policy variable has no value here, so that pattern matches nothing.
Decision evaluate(const Policy &policy, QStringView action, QStringView resourceArn);
/// The same, for an action held as a QLatin1StringView constant.
Decision evaluate(const Policy &policy, QLatin1StringView action, QStringView resourceArn);

/// Who asks and from where, for a resource policy: with these, evaluate() also checks Principal and evaluates the
/// Condition operators it supports (IpAddress and NotIpAddress on aws:SourceIp, also with IfExists).
struct RequestFacts
{
    /// The caller's ARN ("arn:aws:iam::123456789012:user/alice", "arn:aws:sts::123456789012:assumed-role/R/s");
    /// empty for an anonymous (unsigned) caller.
    QString principalArn;
    QString principalAccount; ///< the caller's account id; empty for an anonymous caller
    QString sourceIp;         ///< aws:SourceIp: the client address as text, IPv4 or IPv6
};

/// Evaluates a resource policy for one request. A statement applies when its action and resource cover the request
/// (as above), its Principal covers the caller and its Condition holds. Principal "*" (or {"AWS": "*"}) covers
/// everyone, anonymous callers included; an account id or "arn:aws:iam::ACCOUNT:root" covers every signed caller of
/// that account; a user or role ARN covers that caller (a role also covers its assumed-role sessions); a statement
/// without Principal covers nobody. Conditions with operators or keys Gatehouse does not evaluate fail closed as in
/// the overload above, and say so in Decision::statements.
Decision evaluate(const Policy &policy, QStringView action, QStringView resourceArn, const RequestFacts &facts);

/// Does `address` (IPv4 or IPv6 text; an IPv4-mapped IPv6 address counts as IPv4) fall in `cidr` ("192.0.2.0/24",
/// "203.0.113.7", "2001:db8::/32")? `valid` (when not null) is set to whether `cidr` is a well-formed block.
bool ipInCidr(QStringView address, QStringView cidr, bool *valid = nullptr);

/// IAM ARN matching for Resource elements: `*` matches any run of characters (also none) and `?` exactly one,
/// case-sensitively. "*" alone matches every ARN. In the first five colon-separated segments (arn, partition,
/// service, region, account) a wildcard stays within its segment, except a `*` that ends a segment, which may
/// match across colons; in the resource part (after the fifth colon) wildcards match any character, `/` and
/// `:` included. Policy variables are not expanded here.
bool arnMatches(QStringView pattern, QStringView arn);

/// IAM Action matching ("execute-api:Invoke", "execute-api:*", "execute-api:Inv?ke", "*"): `*` and `?`
/// wildcards, case-insensitive.
bool actionMatches(QStringView pattern, QStringView action);

} // namespace gw::auth
