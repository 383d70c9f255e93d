// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "cors/corslab.h"
#include "engine/compiler.h"
#include "doc/docio.h"
#include "engine/gatewayengine.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>

namespace gw::app {

int runCors(const QStringList &argList)
{
    FileOptions files;
    QString origin;
    QString method;
    QString path;
    QStringList headerArgs;
    bool credentials = false;
    const bool parsed = parseFileArguments(QStringLiteral("cors"), argList, files, [&](ArgReader &args, QString *error) {
        QString header;
        if (args.option(QStringLiteral("--header"), &header, error)) {
            headerArgs.append(header);
            return true;
        }
        if (args.flag(QStringLiteral("--credentials"))) {
            credentials = true;
            return true;
        }
        return args.option(QStringLiteral("--origin"), &origin, error) || args.option(QStringLiteral("--method"), &method, error)
            || args.option(QStringLiteral("--path"), &path, error);
    });
    if (!parsed)
        return ExitUsage;
    if (files.files.isEmpty() || origin.isEmpty() || method.isEmpty() || path.isEmpty()) {
        printErr(QStringLiteral("gatehouse cors: usage: gatehouse cors FILE --origin ORIGIN --method METHOD --path /STAGE/PATH "
                                "[--header \"NAME: VALUE\"]... [--credentials]"));
        return ExitUsage;
    }
    static const QRegularExpression originForm(QStringLiteral("^(https?)://[^/?#\\s]+$"));
    if (!originForm.match(origin).hasMatch()) {
        printErr(QStringLiteral("gatehouse cors: --origin must be a page origin such as http://localhost:3000 (scheme, host and "
                                "optional port, no path); got `%1`")
                     .arg(origin));
        return ExitUsage;
    }
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    if (!token.match(method).hasMatch()) {
        printErr(QStringLiteral("gatehouse cors: --method must be an HTTP method; got `%1`").arg(method));
        return ExitUsage;
    }
    if (!path.startsWith(QLatin1Char('/'))) {
        printErr(QStringLiteral("gatehouse cors: --path must start with '/' (the path a client requests, e.g. /prod/pets); got `%1`")
                     .arg(path));
        return ExitUsage;
    }
    cors::FetchRequest request;
    request.pageOrigin = origin;
    request.method = method;
    request.credentials = credentials ? cors::CredentialsMode::Include : cors::CredentialsMode::SameOrigin;
    for (const QString &h : std::as_const(headerArgs)) {
        const qsizetype colon = h.indexOf(QLatin1Char(':'));
        if (colon <= 0 || !token.match(h.left(colon).trimmed()).hasMatch()) {
            printErr(QStringLiteral("gatehouse cors: --header must be \"NAME: VALUE\"; got `%1`").arg(h));
            return ExitUsage;
        }
        request.headers.append(h.left(colon).trimmed().toLatin1(), h.mid(colon + 1).trimmed().toUtf8());
    }

    io::InputLoad load = io::loadInputs(files.files, files.input);
    if (printDiagnostics(load.diagnostics) || !load.project)
        return ExitUsage;
    const model::Project &project = *load.project;
    const model::Api *api = nullptr;
    if (project.apis.size() == 1)
        api = &project.apis.first();
    else if (!files.input.apiId.isEmpty())
        api = project.api(files.input.apiId);
    if (!api) {
        QStringList ids;
        for (const model::Api &a : project.apis)
            ids.append(a.id);
        printErr(QStringLiteral("gatehouse cors: choose the API with --api-id (APIs: %1)")
                     .arg(ids.isEmpty() ? QStringLiteral("none") : ids.join(QLatin1String(", "))));
        return ExitUsage;
    }
    CompileResult compiled = compileProject(project);
    GatewayEngine engine;
    engine.deploy(compiled.gateway);
    QString error;
    if (!engine.start(QHostAddress::LocalHost, 0, &error)) {
        printErr(QStringLiteral("gatehouse cors: cannot start the gateway: %1").arg(error));
        return ExitFailure;
    }
    request.url = cors::labUrl(api->id, engine.port(), path);

    cors::CorsLab lab;
    QEventLoop loop;
    cors::LabResult result;
    bool finished = false;
    lab.run(request, engine.port(), *api, compiled.gateway, [&](const cors::LabResult &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    if (!finished)
        loop.exec();
    engine.stop();
    if (!finished) {
        printErr(QStringLiteral("gatehouse cors: the gateway did not answer within 60 s"));
        return ExitFailure;
    }
    printOut(QString::fromUtf8(doc::writeJson(result.toNode())).trimmed());
    return result.allowed ? ExitOk : ExitFailure;
}

} // namespace gw::app
