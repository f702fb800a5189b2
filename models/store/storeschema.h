// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeresult.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Lectern::Models {

/// The store's tables and their migrations. One schema for SQLite and
/// PostgreSQL (types both understand, times as milliseconds since the epoch,
/// flags as 0/1 integers). The version is the highest row of lectern_schema.
class StoreSchema final
{
public:
    StoreSchema() = delete;

    static constexpr int CurrentVersion = 2;

    /// What an existing database holds, read without writing anything.
    struct Inspection {
        int version = 0;            ///< 0: no Lectern tables yet
        bool hasForeignTables = false; ///< tables, but no lectern_schema: someone else's database
        QStringList missingTables;  ///< tables the version promises that are not there
    };

    /// The tables a database at CurrentVersion has.
    [[nodiscard]] static QStringList tableNames();
    [[nodiscard]] static StoreResult<Inspection> inspect(const QSqlDatabase &db);
    /// Brings the database to CurrentVersion in one transaction (re-reading
    /// the version inside it, so two programs opening at once migrate once).
    [[nodiscard]] static StoreStatus migrate(const QSqlDatabase &db);
};

} // namespace Lectern::Models
