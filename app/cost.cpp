// SPDX-License-Identifier: GPL-3.0-or-later
// `gatehouse cost`: a month of steady traffic priced from the pricing file, as JSON.
#include "cli.h"
#include "cost/costmodel.h"

#include <QJsonDocument>

#include <cmath>

namespace gw::app {

namespace {

/// A finite number from `text`; false with `error` naming `flag` otherwise.
bool readNumber(const QString &flag, const QString &text, const QString &what, double *out, QString *error)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < 0) {
        *error = QStringLiteral("%1 must be %2; got `%3`").arg(flag, what, text);
        return false;
    }
    *out = v;
    return true;
}

} // namespace

int runCost(const QStringList &argList)
{
    ArgReader args(argList);
    cost::MonthlyInputs in;
    QString protocol, rps, payload, cacheGb, lambdaMb, lambdaMs, arch, connections, pricingPath;
    QString error;
    while (!args.atEnd() && error.isEmpty()) {
        if (args.flag(QStringLiteral("--free-tier"))) {
            in.freeTier = true;
            continue;
        }
        if (args.option(QStringLiteral("--protocol"), &protocol, &error)
            || args.option(QStringLiteral("--rps"), &rps, &error)
            || args.option(QStringLiteral("--payload-kb"), &payload, &error)
            || args.option(QStringLiteral("--cache-gb"), &cacheGb, &error)
            || args.option(QStringLiteral("--lambda-mb"), &lambdaMb, &error)
            || args.option(QStringLiteral("--lambda-ms"), &lambdaMs, &error)
            || args.option(QStringLiteral("--lambda-arch"), &arch, &error)
            || args.option(QStringLiteral("--connections"), &connections, &error)
            || args.option(QStringLiteral("--pricing"), &pricingPath, &error))
            continue;
        const QString a = args.next();
        error = a.startsWith(QLatin1String("--"))
            ? QStringLiteral("unknown option %1 (see gatehouse --help)").arg(a)
            : QStringLiteral("unexpected argument `%1` (see gatehouse --help)").arg(a);
    }
    const auto usageError = [](const QString &message) {
        printErr(QStringLiteral("gatehouse cost: ") + message);
        return ExitUsage;
    };
    if (!error.isEmpty())
        return usageError(error);
    if (protocol.isEmpty() || rps.isEmpty())
        return usageError(
            QStringLiteral("usage: gatehouse cost --protocol rest|http|websocket --rps N [--payload-kb K] "
                           "[--cache-gb G] [--lambda-mb M --lambda-ms D] [--free-tier]"));
    if (protocol == QLatin1String("rest"))
        in.kind = cost::ApiKind::Rest;
    else if (protocol == QLatin1String("http"))
        in.kind = cost::ApiKind::Http;
    else if (protocol == QLatin1String("websocket"))
        in.kind = cost::ApiKind::WebSocket;
    else
        return usageError(
            QStringLiteral("--protocol must be rest, http or websocket; got `%1`").arg(protocol));
    if (!readNumber(QStringLiteral("--rps"), rps,
                    QStringLiteral("a number of requests per second, 0 or more"), &in.requestsPerSecond,
                    &error))
        return usageError(error);
    double kb = 0;
    if (!payload.isEmpty()
        && !readNumber(QStringLiteral("--payload-kb"), payload,
                       QStringLiteral("a payload size in KB, 0 or more"), &kb, &error))
        return usageError(error);
    in.payloadBytes = kb * 1024;
    if (!cacheGb.isEmpty()
        && !readNumber(QStringLiteral("--cache-gb"), cacheGb, QStringLiteral("a cache size in GB"),
                       &in.cacheGb, &error))
        return usageError(error);
    if (lambdaMb.isEmpty() != lambdaMs.isEmpty())
        return usageError(
            QStringLiteral("--lambda-mb and --lambda-ms go together: give the function's memory size and its "
                           "duration per request"));
    if (!lambdaMb.isEmpty()) {
        bool ok = false;
        in.lambdaMemoryMb = lambdaMb.toInt(&ok);
        if (!ok)
            return usageError(
                QStringLiteral("--lambda-mb must be a whole number of MB from 128 to 10240; got `%1`")
                    .arg(lambdaMb));
        if (!readNumber(QStringLiteral("--lambda-ms"), lambdaMs, QStringLiteral("a duration in milliseconds"),
                        &in.lambdaDurationMs, &error))
            return usageError(error);
    }
    if (!arch.isEmpty()) {
        if (lambdaMb.isEmpty())
            return usageError(QStringLiteral("--lambda-arch needs --lambda-mb and --lambda-ms"));
        if (arch == QLatin1String("x86_64"))
            in.lambdaArch = cost::LambdaArchitecture::X86_64;
        else if (arch == QLatin1String("arm64"))
            in.lambdaArch = cost::LambdaArchitecture::Arm64;
        else
            return usageError(QStringLiteral("--lambda-arch must be x86_64 or arm64; got `%1`").arg(arch));
    }
    if (!connections.isEmpty()
        && !readNumber(QStringLiteral("--connections"), connections,
                       QStringLiteral("a number of open connections, 0 or more"), &in.websocketConnections,
                       &error))
        return usageError(error);

    const cost::PricingLoad load = cost::loadPricing(pricingPath);
    if (!load.pricing)
        return usageError(load.error);
    const QString problem = cost::checkInputs(*load.pricing, in);
    if (!problem.isEmpty())
        return usageError(problem);
    const cost::MonthlyEstimate estimate = cost::estimateMonthly(*load.pricing, in);
    printOut(
        QString::fromUtf8(QJsonDocument(estimate.toJson(*load.pricing, in)).toJson(QJsonDocument::Indented))
            .trimmed());
    return ExitOk;
}

} // namespace gw::app
