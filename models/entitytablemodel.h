// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entityrunner.h"

#include <QAbstractTableModel>

namespace Lectern::Models {

/// The entities panel's two tables over one EntityFindings: the gazetteer's
/// entities with their mention and document counts, or the suggested
/// candidates with theirs.
class EntityTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityTableModel)

public:
    enum class Shows { Entities, Suggestions };
    enum Column { NameColumn, CategoryColumn, MentionsColumn, DocumentsColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, CategoryRole, RowRole };

    explicit EntityTableModel(Shows shows, QObject *parent = nullptr);

    void setFindings(const EntityFindings &findings);
    /// Takes one suggestion out (accepted or rejected), a precise row removal.
    void removeSuggestion(int row);
    [[nodiscard]] const EntityFindings &findings() const { return m_findings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Shows m_shows;
    EntityFindings m_findings;
};

} // namespace Lectern::Models
