// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentreader.h"

#include <QCache>
#include <QMutex>

namespace Lectern::Models {

/// Document texts read on demand and kept within a memory budget (least
/// recently used go first), so memory follows what the user opens, not the
/// size of the bundle. Safe to use from several threads.
class DocumentTextCache final
{
public:
    static constexpr qint64 DefaultBudgetBytes = 128LL * 1024 * 1024;

    explicit DocumentTextCache(qint64 budgetBytes = DefaultBudgetBytes);
    Q_DISABLE_COPY_MOVE(DocumentTextCache)

    [[nodiscard]] DocumentText text(const DocumentEntry &entry, const QString &rootDir, const LoadOptions &options);

    [[nodiscard]] qint64 usedBytes() const;
    [[nodiscard]] int count() const;
    void clear();

private:
    mutable QMutex m_mutex;
    QCache<QString, DocumentText> m_cache; // cost: bytes of UTF-16 text
};

} // namespace Lectern::Models
