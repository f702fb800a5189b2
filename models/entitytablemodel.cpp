// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitytablemodel.h"

namespace Lectern::Models {

EntityTableModel::EntityTableModel(Shows shows, QObject *parent)
    : QAbstractTableModel(parent)
    , m_shows(shows)
{
}

void EntityTableModel::setFindings(const EntityFindings &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

void EntityTableModel::removeSuggestion(int row)
{
    if (m_shows != Shows::Suggestions || row < 0 || row >= m_findings.suggestions.size())
        return;
    beginRemoveRows({}, row, row);
    m_findings.suggestions.removeAt(row);
    endRemoveRows();
}

int EntityTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_shows == Shows::Entities ? m_findings.gazetteer.size() : m_findings.suggestions.size());
}

int EntityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    QString name;
    QString category;
    qsizetype mentions = 0;
    qsizetype documents = 0;
    if (m_shows == Shows::Entities) {
        const Entity &entity = m_findings.gazetteer.at(index.row());
        name = entity.name;
        category = entity.category;
        if (index.row() < m_findings.index.entityCount()) {
            mentions = m_findings.index.entity(index.row()).mentionCount;
            documents = m_findings.index.entity(index.row()).documents.size();
        }
    } else {
        const EntitySuggestion &suggestion = m_findings.suggestions.at(index.row());
        name = suggestion.text;
        category = suggestion.category;
        mentions = suggestion.mentionCount;
        documents = suggestion.documentCount;
    }
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return name;
        case CategoryColumn:
            return category;
        case MentionsColumn:
            return qlonglong(mentions);
        case DocumentsColumn:
            return qlonglong(documents);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (m_shows == Shows::Entities && !m_findings.gazetteer.at(index.row()).aliases.isEmpty())
            return tr("Also: %1").arg(m_findings.gazetteer.at(index.row()).aliases.join(u", "));
        return {};
    case CategoryRole:
        return category;
    case RowRole:
        return index.row();
    default:
        return {};
    }
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return m_shows == Shows::Entities ? tr("Entity") : tr("Candidate");
    case CategoryColumn:
        return m_shows == Shows::Entities ? tr("Category") : tr("Proposed");
    case MentionsColumn:
        return tr("Mentions");
    case DocumentsColumn:
        return tr("Docs");
    default:
        return {};
    }
}

} // namespace Lectern::Models
