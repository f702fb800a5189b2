// SPDX-License-Identifier: GPL-3.0-or-later
#include "storetransaction.h"

#include "storesql.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {
Q_LOGGING_CATEGORY(lcTransaction, "lectern.models.store", QtInfoMsg)
} // namespace

StoreTransaction::StoreTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
}

StoreTransaction::~StoreTransaction()
{
    if (!m_open)
        return;
    bool rolledBack = false;
    if (StoreSql::isSqlite(m_db)) {
        QSqlQuery query(m_db);
        rolledBack = query.exec(u"ROLLBACK"_s);
    } else {
        rolledBack = m_db.rollback();
    }
    if (!rolledBack)
        qCWarning(lcTransaction) << "could not roll back" << m_whatFor << m_db.lastError().text();
}

std::optional<StoreError> StoreTransaction::begin(const QString &whatFor)
{
    m_whatFor = whatFor;
    if (StoreSql::isSqlite(m_db)) {
        QSqlQuery query(m_db);
        if (!query.exec(u"BEGIN IMMEDIATE"_s))
            return StoreSql::errorFrom(query.lastError(), whatFor);
    } else if (!m_db.transaction()) {
        return StoreSql::errorFrom(m_db.lastError(), whatFor);
    }
    m_open = true;
    return std::nullopt;
}

std::optional<StoreError> StoreTransaction::commit()
{
    if (StoreSql::isSqlite(m_db)) {
        QSqlQuery query(m_db);
        if (!query.exec(u"COMMIT"_s))
            return StoreSql::errorFrom(query.lastError(), m_whatFor);
    } else if (!m_db.commit()) {
        return StoreSql::errorFrom(m_db.lastError(), m_whatFor);
    }
    m_open = false;
    return std::nullopt;
}

} // namespace Lectern::Models
