// SPDX-License-Identifier: GPL-3.0-or-later
// The traffic filter language: field 0 is the filter text, parsed and evaluated against fixed records (a plain
// request, a CORS request, an aborted one); field 1, when present, is also completed at every cursor position.
#include "fuzzinput.h"

#include "observe/trafficfilter.h"

#include <cstdint>
#include <memory>

namespace {

std::vector<gw::ExchangeRecordPtr> makeRecords()
{
    auto plain = std::make_shared<gw::ExchangeRecord>();
    plain->protocol = QStringLiteral("rest");
    plain->apiId = QStringLiteral("petstore");
    plain->stage = QStringLiteral("prod");
    plain->method = QStringLiteral("POST");
    plain->path = QStringLiteral("/pets/7");
    plain->route = QStringLiteral("/pets/{petId}");
    plain->status = 401;
    plain->totalUs = 150'000;
    plain->responseBodySize = 4096;
    plain->stoppedAtStep = QStringLiteral("authorizer");
    plain->stoppedAt = QStringLiteral("authorizer.unauthorized");
    plain->errorType = QStringLiteral("UNAUTHORIZED");
    plain->sourceIp = QStringLiteral("127.0.0.1");
    plain->requestHeaders.append("Host", "petstore.localhost");
    plain->requestHeaders.append("X-Api-Key", "abc");

    auto cors = std::make_shared<gw::ExchangeRecord>(*plain);
    cors->method = QStringLiteral("OPTIONS");
    cors->status = 204;
    cors->integrationLatencyUs = 900;
    cors->requestHeaders.append("Origin", "http://app.example");
    cors->requestHeaders.append("Access-Control-Request-Method", "PUT");
    cors->responseHeaders.append("Access-Control-Allow-Origin", "*");

    auto aborted = std::make_shared<gw::ExchangeRecord>();
    aborted->clientAborted = true;
    return {plain, cors, aborted};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const std::vector<gw::ExchangeRecordPtr> records = makeRecords();
    const gw::fuzz::FuzzInput in(data, size);
    const QString text = QString::fromUtf8(in.field(0));
    const gw::observe::TrafficFilter filter = gw::observe::TrafficFilter::parse(text);
    if (!filter.isValid()) {
        // The error names a position inside the text.
        if (filter.error().offset < 0 || filter.error().offset > text.size() || filter.error().message.isEmpty())
            __builtin_trap();
    } else {
        (void)filter.describe();
    }
    for (const gw::ExchangeRecordPtr &r : records)
        (void)filter.matches(*r);
    const QString completed = QString::fromUtf8(in.field(1));
    if (!completed.isEmpty() && completed.size() < 512) {
        for (int cursor = 0; cursor <= completed.size(); ++cursor) {
            const gw::observe::FilterCompletion c = gw::observe::completeFilter(completed, cursor);
            if (c.from < 0 || c.from > cursor)
                __builtin_trap();
        }
    }
    return 0;
}
