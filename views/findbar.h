// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchlayer.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Lectern::Views {

/// Find in the open document (Ctrl+F): pattern, regular expression and case
/// switches, previous/next, and how many hits there are.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(QWidget *parent = nullptr);

    [[nodiscard]] SearchQuery query() const;
    /// Shows "3 of 12", "no matches" or why the pattern is unusable.
    void showResult(int current, int total, const QString &problem = {});
    void activate();

Q_SIGNALS:
    void queryChanged(const Lectern::Models::SearchQuery &query);
    void nextRequested();
    void previousRequested();
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_pattern;
    QToolButton *m_regex;
    QToolButton *m_case;
    QLabel *m_result;
};

} // namespace Lectern::Views
