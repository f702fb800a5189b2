// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationstore.h"

#include "storelocation.h"
#include "storeschema.h"
#include "storesql.h"
#include "storetransaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's messages.
class StoreText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::AnnotationStore)
};

Q_LOGGING_CATEGORY(lcStore, "lectern.models.store", QtInfoMsg)

using Kind = StoreError::Kind;

std::atomic<int> storeSerial{0};

const QString AnnotationColumns = u"id, document_id, start_utf16, end_utf16, quote, prefix, suffix, code_id, note, "
                                  "claim_status, author, modified_by, created_ms, modified_ms, version, orphaned, tags"_s;

// Tags live in one column, in order, separated by U+001F (a control
// character no tag keeps): they are always read with their annotation, and
// filtering by tag happens in memory, so a table of their own only cost time.
constexpr QChar TagSeparator = QChar(0x1f);

QStringList cleanTags(const QStringList &tags)
{
    QStringList clean;
    for (QString tag : tags) {
        tag.remove(TagSeparator);
        tag = tag.trimmed();
        if (!tag.isEmpty() && !clean.contains(tag))
            clean.append(tag);
    }
    return clean;
}

QString loginName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return u"unknown"_s;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString threadSuffix()
{
    return u"/thread-"_s + QString::number(quintptr(QThread::currentThreadId()), 16);
}

Annotation readAnnotation(const QSqlQuery &query)
{
    Annotation a;
    a.id = query.value(0).toString();
    a.documentId = query.value(1).toString();
    a.start = query.value(2).toLongLong();
    a.end = query.value(3).toLongLong();
    a.quote = query.value(4).toString();
    a.prefix = query.value(5).toString();
    a.suffix = query.value(6).toString();
    a.codeId = query.value(7).toString();
    a.note = query.value(8).toString();
    a.claimStatus = claimStatusFromInt(query.value(9).toInt());
    a.author = query.value(10).toString();
    a.modifiedBy = query.value(11).toString();
    a.created = StoreSql::fromMs(query.value(12).toLongLong());
    a.modified = StoreSql::fromMs(query.value(13).toLongLong());
    a.version = query.value(14).toLongLong();
    a.orphaned = query.value(15).toInt() != 0;
    const QString tags = query.value(16).toString();
    if (!tags.isEmpty())
        a.tags = tags.split(TagSeparator);
    return a;
}

std::optional<StoreError> validate(const Annotation &a, const QString &what)
{
    if (a.documentId.isEmpty())
        return StoreError::make(Kind::InvalidInput, StoreText::tr("%1: the annotation names no document.").arg(what));
    if (a.start < 0 || a.end < a.start)
        return StoreError::make(
            Kind::InvalidInput, StoreText::tr("%1: the passage's range %2–%3 is not valid.").arg(what).arg(a.start).arg(a.end));
    return std::nullopt;
}

bool isColour(const QString &colour)
{
    if (colour.size() != 7 || colour.at(0) != u'#')
        return false;
    for (qsizetype i = 1; i < colour.size(); ++i) {
        if (!isxdigit(colour.at(i).unicode()))
            return false;
    }
    return true;
}

std::optional<StoreError> validate(Code &code, const QString &what)
{
    code.name = code.name.trimmed();
    if (code.name.isEmpty())
        return StoreError::make(Kind::InvalidInput, StoreText::tr("%1: a label needs a name.").arg(what));
    if (!isColour(code.colour))
        return StoreError::make(
            Kind::InvalidInput, StoreText::tr("%1: “%2” is not a colour of the form #RRGGBB.").arg(what).arg(code.colour));
    code.colour = code.colour.toUpper();
    return std::nullopt;
}

// Opens an SQLite connection and proves it can read. Read-only, a WAL
// database in a folder that cannot be written has no -shm file to share; it
// is then read as immutable (nobody can write there either).
std::optional<StoreError> openSqliteConnection(const QString &name, const QString &file, bool readOnly, int busyTimeoutMs)
{
    for (const bool immutable : {false, true}) {
        if (immutable && !readOnly)
            break;
        QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                       : QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.close();
        QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs);
        if (readOnly)
            options += u";QSQLITE_OPEN_READONLY"_s;
        if (immutable) {
            options += u";QSQLITE_OPEN_URI"_s;
            db.setDatabaseName(QUrl::fromLocalFile(file).toString(QUrl::FullyEncoded) + u"?immutable=1"_s);
        } else {
            db.setDatabaseName(file);
        }
        db.setConnectOptions(options);
        if (!db.open())
            return StoreSql::errorFrom(db.lastError(), StoreText::tr("Opening the annotation database"));
        QSqlQuery probe(db);
        if (probe.exec(u"SELECT COUNT(*) FROM sqlite_master"_s))
            return std::nullopt;
        const QSqlError error = probe.lastError();
        probe.finish();
        if (!readOnly || immutable)
            return StoreSql::errorFrom(error, StoreText::tr("Opening the annotation database"));
        qCInfo(lcStore) << "reading" << file << "as immutable:" << error.text();
    }
    return StoreError::make(Kind::Connection, StoreText::tr("Opening the annotation database failed."));
}
// The files SQLite keeps beside a database. Those an open made are removed
// again when the open fails, so a database that was refused is left exactly
// as it was found.
const QStringList &companionSuffixes()
{
    static const QStringList suffixes{u"-wal"_s, u"-shm"_s, u"-journal"_s};
    return suffixes;
}

class CompanionFiles final
{
public:
    explicit CompanionFiles(const QString &file)
        : m_file(file)
    {
        for (const QString &suffix : companionSuffixes())
            m_existed.append(QFileInfo::exists(file + suffix));
    }
    ~CompanionFiles()
    {
        if (m_kept)
            return;
        for (qsizetype i = 0; i < companionSuffixes().size(); ++i) {
            const QFileInfo made(m_file + companionSuffixes().at(i));
            // A journal with content may hold someone's transaction: never removed.
            if (!m_existed.at(i) && made.exists() && !made.isSymLink() && (made.size() == 0 || i == 1))
                QFile::remove(made.filePath());
        }
    }
    CompanionFiles(const CompanionFiles &) = delete;
    CompanionFiles &operator=(const CompanionFiles &) = delete;
    void keep() { m_kept = true; }

private:
    QString m_file;
    QList<bool> m_existed;
    bool m_kept = false;
};
} // namespace

StoreResult<std::unique_ptr<AnnotationStore>> AnnotationStore::openSqlite(const QString &path, const StoreOptions &options)
{
    const QFileInfo info(path);
    const QString file = info.absoluteFilePath();
    const QString elsewhere = StoreLocation::dataFolderPathFor(file);
    auto refuse = [&](Kind kind, const QString &message, const QString &detail = {}) {
        StoreError error = StoreError::make(kind, message, detail);
        if (kind == Kind::NotADatabase || kind == Kind::ReadOnly)
            error.suggestedLocation = elsewhere;
        return error;
    };
    if (info.isDir())
        return refuse(Kind::NotADatabase,
            StoreText::tr("“%1” is a folder, not an annotation database. Keep this bundle's annotations in “%2” instead.")
                .arg(file, elsewhere));
    // Through a link, SQLite would create a database wherever the link points,
    // or change another bundle's annotations: links are never opened.
    for (const QString &suffix : QStringList{QString()} + companionSuffixes()) {
        if (QFileInfo(file + suffix).isSymLink())
            return refuse(Kind::NotADatabase,
                StoreText::tr("“%1” is a symbolic link. Lectern does not open annotation databases through links (a link can "
                              "lead to another bundle's annotations), so nothing was opened or changed. Put the database itself "
                              "there, or keep this bundle's annotations in “%2” instead.")
                    .arg(file + suffix, elsewhere));
    }
    CompanionFiles companions(file);
    const bool hasContent = info.exists() && info.size() > 0;
    if (hasContent) {
        QFile raw(file);
        if (!raw.open(QIODevice::ReadOnly))
            return refuse(Kind::Connection, StoreText::tr("Lectern cannot read the annotation database “%1”.").arg(file),
                raw.errorString());
        if (raw.read(16) != QByteArrayView("SQLite format 3\0", 16))
            return refuse(Kind::NotADatabase,
                StoreText::tr("“%1” is not an annotation database (it is not an SQLite file), so Lectern neither opened nor "
                              "changed it. Move it out of the way, or keep this bundle's annotations in “%2” instead.")
                    .arg(file, elsewhere));
    }
    const bool wantWrite = options.access == StoreOptions::Access::ReadWrite;
    const bool canWrite = StoreLocation::canCreateFilesIn(info.absolutePath()) && (!info.exists() || info.isWritable());
    if (!hasContent && !(wantWrite && canWrite)) {
        if (!wantWrite)
            return refuse(Kind::NotFound, StoreText::tr("There is no annotation database at “%1” yet.").arg(file));
        return refuse(Kind::ReadOnly,
            StoreText::tr("Lectern cannot create the annotation database “%1”: the folder cannot be written. Keep this "
                          "bundle's annotations in “%2” instead.")
                .arg(file, elsewhere));
    }

    std::unique_ptr<AnnotationStore> store(new AnnotationStore);
    store->m_backend = Backend::Sqlite;
    store->m_location = file;
    store->m_options = options;
    store->m_author = options.author.isEmpty() ? loginName() : options.author;
    store->m_connectionPrefix = u"lectern.store/"_s + file + u'/' + QString::number(++storeSerial);
    store->m_readOnly = !wantWrite || !canWrite;
    if (wantWrite && !canWrite)
        store->m_notice
            = StoreText::tr("The annotations in “%1” are read-only here (the file or its folder cannot be written): they "
                            "are shown, but changes cannot be saved.")
                  .arg(file);

    if (hasContent) {
        // Look before touching: a read-only connection that changes nothing,
        // not even the journal mode, whatever it finds.
        const QString inspectName = store->m_connectionPrefix + u"/inspect"_s;
        std::optional<StoreResult<StoreSchema::Inspection>> inspection;
        if (auto error = openSqliteConnection(inspectName, file, true, options.busyTimeoutMs))
            inspection.emplace(*error);
        else
            inspection.emplace(StoreSchema::inspect(QSqlDatabase::database(inspectName, false)));
        QSqlDatabase::removeDatabase(inspectName);
        if (!*inspection) {
            const StoreError &error = inspection->error();
            if (error.kind == Kind::NotADatabase)
                return refuse(Kind::NotADatabase,
                    StoreText::tr("“%1” is damaged or is not an annotation database, so Lectern did not change it. Restore it "
                                  "from a backup, or keep this bundle's annotations in “%2” instead.")
                        .arg(file, elsewhere),
                    error.detail);
            return error;
        }
        const StoreSchema::Inspection &found = inspection->value();
        if (found.hasForeignTables)
            return refuse(Kind::NotADatabase,
                StoreText::tr("“%1” is a database, but not Lectern's annotations, so Lectern did not change it. Move it out of "
                              "the way, or keep this bundle's annotations in “%2” instead.")
                    .arg(file, elsewhere));
        if (found.version > StoreSchema::CurrentVersion)
            return StoreError::make(Kind::NewerSchema,
                StoreText::tr("“%1” was written by a newer Lectern (annotation schema %2; this Lectern knows up to %3). "
                              "Lectern did not change it: update Lectern to open these annotations.")
                    .arg(file)
                    .arg(found.version)
                    .arg(StoreSchema::CurrentVersion));
        if (!found.missingTables.isEmpty()) {
            store->m_readOnly = true;
            store->m_missingTables = found.missingTables;
            store->m_notice
                = StoreText::tr("The annotation database “%1” is damaged: %2 missing. Lectern opened it read-only so that "
                                "nothing more is lost; restore it from a backup, or keep new annotations elsewhere.")
                      .arg(file, found.missingTables.join(u", "_s) + (found.missingTables.size() == 1 ? u" is"_s : u" are"_s));
        }
        store->m_schemaVersion = found.version;
        if (store->m_readOnly && found.version < StoreSchema::CurrentVersion)
            return refuse(Kind::ReadOnly,
                StoreText::tr("“%1” was written by an older Lectern and must be upgraded, but it cannot be written here. Open "
                              "it where it can be written, or keep this bundle's annotations in “%2”.")
                    .arg(file, elsewhere));
    }

    store->m_primaryName = store->m_connectionPrefix + threadSuffix();
    if (auto error = openSqliteConnection(store->m_primaryName, file, store->m_readOnly, options.busyTimeoutMs))
        return *error;
    {
        QSqlDatabase db = QSqlDatabase::database(store->m_primaryName, false);
        if (auto error = store->openPrimary(db))
            return *error;
    }
    qCInfo(lcStore) << "opened" << file << (store->m_readOnly ? "read-only" : "read-write");
    companions.keep();
    return store;
}

StoreResult<std::unique_ptr<AnnotationStore>> AnnotationStore::openPostgres(const PostgresParameters &parameters,
                                                                            const StoreOptions &options)
{
    const QString where = u"%1@%2:%3/%4"_s.arg(parameters.user, parameters.host).arg(parameters.port).arg(parameters.database);
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return StoreError::make(Kind::Connection,
            StoreText::tr("This Lectern cannot reach PostgreSQL: Qt's PostgreSQL driver (QPSQL; on Debian the package "
                          "libqt6sql6-psql) is not installed."));
    std::unique_ptr<AnnotationStore> store(new AnnotationStore);
    store->m_backend = Backend::Postgres;
    store->m_location = where;
    store->m_options = options;
    store->m_author = options.author.isEmpty() ? parameters.user : options.author;
    store->m_connectionPrefix = u"lectern.store/"_s + where + u'/' + QString::number(++storeSerial);
    store->m_primaryName = store->m_connectionPrefix + threadSuffix();
    store->m_readOnly = options.access == StoreOptions::Access::ReadOnly;
    if (store->m_readOnly)
        store->m_notice = StoreText::tr("The team's annotations at %1 were opened read-only.").arg(where);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, store->m_primaryName);
        db.setHostName(parameters.host);
        db.setPort(parameters.port);
        db.setDatabaseName(parameters.database);
        db.setUserName(parameters.user);
        db.setPassword(parameters.password);
        db.setConnectOptions(u"connect_timeout=%1"_s.arg(parameters.connectTimeoutSeconds));
        if (!db.open())
            return StoreError::make(Kind::Connection,
                StoreText::tr("Lectern could not connect to the team's annotation database %1. Check the host, port, "
                              "database, user and password, and that the server is running.")
                    .arg(where),
                db.lastError().text());
        auto inspection = StoreSchema::inspect(db);
        if (!inspection)
            return inspection.error();
        const StoreSchema::Inspection &found = inspection.value();
        if (found.hasForeignTables)
            return StoreError::make(Kind::NotADatabase,
                StoreText::tr("The database %1 holds other tables but not Lectern's annotations, so Lectern did not "
                              "change it. Give the team's annotations a database of their own.")
                    .arg(where));
        if (found.version > StoreSchema::CurrentVersion)
            return StoreError::make(Kind::NewerSchema,
                StoreText::tr("The team's database %1 was set up by a newer Lectern (annotation schema %2; this Lectern "
                              "knows up to %3). Lectern did not change it: update Lectern to work with it.")
                    .arg(where)
                    .arg(found.version)
                    .arg(StoreSchema::CurrentVersion));
        if (!found.missingTables.isEmpty()) {
            store->m_readOnly = true;
            store->m_missingTables = found.missingTables;
            store->m_notice
                = StoreText::tr("The team's database %1 is damaged: %2 missing. Lectern opened it read-only so that nothing "
                                "more is lost; ask whoever runs the server to restore it.")
                      .arg(where, found.missingTables.join(u", "_s));
        }
        store->m_schemaVersion = found.version;
        if (store->m_readOnly && found.version < StoreSchema::CurrentVersion)
            return StoreError::make(Kind::ReadOnly,
                StoreText::tr("The team's database %1 must be upgraded, but it was opened read-only.").arg(where));
        if (auto error = store->openPrimary(db))
            return *error;
    }
    qCInfo(lcStore) << "connected to" << where;
    return store;
}

std::optional<StoreError> AnnotationStore::openPrimary(QSqlDatabase db)
{
    {
        QMutexLocker lock(&m_connectionsMutex);
        m_connectionNames.append(m_primaryName);
    }
    if (auto error = configure(db))
        return error;
    if (!m_readOnly) {
        if (auto migrated = StoreSchema::migrate(db); !migrated)
            return migrated.error();
        m_schemaVersion = StoreSchema::CurrentVersion;
    }
    return std::nullopt;
}

std::optional<StoreError> AnnotationStore::configure(QSqlDatabase &db) const
{
    if (m_backend != Backend::Sqlite)
        return std::nullopt;
    const QString what = StoreText::tr("Preparing the annotation database");
    QSqlQuery query(db);
    if (auto error = StoreSql::run(query, u"PRAGMA foreign_keys = ON"_s, {}, what))
        return error;
    if (m_readOnly)
        return std::nullopt;
    // WAL: readers never block the writer and a second process waits for the
    // write lock (busy timeout). synchronous=FULL syncs the WAL at every
    // commit, so a returned write survives a power cut, not only a crash.
    if (auto error = StoreSql::run(query, u"PRAGMA journal_mode = WAL"_s, {}, what))
        return error;
    if (!query.next() || query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        qCWarning(lcStore) << "the annotation database did not switch to WAL journalling";
    query.finish();
    if (auto error = StoreSql::run(query, u"PRAGMA synchronous = FULL"_s, {}, what))
        return error;
    return std::nullopt;
}

AnnotationStore::~AnnotationStore()
{
    QMutexLocker lock(&m_connectionsMutex);
    for (const QString &name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
}

QSqlDatabase AnnotationStore::database() const
{
    const QString name = m_connectionPrefix + threadSuffix();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::cloneDatabase(m_primaryName, name);
    {
        QMutexLocker lock(&m_connectionsMutex);
        m_connectionNames.append(name);
    }
    if (!db.open())
        qCWarning(lcStore) << "could not open a connection for this thread:" << db.lastError().text();
    else if (auto error = configure(db))
        qCWarning(lcStore) << error->fullText();
    return db;
}

bool AnnotationStore::hasTable(const QString &table) const
{
    return !m_missingTables.contains(table);
}

std::optional<StoreError> AnnotationStore::writable(const QString &what) const
{
    if (!m_readOnly)
        return std::nullopt;
    return StoreError::make(Kind::ReadOnly,
        what + u": "_s + (m_notice.isEmpty() ? StoreText::tr("these annotations were opened read-only.") : m_notice)
            + StoreText::tr(" Nothing was saved."));
}

// ---- annotations ----

StoreResult<QList<Annotation>> AnnotationStore::selectAnnotations(const QString &where, const QVariantList &values) const
{
    QList<Annotation> result;
    if (!hasTable(u"annotations"_s))
        return result;
    const QSqlDatabase db = database();
    const QString what = StoreText::tr("Reading the annotations");
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (auto error = StoreSql::run(query, u"SELECT "_s + AnnotationColumns + u" FROM annotations "_s + where, values, what))
            return *error;
        while (query.next())
            result.append(readAnnotation(query));
    }
    // Sorted here, not by the database: a sort of 100,000 rows in SQLite
    // costs more than reading them, and the order must be the same on both back ends.
    std::stable_sort(result.begin(), result.end(), [](const Annotation &a, const Annotation &b) {
        return a.created != b.created ? a.created < b.created : a.id < b.id;
    });
    return result;
}

StoreResult<QList<Annotation>> AnnotationStore::annotations() const
{
    return selectAnnotations({}, {});
}

StoreResult<QList<Annotation>> AnnotationStore::annotationsOfDocument(const QString &documentId) const
{
    return selectAnnotations(u"WHERE document_id = ?"_s, {documentId});
}

StoreResult<Annotation> AnnotationStore::annotation(const QString &id) const
{
    auto found = selectAnnotations(u"WHERE id = ?"_s, {id});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return StoreError::make(Kind::NotFound, StoreText::tr("The annotation does not exist (any more)."), id);
    return found.value().constFirst();
}

std::optional<StoreError> AnnotationStore::insertAnnotation(const QSqlDatabase &db, const Annotation &a,
                                                            const QString &what) const
{
    QSqlQuery query(db);
    if (auto error = StoreSql::run(query,
                                   u"INSERT INTO annotations ("_s + AnnotationColumns
                                       + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                   {a.id, a.documentId, qint64(a.start), qint64(a.end), StoreSql::text(a.quote),
                                    StoreSql::text(a.prefix), StoreSql::text(a.suffix), StoreSql::optionalText(a.codeId),
                                    StoreSql::text(a.note), int(a.claimStatus), StoreSql::text(a.author),
                                    StoreSql::text(a.modifiedBy), StoreSql::toMs(a.created), StoreSql::toMs(a.modified),
                                    a.version, a.orphaned ? 1 : 0, StoreSql::text(cleanTags(a.tags).join(TagSeparator))},
                                   what))
        return error;
    return std::nullopt;
}

StoreResult<Annotation> AnnotationStore::createAnnotation(Annotation draft)
{
    auto created = createAnnotations({std::move(draft)});
    if (!created)
        return created.error();
    return created.value().constFirst();
}

StoreResult<QList<Annotation>> AnnotationStore::createAnnotations(QList<Annotation> drafts)
{
    const QString what = drafts.size() == 1 ? StoreText::tr("Saving the new annotation")
                                            : StoreText::tr("Saving %1 new annotations").arg(drafts.size());
    return insertNew(std::move(drafts), false, what);
}

StoreResult<QList<Annotation>> AnnotationStore::importAnnotations(QList<Annotation> imported)
{
    const QString what = u"Importing %1 annotation(s)"_s.arg(imported.size());
    return insertNew(std::move(imported), true, what);
}

StoreResult<QList<Annotation>> AnnotationStore::insertNew(QList<Annotation> annotations, bool keepTimes, const QString &what)
{
    if (auto error = writable(what))
        return *error;
    const QDateTime now = StoreSql::now();
    for (Annotation &a : annotations) {
        if (auto error = validate(a, what))
            return *error;
        if (a.id.isEmpty())
            a.id = newId();
        if (a.author.isEmpty())
            a.author = m_author;
        a.modifiedBy = a.author;
        if (!keepTimes || !a.created.isValid())
            a.created = now;
        if (!keepTimes || !a.modified.isValid())
            a.modified = a.created;
        a.version = 1;
        a.tags = cleanTags(a.tags);
    }
    const QSqlDatabase db = database();
    StoreTransaction transaction(db);
    if (auto error = transaction.begin(what))
        return *error;
    for (const Annotation &a : std::as_const(annotations)) {
        if (auto error = insertAnnotation(db, a, what))
            return *error;
    }
    if (auto error = transaction.commit())
        return *error;
    return annotations;
}

StoreError AnnotationStore::changedUnderneath(const Annotation &mine, const QString &what) const
{
    auto current = annotation(mine.id);
    if (!current) {
        if (current.error().kind != Kind::NotFound)
            return current.error();
        return StoreError::make(Kind::NotFound,
            StoreText::tr("%1: the annotation was deleted meanwhile (perhaps by someone else). Nothing was saved.").arg(what),
            mine.id);
    }
    const Annotation &theirs = current.value();
    StoreError error = StoreError::make(Kind::Conflict,
        StoreText::tr("%1: %2 changed this annotation meanwhile (version %3; this edit started from "
                      "version %4). Nothing was overwritten: choose which version to keep.")
            .arg(what)
            .arg(theirs.modifiedBy.isEmpty() ? u"someone"_s : theirs.modifiedBy)
            .arg(theirs.version)
            .arg(mine.version));
    error.conflict = AnnotationConflict{mine, theirs};
    return error;
}

StoreResult<Annotation> AnnotationStore::updateAnnotation(const Annotation &edited)
{
    const QString what = StoreText::tr("Saving the changed annotation");
    if (auto error = writable(what))
        return *error;
    if (auto error = validate(edited, what))
        return *error;
    const QSqlDatabase db = database();
    StoreTransaction transaction(db);
    if (auto error = transaction.begin(what))
        return *error;
    QSqlQuery query(db);
    if (auto error = StoreSql::run(query,
                                   u"UPDATE annotations SET document_id = ?, start_utf16 = ?, end_utf16 = ?, quote = ?, "
                                   "prefix = ?, suffix = ?, code_id = ?, note = ?, tags = ?, claim_status = ?, modified_by = ?, "
                                   "modified_ms = ?, orphaned = ?, version = version + 1 WHERE id = ? AND version = ?"_s,
                                   {edited.documentId, qint64(edited.start), qint64(edited.end), StoreSql::text(edited.quote),
                                    StoreSql::text(edited.prefix), StoreSql::text(edited.suffix),
                                    StoreSql::optionalText(edited.codeId), StoreSql::text(edited.note),
                                    StoreSql::text(cleanTags(edited.tags).join(TagSeparator)), int(edited.claimStatus),
                                    StoreSql::text(m_author), StoreSql::toMs(StoreSql::now()), edited.orphaned ? 1 : 0,
                                    edited.id, edited.version},
                                   what))
        return *error;
    if (query.numRowsAffected() != 1)
        return changedUnderneath(edited, what);
    auto stored = annotation(edited.id);
    if (!stored)
        return stored.error();
    if (auto error = transaction.commit())
        return *error;
    return stored;
}

StoreStatus AnnotationStore::removeAnnotation(const QString &id, qint64 expectedVersion)
{
    const QString what = StoreText::tr("Deleting the annotation");
    if (auto error = writable(what))
        return *error;
    const QSqlDatabase db = database();
    StoreTransaction transaction(db);
    if (auto error = transaction.begin(what))
        return *error;
    QSqlQuery query(db);
    if (auto error = StoreSql::run(query, u"DELETE FROM annotations WHERE id = ? AND version = ?"_s, {id, expectedVersion}, what))
        return *error;
    if (query.numRowsAffected() != 1) {
        Annotation mine;
        mine.id = id;
        mine.version = expectedVersion;
        return changedUnderneath(mine, what);
    }
    if (auto error = transaction.commit())
        return *error;
    return StoreOk;
}

StoreResult<Annotation> AnnotationStore::restoreAnnotation(const Annotation &a, const QList<EvidenceLink> &links)
{
    const QString what = StoreText::tr("Restoring the annotation");
    if (auto error = writable(what))
        return *error;
    if (auto error = validate(a, what))
        return *error;
    if (a.id.isEmpty() || a.version < 1)
        return StoreError::make(Kind::InvalidInput, StoreText::tr("%1: only a stored annotation can be restored.").arg(what));
    const QSqlDatabase db = database();
    StoreTransaction transaction(db);
    if (auto error = transaction.begin(what))
        return *error;
    if (auto error = insertAnnotation(db, a, what))
        return *error;
    QSqlQuery query(db);
    for (const EvidenceLink &link : links) {
        if (link.claimId != a.id && link.evidenceId != a.id)
            continue;
        if (auto error = StoreSql::run(query,
                                       u"SELECT (SELECT COUNT(*) FROM annotations WHERE id = ? OR id = ?),"
                                       " (SELECT COUNT(*) FROM evidence_links WHERE claim_id = ? AND evidence_id = ?)"_s,
                                       {link.claimId, link.evidenceId, link.claimId, link.evidenceId}, what))
            return *error;
        if (!query.next() || query.value(0).toInt() != 2 || query.value(1).toInt() != 0)
            continue;
        query.finish();
        if (auto error = StoreSql::run(query,
                                       u"INSERT INTO evidence_links (claim_id, evidence_id, author, created_ms) VALUES (?, ?, ?, ?)"_s,
                                       {link.claimId, link.evidenceId, StoreSql::text(link.author), StoreSql::toMs(link.created)},
                                       what))
            return *error;
    }
    if (auto error = transaction.commit())
        return *error;
    return a;
}

// ---- codebook ----

StoreResult<QList<Code>> AnnotationStore::codes() const
{
    QList<Code> result;
    if (!hasTable(u"codes"_s))
        return result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (auto error = StoreSql::run(query,
            u"SELECT id, parent_id, name, colour, description, sort_order FROM codes "
            "ORDER BY sort_order, name"_s,
            {}, StoreText::tr("Reading the labels")))
        return *error;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString(), query.value(5).toInt()});
    return result;
}

StoreResult<Code> AnnotationStore::createCode(Code code)
{
    const QString what = StoreText::tr("Saving the new label");
    if (auto error = writable(what))
        return *error;
    if (auto error = validate(code, what))
        return *error;
    if (code.id.isEmpty())
        code.id = newId();
    const QSqlDatabase db = database();
    StoreTransaction transaction(db);
    if (auto error = transaction.begin(what))
        return *error;
    QSqlQuery query(db);
    if (auto error = StoreSql::run(query,
                                   u"INSERT INTO codes (id, parent_id, name, colour, description, sort_order) "
                                   "VALUES (?, ?, ?, ?, ?, ?)"_s,
                                   {code.id, StoreSql::optionalText(code.parentId), code.name, code.colour,
                                    StoreSql::text(code.description), code.sortOrder},
                                   what))
        return *error;
    if (auto error = transaction.commit())
        return *error;
    return code;
}

StoreResult<Code> AnnotationStore::updateCode(const Code &changed)
{
    const QString what = StoreText::tr("Saving the changed label");
    if (auto error = writable(what))
        return *error;
    Code code = changed;
    if (auto error = validate(code, what))
        return *error;
    auto all = codes();
    if (!all)
        return all.error();
    QHash<QString, QString> parentOf;
    for (const Code &c : all.value())
        parentOf.insert(c.id, c.parentId);
    for (QString ancestor = code.parentId; !ancestor.isEmpty(); ancestor = parentOf.value(ancestor)) {
        if (ancestor == code.id)
            return StoreError::make(
                Kind::InvalidInput, StoreText::tr("%1: a label cannot be placed under itself or its own sub-labels.").arg(what));
        if (!parentOf.contains(ancestor))
            break;
    }
    const QSqlDatabase db = database();
    StoreTransaction transaction(db);
    if (auto error = transaction.begin(what))
        return *error;
    QSqlQuery query(db);
    if (auto error = StoreSql::run(query,
                                   u"UPDATE codes SET parent_id = ?, name = ?, colour = ?, description = ?, sort_order = ? "
                                   "WHERE id = ?"_s,
                                   {StoreSql::optionalText(code.parentId), code.name, code.colour,
                                    StoreSql::text(code.description), code.sortOrder, code.id},
                                   what))
        return *error;
    if (query.numRowsAffected() != 1)
        return StoreError::make(Kind::NotFound, StoreText::tr("%1: the label does not exist (any more).").arg(what), code.id);
    if (auto error = transaction.commit())
        return *error;
    return code;
}

StoreStatus AnnotationStore::removeCode(const QString &id)
{
    const QString what = StoreText::tr("Deleting the label");
    if (auto error = writable(what))
        return *error;
    const QSqlDatabase db = database();
    StoreTransaction transaction(db);
    if (auto error = transaction.begin(what))
        return *error;
    QSqlQuery query(db);
    if (auto error = StoreSql::run(query,
                                   u"SELECT (SELECT COUNT(*) FROM annotations WHERE code_id = ?),"
                                   " (SELECT COUNT(*) FROM codes WHERE parent_id = ?)"_s,
                                   {id, id}, what))
        return *error;
    const qint64 used = query.next() ? query.value(0).toLongLong() : 0;
    const qint64 children = query.value(1).toLongLong();
    query.finish();
    if (used > 0)
        return StoreError::make(Kind::InvalidInput,
            StoreText::tr("%1: %2 annotation(s) carry this label; give them another label first.").arg(what).arg(used));
    if (children > 0)
        return StoreError::make(
            Kind::InvalidInput, StoreText::tr("%1: it has %2 sub-label(s); move or delete them first.").arg(what).arg(children));
    if (auto error = StoreSql::run(query, u"DELETE FROM codes WHERE id = ?"_s, {id}, what))
        return *error;
    if (query.numRowsAffected() != 1)
        return StoreError::make(Kind::NotFound, StoreText::tr("%1: the label does not exist (any more).").arg(what), id);
    if (auto error = transaction.commit())
        return *error;
    return StoreOk;
}

// ---- evidence links ----

StoreResult<QList<EvidenceLink>> AnnotationStore::evidenceLinks() const
{
    QList<EvidenceLink> result;
    if (!hasTable(u"evidence_links"_s))
        return result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (auto error = StoreSql::run(query,
            u"SELECT claim_id, evidence_id, author, created_ms FROM evidence_links "
            "ORDER BY created_ms, claim_id, evidence_id"_s,
            {}, StoreText::tr("Reading the evidence links")))
        return *error;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       StoreSql::fromMs(query.value(3).toLongLong())});
    return result;
}

StoreResult<EvidenceLink> AnnotationStore::addEvidenceLink(const QString &claimId, const QString &evidenceId)
{
    const QString what = StoreText::tr("Linking the evidence to the claim");
    if (auto error = writable(what))
        return *error;
    if (claimId == evidenceId)
        return StoreError::make(Kind::InvalidInput, StoreText::tr("%1: a passage cannot be evidence for itself.").arg(what));
    const QSqlDatabase db = database();
    StoreTransaction transaction(db);
    if (auto error = transaction.begin(what))
        return *error;
    QSqlQuery query(db);
    if (auto error = StoreSql::run(query,
                                   u"SELECT (SELECT COUNT(*) FROM annotations WHERE id = ? OR id = ?),"
                                   " (SELECT COUNT(*) FROM evidence_links WHERE claim_id = ? AND evidence_id = ?)"_s,
                                   {claimId, evidenceId, claimId, evidenceId}, what))
        return *error;
    const int ends = query.next() ? query.value(0).toInt() : 0;
    const int existing = query.value(1).toInt();
    query.finish();
    if (ends != 2)
        return StoreError::make(
            Kind::NotFound, StoreText::tr("%1: the claim or the evidence does not exist (any more).").arg(what));
    if (existing != 0)
        return StoreError::make(
            Kind::InvalidInput, StoreText::tr("%1: this evidence is already linked to this claim.").arg(what));
    const EvidenceLink link{claimId, evidenceId, m_author, StoreSql::now()};
    if (auto error = StoreSql::run(query,
                                   u"INSERT INTO evidence_links (claim_id, evidence_id, author, created_ms) VALUES (?, ?, ?, ?)"_s,
                                   {claimId, evidenceId, StoreSql::text(link.author), StoreSql::toMs(link.created)}, what))
        return *error;
    if (auto error = transaction.commit())
        return *error;
    return link;
}

StoreStatus AnnotationStore::removeEvidenceLink(const QString &claimId, const QString &evidenceId)
{
    const QString what = StoreText::tr("Unlinking the evidence from the claim");
    if (auto error = writable(what))
        return *error;
    const QSqlDatabase db = database();
    StoreTransaction transaction(db);
    if (auto error = transaction.begin(what))
        return *error;
    QSqlQuery query(db);
    if (auto error = StoreSql::run(query, u"DELETE FROM evidence_links WHERE claim_id = ? AND evidence_id = ?"_s,
                                   {claimId, evidenceId}, what))
        return *error;
    if (query.numRowsAffected() != 1)
        return StoreError::make(Kind::NotFound, StoreText::tr("%1: the link does not exist (any more).").arg(what));
    if (auto error = transaction.commit())
        return *error;
    return StoreOk;
}

// ---- segment overrides ----

StoreResult<QList<SegmentOverride>> AnnotationStore::segmentOverrides() const
{
    QList<SegmentOverride> result;
    if (!hasTable(u"segment_overrides"_s))
        return result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (auto error = StoreSql::run(query,
            u"SELECT document_id, start_utf16, end_utf16, kind, author, modified_ms FROM segment_overrides "
            "ORDER BY document_id, start_utf16, end_utf16"_s,
            {}, StoreText::tr("Reading the segment labels")))
        return *error;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                       query.value(3).toString(), query.value(4).toString(), StoreSql::fromMs(query.value(5).toLongLong())});
    return result;
}

StoreResult<SegmentOverride> AnnotationStore::setSegmentOverride(SegmentOverride segment)
{
    const QString what = StoreText::tr("Saving the segment's label");
    if (auto error = writable(what))
        return *error;
    if (segment.documentId.isEmpty() || segment.kind.isEmpty() || segment.start < 0 || segment.end < segment.start)
        return StoreError::make(
            Kind::InvalidInput, StoreText::tr("%1: it needs a document, a valid range and a kind.").arg(what));
    segment.author = m_author;
    segment.modified = StoreSql::now();
    const QSqlDatabase db = database();
    StoreTransaction transaction(db);
    if (auto error = transaction.begin(what))
        return *error;
    QSqlQuery query(db);
    if (auto error = StoreSql::run(query,
                                   u"INSERT INTO segment_overrides (document_id, start_utf16, end_utf16, kind, author, modified_ms) "
                                   "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (document_id, start_utf16, end_utf16) DO UPDATE SET "
                                   "kind = excluded.kind, author = excluded.author, modified_ms = excluded.modified_ms"_s,
                                   {segment.documentId, qint64(segment.start), qint64(segment.end), segment.kind,
                                    StoreSql::text(segment.author), StoreSql::toMs(segment.modified)},
                                   what))
        return *error;
    if (auto error = transaction.commit())
        return *error;
    return segment;
}

StoreStatus AnnotationStore::removeSegmentOverride(const QString &documentId, qsizetype start, qsizetype end)
{
    const QString what = StoreText::tr("Removing the segment's label");
    if (auto error = writable(what))
        return *error;
    const QSqlDatabase db = database();
    StoreTransaction transaction(db);
    if (auto error = transaction.begin(what))
        return *error;
    QSqlQuery query(db);
    if (auto error = StoreSql::run(query,
                                   u"DELETE FROM segment_overrides WHERE document_id = ? AND start_utf16 = ? AND end_utf16 = ?"_s,
                                   {documentId, qint64(start), qint64(end)}, what))
        return *error;
    if (query.numRowsAffected() != 1)
        return StoreError::make(Kind::NotFound, StoreText::tr("%1: the segment has no label of yours (any more).").arg(what));
    if (auto error = transaction.commit())
        return *error;
    return StoreOk;
}

// ---- entity decisions ----

StoreResult<QList<EntityDecision>> AnnotationStore::entityDecisions() const
{
    QList<EntityDecision> result;
    if (!hasTable(u"entity_decisions"_s))
        return result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (auto error = StoreSql::run(query,
            u"SELECT candidate_text, category, accepted, author, modified_ms, action, target "
            "FROM entity_decisions ORDER BY candidate_text, category, action"_s,
            {}, StoreText::tr("Reading the entity decisions")))
        return *error;
    while (query.next()) {
        // An action a later Lectern wrote is left alone rather than misread.
        const auto action = EntityDecision::actionFromName(query.value(5).toString());
        if (!action)
            continue;
        EntityDecision decision =
            EntityDecision::decide(query.value(0).toString(), query.value(1).toString(), query.value(2).toInt() != 0);
        decision.author = query.value(3).toString();
        decision.modified = StoreSql::fromMs(query.value(4).toLongLong());
        decision.action = *action;
        decision.target = query.value(6).toString();
        result.append(decision);
    }
    return result;
}

StoreResult<EntityDecision> AnnotationStore::setEntityDecision(EntityDecision decision)
{
    const QString what = StoreText::tr("Saving the entity decision");
    if (auto error = writable(what))
        return *error;
    if (decision.candidateText.isEmpty())
        return StoreError::make(Kind::InvalidInput, StoreText::tr("%1: it names no text.").arg(what));
    if (decision.action != EntityDecision::Action::Decide && decision.target.trimmed().isEmpty())
        return StoreError::make(Kind::InvalidInput, StoreText::tr("%1: a rename or a merge needs the other name.").arg(what));
    decision.author = m_author;
    decision.modified = StoreSql::now();
    const QSqlDatabase db = database();
    StoreTransaction transaction(db);
    if (auto error = transaction.begin(what))
        return *error;
    QSqlQuery query(db);
    if (auto error = StoreSql::run(
            query,
            u"INSERT INTO entity_decisions (candidate_text, category, action, accepted, target, author, modified_ms) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (candidate_text, category, action) DO UPDATE SET "
            "accepted = excluded.accepted, target = excluded.target, author = excluded.author, "
            "modified_ms = excluded.modified_ms"_s,
            {decision.candidateText, StoreSql::text(decision.category), EntityDecision::actionName(decision.action),
             decision.accepted ? 1 : 0, StoreSql::text(decision.target), StoreSql::text(decision.author),
             StoreSql::toMs(decision.modified)},
            what))
        return *error;
    if (auto error = transaction.commit())
        return *error;
    return decision;
}

StoreStatus AnnotationStore::removeEntityDecision(const EntityDecision &key)
{
    const QString what = StoreText::tr("Removing the entity decision");
    if (auto error = writable(what))
        return *error;
    const QSqlDatabase db = database();
    StoreTransaction transaction(db);
    if (auto error = transaction.begin(what))
        return *error;
    QSqlQuery query(db);
    if (auto error = StoreSql::run(query,
                                   u"DELETE FROM entity_decisions WHERE candidate_text = ? AND category = ? AND action = ?"_s,
                                   {key.candidateText, StoreSql::text(key.category), EntityDecision::actionName(key.action)},
                                   what))
        return *error;
    if (query.numRowsAffected() != 1)
        return StoreError::make(Kind::NotFound, StoreText::tr("%1: there is no such decision (any more).").arg(what));
    if (auto error = transaction.commit())
        return *error;
    return StoreOk;
}

} // namespace Lectern::Models
