// SPDX-License-Identifier: GPL-3.0-or-later
// lectern-cli on bundles and folders someone else prepared: links planted
// where Lectern writes or reads, pipes and devices among the documents, ids
// made to collide, lines and limits made to overflow. Each case must end
// promptly with a message that says what and where, and leave the user's
// files as they were.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    bool finished = false;
};

// 60 s is far beyond what any of these takes; a run that waits on a pipe
// never finishes on its own.
Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(LECTERN_CLI), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()), true};
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(bytes);
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

const QByteArray Story = "Harbour cranes\n\nThe harbour authority ordered four new cranes for the container terminal, "
                         "the port's largest purchase in a decade, and expects them to be working by the spring.\n";

} // namespace

class HostileFilesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extractNeverWritesThroughALinkInTheOutputFolder()
    {
        QTemporaryDir bundle;
        QTemporaryDir outside;
        QTemporaryDir out;
        writeFile(bundle.filePath(u"alpha.txt"_s), Story);
        writeFile(bundle.filePath(u"beta.txt"_s), Story);
        writeFile(bundle.filePath(u"list.txt"_s), "alpha.txt\nbeta.txt\n");
        const QString precious = outside.filePath(u"thesis.txt"_s);
        writeFile(precious, "three years of work\n");
        QVERIFY(QFile::link(precious, out.filePath(u"alpha.txt"_s)));

        const Run run = runCli({u"extract"_s, bundle.filePath(u"list.txt"_s), u"--out"_s, out.path()});
        QVERIFY(run.finished);
        QCOMPARE(contents(precious), QByteArray("three years of work\n"));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(out.filePath(u"alpha.txt"_s)) && run.err.contains(u"symbolic link"_s), qPrintable(run.err));
        // The other document is still written, and the count says what happened.
        QVERIFY(contents(out.filePath(u"beta.txt"_s)).contains("four new cranes"));
        QVERIFY2(run.err.contains(u"wrote 1 file to"_s) && run.err.contains(u"1 could not be written"_s), qPrintable(run.err));
    }

    void exportNeverWritesThroughALink()
    {
        QTemporaryDir bundle;
        QTemporaryDir outside;
        writeFile(bundle.filePath(u"alpha.txt"_s), Story);
        writeFile(bundle.filePath(u"list.txt"_s), "alpha.txt\n");
        const QString precious = outside.filePath(u"thesis.txt"_s);
        writeFile(precious, "three years of work\n");
        const QString out = bundle.filePath(u"corpus.jsonl"_s);
        QVERIFY(QFile::link(precious, out));
        const Run run = runCli({u"export"_s, bundle.filePath(u"list.txt"_s), u"--format"_s, u"jsonl"_s, u"--out"_s, out});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"symbolic link"_s), qPrintable(run.err));
        QCOMPARE(contents(precious), QByteArray("three years of work\n"));
    }

    void aGazetteerLinkedOutOfTheBundleIsNotRead()
    {
        QTemporaryDir bundle;
        QTemporaryDir outside;
        writeFile(outside.filePath(u"secret.tsv"_s), "name\tcategory\nCodename Heron\tORG\n");
        writeFile(bundle.filePath(u"alpha.txt"_s), Story + "Codename Heron was mentioned.\n");
        writeFile(bundle.filePath(u"bundle.json"_s),
                  R"({"documents": [{"path": "alpha.txt"}], "gazetteer": "names.tsv"})");
        QVERIFY(QFile::link(outside.filePath(u"secret.tsv"_s), bundle.filePath(u"names.tsv"_s)));
        Run run = runCli({u"entities"_s, bundle.filePath(u"bundle.json"_s)});
        QVERIFY(run.finished);
        QVERIFY2(!run.out.contains(u"Heron"_s), qPrintable(run.out));
        QVERIFY2(run.err.contains(u"names.tsv"_s) && run.err.contains(u"outside"_s), qPrintable(run.err));

        // The same through a linked folder above the file.
        QVERIFY(QFile::link(outside.path(), bundle.filePath(u"lists"_s)));
        writeFile(bundle.filePath(u"bundle.json"_s),
                  R"({"documents": [{"path": "alpha.txt"}], "gazetteer": "lists/secret.tsv"})");
        run = runCli({u"entities"_s, bundle.filePath(u"bundle.json"_s)});
        QVERIFY(run.finished);
        QVERIFY2(!run.out.contains(u"Heron"_s), qPrintable(run.out));
        QVERIFY2(run.err.contains(u"outside"_s), qPrintable(run.err));

        // Allowed explicitly, it is read.
        run = runCli({u"entities"_s, bundle.filePath(u"bundle.json"_s), u"--allow-outside"_s});
        QVERIFY2(run.out.contains(u"Codename Heron"_s), qPrintable(run.out + run.err));
    }

    void pipesAmongTheDocumentsDoNotHang()
    {
        QTemporaryDir bundle;
        writeFile(bundle.filePath(u"alpha.txt"_s), Story);
        const QString pipe = bundle.filePath(u"pipe.txt"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        writeFile(bundle.filePath(u"list.txt"_s), "alpha.txt\npipe.txt\n");
        writeFile(bundle.filePath(u"bundle.json"_s), R"({"documents": [{"path": "alpha.txt"}], "gazetteer": "pipe.txt"})");

        for (const QString &index : {bundle.filePath(u"list.txt"_s), bundle.path()}) {
            const Run run = runCli({u"info"_s, index});
            QVERIFY2(run.finished, qPrintable(index));
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.err.contains(pipe + u": error: this is a named pipe (FIFO)"_s), qPrintable(run.err));
            QVERIFY(run.out.contains(u"alpha"_s));
        }
        const Run entities = runCli({u"entities"_s, bundle.filePath(u"bundle.json"_s)});
        QVERIFY(entities.finished);
        QVERIFY2(entities.err.contains(u"named pipe"_s), qPrintable(entities.err));
        // The pipe as the index itself.
        const Run asIndex = runCli({u"info"_s, pipe});
        QVERIFY(asIndex.finished);
        QCOMPARE(asIndex.exitCode, 1);
        QVERIFY2(asIndex.err.contains(u"named pipe"_s), qPrintable(asIndex.err));
    }

    void anEndlessDeviceIsRefusedNotRead()
    {
        QTemporaryDir bundle;
        writeFile(bundle.filePath(u"alpha.txt"_s), Story);
        QVERIFY(QFile::link(u"/dev/zero"_s, bundle.filePath(u"zero.txt"_s)));
        writeFile(bundle.filePath(u"list.txt"_s), "alpha.txt\nzero.txt\n");
        Run run = runCli({u"segment"_s, bundle.filePath(u"list.txt"_s), u"--allow-outside"_s});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(u"character device"_s), qPrintable(run.err));
        QVERIFY(run.out.contains(u"== alpha"_s));
        // Named as the gazetteer: a message, not an abort.
        run = runCli({u"entities"_s, bundle.filePath(u"list.txt"_s), u"--gazetteer"_s, u"/dev/zero"_s});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(u"character device"_s), qPrintable(run.err));
    }

    void extractGivesCollidingIdsTheirOwnFiles()
    {
        QTemporaryDir bundle;
        QTemporaryDir out;
        QByteArray lines;
        for (const char *id : {"a/b", "a_b", "a\\\\b", "A_B", "c"})
            lines += "{\"id\": \"" + QByteArray(id) + "\", \"text\": \"Harbour cranes\\n\\n" + QByteArray(id)
                + " says the harbour authority ordered four new cranes for the container terminal, its largest purchase in a decade.\"}\n";
        writeFile(bundle.filePath(u"corpus.jsonl"_s), lines);
        // A name that cannot be written (a folder is in the way) stops nothing else.
        QVERIFY(QDir(out.path()).mkdir(u"c.txt"_s));
        const Run run = runCli({u"extract"_s, bundle.filePath(u"corpus.jsonl"_s), u"--out"_s, out.path()});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 3);
        QStringList files = QDir(out.path()).entryList(QDir::Files);
        files.sort();
        // "A_B" differs only in case: a separate file on a file system that folds case.
        QCOMPARE(files, (QStringList{u"A_B-4.txt"_s, u"a_b-2.txt"_s, u"a_b-3.txt"_s, u"a_b.txt"_s}));
        QSet<QByteArray> texts;
        for (const QString &file : files)
            texts.insert(contents(out.filePath(file)).left(4));
        QCOMPARE(texts.size(), 4);
        QVERIFY2(run.err.contains(u"share the file name a_b.txt"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"wrote 4 files"_s) && run.err.contains(u"1 could not be written"_s), qPrintable(run.err));
    }

    void theDocumentLimitHoldsForEachJsonLine()
    {
        QTemporaryDir bundle;
        const QByteArray big = "{\"id\": \"big\", \"text\": \"" + QByteArray(3 * 1024 * 1024, 'x') + "\"}\n";
        writeFile(bundle.filePath(u"corpus.jsonl"_s), "{\"id\": \"small\", \"text\": \"short\"}\n" + big
                                                         + "{\"id\": \"after\", \"text\": \"also short\"}\n");
        const Run run = runCli({u"info"_s, bundle.filePath(u"corpus.jsonl"_s), u"--max-document-size"_s, u"2"_s});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(u"corpus.jsonl:2:"_s) && run.err.contains(u"over the 2.0 MB limit"_s), qPrintable(run.err));
        QVERIFY(run.out.contains(u"small"_s) && run.out.contains(u"after"_s));
        QVERIFY(!run.out.contains(u"big"_s));
    }

    void aHugeSizeLimitIsAUsageErrorNotAnOverflow()
    {
        QTemporaryDir bundle;
        writeFile(bundle.filePath(u"alpha.txt"_s), Story);
        writeFile(bundle.filePath(u"list.txt"_s), "alpha.txt\n");
        const Run run = runCli({u"info"_s, bundle.filePath(u"list.txt"_s), u"--max-document-size"_s, u"9223372036854775807"_s});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"at most"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(HostileFilesTest)
#include "hostilefiles_test.moc"
