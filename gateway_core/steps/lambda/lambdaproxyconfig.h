// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "steps/mapping/httpapimapping.h"

#include <QStringList>

namespace gw {

/// A Lambda proxy integration (AWS_PROXY) as deployed.
struct LambdaProxyConfig
{
    QString function;          ///< the local function's name
    bool restApi = true;
    QString payloadVersion = QStringLiteral("1.0"); ///< HTTP APIs: "1.0" or "2.0"
    int timeoutMs = 29'000;    ///< the integration timeout
    QStringList binaryMediaTypes; ///< REST: x-amazon-apigateway-binary-media-types
    HttpApiParameterMapping httpApiMapping; ///< HTTP APIs: request mapping (into the event), response mapping (by the function's status)
};

} // namespace gw
