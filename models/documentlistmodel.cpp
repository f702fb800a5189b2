// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentlistmodel.h"

#include "documentroles.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

DocumentListModel::DocumentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DocumentListModel::setBundle(const Bundle &bundle)
{
    beginResetModel();
    m_bundle = bundle;
    m_notes = QList<QString>(bundle.documents.size());
    endResetModel();
}

void DocumentListModel::clear()
{
    setBundle({});
}

void DocumentListModel::applyChecks(const QList<DocumentCheck> &checks)
{
    int runStart = -1;
    int runEnd = -1;
    auto flush = [&] {
        if (runStart >= 0)
            Q_EMIT dataChanged(index(runStart, 0), index(runEnd, ColumnCount - 1));
        runStart = runEnd = -1;
    };
    for (const DocumentCheck &check : checks) {
        if (check.row < 0 || check.row >= m_bundle.documents.size())
            continue;
        DocumentEntry &entry = m_bundle.documents[check.row];
        entry.status = check.status;
        entry.size = check.size;
        entry.statusMessage = check.message;
        if (check.row != runEnd + 1)
            flush();
        if (runStart < 0)
            runStart = check.row;
        runEnd = check.row;
    }
    flush();
}

void DocumentListModel::setNotes(int row, const QString &notes)
{
    if (row < 0 || row >= m_notes.size() || m_notes.at(row) == notes)
        return;
    m_notes[row] = notes;
    Q_EMIT dataChanged(index(row, NotesColumn), index(row, NotesColumn));
}

int DocumentListModel::rowOfId(const QString &id) const
{
    return m_bundle.indexOfId(id);
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bundle.documents.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DocumentEntry &e = m_bundle.documents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return e.displayTitle();
        case IdColumn:
            return e.id;
        case SizeColumn:
            return e.size < 0 ? QString() : QLocale().formattedDataSize(e.size, 0, QLocale::DataSizeTraditionalFormat);
        case StatusColumn:
            return e.status == DocumentStatus::Ok ? QString() : statusName(e.status);
        case NotesColumn:
            return m_notes.value(index.row());
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QString tip = e.declaredPath;
        if (!e.url.isEmpty())
            tip += u'\n' + e.url;
        if (!e.statusMessage.isEmpty())
            tip += u'\n' + e.statusMessage;
        if (!m_notes.value(index.row()).isEmpty())
            tip += u'\n' + m_notes.value(index.row());
        return tip;
    }
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case DocumentIdRole:
        return e.id;
    case DocumentTitleRole:
        return e.title;
    case DocumentPathRole:
        return e.path;
    case DocumentSizeRole:
        return e.size;
    case DocumentStatusRole:
        return int(e.status);
    case DocumentStatusMessageRole:
        return e.statusMessage;
    case DocumentUrlRole:
        return e.url;
    case DocumentFormatRole:
        return int(e.format);
    case DocumentSortRole:
        switch (index.column()) {
        case SizeColumn:
            return e.size;
        case StatusColumn:
            return int(e.status);
        case IdColumn:
            return e.id;
        case NotesColumn:
            return m_notes.value(index.row());
        default:
            return e.displayTitle();
        }
    default:
        return {};
    }
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Document");
    case IdColumn:
        return tr("Id");
    case SizeColumn:
        return tr("Size");
    case StatusColumn:
        return tr("Status");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

QHash<int, QByteArray> DocumentListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(DocumentIdRole, "documentId");
    names.insert(DocumentTitleRole, "title");
    names.insert(DocumentPathRole, "path");
    names.insert(DocumentSizeRole, "size");
    names.insert(DocumentStatusRole, "status");
    names.insert(DocumentStatusMessageRole, "statusMessage");
    names.insert(DocumentUrlRole, "url");
    names.insert(DocumentFormatRole, "format");
    return names;
}

} // namespace Lectern::Models
