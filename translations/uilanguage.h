// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace Lectern::Translations {

/// A language Lectern's interface speaks, named in that language.
struct UiLanguage {
    QString code; ///< "en", "de", "ja"
    QString nativeName; ///< "English", "Deutsch", "日本語"
};

/// Every language Lectern has a catalogue for, English first.
[[nodiscard]] QList<UiLanguage> uiLanguages();
/// Whether @p code is the code of one of uiLanguages().
[[nodiscard]] bool isUiLanguage(const QString &code);

/// The QSettings key of the chosen language; absent or empty means "follow the system".
inline constexpr auto LanguageSettingKey = "ui/language";
/// The language chosen in Settings; empty when the system's is followed.
[[nodiscard]] QString savedUiLanguage();
void saveUiLanguage(const QString &code);

/// The locale the interface follows: @p code's language, or the system's when @p code is empty.
[[nodiscard]] QLocale uiLocale(const QString &code);

/// Which catalogues installTranslators() found.
struct InstalledCatalogues {
    QString lectern; ///< Lectern's catalogue ("lectern_de", "lectern_en"); empty when none loaded
    bool qtBase = false; ///< whether Qt's translations of its standard dialogs loaded
};

/// Loads Qt's and Lectern's catalogues for @p locale and installs them on
/// @p app, which owns them. Languages without a catalogue of their own get
/// the English plural forms. Call before the first widget is made.
InstalledCatalogues installTranslators(QCoreApplication &app, const QLocale &locale);

} // namespace Lectern::Translations
