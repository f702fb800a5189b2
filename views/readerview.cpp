// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include "themeregistry.h"

#include <KSyntaxHighlighting/Theme>

#include <QFontDatabase>
#include <QResizeEvent>
#include <QScrollBar>

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
    setAutoFillBackground(true);
    setFrameShape(QFrame::NoFrame);
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

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateMeasure();
}

void ReaderView::updateMeasure()
{
    const int measure = fontMetrics().averageCharWidth() * MaxMeasure;
    const int spare = std::max(0, width() - measure - 2 * frameWidth());
    if (viewportMargins().left() == spare / 2)
        return;
    setViewportMargins(spare / 2, 0, spare - spare / 2, 0);
    const int inset = int(document()->documentMargin());
    Q_EMIT textColumnChanged(spare / 2 + inset, spare - spare / 2 + inset + verticalScrollBar()->sizeHint().width());
}

void ReaderView::applyTheme()
{
    const KSyntaxHighlighting::Theme &theme = m_themes->theme();
    QPalette pal = palette();
    const QColor page = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    pal.setColor(QPalette::Base, page);
    pal.setColor(QPalette::Window, page); // the measure margins look like the page
    pal.setColor(QPalette::PlaceholderText, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Comment)));
    pal.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    pal.setColor(QPalette::Highlight, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
    pal.setColor(QPalette::HighlightedText, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    setPalette(pal);
}

} // namespace Lectern::Views
