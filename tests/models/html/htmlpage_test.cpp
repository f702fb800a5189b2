// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentreader.h"
#include "htmlpage.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {

QString blockText(const HtmlPage &page, qsizetype index)
{
    const TextBlock &block = page.blocks.at(index);
    return page.text.sliced(block.start, block.length());
}

QStringList blockTexts(const HtmlPage &page)
{
    QStringList texts;
    for (qsizetype i = 0; i < page.blocks.size(); ++i)
        texts.append(blockText(page, i));
    return texts;
}

// The blocks tile the text: joined by blank lines they give it back, and
// none starts or ends with a line feed or a space.
bool blocksTileText(const HtmlPage &page)
{
    for (const QString &block : blockTexts(page)) {
        if (block.isEmpty() || block.front().isSpace() || block.back().isSpace())
            return false;
    }
    return blockTexts(page).join(u"\n\n"_s) == page.text;
}

const TextBlock *blockHolding(const HtmlPage &page, const QString &words)
{
    for (qsizetype i = 0; i < page.blocks.size(); ++i) {
        if (blockText(page, i).contains(words))
            return &page.blocks.at(i);
    }
    return nullptr;
}

} // namespace

class HtmlPageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headingsAndListItemsCarryTheirHints()
    {
        const HtmlPage page = HtmlPage::read(
            u"<body><h1>Flood  warning</h1><h3>What to do</h3><ul><li>Move the car</li><li>Charge a <b>phone</b></li></ul>"
            "<p>Rain is\n expected all week.</p><dl><dt>Term</dt><dd>Meaning</dd></dl></body>"_s);
        QCOMPARE(blockTexts(page), (QStringList{u"Flood warning"_s, u"What to do"_s, u"Move the car"_s, u"Charge a phone"_s,
                                                u"Rain is expected all week."_s, u"Term"_s, u"Meaning"_s}));
        QVERIFY(blocksTileText(page));
        QCOMPARE(page.blocks.at(0).headingLevel, 1);
        QCOMPARE(page.blocks.at(0).semantic, BlockSemantic::Heading);
        QCOMPARE(page.blocks.at(1).headingLevel, 3);
        QVERIFY(page.blocks.at(2).listItem);
        QCOMPARE(page.blocks.at(3).semantic, BlockSemantic::ListItem);
        QCOMPARE(page.blocks.at(4).semantic, BlockSemantic::Paragraph);
        QCOMPARE(page.blocks.at(4).headingLevel, 0);
        QVERIFY(!page.blocks.at(4).listItem);
        QVERIFY(page.blocks.at(5).listItem && page.blocks.at(6).listItem);
    }

    void pageFurnitureIsMarked()
    {
        const HtmlPage page = HtmlPage::read(
            u"<header><a href=/>The Harbour Gazette</a></header>"
            "<nav><ul><li><a href=/w>World</a></li></ul></nav>"
            "<div role=navigation>Sections</div>"
            "<article><header><h1>Ferry returns</h1></header><p>The ferry sails again.</p>"
            "<figure><figcaption>The ferry at dawn</figcaption></figure><blockquote>We missed it.</blockquote></article>"
            "<aside>Most read</aside><div id=comments><p>First!</p></div>"
            "<form action=/s><label>Search the site</label><input name=q></form>"
            "<footer>Copyright 2024</footer>"_s);
        QCOMPARE(blockHolding(page, u"The Harbour Gazette"_s)->semantic, BlockSemantic::Header);
        QCOMPARE(blockHolding(page, u"World"_s)->semantic, BlockSemantic::Navigation);
        QCOMPARE(blockHolding(page, u"Sections"_s)->semantic, BlockSemantic::Navigation);
        // An article's own header is the article's, not page furniture.
        QCOMPARE(blockHolding(page, u"Ferry returns"_s)->semantic, BlockSemantic::Heading);
        QCOMPARE(blockHolding(page, u"The ferry sails again."_s)->semantic, BlockSemantic::Paragraph);
        QCOMPARE(blockHolding(page, u"The ferry at dawn"_s)->semantic, BlockSemantic::Caption);
        QCOMPARE(blockHolding(page, u"We missed it."_s)->semantic, BlockSemantic::Quote);
        QCOMPARE(blockHolding(page, u"Most read"_s)->semantic, BlockSemantic::Aside);
        QCOMPARE(blockHolding(page, u"First!"_s)->semantic, BlockSemantic::Form);
        QCOMPARE(blockHolding(page, u"Search the site"_s)->semantic, BlockSemantic::Form);
        QCOMPARE(blockHolding(page, u"Copyright 2024"_s)->semantic, BlockSemantic::Footer);
    }

    void aFormWrappingThePageIsNotFurniture()
    {
        const QString story = u"<p>%1</p>"_s.arg(u"The council met on Tuesday to discuss the harbour. "_s.repeated(40));
        const HtmlPage page = HtmlPage::read(u"<body><form id=page>%1</form></body>"_s.arg(story));
        QCOMPARE(page.blocks.size(), 1);
        QCOMPARE(page.blocks.at(0).semantic, BlockSemantic::Paragraph);
    }

    void scriptsStylesAndHiddenTextNeverShow()
    {
        const HtmlPage page = HtmlPage::read(
            u"<html><head><title>T</title><style>p{color:red}</style><script>var inHead = 1;</script></head><body>"
            "<p>Visible one.</p><script>document.write('<p>written</p>')</script><noscript>Enable scripts</noscript>"
            "<template><p>Template text</p></template><div hidden>Hidden attribute</div>"
            "<span aria-hidden=\"true\">Icon label</span><p style=\"color: red; DISPLAY : none\">Display none</p>"
            "<p style=\"visibility:hidden\">Invisible</p><svg><text>Chart label</text></svg>"
            "<select><option>Option text</option></select><textarea>Typed text</textarea><button>Subscribe</button>"
            "<iframe src=x>Frame fallback</iframe><p>Visible two.</p></body></html>"_s);
        QCOMPARE(page.text, u"Visible one.\n\nVisible two."_s);
    }

    void linkDensityIsMeasured()
    {
        const HtmlPage page = HtmlPage::read(
            u"<p>Read <a href=/more>more here</a></p><p><a href=/a>All</a> <a href=/b>links</a></p><p>No links at all</p>"_s);
        QCOMPARE(page.blocks.size(), 3);
        QCOMPARE(page.blocks.at(0).linkDensity, 8.0 / 12.0);
        QCOMPARE(page.blocks.at(1).linkDensity, 1.0);
        QCOMPARE(page.blocks.at(2).linkDensity, 0.0);

        // "<a name=top/>" does not close: the anchor spans the page, but it is no link.
        const HtmlPage anchored = HtmlPage::read(u"<a name=top/><p>The story itself.</p><p><a href=/next>Next</a></p>"_s);
        QCOMPARE(anchored.blocks.size(), 2);
        QCOMPARE(anchored.blocks.at(0).linkDensity, 0.0);
        QCOMPARE(anchored.blocks.at(1).linkDensity, 1.0);
    }

    void metadataFromMetaTags()
    {
        const HtmlPage page = HtmlPage::read(
            u"<html lang=en-GB><head><title>Ferry returns | Gazette</title>"
            "<meta property=og:title content=\"Ferry returns\"><meta name=author content=\"Ada  Byron\">"
            "<meta property=article:published_time content=2024-03-05T10:00:00Z>"
            "<link rel=\"alternate canonical\" href=https://example.org/ferry></head>"
            "<body><time datetime=2020-01-01>clock</time><h1>Ferry</h1></body></html>"_s);
        QCOMPARE(page.metadata.title, u"Ferry returns"_s);
        QCOMPARE(page.metadata.author, u"Ada Byron"_s);
        QCOMPARE(page.metadata.published, u"2024-03-05T10:00:00Z"_s);
        QCOMPARE(page.metadata.canonicalUrl, u"https://example.org/ferry"_s);
        QCOMPARE(page.metadata.language, u"en-GB"_s);
    }

    void metadataFromJsonLdAndFallbacks()
    {
        const HtmlPage page = HtmlPage::read(
            u"<head><meta http-equiv=Content-Language content=de><meta property=og:url content=https://example.org/a>"
            "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
            "{\"@type\":\"WebSite\",\"name\":\"Gazette\"},"
            "{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-05-01\",\"author\":[{\"@id\":\"#p1\"},{\"name\":\"Bo Li\"}]},"
            "{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Ana Ruiz\"}]}</script></head>"
            "<body><p>Intro</p><h1>Harbour <em>reopens</em></h1></body>"_s);
        QCOMPARE(page.metadata.title, u"Harbour reopens"_s);
        QCOMPARE(page.metadata.author, u"Ana Ruiz, Bo Li"_s);
        QCOMPARE(page.metadata.published, u"2024-05-01"_s);
        QCOMPARE(page.metadata.canonicalUrl, u"https://example.org/a"_s);
        QCOMPARE(page.metadata.language, u"de"_s);
        QVERIFY2(!page.text.contains(u"NewsArticle"_s), "JSON-LD is not page text");

        const HtmlPage broken = HtmlPage::read(u"<script type=application/ld+json>{\"author\": </script><p>Text</p>"_s);
        QVERIFY(broken.metadata.author.isEmpty());
        QCOMPARE(broken.text, u"Text"_s);
    }

    void malformedMarkupReadsAsABrowserShowsIt()
    {
        const HtmlPage page = HtmlPage::read(u"<p>One<p>Two</b></p></p><div>Three<li>Four<li>Five</div>"
                                             "<table><tr><td>a<td>b &amp; c<tr><td>d</table>"
                                             "<p>caf&eacute; &lt;tag&gt; &copy 2024 &#x41;&#66;"_s);
        QCOMPARE(blockTexts(page), (QStringList{u"One"_s, u"Two"_s, u"Three"_s, u"Four"_s, u"Five"_s, u"a | b & c"_s, u"d"_s,
                                                u"caf\u00E9 <tag> \u00A9 2024 AB"_s}));
        QVERIFY(blocksTileText(page));
    }

    void lineBreaksAndPreformattedText()
    {
        const HtmlPage page
            = HtmlPage::read(u"<p>First line<br>second line</p><pre>  int x;\n\n\n  return x;  \n</pre><p>After</p>"_s);
        QCOMPARE(HtmlPage::read(u"<p>&nbsp;&nbsp;Indented 40&nbsp;000&nbsp;</p><p>&nbsp;</p>"_s).text, u"Indented 40\u00A0000"_s);
        QCOMPARE(blockTexts(page), (QStringList{u"First line"_s, u"second line"_s, u"  int x;\n  return x;"_s, u"After"_s}));
    }

    void deepNestingIsBounded()
    {
        constexpr int Depth = 100000;
        const QString html = u"<div>"_s.repeated(Depth) + u"deep inside"_s + u"</div>"_s.repeated(Depth) + u"<p>after</p>"_s;
        const HtmlPage page = HtmlPage::read(html);
        QCOMPARE(blockTexts(page), (QStringList{u"deep inside"_s, u"after"_s}));
        QCOMPARE(page.notes.size(), 1);
        QVERIFY2(page.notes.constFirst().contains(u"deep"_s), qPrintable(page.notes.constFirst()));

        // Unclosed inline elements in unclosed paragraphs do not nest (each <p> closes the last).
        const HtmlPage soup = HtmlPage::read(u"<p><font>para"_s.repeated(5000));
        QCOMPARE(soup.blocks.size(), 5000);
        QVERIFY(soup.notes.isEmpty());
    }

    void manyCharacterReferencesComplete()
    {
        const HtmlPage page = HtmlPage::read(u"&amp "_s.repeated(320000));
        QCOMPARE(page.text, u"& "_s.repeated(320000).chopped(1));
        QCOMPARE(page.blocks.size(), 1);
    }

    void binaryJunkDoesNotCrash()
    {
        QRandomGenerator random(13);
        QByteArray junk(1 << 20, Qt::Uninitialized);
        for (char &byte : junk)
            byte = char(random.bounded(256));
        for (int i = 0; i < 2000; ++i)
            junk.insert(random.bounded(junk.size()), i % 2 ? "<div><table><svg><p " : "</a><b><!--");
        const HtmlPage page = HtmlPage::read(QString::fromLatin1(junk));
        QVERIFY(!page.text.isEmpty());
        QVERIFY(blocksTileText(page));
        for (const QChar c : page.text)
            QVERIFY(c.category() != QChar::Other_Control || c == u'\n');
    }

    void documentReaderGivesBlocksAndKeepsTheSource()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString html = u"<!doctype html><html lang=fr><head><title>Le port</title></head>"
                             "<body><nav>Accueil</nav><p>Le port rouvre.</p></body></html>"_s;
        QFile file(dir.filePath(u"page.html"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(html.toUtf8());
        file.close();
        DocumentEntry entry;
        entry.id = u"page"_s;
        entry.path = file.fileName();
        entry.format = DocumentFormat::Html;
        const DocumentText text = DocumentReader::read(entry, dir.path(), {});
        QCOMPARE(text.status, DocumentStatus::Ok);
        QCOMPARE(text.text, u"Accueil\n\nLe port rouvre."_s);
        QCOMPARE(text.source, html);
        QCOMPARE(text.blocks.size(), 2);
        QCOMPARE(text.blocks.at(0).semantic, BlockSemantic::Navigation);
        QCOMPARE(text.metadata.title, u"Le port"_s);
        QCOMPARE(text.metadata.language, u"fr"_s);
    }
};

QTEST_GUILESS_MAIN(HtmlPageTest)
#include "htmlpage_test.moc"
