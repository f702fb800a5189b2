// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchlayer.h"

#include <QPlainTextEdit>

namespace Lectern::Views {

class ReaderDecorator;
class ThemeRegistry;

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
    [[nodiscard]] ThemeRegistry *themes() const { return m_themes; }

    /// Finds every hit of `query` in the document and moves to the first at
    /// or after the cursor. The query stays when another document is shown.
    void search(const SearchQuery &query);
    void findNext();
    /// Selects [start, end) (UTF-16 offsets) and brings it to the middle of the view.
    void revealRange(int start, int end);
    void findPrevious();
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

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyTheme();
    void updateMeasure();
    void goToHit(int index);
    void rerunSearch();

    ThemeRegistry *m_themes;
    ReaderDecorator *m_decorator;
    SearchLayer *m_search;
    SearchQuery m_query;
    QString m_text;
    int m_currentHit = -1;
};

} // namespace Lectern::Views
