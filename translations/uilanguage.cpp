// SPDX-License-Identifier: GPL-3.0-or-later
#include "uilanguage.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lectern::Translations {

QList<UiLanguage> uiLanguages()
{
    // Each language is named in itself, so a reader lost in a foreign
    // interface still finds their own.
    return {
        { u"en"_s, u"English"_s },
        { u"de"_s, u"Deutsch"_s },
        { u"ja"_s, u"日本語"_s },
    };
}

bool isUiLanguage(const QString &code)
{
    const QList<UiLanguage> languages = uiLanguages();
    return std::ranges::any_of(languages, [&code](const UiLanguage &language) { return language.code == code; });
}

QString savedUiLanguage()
{
    const QString code = QSettings().value(QLatin1StringView(LanguageSettingKey)).toString();
    // A hand-edited or outdated setting falls back to the system's language.
    return isUiLanguage(code) ? code : QString();
}

void saveUiLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1StringView(LanguageSettingKey));
    else
        settings.setValue(QLatin1StringView(LanguageSettingKey), code);
}

QLocale uiLocale(const QString &code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

InstalledCatalogues installTranslators(QCoreApplication &app, const QLocale &locale)
{
    InstalledCatalogues installed;
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        installed.qtBase = true;
    } else {
        delete qtTranslator;
    }
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, u"lectern"_s, u"_"_s, u":/i18n"_s) || translator->load(u"lectern_en"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(translator);
        installed.lectern = QFileInfo(translator->filePath()).completeBaseName();
    } else {
        delete translator;
    }
    return installed;
}

} // namespace Lectern::Translations
