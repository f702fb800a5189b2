// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentsegmentation.h"

#include <QAbstractListModel>

namespace Lectern::Models {

/// The outline of the open document: one row per passage (blank lines left
/// out) with its kind, article and first words; selecting a row takes the
/// reader there.
class SegmentOutlineModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentOutlineModel)

public:
    enum Role { StartRole = Qt::UserRole + 1, EndRole, KindRole, ArticleRole, ReasonRole };

    explicit SegmentOutlineModel(QObject *parent = nullptr);

    void setDocument(const DocumentSegmentation &segmentation, const QString &text);
    void clear();
    /// The row of the passage holding UTF-16 position `position`, or -1.
    [[nodiscard]] int rowAt(qsizetype position) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Segment segment;
        QString excerpt;
    };
    QList<Row> m_rows;
};

} // namespace Lectern::Models
