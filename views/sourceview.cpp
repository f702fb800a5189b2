// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceview.h"

#include "longlines.h"
#include "themeregistry.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QFontDatabase>

namespace Lectern::Views {

using KSyntaxHighlighting::Theme;

SourceView::SourceView(ThemeRegistry *themes, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_themes(themes)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::NoFrame);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setAccessibleName(tr("Document source"));
    connect(m_themes, &ThemeRegistry::themeChanged, this, &SourceView::applyTheme);
    applyTheme();
}

void SourceView::showSource(const QString &source, const QString &syntax)
{
    m_highlighter->setDefinition(m_themes->repository().definitionForName(syntax));
    setWordWrapMode(wrapModeFor(source));
    setPlainText(source);
}

QString SourceView::syntaxName() const
{
    return m_highlighter->definition().name();
}

void SourceView::applyTheme()
{
    const Theme &theme = m_themes->theme();
    QPalette pal = palette();
    pal.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(Theme::BackgroundColor)));
    pal.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(Theme::Normal)));
    pal.setColor(QPalette::Highlight, QColor::fromRgba(theme.editorColor(Theme::TextSelection)));
    setPalette(pal);
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
}

} // namespace Lectern::Views
