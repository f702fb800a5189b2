// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace Lectern::Views {

class ThemeRegistry;

/// The central reader: a document's text, read-only, in the active theme's
/// editor colours. It is the one owner of the reader's decoration layers
/// (segments, entities, annotations, search) as those arrive.
class ReaderView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderView)

public:
    explicit ReaderView(ThemeRegistry *themes, QWidget *parent = nullptr);

    void showDocument(const QString &text);
    /// Shows a message in place of a document (nothing open, cannot be read...).
    void showPlaceholder(const QString &message);

    /// Lines longer than this many average characters are hard to read:
    /// wider windows get margins instead of longer lines.
    static constexpr int MaxMeasure = 96;

Q_SIGNALS:
    /// The text column moved: widgets aligned with it (the document header) follow.
    void textColumnChanged(int left, int right);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyTheme();
    void updateMeasure();

    ThemeRegistry *m_themes;
};

} // namespace Lectern::Views
