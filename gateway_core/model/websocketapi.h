// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "integration.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gw::model {

/// The integration of one WebSocket route (AWS::ApiGatewayV2::Integration, the parts Gatehouse runs).
struct WsIntegration
{
    IntegrationType type = IntegrationType::Mock;
    QString uri;            ///< aws_proxy: the function (name, ARN or invocation URI); http, http_proxy: the URL
    int timeoutInMillis = 0; ///< 0: AWS's default, 29,000
    /// http, http_proxy: the integration method (AWS's integrationMethod); empty: POST.
    QString httpMethod;
    /// http, http_proxy: integration.request.header.NAME / integration.request.querystring.NAME / integration.request.
    /// path.NAME = source (route.request.header.X and route.request.querystring.X on $connect, route.request.body.
    /// JSONPATH, context.X, stageVariables.X or 'static'), in the order written.
    StringPairs requestParameters;
    /// http: request templates by template key (VTL); the key is chosen by templateSelectionExpression.
    StringPairs requestTemplates;
    /// http: `$request.body.<path>` (or static text) whose value names the template; empty: the `$default` template.
    QString templateSelectionExpression;
    /// mock: the status the mock answers with ($connect: 2xx accepts the connection, anything else rejects it).
    int statusCode = 200;
    /// mock: the body a two-way route sends back (static text; AWS would render a response template).
    QString responseBody;
    int line = 0;

    int effectiveTimeoutMs() const { return timeoutInMillis > 0 ? timeoutInMillis : 29'000; }
    QString effectiveHttpMethod() const { return httpMethod.isEmpty() ? QStringLiteral("POST") : httpMethod.toUpper(); }
};

/// Where a WebSocket authorizer reads one identity value: `route.request.header.NAME`,
/// `route.request.querystring.NAME`, `stageVariables.NAME` or `context.NAME`.
struct WsIdentitySource
{
    enum class Kind { Header, Query, StageVariable, Context };
    Kind kind = Kind::Header;
    QString name;
    QString text; ///< as written
};

/// A Lambda REQUEST authorizer of a WebSocket API (AWS::ApiGatewayV2::Authorizer, AuthorizerType REQUEST: the only
/// type WebSocket APIs take). It runs on $connect only.
struct WsAuthorizer
{
    QString name;                          ///< the key under `authorizers:`; what `authorizerId` names
    QString uri;                           ///< authorizerUri: the function (name, ARN or invocation URI)
    QList<WsIdentitySource> identitySource; ///< every one must have a value, else 401 without calling the function
    /// authorizerResultTtlInSeconds, 0 to 3600. 0 (the default): every $connect calls the function. AWS documents
    /// the TTL for HTTP API authorizers only; caching a WebSocket authorizer's answers is a local convenience.
    int resultTtlInSeconds = 0;
    int line = 0;
};

/// How a route is authorized (AWS::ApiGatewayV2::Route AuthorizationType). WebSocket APIs authorize $connect only.
enum class WsAuthorizationType { None, AwsIam, Custom };

/// One route of a WebSocket API: $connect, $disconnect, $default or a custom route key.
struct WsRoute
{
    QString key;
    WsIntegration integration;
    /// Two-way: the route has a route response ($default route response key), so the integration's result is sent
    /// back to the client as a message.
    bool routeResponse = false;
    WsAuthorizationType authorizationType = WsAuthorizationType::None; ///< $connect only
    QString authorizerId;  ///< CUSTOM: the authorizer's name
    int authorizationLine = 0; ///< where authorizationType is written
    int line = 0;
};

/// A WebSocket API's definition, as the project file writes it (AWS has no OpenAPI form for WebSocket APIs; this
/// mirrors AWS::ApiGatewayV2::Api + Route + Integration + RouteResponse + Authorizer).
struct WsDefinition
{
    QString name;
    QString routeSelectionExpression = QStringLiteral("$request.body.action");
    QList<WsRoute> routes;
    QList<WsAuthorizer> authorizers;

    const WsRoute *route(QStringView key) const
    {
        for (const WsRoute &r : routes) {
            if (r.key == key)
                return &r;
        }
        return nullptr;
    }
    const WsAuthorizer *authorizer(QStringView name) const
    {
        for (const WsAuthorizer &a : authorizers) {
            if (a.name == name)
                return &a;
        }
        return nullptr;
    }
};

} // namespace gw::model
