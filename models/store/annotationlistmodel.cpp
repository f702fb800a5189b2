// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationlistmodel.h"

#include "annotationroles.h"
#include "annotationworkspace.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {
Q_LOGGING_CATEGORY(lcListModel, "lectern.models.store", QtInfoMsg)

constexpr qsizetype ExcerptLength = 120;

QString excerpt(const QString &quote)
{
    QString simplified = quote.simplified();
    if (simplified.size() > ExcerptLength)
        simplified = simplified.left(ExcerptLength - 1) + u'…';
    return simplified;
}

QString statusText(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::None:
        return {};
    case ClaimStatus::Unverified:
        return AnnotationListModel::tr("unverified");
    case ClaimStatus::Supported:
        return AnnotationListModel::tr("supported");
    case ClaimStatus::Disputed:
        return AnnotationListModel::tr("disputed");
    case ClaimStatus::Refuted:
        return AnnotationListModel::tr("refuted");
    }
    return {};
}
} // namespace

AnnotationListModel::AnnotationListModel(AnnotationWorkspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(workspace, &AnnotationWorkspace::annotationsReset, this, &AnnotationListModel::reset);
    connect(workspace, &AnnotationWorkspace::annotationAdded, this, &AnnotationListModel::onAdded);
    connect(workspace, &AnnotationWorkspace::annotationChanged, this, &AnnotationListModel::onChanged);
    connect(workspace, &AnnotationWorkspace::annotationRemoved, this, &AnnotationListModel::onRemoved);
    connect(workspace, &AnnotationWorkspace::codeChanged, this, &AnnotationListModel::onCodeChanged);
    connect(workspace, &AnnotationWorkspace::evidenceLinked, this, &AnnotationListModel::onLinksChanged);
    connect(workspace, &AnnotationWorkspace::evidenceUnlinked, this, &AnnotationListModel::onLinksChanged);
    reset();
}

void AnnotationListModel::reset()
{
    beginResetModel();
    m_ids = m_workspace ? m_workspace->annotationIds() : QStringList();
    m_rowOf.clear();
    m_rowOf.reserve(m_ids.size());
    for (int row = 0; row < m_ids.size(); ++row)
        m_rowOf.insert(m_ids.at(row), row);
    endResetModel();
}

void AnnotationListModel::onAdded(const QString &id)
{
    if (m_rowOf.contains(id))
        return;
    const int row = int(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids.append(id);
    m_rowOf.insert(id, row);
    endInsertRows();
}

void AnnotationListModel::onChanged(const QString &id)
{
    rowChanged(rowOfId(id));
}

void AnnotationListModel::onRemoved(const QString &id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    m_rowOf.remove(id);
    for (int later = row; later < m_ids.size(); ++later)
        m_rowOf[m_ids.at(later)] = later;
    endRemoveRows();
}

void AnnotationListModel::onCodeChanged(const QString &codeId)
{
    // Contiguous runs of rows with this label, each signalled once.
    int runStart = -1;
    for (int row = 0; row <= m_ids.size(); ++row) {
        const bool match = row < m_ids.size() && annotationAt(row).codeId == codeId;
        if (match && runStart < 0)
            runStart = row;
        if (!match && runStart >= 0) {
            Q_EMIT dataChanged(index(runStart, LabelColumn), index(row - 1, LabelColumn));
            runStart = -1;
        }
    }
}

void AnnotationListModel::onLinksChanged(const QString &claimId, const QString &evidenceId)
{
    for (const QString &id : {claimId, evidenceId}) {
        const int row = rowOfId(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {AnnotationEvidenceCountRole});
    }
}

void AnnotationListModel::rowChanged(int row)
{
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const Annotation &AnnotationListModel::annotationAt(int row) const
{
    const Annotation *a = m_workspace->findAnnotation(m_ids.at(row));
    Q_ASSERT(a);
    return *a;
}

QString AnnotationListModel::codeName(const QString &codeId) const
{
    if (codeId.isEmpty() || !m_workspace)
        return {};
    const Code *code = m_workspace->findCode(codeId);
    return code ? code->name : codeId;
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int AnnotationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_workspace)
        return {};
    const Annotation *found = m_workspace->findAnnotation(m_ids.at(index.row()));
    if (!found) {
        qCWarning(lcListModel) << "row" << index.row() << "has no annotation";
        return {};
    }
    const Annotation &a = *found;
    switch (role) {
    case Qt::DisplayRole:
    case AnnotationSortRole:
        switch (index.column()) {
        case DocumentColumn:
            return a.documentId;
        case ExcerptColumn:
            if (role == AnnotationSortRole)
                return a.quote;
            return a.orphaned ? tr("\u26A0 not found: %1").arg(excerpt(a.quote)) : excerpt(a.quote);
        case LabelColumn:
            return codeName(a.codeId);
        case StatusColumn:
            return role == AnnotationSortRole ? QVariant(int(a.claimStatus)) : QVariant(statusText(a.claimStatus));
        case TagsColumn:
            return a.tags.join(u", "_s);
        case AuthorColumn:
            return a.author;
        case ModifiedColumn:
            return role == AnnotationSortRole ? QVariant(a.modified)
                                              : QVariant(QLocale().toString(a.modified.toLocalTime(), QLocale::ShortFormat));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ExcerptColumn && a.orphaned)
            return tr("This passage is no longer in the document's text. Select where it went in the reader and "
                      "choose \u201CRe-attach to Selection\u201D, or delete the annotation.\n\n%1").arg(a.quote);
        if (index.column() == ExcerptColumn)
            return a.note.isEmpty() ? a.quote : a.quote + u"\n\n"_s + a.note;
        return {};
    case Qt::FontRole:
        if (a.orphaned) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == LabelColumn) {
            const Code *code = m_workspace->findCode(a.codeId);
            return code ? QVariant(QColor::fromString(code->colour)) : QVariant();
        }
        return {};
    case AnnotationIdRole:
        return a.id;
    case AnnotationDocumentIdRole:
        return a.documentId;
    case AnnotationStartRole:
        return qint64(a.start);
    case AnnotationEndRole:
        return qint64(a.end);
    case AnnotationQuoteRole:
        return a.quote;
    case AnnotationNoteRole:
        return a.note;
    case AnnotationCodeIdRole:
        return a.codeId;
    case AnnotationCodeColourRole: {
        const Code *code = m_workspace->findCode(a.codeId);
        return code ? QColor::fromString(code->colour) : QColor();
    }
    case AnnotationTagsRole:
        return a.tags;
    case AnnotationClaimStatusRole:
        return int(a.claimStatus);
    case AnnotationAuthorRole:
        return a.author;
    case AnnotationModifiedRole:
        return a.modified;
    case AnnotationOrphanedRole:
        return a.orphaned;
    case AnnotationEvidenceCountRole:
        return int(m_workspace->evidenceFor(a.id).size());
    default:
        return {};
    }
}

QVariant AnnotationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DocumentColumn:
        return tr("Document");
    case ExcerptColumn:
        return tr("Excerpt");
    case LabelColumn:
        return tr("Label");
    case StatusColumn:
        return tr("Status");
    case TagsColumn:
        return tr("Tags");
    case AuthorColumn:
        return tr("Author");
    case ModifiedColumn:
        return tr("Modified");
    default:
        return {};
    }
}

QHash<int, QByteArray> AnnotationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(AnnotationIdRole, "annotationId");
    names.insert(AnnotationDocumentIdRole, "documentId");
    names.insert(AnnotationStartRole, "start");
    names.insert(AnnotationEndRole, "end");
    names.insert(AnnotationQuoteRole, "quote");
    names.insert(AnnotationNoteRole, "note");
    names.insert(AnnotationCodeIdRole, "codeId");
    names.insert(AnnotationCodeColourRole, "codeColour");
    names.insert(AnnotationTagsRole, "tags");
    names.insert(AnnotationClaimStatusRole, "claimStatus");
    names.insert(AnnotationAuthorRole, "author");
    names.insert(AnnotationModifiedRole, "modified");
    names.insert(AnnotationOrphanedRole, "orphaned");
    names.insert(AnnotationEvidenceCountRole, "evidenceCount");
    return names;
}

} // namespace Lectern::Models
