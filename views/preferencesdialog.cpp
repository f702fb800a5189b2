// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "themeregistry.h"
#include "uilanguage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Lectern::Views {

PreferencesDialog::PreferencesDialog(ThemeRegistry *themes, const Preferences &current, QWidget *parent)
    : QDialog(parent)
    , m_themes(themes)
    , m_originalTheme(themes->themeName())
    , m_theme(new QComboBox(this))
    , m_maxSize(new QSpinBox(this))
    , m_allowOutside(new QCheckBox(tr("Open documents whose paths lead outside the bundle's folder"), this))
    , m_importSize(new QSpinBox(this))
    , m_noteSize(new QSpinBox(this))
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Lectern Settings"));
    m_theme->setObjectName(u"theme"_s);
    m_theme->addItem(tr("Follow the system (light or dark)"), QString());
    QStringList names = m_themes->themeNames();
    names.sort(Qt::CaseInsensitive);
    for (const QString &name : std::as_const(names))
        m_theme->addItem(name, name);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(current.theme)));
    m_theme->setAccessibleName(tr("Reader theme"));

    m_maxSize->setRange(1, 4096);
    m_maxSize->setSuffix(tr(" MB"));
    m_maxSize->setValue(current.maxDocumentMegabytes);
    m_maxSize->setAccessibleName(tr("Largest document to open"));
    m_allowOutside->setChecked(current.allowPathsOutsideBundle);
    m_importSize->setObjectName(u"importSize"_s);
    m_importSize->setRange(1, 65536);
    m_importSize->setSuffix(tr(" MB"));
    m_importSize->setValue(current.importMegabytes);
    m_importSize->setAccessibleName(tr("Largest imported project, unpacked"));
    m_importSize->setToolTip(tr("A REFI-QDA project that unpacks to more than this is refused, so a small file cannot fill the memory."));
    m_noteSize->setObjectName(u"noteSize"_s);
    m_noteSize->setRange(1, 65536);
    m_noteSize->setSuffix(tr(" K characters"));
    m_noteSize->setValue(current.noteKiloCharacters);
    m_noteSize->setAccessibleName(tr("Longest imported note"));
    m_noteSize->setToolTip(tr("Imported notes and descriptions longer than this are cut to it, and the import says which."));

    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("System default"), QString());
    const QList<Translations::UiLanguage> languages = Translations::uiLanguages();
    for (const Translations::UiLanguage &language : languages)
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Translations::savedUiLanguage())));
    m_language->setAccessibleName(tr("Interface language"));
    auto *languageNote = new QLabel(tr("Applies the next time Lectern starts."), this);
    languageNote->setForegroundRole(QPalette::PlaceholderText);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language);
    languageRow->addWidget(languageNote, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("Reader &theme:"), m_theme);
    form->addRow(tr("&Largest document:"), m_maxSize);
    form->addRow(QString(), m_allowOutside);
    form->addRow(tr("Largest &import, unpacked:"), m_importSize);
    form->addRow(tr("Longest imported &note:"), m_noteSize);
    // A row holding a layout gets no buddy of its own: the label needs one for its shortcut.
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, languageRow);
    auto *note = new QLabel(tr("Changes to the limits apply when a bundle is next opened or reloaded."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);

    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] { m_themes->setThemeName(m_theme->currentData().toString()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    // The language is this dialog's alone to keep, so callers need not know of it.
    connect(this, &QDialog::accepted, this, [this] { Translations::saveUiLanguage(language()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Cancel puts back the theme that was previewed over.
    connect(this, &QDialog::rejected, this, [this] { m_themes->setThemeName(m_originalTheme); });
}

Preferences PreferencesDialog::preferences() const
{
    return {m_theme->currentData().toString(), m_maxSize->value(), m_allowOutside->isChecked(), m_importSize->value(), m_noteSize->value()};
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

} // namespace Lectern::Views
