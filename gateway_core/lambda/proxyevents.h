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

/// What an HTTP API's request parameter mapping (`append:`/`overwrite:`/`remove:`) made of the request. The event
/// carries it in place of the client's headers, query string and path; the exchange, and so the record, keeps the
/// request as the client sent it.
struct EventRequest
{
    http::HttpHeaders headers; ///< every header the function sees, the X-Forwarded-* ones API Gateway adds included
    QByteArray query;          ///< encoded, without '?'
    QByteArray path;           ///< encoded; empty when the mapping does not overwrite the path
};

/// The request as the event would carry it without mapping (path left empty), to apply a mapping to.
EventRequest clientEventRequest(const Exchange &ex);

/// HTTP APIs' payloads. With `mapped`, its headers and query string replace the client's (headers,
/// multiValueHeaders, queryStringParameters, rawQueryString, cookies) and a mapped path replaces `path` (1.0) or
/// `rawPath` (2.0); requestContext keeps describing the client's request.
QByteArray httpProxyEventV1(const Exchange &ex, const EventRequest *mapped = nullptr);
QByteArray httpProxyEventV2(const Exchange &ex, const EventRequest *mapped = nullptr);

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
