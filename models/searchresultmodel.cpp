// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultmodel.h"

namespace Lectern::Models {

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SearchResultModel::reset(const QStringList &titles)
{
    beginResetModel();
    m_titles = titles;
    m_hits.clear();
    m_documents.clear();
    endResetModel();
}

void SearchResultModel::append(const QList<SearchHit> &hits)
{
    if (hits.isEmpty())
        return;
    const int first = int(m_hits.size());
    beginInsertRows({}, first, first + int(hits.size()) - 1);
    m_hits.append(hits);
    for (const SearchHit &hit : hits)
        m_documents.insert(hit.row);
    endInsertRows();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DocumentColumn:
            return m_titles.value(hit.row);
        case LineColumn:
            return hit.line;
        case ContextColumn:
            return QString(hit.context).replace(QChar(0x00A0), u' ');
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return hit.context;
    case RowRole:
        return hit.row;
    case StartRole:
        return hit.start;
    case EndRole:
        return hit.end;
    case ContextStartRole:
        return hit.contextStart;
    default:
        return {};
    }
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DocumentColumn:
        return tr("Document");
    case LineColumn:
        return tr("Line");
    case ContextColumn:
        return tr("Context");
    default:
        return {};
    }
}

} // namespace Lectern::Models
