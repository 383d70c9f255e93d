// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

namespace gw::ui {

namespace {

/// The translation context of the menus' texts.
struct Appearance
{
    Q_DECLARE_TR_FUNCTIONS(Appearance)
};

const char themeSetting[] = "appearance/theme";
const char languageSetting[] = "appearance/language";

/// What the desktop gave the application before Gatehouse changed anything.
struct SystemLook
{
    bool noted = false;
    QString styleName;
    QPalette palette;
};

SystemLook &systemLook()
{
    static SystemLook look;
    if (!look.noted && qApp) {
        look.noted = true;
        look.styleName = QApplication::style() ? QApplication::style()->name() : QString();
        look.palette = QApplication::palette();
    }
    return look;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor alternate(0x26, 0x28, 0x2b);
    const QColor text(0xdf, 0xe1, 0xe5);
    const QColor disabledText(0x80, 0x84, 0x8b);
    const QColor button(0x35, 0x37, 0x3c);
    const QColor highlight(0x35, 0x74, 0xf0);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, button.lighter(140));
    p.setColor(QPalette::Midlight, button.lighter(120));
    p.setColor(QPalette::Mid, button.darker(120));
    p.setColor(QPalette::Dark, button.darker(160));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa7, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x8c, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabledText);
    }
    p.setColor(QPalette::Disabled, QPalette::Highlight, button.lighter(130));
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

QPalette lightPalette()
{
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette p = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    return p;
}

void setStyleNamed(const QString &name)
{
    if (name.isEmpty() || (QApplication::style() && QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0))
        return;
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

Theme themeFromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return Theme::Light;
    if (key == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

} // namespace

QString themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Theme savedTheme()
{
    return themeFromKey(QSettings().value(QLatin1String(themeSetting)).toString());
}

void applyTheme(Theme theme)
{
    const SystemLook &system = systemLook();
    switch (theme) {
    case Theme::System:
        setStyleNamed(system.styleName);
        QApplication::setPalette(system.palette);
        break;
    case Theme::Light:
        setStyleNamed(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
        break;
    case Theme::Dark:
        setStyleNamed(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        break;
    }
    QSettings().setValue(QLatin1String(themeSetting), themeKey(theme));
}

bool isDarkPalette()
{
    const QPalette p = QApplication::palette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

QStringList availableLanguages()
{
    QStringList codes{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("gatehouse_*.qm")}, QDir::Files,
                                                                      QDir::Name);
    for (const QString &f : files) {
        const QString code = f.mid(int(qstrlen("gatehouse_")), f.size() - int(qstrlen("gatehouse_")) - 3);
        if (!codes.contains(code))
            codes.append(code);
    }
    return codes;
}

QString savedLanguage()
{
    const QString code = QSettings().value(QLatin1String(languageSetting)).toString();
    return availableLanguages().contains(code) ? code : QString();
}

void saveLanguage(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(QLatin1String(languageSetting));
    else
        QSettings().setValue(QLatin1String(languageSetting), code);
}

QString languageName(const QString &code)
{
    // QLocale("en") names itself "American English": the language alone reads better in a menu of languages.
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    name[0] = name.at(0).toUpper();
    return name;
}

QString installTranslators()
{
    const QString chosen = savedLanguage();
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    // Qt's own strings (dialog buttons) in the same language.
    auto *qt = new QTranslator(qApp);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(qApp);
    // Without one (a C locale, or a language Gatehouse does not have), English: its plural forms ("1 byte", "2 bytes").
    if (own->load(locale, QStringLiteral("gatehouse"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("gatehouse_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return own->language().section(QLatin1Char('_'), 0, 0);
    }
    delete own;
    return QStringLiteral("en");
}

void addAppearanceMenus(QMenu *view)
{
    QMenu *themeMenu = view->addMenu(Appearance::tr("&Theme"));
    themeMenu->setObjectName(QStringLiteral("ThemeMenu"));
    auto *themes = new QActionGroup(themeMenu);
    const Theme current = savedTheme();
    const std::pair<Theme, QString> themeItems[] = {
        {Theme::System, Appearance::tr("Follow the &System")},
        {Theme::Light, Appearance::tr("&Light")},
        {Theme::Dark, Appearance::tr("&Dark")},
    };
    for (const auto &item : themeItems) {
        QAction *a = themeMenu->addAction(item.second);
        a->setCheckable(true);
        a->setChecked(item.first == current);
        a->setData(themeKey(item.first));
        a->setObjectName(QStringLiteral("Theme_") + themeKey(item.first));
        themes->addAction(a);
        const Theme theme = item.first;
        QObject::connect(a, &QAction::triggered, a, [theme] { applyTheme(theme); });
    }
    themeMenu->addSeparator();
    QAction *toggle = themeMenu->addAction(Appearance::tr("Toggle Light/Dark"));
    toggle->setObjectName(QStringLiteral("ToggleThemeAction"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QObject::connect(toggle, &QAction::triggered, themeMenu, [themes] {
        const Theme next = isDarkPalette() ? Theme::Light : Theme::Dark;
        applyTheme(next);
        for (QAction *a : themes->actions())
            a->setChecked(a->data().toString() == themeKey(next));
    });

    QMenu *languageMenu = view->addMenu(Appearance::tr("&Language"));
    languageMenu->setObjectName(QStringLiteral("LanguageMenu"));
    auto *languages = new QActionGroup(languageMenu);
    const QString chosen = savedLanguage();
    QAction *systemAction = languageMenu->addAction(Appearance::tr("Follow the &System"));
    systemAction->setCheckable(true);
    systemAction->setChecked(chosen.isEmpty());
    systemAction->setObjectName(QStringLiteral("Language_system"));
    languages->addAction(systemAction);
    languageMenu->addSeparator();
    for (const QString &code : availableLanguages()) {
        QAction *a = languageMenu->addAction(languageName(code));
        a->setCheckable(true);
        a->setChecked(code == chosen);
        a->setData(code);
        a->setObjectName(QStringLiteral("Language_") + code);
        languages->addAction(a);
    }
    QObject::connect(languages, &QActionGroup::triggered, languageMenu, [languageMenu](QAction *a) {
        const QString code = a->data().toString();
        if (code == savedLanguage())
            return;
        saveLanguage(code);
        QMessageBox::information(languageMenu->window(), Appearance::tr("Language"),
                                 Appearance::tr("Gatehouse will use %1 from its next start.")
                                     .arg(code.isEmpty() ? Appearance::tr("the system's language") : languageName(code)));
    });
}

} // namespace gw::ui
