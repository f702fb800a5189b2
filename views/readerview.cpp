// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include "annotationlayer.h"
#include "entitylayer.h"
#include "longlines.h"
#include "readerdecorator.h"
#include "segmentkind.h"
#include "segmentlayer.h"
#include "themeregistry.h"

#include <KSyntaxHighlighting/Theme>

#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QMenu>
#include <QPainter>
#include <QToolTip>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Lectern::Views {

using KSyntaxHighlighting::Theme;

ReaderView::ReaderView(ThemeRegistry *themes, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_themes(themes)
    , m_decorator(new ReaderDecorator(this))
    , m_segments(new SegmentLayer(this))
    , m_entities(new EntityLayer(this, this))
    , m_annotations(new AnnotationLayer(this))
    , m_search(new SearchLayer(this))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // lines wrap: there is never anything to the side
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setObjectName(QStringLiteral("reader"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Reader"));
    document()->setDocumentMargin(18);
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    setFont(font);
    // The order of the layers is the order of precedence: later ones win.
    m_decorator->addLayer(m_segments);
    m_decorator->addLayer(m_entities);
    m_decorator->addLayer(m_annotations);
    m_decorator->addLayer(m_search);
    connect(m_themes, &ThemeRegistry::themeChanged, this, &ReaderView::applyTheme);
    applyTheme();
}

void ReaderView::showDocument(const QString &text)
{
    setPlaceholderText({});
    m_text = text;
    m_segments->clear();
    setWordWrapMode(wrapModeFor(text));
    setPlainText(text);
    moveCursor(QTextCursor::Start);
    m_decorator->invalidate();
    rerunSearch();
}

void ReaderView::showPlaceholder(const QString &message)
{
    m_text.clear();
    m_segments->clear();
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

bool ReaderView::goToArticle(bool backwards)
{
    using Models::Segment;
    // Where each article's run of passages starts (blank space and
    // boilerplate between passages of one article do not break the run).
    QList<const Segment *> starts;
    int current = -1;
    for (const Segment &segment : m_segments->segmentation().segments) {
        if (segment.article < 0 || segment.article == current)
            continue;
        current = segment.article;
        starts.append(&segment);
    }
    const int from = textCursor().selectionStart();
    const Segment *target = nullptr;
    if (backwards) {
        for (const Segment *start : std::as_const(starts)) {
            if (start->start < from)
                target = start;
        }
    } else {
        const auto it = std::ranges::find_if(starts, [from](const Segment *start) { return start->start > from; });
        target = it == starts.end() ? nullptr : *it;
    }
    if (!target)
        return false;
    revealRange(int(target->start), int(target->end));
    return true;
}

bool ReaderView::goToAnnotation(bool backwards)
{
    const QList<AnnotatedSpan> &spans = m_annotations->spans();
    const int from = textCursor().selectionStart();
    const AnnotatedSpan *target = nullptr;
    for (const AnnotatedSpan &span : spans) {
        if (backwards && span.start < from)
            target = &span;
        else if (!backwards && span.start > from) {
            target = &span;
            break;
        }
    }
    if (!target)
        return false;
    revealRange(target->start, target->end);
    return true;
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
    // The margins first: the base class lays the text out for the viewport
    // it finds, so it must find the new one.
    updateMeasure();
    QPlainTextEdit::resizeEvent(event);
}

void ReaderView::updateMeasure()
{
    const int measure = fontMetrics().averageCharWidth() * MaxMeasure;
    const int spare = std::max(0, width() - measure - 2 * frameWidth());
    if (viewportMargins().left() != spare / 2)
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
    m_segments->setTheme(theme, font().pointSizeF());
    m_entities->setTheme(theme);
    if (m_currentHit >= 0)
        goToHit(m_currentHit);
}

} // namespace Lectern::Views

namespace Lectern::Views {

using Models::Segment;
using Models::SegmentKind;

void ReaderView::setSegmentation(const Models::DocumentSegmentation *segmentation)
{
    if (segmentation)
        m_segments->setSegmentation(*segmentation);
    else
        m_segments->clear();
    applyReadingMode();
    viewport()->update();
}

void ReaderView::setReadingMode(ReadingMode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    applyReadingMode();
}

const Segment *ReaderView::segmentAt(qsizetype position) const
{
    return m_segments->segmentAt(position);
}

int ReaderView::hiddenBlockCount() const
{
    int hidden = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next())
        hidden += block.isVisible() ? 0 : 1;
    return hidden;
}

void ReaderView::applyReadingMode()
{
    // What a screen reader says of the reader, besides its name: what is shown of the document.
    switch (m_mode) {
    case ReadingMode::FullText:
        setAccessibleDescription(
            tr("The whole document; boilerplate and other articles are shown lighter, copied passages are marked in the margin, and the Outline names each part"));
        break;
    case ReadingMode::MainArticle:
        setAccessibleDescription(tr("The main article only; boilerplate and other articles are hidden"));
        break;
    case ReadingMode::UniqueContent:
        setAccessibleDescription(tr("Only what this document adds to the copies it shares passages with; boilerplate is hidden"));
        break;
    }
    const Models::DocumentSegmentation &segmentation = m_segments->segmentation();
    const bool filtering = m_mode != ReadingMode::FullText && !segmentation.segments.isEmpty();
    QSet<int> unique;
    if (filtering && m_mode == ReadingMode::UniqueContent) {
        const QList<int> indexes = segmentation.uniqueSegments();
        unique = QSet<int>(indexes.begin(), indexes.end());
    }
    auto keeps = [&](int index) {
        const Segment &segment = segmentation.segments.at(index);
        if (m_mode == ReadingMode::MainArticle)
            return segment.article == 0 && segment.isContent();
        return unique.contains(index);
    };

    // A line is shown when it holds a kept segment; a blank line only between two shown lines.
    QList<int> state; // 1 shown, 0 hidden, -1 blank
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (!filtering) {
            state.append(1);
            continue;
        }
        if (block.text().trimmed().isEmpty()) {
            state.append(-1);
            continue;
        }
        int shown = 0;
        const int from = block.position();
        const int to = from + std::max(1, block.length() - 1);
        for (int index = segmentation.segmentAt(from); index >= 0 && index < segmentation.segments.size()
             && segmentation.segments.at(index).start < to;
             ++index) {
            if (!segmentation.segments.at(index).isBlank() && keeps(index)) {
                shown = 1;
                break;
            }
        }
        state.append(shown);
    }
    int lastShown = -1;
    for (int i = 0; i < state.size(); ++i) {
        if (state.at(i) == 1) {
            for (int j = lastShown + 1; j < i; ++j) {
                if (state.at(j) == -1)
                    state[j] = lastShown >= 0 ? 1 : 0;
            }
            lastShown = i;
        }
    }
    bool changed = false;
    int number = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next(), ++number) {
        const bool visible = state.at(number) == 1;
        if (block.isVisible() != visible) {
            block.setVisible(visible);
            changed = true;
        }
    }
    if (changed) {
        document()->markContentsDirty(0, document()->characterCount());
        m_decorator->invalidate();
        viewport()->update();
    }
}

QString ReaderView::describe(const Segment &segment)
{
    QString text = Models::kindDisplayName(segment.kind);
    if (segment.role != Models::SegmentRole::None)
        text += u" ("_s + Models::roleName(segment.role) + u')';
    if (segment.article == 0)
        text += tr(", main article");
    else if (segment.article > 0)
        text += tr(", article %1").arg(segment.article + 1);
    if (!segment.reason.isEmpty())
        text += u": "_s + segment.reason;
    if (segment.duplicate.isValid())
        text += u"\n"_s
            + tr("Also in %1 (%2% similar); click the mark in the margin to go there.")
                  .arg(segment.duplicate.documentId)
                  .arg(qRound(segment.duplicate.similarity * 100));
    return text;
}

const Segment *ReaderView::duplicateMarkAt(const QPoint &point) const
{
    if (point.x() > int(document()->documentMargin()))
        return nullptr;
    const QTextCursor cursor = cursorForPosition(QPoint(int(document()->documentMargin()) + 2, point.y()));
    const Segment *segment = m_segments->segmentAt(cursor.position());
    return segment && segment->duplicate.isValid() ? segment : nullptr;
}

void ReaderView::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    const Models::DocumentSegmentation &segmentation = m_segments->segmentation();
    if (segmentation.segments.isEmpty())
        return;
    const Theme &theme = m_themes->theme();
    QPainter painter(viewport());
    const QColor boundary = QColor::fromRgba(theme.editorColor(Theme::Separator));
    QColor mark = QColor::fromRgba(theme.editorColor(Theme::MarkBookmark));
    if (segmentation.duplicateOf.isValid())
        mark.setAlphaF(0.45f); // the banner says the whole document is a copy; the marks only point the way
    const int left = int(document()->documentMargin());
    const int right = viewport()->width() - left;
    int previousArticle = -2;
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        if (!block.isVisible())
            continue;
        const QRectF rect = blockBoundingGeometry(block).translated(contentOffset());
        if (rect.top() > viewport()->height())
            break;
        const Segment *segment = m_segments->segmentAt(block.position());
        if (!segment || segment->isBlank())
            continue;
        if (previousArticle == -2) {
            // The article of the content above the first line on screen.
            const int index = segmentation.segmentAt(block.position());
            for (int i = index - 1; i >= 0; --i) {
                if (segmentation.segments.at(i).article >= 0) {
                    previousArticle = segmentation.segments.at(i).article;
                    break;
                }
            }
        }
        if (segment->article >= 0) {
            if (previousArticle >= 0 && segment->article != previousArticle) {
                // Another article starts here: a rule across the column with its number.
                const int y = int(rect.top()) - 1;
                painter.setPen(QPen(boundary, 2));
                painter.drawLine(left, y, right, y);
                painter.setPen(boundary);
                QFont small = font();
                small.setPointSizeF(font().pointSizeF() * 0.75);
                painter.setFont(small);
                painter.drawText(QRect(left, y - 16, right - left, 14), Qt::AlignRight | Qt::AlignBottom,
                                 segment->article == 0 ? tr("main article") : tr("another article (%1)").arg(segment->article + 1));
            }
            previousArticle = segment->article;
        }
        if (segment->duplicate.isValid())
            painter.fillRect(QRectF(left / 2.0 - 2, rect.top() + 2, 4, rect.height() - 4), mark);
    }
}

bool ReaderView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const Segment *segment = duplicateMarkAt(help->pos());
        if (!segment)
            segment = m_segments->segmentAt(cursorForPosition(help->pos()).position());
        // Each thing the reader marks there, in words: a label, an entity
        // and a segment kind are never told by their colour alone.
        const int position = cursorForPosition(help->pos()).position();
        QStringList lines;
        for (const AnnotatedSpan &note : m_annotations->at(position)) {
            if (!note.label.isEmpty() && !note.note.isEmpty())
                lines.append(note.label + u": "_s + note.note);
            else if (!note.label.isEmpty() || !note.note.isEmpty())
                lines.append(note.label.isEmpty() ? note.note : note.label);
        }
        if (const qsizetype entity = m_entities->entityAt(position); entity >= 0) {
            const Models::Entity &found = m_entities->entities().at(entity);
            lines.append(tr("%1 (entity: %2)").arg(found.name, found.category));
        } else if (const qsizetype suggestion = m_entities->suggestionAt(position); suggestion >= 0) {
            const Models::Entity &found = m_entities->suggestions().at(suggestion);
            lines.append(tr("%1 (suggested %2; accept or reject it from the context menu)").arg(found.name, found.category));
        }
        if (segment && !segment->isBlank())
            lines.append(describe(*segment));
        if (!lines.isEmpty())
            QToolTip::showText(help->globalPos(), lines.join(u"\n\n"_s), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void ReaderView::mousePressEvent(QMouseEvent *event)
{
    if (const Segment *segment = duplicateMarkAt(event->position().toPoint()); segment && event->button() == Qt::LeftButton) {
        Q_EMIT duplicateActivated(segment->duplicate.documentId, int(segment->duplicate.start), int(segment->duplicate.end));
        return;
    }
    QPlainTextEdit::mousePressEvent(event);
}

void ReaderView::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    const int position = cursorForPosition(event->pos()).position();
    const Segment *segment = m_segments->segmentAt(position);
    if (segment && !segment->isBlank()) {
        menu->addSeparator();
        QMenu *relabel = menu->addMenu(tr("Label This Passage As"));
        const qsizetype start = segment->start;
        for (const SegmentKind kind : {SegmentKind::Title, SegmentKind::Heading, SegmentKind::Body, SegmentKind::Caption,
                                       SegmentKind::Boilerplate, SegmentKind::Trailer}) {
            QAction *action = relabel->addAction(Models::kindDisplayName(kind));
            action->setCheckable(true);
            action->setChecked(kind == segment->kind);
            connect(action, &QAction::triggered, this, [this, start, kind] { Q_EMIT relabelRequested(start, kind); });
        }
    }
    Q_EMIT contextMenuAboutToShow(menu.get(), position);
    menu->exec(event->globalPos());
}

} // namespace Lectern::Views
