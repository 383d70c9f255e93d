// SPDX-License-Identifier: GPL-3.0-or-later
#include "jose.h"

#include "common/jsontext.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLoggingCategory>

#include <cmath>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

// Where each rule comes from.
//
// API Gateway, HTTP API JWT authorizers
// - The identity source holds the token alone or prefixed with "Bearer "; API Gateway decodes it, checks "the
//   token's algorithm and signature by using the public key that is fetched from the issuer's jwks_uri.
//   Currently, only RSA-based algorithms are supported."; then: kid "must have a header claim that matches
//   the key in the jwks_uri that signed the token"; iss must match the authorizer's issuer; aud or client_id
//   must match one of its audience entries; exp must be after the current time; nbf and iat must be before
//   it; scope or scp must include at least one of the route's authorization scopes. If any step fails, the
//   request is denied: API Gateway Developer Guide, "Controlling access to HTTP APIs with JWT authorizers"
//   (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-jwt-authorizer.html;
//   awsdocs/amazon-api-gateway-developer-guide doc_source/http-api-jwt-authorizer.md, 2023). The kid sentence
//   was added by awsdocs/amazon-api-gateway-developer-guide PR #59 ("a necessary implementation detail about
//   setting a kid claim in the token header").
// - "API Gateway validates client_id only if aud is not present. When both aud and client_id are present, API
//   Gateway evaluates aud."; the 401 carries `www-authenticate: Bearer scope="" error="invalid_token"
//   error_description="the token does not have a valid audience"`: API Gateway Developer Guide,
//   "Troubleshooting issues with HTTP API JWT authorizers" (http-api-troubleshooting-jwt.html).
// - "A valid JWT must provide an aud that matches at least one entry in this list"; a Cognito issuer is
//   https://cognito-idp.{region}.amazonaws.com/{userPoolId}: CloudFormation, AWS::ApiGatewayV2::Authorizer
//   JWTConfiguration.
// - The issuer "must match the token's iss claim exactly, including any trailing slash": API Gateway
// Developer
//   Guide, "Create a JWT authorizer for a REST API" (rest-api-jwt-authorizer-create.html), the newer REST API
//   JWT authorizer; taken to hold for HTTP APIs too.
// - Cognito access tokens carry client_id, scope, iat and exp but neither aud nor nbf (the access token
// payload
//   quoted in awsdocs/amazon-api-gateway-developer-guide issue #76, from the Cognito Developer Guide);
//   Cognito ID tokens carry aud = the app client id. So nbf and iat are checked only when present, and
//   client_id stands in for aud. Cognito user pool authorizers (REST) are configured here as issuer = the
//   user pool's issuer URL and audiences = its app client ids.
//
// JOSE
// - Compact serialization (three base64url parts), base64url without padding: RFC 7515 sections 2, 3.1
// and 7.1.
//   Five parts is JWE (RFC 7516 section 7.1).
// - crit: a recipient that does not understand a listed extension MUST reject the JWS; crit MUST NOT be empty
// or
//   name a header parameter defined by the JWS/JWA specifications: RFC 7515 section 4.1.11. RFC 7797
//   b64=false must be listed in crit (RFC 7797 section 6), so unencoded payloads are rejected with it.
// - Duplicate header member names: reject, or keep the lexically last: RFC 7515 section 5.2. QJsonDocument
// keeps
//   the last.
// - alg values are case-sensitive (RFC 7515 section 4.1.1); "none" is an Unsecured JWS (RFC 7518 section 3.6)
//   and is rejected here whatever the allowed list says (RFC 8725 section 3.1: libraries MUST let the caller
//   choose the algorithms; section 2.1 on "none").
// - The key decides what it may verify, never the header: "each key MUST be used with exactly one algorithm,
// and
//   this MUST be checked when the cryptographic operation is performed" (RFC 8725 section 3.1). A JWK's use
//   ("sig"), key_ops ("verify") and alg restrict it: RFC 7517 sections 4.2-4.4.
// - HS*: the key MUST be at least as long as the hash output (RFC 7518 section 3.2); tags compared in
// constant
//   time (RFC 7515 security considerations, "Timing Attacks"; CRYPTO_memcmp).
// - RS*: RSASSA-PKCS1-v1_5; keys of 2048 bits or more MUST be used (RFC 7518 section 3.3). PS*: RSASSA-PSS
// with
//   MGF1 using the same hash and a salt as long as the hash (RFC 7518 section 3.5).
// - ES*: the signature is R||S, each the curve's coordinate size (32, 48, 66 bytes), not DER (RFC 7518
// section
//   3.4); ES256/384/512 go with P-256/384/521. JWK x and y MUST be the full coordinate size (RFC 7518 section
//   6.2.1.2).
// - EdDSA with OKP Ed25519 keys: RFC 8037 sections 2 and 3.1.
// - A JWK Set's keys with a kty that is not understood SHOULD be ignored: RFC 7517 section 5.
// - Thumbprints: RFC 7638 section 3 (required members only, lexicographic order, no whitespace, SHA-256).
// - Claims: the claims set is a JSON object (RFC 7519 section 7.2); aud is a string or an array of strings
//   (section 4.1.3); exp: the current time MUST be before it (4.1.4); nbf: the current time MUST be after or
//   equal to it (4.1.5); NumericDate values may be non-integer (section 2). Leeway "usually no more than a
//   few minutes" MAY be allowed (4.1.4, 4.1.5).
// - Bearer tokens: RFC 6750 section 2.1; authentication scheme names are case-insensitive (RFC 7235
// section 2.1).
// - The "scp" claim as an array of strings: ldapwiki "Scp (Scopes) Claim" and common IdPs (Okta, Azure AD);
// the
//   space-separated "scope" claim: RFC 8693 section 4.2.
//
// Choices where the sources are silent
// - Which "RSA-based" algorithms: RS256, RS384 and RS512 (httpApiJwtAlgorithms()). AWS does not list them;
// the
//   RS family is what Cognito and the common IdPs publish. PS256/384/512 are implemented and can be allowed,
//   but are not the default, so Gatehouse never accepts a token that API Gateway might not.
// - Leeway: AWS documents none; the default is 0 and the documented comparisons are used exactly. It is
//   configurable because a zero-leeway emulator rejects fresh tokens whenever the host clock lags the IdP's
//   (ministackorg/ministack issue #1033).
// - Boundaries: expired when now >= exp + leeway; not yet valid when now + leeway < nbf; rejected when
//   iat > now + leeway ("before the current time" read as "not after it", so a token minted this second
//   works).
// - exp is required (requireExp, default true): AWS lists it among the claims it evaluates, and failing
// closed
//   keeps an emulator from accepting what AWS may refuse. nbf and iat are checked only when present.
// - A claim of the wrong type (exp as a string, iss as a number, aud as an object) fails that claim's check.
//   NumericDates are accepted from year 1 to year 9999.
// - crit is rejected whatever it lists: Gatehouse understands no JWS extension.
// - kid matches exactly (case-sensitive). When several keys share a kid, the first that can verify alg is
// used.
//   With requireKid off and no kid, every key that can verify alg is tried in order.
// - A JWKS key of a kty or curve Gatehouse does not use is skipped (RFC 7517 section 5) and listed; a key of
// a
//   known kty that is malformed fails the whole document with a precise problem, so a typo is not silent.
// - Base64url is strict about the alphabet and padding (as Go's RawURLEncoding) but accepts non-zero unused
//   trailing bits, as most decoders do.
// - Limits: a token over 64 KiB and a JWKS over 1 MiB or with more than 1000 keys are rejected before
// decoding.
// - Header parameters that carry keys (jwk, jku, x5u, x5c) are never used: keys come only from the
// authorizer's
//   JWKS.
// - The wording of every failure and check line is Gatehouse's own; AWS's error_description strings are not
//   documented beyond the one quoted above.

namespace gw::auth {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcJose, "gatehouse.auth.jose")

namespace {

constexpr qsizetype kMaxTokenBytes = 64 * 1024;
constexpr qsizetype kMaxJwksBytes = 1024 * 1024;
constexpr qsizetype kMaxJwksKeys = 1000;
constexpr int kMinRsaBits = 2048;
constexpr int kGeneratedRsaBits = 2048;
/// NumericDates Gatehouse can show: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z.
constexpr double kMinNumericDate = -62135596800.0;
constexpr double kMaxNumericDate = 253402300799.0;

// ---- OpenSSL ownership ----

/// A deleter that calls OpenSSL's free function `F`.
template<auto F>
struct Freer
{
    template<typename T>
    void operator()(T *p) const
    {
        F(p);
    }
};

using PkeyPtr = std::unique_ptr<EVP_PKEY, Freer<&EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Freer<&EVP_PKEY_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Freer<&EVP_MD_CTX_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Freer<&BN_free>>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, Freer<&OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, Freer<&OSSL_PARAM_free>>;
using BioPtr = std::unique_ptr<BIO, Freer<&BIO_free>>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, Freer<&ECDSA_SIG_free>>;

const unsigned char *bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}

/// The first OpenSSL error as text, for logs; the queue is emptied so it cannot leak into other code
/// (QtNetwork shares the thread's queue).
QString takeOpenSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return u"no OpenSSL error recorded"_s;
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

// ---- algorithms ----

enum class Family { Hmac, RsaPkcs1, RsaPss, Ecdsa, EdDsa };

struct Algorithm
{
    const char *name;
    Family family;
    const char *digest; ///< OpenSSL digest name; nullptr for EdDSA
    int size; ///< HMAC/PSS: hash bytes; ECDSA: coordinate bytes
    const char *curve; ///< JWK crv for ECDSA and EdDSA
};

constexpr Algorithm kAlgorithms[] = {
    {"HS256", Family::Hmac, "SHA256", 32, nullptr},     {"HS384", Family::Hmac, "SHA384", 48, nullptr},
    {"HS512", Family::Hmac, "SHA512", 64, nullptr},     {"RS256", Family::RsaPkcs1, "SHA256", 32, nullptr},
    {"RS384", Family::RsaPkcs1, "SHA384", 48, nullptr}, {"RS512", Family::RsaPkcs1, "SHA512", 64, nullptr},
    {"PS256", Family::RsaPss, "SHA256", 32, nullptr},   {"PS384", Family::RsaPss, "SHA384", 48, nullptr},
    {"PS512", Family::RsaPss, "SHA512", 64, nullptr},   {"ES256", Family::Ecdsa, "SHA256", 32, "P-256"},
    {"ES384", Family::Ecdsa, "SHA384", 48, "P-384"},    {"ES512", Family::Ecdsa, "SHA512", 66, "P-521"},
    {"EdDSA", Family::EdDsa, nullptr, 0, "Ed25519"},
};

const Algorithm *findAlgorithm(QStringView name)
{
    for (const Algorithm &a : kAlgorithms) {
        if (name == QLatin1StringView(a.name))
            return &a;
    }
    return nullptr;
}

struct Curve
{
    const char *jwkName;
    const char *opensslGroup;
    int coordinateBytes;
    int bits;
};

constexpr Curve kCurves[] = {
    {"P-256", "prime256v1", 32, 256},
    {"P-384", "secp384r1", 48, 384},
    {"P-521", "secp521r1", 66, 521},
};

const Curve *findCurve(QStringView crv)
{
    for (const Curve &c : kCurves) {
        if (crv == QLatin1StringView(c.jwkName))
            return &c;
    }
    return nullptr;
}

QString utc(double epochSeconds)
{
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(std::floor(epochSeconds)), Qt::UTC)
        .toString(Qt::ISODate);
}

/// "312 s", or "7300 s (about 2 h)" for longer spans.
QString span(qint64 seconds)
{
    const QString exact = u"%1 s"_s.arg(seconds);
    if (seconds < 3600)
        return exact;
    if (seconds < 2 * 86400)
        return u"%1 (about %2 h)"_s.arg(exact).arg((seconds + 1800) / 3600);
    return u"%1 (about %2 days)"_s.arg(exact).arg((seconds + 43200) / 86400);
}

qint64 roundedSeconds(double seconds)
{
    return static_cast<qint64>(std::llround(seconds));
}

// ---- JWK parsing ----

enum class KeyParse { Ok, Unsupported, Malformed };

std::optional<QByteArray> decodeMember(const QJsonObject &jwk, QLatin1StringView name, const QString &where,
                                       QString *problem)
{
    const QJsonValue v = jwk.value(name);
    if (v.isUndefined()) {
        *problem = u"%1%2 is missing"_s.arg(where, name);
        return std::nullopt;
    }
    if (!v.isString()) {
        *problem = u"%1%2 must be a base64url string; got %3"_s.arg(where, name, describeJsonValue(v));
        return std::nullopt;
    }
    qsizetype bad = 0;
    auto decoded = base64UrlDecode(QStringView(v.toString()).toLatin1(), &bad);
    if (!decoded) {
        const QString s = v.toString();
        *problem = bad < s.size()
            ? u"%1%2 is not base64url: character '%3' at offset %4"_s.arg(where, name, s.at(bad)).arg(bad)
            : u"%1%2 is not base64url: %3 characters cannot encode whole bytes"_s.arg(where, name)
                  .arg(s.size());
        return std::nullopt;
    }
    if (decoded->isEmpty()) {
        *problem = u"%1%2 is empty"_s.arg(where, name);
        return std::nullopt;
    }
    return decoded;
}

bool optionalString(const QJsonObject &jwk, QLatin1StringView name, const QString &where, QString *out,
                    QString *problem)
{
    const QJsonValue v = jwk.value(name);
    if (v.isUndefined())
        return true;
    if (!v.isString()) {
        *problem = u"%1%2 must be a string; got %3"_s.arg(where, name, describeJsonValue(v));
        return false;
    }
    *out = v.toString();
    return true;
}

PkeyPtr rsaPublicKey(const QByteArray &n, const QByteArray &e)
{
    BnPtr bnN(BN_bin2bn(bytes(n), int(n.size()), nullptr));
    BnPtr bnE(BN_bin2bn(bytes(e), int(e.size()), nullptr));
    ParamBldPtr bld(OSSL_PARAM_BLD_new());
    if (!bnN || !bnE || !bld || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, bnN.get())
        || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, bnE.get()))
        return nullptr;
    ParamPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY *raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return nullptr;
    return PkeyPtr(raw);
}

/// Imports an EC public point; OpenSSL refuses a point that is not on the curve.
PkeyPtr ecPublicKey(const Curve &curve, const QByteArray &x, const QByteArray &y)
{
    QByteArray point;
    point.reserve(1 + x.size() + y.size());
    point.append('\x04').append(x).append(y);
    ParamBldPtr bld(OSSL_PARAM_BLD_new());
    if (!bld || !OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, curve.opensslGroup, 0)
        || !OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                             std::size_t(point.size())))
        return nullptr;
    ParamPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY *raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return nullptr;
    PkeyPtr key(raw);
    PkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
    if (!check || EVP_PKEY_public_check(check.get()) != 1)
        return nullptr;
    return key;
}

QByteArray bnBytes(EVP_PKEY *key, const char *param)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, param, &raw) != 1)
        return {};
    BnPtr bn(raw);
    QByteArray out(BN_num_bytes(bn.get()), Qt::Uninitialized);
    BN_bn2bin(bn.get(), reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

QByteArray sha256Thumbprint(const QByteArray &canonicalJson)
{
    return base64UrlEncode(QCryptographicHash::hash(canonicalJson, QCryptographicHash::Sha256));
}

} // namespace

// ---- base64url ----

QByteArray base64UrlEncode(QByteArrayView data)
{
    return data.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> base64UrlDecode(QByteArrayView text, qsizetype *badOffset)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_';
        if (!ok) {
            if (badOffset)
                *badOffset = i;
            return std::nullopt;
        }
    }
    if (text.size() % 4 == 1) {
        if (badOffset)
            *badOffset = text.size();
        return std::nullopt;
    }
    auto result = QByteArray::fromBase64Encoding(
        text.toByteArray(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result) {
        if (badOffset)
            *badOffset = text.size();
        return std::nullopt;
    }
    return std::move(result.decoded);
}

QStringList supportedJwsAlgorithms()
{
    QStringList out;
    for (const Algorithm &a : kAlgorithms)
        out.append(QString::fromLatin1(a.name));
    return out;
}

QStringList httpApiJwtAlgorithms()
{
    return {u"RS256"_s, u"RS384"_s, u"RS512"_s};
}

// ---- Jwk ----

struct JwkData
{
    QJsonObject json;
    QString kid;
    QString kty;
    QString alg;
    QString use;
    QString crv;
    QStringList keyOps;
    bool hasKeyOps = false;
    bool hasPrivate = false;
    int bits = 0;
    QByteArray secret; ///< oct only; wiped on destruction
    PkeyPtr pkey; ///< RSA, EC, OKP public key

    ~JwkData()
    {
        if (!secret.isEmpty())
            OPENSSL_cleanse(secret.data(), std::size_t(secret.size()));
    }
};

/// The one door to a Jwk's data, for the functions in this file.
class JwkAccess
{
public:
    static const JwkData *data(const Jwk &key) { return key.m_d.get(); }
    static Jwk make(std::shared_ptr<const JwkData> data)
    {
        Jwk key;
        key.m_d = std::move(data);
        return key;
    }
};

namespace {

/// Parses one JWK; `where` prefixes member names in problems ("keys[1]." or "").
KeyParse parseKey(const QJsonObject &jwk, const QString &where, std::shared_ptr<JwkData> *out,
                  QString *problem)
{
    auto d = std::make_shared<JwkData>();
    d->json = jwk;
    const QJsonValue kty = jwk.value("kty"_L1);
    if (kty.isUndefined()) {
        *problem = u"%1kty is missing"_s.arg(where);
        return KeyParse::Malformed;
    }
    if (!kty.isString()) {
        *problem = u"%1kty must be a string; got %2"_s.arg(where, describeJsonValue(kty));
        return KeyParse::Malformed;
    }
    d->kty = kty.toString();
    if (!optionalString(jwk, "kid"_L1, where, &d->kid, problem)
        || !optionalString(jwk, "alg"_L1, where, &d->alg, problem)
        || !optionalString(jwk, "use"_L1, where, &d->use, problem)
        || !optionalString(jwk, "crv"_L1, where, &d->crv, problem))
        return KeyParse::Malformed;
    const QJsonValue ops = jwk.value("key_ops"_L1);
    if (!ops.isUndefined()) {
        if (!ops.isArray()) {
            *problem = u"%1key_ops must be an array of strings; got %2"_s.arg(where, describeJsonValue(ops));
            return KeyParse::Malformed;
        }
        const QJsonArray array = ops.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array[i].isString()) {
                *problem = u"%1key_ops[%2] must be a string; got %3"_s.arg(where).arg(i).arg(
                    describeJsonValue(array[i]));
                return KeyParse::Malformed;
            }
            d->keyOps.append(array[i].toString());
        }
        d->hasKeyOps = true;
    }

    if (d->kty == "RSA"_L1) {
        const auto n = decodeMember(jwk, "n"_L1, where, problem);
        if (!n)
            return KeyParse::Malformed;
        const auto e = decodeMember(jwk, "e"_L1, where, problem);
        if (!e)
            return KeyParse::Malformed;
        d->pkey = rsaPublicKey(*n, *e);
        if (!d->pkey) {
            *problem = u"%1n and e do not form an RSA public key (%2)"_s.arg(where, takeOpenSslError());
            return KeyParse::Malformed;
        }
        d->bits = EVP_PKEY_get_bits(d->pkey.get());
        for (const char *m : {"d", "p", "q", "dp", "dq", "qi", "oth"})
            d->hasPrivate = d->hasPrivate || jwk.contains(QLatin1StringView(m));
    } else if (d->kty == "EC"_L1) {
        if (!jwk.contains("crv"_L1)) {
            *problem = u"%1crv is missing"_s.arg(where);
            return KeyParse::Malformed;
        }
        const Curve *curve = findCurve(d->crv);
        if (!curve) {
            *problem
                = u"%1has kty \"EC\" with crv %2, which Gatehouse does not support (P-256, P-384, P-521)"_s
                      .arg(where.isEmpty() ? u"the key "_s : where.chopped(1) + u' ', quoted(d->crv));
            return KeyParse::Unsupported;
        }
        const auto x = decodeMember(jwk, "x"_L1, where, problem);
        if (!x)
            return KeyParse::Malformed;
        const auto y = decodeMember(jwk, "y"_L1, where, problem);
        if (!y)
            return KeyParse::Malformed;
        for (const auto &[name, value] : {std::pair {"x", &*x}, std::pair {"y", &*y}}) {
            if (value->size() != curve->coordinateBytes) {
                *problem = u"%1%2 must be %3 bytes for %4; got %5"_s.arg(where, QLatin1StringView(name))
                               .arg(curve->coordinateBytes)
                               .arg(d->crv)
                               .arg(value->size());
                return KeyParse::Malformed;
            }
        }
        d->pkey = ecPublicKey(*curve, *x, *y);
        if (!d->pkey) {
            ERR_clear_error();
            *problem = u"%1x and y are not a point on %2"_s.arg(where, d->crv);
            return KeyParse::Malformed;
        }
        d->bits = curve->bits;
        d->hasPrivate = jwk.contains("d"_L1);
    } else if (d->kty == "oct"_L1) {
        const auto k = decodeMember(jwk, "k"_L1, where, problem);
        if (!k)
            return KeyParse::Malformed;
        d->secret = *k;
        d->bits = int(k->size() * 8);
        d->hasPrivate = true;
    } else if (d->kty == "OKP"_L1) {
        if (!jwk.contains("crv"_L1)) {
            *problem = u"%1crv is missing"_s.arg(where);
            return KeyParse::Malformed;
        }
        if (d->crv != "Ed25519"_L1) {
            *problem
                = u"%1has kty \"OKP\" with crv %2, which is not a signature key Gatehouse supports (Ed25519)"_s
                      .arg(where.isEmpty() ? u"the key "_s : where.chopped(1) + u' ', quoted(d->crv));
            return KeyParse::Unsupported;
        }
        const auto x = decodeMember(jwk, "x"_L1, where, problem);
        if (!x)
            return KeyParse::Malformed;
        if (x->size() != 32) {
            *problem = u"%1x must be 32 bytes for Ed25519; got %2"_s.arg(where).arg(x->size());
            return KeyParse::Malformed;
        }
        d->pkey.reset(EVP_PKEY_new_raw_public_key_ex(nullptr, "ED25519", nullptr, bytes(*x), 32));
        if (!d->pkey) {
            *problem = u"%1x is not an Ed25519 public key (%2)"_s.arg(where, takeOpenSslError());
            return KeyParse::Malformed;
        }
        d->bits = 256;
        d->hasPrivate = jwk.contains("d"_L1);
    } else {
        *problem = u"%1has kty %2, which Gatehouse does not support (RSA, EC, oct, OKP)"_s.arg(
            where.isEmpty() ? u"the key "_s : where.chopped(1) + u' ', quoted(d->kty));
        return KeyParse::Unsupported;
    }
    *out = std::move(d);
    return KeyParse::Ok;
}

} // namespace

Jwk::Jwk() = default;

std::optional<Jwk> Jwk::fromJson(const QJsonObject &jwk, QString *problem)
{
    QString local;
    QString *p = problem ? problem : &local;
    std::shared_ptr<JwkData> d;
    if (parseKey(jwk, QString(), &d, p) != KeyParse::Ok)
        return std::nullopt;
    return JwkAccess::make(std::move(d));
}

bool Jwk::isNull() const
{
    return !m_d;
}

QString Jwk::kid() const
{
    return m_d ? m_d->kid : QString();
}

QString Jwk::kty() const
{
    return m_d ? m_d->kty : QString();
}

QString Jwk::alg() const
{
    return m_d ? m_d->alg : QString();
}

QString Jwk::use() const
{
    return m_d ? m_d->use : QString();
}

QString Jwk::crv() const
{
    return m_d ? m_d->crv : QString();
}

QStringList Jwk::keyOps() const
{
    return m_d ? m_d->keyOps : QStringList();
}

int Jwk::bits() const
{
    return m_d ? m_d->bits : 0;
}

bool Jwk::hasPrivateMembers() const
{
    return m_d && m_d->hasPrivate;
}

bool Jwk::canVerify(QStringView alg, QString *why) const
{
    QString local;
    QString &reason = why ? *why : local;
    if (!m_d) {
        reason = u"the key is empty"_s;
        return false;
    }
    const Algorithm *a = findAlgorithm(alg);
    if (!a) {
        reason = u"alg %1 is not a JWS algorithm Gatehouse implements"_s.arg(quoted(alg));
        return false;
    }
    const QString who = describe();
    // The key's type first: it alone decides which family of algorithms is possible (RFC 8725 section 3.1).
    switch (a->family) {
    case Family::Hmac:
        if (m_d->kty != "oct"_L1) {
            reason
                = u"%1 needs a symmetric (oct) key; %2 is a public key, which is never used as an HMAC secret"_s
                      .arg(alg, who);
            return false;
        }
        break;
    case Family::RsaPkcs1:
    case Family::RsaPss:
        if (m_d->kty != "RSA"_L1) {
            reason = u"%1 needs an RSA key; %2 is not one"_s.arg(alg, who);
            return false;
        }
        break;
    case Family::Ecdsa:
        if (m_d->kty != "EC"_L1 || m_d->crv != QLatin1StringView(a->curve)) {
            reason = u"%1 needs an EC key on %2; %3 is not one"_s.arg(alg, QLatin1StringView(a->curve), who);
            return false;
        }
        break;
    case Family::EdDsa:
        if (m_d->kty != "OKP"_L1 || m_d->crv != "Ed25519"_L1) {
            reason = u"EdDSA needs an OKP Ed25519 key; %1 is not one"_s.arg(who);
            return false;
        }
        break;
    }
    if (!m_d->use.isEmpty() && m_d->use != "sig"_L1) {
        reason = u"%1 has use %2, so it does not verify signatures"_s.arg(who, quoted(m_d->use));
        return false;
    }
    if (m_d->hasKeyOps && !m_d->keyOps.contains("verify"_L1)) {
        reason = u"%1 has key_ops without \"verify\""_s.arg(who);
        return false;
    }
    if (!m_d->alg.isEmpty() && m_d->alg != alg) {
        reason = u"%1 is for %2 only, not %3"_s.arg(who, m_d->alg, alg);
        return false;
    }
    if (a->family == Family::Hmac && m_d->secret.size() < a->size) {
        reason = u"%1 needs a secret of at least %2 bytes (RFC 7518 section 3.2); %3 has %4"_s.arg(alg)
                     .arg(a->size)
                     .arg(who)
                     .arg(m_d->secret.size());
        return false;
    }
    if ((a->family == Family::RsaPkcs1 || a->family == Family::RsaPss) && m_d->bits < kMinRsaBits) {
        reason = u"%1 needs an RSA key of at least %2 bits (RFC 7518 section 3.3); %3 is too small"_s.arg(alg)
                     .arg(kMinRsaBits)
                     .arg(who);
        return false;
    }
    return true;
}

QByteArray Jwk::thumbprint() const
{
    if (!m_d)
        return {};
    const auto member = [this](QLatin1StringView name) {
        return m_d->json.value(name).toString().toUtf8();
    };
    QByteArray canonical;
    if (m_d->kty == "RSA"_L1) {
        canonical = "{\"e\":\"" + member("e"_L1) + "\",\"kty\":\"RSA\",\"n\":\"" + member("n"_L1) + "\"}";
    } else if (m_d->kty == "EC"_L1) {
        canonical = "{\"crv\":\"" + m_d->crv.toUtf8() + "\",\"kty\":\"EC\",\"x\":\"" + member("x"_L1)
            + "\",\"y\":\"" + member("y"_L1) + "\"}";
    } else if (m_d->kty == "oct"_L1) {
        canonical = "{\"k\":\"" + member("k"_L1) + "\",\"kty\":\"oct\"}";
    } else if (m_d->kty == "OKP"_L1) {
        canonical
            = "{\"crv\":\"" + m_d->crv.toUtf8() + "\",\"kty\":\"OKP\",\"x\":\"" + member("x"_L1) + "\"}";
    }
    return sha256Thumbprint(canonical);
}

QJsonObject Jwk::publicJson() const
{
    if (!m_d)
        return {};
    QJsonObject out = m_d->json;
    for (const char *m : {"d", "p", "q", "dp", "dq", "qi", "oth", "k"})
        out.remove(QLatin1StringView(m));
    return out;
}

QString Jwk::describe() const
{
    if (!m_d)
        return u"an empty key"_s;
    QString what;
    if (m_d->kty == "RSA"_L1)
        what = u"RSA %1-bit key"_s.arg(m_d->bits);
    else if (m_d->kty == "EC"_L1)
        what = u"EC %1 key"_s.arg(m_d->crv);
    else if (m_d->kty == "oct"_L1)
        what = u"oct %1-bit secret"_s.arg(m_d->bits);
    else
        what = u"OKP %1 key"_s.arg(m_d->crv);
    return m_d->kid.isEmpty() ? what + u" (no kid)"_s : u"%1 kid=%2"_s.arg(what, m_d->kid);
}

// ---- JwkSet ----

const Jwk *JwkSet::byKid(QStringView kid) const
{
    for (const Jwk &k : keys) {
        if (!k.isNull() && k.kid() == kid)
            return &k;
    }
    return nullptr;
}

std::optional<JwkSet> parseJwks(const QByteArray &json, QString *problem)
{
    QString local;
    QString &p = problem ? *problem : local;
    if (json.size() > kMaxJwksBytes) {
        p = u"the JWKS is %1 bytes; Gatehouse reads at most %2"_s.arg(json.size()).arg(kMaxJwksBytes);
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull()) {
        p = u"the JWKS is not JSON: %1 at offset %2"_s.arg(error.errorString()).arg(error.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        p = u"the JWKS must be a JSON object ({\"keys\": [...]} or a single JWK); got an array"_s;
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    JwkSet set;
    if (!root.contains("keys"_L1)) {
        if (!root.contains("kty"_L1)) {
            p = u"the document has neither keys (a JWK Set) nor kty (a single JWK)"_s;
            return std::nullopt;
        }
        std::shared_ptr<JwkData> d;
        switch (parseKey(root, QString(), &d, &p)) {
        case KeyParse::Ok:
            set.keys.append(JwkAccess::make(std::move(d)));
            break;
        case KeyParse::Unsupported:
            set.skipped.append(p + u"; skipped"_s);
            p.clear();
            break;
        case KeyParse::Malformed:
            return std::nullopt;
        }
        return set;
    }
    const QJsonValue keys = root.value("keys"_L1);
    if (!keys.isArray()) {
        p = u"keys must be an array of JWK objects; got %1"_s.arg(describeJsonValue(keys));
        return std::nullopt;
    }
    const QJsonArray array = keys.toArray();
    if (array.size() > kMaxJwksKeys) {
        p = u"keys has %1 entries; Gatehouse reads at most %2"_s.arg(array.size()).arg(kMaxJwksKeys);
        return std::nullopt;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = u"keys[%1]."_s.arg(i);
        if (!array[i].isObject()) {
            p = u"keys[%1] must be a JWK object; got %2"_s.arg(i).arg(describeJsonValue(array[i]));
            return std::nullopt;
        }
        const QJsonObject object = array[i].toObject();
        std::shared_ptr<JwkData> d;
        switch (parseKey(object, where, &d, &p)) {
        case KeyParse::Ok:
            set.keys.append(JwkAccess::make(std::move(d)));
            break;
        case KeyParse::Unsupported:
            set.skipped.append(p + u"; skipped"_s);
            p.clear();
            break;
        case KeyParse::Malformed:
            return std::nullopt;
        }
    }
    return set;
}

// ---- signatures ----

namespace {

bool digestVerify(EVP_PKEY *key, const Algorithm &a, QByteArrayView input, QByteArrayView signature)
{
    MdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr;
    if (!ctx || EVP_DigestVerifyInit_ex(ctx.get(), &pctx, a.digest, nullptr, nullptr, key, nullptr) != 1) {
        qCWarning(lcJose) << "EVP_DigestVerifyInit_ex failed:" << takeOpenSslError();
        return false;
    }
    if (a.family == Family::RsaPss) {
        if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1
            || EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1
            || EVP_PKEY_CTX_set_rsa_mgf1_md_name(pctx, a.digest, nullptr) != 1) {
            qCWarning(lcJose) << "setting up RSASSA-PSS failed:" << takeOpenSslError();
            return false;
        }
    }
    const int rc = EVP_DigestVerify(ctx.get(), bytes(signature), std::size_t(signature.size()), bytes(input),
                                    std::size_t(input.size()));
    ERR_clear_error();
    return rc == 1;
}

/// JWS R||S to the DER ECDSA-Sig-Value OpenSSL verifies.
QByteArray ecdsaRawToDer(QByteArrayView raw, int coordinateBytes)
{
    EcdsaSigPtr sig(ECDSA_SIG_new());
    BIGNUM *r = BN_bin2bn(bytes(raw), coordinateBytes, nullptr);
    BIGNUM *s = BN_bin2bn(bytes(raw) + coordinateBytes, coordinateBytes, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return {};
    }
    unsigned char *der = nullptr;
    const int length = i2d_ECDSA_SIG(sig.get(), &der);
    if (length <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

} // namespace

bool verifyJwsSignature(QByteArrayView signingInput, QByteArrayView signature, const Jwk &key,
                        QStringView alg, QString *problem)
{
    QString local;
    QString &p = problem ? *problem : local;
    if (!key.canVerify(alg, &p))
        return false;
    const Algorithm &a = *findAlgorithm(alg);
    const JwkData &d = *JwkAccess::data(key);
    const QString who = key.describe();
    const QString mismatch = u"the %1 signature does not match with %2"_s.arg(alg, who);
    switch (a.family) {
    case Family::Hmac: {
        unsigned char tag[EVP_MAX_MD_SIZE];
        std::size_t tagLength = 0;
        if (!EVP_Q_mac(nullptr, "HMAC", nullptr, a.digest, nullptr, bytes(d.secret),
                       std::size_t(d.secret.size()), bytes(signingInput), std::size_t(signingInput.size()),
                       tag, sizeof tag, &tagLength)) {
            qCWarning(lcJose) << "HMAC failed:" << takeOpenSslError();
            p = u"computing the HMAC failed"_s;
            return false;
        }
        if (std::size_t(signature.size()) != tagLength) {
            p = u"an %1 signature is %2 bytes; got %3"_s.arg(alg).arg(tagLength).arg(signature.size());
            return false;
        }
        const bool same = CRYPTO_memcmp(tag, signature.data(), tagLength) == 0;
        OPENSSL_cleanse(tag, sizeof tag);
        if (!same)
            p = mismatch;
        return same;
    }
    case Family::RsaPkcs1:
    case Family::RsaPss: {
        const int size = EVP_PKEY_get_size(d.pkey.get());
        if (signature.size() != size) {
            p = u"an %1 signature with a %2-bit key is %3 bytes; got %4"_s.arg(alg).arg(d.bits).arg(size).arg(
                signature.size());
            return false;
        }
        if (!digestVerify(d.pkey.get(), a, signingInput, signature)) {
            p = mismatch;
            return false;
        }
        return true;
    }
    case Family::Ecdsa: {
        if (signature.size() != 2 * a.size) {
            p = u"an %1 signature is %2 bytes (R||S, RFC 7518 section 3.4); got %3"_s.arg(alg)
                    .arg(2 * a.size)
                    .arg(signature.size());
            if (!signature.isEmpty() && signature[0] == 0x30)
                p += u", which looks DER-encoded"_s;
            return false;
        }
        const QByteArray der = ecdsaRawToDer(signature, a.size);
        if (der.isEmpty() || !digestVerify(d.pkey.get(), a, signingInput, der)) {
            ERR_clear_error();
            p = mismatch;
            return false;
        }
        return true;
    }
    case Family::EdDsa:
        if (signature.size() != 64) {
            p = u"an EdDSA (Ed25519) signature is 64 bytes; got %1"_s.arg(signature.size());
            return false;
        }
        if (!digestVerify(d.pkey.get(), a, signingInput, signature)) {
            p = mismatch;
            return false;
        }
        return true;
    }
    return false;
}

// ---- JWT ----

namespace {

/// Header parameters RFC 7515 and RFC 7518 define, which crit must not list (RFC 7515 section 4.1.11).
constexpr const char *kRegisteredHeaders[]
    = {"alg",  "jku", "jwk", "kid", "x5u", "x5c", "x5t", "x5t#S256", "typ", "cty",
       "crit", "enc", "zip", "epk", "apu", "apv", "iv",  "tag",      "p2s", "p2c"};

/// Why `crit` cannot be honoured, or empty when the header has none.
QString critProblem(const QJsonObject &header)
{
    if (!header.contains("crit"_L1))
        return {};
    const QJsonValue crit = header.value("crit"_L1);
    if (crit.isArray() && crit.toArray().isEmpty())
        return u"crit is an empty array; when present it must list header parameter names (RFC 7515 section "
               "4.1.11)"_s;
    if (!crit.isArray())
        return u"crit must be a non-empty array of header parameter names (RFC 7515 section 4.1.11); got %1"_s
            .arg(describeJsonValue(crit));
    QStringList names;
    for (const QJsonValue &v : crit.toArray()) {
        if (!v.isString() || v.toString().isEmpty())
            return u"crit must list header parameter names; it holds %1"_s.arg(describeJsonValue(v));
        for (const char *registered : kRegisteredHeaders) {
            if (v.toString() == QLatin1StringView(registered))
                return u"crit lists %1, which is a standard header parameter and must not be listed (RFC "
                       u"7515 "
                       "section 4.1.11)"_s.arg(quoted(v.toString()));
        }
        if (!header.contains(v.toString()))
            return u"crit lists %1, which the header does not contain"_s.arg(quoted(v.toString()));
        names.append(quoted(v.toString()));
    }
    return u"crit marks %1 as critical; Gatehouse, like a JWT authorizer, understands no JWS extension, so "
           u"the "
           "token must be rejected (RFC 7515 section 4.1.11)"_s.arg(names.join(u", "_s));
}

enum class DateState { Absent, Ok, Invalid };

DateState numericDate(const QJsonObject &claims, QLatin1StringView name, double *out, QString *problem)
{
    const QJsonValue v = claims.value(name);
    if (v.isUndefined())
        return DateState::Absent;
    if (!v.isDouble()) {
        *problem = u"%1 must be a NumericDate (seconds since 1970 as a JSON number); got %2"_s.arg(
            name, describeJsonValue(v));
        return DateState::Invalid;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < kMinNumericDate || d > kMaxNumericDate) {
        *problem = u"%1 is %2, outside the years 1 to 9999"_s.arg(name, describeJsonValue(v));
        return DateState::Invalid;
    }
    *out = d;
    return DateState::Ok;
}

/// Reads a string-or-array-of-strings claim; false with a problem when it has another shape.
bool stringOrStrings(const QJsonValue &v, QLatin1StringView name, QStringList *out, QString *problem)
{
    if (v.isString()) {
        out->append(v.toString());
        return true;
    }
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString()) {
                *problem = u"%1 must be a string or an array of strings; it holds %2"_s.arg(
                    name, describeJsonValue(item));
                return false;
            }
            out->append(item.toString());
        }
        return true;
    }
    *problem = u"%1 must be a string or an array of strings; got %2"_s.arg(name, describeJsonValue(v));
    return false;
}

/// Whether `json` is a single JSON scalar ("hi", 5, true), which QJsonDocument (Qt 6.4) does not parse on its
/// own.
bool isJsonScalar(const QByteArray &json)
{
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + json + ']');
    return wrapped.isArray() && wrapped.array().size() == 1;
}

QString quotedList(const QStringList &values)
{
    QStringList q;
    q.reserve(values.size());
    for (const QString &v : values)
        q.append(quoted(v));
    return q.join(u", "_s);
}

} // namespace

JwtResult verifyJwt(QByteArrayView compactToken, const JwkSet &keys, const JwtCheck &check)
{
    JwtResult r;
    const auto fail = [&r](QLatin1StringView code, const QString &why) {
        r.ok = false;
        r.failedCheck = code;
        r.failure = why;
        r.checks.append(why);
        return r;
    };

    // -- format --
    if (compactToken.isEmpty())
        return fail("format"_L1, u"the token is empty"_s);
    if (compactToken.size() > kMaxTokenBytes)
        return fail("format"_L1,
                    u"the token is %1 bytes; Gatehouse accepts at most %2"_s.arg(compactToken.size())
                        .arg(kMaxTokenBytes));
    const qsizetype parts = compactToken.count('.') + 1;
    if (parts != 3) {
        QString why
            = u"a signed JWT has 3 dot-separated parts (header.payload.signature); this token has %1"_s.arg(
                parts);
        if (parts == 5)
            why += u", which is an encrypted token (JWE); JWT authorizers accept only signed tokens"_s;
        return fail("format"_L1, why);
    }
    const qsizetype dot1 = compactToken.indexOf('.');
    const qsizetype dot2 = compactToken.indexOf('.', dot1 + 1);
    const QByteArrayView headerPart = compactToken.first(dot1);
    const QByteArrayView payloadPart = compactToken.sliced(dot1 + 1, dot2 - dot1 - 1);
    const QByteArrayView signaturePart = compactToken.sliced(dot2 + 1);
    const QByteArrayView signingInput = compactToken.first(dot2);
    r.checks.append(u"the token has 3 parts"_s);

    const auto decodePart = [](QByteArrayView part, QLatin1StringView name, QString *why) {
        qsizetype bad = 0;
        auto decoded = base64UrlDecode(part, &bad);
        if (!decoded) {
            *why = bad < part.size()
                ? u"the %1 is not base64url: byte 0x%2 at offset %3"_s.arg(name)
                      .arg(uchar(part[bad]), 2, 16, QChar(u'0'))
                      .arg(bad)
                : u"the %1 is not base64url: %2 characters cannot encode whole bytes"_s.arg(name).arg(
                    part.size());
        }
        return decoded;
    };
    QString why;
    const auto headerBytes = decodePart(headerPart, "header"_L1, &why);
    if (!headerBytes) {
        if (bearerToken(compactToken).size() != compactToken.size())
            why += u" (the value starts with an authentication scheme; pass only the token after \"Bearer \")"_s;
        return fail("format"_L1, why);
    }
    QJsonParseError error;
    const QJsonDocument headerDoc = QJsonDocument::fromJson(*headerBytes, &error);
    if (headerDoc.isNull() && isJsonScalar(*headerBytes))
        return fail("format"_L1, u"the header is JSON but not an object"_s);
    if (headerDoc.isNull())
        return fail("format"_L1,
                    u"the header is not JSON: %1 at offset %2"_s.arg(error.errorString()).arg(error.offset));
    if (!headerDoc.isObject())
        return fail("format"_L1, u"the header is JSON but not an object"_s);
    r.header = headerDoc.object();

    const auto payloadBytes = decodePart(payloadPart, "payload"_L1, &why);
    if (!payloadBytes)
        return fail("format"_L1, why);
    const auto signature = decodePart(signaturePart, "signature"_L1, &why);
    if (!signature)
        return fail("format"_L1, why);
    r.checks.append(u"header, payload and signature are base64url; the header is a JSON object"_s);
    if (const QString crit = critProblem(r.header); !crit.isEmpty())
        return fail("format"_L1, crit);

    const QJsonDocument claimsDoc = QJsonDocument::fromJson(*payloadBytes, &error);
    if (claimsDoc.isNull() && isJsonScalar(*payloadBytes))
        return fail("claims"_L1, u"the payload is JSON but not an object, so it is not a JWT claims set"_s);
    if (claimsDoc.isNull())
        return fail(
            "claims"_L1,
            u"the payload is not JSON (%1 at offset %2), so it carries no claims"_s.arg(error.errorString())
                .arg(error.offset));
    if (!claimsDoc.isObject())
        return fail("claims"_L1, u"the payload is JSON but not an object, so it is not a JWT claims set"_s);
    r.claims = claimsDoc.object();
    r.checks.append(u"the payload is a JSON object"_s);

    // -- alg --
    const QJsonValue algValue = r.header.value("alg"_L1);
    if (algValue.isUndefined())
        return fail("alg"_L1, u"the header has no alg"_s);
    if (!algValue.isString())
        return fail("alg"_L1, u"alg must be a string; got %1"_s.arg(describeJsonValue(algValue)));
    const QString alg = algValue.toString();
    if (alg.compare("none"_L1, Qt::CaseInsensitive) == 0)
        return fail(
            "alg_none"_L1,
            u"alg %1 marks an unsigned token; Gatehouse rejects it whatever the allowed algorithms are"_s.arg(
                quoted(alg)));
    if (!check.allowedAlgorithms.isEmpty() && !check.allowedAlgorithms.contains(alg))
        return fail("alg"_L1,
                    u"alg %1 is not allowed here; allowed: %2"_s.arg(quoted(alg),
                                                                     check.allowedAlgorithms.join(u", "_s)));
    if (!findAlgorithm(alg))
        return fail("alg"_L1,
                    u"alg %1 is not a JWS algorithm Gatehouse implements (%2)"_s.arg(
                        quoted(alg), supportedJwsAlgorithms().join(u", "_s)));
    r.checks.append(u"alg %1 is allowed"_s.arg(alg));

    // -- kid and key --
    const QJsonValue kidValue = r.header.value("kid"_L1);
    if (!kidValue.isUndefined() && !kidValue.isString())
        return fail("kid"_L1, u"kid must be a string; got %1"_s.arg(describeJsonValue(kidValue)));
    const bool hasKid = kidValue.isString();
    const QString kid = kidValue.toString();
    if (!hasKid && check.requireKid)
        return fail("kid"_L1,
                    u"the header has no kid, so no key of the JWKS can be chosen (API Gateway picks the "
                    "key by kid)"_s);
    r.checks.append(hasKid ? u"kid %1 is present"_s.arg(quoted(kid))
                           : u"the header has no kid; every key that can verify %1 is tried"_s.arg(alg));

    QList<const Jwk *> candidates;
    QString keyProblem;
    if (hasKid) {
        QList<const Jwk *> sameKid;
        for (const Jwk &k : keys.keys) {
            if (!k.isNull() && k.kid() == kid)
                sameKid.append(&k);
        }
        if (sameKid.isEmpty()) {
            QStringList known;
            for (const Jwk &k : keys.keys)
                known.append(k.kid().isEmpty() ? u"(none)"_s : quoted(k.kid()));
            return fail("key"_L1,
                        keys.keys.isEmpty() ? u"no key has kid %1: the JWKS is empty"_s.arg(quoted(kid))
                                            : u"no key in the JWKS has kid %1 (its kids: %2)"_s.arg(
                                                quoted(kid), known.join(u", "_s)));
        }
        for (const Jwk *k : std::as_const(sameKid)) {
            QString reason;
            if (k->canVerify(alg, &reason))
                candidates.append(k);
            else if (keyProblem.isEmpty())
                keyProblem = reason;
        }
    } else {
        for (const Jwk &k : keys.keys) {
            QString reason;
            if (k.canVerify(alg, &reason))
                candidates.append(&k);
            else if (keyProblem.isEmpty())
                keyProblem = reason;
        }
        if (candidates.isEmpty() && keyProblem.isEmpty())
            keyProblem = u"the JWKS is empty"_s;
    }
    if (candidates.isEmpty())
        return fail("key"_L1, u"no key can verify %1: %2"_s.arg(alg, keyProblem));
    if (candidates.size() == 1)
        r.checks.append(u"%1 can verify %2"_s.arg(candidates.first()->describe(), alg));
    else
        r.checks.append(u"%1 keys can verify %2"_s.arg(candidates.size()).arg(alg));

    // -- signature --
    const Jwk *verifiedWith = nullptr;
    QString signatureProblem;
    for (const Jwk *k : std::as_const(candidates)) {
        QString reason;
        if (verifyJwsSignature(signingInput, *signature, *k, alg, &reason)) {
            verifiedWith = k;
            break;
        }
        if (signatureProblem.isEmpty())
            signatureProblem = reason;
    }
    if (!verifiedWith) {
        if (candidates.size() > 1)
            signatureProblem
                = u"the %1 signature matches none of the %2 keys that could verify it (first: %3)"_s.arg(alg)
                      .arg(candidates.size())
                      .arg(signatureProblem);
        return fail("signature"_L1, signatureProblem);
    }
    r.keyDescription = verifiedWith->describe();
    r.checks.append(u"signature verified with %1"_s.arg(r.keyDescription));

    // -- iss --
    if (check.issuer.isEmpty()) {
        r.checks.append(u"iss not checked: no issuer is configured"_s);
    } else {
        const QJsonValue iss = r.claims.value("iss"_L1);
        if (iss.isUndefined())
            return fail("iss"_L1,
                        u"the token has no iss; the authorizer requires %1"_s.arg(quoted(check.issuer)));
        if (!iss.isString())
            return fail("iss"_L1, u"iss must be a string; got %1"_s.arg(describeJsonValue(iss)));
        if (iss.toString() != check.issuer) {
            QString text = u"iss is %1; the authorizer requires %2"_s.arg(quoted(iss.toString()),
                                                                          quoted(check.issuer));
            const auto trimmed = [](const QString &s) {
                return s.endsWith(u'/') ? s.chopped(1) : s;
            };
            if (trimmed(iss.toString()) == trimmed(check.issuer))
                text += u" (they differ only in a trailing slash, which must match exactly)"_s;
            return fail("iss"_L1, text);
        }
        r.checks.append(u"iss %1 matches"_s.arg(quoted(check.issuer)));
    }

    // -- aud / client_id --
    if (check.audiences.isEmpty()) {
        r.checks.append(u"aud not checked: no audience is configured"_s);
    } else {
        const QString accepted = quotedList(check.audiences);
        if (r.claims.contains("aud"_L1)) {
            QStringList aud;
            QString problem;
            if (!stringOrStrings(r.claims.value("aud"_L1), "aud"_L1, &aud, &problem))
                return fail("aud"_L1, problem);
            QString match;
            for (const QString &a : std::as_const(aud)) {
                if (check.audiences.contains(a)) {
                    match = a;
                    break;
                }
            }
            if (match.isNull()) {
                QString text = u"aud %1 names none of the accepted audiences %2"_s.arg(
                    aud.isEmpty() ? u"[]"_s : quotedList(aud), accepted);
                const QJsonValue clientId = r.claims.value("client_id"_L1);
                if (clientId.isString() && check.audiences.contains(clientId.toString()))
                    text
                        += u"; client_id %1 would match, but client_id counts only when the token has no aud"_s
                               .arg(quoted(clientId.toString()));
                return fail("aud"_L1, text);
            }
            r.checks.append(u"aud %1 is an accepted audience"_s.arg(quoted(match)));
        } else if (r.claims.contains("client_id"_L1)) {
            const QJsonValue clientId = r.claims.value("client_id"_L1);
            if (!clientId.isString())
                return fail("aud"_L1, u"client_id must be a string; got %1"_s.arg(describeJsonValue(clientId)));
            if (!check.audiences.contains(clientId.toString()))
                return fail("aud"_L1,
                            u"the token has no aud, and its client_id %1 is none of the accepted "
                            "audiences %2"_s.arg(quoted(clientId.toString()), accepted));
            r.checks.append(u"client_id %1 is an accepted audience (the token has no aud)"_s.arg(
                quoted(clientId.toString())));
        } else {
            return fail(
                "aud"_L1,
                u"the token has neither aud nor client_id; the authorizer accepts %1"_s.arg(accepted));
        }
    }

    // -- exp, nbf, iat --
    const double now = double(check.nowEpochSeconds);
    const double leeway = double(qMax(0, check.leewaySeconds));
    const QString leewayNote = leeway > 0 ? u" (leeway %1 s)"_s.arg(qint64(leeway)) : QString();
    QString problem;
    double exp = 0;
    switch (numericDate(r.claims, "exp"_L1, &exp, &problem)) {
    case DateState::Invalid:
        return fail("exp"_L1, problem);
    case DateState::Absent:
        if (check.requireExp)
            return fail("exp"_L1,
                        u"the token has no exp, so it never expires; JWT authorizers require one"_s);
        r.checks.append(u"exp not checked: the token has none"_s);
        break;
    case DateState::Ok:
        if (now >= exp + leeway)
            return fail("exp"_L1,
                        u"the token expired at %1, %2 ago%3"_s.arg(utc(exp), span(roundedSeconds(now - exp)),
                                                                   leewayNote));
        r.checks.append(u"exp %1 is %2 from now"_s.arg(utc(exp), span(roundedSeconds(exp - now))));
        break;
    }
    double nbf = 0;
    switch (numericDate(r.claims, "nbf"_L1, &nbf, &problem)) {
    case DateState::Invalid:
        return fail("nbf"_L1, problem);
    case DateState::Absent:
        break;
    case DateState::Ok:
        if (now + leeway < nbf)
            return fail("nbf"_L1,
                        u"the token is not valid before %1, %2 from now%3"_s.arg(
                            utc(nbf), span(roundedSeconds(nbf - now)), leewayNote));
        r.checks.append(u"nbf %1 has passed"_s.arg(utc(nbf)));
        break;
    }
    double iat = 0;
    switch (numericDate(r.claims, "iat"_L1, &iat, &problem)) {
    case DateState::Invalid:
        return fail("iat"_L1, problem);
    case DateState::Absent:
        break;
    case DateState::Ok:
        if (iat > now + leeway)
            return fail("iat"_L1,
                        u"the token claims to be issued at %1, %2 in the future%3"_s.arg(
                            utc(iat), span(roundedSeconds(iat - now)), leewayNote));
        r.checks.append(u"iat %1 is not in the future"_s.arg(utc(iat)));
        break;
    }

    r.ok = true;
    return r;
}

QStringList jwtScopes(const QJsonObject &claims)
{
    QStringList out;
    const auto add = [&out](const QString &text) {
        for (const QString &s : text.split(u' ', Qt::SkipEmptyParts)) {
            if (!out.contains(s))
                out.append(s);
        }
    };
    for (const QLatin1StringView name : {"scope"_L1, "scp"_L1}) {
        const QJsonValue v = claims.value(name);
        if (v.isString()) {
            add(v.toString());
        } else if (v.isArray()) {
            for (const QJsonValue &item : v.toArray()) {
                if (item.isString())
                    add(item.toString());
            }
        }
    }
    return out;
}

QByteArrayView bearerToken(QByteArrayView identitySource)
{
    const auto isBlank = [](char c) {
        return c == ' ' || c == '\t';
    };
    QByteArrayView v = identitySource;
    while (!v.isEmpty() && isBlank(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && isBlank(v.back()))
        v.chop(1);
    constexpr QByteArrayView scheme("bearer");
    if (v.size() > scheme.size() && isBlank(v[scheme.size()])
        && QByteArrayView(v.first(scheme.size())).compare(scheme, Qt::CaseInsensitive) == 0) {
        v = v.sliced(scheme.size());
        while (!v.isEmpty() && isBlank(v.front()))
            v = v.sliced(1);
    }
    return v;
}

// ---- RsaSigningKey ----

struct RsaSigningKeyData
{
    QString kid;
    PkeyPtr pkey;
    QByteArray n;
    QByteArray e;
};

namespace {

/// Never prompts on the terminal for a passphrase: an encrypted PEM simply fails to load.
int noPassphrase(char *, int, int, void *)
{
    return -1;
}

std::shared_ptr<RsaSigningKeyData> signingData(PkeyPtr key, QString kid)
{
    auto d = std::make_shared<RsaSigningKeyData>();
    d->n = bnBytes(key.get(), OSSL_PKEY_PARAM_RSA_N);
    d->e = bnBytes(key.get(), OSSL_PKEY_PARAM_RSA_E);
    if (d->n.isEmpty() || d->e.isEmpty())
        return nullptr;
    if (kid.isEmpty()) {
        kid = QString::fromLatin1(sha256Thumbprint("{\"e\":\"" + base64UrlEncode(d->e)
                                                   + "\",\"kty\":\"RSA\",\"n\":\"" + base64UrlEncode(d->n)
                                                   + "\"}"));
    }
    d->kid = std::move(kid);
    d->pkey = std::move(key);
    return d;
}

} // namespace

RsaSigningKey::RsaSigningKey() = default;

RsaSigningKey RsaSigningKey::generate(QString kid)
{
    RsaSigningKey out;
    PkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", std::size_t(kGeneratedRsaBits)));
    if (!key) {
        qCWarning(lcJose) << "generating an RSA key failed:" << takeOpenSslError();
        return out;
    }
    out.m_d = signingData(std::move(key), std::move(kid));
    return out;
}

std::optional<RsaSigningKey> RsaSigningKey::fromPem(const QByteArray &pem, QString kid, QString *problem)
{
    QString local;
    QString &p = problem ? *problem : local;
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    PkeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr) : nullptr);
    if (!key) {
        const QString detail = takeOpenSslError();
        p = pem.contains("ENCRYPTED")
            ? u"the private key is encrypted; store it unencrypted (PKCS#8 \"BEGIN PRIVATE KEY\")"_s
            : u"the text is not a PEM private key (%1)"_s.arg(detail);
        return std::nullopt;
    }
    if (!EVP_PKEY_is_a(key.get(), "RSA")) {
        p = u"the private key is %1, not RSA"_s.arg(QString::fromLatin1(EVP_PKEY_get0_type_name(key.get())));
        return std::nullopt;
    }
    if (EVP_PKEY_get_bits(key.get()) < kMinRsaBits) {
        p = u"the RSA key has %1 bits; RS256 needs at least %2 (RFC 7518 section 3.3)"_s
                .arg(EVP_PKEY_get_bits(key.get()))
                .arg(kMinRsaBits);
        return std::nullopt;
    }
    RsaSigningKey out;
    out.m_d = signingData(std::move(key), std::move(kid));
    if (!out.m_d) {
        p = u"the RSA key's modulus and exponent cannot be read (%1)"_s.arg(takeOpenSslError());
        return std::nullopt;
    }
    return out;
}

bool RsaSigningKey::isNull() const
{
    return !m_d;
}

QString RsaSigningKey::kid() const
{
    return m_d ? m_d->kid : QString();
}

QByteArray RsaSigningKey::privatePem() const
{
    if (!m_d)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio
        || PEM_write_bio_PrivateKey(bio.get(), m_d->pkey.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        qCWarning(lcJose) << "writing the private key failed:" << takeOpenSslError();
        return {};
    }
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, length);
}

QJsonObject RsaSigningKey::publicJwk() const
{
    if (!m_d)
        return {};
    return QJsonObject {
        {u"kty"_s, u"RSA"_s},
        {u"kid"_s, m_d->kid},
        {u"use"_s, u"sig"_s},
        {u"alg"_s, u"RS256"_s},
        {u"n"_s, QString::fromLatin1(base64UrlEncode(m_d->n))},
        {u"e"_s, QString::fromLatin1(base64UrlEncode(m_d->e))},
    };
}

QByteArray RsaSigningKey::signJwt(const QJsonObject &claims) const
{
    if (!m_d)
        return {};
    const QJsonObject header {{u"alg"_s, u"RS256"_s}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, m_d->kid}};
    return signJws(header, QJsonDocument(claims).toJson(QJsonDocument::Compact));
}

QByteArray RsaSigningKey::signJws(const QJsonObject &header, QByteArrayView payload) const
{
    if (!m_d)
        return {};
    const QByteArray signingInput = base64UrlEncode(QJsonDocument(header).toJson(QJsonDocument::Compact))
        + '.' + base64UrlEncode(payload);
    MdCtxPtr ctx(EVP_MD_CTX_new());
    std::size_t length = 0;
    if (!ctx
        || EVP_DigestSignInit_ex(ctx.get(), nullptr, "SHA256", nullptr, nullptr, m_d->pkey.get(), nullptr)
            != 1
        || EVP_DigestSign(ctx.get(), nullptr, &length, bytes(signingInput), std::size_t(signingInput.size()))
            != 1) {
        qCWarning(lcJose) << "RS256 signing failed:" << takeOpenSslError();
        return {};
    }
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       bytes(signingInput), std::size_t(signingInput.size()))
        != 1) {
        qCWarning(lcJose) << "RS256 signing failed:" << takeOpenSslError();
        return {};
    }
    signature.truncate(qsizetype(length));
    return signingInput + '.' + base64UrlEncode(signature);
}

} // namespace gw::auth
