// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentreader.h"
#include "indexreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {

QString formsDir()
{
    return QStringLiteral(LECTERN_TEST_DATA) + u"/forms"_s;
}

void writeFile(const QString &path, QByteArrayView bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(bytes.data(), bytes.size());
}

const Diagnostic *findDiagnostic(const Bundle &bundle, const QString &fragment)
{
    for (const Diagnostic &d : bundle.diagnostics) {
        if (d.message.contains(fragment))
            return &d;
    }
    return nullptr;
}

QStringList ids(const Bundle &bundle)
{
    QStringList result;
    for (const DocumentEntry &e : bundle.documents)
        result.append(e.id);
    return result;
}

} // namespace

class IndexReaderTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFormListsTheSameDocuments_data()
    {
        QTest::addColumn<QString>("index");
        QTest::addColumn<IndexForm>("form");
        QTest::addColumn<bool>("hasTitles");
        QTest::newRow("manifest") << u"manifest.json"_s << IndexForm::Manifest << true;
        QTest::newRow("plain list") << u"list.txt"_s << IndexForm::PlainList << false;
        QTest::newRow("csv") << u"index.csv"_s << IndexForm::Csv << true;
        QTest::newRow("tsv") << u"index.tsv"_s << IndexForm::Tsv << true;
        QTest::newRow("directory") << u"docs"_s << IndexForm::Directory << false;
        QTest::newRow("json lines") << u"corpus.jsonl"_s << IndexForm::JsonLines << true;
    }

    void everyFormListsTheSameDocuments()
    {
        QFETCH(QString, index);
        QFETCH(IndexForm, form);
        QFETCH(bool, hasTitles);
        const Bundle bundle = IndexReader::read(formsDir() + u'/' + index);
        QCOMPARE(bundle.form, form);
        QVERIFY2(!bundle.failed, qPrintable(bundle.diagnostics.value(0).toString()));
        QCOMPARE(bundle.diagnostics, Diagnostics{});
        QCOMPARE(ids(bundle), (QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s}));
        if (hasTitles) {
            QCOMPARE(bundle.documents.at(0).title, u"Harbour cranes"_s);
            QCOMPARE(bundle.documents.at(1).title, u"Night trains"_s);
        }
        for (const DocumentEntry &entry : bundle.documents) {
            const DocumentText text = DocumentReader::read(entry, bundle.rootDir, {});
            QCOMPARE(text.status, DocumentStatus::Ok);
            QVERIFY2(!text.text.isEmpty(), qPrintable(entry.id));
        }
        const DocumentText alpha = DocumentReader::read(bundle.documents.at(0), bundle.rootDir, {});
        QVERIFY(alpha.text.startsWith(u"Harbour cranes return to the east quay\nThe port authority"_s));
    }

    void manifestKeepsMetadata()
    {
        const Bundle bundle = IndexReader::read(formsDir() + u"/manifest.json"_s);
        QCOMPARE(bundle.name, u"Forms sample"_s);
        const DocumentEntry &alpha = bundle.documents.at(0);
        QCOMPARE(alpha.url, u"https://example.org/alpha"_s);
        QCOMPARE(alpha.date, u"2026-03-01"_s);
        QCOMPARE(alpha.source, u"Harbour Gazette"_s);
        QCOMPARE(alpha.language, u"en"_s);
        QCOMPARE(alpha.indexLine, 4);
        QCOMPARE(bundle.documents.at(2).format, DocumentFormat::Html);
    }

    void htmlBecomesBlocksOfText()
    {
        const Bundle bundle = IndexReader::read(formsDir() + u"/manifest.json"_s);
        const DocumentText text = DocumentReader::read(bundle.documents.at(2), bundle.rootDir, {});
        QVERIFY(text.text.contains(u"Glass & steel\n\nThe new library opened with 40\u00A0000 books.\n\nVisitors queued \u201Cfor hours\u201D."_s));
        QVERIFY2(!text.text.contains(u"color:red"_s), "style content must not show");
        QVERIFY2(!text.text.contains(u"no</p>"_s) && !text.text.contains(u"var x"_s), "script content must not show");
    }

    void jsonLinesTextIsReadLazilyFromItsLine()
    {
        const Bundle bundle = IndexReader::read(formsDir() + u"/corpus.jsonl"_s);
        const DocumentEntry &gamma = bundle.documents.at(2);
        QVERIFY(gamma.isInline());
        QCOMPARE(gamma.indexLine, 4);
        const DocumentText text = DocumentReader::read(gamma, bundle.rootDir, {});
        QCOMPARE(text.text, u"Glass & steel\n\nThe new library opened with 40\u00A0000 books."_s);
    }

    void missingIndexFails()
    {
        const Bundle bundle = IndexReader::read(u"/nonexistent/lectern/index.json"_s);
        QVERIFY(bundle.failed);
        QVERIFY(findDiagnostic(bundle, u"no file or folder"_s));
    }

    void malformedJsonSaysWhere()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"m.json"_s), "{\n  \"documents\": [\n    { \"path\": \"a.txt\" ,, }\n  ]\n}\n");
        const Bundle bundle = IndexReader::read(dir.filePath(u"m.json"_s));
        QVERIFY(bundle.failed);
        const Diagnostic *d = findDiagnostic(bundle, u"not valid JSON"_s);
        QVERIFY(d);
        QCOMPARE(d->line, 3);
        QVERIFY(d->column > 1);
        QCOMPARE(d->file, dir.filePath(u"m.json"_s));
    }

    void manifestEntryWithoutPathIsSkippedOthersLoad()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"a.txt"_s), "first");
        writeFile(dir.filePath(u"c.txt"_s), "third");
        writeFile(dir.filePath(u"m.json"_s),
                  "{ \"documents\": [\n  {\"path\": \"a.txt\"},\n  {\"title\": \"no path\"},\n  \"just a string\",\n  {\"path\": \"c.txt\"}\n] }\n");
        const Bundle bundle = IndexReader::read(dir.filePath(u"m.json"_s));
        QVERIFY(!bundle.failed);
        QCOMPARE(ids(bundle), (QStringList{u"a"_s, u"c"_s}));
        const Diagnostic *noPath = findDiagnostic(bundle, u"documents[1] has no"_s);
        QVERIFY(noPath);
        QCOMPARE(noPath->line, 3);
        const Diagnostic *notObject = findDiagnostic(bundle, u"documents[2] is not an object"_s);
        QVERIFY(notObject);
        QCOMPARE(notObject->line, 4);
    }

    void manifestGazetteerKeyIsCheckedTheRestLoads()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(u"bundle"_s));
        writeFile(dir.filePath(u"bundle/a.txt"_s), "first");
        writeFile(dir.filePath(u"names.tsv"_s), "Kansas\tplace\n");
        // A gazetteer outside the bundle's folder is refused like a document would be.
        writeFile(dir.filePath(u"bundle/outside.json"_s),
                  "{ \"gazetteer\": \"../names.tsv\", \"documents\": [ {\"path\": \"a.txt\"} ] }");
        const Bundle outside = IndexReader::read(dir.filePath(u"bundle/outside.json"_s));
        QVERIFY(!outside.failed);
        QCOMPARE(ids(outside), QStringList{u"a"_s});
        QVERIFY(outside.gazetteerPath.isEmpty());
        QVERIFY(!outside.diagnostics.isEmpty());
        QCOMPARE(outside.diagnostics.constFirst().file, dir.filePath(u"bundle/outside.json"_s));
        // Not a string: a warning that names the key, and nothing else changes.
        writeFile(dir.filePath(u"bundle/number.json"_s), "{ \"gazetteer\": 42, \"documents\": [ {\"path\": \"a.txt\"} ] }");
        const Bundle number = IndexReader::read(dir.filePath(u"bundle/number.json"_s));
        QVERIFY(!number.failed);
        QCOMPARE(ids(number), QStringList{u"a"_s});
        QVERIFY(number.gazetteerPath.isEmpty());
        QVERIFY(findDiagnostic(number, u"\u201Cgazetteer\u201D should name a file"_s));
    }

    void manifestWithoutDocumentsArrayFails()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"m.json"_s), "{ \"name\": \"x\", \"docs\": [] }");
        const Bundle bundle = IndexReader::read(dir.filePath(u"m.json"_s));
        QVERIFY(bundle.failed);
        QVERIFY(findDiagnostic(bundle, u"\u201Cdocuments\u201D array"_s));
    }

    void unterminatedCsvQuoteKeepsEarlierRows()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"a.txt"_s), "A");
        writeFile(dir.filePath(u"i.csv"_s), "path,title\na.txt,Fine\nb.txt,\"Never closed\nc.txt,Lost\n");
        const Bundle bundle = IndexReader::read(dir.filePath(u"i.csv"_s));
        QVERIFY(!bundle.failed);
        QCOMPARE(ids(bundle), QStringList{u"a"_s});
        const Diagnostic *d = findDiagnostic(bundle, u"never closed"_s);
        QVERIFY(d);
        QCOMPARE(d->line, 3);
        QCOMPARE(d->column, 7);
    }

    void csvWithoutPathColumnFails()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"i.csv"_s), "\nfile,title\na.txt,A\n");
        const Bundle bundle = IndexReader::read(dir.filePath(u"i.csv"_s));
        QVERIFY(bundle.failed);
        const Diagnostic *d = findDiagnostic(bundle, u"no \u201Cpath\u201D column"_s);
        QVERIFY(d);
        QCOMPARE(d->line, 2);
    }

    void csvQuotedFieldsWithCommasAndNewlines()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"a.txt"_s), "A");
        writeFile(dir.filePath(u"b.txt"_s), "B");
        writeFile(dir.filePath(u"i.csv"_s), "\xEF\xBB\xBFPath,Title\r\na.txt,\"Cranes, quays and \"\"ports\"\"\"\r\nb.txt,\"two\nlines\"\r\n");
        const Bundle bundle = IndexReader::read(dir.filePath(u"i.csv"_s));
        QCOMPARE(bundle.diagnostics, Diagnostics{});
        QCOMPARE(bundle.documents.at(0).title, u"Cranes, quays and \"ports\""_s);
        QCOMPARE(bundle.documents.at(1).title, u"two\nlines"_s);
        QCOMPARE(bundle.documents.at(1).indexLine, 3);
    }

    void emptyIndexFails_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty list") << u"l.txt"_s << QByteArray();
        QTest::newRow("only comments") << u"l.txt"_s << QByteArray("# nothing yet\n\n   \n");
        QTest::newRow("manifest") << u"m.json"_s << QByteArray("{\"documents\": []}");
        QTest::newRow("csv header only") << u"i.csv"_s << QByteArray("path,title\n");
        QTest::newRow("empty csv") << u"i.csv"_s << QByteArray("");
        QTest::newRow("jsonl") << u"c.jsonl"_s << QByteArray("\n\n");
    }

    void emptyIndexFails()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        writeFile(dir.filePath(name), content);
        const Bundle bundle = IndexReader::read(dir.filePath(name));
        QVERIFY(bundle.failed);
        QVERIFY(bundle.documents.isEmpty());
        QVERIFY2(findDiagnostic(bundle, u"no documents"_s) || findDiagnostic(bundle, u"empty"_s),
                 qPrintable(bundle.diagnostics.value(0).toString()));
    }

    void duplicateIdKeepsTheFirst()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"a.txt"_s), "A");
        writeFile(dir.filePath(u"sub/a.txt"_s), "other A");
        writeFile(dir.filePath(u"l.txt"_s), "a.txt\nsub/a.txt\n");
        const Bundle bundle = IndexReader::read(dir.filePath(u"l.txt"_s));
        QCOMPARE(ids(bundle), QStringList{u"a"_s});
        QCOMPARE(bundle.documents.at(0).declaredPath, u"a.txt"_s);
        const Diagnostic *d = findDiagnostic(bundle, u"duplicate document id \u201Ca\u201D (first used on line 1)"_s);
        QVERIFY(d);
        QCOMPARE(d->line, 2);
    }

    void pathsLeavingTheBundleAreRefused_data()
    {
        QTest::addColumn<QByteArray>("declared");
        QTest::newRow("parent folder") << QByteArray("../outside.txt");
        QTest::newRow("absolute") << QByteArray("/etc/hostname");
        QTest::newRow("sneaky") << QByteArray("docs/../../outside.txt");
    }

    void pathsLeavingTheBundleAreRefused()
    {
        QFETCH(QByteArray, declared);
        QTemporaryDir dir;
        writeFile(dir.filePath(u"outside.txt"_s), "outside");
        writeFile(dir.filePath(u"bundle/in.txt"_s), "inside");
        writeFile(dir.filePath(u"bundle/l.txt"_s), QByteArray("in.txt\n" + declared + "\n"));
        const Bundle refused = IndexReader::read(dir.filePath(u"bundle/l.txt"_s));
        QCOMPARE(ids(refused), QStringList{u"in"_s});
        const Diagnostic *d = findDiagnostic(refused, u"leads outside the bundle's folder"_s);
        QVERIFY(d);
        QCOMPARE(d->line, 2);

        LoadOptions allow;
        allow.allowOutsideRoot = true;
        const Bundle allowed = IndexReader::read(dir.filePath(u"bundle/l.txt"_s), allow);
        QCOMPARE(allowed.documents.size(), 2);
        QCOMPARE(allowed.diagnostics, Diagnostics{});
    }

    void symlinkOutOfTheBundleIsRefused()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"secret.txt"_s), "not for the bundle");
        writeFile(dir.filePath(u"bundle/l.txt"_s), "link.txt\n");
        QVERIFY(QFile::link(dir.filePath(u"secret.txt"_s), dir.filePath(u"bundle/link.txt"_s)));
        const Bundle bundle = IndexReader::read(dir.filePath(u"bundle/l.txt"_s));
        QCOMPARE(bundle.documents.size(), 1);
        const DocumentCheck check = DocumentReader::check(bundle.documents.at(0), bundle.rootDir, {});
        QCOMPARE(check.status, DocumentStatus::Error);
        QVERIFY(check.message.contains(u"outside the bundle"_s));
        const DocumentText text = DocumentReader::read(bundle.documents.at(0), bundle.rootDir, {});
        QCOMPARE(text.status, DocumentStatus::Error);
        QVERIFY(text.text.isEmpty());
    }

    void documentProblemsAreReportedOthersLoad_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("createFile");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing file") << QByteArray() << false << u"does not exist"_s;
        QTest::newRow("nul bytes") << QByteArray("abc\0def", 7) << true << u"NUL bytes"_s;
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << true << u"a PNG image"_s;
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n") << true << u"a PDF file"_s;
        QTest::newRow("too large") << QByteArray(4096, 'x') << true << u"over the 1.0 kB limit"_s;
    }

    void documentProblemsAreReportedOthersLoad()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, createFile);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        writeFile(dir.filePath(u"good.txt"_s), "A fine document.");
        if (createFile)
            writeFile(dir.filePath(u"bad.txt"_s), content);
        writeFile(dir.filePath(u"l.txt"_s), "bad.txt\ngood.txt\n");
        LoadOptions options;
        options.maxFileSize = 1024;
        const Bundle bundle = IndexReader::read(dir.filePath(u"l.txt"_s), options);
        QCOMPARE(bundle.documents.size(), 2);
        const DocumentCheck bad = DocumentReader::check(bundle.documents.at(0), bundle.rootDir, options);
        QCOMPARE(bad.status, DocumentStatus::Error);
        QVERIFY2(bad.message.contains(expected), qPrintable(bad.message));
        QCOMPARE(bad.diagnostics.value(0).file, dir.filePath(u"bad.txt"_s));
        const DocumentText good = DocumentReader::read(bundle.documents.at(1), bundle.rootDir, options);
        QCOMPARE(good.status, DocumentStatus::Ok);
        QCOMPARE(good.text, u"A fine document."_s);
    }

    void folderNamedAsDocumentIsAnError()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"chapter.txt"_s));
        writeFile(dir.filePath(u"l.txt"_s), "chapter.txt\n");
        const Bundle bundle = IndexReader::read(dir.filePath(u"l.txt"_s));
        const DocumentCheck check = DocumentReader::check(bundle.documents.at(0), bundle.rootDir, {});
        QCOMPARE(check.status, DocumentStatus::Error);
        QVERIFY(check.message.contains(u"folder"_s));
    }

    void binaryIndexFails()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"index.txt"_s), QByteArray("PK\x03\x04\x14\0\0\0", 8));
        const Bundle bundle = IndexReader::read(dir.filePath(u"index.txt"_s));
        QVERIFY(bundle.failed);
        QVERIFY(findDiagnostic(bundle, u"ZIP archive"_s));
    }

    void badJsonLinesAreSkippedWithTheirLine()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"c.jsonl"_s),
                  "{\"id\": \"one\", \"text\": \"First.\"}\n{\"id\": \"two\", \"text\": \n{\"id\": \"three\"}\n[1, 2]\n{\"text\": \"Fifth.\"}\n");
        const Bundle bundle = IndexReader::read(dir.filePath(u"c.jsonl"_s));
        QVERIFY(!bundle.failed);
        QCOMPARE(ids(bundle), (QStringList{u"one"_s, u"line-5"_s}));
        QCOMPARE(findDiagnostic(bundle, u"not valid JSON"_s)->line, 2);
        QCOMPARE(findDiagnostic(bundle, u"no \u201Ctext\u201D"_s)->line, 3);
        QCOMPARE(findDiagnostic(bundle, u"not a JSON object"_s)->line, 4);
        QCOMPARE(DocumentReader::read(bundle.documents.at(1), bundle.rootDir, {}).text, u"Fifth."_s);
    }

    void directoryLeavesOutOtherFiles()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"b.txt"_s), "B");
        writeFile(dir.filePath(u"a.md"_s), "A");
        writeFile(dir.filePath(u"picture.png"_s), "\x89PNG");
        writeFile(dir.filePath(u".hidden.txt"_s), "hidden");
        const Bundle bundle = IndexReader::read(dir.path());
        QCOMPARE(bundle.form, IndexForm::Directory);
        QCOMPARE(ids(bundle), (QStringList{u"a"_s, u"b"_s}));
        QVERIFY(findDiagnostic(bundle, u"1 file(s) in this folder"_s));
    }
};

QTEST_GUILESS_MAIN(IndexReaderTest)
#include "indexreader_test.moc"
