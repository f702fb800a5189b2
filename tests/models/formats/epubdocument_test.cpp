// SPDX-License-Identifier: GPL-3.0-or-later
// EPUB books read into Lectern's blocks: the spine in order, chapter titles as headings.
#include "packagefixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;
using namespace PackageFixture;

namespace {

PackagedText readEpub(const QByteArray &bytes)
{
    return PackagedDocument::read(bytes, DocumentFormat::Epub);
}

const QString bookMetadata = u"<dc:identifier id=\"id\">urn:uuid:0b7c1d2e</dc:identifier><dc:title>Salt Roads</dc:title>"
                             "<dc:creator>Odile Brenner</dc:creator><dc:creator>Second Author</dc:creator>"
                             "<dc:date>2024-06-30</dc:date><dc:language>fr</dc:language>"_s;

const QString bookManifest = u"<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>"
                             "<item id=\"c2\" href=\"text/two.xhtml\" media-type=\"application/xhtml+xml\"/>"
                             "<item id=\"c1\" href=\"text/one%20first.xhtml\" media-type=\"application/xhtml+xml\"/>"
                             "<item id=\"lost\" href=\"text/three.xhtml\" media-type=\"application/xhtml+xml\"/>"
                             "<item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>"_s;

QByteArray saltRoads(const QString &spine = u"<itemref idref=\"c1\"/><itemref idref=\"c2\"/><itemref idref=\"lost\"/>"_s,
                     const QList<Part> &more = {}, const QList<Part> &atRoot = {})
{
    QList<Part> pages{
        {u"nav.xhtml"_s, xhtml(u"Contents"_s, u"<nav><ol><li><a href=\"text/one%20first.xhtml\">One</a></li></ol></nav>"_s)},
        {u"text/one first.xhtml"_s,
         xhtml(u"One"_s, u"<section><h1>Chapter One: The Marsh</h1><p>Salt was carried inland on foot.</p>"
                         "<ul><li>by mule</li><li>by barge</li></ul></section>"_s)},
        {u"text/two.xhtml"_s, xhtml(u"Two"_s, u"<h2>Chapter Two: Tolls</h2><p>Every bridge wanted its share.</p>"_s)},
        {u"style.css"_s, "p { margin: 0 }"},
    };
    pages.append(more);
    return epub(bookMetadata, bookManifest, spine, pages, atRoot);
}

} // namespace

class EpubDocumentTest : public QObject
{
    Q_OBJECT

private slots:
    void readsTheSpineInOrder()
    {
        const PackagedText book = readEpub(saltRoads());
        QVERIFY2(book.error.isEmpty(), qPrintable(book.error));
        QCOMPARE(blockTexts(book), QStringList({u"Chapter One: The Marsh"_s, u"Salt was carried inland on foot."_s, u"by mule"_s,
                                                u"by barge"_s, u"Chapter Two: Tolls"_s, u"Every bridge wanted its share."_s}));
        QCOMPARE(blockStarting(book, u"Chapter One"_s).headingLevel, 1);
        QCOMPARE(blockStarting(book, u"Chapter One"_s).semantic, BlockSemantic::Heading);
        QCOMPARE(blockStarting(book, u"Chapter Two"_s).headingLevel, 2);
        QVERIFY(blockStarting(book, u"by barge"_s).listItem);
        QVERIFY2(!book.text.contains(u"Contents"_s), "a page's <title> is not its text");
    }

    void missingChaptersAreNotesNotFailures()
    {
        const PackagedText book = readEpub(saltRoads(u"<itemref idref=\"c1\"/><itemref idref=\"ghost\"/><itemref idref=\"lost\"/>"_s));
        QVERIFY2(book.error.isEmpty(), qPrintable(book.error));
        QCOMPARE(book.notes, QStringList({u"a chapter was skipped: the spine names an item \"ghost\" the manifest does not list"_s,
                                          u"a chapter was skipped: OEBPS/text/three.xhtml is missing from the book"_s}));
        QVERIFY(book.text.startsWith(u"Chapter One"_s));
    }

    void metadataComesFromThePackage()
    {
        const PackagedText book = readEpub(saltRoads());
        QCOMPARE(book.metadata.title, u"Salt Roads"_s);
        QCOMPARE(book.metadata.author, u"Odile Brenner"_s);
        QCOMPARE(book.metadata.published, u"2024-06-30"_s);
        QCOMPARE(book.metadata.language, u"fr"_s);
    }

    void encryptedBooksAreRefused()
    {
        const auto encryption = [](const char *algorithm, const char *uri) {
            return Part{u"META-INF/encryption.xml"_s,
                        QByteArray("<encryption xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\" "
                                   "xmlns:enc=\"http://www.w3.org/2001/04/xmlenc#\"><enc:EncryptedData><enc:EncryptionMethod Algorithm=\"")
                            + algorithm + "\"/><enc:CipherData><enc:CipherReference URI=\"" + uri
                            + "\"/></enc:CipherData></enc:EncryptedData></encryption>"};
        };
        const QString spine = u"<itemref idref=\"c1\"/><itemref idref=\"c2\"/>"_s;
        const PackagedText locked =
            readEpub(saltRoads(spine, {}, {encryption("http://www.w3.org/2001/04/xmlenc#aes128-cbc", "OEBPS/text/two.xhtml")}));
        QVERIFY2(locked.error.contains(u"encrypted (DRM)"_s), qPrintable(locked.error));
        QVERIFY2(locked.error.contains(u"1 of its 2 chapters"_s), qPrintable(locked.error));
        QVERIFY(locked.text.isEmpty());

        // Fonts obfuscated the way EPUB allows are no lock on the text.
        const PackagedText open = readEpub(saltRoads(spine, {}, {encryption("http://www.idpf.org/2008/embedding", "OEBPS/fonts/serif.otf")}));
        QVERIFY2(open.error.isEmpty(), qPrintable(open.error));
        QVERIFY(open.text.contains(u"Every bridge"_s));
    }

    void brokenInputGetsAClearError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("not a ZIP") << QByteArray("<html>a book?</html>") << u"not an EPUB file: it is not a ZIP package"_s;
        QTest::newRow("no container") << zipOf({{u"mimetype"_s, "application/epub+zip"}})
                                       << u"not an EPUB book: the package holds no META-INF/container.xml"_s;
        QTest::newRow("no package document")
            << zipOf({{u"META-INF/container.xml"_s, "<container><rootfiles><rootfile full-path=\"book.opf\"/></rootfiles></container>"}})
            << u"the book's package document book.opf is missing"_s;
        QTest::newRow("malformed package")
            << zipOf({{u"META-INF/container.xml"_s, "<container><rootfiles><rootfile full-path=\"book.opf\"/></rootfiles></container>"},
                    {u"book.opf"_s, "<package><manifest><item id='a'></manifest></package>"}})
            << u"book.opf is not well-formed XML"_s;
        QTest::newRow("no readable chapter") << saltRoads(u"<itemref idref=\"lost\"/><itemref idref=\"css\"/>"_s)
                                             << u"the book has no chapter that could be read (OEBPS/text/three.xhtml is missing from the book)"_s;
        QTest::newRow("an empty spine") << saltRoads(QString()) << u"the book lists no chapters"_s;
    }

    void brokenInputGetsAClearError()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const PackagedText book = readEpub(bytes);
        QVERIFY2(book.error.contains(error), qPrintable(book.error));
    }
};

QTEST_GUILESS_MAIN(EpubDocumentTest)
#include "epubdocument_test.moc"
