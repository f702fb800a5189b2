// SPDX-License-Identifier: GPL-3.0-or-later
// lectern-cli as a user runs it: exit statuses, output and messages.
#include "annotationstore.h"
#include "storelocation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(LECTERN_CLI), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString forms(const QString &name)
{
    return QStringLiteral(LECTERN_TEST_DATA) + u"/forms/"_s + name;
}

} // namespace

class CliTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpAndVersion()
    {
        const Run help = runCli({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"info"_s));
        const Run version = runCli({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(u"lectern-cli "_s));
        const Run infoHelp = runCli({u"info"_s, u"--help"_s});
        QCOMPARE(infoHelp.exitCode, 0);
        QVERIFY(infoHelp.out.contains(u"--json"_s));
    }

    void unknownCommandIsAUsageError()
    {
        const Run run = runCli({u"summarise"_s, forms(u"list.txt"_s)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"unknown command"_s));
    }

    void infoListsDocumentsAsJson_data()
    {
        QTest::addColumn<QString>("index");
        QTest::newRow("manifest") << u"manifest.json"_s;
        QTest::newRow("list") << u"list.txt"_s;
        QTest::newRow("csv") << u"index.csv"_s;
        QTest::newRow("tsv") << u"index.tsv"_s;
        QTest::newRow("directory") << u"docs"_s;
        QTest::newRow("jsonl") << u"corpus.jsonl"_s;
    }

    void infoListsDocumentsAsJson()
    {
        QFETCH(QString, index);
        const Run run = runCli({u"info"_s, forms(index), u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(root.value(u"loaded"_s).toBool());
        const QJsonArray documents = root.value(u"documents"_s).toArray();
        QCOMPARE(documents.size(), 3);
        QCOMPARE(documents.at(0).toObject().value(u"id"_s).toString(), u"alpha"_s);
        QCOMPARE(documents.at(0).toObject().value(u"status"_s).toString(), u"ok"_s);
        QVERIFY(documents.at(0).toObject().value(u"characters"_s).toInt() > 50);
        QCOMPARE(root.value(u"diagnostics"_s).toArray().size(), 0);
    }

    void charactersCountCodePoints()
    {
        QTemporaryDir dir;
        QFile doc(dir.filePath(u"emoji.txt"_s));
        QVERIFY(doc.open(QIODevice::WriteOnly));
        doc.write(u"caf\u00E9 \U0001F50B"_s.toUtf8()); // 6 code points, 7 UTF-16 units
        doc.close();
        const Run run = runCli({u"info"_s, dir.path(), u"--json"_s});
        const QJsonObject first = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"documents"_s).toArray().at(0).toObject();
        QCOMPARE(first.value(u"characters"_s).toInt(), 6);
    }

    void infoSaysEachDocumentsFormatAndPages()
    {
        QTemporaryDir dir;
        // A two-page PDF written object by object, its cross-reference table counted here.
        const QList<QByteArray> objects{
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 7 0 R >> >> /Contents 4 0 R >>",
            "<< /Length 71 >>\nstream\nBT /F1 12 Tf 72 720 Td (The harbour board met on Monday morning.) Tj ET\nendstream",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 7 0 R >> >> /Contents 6 0 R >>",
            "<< /Length 77 >>\nstream\nBT /F1 12 Tf 72 720 Td (It voted to order two new cranes for the quay.) Tj ET\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        QByteArray pdf = "%PDF-1.4\n";
        QList<qsizetype> offsets;
        for (qsizetype i = 0; i < objects.size(); ++i) {
            offsets.append(pdf.size());
            pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
        }
        const qsizetype xref = pdf.size();
        pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
        for (const qsizetype offset : std::as_const(offsets))
            pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
        pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
            + QByteArray::number(xref) + "\n%%EOF\n";
        QFile report(dir.filePath(u"minutes.pdf"_s));
        QVERIFY(report.open(QIODevice::WriteOnly));
        report.write(pdf);
        report.close();
        QFile note(dir.filePath(u"note.txt"_s));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("A note beside the minutes.\n");
        note.close();

        const Run table = runCli({u"info"_s, dir.path()});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(u"\tok\tminutes.pdf\tpdf\t2\n"_s), qPrintable(table.out + table.err));
        QVERIFY2(table.out.contains(u"\tok\tnote.txt\ttext\t-\n"_s), qPrintable(table.out));
        const Run json = runCli({u"info"_s, dir.path(), u"--json"_s});
        const QJsonArray documents = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"documents"_s).toArray();
        QCOMPARE(documents.size(), 2);
        QCOMPARE(documents.at(0).toObject().value(u"format"_s).toString(), u"pdf"_s);
        QCOMPARE(documents.at(0).toObject().value(u"pages"_s).toInt(), 2);
        QCOMPARE(documents.at(1).toObject().value(u"pages"_s).toInt(), 0);
    }

    void problemsGoToStandardErrorWithTheirPlace()
    {
        QTemporaryDir dir;
        QFile good(dir.filePath(u"good.txt"_s));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write("fine");
        good.close();
        QFile index(dir.filePath(u"list.txt"_s));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("good.txt\nmissing.txt\n");
        index.close();
        const Run run = runCli({u"info"_s, index.fileName()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"good\tgood\t4\tok\tgood.txt"_s));
        QVERIFY2(run.err.contains(dir.filePath(u"missing.txt"_s) + u": error: the file does not exist"_s), qPrintable(run.err));
    }

    void nothingLoadedIsAFailure()
    {
        QTemporaryDir dir;
        QFile index(dir.filePath(u"broken.json"_s));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("{\"documents\": [ {\"path\": \"a.txt\"}, ]");
        index.close();
        const Run run = runCli({u"info"_s, index.fileName()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"broken.json:1:"_s));
        QVERIFY(run.err.contains(u"nothing could be loaded"_s));
    }

    void segmentReportsEverySegmentInCodePoints_data()
    {
        QTest::addColumn<QString>("index");
        QTest::newRow("manifest") << u"manifest.json"_s;
        QTest::newRow("plain list") << u"list.txt"_s;
        QTest::newRow("csv") << u"index.csv"_s;
        QTest::newRow("directory") << u"docs"_s;
        QTest::newRow("jsonl") << u"corpus.jsonl"_s;
    }

    void segmentReportsEverySegmentInCodePoints()
    {
        QFETCH(QString, index);
        const Run run = runCli({u"segment"_s, forms(index), u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray documents = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"documents"_s).toArray();
        QCOMPARE(documents.size(), 3);
        for (const QJsonValue &value : documents) {
            const QJsonArray segments = value.toObject().value(u"segments"_s).toArray();
            QVERIFY(!segments.isEmpty());
            // Segments cover the text without gaps or overlaps.
            qint64 expectedStart = 0;
            for (const QJsonValue &segment : segments) {
                QCOMPARE(segment.toObject().value(u"start"_s).toInteger(), expectedStart);
                expectedStart = segment.toObject().value(u"end"_s).toInteger();
                QVERIFY(!segment.toObject().value(u"kind"_s).toString().isEmpty());
            }
        }
    }

    void segmentOffsetsCountCodePoints()
    {
        QTemporaryDir dir;
        QFile doc(dir.filePath(u"emoji.txt"_s));
        QVERIFY(doc.open(QIODevice::WriteOnly));
        const QString text = u"🔋 Battery makers in Ohio expand their plants this year, officials said on Monday."_s;
        doc.write(text.toUtf8());
        doc.close();
        const Run run = runCli({u"segment"_s, dir.path(), u"--json"_s, u"--no-blank"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray segments = QJsonDocument::fromJson(run.out.toUtf8())
                                        .object().value(u"documents"_s).toArray().at(0).toObject().value(u"segments"_s).toArray();
        QCOMPARE(segments.size(), 1);
        QCOMPARE(segments.at(0).toObject().value(u"end"_s).toInteger(), text.size() - 1); // the emoji is one code point, two UTF-16 units
    }

    void extractWritesMainArticleText()
    {
        QTemporaryDir out;
        const Run run = runCli({u"extract"_s, forms(u"list.txt"_s), u"--out"_s, out.path()});
        QCOMPARE(run.exitCode, 0);
        for (const QString &id : {u"alpha"_s, u"beta"_s, u"gamma"_s})
            QVERIFY2(QFile::exists(out.filePath(id + u".txt"_s)), qPrintable(id));
        const Run missing = runCli({u"extract"_s, forms(u"list.txt"_s)});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(u"--out"_s));
    }

    void duplicatesFindsTheCopy()
    {
        QTemporaryDir dir;
        const QString story = u"The harbour board approved a second container terminal on Tuesday after two years of hearings.\n"
                              u"Construction will start in the spring and the first berth should open within three years.\n"
                              u"The board said the project would cost about 400 million euros, shared with the regional government.\n"
                              u"Dock workers welcomed the decision but asked for guarantees on training and safety for new cranes.\n"_s;
        for (const QString &name : {u"a.txt"_s, u"b.txt"_s}) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write((name == u"b.txt"_s ? QString(story).replace(u"\n"_s, u"\n\n"_s) + u"Share this story\n"_s : story).toUtf8());
        }
        QFile other(dir.filePath(u"c.txt"_s));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("A night train between two river cities resumes in May, the operator said, with sleeper cars refitted over the winter.\n");
        other.close();
        const Run run = runCli({u"duplicates"_s, dir.path(), u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray clusters = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"documents"_s).toArray();
        QCOMPARE(clusters.size(), 1);
        const QJsonArray members = clusters.at(0).toObject().value(u"members"_s).toArray();
        QCOMPARE(members.size(), 2);
        QCOMPARE(members.at(0).toObject().value(u"id"_s).toString(), u"a"_s);
        QCOMPARE(members.at(1).toObject().value(u"id"_s).toString(), u"b"_s);
    }

    void entitiesFollowTheDecisionsMadeInTheReader()
    {
        // The sample bundle with decisions as the reader stores them: Toledo
        // renamed, Tsurugawa Power Cells merged, Ohio removed.
        QTemporaryDir dir;
        const QDir sample(QStringLiteral(LECTERN_SOURCE_DIR) + u"/resources/samples/newsroom"_s);
        for (const QString &name : sample.entryList(QDir::Files)) {
            if (!name.contains(u".sqlite"_s))
                QVERIFY(QFile::copy(sample.filePath(name), dir.filePath(name)));
        }
        const QString index = dir.filePath(u"bundle.json"_s);
        const auto names = [](const Run &run) {
            QHash<QString, int> mentions;
            const QJsonArray entities = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"entities"_s).toArray();
            for (const QJsonValue &entity : entities)
                mentions.insert(entity[u"name"_s].toString(), entity[u"mentionCount"_s].toInt());
            return mentions;
        };
        const Run before = runCli({u"entities"_s, index, u"--json"_s});
        QCOMPARE(before.exitCode, 0);
        const QHash<QString, int> original = names(before);
        QVERIFY(original.value(u"Toledo"_s) > 0 && original.contains(u"Ohio"_s));
        {
            using Lectern::Models::EntityDecision;
            auto store = Lectern::Models::AnnotationStore::openSqlite(Lectern::Models::StoreLocation::databasePathFor(index));
            QVERIFY(store.ok());
            QVERIFY(store.value()->setEntityDecision(EntityDecision::rename(u"Toledo"_s, u"City of Toledo"_s, true)).ok());
            QVERIFY(store.value()->setEntityDecision(EntityDecision::merge(u"Tsurugawa Power Cells"_s, u"Tsurugawa Industries"_s)).ok());
            QVERIFY(store.value()->setEntityDecision(EntityDecision::decide(u"Ohio"_s, {}, false)).ok());
        }
        const Run after = runCli({u"entities"_s, index, u"--json"_s});
        QCOMPARE(after.exitCode, 0);
        const QHash<QString, int> decided = names(after);
        QCOMPARE(decided.value(u"City of Toledo"_s), original.value(u"Toledo"_s));
        QVERIFY(!decided.contains(u"Toledo"_s));
        QVERIFY(!decided.contains(u"Ohio"_s));
        QVERIFY(!decided.contains(u"Tsurugawa Power Cells"_s));
        QCOMPARE(decided.value(u"Tsurugawa Industries"_s),
                 original.value(u"Tsurugawa Industries"_s) + original.value(u"Tsurugawa Power Cells"_s));
        // The file as it is, on request.
        QCOMPARE(names(runCli({u"entities"_s, index, u"--json"_s, u"--ignore-decisions"_s})), original);
    }

    void entitiesKeepDecisionsGivenOnTheCommandLine()
    {
        QTemporaryDir dir;
        const QDir sample(QStringLiteral(LECTERN_SOURCE_DIR) + u"/resources/samples/newsroom"_s);
        for (const QString &name : sample.entryList(QDir::Files)) {
            if (!name.contains(u".sqlite"_s))
                QVERIFY(QFile::copy(sample.filePath(name), dir.filePath(name)));
        }
        const QString index = dir.filePath(u"bundle.json"_s);
        const auto entityNames = [](const Run &run) {
            QHash<QString, QString> categories;
            for (const QJsonValue &entity : QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"entities"_s).toArray())
                categories.insert(entity[u"name"_s].toString(), entity[u"category"_s].toString());
            return categories;
        };
        // Malformed: a usage error, and nothing is kept.
        const Run malformed = runCli({u"entities"_s, index, u"--rename"_s, u"Toledo"_s});
        QCOMPARE(malformed.exitCode, 2);
        QVERIFY2(malformed.err.contains(u"joined by '='"_s), qPrintable(malformed.err));
        QVERIFY(!QFile::exists(Lectern::Models::StoreLocation::databasePathFor(index)));
        QCOMPARE(runCli({u"entities"_s, index, u"--accept"_s, u"glass works=not a category!"_s}).exitCode, 2);

        const Run kept = runCli({u"entities"_s, index, u"--json"_s, u"--accept"_s, u"glass works=product"_s, u"--rename"_s,
                                 u"Toledo=City of Toledo"_s, u"--merge"_s, u"City of Toledo=Ohio"_s, u"--reject"_s, u"Warsaw"_s});
        QCOMPARE(kept.exitCode, 0);
        QVERIFY2(kept.err.contains(u"kept 4 entity decisions"_s), qPrintable(kept.err));
        // A later run (and the reader) sees them: they are in the bundle's database.
        const QHash<QString, QString> later = entityNames(runCli({u"entities"_s, index, u"--json"_s}));
        QCOMPARE(later.value(u"glass works"_s), u"product"_s);
        QVERIFY(!later.contains(u"Toledo"_s) && !later.contains(u"City of Toledo"_s)); // renamed, then merged into Ohio
        QVERIFY(later.contains(u"Ohio"_s));
        QVERIFY(!later.contains(u"Warsaw"_s));
        QCOMPARE(entityNames(kept), later);
    }

    void entitiesGoOnWhenTheDatabaseIsNotOne()
    {
        QTemporaryDir dir;
        const QDir sample(QStringLiteral(LECTERN_SOURCE_DIR) + u"/resources/samples/newsroom"_s);
        for (const QString &name : sample.entryList(QDir::Files)) {
            if (!name.contains(u".sqlite"_s))
                QVERIFY(QFile::copy(sample.filePath(name), dir.filePath(name)));
        }
        const QString index = dir.filePath(u"bundle.json"_s);
        QFile junk(Lectern::Models::StoreLocation::databasePathFor(index));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a database at all");
        junk.close();
        const Run run = runCli({u"entities"_s, index, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(u"entity decisions were not applied"_s), qPrintable(run.err));
        QVERIFY(run.out.contains(u"Toledo"_s));
        QVERIFY(junk.open(QIODevice::ReadOnly));
        QCOMPARE(junk.readAll(), QByteArray("not a database at all"));
    }

    void sizeLimitIsAnOption()
    {
        const Run refused = runCli({u"info"_s, forms(u"list.txt"_s), u"--max-document-size"_s, u"zero"_s});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains(u"positive number"_s));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "cli_test.moc"
