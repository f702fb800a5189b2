// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <optional>

namespace Lectern::Models {

/// Statement helpers shared by the store's files: every statement is
/// prepared with bound values, and every failure becomes a StoreError whose
/// message says what the user was doing.
class StoreSql final
{
public:
    StoreSql() = delete;

    [[nodiscard]] static bool isSqlite(const QSqlDatabase &db);
    /// Prepares @p sql on @p query, binds @p values in order and runs it (a
    /// statement without values, such as DDL, is run directly).
    [[nodiscard]] static std::optional<StoreError> run(QSqlQuery &query, const QString &sql, const QVariantList &values,
                                                       const QString &whatFailed);
    /// Maps a driver error to the kind a user can act on (busy, read-only, missing row...).
    [[nodiscard]] static StoreError errorFrom(const QSqlError &error, const QString &whatFailed);

    /// A bindable NOT NULL text: never a null QString, which Qt binds as NULL.
    [[nodiscard]] static QVariant text(const QString &value);
    /// A bindable nullable text: empty binds as NULL.
    [[nodiscard]] static QVariant optionalText(const QString &value);
    [[nodiscard]] static qint64 toMs(const QDateTime &time) { return time.toMSecsSinceEpoch(); }
    [[nodiscard]] static QDateTime fromMs(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC); }
    /// Now, in UTC at millisecond precision (what the database keeps).
    [[nodiscard]] static QDateTime now();
};

} // namespace Lectern::Models
