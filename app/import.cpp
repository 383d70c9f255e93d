// SPDX-License-Identifier: GPL-3.0-or-later
// `gatehouse import FILE -o PROJECT`: an OpenAPI 3.0 / Swagger 2.0 document (or a project) becomes a Gatehouse
// project file, with the fidelity report: what was taken, what is emulated only partly, what cannot run locally.
#include "cli.h"

#include "engine/compiler.h"
#include "io/openapi.h"
#include "io/projectfile.h"

#include <QFileInfo>
#include <QMap>

namespace gw::app {

namespace {

/// "3 mock, 1 aws_proxy": the integrations of a definition by type.
QString integrationSummary(const model::ApiDefinition &def, int *operations)
{
    QMap<QString, int> byType;
    int none = 0;
    for (const model::PathItem &p : def.paths) {
        for (const model::Operation &op : p.operations) {
            ++*operations;
            if (op.integration)
                ++byType[model::integrationTypeName(op.integration->type)];
            else
                ++none;
        }
    }
    QStringList parts;
    for (auto it = byType.cbegin(); it != byType.cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
    if (none > 0)
        parts.append(QStringLiteral("%1 without integration").arg(none));
    return parts.join(QLatin1String(", "));
}

/// The x-amazon-apigateway-* extensions at the document root, and the authorizers, as imported.
QStringList extensionSummary(const model::ApiDefinition &def)
{
    QStringList out;
    for (const auto &[key, value] : def.document.members()) {
        if (key.startsWith(QLatin1String("x-amazon-apigateway-")))
            out.append(key);
    }
    int authorizers = 0;
    for (const auto &[name, scheme] : def.document[u"components"][u"securitySchemes"].members())
        authorizers += scheme.contains(u"x-amazon-apigateway-authorizer") ? 1 : 0;
    if (authorizers > 0)
        out.append(QStringLiteral("%1 authorizer(s)").arg(authorizers));
    const qsizetype models = def.document[u"components"][u"schemas"].size();
    if (models > 0)
        out.append(QStringLiteral("%1 model(s)").arg(models));
    return out;
}

} // namespace

int runImport(const QStringList &argList)
{
    FileOptions files;
    QString output;
    const bool parsed = parseFileArguments(QStringLiteral("import"), argList, files, [&](ArgReader &args, QString *error) {
        QString spec;
        if (args.option(QStringLiteral("--function"), &spec, error)) {
            model::Function fn;
            if (error->isEmpty() && io::parseFunctionSpec(spec, &fn, error))
                files.input.functions.append(fn);
            return true;
        }
        return args.option(QStringLiteral("-o"), &output, error) || args.option(QStringLiteral("--output"), &output, error);
    });
    if (!parsed)
        return ExitUsage;
    if (files.files.size() != 1 || output.isEmpty()) {
        printErr(QStringLiteral("gatehouse import: usage: gatehouse import FILE -o PROJECT (see gatehouse --help)"));
        return ExitUsage;
    }
    const QString input = files.files.first();
    io::InputLoad load = io::loadInputs(files.files, files.input);
    if (printDiagnostics(load.diagnostics) || !load.project) {
        printErr(QStringLiteral("gatehouse import: %1 has errors; no project was written").arg(input));
        return ExitFailure;
    }
    model::Project project = std::move(*load.project);
    const CompileResult compiled = compileProject(project);

    printOut(QStringLiteral("Imported %1").arg(input));
    printOut(QStringLiteral("Taken:"));
    for (const model::Api &api : project.apis) {
        int operations = 0;
        const QString integrations = integrationSummary(api.definition, &operations);
        QStringList stages;
        for (const model::Stage &s : api.stages)
            stages.append(s.name);
        printOut(QStringLiteral("  API %1 (%2, \"%3\"): %4 path(s), %5 operation(s)%6; stage(s) %7")
                     .arg(api.id, api.protocol == model::Protocol::Rest ? QStringLiteral("REST") : QStringLiteral("HTTP"),
                          api.definition.title())
                     .arg(api.definition.paths.size())
                     .arg(operations)
                     .arg(integrations.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(integrations),
                          stages.join(QLatin1String(", "))));
        const QStringList extensions = extensionSummary(api.definition);
        if (!extensions.isEmpty())
            printOut(QStringLiteral("    with %1").arg(extensions.join(QLatin1String(", "))));
    }
    for (const model::Function &fn : project.functions)
        printOut(QStringLiteral("  function %1 (%2, %3, handler %4)").arg(fn.name, fn.runtime, fn.code, fn.handler));
    QStringList partial, notLocal;
    for (const FidelityItem &item : compiled.fidelity.items)
        (item.level == FidelityItem::Level::Partial ? partial : notLocal).append(QStringLiteral("  ") + item.format());
    for (const io::Diagnostic &d : compiled.problems)
        notLocal.append(QStringLiteral("  ") + d.format());
    printOut(QStringLiteral("Emulated partly:%1").arg(partial.isEmpty() ? QStringLiteral(" nothing") : QString()));
    for (const QString &line : std::as_const(partial))
        printOut(line);
    printOut(QStringLiteral("Not runnable locally:%1").arg(notLocal.isEmpty() ? QStringLiteral(" nothing") : QString()));
    for (const QString &line : std::as_const(notLocal))
        printOut(line);

    // Function folders are written relative to the project file's folder.
    io::rebaseProject(&project, QFileInfo(output).absolutePath());
    QString error;
    if (!io::saveProject(project, output, &error)) {
        printErr(QStringLiteral("gatehouse import: cannot write %1: %2").arg(output, error));
        return ExitFailure;
    }
    printOut(QStringLiteral("Wrote %1").arg(output));
    return ExitOk;
}

} // namespace gw::app
