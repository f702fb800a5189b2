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
    int importMegabytes = 1024;     ///< what one imported archive may unpack to
    int noteKiloCharacters = 1024;  ///< the longest imported note, in units of 1,024 characters
};

/// Settings (Ctrl+,): the reader's theme, the limits that protect against
/// bad bundles and imported files, and the interface language. The theme previews as it is
/// chosen; the language is kept in QSettings by the dialog itself when it
/// is accepted and applies from the next start.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    PreferencesDialog(ThemeRegistry *themes, const Preferences &current, QWidget *parent = nullptr);

    [[nodiscard]] Preferences preferences() const;
    /// The language code chosen ("de", "ja", ...); empty for the system's.
    [[nodiscard]] QString language() const;

private:
    ThemeRegistry *m_themes;
    QString m_originalTheme;
    QComboBox *m_theme;
    QSpinBox *m_maxSize;
    QCheckBox *m_allowOutside;
    QSpinBox *m_importSize;
    QSpinBox *m_noteSize;
    QComboBox *m_language;
};

} // namespace Lectern::Views
