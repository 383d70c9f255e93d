// SPDX-License-Identifier: GPL-3.0-or-later
// `gatehouse check FILE`: the problems the window's Problems panel shows for FILE, one a line, and exit 1 when any is
// an error.
#include "cli.h"

#include "cors/corstraps.h"
#include "engine/compiler.h"
#include "engine/projectlint.h"

namespace gw::app {

int runCheck(const QStringList &argList)
{
    FileOptions files;
    if (!parseFileArguments(QStringLiteral("check"), argList, files))
        return ExitUsage;
    if (files.files.size() != 1) {
        printErr(QStringLiteral("gatehouse check: name one project, OpenAPI or Swagger file (see gatehouse --help)"));
        return ExitUsage;
    }
    const io::InputLoad load = io::loadInputs(files.files, files.input);
    int errors = 0, warnings = 0, notes = 0;
    const auto print = [&](const io::Diagnostic &d) {
        switch (d.severity) {
        case io::Diagnostic::Severity::Error:
            ++errors;
            break;
        case io::Diagnostic::Severity::Warning:
            ++warnings;
            break;
        case io::Diagnostic::Severity::Info:
            ++notes;
            break;
        }
        printOut(d.format());
    };
    for (const io::Diagnostic &d : load.diagnostics) {
        if (!load.project || !supersededByLint(d))
            print(d);
    }
    if (load.project) {
        // The project's problems as the linter finds them: the compiler's, the working copy's, and what cannot be
        // emulated at all (so the fidelity report adds only what is emulated with a difference).
        const CompileResult compiled = compileProject(*load.project);
        for (io::Diagnostic d : lintProject(*load.project, compiled)) {
            if (d.file.isEmpty())
                d.file = files.files.first();
            print(d);
        }
        // As the Problems panel words them: API, where, the trap and its fix.
        for (const model::Api &api : load.project->apis) {
            for (const cors::CorsTrap &trap : cors::findCorsTraps(api)) {
                printOut(QStringLiteral("%1: warning: %2: %3: CORS: %4 Fix: %5")
                             .arg(files.files.first(), api.id, trap.where, trap.message, trap.fix));
                ++warnings;
            }
        }
        for (const FidelityItem &item : compiled.fidelity.items) {
            if (item.level != FidelityItem::Level::Partial)
                continue;
            printOut(QStringLiteral("%1: note: %2").arg(files.files.first(), item.format()));
            ++notes;
        }
    }
    printOut(QStringLiteral("%1: %2 error(s), %3 warning(s), %4 note(s)")
                 .arg(files.files.first())
                 .arg(errors)
                 .arg(warnings)
                 .arg(notes));
    return errors > 0 ? ExitFailure : ExitOk;
}

} // namespace gw::app
