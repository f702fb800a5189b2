// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"
#include "themeregistry.h"
#include "uilanguage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Views;

class PreferencesDialogTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        // The language is kept in QSettings: in a folder of this test's own.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(u"LecternTest"_s);
        QCoreApplication::setApplicationName(u"preferencesdialog_test"_s);
    }

    void cleanup() { QSettings().clear(); }

    void offersEachLanguageInItsOwnName()
    {
        ThemeRegistry themes;
        PreferencesDialog dialog(&themes, {});
        auto *language = dialog.findChild<QComboBox *>(u"language"_s);
        QVERIFY(language);
        QStringList items;
        for (int i = 0; i < language->count(); ++i)
            items.append(language->itemText(i));
        QCOMPARE(items, QStringList({ u"System default"_s, u"English"_s, u"Deutsch"_s, u"日本語"_s }));
        QCOMPARE(language->currentIndex(), 0); // nothing chosen yet: the system's language
        // The dialog says when the choice takes effect.
        bool toldWhen = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            toldWhen = toldWhen || label->text().contains(u"next time Lectern starts"_s);
        QVERIFY(toldWhen);
    }

    void acceptKeepsTheLanguageForTheNextStart()
    {
        ThemeRegistry themes;
        {
            PreferencesDialog dialog(&themes, {});
            auto *language = dialog.findChild<QComboBox *>(u"language"_s);
            language->setCurrentIndex(language->findText(u"日本語"_s));
            QCOMPARE(dialog.language(), u"ja"_s);
            dialog.accept();
        }
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"ja"_s);
        QCOMPARE(Lectern::Translations::savedUiLanguage(), u"ja"_s);
        PreferencesDialog reopened(&themes, {});
        QCOMPARE(reopened.findChild<QComboBox *>(u"language"_s)->currentText(), u"日本語"_s);
    }

    void importBudgetsShowAndReturnWhatWasSet()
    {
        ThemeRegistry themes;
        Preferences current;
        current.importMegabytes = 300;
        current.noteKiloCharacters = 64;
        PreferencesDialog dialog(&themes, current);
        auto *importSize = dialog.findChild<QSpinBox *>(u"importSize"_s);
        auto *noteSize = dialog.findChild<QSpinBox *>(u"noteSize"_s);
        QVERIFY(importSize && noteSize);
        QCOMPARE(importSize->value(), 300);
        QCOMPARE(noteSize->value(), 64);
        if (const QString shots = qEnvironmentVariable("LECTERN_SCREENSHOT_DIR"); !shots.isEmpty()) {
            dialog.adjustSize();
            dialog.grab().save(shots + u"/preferences.png"_s);
        }
        importSize->setValue(2048);
        noteSize->setValue(0); // the spin box keeps it at 1 at least
        QCOMPARE(dialog.preferences().importMegabytes, 2048);
        QCOMPARE(dialog.preferences().noteKiloCharacters, 1);
    }

    void cancelKeepsTheLanguageThatWasThere()
    {
        Lectern::Translations::saveUiLanguage(u"de"_s);
        ThemeRegistry themes;
        PreferencesDialog dialog(&themes, {});
        auto *language = dialog.findChild<QComboBox *>(u"language"_s);
        QCOMPARE(language->currentText(), u"Deutsch"_s);
        language->setCurrentIndex(0);
        dialog.reject();
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"de"_s);
    }

    void systemDefaultForgetsTheChoice()
    {
        Lectern::Translations::saveUiLanguage(u"de"_s);
        ThemeRegistry themes;
        PreferencesDialog dialog(&themes, {});
        dialog.findChild<QComboBox *>(u"language"_s)->setCurrentIndex(0);
        dialog.accept();
        QVERIFY(!QSettings().contains(u"ui/language"_s));
    }

    void offersEveryInstalledTheme()
    {
        ThemeRegistry themes;
        PreferencesDialog dialog(&themes, {});
        auto *combo = dialog.findChild<QComboBox *>(u"theme"_s);
        QCOMPARE(combo->count(), themes.themeNames().size() + 1); // plus "follow the system"
        QVERIFY(themes.themeNames().contains(u"Breeze Dark"_s));
        QVERIFY(combo->findData(u"Breeze Dark"_s) > 0);
    }

    void previewsAndCancelRestores()
    {
        ThemeRegistry themes;
        themes.setThemeName(u"Breeze Light"_s);
        PreferencesDialog dialog(&themes, {u"Breeze Light"_s, 256, false});
        auto *combo = dialog.findChild<QComboBox *>(u"theme"_s);
        combo->setCurrentIndex(combo->findData(u"Breeze Dark"_s));
        QCOMPARE(themes.theme().name(), u"Breeze Dark"_s); // the reader previews it
        dialog.reject();
        QCOMPARE(themes.theme().name(), u"Breeze Light"_s);
    }

    void returnsWhatTheUserChose()
    {
        ThemeRegistry themes;
        PreferencesDialog dialog(&themes, {QString(), 256, false});
        auto *combo = dialog.findChild<QComboBox *>(u"theme"_s);
        combo->setCurrentIndex(combo->findData(u"Breeze Dark"_s));
        dialog.findChild<QSpinBox *>()->setValue(64);
        dialog.findChild<QCheckBox *>()->setChecked(true);
        const Preferences chosen = dialog.preferences();
        QCOMPARE(chosen.theme, u"Breeze Dark"_s);
        QCOMPARE(chosen.maxDocumentMegabytes, 64);
        QVERIFY(chosen.allowPathsOutsideBundle);
    }
};

QTEST_MAIN(PreferencesDialogTest)
#include "preferencesdialog_test.moc"
