// SPDX-License-Identifier: GPL-3.0-or-later
// Themes and languages: View ▸ Theme switches the palette at once and back to the system's, the choice is
// remembered, and View ▸ Language offers every compiled-in translation and remembers the choice for the next start.
#include "appearance.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>
#include <QtTest>

using namespace gw::ui;

class tst_Appearance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void themeSwitchesAndIsRemembered();
    void toggleFlipsLightAndDark();
    void languagesOfferedAndRemembered();

private:
    QAction *menuAction(MainWindow &window, const QString &objectName);
    QTemporaryDir m_settingsDir;
    QPalette m_systemPalette;
};

void tst_Appearance::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    gw::test::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_appearance"));
    m_systemPalette = QApplication::palette();
}

QAction *tst_Appearance::menuAction(MainWindow &window, const QString &objectName)
{
    return window.menuBar()->findChild<QAction *>(objectName);
}

void tst_Appearance::themeSwitchesAndIsRemembered()
{
    MainWindow window;
    QAction *dark = menuAction(window, QStringLiteral("Theme_dark"));
    QAction *system = menuAction(window, QStringLiteral("Theme_system"));
    QVERIFY(dark && system);
    QVERIFY(system->isChecked());

    dark->trigger();
    QVERIFY(isDarkPalette());
    QTRY_VERIFY(window.palette().color(QPalette::Window).lightness() < 100);
    QCOMPARE(savedTheme(), Theme::Dark);

    system->trigger();
    QCOMPARE(QApplication::palette().color(QPalette::Window), m_systemPalette.color(QPalette::Window));
    QCOMPARE(QApplication::palette().color(QPalette::Text), m_systemPalette.color(QPalette::Text));
    QCOMPARE(savedTheme(), Theme::System);
    QCOMPARE(QSettings().value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("system"));
}

void tst_Appearance::toggleFlipsLightAndDark()
{
    MainWindow window;
    QAction *toggle = menuAction(window, QStringLiteral("ToggleThemeAction"));
    QVERIFY(toggle);
    QVERIFY(!toggle->shortcut().isEmpty());
    const bool wasDark = isDarkPalette();
    toggle->trigger();
    QCOMPARE(isDarkPalette(), !wasDark);
    QCOMPARE(savedTheme(), wasDark ? Theme::Light : Theme::Dark);
    QVERIFY(menuAction(window, wasDark ? QStringLiteral("Theme_light") : QStringLiteral("Theme_dark"))->isChecked());
    toggle->trigger();
    QCOMPARE(isDarkPalette(), wasDark);
    applyTheme(Theme::System);
}

void tst_Appearance::languagesOfferedAndRemembered()
{
    const QStringList languages = availableLanguages();
    QVERIFY(languages.contains(QStringLiteral("en")));
    QCOMPARE(languageName(QStringLiteral("en")), QStringLiteral("English"));
    QCOMPARE(languageName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    QCOMPARE(savedLanguage(), QString());

    MainWindow window;
    for (const QString &code : languages)
        QVERIFY2(menuAction(window, QStringLiteral("Language_") + code), qPrintable(code));
    // Choosing one says it applies from the next start (the message box is closed by the timer) and remembers it.
    const QString other = languages.value(1, QStringLiteral("en"));
    QTimer::singleShot(0, this, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    menuAction(window, QStringLiteral("Language_") + other)->trigger();
    QCOMPARE(savedLanguage(), other);
    saveLanguage({});
    QCOMPARE(savedLanguage(), QString());
}

QTEST_MAIN(tst_Appearance)
#include "tst_appearance.moc"
