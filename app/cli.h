// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/inputloader.h"

#include <QStringList>

#include <functional>

#include <optional>

namespace gw::app {

/// Exit statuses shared by every verb.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

/// The flags every verb that takes a FILE accepts for bare documents: --api-id, --stage, --protocol.
struct FileOptions
{
    QStringList files;
    io::InputOptions input;
};

/// A small argument reader for verbs: `--name value`, `--name=value`, flags and positionals.
class ArgReader
{
public:
    explicit ArgReader(QStringList args) : m_args(std::move(args)) {}
    bool atEnd() const { return m_pos >= m_args.size(); }
    QString peek() const { return atEnd() ? QString() : m_args[m_pos]; }
    QString next() { return atEnd() ? QString() : m_args[m_pos++]; }
    /// If the next argument is `--name` (or `--name=value`), consumes it and its value.
    bool option(const QString &name, QString *value, QString *error);
    bool flag(const QString &name);

private:
    QStringList m_args;
    qsizetype m_pos = 0;
};

/// Consumes --api-id, --stage and --protocol when they come next; false with `error` on a bad value.
bool readFileOption(ArgReader &args, FileOptions &options, bool *consumed, QString *error);

/// Reads a verb's arguments: FILE..., the shared file options, and what `verbOption` consumes (it returns true when
/// it took the next argument, setting `error` when its value is bad). Prints a message naming `verb` and returns
/// false on any error.
bool parseFileArguments(const QString &verb, const QStringList &args, FileOptions &out,
                        const std::function<bool(ArgReader &args, QString *error)> &verbOption = {});

/// Prints diagnostics to stderr; returns true when any is an error.
bool printDiagnostics(const QList<io::Diagnostic> &diagnostics);

void printErr(const QString &text);
void printOut(const QString &text);

int runServe(const QStringList &args);
int runCors(const QStringList &args);
int runToken(const QStringList &args);
int runCheck(const QStringList &args);
int runExport(const QStringList &args);
int runImport(const QStringList &args);
int runCost(const QStringList &args);
int runGui(const QStringList &args, int argc, char **argv);
QString usage();

/// The example project that ships with Gatehouse.
QString exampleProjectPath();
/// True when no display is available for a window.
bool hasDisplay();

} // namespace gw::app
