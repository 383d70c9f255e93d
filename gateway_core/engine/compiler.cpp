// SPDX-License-Identifier: GPL-3.0-or-later
#include "compiler.h"
#include "projectlint.h"

#include "auth/awscredentials.h"
#include "auth/localidentity.h"
#include "pipeline/gatewayresponses.h"
#include "steps/authorizer/authorizercache.h"
#include "steps/cache/cachestep.h"
#include "steps/authorizer/lambdaauthorizerstep.h"
#include "steps/authorizer/jwtauthorizerstep.h"
#include "steps/cors/corsstep.h"
#include "steps/http/httpintegrationstep.h"
#include "steps/httpproxy/httpproxystep.h"
#include "steps/iam/iamauthstep.h"
#include "websocket/wsconfig.h"
#include "steps/lambda/lambdacustomstep.h"
#include "steps/lambda/lambdaproxystep.h"
#include "steps/mapping/integrationresponses.h"
#include "steps/mock/mockstep.h"
#include "steps/resourcepolicy/resourcepolicystep.h"
#include "steps/route/routestep.h"
#include "steps/throttle/throttlestep.h"
#include "steps/unavailable/unavailablestep.h"
#include "steps/validation/validationstep.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace gw {

using Level = FidelityItem::Level;

QList<QLatin1StringView> pipelineOrder()
{
    // Validation after authorization and throttling (AWS validates the method request it has accepted), then the
    // stage cache, whose hits skip the integration.
    return {QLatin1StringView("route"),      QLatin1StringView("cors"),       QLatin1StringView("resourcepolicy"),
            QLatin1StringView("authorizer"), QLatin1StringView("throttle"),   QLatin1StringView("validation"),
            QLatin1StringView("cache"),      QLatin1StringView("integration")};
}

namespace {

/// A stable 10-character id for a resource, in the style of AWS's resource ids.
QString resourceIdFor(const QString &apiId, const QString &path)
{
    const QByteArray hash = QCryptographicHash::hash((apiId + QLatin1Char('|') + path).toUtf8(), QCryptographicHash::Sha1);
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString id;
    for (int i = 0; i < 10; ++i)
        id.append(QLatin1Char(alphabet[uchar(hash[i]) % 36]));
    return id;
}

bool isDefaultRoutePath(const QString &path)
{
    return path == QLatin1String("$default") || path == QLatin1String("/$default");
}

/// A TOKEN or REQUEST authorizer backed by a Lambda function (not Cognito, not JWT).
bool isLambdaAuthorizer(const doc::Node &scheme)
{
    const doc::Node &a = scheme[u"x-amazon-apigateway-authorizer"];
    const QString type = a[u"type"].toString().toLower();
    return (type == QLatin1String("token") || type == QLatin1String("request")) && !a[u"authorizerUri"].isNull();
}

/// A JWT authorizer (HTTP APIs) or a Cognito user pool authorizer (REST APIs).
bool isJwtAuthorizer(const doc::Node &scheme)
{
    const QString type = scheme[u"x-amazon-apigateway-authorizer"][u"type"].toString().toLower();
    return type == QLatin1String("jwt") || type == QLatin1String("cognito_user_pools");
}

/// A plain API key requirement (`x-api-key` in the header, no authorizer): REST's apiKeyRequired.
bool isApiKeyScheme(const doc::Node &scheme)
{
    return scheme[u"type"].toString() == QLatin1String("apiKey") && !scheme.contains(u"x-amazon-apigateway-authorizer")
        && !scheme.contains(u"x-amazon-apigateway-authtype")
        && scheme[u"name"].toString().compare(QLatin1String("x-api-key"), Qt::CaseInsensitive) == 0;
}

/// A security scheme for AWS_IAM: `x-amazon-apigateway-authtype: awsSigv4` (REST and HTTP APIs export it so).
bool isSigV4Scheme(const doc::Node &scheme)
{
    return scheme[u"x-amazon-apigateway-authtype"].toString().compare(QLatin1String("awsSigv4"), Qt::CaseInsensitive) == 0;
}

/// Does the operation require AWS_IAM: `x-amazon-apigateway-auth: {type: AWS_IAM}`, or a security scheme of type
/// awsSigv4?
bool requiresIam(const doc::Node &document, const model::Operation &op)
{
    if (op.body.contains(u"x-amazon-apigateway-auth"))
        return op.body[u"x-amazon-apigateway-auth"][u"type"].toString().compare(QLatin1String("AWS_IAM"), Qt::CaseInsensitive) == 0;
    const doc::Node &schemes = document[u"components"][u"securitySchemes"];
    const doc::Node &security = op.body.contains(u"security") ? op.body[u"security"] : document[u"security"];
    for (const doc::Node &requirement : security.items()) {
        for (const auto &[name, scopes] : requirement.members()) {
            Q_UNUSED(scopes);
            if (isSigV4Scheme(schemes[name]))
                return true;
        }
    }
    return false;
}

/// The keys AWS_IAM methods accept: the project's (with --credentials) first, then, unless the project turns them
/// off, the environment's AWS_ACCESS_KEY_ID and the shared AWS credentials and config files' profiles. The first
/// declaration of an access key id wins.
std::shared_ptr<const IamCredentialStore> iamCredentialStore(const model::Project &project, QList<io::Diagnostic> &problems)
{
    auto store = std::make_shared<IamCredentialStore>();
    for (const model::AccessCredential &c : project.credentials) {
        if (store->contains(c.accessKeyId))
            continue;
        IamPrincipal p;
        p.credential = {c.accessKeyId, c.secretAccessKey, c.sessionToken,
                        c.source.isEmpty() ? QStringLiteral("project") : c.source};
        p.user = c.user;
        p.arn = c.arn;
        p.accountId = c.effectiveAccountId();
        store->insert(c.accessKeyId, p);
    }
    if (!project.awsCredentialFiles)
        return store;
    const auth::AwsSharedCredentials shared = auth::loadAwsSharedCredentials();
    for (const QString &problem : shared.problems)
        problems.append({io::Diagnostic::Severity::Warning, {}, 0, 0, QStringLiteral("AWS credentials"), problem,
                         QStringLiteral("fix the file, or set awsCredentialFiles: false in the project")});
    for (const auth::Credential &c : shared.credentials()) {
        if (store->contains(c.accessKeyId))
            continue;
        IamPrincipal p;
        p.credential = c;
        p.accountId = QString(model::kLocalAccountId);
        store->insert(c.accessKeyId, p);
    }
    return store;
}

/// A REST API's resource policy (x-amazon-apigateway-policy, an object or its JSON text), with `execute-api:/...`
/// resources expanded. Null when there is none or it is unusable (reportDocumentExtensions says why).
std::shared_ptr<const ResourcePolicyConfig> resourcePolicyOf(const model::Api &api, const model::ApiDefinition &def,
                                                             QString *problem)
{
    const doc::Node &node = def.document[u"x-amazon-apigateway-policy"];
    if (node.isNull() || api.protocol != model::Protocol::Rest)
        return nullptr;
    QJsonValue json = node.toJson();
    if (json.isString()) {
        QJsonParseError error{};
        const QJsonDocument parsed = QJsonDocument::fromJson(json.toString().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError) {
            *problem = QStringLiteral("is not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset);
            return nullptr;
        }
        json = parsed.object();
    }
    auto cfg = std::make_shared<ResourcePolicyConfig>();
    cfg->apiId = api.id;
    std::optional<auth::Policy> policy = auth::parsePolicy(json, problem);
    if (!policy)
        return nullptr;
    for (auth::PolicyStatement &st : policy->statements) {
        for (QString &r : st.resources)
            r = expandExecuteApiShorthand(r, api.id, cfg->accountId);
        if (!st.hasPrincipal && problem->isEmpty())
            *problem = QStringLiteral("Statement[%1] has no Principal; AWS refuses such a resource policy, and Gatehouse "
                                      "applies the statement to no caller")
                           .arg(st.index);
    }
    cfg->policy = std::move(*policy);
    return cfg;
}

/// The project's API keys as one REST API stage sees them.
std::shared_ptr<const KeyRegistry> keyRegistryFor(const model::Project &project, const model::Api &api, const model::Stage &stage)
{
    auto keys = std::make_shared<KeyRegistry>();
    for (const model::ApiKey &k : project.apiKeys) {
        KeyGrant g;
        g.name = k.name;
        g.id = apiKeyIdFor(k.name);
        g.masked = k.masked();
        g.enabled = k.enabled;
        for (const QString &planName : k.usagePlans) {
            const model::UsagePlan *plan = project.usagePlan(planName);
            if (!plan)
                continue;
            for (const model::UsagePlanStage &ps : plan->stages) {
                if (ps.apiId == api.id && ps.stage == stage.name) {
                    g.plan = plan->name;
                    g.planThrottle = plan->throttle;
                    g.quota = plan->quota;
                    g.methodThrottles = ps.methodThrottles;
                }
            }
        }
        keys->insert(k.value, g);
    }
    return keys;
}

/// The security scheme names an operation requires (its own `security`, else the document's).
QStringList securitySchemesOf(const doc::Node &document, const model::Operation &op)
{
    const doc::Node &security = op.body.contains(u"security") ? op.body[u"security"] : document[u"security"];
    QStringList names;
    for (const doc::Node &requirement : security.items()) {
        for (const auto &[name, scopes] : requirement.members()) {
            Q_UNUSED(scopes);
            names.append(name);
        }
    }
    return names;
}

/// The scopes an operation's security requirement lists for scheme `name` (its authorizationScopes).
QStringList scopesOf(const doc::Node &document, const model::Operation &op, const QString &name)
{
    const doc::Node &security = op.body.contains(u"security") ? op.body[u"security"] : document[u"security"];
    QStringList scopes;
    for (const doc::Node &requirement : security.items()) {
        for (const doc::Node &scope : requirement[name].items())
            scopes.append(scope.toString());
    }
    return scopes;
}

/// The keys of the issuer `issuer` of authorizer `name`: declared in the project (a JWKS file or URL), the local
/// identity provider's (when it is the issuer, or acts for a Cognito pool), else the issuer's discovery document.
std::shared_ptr<JwksSource> keysFor(const model::Project &project, const model::Api &api, const QString &name,
                                    const QString &issuer, bool cognito, const CompileOptions &options,
                                    FidelityReport &report)
{
    const QString where = QStringLiteral("authorizer %1").arg(name);
    const model::AuthorizerKeys *declared = project.authorizerKeysFor(api.id, name);
    if (declared && !declared->jwksFile.isEmpty()) {
        const QString path = QDir(project.baseDir).absoluteFilePath(declared->jwksFile);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            const QString error = QStringLiteral("cannot read the JWKS file %1: %2").arg(path, file.errorString());
            report.add(Level::NotEmulated, api.id, where, error + QStringLiteral("; every token is refused"));
            return JwksSource::unavailable(error);
        }
        QString problem;
        std::optional<auth::JwkSet> keys = auth::parseJwks(file.read(1024 * 1024 + 1), &problem);
        if (!keys) {
            const QString error = QStringLiteral("the JWKS file %1 is not usable: %2").arg(path, problem);
            report.add(Level::NotEmulated, api.id, where, error + QStringLiteral("; every token is refused"));
            return JwksSource::unavailable(error);
        }
        return JwksSource::fixed(std::move(*keys), QStringLiteral("the JWKS file %1").arg(path));
    }
    if (declared && !declared->jwksUri.isEmpty())
        return JwksSource::remote(QUrl(declared->jwksUri), false);
    const auth::LocalIdentity *idp = options.identity.get();
    if (idp && !idp->issuer.isEmpty() && issuer == idp->issuer)
        return JwksSource::fixed(idp->jwks(), QStringLiteral("the local identity provider %1 (in process)").arg(idp->issuer));
    if (cognito && idp) {
        report.add(Level::Partial, api.id, where,
                   QStringLiteral("no JWKS is declared for user pool %1, so the local identity provider's key acts for it: "
                                  "tokens from `gatehouse token` are accepted, real Cognito tokens are not (declare "
                                  "authorizerKeys with jwksUri %1/.well-known/jwks.json to verify those)")
                       .arg(issuer));
        return JwksSource::fixed(idp->jwks(),
                                 QStringLiteral("the local identity provider, acting for user pool %1 (no JWKS declared)").arg(issuer));
    }
    return JwksSource::remote(QUrl(issuer), true);
}

/// Builds the JWT or Cognito user pool authorizer `name` of a deployment. Problems go to the report.
std::shared_ptr<const JwtAuthorizerConfig> compileJwtAuthorizer(const model::Project &project, const model::Api &api,
                                                                const QString &name, const doc::Node &scheme,
                                                                const CompileOptions &options, FidelityReport &report)
{
    const bool rest = api.protocol == model::Protocol::Rest;
    const doc::Node &a = scheme[u"x-amazon-apigateway-authorizer"];
    const QString where = QStringLiteral("authorizer %1").arg(name);
    auto cfg = std::make_shared<JwtAuthorizerConfig>();
    cfg->name = name;
    cfg->rest = rest;
    cfg->kind = a[u"type"].toString().toLower() == QLatin1String("jwt") ? JwtAuthorizerConfig::Kind::Jwt
                                                                          : JwtAuthorizerConfig::Kind::Cognito;
    const bool cognito = cfg->kind == JwtAuthorizerConfig::Kind::Cognito;
    if (cognito && !rest)
        report.add(Level::Partial, api.id, where,
                   QStringLiteral("HTTP APIs have no Cognito user pool authorizers (use a JWT authorizer with the pool as "
                                  "issuer); it runs as one"));

    // The identity source: the authorizer's, else the security scheme's header (Authorization by default).
    QString source;
    const doc::Node &identity = a[u"identitySource"];
    if (identity.isSequence() && !identity.items().empty())
        source = identity.items().front().toString();
    else if (!identity.isNull())
        source = identity.toString().section(QLatin1Char(','), 0, 0).trimmed();
    if (source.isEmpty())
        source = (rest ? QStringLiteral("method.request.header.%1") : QStringLiteral("$request.header.%1"))
                     .arg(scheme[u"name"].toString(QStringLiteral("Authorization")));
    QString error;
    if (const auto parsed = parseIdentitySource(source, rest, &error)) {
        cfg->identitySource = *parsed;
    } else {
        report.add(Level::NotEmulated, api.id, where, error + QStringLiteral("; the Authorization header is used"));
        cfg->identitySource = *parseIdentitySource(rest ? QStringLiteral("method.request.header.Authorization")
                                                        : QStringLiteral("$request.header.Authorization"),
                                                   rest, &error);
    }

    const model::AuthorizerKeys *declared = project.authorizerKeysFor(api.id, name);
    if (cognito) {
        static const QRegularExpression arn(QStringLiteral("^arn:aws[a-z-]*:cognito-idp:([a-z0-9-]+):[0-9]*:userpool/([A-Za-z0-9_-]+)$"));
        for (const doc::Node &p : a[u"providerARNs"].items()) {
            const QRegularExpressionMatch m = arn.match(p.toString());
            if (!m.hasMatch()) {
                report.add(Level::NotEmulated, api.id, where,
                           QStringLiteral("providerARNs entry `%1` is not a user pool ARN "
                                          "(arn:aws:cognito-idp:REGION:ACCOUNT:userpool/POOL_ID); it is ignored")
                               .arg(p.toString()));
                continue;
            }
            const QString issuer = QStringLiteral("https://cognito-idp.%1.amazonaws.com/%2").arg(m.captured(1), m.captured(2));
            cfg->issuers.append({issuer, keysFor(project, api, name, issuer, true, options, report)});
        }
        if (cfg->issuers.isEmpty())
            report.add(Level::NotEmulated, api.id, where,
                       QStringLiteral("has no user pool in providerARNs; every request it protects gets 401"));
        if (declared)
            cfg->audiences = declared->clientIds;
    } else {
        const doc::Node &jwt = a[u"jwtConfiguration"];
        const QString issuer = jwt[u"issuer"].toString();
        for (const doc::Node &aud : jwt[u"audience"].items())
            cfg->audiences.append(aud.toString());
        if (issuer.isEmpty())
            report.add(Level::NotEmulated, api.id, where,
                       QStringLiteral("jwtConfiguration.issuer is missing (AWS requires it); every request it protects gets 401"));
        else
            cfg->issuers.append({issuer, keysFor(project, api, name, issuer, false, options, report)});
        if (cfg->audiences.isEmpty())
            report.add(Level::Partial, api.id, where,
                       QStringLiteral("jwtConfiguration.audience is empty (AWS requires at least one); the audience is not checked"));
        if (!rest)
            report.add(Level::Partial, api.id, where,
                       QStringLiteral("www-authenticate error descriptions follow AWS's documented one (\"the token does not "
                                      "have a valid audience\"); the others are Gatehouse's wording"));
    }
    return cfg;
}

/// Builds the Lambda authorizer `name` of a deployment, with its own result cache. Problems go to the report.
std::shared_ptr<const LambdaAuthorizerConfig> compileLambdaAuthorizer(const model::Project &project, const model::Api &api,
                                                                      const QString &name, const doc::Node &scheme,
                                                                      FidelityReport &report)
{
    const bool rest = api.protocol == model::Protocol::Rest;
    const doc::Node &a = scheme[u"x-amazon-apigateway-authorizer"];
    auto cfg = std::make_shared<LambdaAuthorizerConfig>();
    cfg->name = name;
    cfg->restApi = rest;
    cfg->type = a[u"type"].toString().toLower() == QLatin1String("token") ? LambdaAuthorizerConfig::Type::Token
                                                                            : LambdaAuthorizerConfig::Type::Request;
    const QString where = QStringLiteral("authorizer %1").arg(name);
    cfg->function = model::functionNameFromUri(a[u"authorizerUri"].toString());
    if (cfg->function.isEmpty() || !project.function(cfg->function))
        report.add(Level::NotEmulated, api.id, where,
                   QStringLiteral("its function %1 is not defined locally; requests that need it get a 500 that says so "
                                  "(add it to the project's functions, or pass --function %1=RUNTIME:DIR:HANDLER)")
                       .arg(cfg->function.isEmpty() ? a[u"authorizerUri"].toString() : cfg->function));
    if (!rest && cfg->type == LambdaAuthorizerConfig::Type::Token)
        report.add(Level::Partial, api.id, where, QStringLiteral("HTTP APIs have no TOKEN authorizers; it runs as a REQUEST authorizer"));
    if (!rest)
        cfg->type = LambdaAuthorizerConfig::Type::Request;

    QStringList sources;
    const doc::Node &identity = a[u"identitySource"];
    if (identity.isSequence()) {
        for (const doc::Node &s : identity.items())
            sources.append(s.toString());
    } else if (!identity.isNull()) {
        sources.append(identity.toString());
    } else if (cfg->type == LambdaAuthorizerConfig::Type::Token) {
        // A TOKEN authorizer reads the header the security scheme names (Authorization by default).
        sources.append(QStringLiteral("method.request.header.%1").arg(scheme[u"name"].toString(QStringLiteral("Authorization"))));
    }
    QString error;
    cfg->identitySources = parseIdentitySources(sources, rest, &error);
    if (!error.isEmpty())
        report.add(Level::NotEmulated, api.id, where, error + QStringLiteral("; the authorizer runs without identity sources"));
    if (cfg->type == LambdaAuthorizerConfig::Type::Token
        && (cfg->identitySources.size() != 1 || cfg->identitySources.first().kind != IdentitySource::Kind::Header))
        report.add(Level::Partial, api.id, where, QStringLiteral("a TOKEN authorizer takes exactly one header as its identity source"));

    if (const QString expr = a[u"identityValidationExpression"].toString(); !expr.isEmpty()) {
        cfg->validation = QRegularExpression(QRegularExpression::anchoredPattern(expr));
        if (!cfg->validation.isValid())
            report.add(Level::NotEmulated, api.id, where,
                       QStringLiteral("identityValidationExpression `%1` is not a valid regular expression (%2); tokens are not "
                                      "checked against it")
                           .arg(expr, cfg->validation.errorString()));
        if (cfg->type != LambdaAuthorizerConfig::Type::Token)
            report.add(Level::Partial, api.id, where, QStringLiteral("identityValidationExpression applies to TOKEN authorizers only"));
    }

    bool ok = true;
    const doc::Node &ttl = a[u"authorizerResultTtlInSeconds"];
    cfg->ttlSeconds = ttl.isNull() ? (cfg->identitySources.isEmpty() ? 0 : 300) : int(ttl.toInteger(&ok, true));
    if (!ok || cfg->ttlSeconds < 0 || cfg->ttlSeconds > 3600) {
        report.add(Level::NotEmulated, api.id, where,
                   QStringLiteral("authorizerResultTtlInSeconds must be 0 to 3600; caching is off"));
        cfg->ttlSeconds = 0;
    }
    if (cfg->ttlSeconds > 0 && cfg->identitySources.isEmpty()) {
        report.add(Level::Partial, api.id, where,
                   QStringLiteral("caching needs identity sources (AWS refuses a cached authorizer without them); caching is off"));
        cfg->ttlSeconds = 0;
    }
    if (cfg->ttlSeconds > 0)
        cfg->cache = std::make_shared<AuthorizerCache>(qint64(cfg->ttlSeconds) * 1'000'000);

    if (!rest) {
        cfg->payloadVersion = a[u"authorizerPayloadFormatVersion"].toString(QStringLiteral("2.0"));
        if (cfg->payloadVersion != QLatin1String("1.0") && cfg->payloadVersion != QLatin1String("2.0")) {
            report.add(Level::NotEmulated, api.id, where,
                       QStringLiteral("authorizerPayloadFormatVersion must be 1.0 or 2.0; 2.0 is used"));
            cfg->payloadVersion = QStringLiteral("2.0");
        }
        cfg->simpleResponses = a[u"enableSimpleResponses"].toBool(false);
        if (cfg->simpleResponses && cfg->payloadVersion != QLatin1String("2.0")) {
            report.add(Level::NotEmulated, api.id, where,
                       QStringLiteral("enableSimpleResponses needs payload format 2.0 (AWS refuses it with 1.0); the function "
                                      "must return an IAM policy"));
            cfg->simpleResponses = false;
        }
    }
    if (!a[u"authorizerCredentials"].isNull())
        report.add(Level::Partial, api.id, where, QStringLiteral("authorizerCredentials (the role API Gateway assumes) are not used locally"));
    return cfg;
}

/// Report root-level settings that have no local effect yet.
void reportDocumentExtensions(const model::Api &api, FidelityReport &report)
{
    struct Known
    {
        const char *key;
        Level level;
        const char *message;
    };
    static const Known known[] = {
        {"x-amazon-apigateway-request-validators", Level::Partial,
         "requests are validated as on AWS (parameters, then the body's JSON Schema draft 4 model); "
         "$context.error.validationErrorString uses API Gateway's validator wording for type, enum, required, "
         "minimum/maximum, minLength/maxLength, pattern, items and additionalProperties, Gatehouse's for the rest and "
         "for bodies that are not JSON; for missing parameters it holds the message"},
        {"x-amazon-apigateway-minimum-compression-size", Level::NotEmulated, "responses are not compressed"},
        {"x-amazon-apigateway-endpoint-configuration", Level::Partial,
         "the API is served on the local endpoint; the endpoint type (EDGE, REGIONAL, PRIVATE) has no local effect"},
        {"x-amazon-apigateway-security-policy", Level::Partial, "TLS security policies have no effect on the local HTTP endpoint"},
        {"x-amazon-apigateway-endpoint-access-mode", Level::Partial, "the endpoint access mode has no local effect"},
    };
    for (const Known &k : known) {
        if (api.definition.document.contains(QString::fromLatin1(k.key)))
            report.add(k.level, api.id, QLatin1String(k.key), QLatin1String(k.message));
    }
    if (api.definition.document.contains(u"x-amazon-apigateway-policy")) {
        QString problem;
        const auto policy = resourcePolicyOf(api, api.definition, &problem);
        if (api.protocol != model::Protocol::Rest)
            report.add(Level::Partial, api.id, QStringLiteral("x-amazon-apigateway-policy"),
                       QStringLiteral("HTTP APIs have no resource policies; it is ignored"));
        else if (!policy)
            report.add(Level::NotEmulated, api.id, QStringLiteral("x-amazon-apigateway-policy"),
                       problem + QStringLiteral("; AWS would refuse it, and it is not enforced"));
        else if (!problem.isEmpty())
            report.add(Level::Partial, api.id, QStringLiteral("x-amazon-apigateway-policy"), problem);
        if (policy) {
            for (const auth::PolicyStatement &st : policy->policy.statements) {
                if (st.hasCondition)
                    report.add(Level::Partial, api.id, QStringLiteral("x-amazon-apigateway-policy Statement[%1]").arg(st.index),
                               QStringLiteral("conditions are evaluated for IpAddress/NotIpAddress on aws:SourceIp only; any "
                                              "other condition fails closed (a Deny applies, an Allow does not)"));
            }
        }
    }
    const doc::Node &responses = api.definition.document[u"x-amazon-apigateway-gateway-responses"];
    for (const auto &[type, response] : responses.members()) {
        for (const auto &[contentType, text] : response[u"responseTemplates"].members()) {
            auto parsed = vtl::Template::parse(text.toString());
            if (const auto *error = std::get_if<vtl::ParseError>(&parsed))
                report.add(Level::NotEmulated, api.id, QStringLiteral("gateway response %1").arg(type),
                           QStringLiteral("its %1 template does not parse (line %2:%3: %4); the default body is sent "
                                          "(status and headers are applied)")
                               .arg(contentType)
                               .arg(error->line)
                               .arg(error->column)
                               .arg(error->message));
        }
    }
    const doc::Node &schemes = api.definition.document[u"components"][u"securitySchemes"];
    for (const auto &[name, scheme] : schemes.members()) {
        if (scheme.contains(u"x-amazon-apigateway-authorizer") && !isLambdaAuthorizer(scheme) && !isJwtAuthorizer(scheme))
            report.add(Level::NotEmulated, api.id, QStringLiteral("authorizer %1").arg(name),
                       QStringLiteral("%1 authorizers are not run yet: requests to the methods that use it are served "
                                      "without authorization")
                           .arg(scheme[u"x-amazon-apigateway-authorizer"][u"type"].toString()));
    }
}

/// Report operation-level settings that have no local effect yet.
void reportOperation(const model::Api &api, const model::Operation &op, const QString &where, FidelityReport &report)
{
    const doc::Node &document = api.definition.document;
    const doc::Node &schemes = document[u"components"][u"securitySchemes"];
    for (const QString &name : securitySchemesOf(document, op)) {
        const doc::Node &scheme = schemes[name];
        if (scheme.isNull())
            report.add(Level::NotEmulated, api.id, where,
                       QStringLiteral("requires security scheme %1, which components.securitySchemes does not define").arg(name));
        else if (isLambdaAuthorizer(scheme) || isJwtAuthorizer(scheme) || isSigV4Scheme(scheme))
            continue;
        else if (isApiKeyScheme(scheme) && api.protocol == model::Protocol::Rest)
            continue;
        else if (isApiKeyScheme(scheme))
            report.add(Level::Partial, api.id, where,
                       QStringLiteral("requires an API key (%1), but HTTP APIs have no API keys; AWS ignores it").arg(name));
        else
            report.add(Level::NotEmulated, api.id, where,
                       QStringLiteral("uses the authorizer %1: not run yet, requests are served without authorization").arg(name));
    }
    if (requiresIam(document, op))
        report.add(Level::Partial, api.id, where,
                   QStringLiteral("AWS_IAM: SigV4 signatures are verified against the known access keys, but the caller's "
                                  "own IAM policies are not modelled: any valid signature by a known key is authorized "
                                  "unless the resource policy refuses it"));
}

/// The API's x-amazon-apigateway-binary-media-types.
QStringList binaryMediaTypesOf(const model::Api &api)
{
    QStringList out;
    for (const doc::Node &t : api.definition.document[u"x-amazon-apigateway-binary-media-types"].items())
        out.append(t.toString());
    return out;
}

/// The integration request side of a non-proxy REST integration: templates parsed now, so that a broken one is in
/// the fidelity report before any request selects it.
RequestMappingConfig requestMappingOf(const model::Api &api, const model::Integration &in, const QString &where,
                                      FidelityReport &report)
{
    RequestMappingConfig cfg;
    QStringList errors;
    cfg.templates = compileTemplates(in.requestTemplates, QStringLiteral("the request template"), &errors);
    for (const QString &e : std::as_const(errors))
        report.add(Level::NotEmulated, api.id, where, e);
    cfg.passthroughBehavior = in.passthroughBehavior.isEmpty() ? QStringLiteral("WHEN_NO_MATCH") : in.passthroughBehavior.toUpper();
    cfg.contentHandling = in.contentHandling;
    cfg.binaryMediaTypes = binaryMediaTypesOf(api);
    cfg.requestParameters = in.requestParameters;
    return cfg;
}

std::vector<CompiledIntegrationResponse> integrationResponsesOf(const model::Api &api, const model::Integration &in,
                                                                const QString &where, FidelityReport &report)
{
    QStringList errors;
    std::vector<CompiledIntegrationResponse> out = compileIntegrationResponses(in.responses, &errors);
    for (const QString &e : std::as_const(errors))
        report.add(Level::NotEmulated, api.id, where, e);
    return out;
}

/// HTTP APIs: requestParameters and responseParameters (append/overwrite/remove) of an integration.
HttpApiParameterMapping httpApiMappingOf(const model::Api &api, const model::Integration &in, const QString &where,
                                         FidelityReport &report)
{
    QStringList errors;
    HttpApiParameterMapping m = readHttpApiParameterMapping(in.requestParameters, in.extra[u"responseParameters"], &errors);
    for (const QString &e : std::as_const(errors))
        report.add(Level::NotEmulated, api.id, where, e);
    if (m.responseUsesBody && in.type == model::IntegrationType::HttpProxy)
        report.add(Level::Partial, api.id, where,
                   QStringLiteral("response parameters that read $response.body get an empty value on HTTP proxy "
                                  "integrations: the body streams through unbuffered"));
    return m;
}

std::shared_ptr<Step> integrationStep(const model::Project &project, const model::Api &api, const model::Operation &op,
                                      const QString &where, bool defaultRoute, FidelityReport &report)
{
    const bool rest = api.protocol == model::Protocol::Rest;
    if (!op.integration) {
        const QString reason = QStringLiteral("%1 has no integration. AWS refuses to deploy an API with such a method "
                                              "(\"No integration defined for method\"); Gatehouse serves the other "
                                              "methods and answers this one with a 500.")
                                   .arg(where);
        report.add(Level::NotEmulated, api.id, where, QStringLiteral("has no integration; AWS would refuse to deploy it"));
        return std::make_shared<UnavailableIntegrationStep>(reason);
    }
    const model::Integration &in = *op.integration;
    if (!in.credentials.isEmpty())
        report.add(Level::Partial, api.id, where,
                   QStringLiteral("the integration's credentials (%1) are not used locally").arg(in.credentials));
    if (!in.contentHandling.isEmpty() && (in.type == model::IntegrationType::HttpProxy || in.type == model::IntegrationType::AwsProxy))
        report.add(Level::Partial, api.id, where,
                   QStringLiteral("contentHandling %1 has no effect on proxy integrations (as on AWS, where proxy "
                                  "integrations pass bodies through)")
                       .arg(in.contentHandling));
    if (in.connectionType == QLatin1String("VPC_LINK")) {
        // No VPC is reachable from here. An HTTP(S) URI (REST APIs' NLB URL) is called directly instead, which is
        // what local development wants when it names a local or reachable host; an ARN (HTTP APIs' ALB/NLB listener
        // or Cloud Map service) names nothing Gatehouse can call.
        const bool directUrl = (in.type == model::IntegrationType::Http || in.type == model::IntegrationType::HttpProxy)
            && (in.uri.startsWith(QLatin1String("http://")) || in.uri.startsWith(QLatin1String("https://")));
        if (!directUrl) {
            const QString reason = QStringLiteral("%1 integrates through VPC link %2 with %3, which cannot be reached "
                                                  "from this machine; it is answered as AWS answers an unreachable "
                                                  "integration. Give it an http(s) URI to have Gatehouse call that "
                                                  "directly.")
                                       .arg(where, in.connectionId, in.uri.isEmpty() ? QStringLiteral("no URI") : in.uri);
            report.add(Level::NotEmulated, api.id, where,
                       QStringLiteral("VPC link integrations cannot run locally; one with an http(s) URI is called "
                                      "directly"));
            return std::make_shared<UnavailableIntegrationStep>(reason);
        }
        report.add(Level::Partial, api.id, where,
                   QStringLiteral("VPC link %1 is not used locally: Gatehouse calls %2 directly from this machine")
                       .arg(in.connectionId, in.uri));
    }
    switch (in.type) {
    case model::IntegrationType::Mock: {
        auto cfg = std::make_shared<MockConfig>();
        cfg->request = requestMappingOf(api, in, where, report);
        cfg->responses = integrationResponsesOf(api, in, where, report);
        cfg->binaryMediaTypes = cfg->request.binaryMediaTypes;
        return std::make_shared<MockStep>(cfg);
    }
    case model::IntegrationType::HttpProxy: {
        auto cfg = std::make_shared<HttpProxyConfig>();
        cfg->restApi = rest;
        cfg->uri = in.uri;
        cfg->httpMethod = in.httpMethod;
        cfg->timeoutMs = in.effectiveTimeoutMs(rest);
        cfg->requestParameters = in.requestParameters;
        cfg->appendRequestPath = !rest && defaultRoute;
        cfg->insecureSkipVerification = in.tlsConfig[u"insecureSkipVerification"].toBool(false);
        if (!rest)
            cfg->httpApiMapping = httpApiMappingOf(api, in, where, report);
        if (!in.requestTemplates.isEmpty())
            report.add(Level::Partial, api.id, where, QStringLiteral("proxy integrations ignore request templates, as on AWS"));
        return std::make_shared<HttpProxyStep>(cfg);
    }
    case model::IntegrationType::Http: {
        auto cfg = std::make_shared<HttpIntegrationConfig>();
        cfg->uri = in.uri;
        cfg->httpMethod = in.httpMethod;
        cfg->timeoutMs = in.effectiveTimeoutMs(rest);
        cfg->insecureSkipVerification = in.tlsConfig[u"insecureSkipVerification"].toBool(false);
        cfg->request = requestMappingOf(api, in, where, report);
        cfg->responses = integrationResponsesOf(api, in, where, report);
        return std::make_shared<HttpIntegrationStep>(cfg);
    }
    case model::IntegrationType::AwsProxy:
        if (const QString fn = model::functionNameFromUri(in.uri); !fn.isEmpty() && in.integrationSubtype.isEmpty()) {
            if (!project.function(fn)) {
                const QString reason = QStringLiteral("%1 calls Lambda function %2, which is not defined locally. Add it to "
                                                      "the project's functions, or run `gatehouse serve FILE --function "
                                                      "%2=RUNTIME:DIR:HANDLER`.")
                                           .arg(where, fn);
                report.add(Level::NotEmulated, api.id, where,
                           QStringLiteral("Lambda function %1 is not defined locally; requests get a 500 that says so").arg(fn));
                return std::make_shared<UnavailableIntegrationStep>(reason);
            }
            auto cfg = std::make_shared<LambdaProxyConfig>();
            cfg->function = fn;
            cfg->restApi = rest;
            cfg->timeoutMs = in.effectiveTimeoutMs(rest);
            cfg->payloadVersion = in.payloadFormatVersion.isEmpty() ? (rest ? QStringLiteral("1.0") : QStringLiteral("2.0"))
                                                                    : in.payloadFormatVersion;
            cfg->binaryMediaTypes = binaryMediaTypesOf(api);
            if (!rest)
                cfg->httpApiMapping = httpApiMappingOf(api, in, where, report);
            return std::make_shared<LambdaProxyStep>(cfg);
        }
        [[fallthrough]];
    case model::IntegrationType::Aws: {
        if (const QString fn = model::functionNameFromUri(in.uri);
            in.type == model::IntegrationType::Aws && !fn.isEmpty() && project.function(fn)) {
            auto cfg = std::make_shared<LambdaCustomConfig>();
            cfg->function = fn;
            cfg->timeoutMs = in.effectiveTimeoutMs(rest);
            cfg->request = requestMappingOf(api, in, where, report);
            cfg->responses = integrationResponsesOf(api, in, where, report);
            for (const auto &[target, source] : in.requestParameters) {
                if (target.compare(QLatin1String("integration.request.header.X-Amz-Invocation-Type"), Qt::CaseInsensitive) == 0)
                    continue;
                report.add(Level::Partial, api.id, where,
                           QStringLiteral("%1 is recorded but not sent: a function receives only the mapped body (Gatehouse "
                                          "applies only X-Amz-Invocation-Type: Event among Lambda's Invoke headers)")
                               .arg(target));
            }
            return std::make_shared<LambdaCustomStep>(cfg);
        }
        const bool lambda = in.uri.contains(QLatin1String(":lambda:path/"))
            || (in.type == model::IntegrationType::AwsProxy && in.integrationSubtype.isEmpty());
        const QString what = lambda ? QStringLiteral("Lambda functions") : QStringLiteral("AWS service integrations");
        const QString reason = QStringLiteral("%1 calls %2 (%3), which this version of Gatehouse cannot run locally; it "
                                              "is answered as AWS answers when the integration cannot be invoked.")
                                   .arg(where, lambda ? QStringLiteral("a Lambda function") : QStringLiteral("an AWS service"),
                                        in.uri.isEmpty() ? in.integrationSubtype : in.uri);
        report.add(Level::NotEmulated, api.id, where,
                   QStringLiteral("%1 are not run locally yet; requests get a 500 that says so").arg(what));
        return std::make_shared<UnavailableIntegrationStep>(reason);
    }
    }
    return std::make_shared<UnavailableIntegrationStep>(QStringLiteral("unknown integration type"));
}

/// API keys, usage plans and throttling for one method or route.
std::shared_ptr<Step> throttleStep(const model::Project &project, const model::Api &api, const model::Stage &stage,
                                   const model::ApiDefinition &def, const model::Operation &op, const CompiledRoute &route,
                                   const std::shared_ptr<const KeyRegistry> &keys)
{
    const bool rest = api.protocol == model::Protocol::Rest;
    auto cfg = std::make_shared<ThrottleConfig>();
    cfg->restApi = rest;
    cfg->apiId = api.id;
    cfg->stage = stage.name;
    cfg->methodId = rest ? route.resourcePath + QLatin1Char('/') + route.method : route.routeKey;
    cfg->account = project.accountThrottle;
    if (rest) {
        const doc::Node &schemes = def.document[u"components"][u"securitySchemes"];
        for (const QString &name : securitySchemesOf(def.document, op))
            cfg->apiKeyRequired |= isApiKeyScheme(schemes[name]);
        cfg->keyFromAuthorizer = def.document[u"x-amazon-apigateway-api-key-source"].toString().toUpper() == QLatin1String("AUTHORIZER");
        cfg->keys = keys;
    }
    cfg->stageMethod = stage.throttle;
    for (const auto &[method, t] : stage.methodThrottles) {
        if (method == cfg->methodId) {
            cfg->stageMethod = t;
            cfg->stageMethodIsOverride = true;
        }
    }
    cfg->stageBucket = QStringLiteral("stage/%1/%2/%3").arg(api.id, stage.name, cfg->methodId);
    return std::make_shared<ThrottleStep>(cfg);
}

std::shared_ptr<const CorsConfig> corsOf(const model::Api &api, const model::ApiDefinition &def)
{
    const doc::Node *node = def.document.find(u"x-amazon-apigateway-cors");
    if (!node || api.protocol == model::Protocol::Rest)
        return nullptr;
    QString error;
    const doc::Node *at = nullptr;
    auto cors = CorsConfig::read(*node, &error, &at);
    return cors ? std::make_shared<const CorsConfig>(std::move(*cors)) : nullptr;
}

/// The cache settings of one REST method on a stage with a cache: the stage's defaults (GET methods cached), then
/// the method's overrides. Null when the method is not cached (disabled, or a TTL of 0).
std::shared_ptr<const CacheConfig> cacheConfigFor(const model::Api &api, const model::Stage &stage,
                                                  const model::Operation &op, const CompiledRoute &route,
                                                  const std::shared_ptr<StageCache> &cache)
{
    if (!cache || !stage.cache)
        return nullptr;
    const model::CacheSettings &settings = *stage.cache;
    auto cfg = std::make_shared<CacheConfig>();
    cfg->cache = cache;
    cfg->method = route.method;
    cfg->resourcePath = route.resourcePath;
    cfg->methodId = route.resourcePath + QLatin1Char('/') + route.method;
    cfg->ttlSeconds = settings.ttlSeconds;
    cfg->requireAuthorizationForCacheControl = settings.requireAuthorizationForCacheControl;
    cfg->unauthorizedStrategy = settings.unauthorizedCacheControlHeaderStrategy;
    bool enabled = route.method == QLatin1String("GET");
    for (const auto &[method, m] : settings.methods) {
        if (method != cfg->methodId)
            continue;
        enabled = m.enabled.value_or(enabled);
        cfg->ttlSeconds = m.ttlSeconds.value_or(cfg->ttlSeconds);
        cfg->requireAuthorizationForCacheControl = m.requireAuthorizationForCacheControl.value_or(cfg->requireAuthorizationForCacheControl);
        if (!m.unauthorizedCacheControlHeaderStrategy.isEmpty())
            cfg->unauthorizedStrategy = m.unauthorizedCacheControlHeaderStrategy;
    }
    if (!enabled || cfg->ttlSeconds <= 0)
        return nullptr;
    if (op.integration)
        cfg->cacheKeyParameters = op.integration->cacheKeyParameters;
    cfg->methodArnPrefix = QStringLiteral("arn:aws:execute-api:us-east-1:%1:%2/%3").arg(QString(model::kLocalAccountId), api.id, stage.name);
    return cfg;
}

/// What differs when compiling the canary half of a REST stage.
struct CanaryHalf
{
    std::shared_ptr<StageCache> cache; ///< the stage's cache when the canary uses it; null: canary requests bypass it
};

/// `canary`: compiling a stage's canary half (`stage` then carries the canary's deployment and variables).
std::shared_ptr<CompiledStage> compileStage(const model::Project &project, const model::Api &api,
                                            const model::Stage &stage,
                                            const model::ApiDefinition &def, const CompileOptions &options,
                                            FidelityReport &report, QList<io::Diagnostic> &problems,
                                            const CanaryHalf *canary = nullptr)
{
    // The deployment's CORS configuration: HTTP APIs apply it to every route, and answer preflights themselves.
    const std::shared_ptr<const CorsConfig> cors = corsOf(api, def);
    const bool rest = api.protocol == model::Protocol::Rest;
    auto cs = std::make_shared<CompiledStage>();
    cs->name = stage.name;
    cs->deploymentId = stage.deploymentId;
    cs->variables = stage.variables;
    cs->routes = routing::RouteTree(rest ? routing::RouteTree::Precedence::Rest : routing::RouteTree::Precedence::Http);
    const std::shared_ptr<const KeyRegistry> keys = rest ? keyRegistryFor(project, api, stage) : nullptr;
    if (canary) {
        cs->cache = canary->cache;
        cs->isCanary = true;
    } else if (stage.cache && stage.cache->clusterEnabled) {
        if (!rest)
            report.add(Level::NotEmulated, api.id, QStringLiteral("stage cache"),
                       QStringLiteral("HTTP APIs have no stage cache; the setting is ignored"), stage.name);
        else {
            cs->cache = std::make_shared<StageCache>(model::cacheClusterBytes(stage.cache->clusterSize));
            report.add(Level::Partial, api.id, QStringLiteral("stage cache"),
                       QStringLiteral("held in memory, bounded by the %1 GB cluster size in bytes with least-recently-used "
                                      "eviction (AWS does not document its eviction); redeploying starts an empty cache; "
                                      "only 2XX integration responses are stored")
                           .arg(stage.cache->clusterSize),
                       stage.name);
            report.add(Level::Partial, api.id, QStringLiteral("stage cache"),
                       QStringLiteral("Cache-Control: max-age=0 is honoured for AWS_IAM callers whose signature verifies "
                                      "(their IAM policies, and execute-api:InvalidateCache in Lambda authorizer policies, "
                                      "are not evaluated); SUCCEED_WITH_RESPONSE_HEADER adds a Warning header whose "
                                      "wording is Gatehouse's"),
                       stage.name);
        }
    }
    // Each authorizer is built once per stage, with the stage's own result cache.
    QHash<QString, std::shared_ptr<const LambdaAuthorizerConfig>> authorizers;
    QHash<QString, std::shared_ptr<const JwtAuthorizerConfig>> jwtAuthorizers;
    QString policyProblem;
    const std::shared_ptr<const ResourcePolicyConfig> resourcePolicy = resourcePolicyOf(api, def, &policyProblem);
    std::shared_ptr<const IamAuthConfig> iamConfig; // built when the first AWS_IAM route needs it
    for (const model::PathItem &pi : def.paths) {
        const bool defaultRoute = isDefaultRoutePath(pi.path);
        routing::PathTemplate tmpl;
        QString error;
        if (!defaultRoute && !routing::PathTemplate::parse(pi.path, &tmpl, &error)) {
            problems.append({io::Diagnostic::Severity::Error, {}, pi.line, 0,
                             QStringLiteral("apis[%1].paths.%2").arg(api.id, pi.path), error, {},
                             pi.operations.isEmpty() ? places::api(api.id)
                                                     : places::operation(api, pi.path, pi.operations.first().method)});
            continue;
        }
        for (const model::Operation &op : pi.operations) {
            CompiledRoute route;
            route.method = op.method;
            route.resourcePath = defaultRoute ? QStringLiteral("$default") : tmpl.path();
            route.routeKey = defaultRoute ? QStringLiteral("$default") : op.method + QLatin1Char(' ') + tmpl.path();
            route.resourceId = resourceIdFor(api.id, route.resourcePath);
            route.operationName = op.operationId();
            route.proxyIntegration = op.integration && (op.integration->type == model::IntegrationType::HttpProxy
                                                        || op.integration->type == model::IntegrationType::AwsProxy);
            reportOperation(api, op, route.routeKey, report);
            if (cors)
                route.steps.push_back(std::make_shared<CorsStep>(cors, CorsStep::Mode::Decorate));
            const bool iam = requiresIam(def.document, op);
            if (resourcePolicy && !iam) {
                // AWS_IAM methods evaluate the policy in their authorizer step, once the caller is known.
                bool lambdaAuthorizer = false;
                for (const QString &scheme : securitySchemesOf(def.document, op))
                    lambdaAuthorizer |= isLambdaAuthorizer(def.document[u"components"][u"securitySchemes"][scheme]);
                route.steps.push_back(std::make_shared<ResourcePolicyStep>(
                    resourcePolicy, lambdaAuthorizer ? ResourcePolicyPhase::BeforeAuthorizer : ResourcePolicyPhase::Alone));
            }
            if (iam) {
                if (!iamConfig) {
                    auto cfg = std::make_shared<IamAuthConfig>();
                    cfg->restApi = rest;
                    cfg->credentials = iamCredentialStore(project, problems);
                    cfg->resourcePolicy = resourcePolicy;
                    if (cfg->credentials->isEmpty())
                        report.add(Level::Partial, api.id, QStringLiteral("AWS_IAM"),
                                   QStringLiteral("no access keys are known, so every signed request is refused; declare "
                                                  "some with --credentials ACCESS_KEY_ID:SECRET or the project's credentials"),
                                   stage.name);
                    iamConfig = std::move(cfg);
                }
                route.steps.push_back(std::make_shared<IamAuthStep>(iamConfig));
            }
            for (const QString &scheme : iam ? QStringList() : securitySchemesOf(def.document, op)) {
                const doc::Node &node = def.document[u"components"][u"securitySchemes"][scheme];
                if (isJwtAuthorizer(node)) {
                    auto &jwtAuthorizer = jwtAuthorizers[scheme];
                    if (!jwtAuthorizer)
                        jwtAuthorizer = compileJwtAuthorizer(project, api, scheme, node, options, report);
                    route.steps.push_back(std::make_shared<JwtAuthorizerStep>(jwtAuthorizer, scopesOf(def.document, op, scheme)));
                    break; // one authorizer per method
                }
                if (!isLambdaAuthorizer(node))
                    continue;
                auto &authorizer = authorizers[scheme];
                if (!authorizer)
                    authorizer = compileLambdaAuthorizer(project, api, scheme, node, report);
                route.steps.push_back(std::make_shared<LambdaAuthorizerStep>(authorizer));
                break; // one authorizer per method
            }
            route.steps.push_back(throttleStep(project, api, stage, def, op, route, keys));
            if (auto validation = compileValidation(api, def, pi, op, route.routeKey, report))
                route.steps.push_back(std::make_shared<ValidationStep>(std::move(validation)));
            if (auto cache = cacheConfigFor(api, stage, op, route, cs->cache))
                route.steps.push_back(std::make_shared<CacheStep>(std::move(cache)));
            route.steps.push_back(integrationStep(project, api, op, route.routeKey, defaultRoute, report));
            const int index = int(cs->routeList.size());
            if (defaultRoute) {
                cs->routes.setDefaultRoute(index);
            } else if (!cs->routes.addRoute(tmpl, op.method, index, &error)) {
                problems.append({io::Diagnostic::Severity::Error, {}, pi.line, 0,
                                 QStringLiteral("apis[%1].paths.%2").arg(api.id, pi.path), error, {},
                                 places::operation(api, pi.path, op.method)});
                continue;
            }
            cs->routeList.push_back(std::move(route));
        }
    }
    cs->cors = cors;
    if (api.protocol == model::Protocol::Rest) {
        if (const doc::Node *node = def.document.find(u"x-amazon-apigateway-gateway-responses")) {
            QString error;
            const doc::Node *at = nullptr;
            if (auto responses = readGatewayResponses(*node, &error, &at))
                cs->gatewayResponses = std::make_shared<const GatewayResponses>(std::move(*responses));
        }
    }
    if (cors) {
        CompiledRoute preflight;
        preflight.method = QStringLiteral("OPTIONS");
        preflight.resourcePath = QStringLiteral("(CORS preflight)");
        preflight.routeKey = QStringLiteral("OPTIONS (CORS preflight)");
        preflight.steps.push_back(std::make_shared<CorsStep>(cors, CorsStep::Mode::Preflight));
        cs->corsPreflightRoute = std::move(preflight);
    }
    for (const auto &[key, value] : stage.extra.members()) {
        Q_UNUSED(value);
        if (key == QLatin1String("accessLogSettings")) {
            // Written by the window's gateway and `serve --stage-access-logs` (observe/stageaccesslog.h).
            report.add(Level::Partial, api.id, QStringLiteral("stage setting %1").arg(key),
                       QStringLiteral("lines go to a local file per stage (the window's Access Logs, or gatehouse "
                                      "serve --stage-access-logs DIR), not to CloudWatch Logs; destinationArn is "
                                      "not used"),
                       stage.name);
            continue;
        }
        report.add(Level::NotEmulated, api.id, QStringLiteral("stage setting %1").arg(key),
                   QStringLiteral("is kept but has no effect in this version"), stage.name);
    }
    return cs;
}

/// A REST stage's canary: compiles what its requests get into `base.canary` and sets up the split. A canary naming no
/// deployment of the API is a problem, and every request then gets the stage's deployment.
void compileCanary(const model::Project &project, const model::Api &api, const model::Stage &stage, CompiledStage &base,
                   const CompileOptions &options, quint64 seed, CompileResult &result)
{
    const model::CanarySettings &c = *stage.canary;
    const model::Deployment *d = api.deployment(c.deploymentId);
    if (!d) {
        io::Diagnostic problem;
        problem.severity = io::Diagnostic::Severity::Warning;
        problem.field = QStringLiteral("apis[%1].stages[%2].canarySettings.deploymentId").arg(api.id, stage.name);
        problem.message = QStringLiteral("the canary names a deployment `%1` that this API does not have, so every "
                                         "request gets the stage's deployment")
                              .arg(c.deploymentId);
        problem.hint = QStringLiteral("pick one of the API's deployments for the canary, or remove it");
        result.problems.append(std::move(problem));
        return;
    }
    model::Stage half = stage;
    half.deploymentId = c.deploymentId;
    half.canary.reset();
    for (const auto &[name, value] : c.stageVariableOverrides) {
        bool replaced = false;
        for (auto &v : half.variables) {
            if (v.first == name) {
                v.second = value;
                replaced = true;
            }
        }
        if (!replaced)
            half.variables.append({name, value});
    }
    CanaryHalf h;
    if (c.useStageCache)
        h.cache = base.cache;
    base.canary = compileStage(project, api, half, d->definition, options, result.fidelity, result.problems, &h);
    base.canarySplit = std::make_shared<const CanarySplit>(c.percentTraffic, seed);
    result.fidelity.add(FidelityItem::Level::Partial, api.id, QStringLiteral("canary"),
                        QStringLiteral("%1% of requests, picked at random, get deployment %2 with the canary's stage "
                                       "variables ($context.isCanaryRequest is true, the traffic view marks them); AWS's "
                                       "separate canary log groups and metrics are not emulated")
                            .arg(QString::number(c.percentTraffic, 'g', QLocale::FloatingPointShortest), c.deploymentId),
                        stage.name);
}

/// What `stage` serves: the working definition (auto-deploying stages) or its deployment's snapshot. Null, with a
/// problem saying so, when the stage points at no deployment.
const model::ApiDefinition *servedDefinition(const model::Api &api, const model::Stage &stage, CompileResult &result)
{
    if (stage.autoDeploy)
        return &api.definition;
    if (const model::Deployment *d = api.deployment(stage.deploymentId))
        return &d->definition;
    result.problems.append({io::Diagnostic::Severity::Warning, {}, 0, 0,
                            QStringLiteral("apis[%1].stages[%2]").arg(api.id, stage.name),
                            stage.deploymentId.isEmpty()
                                ? QStringLiteral("the stage has no deployment, so it serves nothing")
                                : QStringLiteral("the stage points at deployment %1, which the API does not have, so "
                                                 "it serves nothing")
                                      .arg(stage.deploymentId),
                            QStringLiteral("deploy the API to this stage"), places::stage(api.id, stage.name)});
    return nullptr;
}

/// A WebSocket API: its stages carry the routes (websocket/), not an HTTP route table.
void compileWebSocketApi(const model::Project &project, const model::Api &api, CompiledApi &ca,
                         std::shared_ptr<const IamCredentialStore> &credentials, CompileResult &result)
{
    ca.title = api.definition.document[u"name"].toString();
    for (const model::Stage &stage : api.stages) {
        const model::ApiDefinition *def = servedDefinition(api, stage, result);
        if (!def)
            continue;
        if (!credentials)
            credentials = iamCredentialStore(project, result.problems);
        auto cs = std::make_shared<CompiledStage>();
        cs->name = stage.name;
        cs->deploymentId = stage.deploymentId;
        cs->variables = stage.variables;
        cs->websocket = websocket::compileStage(project, api, stage, *def, credentials, result.fidelity, result.problems);
        if (cs->websocket)
            ca.stages.push_back(std::move(cs));
    }
}

} // namespace

CompileResult compileProject(const model::Project &project, const CompileOptions &options)
{
    CompileResult result;
    auto gateway = std::make_shared<CompiledGateway>();
    std::shared_ptr<const IamCredentialStore> wsCredentials; // built when the first WebSocket API needs it
    for (const model::Api &api : project.apis) {
        auto ca = std::make_shared<CompiledApi>();
        ca->id = api.id;
        ca->title = api.definition.title();
        ca->protocol = api.protocol;
        ca->routeStep = std::make_shared<RouteStep>();
        if (api.protocol == model::Protocol::WebSocket) {
            compileWebSocketApi(project, api, *ca, wsCredentials, result);
            gateway->apis.push_back(std::move(ca));
            continue;
        }
        reportDocumentExtensions(api, result.fidelity);
        for (const model::Stage &stage : api.stages) {
            const model::ApiDefinition *def = servedDefinition(api, stage, result);
            if (!def)
                continue;
            std::shared_ptr<CompiledStage> cs = compileStage(project, api, stage, *def, options, result.fidelity,
                                                             result.problems);
            if (stage.canary && api.protocol == model::Protocol::Rest) {
                const quint64 seed = options.canarySeed ? *options.canarySeed + quint64(ca->stages.size())
                                                        : QRandomGenerator::system()->generate64();
                compileCanary(project, api, stage, *cs, options, seed, result);
            }
            ca->stages.push_back(std::move(cs));
        }
        gateway->apis.push_back(std::move(ca));
    }
    // What the template the project came from declares and nothing here runs.
    for (const model::SourceNote &n : project.sourceNotes) {
        FidelityItem item;
        item.level = n.partial ? FidelityItem::Level::Partial : FidelityItem::Level::NotEmulated;
        item.apiId = n.apiId;
        item.where = n.where;
        item.message = n.message;
        item.file = n.file;
        item.line = n.line;
        item.logicalId = n.logicalId;
        result.fidelity.items.append(std::move(item));
    }
    gateway->functions = project.functions;
    gateway->baseDir = project.baseDir;
    result.gateway = std::move(gateway);
    return result;
}

} // namespace gw
