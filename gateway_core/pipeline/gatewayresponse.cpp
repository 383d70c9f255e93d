// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatewayresponse.h"

namespace gw {

using namespace Qt::Literals::StringLiterals;

const GatewayResponseInfo &restGatewayResponse(GatewayResponse type)
{
    // Statuses from AWS's "Gateway response types" page; messages and error types from recordings of real
    // responses where they exist (see ../shared/reference/aws-apigateway.md for the confidence of each).
    static const GatewayResponseInfo table[] = {
        {"ACCESS_DENIED"_L1, 403, "User is not authorized to access this resource"_L1, "AccessDeniedException"_L1},
        {"API_CONFIGURATION_ERROR"_L1, 500, "Internal server error"_L1, "InternalServerErrorException"_L1},
        // AWS sends no message text for this one; the template renders `null`.
        {"AUTHORIZER_CONFIGURATION_ERROR"_L1, 500, ""_L1, "AuthorizerConfigurationException"_L1},
        {"AUTHORIZER_FAILURE"_L1, 500, "Internal server error"_L1, "AuthorizerFailureException"_L1},
        {"BAD_REQUEST_PARAMETERS"_L1, 400, "Missing required request parameters"_L1, "BadRequestException"_L1},
        {"BAD_REQUEST_BODY"_L1, 400, "Invalid request body"_L1, "BadRequestException"_L1},
        {"EXPIRED_TOKEN"_L1, 403, "The security token included in the request is expired"_L1,
         "ExpiredTokenException"_L1},
        // Documented default 504; recordings show integration failures answered as 500 "Internal server error".
        {"INTEGRATION_FAILURE"_L1, 500, "Internal server error"_L1, "InternalServerErrorException"_L1},
        {"INTEGRATION_TIMEOUT"_L1, 504, "Endpoint request timed out"_L1, "InternalServerErrorException"_L1},
        {"INVALID_API_KEY"_L1, 403, "Forbidden"_L1, "ForbiddenException"_L1},
        {"INVALID_SIGNATURE"_L1, 403,
         "The request signature we calculated does not match the signature you provided. Check your AWS Secret "
         "Access Key and signing method. Consult the service documentation for details."_L1,
         "InvalidSignatureException"_L1},
        {"MISSING_AUTHENTICATION_TOKEN"_L1, 403, "Missing Authentication Token"_L1,
         "MissingAuthenticationTokenException"_L1},
        {"QUOTA_EXCEEDED"_L1, 429, "Limit Exceeded"_L1, "LimitExceededException"_L1},
        // Unverified on AWS: third-party reports of API Gateway's 413 quote this text.
        {"REQUEST_TOO_LARGE"_L1, 413, "HTTP content length exceeded 10485760 bytes."_L1,
         "RequestTooLargeException"_L1},
        {"RESOURCE_NOT_FOUND"_L1, 404, "Not Found"_L1, "ResourceNotFoundException"_L1},
        {"THROTTLED"_L1, 429, "Too Many Requests"_L1, "TooManyRequestsException"_L1},
        {"UNAUTHORIZED"_L1, 401, "Unauthorized"_L1, "UnauthorizedException"_L1},
        {"UNSUPPORTED_MEDIA_TYPE"_L1, 415, "Unsupported Media Type"_L1, "BadRequestException"_L1},
        {"WAF_FILTERED"_L1, 403, "Forbidden"_L1, "WafFilteredException"_L1},
        {"UNKNOWN_API"_L1, 403, "Forbidden"_L1, "ForbiddenException"_L1},
    };
    static_assert(std::size(table) == size_t(GatewayResponse::UnknownApi) + 1);
    return table[size_t(type)];
}

HttpApiError httpApiError(GatewayResponse type)
{
    switch (type) {
    case GatewayResponse::MissingAuthenticationToken:
    case GatewayResponse::ResourceNotFound:
        return {404, "Not Found"_L1};
    case GatewayResponse::UnknownApi:
    case GatewayResponse::AccessDenied:
    case GatewayResponse::InvalidApiKey:
    case GatewayResponse::WafFiltered:
        return {403, "Forbidden"_L1};
    case GatewayResponse::Unauthorized:
        return {401, "Unauthorized"_L1};
    case GatewayResponse::Throttled:
    case GatewayResponse::QuotaExceeded:
        return {429, "Too Many Requests"_L1};
    case GatewayResponse::RequestTooLarge:
        return {413, "Request Entity Too Large"_L1};
    case GatewayResponse::BadRequestBody:
    case GatewayResponse::BadRequestParameters:
        return {400, "Bad Request"_L1};
    case GatewayResponse::UnsupportedMediaType:
        return {415, "Unsupported Media Type"_L1};
    case GatewayResponse::IntegrationTimeout:
        // AWS documents 504 for integration timeouts on every API type; the message follows the contract
        // and the REST wording, as HTTP API recordings of it are not available.
        return {504, "Endpoint request timed out"_L1};
    case GatewayResponse::ExpiredToken:
    case GatewayResponse::InvalidSignature:
        return {403, "Forbidden"_L1};
    case GatewayResponse::ApiConfigurationError:
    case GatewayResponse::AuthorizerConfigurationError:
    case GatewayResponse::AuthorizerFailure:
    case GatewayResponse::IntegrationFailure:
        return {500, "Internal Server Error"_L1};
    }
    return {500, "Internal Server Error"_L1};
}

QByteArray messageBody(QStringView message)
{
    QByteArray out = "{\"message\":";
    if (message.isEmpty()) {
        out += "null}";
        return out;
    }
    out += '"';
    for (char c : message.toUtf8()) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += "\"}";
    return out;
}

} // namespace gw
