// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "themeregistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Lectern::Views {

PreferencesDialog::PreferencesDialog(ThemeRegistry *themes, const Preferences &current, QWidget *parent)
    : QDialog(parent)
    , m_themes(themes)
    , m_originalTheme(themes->themeName())
    , m_theme(new QComboBox(this))
    , m_maxSize(new QSpinBox(this))
    , m_allowOutside(new QCheckBox(tr("Open documents whose paths lead outside the bundle's folder"), this))
{
    setWindowTitle(tr("Lectern Settings"));
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

    auto *form = new QFormLayout;
    form->addRow(tr("Reader &theme:"), m_theme);
    form->addRow(tr("&Largest document:"), m_maxSize);
    form->addRow(QString(), m_allowOutside);
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
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Cancel puts back the theme that was previewed over.
    connect(this, &QDialog::rejected, this, [this] { m_themes->setThemeName(m_originalTheme); });
}

Preferences PreferencesDialog::preferences() const
{
    return {m_theme->currentData().toString(), m_maxSize->value(), m_allowOutside->isChecked()};
}

} // namespace Lectern::Views
