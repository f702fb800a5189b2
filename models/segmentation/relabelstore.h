// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relabeloverride.h"

#include <QList>

namespace Lectern::Models {

/// Where a bundle's relabels are kept. MemoryRelabelStore holds them for the
/// session; the persistent store arrives with the annotations issue.
class RelabelStore
{
public:
    virtual ~RelabelStore() = default;

    /// The overrides of one document, in the order they were set.
    [[nodiscard]] virtual QList<RelabelOverride> overrides(const QString &documentId) const = 0;
    /// Adds or replaces the override at (documentId, start).
    virtual void setOverride(const RelabelOverride &change) = 0;
    /// Removes the override at (documentId, start); false when there was none.
    virtual bool removeOverride(const QString &documentId, qsizetype start) = 0;

protected:
    RelabelStore() = default;
    RelabelStore(const RelabelStore &) = default;
    RelabelStore &operator=(const RelabelStore &) = default;
};

} // namespace Lectern::Models
