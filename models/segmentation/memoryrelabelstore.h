// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relabelstore.h"

#include <QHash>

namespace Lectern::Models {

/// Relabels kept in memory for as long as the bundle is open.
class MemoryRelabelStore final : public RelabelStore
{
public:
    [[nodiscard]] QList<RelabelOverride> overrides(const QString &documentId) const override;
    void setOverride(const RelabelOverride &change) override;
    bool removeOverride(const QString &documentId, qsizetype start) override;

private:
    QHash<QString, QList<RelabelOverride>> m_overrides;
};

} // namespace Lectern::Models
