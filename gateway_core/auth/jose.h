// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <optional>

// JOSE for API Gateway's JWT authorizers (HTTP APIs) and Cognito user pool authorizers (REST APIs): JWK Sets,
// JWS signature verification (RFC 7515, 7518, 8037), JWT claim checks (RFC 7519) and RS256 signing for the
// local identity provider. Built on OpenSSL 3; no OpenSSL type appears here. Where each rule comes from:
// jose.cpp.

namespace gw::auth {

struct JwkData; // defined in jose.cpp
struct RsaSigningKeyData; // defined in jose.cpp

/// Base64url without padding (RFC 7515 section 2).
QByteArray base64UrlEncode(QByteArrayView data);
/// Strict base64url: only A-Z a-z 0-9 - _, no padding, no whitespace. std::nullopt when `text` is not
/// base64url;
/// `*badOffset` (when not null) is then the offset of the first offending character, or the length when the
/// length itself is impossible.
std::optional<QByteArray> base64UrlDecode(QByteArrayView text, qsizetype *badOffset = nullptr);

/// Every JWS algorithm verifyJwsSignature() implements: HS256/384/512, RS256/384/512, PS256/384/512,
/// ES256/384/512 and EdDSA (Ed25519).
QStringList supportedJwsAlgorithms();
/// The algorithms an HTTP API JWT authorizer accepts: RS256, RS384, RS512 (AWS: "only RSA-based algorithms
/// are supported"; see jose.cpp for why PS* is not in the list). The default for JwtCheck::allowedAlgorithms.
QStringList httpApiJwtAlgorithms();

/// One key of a JWK Set (RFC 7517): RSA, EC (P-256, P-384, P-521), oct (an HMAC secret) or OKP (Ed25519),
/// with its public part held as an OpenSSL key (or the raw secret for oct). Cheap to copy; immutable and safe
/// to share between threads. Private members (d, p, q, ...) are noticed but never used: verification needs
/// only the public part.
class Jwk final
{
public:
    /// A null key: verifies nothing.
    Jwk();

    /// Parses one JWK object. std::nullopt with `*problem` (when not null) set to one sentence naming the
    /// member
    /// ("n is not base64url: character '=' at offset 342"). Unknown kty values and curves are problems here;
    /// parseJwks() skips such keys instead, as RFC 7517 section 5 asks.
    static std::optional<Jwk> fromJson(const QJsonObject &jwk, QString *problem);

    bool isNull() const;
    QString kid() const; ///< empty when the JWK has no kid
    QString kty() const; ///< "RSA", "EC", "oct" or "OKP"
    QString alg() const; ///< the JWK's optional alg; empty when absent
    QString use() const; ///< the JWK's optional use ("sig", "enc"); empty when absent
    QString crv() const; ///< "P-256", "P-384", "P-521", "Ed25519"; empty for RSA and oct
    QStringList keyOps() const; ///< the JWK's optional key_ops
    /// RSA modulus bits, EC field bits (521 for P-521), oct secret bits, 256 for Ed25519.
    int bits() const;
    /// The JWK carried private or secret material (d, p, q, dp, dq, qi, oth, or k for oct). An RSA, EC or OKP
    /// key in a published JWKS should not, which is worth a warning.
    bool hasPrivateMembers() const;

    /// Whether this key may verify signatures made with `alg`. The key alone decides: kty (and crv) must fit
    /// the algorithm's family, a JWK alg must equal `alg`, use must be absent or "sig", key_ops absent or
    /// containing "verify", RSA moduli at least 2048 bits, HMAC secrets at least as long as the hash. An RSA
    /// or EC key is never an HMAC secret. When not, `*why` (when not null) says why in one sentence.
    bool canVerify(QStringView alg, QString *why = nullptr) const;

    /// The RFC 7638 JWK thumbprint: base64url(SHA-256 of the required members in canonical JSON).
    QByteArray thumbprint() const;
    /// The JWK as parsed, without private and secret members, for display.
    QJsonObject publicJson() const;
    /// "RSA 2048-bit key kid=abc", "EC P-256 key (no kid)", for the inspector.
    QString describe() const;

private:
    friend class JwkAccess;
    std::shared_ptr<const JwkData> m_d;
};

/// A JWK Set. Keys keep the document's order.
struct JwkSet
{
    QList<Jwk> keys;
    /// Keys parseJwks() left out because Gatehouse cannot use them (an unknown kty, an unsupported curve such
    /// as secp256k1 or X25519), one sentence each: `keys[2] has kty "OKP" with crv "X25519", which is not a
    /// signature key; skipped`.
    QStringList skipped;

    /// The first key whose kid equals `kid`; nullptr when none does.
    const Jwk *byKid(QStringView kid) const;
};

/// Parses a JWKS document (RFC 7517: {"keys": [...]}) or a single JWK object. std::nullopt with `*problem`
/// (when not null) set to one sentence naming the place ("keys[1].n is not base64url: character '+' at offset
/// 17"). A key with an unknown kty or curve is skipped and listed in JwkSet::skipped; a key Gatehouse
/// understands but which is malformed (a member missing, not base64url, a point not on its curve) fails the
/// whole document, so a hand-written JWKS with a typo is reported rather than silently shortened. At most 1
/// MiB and 1000 keys.
std::optional<JwkSet> parseJwks(const QByteArray &json, QString *problem);

/// What an authorizer requires of a token.
struct JwtCheck
{
    /// The algorithms accepted in the header's alg (case-sensitive). Empty means every algorithm in
    /// supportedJwsAlgorithms(), the key still deciding what is possible. "none" is rejected regardless.
    QStringList allowedAlgorithms = httpApiJwtAlgorithms();
    QString issuer; ///< when not empty, "iss" must equal it exactly
    /// When not empty, the token must name one of these: its "aud" (a string or an array of strings) when it
    /// has one, else its "client_id" (what Cognito access tokens carry). As API Gateway, client_id is not
    /// consulted when aud is present.
    QStringList audiences;
    qint64 nowEpochSeconds = 0; ///< the injected clock
    /// Allowed clock skew for exp, nbf and iat. AWS documents none; 0 matches the documented checks exactly.
    int leewaySeconds = 0;
    bool requireKid = true; ///< API Gateway needs kid to pick the key from the JWKS
    /// A token without exp is rejected (AWS lists exp among the claims it evaluates; Gatehouse fails closed).
    bool requireExp = true;
};

struct JwtResult
{
    bool ok = false;
    /// One sentence for the inspector: which check failed and why ("the token expired at
    /// 2026-11-25T10:00:00Z, 312 s ago"); empty when ok.
    QString failure;
    /// A stable short code: "format", "alg", "alg_none", "kid", "key", "signature", "iss", "aud", "exp",
    /// "nbf", "iat", "claims"; empty when ok. A `crit` header Gatehouse cannot honour is a "format" failure.
    QString failedCheck;
    QJsonObject header; ///< the decoded header, as soon as it parsed (also when a later check failed)
    QJsonObject claims; ///< the decoded claims, as soon as they parsed (unverified until ok)
    QString keyDescription; ///< Jwk::describe() of the key that verified the signature; empty before that
    /// Every check performed, in order, one plain line each ("alg RS256 is allowed", "signature verified with
    /// RSA 2048-bit key kid=k1"); the failed check is the last line.
    QStringList checks;
};

/// Verifies a JWS compact serialization as a JWT authorizer does: three base64url parts, a JSON-object header
/// (a crit header is rejected: Gatehouse understands no extension), a JSON-object claims set, alg allowed and
/// never "none", kid present (when required) and naming a key of `keys` that can verify alg, the signature,
/// then iss, aud/client_id, exp, nbf and iat against `check`. Never trusts a key the token carries (jwk, jku,
/// x5u, x5c headers are ignored). Tokens over 64 KiB are rejected before decoding.
JwtResult verifyJwt(QByteArrayView compactToken, const JwkSet &keys, const JwtCheck &check);

/// Verifies one JWS signature: `signature` (raw bytes, base64url-decoded) over `signingInput` (ASCII
/// "protected.payload" exactly as serialized) with `key` and `alg`. ECDSA signatures are JWS's raw R||S of
/// the curve's size. False with `*problem` (when not null) set to one sentence when the key cannot verify alg
/// (see Jwk::canVerify()) or the signature does not match. HMAC tags are compared in constant time.
bool verifyJwsSignature(QByteArrayView signingInput, QByteArrayView signature, const Jwk &key,
                        QStringView alg, QString *problem);

/// The scopes a token grants, for route authorization scopes: the space-separated "scope" claim (RFC 8693
/// section 4.2) and the "scp" claim (a space-separated string or an array of strings), in that order, without
/// duplicates.
QStringList jwtScopes(const QJsonObject &claims);

/// The token in an identity source value: the value itself, or what follows "Bearer " (scheme
/// case-insensitive, then one or more spaces), with surrounding spaces and tabs removed.
QByteArrayView bearerToken(QByteArrayView identitySource);

/// An RSA key pair for the local identity provider that mints test tokens: 2048-bit, RS256. Cheap to copy;
/// immutable and safe to share between threads.
class RsaSigningKey final
{
public:
    /// A null key: signs nothing.
    RsaSigningKey();

    /// A fresh 2048-bit key. An empty `kid` becomes the key's RFC 7638 thumbprint. Null (and logged) only
    /// when OpenSSL fails.
    static RsaSigningKey generate(QString kid);
    /// Reads a PEM private key (PKCS#8 "PRIVATE KEY" or PKCS#1 "RSA PRIVATE KEY", unencrypted). std::nullopt
    /// with
    /// `*problem` (when not null) set when it is not PEM, is encrypted, is not RSA or is under 2048 bits. An
    /// empty `kid` becomes the thumbprint.
    static std::optional<RsaSigningKey> fromPem(const QByteArray &pem, QString kid, QString *problem);

    bool isNull() const;
    QString kid() const;
    /// The private key as unencrypted PKCS#8 PEM, to store in a project.
    QByteArray privatePem() const;
    /// The public key as a JWK: {"kty":"RSA","kid":...,"use":"sig","alg":"RS256","n":...,"e":...}.
    QJsonObject publicJwk() const;
    /// A compact JWT over `claims` with the header {"alg":"RS256","typ":"JWT","kid":kid()}. Empty when null.
    QByteArray signJwt(const QJsonObject &claims) const;
    /// A compact JWS with exactly `header` (which the caller chooses, alg and kid included) over `payload`
    /// (raw bytes, base64url-encoded here), always signed with RS256 whatever header.alg says: for tests and
    /// for showing how a verifier reacts to an unusual header. Empty when null.
    QByteArray signJws(const QJsonObject &header, QByteArrayView payload) const;

private:
    std::shared_ptr<const RsaSigningKeyData> m_d;
};

} // namespace gw::auth
