// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace Lectern::Models {
class EntityTableModel;
}

namespace Lectern::Views {

/// The entities of the bundle (with mention and document counts, filtered
/// by text and category, sortable) and the candidates Lectern suggests,
/// each to accept (with its category) or reject.
class EntitiesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntitiesPanel)

public:
    EntitiesPanel(Models::EntityTableModel *entities, Models::EntityTableModel *suggestions, QWidget *parent = nullptr);

    void showProgress(int done, int total);
    [[nodiscard]] QTreeView *entityView() const { return m_entityView; }
    [[nodiscard]] QTreeView *suggestionView() const { return m_suggestionView; }
    /// Pairs of entities named in the same paragraph, most frequent first.
    [[nodiscard]] QTreeView *togetherView() const { return m_togetherView; }
    /// The gazetteer row of the entity selected in the list, or -1.
    [[nodiscard]] int currentEntity() const;

Q_SIGNALS:
    void suggestionAccepted(int row, const QString &category);
    void suggestionRejected(int row);
    /// The user asked to stop highlighting the entity at this gazetteer row.
    void entityRemovalRequested(int row);
    /// The user asked to rename, recategorise or merge the entity at this gazetteer row.
    void entityRenameRequested(int row);
    void entityCategoryChangeRequested(int row);
    void entityMergeRequested(int row);
    /// Go to the next (or previous) mention of this gazetteer entity.
    void mentionRequested(int entity, bool backwards);

private:
    void showCooccurrences();

    Models::EntityTableModel *m_entities;
    Models::EntityTableModel *m_suggestions;
    QSortFilterProxyModel *m_entityProxy;
    QLineEdit *m_filter;
    QComboBox *m_category;
    QTreeView *m_entityView;
    QTreeView *m_suggestionView;
    QTreeView *m_togetherView = nullptr;
    QStandardItemModel *m_together = nullptr;
    QLabel *m_status;
};

} // namespace Lectern::Views
