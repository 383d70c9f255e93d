// SPDX-License-Identifier: GPL-3.0-or-later
#include "jwtauthorizerstep.h"

#include "common/jsontext.h"
#include "observe/contextvalues.h"
#include "pipeline/exchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace gw {

namespace {

/// The token's header, decoded without verifying anything (to pick the keys); empty when it does not decode.
QJsonObject peekHeader(QByteArrayView token)
{
    const qsizetype dot = token.indexOf('.');
    if (dot <= 0)
        return {};
    const std::optional<QByteArray> json = auth::base64UrlDecode(token.first(dot));
    return json ? QJsonDocument::fromJson(*json).object() : QJsonObject();
}

/// The token's claims, decoded without verifying anything (to pick the Cognito pool by iss).
QJsonObject peekClaims(QByteArrayView token)
{
    const qsizetype first = token.indexOf('.');
    const qsizetype second = first < 0 ? -1 : token.indexOf('.', first + 1);
    if (second < 0)
        return {};
    const std::optional<QByteArray> json = auth::base64UrlDecode(token.sliced(first + 1, second - first - 1));
    return json ? QJsonDocument::fromJson(*json).object() : QJsonObject();
}

/// The www-authenticate error_description for a failed check. AWS documents "the token does not have a valid
/// audience"; the other texts follow its wording.
QString errorDescription(const QString &failedCheck)
{
    if (failedCheck == QLatin1String("aud") || failedCheck == QLatin1String("client"))
        return QStringLiteral("the token does not have a valid audience");
    if (failedCheck == QLatin1String("iss"))
        return QStringLiteral("the token does not have a valid issuer");
    if (failedCheck == QLatin1String("exp"))
        return QStringLiteral("the token has expired");
    if (failedCheck == QLatin1String("nbf"))
        return QStringLiteral("the token is not valid yet");
    if (failedCheck == QLatin1String("iat"))
        return QStringLiteral("the token was issued in the future");
    if (failedCheck == QLatin1String("signature") || failedCheck == QLatin1String("key") || failedCheck == QLatin1String("kid"))
        return QStringLiteral("the token has an invalid signature");
    if (failedCheck == QLatin1String("alg") || failedCheck == QLatin1String("alg_none"))
        return QStringLiteral("the token's signing algorithm is not supported");
    if (failedCheck == QLatin1String("keys"))
        return QStringLiteral("the issuer's signing keys could not be retrieved");
    return QStringLiteral("the token is malformed");
}

QString epochText(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

/// Decides one request once the keys are known.
class JwtVerdict
{
public:
    JwtVerdict(Exchange &ex, const JwtAuthorizerConfig &cfg, const QStringList &scopes, std::shared_ptr<AuthorizerTrace> trace,
               qint64 startUs)
        : m_ex(ex)
        , m_cfg(cfg)
        , m_scopes(scopes)
        , m_trace(std::move(trace))
        , m_startUs(startUs)
    { }

    Outcome missingToken(const IdentitySource &source)
    {
        m_trace->checks.append(QStringLiteral("fail: the request has no token in %1").arg(source.text));
        m_trace->failedCheck = QStringLiteral("identity");
        return unauthorized(QStringLiteral("authorizer.identity_missing"),
                            QStringLiteral("Authorizer %1 needs a token in %2, which this request does not have (or has "
                                           "empty), so API Gateway answers 401 Unauthorized.")
                                .arg(m_cfg.name, source.text),
                            QString());
    }

    Outcome fail(const QString &failedCheck, const QString &why, const QString &detail = QStringLiteral("authorizer.invalid_token"))
    {
        if (m_trace->checks.isEmpty() || !m_trace->checks.last().startsWith(QLatin1String("fail:")))
            m_trace->checks.append(QStringLiteral("fail: ") + why);
        m_trace->failedCheck = failedCheck;
        return unauthorized(detail,
                            QStringLiteral("Authorizer %1 rejected the token: %2. API Gateway answers 401 Unauthorized.")
                                .arg(m_cfg.name, why),
                            errorDescription(failedCheck));
    }

    /// Verifies the token with `keys` and decides.
    Outcome verify(QByteArrayView token, const JwtAuthorizerConfig::Issuer &issuer, const JwksKeys &keys)
    {
        if (!keys.keys)
            return fail(QStringLiteral("keys"),
                        QStringLiteral("no keys to verify the token with: %1").arg(keys.error), QStringLiteral("authorizer.keys_unavailable"));
        auth::JwtCheck check;
        check.issuer = issuer.issuer;
        if (m_cfg.kind == JwtAuthorizerConfig::Kind::Jwt)
            check.audiences = m_cfg.audiences;
        const qint64 nowMs = m_ex.clock().epochMs();
        check.nowEpochSeconds = nowMs / 1000;
        const auth::JwtResult r = auth::verifyJwt(token, *keys.keys, check);
        m_trace->tokenHeader = r.header;
        m_trace->claims = r.claims;
        for (const QString &line : r.checks)
            m_trace->checks.append((r.ok || &line != &r.checks.last() ? QStringLiteral("pass: ") : QStringLiteral("fail: ")) + line);
        if (!r.keyDescription.isEmpty()) {
            m_trace->keyId = r.header.value(QLatin1String("kid")).toString();
            m_trace->keySource = keys.source;
            if (keys.fetchedMs >= 0)
                m_trace->keySource += QStringLiteral(", fetched %1 s ago").arg((nowMs - keys.fetchedMs) / 1000);
            const QString line = QStringLiteral("pass: the key %1 came from %2").arg(r.keyDescription, m_trace->keySource);
            if (r.ok)
                m_trace->checks.append(line);
            else
                m_trace->checks.insert(m_trace->checks.size() - 1, line);
        }
        if (!keys.error.isEmpty())
            m_trace->checks.insert(r.ok ? m_trace->checks.size() : m_trace->checks.size() - 1,
                                   QStringLiteral("note: the last key refresh failed (%1); the keys fetched before were used")
                                       .arg(keys.error));
        if (!r.ok) {
            QString why = r.failure;
            if (r.failedCheck == QLatin1String("exp") || r.failedCheck == QLatin1String("nbf") || r.failedCheck == QLatin1String("iat"))
                why += QStringLiteral(" (now %1)").arg(epochText(check.nowEpochSeconds));
            if ((r.failedCheck == QLatin1String("kid") || r.failedCheck == QLatin1String("key")) && !keys.source.isEmpty())
                why += QStringLiteral(" (keys from %1)").arg(keys.source);
            if (!m_trace->checks.isEmpty() && m_trace->checks.last().startsWith(QLatin1String("fail:")))
                m_trace->checks.last() = QStringLiteral("fail: ") + why;
            return fail(r.failedCheck, why);
        }
        m_trace->scopes = auth::jwtScopes(r.claims);
        if (m_cfg.kind == JwtAuthorizerConfig::Kind::Cognito) {
            if (const std::optional<Outcome> o = cognitoChecks(r.claims))
                return *o;
        }
        if (!m_scopes.isEmpty()) {
            QString matched;
            for (const QString &s : m_scopes) {
                if (m_trace->scopes.contains(s)) {
                    matched = s;
                    break;
                }
            }
            if (matched.isEmpty())
                return insufficientScope();
            m_trace->checks.append(QStringLiteral("pass: the token has the scope %1, one of the route's %2")
                                       .arg(matched, m_scopes.join(QLatin1Char(' '))));
        }
        for (auto it = r.claims.begin(); it != r.claims.end(); ++it)
            m_trace->claimValues.insert(it.key(), claimText(it.key(), it.value(), m_cfg.restApi()));
        m_trace->decision = QStringLiteral("allow");
        m_trace->status = 200;
        m_trace->reason = QStringLiteral("Authorizer %1 accepted the token of %2 (key %3 from %4).")
                              .arg(m_cfg.name, r.claims.value(QLatin1String("sub")).toString(QStringLiteral("(no sub)")),
                                   m_trace->keyId, m_trace->keySource);
        publish();
        m_ex.setDetail(QStringLiteral("authorizer.allowed"), m_trace->reason);
        return Outcome::Continue;
    }

private:
    /// Cognito's own rules: token_use is "id" (aud is the app client) or "access" (client_id is); methods with
    /// authorization scopes accept access tokens only.
    std::optional<Outcome> cognitoChecks(const QJsonObject &claims)
    {
        const QString use = claims.value(QLatin1String("token_use")).toString();
        if (use != QLatin1String("id") && use != QLatin1String("access"))
            return fail(QStringLiteral("token_use"),
                        QStringLiteral("token_use is %1; a Cognito user pool token says \"id\" or \"access\"")
                            .arg(use.isEmpty() ? QStringLiteral("missing") : QLatin1Char('"') + use + QLatin1Char('"')));
        m_trace->checks.append(QStringLiteral("pass: token_use is \"%1\"").arg(use));
        const QString client = use == QLatin1String("id") ? claims.value(QLatin1String("aud")).toString()
                                                          : claims.value(QLatin1String("client_id")).toString();
        const QLatin1StringView clientClaim = use == QLatin1String("id") ? QLatin1StringView("aud") : QLatin1StringView("client_id");
        if (client.isEmpty())
            return fail(QStringLiteral("client"), QStringLiteral("the %1 token has no %2 naming the app client").arg(use, clientClaim));
        if (!m_cfg.audiences.isEmpty() && !m_cfg.audiences.contains(client))
            return fail(QStringLiteral("client"), QStringLiteral("%1 %2 is not one of the app clients declared for the pool (%3)")
                                                      .arg(clientClaim, client, m_cfg.audiences.join(QStringLiteral(", "))));
        m_trace->checks.append(m_cfg.audiences.isEmpty()
                                   ? QStringLiteral("pass: %1 names the app client %2 (any client of the pool is accepted; "
                                                    "declare clientIds to check it)")
                                         .arg(clientClaim, client)
                                   : QStringLiteral("pass: %1 %2 is a declared app client").arg(clientClaim, client));
        if (!m_scopes.isEmpty() && use != QLatin1String("access"))
            return fail(QStringLiteral("scope"), QStringLiteral("the method requires the scopes %1, which only an access token "
                                                               "carries; this is an id token")
                                                     .arg(m_scopes.join(QLatin1Char(' '))),
                        QStringLiteral("authorizer.insufficient_scope"));
        return std::nullopt;
    }

    Outcome insufficientScope()
    {
        const QString why = QStringLiteral("the token's scopes (%1) include none of the route's %2")
                                .arg(m_trace->scopes.isEmpty() ? QStringLiteral("none") : m_trace->scopes.join(QLatin1Char(' ')),
                                     m_scopes.join(QLatin1Char(' ')));
        m_trace->checks.append(QStringLiteral("fail: ") + why);
        m_trace->failedCheck = QStringLiteral("scope");
        if (m_cfg.kind == JwtAuthorizerConfig::Kind::Cognito)
            return unauthorized(QStringLiteral("authorizer.insufficient_scope"),
                                QStringLiteral("Authorizer %1: %2. API Gateway answers 401 Unauthorized.").arg(m_cfg.name, why),
                                QString());
        m_trace->decision = QStringLiteral("deny");
        m_trace->status = 403;
        m_trace->error = QStringLiteral("Forbidden");
        m_trace->reason = QStringLiteral("Authorizer %1: %2, so API Gateway answers 403 Forbidden.").arg(m_cfg.name, why);
        publish();
        m_ex.explain(m_trace->reason);
        const Outcome o = m_ex.respond(GatewayResponse::AccessDenied, QStringLiteral("authorizer.insufficient_scope"),
                                       m_trace->reason, 403, QStringLiteral("Forbidden"));
        if (!m_cfg.restApi())
            m_ex.response().headers.append(QByteArrayLiteral("www-authenticate"),
                                       QStringLiteral("Bearer scope=\"%1\" error=\"insufficient_scope\" "
                                                      "error_description=\"the token does not have the required scope\"")
                                           .arg(m_scopes.join(QLatin1Char(' ')))
                                           .toUtf8());
        return o;
    }

    Outcome unauthorized(const QString &detail, const QString &reason, const QString &description)
    {
        m_trace->decision = QStringLiteral("unauthorized");
        m_trace->reason = reason;
        m_trace->status = 401;
        m_trace->error = QStringLiteral("Unauthorized");
        publish();
        m_ex.explain(reason);
        const Outcome o = m_ex.respond(GatewayResponse::Unauthorized, detail, reason);
        if (!m_cfg.restApi()) {
            // HTTP APIs say why in www-authenticate (RFC 6750); without a token there is no error to name.
            const QByteArray value = description.isEmpty()
                ? QByteArrayLiteral("Bearer")
                : QStringLiteral("Bearer scope=\"%1\" error=\"invalid_token\" error_description=\"%2\"")
                      .arg(m_scopes.join(QLatin1Char(' ')), description)
                      .toUtf8();
            m_ex.response().headers.append(QByteArrayLiteral("www-authenticate"), value);
        }
        return o;
    }

    void publish()
    {
        m_trace->latencyUs = m_ex.clock().nowUs() - m_startUs;
        m_ex.setAuthorizer(m_trace);
    }

    Exchange &m_ex;
    const JwtAuthorizerConfig &m_cfg;
    const QStringList &m_scopes;
    std::shared_ptr<AuthorizerTrace> m_trace;
    qint64 m_startUs;
};

} // namespace

QString claimText(const QString &name, const QJsonValue &value, bool restApi)
{
    switch (value.type()) {
    case QJsonValue::Double:
        if (restApi && (name == QLatin1String("exp") || name == QLatin1String("iat") || name == QLatin1String("auth_time"))
            && jsonWholeNumber(value, -1) >= 0 && jsonWholeNumber(value, -1) < 253402300800) // before year 10000
            return QLocale::c().toString(QDateTime::fromSecsSinceEpoch(jsonWholeNumber(value, 0), Qt::UTC),
                                         QStringLiteral("ddd MMM dd HH:mm:ss 'UTC' yyyy"));
        return stringifiedContextValue(value);
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts.append(claimText(QString(), v, restApi));
        return restApi ? parts.join(QLatin1Char(',')) : QLatin1Char('[') + parts.join(QLatin1Char(' ')) + QLatin1Char(']');
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::String:
    case QJsonValue::Bool:
        return stringifiedContextValue(value);
    default:
        return QString();
    }
}

Outcome JwtAuthorizerStep::onRequest(Exchange &ex)
{
    const JwtAuthorizerConfig &cfg = *m_config;
    const qint64 startUs = ex.clock().nowUs();
    auto trace = std::make_shared<AuthorizerTrace>();
    trace->name = cfg.name;
    trace->type = cfg.typeName();
    trace->requiredScopes = m_scopes;
    JwtVerdict verdict(ex, cfg, m_scopes, trace, startUs);

    const QString value = cfg.identitySource.valueIn(ex);
    const QByteArray raw = value.toUtf8();
    const QByteArrayView tokenView = auth::bearerToken(raw);
    if (tokenView.isEmpty())
        return verdict.missingToken(cfg.identitySource);
    const QByteArray token = tokenView.toByteArray();
    trace->identity = value;
    trace->checks.append(QStringLiteral("pass: token taken from %1%2")
                             .arg(cfg.identitySource.text,
                                  raw.trimmed().size() != token.size() ? QStringLiteral(" (after \"Bearer \")") : QString()));

    // Which issuer's keys: the only one (JWT), or the user pool the token names (Cognito).
    const JwtAuthorizerConfig::Issuer *issuer = cfg.issuers.isEmpty() ? nullptr : &cfg.issuers.first();
    if (cfg.kind == JwtAuthorizerConfig::Kind::Cognito && cfg.issuers.size() > 1) {
        const QString iss = peekClaims(token).value(QLatin1String("iss")).toString();
        for (const auto &i : cfg.issuers) {
            if (i.issuer == iss)
                issuer = &i;
        }
    }
    if (!issuer || !issuer->keys)
        return verdict.fail(QStringLiteral("keys"), QStringLiteral("the authorizer has no issuer to verify tokens against"),
                            QStringLiteral("authorizer.keys_unavailable"));

    const QString kid = peekHeader(token).value(QLatin1String("kid")).toString();
    const qint64 nowMs = ex.clock().epochMs();
    if (const std::optional<JwksKeys> keys = issuer->keys->now(nowMs, kid))
        return verdict.verify(token, *issuer, *keys);

    // Fetch the keys without blocking this worker; the exchange resumes when they arrive.
    const std::shared_ptr<const JwtAuthorizerConfig> config = m_config;
    const QStringList scopes = m_scopes;
    const ExchangePtr exchange = ex.shared_from_this();
    const qsizetype issuerIndex = issuer - cfg.issuers.data();
    trace->checks.append(QStringLiteral("pass: fetching %1").arg(issuer->keys->describe()));
    issuer->keys->get(nowMs, [config, scopes, exchange, trace, startUs, token, issuerIndex](const JwksKeys &keys) {
        if (exchange->isCancelled())
            return;
        JwtVerdict v(*exchange, *config, scopes, trace, startUs);
        exchange->resume(v.verify(token, config->issuers.at(issuerIndex), keys));
    });
    ex.setDetail(QStringLiteral("authorizer.fetching_keys"), issuer->keys->describe());
    return Outcome::Pending;
}

} // namespace gw
