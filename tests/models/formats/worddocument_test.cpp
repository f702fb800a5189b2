// SPDX-License-Identifier: GPL-3.0-or-later
// Word documents (.docx) read into Lectern's blocks: what a reader sees.
#include "packagefixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;
using namespace PackageFixture;

namespace {

QString paragraph(const QString &runs, const QString &properties = {})
{
    return u"<w:p>%1%2</w:p>"_s.arg(properties.isEmpty() ? QString() : u"<w:pPr>%1</w:pPr>"_s.arg(properties), runs);
}

QString run(const QString &text)
{
    return u"<w:r><w:t xml:space=\"preserve\">%1</w:t></w:r>"_s.arg(text);
}

QString styled(const QString &style, const QString &text)
{
    return paragraph(run(text), u"<w:pStyle w:val=\"%1\"/>"_s.arg(style));
}

QString listItem(const QString &text)
{
    return paragraph(run(text), u"<w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr>"_s);
}

QString cell(const QString &content)
{
    return u"<w:tc><w:tcPr><w:tcW w:w=\"2000\"/></w:tcPr>%1</w:tc>"_s.arg(content);
}

PackagedText readDocx(const QByteArray &bytes)
{
    return PackagedDocument::read(bytes, DocumentFormat::Docx);
}

/// The garden report every test below reads, in part or whole.
QByteArray gardenReport()
{
    const QString body = styled(u"Title"_s, u"The Orchard Ledger"_s)
        + paragraph(run(u"Volunteers planted "_s) + run(u"forty"_s) + run(u" pear trees"_s) + u"<w:r><w:footnoteReference w:id=\"2\"/></w:r>"_s
                    + run(u" along the old rail cutting."_s))
        + styled(u"Heading1"_s, u"What grew"_s)
        + paragraph(run(u"Three kinds took:"_s))
        + listItem(u"Conference"_s) + listItem(u"Williams"_s)
        + paragraph(run(u"Comice"_s), u"<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"0\"/></w:numPr>"_s)
        + styled(u"Heading2"_s, u"Costs"_s)
        + u"<w:tbl><w:tblPr/><w:tblGrid/><w:tr>%1%2</w:tr><w:tr>%3%4</w:tr></w:tbl>"_s.arg(
            cell(paragraph(run(u"Item"_s))), cell(paragraph(run(u"Euros"_s))), cell(paragraph(run(u"Saplings"_s))),
            cell(paragraph(run(u"310"_s)) + paragraph(run(u"paid in May"_s))))
        + paragraph(u"<w:del w:id=\"7\" w:author=\"A\"><w:r><w:delText>Nobody came.</w:delText></w:r></w:del>"
                    "<w:ins w:id=\"8\" w:author=\"A\"><w:r><w:t>Twelve neighbours came.</w:t></w:r></w:ins>"_s)
        + paragraph(run(u"Ask at the shed"_s) + u"<w:r><w:tab/><w:t>or</w:t><w:br/><w:t>write to us</w:t></w:r>"_s
                    + u"<w:r><w:endnoteReference w:id=\"1\"/></w:r>"_s)
        + paragraph(u"<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                    "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>Page 1</w:t></w:r>"
                    "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"_s);
    const Part core{u"docProps/core.xml"_s,
                    u"<?xml version=\"1.0\"?><cp:coreProperties "
                    "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
                    "<dc:title>The Orchard Ledger</dc:title><dc:creator>Mara Quist</dc:creator>"
                    "<dcterms:created>2026-02-11T08:30:00Z</dcterms:created><dc:language>en-GB</dc:language>"
                    "</cp:coreProperties>"_s.toUtf8()};
    return docx(body, {wordNotes(u"footnote"_s, {{2, u"Counted by hand in March."_s}}),
                       wordNotes(u"endnote"_s, {{1, u"The shed opens on Saturdays."_s}}), core});
}

} // namespace

class WordDocumentTest : public QObject
{
    Q_OBJECT

private slots:
    void readsTheTextInReadingOrder()
    {
        const PackagedText document = readDocx(gardenReport());
        QVERIFY2(document.error.isEmpty(), qPrintable(document.error));
        QCOMPARE(blockTexts(document), QStringList({
                                           u"The Orchard Ledger"_s,
                                           u"Volunteers planted forty pear trees[1] along the old rail cutting."_s,
                                           u"What grew"_s,
                                           u"Three kinds took:"_s,
                                           u"Conference"_s,
                                           u"Williams"_s,
                                           u"Comice"_s,
                                           u"Costs"_s,
                                           u"Item"_s,
                                           u"Euros"_s,
                                           u"Saplings"_s,
                                           u"310"_s,
                                           u"paid in May"_s,
                                           u"Twelve neighbours came."_s,
                                           u"Ask at the shed or\nwrite to us[i]"_s,
                                           u"Page 1"_s,
                                           u"[1] Counted by hand in March."_s,
                                           u"[i] The shed opens on Saturdays."_s,
                                       }));
        QVERIFY2(!document.text.contains(u"Nobody"_s), "deleted text must not show");
        QVERIFY2(!document.text.contains(u"PAGE"_s), "field codes must not show");
        QVERIFY2(!document.text.contains(u"----"_s), "the footnote separators must not show");
        QVERIFY(document.notes.isEmpty());
    }

    void headingsListsAndNotesKeepWhatTheyAre()
    {
        const PackagedText document = readDocx(gardenReport());
        QCOMPARE(blockStarting(document, u"The Orchard"_s).headingLevel, 1); // Title
        QCOMPARE(blockStarting(document, u"What grew"_s).headingLevel, 1);
        QCOMPARE(blockStarting(document, u"Costs"_s).headingLevel, 2);
        QCOMPARE(blockStarting(document, u"Costs"_s).semantic, BlockSemantic::Heading);
        QCOMPARE(blockStarting(document, u"Three"_s).headingLevel, 0);
        QVERIFY(blockStarting(document, u"Conference"_s).listItem);
        QCOMPARE(blockStarting(document, u"Williams"_s).semantic, BlockSemantic::ListItem);
        QVERIFY2(!blockStarting(document, u"Comice"_s).listItem, "numbering 0 takes the numbering away");
        QCOMPARE(blockStarting(document, u"[1]"_s).semantic, BlockSemantic::Aside);
        QCOMPARE(blockStarting(document, u"[i]"_s).semantic, BlockSemantic::Aside);
        QCOMPARE(blockStarting(document, u"Volunteers"_s).semantic, BlockSemantic::Paragraph);
    }

    void runningHeadsFootersAndCommentsAreRead()
    {
        const QString ns = u"xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""_s;
        auto part = [&](const QString &name, const QString &root, const QString &content) {
            return Part{name, u"<?xml version=\"1.0\"?><w:%1 %2>%3</w:%1>"_s.arg(root, ns, content).toUtf8()};
        };
        const QString running = u"<w:p><w:r><w:t>Orchard Trust \u2014 draft for the board</w:t></w:r></w:p>"_s;
        const QByteArray bytes = docx(u"<w:p><w:r><w:t>The pear trees took in the spring.</w:t></w:r>"
                                      "<w:commentReference w:id=\"0\"/></w:p>"_s,
                                      {part(u"word/header1.xml"_s, u"hdr"_s, running),
                                       part(u"word/header2.xml"_s, u"hdr"_s, running), // the same head on even pages
                                       part(u"word/footer1.xml"_s, u"ftr"_s, u"<w:p><w:r><w:t>Page </w:t></w:r></w:p>"_s),
                                       part(u"word/comments.xml"_s, u"comments"_s,
                                            u"<w:comment w:id=\"0\" w:author=\"Ana Ruiz\"><w:p><w:r><w:t>Which spring? Say 2025.</w:t>"
                                            "</w:r></w:p></w:comment>"_s)});
        const PackagedText document = readDocx(bytes);
        QVERIFY2(document.error.isEmpty(), qPrintable(document.error));
        QCOMPARE(blockTexts(document), QStringList({
                                           u"Orchard Trust \u2014 draft for the board"_s,
                                           u"The pear trees took in the spring."_s,
                                           u"Page"_s,
                                           u"[Comment by Ana Ruiz] Which spring? Say 2025."_s,
                                       }));
        QCOMPARE(blockStarting(document, u"Orchard Trust"_s).semantic, BlockSemantic::Header);
        QCOMPARE(blockStarting(document, u"Page"_s).semantic, BlockSemantic::Footer);
        QCOMPARE(blockStarting(document, u"[Comment"_s).semantic, BlockSemantic::Aside);
    }

    void metadataComesFromTheCoreProperties()
    {
        const PackagedText document = readDocx(gardenReport());
        QCOMPARE(document.metadata.title, u"The Orchard Ledger"_s);
        QCOMPARE(document.metadata.author, u"Mara Quist"_s);
        QCOMPARE(document.metadata.published, u"2026-02-11T08:30:00Z"_s);
        QCOMPARE(document.metadata.language, u"en-GB"_s);
    }

    void headingStylesAreFoundByTheirNames()
    {
        // A German Word names its styles' ids in German; the names stay Word's own.
        const Part styles{u"word/styles.xml"_s,
                          u"<?xml version=\"1.0\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                          "<w:style w:type=\"paragraph\" w:styleId=\"berschrift2\"><w:name w:val=\"heading 2\"/></w:style>"
                          "<w:style w:type=\"paragraph\" w:styleId=\"Zwischentitel\"><w:name w:val=\"Zwischentitel\"/>"
                          "<w:basedOn w:val=\"berschrift2\"/></w:style>"
                          "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"Body Big\"/></w:style>"
                          "<w:style w:type=\"paragraph\" w:styleId=\"Zitat\"><w:name w:val=\"Quote\"/></w:style>"
                          "<w:style w:type=\"paragraph\" w:styleId=\"Aufzaehlung\"><w:name w:val=\"Aufzaehlung\"/>"
                          "<w:pPr><w:numPr><w:numId w:val=\"4\"/></w:numPr></w:pPr></w:style>"
                          "</w:styles>"_s.toUtf8()};
        const PackagedText document = readDocx(docx(styled(u"berschrift2"_s, u"Die Ernte"_s) + styled(u"Zwischentitel"_s, u"Im Herbst"_s)
                                                        + styled(u"Heading1"_s, u"Not a heading here"_s)
                                                        + styled(u"Zitat"_s, u"Birnen brauchen Geduld."_s)
                                                        + styled(u"Aufzaehlung"_s, u"Leitern"_s)
                                                        + paragraph(run(u"Outlined"_s), u"<w:outlineLvl w:val=\"2\"/>"_s),
                                                    {styles}));
        QVERIFY2(document.error.isEmpty(), qPrintable(document.error));
        QCOMPARE(blockStarting(document, u"Die Ernte"_s).headingLevel, 2);
        QCOMPARE(blockStarting(document, u"Im Herbst"_s).headingLevel, 2);
        QCOMPARE(blockStarting(document, u"Not a heading"_s).headingLevel, 0);
        QCOMPARE(blockStarting(document, u"Birnen"_s).semantic, BlockSemantic::Quote);
        QVERIFY(blockStarting(document, u"Leitern"_s).listItem);
        QCOMPARE(blockStarting(document, u"Outlined"_s).headingLevel, 3);
    }

    void textBoxesFollowTheirParagraphOnce()
    {
        // Word writes a text box twice: for itself (mc:Choice) and for older readers (mc:Fallback).
        const QString box = u"<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:wsp "
                            "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:txbx><w:txbxContent>"
                            "<w:p><w:r><w:t>Boxed aside</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>"
                            "<mc:Fallback><w:pict><w:p><w:r><w:t>Boxed aside</w:t></w:r></w:p></w:pict></mc:Fallback>"
                            "</mc:AlternateContent></w:r>"_s;
        const QString object = u"<w:r><w:object><o:OLEObject xmlns:o=\"urn:schemas-microsoft-com:office:office\"/></w:object></w:r>"_s;
        const PackagedText document = readDocx(docx(paragraph(run(u"Before the box."_s) + box + object) + paragraph(run(u"After it."_s))));
        QCOMPARE(blockTexts(document), QStringList({u"Before the box."_s, u"Boxed aside"_s, u"After it."_s}));
        QCOMPARE(document.notes, QStringList{u"1 embedded object was not read"_s});
    }

    void deepNestingIsCutNotFollowed()
    {
        QString body;
        for (int i = 0; i < 5000; ++i)
            body += u"<w:sdt><w:sdtContent>"_s;
        body += paragraph(run(u"Buried"_s));
        for (int i = 0; i < 5000; ++i)
            body += u"</w:sdtContent></w:sdt>"_s;
        const PackagedText document = readDocx(docx(paragraph(run(u"On top."_s)) + body));
        QVERIFY2(document.error.isEmpty(), qPrintable(document.error));
        QCOMPARE(blockTexts(document), QStringList{u"On top."_s});
        QCOMPARE(document.notes.size(), 1);
        QVERIFY2(document.notes.constFirst().contains(u"nested more than"_s), qPrintable(document.notes.constFirst()));
    }

    void brokenInputGetsAClearError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("not a ZIP") << QByteArray("just some words") << u"not a DOCX file: it is not a ZIP package"_s;
        QTest::newRow("password-protected") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 sealed")
                                            << u"not a DOCX file: it is an OLE compound file (a password-protected document"_s;
        QTest::newRow("a broken ZIP") << QByteArray("PK\x03\x04 and then nothing a ZIP holds") << u"not a Word document: the ZIP package cannot be opened"_s;
        QTest::newRow("no document part") << zipOf({{u"notes.txt"_s, "hello"}}) << u"not a Word document: the package holds no word/document.xml"_s;
        QTest::newRow("a workbook") << zipOf({{u"xl/workbook.xml"_s, "<workbook/>"}}) << u"this is an Excel workbook"_s;
        QTest::newRow("malformed XML") << zipOf({{u"word/document.xml"_s, "<w:document><w:body><w:p></w:body>"}})
                                       << u"word/document.xml is not well-formed XML (line 1"_s;
        QTest::newRow("no text") << docx(paragraph(QString())) << u"the Word document holds no text"_s;
        QTest::newRow("an XML bomb") << zipOf({{u"word/document.xml"_s,
                                              "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">"
                                              "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                                              "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                                              "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
                                              "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
                                              "<d>&e;&e;&e;&e;</d>"}})
                                     << u"word/document.xml declares XML entities that would expand"_s;
        // Eight megabytes of spaces pack into a few kilobytes.
        const QString spaces(8 * 1024 * 1024, u' ');
        QTest::newRow("a ZIP bomb") << docx(paragraph(run(spaces)))
                                    << u"word/document.xml unpacks to"_s;
    }

    void brokenInputGetsAClearError()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const PackagedText document = readDocx(bytes);
        QVERIFY2(document.error.contains(error), qPrintable(document.error));
        QVERIFY(document.text.isEmpty());
    }

    void brokenNotesDoNotCostTheBody()
    {
        const PackagedText document = readDocx(docx(paragraph(run(u"Body stays."_s) + u"<w:r><w:footnoteReference w:id=\"2\"/></w:r>"_s),
                                                    {{u"word/footnotes.xml"_s, "<w:footnotes><w:footnote>"}}));
        QVERIFY2(document.error.isEmpty(), qPrintable(document.error));
        QCOMPARE(blockTexts(document), QStringList{u"Body stays.[1]"_s});
        QCOMPARE(document.notes.size(), 1);
        QVERIFY2(document.notes.constFirst().contains(u"word/footnotes.xml is not well-formed XML"_s), qPrintable(document.notes.constFirst()));
    }
};

QTEST_GUILESS_MAIN(WordDocumentTest)
#include "worddocument_test.moc"
