// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace gw::app {

bool ArgReader::option(const QString &name, QString *value, QString *error)
{
    if (atEnd())
        return false;
    const QString a = m_args[m_pos];
    if (a == name) {
        if (m_pos + 1 >= m_args.size()) {
            *error = QStringLiteral("%1 needs a value").arg(name);
            m_pos = m_args.size();
            return true;
        }
        *value = m_args[m_pos + 1];
        m_pos += 2;
        return true;
    }
    if (a.startsWith(name + QLatin1Char('='))) {
        *value = a.mid(name.size() + 1);
        ++m_pos;
        return true;
    }
    return false;
}

bool ArgReader::flag(const QString &name)
{
    if (!atEnd() && m_args[m_pos] == name) {
        ++m_pos;
        return true;
    }
    return false;
}

bool readFileOption(ArgReader &args, FileOptions &options, bool *consumed, QString *error)
{
    QString value;
    *consumed = true;
    if (args.option(QStringLiteral("--api-id"), &value, error)) {
        if (!error->isEmpty())
            return false;
        static const QRegularExpression valid(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
        if (!valid.match(value).hasMatch()) {
            *error = QStringLiteral("--api-id must be lower-case letters, digits and '-' (it becomes {apiId} in "
                                    "{apiId}.execute-api.localhost); got `%1`")
                         .arg(value);
            return false;
        }
        options.input.apiId = value;
        return true;
    }
    if (args.option(QStringLiteral("--stage"), &value, error)) {
        if (!error->isEmpty())
            return false;
        static const QRegularExpression valid(QStringLiteral("^([A-Za-z0-9_-]{1,128}|\\$default)$"));
        if (!valid.match(value).hasMatch()) {
            *error = QStringLiteral("--stage must be letters, digits, '-' and '_' (or $default); got `%1`").arg(value);
            return false;
        }
        options.input.stage = value;
        return true;
    }
    if (args.option(QStringLiteral("--protocol"), &value, error)) {
        if (!error->isEmpty())
            return false;
        model::Protocol p;
        if (!model::parseProtocol(value, &p) || p == model::Protocol::WebSocket) {
            *error = QStringLiteral("--protocol must be rest or http; got `%1`").arg(value);
            return false;
        }
        options.input.protocol = p;
        return true;
    }
    *consumed = false;
    return true;
}

bool parseFileArguments(const QString &verb, const QStringList &argList, FileOptions &out,
                        const std::function<bool(ArgReader &args, QString *error)> &verbOption)
{
    ArgReader args(argList);
    while (!args.atEnd()) {
        QString error;
        bool consumed = false;
        if (readFileOption(args, out, &consumed, &error) && !consumed && verbOption)
            consumed = verbOption(args, &error);
        if (!error.isEmpty()) {
            printErr(QStringLiteral("gatehouse %1: %2").arg(verb, error));
            return false;
        }
        if (consumed)
            continue;
        const QString a = args.next();
        if (a.startsWith(QLatin1String("--"))) {
            printErr(QStringLiteral("gatehouse %1: unknown option %2 (see gatehouse --help)").arg(verb, a));
            return false;
        }
        out.files.append(a);
    }
    return true;
}

bool printDiagnostics(const QList<io::Diagnostic> &diagnostics)
{
    bool errors = false;
    for (const io::Diagnostic &d : diagnostics) {
        errors |= d.severity == io::Diagnostic::Severity::Error;
        printErr(d.format());
    }
    return errors;
}

void printErr(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

void printOut(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString usage()
{
    return QStringLiteral(
        "Gatehouse %1: AWS API Gateway on your desktop.\n"
        "\n"
        "Usage:\n"
        "  gatehouse                      open the window with the last or the example project\n"
        "  gatehouse open FILE            open the window with FILE (project or OpenAPI document)\n"
        "  gatehouse serve FILE... [options]\n"
        "                                 run the gateway without a window\n"
        "  gatehouse cors FILE --origin ORIGIN --method METHOD --path /STAGE/PATH\n"
        "                 [--header \"NAME: VALUE\"]... [--credentials]\n"
        "                                 play the browser: preflight, actual request and every CORS check,\n"
        "                                 as JSON (exit 0 allowed, 1 blocked)\n"
        "  gatehouse token FILE [--sub S] [--scope S]... [--aud A] [--claim K=V]... [--ttl SECONDS]\n"
        "                                 print one JWT signed by FILE's local identity provider, accepted\n"
        "                                 by `gatehouse serve FILE` for FILE's first JWT or Cognito authorizer\n"
        "                                 (iss and aud from it; sub local-user; ttl 3600; a negative ttl\n"
        "                                 makes an expired token; --claim values that are JSON numbers or\n"
        "                                 booleans keep their type; --port/--idp-port as given to serve)\n"
        "  gatehouse cost --protocol rest|http|websocket --rps N [--payload-kb K] [--cache-gb G]\n"
        "                 [--lambda-mb M --lambda-ms D [--lambda-arch x86_64|arm64]] [--connections C]\n"
        "                 [--free-tier] [--pricing FILE]\n"
        "                                 print a 30-day month of N requests (WebSocket: messages) per second\n"
        "                                 priced on AWS, as JSON with one field per line item and totalUsd;\n"
        "                                 K is each request's and response's payload, G a REST cache size,\n"
        "                                 C WebSocket connections held open; the free tier only with\n"
        "                                 --free-tier; prices from FILE, $GATEHOUSE_PRICING,\n"
        "                                 ~/.config/gatehouse/pricing.json or the built-in us-east-1 file\n"
        "  gatehouse check FILE           print the problems the window's Problems panel shows (load errors\n"
        "                                 and warnings, stages that cannot be served, CORS traps, the fidelity\n"
        "                                 report); exit 1 when any is an error\n"
        "  gatehouse export FILE --format oas30|swagger|sam|cloudformation|terraform [--yaml|--json]\n"
        "                    [-o OUT] [--api ID]\n"
        "                                 write deployable configuration (stdout without -o; YAML unless --json\n"
        "                                 or OUT ends in .json); local-only values become parameters or\n"
        "                                 variables, each named in a warning on stderr (docs/export.md)\n"
        "  gatehouse import FILE -o PROJECT [--function NAME=RUNTIME:DIR:HANDLER]...\n"
        "                                 make a project file from an OpenAPI 3.0 / Swagger 2.0 document and\n"
        "                                 print the fidelity report (taken, emulated partly, not runnable)\n"
        "  gatehouse --version            print the version\n"
        "  gatehouse --help               print this help\n"
        "\n"
        "serve options:\n"
        "  --port N            port to listen on (0 picks a free one; default: the project's, else 4510)\n"
        "  --bind ADDR         address to listen on (default 127.0.0.1)\n"
        "  --trace FILE        append one JSON line per finished request (no headers; a presigned URL's\n"
        "                      X-Amz-Signature, X-Amz-Credential and X-Amz-Security-Token read REDACTED)\n"
        "  --access-log FILE   append one access-log line (CLF) per request; $context.identity.apiKey\n"
        "                      prints only the key's last 4 characters (****abcd)\n"
        "  --stage-access-logs DIR\n"
        "                      write each stage's own access log, in the format the stage sets\n"
        "                      (accessLogSettings.format), to DIR/<api>-<stage>.log; stages without one\n"
        "                      write nothing (docs/access-logs.md)\n"
        "  --har FILE          write the session as HAR 1.2 when the gateway stops (Ctrl+C, SIGTERM):\n"
        "                      headers, bodies, timings, and each request's steps and cost in _gatehouse;\n"
        "                      sanitized like a browser's: Authorization, Proxy-Authorization, Cookie,\n"
        "                      Set-Cookie, x-api-key, X-Amz-Security-Token, cookie values and presigned-URL\n"
        "                      signatures read REDACTED\n"
        "  --har-include-secrets\n"
        "                      write those values into the HAR file as sent (do not share such a file)\n"
        "  --server-timing     add a Server-Timing response header with the pipeline's breakdown (each\n"
        "                      step's time, then the gateway's own) for browser devtools; AWS sends none\n"
        "  --metrics FILE      write CloudWatch-named metrics when the gateway stops: one JSON line per\n"
        "                      API, stage and route and per minute of the last day (docs/metrics.md)\n"
        "  --function NAME=RUNTIME:DIR:HANDLER\n"
        "                      run a Lambda function locally (repeatable): RUNTIME is nodejs, python or\n"
        "                      provided; NAME is the function name in integration URIs\n"
        "  --function-logs DIR where function logs go (one file per function)\n"
        "  --function-concurrency N\n"
        "                      processes per function without reserved concurrency (default 10);\n"
        "                      invocations past it wait for a free one\n"
        "  --function-warm-wait MS\n"
        "                      how long an invocation waits for a busy instance before another one is\n"
        "                      started (default 10; 0: one instance per concurrent invocation, as AWS)\n"
        "  --usage-plan NAME:RATE:BURST[:LIMIT/PERIOD]\n"
        "                      a usage plan over every REST API stage (repeatable); PERIOD is DAY, WEEK\n"
        "                      or MONTH, e.g. basic:10:20:1000/DAY\n"
        "  --api-key VALUE:PLAN  an API key (x-api-key) in a usage plan (repeatable)\n"
        "  --credentials ACCESS_KEY_ID:SECRET\n"
        "                      an access key AWS_IAM methods accept SigV4 signatures from (repeatable);\n"
        "                      wins over the project's credentials and ~/.aws/credentials\n"
        "  --idp-port N        port of the local identity provider (/.well-known/openid-configuration,\n"
        "                      /.well-known/jwks.json; default: the gateway's port + 1, 4511)\n"
        "  --jwks [API/]AUTHORIZER=FILE_OR_URL\n"
        "                      the keys a JWT or Cognito authorizer verifies tokens with (repeatable);\n"
        "                      default: the issuer's discovery document, or the local identity provider\n"
        "  --account-throttle RATE:BURST\n"
        "                      the account-level limit (default 10000:5000, as AWS)\n"
        "  --stage-cache TTL   a bare REST document's stage gets a 0.5 GB cache that keeps GET responses\n"
        "                      for TTL seconds (0 to 3600), as the console's \"Enable API cache\"\n"
        "\n"
        "Options for a bare OpenAPI 3.0 / Swagger 2.0 document (every verb that takes FILE):\n"
        "  --api-id ID         the {apiId} of its URLs (default: a slug of info.title)\n"
        "  --stage NAME        the stage it is deployed to (default prod)\n"
        "  --protocol rest|http  REST or HTTP API (default: http when the document has\n"
        "                      x-amazon-apigateway-importexport-version, else rest)\n"
        "\n"
        "Endpoints: http://{apiId}.execute-api.localhost:{port}/{stage}/{path},\n"
        "           http://127.0.0.1:{port}/restapis/{apiId}/{stage}/_user_request_/{path},\n"
        "           http://127.0.0.1:{port}/{stage}/{path} when one API is served.\n"
        "\n"
        "Exit status: 0 success, 1 failure, 2 usage or input error.\n")
        .arg(QStringLiteral(GATEHOUSE_VERSION));
}

QString exampleProjectPath()
{
    // Installed next to the binary, or in the source tree for a build directory.
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates = {
        appDir + QStringLiteral("/../share/gatehouse/examples/petstore.gatehouse.yaml"),
        QStringLiteral(GH_SOURCE_DIR "/resources/examples/petstore.gatehouse.yaml"),
    };
    for (const QString &c : candidates) {
        if (QFileInfo::exists(c))
            return QDir::cleanPath(c);
    }
    return {};
}

bool hasDisplay()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty())
        return platform != "minimal";
    return !qgetenv("DISPLAY").isEmpty() || !qgetenv("WAYLAND_DISPLAY").isEmpty();
}

} // namespace gw::app
