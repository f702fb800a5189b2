// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentlistpanel.h"

#include "documentfilterproxy.h"
#include "documentlistmodel.h"
#include "documentroles.h"
#include "statusdelegate.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

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
    m_view->setTextElideMode(Qt::ElideMiddle); // a title's end tells stories apart as often as its start
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionsMovable(false);
    header->setSectionResizeMode(DocumentListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DocumentListModel::SizeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DocumentListModel::StatusColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DocumentListModel::NotesColumn, QHeaderView::Interactive);
    m_view->setColumnHidden(DocumentListModel::IdColumn, true);     // in the tooltip
    m_view->setColumnHidden(DocumentListModel::SizeColumn, true);   // in the tooltip; the notes matter more
    m_view->setColumnHidden(DocumentListModel::StatusColumn, true); // shown once a document has a problem
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

    // The status column is there only when it says something, and the notes
    // column takes what its notes need, never more than two fifths of the list.
    const auto fitColumns = [this] {
        m_view->setColumnHidden(DocumentListModel::StatusColumn, !m_model->hasProblems());
        if (!m_notesWidthFromUser) {
            int wanted = 0;
            const QFontMetrics metrics = m_view->fontMetrics();
            for (int row = 0, rows = std::min(m_model->rowCount(), 5000); row < rows; ++row)
                wanted = std::max(wanted, metrics.horizontalAdvance(m_model->index(row, DocumentListModel::NotesColumn).data().toString()));
            wanted += 16;
            m_view->header()->resizeSection(DocumentListModel::NotesColumn,
                                            std::clamp(wanted, m_view->header()->sectionSizeHint(DocumentListModel::NotesColumn),
                                                       std::max(60, m_view->viewport()->width() * 2 / 5)));
        }
    };
    auto *fitLater = new QTimer(this);
    fitLater->setSingleShot(true);
    fitLater->setInterval(150);
    connect(fitLater, &QTimer::timeout, this, fitColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, fitLater, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::modelReset, fitLater, qOverload<>(&QTimer::start));
    connect(header, &QHeaderView::sectionResized, this, [this](int section, int, int) {
        if (section == DocumentListModel::NotesColumn && m_view->header()->underMouse())
            m_notesWidthFromUser = true;
    });

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

QByteArray DocumentListPanel::saveState() const
{
    return m_view->header()->saveState();
}

void DocumentListPanel::restoreState(const QByteArray &state)
{
    if (state.isEmpty() || !m_view->header()->restoreState(state))
        return;
    // The columns' sizes and the sort order come back; which columns show
    // depends on the bundle, and the title always takes the free width.
    m_view->header()->setSectionResizeMode(DocumentListModel::TitleColumn, QHeaderView::Stretch);
    m_view->setColumnHidden(DocumentListModel::IdColumn, true);
    m_view->setColumnHidden(DocumentListModel::SizeColumn, true);
    m_view->setColumnHidden(DocumentListModel::StatusColumn, !m_model->hasProblems());
    m_notesWidthFromUser = true;
}

void DocumentListPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace Lectern::Views
