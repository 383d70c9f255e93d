// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "integration.h"

#include <QList>
#include <QString>

namespace gw::model {

/// The integration of one WebSocket route (AWS::ApiGatewayV2::Integration, the parts Gatehouse runs).
struct WsIntegration
{
    IntegrationType type = IntegrationType::Mock;
    QString uri;            ///< aws_proxy: the function (name, ARN or invocation URI)
    int timeoutInMillis = 0; ///< 0: AWS's default, 29,000
    /// mock: the status the mock answers with ($connect: 2xx accepts the connection, anything else rejects it).
    int statusCode = 200;
    /// mock: the body a two-way route sends back (static text; AWS would render a response template).
    QString responseBody;
    int line = 0;

    int effectiveTimeoutMs() const { return timeoutInMillis > 0 ? timeoutInMillis : 29'000; }
};

/// One route of a WebSocket API: $connect, $disconnect, $default or a custom route key.
struct WsRoute
{
    QString key;
    WsIntegration integration;
    /// Two-way: the route has a route response ($default route response key), so the integration's result is sent
    /// back to the client as a message.
    bool routeResponse = false;
    int line = 0;
};

/// A WebSocket API's definition, as the project file writes it (AWS has no OpenAPI form for WebSocket APIs; this
/// mirrors AWS::ApiGatewayV2::Api + Route + Integration + RouteResponse).
struct WsDefinition
{
    QString name;
    QString routeSelectionExpression = QStringLiteral("$request.body.action");
    QList<WsRoute> routes;

    const WsRoute *route(QStringView key) const
    {
        for (const WsRoute &r : routes) {
            if (r.key == key)
                return &r;
        }
        return nullptr;
    }
};

} // namespace gw::model
