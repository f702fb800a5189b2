// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Lectern::Views {

class ThemeRegistry;

/// A document as written (HTML markup, Markdown, a corpus entry's JSON),
/// highlighted with its KSyntaxHighlighting definition in the active theme.
class SourceView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceView)

public:
    explicit SourceView(ThemeRegistry *themes, QWidget *parent = nullptr);

    /// `syntax` is a definition name ("HTML", "JSON", "Markdown"); unknown names show plain text.
    void showSource(const QString &source, const QString &syntax);
    [[nodiscard]] QString syntaxName() const;

private:
    void applyTheme();

    ThemeRegistry *m_themes;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
};

} // namespace Lectern::Views
