// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httpheaders.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace gw {
class Exchange;
}

namespace gw::lambda {

/// The event API Gateway sends a Lambda proxy integration: REST APIs' format (payload 1.0), HTTP APIs' payload 1.0
/// (the same with "version": "1.0") or 2.0 (rawPath, rawQueryString, cookies, requestContext.http, ...). The body is
/// sent as text, or base64 with isBase64Encoded when it is binary (REST: when the Content-Type is one of the API's
/// binary media types; HTTP APIs: when it is not a text type).
QByteArray restProxyEvent(const Exchange &ex, const QStringList &binaryMediaTypes);
QByteArray httpProxyEventV1(const Exchange &ex);
QByteArray httpProxyEventV2(const Exchange &ex);

/// The events Lambda authorizers receive. TOKEN (REST): type, authorizationToken, methodArn. REQUEST on REST and on
/// HTTP APIs' payload 1.0: the proxy event without the body, with type and methodArn (HTTP APIs add identitySource
/// and authorizationToken, the identity values joined with ","). HTTP APIs' payload 2.0: the 2.0 event without the
/// body, with type, routeArn and identitySource as a list.
QByteArray restTokenAuthorizerEvent(const QString &token, const QString &methodArn);
QByteArray requestAuthorizerEventV1(const Exchange &ex, const QString &methodArn, const QStringList &identity);
QByteArray requestAuthorizerEventV2(const Exchange &ex, const QString &routeArn, const QStringList &identity);

/// A proxy integration's answer, parsed by API Gateway's rules.
struct ProxyResponse
{
    int status = 200;
    http::HttpHeaders headers;
    QByteArray body;
};

/// Payload 1.0 (REST and HTTP API 1.0), strict: the result must be a JSON object with only statusCode, headers,
/// multiValueHeaders, body and isBase64Encoded, of the right types (an empty object is refused too). On failure
/// returns nullopt with `problem` saying exactly what is malformed.
std::optional<ProxyResponse> parseProxyResponseV1(const QByteArray &payload, bool decodeBase64, QString *problem);

/// Payload 2.0 (HTTP APIs): an object with statusCode is a response (headers, cookies, body, isBase64Encoded);
/// anything else valid JSON is inferred as a 200 with the value as the body (a string as it is, other values as
/// JSON) and content-type application/json. nullopt with `problem` when the payload is not JSON or a field has the
/// wrong type.
std::optional<ProxyResponse> parseProxyResponseV2(const QByteArray &payload, QString *problem);

/// Is a request with this Content-Type binary for an HTTP API (anything that is not text, JSON, XML, JavaScript or
/// form data)?
bool isBinaryForHttpApi(QByteArrayView contentType);
/// Does `contentType` match one of a REST API's binary media types ("image/png", "image/*", "*/*")?
bool matchesBinaryMediaType(QByteArrayView contentType, const QStringList &binaryMediaTypes);

} // namespace gw::lambda
