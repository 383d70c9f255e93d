// SPDX-License-Identifier: GPL-3.0-or-later
// HTTP/1.1 request parsing with AWS's limits: the bytes of one connection, fed in slices whose sizes the input's
// first byte chooses, until the parser finishes or has taken everything.
#include "http/httprequestparser.h"
#include "http/httpserver.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    gw::http::ServerLimits limits;
    limits.maxHeaderBytes = 2048; // small limits so the fuzzer reaches them
    limits.maxTargetBytes = 1024;
    limits.maxBodyBytes = 4096;
    gw::http::HttpRequestParser parser(limits);
    const qsizetype slice = qsizetype(data[0] % 64) + 1;
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    qsizetype left = qsizetype(size - 1);
    qint64 now = 0;
    int requests = 0;
    while (left > 0 && !parser.isFinished()) {
        const qsizetype offered = std::min(slice, left);
        qsizetype consumed = 0;
        const auto event = parser.parse(bytes, offered, ++now, &consumed);
        if (consumed < 0 || consumed > offered)
            __builtin_trap(); // the parser promised never to consume more than it was given
        bytes += consumed;
        left -= consumed;
        if (event == gw::http::HttpRequestParser::Event::RequestComplete) {
            const gw::http::HttpRequest request = parser.takeRequest();
            (void)request;
            ++requests;
        } else if (event == gw::http::HttpRequestParser::Event::Error) {
            (void)parser.errorDetail();
            break;
        } else if (consumed == 0 && event == gw::http::HttpRequestParser::Event::NeedMore) {
            if (offered == left)
                break; // all of it was offered and none was wanted
            // A slice that ended mid-token: offer the whole rest once.
            qsizetype taken = 0;
            const auto e2 = parser.parse(bytes, left, ++now, &taken);
            bytes += taken;
            left -= taken;
            if (e2 == gw::http::HttpRequestParser::Event::RequestComplete)
                (void)parser.takeRequest();
            if (taken == 0)
                break;
        }
    }
    return 0;
}
