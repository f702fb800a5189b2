// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite store across processes: durability under SIGKILL, two writers
// at once, and a writer that has to wait for another.
#include "annotationstore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {

// Reads the helper's output until a line starting with @p marker, or the timeout.
QStringList readUntil(QProcess &process, const QString &marker, int count = 1, int timeoutMs = 60000)
{
    QStringList lines;
    int seen = 0;
    QElapsedTimer timer;
    timer.start();
    while (seen < count && timer.elapsed() < timeoutMs) {
        if (!process.canReadLine() && !process.waitForReadyRead(1000) && process.state() != QProcess::Running)
            break;
        while (process.canReadLine() && seen < count) {
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            lines.append(line);
            if (line.startsWith(marker))
                ++seen;
        }
    }
    return lines;
}

Annotation sample()
{
    Annotation a;
    a.documentId = u"main"_s;
    a.start = 0;
    a.end = 4;
    a.quote = u"text"_s;
    return a;
}

} // namespace

class StoreProcessTest final : public QObject
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

    void annotationsSurviveSigkillRightAfterCreation()
    {
        const QString db = m_dir.filePath(u"killed.lectern.sqlite"_s);
        QProcess child;
        child.start(QStringLiteral(LECTERN_STORE_HELPER), {u"create"_s, db, u"50"_s, u"doc"_s});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        const QStringList lines = readUntil(child, u"created "_s, 50);
        child.kill(); // SIGKILL: no destructor, no checkpoint, no close
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QStringList ids;
        for (const QString &line : lines) {
            QVERIFY2(!line.startsWith(u"error"_s), qPrintable(line));
            if (line.startsWith(u"created "_s))
                ids.append(line.mid(8));
        }
        QCOMPARE(ids.size(), 50);

        auto reopened = AnnotationStore::openSqlite(db);
        QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().fullText()));
        const auto all = reopened.value()->annotations();
        QVERIFY(all.ok());
        QStringList stored;
        for (const Annotation &a : all.value())
            stored.append(a.id);
        for (const QString &id : std::as_const(ids))
            QVERIFY2(stored.contains(id), qPrintable(u"lost after SIGKILL: "_s + id));
        QCOMPARE(all.value().constFirst().tags, QStringList{u"helper"_s});
    }

    void twoProcessesWriteToOneDatabaseWithoutDamage()
    {
        const QString db = m_dir.filePath(u"shared.lectern.sqlite"_s);
        QVERIFY(AnnotationStore::openSqlite(db).ok()); // created once, so both children only migrate-check
        QProcess first;
        QProcess second;
        first.start(QStringLiteral(LECTERN_STORE_HELPER), {u"create"_s, db, u"200"_s, u"first"_s, u"--exit"_s});
        second.start(QStringLiteral(LECTERN_STORE_HELPER), {u"create"_s, db, u"200"_s, u"second"_s, u"--exit"_s});
        QVERIFY(first.waitForFinished(120000));
        QVERIFY(second.waitForFinished(120000));
        const QString firstOut = QString::fromUtf8(first.readAllStandardOutput());
        const QString secondOut = QString::fromUtf8(second.readAllStandardOutput());
        QVERIFY2(first.exitCode() == 0, qPrintable(firstOut.right(400)));
        QVERIFY2(second.exitCode() == 0, qPrintable(secondOut.right(400)));

        auto store = AnnotationStore::openSqlite(db);
        QVERIFY(store.ok());
        QCOMPARE(store.value()->annotationsOfDocument(u"first"_s).value().size(), 200);
        QCOMPARE(store.value()->annotationsOfDocument(u"second"_s).value().size(), 200);
        QSqlQuery check(store.value()->database());
        QVERIFY(check.exec(u"PRAGMA integrity_check"_s));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
    }

    void aWriterWaitsForAnotherProcess()
    {
        const QString db = m_dir.filePath(u"waiting.lectern.sqlite"_s);
        StoreOptions patient;
        patient.busyTimeoutMs = 20000;
        auto opened = AnnotationStore::openSqlite(db, patient);
        QVERIFY(opened.ok());
        QProcess holder;
        holder.start(QStringLiteral(LECTERN_STORE_HELPER), {u"hold"_s, db, u"1500"_s});
        QVERIFY(readUntil(holder, u"locked"_s).join(u'\n').contains(u"locked"_s));
        QElapsedTimer waited;
        waited.start();
        const auto created = opened.value()->createAnnotation(sample());
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().fullText()));
        // It waited for the other process rather than failing at once.
        QVERIFY2(waited.elapsed() >= 500, qPrintable(QString::number(waited.elapsed())));
        QVERIFY(holder.waitForFinished());
        QCOMPARE(holder.exitCode(), 0);
    }

    void aWriterThatWaitsTooLongGetsAClearMessage()
    {
        const QString db = m_dir.filePath(u"busy.lectern.sqlite"_s);
        StoreOptions impatient;
        impatient.busyTimeoutMs = 200;
        auto opened = AnnotationStore::openSqlite(db, impatient);
        QVERIFY(opened.ok());
        QProcess holder;
        holder.start(QStringLiteral(LECTERN_STORE_HELPER), {u"hold"_s, db, u"3000"_s});
        QVERIFY(readUntil(holder, u"locked"_s).join(u'\n').contains(u"locked"_s));
        const auto refused = opened.value()->createAnnotation(sample());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, StoreError::Kind::Busy);
        QVERIFY2(refused.error().message.contains(u"busy"_s) && refused.error().message.contains(u"Nothing was saved"_s),
                 qPrintable(refused.error().message));
        QVERIFY(holder.waitForFinished());
        QCOMPARE(opened.value()->annotations().value().size(), 0);
        QVERIFY(opened.value()->createAnnotation(sample()).ok()); // and it works once the other is done
    }

    void aReaderIsNotHeldUpByAWriter()
    {
        // lectern-cli annotations (read-only) while the reader window saves.
        const QString db = m_dir.filePath(u"reading.lectern.sqlite"_s);
        {
            auto opened = AnnotationStore::openSqlite(db);
            QVERIFY(opened.ok());
            QVERIFY(opened.value()->createAnnotation(sample()).ok());
        }
        QProcess holder;
        holder.start(QStringLiteral(LECTERN_STORE_HELPER), {u"hold"_s, db, u"3000"_s});
        QVERIFY(readUntil(holder, u"locked"_s).join(u'\n').contains(u"locked"_s));
        StoreOptions reading;
        reading.access = StoreOptions::Access::ReadOnly;
        reading.busyTimeoutMs = 200; // a reader that had to wait would fail
        auto opened = AnnotationStore::openSqlite(db, reading);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().fullText()));
        const auto annotations = opened.value()->annotations();
        QVERIFY2(annotations.ok(), qPrintable(annotations.ok() ? QString() : annotations.error().fullText()));
        QCOMPARE(annotations.value().size(), 1);
        QVERIFY(holder.waitForFinished());
    }
};

QTEST_GUILESS_MAIN(StoreProcessTest)
#include "storeprocess_test.moc"
