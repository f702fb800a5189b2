// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include "readerdecorator.h"
#include "themeregistry.h"

#include <KSyntaxHighlighting/Theme>

#include <QFontDatabase>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>

#include <algorithm>

namespace Lectern::Views {

using KSyntaxHighlighting::Theme;

ReaderView::ReaderView(ThemeRegistry *themes, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_themes(themes)
    , m_decorator(new ReaderDecorator(this))
    , m_search(new SearchLayer(this))
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
    m_decorator->addLayer(m_search);
    connect(m_themes, &ThemeRegistry::themeChanged, this, &ReaderView::applyTheme);
    applyTheme();
}

void ReaderView::showDocument(const QString &text)
{
    setPlaceholderText({});
    m_text = text;
    setPlainText(text);
    moveCursor(QTextCursor::Start);
    m_decorator->invalidate();
    rerunSearch();
}

void ReaderView::showPlaceholder(const QString &message)
{
    m_text.clear();
    clear();
    setPlaceholderText(message);
    m_decorator->invalidate();
    rerunSearch();
}

void ReaderView::search(const SearchQuery &query)
{
    m_query = query;
    rerunSearch();
}

void ReaderView::rerunSearch()
{
    const QString problem = m_query.problem();
    m_search->setHits(problem.isEmpty() ? m_query.findAll(m_text) : QList<std::pair<int, int>>());
    m_currentHit = -1;
    const QList<std::pair<int, int>> &hits = m_search->hits();
    if (hits.isEmpty()) {
        setExtraSelections({});
        Q_EMIT searchResult(-1, 0, problem);
        return;
    }
    const int cursorAt = textCursor().selectionStart();
    const auto first = std::ranges::lower_bound(hits, cursorAt, {}, [](const std::pair<int, int> &hit) { return hit.first; });
    goToHit(first == hits.end() ? 0 : int(first - hits.begin()));
}

void ReaderView::revealRange(int start, int end)
{
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(start, 0, document()->characterCount() - 1));
    cursor.setPosition(std::clamp(end, 0, document()->characterCount() - 1), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    centerCursor();
}

void ReaderView::findNext()
{
    const int count = searchHitCount();
    if (count > 0)
        goToHit((m_currentHit + 1) % count);
}

void ReaderView::findPrevious()
{
    const int count = searchHitCount();
    if (count > 0)
        goToHit((m_currentHit - 1 + count) % count);
}

void ReaderView::goToHit(int index)
{
    m_currentHit = index;
    const auto [start, end] = m_search->hits().at(index);
    QTextCursor cursor(document());
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    const Theme &theme = m_themes->theme();
    QTextEdit::ExtraSelection current;
    current.cursor = cursor;
    current.format.setBackground(QColor::fromRgba(theme.editorColor(Theme::SearchHighlight)));
    current.format.setForeground(QColor::fromRgba(theme.textColor(Theme::Normal)));
    current.format.setFontUnderline(true);
    setExtraSelections({current});
    QTextCursor caret(document());
    caret.setPosition(start);
    setTextCursor(caret);
    centerCursor();
    Q_EMIT searchResult(index, searchHitCount(), {});
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
    const Theme &theme = m_themes->theme();
    QPalette pal = palette();
    const QColor page = QColor::fromRgba(theme.editorColor(Theme::BackgroundColor));
    pal.setColor(QPalette::Base, page);
    pal.setColor(QPalette::Window, page); // the measure margins look like the page
    pal.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(Theme::Normal)));
    pal.setColor(QPalette::PlaceholderText, QColor::fromRgba(theme.textColor(Theme::Comment)));
    pal.setColor(QPalette::Highlight, QColor::fromRgba(theme.editorColor(Theme::TextSelection)));
    pal.setColor(QPalette::HighlightedText, QColor::fromRgba(theme.textColor(Theme::Normal)));
    setPalette(pal);
    QColor hits = QColor::fromRgba(theme.editorColor(Theme::SearchHighlight));
    hits.setAlpha(110);
    m_search->setColour(hits);
    if (m_currentHit >= 0)
        goToHit(m_currentHit);
}

} // namespace Lectern::Views
