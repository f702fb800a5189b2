// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogues the programs install: what a German or Japanese reader sees.
#include "diagnostic.h"
#include "documententry.h"
#include "segmentkind.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Lectern::Translations;

namespace {

QString translated(const char *context, const char *text, int n = -1)
{
    return QCoreApplication::translate(context, text, nullptr, n);
}

} // namespace

class UiLanguageTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    static void removeTranslators()
    {
        const QList<QTranslator *> translators = QCoreApplication::instance()->findChildren<QTranslator *>();
        for (QTranslator *translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        // Settings go to a folder of this test's own, never the user's.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(u"LecternTest"_s);
        QCoreApplication::setApplicationName(u"uilanguage_test"_s);
    }

    void cleanup()
    {
        removeTranslators();
        QSettings().clear();
    }

    void offersEachLanguageInItself()
    {
        QStringList names;
        for (const UiLanguage &language : uiLanguages())
            names.append(language.nativeName);
        QCOMPARE(names, QStringList({ u"English"_s, u"Deutsch"_s, u"日本語"_s }));
        QVERIFY(isUiLanguage(u"ja"_s));
        QVERIFY(!isUiLanguage(u"fr"_s));
    }

    void germanCatalogueTranslatesMenusAndDialogs()
    {
        const InstalledCatalogues installed = installTranslators(*QCoreApplication::instance(), QLocale(u"de"_s));
        QCOMPARE(installed.lectern, u"lectern_de"_s);
        QCOMPARE(translated("Lectern::App::MainWindow", "&File"), u"&Datei"_s);
        QCOMPARE(translated("Lectern::App::MainWindow", "&Open Bundle…"), u"Bündel ö&ffnen…"_s);
        QCOMPARE(translated("Lectern::Views::PreferencesDialog", "Lectern Settings"), u"Lectern-Einstellungen"_s);
        // Messages of the Problems panel come from the models, translated too.
        QCOMPARE(translated("Lectern::Models::DocumentReader", "the file does not exist"), u"die Datei existiert nicht"_s);
    }

    void segmentKindsStatusesAndSeveritiesHaveNamesToShow()
    {
        using namespace Lectern::Models;
        QCOMPARE(kindDisplayName(SegmentKind::Boilerplate), u"boilerplate"_s);
        installTranslators(*QCoreApplication::instance(), QLocale(u"de"_s));
        QCOMPARE(kindDisplayName(SegmentKind::Boilerplate), u"Seitenbeiwerk"_s);
        QCOMPARE(statusDisplayName(DocumentStatus::Error), u"Fehler"_s);
        QCOMPARE(severityDisplayName(Severity::Warning), u"Warnung"_s);
        // The names in files and JSON stay as they are.
        QCOMPARE(kindName(SegmentKind::Boilerplate), u"boilerplate"_s);
        QCOMPARE(severityName(Severity::Warning), u"warning"_s);
    }

    void japaneseCatalogueTranslatesMenusAndDialogs()
    {
        const InstalledCatalogues installed = installTranslators(*QCoreApplication::instance(), QLocale(u"ja"_s));
        QCOMPARE(installed.lectern, u"lectern_ja"_s);
        QCOMPARE(translated("Lectern::App::MainWindow", "&File"), u"ファイル(&F)"_s);
        QCOMPARE(translated("Lectern::App::MainWindow", "&Open Bundle…"), u"バンドルを開く(&O)…"_s);
        QCOMPARE(translated("Lectern::Views::PreferencesDialog", "Lectern Settings"), u"Lectern の設定"_s);
    }

    void germanHasASingularAndAPlural()
    {
        installTranslators(*QCoreApplication::instance(), QLocale(u"de"_s));
        QCOMPARE(translated("Lectern::App::MainWindow", "%n document(s)", 1), u"1 Dokument"_s);
        QCOMPARE(translated("Lectern::App::MainWindow", "%n document(s)", 2), u"2 Dokumente"_s);
        QCOMPARE(translated("Lectern::Views::SearchPanel", " in %n document(s)", 1), u" in 1 Dokument"_s);
        QCOMPARE(translated("Lectern::Views::SearchPanel", " in %n document(s)", 5), u" in 5 Dokumenten"_s);
    }

    void japaneseHasOneFormForEveryCount()
    {
        installTranslators(*QCoreApplication::instance(), QLocale(u"ja"_s));
        QCOMPARE(translated("Lectern::App::MainWindow", "%n document(s)", 1), u"1 件の文書"_s);
        QCOMPARE(translated("Lectern::App::MainWindow", "%n document(s)", 2), u"2 件の文書"_s);
    }

    void otherLanguagesGetEnglishPlurals()
    {
        const InstalledCatalogues installed = installTranslators(*QCoreApplication::instance(), QLocale(u"fr"_s));
        QCOMPARE(installed.lectern, u"lectern_en"_s);
        QCOMPARE(translated("Lectern::App::MainWindow", "%n document(s)", 1), u"1 document"_s);
        QCOMPARE(translated("Lectern::App::MainWindow", "%n document(s)", 3), u"3 documents"_s);
        QCOMPARE(translated("Lectern::App::MainWindow", "&File"), u"&File"_s);
    }

    void qtsOwnDialogsFollowTheChosenLanguage()
    {
        // The C locale of the test run would find no qtbase catalogue; the chosen language does.
        const InstalledCatalogues installed = installTranslators(*QCoreApplication::instance(), QLocale(u"de"_s));
        QVERIFY2(installed.qtBase, "qtbase_de.qm is missing (qt6-translations-l10n)");
        QCOMPARE(translated("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
    }

    void languageSettingRoundTripsAndPicksTheCatalogue()
    {
        QVERIFY(savedUiLanguage().isEmpty());
        saveUiLanguage(u"ja"_s);
        QCOMPARE(QSettings().value(QLatin1StringView(LanguageSettingKey)).toString(), u"ja"_s);
        QCOMPARE(savedUiLanguage(), u"ja"_s);
        const InstalledCatalogues installed = installTranslators(*QCoreApplication::instance(), uiLocale(savedUiLanguage()));
        QCOMPARE(installed.lectern, u"lectern_ja"_s);
        QCOMPARE(translated("Lectern::App::MainWindow", "&Help"), u"ヘルプ(&H)"_s);

        saveUiLanguage(QString()); // "System default"
        QVERIFY(!QSettings().contains(QLatin1StringView(LanguageSettingKey)));
        QCOMPARE(uiLocale(savedUiLanguage()), QLocale::system());
    }

    void unknownSettingFollowsTheSystem()
    {
        QSettings().setValue(QLatin1StringView(LanguageSettingKey), u"tlh"_s);
        QVERIFY(savedUiLanguage().isEmpty());
    }
};

QTEST_GUILESS_MAIN(UiLanguageTest)
#include "uilanguage_test.moc"
