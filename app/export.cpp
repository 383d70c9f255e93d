// SPDX-License-Identifier: GPL-3.0-or-later
// `gatehouse export FILE --format oas30|swagger|sam|cloudformation|terraform [--yaml|--json] [-o OUT]`.
#include "cli.h"

#include "io/apiexport.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace gw::app {

int runExport(const QStringList &argList)
{
    FileOptions files;
    QString formatText;
    QString output;
    QString apiId;
    std::optional<doc::Syntax> syntax;
    const bool parsed = parseFileArguments(QStringLiteral("export"), argList, files, [&](ArgReader &args, QString *error) {
        if (args.flag(QStringLiteral("--yaml")) || args.flag(QStringLiteral("--json"))) {
            // Which of the two it was: the last one given wins.
            return true;
        }
        return args.option(QStringLiteral("--format"), &formatText, error) || args.option(QStringLiteral("-o"), &output, error)
            || args.option(QStringLiteral("--output"), &output, error) || args.option(QStringLiteral("--api"), &apiId, error);
    });
    if (!parsed)
        return ExitUsage;
    // --yaml/--json: ArgReader::flag consumed them above; find the last one given.
    for (const QString &a : argList) {
        if (a == QLatin1String("--yaml"))
            syntax = doc::Syntax::Yaml;
        else if (a == QLatin1String("--json"))
            syntax = doc::Syntax::Json;
    }
    if (files.files.size() != 1) {
        printErr(QStringLiteral("gatehouse export: name one project, OpenAPI or Swagger file (see gatehouse --help)"));
        return ExitUsage;
    }
    io::ExportOptions options;
    if (formatText.isEmpty() || !io::parseExportFormat(formatText, &options.format)) {
        printErr(QStringLiteral("gatehouse export: --format must be one of %1; got `%2`")
                     .arg(io::exportFormatNames().join(QLatin1String(", ")),
                          formatText.isEmpty() ? QStringLiteral("nothing") : formatText));
        return ExitUsage;
    }
    if (options.format == io::ExportFormat::Terraform && syntax == doc::Syntax::Json) {
        printErr(QStringLiteral("gatehouse export: Terraform is written as HCL; --json does not apply to --format terraform"));
        return ExitUsage;
    }
    // Default syntax: from the output file's suffix, else YAML.
    options.syntax = syntax.value_or(io::defaultExportSyntax(output));
    options.apiId = apiId;
    options.outputDir = output.isEmpty() || output == QLatin1String("-") ? QDir::currentPath()
                                                                          : QFileInfo(output).absolutePath();

    const io::InputLoad load = io::loadInputs(files.files, files.input);
    if (printDiagnostics(load.diagnostics) || !load.project) {
        printErr(QStringLiteral("gatehouse export: %1 has errors; nothing was exported").arg(files.files.first()));
        return ExitFailure;
    }
    const io::ExportResult result = io::exportProject(*load.project, options);
    if (!result.ok()) {
        printErr(QStringLiteral("gatehouse export: %1").arg(result.error));
        return ExitFailure;
    }
    for (const QString &w : result.warnings)
        printErr(QStringLiteral("warning: ") + w);
    if (output.isEmpty() || output == QLatin1String("-")) {
        std::fwrite(result.text.constData(), 1, size_t(result.text.size()), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    QString writeError;
    if (!io::writeExportFile(output, result.text, &writeError)) {
        printErr(QStringLiteral("gatehouse export: cannot write %1: %2").arg(output, writeError));
        return ExitFailure;
    }
    printErr(QStringLiteral("Wrote %1 (%2)").arg(output, io::exportFormatName(options.format)));
    return ExitOk;
}

} // namespace gw::app
