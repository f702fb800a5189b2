// SPDX-License-Identifier: GPL-3.0-or-later
// What Lectern opens for reading: regular files only, inside the folder they
// must stay in, within the limit counted on the bytes that arrive.
#include "inputfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class InputFileTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRegularFileIsReadWhole()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"a.txt"_s), "hello\n");
        const InputFile::Read read = InputFile::read(dir.filePath(u"a.txt"_s), {.root = dir.path(), .maxBytes = 100});
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.bytes, QByteArray("hello\n"));
    }

    void aNamedPipeIsRefusedWithoutWaitingForAWriter()
    {
        QTemporaryDir dir;
        const QString pipe = dir.filePath(u"pipe.txt"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        QCOMPARE(InputFile::notRegularReason(pipe), u"a named pipe (FIFO)"_s);
        // Opening a pipe with no writer blocks forever; this returns at once.
        const InputFile::Read read = InputFile::read(pipe, {});
        QVERIFY(read.bytes.isEmpty());
        QVERIFY2(read.error.contains(u"named pipe"_s), qPrintable(read.error));
        QVERIFY(InputFile::readPrefix(pipe, 10, {}).error.contains(u"named pipe"_s));
    }

    void aDeviceIsRefusedNotReadForever()
    {
        // /dev/zero never ends: reading it whole would exhaust memory.
        QCOMPARE(InputFile::notRegularReason(u"/dev/zero"_s), u"a character device"_s);
        const InputFile::Read read = InputFile::read(u"/dev/zero"_s, {});
        QVERIFY(read.bytes.isEmpty());
        QVERIFY2(read.error.contains(u"character device"_s), qPrintable(read.error));
    }

    void aLinkOutOfTheRootIsRefused()
    {
        QTemporaryDir outside;
        QTemporaryDir bundle;
        writeFile(outside.filePath(u"secret.tsv"_s), "Secret\tORG\n");
        QVERIFY(QFile::link(outside.filePath(u"secret.tsv"_s), bundle.filePath(u"names.tsv"_s)));
        const InputFile::Read refused = InputFile::read(bundle.filePath(u"names.tsv"_s), {.root = bundle.path(), .maxBytes = -1});
        QVERIFY(refused.bytes.isEmpty());
        QVERIFY2(refused.error.contains(u"outside"_s), qPrintable(refused.error));
        // A folder link above the file counts the same.
        QVERIFY(QFile::link(outside.path(), bundle.filePath(u"lists"_s)));
        QVERIFY(!InputFile::isInside(bundle.filePath(u"lists/secret.tsv"_s), bundle.path()));
        QVERIFY(InputFile::read(bundle.filePath(u"lists/secret.tsv"_s), {.root = bundle.path(), .maxBytes = -1}).bytes.isEmpty());
        // Without a root (a file the user named), the link is followed.
        QCOMPARE(InputFile::read(bundle.filePath(u"names.tsv"_s), {}).bytes, QByteArray("Secret\tORG\n"));
    }

    void aDanglingLinkSaysSo()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::link(dir.filePath(u"gone.txt"_s), dir.filePath(u"link.txt"_s)));
        const InputFile::Read read = InputFile::read(dir.filePath(u"link.txt"_s), {});
        QVERIFY2(read.error.contains(u"link to nothing"_s), qPrintable(read.error));
    }

    void theLimitCountsTheBytesThatArriveNotTheReportedSize()
    {
        // /proc files report a size of 0 and hold more.
        const QString status = u"/proc/self/status"_s;
        if (!QFile::exists(status))
            QSKIP("no /proc here");
        QCOMPARE(QFileInfo(status).size(), 0);
        const InputFile::Read read = InputFile::read(status, {.root = {}, .maxBytes = 16});
        QVERIFY(read.tooLarge);
        QVERIFY(read.bytes.isEmpty());
        QVERIFY2(read.error.contains(u"more than"_s), qPrintable(read.error));
        QVERIFY(InputFile::read(status, {}).bytes.contains("Umask"));
    }

    void exactlyTheLimitIsAllowed()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"a.txt"_s), QByteArray(100, 'x'));
        QCOMPARE(InputFile::read(dir.filePath(u"a.txt"_s), {.root = {}, .maxBytes = 100}).bytes.size(), 100);
        QVERIFY(InputFile::read(dir.filePath(u"a.txt"_s), {.root = {}, .maxBytes = 99}).tooLarge);
    }
};

QTEST_GUILESS_MAIN(InputFileTest)
#include "inputfile_test.moc"
