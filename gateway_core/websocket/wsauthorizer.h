// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/fidelityreport.h"
#include "http/httpheaders.h"
#include "io/diagnostic.h"
#include "model/api.h"
#include "model/websocketapi.h"
#include "observe/exchangerecord.h"
#include "steps/authorizer/authorizerconfig.h"
#include "steps/iam/iamauthconfig.h"

#include <QJsonObject>

#include <functional>
#include <memory>

class QObject;

namespace gw {
class Clock;
namespace lambda {
class LambdaService;
}
} // namespace gw

namespace gw::websocket {

struct WsHandshake;

/// How one stage authorizes `$connect` (AWS::ApiGatewayV2::Route AuthorizationType on the $connect route). Immutable
/// once compiled; shared by the stage's connections.
struct WsConnectAuthConfig
{
    enum class Kind { Lambda, Iam };
    Kind kind = Kind::Lambda;
    /// CUSTOM: the REQUEST authorizer (restApi is true: AWS reads a WebSocket authorizer's answer as a REST one's:
    /// principalId required, context values strings, numbers or booleans). Its cache is null when the TTL is 0.
    std::shared_ptr<const LambdaAuthorizerConfig> lambda;
    /// AWS_IAM: the keys whose SigV4 signature is accepted, and the region it must be scoped to.
    std::shared_ptr<const IamAuthConfig> iam;
    /// `arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/$connect`: the event's methodArn, and what the
    /// authorizer's policy is evaluated against.
    QString methodArn;
};

/// What authorizing one `$connect` decided: the refusal to send, or the identity the connection carries from then on.
struct WsAuthVerdict
{
    bool allowed = false;
    // A refusal: the handshake is answered with this status and body instead of 101.
    int status = 0;             ///< 401, 403 or 500
    QByteArray body;            ///< {"message": ...}
    QByteArray errorType;       ///< x-amzn-ErrorType; empty: none
    QString detail;             ///< detail code: authorizer.allowed, authorizer.cached, authorizer.denied, ...
    QString note;               ///< the span's note
    QStringList explanation;    ///< plain words for the inspector
    QString requestId;          ///< the $connect's request id (the record's and the events')
    qint64 startUs = 0;         ///< when authorization started (the gateway's clock)
    qint64 startEpochMs = 0;
    qint64 durationUs = 0;
    std::shared_ptr<const AuthorizerTrace> authorizer; ///< CUSTOM
    std::shared_ptr<const IamTrace> iam;               ///< AWS_IAM
    std::shared_ptr<const LambdaTrace> lambda;         ///< the authorizer function's call; null on cache hits

    /// The span's name: "authorizer" or "iam".
    QLatin1StringView stepName() const;
    /// Adds the authorization to the CONNECT record: its span (after the route span), the authorizer or IAM trace,
    /// the function's trace, the explanation.
    void annotate(ExchangeRecord &record) const;
    /// What every later event of the connection carries: requestContext.authorizer (principalId, the context's keys
    /// with string values, integrationLatency) for an authorizer; empty for IAM.
    QJsonObject eventAuthorizer() const;
    /// Adds the caller's identity (IAM: accessKey, accountId, caller, user, userArn) to requestContext.identity.
    void addIdentity(QJsonObject &identity) const;
    /// The authorizer's principalId; empty for IAM.
    QString principalId() const;
};

/// Compiles the `$connect` route's authorization for one stage; null when the route has none (or the API has no
/// $connect). An authorizer naming a function the project lacks is a warning (its connections are refused with
/// 500); a cache TTL goes to the fidelity report, since AWS documents authorizer caching for HTTP APIs only.
std::shared_ptr<const WsConnectAuthConfig> compileConnectAuth(const model::Project &project, const model::Api &api,
                                                              const model::Stage &stage, const model::WsDefinition &def,
                                                              std::shared_ptr<const IamCredentialStore> credentials,
                                                              FidelityReport &report, QList<io::Diagnostic> &problems);

/// Authorizes one upgrade request, as API Gateway does before `$connect`'s integration runs.
///
/// CUSTOM: every identity source needs a value (else 401 without calling the function); the answer comes from the
/// cache or from the function, which receives AWS's WebSocket REQUEST authorizer event (`connectEvent`, the
/// $connect event, plus type REQUEST, methodArn and stageVariables); its IAM policy is evaluated against methodArn:
/// Allow connects, Deny (explicit or implicit) is 403, an "Unauthorized" error is 401, anything else (error,
/// timeout, an answer API Gateway cannot use) is 500. AWS_IAM: the upgrade request's SigV4 signature (header or
/// presigned query) must be valid for a known key.
///
/// `done` runs once, on the calling thread, unless `context` is deleted first.
void authorizeConnect(const WsConnectAuthConfig &config, const QList<QPair<QString, QString>> &stageVariables,
                      const WsHandshake &handshake, const QByteArray &connectEvent, const QString &requestId,
                      const Clock *clock, lambda::LambdaService *lambda, QObject *context,
                      std::function<void(WsAuthVerdict &&verdict)> done);

} // namespace gw::websocket
