// SPDX-License-Identifier: GPL-3.0-or-later
// What the SQLite store does with files it must not trust: each case gets a
// clear message, and the user's file is never changed.
#include "annotationstore.h"
#include "storelocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {

// The database file with its write-ahead log, if any.
QByteArray fingerprint(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &part : QStringList{path, path + u"-wal"_s}) {
        QFile file(part);
        hash.addData(part.toUtf8());
        if (file.open(QIODevice::ReadOnly))
            hash.addData(file.readAll());
    }
    return hash.result();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

Annotation sample()
{
    Annotation a;
    a.documentId = u"doc"_s;
    a.quote = u"q"_s;
    a.end = 1;
    return a;
}

} // namespace

class StoreBadInputTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void refusesAFileThatIsNotADatabase_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("These are my notes, not a database.\n");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        QTest::newRow("damaged SQLite header") << QByteArray("SQLite format 3\0", 16) + QByteArray(4080, 'x');
    }
    void refusesAFileThatIsNotADatabase()
    {
        QFETCH(QByteArray, content);
        const QString path = m_dir.filePath(u"notes.lectern.sqlite"_s);
        writeFile(path, content);
        const QByteArray before = fingerprint(path);
        const auto refused = AnnotationStore::openSqlite(path);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, StoreError::Kind::NotADatabase);
        QVERIFY2(refused.error().message.contains(path), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(u"did not change it"_s) || refused.error().message.contains(u"neither opened nor changed"_s),
                 qPrintable(refused.error().message));
        // Another place is offered, and it works.
        const QString elsewhere = refused.error().suggestedLocation;
        QVERIFY(!elsewhere.isEmpty() && elsewhere != path);
        QVERIFY2(refused.error().message.contains(elsewhere), qPrintable(refused.error().message));
        QCOMPARE(fingerprint(path), before);
        QVERIFY(QDir().mkpath(QFileInfo(elsewhere).absolutePath()));
        auto fallback = AnnotationStore::openSqlite(elsewhere);
        QVERIFY2(fallback.ok(), qPrintable(fallback.ok() ? QString() : fallback.error().fullText()));
        QVERIFY(fallback.value()->createAnnotation(sample()).ok());
        fallback = StoreError{};
        QVERIFY(QFile::remove(elsewhere));
        QCOMPARE(fingerprint(path), before);
        QVERIFY(QFile::remove(path));
    }

    void refusesSomeoneElsesSqliteDatabase()
    {
        const QString path = m_dir.filePath(u"other.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"CREATE TABLE bookmarks (url TEXT)"_s));
            QVERIFY(query.exec(u"INSERT INTO bookmarks VALUES ('https://example.org')"_s));
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        const QByteArray before = fingerprint(path);
        const auto refused = AnnotationStore::openSqlite(path);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, StoreError::Kind::NotADatabase);
        QVERIFY2(refused.error().message.contains(u"not Lectern's"_s), qPrintable(refused.error().message));
        QCOMPARE(fingerprint(path), before);
    }

    void refusesANewerDatabaseWithoutTouchingIt()
    {
        const QString path = m_dir.filePath(u"newer.lectern.sqlite"_s);
        {
            auto store = AnnotationStore::openSqlite(path);
            QVERIFY(store.ok());
            QVERIFY(store.value()->createAnnotation(sample()).ok());
            {
                QSqlQuery query(store.value()->database());
                QVERIFY(query.exec(u"INSERT INTO lectern_schema (version, applied_ms, lectern) VALUES (7, 0, '3.0')"_s));
            }
        }
        const QByteArray before = fingerprint(path);
        const auto refused = AnnotationStore::openSqlite(path);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, StoreError::Kind::NewerSchema);
        QVERIFY2(refused.error().message.contains(u"update Lectern"_s), qPrintable(refused.error().message));
        QCOMPARE(fingerprint(path), before);
    }

    void opensADatabaseWithAMissingTableReadOnlyAndKeepsIt()
    {
        const QString path = m_dir.filePath(u"damaged.lectern.sqlite"_s);
        {
            auto store = AnnotationStore::openSqlite(path);
            QVERIFY(store.ok());
            QVERIFY(store.value()->createAnnotation(sample()).ok());
            {
                QSqlQuery query(store.value()->database());
                QVERIFY(query.exec(u"DROP TABLE segment_overrides"_s));
            }
        }
        const QByteArray before = fingerprint(path);
        auto opened = AnnotationStore::openSqlite(path);
        QVERIFY(opened.ok());
        QVERIFY(opened.value()->isReadOnly());
        QVERIFY2(opened.value()->notice().contains(u"segment_overrides is missing"_s), qPrintable(opened.value()->notice()));
        QCOMPARE(opened.value()->annotations().value().size(), 1);
        QCOMPARE(opened.value()->createAnnotation(sample()).error().kind, StoreError::Kind::ReadOnly);
        opened = StoreError{};
        QCOMPARE(fingerprint(path), before);
    }

    void opensAReadOnlyLocationReadOnly()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"shared.lectern.sqlite"_s);
        {
            auto store = AnnotationStore::openSqlite(path);
            QVERIFY(store.ok());
            QVERIFY(store.value()->createAnnotation(sample()).ok());
        }
        const QByteArray before = fingerprint(path);
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                                         | QFile::ReadOther | QFile::ExeOther));
        // Root may write anywhere, so as root the helper drops to "nobody" first.
        QProcess probe;
        probe.start(QStringLiteral(LECTERN_STORE_HELPER), {u"probe"_s, path, u"--as-nobody"_s});
        QVERIFY(probe.waitForFinished());
        const QString out = QString::fromUtf8(probe.readAllStandardOutput());
        QVERIFY(QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY2(out.contains(u"readonly 1"_s), qPrintable(out));
        QVERIFY2(out.contains(u"annotations 1"_s), qPrintable(out));
        QVERIFY2(out.contains(u"create Saving the new annotation: The annotations in"_s), qPrintable(out));
        QVERIFY2(out.contains(u"notice The annotations in"_s) && out.contains(u"read-only here"_s), qPrintable(out));
        QCOMPARE(fingerprint(path), before);
    }

    void refusesAStoreThatIsALink()
    {
        QTemporaryDir outside;
        QTemporaryDir bundle;
        const QString path = bundle.filePath(u".lectern.sqlite"_s);
        // A dangling link: SQLite would have created a database at its target.
        const QString target = outside.filePath(u"made-here.sqlite"_s);
        QVERIFY(QFile::link(target, path));
        auto refused = AnnotationStore::openSqlite(path);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"symbolic link"_s), qPrintable(refused.error().message));
        QVERIFY(!refused.error().suggestedLocation.isEmpty());
        QVERIFY(!QFile::exists(target));

        // A link to another bundle's store: opening must not touch that bundle's annotations.
        const QString other = outside.filePath(u"other.lectern.sqlite"_s);
        {
            auto store = AnnotationStore::openSqlite(other);
            QVERIFY(store.ok());
            QVERIFY(store.value()->createAnnotation(sample()).ok());
        }
        const QByteArray before = fingerprint(other);
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::link(other, path));
        refused = AnnotationStore::openSqlite(path);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"symbolic link"_s), qPrintable(refused.error().message));
        QCOMPARE(fingerprint(other), before);

        // A planted write-ahead log counts the same.
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::copy(other, path));
        QVERIFY(QFile::link(outside.filePath(u"log"_s), path + u"-wal"_s));
        QVERIFY(!AnnotationStore::openSqlite(path).ok());
        QVERIFY(!QFile::exists(outside.filePath(u"log"_s)));
    }

    void aRefusedDatabaseIsLeftWithoutNewFilesBesideIt()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"cut.lectern.sqlite"_s);
        {
            auto store = AnnotationStore::openSqlite(path);
            QVERIFY(store.ok());
            QVERIFY(store.value()->createAnnotation(sample()).ok());
        }
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        // Cut short inside its first page, as an interrupted copy leaves it.
        QFile file(path);
        QVERIFY(file.resize(1000));
        StoreOptions readOnly;
        readOnly.access = StoreOptions::Access::ReadOnly;
        const auto refused = AnnotationStore::openSqlite(path, readOnly);
        QVERIFY(!refused.ok());
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"cut.lectern.sqlite"_s});
        QVERIFY(!AnnotationStore::openSqlite(path).ok());
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"cut.lectern.sqlite"_s});
    }

    void placesTheDatabaseBesideTheIndexOrInTheDataFolder()
    {
        const QString index = m_dir.filePath(u"bundle.jsonl"_s);
        writeFile(index, "{}\n");
        QCOMPARE(StoreLocation::databasePathFor(index), index + u".lectern.sqlite"_s);
        const QString folderBundle = m_dir.filePath(u"pages"_s);
        QVERIFY(QDir().mkpath(folderBundle));
        QCOMPARE(StoreLocation::databasePathFor(folderBundle), folderBundle + u"/.lectern.sqlite"_s);

        // /proc cannot take new files, not even from root.
        const QString unwritable = u"/proc/version"_s;
        QVERIFY(!StoreLocation::canCreateFilesIn(u"/proc"_s));
        const QString fallback = StoreLocation::databasePathFor(unwritable);
        const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY2(fallback.startsWith(dataFolder + u"/annotations/"_s), qPrintable(fallback));
        QVERIFY(fallback.endsWith(u".lectern.sqlite"_s));
        QCOMPARE(StoreLocation::databasePathFor(unwritable), fallback); // stable
        QVERIFY(StoreLocation::dataFolderPathFor(u"/a/index.csv"_s) != StoreLocation::dataFolderPathFor(u"/b/index.csv"_s));
        // Creating the database where the folder is read-only is refused with the data folder offered.
        const auto refused = AnnotationStore::openSqlite(StoreLocation::besideIndexPath(unwritable));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, StoreError::Kind::ReadOnly);
        QCOMPARE(refused.error().suggestedLocation, StoreLocation::dataFolderPathFor(StoreLocation::besideIndexPath(unwritable)));
    }
};

QTEST_GUILESS_MAIN(StoreBadInputTest)
#include "storebadinput_test.moc"
