// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchpanel.h"

#include "searchresultmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Lectern::Views {

using Models::SearchResultModel;

SearchPanel::SearchPanel(SearchResultModel *results, QWidget *parent)
    : QWidget(parent)
    , m_results(results)
    , m_pattern(new QLineEdit(this))
    , m_regex(new QToolButton(this))
    , m_case(new QToolButton(this))
    , m_summary(new QLabel(this))
    , m_view(new QTreeView(this))
{
    setAccessibleName(tr("Search the bundle"));
    m_pattern->setPlaceholderText(tr("Search every document of the bundle; Enter to search"));
    m_pattern->setClearButtonEnabled(true);
    m_pattern->setAccessibleName(tr("Bundle search pattern"));
    m_regex->setText(u".*"_s);
    m_regex->setCheckable(true);
    m_regex->setToolTip(tr("Regular expression"));
    m_case->setText(u"Aa"_s);
    m_case->setCheckable(true);
    m_case->setToolTip(tr("Match case"));
    auto *stop = new QToolButton(this);
    stop->setText(tr("Stop"));

    m_view->setModel(m_results);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Search results"));
    m_view->header()->setSectionResizeMode(SearchResultModel::DocumentColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(SearchResultModel::DocumentColumn, 240);
    m_view->header()->setSectionResizeMode(SearchResultModel::LineColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_pattern, 1);
    row->addWidget(m_regex);
    row->addWidget(m_case);
    row->addWidget(stop);
    row->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(row);
    layout->addWidget(m_view);

    connect(m_pattern, &QLineEdit::returnPressed, this, [this] {
        const Models::SearchQuery query{m_pattern->text(), m_regex->isChecked(), m_case->isChecked()};
        const QString problem = query.problem();
        if (!problem.isEmpty()) {
            m_summary->setText(tr("Bad pattern: %1").arg(problem));
            return;
        }
        Q_EMIT searchRequested(query);
    });
    connect(stop, &QToolButton::clicked, this, &SearchPanel::cancelRequested);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT hitActivated(index.data(SearchResultModel::RowRole).toInt(), index.data(SearchResultModel::StartRole).toInt(),
                            index.data(SearchResultModel::EndRole).toInt());
    });
}

void SearchPanel::activate()
{
    m_pattern->setFocus(Qt::ShortcutFocusReason);
    m_pattern->selectAll();
}

void SearchPanel::showProgress(int done, int total)
{
    updateSummary(tr("searching %1 of %2\u2026").arg(done).arg(total));
}

void SearchPanel::showFinished(bool cancelled)
{
    updateSummary(cancelled ? tr("stopped") : QString());
}

void SearchPanel::updateSummary(const QString &state)
{
    QString text = tr("%n hit(s)", nullptr, m_results->rowCount()) + tr(" in %n document(s)", nullptr, m_results->documentCount());
    if (!state.isEmpty())
        text += u" \u2014 "_s + state;
    m_summary->setText(text);
}

} // namespace Lectern::Views
