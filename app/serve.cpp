// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "signalwatcher.h"

#include "engine/compiler.h"
#include "engine/gatewayengine.h"
#include "auth/localidentity.h"
#include "common/clock.h"
#include "cost/pricing.h"
#include "io/harwriter.h"
#include "io/projectkeys.h"
#include "lambda/lambdaservice.h"
#include "observe/accesslog.h"
#include "observe/stageaccesslog.h"
#include "observe/metricsstore.h"
#include "observe/tracewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace gw::app {

int runServe(const QStringList &argList)
{
    FileOptions files;
    QString portText;
    QString bindText = QStringLiteral("127.0.0.1");
    QString tracePath;
    QString accessLogPath;
    QString stageAccessLogDir;
    QString harPath;
    QString metricsPath;
    bool harIncludeSecrets = false;
    bool serverTiming = false;
    QString functionLogs;
    QString functionConcurrencyText;
    QString functionWarmWaitText;
    QString idpPortText;
    const bool parsed = parseFileArguments(QStringLiteral("serve"), argList, files, [&](ArgReader &args, QString *error) {
        QString spec;
        if (args.flag(QStringLiteral("--har-include-secrets"))) {
            harIncludeSecrets = true;
            return true;
        }
        if (args.flag(QStringLiteral("--server-timing"))) {
            serverTiming = true;
            return true;
        }
        if (args.option(QStringLiteral("--function"), &spec, error)) {
            model::Function fn;
            if (error->isEmpty() && !io::parseFunctionSpec(spec, &fn, error))
                return true;
            files.input.functions.append(fn);
            return true;
        }
        if (args.option(QStringLiteral("--usage-plan"), &spec, error)) {
            model::UsagePlan plan;
            if (error->isEmpty() && io::parseUsagePlanSpec(spec, &plan, error))
                files.input.usagePlans.append(plan);
            return true;
        }
        if (args.option(QStringLiteral("--api-key"), &spec, error)) {
            model::ApiKey key;
            if (error->isEmpty() && io::parseApiKeySpec(spec, &key, error))
                files.input.apiKeys.append(key);
            return true;
        }
        if (args.option(QStringLiteral("--credentials"), &spec, error)) {
            model::AccessCredential credential;
            if (error->isEmpty() && io::parseCredentialSpec(spec, &credential, error))
                files.input.credentials.append(credential);
            return true;
        }
        if (args.option(QStringLiteral("--account-throttle"), &spec, error)) {
            model::Throttle t;
            if (error->isEmpty() && io::parseThrottleSpec(spec, &t, error))
                files.input.accountThrottle = t;
            else if (!error->isEmpty() && !error->startsWith(QLatin1String("--")))
                *error = QStringLiteral("--account-throttle ") + *error;
            return true;
        }
        if (args.option(QStringLiteral("--stage-cache"), &spec, error)) {
            int ttl = 0;
            if (error->isEmpty() && io::parseStageCacheTtl(spec, &ttl, error))
                files.input.stageCacheTtl = ttl;
            return true;
        }
        if (args.option(QStringLiteral("--jwks"), &spec, error)) {
            model::AuthorizerKeys keys;
            if (error->isEmpty() && io::parseJwksSpec(spec, &keys, error))
                files.input.jwks.append(keys);
            return true;
        }
        return args.option(QStringLiteral("--idp-port"), &idpPortText, error)
            || args.option(QStringLiteral("--function-logs"), &functionLogs, error)
            || args.option(QStringLiteral("--function-concurrency"), &functionConcurrencyText, error)
            || args.option(QStringLiteral("--function-warm-wait"), &functionWarmWaitText, error)
            || args.option(QStringLiteral("--port"), &portText, error)
            || args.option(QStringLiteral("--bind"), &bindText, error)
            || args.option(QStringLiteral("--trace"), &tracePath, error)
            || args.option(QStringLiteral("--access-log"), &accessLogPath, error)
            || args.option(QStringLiteral("--stage-access-logs"), &stageAccessLogDir, error)
            || args.option(QStringLiteral("--har"), &harPath, error)
            || args.option(QStringLiteral("--metrics"), &metricsPath, error);
    });
    if (!parsed)
        return ExitUsage;
    if (files.files.isEmpty()) {
        printErr(QStringLiteral("gatehouse serve: name at least one project or OpenAPI file (see gatehouse --help)"));
        return ExitUsage;
    }
    if (harIncludeSecrets && harPath.isEmpty()) {
        printErr(QStringLiteral("gatehouse serve: --har-include-secrets applies to a HAR file; add --har FILE"));
        return ExitUsage;
    }
    // Whole numbers within [low, high] for the options that take one; `fallback` when the option is absent.
    const auto numberOption = [](const QString &name, const QString &text, int low, int high, int fallback, int *out) {
        if (text.isEmpty()) {
            *out = fallback;
            return true;
        }
        bool ok = false;
        *out = text.toInt(&ok);
        if (ok && *out >= low && *out <= high)
            return true;
        printErr(QStringLiteral("gatehouse serve: %1 must be a number from %2 to %3; got `%4`").arg(name).arg(low).arg(high).arg(text));
        return false;
    };
    int port = -1;
    if (!numberOption(QStringLiteral("--port"), portText, 0, 65535, -1, &port))
        return ExitUsage;
    int functionConcurrency = 0;
    int functionWarmWait = 0;
    if (!numberOption(QStringLiteral("--function-concurrency"), functionConcurrencyText, 1, 1000, 10, &functionConcurrency)
        || !numberOption(QStringLiteral("--function-warm-wait"), functionWarmWaitText, 0, 60'000, 10, &functionWarmWait))
        return ExitUsage;
    QHostAddress bind;
    if (bindText == QLatin1String("localhost"))
        bind = QHostAddress::LocalHost;
    else if (!bind.setAddress(bindText)) {
        printErr(QStringLiteral("gatehouse serve: --bind must be an IP address; got `%1`").arg(bindText));
        return ExitUsage;
    }

    io::InputLoad load = io::loadInputs(files.files, files.input);
    if (printDiagnostics(load.diagnostics) || !load.project)
        return ExitUsage;
    const model::Project &project = *load.project;
    if (port < 0)
        port = project.preferredPort > 0 ? project.preferredPort : 4510;

    // The local identity provider: its own port (the gateway's + 1 by default), started first because its URL is
    // the issuer authorizers may trust.
    int idpPort = 0;
    if (!numberOption(QStringLiteral("--idp-port"), idpPortText, 0, 65535, auth::defaultIdentityPort(quint16(port)), &idpPort))
        return ExitUsage;
    CompileOptions compileOptions;
    std::unique_ptr<auth::IdentityServer> identityServer;
    if (!project.identityFile.isEmpty()) {
        auto identity = std::make_shared<auth::LocalIdentity>();
        QString keyError;
        std::optional<auth::RsaSigningKey> key = auth::loadOrCreateLocalKey(project.identityFile, &identity->keyPath, &keyError);
        if (!key) {
            printErr(QStringLiteral("gatehouse serve: %1").arg(keyError));
            return ExitFailure;
        }
        identity->key = *key;
        identityServer = std::make_unique<auth::IdentityServer>(identity, SystemClock::instance());
        QString idpError;
        if (!identityServer->start(bind, quint16(idpPort), &idpError)) {
            printErr(QStringLiteral("gatehouse serve: the local identity provider cannot listen on %1:%2: %3 (choose another "
                                    "port with --idp-port N, or 0 for a free one)")
                         .arg(bind.toString())
                         .arg(idpPort)
                         .arg(idpError));
            return ExitFailure;
        }
        compileOptions.identity = identity;
    }
    CompileResult compiled = compileProject(project, compileOptions);
    printDiagnostics(compiled.problems);
    if (!compiled.fidelity.isEmpty()) {
        printErr(QStringLiteral("Fidelity report: what Gatehouse does not emulate completely in these APIs"));
        for (const FidelityItem &item : std::as_const(compiled.fidelity.items))
            printErr(QStringLiteral("  ") + item.format());
    }

    GatewayEngine engine;
    engine.setServerTiming(serverTiming);
    std::shared_ptr<TraceWriter> trace;
    std::shared_ptr<AccessLogWriter> accessLog;
    if (!tracePath.isEmpty()) {
        trace = std::make_shared<TraceWriter>(tracePath);
        if (!trace->isOpen()) {
            printErr(QStringLiteral("gatehouse serve: cannot open the trace file %1: %2").arg(tracePath, trace->errorString()));
            return ExitUsage;
        }
        engine.records().addSink(trace);
    }
    if (!accessLogPath.isEmpty()) {
        accessLog = std::make_shared<AccessLogWriter>(accessLogPath);
        if (!accessLog->isOpen()) {
            printErr(QStringLiteral("gatehouse serve: cannot open the access log %1: %2")
                         .arg(accessLogPath, accessLog->errorString()));
            return ExitUsage;
        }
        engine.records().addSink(accessLog);
    }
    std::shared_ptr<StageAccessLogSink> stageAccessLogs;
    if (!stageAccessLogDir.isEmpty()) {
        const QList<StageAccessLog> logs = gw::stageAccessLogs(project, stageAccessLogDir);
        if (logs.isEmpty()) {
            printErr(QStringLiteral("gatehouse serve: no stage has access logging on (accessLogSettings.format), so "
                                    "--stage-access-logs writes nothing; turn it on in the stage editor or the "
                                    "project file (docs/access-logs.md)"));
        } else {
            if (!QDir().mkpath(stageAccessLogDir)) {
                printErr(QStringLiteral("gatehouse serve: cannot make the access-log folder %1").arg(stageAccessLogDir));
                return ExitUsage;
            }
            stageAccessLogs = std::make_shared<StageAccessLogSink>();
            stageAccessLogs->configure(logs);
            engine.records().addSink(stageAccessLogs);
            for (const StageAccessLog &log : logs)
                printErr(QStringLiteral("Access log of %1/%2: %3").arg(log.apiId, log.stage, log.path));
        }
    }
    std::shared_ptr<io::HarWriter> har;
    if (!harPath.isEmpty()) {
        // Entries carry their estimated AWS cost when the pricing loads; a broken pricing file costs only that.
        const cost::PricingLoad pricing = cost::loadPricing();
        if (!pricing.pricing)
            printErr(QStringLiteral("gatehouse serve: HAR entries will carry no cost: %1").arg(pricing.error));
        har = std::make_shared<io::HarWriter>(harPath, bind.toString(), pricing.pricing, harIncludeSecrets);
        if (harIncludeSecrets)
            printErr(QStringLiteral("gatehouse serve: %1 will hold credentials, cookies and API keys as sent "
                                    "(--har-include-secrets); do not share it").arg(harPath));
        QString harError;
        if (!har->open(&harError)) {
            printErr(QStringLiteral("gatehouse serve: cannot write the HAR file %1: %2").arg(harPath, harError));
            return ExitUsage;
        }
        engine.records().addSink(har);
    }
    std::shared_ptr<metrics::MetricsStore> metricsStore;
    if (!metricsPath.isEmpty()) {
        if (!QFileInfo(metricsPath).absoluteDir().exists()) {
            printErr(QStringLiteral("gatehouse serve: cannot write the metrics file %1: its folder does not exist")
                         .arg(metricsPath));
            return ExitUsage;
        }
        metricsStore = std::make_shared<metrics::MetricsStore>();
        engine.records().addSink(metricsStore);
    }
    if (!project.functions.isEmpty()) {
        if (functionLogs.isEmpty())
            functionLogs = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/function-logs");
        engine.lambda().setLogDirectory(functionLogs);
        engine.lambda().setLocalConcurrency(functionConcurrency);
        engine.lambda().setWarmWait(functionWarmWait);
    }
    engine.deploy(compiled.gateway);
    QString error;
    if (!engine.start(bind, quint16(port), &error)) {
        printErr(QStringLiteral("gatehouse serve: cannot listen on %1:%2: %3%4")
                     .arg(bind.toString())
                     .arg(port)
                     .arg(error, port != 0 ? QStringLiteral(" (use --port 0 to pick a free port)") : QString()));
        return ExitFailure;
    }
    if (!bind.isLoopback())
        printErr(QStringLiteral("WARNING: the gateway listens on %1, so other machines can reach these APIs. Use "
                                "--bind 127.0.0.1 to keep them on this machine.")
                     .arg(bind.toString()));

    const QString host = bind.protocol() == QAbstractSocket::IPv6Protocol ? QLatin1Char('[') + bind.toString() + QLatin1Char(']')
                                                                          : bind.toString();
    // One write, so a script that reads the Listening line has the invoke URLs too.
    QString banner = QStringLiteral("Listening on http://%1:%2").arg(host).arg(engine.port());
    for (const auto &api : compiled.gateway->apis) {
        for (const auto &stage : api->stages) {
            const bool ws = api->protocol == model::Protocol::WebSocket;
            QString url = engine.invokeUrl(api->id, stage->name);
            if (ws)
                url.replace(0, 4, QStringLiteral("ws")); // http://... -> ws://...
            banner += QStringLiteral("\n  %1  %2  %3  %4")
                          .arg(api->id, stage->name,
                               ws ? QStringLiteral("WEBSOCKET") : api->isRest() ? QStringLiteral("REST") : QStringLiteral("HTTP"),
                               url);
        }
    }
    if (compileOptions.identity)
        banner += QStringLiteral("\nIdentity provider %1 (issuer; keys at %1/.well-known/jwks.json; tokens: gatehouse token FILE)")
                      .arg(compileOptions.identity->issuer);
    printOut(banner);
    if (!project.functions.isEmpty()) {
        QStringList names;
        for (const model::Function &f : project.functions)
            names.append(f.name);
        printErr(QStringLiteral("Functions (%1) run locally; their logs go to %2/<function>.log")
                     .arg(names.join(QLatin1String(", ")), functionLogs));
    }
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, qApp, [](int) { QCoreApplication::quit(); });
    const int rc = QCoreApplication::exec();
    engine.stop();
    if (identityServer)
        identityServer->stop();
    engine.records().flush();
    printErr(QStringLiteral("Stopped after %1 requests.").arg(engine.records().published()));
    bool stageLogFailed = false;
    if (stageAccessLogs) {
        for (const StageAccessLog &log : stageAccessLogs->logs()) {
            const QString error = stageAccessLogs->error(log.apiId, log.stage);
            if (!error.isEmpty()) {
                printErr(QStringLiteral("gatehouse serve: the access log of %1/%2 is incomplete: %3")
                             .arg(log.apiId, log.stage, error));
                stageLogFailed = true;
            }
        }
    }
    bool metricsFailed = false;
    if (metricsStore) {
        // Per-minute CloudWatch metrics of the last day, one JSON line per series and minute; one rename.
        QSaveFile file(metricsPath);
        const QByteArray lines = metricsStore->minuteJsonLines(SystemClock::instance()->epochMs());
        if (!file.open(QIODevice::WriteOnly) || file.write(lines) != lines.size() || !file.commit()) {
            printErr(QStringLiteral("gatehouse serve: cannot write the metrics file %1: %2").arg(metricsPath, file.errorString()));
            metricsFailed = true;
        } else {
            printErr(QStringLiteral("Wrote %1 metric lines to %2.").arg(lines.count('\n')).arg(metricsPath));
        }
    }
    if (har) {
        // Written on every exit the event loop sees (SIGINT, SIGTERM): one rename, never a half-written file.
        QString harError;
        if (!har->finish(&harError)) {
            printErr(QStringLiteral("gatehouse serve: cannot write the HAR file %1: %2").arg(harPath, harError));
            return ExitFailure;
        }
        printErr(QStringLiteral("Wrote %1 entries to %2 (HAR 1.2).").arg(har->entries()).arg(harPath));
    }
    return metricsFailed || stageLogFailed ? int(ExitFailure) : rc;
}

} // namespace gw::app
