// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/fidelityreport.h"
#include "io/diagnostic.h"
#include "model/api.h"
#include "model/websocketapi.h"
#include "steps/iam/iamauthconfig.h"
#include "wshttpintegration.h"

#include <memory>

namespace gw::websocket {

struct WsConnectAuthConfig;

/// Limits of a WebSocket connection (AWS's quotas; tests may lower them).
struct WsLimits
{
    qint64 maxFrameBytes = 32 * 1024;     ///< a longer frame closes the connection with 1009
    qint64 maxMessageBytes = 128 * 1024;  ///< a longer (fragmented) message closes it with 1009
    qint64 idleTimeoutMs = 10 * 60 * 1000; ///< no message from the client for this long: closed (1001)
    qint64 maxConnectionMs = 2 * 60 * 60 * 1000; ///< closed (1001) when the connection is this old
};

/// One deployed stage of a WebSocket API. Immutable once built; shared by the stage's connections.
struct WsStageConfig
{
    QString apiId;
    QString stage;
    QString deploymentId;
    QList<QPair<QString, QString>> variables;
    model::WsDefinition definition;
    /// Keys that may sign @connections calls (the same ones AWS_IAM methods accept). Empty: calls need no signature.
    std::shared_ptr<const IamCredentialStore> credentials;
    /// How $connect is authorized (wsauthorizer.h); null when it is not.
    std::shared_ptr<const WsConnectAuthConfig> connectAuth;
    WsLimits limits;
    /// Route key → the request templates of its http integration, parsed once (routes without templates: absent).
    QHash<QString, WsRequestTemplates> requestTemplates;

    /// The function an aws_proxy route calls (its URI's function name); empty for other integrations.
    QString functionOf(const model::WsRoute &route) const;
};

/// Builds a stage from the deployed definition; what is not emulated goes to `report`, problems to `problems`.
std::shared_ptr<const WsStageConfig> compileStage(const model::Project &project, const model::Api &api,
                                                  const model::Stage &stage, const model::ApiDefinition &def,
                                                  std::shared_ptr<const IamCredentialStore> credentials,
                                                  FidelityReport &report, QList<io::Diagnostic> &problems);

} // namespace gw::websocket
