// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosticlistmodel.h"

#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

DiagnosticListModel::DiagnosticListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DiagnosticListModel::append(const Diagnostics &diagnostics)
{
    if (diagnostics.isEmpty())
        return;
    const int first = int(m_items.size());
    beginInsertRows({}, first, first + int(diagnostics.size()) - 1);
    m_items.append(diagnostics);
    endInsertRows();
}

void DiagnosticListModel::clear()
{
    if (m_items.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_items.size()) - 1);
    m_items.clear();
    endRemoveRows();
}

int DiagnosticListModel::count(Severity severity) const
{
    return int(std::ranges::count_if(m_items, [severity](const Diagnostic &d) { return d.severity == severity; }));
}

int DiagnosticListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DiagnosticListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic &d = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityDisplayName(d.severity);
        case LocationColumn: {
            QString where = QFileInfo(d.file).fileName();
            if (d.line > 0)
                where += u':' + QString::number(d.line);
            if (d.column > 0)
                where += u':' + QString::number(d.column);
            return where;
        }
        case MessageColumn:
            return d.message;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return d.toString();
    case SeverityRole:
        return int(d.severity);
    case FileRole:
        return d.file;
    case LineRole:
        return d.line;
    case ColumnRole:
        return d.column;
    default:
        return {};
    }
}

QVariant DiagnosticListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case LocationColumn:
        return tr("Where");
    case MessageColumn:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace Lectern::Models
