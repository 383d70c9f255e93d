// SPDX-License-Identifier: GPL-3.0-or-later
#include "cachesettings.h"

namespace gw::model {

namespace {

struct Size
{
    const char *gb;
    double bytesInGb;
    double hourlyUsd; ///< reference/aws-apigateway.md, REST cache pricing
};

constexpr Size kSizes[] = {
    {"0.5", 0.5, 0.020}, {"1.6", 1.6, 0.038}, {"6.1", 6.1, 0.200}, {"13.5", 13.5, 0.250},
    {"28.4", 28.4, 0.500}, {"58.2", 58.2, 1.000}, {"118", 118, 1.900}, {"237", 237, 3.800},
};

const Size *find(const QString &size)
{
    for (const Size &s : kSizes) {
        if (size == QLatin1String(s.gb))
            return &s;
    }
    return nullptr;
}

} // namespace

QStringList cacheClusterSizes()
{
    QStringList out;
    for (const Size &s : kSizes)
        out.append(QLatin1String(s.gb));
    return out;
}

qint64 cacheClusterBytes(const QString &size)
{
    const Size *s = find(size);
    return s ? qint64(s->bytesInGb * 1024.0 * 1024.0 * 1024.0) : 0;
}

double cacheClusterHourlyUsd(const QString &size)
{
    const Size *s = find(size);
    return s ? s->hourlyUsd : 0.0;
}

} // namespace gw::model
