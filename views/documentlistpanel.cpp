// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentlistpanel.h"

#include "documentfilterproxy.h"
#include "documentlistmodel.h"
#include "documentroles.h"
#include "statusdelegate.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace Lectern::Views {

using Models::DocumentListModel;

DocumentListPanel::DocumentListPanel(DocumentListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new Models::DocumentFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_problemsOnly(new QCheckBox(tr("Only documents with problems"), this))
    , m_view(new QTreeView(this))
{
    m_proxy->setSourceModel(m_model);

    m_filter->setPlaceholderText(tr("Filter by title, id or path"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Document filter"));

    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Documents"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(DocumentListModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(DocumentListModel::SizeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(DocumentListModel::StatusColumn, QHeaderView::ResizeToContents);
    m_view->setColumnHidden(DocumentListModel::IdColumn, true);
    m_view->setColumnHidden(DocumentListModel::SizeColumn, true); // in the tooltip; the notes matter more
    m_view->header()->setSectionResizeMode(DocumentListModel::NotesColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(DocumentListModel::NotesColumn, 150);
    m_view->setItemDelegateForColumn(DocumentListModel::StatusColumn,
                                     new StatusDelegate(Models::DocumentStatusRole, [](const QVariant &status) {
                                         switch (Models::DocumentStatus(status.toInt())) {
                                         case Models::DocumentStatus::Error:
                                             return StatusDelegate::Tone::Error;
                                         case Models::DocumentStatus::Warning:
                                             return StatusDelegate::Tone::Warning;
                                         default:
                                             return StatusDelegate::Tone::Normal;
                                         }
                                     }, this));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_problemsOnly);
    layout->addWidget(m_view);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &Models::DocumentFilterProxy::setFilterText);
    connect(m_problemsOnly, &QCheckBox::toggled, m_proxy, &Models::DocumentFilterProxy::setProblemsOnly);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            Q_EMIT documentActivated(m_proxy->mapToSource(current).row());
    });
}

void DocumentListPanel::selectRow(int sourceRow)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void DocumentListPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace Lectern::Views
