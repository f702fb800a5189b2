// SPDX-License-Identifier: GPL-3.0-or-later
// PDF documents as a researcher has them: reports with running heads and
// page numbers, words hyphenated at line ends, scans without text, damage.
#include "documentreader.h"
#include "exportsetbuilder.h"
#include "exportwriters.h"
#include "packageddocument.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {

// A report of `pages` pages; each page: a running head, two paragraphs of
// body (the first line of the second ending in a hyphenated word), a page number.
QByteArray report(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(u"Harbour review"_s);
    writer.setCreator(u"Lectern tests"_s);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(11);
    painter.setFont(font);
    const int left = 60;
    for (int p = 1; p <= pages; ++p) {
        if (p > 1)
            writer.newPage();
        int y = 40;
        painter.drawText(left, y, u"Harbour Review 2026 \u2014 Annual report"_s);
        y = 120;
        const QStringList first{u"On page %1 the harbour authority describes the cranes it ordered for the"_s.arg(p),
                                u"container terminal, the largest purchase the port has made in a decade."_s};
        for (const QString &line : first) {
            painter.drawText(left, y, line);
            y += 14;
        }
        y += 20;
        const QStringList second{u"The new cranes lift twice as much as the old ones and will be work-"_s,
                                 u"ing by the spring, when the terminal reopens to ships from abroad."_s};
        for (const QString &line : second) {
            painter.drawText(left, y, line);
            y += 14;
        }
        painter.drawText(left + 200, 800, u"Page %1 of %2"_s.arg(p).arg(pages));
    }
    painter.end();
    return bytes;
}

// One page in two columns under a title across both: each column three
// short paragraphs, drawn right column first so the file's order is not
// the reading order.
QByteArray twoColumns()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(10);
    painter.setFont(font);
    painter.drawText(50, 50, u"Minutes of the spring meeting of the harbour board, with the reports of both of its committees"_s);
    for (const int column : {1, 0}) {
        const int left = column == 0 ? 50 : 310;
        int y = 80;
        for (int paragraph = 1; paragraph <= 3; ++paragraph) {
            for (int line = 1; line <= 4; ++line) {
                painter.drawText(left, y, u"Column %1 paragraph %2 line %3 of it."_s.arg(column == 0 ? u"left"_s : u"right"_s).arg(paragraph).arg(line));
                y += 13;
            }
            y += 14;
        }
    }
    painter.end();
    return bytes;
}

QByteArray scan()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter painter(&writer);
    QImage image(200, 100, QImage::Format_RGB32);
    image.fill(Qt::white);
    painter.drawImage(QPoint(100, 100), image);
    painter.end();
    return bytes;
}

} // namespace

class PdfDocumentTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheTextPageByPage()
    {
        const PackagedText read = PackagedDocument::read(report(4), DocumentFormat::Pdf);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.metadata.title, u"Harbour review"_s);
        // One paragraph per paragraph of the page, each with its page.
        QStringList body;
        QList<int> bodyPages;
        QStringList furniture;
        for (const TextBlock &block : read.blocks) {
            const QString text = read.text.mid(block.start, block.length());
            if (block.semantic == BlockSemantic::Footer) {
                furniture.append(text);
            } else {
                body.append(text);
                bodyPages.append(block.page);
            }
        }
        QCOMPARE(body.size(), 8);
        QCOMPARE(bodyPages, (QList<int>{1, 1, 2, 2, 3, 3, 4, 4}));
        QCOMPARE(body.at(2), u"On page 2 the harbour authority describes the cranes it ordered for the container terminal, "
                              "the largest purchase the port has made in a decade."_s);
        // The hyphen at the line's end is undone.
        QVERIFY2(body.at(1).contains(u"will be working by the spring"_s), qPrintable(body.at(1)));
        // Running heads and page numbers are page furniture, which segmentation leaves out of the article.
        QCOMPARE(furniture.size(), 8);
        QVERIFY(furniture.contains(u"Page 3 of 4"_s));
        QVERIFY(furniture.at(0).startsWith(u"Harbour Review 2026"_s));
    }

    void twoColumnsReadLeftThenRight()
    {
        const PackagedText read = PackagedDocument::read(twoColumns(), DocumentFormat::Pdf);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        const qsizetype left = read.text.indexOf(u"Column left paragraph 3 line 4"_s);
        const qsizetype right = read.text.indexOf(u"Column right paragraph 1 line 1"_s);
        QVERIFY2(left >= 0 && right >= 0, qPrintable(read.text));
        // The whole left column comes before the right one, and no line mixes the two.
        QVERIFY2(left < right, qPrintable(read.text));
        // The title over both columns comes first.
        QVERIFY2(read.text.startsWith(u"Minutes of the spring meeting"_s), qPrintable(read.text.left(200)));
        // Six paragraphs, each of its four lines joined.
        int paragraphs = 0;
        for (const TextBlock &block : read.blocks) {
            const QString text = read.text.mid(block.start, block.length());
            if (text.startsWith(u"Column "_s)) {
                ++paragraphs;
                QVERIFY2(text.count(u"Column "_s) == 4, qPrintable(text));
            }
        }
        QCOMPARE(paragraphs, 6);
    }

    void aScanWithoutTextSaysSo()
    {
        const PackagedText read = PackagedDocument::read(scan(), DocumentFormat::Pdf);
        QVERIFY(read.text.isEmpty());
        QVERIFY2(read.error.contains(u"no text"_s) && read.error.contains(u"OCR"_s), qPrintable(read.error));
    }

    void damageAndImpostorsAreRefusedWithAMessage()
    {
        QByteArray cut = report(2);
        cut.truncate(cut.size() / 3);
        const PackagedText damaged = PackagedDocument::read(cut, DocumentFormat::Pdf);
        QVERIFY(!damaged.error.isEmpty() || !damaged.text.isEmpty()); // Poppler may recover part of it; never a crash
        const PackagedText impostor = PackagedDocument::read("Just some text, named .pdf", DocumentFormat::Pdf);
        QVERIFY2(impostor.error.contains(u"not a PDF"_s), qPrintable(impostor.error));
    }

    void aPdfInABundleReadsLikeAnyDocument()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"report.pdf"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(report(3));
        file.close();
        DocumentEntry entry;
        entry.id = u"report"_s;
        entry.path = file.fileName();
        entry.format = formatForPath(entry.path);
        QCOMPARE(entry.format, DocumentFormat::Pdf);
        QCOMPARE(DocumentReader::check(entry, dir.path(), {}).status, DocumentStatus::Ok);
        const DocumentText text = DocumentReader::read(entry, dir.path(), {});
        QCOMPARE(text.status, DocumentStatus::Ok);
        QVERIFY(text.text.contains(u"largest purchase the port has made"_s));
        QVERIFY(!text.blocks.isEmpty());
        QCOMPARE(text.blocks.constLast().page, 3);
    }

    void anExcerptCarriesItsPageIntoEveryExport()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"report.pdf"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(report(3));
        file.close();
        Bundle bundle;
        bundle.rootDir = dir.path();
        bundle.name = u"Harbour"_s;
        DocumentEntry entry;
        entry.id = u"report"_s;
        entry.path = file.fileName();
        entry.declaredPath = u"report.pdf"_s;
        entry.format = DocumentFormat::Pdf;
        bundle.documents.append(entry);
        const DocumentText text = DocumentReader::read(entry, dir.path(), {});
        // A quote from the second page.
        const QString quote = u"On page 2 the harbour authority"_s;
        const qsizetype at = text.text.indexOf(quote);
        QVERIFY(at > 0);
        Annotation annotation;
        annotation.id = u"a1"_s;
        annotation.documentId = u"report"_s;
        annotation.start = at;
        annotation.end = at + quote.size();
        annotation.quote = quote;
        ExportSource source;
        source.bundle = &bundle;
        source.annotations = {annotation};
        source.readSource = ExportSetBuilder::fileSourceReader(bundle, {});
        QStringList problems;
        const ExportSet set = ExportSetBuilder::build(source, {}, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
        QCOMPARE(set.items.size(), 1);
        QCOMPARE(set.items.constFirst().page, 2);
        QVERIFY2(QString::fromUtf8(markdownExport(set, {})).contains(u"p. 2, characters"_s), markdownExport(set, {}).constData());
        QVERIFY(csvExport(set, {}).contains(",2\r\n"));
        QVERIFY2(webAnnotationExport(set).contains("\"page=2\""), webAnnotationExport(set).constData());
        // Read as text only, the excerpt has no page.
        source.readSource = {};
        source.readText = ExportSetBuilder::fileReader(bundle, {});
        QCOMPARE(ExportSetBuilder::build(source, {}, &problems).items.constFirst().page, 0);
    }
};

QTEST_MAIN(PdfDocumentTest)
#include "pdfdocument_test.moc"
