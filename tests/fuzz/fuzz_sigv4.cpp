// SPDX-License-Identifier: GPL-3.0-or-later
// SigV4 canonicalisation and verification: field 0 is "METHOD PATH?QUERY", field 1 the headers ("name: value"
// lines), field 2 the body. Verified with one known key, in the header and the presigned forms.
#include "fuzzinput.h"

#include "auth/sigv4.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const gw::fuzz::FuzzInput in(data, size);
    gw::auth::SigV4Request request;
    const QByteArray line = in.field(0);
    const qsizetype space = line.indexOf(' ');
    request.method = space < 0 ? QByteArray("GET") : line.left(space);
    const QByteArray target = space < 0 ? line : line.mid(space + 1);
    const qsizetype q = target.indexOf('?');
    request.path = q < 0 ? target : target.left(q);
    request.query = q < 0 ? QByteArray() : target.mid(q + 1);
    for (const QByteArray &h : in.field(1).split('\n')) {
        const qsizetype colon = h.indexOf(':');
        if (colon > 0)
            request.headers.append({h.left(colon), h.mid(colon + 1).trimmed()});
    }
    request.body = in.field(2);
    const auto lookup = [](const QString &id) -> std::optional<gw::auth::Credential> {
        if (id != QLatin1String("AKIDEXAMPLE"))
            return std::nullopt;
        gw::auth::Credential c;
        c.accessKeyId = id;
        c.secret = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        return c;
    };
    gw::auth::SigV4Options options;
    options.region = QStringLiteral("us-east-1");
    (void)gw::auth::verifySigV4(request, lookup, options);
    (void)gw::auth::canonicalUri(request.path, true);
    (void)gw::auth::canonicalQueryString(request.query, true);
    (void)gw::auth::parseAmzDate(request.body.left(32));
    return 0;
}
