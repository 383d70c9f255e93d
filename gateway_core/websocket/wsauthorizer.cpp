// SPDX-License-Identifier: GPL-3.0-or-later
#include "wsauthorizer.h"

#include "wssession.h"

#include "auth/iampolicy.h"
#include "auth/sigv4.h"
#include "common/clock.h"
#include "lambda/lambdaservice.h"
#include "observe/contextvalues.h"
#include "steps/authorizer/authorizercache.h"
#include "steps/authorizer/lambdaauthorizerstep.h"
#include "steps/iam/iamauthstep.h"
#include "steps/lambda/exchangeinvoke.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

// AWS facts relied on here ("Control access to WebSocket APIs with AWS Lambda REQUEST authorizers", "Control access
// to WebSocket APIs with IAM authorization", AWS::ApiGatewayV2::Authorizer):
// - Only $connect is authorized; only REQUEST authorizers; methodArn is arn:aws:execute-api:REGION:ACCOUNT:API/STAGE/
//   $connect; the event is the $connect event plus type, methodArn, headers, multiValueHeaders,
//   queryStringParameters, multiValueQueryStringParameters, stageVariables and requestContext.
// - A missing identity source answers 401 without calling the function; the function's answer is read as a REST
//   authorizer's (principalId, policyDocument, flat context); the later events carry requestContext.authorizer with
//   principalId and the context's keys.
// - AWS_IAM on $connect verifies the upgrade request's SigV4 signature (service execute-api).
// Assumptions (the handshake's error bodies are not documented): 401 {"message":"Unauthorized"}, 403
// {"message":"Forbidden"} for a policy that does not allow $connect and for an unsigned IAM request (as HTTP APIs, the
// other ApiGatewayV2 type, answer), SigV4's own message for a wrong signature, 500 {"message":"Internal server
// error"} for an authorizer that fails. AWS documents authorizerResultTtlInSeconds for HTTP API authorizers only, so
// caching is off unless the project asks for it, and the fidelity report says so when it does.

namespace gw::websocket {

namespace {

constexpr QLatin1StringView kInvoke("execute-api:Invoke");

QByteArray messageBody(const char *message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("message"), QLatin1String(message)}}).toJson(QJsonDocument::Compact);
}

/// A value of the $connect event's requestContext by dotted path ("identity.sourceIp"), as text.
QString contextValueOf(const QJsonObject &requestContext, const QString &path)
{
    QJsonValue v = requestContext;
    for (const QString &part : path.split(QLatin1Char('.')))
        v = v.toObject().value(part);
    return stringifiedContextValue(v);
}

QString identityValue(const model::WsIdentitySource &source, const WsHandshake &handshake, const QJsonObject &event,
                      const QList<QPair<QString, QString>> &stageVariables)
{
    switch (source.kind) {
    case model::WsIdentitySource::Kind::Header: {
        const QByteArrayList values = handshake.headers.values(source.name.toLatin1());
        return values.isEmpty() ? QString() : QString::fromUtf8(values.join(','));
    }
    case model::WsIdentitySource::Kind::Query:
        return event.value(QLatin1String("queryStringParameters")).toObject().value(source.name).toString();
    case model::WsIdentitySource::Kind::StageVariable:
        for (const auto &[name, value] : stageVariables) {
            if (name == source.name)
                return value;
        }
        return QString();
    case model::WsIdentitySource::Kind::Context:
        return contextValueOf(event.value(QLatin1String("requestContext")).toObject(), source.name);
    }
    return QString();
}

/// Builds the verdict of a CUSTOM authorization step by step; shared by the call's callbacks.
struct LambdaRun
{
    std::shared_ptr<const LambdaAuthorizerConfig> config;
    QString methodArn;
    std::shared_ptr<WsAuthVerdict> verdict;
    std::shared_ptr<AuthorizerTrace> trace;
    const Clock *clock = nullptr;

    void finish()
    {
        verdict->durationUs = clock->nowUs() - verdict->startUs;
        trace->latencyUs = verdict->durationUs;
        verdict->authorizer = trace;
    }

    void unauthorized(const QString &detail, const QString &reason)
    {
        trace->decision = QStringLiteral("unauthorized");
        trace->reason = reason;
        trace->status = 401;
        trace->error = QStringLiteral("Unauthorized");
        verdict->status = 401;
        verdict->body = messageBody("Unauthorized");
        verdict->detail = detail;
        verdict->note = QStringLiteral("401 Unauthorized");
        verdict->explanation.append(reason);
        finish();
    }

    void fail(const QString &reason)
    {
        trace->decision = QStringLiteral("error");
        trace->reason = reason;
        trace->status = 500;
        trace->error = reason;
        verdict->status = 500;
        verdict->body = messageBody("Internal server error");
        verdict->detail = QStringLiteral("authorizer.error");
        verdict->note = reason;
        verdict->explanation.append(QStringLiteral("Authorizer %1 failed: %2. API Gateway refuses the connection with "
                                                   "500 and does not run $connect's integration.")
                                        .arg(config->name, reason));
        finish();
    }

    /// Applies a fresh or cached answer: the policy decides.
    void apply(const AuthorizerAnswer &answer, std::optional<qint64> cachedAgeUs)
    {
        trace->principalId = answer.principalId;
        trace->context = answer.context;
        trace->policy = answer.raw;
        trace->cacheHit = cachedAgeUs.has_value();
        trace->cachedAgeMs = cachedAgeUs.value_or(0) / 1000;
        const QString from = cachedAgeUs ? QStringLiteral("the cached answer (%1 s old, for identity \"%2\")")
                                               .arg(*cachedAgeUs / 1'000'000)
                                               .arg(trace->identity)
                                         : QStringLiteral("its answer");
        const auth::Decision d = auth::evaluate(*answer.policy, kInvoke, methodArn);
        if (d.kind == auth::Decision::Kind::Allow) {
            trace->decision = QStringLiteral("allow");
            trace->status = 200;
            trace->reason = QStringLiteral("Authorizer %1 allowed %2 for principal %3 (%4). %5")
                                .arg(config->name, methodArn,
                                     answer.principalId.isEmpty() ? QStringLiteral("(none)") : answer.principalId, from,
                                     d.explanation);
            verdict->allowed = true;
            verdict->detail = cachedAgeUs ? QStringLiteral("authorizer.cached") : QStringLiteral("authorizer.allowed");
            verdict->note = QStringLiteral("principal %1%2")
                                .arg(answer.principalId, cachedAgeUs ? QStringLiteral(" (cached)") : QString());
            finish();
            return;
        }
        const bool explicitDeny = d.kind == auth::Decision::Kind::ExplicitDeny;
        trace->decision = QStringLiteral("deny");
        trace->status = 403;
        trace->reason = explicitDeny ? QStringLiteral("Authorizer %1 denied %2 with an explicit Deny in %3. %4")
                                           .arg(config->name, methodArn, from, d.explanation)
                                     : QStringLiteral("Authorizer %1's policy does not allow %2 (%3). %4")
                                           .arg(config->name, methodArn, from, d.explanation);
        verdict->status = 403;
        verdict->body = messageBody("Forbidden");
        verdict->detail = QStringLiteral("authorizer.denied");
        verdict->note = explicitDeny ? QStringLiteral("explicit Deny") : QStringLiteral("not allowed by the policy");
        verdict->explanation.append(trace->reason);
        verdict->explanation.append(QStringLiteral("A WebSocket authorizer's policy must allow execute-api:Invoke on %1 "
                                                   "(the event's methodArn) for the connection to open.")
                                        .arg(methodArn));
        finish();
    }
};

void authorizeIam(const IamAuthConfig &cfg, const WsHandshake &handshake, const Clock *clock, WsAuthVerdict &v)
{
    auth::SigV4Request request;
    request.method = QByteArrayLiteral("GET");
    request.path = handshake.path;
    request.query = handshake.query;
    for (const auto &[name, value] : handshake.headers.fields())
        request.headers.append({name, value});
    auth::SigV4Result r;
    const std::shared_ptr<IamTrace> trace = verifyIamRequest(request, cfg, clock->epochMs() / 1000, &r);
    if (r.ok) {
        v.allowed = true;
        v.detail = QStringLiteral("authorizer.iam_allowed");
        v.note = QStringLiteral("signed by %1 (%2)%3")
                     .arg(r.accessKeyId, r.credentialSource, r.presigned ? QStringLiteral(", presigned URL") : QString());
    } else {
        const bool present = iamSignaturePresent(r);
        v.detail = iamFailureDetail(r);
        v.status = present ? r.status : 403;
        v.body = present ? QJsonDocument(QJsonObject{{QStringLiteral("message"), r.message}}).toJson(QJsonDocument::Compact)
                         : messageBody("Forbidden");
        v.errorType = r.errorType.toLatin1();
        const QString why = r.failure.isEmpty() ? r.message : r.failure;
        v.note = why;
        v.explanation.append(QStringLiteral("$connect requires AWS_IAM authorization and the upgrade request's "
                                            "Signature Version 4 was refused: %1")
                                 .arg(why));
        if (!present)
            v.explanation.append(QStringLiteral("Sign the upgrade request for service execute-api in region %1 with a "
                                                "key the gateway knows (--credentials ID:SECRET, the project's "
                                                "credentials, or ~/.aws/credentials): an Authorization header that "
                                                "signs host, or a presigned wss:// URL (X-Amz-* query parameters).")
                                     .arg(cfg.region));
    }
    v.iam = trace;
    v.durationUs = clock->nowUs() - v.startUs;
}

} // namespace

// WsAuthVerdict

QLatin1StringView WsAuthVerdict::stepName() const
{
    return iam ? QLatin1StringView("iam") : QLatin1StringView("authorizer");
}

void WsAuthVerdict::annotate(ExchangeRecord &record) const
{
    record.startEpochMs = startEpochMs;
    record.steps.push_back({stepName(), 0, durationUs, !allowed, detail, note});
    record.authorizer = authorizer;
    record.iam = iam;
    if (lambda)
        record.lambda.push_back(lambda);
    record.explanation.append(explanation);
    if (allowed)
        return;
    record.status = status;
    record.responseBody = body;
    record.responseBodySize = body.size();
    record.stoppedAt = detail;
    record.stoppedAtStep = stepName();
    record.errorMessage = QJsonDocument::fromJson(body).object().value(QLatin1String("message")).toString();
    record.errorType = status == 401 ? QStringLiteral("UNAUTHORIZED")
        : status == 403             ? (iam ? (iam->gatewayResponseType.isEmpty() ? QStringLiteral("ACCESS_DENIED")
                                                                                 : iam->gatewayResponseType)
                                           : QStringLiteral("ACCESS_DENIED"))
                                    : QStringLiteral("AUTHORIZER_FAILURE");
}

QJsonObject WsAuthVerdict::eventAuthorizer() const
{
    if (!authorizer)
        return {};
    QJsonObject out;
    for (auto it = authorizer->context.begin(); it != authorizer->context.end(); ++it)
        out.insert(it.key(), stringifiedContextValue(it.value()));
    out.insert(QStringLiteral("principalId"), authorizer->principalId);
    out.insert(QStringLiteral("integrationLatency"),
               authorizer->integrationLatencyUs >= 0 ? authorizer->integrationLatencyUs / 1000 : 0);
    return out;
}

void WsAuthVerdict::addIdentity(QJsonObject &identity) const
{
    if (!iam || !iam->ok)
        return;
    identity.insert(QStringLiteral("accessKey"), iam->accessKey);
    identity.insert(QStringLiteral("accountId"), iam->accountId);
    if (!iam->caller.isEmpty())
        identity.insert(QStringLiteral("caller"), iam->caller);
    if (!iam->user.isEmpty())
        identity.insert(QStringLiteral("user"), iam->user);
    if (!iam->userArn.isEmpty())
        identity.insert(QStringLiteral("userArn"), iam->userArn);
}

QString WsAuthVerdict::principalId() const
{
    return authorizer ? authorizer->principalId : QString();
}

// Compiling

std::shared_ptr<const WsConnectAuthConfig> compileConnectAuth(const model::Project &project, const model::Api &api,
                                                              const model::Stage &stage, const model::WsDefinition &def,
                                                              std::shared_ptr<const IamCredentialStore> credentials,
                                                              FidelityReport &report, QList<io::Diagnostic> &problems)
{
    const model::WsRoute *connect = def.route(u"$connect");
    if (!connect || connect->authorizationType == model::WsAuthorizationType::None)
        return nullptr;
    auto cfg = std::make_shared<WsConnectAuthConfig>();
    cfg->methodArn = QStringLiteral("arn:aws:execute-api:%1:%2:%3/%4/$connect")
                         .arg(model::kLocalRegion, model::kLocalAccountId, api.id, stage.name);
    if (connect->authorizationType == model::WsAuthorizationType::AwsIam) {
        cfg->kind = WsConnectAuthConfig::Kind::Iam;
        auto iam = std::make_shared<IamAuthConfig>();
        iam->restApi = false;
        iam->credentials = std::move(credentials);
        if (!iam->credentials || iam->credentials->isEmpty())
            report.add(FidelityItem::Level::Partial, api.id, QStringLiteral("$connect AWS_IAM"),
                       QStringLiteral("no access keys are known, so every connection is refused; declare some with "
                                      "--credentials ACCESS_KEY_ID:SECRET or the project's credentials"),
                       stage.name);
        cfg->iam = std::move(iam);
        return cfg;
    }
    const model::WsAuthorizer *a = def.authorizer(connect->authorizerId);
    if (!a) // the loader refuses this; a definition built in code may still do it
        return nullptr;
    auto lambda = std::make_shared<LambdaAuthorizerConfig>();
    lambda->name = a->name;
    lambda->type = LambdaAuthorizerConfig::Type::Request;
    lambda->function = model::functionNameFromUri(a->uri);
    lambda->restApi = true;
    lambda->ttlSeconds = a->resultTtlInSeconds;
    for (const model::WsIdentitySource &s : a->identitySource) {
        IdentitySource source;
        source.kind = IdentitySource::Kind(int(s.kind)); // the same four kinds, in the same order
        source.name = s.name;
        source.text = s.text;
        lambda->identitySources.append(source);
    }
    if (a->resultTtlInSeconds > 0) {
        lambda->cache = std::make_shared<AuthorizerCache>(qint64(a->resultTtlInSeconds) * 1'000'000);
        report.add(FidelityItem::Level::Partial, api.id, QStringLiteral("authorizer %1").arg(a->name),
                   QStringLiteral("answers are cached for %1 s by identity; AWS documents authorizerResultTtlInSeconds "
                                  "for HTTP API authorizers only, so a WebSocket API on AWS may call the function on "
                                  "every $connect")
                       .arg(a->resultTtlInSeconds),
                   stage.name);
    }
    if (!project.function(lambda->function)) {
        problems.append({io::Diagnostic::Severity::Warning, {}, a->line, 0,
                         QStringLiteral("apis[%1].definition.authorizers.%2.authorizerUri").arg(api.id, a->name),
                         QStringLiteral("names a function `%1` that the project does not define; every $connect is "
                                        "refused with 500")
                             .arg(lambda->function),
                         QStringLiteral("add it under functions:")});
    }
    cfg->lambda = std::move(lambda);
    return cfg;
}

// Authorizing

void authorizeConnect(const WsConnectAuthConfig &config, const QList<QPair<QString, QString>> &stageVariables,
                      const WsHandshake &handshake, const QByteArray &connectEvent, const QString &requestId,
                      const Clock *clock, lambda::LambdaService *lambda, QObject *context,
                      std::function<void(WsAuthVerdict &&verdict)> done)
{
    auto verdict = std::make_shared<WsAuthVerdict>();
    verdict->requestId = requestId;
    verdict->startUs = clock->nowUs();
    verdict->startEpochMs = clock->epochMs();
    if (config.kind == WsConnectAuthConfig::Kind::Iam) {
        authorizeIam(*config.iam, handshake, clock, *verdict);
        done(std::move(*verdict));
        return;
    }

    auto run = std::make_shared<LambdaRun>();
    run->config = config.lambda;
    run->methodArn = config.methodArn;
    run->verdict = verdict;
    run->clock = clock;
    run->trace = std::make_shared<AuthorizerTrace>();
    const LambdaAuthorizerConfig &cfg = *config.lambda;
    AuthorizerTrace &trace = *run->trace;
    trace.name = cfg.name;
    trace.type = cfg.typeName();
    trace.function = cfg.function;
    trace.arn = config.methodArn;

    QJsonObject event = QJsonDocument::fromJson(connectEvent).object();
    QStringList identity;
    for (const IdentitySource &source : cfg.identitySources) {
        const QString value = identityValue({model::WsIdentitySource::Kind(int(source.kind)), source.name, source.text},
                                            handshake, event, stageVariables);
        if (value.isEmpty()) {
            run->unauthorized(QStringLiteral("authorizer.identity_missing"),
                              QStringLiteral("Authorizer %1 needs %2, which this upgrade request does not have (or has "
                                             "empty), so API Gateway answers 401 Unauthorized without calling function "
                                             "%3.")
                                  .arg(cfg.name, source.text, cfg.function));
            done(std::move(*verdict));
            return;
        }
        identity.append(value);
    }
    trace.identity = identity.join(QLatin1Char(','));
    const bool cacheable = cfg.cache && !identity.isEmpty();
    const QString cacheKey = identity.join(QChar(0x1f));
    if (cacheable) {
        if (const auto hit = cfg.cache->find(cacheKey, verdict->startUs)) {
            run->apply(*hit->answer, hit->ageUs);
            done(std::move(*verdict));
            return;
        }
    }
    if (!lambda) {
        run->fail(QStringLiteral("this gateway runs without a Lambda service"));
        done(std::move(*verdict));
        return;
    }

    // The REQUEST authorizer event: the $connect event with type, methodArn and stageVariables, without a body.
    event.remove(QStringLiteral("body"));
    event.remove(QStringLiteral("isBase64Encoded"));
    event.insert(QStringLiteral("type"), QStringLiteral("REQUEST"));
    event.insert(QStringLiteral("methodArn"), config.methodArn);
    QJsonObject variables;
    for (const auto &[name, value] : stageVariables)
        variables.insert(name, value);
    event.insert(QStringLiteral("stageVariables"), variables);
    const QByteArray payload = QJsonDocument(event).toJson(QJsonDocument::Compact);
    auto call = std::make_shared<LambdaTrace>();
    call->function = cfg.function;
    call->purpose = QStringLiteral("authorizer");
    call->event = payload.left(ExchangeRecord::bodyCaptureLimit);
    verdict->lambda = call;

    QPointer<QObject> alive(context);
    auto finished = std::make_shared<bool>(false);
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    const qint64 callStartUs = clock->nowUs();
    const quint64 id = lambda->invoke(
        lambda::InvokeRequest{cfg.function, payload, {}, {}},
        [run, call, done, alive, finished, timer, cacheable, cacheKey, callStartUs](lambda::InvocationResult &&r) {
            if (*finished || !alive)
                return;
            *finished = true;
            timer->deleteLater();
            const LambdaAuthorizerConfig &c = *run->config;
            run->trace->integrationLatencyUs = run->clock->nowUs() - callStartUs;
            copyInvocationResult(r, call.get());
            if (r.status != lambda::InvocationResult::Status::Success) {
                if (r.status == lambda::InvocationResult::Status::FunctionError
                    && r.errorMessage == QLatin1String("Unauthorized")) {
                    run->unauthorized(QStringLiteral("authorizer.unauthorized"),
                                      QStringLiteral("Function %1 failed with the message \"Unauthorized\", which API "
                                                     "Gateway answers with 401 Unauthorized.")
                                          .arg(c.function));
                } else {
                    run->fail(QStringLiteral("function %1 failed: %2%3")
                                  .arg(c.function,
                                       r.errorType.isEmpty() ? lambda::InvocationResult::statusName(r.status) : r.errorType,
                                       r.errorMessage.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.errorMessage)));
                }
                done(std::move(*run->verdict));
                return;
            }
            QString problem;
            std::shared_ptr<AuthorizerAnswer> answer = parseAuthorizerAnswer(c, r.payload, &problem);
            if (!answer) {
                run->fail(QStringLiteral("function %1 answered something API Gateway cannot use: %2").arg(c.function, problem));
                done(std::move(*run->verdict));
                return;
            }
            answer->firstArn = run->methodArn;
            if (cacheable)
                c.cache->store(cacheKey, answer, run->clock->nowUs());
            run->apply(*answer, std::nullopt);
            done(std::move(*run->verdict));
        });
    QObject::connect(timer, &QTimer::timeout, context, [run, done, alive, finished, timer, id, lambda] {
        if (*finished || !alive)
            return;
        *finished = true;
        timer->deleteLater();
        lambda->cancel(id);
        run->fail(QStringLiteral("function %1 did not answer within %2 s")
                      .arg(run->config->function)
                      .arg(run->config->timeoutMs / 1000));
        done(std::move(*run->verdict));
    });
    timer->start(cfg.timeoutMs);
}

} // namespace gw::websocket
