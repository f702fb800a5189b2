// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabases.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {
std::atomic<int> databaseSerial{0};

QSqlDatabase adminConnection(const PostgresParameters &server, const QString &name, const QString &database)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(server.host);
    db.setPort(server.port);
    db.setUserName(server.user);
    db.setDatabaseName(database);
    return db;
}
} // namespace

void TestDatabases::addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgres") << u"postgres"_s;
}

PostgresParameters TestDatabases::postgresServer(QString *why)
{
    PostgresParameters server;
    server.host.clear();
    const QString file = qEnvironmentVariable("LECTERN_TEST_POSTGRES");
    if (file.isEmpty()) {
        *why = u"LECTERN_TEST_POSTGRES is not set: run this test through ctest, whose store_postgres fixture starts the server"_s;
        return server;
    }
    QFile connection(file);
    if (!connection.open(QIODevice::ReadOnly)) {
        *why = u"the PostgreSQL fixture wrote no %1; see the store_postgres_start test's output"_s.arg(file);
        return server;
    }
    const QStringList parts = QString::fromUtf8(connection.readAll()).split(u' ', Qt::SkipEmptyParts);
    if (parts.size() < 3) {
        *why = u"%1 is not \"host port user\""_s.arg(file);
        return server;
    }
    server.host = parts.at(0);
    server.port = parts.at(1).toInt();
    server.user = parts.at(2).trimmed();
    return server;
}

TestDatabases::TestDatabases(const QString &backend, const QString &folder)
    : m_backend(backend)
{
    const int serial = ++databaseSerial;
    if (isSqlite()) {
        m_sqlitePath = folder + u"/case-%1.lectern.sqlite"_s.arg(serial);
        m_ready = true;
        return;
    }
    m_postgres = postgresServer(&m_why);
    if (m_postgres.host.isEmpty())
        return;
    m_postgres.database = u"lectern_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(serial);
    const QString admin = u"test-admin-%1"_s.arg(serial);
    {
        QSqlDatabase db = adminConnection(m_postgres, admin, u"postgres"_s);
        if (!db.open()) {
            m_why = u"cannot reach the test PostgreSQL server: "_s + db.lastError().text();
        } else {
            QSqlQuery query(db);
            m_ready = query.exec(u"CREATE DATABASE "_s + m_postgres.database);
            if (!m_ready)
                m_why = query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(admin);
}

TestDatabases::~TestDatabases()
{
    if (isSqlite() || !m_ready)
        return;
    const QString admin = u"test-admin-drop"_s;
    {
        QSqlDatabase db = adminConnection(m_postgres, admin, u"postgres"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (!query.exec(u"DROP DATABASE IF EXISTS "_s + m_postgres.database + u" WITH (FORCE)"_s))
                qWarning() << "could not drop" << m_postgres.database << query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(admin);
}

StoreResult<std::unique_ptr<AnnotationStore>> TestDatabases::open(const StoreOptions &options) const
{
    if (isSqlite())
        return AnnotationStore::openSqlite(m_sqlitePath, options);
    return AnnotationStore::openPostgres(m_postgres, options);
}

bool TestDatabases::execRaw(const QString &sql) const
{
    const QString name = u"test-raw"_s;
    bool ok = false;
    {
        QSqlDatabase db = isSqlite() ? QSqlDatabase::addDatabase(u"QSQLITE"_s, name) : adminConnection(m_postgres, name, m_postgres.database);
        if (isSqlite())
            db.setDatabaseName(m_sqlitePath);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                qWarning() << sql << query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
