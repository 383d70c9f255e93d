// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httpheaders.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace gw {

/// One pipeline step as it ran for one request.
struct StepSpan
{
    QLatin1StringView name;      ///< the step's name()
    qint64 startUs = 0;          ///< from the exchange's start
    qint64 durationUs = 0;       ///< onRequest time, including any pending wait
    bool responded = false;      ///< the step answered early (outcome "respond")
    QString detail;              ///< detail code, e.g. "route.no_match" or "integration.mock"
    QString note;                ///< plain words for the inspector ("matched GET /pets/{petId}")
};

/// What a Lambda integration or authorizer did for one request (the inspector's function tab).
struct LambdaTrace
{
    QString function;
    QString requestId;        ///< Lambda's request id
    QString purpose;          ///< "integration" or "authorizer"
    QByteArray event;         ///< what the function received (first bodyCaptureLimit bytes)
    QByteArray output;        ///< what it returned, or its error (first bodyCaptureLimit bytes)
    QStringList log;          ///< START, its output, END, REPORT
    QString status;           ///< "success", "function error", "timeout", ...
    QString errorType;
    QString errorMessage;
    bool coldStart = false;
    qint64 initUs = 0;
    qint64 durationUs = 0;
    qint64 queuedUs = 0;      ///< waited for a busy local instance (lambda::InvocationResult::queuedUs)
    int billedMs = 0;
    int memorySizeMb = 0;
    int maxMemoryUsedMb = 0;
};

/// What an authorizer (Lambda, JWT or Cognito user pool) decided for one request (the inspector's authorizer section,
/// $context.authorizer.*).
struct AuthorizerTrace
{
    QString name;               ///< the authorizer (security scheme) name
    QString type;               ///< "TOKEN", "REQUEST", "JWT" or "COGNITO_USER_POOLS"
    QString function;
    QString identity;           ///< the identity source values, joined: the cache key
    QString arn;                ///< the method (REST) or route (HTTP API) ARN the policy was evaluated against
    bool cacheHit = false;
    qint64 cachedAgeMs = 0;     ///< how old the cached result was
    QString principalId;
    QString usageIdentifierKey; ///< the API key the authorizer named (api-key-source AUTHORIZER)
    QJsonObject context;        ///< as the function returned it
    QByteArray policy;          ///< the policy document (or simple response) as returned, JSON
    QString decision;           ///< "allow", "deny", "unauthorized", "error"
    QString reason;             ///< one line: which statement decided, or what was wrong
    int status = 0;             ///< $context.authorizer.status: 200, 401, 403 or 500
    qint64 latencyUs = 0;       ///< the whole authorization ($context.authorizer.latency)
    qint64 integrationLatencyUs = -1; ///< the function call ($context.authorizer.integrationLatency); -1 on cache hits
    QString error;              ///< $context.authorizer.error

    // JWT (HTTP APIs, type "JWT") and Cognito user pool (REST, type "COGNITO_USER_POOLS") authorizers
    QJsonObject tokenHeader;    ///< the token's decoded header, once it parsed
    QJsonObject claims;         ///< the decoded claims, once they parsed (verified only when decision is "allow")
    /// The claims as API Gateway passes them on, every value a string ($context.authorizer.claims.*,
    /// $context.authorizer.jwt.claims.*, the events' requestContext.authorizer); set when allowed.
    QJsonObject claimValues;
    QStringList scopes;         ///< the token's scopes (its scope and scp claims)
    QStringList requiredScopes; ///< the route's or method's authorization scopes
    QStringList checks;         ///< every check in order, "pass: ..." or "fail: ...", the failed one last
    QString failedCheck;        ///< stable code of the failed check ("exp", "aud", "scope", "keys", ...); empty when allowed
    QString keyId;              ///< kid of the key that verified the signature
    QString keySource;          ///< where that key came from ("JWKS file ...", "local identity provider (in process)", ...)
};

/// What AWS_IAM (Signature Version 4) verification found for one request: the inspector's identity pane and
/// $context.identity.* (accessKey, caller, user, userArn, accountId).
struct IamTrace
{
    bool ok = false;
    bool presigned = false;           ///< the query-string (presigned URL) form
    QString accessKey;                ///< the access key id the request named
    QString credentialSource;         ///< where that key is declared: "project", "--credentials", "~/.aws/credentials [dev]"
    QString region, service, date, signedHeaders;
    QString canonicalRequest, stringToSign; ///< as the gateway computed them
    QStringList checks;               ///< every check in order, "pass: ..." or "fail: ..."
    QString failure;                  ///< the failing check in plain words; empty when ok
    QString gatewayResponseType;      ///< MISSING_AUTHENTICATION_TOKEN, INVALID_SIGNATURE, ...; empty when ok
    // The caller, when ok (as declared with the credential; empty when not declared).
    QString user;                     ///< $context.identity.user (the IAM user or role-session id)
    QString caller;                   ///< $context.identity.caller
    QString userArn;                  ///< $context.identity.userArn
    QString accountId;                ///< $context.identity.accountId
};

/// How a REST API's resource policy judged one request.
struct ResourcePolicyTrace
{
    /// When it was evaluated: "alone" (no authorization: an explicit Allow is needed), "before the authorizer"
    /// (Lambda authorizers: only an explicit Deny stops the request here), "with IAM, same account" (an explicit
    /// Deny stops the request) or "with IAM, cross-account" (an explicit Allow is needed too).
    QString phase;
    QString arn;                      ///< the method ARN evaluated
    QString principal;                ///< "anonymous" or the caller's ARN
    QString sourceIp;                 ///< aws:SourceIp
    QString decision;                 ///< the policy's own verdict: "allow", "explicit deny" or "implicit deny"
    bool allowed = false;             ///< whether the request went on
    int statement = -1;               ///< the deciding statement; -1 for an implicit deny
    struct Statement
    {
        int index = 0;
        QString effect;               ///< "Allow" or "Deny"
        bool applies = false;
        QString note;                 ///< what matched, or the first thing that did not
    };
    std::vector<Statement> statements;
    QString explanation;
};

/// One token bucket or quota a request was checked against (the inspector's traffic section, the 429 explanation).
struct TrafficCheck
{
    enum class Kind { UsagePlanMethod, UsagePlan, Quota, StageMethod, Stage, Account };
    Kind kind = Kind::Account;
    QString label;         ///< "usage plan basic, GET /pets", "account"
    double rate = 0;       ///< buckets: requests per second
    int burst = 0;         ///< buckets: capacity
    double tokens = 0;     ///< buckets: tokens before this request
    int limit = 0;         ///< quotas: requests per period
    qint64 used = 0;       ///< quotas: used in this period, this request included when allowed
    qint64 periodEndMs = 0;///< quotas: when the count resets
    bool allowed = false;
};

/// API key, usage plan and throttling decisions for one request.
struct TrafficTrace
{
    QString apiKeyName;    ///< the key's name in the project; empty when none was needed or sent
    QString apiKeyMasked;  ///< the value's last four characters
    QString apiKey;        ///< $context.identity.apiKey (access logs print it masked, unlike AWS: maskSecret())
    QString apiKeyId;      ///< $context.identity.apiKeyId
    QString usagePlan;
    std::vector<TrafficCheck> checks; ///< in AWS's order, up to the one that refused
};

/// One mapping template as it ran for one request (request template, integration response template or gateway
/// response template): which one was chosen and why, what it produced, and what went wrong where.
struct TemplateRender
{
    QString phase;         ///< "request", "response" or "gateway response"
    QString contentType;   ///< the template's content type key; empty when the body passed through
    QString selection;     ///< why: "Content-Type application/json", "Accept text/xml", "passthrough (WHEN_NO_MATCH)"
    bool passthrough = false;
    QString output;        ///< what it rendered (first bodyCaptureLimit characters), also when it failed part way
    QString error;         ///< parse or render error; empty when it worked
    int errorLine = 0;     ///< 1-based position of the error in the template; 0 when unknown
    int errorColumn = 0;
    QStringList warnings;  ///< "line:column: message"
    QStringList overrides; ///< what $context.requestOverride / responseOverride set ("responseOverride.status = 444")
};

/// What the mapping of a non-proxy integration (REST) or parameter mapping (HTTP APIs) did for one request: the
/// inspector's mapping tab.
struct MappingTrace
{
    std::vector<TemplateRender> templates;
    QStringList requestParameters;  ///< "integration.request.header.x = method.request.querystring.y → abc"
    QString selector;               ///< what selection patterns were matched against: "404" or a Lambda errorMessage
    QString selectorKind;           ///< "status code", "Lambda errorMessage" or "" (no integration response selection)
    QString matchedPattern;         ///< the integration response chosen ("default" for the default one); empty: none
    QString matchedStatus;          ///< its statusCode
    QString matchReason;            ///< plain words: "4\\d{2} matches 404 in full", "no pattern matched; default"
    QStringList responseParameters; ///< "method.response.header.x = integration.response.header.y → abc"
};

/// One rule of a model that a request body broke.
struct ValidationViolation
{
    QString pointer; ///< JSON pointer into the body ("" is the whole body, "/pets/0/name" a member)
    QString keyword; ///< the JSON Schema keyword that failed ("required", "enum", ...)
    QString message; ///< API Gateway's wording
};

/// What request validation checked for one request (the inspector's validation section).
struct ValidationTrace
{
    QString validator;                 ///< the x-amazon-apigateway-request-validators entry
    bool validateParameters = false;
    bool validateBody = false;
    QStringList requiredParameters;    ///< "method.request.header.h1", ... as checked, AWS's order
    QStringList missingParameters;     ///< the names of the missing or blank ones, AWS's order
    QString contentType;               ///< the content type that chose the model (application/json when none was sent)
    QString model;                     ///< the model validated against; empty when no model applied
    QString bodyOutcome;               ///< "valid", "invalid", "not JSON", "no model for the content type", "not checked"
    std::vector<ValidationViolation> violations;
    QString failedRule;                ///< "parameters", "body", or empty when the request passed
    QString errorString;               ///< $context.error.validationErrorString
};

/// What the stage cache did for one request.
struct CacheTrace
{
    QString key;                 ///< the cache key: method, resource path and the cacheKeyParameters' values
    int ttlSeconds = 0;
    bool hit = false;
    qint64 ageMs = 0;            ///< hits: how old the entry was
    QString outcome;             ///< "hit", "miss", "stored", "not stored: ...", "invalidated", ...
    bool invalidationRequested = false; ///< Cache-Control: max-age=0
    bool invalidationAuthorized = false;
    QString strategy;            ///< unauthorizedCacheControlHeaderStrategy that applied, when it did
};

/// The immutable trace of one finished request: what came in, what each step decided, what went out. Built by the
/// engine on the worker and then only read (by the UI, the trace file, the access log), so it is shared freely.
struct ExchangeRecord
{
    quint64 sequence = 0;       ///< order of arrival in this engine run (records are published as requests finish)
    /// Read from a HAR file (File ▸ Import HAR), not served by this gateway: only the request, the response, the
    /// start time and the total are known; nothing ran through the pipeline.
    bool imported = false;
    QString scheme;             ///< imported records: their URL's scheme when not "http" ("https"); else empty
    QString requestId;          ///< x-amzn-RequestId / apigw-requestid
    QString extendedRequestId;  ///< x-amz-apigw-id
    qint64 startEpochMs = 0;    ///< wall time the first byte arrived
    qint64 totalUs = 0;         ///< first byte to last byte out

    // What was addressed
    QString apiId;              ///< empty when no API was found
    QString protocol;           ///< "rest", "http" or "" when no API was found
    QString stage;
    QString deploymentId;       ///< the deployment that served the request (the canary's for canary requests)
    /// REST stages with a canary: the canary served this request ($context.isCanaryRequest is "true").
    bool canary = false;
    bool stageHasCanary = false; ///< the stage had a canary, so $context.isCanaryRequest has a value
    QString route;              ///< resource path (REST) or route key (HTTP API); empty when none matched
    QString connectionId;       ///< WebSocket APIs: the connection ($context.connectionId)
    QString eventType;          ///< WebSocket APIs: CONNECT, MESSAGE or DISCONNECT ($context.eventType)
    /// WebSocket APIs ($context.messageDirection): "IN" for what the client started (CONNECT, MESSAGE, DISCONNECT; a
    /// two-way route's reply is the response of that MESSAGE record), "OUT" for a message sent to the client on the
    /// gateway's own initiative (@connections POST, the window's Send): eventType MESSAGE, no route, one "send" step
    /// whose detail says who sent it, and the message as the response body.
    QString messageDirection;
    int disconnectStatusCode = 0; ///< WebSocket DISCONNECT: the close code ($context.disconnectStatusCode)
    QString disconnectReason;     ///< WebSocket DISCONNECT: why, in plain words ($context.disconnectReason)
    /// WebSocket metering, read by the cost model and the metrics store. A record stands for at most one data
    /// message each way: messagesIn is 1 for a client's message (MESSAGE IN, sized by requestBodySize); messagesOut
    /// is 1 when a data message went to the client (the reply or error message of a MESSAGE IN record, or the
    /// message of an OUT record; sized by responseBodySize). Control frames (ping, pong, close) are not messages.
    int messagesIn = 0;
    int messagesOut = 0;
    /// WebSocket DISCONNECT of a connection that was accepted: how long it was open, from the upgrade to the close,
    /// on the gateway's clock (connection minutes are billed from it); -1 on every other record.
    qint64 connectionDurationMs = -1;
    QString resourceId;
    QString endpoint;           ///< how the API was addressed: "host", "path" or "plain"
    QString host;

    // The request as received
    QString method;
    QString path;               ///< the request path as sent (percent-encoded), without the query
    QString stagePath;          ///< the path after the stage prefix ($context.path minus the stage)
    QString query;
    http::HttpHeaders requestHeaders;
    QByteArray requestBody;     ///< the first bodyCaptureLimit bytes
    qint64 requestBodySize = 0;
    QString sourceIp;
    quint16 sourcePort = 0;
    QString httpVersion;        ///< "HTTP/1.1"

    // The response as sent
    int status = 0;             ///< 0 when the client went away before a response
    http::HttpHeaders responseHeaders;
    QByteArray responseBody;    ///< the first bodyCaptureLimit bytes
    qint64 responseBodySize = 0;

    // What decided it
    std::vector<StepSpan> steps;
    QString stoppedAt;          ///< detail code of the step that answered early; empty when none did
    QString stoppedAtStep;      ///< that step's name
    QString errorType;          ///< gateway response type, e.g. "MISSING_AUTHENTICATION_TOKEN"
    QString errorMessage;       ///< $context.error.message
    QStringList explanation;    ///< plain-language lines: why this happened and what to change

    int integrationStatus = 0;
    qint64 integrationLatencyUs = -1;
    bool clientAborted = false;
    std::vector<std::shared_ptr<const LambdaTrace>> lambda; ///< functions this request invoked, in order
    std::shared_ptr<const AuthorizerTrace> authorizer;      ///< null when no authorizer ran
    std::shared_ptr<const TrafficTrace> traffic;            ///< null when no limit applied
    std::shared_ptr<const IamTrace> iam;                    ///< null when the method is not AWS_IAM
    std::shared_ptr<const ResourcePolicyTrace> resourcePolicy; ///< null when no resource policy was evaluated
    std::shared_ptr<const MappingTrace> mapping;            ///< null when nothing was mapped
    std::shared_ptr<const ValidationTrace> validation;      ///< null when the method has no request validator
    std::shared_ptr<const CacheTrace> cache;                ///< null when the method is not cached

    static constexpr qint64 bodyCaptureLimit = 256 * 1024;
};

using ExchangeRecordPtr = std::shared_ptr<const ExchangeRecord>;

} // namespace gw
