// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Lectern::Views {

class ThemeRegistry;

/// A line above the reader that says, in words, when the open document
/// repeats another one: "A copy of X: 96% of its passages are there", with
/// the way to read X and the way to read only what is new here. The
/// per-passage marks in the reader's margin say where; this says how much.
class CopyBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyBanner)

public:
    explicit CopyBanner(ThemeRegistry *themes, QWidget *parent = nullptr);

    /// @p copied of @p total content passages repeat a canonical copy;
    /// @p whole says the document as a whole is a copy of @p canonicalTitle.
    /// Hides itself when nothing is copied.
    void showCopy(const QString &canonicalTitle, int copied, int total, bool whole);
    /// Whether the reader shows only what is new (the second button's state).
    void setShowingUniqueOnly(bool uniqueOnly);
    [[nodiscard]] QString message() const;

Q_SIGNALS:
    /// Open the canonical copy.
    void readCanonicalRequested();
    /// Read only what is new here (true), or everything again (false).
    void uniqueOnlyRequested(bool uniqueOnly);

private:
    void applyTheme();

    ThemeRegistry *m_themes;
    QLabel *m_message;
    QPushButton *m_readCanonical;
    QPushButton *m_uniqueOnly;
    bool m_showingUniqueOnly = false;
};

} // namespace Lectern::Views
