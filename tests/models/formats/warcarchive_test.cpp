// SPDX-License-Identifier: GPL-3.0-or-later
// A web archive (WARC) is a bundle of its captured pages, plain or gzipped,
// as the index or listed in one; what is not a page is counted, what is
// broken is said with its record, and the rest reads.
#include "documentreader.h"
#include "indexreader.h"
#include "warcfixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;
using namespace WarcFixture;

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

const QByteArray storyPage = "<!doctype html><html><head><title>Plant opens in Kansas</title><script>track()</script></head>"
                             "<body><nav><a href=/>Home</a> <a href=/news>News</a></nav><article><h1>Plant opens in Kansas</h1>"
                             "<p>The battery plant opened on Monday with four hundred workers on its first shift.</p>"
                             "<p>Its owners said a second line would follow within the year.</p></article></body></html>";

QList<QByteArray> sampleRecords()
{
    return {
        warcinfo(),
        record("request", "https://example.org/news/plant-opens", "GET /news/plant-opens HTTP/1.1\r\nHost: example.org\r\n\r\n",
               {{"Content-Type", "application/http; msgtype=request"}}),
        page("https://example.org/news/plant-opens", "text/html; charset=utf-8", storyPage),
        record("resource", "https://example.org/notes.txt", "Field notes: the plant's parking lot was full by seven.\n",
               {{"Content-Type", "text/plain"}}),
    };
}

QStringList messages(const Diagnostics &diagnostics)
{
    QStringList all;
    for (const Diagnostic &diagnostic : diagnostics)
        all.append(diagnostic.message);
    return all;
}

bool anyContains(const Diagnostics &diagnostics, const QString &needle)
{
    return messages(diagnostics).join(u'\n').contains(needle);
}

} // namespace

class WarcArchiveTest : public QObject
{
    Q_OBJECT

private slots:
    void anArchiveIsABundleOfItsPages_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        const QList<QByteArray> records = sampleRecords();
        QTest::newRow("plain") << u"crawl.warc"_s << records.join();
        QTest::newRow("gzip per record") << u"crawl.warc.gz"_s << gzipEach(records);
        QTest::newRow("gzip whole file") << u"crawl.warc.gz"_s << gzip(records.join());
    }

    void anArchiveIsABundleOfItsPages()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(name), bytes));

        const Bundle bundle = IndexReader::read(dir.filePath(name));
        QVERIFY2(!bundle.failed, qPrintable(messages(bundle.diagnostics).join(u'\n')));
        QCOMPARE(bundle.form, IndexForm::Warc);
        QCOMPARE(bundle.name, u"crawl"_s);
        // The request and the warcinfo record are not documents.
        QCOMPARE(bundle.documents.size(), 2);
        QVERIFY2(!hasErrors(bundle.diagnostics), qPrintable(messages(bundle.diagnostics).join(u'\n')));

        const DocumentEntry &story = bundle.documents.at(0);
        QCOMPARE(story.id, u"example.org/news/plant-opens"_s);
        QCOMPARE(story.url, u"https://example.org/news/plant-opens"_s);
        QCOMPARE(story.date, u"2026-03-01T10:00:00Z"_s);
        QCOMPARE(story.source, u"example.org"_s);
        QCOMPARE(story.format, DocumentFormat::Html);

        const DocumentText text = DocumentReader::read(story, bundle.rootDir, {});
        QCOMPARE(text.status, DocumentStatus::Ok);
        QVERIFY(text.text.contains(u"The battery plant opened on Monday with four hundred workers"_s));
        QVERIFY(!text.text.contains(u"track()"_s));
        QCOMPARE(text.metadata.title, u"Plant opens in Kansas"_s);
        // The Source view shows the record's headers above the markup.
        QVERIFY(text.source.startsWith(u"WARC/1.1\nWARC-Type: response"_s));
        QVERIFY(text.source.contains(u"HTTP/1.1 200 OK"_s));
        QVERIFY(text.source.contains(u"<article><h1>"_s));
        QCOMPARE(text.sourceSyntax, u"HTML"_s);

        // The second capture is found again in the middle of the file (or of its gzip member).
        const DocumentText notes = DocumentReader::read(bundle.documents.at(1), bundle.rootDir, {});
        QCOMPARE(notes.status, DocumentStatus::Ok);
        QCOMPARE(notes.text, u"Field notes: the plant's parking lot was full by seven.\n"_s);
        QCOMPARE(bundle.documents.at(1).format, DocumentFormat::PlainText);
    }

    void recordsThatAreNotPagesAreCountedInProblems()
    {
        QTemporaryDir dir;
        const QByteArray digest = "sha1:ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        const QList<QByteArray> records{
            page("https://example.org/a", "text/html", storyPage, {{"WARC-Payload-Digest", digest}}),
            // The same payload captured again from a mirror: one copy is enough.
            page("https://mirror.example.net/a", "text/html", storyPage, {{"WARC-Payload-Digest", digest}}),
            record("revisit", "https://example.org/a", http(200, "text/html", {}),
                   {{"WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"}}),
            record("response", "https://example.org/old", http(301, "text/html", "moved", {{"Location", "https://example.org/a"}}),
                   {{"Content-Type", "application/http; msgtype=response"}}),
            record("response", "https://example.org/gone", http(404, "text/html", "<html>not found</html>"),
                   {{"Content-Type", "application/http; msgtype=response"}}),
            page("https://example.org/logo.png", "image/png", "\x89PNG\r\n\x1A\n\0\0\0\rIHDR"_ba),
            page("https://example.org/site.css", "text/css", "body { color: black }"),
        };
        QVERIFY(write(dir.filePath(u"crawl.warc.gz"_s), gzipEach(records)));
        const Bundle bundle = IndexReader::read(dir.filePath(u"crawl.warc.gz"_s));
        QCOMPARE(bundle.documents.size(), 1);
        QVERIFY2(!hasErrors(bundle.diagnostics), qPrintable(messages(bundle.diagnostics).join(u'\n')));
        const QString all = messages(bundle.diagnostics).join(u'\n');
        QVERIFY2(all.contains(u"1 revisit record"_s), qPrintable(all));
        QVERIFY2(all.contains(u"1 duplicate record"_s), qPrintable(all));
        QVERIFY2(all.contains(u"1 redirect"_s), qPrintable(all));
        QVERIFY2(all.contains(u"HTTP status other than 200"_s), qPrintable(all));
        QVERIFY2(all.contains(u"2 capture"_s) && all.contains(u"that are not HTML or text"_s), qPrintable(all));
        for (const Diagnostic &diagnostic : bundle.diagnostics)
            QCOMPARE(diagnostic.file, dir.filePath(u"crawl.warc.gz"_s));
    }

    void bodiesAreDecodedAsTheServerSentThem()
    {
        QTemporaryDir dir;
        // Chunked, gzip-compressed, and in the charset the HTTP header names (not the page).
        const QByteArray russian = u"<html><head><meta charset=\"utf-8\"><title>Завод</title></head><body><p>Завод открылся в понедельник, "
                                   u"и на первую смену вышли четыреста рабочих.</p></body></html>"_s.toUtf8();
        QByteArray cp1251;
        {
            // The test's own windows-1251 encoder for Cyrillic letters (А..я are 0xC0..0xFF).
            const QString text = QString::fromUtf8(russian);
            for (const QChar c : text) {
                if (c.unicode() >= 0x410 && c.unicode() <= 0x44F)
                    cp1251 += char(0xC0 + (c.unicode() - 0x410));
                else
                    cp1251 += char(c.unicode());
            }
        }
        const QByteArray compressed = gzip(cp1251);
        QByteArray chunked;
        for (qsizetype at = 0; at < compressed.size(); at += 50) {
            const QByteArray piece = compressed.mid(at, 50);
            chunked += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
        }
        chunked += "0\r\n\r\n";
        const QByteArray block = http(200, "text/html; charset=windows-1251", chunked,
                                      {{"Transfer-Encoding", "chunked"}, {"Content-Encoding", "gzip"}});
        QVERIFY(write(dir.filePath(u"ru.warc"_s),
                      record("response", "https://example.ru/zavod", block, {{"Content-Type", "application/http; msgtype=response"}})));
        const Bundle bundle = IndexReader::read(dir.filePath(u"ru.warc"_s));
        QCOMPARE(bundle.documents.size(), 1);
        const DocumentText text = DocumentReader::read(bundle.documents.constFirst(), bundle.rootDir, {});
        QCOMPARE(text.status, DocumentStatus::Ok);
        QVERIFY2(text.text.contains(u"Завод открылся в понедельник"_s), qPrintable(text.text));
        QCOMPARE(text.metadata.title, u"Завод"_s);
    }

    void brokenRecordsAreSaidWithTheirPlaceAndTheRestReads()
    {
        QTemporaryDir dir;
        QByteArray lying = page("https://example.org/b", "text/html", storyPage);
        // Its Content-Length says 40 bytes fewer than the block holds.
        const qsizetype lengthAt = lying.indexOf("Content-Length: ") + 16;
        const qsizetype lengthEnd = lying.indexOf("\r\n", lengthAt);
        const int real = lying.mid(lengthAt, lengthEnd - lengthAt).toInt();
        lying.replace(lengthAt, lengthEnd - lengthAt, QByteArray::number(real - 40));
        QByteArray cut = page("https://example.org/d", "text/html", storyPage);
        cut.chop(120);
        const QByteArray bytes = page("https://example.org/a", "text/html", storyPage) + lying
            + page("https://example.org/c", "text/plain", "A page after the broken one.\n") + cut;
        QVERIFY(write(dir.filePath(u"crawl.warc"_s), bytes));

        const Bundle bundle = IndexReader::read(dir.filePath(u"crawl.warc"_s));
        QVERIFY(!bundle.failed);
        QStringList ids;
        for (const DocumentEntry &entry : bundle.documents)
            ids.append(entry.id);
        QCOMPARE(ids, (QStringList{u"example.org/a"_s, u"example.org/c"_s}));
        const QString all = messages(bundle.diagnostics).join(u'\n');
        QVERIFY2(all.contains(u"record 2 (at byte "_s) && all.contains(u"Content-Length"_s), qPrintable(all));
        QVERIFY2(all.contains(u"record 4 (at byte "_s) && all.contains(u"cut short"_s), qPrintable(all));
        const DocumentText after = DocumentReader::read(bundle.documents.at(1), bundle.rootDir, {});
        QCOMPARE(after.text, u"A page after the broken one.\n"_s);
    }

    void aFileThatIsNotAnArchiveIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(u"notes.warc"_s), "These are notes, not a web archive.\n"));
        QVERIFY(write(dir.filePath(u"junk.warc.gz"_s), gzip("\x01\x02 binary junk \xFF\xFE")));
        QVERIFY(write(dir.filePath(u"truncated.warc.gz"_s), gzip(sampleRecords().join()).first(200)));
        for (const QString &name : {u"notes.warc"_s, u"junk.warc.gz"_s}) {
            const Bundle bundle = IndexReader::read(dir.filePath(name));
            QVERIFY(bundle.failed);
            QVERIFY2(anyContains(bundle.diagnostics, u"not a WARC file"_s), qPrintable(messages(bundle.diagnostics).join(u'\n')));
        }
        // A gzip stream cut off inside its first record: said, with where.
        const Bundle truncated = IndexReader::read(dir.filePath(u"truncated.warc.gz"_s));
        QVERIFY(truncated.failed);
        QVERIFY2(anyContains(truncated.diagnostics, u"ends"_s), qPrintable(messages(truncated.diagnostics).join(u'\n')));
    }

    void anArchiveListedInAnIndexAddsItsPages()
    {
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(u"crawl.warc.gz"_s), gzipEach(sampleRecords())));
        QVERIFY(write(dir.filePath(u"memo.txt"_s), "A memo beside the crawl.\n"));
        QVERIFY(write(dir.filePath(u"index.json"_s),
                      R"({"documents": [{"id": "march", "path": "crawl.warc.gz", "source": "March crawl"}, {"path": "memo.txt"}]})"));
        const Bundle listed = IndexReader::read(dir.filePath(u"index.json"_s));
        QStringList ids;
        for (const DocumentEntry &entry : listed.documents)
            ids.append(entry.id);
        QCOMPARE(ids, (QStringList{u"march/example.org/news/plant-opens"_s, u"march/example.org/notes.txt"_s, u"memo"_s}));
        QCOMPARE(listed.documents.constFirst().source, u"March crawl"_s);
        QVERIFY(DocumentReader::read(listed.documents.constFirst(), listed.rootDir, {})
                    .text.contains(u"Its owners said a second line would follow"_s));

        // A folder bundle picks the archive up too.
        const Bundle folder = IndexReader::read(dir.path());
        QVERIFY(folder.indexOfId(u"example.org/news/plant-opens"_s) >= 0);
        QVERIFY(folder.indexOfId(u"memo"_s) >= 0);
    }

    void aCompressedBodyThatExplodesIsRefusedNotRead()
    {
        QTemporaryDir dir;
        // 8 MB of spaces gzip to a few kilobytes; the limit for one document here is 1 MB.
        const QByteArray bomb = gzip(QByteArray(8 * 1024 * 1024, ' '));
        QVERIFY(bomb.size() < 64 * 1024);
        QVERIFY(write(dir.filePath(u"bomb.warc"_s),
                      record("response", "https://example.org/bomb", http(200, "text/html", bomb, {{"Content-Encoding", "gzip"}}),
                             {{"Content-Type", "application/http; msgtype=response"}})
                          + page("https://example.org/fine", "text/plain", "Still here.\n")));
        LoadOptions options;
        options.maxFileSize = 1024 * 1024;
        const Bundle bundle = IndexReader::read(dir.filePath(u"bomb.warc"_s), options);
        QCOMPARE(bundle.documents.size(), 2);
        const DocumentText bombText = DocumentReader::read(bundle.documents.at(0), bundle.rootDir, options);
        QCOMPARE(bombText.status, DocumentStatus::Error);
        QVERIFY2(anyContains(bombText.diagnostics, u"expands to more than 1.0 MB"_s), qPrintable(messages(bombText.diagnostics).join(u'\n')));
        // Problems name the record, not only the archive.
        QCOMPARE(bombText.diagnostics.constFirst().file, dir.filePath(u"bomb.warc#1"_s));
        QCOMPARE(DocumentReader::read(bundle.documents.at(1), bundle.rootDir, options).text, u"Still here.\n"_s);

        // A capture over the limit is not listed at all, and that is counted.
        options.maxFileSize = 256;
        const Bundle small = IndexReader::read(dir.filePath(u"bomb.warc"_s), options);
        QCOMPARE(small.documents.size(), 1);
        QVERIFY2(anyContains(small.diagnostics, u"over the limit for one document"_s), qPrintable(messages(small.diagnostics).join(u'\n')));
    }

    void aRecordThatChangedAfterOpeningIsSaidSo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"crawl.warc"_s);
        QVERIFY(write(path, sampleRecords().join()));
        const Bundle bundle = IndexReader::read(path);
        QCOMPARE(bundle.documents.size(), 2);
        QVERIFY(write(path, "WARC/1.1\r\n"));
        const DocumentText text = DocumentReader::read(bundle.documents.at(1), bundle.rootDir, {});
        QCOMPARE(text.status, DocumentStatus::Error);
        QVERIFY2(anyContains(text.diagnostics, u"reopen the bundle"_s), qPrintable(messages(text.diagnostics).join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(WarcArchiveTest)
#include "warcarchive_test.moc"
