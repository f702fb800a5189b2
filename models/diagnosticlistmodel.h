// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QAbstractTableModel>

namespace Lectern::Models {

/// Every diagnostic of the open bundle, in the order found. Rows are only
/// ever appended (or all cleared when another bundle opens).
class DiagnosticListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticListModel)

public:
    enum Column { SeverityColumn, LocationColumn, MessageColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, FileRole, LineRole, ColumnRole };

    explicit DiagnosticListModel(QObject *parent = nullptr);

    void append(const Diagnostics &diagnostics);
    void clear();
    [[nodiscard]] const Diagnostics &diagnostics() const { return m_items; }
    [[nodiscard]] int count(Severity severity) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Diagnostics m_items;
};

} // namespace Lectern::Models
