// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Lectern::Views {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_pattern(new QLineEdit(this))
    , m_regex(new QToolButton(this))
    , m_case(new QToolButton(this))
    , m_result(new QLabel(this))
{
    setAccessibleName(tr("Find in document"));
    m_pattern->setPlaceholderText(tr("Find in this document"));
    m_pattern->setClearButtonEnabled(true);
    m_pattern->setAccessibleName(tr("Search pattern"));
    m_regex->setText(u".*"_s);
    m_regex->setCheckable(true);
    m_regex->setToolTip(tr("Regular expression"));
    m_regex->setAccessibleName(tr("Regular expression"));
    m_case->setText(u"Aa"_s);
    m_case->setCheckable(true);
    m_case->setToolTip(tr("Match case"));
    m_case->setAccessibleName(tr("Match case"));
    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    previous->setToolTip(tr("Previous match (Shift+Enter, Shift+F3)"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setToolTip(tr("Next match (Enter, F3)"));
    auto *close = new QToolButton(this);
    close->setText(u"\u2715"_s);
    close->setToolTip(tr("Close (Esc)"));
    close->setAccessibleName(tr("Close find bar"));
    m_result->setMinimumWidth(110);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_pattern, 1);
    layout->addWidget(m_regex);
    layout->addWidget(m_case);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_result);
    layout->addWidget(close);

    m_pattern->installEventFilter(this);
    auto emitQuery = [this] { Q_EMIT queryChanged(query()); };
    connect(m_pattern, &QLineEdit::textChanged, this, emitQuery);
    connect(m_regex, &QToolButton::toggled, this, emitQuery);
    connect(m_case, &QToolButton::toggled, this, emitQuery);
    connect(m_pattern, &QLineEdit::returnPressed, this, &FindBar::nextRequested);
    connect(next, &QToolButton::clicked, this, &FindBar::nextRequested);
    connect(previous, &QToolButton::clicked, this, &FindBar::previousRequested);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
}

SearchQuery FindBar::query() const
{
    return {m_pattern->text(), m_regex->isChecked(), m_case->isChecked()};
}

void FindBar::showResult(int current, int total, const QString &problem)
{
    if (!problem.isEmpty())
        m_result->setText(tr("Bad pattern: %1").arg(problem));
    else if (m_pattern->text().isEmpty())
        m_result->clear();
    else if (total == 0)
        m_result->setText(tr("No matches"));
    else
        m_result->setText(tr("%1 of %2").arg(current + 1).arg(total));
}

void FindBar::activate()
{
    show();
    m_pattern->setFocus(Qt::ShortcutFocusReason);
    m_pattern->selectAll();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_pattern && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            hide();
            Q_EMIT closed();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ShiftModifier)) {
            Q_EMIT previousRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Lectern::Views
