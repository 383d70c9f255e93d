// SPDX-License-Identifier: GPL-3.0-or-later
// HAR import (File ▸ Import HAR): JSON parsing, the structural checks, body decoding, then every entry turned into
// the record the traffic table shows and the request Replay would send, and Copy as curl's text.
#include "io/harreader.h"
#include "observe/curlcommand.h"
#include "observe/outgoingrequest.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    gw::io::HarLimits limits;
    limits.maxFileBytes = 1024 * 1024;
    limits.maxEntries = 1000;
    const gw::io::HarReadResult read = gw::io::readHar(bytes, limits);
    if (!read.ok())
        return 0;
    quint64 sequence = 0;
    for (const gw::io::HarEntry &entry : read.entries) {
        const gw::ExchangeRecordPtr record = gw::io::recordFromHarEntry(entry, ++sequence);
        const gw::OutgoingRequest request = gw::outgoingRequest(*record);
        (void)gw::curlCommand(request);
        (void)gw::exchangeText(*record);
        QString error;
        (void)gw::gatewayRequest(request, 4510, &error);
    }
    return 0;
}
