// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "code.h"
#include "entitydecision.h"
#include "evidencelink.h"
#include "postgresparameters.h"
#include "segmentoverride.h"
#include "storeoptions.h"
#include "storeresult.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace Lectern::Models {

/// A bundle's annotations, codebook, evidence links, segment overrides and
/// entity decisions in one Qt Sql database: SQLite beside the bundle, or a
/// team's PostgreSQL server, with the same schema and statements. Every
/// write is one transaction of prepared statements; every failure is a
/// StoreError. Usable from any thread: each thread gets its own named
/// connection. Not a QObject: AnnotationWorkspace adds signals and undo.
class AnnotationStore final
{
    Q_DISABLE_COPY_MOVE(AnnotationStore)

public:
    enum class Backend { Sqlite, Postgres };

    /// Opens (creating it if needed) the SQLite database at @p path; see
    /// StoreLocation for where a bundle's database belongs. A file that is not
    /// Lectern's database, or one from a newer Lectern, is refused and left
    /// untouched; a read-only file or folder, or a database with missing
    /// tables, opens read-only with a notice().
    [[nodiscard]] static StoreResult<std::unique_ptr<AnnotationStore>> openSqlite(const QString &path,
                                                                                  const StoreOptions &options = {});
    /// Connects to a team's PostgreSQL database and brings its schema up to date.
    [[nodiscard]] static StoreResult<std::unique_ptr<AnnotationStore>> openPostgres(const PostgresParameters &parameters,
                                                                                    const StoreOptions &options = {});
    ~AnnotationStore();

    [[nodiscard]] Backend backend() const { return m_backend; }
    /// The database file, or user@host:port/database.
    [[nodiscard]] QString location() const { return m_location; }
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    /// Why the store is read-only, for the user; empty when it is not.
    [[nodiscard]] QString notice() const { return m_notice; }
    [[nodiscard]] QString author() const { return m_author; }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }

    [[nodiscard]] StoreResult<QList<Annotation>> annotations() const;
    [[nodiscard]] StoreResult<QList<Annotation>> annotationsOfDocument(const QString &documentId) const;
    [[nodiscard]] StoreResult<Annotation> annotation(const QString &id) const;
    /// Stores a new annotation (a fresh UUID unless @p draft has an id; version
    /// 1; created, modified and author filled in) and returns it as stored.
    [[nodiscard]] StoreResult<Annotation> createAnnotation(Annotation draft);
    /// Stores many new annotations in one transaction (imports, benchmarks).
    [[nodiscard]] StoreResult<QList<Annotation>> createAnnotations(QList<Annotation> drafts);
    /// Stores annotations brought in from a file in one transaction, keeping
    /// their ids, authors and times where they have them (new ones otherwise);
    /// version 1. An id already in the store is an error and nothing is stored.
    [[nodiscard]] StoreResult<QList<Annotation>> importAnnotations(QList<Annotation> imported);
    /// Stores @p edited over the stored annotation if that is still at
    /// edited.version; otherwise a Conflict error carrying both. Author and
    /// created never change; the result has the new version.
    [[nodiscard]] StoreResult<Annotation> updateAnnotation(const Annotation &edited);
    /// Deletes the annotation (its tags and links go with it) if it is still at @p expectedVersion.
    [[nodiscard]] StoreStatus removeAnnotation(const QString &id, qint64 expectedVersion);
    /// Puts back a deleted annotation exactly (same id, version, times) with
    /// those of its @p links whose other end still exists.
    [[nodiscard]] StoreResult<Annotation> restoreAnnotation(const Annotation &annotation, const QList<EvidenceLink> &links);

    [[nodiscard]] StoreResult<QList<Code>> codes() const;
    [[nodiscard]] StoreResult<Code> createCode(Code code);
    /// Renames, recolours, re-describes or moves a code (refusing a cycle).
    [[nodiscard]] StoreResult<Code> updateCode(const Code &code);
    /// Deletes an unused code without children; otherwise says why not.
    [[nodiscard]] StoreStatus removeCode(const QString &id);

    [[nodiscard]] StoreResult<QList<EvidenceLink>> evidenceLinks() const;
    [[nodiscard]] StoreResult<EvidenceLink> addEvidenceLink(const QString &claimId, const QString &evidenceId);
    [[nodiscard]] StoreStatus removeEvidenceLink(const QString &claimId, const QString &evidenceId);

    [[nodiscard]] StoreResult<QList<SegmentOverride>> segmentOverrides() const;
    /// Sets (inserts or replaces) the override for its document and range.
    [[nodiscard]] StoreResult<SegmentOverride> setSegmentOverride(SegmentOverride segmentOverride);
    [[nodiscard]] StoreStatus removeSegmentOverride(const QString &documentId, qsizetype start, qsizetype end);

    [[nodiscard]] StoreResult<QList<EntityDecision>> entityDecisions() const;
    /// Sets (inserts or replaces) the decision for its text, category and action.
    [[nodiscard]] StoreResult<EntityDecision> setEntityDecision(EntityDecision decision);
    /// Removes the decision with the key of @p key (see EntityDecision::sameKey).
    [[nodiscard]] StoreStatus removeEntityDecision(const EntityDecision &key);

    /// The calling thread's connection, opened on first use; named after the
    /// database, this store and the thread.
    [[nodiscard]] QSqlDatabase database() const;

private:
    AnnotationStore() = default;

    [[nodiscard]] std::optional<StoreError> writable(const QString &what) const;
    [[nodiscard]] std::optional<StoreError> openPrimary(QSqlDatabase db);
    [[nodiscard]] std::optional<StoreError> configure(QSqlDatabase &db) const;
    [[nodiscard]] StoreResult<QList<Annotation>> selectAnnotations(const QString &where, const QVariantList &values) const;
    /// Stores new annotations in one transaction; @p keepTimes keeps the times they carry (imports).
    [[nodiscard]] StoreResult<QList<Annotation>> insertNew(QList<Annotation> annotations, bool keepTimes, const QString &what);
    [[nodiscard]] std::optional<StoreError> insertAnnotation(const QSqlDatabase &db, const Annotation &annotation,
                                                             const QString &what) const;
    [[nodiscard]] StoreError changedUnderneath(const Annotation &mine, const QString &what) const;
    [[nodiscard]] bool hasTable(const QString &table) const;

    Backend m_backend = Backend::Sqlite;
    QString m_location;
    QString m_connectionPrefix;
    QString m_primaryName;
    QString m_author;
    QString m_notice;
    QStringList m_missingTables;
    StoreOptions m_options;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
    mutable QMutex m_connectionsMutex;
    mutable QStringList m_connectionNames;
};

} // namespace Lectern::Models
