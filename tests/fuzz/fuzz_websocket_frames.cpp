// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 6455 frames as a client sends them, read with the frame limit AWS applies (a small one here).
#include "websocket/wsframe.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    gw::websocket::FrameReader reader(4096);
    reader.append(reinterpret_cast<const char *>(data), qsizetype(size));
    for (int i = 0; i < 10'000; ++i) {
        gw::websocket::Frame frame;
        quint16 closeCode = 0;
        QString error;
        const auto result = reader.next(&frame, &closeCode, &error);
        if (result != gw::websocket::FrameReader::Result::Frame)
            break;
    }
    return 0;
}
