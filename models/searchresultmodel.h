// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundlesearch.h"

#include <QAbstractTableModel>

namespace Lectern::Models {

/// The hits of a bundle-wide search: document, line, and the line's text
/// around the hit. Rows are appended as the search finds them.
class SearchResultModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultModel)

public:
    enum Column { DocumentColumn, LineColumn, ContextColumn, ColumnCount };
    enum Role { RowRole = Qt::UserRole + 1, StartRole, EndRole, ContextStartRole };

    explicit SearchResultModel(QObject *parent = nullptr);

    /// Starts over for a new search; `titles` names the bundle's documents by row.
    void reset(const QStringList &titles);
    void append(const QList<SearchHit> &hits);
    [[nodiscard]] int documentCount() const { return int(m_documents.size()); }
    [[nodiscard]] const SearchHit &hit(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_titles;
    QList<SearchHit> m_hits;
    QSet<int> m_documents;
};

} // namespace Lectern::Models
