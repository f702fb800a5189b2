// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"

#include <QSqlDatabase>

#include <optional>

namespace Lectern::Models {

/// One write transaction, rolled back unless commit() succeeded. On SQLite it
/// starts with BEGIN IMMEDIATE, so a second writer waits (busy_timeout) at
/// the start instead of failing half-way through.
class StoreTransaction final
{
    Q_DISABLE_COPY_MOVE(StoreTransaction)

public:
    explicit StoreTransaction(QSqlDatabase db);
    ~StoreTransaction();

    [[nodiscard]] std::optional<StoreError> begin(const QString &whatFor);
    [[nodiscard]] std::optional<StoreError> commit();

private:
    QSqlDatabase m_db;
    QString m_whatFor;
    bool m_open = false;
};

} // namespace Lectern::Models
