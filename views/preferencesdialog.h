// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace Lectern::Views {

class ThemeRegistry;

/// The user's settings that the dialog edits.
struct Preferences {
    QString theme;                 ///< empty: follow the system's light or dark palette
    int maxDocumentMegabytes = 256;
    bool allowPathsOutsideBundle = false;
};

/// Settings (Ctrl+,): the reader's theme, and the limits that protect
/// against bad bundles. The theme previews as it is chosen.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    PreferencesDialog(ThemeRegistry *themes, const Preferences &current, QWidget *parent = nullptr);

    [[nodiscard]] Preferences preferences() const;

private:
    ThemeRegistry *m_themes;
    QString m_originalTheme;
    QComboBox *m_theme;
    QSpinBox *m_maxSize;
    QCheckBox *m_allowOutside;
};

} // namespace Lectern::Views
