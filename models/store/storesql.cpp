// SPDX-License-Identifier: GPL-3.0-or-later
#include "storesql.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's messages.
class StoreText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::AnnotationStore)
};

Q_LOGGING_CATEGORY(lcSql, "lectern.models.store", QtInfoMsg)

// SQLite's primary result codes (the low byte of an extended code).
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteConstraint = 19;
constexpr int SqliteNotADb = 26;
} // namespace

bool StoreSql::isSqlite(const QSqlDatabase &db)
{
    return db.driverName() == u"QSQLITE"_s;
}

std::optional<StoreError> StoreSql::run(QSqlQuery &query, const QString &sql, const QVariantList &values,
                                        const QString &whatFailed)
{
    if (values.isEmpty()) {
        // Schema statements and pragmas take no values, and PostgreSQL cannot PREPARE DDL.
        if (!query.exec(sql))
            return errorFrom(query.lastError(), whatFailed);
        return std::nullopt;
    }
    if (!query.prepare(sql))
        return errorFrom(query.lastError(), whatFailed);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return errorFrom(query.lastError(), whatFailed);
    return std::nullopt;
}

StoreError StoreSql::errorFrom(const QSqlError &error, const QString &whatFailed)
{
    const QString code = error.nativeErrorCode();
    const QString detail = error.text();
    qCWarning(lcSql) << whatFailed << "failed:" << code << detail;
    bool numeric = false;
    const int sqliteCode = code.toInt(&numeric) & 0xff;
    using Kind = StoreError::Kind;
    if (numeric && (sqliteCode == SqliteBusy || sqliteCode == SqliteLocked))
        return StoreError::make(Kind::Busy,
            StoreText::tr("%1: another program (perhaps a second Lectern) kept the annotation database busy "
                          "for longer than Lectern waits. Nothing was saved; try again in a moment.")
                .arg(whatFailed),
            detail);
    if (numeric && sqliteCode == SqliteReadOnly)
        return StoreError::make(Kind::ReadOnly,
            StoreText::tr("%1: the annotation database cannot be written here. Nothing was saved.").arg(whatFailed), detail);
    if (numeric && (sqliteCode == SqliteCorrupt || sqliteCode == SqliteNotADb))
        return StoreError::make(Kind::NotADatabase,
            StoreText::tr("%1: the annotation database is damaged or is not a database.").arg(whatFailed), detail);
    if (numeric && sqliteCode == SqliteFull)
        return StoreError::make(Kind::Failed, StoreText::tr("%1: the disk is full. Nothing was saved.").arg(whatFailed), detail);
    // PostgreSQL SQLSTATEs: 23xxx integrity, 40001 serialization, 25006 read-only transaction, 08xxx connection.
    if ((numeric && sqliteCode == SqliteConstraint) || code.startsWith(u"23"_s))
        return StoreError::make(Kind::InvalidInput,
            StoreText::tr("%1: it refers to a label or an annotation that does not exist, or it is already there.")
                .arg(whatFailed),
            detail);
    if (code == u"25006"_s)
        return StoreError::make(
            Kind::ReadOnly, StoreText::tr("%1: the server accepts no changes. Nothing was saved.").arg(whatFailed), detail);
    if (code.startsWith(u"08"_s) || error.type() == QSqlError::ConnectionError)
        return StoreError::make(Kind::Connection,
            StoreText::tr("%1: the connection to the annotation database was lost. Nothing was saved.").arg(whatFailed), detail);
    return StoreError::make(
        Kind::Failed, StoreText::tr("%1: the annotation database reported an error.").arg(whatFailed), detail);
}

QVariant StoreSql::text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

QVariant StoreSql::optionalText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QDateTime StoreSql::now()
{
    return fromMs(QDateTime::currentMSecsSinceEpoch());
}

} // namespace Lectern::Models
