// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentsegmentation.h"
#include "searchlayer.h"

#include <QPlainTextEdit>
#include <QTextBlock>

class QMenu;

namespace Lectern::Views {

class AnnotationLayer;
class EntityLayer;
class ReaderDecorator;
class SegmentLayer;
class ThemeRegistry;

/// What the reader shows of a segmented document.
enum class ReadingMode {
    FullText,      ///< everything, boilerplate dimmed
    MainArticle,   ///< the main article only
    UniqueContent, ///< what a reader of the canonical copies has not seen yet; no boilerplate
};

/// The central reader: a document's text, read-only, in the active theme's
/// editor colours. It owns the reader's decoration: the ReaderDecorator
/// composes the layers' character formats (segments, entities, annotations,
/// search hits), and the current search hit is the only ExtraSelection.
class ReaderView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderView)

public:
    explicit ReaderView(ThemeRegistry *themes, QWidget *parent = nullptr);

    void showDocument(const QString &text);
    /// Shows a message in place of a document (nothing open, cannot be read...).
    void showPlaceholder(const QString &message);
    [[nodiscard]] const QString &text() const { return m_text; }

    [[nodiscard]] ReaderDecorator *decorator() const { return m_decorator; }
    [[nodiscard]] SegmentLayer *segmentLayer() const { return m_segments; }
    [[nodiscard]] EntityLayer *entityLayer() const { return m_entities; }
    [[nodiscard]] AnnotationLayer *annotationLayer() const { return m_annotations; }
    /// The first block on screen, and where a block is in viewport coordinates (for the decorator).
    [[nodiscard]] QTextBlock firstShownBlock() const { return firstVisibleBlock(); }
    [[nodiscard]] QRectF shownBlockRect(const QTextBlock &block) const { return blockBoundingGeometry(block).translated(contentOffset()); }

    /// Shows the segments of the document on screen (nullptr: none yet).
    void setSegmentation(const Models::DocumentSegmentation *segmentation);
    void setReadingMode(ReadingMode mode);
    [[nodiscard]] ReadingMode readingMode() const { return m_mode; }
    /// Blocks (lines) hidden by the reading mode, for tests.
    [[nodiscard]] int hiddenBlockCount() const;
    /// The segment under UTF-16 position `position`, or nullptr.
    [[nodiscard]] const Models::Segment *segmentAt(qsizetype position) const;
    /// A sentence about a segment for tooltips: kind, article, why, duplicate link.
    [[nodiscard]] static QString describe(const Models::Segment &segment);
    [[nodiscard]] ThemeRegistry *themes() const { return m_themes; }

    /// Finds every hit of `query` in the document and moves to the first at
    /// or after the cursor. The query stays when another document is shown.
    void search(const SearchQuery &query);
    void findNext();
    /// Selects [start, end) (UTF-16 offsets) and brings it to the middle of the view.
    void revealRange(int start, int end);
    void findPrevious();
    /// Selects the first passage of the next (or previous) article and
    /// brings it into view; false when there is none that way.
    bool goToArticle(bool backwards);
    /// Selects the next (or previous) annotated passage; false when none.
    bool goToAnnotation(bool backwards);
    [[nodiscard]] int searchHitCount() const { return int(m_search->hits().size()); }
    [[nodiscard]] int currentSearchHit() const { return m_currentHit; }

    /// Lines longer than this many average characters are hard to read:
    /// wider windows get margins instead of longer lines.
    static constexpr int MaxMeasure = 96;

Q_SIGNALS:
    /// The text column moved: widgets aligned with it (the document header) follow.
    void textColumnChanged(int left, int right);
    /// `current` is -1 when there is no hit; `problem` says why a pattern is unusable.
    void searchResult(int current, int total, const QString &problem);
    /// The user followed a duplicate mark to the canonical copy.
    void duplicateActivated(const QString &documentId, int start, int end);
    /// The user chose another label for the segment starting at `start`.
    void relabelRequested(qsizetype start, Lectern::Models::SegmentKind kind);
    /// The context menu for UTF-16 position `position` is about to show: others may add to it.
    void contextMenuAboutToShow(QMenu *menu, int position);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void applyTheme();
    void updateMeasure();
    void goToHit(int index);
    void rerunSearch();
    void applyReadingMode();
    /// The duplicated segment whose margin mark is at `point` (viewport coordinates), or nullptr.
    [[nodiscard]] const Models::Segment *duplicateMarkAt(const QPoint &point) const;

    ThemeRegistry *m_themes;
    ReaderDecorator *m_decorator;
    SegmentLayer *m_segments;
    EntityLayer *m_entities;
    AnnotationLayer *m_annotations;
    SearchLayer *m_search;
    ReadingMode m_mode = ReadingMode::FullText;
    SearchQuery m_query;
    QString m_text;
    int m_currentHit = -1;
};

} // namespace Lectern::Views
