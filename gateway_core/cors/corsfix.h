// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "browsercors.h"

#include "model/api.h"

#include <optional>

namespace gw::cors {

/// One change to an API's working definition that makes a blocked request pass. Applied by the CORS Lab's "Fix"
/// button (as an undoable edit) and printed by `gatehouse cors`.
struct FixAction
{
    enum class Kind {
        HttpSetCors,          ///< HTTP: create or extend x-amazon-apigateway-cors
        RestEnableCors,       ///< REST: add the OPTIONS MOCK method to a resource (Enable CORS)
        RestSetPreflightHeader, ///< REST: set a static header on a resource's OPTIONS answer
        RestSetMethodHeader,  ///< REST: map a static header on the method's integration response for a status
        RestSetGatewayResponseHeader, ///< REST: add a header to DEFAULT_4XX or DEFAULT_5XX
    };
    Kind kind = Kind::HttpSetCors;
    QString resourcePath; ///< REST: the resource
    QString method;       ///< REST: the method (RestSetMethodHeader)
    QString statusCode;   ///< REST: the integration response to map the header in (RestSetMethodHeader)
    QString gatewayResponseType;
    QString header;       ///< the header to set, e.g. "Access-Control-Allow-Origin"
    QString value;        ///< its value
    // HttpSetCors: values to add (existing ones are kept)
    QStringList addOrigins;
    QStringList removeOrigins;
    QStringList addMethods;
    QStringList addHeaders;
    std::optional<bool> allowCredentials;

    /// Applies the change to `api`'s working definition; false with `error` when it no longer fits.
    bool apply(model::Api &api, QString *error) const;
};

struct Fix
{
    QString text; ///< the one change, in words, naming the setting
    std::optional<FixAction> action;
};

/// What a lab run found, as the advisor needs it.
struct LabOutcome
{
    FetchRequest request;
    bool preflightSent = false;
    int preflightStatus = 0;
    QList<Check> preflightChecks;
    bool actualSent = false;
    int actualStatus = 0;
    QString actualErrorType; ///< the gateway response type when the gateway answered the actual request with an error
    QList<Check> actualChecks;
    QString stage;
    QString requestPath;     ///< the path as the client requested it, e.g. "/prod/pets"
    QString resourcePath;    ///< REST: the resource the actual request reaches; HTTP: the route's path ("" when none)
    QString resourceWithoutMethod; ///< a resource the path matches that lacks the request's method ("" when none)
    QString routeMethod;     ///< the method of the route the actual request reaches ("ANY" possibly)
    bool proxyIntegration = false;
};

/// The one change that fixes the first failing check, for `api` (nullopt when every check passed).
std::optional<Fix> adviseFix(const model::Api &api, const LabOutcome &outcome);

} // namespace gw::cors
