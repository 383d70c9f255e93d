// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include <QCoreApplication>

namespace {

QStringList arguments(int argc, char **argv)
{
    QStringList out;
    for (int i = 1; i < argc; ++i)
        out.append(QString::fromLocal8Bit(argv[i]));
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    using namespace gw::app;
    // Qt's plain poll() event dispatcher costs the gateway's worker threads fewer system calls per request than
    // the GLib one; Gatehouse needs nothing from GLib's main loop.
    if (qEnvironmentVariableIsEmpty("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    const QStringList args = arguments(argc, argv);
    const QString verb = args.value(0);
    if (verb == QLatin1String("--version") || verb == QLatin1String("-v")) {
        printOut(QStringLiteral("gatehouse %1").arg(QStringLiteral(GATEHOUSE_VERSION)));
        return ExitOk;
    }
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h") || verb == QLatin1String("help")) {
        printOut(usage());
        return ExitOk;
    }
    if (verb == QLatin1String("cost")) {
        QCoreApplication app(argc, argv);
        return runCost(args.mid(1));
    }
    if (verb == QLatin1String("serve") || verb == QLatin1String("cors") || verb == QLatin1String("token")
        || verb == QLatin1String("check") || verb == QLatin1String("export") || verb == QLatin1String("import")) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("Gatehouse"));
        if (verb == QLatin1String("token"))
            return runToken(args.mid(1));
        if (verb == QLatin1String("check"))
            return runCheck(args.mid(1));
        if (verb == QLatin1String("export"))
            return runExport(args.mid(1));
        if (verb == QLatin1String("import"))
            return runImport(args.mid(1));
        return verb == QLatin1String("serve") ? runServe(args.mid(1)) : runCors(args.mid(1));
    }
    if (verb.isEmpty() || verb == QLatin1String("open")) {
        if (verb == QLatin1String("open") && args.size() < 2) {
            printErr(QStringLiteral("gatehouse open: name one project or OpenAPI file"));
            return ExitUsage;
        }
        if (!hasDisplay()) {
            QCoreApplication app(argc, argv);
            const QString file = verb == QLatin1String("open") ? args.value(1) : exampleProjectPath();
            if (file.isEmpty()) {
                printErr(QStringLiteral("gatehouse: no display, and the example project was not found"));
                return ExitFailure;
            }
            printErr(QStringLiteral("No display found (DISPLAY and WAYLAND_DISPLAY are unset): running the gateway "
                                    "headless with %1. Press Ctrl+C to stop.")
                         .arg(file));
            return runServe(verb == QLatin1String("open") ? args.mid(1) : QStringList{file});
        }
        return runGui(args.mid(verb.isEmpty() ? 0 : 1), argc, argv);
    }
    printErr(QStringLiteral("gatehouse: unknown verb or option `%1` (see gatehouse --help)").arg(verb));
    return ExitUsage;
}
