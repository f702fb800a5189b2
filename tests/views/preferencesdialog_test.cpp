// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"
#include "themeregistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Views;

class PreferencesDialogTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersEveryInstalledTheme()
    {
        ThemeRegistry themes;
        PreferencesDialog dialog(&themes, {});
        auto *combo = dialog.findChild<QComboBox *>();
        QCOMPARE(combo->count(), themes.themeNames().size() + 1); // plus "follow the system"
        QVERIFY(themes.themeNames().contains(u"Breeze Dark"_s));
        QVERIFY(combo->findData(u"Breeze Dark"_s) > 0);
    }

    void previewsAndCancelRestores()
    {
        ThemeRegistry themes;
        themes.setThemeName(u"Breeze Light"_s);
        PreferencesDialog dialog(&themes, {u"Breeze Light"_s, 256, false});
        auto *combo = dialog.findChild<QComboBox *>();
        combo->setCurrentIndex(combo->findData(u"Breeze Dark"_s));
        QCOMPARE(themes.theme().name(), u"Breeze Dark"_s); // the reader previews it
        dialog.reject();
        QCOMPARE(themes.theme().name(), u"Breeze Light"_s);
    }

    void returnsWhatTheUserChose()
    {
        ThemeRegistry themes;
        PreferencesDialog dialog(&themes, {QString(), 256, false});
        auto *combo = dialog.findChild<QComboBox *>();
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
