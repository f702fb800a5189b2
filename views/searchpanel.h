// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchquery.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;
class QTreeView;

namespace Lectern::Models {
class SearchResultModel;
}

namespace Lectern::Views {

/// Search across the bundle (Ctrl+Shift+F): the query, its switches, the
/// progress of the search and its hits with context. Activating a hit
/// (Enter or double-click) asks for that passage.
class SearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)

public:
    explicit SearchPanel(Models::SearchResultModel *results, QWidget *parent = nullptr);

    void activate();
    void showProgress(int done, int total);
    void showFinished(bool cancelled);
    [[nodiscard]] QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void searchRequested(const Lectern::Models::SearchQuery &query);
    void cancelRequested();
    void hitActivated(int documentRow, int start, int end);

private:
    void updateSummary(const QString &state);

    Models::SearchResultModel *m_results;
    QLineEdit *m_pattern;
    QToolButton *m_regex;
    QToolButton *m_case;
    QLabel *m_summary;
    QTreeView *m_view;
};

} // namespace Lectern::Views
