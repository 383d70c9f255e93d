// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace gw::auth {

/// What the gateway has of a request, byte for byte as received.
struct SigV4Request
{
    QByteArray method; ///< as sent, e.g. "GET"
    QByteArray path; ///< as received, still percent-encoded, e.g. "/prod/pets/a%20b"
    QByteArray query; ///< raw, without the '?'; empty when there is none
    /// As received: names as sent (any case), in arrival order, repeated names kept. A folded (obs-fold)
    /// value may keep its line breaks; canonicalization turns any run of whitespace into one space.
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

/// One AWS access key the gateway knows.
struct Credential
{
    QString accessKeyId;
    QString secret;
    /// The session token that must accompany the key (temporary credentials); empty for long-term keys.
    QString sessionToken;
    /// Where the key came from, for the inspector: "project", "~/.aws/credentials [default]", ...
    QString source;
};

/// How verifySigV4() judges a request. Defaults are API Gateway's (see the notes in sigv4.cpp).
struct SigV4Options
{
    QString service = QStringLiteral("execute-api");
    /// The region the credential scope must name. Empty: any non-empty region is accepted, since a local
    /// gateway has no region of its own and clients sign for whatever region their SDK is configured with.
    QString region;
    qint64 nowEpochSeconds = 0; ///< the injected clock: seconds since 1970-01-01T00:00:00Z
    /// How far the request time may be from now, either way (AWS: 5 minutes). A presigned URL is bound by the
    /// same window; X-Amz-Expires can shorten it but not extend it.
    int skewSeconds = 300;
    /// Remove dot segments and repeated slashes from the path before signing, as every service but S3 does.
    bool normalizePath = true;
};

/// The verdict on one request, with everything the inspector shows.
struct SigV4Result
{
    bool ok = false;
    int status = 403; ///< HTTP status to answer with (200 when ok)
    QString message; ///< the body message AWS API Gateway sends for this failure, verbatim
    QString errorType; ///< the x-amzn-ErrorType header, e.g. "InvalidSignatureException"
    /// The API Gateway gateway response type the failure maps to: MISSING_AUTHENTICATION_TOKEN (no signature,
    /// or an incomplete one) or INVALID_SIGNATURE (scope, clock, unknown key, session token, signature);
    /// empty when ok.
    QString gatewayResponseType;
    /// One plain sentence for the inspector saying what differed; more helpful than `message`. Empty when ok.
    QString failure;
    bool presigned = false; ///< the request used the query-string (presigned URL) form
    QString accessKeyId, region, service, signedHeaders;
    QString date; ///< the request time as signed (X-Amz-Date, else the Date header)
    QString credentialSource; ///< Credential::source of the key that was found
    QString canonicalRequest, stringToSign; ///< what the gateway computed, for the inspector
    QString expectedSignature; ///< the signature the gateway computed (lower-case hex)
    QStringList checks; ///< every check performed, in order: "pass: ..." or "fail: ..."
};

/// Finds the credential of an access key id; std::nullopt when the key is unknown.
using CredentialLookup = std::function<std::optional<Credential>(const QString &accessKeyId)>;

/// Verifies a request signed with AWS Signature Version 4 the way API Gateway does for AWS_IAM methods, in
/// the header form (Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...) or the
/// presigned query form (X-Amz-Algorithm, X-Amz-Credential, X-Amz-Date, X-Amz-Expires, X-Amz-SignedHeaders,
/// X-Amz-Signature, X-Amz-Security-Token). An Authorization header wins over query parameters. A request with
/// neither is answered "Missing Authentication Token". Signatures are compared in constant time. Any input,
/// however malformed or large, yields a result; nothing here asserts on traffic.
SigV4Result verifySigV4(const SigV4Request &request, const CredentialLookup &lookup,
                        const SigV4Options &options);

// ---- The pieces, exposed for the conformance suite and the inspector

/// The canonical request: method, canonical URI, canonical query string, canonical headers, signed headers
/// and payload hash, joined by '\n'. `signedHeaders` is the SignedHeaders list ("host;x-amz-date"); each
/// listed header's values are joined with ',' after trimming and collapsing whitespace, and a listed header
/// that the request lacks appears with an empty value. With `presigned`, the X-Amz-Signature query parameter
/// is left out. The path is URI-encoded once more as received (so "%20" becomes "%2520"), after dot segments
/// and repeated slashes are removed when `normalizePath`. Query names and values are percent-decoded, then
/// encoded again and sorted by name, then value.
QByteArray canonicalRequest(const SigV4Request &request, const QByteArray &signedHeaders, bool normalizePath,
                            bool presigned, const QByteArray &payloadHash);
/// "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + hex(sha256(canonicalRequest)).
QByteArray stringToSign(const QByteArray &amzDate, const QByteArray &scope,
                        const QByteArray &canonicalRequest);
/// HMAC chain "AWS4" + secret -> date -> region -> service -> "aws4_request" (32 raw bytes).
QByteArray signingKey(const QString &secret, const QByteArray &date, const QByteArray &region,
                      const QByteArray &service);
/// hex(HMAC-SHA256(signingKey, stringToSign)), lower case.
QByteArray signature(const QByteArray &signingKey, const QByteArray &stringToSign);

/// Lower-case hex SHA-256 of `data`.
QByteArray sha256Hex(const QByteArray &data);
/// The canonical URI of a path as received (see canonicalRequest()).
QByteArray canonicalUri(const QByteArray &path, bool normalizePath);
/// The canonical query string of a raw query (see canonicalRequest()); with `presigned`, X-Amz-Signature is
/// left out.
QByteArray canonicalQueryString(const QByteArray &query, bool presigned);
/// RFC 3986 encoding as SigV4 wants it: A-Z a-z 0-9 - . _ ~ stay, every other byte becomes %XY (upper case);
/// '/' stays when `keepSlash`.
QByteArray uriEncode(const QByteArray &bytes, bool keepSlash);
/// "20150830T123600Z" for a time in seconds since the epoch.
QByteArray formatAmzDate(qint64 epochSeconds);
/// Parses "20150830T123600Z" (exactly that shape, a real UTC date and time); std::nullopt otherwise.
std::optional<qint64> parseAmzDate(const QByteArray &text);

// ---- Signing, for tests and the GUI's request panel

/// How signSigV4() signs.
struct SigV4SigningOptions
{
    QString service = QStringLiteral("execute-api");
    QString region = QStringLiteral("us-east-1");
    qint64 nowEpochSeconds = 0;
    bool presign = false; ///< produce a presigned URL (query parameters) instead of an Authorization header
    qint64 expiresSeconds = 3600; ///< X-Amz-Expires of a presigned URL; negative: leave the parameter out
    /// Include X-Amz-Security-Token in what is signed (true), or add it after signing (false), as some
    /// services want. Only matters when the credential has a session token.
    bool signSessionToken = true;
    bool addContentSha256 = false; ///< header form: add and sign x-amz-content-sha256 (the body's SHA-256)
    bool normalizePath = true;
    /// Lower-case names of the headers to sign; "host" is always signed. Empty: every header of the request
    /// except authorization, user-agent, expect and x-amzn-trace-id (what botocore leaves out).
    QList<QByteArray> headersToSign;
};

/// A signed request and the intermediate strings.
struct SigV4SignedRequest
{
    /// The request as it should be sent: with X-Amz-Date, X-Amz-Security-Token and Authorization headers, or
    /// with the presign parameters appended to its query.
    SigV4Request request;
    QByteArray authorization; ///< the Authorization header value; empty for a presigned URL
    QByteArray canonicalRequest, stringToSign, signedHeaders;
    QByteArray signature; ///< lower-case hex
    QString problem; ///< why the request could not be signed (it has no Host header); empty on success
};

/// Signs `request` for `credential`. The request needs a Host header. In the header form an existing
/// Authorization header is replaced and X-Amz-Date is set to the signing time.
SigV4SignedRequest signSigV4(const SigV4Request &request, const Credential &credential,
                             const SigV4SigningOptions &options);

} // namespace gw::auth
