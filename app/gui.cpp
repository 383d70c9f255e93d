// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "mainwindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

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

    // The user's language, when Gatehouse has it (translations/), and Qt's own strings (dialog buttons) with it.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    // Without one (a C locale, or a language Gatehouse does not have), English: its plural forms ("1 byte", "2 bytes").
    if (translator.load(QLocale(), QStringLiteral("gatehouse"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral("gatehouse_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

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
