// SPDX-License-Identifier: GPL-3.0-or-later
// JWT and JWK parsing: field 0 is a JWKS document, field 1 a compact token verified against it; field 2, when
// present, is one JWK on its own.
#include "fuzzinput.h"

#include "auth/jose.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const gw::fuzz::FuzzInput in(data, size);
    QString problem;
    const auto keys = gw::auth::parseJwks(in.field(0), &problem);
    gw::auth::JwtCheck check;
    check.nowEpochSeconds = 1'780'000'000;
    check.issuer = QStringLiteral("https://issuer.example");
    check.audiences = {QStringLiteral("client")};
    const gw::auth::JwtResult result = gw::auth::verifyJwt(in.field(1), keys ? *keys : gw::auth::JwkSet(), check);
    (void)result;
    const QByteArray one = in.field(2);
    if (!one.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(one);
        if (doc.isObject()) {
            if (const auto jwk = gw::auth::Jwk::fromJson(doc.object(), &problem)) {
                (void)jwk->describe();
                (void)jwk->thumbprint();
                (void)jwk->publicJson();
                (void)jwk->canVerify(u"RS256");
            }
        }
    }
    (void)gw::auth::base64UrlDecode(in.field(1));
    return 0;
}
