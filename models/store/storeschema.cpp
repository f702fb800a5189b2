// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeschema.h"

#include "storesql.h"
#include "storetransaction.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's messages.
class StoreText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::AnnotationStore)
};

Q_LOGGING_CATEGORY(lcSchema, "lectern.models.store", QtInfoMsg)

const QString SchemaTable = u"lectern_schema"_s;

// Statements that take a database from version N-1 to N, index N-1. Append;
// never edit a released step.
const QList<QStringList> &migrationSteps()
{
    static const QList<QStringList> steps{
        {
            u"CREATE TABLE codes ("
            " id TEXT PRIMARY KEY,"
            " parent_id TEXT REFERENCES codes(id),"
            " name TEXT NOT NULL,"
            " colour TEXT NOT NULL,"
            " description TEXT NOT NULL DEFAULT '',"
            " sort_order INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE TABLE annotations ("
            " id TEXT PRIMARY KEY,"
            " document_id TEXT NOT NULL,"
            " start_utf16 BIGINT NOT NULL,"
            " end_utf16 BIGINT NOT NULL,"
            " quote TEXT NOT NULL,"
            " prefix TEXT NOT NULL,"
            " suffix TEXT NOT NULL,"
            " code_id TEXT REFERENCES codes(id),"
            " note TEXT NOT NULL,"
            " tags TEXT NOT NULL DEFAULT '',"
            " claim_status INTEGER NOT NULL DEFAULT 0,"
            " author TEXT NOT NULL,"
            " modified_by TEXT NOT NULL,"
            " created_ms BIGINT NOT NULL,"
            " modified_ms BIGINT NOT NULL,"
            " version BIGINT NOT NULL,"
            " orphaned INTEGER NOT NULL DEFAULT 0,"
            " CHECK (start_utf16 >= 0 AND end_utf16 >= start_utf16))"_s,
            u"CREATE INDEX annotations_by_document ON annotations(document_id)"_s,
            u"CREATE INDEX annotations_by_code ON annotations(code_id)"_s,
            u"CREATE TABLE evidence_links ("
            " claim_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,"
            " evidence_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,"
            " author TEXT NOT NULL,"
            " created_ms BIGINT NOT NULL,"
            " PRIMARY KEY (claim_id, evidence_id),"
            " CHECK (claim_id <> evidence_id))"_s,
            u"CREATE INDEX evidence_links_by_evidence ON evidence_links(evidence_id)"_s,
            u"CREATE TABLE segment_overrides ("
            " document_id TEXT NOT NULL,"
            " start_utf16 BIGINT NOT NULL,"
            " end_utf16 BIGINT NOT NULL,"
            " kind TEXT NOT NULL,"
            " author TEXT NOT NULL,"
            " modified_ms BIGINT NOT NULL,"
            " PRIMARY KEY (document_id, start_utf16, end_utf16))"_s,
            u"CREATE TABLE entity_decisions ("
            " candidate_text TEXT NOT NULL,"
            " category TEXT NOT NULL,"
            " accepted INTEGER NOT NULL,"
            " author TEXT NOT NULL,"
            " modified_ms BIGINT NOT NULL,"
            " PRIMARY KEY (candidate_text, category))"_s,
            u"INSERT INTO codes (id, parent_id, name, colour, description, sort_order) VALUES"
            " ('claim', NULL, 'Claim', '#C0392B', 'A statement whose truth can be checked.', 0),"
            " ('evidence', NULL, 'Evidence', '#27AE60', 'A passage that supports or contests a claim.', 1),"
            " ('question', NULL, 'Question', '#2980B9', 'Something to find out or to ask.', 2)"_s,
        },
        // 2: entity decisions also rename and merge entities; the action is
        // part of the key, so a rename and a category for one name coexist.
        {
            u"CREATE TABLE entity_decisions_2 ("
            " candidate_text TEXT NOT NULL,"
            " category TEXT NOT NULL,"
            " action TEXT NOT NULL,"
            " accepted INTEGER NOT NULL,"
            " target TEXT NOT NULL DEFAULT '',"
            " author TEXT NOT NULL,"
            " modified_ms BIGINT NOT NULL,"
            " PRIMARY KEY (candidate_text, category, action))"_s,
            u"INSERT INTO entity_decisions_2 (candidate_text, category, action, accepted, target, author, modified_ms)"
            " SELECT candidate_text, category, 'decide', accepted, '', author, modified_ms FROM entity_decisions"_s,
            u"DROP TABLE entity_decisions"_s,
            u"ALTER TABLE entity_decisions_2 RENAME TO entity_decisions"_s,
        },
    };
    return steps;
}

StoreResult<int> versionOf(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (auto error
        = StoreSql::run(query, u"SELECT MAX(version) FROM "_s + SchemaTable, {}, StoreText::tr("Reading the schema version")))
        return *error;
    return query.next() ? query.value(0).toInt() : 0;
}
} // namespace

QStringList StoreSchema::tableNames()
{
    return {SchemaTable, u"codes"_s, u"annotations"_s, u"evidence_links"_s, u"segment_overrides"_s, u"entity_decisions"_s};
}

StoreResult<StoreSchema::Inspection> StoreSchema::inspect(const QSqlDatabase &db)
{
    Inspection inspection;
    // tables() hides errors; a query on the catalogue surfaces "not a database".
    QSqlQuery probe(db);
    const QString catalogue = StoreSql::isSqlite(db) ? u"SELECT COUNT(*) FROM sqlite_master"_s
                                                     : u"SELECT COUNT(*) FROM information_schema.tables"_s;
    if (auto error = StoreSql::run(probe, catalogue, {}, StoreText::tr("Reading the annotation database")))
        return *error;
    probe.finish();
    const QStringList present = db.tables(QSql::Tables);
    if (present.isEmpty())
        return inspection;
    if (!present.contains(SchemaTable)) {
        inspection.hasForeignTables = true;
        return inspection;
    }
    auto version = versionOf(db);
    if (!version)
        return version.error();
    inspection.version = version.value();
    if (inspection.version == CurrentVersion) {
        for (const QString &table : tableNames()) {
            if (!present.contains(table))
                inspection.missingTables.append(table);
        }
    }
    return inspection;
}

StoreStatus StoreSchema::migrate(const QSqlDatabase &db)
{
    const QString what = StoreText::tr("Preparing the annotation database");
    StoreTransaction transaction(db);
    if (auto error = transaction.begin(what))
        return *error;
    int version = 0;
    if (db.tables(QSql::Tables).contains(SchemaTable)) {
        auto stored = versionOf(db);
        if (!stored)
            return stored.error();
        version = stored.value();
    } else {
        QSqlQuery query(db);
        if (auto error = StoreSql::run(query,
                                       u"CREATE TABLE "_s + SchemaTable
                                           + u" (version INTEGER PRIMARY KEY, applied_ms BIGINT NOT NULL, lectern TEXT NOT NULL)"_s,
                                       {}, what))
            return *error;
    }
    if (version >= CurrentVersion)
        return StoreOk;
    const QList<QStringList> &steps = migrationSteps();
    for (int next = version + 1; next <= CurrentVersion; ++next) {
        qCInfo(lcSchema) << "migrating the annotation database to schema version" << next;
        for (const QString &statement : steps.at(next - 1)) {
            QSqlQuery query(db);
            if (auto error = StoreSql::run(query, statement, {}, what))
                return *error;
        }
        QSqlQuery record(db);
        if (auto error = StoreSql::run(record,
                                       u"INSERT INTO "_s + SchemaTable + u" (version, applied_ms, lectern) VALUES (?, ?, ?)"_s,
                                       {next, StoreSql::toMs(StoreSql::now()), QString::fromLatin1(LECTERN_VERSION_STRING)},
                                       what))
            return *error;
    }
    if (auto error = transaction.commit())
        return *error;
    return StoreOk;
}

} // namespace Lectern::Models
