// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitiespanel.h"

#include "entitycategory.h"
#include "entitytablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QAction>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Lectern::Views {

using Models::EntityTableModel;

namespace {

// Text matches the name; the category must equal the chosen one (empty: any).
class EntityFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setCategory(const QString &category)
    {
        m_category = category;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (!m_category.isEmpty() && index.data(EntityTableModel::CategoryRole).toString() != m_category)
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    QString m_category;
};

QTreeView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->header()->setSectionResizeMode(EntityTableModel::NameColumn, QHeaderView::Stretch);
    view->header()->setStretchLastSection(false);
    for (int column = EntityTableModel::CategoryColumn; column < EntityTableModel::ColumnCount; ++column)
        view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    return view;
}

} // namespace

EntitiesPanel::EntitiesPanel(EntityTableModel *entities, EntityTableModel *suggestions, QWidget *parent)
    : QWidget(parent)
    , m_entities(entities)
    , m_suggestions(suggestions)
    , m_entityProxy(new EntityFilter(this))
    , m_filter(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_status(new QLabel(this))
{
    setAccessibleName(tr("Entities"));
    m_entityProxy->setSourceModel(m_entities);
    m_entityProxy->setSortRole(EntityTableModel::SortRole);
    m_entityProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_entityProxy->setFilterKeyColumn(EntityTableModel::NameColumn);
    m_filter->setPlaceholderText(tr("Filter entities"));
    m_filter->setAccessibleName(tr("Filter the entities by name"));
    m_filter->setClearButtonEnabled(true);
    m_category->addItem(tr("All categories"), QString());
    for (const QString &category : Models::EntityCategory::builtIn())
        m_category->addItem(category, category);
    m_category->setAccessibleName(tr("Category filter"));

    m_entityView = makeTable(m_entityProxy, this);
    m_entityView->setAccessibleName(tr("Entities of the bundle"));
    m_entityView->sortByColumn(EntityTableModel::MentionsColumn, Qt::DescendingOrder);
    auto *previous = new QPushButton(tr("Previous Mention"), this);
    auto *next = new QPushButton(tr("Next Mention"), this);
    auto *edit = new QPushButton(tr("Edit"), this);
    edit->setToolTip(tr("Rename (F2), change the category (Ctrl+K) or merge into another entity (Ctrl+J); each can be undone"));
    edit->setAccessibleName(tr("Edit the entity"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setToolTip(tr("Stop highlighting this entity in the bundle (Delete); Undo brings it back"));
    previous->setToolTip(tr("Shift+F8"));
    next->setToolTip(tr("F8"));

    auto *suggestionProxy = new QSortFilterProxyModel(this);
    suggestionProxy->setSourceModel(m_suggestions);
    suggestionProxy->setSortRole(EntityTableModel::SortRole);
    m_suggestionView = makeTable(suggestionProxy, this);
    m_suggestionView->setAccessibleName(tr("Suggested entities"));
    m_suggestionView->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *acceptAs = new QComboBox(this);
    acceptAs->addItem(tr("as proposed"), QString());
    for (const QString &category : Models::EntityCategory::builtIn())
        acceptAs->addItem(tr("as %1").arg(category), category);
    acceptAs->setAccessibleName(tr("Category to accept with"));
    auto *accept = new QPushButton(tr("&Accept"), this);
    auto *reject = new QPushButton(tr("&Reject"), this);

    auto *entityPage = new QWidget(this);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_category);
    auto *jumpRow = new QHBoxLayout;
    jumpRow->addWidget(previous);
    jumpRow->addWidget(next);
    jumpRow->addStretch();
    jumpRow->addWidget(edit);
    jumpRow->addWidget(remove);
    auto *entityLayout = new QVBoxLayout(entityPage);
    entityLayout->setContentsMargins(0, 4, 0, 0);
    entityLayout->addLayout(filterRow);
    entityLayout->addWidget(m_entityView);
    entityLayout->addLayout(jumpRow);

    auto *suggestionPage = new QWidget(this);
    auto *decideRow = new QHBoxLayout;
    decideRow->addWidget(accept);
    decideRow->addWidget(acceptAs);
    decideRow->addWidget(reject);
    decideRow->addStretch();
    auto *suggestionLayout = new QVBoxLayout(suggestionPage);
    suggestionLayout->setContentsMargins(0, 4, 0, 0);
    suggestionLayout->addWidget(m_suggestionView);
    suggestionLayout->addLayout(decideRow);

    auto *tabs = new QTabWidget(this);
    tabs->setAccessibleName(tr("Entity lists"));
    tabs->addTab(entityPage, tr("Entities"));
    tabs->addTab(suggestionPage, tr("Suggestions"));

    // Which entities are named in the same paragraph, and how often.
    m_together = new QStandardItemModel(0, 3, this);
    m_together->setHorizontalHeaderLabels({tr("Entity"), tr("Named with"), tr("Paragraphs")});
    auto *togetherProxy = new QSortFilterProxyModel(this);
    togetherProxy->setSourceModel(m_together);
    togetherProxy->setSortRole(Qt::UserRole);
    togetherProxy->setFilterKeyColumn(-1);
    togetherProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_togetherView = makeTable(togetherProxy, this);
    m_togetherView->setAccessibleName(tr("Entities named in the same paragraph"));
    m_togetherView->sortByColumn(2, Qt::DescendingOrder);
    auto *togetherFilter = new QLineEdit(this);
    togetherFilter->setPlaceholderText(tr("Filter by entity"));
    togetherFilter->setClearButtonEnabled(true);
    togetherFilter->setAccessibleName(tr("Filter the pairs by entity"));
    connect(togetherFilter, &QLineEdit::textChanged, togetherProxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *togetherPage = new QWidget(this);
    auto *togetherLayout = new QVBoxLayout(togetherPage);
    togetherLayout->setContentsMargins(0, 4, 0, 0);
    togetherLayout->addWidget(togetherFilter);
    togetherLayout->addWidget(m_togetherView);
    tabs->addTab(togetherPage, tr("Together"));
    connect(m_entities, &QAbstractItemModel::modelReset, this, &EntitiesPanel::showCooccurrences);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(tabs);
    layout->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, m_entityProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_category, &QComboBox::currentIndexChanged, this,
            [this] { static_cast<EntityFilter *>(m_entityProxy)->setCategory(m_category->currentData().toString()); });
    connect(next, &QPushButton::clicked, this, [this] {
        if (currentEntity() >= 0)
            Q_EMIT mentionRequested(currentEntity(), false);
    });
    connect(previous, &QPushButton::clicked, this, [this] {
        if (currentEntity() >= 0)
            Q_EMIT mentionRequested(currentEntity(), true);
    });
    connect(m_entityView, &QTreeView::activated, this, [this] {
        if (currentEntity() >= 0)
            Q_EMIT mentionRequested(currentEntity(), false);
    });
    const auto removeCurrent = [this] {
        if (const int row = currentEntity(); row >= 0)
            Q_EMIT entityRemovalRequested(row);
    };
    connect(remove, &QPushButton::clicked, this, removeCurrent);
    // The entity's edits, on the Edit button's menu and the list's context
    // menu, with keys that work while the list has focus.
    const auto entityAction = [this](const QString &text, const QKeySequence &key, auto signal) {
        auto *action = new QAction(text, m_entityView);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, [this, signal] {
            if (const int row = currentEntity(); row >= 0)
                Q_EMIT(this->*signal)(row);
        });
        m_entityView->addAction(action);
        return action;
    };
    auto *editMenu = new QMenu(edit);
    editMenu->addAction(entityAction(tr("&Rename\u2026"), QKeySequence(Qt::Key_F2), &EntitiesPanel::entityRenameRequested));
    editMenu->addAction(entityAction(tr("Change &Category\u2026"), QKeySequence(Qt::CTRL | Qt::Key_K),
                                     &EntitiesPanel::entityCategoryChangeRequested));
    editMenu->addAction(entityAction(tr("&Merge Into\u2026"), QKeySequence(Qt::CTRL | Qt::Key_J),
                                     &EntitiesPanel::entityMergeRequested));
    editMenu->addSeparator();
    editMenu->addAction(entityAction(tr("Re&move"), QKeySequence::Delete, &EntitiesPanel::entityRemovalRequested));
    edit->setMenu(editMenu);
    m_entityView->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto currentSuggestion = [this, suggestionProxy] {
        const QModelIndex index = m_suggestionView->currentIndex();
        return index.isValid() ? suggestionProxy->mapToSource(index).row() : -1;
    };
    connect(accept, &QPushButton::clicked, this, [this, currentSuggestion, acceptAs] {
        const int row = currentSuggestion();
        if (row < 0)
            return;
        QString category = acceptAs->currentData().toString();
        if (category.isEmpty())
            category = m_suggestions->index(row, 0).data(EntityTableModel::CategoryRole).toString();
        Q_EMIT suggestionAccepted(row, category);
    });
    connect(reject, &QPushButton::clicked, this, [this, currentSuggestion] {
        if (const int row = currentSuggestion(); row >= 0)
            Q_EMIT suggestionRejected(row);
    });
}

void EntitiesPanel::showCooccurrences()
{
    const Models::EntityFindings &findings = m_entities->findings();
    m_together->removeRows(0, m_together->rowCount());
    const auto &pairs = findings.index.cooccurrencePairs();
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        const qsizetype a = it.key().first;
        const qsizetype b = it.key().second;
        if (a < 0 || b < 0 || a >= findings.gazetteer.size() || b >= findings.gazetteer.size())
            continue;
        const auto named = [](const QString &text) {
            auto *item = new QStandardItem(text);
            item->setData(text.toLower(), Qt::UserRole);
            item->setEditable(false);
            return item;
        };
        auto *count = new QStandardItem(QString::number(it.value()));
        count->setData(it.value(), Qt::UserRole);
        count->setEditable(false);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_together->appendRow({named(findings.gazetteer.at(a).name), named(findings.gazetteer.at(b).name), count});
    }
    m_togetherView->sortByColumn(2, Qt::DescendingOrder);
}

int EntitiesPanel::currentEntity() const
{
    const QModelIndex index = m_entityView->currentIndex();
    return index.isValid() ? m_entityProxy->mapToSource(index).row() : -1;
}

void EntitiesPanel::showProgress(int done, int total)
{
    m_status->setText(done < total ? tr("Finding entities: %1 of %2 documents\u2026").arg(done).arg(total) : QString());
}

} // namespace Lectern::Views
