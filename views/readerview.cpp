// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include "themeregistry.h"

#include <KSyntaxHighlighting/Theme>

#include <QFontDatabase>

namespace Lectern::Views {

ReaderView::ReaderView(ThemeRegistry *themes, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_themes(themes)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setObjectName(QStringLiteral("reader"));
    setAccessibleName(tr("Reader"));
    document()->setDocumentMargin(18);
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    setFont(font);
    connect(m_themes, &ThemeRegistry::themeChanged, this, &ReaderView::applyTheme);
    applyTheme();
}

void ReaderView::showDocument(const QString &text)
{
    setPlaceholderText({});
    setPlainText(text);
    moveCursor(QTextCursor::Start);
}

void ReaderView::showPlaceholder(const QString &message)
{
    clear();
    setPlaceholderText(message);
}

void ReaderView::applyTheme()
{
    const KSyntaxHighlighting::Theme &theme = m_themes->theme();
    QPalette pal = palette();
    pal.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    pal.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    pal.setColor(QPalette::Highlight, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
    pal.setColor(QPalette::HighlightedText, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    setPalette(pal);
}

} // namespace Lectern::Views
