// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "appearance.h"
#include "mainwindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>

namespace gw::app {

int runGui(const QStringList &args, int argc, char **argv)
{
    // `gatehouse open FILE [--api-id ID] [--stage NAME] [--protocol rest|http]`
    FileOptions options;
    if (!parseFileArguments(QStringLiteral("open"), args, options))
        return ExitUsage;

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Gatehouse"));
    QCoreApplication::setApplicationName(QStringLiteral("Gatehouse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Gatehouse"));
    QGuiApplication::setDesktopFileName(QStringLiteral("gatehouse"));

    // The chosen (or the system's) language and theme, before any window is made.
    ui::installTranslators();
    ui::applyTheme(ui::savedTheme());

    ui::MainWindow window;
    QGuiApplication::setWindowIcon(window.windowIcon());

    // What to open: the file named on the command line, else the most recent file that still exists, else (and on
    // the first start) the example project.
    QString file = options.files.value(0);
    if (file.isEmpty()) {
        const QStringList recent = window.recentFiles();
        for (const QString &r : recent) {
            if (QFileInfo::exists(r)) {
                file = r;
                break;
            }
        }
    }
    if (file.isEmpty())
        file = exampleProjectPath();

    window.show();
    if (!file.isEmpty())
        window.openFile(file, options.input);
    else
        window.showNoProject();
    return QApplication::exec();
}

} // namespace gw::app
