// SPDX-License-Identifier: GPL-3.0-or-later
#include "memoryrelabelstore.h"

namespace Lectern::Models {

QList<RelabelOverride> MemoryRelabelStore::overrides(const QString &documentId) const
{
    return m_overrides.value(documentId);
}

void MemoryRelabelStore::setOverride(const RelabelOverride &change)
{
    QList<RelabelOverride> &list = m_overrides[change.documentId];
    for (RelabelOverride &existing : list) {
        if (existing.start == change.start) {
            existing = change;
            return;
        }
    }
    list.append(change);
}

bool MemoryRelabelStore::removeOverride(const QString &documentId, qsizetype start)
{
    const auto it = m_overrides.find(documentId);
    if (it == m_overrides.end())
        return false;
    const auto removed = it->removeIf([start](const RelabelOverride &o) { return o.start == start; });
    if (it->isEmpty())
        m_overrides.erase(it);
    return removed > 0;
}

} // namespace Lectern::Models
