// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationstore.h"

#include <QSqlDatabase>
#include <QString>

/// One fresh database per test case on the back end the case's data row
/// names ("sqlite" or "postgres"), so the same test code runs on both.
class TestDatabases final
{
    Q_DISABLE_COPY_MOVE(TestDatabases)

public:
    /// Adds the "backend" column and one row per back end.
    static void addBackendRows();
    /// The throwaway server's address from the fixture, or an empty host with @p why.
    static Lectern::Models::PostgresParameters postgresServer(QString *why);

    TestDatabases(const QString &backend, const QString &folder);
    ~TestDatabases();

    /// False when the back end cannot be used here; why() says why.
    [[nodiscard]] bool isReady() const { return m_ready; }
    [[nodiscard]] QString why() const { return m_why; }
    [[nodiscard]] bool isSqlite() const { return m_backend == QStringLiteral("sqlite"); }
    [[nodiscard]] QString sqlitePath() const { return m_sqlitePath; }
    /// Where this case's PostgreSQL database is (postgres back end only).
    [[nodiscard]] const Lectern::Models::PostgresParameters &postgresParameters() const { return m_postgres; }
    /// Opens (the first time: creates) this case's database.
    [[nodiscard]] Lectern::Models::StoreResult<std::unique_ptr<Lectern::Models::AnnotationStore>>
    open(const Lectern::Models::StoreOptions &options = {}) const;
    /// Runs raw SQL outside the store (to damage or age the database on purpose).
    [[nodiscard]] bool execRaw(const QString &sql) const;

private:
    QString m_backend;
    QString m_sqlitePath;
    Lectern::Models::PostgresParameters m_postgres;
    bool m_ready = false;
    QString m_why;
};
