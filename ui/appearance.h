// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QMenu;

namespace gw::ui {

/// The window's colours: the system's (what the desktop gives Qt at start), or Gatehouse's own light or dark palette
/// on the Fusion style. Kept in QSettings ("appearance/theme") and applied at start and at once when changed.
enum class Theme { System, Light, Dark };

QString themeKey(Theme theme); ///< "system", "light", "dark"
Theme savedTheme();
/// Applies `theme` to the whole application and remembers it. Call once QApplication exists; the first call also
/// notes the system's style and palette, which System restores.
void applyTheme(Theme theme);
/// True when the palette in use has light text on a dark window.
bool isDarkPalette();

/// The user interface languages Gatehouse has: "en" and one per translations/gatehouse_<lang>.ts compiled in.
QStringList availableLanguages();
/// The chosen language ("appearance/language"): a code from availableLanguages(), or empty for the system's.
QString savedLanguage();
void saveLanguage(const QString &code);
/// The language's own name ("English", "Deutsch").
QString languageName(const QString &code);
/// Installs Gatehouse's and Qt's translators for the saved language (or the system locale's, falling back to
/// English so plural forms read right). Call once, before any window is made; returns the language loaded.
QString installTranslators();

/// Adds View ▸ Theme and View ▸ Language to `view`. A theme applies at once; a language at the next start (the user
/// is told so), since windows built in one language are not rebuilt.
void addAppearanceMenus(QMenu *view);

} // namespace gw::ui
