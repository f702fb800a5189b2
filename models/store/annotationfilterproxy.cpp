// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationfilterproxy.h"

#include "annotationlistmodel.h"
#include "annotationroles.h"
#include "annotationworkspace.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {
Q_LOGGING_CATEGORY(lcFilter, "lectern.models.store", QtInfoMsg)
} // namespace

AnnotationFilterProxy::AnnotationFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AnnotationSortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void AnnotationFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_source = qobject_cast<AnnotationListModel *>(model);
    if (model && !m_source)
        qCWarning(lcFilter) << "AnnotationFilterProxy needs an AnnotationListModel; filters are off";
    QSortFilterProxyModel::setSourceModel(model);
    if (m_source && m_source->workspace()) {
        // A changed codebook can change which codes lie under the filtered one.
        connect(m_source->workspace(), &AnnotationWorkspace::codeChanged, this, [this] {
            if (!m_codeId.isEmpty())
                setCodeId(QString(m_codeId));
        });
    }
}

void AnnotationFilterProxy::refilter()
{
    invalidateRowsFilter();
}

void AnnotationFilterProxy::setDocumentId(const QString &documentId)
{
    if (m_documentId == documentId)
        return;
    m_documentId = documentId;
    refilter();
}

void AnnotationFilterProxy::setCodeId(const QString &codeId)
{
    m_codeId = codeId;
    m_codeSubtree = codeId.isEmpty() || !m_source || !m_source->workspace() ? QStringList{codeId}
                                                                            : m_source->workspace()->codeSubtree(codeId);
    refilter();
}

void AnnotationFilterProxy::setTag(const QString &tag)
{
    if (m_tag == tag)
        return;
    m_tag = tag;
    refilter();
}

void AnnotationFilterProxy::setClaimStatus(std::optional<ClaimStatus> status)
{
    if (m_status == status)
        return;
    m_status = status;
    refilter();
}

void AnnotationFilterProxy::setOrphanedOnly(bool orphanedOnly)
{
    if (m_orphanedOnly == orphanedOnly)
        return;
    m_orphanedOnly = orphanedOnly;
    refilter();
}

void AnnotationFilterProxy::setFilterText(const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    refilter();
}

void AnnotationFilterProxy::setPredicate(Predicate predicate)
{
    m_predicate = std::move(predicate);
    refilter();
}

void AnnotationFilterProxy::invalidatePredicate()
{
    refilter();
}

bool AnnotationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_source || sourceParent.isValid())
        return true;
    const Annotation &a = m_source->annotationAt(sourceRow);
    if (!m_documentId.isEmpty() && a.documentId != m_documentId)
        return false;
    if (!m_codeId.isEmpty() && !m_codeSubtree.contains(a.codeId))
        return false;
    if (!m_tag.isEmpty() && !a.tags.contains(m_tag, Qt::CaseInsensitive))
        return false;
    if (m_status && a.claimStatus != *m_status)
        return false;
    if (m_orphanedOnly && !a.orphaned)
        return false;
    for (const QString &word : m_words) {
        if (a.quote.contains(word, Qt::CaseInsensitive) || a.note.contains(word, Qt::CaseInsensitive)
            || a.documentId.contains(word, Qt::CaseInsensitive))
            continue;
        bool inTags = false;
        for (const QString &tag : a.tags)
            inTags = inTags || tag.contains(word, Qt::CaseInsensitive);
        if (inTags || m_source->codeName(a.codeId).contains(word, Qt::CaseInsensitive))
            continue;
        return false;
    }
    return !m_predicate || m_predicate(a);
}

} // namespace Lectern::Models
