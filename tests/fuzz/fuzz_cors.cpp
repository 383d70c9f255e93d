// SPDX-License-Identifier: GPL-3.0-or-later
// CORS header parsing as the CORS Lab's browser model reads it: field 0 is "METHOD URL ORIGIN", field 1 the
// page's request headers, field 2 the preflight response headers, field 3 the actual response headers (each
// "name: value" per line). The request is judged in every credentials mode.
#include "fuzzinput.h"

#include "cors/browsercors.h"

#include <cstdint>

namespace {

gw::http::HttpHeaders headersFrom(const QByteArray &text)
{
    gw::http::HttpHeaders headers;
    for (const QByteArray &h : text.split('\n')) {
        const qsizetype colon = h.indexOf(':');
        if (colon > 0)
            headers.append(h.left(colon), h.mid(colon + 1).trimmed());
    }
    return headers;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const gw::fuzz::FuzzInput in(data, size);
    const QList<QByteArray> words = in.field(0).split(' ');
    gw::cors::FetchRequest request;
    request.method = QString::fromUtf8(words.value(0, "GET"));
    request.url = QString::fromUtf8(words.value(1, "http://api.localhost:4000/prod/pets"));
    request.pageOrigin = QString::fromUtf8(words.value(2, "http://app.localhost:3000"));
    request.headers = headersFrom(in.field(1));
    const gw::http::HttpHeaders preflight = headersFrom(in.field(2));
    const gw::http::HttpHeaders actual = headersFrom(in.field(3));
    using gw::cors::BrowserCors;
    for (const auto mode : {gw::cors::CredentialsMode::Omit, gw::cors::CredentialsMode::SameOrigin,
                            gw::cors::CredentialsMode::Include}) {
        request.credentials = mode;
        (void)BrowserCors::originOf(request.url);
        (void)BrowserCors::isCrossOrigin(request);
        if (BrowserCors::needsPreflight(request)) {
            (void)BrowserCors::preflightHeaders(request);
            (void)BrowserCors::checkPreflight(request, 200, preflight);
            (void)BrowserCors::preflightCacheSeconds(preflight);
        }
        (void)BrowserCors::checkActual(request, 200, actual);
        (void)BrowserCors::readableResponseHeaders(request, actual);
    }
    return 0;
}
