// SPDX-License-Identifier: GPL-3.0-or-later
// What Lectern writes: never through a link planted where the file goes, and
// all or nothing.
#include "outputfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

bool save(const QString &path, const QByteArray &bytes, QString *error = nullptr)
{
    OutputFile file(path);
    const bool ok = file.open() && file.write(bytes) == bytes.size() && file.commit();
    if (error)
        *error = file.errorString();
    return ok;
}

} // namespace

class OutputFileTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAndReplaces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        QVERIFY(save(path, "one\n"));
        QCOMPARE(contents(path), QByteArray("one\n"));
        QVERIFY(save(path, "two\n"));
        QCOMPARE(contents(path), QByteArray("two\n"));
        // Nothing is left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"out.csv"_s});
    }

    void aLinkWhereTheFileGoesIsRefusedAndItsTargetUntouched()
    {
        QTemporaryDir outside;
        QTemporaryDir out;
        const QString target = outside.filePath(u"important.txt"_s);
        QFile precious(target);
        QVERIFY(precious.open(QIODevice::WriteOnly));
        precious.write("the user's own work\n");
        precious.close();
        QVERIFY(QFile::link(target, out.filePath(u"a.txt"_s)));
        QString error;
        QVERIFY(!save(out.filePath(u"a.txt"_s), "bundle text\n", &error));
        QVERIFY2(error.contains(u"symbolic link"_s), qPrintable(error));
        QCOMPARE(contents(target), QByteArray("the user's own work\n"));
        // A dangling link would have created the file at its target.
        QVERIFY(QFile::link(outside.filePath(u"new.txt"_s), out.filePath(u"b.txt"_s)));
        QVERIFY(!save(out.filePath(u"b.txt"_s), "bundle text\n"));
        QVERIFY(!QFile::exists(outside.filePath(u"new.txt"_s)));
    }

    void aPipeWhereTheFileGoesIsRefused()
    {
        QTemporaryDir dir;
        const QString pipe = dir.filePath(u"out.txt"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        QString error;
        QVERIFY(!save(pipe, "text\n", &error));
        QVERIFY2(error.contains(u"not a regular file"_s), qPrintable(error));
    }

    void aCancelledWriteLeavesTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.md"_s);
        QVERIFY(save(path, "old\n"));
        {
            OutputFile file(path);
            QVERIFY(file.open());
            file.write("half of the new");
            // Destroyed without commit(): a failed export.
        }
        QCOMPARE(contents(path), QByteArray("old\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"notes.md"_s});
    }

    void aNewFileGetsTheUsualPermissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new.txt"_s);
        QVERIFY(save(path, "x"));
        const mode_t mask = ::umask(0);
        ::umask(mask);
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), int(0666 & ~mask));
    }
};

QTEST_GUILESS_MAIN(OutputFileTest)
#include "outputfile_test.moc"
