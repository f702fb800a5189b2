// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace Lectern::Models {

class AnnotationWorkspace;

/// Every annotation of the open bundle, one row each, for the notes panel.
/// Follows the workspace's signals with row-precise inserts, removals and
/// changes; only opening a store resets it.
class AnnotationListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationListModel)

public:
    enum Column { DocumentColumn, ExcerptColumn, LabelColumn, StatusColumn, TagsColumn, AuthorColumn, ModifiedColumn, ColumnCount };

    explicit AnnotationListModel(AnnotationWorkspace *workspace, QObject *parent = nullptr);

    [[nodiscard]] AnnotationWorkspace *workspace() const { return m_workspace; }
    /// The annotation shown in @p row (no bounds check beyond an assertion).
    [[nodiscard]] const Annotation &annotationAt(int row) const;
    [[nodiscard]] int rowOfId(const QString &id) const { return m_rowOf.value(id, -1); }
    /// The label's name for @p codeId ("" for none), as the Label column shows it.
    [[nodiscard]] QString codeName(const QString &codeId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void reset();
    void onAdded(const QString &id);
    void onChanged(const QString &id);
    void onRemoved(const QString &id);
    void onCodeChanged(const QString &codeId);
    void onLinksChanged(const QString &claimId, const QString &evidenceId);
    void rowChanged(int row);

    QPointer<AnnotationWorkspace> m_workspace;
    QStringList m_ids;
    QHash<QString, int> m_rowOf;
};

} // namespace Lectern::Models
