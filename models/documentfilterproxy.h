// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Lectern::Models {

/// Filters the document list by text (id, title, path) and, optionally, to
/// the documents that have a problem; sorts numbers as numbers.
class DocumentFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentFilterProxy)

public:
    explicit DocumentFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    void setProblemsOnly(bool problemsOnly);
    [[nodiscard]] bool problemsOnly() const { return m_problemsOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_problemsOnly = false;
};

} // namespace Lectern::Models
