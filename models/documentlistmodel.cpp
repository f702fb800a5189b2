// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentlistmodel.h"

#include "documentroles.h"

#include <QLocale>

#include <algorithm>

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
    m_extra = QList<Annotations>(bundle.documents.size());
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

void DocumentListModel::setNotes(int row, const QString &notes, const QString &details)
{
    if (row < 0 || row >= m_extra.size() || (m_extra.at(row).notes == notes && m_extra.at(row).details == details))
        return;
    m_extra[row].notes = notes;
    m_extra[row].details = details;
    Q_EMIT dataChanged(index(row, NotesColumn), index(row, NotesColumn));
}

void DocumentListModel::setHeadline(int row, const QString &headline)
{
    if (row < 0 || row >= m_extra.size() || m_extra.at(row).headline == headline)
        return;
    m_extra[row].headline = headline;
    if (m_bundle.documents.at(row).title.isEmpty())
        Q_EMIT dataChanged(index(row, TitleColumn), index(row, TitleColumn));
}

QString DocumentListModel::titleOf(int row) const
{
    if (row < 0 || row >= m_bundle.documents.size())
        return {};
    const DocumentEntry &e = m_bundle.documents.at(row);
    if (!e.title.isEmpty())
        return e.title;
    const QString &headline = m_extra.value(row).headline;
    return headline.isEmpty() ? e.id : headline;
}

bool DocumentListModel::hasProblems() const
{
    return std::ranges::any_of(m_bundle.documents, [](const DocumentEntry &e) {
        return e.status == DocumentStatus::Warning || e.status == DocumentStatus::Error;
    });
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
            return titleOf(index.row());
        case IdColumn:
            return e.id;
        case SizeColumn:
            return e.size < 0 ? QString() : QLocale().formattedDataSize(e.size, 0, QLocale::DataSizeTraditionalFormat);
        case StatusColumn:
            return e.status == DocumentStatus::Ok ? QString() : statusDisplayName(e.status);
        case NotesColumn:
            return m_extra.value(index.row()).notes;
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        // The full title (the list elides it), then where the document is.
        QString tip = titleOf(index.row());
        if (tip != e.id)
            tip += u'\n' + tr("Id: %1").arg(e.id);
        tip += u'\n' + e.declaredPath;
        if (!e.url.isEmpty())
            tip += u'\n' + e.url;
        if (!e.statusMessage.isEmpty())
            tip += u'\n' + e.statusMessage;
        const Annotations &extra = m_extra.value(index.row());
        if (!extra.details.isEmpty() || !extra.notes.isEmpty())
            tip += u'\n' + (extra.details.isEmpty() ? extra.notes : extra.details);
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
            return m_extra.value(index.row()).notes;
        default:
            return titleOf(index.row());
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
