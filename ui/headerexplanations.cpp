// SPDX-License-Identifier: GPL-3.0-or-later
#include "headerexplanations.h"

#include <QByteArray>

namespace gw::ui {

QString HeaderExplanations::explain(QByteArrayView name, bool response)
{
    const QByteArray n = name.toByteArray().toLower();
    if (n.startsWith("x-amzn-remapped-"))
        return tr("A header the integration sent that API Gateway reserves, passed on under this name instead of "
                  "its own");
    if (n.startsWith("access-control-")) {
        if (n == "access-control-request-method")
            return tr("Preflight: the method the browser wants to send; the OPTIONS answer must allow it");
        if (n == "access-control-request-headers")
            return tr("Preflight: the headers the browser wants to send; each must be in Access-Control-Allow-Headers");
        if (n == "access-control-allow-origin")
            return tr("CORS: the origin allowed to read this response; the browser compares it with the page's origin");
        if (n == "access-control-allow-credentials")
            return tr("CORS: \"true\" lets the page read the response of a request sent with cookies; never with "
                      "Allow-Origin *");
        if (n == "access-control-allow-methods")
            return tr("CORS preflight answer: the methods the page may send");
        if (n == "access-control-allow-headers")
            return tr("CORS preflight answer: the request headers the page may send");
        if (n == "access-control-expose-headers")
            return tr("CORS: the response headers, beyond the simple ones, that the page's script may read");
        if (n == "access-control-max-age")
            return tr("CORS preflight answer: seconds the browser may reuse this preflight");
    }
    if (n == "x-amzn-requestid")
        return tr("The request's id ($context.requestId); quote it when you look for the request in logs");
    if (n == "x-amz-apigw-id")
        return tr("API Gateway's extended request id ($context.extendedRequestId)");
    if (n == "apigw-requestid")
        return tr("An HTTP API's request id ($context.requestId)");
    if (n == "x-amzn-errortype")
        return tr("Set on answers API Gateway made itself: the kind of error (the gateway response type behind it)");
    if (n == "x-amzn-trace-id")
        return response ? tr("The X-Ray trace id of this request")
                        : tr("An X-Ray trace id; API Gateway passes it to the integration, or makes one when absent");
    if (n == "server-timing")
        return tr("Added by Gatehouse (Gateway ▸ Server-Timing header): each step's time for the browser's devtools; "
                  "AWS sends none");
    if (n == "x-api-key")
        return tr("The API key; methods that require one answer 403 Forbidden without a key of a usage plan of this "
                  "stage");
    if (n == "authorization")
        return tr("Read by the method's authorizer (the token of a Cognito or TOKEN authorizer, a JWT) or, on AWS_IAM "
                  "methods, the SigV4 signature");
    if (n == "x-amz-date")
        return tr("SigV4: when the request was signed; more than 5 minutes off the gateway's clock makes the signature invalid");
    if (n == "x-amz-security-token")
        return tr("SigV4: the session token of temporary credentials");
    if (n == "x-amz-content-sha256")
        return tr("SigV4: the SHA-256 of the body as signed");
    if (n == "host")
        return tr("Picks the API: {api-id}.execute-api.{region}.amazonaws.com on AWS, "
                  "{api-id}.execute-api.localhost here; a custom domain maps to a stage");
    if (n == "origin")
        return tr("The page's origin: makes this a CORS request; the response needs a matching "
                  "Access-Control-Allow-Origin for the page to read it");
    if (n == "cache-control")
        return response ? tr("How clients and proxies may cache this response")
                        : tr("On a REST stage with a cache, max-age=0 asks to invalidate the entry (only callers "
                             "allowed execute-api:InvalidateCache, unless the stage lets anyone)");
    if (n == "content-type")
        return response ? tr("The body's media type; on REST APIs it follows the integration response's template")
                        : tr("The body's media type: chooses the REST mapping template and request model, and whether "
                             "the body counts as binary (binary media types)");
    if (n == "accept")
        return tr("The media types the client takes; on REST APIs it also decides whether a binary response stays "
                  "binary (binary media types)");
    if (n == "accept-encoding")
        return tr("Compressions the client takes; REST APIs compress responses above the minimum compression size "
                  "when it is set");
    if (n == "content-encoding")
        return tr("How the body is compressed");
    if (n == "content-length")
        return tr("The body's size in bytes; API Gateway refuses payloads over 10 MB (413)");
    if (n == "transfer-encoding")
        return tr("The body is sent in chunks; API Gateway reads it whole before the integration is called");
    if (n == "x-forwarded-for")
        return tr("The client address chain; API Gateway appends the caller's IP ($context.identity.sourceIp) for "
                  "HTTP integrations");
    if (n == "user-agent")
        return tr("The client software ($context.identity.userAgent)");
    if (n == "cookie")
        return tr("Cookies; HTTP API payload format 2.0 passes them as the event's cookies array");
    if (n == "set-cookie")
        return tr("A cookie for the client; HTTP API format 2.0 functions return them in cookies");
    if (n == "connection")
        return tr("Keep-alive or close for this TCP connection; not passed to integrations");
    if (n == "date")
        return tr("When the response was sent");
    if (n == "vary")
        return tr("Request headers the response depends on; caches keep one copy per value");
    if (n == "etag")
        return tr("A version tag of the response body, for conditional requests");
    if (n == "location")
        return tr("Where to go next (redirects, created resources)");
    if (n == "referer")
        return tr("The page the request came from");
    if (n == "expect")
        return tr("100-continue: the client waits for a go-ahead before sending the body");
    return {};
}

} // namespace gw::ui
