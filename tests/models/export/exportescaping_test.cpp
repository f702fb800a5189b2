// SPDX-License-Identifier: GPL-3.0-or-later
// What a hostile bundle or note cannot do through an export: slip control
// characters into the files a researcher opens.
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
    void controlCharactersAreReplaced_data();
    void controlCharactersAreReplaced();
};

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
