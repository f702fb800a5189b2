// SPDX-License-Identifier: GPL-3.0-or-later
// OpenDocument texts (.odt) read into Lectern's blocks: what a reader sees.
#include "packagefixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;
using namespace PackageFixture;

namespace {

PackagedText readOdt(const QByteArray &bytes)
{
    return PackagedDocument::read(bytes, DocumentFormat::Odt);
}

QByteArray ferryNotes()
{
    const QString text =
        u"<text:sequence-decls><text:sequence-decl text:name=\"Table\"/></text:sequence-decls>"
        "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion><text:p>Struck words.</text:p>"
        "</text:deletion></text:changed-region></text:tracked-changes>"
        "<text:h text:outline-level=\"1\">The Night Ferry</text:h>"
        "<text:p>The ferry left at <text:span>ten</text:span>,<text:s text:c=\"3\"/>half empty."
        "<text:note text:id=\"n1\" text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
        "<text:note-body><text:p>By the timetable of that winter.</text:p></text:note-body></text:note></text:p>\n"
        "<text:h text:outline-level=\"2\">On board</text:h>"
        "<text:p>Cargo<text:tab/>and<text:line-break/>passengers<text:change-start text:change-id=\"c1\"/><text:change-end text:change-id=\"c1\"/></text:p>"
        "<text:list><text:list-item><text:p>Two lorries</text:p></text:list-item>"
        "<text:list-item><text:p>One bicycle</text:p><text:list><text:list-item><text:p>with a basket</text:p></text:list-item></text:list>"
        "</text:list-item></text:list>"
        "<table:table table:name=\"Fares\"><table:table-column table:number-columns-repeated=\"2\"/>"
        "<table:table-row><table:table-cell><text:p>Adult</text:p></table:table-cell><table:table-cell><text:p>4.50</text:p></table:table-cell></table:table-row>"
        "<table:table-row><table:table-cell><text:p>Child</text:p></table:table-cell><table:table-cell><text:p>free</text:p>"
        "<text:p>under six</text:p></table:table-cell></table:table-row></table:table>"
        "<text:p>Arrival was late<text:note text:id=\"n2\" text:note-class=\"endnote\"><text:note-citation>i</text:note-citation>"
        "<text:note-body><text:p>Fog, as every March.</text:p></text:note-body></text:note>"
        "<office:annotation><text:p>Check this</text:p></office:annotation>.</text:p>"
        "<text:p><draw:frame draw:name=\"Chart\"><draw:object xlink:href=\"./Object 1\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"/></draw:frame>"
        "<draw:frame draw:name=\"Box\"><draw:text-box><text:p>A boxed word</text:p></draw:text-box></draw:frame>Below the chart.</text:p>"_s;
    const QString meta = u"<dc:title>The Night Ferry</dc:title><meta:initial-creator>Ines Varga</meta:initial-creator>"
                         "<dc:creator>A. Editor</dc:creator><meta:creation-date>2025-11-02T21:15:00</meta:creation-date>"
                         "<dc:language>de-AT</dc:language>"_s;
    return odt(text, meta, {{u"Basic/Standard/Module1.xml"_s, "<module/>"}});
}

} // namespace

class OpenDocumentTextTest : public QObject
{
    Q_OBJECT

private slots:
    void readsTheTextInReadingOrder()
    {
        const PackagedText document = readOdt(ferryNotes());
        QVERIFY2(document.error.isEmpty(), qPrintable(document.error));
        QCOMPARE(blockTexts(document), QStringList({
                                           u"The Night Ferry"_s,
                                           u"The ferry left at ten, half empty.[1]"_s,
                                           u"On board"_s,
                                           u"Cargo and\npassengers"_s,
                                           u"Two lorries"_s,
                                           u"One bicycle"_s,
                                           u"with a basket"_s,
                                           u"Adult"_s,
                                           u"4.50"_s,
                                           u"Child"_s,
                                           u"free"_s,
                                           u"under six"_s,
                                           u"Arrival was late[i]."_s,
                                           u"Below the chart."_s,
                                           u"A boxed word"_s,
                                           u"[1] By the timetable of that winter."_s,
                                           u"[i] Fog, as every March."_s,
                                       }));
        QVERIFY2(!document.text.contains(u"Struck"_s), "deleted text must not show");
        QVERIFY2(!document.text.contains(u"Check this"_s), "comments are not part of the text");
        QCOMPARE(document.notes, QStringList({u"1 embedded object was not read"_s, u"the document holds macros; they were neither run nor read"_s}));
    }

    void headingsListsAndNotesKeepWhatTheyAre()
    {
        const PackagedText document = readOdt(ferryNotes());
        QCOMPARE(blockStarting(document, u"The Night"_s).headingLevel, 1);
        QCOMPARE(blockStarting(document, u"On board"_s).headingLevel, 2);
        QCOMPARE(blockStarting(document, u"On board"_s).semantic, BlockSemantic::Heading);
        QVERIFY(blockStarting(document, u"Two lorries"_s).listItem);
        QVERIFY(blockStarting(document, u"with a basket"_s).listItem);
        QVERIFY(!blockStarting(document, u"Adult"_s).listItem);
        QCOMPARE(blockStarting(document, u"[1]"_s).semantic, BlockSemantic::Aside);
        QCOMPARE(blockStarting(document, u"[i]"_s).semantic, BlockSemantic::Aside);
    }

    void metadataComesFromMeta()
    {
        const PackagedText document = readOdt(ferryNotes());
        QCOMPARE(document.metadata.title, u"The Night Ferry"_s);
        QCOMPARE(document.metadata.author, u"Ines Varga"_s); // who wrote it, not who saved it last
        QCOMPARE(document.metadata.published, u"2025-11-02T21:15:00"_s);
        QCOMPARE(document.metadata.language, u"de-AT"_s);
    }

    void brokenInputGetsAClearError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("not a ZIP") << QByteArray("<office:document/>") << u"not an ODT file: it is not a ZIP package"_s;
        QTest::newRow("no content part") << zipOf({{u"mimetype"_s, "application/vnd.oasis.opendocument.text"}})
                                         << u"not an OpenDocument text: the package holds no content.xml"_s;
        QTest::newRow("malformed XML") << odt(u"<text:p>An open paragraph"_s) << u"content.xml is not well-formed XML"_s;
        QTest::newRow("a spreadsheet")
            << zipOf({{u"content.xml"_s, "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">"
                                       "<office:body><office:spreadsheet/></office:body></office:document-content>"}})
            << u"this OpenDocument file holds a spreadsheet"_s;
        QTest::newRow("password") << zipOf({{u"META-INF/manifest.xml"_s, "<manifest><file-entry><encryption-data/></file-entry></manifest>"},
                                          {u"content.xml"_s, "\x8f\x13 scrambled"}})
                                  << u"protected by a password"_s;
        QTest::newRow("a ZIP bomb") << odt(u"<text:p>%1</text:p>"_s.arg(QString(4 * 1024 * 1024, u'x'))) << u"content.xml unpacks to"_s;
    }

    void brokenInputGetsAClearError()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const PackagedText document = readOdt(bytes);
        QVERIFY2(document.error.contains(error), qPrintable(document.error));
    }
};

QTEST_GUILESS_MAIN(OpenDocumentTextTest)
#include "opendocumenttext_test.moc"
