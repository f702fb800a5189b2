// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentfilterproxy.h"

#include "documententry.h"
#include "documentroles.h"

namespace Lectern::Models {

DocumentFilterProxy::DocumentFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DocumentSortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void DocumentFilterProxy::setFilterText(const QString &text)
{
    if (m_text == text.trimmed())
        return;
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void DocumentFilterProxy::setProblemsOnly(bool problemsOnly)
{
    if (m_problemsOnly == problemsOnly)
        return;
    m_problemsOnly = problemsOnly;
    invalidateRowsFilter();
}

bool DocumentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_problemsOnly) {
        const auto status = DocumentStatus(index.data(DocumentStatusRole).toInt());
        if (status != DocumentStatus::Warning && status != DocumentStatus::Error)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (const int role : {DocumentIdRole, DocumentTitleRole, DocumentPathRole}) {
        if (index.data(role).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Lectern::Models
