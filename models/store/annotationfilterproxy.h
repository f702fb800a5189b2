// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QSortFilterProxyModel>

#include <functional>
#include <optional>

namespace Lectern::Models {

class AnnotationListModel;

/// Filters and sorts the notes panel: by document, label (with its
/// sub-labels), tag, claim status, orphaned state, free text (quote, note,
/// tags, label, document), and any predicate the caller sets (the entity
/// filter). Every filter must hold for a row to show. The source must be an
/// AnnotationListModel.
class AnnotationFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationFilterProxy)

public:
    using Predicate = std::function<bool(const Annotation &)>;

    explicit AnnotationFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    void setDocumentId(const QString &documentId);
    /// Shows annotations labelled @p codeId or any code below it; empty: all.
    void setCodeId(const QString &codeId);
    void setTag(const QString &tag);
    void setClaimStatus(std::optional<ClaimStatus> status);
    void setOrphanedOnly(bool orphanedOnly);
    /// Words that must all appear (case-insensitive) in the quote, note, tags, label or document.
    void setFilterText(const QString &text);
    /// An extra test, e.g. "mentions this entity"; empty clears it. Call
    /// invalidatePredicate() when what it answers changes.
    void setPredicate(Predicate predicate);
    void invalidatePredicate();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    AnnotationListModel *m_source = nullptr;
    QString m_documentId;
    QString m_codeId;
    QStringList m_codeSubtree;
    QString m_tag;
    std::optional<ClaimStatus> m_status;
    bool m_orphanedOnly = false;
    QStringList m_words;
    Predicate m_predicate;
};

} // namespace Lectern::Models
