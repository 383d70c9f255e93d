// SPDX-License-Identifier: GPL-3.0-or-later
#include "sigv4.h"

#include <QDate>
#include <QHash>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>
#include <utility>

// Where each rule comes from.
//
// The algorithm
// - Canonical request, string to sign, signing key, header and query forms: IAM User Guide, "Create a signed
//   AWS API request" and "Elements of an AWS API request signature"; AWS General Reference, "Signature
//   Version 4 test suite". The test suites in ../shared/conformance/aws-sigv4-testsuite (AWS's 2015 suite and
//   awslabs/aws-c-auth's extended copy) are the executable definition: tests/unit/tst_sigv4.cpp runs every
//   case.
// - Path: every service but S3 normalizes the path (RFC 3986 dot segments; repeated slashes removed) and
//   URI-encodes each segment "twice": the path as it appears on the wire is encoded once more, so "%40"
//   becomes
//   "%2540". Sources: the General Reference's canonical-request page and the suite's normalize-path.txt (S3
//   is the exception); aws/aws-sdk-js-v3 PR #3408 (servers strip redundant slashes); API Gateway itself:
//   okigan/awscurl issue #61 (a request for "/test/@connections/x=" gets the canonical path
//   "/test/%40connections/x%3D") and badslug/Paw-AWSSignature4DynamicValue issue #23 (a path sent as
//   "/dev/%40connections/..." gets "/dev/%2540connections/...").
// - Query: names and values are URI-encoded and sorted by name then value (2015 suite,
//   get-vanilla-query-order-*); an already percent-encoded name is not encoded twice (aws-c-auth
//   get-vanilla-query-order-encoded), so the gateway decodes %XY before encoding again.
// - Headers: names lower-cased and sorted, values trimmed, runs of spaces collapsed (also inside quotes),
// repeated
//   headers joined with ',' in arrival order, folded lines joined with a space (2015 suite get-header-*).
// - Session token: signed or added after signing are both valid SigV4 (2015 suite post-sts-token/readme.txt,
//   aws-c-auth post-sts-header-after for both forms).
//
// API Gateway's answers (REST APIs, AWS_IAM methods)
// - No signature: 403 {"message":"Missing Authentication Token"}, gateway response
// MISSING_AUTHENTICATION_TOKEN
//   (API Gateway Developer Guide, "Gateway response types"; AWS Knowledge Center
//   "api-gateway-iam-sigv4-mismatch" and "api-gateway-authentication-token-errors").
// - Incomplete Authorization header: "Authorization header requires 'Credential' parameter. Authorization
// header
//   requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization
//   header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=<the header>"
//   (aws/chalice issue #828, nordcloud/cognitocurl issue #15, svdgraaf/serverless-basic-authentication issue
//   #3); a token without '=' gives "'<token>' not a valid key=value pair (missing equal-sign) in
//   Authorization header:
//   '<the header>'." (serverless/serverless issue #3205), and the header is split on commas and on whitespace
//   (iann0036/cloud9-sync issue #10: "Credential= key/..." fails on "key/..."). x-amzn-ErrorType
//   IncompleteSignatureException with status 403 from API Gateway (luisgoncalves/xades4j issue #134).
// - "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '...'"
//   (IncompleteSignature; mhart/aws4 issue #97, kubernetes-sigs/aws-iam-authenticator issue #374).
// - "'Host' must be a 'SignedHeader' in the AWS Authorization." (NetSPI/AWSSigner issue #3, against API
//   Gateway; babbel/okhttp-aws-signer issue #10).
// - Wrong secret or canonical request: 403, InvalidSignatureException, "The request signature we calculated
// does
//   not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the
//   service documentation for details." followed by "\n\nThe Canonical String for this request should have
//   been\n'
//   ...'\n\nThe String-to-Sign should have been\n'...'\n" (API Gateway responses quoted in
//   aws-samples/sigv4-signing-examples PR #14, mhart/aws4 issues #33 and #110, okigan/awscurl issue #61,
//   amzn/selling-partner-api-models issue #113 with x-amzn-ErrorType: InvalidSignatureException).
// - Unknown access key: "The security token included in the request is invalid." (Knowledge Center
//   "api-gateway-iam-sigv4-mismatch"); x-amzn-ErrorType UnrecognizedClientException (the type AWS uses for
//   that message).
// - Clock: 5 minutes either way. "Signature expired: 20201027T123008Z is now earlier than 20201027T125507Z
//   (20201027T130007Z - 5 min.)" (API Gateway, mhart/aws4 issue #118; also cognitect-labs/aws-api issue #255,
//   403 InvalidSignatureException) and "Signature not yet current: 20230804T000000Z is still later than
//   20230803T172233Z (20230803T171733Z + 5 min.)" (NickWaterton/Roomba980-Python issue #118). The message
//   names the request time, now minus (plus) the window, and now.
// - Credential scope: "Credential should be scoped to a valid region, not 'eu-west-1'. " and "Credential
// should
//   be scoped to correct service: 'batch'. " (both with the trailing space; aws/aws-sdk-js issue #792 shows
//   the first from execute-api; cllunsford/aws-signing-proxy issue #25); "Date in Credential scope does not
//   match YYYYMMDD from ISO-8601 version of date from HTTP" (IAM User Guide, "Troubleshoot signed requests").
// - Date: X-Amz-Date first, else the Date header (General Reference, "Handling dates in Signature Version
// 4");
//   the credential-scope date must be the request's UTC date, even seconds apart.
// - Payload: API Gateway hashes the body it received. A client that put "X-Amz-Content-Sha256:
//   UNSIGNED-PAYLOAD" in an execute-api request got a signature mismatch (aws/aws-sdk-js-v3 issue #308), so
//   neither UNSIGNED-PAYLOAD nor a declared x-amz-content-sha256 replaces the body's hash; the header, when
//   signed, is just another signed header. botocore's SigV4QueryAuth (non-S3) also hashes the body.
// - Presigned URLs: API Gateway accepts them (WebSocket $connect with IAM; the AWS-support answer quoted in
//   aws/aws-sdk-kotlin issue #999), including URLs without X-Amz-Expires (Amplify's Signer.signUrl). Services
//   other than S3 bind presigned requests to their fixed clock window whatever X-Amz-Expires says (aws-sdk-go
//   PR #2224 and issue #2167, maintainer: "All other AWS services will use a fixed request signature
//   expiration of about 15 minutes" -- 15 is those services' window, API Gateway's is 5).
//
// Choices where the sources are silent
// - Region: SigV4Options::region empty accepts any non-empty region in the scope (a local gateway has no
// region);
//   set, it must match exactly.
// - Order of checks: form, header syntax, algorithm, credential shape, host signed, date syntax,
// X-Amz-Expires
//   syntax, scope date, region, service, terminator, clock window, access key, session token, signature.
// - Gateway response types: incomplete signatures map to MISSING_AUTHENTICATION_TOKEN (for unknown routes
//   API Gateway answers malformed Authorization headers with those messages under that response type:
//   amazon-archives/aws-cognito-angular-quickstart issue #50); scope, clock, unknown-key, token and signature
//   failures map to INVALID_SIGNATURE. UNAUTHORIZED (401) is for custom authorizers and is not used.
// - Status: 403 for every failure here (AWS's query-protocol services answer IncompleteSignature with 400,
// but
//   API Gateway answered it with 403 in xades4j issue #134).
// - Algorithm other than AWS4-HMAC-SHA256: IncompleteSignatureException with S3's wording "The authorization
//   mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256." (API Gateway's is unknown).
// - Terminator other than aws4_request: "Credential should be scoped with a valid terminator: 'aws4_request',
//   not '...'. " in the style of the region and service messages. The date-scope message continues "...:
//   '<scope date>' != '<request date>', from '<X-Amz-Date>'." after the documented prefix.
// - Malformed X-Amz-Date: "X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\"" (an AWS
//   answer quoted in bryanjos/aws_auth PR #7). A Date header may also be an RFC 1123 date; the string to sign
//   then carries the header as sent, as S3 does (ceph/s3-tests issue #346).
// - Presigned parameters missing: "Query-string authentication version 4 requires the X-Amz-Algorithm,
//   X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders parameters." (S3's sentence without
//   X-Amz-Expires, which API Gateway does not require). X-Amz-Expires must be a whole number of seconds from
//   0 to 604800 (S3's "X-Amz-Expires must be less than a week (in seconds); that is, the given X-Amz-Expires
//   must be less than 604800 seconds" and "X-Amz-Expires should be a number"); it can shorten the clock
//   window ("Request has expired", S3's wording), never lengthen it.
// - A presigned URL whose signature fails with X-Amz-Security-Token in the canonical query is tried once more
//   without it (the token added after signing, aws-c-auth post-sts-header-after).
// - Session tokens: a key with a session token needs the same X-Amz-Security-Token; a key without one rejects
//   a request that carries one. Both answer like an unknown key.
// - Query: '+' is a literal plus (encoded %2B), not a space; a '%' not followed by two hex digits is a
// literal
//   '%' (encoded %25); empty parameters ("a=1&&b=2") are dropped; a name without '=' has an empty value.
// - A trailing "." or ".." segment leaves a trailing slash (RFC 3986 5.2.4: "/a/b/.." is "/a/").
// - The echo of the Authorization header in messages is cut at 4096 bytes.

namespace gw::auth {

namespace {

constexpr char kAlgorithm[] = "AWS4-HMAC-SHA256";
constexpr char kTerminator[] = "aws4_request";
constexpr qint64 kMaxPresignSeconds = 604800;
constexpr qsizetype kMaxEcho = 4096;

const QString kMissingToken = QStringLiteral("MISSING_AUTHENTICATION_TOKEN");
const QString kInvalidSignature = QStringLiteral("INVALID_SIGNATURE");
const QString kIncompleteType = QStringLiteral("IncompleteSignatureException");
const QString kInvalidType = QStringLiteral("InvalidSignatureException");
const QString kUnrecognizedType = QStringLiteral("UnrecognizedClientException");
const QString kBadToken = QStringLiteral("The security token included in the request is invalid.");
const QString kMismatch
    = QStringLiteral("The request signature we calculated does not match the signature you provided. Check "
                     "your AWS Secret Access "
                     "Key and signing method. Consult the service documentation for details.");

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

QByteArray asciiLower(QByteArrayView text)
{
    QByteArray out(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        out[i] = asciiLower(text[i]);
    return out;
}

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (asciiLower(a[i]) != asciiLower(b[i]))
            return false;
    }
    return true;
}

QByteArray trimmed(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isSpace(text[begin]))
        ++begin;
    while (end > begin && isSpace(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin).toByteArray();
}

QByteArray percentDecode(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0
            && hexValue(text[i + 2]) >= 0) {
            out.append(char(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2])));
            i += 2;
        } else {
            out.append(text[i]);
        }
    }
    return out;
}

QByteArray toHex(const unsigned char *data, size_t size)
{
    static const char digits[] = "0123456789abcdef";
    QByteArray out(qsizetype(size * 2), Qt::Uninitialized);
    for (size_t i = 0; i < size; ++i) {
        out[qsizetype(2 * i)] = digits[data[i] >> 4];
        out[qsizetype(2 * i + 1)] = digits[data[i] & 0x0f];
    }
    return out;
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (key.size() > std::numeric_limits<int>::max()
        || !HMAC(EVP_sha256(), key.constData(), int(key.size()),
                 reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()), out,
                 &size)) {
        return QByteArray();
    }
    return QByteArray(reinterpret_cast<const char *>(out), qsizetype(size));
}

/// The values of every header called `name` (ASCII case-insensitive), in arrival order.
QList<QByteArray> headerValues(const SigV4Request &request, QByteArrayView name)
{
    QList<QByteArray> values;
    for (const auto &[headerName, value] : request.headers) {
        if (equalsIgnoringCase(headerName, name))
            values.append(value);
    }
    return values;
}

bool hasHeader(const SigV4Request &request, QByteArrayView name)
{
    return std::any_of(request.headers.cbegin(), request.headers.cend(),
                       [name](const auto &h) { return equalsIgnoringCase(h.first, name); });
}

void removeHeader(SigV4Request &request, QByteArrayView name)
{
    request.headers.removeIf([name](const auto &h) { return equalsIgnoringCase(h.first, name); });
}

/// A header value as SigV4 canonicalizes it: trimmed, every run of whitespace (line folds included) one
/// space.
QByteArray canonicalHeaderValue(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size());
    bool pendingSpace = false;
    for (char c : value) {
        if (isSpace(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(' ');
            pendingSpace = false;
        }
        out.append(c);
    }
    return out;
}

/// Splits `text` at every `sep`, keeping empty parts.
QList<QByteArrayView> splitView(QByteArrayView text, char sep)
{
    QList<QByteArrayView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == sep) {
            parts.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    return parts;
}

QList<QByteArray> normalizedHeaderNames(QByteArrayView list)
{
    QList<QByteArray> names;
    for (QByteArrayView part : splitView(list, ';')) {
        const QByteArray name = asciiLower(trimmed(part));
        if (!name.isEmpty())
            names.append(name);
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

QByteArray joined(const QList<QByteArray> &parts, char sep)
{
    QByteArray out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            out.append(sep);
        out.append(parts[i]);
    }
    return out;
}

/// RFC 3986 remove_dot_segments plus removal of empty segments, on the path as received.
QByteArray normalizedPath(QByteArrayView path)
{
    const bool absolute = path.startsWith('/');
    const QList<QByteArrayView> segments = splitView(path, '/');
    QList<QByteArrayView> out;
    bool trailingSlash = path.endsWith('/');
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QByteArrayView segment = segments[i];
        const bool last = i == segments.size() - 1;
        if (segment.isEmpty())
            continue;
        if (segment == QByteArrayView(".")) {
            trailingSlash = trailingSlash || last;
            continue;
        }
        if (segment == QByteArrayView("..")) {
            if (!out.isEmpty())
                out.removeLast();
            trailingSlash = trailingSlash || last;
            continue;
        }
        out.append(segment);
    }
    QByteArray result;
    if (absolute || out.isEmpty())
        result.append('/');
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (i > 0)
            result.append('/');
        result.append(out[i]);
    }
    if (trailingSlash && !out.isEmpty())
        result.append('/');
    return result;
}

struct QueryParam
{
    QByteArray name; ///< percent-decoded
    QByteArray value; ///< percent-decoded
};

QList<QueryParam> parseQuery(QByteArrayView query)
{
    QList<QueryParam> params;
    for (QByteArrayView part : splitView(query, '&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        if (eq < 0)
            params.append({percentDecode(part), QByteArray()});
        else
            params.append({percentDecode(part.first(eq)), percentDecode(part.sliced(eq + 1))});
    }
    return params;
}

QByteArray canonicalQuery(QByteArrayView query, bool presigned, bool dropSecurityToken)
{
    QList<QPair<QByteArray, QByteArray>> encoded;
    for (const QueryParam &p : parseQuery(query)) {
        if (presigned && p.name == "X-Amz-Signature")
            continue;
        if (dropSecurityToken && p.name == "X-Amz-Security-Token")
            continue;
        encoded.append({uriEncode(p.name, false), uriEncode(p.value, false)});
    }
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        if (i > 0)
            out.append('&');
        out.append(encoded[i].first).append('=').append(encoded[i].second);
    }
    return out;
}

/// Every header of the request by lower-cased name, with its values canonicalized and joined by ',' in
/// arrival order. One pass over the headers, so a long SignedHeaders list costs a lookup per name.
QHash<QByteArray, QByteArray> canonicalHeaderValues(const SigV4Request &request)
{
    QHash<QByteArray, QByteArray> values;
    values.reserve(request.headers.size());
    for (const auto &[name, value] : request.headers) {
        auto it = values.find(asciiLower(name));
        if (it == values.end())
            values.insert(asciiLower(name), canonicalHeaderValue(value));
        else
            it->append(',').append(canonicalHeaderValue(value));
    }
    return values;
}

QByteArray buildCanonicalRequest(const SigV4Request &request, const QList<QByteArray> &names,
                                 bool normalizePath, bool presigned, bool dropSecurityToken,
                                 const QByteArray &payloadHash)
{
    const QHash<QByteArray, QByteArray> values = canonicalHeaderValues(request);
    QByteArray out;
    out.append(request.method).append('\n');
    out.append(canonicalUri(request.path, normalizePath)).append('\n');
    out.append(canonicalQuery(request.query, presigned, dropSecurityToken)).append('\n');
    for (const QByteArray &name : names)
        out.append(name).append(':').append(values.value(name)).append('\n');
    out.append('\n');
    out.append(joined(names, ';')).append('\n');
    out.append(payloadHash);
    return out;
}

/// Seconds since the epoch of a civil UTC date and time; the caller has validated the fields.
qint64 epochSeconds(const QDate &date, int hour, int minute, int second)
{
    constexpr qint64 kJulianDayOfEpoch = 2440588;
    return (date.toJulianDay() - kJulianDayOfEpoch) * 86400 + hour * 3600 + minute * 60 + second;
}

/// "Sun, 30 Aug 2015 12:36:00 GMT" (RFC 1123; the weekday may be left out).
std::optional<qint64> parseHttpDate(const QByteArray &text)
{
    QList<QByteArrayView> parts = splitView(text, ' ');
    if (parts.size() == 6 && parts[0].size() == 4 && parts[0].endsWith(','))
        parts.removeFirst();
    if (parts.size() != 5 || parts[4] != QByteArrayView("GMT") || parts[1].size() != 3 || parts[2].size() != 4
        || parts[3].size() != 8 || parts[3][2] != ':' || parts[3][5] != ':' || parts[0].isEmpty()
        || parts[0].size() > 2) {
        return std::nullopt;
    }
    auto number = [](QByteArrayView digits) {
        int value = 0;
        for (char c : digits) {
            if (c < '0' || c > '9')
                return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    };
    static constexpr const char *months[]
        = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    int month = 0;
    for (int m = 0; m < 12; ++m) {
        if (equalsIgnoringCase(parts[1], months[m]))
            month = m + 1;
    }
    const int day = number(parts[0]);
    const int year = number(parts[2]);
    const int h = number(parts[3].first(2));
    const int min = number(parts[3].sliced(3, 2));
    const int sec = number(parts[3].sliced(6, 2));
    const QDate date(year, month, day);
    if (month == 0 || day < 0 || year < 0 || !date.isValid() || h < 0 || h > 23 || min < 0 || min > 59
        || sec < 0 || sec > 59) {
        return std::nullopt;
    }
    return epochSeconds(date, h, min, sec);
}

QString echo(const QByteArray &bytes)
{
    if (bytes.size() <= kMaxEcho)
        return QString::fromUtf8(bytes);
    return QString::fromUtf8(bytes.first(kMaxEcho)) + QStringLiteral("...");
}

QString windowLabel(int skewSeconds)
{
    if (skewSeconds % 60 == 0)
        return QStringLiteral("%1 min.").arg(skewSeconds / 60);
    return QStringLiteral("%1 sec.").arg(skewSeconds);
}

/// Carries one verification: the result being filled and the helpers that fill it.
class Verification
{
public:
    SigV4Result result;

    void pass(const QString &check) { result.checks.append(QStringLiteral("pass: ") + check); }

    SigV4Result fail(const QString &check, const QString &message, const QString &errorType,
                     const QString &responseType, const QString &failure)
    {
        result.checks.append(QStringLiteral("fail: ") + check);
        result.ok = false;
        result.status = 403;
        result.message = message;
        result.errorType = errorType;
        result.gatewayResponseType = responseType;
        result.failure = failure;
        return result;
    }

    SigV4Result incomplete(const QString &check, const QString &message, const QString &failure)
    {
        return fail(check, message, kIncompleteType, kMissingToken, failure);
    }
};

bool isLowerHex64(QByteArrayView text)
{
    if (text.size() != 64)
        return false;
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace

// ---- The pieces

QByteArray uriEncode(const QByteArray &bytes, bool keepSlash)
{
    static const char digits[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size());
    for (char c : bytes) {
        if (isUnreserved(c) || (keepSlash && c == '/')) {
            out.append(c);
        } else {
            const auto u = static_cast<unsigned char>(c);
            out.append('%').append(digits[u >> 4]).append(digits[u & 0x0f]);
        }
    }
    return out;
}

QByteArray canonicalUri(const QByteArray &path, bool normalizePath)
{
    if (path.isEmpty())
        return QByteArrayLiteral("/");
    return uriEncode(normalizePath ? normalizedPath(path) : path, true);
}

QByteArray canonicalQueryString(const QByteArray &query, bool presigned)
{
    return canonicalQuery(query, presigned, false);
}

QByteArray canonicalRequest(const SigV4Request &request, const QByteArray &signedHeaders, bool normalizePath,
                            bool presigned, const QByteArray &payloadHash)
{
    return buildCanonicalRequest(request, normalizedHeaderNames(signedHeaders), normalizePath, presigned,
                                 false, payloadHash);
}

QByteArray sha256Hex(const QByteArray &data)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()), digest);
    return toHex(digest, sizeof digest);
}

QByteArray stringToSign(const QByteArray &amzDate, const QByteArray &scope,
                        const QByteArray &canonicalRequest)
{
    QByteArray out(kAlgorithm);
    out.append('\n').append(amzDate).append('\n').append(scope).append('\n').append(
        sha256Hex(canonicalRequest));
    return out;
}

QByteArray signingKey(const QString &secret, const QByteArray &date, const QByteArray &region,
                      const QByteArray &service)
{
    const QByteArray kDate = hmacSha256(QByteArrayLiteral("AWS4") + secret.toUtf8(), date);
    const QByteArray kRegion = hmacSha256(kDate, region);
    const QByteArray kService = hmacSha256(kRegion, service);
    return hmacSha256(kService, QByteArray(kTerminator));
}

QByteArray signature(const QByteArray &signingKey, const QByteArray &stringToSign)
{
    const QByteArray mac = hmacSha256(signingKey, stringToSign);
    return toHex(reinterpret_cast<const unsigned char *>(mac.constData()), size_t(mac.size()));
}

QByteArray formatAmzDate(qint64 epochSeconds)
{
    constexpr qint64 kJulianDayOfEpoch = 2440588;
    qint64 days = epochSeconds / 86400;
    qint64 rest = epochSeconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    const QDate date = QDate::fromJulianDay(days + kJulianDayOfEpoch);
    char text[32];
    std::snprintf(text, sizeof text, "%04d%02d%02dT%02d%02d%02dZ", date.year(), date.month(), date.day(),
                  int(rest / 3600), int(rest % 3600 / 60), int(rest % 60));
    return QByteArray(text);
}

std::optional<qint64> parseAmzDate(const QByteArray &text)
{
    if (text.size() != 16 || text[8] != 'T' || text[15] != 'Z')
        return std::nullopt;
    int fields[6] = {};
    const int starts[6] = {0, 4, 6, 9, 11, 13};
    const int widths[6] = {4, 2, 2, 2, 2, 2};
    for (int f = 0; f < 6; ++f) {
        for (int i = starts[f]; i < starts[f] + widths[f]; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return std::nullopt;
            fields[f] = fields[f] * 10 + (text[i] - '0');
        }
    }
    const QDate date(fields[0], fields[1], fields[2]);
    if (!date.isValid() || fields[3] > 23 || fields[4] > 59 || fields[5] > 59)
        return std::nullopt;
    return epochSeconds(date, fields[3], fields[4], fields[5]);
}

// ---- Verification

SigV4Result verifySigV4(const SigV4Request &request, const CredentialLookup &lookup,
                        const SigV4Options &options)
{
    Verification v;
    SigV4Result &r = v.result;
    r.service = options.service;

    // 1. Which form, if any.
    const QList<QByteArray> authorizations = headerValues(request, "authorization");
    const QList<QueryParam> query = parseQuery(request.query);
    auto queryValue = [&query](QByteArrayView name) -> std::optional<QByteArray> {
        for (const QueryParam &p : query) {
            if (p.name == name)
                return p.value;
        }
        return std::nullopt;
    };
    const bool presigned = authorizations.isEmpty()
        && (queryValue("X-Amz-Algorithm") || queryValue("X-Amz-Credential") || queryValue("X-Amz-Signature"));
    r.presigned = presigned;
    if (authorizations.isEmpty() && !presigned) {
        return v.fail(
            QStringLiteral("the request carries a signature"), QStringLiteral("Missing Authentication Token"),
            QStringLiteral("MissingAuthenticationTokenException"), kMissingToken,
            QStringLiteral("The method requires AWS_IAM authorization, but the request has neither an "
                           "Authorization header nor X-Amz-Signature query parameters."));
    }

    QByteArray algorithm, credential, signedHeaderList, providedSignature, amzDate, expires, requestToken;
    bool hasToken = false;
    bool hasExpires = false;
    bool dateFromDateHeader = false;
    if (!presigned) {
        const QByteArray authorization = trimmed(authorizations.first());
        v.pass(authorizations.size() == 1
                   ? QStringLiteral("Authorization header present (header form)")
                   : QStringLiteral("%1 Authorization headers present; the first is used")
                         .arg(authorizations.size()));
        qsizetype space = 0;
        while (space < authorization.size() && !isSpace(authorization[space]))
            ++space;
        algorithm = authorization.first(space);
        bool hasCredential = false, hasSignedHeaders = false, hasSignature = false;
        qsizetype i = space;
        while (i < authorization.size()) {
            while (i < authorization.size() && (isSpace(authorization[i]) || authorization[i] == ','))
                ++i;
            const qsizetype start = i;
            while (i < authorization.size() && !isSpace(authorization[i]) && authorization[i] != ',')
                ++i;
            if (i == start)
                break;
            const QByteArrayView token = QByteArrayView(authorization).sliced(start, i - start);
            const qsizetype eq = token.indexOf('=');
            if (eq < 0) {
                return v.incomplete(
                    QStringLiteral("Authorization parameters are key=value pairs"),
                    QStringLiteral(
                        "'%1' not a valid key=value pair (missing equal-sign) in Authorization header: "
                        "'%2'.")
                        .arg(echo(token.toByteArray()), echo(authorization)),
                    QStringLiteral(
                        "The Authorization header is not AWS Signature Version 4: `%1` is not a "
                        "key=value pair (a bearer token or other scheme sent to an AWS_IAM method?).")
                        .arg(echo(token.first(std::min<qsizetype>(token.size(), 80)).toByteArray())));
            }
            const QByteArrayView key = token.first(eq);
            const QByteArray value = token.sliced(eq + 1).toByteArray();
            if (key == QByteArrayView("Credential")) {
                credential = value;
                hasCredential = true;
            } else if (key == QByteArrayView("SignedHeaders")) {
                signedHeaderList = value;
                hasSignedHeaders = true;
            } else if (key == QByteArrayView("Signature")) {
                providedSignature = value;
                hasSignature = true;
            }
        }
        const QList<QByteArray> xAmzDates = headerValues(request, "x-amz-date");
        const QList<QByteArray> dates = headerValues(request, "date");
        QString missing;
        QStringList missingNames;
        if (!hasCredential) {
            missing += QStringLiteral("Authorization header requires 'Credential' parameter. ");
            missingNames << QStringLiteral("Credential");
        }
        if (!hasSignature) {
            missing += QStringLiteral("Authorization header requires 'Signature' parameter. ");
            missingNames << QStringLiteral("Signature");
        }
        if (!hasSignedHeaders) {
            missing += QStringLiteral("Authorization header requires 'SignedHeaders' parameter. ");
            missingNames << QStringLiteral("SignedHeaders");
        }
        if (xAmzDates.isEmpty() && dates.isEmpty()) {
            missing += QStringLiteral(
                "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
            missingNames << QStringLiteral("an X-Amz-Date or Date header");
        }
        if (!missing.isEmpty()) {
            return v.incomplete(
                QStringLiteral("Authorization has Credential, SignedHeaders, Signature and a date"),
                missing + QStringLiteral("Authorization=") + echo(authorization),
                QStringLiteral("The Authorization header is incomplete: missing %1.")
                    .arg(missingNames.join(QStringLiteral(", "))));
        }
        v.pass(QStringLiteral("Authorization has Credential, SignedHeaders, Signature and a date"));
        if (!xAmzDates.isEmpty()) {
            amzDate = trimmed(xAmzDates.first());
        } else {
            amzDate = trimmed(dates.first());
            dateFromDateHeader = true;
        }
        const QList<QByteArray> tokens = headerValues(request, "x-amz-security-token");
        if (!tokens.isEmpty()) {
            hasToken = true;
            requestToken = trimmed(tokens.first());
        }
    } else {
        v.pass(QStringLiteral("X-Amz-* query parameters present (presigned form)"));
        const auto alg = queryValue("X-Amz-Algorithm");
        const auto cred = queryValue("X-Amz-Credential");
        const auto date = queryValue("X-Amz-Date");
        const auto names = queryValue("X-Amz-SignedHeaders");
        const auto sig = queryValue("X-Amz-Signature");
        if (!alg || !cred || !date || !names || !sig) {
            QStringList missingNames;
            const std::pair<const char *, bool> present[] = {{"X-Amz-Algorithm", bool(alg)},
                                                             {"X-Amz-Credential", bool(cred)},
                                                             {"X-Amz-Signature", bool(sig)},
                                                             {"X-Amz-Date", bool(date)},
                                                             {"X-Amz-SignedHeaders", bool(names)}};
            for (const auto &[name, isPresent] : present) {
                if (!isPresent)
                    missingNames << QString::fromLatin1(name);
            }
            return v.incomplete(
                QStringLiteral("presigned URL has all X-Amz-* parameters"),
                QStringLiteral(
                    "Query-string authentication version 4 requires the X-Amz-Algorithm, "
                    "X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders parameters."),
                QStringLiteral("The presigned URL lacks %1.").arg(missingNames.join(QStringLiteral(", "))));
        }
        v.pass(QStringLiteral("presigned URL has all X-Amz-* parameters"));
        algorithm = *alg;
        credential = *cred;
        amzDate = *date;
        signedHeaderList = *names;
        providedSignature = *sig;
        if (const auto e = queryValue("X-Amz-Expires")) {
            hasExpires = true;
            expires = *e;
        }
        if (const auto t = queryValue("X-Amz-Security-Token")) {
            hasToken = true;
            requestToken = *t;
        }
    }

    // 2. Algorithm, credential shape, host signed.
    if (algorithm != kAlgorithm) {
        return v.incomplete(
            QStringLiteral("algorithm is AWS4-HMAC-SHA256"),
            QStringLiteral("The authorization mechanism you have provided is not supported. Please "
                           "use AWS4-HMAC-SHA256."),
            QStringLiteral("The signing algorithm is `%1`; API Gateway accepts only AWS4-HMAC-SHA256 "
                           "(SigV4a and older versions are not supported).")
                .arg(echo(algorithm.first(std::min<qsizetype>(algorithm.size(), 80)))));
    }
    v.pass(QStringLiteral("algorithm is AWS4-HMAC-SHA256"));
    const QList<QByteArrayView> scopeParts = splitView(credential, '/');
    if (scopeParts.size() != 5) {
        return v.incomplete(
            QStringLiteral("Credential is keyid/date/region/service/aws4_request"),
            QStringLiteral("Credential must have exactly 5 slash-delimited elements, e.g. "
                           "keyid/date/region/service/term, got '%1'")
                .arg(echo(credential)),
            QStringLiteral("The Credential `%1` has %2 slash-separated parts instead of 5 "
                           "(keyid/date/region/service/aws4_request); was the secret key used as "
                           "the access key id?")
                .arg(echo(credential.first(std::min<qsizetype>(credential.size(), 120))))
                .arg(scopeParts.size()));
    }
    r.accessKeyId = QString::fromUtf8(scopeParts[0]);
    r.region = QString::fromUtf8(scopeParts[2]);
    const QByteArray scope = QByteArrayView(credential).sliced(scopeParts[0].size() + 1).toByteArray();
    v.pass(QStringLiteral("Credential %1 has 5 parts").arg(echo(credential)));

    const QList<QByteArray> names = normalizedHeaderNames(signedHeaderList);
    r.signedHeaders = QString::fromUtf8(joined(names, ';'));
    if (!names.contains("host")) {
        return v.incomplete(
            QStringLiteral("host is a signed header"),
            QStringLiteral("'Host' must be a 'SignedHeader' in the AWS Authorization."),
            QStringLiteral("SignedHeaders `%1` does not include host; SigV4 always signs the Host "
                           "header.")
                .arg(echo(signedHeaderList.first(std::min<qsizetype>(signedHeaderList.size(), 200)))));
    }
    v.pass(QStringLiteral("host is a signed header (%1)").arg(r.signedHeaders));

    // 3. Date and expiry syntax.
    std::optional<qint64> requestTime = parseAmzDate(amzDate);
    if (!requestTime && dateFromDateHeader)
        requestTime = parseHttpDate(amzDate);
    r.date = QString::fromUtf8(amzDate);
    if (!requestTime) {
        return v.incomplete(
            QStringLiteral("request date is yyyyMMdd'T'HHmmss'Z'"),
            QStringLiteral("X-Amz-Date must be in the ISO8601 Long Format "
                           "\"yyyyMMdd'T'HHmmss'Z'\""),
            QStringLiteral("The request time `%1` is not of the form 20150830T123600Z (UTC, no "
                           "separators, no fractions).")
                .arg(echo(amzDate.first(std::min<qsizetype>(amzDate.size(), 80)))));
    }
    const QByteArray isoDate = formatAmzDate(*requestTime);
    v.pass(QStringLiteral("request date %1 is well formed").arg(r.date));
    qint64 expiresSeconds = -1;
    if (presigned && hasExpires) {
        bool number = !expires.isEmpty() && expires.size() <= 18
            && std::all_of(expires.begin(), expires.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!number) {
            return v.incomplete(QStringLiteral("X-Amz-Expires is a number of seconds"),
                                QStringLiteral("X-Amz-Expires should be a number"),
                                QStringLiteral("X-Amz-Expires `%1` is not a whole number of seconds.")
                                    .arg(echo(expires.first(std::min<qsizetype>(expires.size(), 80)))));
        }
        expiresSeconds = expires.toLongLong();
        if (expiresSeconds > kMaxPresignSeconds) {
            return v.incomplete(
                QStringLiteral("X-Amz-Expires is at most 604800"),
                QStringLiteral("X-Amz-Expires must be less than a week (in seconds); that is, the "
                               "given X-Amz-Expires must be less than 604800 seconds"),
                QStringLiteral("X-Amz-Expires is %1 s; a SigV4 presigned URL can live at most 7 days "
                               "(604800 s).")
                    .arg(expiresSeconds));
        }
        v.pass(QStringLiteral("X-Amz-Expires %1 s").arg(expiresSeconds));
    }

    // 4. Credential scope.
    const QByteArray scopeDate = scopeParts[1].toByteArray();
    if (scopeDate != isoDate.first(8)) {
        return v.fail(
            QStringLiteral("credential scope date is the request date"),
            QStringLiteral("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date "
                           "from HTTP: '%1' != '%2', from '%3'.")
                .arg(QString::fromUtf8(scopeDate), QString::fromLatin1(isoDate.first(8)), r.date),
            kInvalidType, kInvalidSignature,
            QStringLiteral("The credential scope date %1 is not the UTC date of the request time %2; sign "
                           "with the same clock reading for both.")
                .arg(QString::fromUtf8(scopeDate), QString::fromLatin1(isoDate)));
    }
    v.pass(QStringLiteral("credential scope date %1 matches the request date")
               .arg(QString::fromUtf8(scopeDate)));
    if (r.region.isEmpty() || (!options.region.isEmpty() && r.region != options.region)) {
        return v.fail(
            QStringLiteral("credential scope region"),
            QStringLiteral("Credential should be scoped to a valid region, not '%1'. ").arg(r.region),
            kInvalidType, kInvalidSignature,
            options.region.isEmpty()
                ? QStringLiteral("The credential scope names no region.")
                : QStringLiteral("The request was signed for region `%1`, but this gateway is set to `%2`.")
                      .arg(r.region, options.region));
    }
    v.pass(options.region.isEmpty() ? QStringLiteral("region %1 accepted (any region)").arg(r.region)
                                    : QStringLiteral("region %1").arg(r.region));
    if (scopeParts[3] != QByteArrayView(options.service.toUtf8())) {
        return v.fail(
            QStringLiteral("credential scope service is %1").arg(options.service),
            QStringLiteral("Credential should be scoped to correct service: '%1'. ").arg(options.service),
            kInvalidType, kInvalidSignature,
            QStringLiteral("The request was signed for service `%1`; API Gateway invocations are signed for "
                           "`%2`.")
                .arg(QString::fromUtf8(scopeParts[3]), options.service));
    }
    v.pass(QStringLiteral("credential scope service is %1").arg(options.service));
    if (scopeParts[4] != QByteArrayView(kTerminator)) {
        return v.fail(
            QStringLiteral("credential scope ends in aws4_request"),
            QStringLiteral("Credential should be scoped with a valid terminator: 'aws4_request', not "
                           "'%1'. ")
                .arg(QString::fromUtf8(scopeParts[4])),
            kInvalidType, kInvalidSignature,
            QStringLiteral("The credential scope ends in `%1` instead of aws4_request.")
                .arg(QString::fromUtf8(scopeParts[4])));
    }
    v.pass(QStringLiteral("credential scope ends in aws4_request"));

    // 5. Clock.
    const qint64 now = options.nowEpochSeconds;
    const qint64 skew = std::max(0, options.skewSeconds);
    const QString window = windowLabel(int(skew));
    if (*requestTime > now + skew) {
        return v.fail(
            QStringLiteral("request time within %1 s of now").arg(skew),
            QStringLiteral("Signature not yet current: %1 is still later than %2 (%3 + %4)")
                .arg(QString::fromLatin1(isoDate), QString::fromLatin1(formatAmzDate(now + skew)),
                     QString::fromLatin1(formatAmzDate(now)), window),
            kInvalidType, kInvalidSignature,
            QStringLiteral("The request time %1 is %2 s ahead of the gateway's clock; at most %3 s is "
                           "allowed (is the client's clock fast?).")
                .arg(QString::fromLatin1(isoDate))
                .arg(*requestTime - now)
                .arg(skew));
    }
    if (*requestTime < now - skew) {
        return v.fail(
            QStringLiteral("request time within %1 s of now").arg(skew),
            QStringLiteral("Signature expired: %1 is now earlier than %2 (%3 - %4)")
                .arg(QString::fromLatin1(isoDate), QString::fromLatin1(formatAmzDate(now - skew)),
                     QString::fromLatin1(formatAmzDate(now)), window),
            kInvalidType, kInvalidSignature,
            QStringLiteral("The request was signed at %1, %2 s before the gateway's clock; at most %3 s is "
                           "allowed%4.")
                .arg(QString::fromLatin1(isoDate))
                .arg(now - *requestTime)
                .arg(skew)
                .arg(presigned ? QStringLiteral(", whatever X-Amz-Expires says (API Gateway is not S3)")
                               : QStringLiteral(" (is the request being replayed, or the client's clock "
                                                "slow?)")));
    }
    if (presigned && expiresSeconds >= 0 && now > *requestTime + expiresSeconds) {
        return v.fail(QStringLiteral("presigned URL not past X-Amz-Expires"),
                      QStringLiteral("Request has expired"), kInvalidType, kInvalidSignature,
                      QStringLiteral("The presigned URL was signed at %1 for %2 s and expired %3 s ago.")
                          .arg(QString::fromLatin1(isoDate))
                          .arg(expiresSeconds)
                          .arg(now - *requestTime - expiresSeconds));
    }
    v.pass(QStringLiteral("request time %1 within %2 s of now (%3)")
               .arg(QString::fromLatin1(isoDate))
               .arg(skew)
               .arg(QString::fromLatin1(formatAmzDate(now))));

    // 6. Key and session token.
    const std::optional<Credential> found = lookup ? lookup(r.accessKeyId) : std::nullopt;
    if (!found) {
        return v.fail(QStringLiteral("access key %1 known").arg(r.accessKeyId), kBadToken, kUnrecognizedType,
                      kInvalidSignature,
                      QStringLiteral("No credential has access key id `%1`; add it to the project or to "
                                     "~/.aws/credentials.")
                          .arg(r.accessKeyId));
    }
    r.credentialSource = found->source;
    v.pass(QStringLiteral("access key %1 known (%2)").arg(r.accessKeyId, found->source));
    const QByteArray expectedToken = found->sessionToken.toUtf8();
    if (!expectedToken.isEmpty() || hasToken) {
        QString problem;
        if (expectedToken.isEmpty())
            problem
                = QStringLiteral("The request carries X-Amz-Security-Token, but key `%1` (%2) has no session "
                                 "token.");
        else if (!hasToken)
            problem = QStringLiteral("Key `%1` (%2) is a temporary credential, but the request carries no "
                                     "X-Amz-Security-Token.");
        else if (!constantTimeEquals(requestToken, expectedToken))
            problem
                = QStringLiteral("The X-Amz-Security-Token differs from the session token of key `%1` (%2).");
        if (!problem.isEmpty()) {
            return v.fail(QStringLiteral("session token"), kBadToken, kUnrecognizedType, kInvalidSignature,
                          problem.arg(r.accessKeyId, found->source));
        }
        v.pass(QStringLiteral("session token matches"));
    }

    // 7. Signature.
    const QByteArray payloadHash = sha256Hex(request.body);
    const QByteArray key
        = signingKey(found->secret, scopeDate, scopeParts[2].toByteArray(), scopeParts[3].toByteArray());
    const QByteArray creq
        = buildCanonicalRequest(request, names, options.normalizePath, presigned, false, payloadHash);
    const QByteArray sts = stringToSign(amzDate, scope, creq);
    const QByteArray expected = signature(key, sts);
    r.canonicalRequest = QString::fromUtf8(creq);
    r.stringToSign = QString::fromUtf8(sts);
    r.expectedSignature = QString::fromLatin1(expected);
    if (constantTimeEquals(providedSignature, expected)) {
        v.pass(QStringLiteral("signature matches"));
        r.ok = true;
        r.status = 200;
        return r;
    }
    if (presigned && hasToken) {
        const QByteArray creqWithoutToken
            = buildCanonicalRequest(request, names, options.normalizePath, presigned, true, payloadHash);
        const QByteArray stsWithoutToken = stringToSign(amzDate, scope, creqWithoutToken);
        const QByteArray expectedWithoutToken = signature(key, stsWithoutToken);
        if (constantTimeEquals(providedSignature, expectedWithoutToken)) {
            r.canonicalRequest = QString::fromUtf8(creqWithoutToken);
            r.stringToSign = QString::fromUtf8(stsWithoutToken);
            r.expectedSignature = QString::fromLatin1(expectedWithoutToken);
            v.pass(
                QStringLiteral("signature matches with X-Amz-Security-Token left out of the canonical query "
                               "(the token was added after signing)"));
            r.ok = true;
            r.status = 200;
            return r;
        }
    }

    QStringList hints;
    const QHash<QByteArray, QByteArray> present = canonicalHeaderValues(request);
    for (const QByteArray &name : names) {
        if (!present.contains(name)) {
            hints << QStringLiteral("signed header `%1` is not in the request")
                         .arg(echo(name.first(std::min<qsizetype>(name.size(), 80))));
            if (hints.size() == 5)
                break;
        }
    }
    const QList<QByteArray> declaredHashes = headerValues(request, "x-amz-content-sha256");
    if (!declaredHashes.isEmpty() && trimmed(declaredHashes.first()) != payloadHash) {
        hints << QStringLiteral(
                     "x-amz-content-sha256 is `%1`, but API Gateway signs the SHA-256 of the body it "
                     "received (%2)")
                     .arg(echo(trimmed(declaredHashes.first())
                                   .first(std::min<qsizetype>(trimmed(declaredHashes.first()).size(), 80))),
                          QString::fromLatin1(payloadHash));
    }
    if (!isLowerHex64(providedSignature))
        hints << QStringLiteral("the Signature is not 64 lower-case hex digits");
    const QString failure = hints.isEmpty()
        ? QStringLiteral(
              "The signature does not match: either the client's secret for %1 differs from the one in "
              "%2, or the client signed a different canonical request (compare the client's with the "
              "canonical request computed here).")
              .arg(r.accessKeyId, found->source)
        : QStringLiteral("The signature does not match: %1.").arg(hints.join(QStringLiteral("; ")));
    return v.fail(QStringLiteral("signature matches"),
                  kMismatch + QStringLiteral("\n\nThe Canonical String for this request should have been\n'")
                      + r.canonicalRequest + QStringLiteral("'\n\nThe String-to-Sign should have been\n'")
                      + r.stringToSign + QStringLiteral("'\n"),
                  kInvalidType, kInvalidSignature, failure);
}

// ---- Signing

SigV4SignedRequest signSigV4(const SigV4Request &request, const Credential &credential,
                             const SigV4SigningOptions &options)
{
    SigV4SignedRequest out;
    out.request = request;
    if (!hasHeader(request, "host")) {
        out.problem = QStringLiteral("The request has no Host header; SigV4 signs the Host header.");
        return out;
    }
    const QByteArray amzDate = formatAmzDate(options.nowEpochSeconds);
    const QByteArray scope = amzDate.first(8) + '/' + options.region.toUtf8() + '/' + options.service.toUtf8()
        + '/' + kTerminator;
    const QByteArray token = credential.sessionToken.toUtf8();
    const bool withToken = !token.isEmpty();
    const QByteArray payloadHash = sha256Hex(request.body);
    SigV4Request &req = out.request;

    auto namesToSign = [&](const QList<QByteArray> &required) {
        QList<QByteArray> names;
        if (options.headersToSign.isEmpty()) {
            static const QList<QByteArray> unsigned_
                = {"authorization", "user-agent", "expect", "x-amzn-trace-id"};
            for (const auto &h : req.headers) {
                const QByteArray name = asciiLower(h.first);
                if (!unsigned_.contains(name))
                    names.append(name);
            }
        } else {
            for (const QByteArray &name : options.headersToSign)
                names.append(asciiLower(name));
        }
        names.append("host");
        names.append(required);
        if (withToken && !options.signSessionToken)
            names.removeAll("x-amz-security-token");
        return normalizedHeaderNames(joined(names, ';'));
    };

    if (!options.presign) {
        removeHeader(req, "authorization");
        removeHeader(req, "x-amz-date");
        removeHeader(req, "x-amz-security-token");
        req.headers.append({QByteArrayLiteral("X-Amz-Date"), amzDate});
        QList<QByteArray> required = {"x-amz-date"};
        if (withToken && options.signSessionToken) {
            req.headers.append({QByteArrayLiteral("X-Amz-Security-Token"), token});
            required.append("x-amz-security-token");
        }
        if (options.addContentSha256) {
            removeHeader(req, "x-amz-content-sha256");
            req.headers.append({QByteArrayLiteral("x-amz-content-sha256"), payloadHash});
            required.append("x-amz-content-sha256");
        }
        const QList<QByteArray> names = namesToSign(required);
        out.signedHeaders = joined(names, ';');
        out.canonicalRequest
            = buildCanonicalRequest(req, names, options.normalizePath, false, false, payloadHash);
        out.stringToSign = stringToSign(amzDate, scope, out.canonicalRequest);
        out.signature = signature(signingKey(credential.secret, amzDate.first(8), options.region.toUtf8(),
                                             options.service.toUtf8()),
                                  out.stringToSign);
        if (withToken && !options.signSessionToken)
            req.headers.append({QByteArrayLiteral("X-Amz-Security-Token"), token});
        out.authorization = QByteArray(kAlgorithm) + " Credential=" + credential.accessKeyId.toUtf8() + '/'
            + scope + ", SignedHeaders=" + out.signedHeaders + ", Signature=" + out.signature;
        req.headers.append({QByteArrayLiteral("Authorization"), out.authorization});
        return out;
    }

    const QList<QByteArray> names = namesToSign({});
    out.signedHeaders = joined(names, ';');
    QByteArray params = "X-Amz-Algorithm=" + QByteArray(kAlgorithm) + "&X-Amz-Credential="
        + uriEncode(credential.accessKeyId.toUtf8() + '/' + scope, false) + "&X-Amz-Date=" + amzDate;
    if (options.expiresSeconds >= 0)
        params += "&X-Amz-Expires=" + QByteArray::number(options.expiresSeconds);
    if (withToken && options.signSessionToken)
        params += "&X-Amz-Security-Token=" + uriEncode(token, false);
    params += "&X-Amz-SignedHeaders=" + uriEncode(out.signedHeaders, false);
    req.query = req.query.isEmpty() ? params : req.query + '&' + params;
    out.canonicalRequest = buildCanonicalRequest(req, names, options.normalizePath, true, false, payloadHash);
    out.stringToSign = stringToSign(amzDate, scope, out.canonicalRequest);
    out.signature = signature(
        signingKey(credential.secret, amzDate.first(8), options.region.toUtf8(), options.service.toUtf8()),
        out.stringToSign);
    if (withToken && !options.signSessionToken)
        req.query += "&X-Amz-Security-Token=" + uriEncode(token, false);
    req.query += "&X-Amz-Signature=" + out.signature;
    return out;
}

} // namespace gw::auth
