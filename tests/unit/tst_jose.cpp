// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/jose.h"
#include "testsupport.h"

#include <QMessageAuthenticationCode>
#include <QtTest>

#include <functional>

using namespace gw::auth;

namespace {

// The fixed clock of the end-to-end rows: 2026-11-25T10:05:12Z, 312 s after 2026-11-25T10:00:00Z.
constexpr qint64 kNow = 1795601112;
constexpr qint64 kTenOClock = 1795600800;
const QString kIssuer = QStringLiteral("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Gatehouse");
const QString kClientId = QStringLiteral("5kek0i61pgkokoob4fsm9fo9it");
const QString kKid = QStringLiteral("gatehouse-test");

/// The failure codes JwtResult documents; a row that yields another code fails.
const QStringList kCodes = {QStringLiteral("format"), QStringLiteral("alg"), QStringLiteral("alg_none"),
                            QStringLiteral("kid"),    QStringLiteral("key"), QStringLiteral("signature"),
                            QStringLiteral("iss"),    QStringLiteral("aud"), QStringLiteral("exp"),
                            QStringLiteral("nbf"),    QStringLiteral("iat"), QStringLiteral("claims")};

// Fixtures made for these tests with `openssl genpkey` (not conformance data): a P-256 key, the same kind of
// key encrypted with a passphrase, and a 1024-bit RSA key.
const QByteArray kEcPem = "-----BEGIN PRIVATE KEY-----\n"
                          "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgVbL5JJqBfgMPTwXg\n"
                          "ZcmH5akO/yeQJ9BgEB6zes4/HomhRANCAAQI2BXAK15c1IlFwnEZ3KeGw3wGfpqX\n"
                          "fXlE6vsXAmt5uLZp2JOtqgSdO4I4Ir3FesPRa9zJhwRzoScHXluVYlY7\n"
                          "-----END PRIVATE KEY-----\n";
const QByteArray kEncryptedPem = "-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
                                 "MIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAggrtbYuvsdMAICCAAw\n"
                                 "DAYIKoZIhvcNAgkFADAdBglghkgBZQMEAQIEEF3wm6zqqHgvzyWrwUMO88MEgZCH\n"
                                 "e2Maih9vfo6p7iudfDHUG7Zqtpv7F7F9gxCOlnTcP64DRAyXBei+1xX+AlHU9AYx\n"
                                 "FpK37Ai0rdUwxUVmGY0m/nauWF6GtckCdCM9SotpaJwrP9v/3NZQ7KvolUfz91Zb\n"
                                 "5TL1K9l9k8owoLhoAgPZmq8Ls9MYYwS3ejdO0PG9ROKtzhc1M+nW2XmYufpjni8=\n"
                                 "-----END ENCRYPTED PRIVATE KEY-----\n";
const QByteArray kRsa1024Pem = "-----BEGIN PRIVATE KEY-----\n"
                               "MIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBAMK8B0UCAILSdxxB\n"
                               "55Fn0ott/4BMtjCiXeXcatNtWMqC3YL7JSLCY7u42ZaMpoN1y5hnWLExtv5p3b7k\n"
                               "XoUtpRPQ7X/M7DtV5Mm6+JrcDU8Xh5B8mXkF9OtxXY/fBpeyKyDHgZutC8kmdHzV\n"
                               "r09c9lRVm90lLo5VBYZr5ab9/TSPAgMBAAECgYBaUtiUW49dHr38r1z3hs6TuZuv\n"
                               "KOXAvS8MdSZflvJ+TCDupgrdioi0A9N5DxgVFcgvkpAC8GpOq1AdQNPOthNAwvyg\n"
                               "j+1obFvYZDZibtpdFEHWDVgdIGC5C1pVLaHKvkDmIH/b/DNgCfSBmKJOwn/6ysVf\n"
                               "TIpmgjIotsPDYVMHYQJBAP06LAi2nTrDIkKxir6BWqWmeTQZVO6qQ0uUoKUrnZsD\n"
                               "vMjbtt7oCZZFVQNDmINi8YqwDJTkdAhW48dFV6E6CocCQQDE3eTQxlTfp+Nlwqcr\n"
                               "+YDyGVPs+R8vetECM0/OJtXpLMb4cyhuI4KuPqez73M8BKD4sxpfDy0kXuiivFpN\n"
                               "IN+5AkBMSdo6RcnYijEoJpTGD/JfNWgOahNMU78yZfR/zkQND3MwkADn5r/8paaW\n"
                               "9SZdbtGWFrOzp5/NY1/8CMf9qp7BAkEAisVzhutXZrTc6Z1149yj1YSfEVtmbTyg\n"
                               "2nE7HzFm9lAXDYl3hXPIqXUHGCKBU1xb8BOoUjvLcWjpidVFvjqfGQJAHT1NDc+x\n"
                               "GimuKdd3MHVprLaywt7PyPTIqArZvURmAykKLm/E+5o3Wz+LViE1V67rHESYj9W7\n"
                               "FKx+YFfJhPf7iw==\n"
                               "-----END PRIVATE KEY-----\n";

// The P-256 base point (SEC 2): a public key every P-256 implementation accepts.
const QByteArray kP256Gx
    = QByteArray::fromHex("6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296");
const QByteArray kP256Gy
    = QByteArray::fromHex("4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5");

QString b64(const QByteArray &raw)
{
    return QString::fromLatin1(base64UrlEncode(raw));
}

QByteArray unb64(const QString &text)
{
    const auto decoded = base64UrlDecode(text.toLatin1());
    if (!decoded)
        qFatal("not base64url: %s", qPrintable(text));
    return *decoded;
}

QByteArray compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject object(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        qFatal("test JSON is not an object: %s", qPrintable(error.errorString()));
    return doc.object();
}

QByteArray jwksOf(const QList<QJsonObject> &keys)
{
    QJsonArray array;
    for (const QJsonObject &k : keys)
        array.append(k);
    return compactJson(QJsonObject {{QStringLiteral("keys"), array}});
}

JwkSet setOf(const QList<QJsonObject> &keys)
{
    QString problem;
    auto set = parseJwks(jwksOf(keys), &problem);
    if (!set)
        qFatal("test JWKS does not parse: %s", qPrintable(problem));
    return *set;
}

// ---- conformance files ----

QString vectorsDir()
{
    const QString dir = gw::test::conformanceDir();
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/jose-vectors");
}

QJsonObject loadObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return object(file.readAll());
}

const QJsonObject &appendix()
{
    static const QJsonObject root
        = loadObject(vectorsDir() + QStringLiteral("/rfc-appendix/rfc7515-7517-7638-8037-examples.json"));
    return root;
}

QJsonObject cookbook(const QString &relative)
{
    return loadObject(vectorsDir() + QStringLiteral("/rfc7520-cookbook/") + relative);
}

QJsonObject section(const char *name)
{
    return appendix().value(QLatin1StringView(name)).toObject();
}

/// The cookbook files that hold JWS signatures; each becomes rows of jwsVectors (vectorFilesCovered checks
/// the list is complete).
const QStringList kCookbookJws = {
    QStringLiteral("jws/4_1.rsa_v15_signature.json"),
    QStringLiteral("jws/4_2.rsa-pss_signature.json"),
    QStringLiteral("jws/4_3.ecdsa_signature.json"),
    QStringLiteral("jws/4_4.hmac-sha2_integrity_protection.json"),
    QStringLiteral("jws/4_5.signature_with_detached_content.json"),
    QStringLiteral("jws/4_6.protecting_specific_header_fields.json"),
    QStringLiteral("jws/4_7.protecting_content_only.json"),
    QStringLiteral("jws/4_8.multiple_signatures.json"),
    QStringLiteral("curve25519/jws.json"),
    QStringLiteral("rfc7797/4.2.hmac-sha2_b64_false.json"),
    QStringLiteral("rfc7797/hmac-sha2_b64_false.json"),
};

/// The algorithm a row is re-verified with to show that the signature binds its algorithm.
QString swappedAlgorithm(const QString &alg)
{
    static const QHash<QString, QString> swap = {
        {QStringLiteral("HS256"), QStringLiteral("HS512")},
        {QStringLiteral("RS256"), QStringLiteral("PS256")},
        {QStringLiteral("PS384"), QStringLiteral("RS384")},
        {QStringLiteral("ES256"), QStringLiteral("ES384")},
        {QStringLiteral("ES512"), QStringLiteral("ES256")},
        {QStringLiteral("EdDSA"), QStringLiteral("ES256")},
    };
    return swap.value(alg, QStringLiteral("RS512"));
}

/// One valid signature row, plus the negative rows derived from it.
void addSignature(const QString &name, const QByteArray &input, const QByteArray &signature,
                  const QJsonObject &jwk, const QString &alg)
{
    QTest::addRow("%s", qPrintable(name)) << input << signature << jwk << alg << true << QString();
    QByteArray flipped = signature;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x01);
    QTest::addRow("%s: one signature byte flipped", qPrintable(name))
        << input << flipped << jwk << alg << false << QStringLiteral("does not match");
    QByteArray changed = input;
    changed[changed.size() - 1] = char(changed[changed.size() - 1] ^ 0x01);
    QTest::addRow("%s: one payload byte changed", qPrintable(name))
        << changed << signature << jwk << alg << false << QStringLiteral("does not match");
    QTest::addRow("%s: alg swapped to %s", qPrintable(name), qPrintable(swappedAlgorithm(alg)))
        << input << signature << jwk << swappedAlgorithm(alg) << false << QString();
    QTest::addRow("%s: last signature byte dropped", qPrintable(name))
        << input << signature.chopped(1) << jwk << alg << false << QStringLiteral("; got ");
}

/// The header a JSON-serialized signature is made under: its protected header joined with its unprotected
/// one.
QJsonObject joinedHeader(const QJsonObject &signature)
{
    QJsonObject header = signature.contains(QStringLiteral("protected"))
        ? object(unb64(signature.value(QStringLiteral("protected")).toString()))
        : QJsonObject();
    const QJsonObject unprotected = signature.value(QStringLiteral("header")).toObject();
    for (auto it = unprotected.begin(); it != unprotected.end(); ++it)
        header.insert(it.key(), it.value());
    return header;
}

/// Rows for every signature of a cookbook file: its compact, general JSON and flattened JSON serializations.
void addCookbookRows(const QString &relative)
{
    const QJsonObject file = cookbook(relative);
    const QJsonObject input = file.value(QStringLiteral("input")).toObject();
    const QJsonObject output = file.value(QStringLiteral("output")).toObject();
    const QJsonValue keyValue = input.value(QStringLiteral("key"));
    const bool b64False = relative.startsWith(QStringLiteral("rfc7797/"));
    // RFC 7797: the payload is used as is, not base64url-encoded.
    const auto payloadPart = [&](const QJsonObject &serialization) -> QByteArray {
        if (b64False)
            return input.value(QStringLiteral("payload")).toString().toUtf8();
        const QString payload = serialization.value(QStringLiteral("payload")).toString();
        // Detached content (RFC 7515 appendix F, cookbook 4.5): the payload travels outside the JWS.
        return payload.isEmpty() ? base64UrlEncode(input.value(QStringLiteral("payload")).toString().toUtf8())
                                 : payload.toLatin1();
    };
    const auto keyFor = [&](qsizetype index) {
        return keyValue.isArray() ? keyValue.toArray().at(index).toObject() : keyValue.toObject();
    };
    const QString label = QStringLiteral("cookbook ") + relative.chopped(5); // without ".json"

    const QString compact = output.value(QStringLiteral("compact")).toString();
    if (!compact.isEmpty() && !b64False) {
        const QStringList parts = compact.split(u'.');
        const QByteArray signingInput = parts[0].toLatin1() + '.'
            + (parts[1].isEmpty() ? payloadPart(output.value(QStringLiteral("json")).toObject())
                                  : parts[1].toLatin1());
        addSignature(label + QStringLiteral(" compact"), signingInput, unb64(parts[2]), keyFor(0),
                     object(unb64(parts[0])).value(QStringLiteral("alg")).toString());
    }
    const QJsonArray signatures
        = output.value(QStringLiteral("json")).toObject().value(QStringLiteral("signatures")).toArray();
    for (qsizetype i = 0; i < signatures.size(); ++i) {
        const QJsonObject s = signatures[i].toObject();
        const QByteArray signingInput = s.value(QStringLiteral("protected")).toString().toLatin1() + '.'
            + payloadPart(output.value(QStringLiteral("json")).toObject());
        addSignature(label + QStringLiteral(" general JSON signature %1").arg(i), signingInput,
                     unb64(s.value(QStringLiteral("signature")).toString()), keyFor(i),
                     joinedHeader(s).value(QStringLiteral("alg")).toString());
    }
    const QJsonObject flat = output.value(QStringLiteral("json_flat")).toObject();
    if (!flat.isEmpty()) {
        const QByteArray signingInput
            = flat.value(QStringLiteral("protected")).toString().toLatin1() + '.' + payloadPart(flat);
        addSignature(label + QStringLiteral(" flattened JSON"), signingInput,
                     unb64(flat.value(QStringLiteral("signature")).toString()), keyFor(0),
                     joinedHeader(flat).value(QStringLiteral("alg")).toString());
    }
}

// ---- end-to-end rows ----

enum class Signer { Main, Other };
enum class Keys {
    Main,
    MainAnyAlg,
    MainUseEnc,
    MainAlgRs384,
    OtherThenMain,
    Empty,
    MainWithoutKid,
    MainKeyOpsSign,
    OtherOnly
};

/// One end-to-end row: a token minted with RsaSigningKey at test time, the JWKS and the check.
struct EndToEnd
{
    QJsonObject header;
    QJsonObject claims;
    QByteArray rawPayload; ///< when not empty, signed instead of the claims
    Signer signer = Signer::Main;
    Keys keys = Keys::Main;
    JwtCheck check;
    QString code; ///< expected failedCheck; empty when the token must pass
    QString failureHas;
};

EndToEnd validToken()
{
    EndToEnd e;
    e.header = {{QStringLiteral("alg"), QStringLiteral("RS256")},
                {QStringLiteral("typ"), QStringLiteral("JWT")},
                {QStringLiteral("kid"), kKid}};
    // A Cognito-style access token: client_id, no aud, no nbf.
    e.claims = {{QStringLiteral("sub"), QStringLiteral("6418b458-d091-705e-122e-04bf2945fcdf")},
                {QStringLiteral("iss"), kIssuer},
                {QStringLiteral("client_id"), kClientId},
                {QStringLiteral("token_use"), QStringLiteral("access")},
                {QStringLiteral("scope"), QStringLiteral("pets/read pets/write")},
                {QStringLiteral("iat"), double(kNow - 60)},
                {QStringLiteral("exp"), double(kNow + 3540)}};
    e.check.issuer = kIssuer;
    e.check.audiences = {kClientId};
    e.check.nowEpochSeconds = kNow;
    return e;
}

EndToEnd failing(EndToEnd e, const char *code, const QString &failureHas)
{
    e.code = QString::fromLatin1(code);
    e.failureHas = failureHas;
    return e;
}

} // namespace

Q_DECLARE_METATYPE(EndToEnd)

class tst_Jose final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void vectorFilesCovered();
    void base64Url_data();
    void base64Url();
    void jwsVectors_data();
    void jwsVectors();
    void compactVectors_data();
    void compactVectors();
    void jwksVectors_data();
    void jwksVectors();
    void jwksProblems_data();
    void jwksProblems();
    void thumbprints_data();
    void thumbprints();
    void canVerify_data();
    void canVerify();
    void ecdsaDerSignatureIsRejected();
    void algorithmConfusion_data();
    void algorithmConfusion();
    void endToEnd_data();
    void endToEnd();
    void expiryMessageIsExact();
    void checksListTheSteps();
    void malformedTokens_data();
    void malformedTokens();
    void everyTruncationAndByteFlipIsRejected();
    void scopes_data();
    void scopes();
    void bearer_data();
    void bearer();
    void signingKey();
    void signingKeyProblems_data();
    void signingKeyProblems();
    void benchmarkVerifyRs256();

private:
    QByteArray mint(const EndToEnd &e) const;
    JwkSet keysFor(Keys which) const;

    RsaSigningKey m_main;
    RsaSigningKey m_other; ///< another key pair under the same kid
};

void tst_Jose::initTestCase()
{
    m_main = RsaSigningKey::generate(kKid);
    m_other = RsaSigningKey::generate(kKid);
    QVERIFY(!m_main.isNull());
    QVERIFY(!m_other.isNull());
}

QByteArray tst_Jose::mint(const EndToEnd &e) const
{
    const RsaSigningKey &key = e.signer == Signer::Main ? m_main : m_other;
    return key.signJws(e.header, e.rawPayload.isEmpty() ? compactJson(e.claims) : e.rawPayload);
}

JwkSet tst_Jose::keysFor(Keys which) const
{
    QJsonObject main = m_main.publicJwk();
    switch (which) {
    case Keys::Main:
        return setOf({main});
    case Keys::MainAnyAlg:
        main.remove(QStringLiteral("alg"));
        return setOf({main});
    case Keys::MainUseEnc:
        main.insert(QStringLiteral("use"), QStringLiteral("enc"));
        return setOf({main});
    case Keys::MainAlgRs384:
        main.insert(QStringLiteral("alg"), QStringLiteral("RS384"));
        return setOf({main});
    case Keys::OtherThenMain:
        return setOf({m_other.publicJwk(), main});
    case Keys::Empty:
        return setOf({});
    case Keys::MainWithoutKid:
        main.remove(QStringLiteral("kid"));
        return setOf({main});
    case Keys::MainKeyOpsSign:
        main.insert(QStringLiteral("key_ops"), QJsonArray {QStringLiteral("sign")});
        return setOf({main});
    case Keys::OtherOnly:
        return setOf({m_other.publicJwk()});
    }
    return {};
}

// ---- conformance coverage ----

void tst_Jose::vectorFilesCovered()
{
    if (gw::test::conformanceDir().isEmpty())
        QSKIP(qPrintable(gw::test::conformanceMissingMessage()));
    // A section added to the assembled file must get rows here.
    const QStringList covered = {
        QStringLiteral("rfc7515_jws_appendix_A"),
        QStringLiteral("rfc7515_negative_crit"),
        QStringLiteral("rfc7517_jwk"),
        QStringLiteral("rfc8037_okp"),
        QStringLiteral("rfc7638_thumbprint"),
        QStringLiteral("derived_negative_cases"),
    };
    for (const QString &key : appendix().keys())
        QVERIFY2(covered.contains(key), qPrintable(QStringLiteral("section %1 has no test rows").arg(key)));
    // Every cookbook JWS file is used (JWE files are not JWS and are left out).
    for (const QString &sub : {QStringLiteral("jws"), QStringLiteral("rfc7797")}) {
        const QDir dir(vectorsDir() + QStringLiteral("/rfc7520-cookbook/") + sub);
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            QVERIFY2(kCookbookJws.contains(QString(sub + u'/' + name)),
                     qPrintable(QStringLiteral("%1/%2 has no test rows").arg(sub, name)));
        }
    }
}

// ---- base64url ----

void tst_Jose::base64Url_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("decoded");
    QTest::addColumn<qsizetype>("badOffset");
    QTest::addColumn<bool>("canonical");

    QTest::addRow("empty") << QByteArray() << true << QByteArray() << qsizetype(-1) << true;
    QTest::addRow("one byte") << QByteArray("Zg") << true << QByteArray("f") << qsizetype(-1) << true;
    QTest::addRow("two bytes") << QByteArray("Zm8") << true << QByteArray("fo") << qsizetype(-1) << true;
    QTest::addRow("three bytes") << QByteArray("Zm9v") << true << QByteArray("foo") << qsizetype(-1) << true;
    QTest::addRow("url alphabet") << QByteArray("-_8") << true << QByteArray("\xfb\xff") << qsizetype(-1)
                                  << true;
    QTest::addRow("unused trailing bits set are tolerated")
        << QByteArray("Zm9") << true << QByteArray("fo") << qsizetype(-1) << false;
    QTest::addRow("padding is not base64url")
        << QByteArray("Zm8=") << false << QByteArray() << qsizetype(3) << false;
    QTest::addRow("plus is standard base64")
        << QByteArray("a+b") << false << QByteArray() << qsizetype(1) << false;
    QTest::addRow("slash is standard base64")
        << QByteArray("ab/c") << false << QByteArray() << qsizetype(2) << false;
    QTest::addRow("space") << QByteArray("Zm9v YmFy") << false << QByteArray() << qsizetype(4) << false;
    QTest::addRow("newline") << QByteArray("Zm9v\n") << false << QByteArray() << qsizetype(4) << false;
    QTest::addRow("4n+1 characters encode no whole byte")
        << QByteArray("Zm9vY") << false << QByteArray() << qsizetype(5) << false;
}

void tst_Jose::base64Url()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(QByteArray, decoded);
    QFETCH(qsizetype, badOffset);
    QFETCH(bool, canonical);
    qsizetype offset = -1;
    const auto result = base64UrlDecode(text, &offset);
    QCOMPARE(result.has_value(), ok);
    if (ok) {
        QCOMPARE(*result, decoded);
        if (canonical)
            QCOMPARE(base64UrlEncode(decoded), text);
    } else {
        QCOMPARE(offset, badOffset);
    }
}

// ---- signatures: RFC 7515 appendix A, RFC 7520 section 4, RFC 8037, RFC 7797 ----

void tst_Jose::jwsVectors_data()
{
    QTest::addColumn<QByteArray>("signingInput");
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QJsonObject>("jwk");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("problemHas");
    if (vectorsDir().isEmpty())
        return;

    // RFC 7515 appendix A.1-A.4: compact JWS, each with its key.
    const QJsonObject a = section("rfc7515_jws_appendix_A");
    for (const char *id : {"A.1", "A.2", "A.3", "A.4"}) {
        const QJsonObject v = a.value(QLatin1StringView(id)).toObject();
        addSignature(QStringLiteral("RFC 7515 %1 %2")
                         .arg(QLatin1StringView(id), v.value(QStringLiteral("alg")).toString()),
                     v.value(QStringLiteral("signing_input")).toString().toLatin1(),
                     unb64(v.value(QStringLiteral("signature_b64u")).toString()),
                     v.value(QStringLiteral("jwk")).toObject(), v.value(QStringLiteral("alg")).toString());
    }
    // A.6: the general JSON serialization with two signatures, each verified with the key its kid names.
    const QJsonObject general = a.value(QStringLiteral("A.6_general_json")).toObject();
    const QJsonObject serialized = general.value(QStringLiteral("serialized")).toObject();
    const QJsonArray signatures = serialized.value(QStringLiteral("signatures")).toArray();
    for (qsizetype i = 0; i < signatures.size(); ++i) {
        const QJsonObject s = signatures[i].toObject();
        const QJsonObject header = joinedHeader(s);
        addSignature(QStringLiteral("RFC 7515 A.6 general JSON signature %1").arg(i),
                     s.value(QStringLiteral("protected")).toString().toLatin1() + '.'
                         + serialized.value(QStringLiteral("payload")).toString().toLatin1(),
                     unb64(s.value(QStringLiteral("signature")).toString()),
                     general.value(QStringLiteral("keys"))
                         .toObject()
                         .value(header.value(QStringLiteral("kid")).toString())
                         .toObject(),
                     header.value(QStringLiteral("alg")).toString());
    }
    // A.7: the flattened JSON serialization, verified with A.3's key.
    const QJsonObject flat = a.value(QStringLiteral("A.7_flattened_json"))
                                 .toObject()
                                 .value(QStringLiteral("serialized"))
                                 .toObject();
    addSignature(QStringLiteral("RFC 7515 A.7 flattened JSON"),
                 flat.value(QStringLiteral("protected")).toString().toLatin1() + '.'
                     + flat.value(QStringLiteral("payload")).toString().toLatin1(),
                 unb64(flat.value(QStringLiteral("signature")).toString()),
                 a.value(QStringLiteral("A.3")).toObject().value(QStringLiteral("jwk")).toObject(),
                 joinedHeader(flat).value(QStringLiteral("alg")).toString());

    // The derived negative cases of the assembled file: each must fail with its base vector's key.
    const QJsonArray derived = appendix().value(QStringLiteral("derived_negative_cases")).toArray();
    for (const QJsonValue &value : derived) {
        const QJsonObject c = value.toObject();
        const QStringList parts = c.value(QStringLiteral("compact")).toString().split(u'.');
        const QJsonObject base = a.value(c.value(QStringLiteral("base")).toString()).toObject();
        QTest::addRow("derived %s: %s", qPrintable(c.value(QStringLiteral("base")).toString()),
                      qPrintable(c.value(QStringLiteral("case")).toString().section(u';', 0, 0)))
            << (parts[0] + u'.' + parts[1]).toLatin1() << unb64(parts[2])
            << base.value(QStringLiteral("jwk")).toObject()
            << object(unb64(parts[0])).value(QStringLiteral("alg")).toString() << false << QString();
    }

    for (const QString &relative : kCookbookJws)
        addCookbookRows(relative);
}

void tst_Jose::jwsVectors()
{
    if (vectorsDir().isEmpty())
        QSKIP(qPrintable(gw::test::conformanceMissingMessage()));
    QFETCH(QByteArray, signingInput);
    QFETCH(QByteArray, signature);
    QFETCH(QJsonObject, jwk);
    QFETCH(QString, alg);
    QFETCH(bool, valid);
    QFETCH(QString, problemHas);
    QString problem;
    const auto key = Jwk::fromJson(jwk, &problem);
    QVERIFY2(key, qPrintable(problem));
    const bool verified = verifyJwsSignature(signingInput, signature, *key, alg, &problem);
    QVERIFY2(verified == valid, qPrintable(problem));
    if (!valid) {
        QVERIFY(!problem.isEmpty());
        QVERIFY2(problem.contains(problemHas), qPrintable(problem));
    }
}

// ---- whole tokens from the RFCs through verifyJwt ----

void tst_Jose::compactVectors_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("jwks");
    QTest::addColumn<QStringList>("allowed");
    QTest::addColumn<bool>("requireKid");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<QString>("code");
    if (vectorsDir().isEmpty())
        return;

    const QJsonObject a = section("rfc7515_jws_appendix_A");
    const auto token = [&](const char *id) {
        return a.value(QLatin1StringView(id))
            .toObject()
            .value(QStringLiteral("compact"))
            .toString()
            .toLatin1();
    };
    const auto jwks = [&](const char *id) {
        return jwksOf({a.value(QLatin1StringView(id)).toObject().value(QStringLiteral("jwk")).toObject()});
    };
    // The RFC's claims expire at 1300819380 (2011-03-22T18:43:00Z): the clock is pinned just before.
    constexpr qint64 before = 1300819379;
    constexpr qint64 at = 1300819380;
    const QStringList all;
    const QStringList httpApi = httpApiJwtAlgorithms();

    QTest::addRow("A.1 HS256, clock before exp")
        << token("A.1") << jwks("A.1") << QStringList {"HS256"} << false << before << QString();
    QTest::addRow("A.1 HS256, clock at exp")
        << token("A.1") << jwks("A.1") << QStringList {"HS256"} << false << at << "exp";
    QTest::addRow("A.1 HS256 on an HTTP API (RSA only)")
        << token("A.1") << jwks("A.1") << httpApi << false << before << "alg";
    QTest::addRow("A.1 has no kid") << token("A.1") << jwks("A.1") << all << true << before << "kid";
    QTest::addRow("A.2 RS256 on an HTTP API")
        << token("A.2") << jwks("A.2") << httpApi << false << before << QString();
    QTest::addRow("A.2 RS256 with the A.1 HMAC key")
        << token("A.2") << jwks("A.1") << all << false << before << "key";
    QTest::addRow("A.3 ES256 (high S), any algorithm")
        << token("A.3") << jwks("A.3") << all << false << before << QString();
    QTest::addRow("A.3 ES256 on an HTTP API")
        << token("A.3") << jwks("A.3") << httpApi << false << before << "alg";
    QTest::addRow("A.4 ES512 payload is not JSON")
        << token("A.4") << jwks("A.4") << all << false << before << "claims";
    QTest::addRow("A.5 alg none, any algorithm")
        << token("A.5") << jwks("A.2") << all << false << before << "alg_none";
    QTest::addRow("A.5 alg none, even when listed")
        << token("A.5") << jwks("A.2") << QStringList {"none"} << false << before << "alg_none";
    QTest::addRow("A.5 alg none on an HTTP API")
        << token("A.5") << jwks("A.2") << httpApi << false << before << "alg_none";
    QTest::addRow("section 4.1.11 crit with an unknown extension")
        << section("rfc7515_negative_crit").value(QStringLiteral("compact")).toString().toLatin1()
        << jwks("A.2") << all << false << before << "format";

    for (const QJsonValue &value : appendix().value(QStringLiteral("derived_negative_cases")).toArray()) {
        const QJsonObject c = value.toObject();
        const QString base = c.value(QStringLiteral("base")).toString();
        const QString what = c.value(QStringLiteral("case")).toString();
        const QString code = base == QStringLiteral("A.4")     ? QStringLiteral("claims")
            : what.startsWith(QStringLiteral("alg confusion")) ? QStringLiteral("key")
                                                               : QStringLiteral("signature");
        QTest::addRow("derived %s: %s", qPrintable(base), qPrintable(what.section(u';', 0, 0)))
            << c.value(QStringLiteral("compact")).toString().toLatin1() << jwks(qPrintable(base)) << all
            << false << before << code;
    }

    // The cookbook's tokens carry prose, not claims; the unencoded-payload token needs the b64 extension.
    for (const QString &relative : kCookbookJws) {
        const QJsonObject file = cookbook(relative);
        const QString compact
            = file.value(QStringLiteral("output")).toObject().value(QStringLiteral("compact")).toString();
        if (compact.isEmpty())
            continue;
        const QJsonValue key = file.value(QStringLiteral("input")).toObject().value(QStringLiteral("key"));
        const bool b64False = relative.startsWith(QStringLiteral("rfc7797/"));
        QTest::addRow("cookbook %s compact", qPrintable(relative.chopped(5)))
            << compact.toLatin1() << jwksOf({key.toObject()}) << all << false << before
            << (b64False ? QStringLiteral("format") : QStringLiteral("claims"));
    }
}

void tst_Jose::compactVectors()
{
    if (vectorsDir().isEmpty())
        QSKIP(qPrintable(gw::test::conformanceMissingMessage()));
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, jwks);
    QFETCH(QStringList, allowed);
    QFETCH(bool, requireKid);
    QFETCH(qint64, now);
    QFETCH(QString, code);
    QString problem;
    const auto keys = parseJwks(jwks, &problem);
    QVERIFY2(keys, qPrintable(problem));
    JwtCheck check;
    check.allowedAlgorithms = allowed;
    check.requireKid = requireKid;
    check.nowEpochSeconds = now;
    const JwtResult r = verifyJwt(token, *keys, check);
    QVERIFY2(r.failedCheck == code, qPrintable(QStringLiteral("%1: %2").arg(r.failedCheck, r.failure)));
    QCOMPARE(r.ok, code.isEmpty());
    QCOMPARE(r.failure.isEmpty(), code.isEmpty());
}

// ---- JWK Sets ----

void tst_Jose::jwksVectors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("kids");
    QTest::addColumn<QStringList>("ktys");
    QTest::addColumn<QString>("privateMembers"); ///< one y/n per key
    QTest::addColumn<QStringList>("verifies"); ///< per key, an algorithm it can verify, or "-" for none
    if (vectorsDir().isEmpty())
        return;
    const QJsonObject jwk = section("rfc7517_jwk");
    const auto doc = [&](const QJsonObject &o) {
        return compactJson(o);
    };
    QTest::addRow("RFC 7517 A.1 public keys")
        << doc(jwk.value(QStringLiteral("A.1_public_keys")).toObject()) << QStringList {"1", "2011-04-29"}
        << QStringList {"EC", "RSA"} << "nn" << QStringList {"-", "RS256"}; // the EC key is use=enc
    QTest::addRow("RFC 7517 A.2 private keys")
        << doc(jwk.value(QStringLiteral("A.2_private_keys")).toObject()) << QStringList {"1", "2011-04-29"}
        << QStringList {"EC", "RSA"} << "yy" << QStringList {"-", "RS256"};
    QTest::addRow("RFC 7517 A.3 symmetric keys")
        << doc(jwk.value(QStringLiteral("A.3_symmetric_keys")).toObject())
        << QStringList {"", "HMAC key used in JWS A.1 example"} << QStringList {"oct", "oct"} << "yy"
        << QStringList {"-", "HS512"}; // the first is for A128KW
    QTest::addRow("RFC 7517 B x5c (single JWK)")
        << doc(jwk.value(QStringLiteral("B_x5c")).toObject()) << QStringList {"1b94c"} << QStringList {"RSA"}
        << "n" << QStringList {"PS512"};
    QTest::addRow("RFC 7517 C.1 RSA private key (single JWK)")
        << doc(jwk.value(QStringLiteral("C.1_rsa_private_key")).toObject())
        << QStringList {"juliet@capulet.lit"} << QStringList {"RSA"} << "y" << QStringList {"-"}; // use=enc
    const QJsonObject okp = section("rfc8037_okp");
    QTest::addRow("RFC 8037 A.1 Ed25519 private key")
        << doc(okp.value(QStringLiteral("A.1_private_key")).toObject()) << QStringList {""}
        << QStringList {"OKP"} << "y" << QStringList {"EdDSA"};
    QTest::addRow("RFC 8037 A.2 Ed25519 public key")
        << doc(okp.value(QStringLiteral("A.2_public_key")).toObject()) << QStringList {""}
        << QStringList {"OKP"} << "n" << QStringList {"EdDSA"};
    const QString kidB = QStringLiteral("bilbo.baggins@hobbiton.example");
    const auto single = [&](const char *file) {
        return doc(cookbook(QLatin1StringView(file)));
    };
    QTest::addRow("RFC 7520 3.1 EC public key") << single("jwk/3_1.ec_public_key.json") << QStringList {kidB}
                                                << QStringList {"EC"} << "n" << QStringList {"ES512"};
    QTest::addRow("RFC 7520 3.2 EC private key")
        << single("jwk/3_2.ec_private_key.json") << QStringList {kidB} << QStringList {"EC"} << "y"
        << QStringList {"ES512"};
    QTest::addRow("RFC 7520 3.3 RSA public key")
        << single("jwk/3_3.rsa_public_key.json") << QStringList {kidB} << QStringList {"RSA"} << "n"
        << QStringList {"RS256"};
    QTest::addRow("RFC 7520 3.4 RSA private key")
        << single("jwk/3_4.rsa_private_key.json") << QStringList {kidB} << QStringList {"RSA"} << "y"
        << QStringList {"PS384"};
    QTest::addRow("RFC 7520 3.5 MAC key") << single("jwk/3_5.symmetric_key_mac_computation.json")
                                          << QStringList {"018c0ae5-4d9b-471b-bfd6-eef314bc7037"}
                                          << QStringList {"oct"} << "y" << QStringList {"HS256"};
    QTest::addRow("RFC 7520 3.6 encryption key") << single("jwk/3_6.symmetric_key_encryption.json")
                                                 << QStringList {"1e571774-2e08-40da-8308-e8d68773842d"}
                                                 << QStringList {"oct"} << "y" << QStringList {"-"};
}

void tst_Jose::jwksVectors()
{
    if (vectorsDir().isEmpty())
        QSKIP(qPrintable(gw::test::conformanceMissingMessage()));
    QFETCH(QByteArray, json);
    QFETCH(QStringList, kids);
    QFETCH(QStringList, ktys);
    QFETCH(QString, privateMembers);
    QFETCH(QStringList, verifies);
    QString problem;
    const auto set = parseJwks(json, &problem);
    QVERIFY2(set, qPrintable(problem));
    QVERIFY(set->skipped.isEmpty());
    QCOMPARE(set->keys.size(), kids.size());
    for (qsizetype i = 0; i < kids.size(); ++i) {
        const Jwk &k = set->keys[i];
        QCOMPARE(k.kid(), kids[i]);
        QCOMPARE(k.kty(), ktys[i]);
        QCOMPARE(k.hasPrivateMembers(), privateMembers[i] == u'y');
        for (const char *secret : {"d", "p", "q", "dp", "dq", "qi", "k"})
            QVERIFY(!k.publicJson().contains(QLatin1StringView(secret)));
        if (!kids[i].isEmpty())
            QCOMPARE(set->byKid(kids[i]), &k);
        if (verifies[i] == QStringLiteral("-")) {
            for (const QString &alg : supportedJwsAlgorithms())
                QVERIFY2(!k.canVerify(alg), qPrintable(k.describe() + u' ' + alg));
        } else {
            QString why;
            QVERIFY2(k.canVerify(verifies[i], &why), qPrintable(why));
        }
    }
}

void tst_Jose::jwksProblems_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem"); ///< exact; empty when the document parses
    QTest::addColumn<int>("keys");
    QTest::addColumn<QStringList>("skipped");

    const QByteArray gx = base64UrlEncode(kP256Gx);
    const QByteArray gy = base64UrlEncode(kP256Gy);
    QByteArray offCurve = kP256Gy;
    offCurve[31] = char(offCurve[31] ^ 0x01);
    const QByteArray oct = R"({"kty":"oct","k":"c2VjcmV0"})";

    QTest::addRow("n with a plus") << QByteArray(R"({"keys":[)" + oct
                                                 + R"(,{"kty":"RSA","n":"ab+c","e":"AQAB"}]})")
                                   << "keys[1].n is not base64url: character '+' at offset 2" << 0
                                   << QStringList();
    QTest::addRow("n padded") << QByteArray(R"({"keys":[{"kty":"RSA","n":"AQAB==","e":"AQAB"}]})")
                              << "keys[0].n is not base64url: character '=' at offset 4" << 0
                              << QStringList();
    QTest::addRow("e missing") << QByteArray(R"({"keys":[{"kty":"RSA","n":"AQAB"}]})")
                               << "keys[0].e is missing" << 0 << QStringList();
    QTest::addRow("e a number") << QByteArray(R"({"keys":[{"kty":"RSA","n":"AQAB","e":65537}]})")
                                << "keys[0].e must be a base64url string; got 65537" << 0 << QStringList();
    QTest::addRow("kty missing") << QByteArray(R"({"keys":[{"n":"AQAB","e":"AQAB"}]})")
                                 << "keys[0].kty is missing" << 0 << QStringList();
    QTest::addRow("kid a number") << QByteArray(R"({"keys":[{"kty":"oct","k":"c2VjcmV0","kid":7}]})")
                                  << "keys[0].kid must be a string; got 7" << 0 << QStringList();
    QTest::addRow("key_ops a string")
        << QByteArray(R"({"keys":[{"kty":"oct","k":"c2VjcmV0","key_ops":"verify"}]})")
        << "keys[0].key_ops must be an array of strings; got \"verify\"" << 0 << QStringList();
    QTest::addRow("k empty") << QByteArray(R"({"keys":[{"kty":"oct","k":""}]})") << "keys[0].k is empty" << 0
                             << QStringList();
    QTest::addRow("EC x short") << QByteArray(R"({"keys":[{"kty":"EC","crv":"P-256","x":"AQAB","y":")" + gy
                                              + R"("}]})")
                                << "keys[0].x must be 32 bytes for P-256; got 3" << 0 << QStringList();
    QTest::addRow("EC point off the curve")
        << QByteArray(R"({"keys":[{"kty":"EC","crv":"P-256","x":")" + gx + R"(","y":")"
                      + base64UrlEncode(offCurve) + R"("}]})")
        << "keys[0].x and y are not a point on P-256" << 0 << QStringList();
    QTest::addRow("EC without crv") << QByteArray(R"({"keys":[{"kty":"EC","x":")" + gx + R"(","y":")" + gy
                                                  + R"("}]})")
                                    << "keys[0].crv is missing" << 0 << QStringList();
    QTest::addRow("keys[0] a string") << QByteArray(R"({"keys":["AQAB"]})")
                                      << "keys[0] must be a JWK object; got \"AQAB\"" << 0 << QStringList();
    QTest::addRow("keys an object") << QByteArray(R"({"keys":{}})")
                                    << "keys must be an array of JWK objects; got an object" << 0
                                    << QStringList();
    QTest::addRow("not JSON") << QByteArray("{\"keys\": [")
                              << "the JWKS is not JSON: unterminated array at offset 10" << 0
                              << QStringList();
    QTest::addRow("an array") << QByteArray(
        "[]") << "the JWKS must be a JSON object ({\"keys\": [...]} or a single JWK); got an array"
                              << 0 << QStringList();
    QTest::addRow("neither keys nor kty")
        << QByteArray(R"({"n":"AQAB"})") << "the document has neither keys (a JWK Set) nor kty (a single JWK)"
        << 0 << QStringList();
    const QByteArray huge = QByteArray(R"({"keys":[],"x":")" + QByteArray(1024 * 1024, 'a') + R"("})");
    QTest::addRow("over 1 MiB")
        << huge << QStringLiteral("the JWKS is %1 bytes; Gatehouse reads at most 1048576").arg(huge.size())
        << 0 << QStringList();
    // RFC 7517 section 5: keys of an unknown kind are skipped, not fatal.
    QTest::addRow("unknown kty skipped")
        << QByteArray(R"({"keys":[{"kty":"PQC","pub":"AQAB"},)" + oct + "]}") << QString() << 1
        << QStringList {
               "keys[0] has kty \"PQC\", which Gatehouse does not support (RSA, EC, oct, OKP); skipped"};
    QTest::addRow("secp256k1 skipped")
        << QByteArray(R"({"keys":[{"kty":"EC","crv":"secp256k1","x":"AQAB","y":"AQAB"},)" + oct + "]}")
        << QString() << 1
        << QStringList {
               "keys[0] has kty \"EC\" with crv \"secp256k1\", which Gatehouse does not support (P-256, "
               "P-384, P-521); skipped"};
    QTest::addRow("X25519 skipped")
        << QByteArray(R"({"keys":[{"kty":"OKP","crv":"X25519","x":"AQAB"}]})") << QString() << 0
        << QStringList {"keys[0] has kty \"OKP\" with crv \"X25519\", which is not a signature key Gatehouse "
                        "supports (Ed25519); skipped"};
    QTest::addRow("single JWK") << oct << QString() << 1 << QStringList();
    QTest::addRow("empty set") << QByteArray(R"({"keys":[]})") << QString() << 0 << QStringList();
    QTest::addRow("P-256 base point")
        << QByteArray(R"({"kty":"EC","crv":"P-256","x":")" + gx + R"(","y":")" + gy + R"("})") << QString()
        << 1 << QStringList();
}

void tst_Jose::jwksProblems()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    QFETCH(int, keys);
    QFETCH(QStringList, skipped);
    QString actual;
    const auto set = parseJwks(json, &actual);
    QCOMPARE(actual, problem);
    QCOMPARE(set.has_value(), problem.isEmpty());
    if (set) {
        QCOMPARE(set->keys.size(), keys);
        QCOMPARE(set->skipped, skipped);
    }
    QCOMPARE(parseJwks(json, nullptr).has_value(), problem.isEmpty());
}

void tst_Jose::thumbprints_data()
{
    QTest::addColumn<QJsonObject>("jwk");
    QTest::addColumn<QByteArray>("thumbprint");
    if (vectorsDir().isEmpty())
        return;
    const QJsonObject rfc7638 = section("rfc7638_thumbprint");
    QTest::addRow("RFC 7638 section 3.1")
        << rfc7638.value(QStringLiteral("jwk")).toObject()
        << rfc7638.value(QStringLiteral("sha256_thumbprint_b64u")).toString().toLatin1();
    const QJsonObject okp = section("rfc8037_okp").value(QStringLiteral("A.2_public_key")).toObject();
    QTest::addRow("RFC 8037 A.3 Ed25519")
        << okp.value(QStringLiteral("keys")).toArray().at(0).toObject()
        << okp.value(QStringLiteral("thumbprints")).toArray().at(0).toString().toLatin1();
}

void tst_Jose::thumbprints()
{
    if (vectorsDir().isEmpty())
        QSKIP(qPrintable(gw::test::conformanceMissingMessage()));
    QFETCH(QJsonObject, jwk);
    QFETCH(QByteArray, thumbprint);
    QString problem;
    const auto key = Jwk::fromJson(jwk, &problem);
    QVERIFY2(key, qPrintable(problem));
    QCOMPARE(key->thumbprint(), thumbprint);
}

// ---- what a key may verify ----

void tst_Jose::canVerify_data()
{
    QTest::addColumn<QJsonObject>("jwk");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("whyHas");

    const QJsonObject rsa = m_main.publicJwk(); // kid, use=sig, alg=RS256
    QJsonObject rsaAny = rsa;
    rsaAny.remove(QStringLiteral("alg"));
    rsaAny.remove(QStringLiteral("use"));
    QJsonObject rsaEnc = rsaAny;
    rsaEnc.insert(QStringLiteral("use"), QStringLiteral("enc"));
    QJsonObject rsaSignOnly = rsaAny;
    rsaSignOnly.insert(QStringLiteral("key_ops"), QJsonArray {QStringLiteral("sign")});
    QJsonObject rsaVerify = rsaAny;
    rsaVerify.insert(QStringLiteral("key_ops"),
                     QJsonArray {QStringLiteral("sign"), QStringLiteral("verify")});
    QJsonObject rsa1024 = rsaAny;
    rsa1024.insert(QStringLiteral("n"), b64(QByteArray(127, '\xc3') + '\x01'));
    const QJsonObject ec {{QStringLiteral("kty"), QStringLiteral("EC")},
                          {QStringLiteral("crv"), QStringLiteral("P-256")},
                          {QStringLiteral("x"), b64(kP256Gx)},
                          {QStringLiteral("y"), b64(kP256Gy)}};
    const auto oct = [](int bytes) {
        return QJsonObject {{QStringLiteral("kty"), QStringLiteral("oct")},
                            {QStringLiteral("k"), b64(QByteArray(bytes, '\x5a'))}};
    };
    const QJsonObject ed {{QStringLiteral("kty"), QStringLiteral("OKP")},
                          {QStringLiteral("crv"), QStringLiteral("Ed25519")},
                          {QStringLiteral("x"), b64(QByteArray(32, '\x11'))}};

    for (const char *alg : {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512"})
        QTest::addRow("RSA for %s", alg) << rsaAny << alg << true << QString();
    QTest::addRow("RSA as an HMAC secret") << rsaAny << "HS256" << false << "never used as an HMAC secret";
    QTest::addRow("RSA for HS512") << rsaAny << "HS512" << false << "needs a symmetric (oct) key";
    QTest::addRow("RSA for ES256") << rsaAny << "ES256" << false << "needs an EC key on P-256";
    QTest::addRow("RSA for EdDSA") << rsaAny << "EdDSA" << false << "needs an OKP Ed25519 key";
    QTest::addRow("RSA for none") << rsaAny << "none" << false << "not a JWS algorithm";
    QTest::addRow("alg is case-sensitive") << rsaAny << "rs256" << false << "not a JWS algorithm";
    QTest::addRow("JWK alg RS256 pins RS256") << rsa << "RS256" << true << QString();
    QTest::addRow("JWK alg RS256 refuses RS512") << rsa << "RS512" << false << "is for RS256 only, not RS512";
    QTest::addRow("use enc") << rsaEnc << "RS256" << false << "has use \"enc\"";
    QTest::addRow("key_ops without verify")
        << rsaSignOnly << "RS256" << false << "key_ops without \"verify\"";
    QTest::addRow("key_ops with verify") << rsaVerify << "RS256" << true << QString();
    QTest::addRow("RSA 1024 bits") << rsa1024 << "RS256" << false << "at least 2048 bits";
    QTest::addRow("EC P-256 for ES256") << ec << "ES256" << true << QString();
    QTest::addRow("EC P-256 for ES384") << ec << "ES384" << false << "needs an EC key on P-384";
    QTest::addRow("EC as an HMAC secret") << ec << "HS256" << false << "never used as an HMAC secret";
    QTest::addRow("EC for RS256") << ec << "RS256" << false << "needs an RSA key";
    QTest::addRow("oct 32 bytes for HS256") << oct(32) << "HS256" << true << QString();
    QTest::addRow("oct 31 bytes for HS256") << oct(31) << "HS256" << false << "at least 32 bytes";
    QTest::addRow("oct 32 bytes for HS384") << oct(32) << "HS384" << false << "at least 48 bytes";
    QTest::addRow("oct 64 bytes for HS512") << oct(64) << "HS512" << true << QString();
    QTest::addRow("oct for RS256") << oct(64) << "RS256" << false << "needs an RSA key";
    QTest::addRow("Ed25519 for EdDSA") << ed << "EdDSA" << true << QString();
    QTest::addRow("Ed25519 for ES256") << ed << "ES256" << false << "needs an EC key";
}

void tst_Jose::canVerify()
{
    QFETCH(QJsonObject, jwk);
    QFETCH(QString, alg);
    QFETCH(bool, ok);
    QFETCH(QString, whyHas);
    QString problem;
    const auto key = Jwk::fromJson(jwk, &problem);
    QVERIFY2(key, qPrintable(problem));
    QString why;
    QCOMPARE(key->canVerify(alg, &why), ok);
    QVERIFY2(why.contains(whyHas), qPrintable(why));
    QCOMPARE(why.isEmpty(), ok);
    if (!ok) {
        // verifyJwsSignature refuses before any cryptography, with the same reason.
        QString problemText;
        QVERIFY(!verifyJwsSignature("a.b", QByteArray(256, 'x'), *key, alg, &problemText));
        QCOMPARE(problemText, why);
    }
}

void tst_Jose::ecdsaDerSignatureIsRejected()
{
    if (vectorsDir().isEmpty())
        QSKIP(qPrintable(gw::test::conformanceMissingMessage()));
    // RFC 7515 A.3's R||S re-encoded as the DER ECDSA-Sig-Value other libraries produce.
    const QJsonObject a3 = section("rfc7515_jws_appendix_A").value(QStringLiteral("A.3")).toObject();
    const QByteArray raw = unb64(a3.value(QStringLiteral("signature_b64u")).toString());
    const auto integer = [](QByteArray v) -> QByteArray {
        while (v.size() > 1 && v[0] == 0 && !(uchar(v[1]) & 0x80))
            v.remove(0, 1);
        if (uchar(v[0]) & 0x80)
            v.prepend('\0');
        return QByteArray(1, '\x02') + char(v.size()) + v;
    };
    const QByteArray body = integer(raw.first(32)) + integer(raw.sliced(32));
    const QByteArray der = QByteArray(1, '\x30') + char(body.size()) + body;
    const auto key = Jwk::fromJson(a3.value(QStringLiteral("jwk")).toObject(), nullptr);
    QVERIFY(key);
    const QByteArray input = a3.value(QStringLiteral("signing_input")).toString().toLatin1();
    QVERIFY(verifyJwsSignature(input, raw, *key, u"ES256", nullptr));
    QString problem;
    QVERIFY(!verifyJwsSignature(input, der, *key, u"ES256", &problem));
    QCOMPARE(problem,
             QStringLiteral("an ES256 signature is 64 bytes (R||S, RFC 7518 section 3.4); got %1, which "
                            "looks DER-encoded")
                 .arg(der.size()));
}

// ---- algorithm confusion ----

void tst_Jose::algorithmConfusion_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QStringList>("allowed");
    // An attacker who knows the RSA public key uses some encoding of it as an HMAC secret. The RSA JWK must
    // never serve as one, however the algorithm list reads.
    const QJsonObject jwk = m_main.publicJwk();
    const QByteArray n = unb64(jwk.value(QStringLiteral("n")).toString());
    const QStringList everything;
    const QStringList both = {QStringLiteral("HS256"), QStringLiteral("RS256")};
    QTest::addRow("modulus bytes, every algorithm") << n << everything;
    QTest::addRow("modulus bytes, HS256 and RS256") << n << both;
    QTest::addRow("base64url modulus") << jwk.value(QStringLiteral("n")).toString().toLatin1() << everything;
    QTest::addRow("JWK JSON") << compactJson(jwk) << everything;
    QTest::addRow("JWKS JSON") << jwksOf({jwk}) << both;
    QTest::addRow("empty secret") << QByteArray() << everything;
}

void tst_Jose::algorithmConfusion()
{
    QFETCH(QByteArray, secret);
    QFETCH(QStringList, allowed);
    const QJsonObject header {{QStringLiteral("alg"), QStringLiteral("HS256")},
                              {QStringLiteral("typ"), QStringLiteral("JWT")},
                              {QStringLiteral("kid"), kKid}};
    EndToEnd e = validToken();
    const QByteArray input
        = base64UrlEncode(compactJson(header)) + '.' + base64UrlEncode(compactJson(e.claims));
    const QByteArray mac = QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256);
    const QByteArray token = input + '.' + base64UrlEncode(mac);

    e.check.allowedAlgorithms = allowed;
    const JwtResult r = verifyJwt(token, keysFor(Keys::Main), e.check);
    QVERIFY(!r.ok);
    QCOMPARE(r.failedCheck, QStringLiteral("key"));
    QVERIFY2(r.failure.contains(QStringLiteral("never used as an HMAC secret")), qPrintable(r.failure));

    const auto key = Jwk::fromJson(m_main.publicJwk(), nullptr);
    QVERIFY(key);
    QVERIFY(!verifyJwsSignature(input, mac, *key, u"HS256", nullptr));
}

// ---- end to end: tokens minted by RsaSigningKey on a fixed clock ----

void tst_Jose::endToEnd_data()
{
    QTest::addColumn<EndToEnd>("row");
    const EndToEnd v = validToken();
    const auto with = [](EndToEnd e, const std::function<void(EndToEnd &)> &change) {
        change(e);
        return e;
    };
    const auto claim = [&](const char *name, const QJsonValue &value) {
        return with(v, [=](EndToEnd &e) {
            if (value.isUndefined())
                e.claims.remove(QLatin1StringView(name));
            else
                e.claims.insert(QLatin1StringView(name), value);
        });
    };
    const auto header = [&](const char *name, const QJsonValue &value) {
        return with(v, [=](EndToEnd &e) {
            if (value.isUndefined())
                e.header.remove(QLatin1StringView(name));
            else
                e.header.insert(QLatin1StringView(name), value);
        });
    };
    const QJsonValue absent(QJsonValue::Undefined);
    const QString idAud = QStringLiteral("6f1h2tjt5ptbgp9kpv5i2v1q3b");

    QTest::addRow("Cognito access token: client_id, no aud") << v;
    QTest::addRow("ID token: aud string") << with(
        claim("client_id", absent), [&](EndToEnd &e) { e.claims.insert(QStringLiteral("aud"), kClientId); });
    QTest::addRow("aud array with one accepted") << with(claim("client_id", absent), [&](EndToEnd &e) {
        e.claims.insert(QStringLiteral("aud"), QJsonArray {QStringLiteral("other"), kClientId});
        e.check.audiences = {QStringLiteral("third"), kClientId};
    });
    QTest::addRow("aud not accepted") << failing(
        with(claim("aud", idAud), [](EndToEnd &e) { e.claims.remove(QStringLiteral("client_id")); }), "aud",
        QStringLiteral("aud \"%1\" names none of the accepted audiences \"%2\"").arg(idAud, kClientId));
    QTest::addRow("aud wins over a matching client_id") << failing(
        claim("aud", idAud), "aud", QStringLiteral("client_id counts only when the token has no aud"));
    QTest::addRow("empty aud array") << failing(claim("aud", QJsonArray()), "aud",
                                                QStringLiteral("aud [] names none"));
    QTest::addRow("aud a number") << failing(
        claim("aud", 5), "aud", QStringLiteral("aud must be a string or an array of strings; got 5"));
    QTest::addRow("aud array holding a number")
        << failing(claim("aud", QJsonArray {kClientId, 5}), "aud", QStringLiteral("it holds 5"));
    QTest::addRow("client_id not accepted")
        << failing(claim("client_id", idAud), "aud", QStringLiteral("its client_id"));
    QTest::addRow("client_id a number")
        << failing(claim("client_id", 5), "aud", QStringLiteral("client_id must be a string"));
    QTest::addRow("neither aud nor client_id")
        << failing(claim("client_id", absent), "aud", QStringLiteral("neither aud nor client_id"));
    QTest::addRow("no audiences configured")
        << with(claim("client_id", absent), [](EndToEnd &e) { e.check.audiences.clear(); });

    QTest::addRow("iss differs") << failing(claim("iss", QStringLiteral("https://example.com")), "iss",
                                            QStringLiteral("iss is \"https://example.com\""));
    QTest::addRow("iss with a trailing slash") << failing(claim("iss", QString(kIssuer + u'/')), "iss",
                                                          QStringLiteral("differ only in a trailing slash"));
    QTest::addRow("iss in another case")
        << failing(claim("iss", kIssuer.toUpper()), "iss", QStringLiteral("the authorizer requires"));
    QTest::addRow("iss missing") << failing(claim("iss", absent), "iss",
                                            QStringLiteral("the token has no iss"));
    QTest::addRow("iss a number") << failing(claim("iss", 1), "iss",
                                             QStringLiteral("iss must be a string; got 1"));
    QTest::addRow("no issuer configured")
        << with(claim("iss", absent), [](EndToEnd &e) { e.check.issuer.clear(); });

    QTest::addRow("exp 312 s ago") << failing(
        claim("exp", double(kTenOClock)), "exp",
        QStringLiteral("the token expired at 2026-11-25T10:00:00Z, 312 s ago"));
    QTest::addRow("exp now") << failing(claim("exp", double(kNow)), "exp", QStringLiteral("0 s ago"));
    QTest::addRow("exp in 1 s") << claim("exp", double(kNow + 1));
    QTest::addRow("exp 0.5 s ago") << failing(claim("exp", double(kNow) - 0.5), "exp",
                                              QStringLiteral("expired"));
    QTest::addRow("exp in 0.5 s") << claim("exp", double(kNow) + 0.5);
    QTest::addRow("exp 30 s ago, leeway 60 s")
        << with(claim("exp", double(kNow - 30)), [](EndToEnd &e) { e.check.leewaySeconds = 60; });
    QTest::addRow("exp 60 s ago, leeway 60 s")
        << with(failing(claim("exp", double(kNow - 60)), "exp", QStringLiteral("60 s ago (leeway 60 s)")),
                [](EndToEnd &e) { e.check.leewaySeconds = 60; });
    QTest::addRow("exp 5 days ago") << failing(claim("exp", double(kNow - 5 * 86400)), "exp",
                                               QStringLiteral("432000 s (about 5 days) ago"));
    QTest::addRow("exp a string") << failing(claim("exp", QString::number(kNow + 60)), "exp",
                                             QStringLiteral("exp must be a NumericDate"));
    QTest::addRow("exp absurd") << failing(claim("exp", 1e300), "exp",
                                           QStringLiteral("outside the years 1 to 9999"));
    QTest::addRow("exp missing") << failing(claim("exp", absent), "exp",
                                            QStringLiteral("the token has no exp"));
    QTest::addRow("exp missing, not required")
        << with(claim("exp", absent), [](EndToEnd &e) { e.check.requireExp = false; });

    QTest::addRow("nbf now") << claim("nbf", double(kNow));
    QTest::addRow("nbf in 120 s") << failing(
        claim("nbf", double(kNow + 120)), "nbf",
        QStringLiteral("not valid before 2026-11-25T10:07:12Z, 120 s from now"));
    QTest::addRow("nbf in 120 s, leeway 300 s")
        << with(claim("nbf", double(kNow + 120)), [](EndToEnd &e) { e.check.leewaySeconds = 300; });
    QTest::addRow("nbf a boolean") << failing(claim("nbf", true), "nbf", QStringLiteral("got true"));

    QTest::addRow("iat now") << claim("iat", double(kNow));
    QTest::addRow("iat in 1 s") << failing(claim("iat", double(kNow + 1)), "iat",
                                           QStringLiteral("1 s in the future"));
    QTest::addRow("iat in 30 s, leeway 30 s")
        << with(claim("iat", double(kNow + 30)), [](EndToEnd &e) { e.check.leewaySeconds = 30; });
    QTest::addRow("iat in 31 s, leeway 30 s") << with(
        failing(claim("iat", double(kNow + 31)), "iat", QStringLiteral("31 s in the future (leeway 30 s)")),
        [](EndToEnd &e) { e.check.leewaySeconds = 30; });
    QTest::addRow("iat missing (Cognito tokens always have one, others may not)") << claim("iat", absent);
    QTest::addRow("iat an object") << failing(claim("iat", QJsonObject()), "iat",
                                              QStringLiteral("got an object"));

    QTest::addRow("kid missing") << failing(header("kid", absent), "kid",
                                            QStringLiteral("the header has no kid"));
    QTest::addRow("kid missing, not required")
        << with(header("kid", absent), [](EndToEnd &e) { e.check.requireKid = false; });
    QTest::addRow("kid missing, not required, JWKS without kids")
        << with(header("kid", absent), [](EndToEnd &e) {
               e.check.requireKid = false;
               e.keys = Keys::MainWithoutKid;
           });
    QTest::addRow("kid a number") << failing(header("kid", 1), "kid",
                                             QStringLiteral("kid must be a string; got 1"));
    QTest::addRow("kid unknown") << failing(
        header("kid", QStringLiteral("rotated-away")), "key",
        QStringLiteral("no key in the JWKS has kid \"rotated-away\" (its kids: \"gatehouse-test\")"));
    QTest::addRow("kid in another case")
        << failing(header("kid", kKid.toUpper()), "key", QStringLiteral("no key in the JWKS has kid"));
    QTest::addRow("empty JWKS") << with(failing(v, "key", QStringLiteral("the JWKS is empty")),
                                        [](EndToEnd &e) { e.keys = Keys::Empty; });
    QTest::addRow("JWKS key is use=enc") << with(failing(v, "key", QStringLiteral("has use \"enc\"")),
                                                 [](EndToEnd &e) { e.keys = Keys::MainUseEnc; });
    QTest::addRow("JWKS key is for RS384")
        << with(failing(v, "key", QStringLiteral("is for RS384 only, not RS256")),
                [](EndToEnd &e) { e.keys = Keys::MainAlgRs384; });
    QTest::addRow("JWKS key_ops sign only") << with(failing(v, "key", QStringLiteral("key_ops")),
                                                    [](EndToEnd &e) { e.keys = Keys::MainKeyOpsSign; });
    QTest::addRow("two keys share the kid; the second verifies")
        << with(v, [](EndToEnd &e) { e.keys = Keys::OtherThenMain; });
    QTest::addRow("signed by another key under the same kid")
        << with(failing(v, "signature", QStringLiteral("does not match")),
                [](EndToEnd &e) { e.signer = Signer::Other; });
    QTest::addRow("no kid, none of the keys signed it") << with(
        failing(header("kid", absent), "signature", QStringLiteral("does not match")), [](EndToEnd &e) {
            e.check.requireKid = false;
            e.keys = Keys::OtherOnly;
        });
    QTest::addRow("header carries the signer's own jwk (ignored)")
        << with(failing(header("jwk", m_other.publicJwk()), "signature", QStringLiteral("does not match")),
                [](EndToEnd &e) { e.signer = Signer::Other; });
    QTest::addRow("header jku (ignored)")
        << header("jku", QStringLiteral("https://attacker.example/jwks.json"));

    QTest::addRow("alg RS512 over an RS256 signature")
        << with(failing(header("alg", QStringLiteral("RS512")), "signature",
                        QStringLiteral("RS512 signature does not match")),
                [](EndToEnd &e) { e.keys = Keys::MainAnyAlg; });
    QTest::addRow("alg RS512 against a key pinned to RS256") << failing(
        header("alg", QStringLiteral("RS512")), "key", QStringLiteral("is for RS256 only, not RS512"));
    QTest::addRow("alg PS256 on an HTTP API") << failing(header("alg", QStringLiteral("PS256")), "alg",
                                                         QStringLiteral("allowed: RS256, RS384, RS512"));
    QTest::addRow("alg HS256 on an HTTP API") << failing(header("alg", QStringLiteral("HS256")), "alg",
                                                         QStringLiteral("alg \"HS256\" is not allowed"));
    QTest::addRow("alg ES256K, every algorithm")
        << with(failing(header("alg", QStringLiteral("ES256K")), "alg",
                        QStringLiteral("not a JWS algorithm Gatehouse implements")),
                [](EndToEnd &e) { e.check.allowedAlgorithms.clear(); });
    QTest::addRow("alg none") << failing(header("alg", QStringLiteral("none")), "alg_none",
                                         QStringLiteral("unsigned token"));
    QTest::addRow("alg NONE") << failing(header("alg", QStringLiteral("NONE")), "alg_none",
                                         QStringLiteral("unsigned token"));
    QTest::addRow("alg none, every algorithm")
        << with(failing(header("alg", QStringLiteral("none")), "alg_none",
                        QStringLiteral("whatever the allowed algorithms are")),
                [](EndToEnd &e) { e.check.allowedAlgorithms.clear(); });
    QTest::addRow("alg missing") << failing(header("alg", absent), "alg",
                                            QStringLiteral("the header has no alg"));
    QTest::addRow("alg an array") << failing(header("alg", QJsonArray {QStringLiteral("RS256")}), "alg",
                                             QStringLiteral("got an array"));
    QTest::addRow("alg rs256") << failing(header("alg", QStringLiteral("rs256")), "alg",
                                          QStringLiteral("not allowed"));

    QTest::addRow("crit names an unknown extension")
        << failing(with(header("crit", QJsonArray {QStringLiteral("exp")}),
                        [](EndToEnd &e) { e.header.insert(QStringLiteral("exp"), 1); }),
                   "format", QStringLiteral("crit marks \"exp\" as critical"));
    QTest::addRow("crit empty") << failing(header("crit", QJsonArray()), "format",
                                           QStringLiteral("crit is an empty array"));
    QTest::addRow("crit a string") << failing(header("crit", QStringLiteral("exp")), "format",
                                              QStringLiteral("non-empty array"));
    QTest::addRow("crit names alg") << failing(header("crit", QJsonArray {QStringLiteral("alg")}), "format",
                                               QStringLiteral("standard header parameter"));
    QTest::addRow("crit names an absent parameter") << failing(
        header("crit", QJsonArray {QStringLiteral("b64")}), "format", QStringLiteral("does not contain"));
    QTest::addRow("crit b64 false (RFC 7797)")
        << failing(with(header("crit", QJsonArray {QStringLiteral("b64")}),
                        [](EndToEnd &e) { e.header.insert(QStringLiteral("b64"), false); }),
                   "format", QStringLiteral("understands no JWS extension"));

    QTest::addRow("payload a JSON array") << with(failing(v, "claims", QStringLiteral("not an object")),
                                                  [](EndToEnd &e) { e.rawPayload = "[1,2]"; });
    QTest::addRow("payload a JSON string") << with(failing(v, "claims", QStringLiteral("not an object")),
                                                   [](EndToEnd &e) { e.rawPayload = "\"hi\""; });
    QTest::addRow("payload prose") << with(failing(v, "claims", QStringLiteral("the payload is not JSON")),
                                           [](EndToEnd &e) { e.rawPayload = "hello"; });
    QTest::addRow("payload invalid UTF-8")
        << with(failing(v, "claims", QStringLiteral("the payload is not JSON")),
                [](EndToEnd &e) { e.rawPayload = "{\"sub\":\"\xff\"}"; });
}

void tst_Jose::endToEnd()
{
    QFETCH(EndToEnd, row);
    const QByteArray token = mint(row);
    QVERIFY(!token.isEmpty());
    const JwtResult r = verifyJwt(token, keysFor(row.keys), row.check);
    QVERIFY2(r.failedCheck == row.code, qPrintable(QStringLiteral("%1: %2").arg(r.failedCheck, r.failure)));
    QCOMPARE(r.ok, row.code.isEmpty());
    QVERIFY2(r.failure.contains(row.failureHas), qPrintable(r.failure));
    if (r.ok) {
        QVERIFY(r.failure.isEmpty());
        QCOMPARE(r.claims, row.claims);
        QVERIFY(r.keyDescription.startsWith(QStringLiteral("RSA 2048-bit key")));
    } else {
        QVERIFY(kCodes.contains(r.failedCheck));
        QCOMPARE(r.checks.last(), r.failure);
    }
    QCOMPARE(r.header, row.header);
}

void tst_Jose::expiryMessageIsExact()
{
    EndToEnd e = validToken();
    e.claims.insert(QStringLiteral("exp"), double(kTenOClock));
    const JwtResult r = verifyJwt(mint(e), keysFor(Keys::Main), e.check);
    QCOMPARE(r.failedCheck, QStringLiteral("exp"));
    QCOMPARE(r.failure, QStringLiteral("the token expired at 2026-11-25T10:00:00Z, 312 s ago"));
}

void tst_Jose::checksListTheSteps()
{
    EndToEnd e = validToken();
    e.claims.insert(QStringLiteral("nbf"), double(kNow - 60));
    const JwtResult r = verifyJwt(mint(e), keysFor(Keys::Main), e.check);
    QVERIFY2(r.ok, qPrintable(r.failure));
    const QStringList expected = {
        QStringLiteral("the token has 3 parts"),
        QStringLiteral("header, payload and signature are base64url; the header is a JSON object"),
        QStringLiteral("the payload is a JSON object"),
        QStringLiteral("alg RS256 is allowed"),
        QStringLiteral("kid \"gatehouse-test\" is present"),
        QStringLiteral("RSA 2048-bit key kid=gatehouse-test can verify RS256"),
        QStringLiteral("signature verified with RSA 2048-bit key kid=gatehouse-test"),
        QStringLiteral("iss \"%1\" matches").arg(kIssuer),
        QStringLiteral("client_id \"%1\" is an accepted audience (the token has no aud)").arg(kClientId),
        QStringLiteral("exp 2026-11-25T11:04:12Z is 3540 s from now"),
        QStringLiteral("nbf 2026-11-25T10:04:12Z has passed"),
        QStringLiteral("iat 2026-11-25T10:04:12Z is not in the future"),
    };
    QCOMPARE(r.checks, expected);
}

// ---- malformed tokens: rejected with a reason, never a crash ----

void tst_Jose::malformedTokens_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("failure");

    const QByteArray good = m_main.signJwt(validToken().claims);
    const QList<QByteArray> parts = good.split('.');
    const QByteArray header = parts[0];
    const QByteArray payload = parts[1];
    const QByteArray signature = parts[2];
    // A token from three raw parts.
    const auto token = [](const QByteArray &h, const QByteArray &p, const QByteArray &s) {
        return QByteArray(h + '.' + p + '.' + s);
    };
    const auto part = [](const QByteArray &raw) {
        return base64UrlEncode(raw);
    };

    QTest::addRow("empty") << QByteArray() << "format"
                           << "the token is empty";
    QTest::addRow("one part")
        << header << "format"
        << "a signed JWT has 3 dot-separated parts (header.payload.signature); this token has 1";
    QTest::addRow("two parts") << QByteArray(header + '.' + payload) << "format"
                               << "this token has 2";
    QTest::addRow("four parts") << QByteArray(good + ".x") << "format"
                                << "this token has 4";
    QTest::addRow("five parts: JWE")
        << QByteArray(header + "...." + payload) << "format"
        << "this token has 5, which is an encrypted token (JWE); JWT authorizers accept "
           "only signed tokens";
    QTest::addRow("only dots") << QByteArray("..") << "format"
                               << "the header is not JSON";
    QTest::addRow("65 KiB") << token(header, QByteArray(65 * 1024, 'A'), signature) << "format"
                            << "Gatehouse accepts at most 65536";
    QTest::addRow("header padded")
        << token(header + "==", payload, signature) << "format"
        << QStringLiteral("the header is not base64url: byte 0x3d at offset %1").arg(header.size());
    QTest::addRow("header in standard base64") << token("eyJ+", payload, signature) << "format"
                                               << "the header is not base64url: byte 0x2b at offset 3";
    QTest::addRow("header 4n+1 long")
        << token("eyJhb", payload, signature) << "format"
        << "the header is not base64url: 5 characters cannot encode whole bytes";
    QTest::addRow("space in the payload")
        << token(header, payload.left(10) + ' ' + payload.mid(10), signature) << "format"
        << "the payload is not base64url: byte 0x20 at offset 10";
    QTest::addRow("NUL in the signature") << token(header, payload, QByteArray("AB\0CD", 5)) << "format"
                                          << "the signature is not base64url: byte 0x00 at offset 2";
    QTest::addRow("high byte in the signature") << token(header, payload, "AB\xe2\x80\x8b") << "format"
                                                << "the signature is not base64url: byte 0xe2 at offset 2";
    QTest::addRow("header not JSON") << token(part("alg=RS256"), payload, signature) << "format"
                                     << "the header is not JSON";
    QTest::addRow("header a JSON array") << token(part(R"(["RS256"])"), payload, signature) << "format"
                                         << "the header is JSON but not an object";
    QTest::addRow("header a JSON string") << token(part(R"("RS256")"), payload, signature) << "format"
                                          << "the header is JSON but not an object";
    QTest::addRow("header invalid UTF-8")
        << token(part("{\"alg\":\"RS\xff\"}"), payload, signature) << "format"
        << "the header is not JSON";
    QTest::addRow("header nested 2000 deep")
        << token(part(QByteArray(2000, '[') + QByteArray(2000, ']')), payload, signature) << "format"
        << "the header is not JSON";
    QTest::addRow("header with trailing garbage")
        << token(part(R"({"alg":"RS256"}x)"), payload, signature) << "format"
        << "the header is not JSON";
    QTest::addRow("signature empty") << token(header, payload, QByteArray()) << "signature"
                                     << "an RS256 signature with a 2048-bit key is 256 bytes; got 0";
    QTest::addRow("signature too long") << QByteArray(good + "AAAA") << "signature"
                                        << "an RS256 signature with a 2048-bit key is 256 bytes; got 259";
    QTest::addRow("Bearer prefix left on")
        << QByteArray("Bearer " + good) << "format"
        << "the header is not base64url: byte 0x20 at offset 6 (the value starts "
           "with an authentication scheme; pass only the token after \"Bearer \")";
}

void tst_Jose::malformedTokens()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, code);
    QFETCH(QString, failure);
    JwtCheck check = validToken().check;
    const JwtResult r = verifyJwt(token, keysFor(Keys::Main), check);
    QVERIFY(!r.ok);
    QVERIFY2(r.failedCheck == code, qPrintable(QStringLiteral("%1: %2").arg(r.failedCheck, r.failure)));
    QVERIFY2(r.failure.contains(failure), qPrintable(r.failure));
    QCOMPARE(r.checks.last(), r.failure);
}

void tst_Jose::everyTruncationAndByteFlipIsRejected()
{
    const JwkSet keys = keysFor(Keys::Main);
    const JwtCheck check = validToken().check;
    const QByteArray good = m_main.signJwt(validToken().claims);
    QVERIFY(verifyJwt(good, keys, check).ok);
    const QByteArray goodSignature = *base64UrlDecode(good.sliced(good.lastIndexOf('.') + 1));
    for (qsizetype cut = 0; cut < good.size(); ++cut) {
        const JwtResult r = verifyJwt(good.first(cut), keys, check);
        QVERIFY2(!r.ok, qPrintable(QStringLiteral("accepted when cut at %1").arg(cut)));
        QVERIFY(kCodes.contains(r.failedCheck));
    }
    for (qsizetype at = 0; at < good.size(); ++at) {
        QByteArray token = good;
        token[at] = char(token[at] ^ 0x01);
        const JwtResult r = verifyJwt(token, keys, check);
        // Only the signature's last character carries unused bits: a flip there may decode to the same bytes.
        const qsizetype dot = token.lastIndexOf('.');
        const auto signature
            = dot == good.lastIndexOf('.') ? base64UrlDecode(token.sliced(dot + 1)) : std::nullopt;
        const bool sameToken
            = token.first(dot) == good.first(dot) && signature && *signature == goodSignature;
        QVERIFY2(r.ok == sameToken, qPrintable(QStringLiteral("byte %1 flipped: %2").arg(at).arg(r.failure)));
        if (!r.ok)
            QVERIFY(kCodes.contains(r.failedCheck));
    }
}

// ---- scopes and bearer tokens ----

void tst_Jose::scopes_data()
{
    QTest::addColumn<QByteArray>("claims");
    QTest::addColumn<QStringList>("scopes");
    QTest::addRow("Cognito scope string")
        << QByteArray(R"({"scope":"pets/read pets/write"})") << QStringList {"pets/read", "pets/write"};
    QTest::addRow("extra spaces") << QByteArray(R"({"scope":"  a   b "})") << QStringList {"a", "b"};
    QTest::addRow("scp array") << QByteArray(R"({"scp":["email","profile"]})")
                               << QStringList {"email", "profile"};
    QTest::addRow("scp string") << QByteArray(R"({"scp":"email profile"})")
                                << QStringList {"email", "profile"};
    QTest::addRow("both, deduplicated")
        << QByteArray(R"({"scope":"a b","scp":["b","c"]})") << QStringList {"a", "b", "c"};
    QTest::addRow("neither") << QByteArray(R"({"sub":"x"})") << QStringList();
    QTest::addRow("non-strings ignored") << QByteArray(R"({"scope":5,"scp":["a",7]})") << QStringList {"a"};
}

void tst_Jose::scopes()
{
    QFETCH(QByteArray, claims);
    QFETCH(QStringList, scopes);
    QCOMPARE(jwtScopes(object(claims)), scopes);
}

void tst_Jose::bearer_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("token");
    QTest::addRow("bare token") << QByteArray("aaa.bbb.ccc") << QByteArray("aaa.bbb.ccc");
    QTest::addRow("Bearer") << QByteArray("Bearer aaa.bbb.ccc") << QByteArray("aaa.bbb.ccc");
    QTest::addRow("bearer in lower case") << QByteArray("bearer aaa.bbb.ccc") << QByteArray("aaa.bbb.ccc");
    QTest::addRow("several spaces and a tab")
        << QByteArray(" Bearer \t aaa.bbb.ccc  ") << QByteArray("aaa.bbb.ccc");
    QTest::addRow("Bearer alone") << QByteArray("Bearer") << QByteArray("Bearer");
    QTest::addRow("Bearer glued to the token") << QByteArray("Bearereyaaa") << QByteArray("Bearereyaaa");
    QTest::addRow("another scheme") << QByteArray("Basic dXNlcjpwYXNz") << QByteArray("Basic dXNlcjpwYXNz");
    QTest::addRow("empty") << QByteArray() << QByteArray();
}

void tst_Jose::bearer()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, token);
    QCOMPARE(bearerToken(value).toByteArray(), token);
}

// ---- the local identity provider's signing key ----

void tst_Jose::signingKey()
{
    const QJsonObject jwk = m_main.publicJwk();
    QCOMPARE(jwk.value(QStringLiteral("kty")).toString(), QStringLiteral("RSA"));
    QCOMPARE(jwk.value(QStringLiteral("kid")).toString(), kKid);
    QCOMPARE(jwk.value(QStringLiteral("use")).toString(), QStringLiteral("sig"));
    QCOMPARE(jwk.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
    QCOMPARE(jwk.value(QStringLiteral("e")).toString(), QStringLiteral("AQAB"));
    const auto key = Jwk::fromJson(jwk, nullptr);
    QVERIFY(key);
    QCOMPARE(key->bits(), 2048);
    QVERIFY(!key->hasPrivateMembers());

    // The PEM round trip keeps the key.
    const QByteArray pem = m_main.privatePem();
    QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----\n"));
    QString problem;
    const auto again = RsaSigningKey::fromPem(pem, kKid, &problem);
    QVERIFY2(again, qPrintable(problem));
    QCOMPARE(again->publicJwk(), jwk);
    const JwtResult r
        = verifyJwt(again->signJwt(validToken().claims), keysFor(Keys::Main), validToken().check);
    QVERIFY2(r.ok, qPrintable(r.failure));
    QCOMPARE(r.header,
             QJsonObject({{QStringLiteral("alg"), QStringLiteral("RS256")},
                          {QStringLiteral("typ"), QStringLiteral("JWT")},
                          {QStringLiteral("kid"), kKid}}));

    // Without a kid, the key is named by its RFC 7638 thumbprint.
    const auto unnamed = RsaSigningKey::fromPem(pem, QString(), nullptr);
    QVERIFY(unnamed);
    QCOMPARE(unnamed->kid().toLatin1(), key->thumbprint());
    QCOMPARE(unnamed->kid().size(), 43);

    // Two generated keys differ.
    QVERIFY(m_other.publicJwk().value(QStringLiteral("n")) != jwk.value(QStringLiteral("n")));

    // A null key signs nothing.
    const RsaSigningKey null;
    QVERIFY(null.isNull());
    QVERIFY(null.signJwt(validToken().claims).isEmpty());
    QVERIFY(null.privatePem().isEmpty());
    QVERIFY(null.publicJwk().isEmpty());
}

void tst_Jose::signingKeyProblems_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("problemHas");
    QTest::addRow("empty") << QByteArray() << "not a PEM private key";
    QTest::addRow("garbage") << QByteArray("hello") << "not a PEM private key";
    QTest::addRow("truncated") << m_main.privatePem().left(200) << "not a PEM private key";
    QTest::addRow("public JWK instead") << compactJson(m_main.publicJwk()) << "not a PEM private key";
    QTest::addRow("encrypted (never prompts)") << kEncryptedPem << "the private key is encrypted";
    QTest::addRow("EC key") << kEcPem << "the private key is EC, not RSA";
    QTest::addRow("RSA 1024 bits") << kRsa1024Pem << "the RSA key has 1024 bits; RS256 needs at least 2048";
}

void tst_Jose::signingKeyProblems()
{
    QFETCH(QByteArray, pem);
    QFETCH(QString, problemHas);
    QString problem;
    QVERIFY(!RsaSigningKey::fromPem(pem, kKid, &problem));
    QVERIFY2(problem.contains(problemHas), qPrintable(problem));
}

void tst_Jose::benchmarkVerifyRs256()
{
    const JwkSet keys = keysFor(Keys::Main);
    const EndToEnd e = validToken();
    const QByteArray token = mint(e);
    bool ok = false;
    QBENCHMARK
    {
        ok = verifyJwt(token, keys, e.check).ok;
    }
    QVERIFY(ok);
}

QTEST_GUILESS_MAIN(tst_Jose)
#include "tst_jose.moc"
