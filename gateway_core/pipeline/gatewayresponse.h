// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLatin1StringView>

namespace gw {

/// API Gateway's gateway response types (REST), also used for the errors HTTP APIs answer with.
enum class GatewayResponse {
    AccessDenied,
    ApiConfigurationError,
    AuthorizerConfigurationError,
    AuthorizerFailure,
    BadRequestParameters,
    BadRequestBody,
    ExpiredToken,
    IntegrationFailure,
    IntegrationTimeout,
    InvalidApiKey,
    InvalidSignature,
    MissingAuthenticationToken,
    QuotaExceeded,
    RequestTooLarge,
    ResourceNotFound,
    Throttled,
    Unauthorized,
    UnsupportedMediaType,
    WafFiltered,
    /// Not an AWS type: the API id in the URL names no API. AWS answers 403 {"message":"Forbidden"}.
    UnknownApi,
};

struct GatewayResponseInfo
{
    QLatin1StringView type;      ///< AWS's name, e.g. "MISSING_AUTHENTICATION_TOKEN"
    int status;                  ///< default status code
    QLatin1StringView message;   ///< $context.error.message on REST APIs
    QLatin1StringView errorType; ///< x-amzn-ErrorType header on REST APIs
    bool is5xx() const { return status >= 500; }
};

/// The AWS defaults for a REST API.
const GatewayResponseInfo &restGatewayResponse(GatewayResponse type);

/// What an HTTP API answers for the same condition: HTTP APIs have no gateway responses, their messages are
/// title case ("Not Found", "Internal Server Error") and carry no x-amzn-ErrorType.
struct HttpApiError
{
    int status;
    QLatin1StringView message;
};
HttpApiError httpApiError(GatewayResponse type);

/// `{"message":"..."}` with JSON escaping, as the default gateway response template renders it.
QByteArray messageBody(QStringView message);

} // namespace gw
