// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundle.h"
#include "documentreader.h"

#include <QAbstractTableModel>

namespace Lectern::Models {

/// The documents of the open bundle, one row each, with their check status.
class DocumentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentListModel)

public:
    enum Column { TitleColumn, IdColumn, SizeColumn, StatusColumn, NotesColumn, ColumnCount };

    explicit DocumentListModel(QObject *parent = nullptr);

    /// Shows a newly opened bundle (a reset: every row is new).
    void setBundle(const Bundle &bundle);
    void clear();
    /// Applies a batch of on-disk checks, signalling only the rows that changed.
    void applyChecks(const QList<DocumentCheck> &checks);

    /// Sets the short notes segmentation has for a document ("copy (96%),
    /// + another article, 30% boilerplate"), shown in the Notes column, and
    /// the same said in full for its tooltip.
    void setNotes(int row, const QString &notes, const QString &details = {});
    /// The headline the segmenter found: the list's title for a document
    /// the index gives no title (else it would show the bare id).
    void setHeadline(int row, const QString &headline);
    /// The title the list shows: the index's, else the headline, else the id.
    [[nodiscard]] QString titleOf(int row) const;
    /// Whether any document has a status worth a column (a warning or error).
    [[nodiscard]] bool hasProblems() const;

    [[nodiscard]] const Bundle &bundle() const { return m_bundle; }
    [[nodiscard]] const DocumentEntry &entry(int row) const { return m_bundle.documents.at(row); }
    [[nodiscard]] int rowOfId(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Bundle m_bundle;
    struct Annotations {
        QString notes;
        QString details;
        QString headline;
    };
    QList<Annotations> m_extra; // per row
};

} // namespace Lectern::Models
