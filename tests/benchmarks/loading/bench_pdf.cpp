// SPDX-License-Identifier: GPL-3.0-or-later
// PDF benchmark: a generated 500-page report (QPdfWriter: a running head, four
// paragraphs of prose a page, a page number), read by Poppler into Lectern's
// blocks with pages, then segmented. Prints time, pages/s, MB/s and peak memory.
#include "packageddocument.h"
#include "segmenter.h"

#include "benchreport.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {

using BenchReport::out;
using BenchReport::peakRssKiB;

QString words(QRandomGenerator &random, int count)
{
    static const char16_t *const syllables[] = {u"ka", u"lo", u"ment", u"ri", u"sta", u"ve", u"dor", u"an", u"pre", u"tis", u"mu", u"gen"};
    QString text;
    for (int w = 0; w < count; ++w) {
        for (int p = 0, n = 1 + int(random.bounded(3)); p < n; ++p)
            text += QString::fromUtf16(syllables[random.bounded(int(std::size(syllables)))]);
        text += w + 1 < count ? u' ' : u'.';
    }
    return text;
}

QByteArray report(int pages)
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
    QRandomGenerator random(2026);
    for (int page = 1; page <= pages; ++page) {
        if (page > 1)
            writer.newPage();
        painter.drawText(60, 40, u"Annual report of the harbour authority"_s);
        int y = 90;
        for (int paragraph = 0; paragraph < 4; ++paragraph) {
            for (int line = 0; line < 12; ++line, y += 13)
                painter.drawText(60, y, words(random, 11));
            y += 13;
        }
        painter.drawText(260, 810, QString::number(page));
    }
    painter.end();
    return bytes;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Read and segment a generated 500-page PDF."_s);
    parser.addHelpOption();
    const QCommandLineOption pagesOption(u"pages"_s, u"Pages (default 500)."_s, u"N"_s, u"500"_s);
    parser.addOption(pagesOption);
    parser.process(app);
    const int pages = parser.value(pagesOption).toInt();

    QElapsedTimer timer;
    timer.start();
    const QByteArray pdf = report(pages);
    out() << "report: " << pages << " pages, " << QString::number(pdf.size() / 1048576.0, 'f', 1) << " MB, written in "
          << timer.elapsed() << " ms" << Qt::endl;

    timer.restart();
    const PackagedText read = PackagedDocument::read(pdf, DocumentFormat::Pdf);
    const qint64 readMs = std::max<qint64>(1, timer.elapsed());
    if (!read.error.isEmpty() || read.blocks.isEmpty() || read.blocks.constLast().page != pages) {
        out() << "the report did not read back: " << read.error << Qt::endl;
        return 1;
    }
    out() << "read (Poppler, lines, paragraphs, running heads): " << readMs << " ms, "
          << QString::number(pages * 1000.0 / double(readMs), 'f', 0) << " pages/s, "
          << QString::number(pdf.size() / 1048576.0 / (double(readMs) / 1000.0), 'f', 1) << " MB/s, " << read.blocks.size()
          << " blocks, peak RSS " << QString::number(peakRssKiB() / 1024.0, 'f', 1) << " MB" << Qt::endl;

    timer.restart();
    const DocumentSegmentation segmented = Segmenter::segment(u"report"_s, read.text, read.blocks);
    out() << "segment: " << timer.elapsed() << " ms, " << segmented.segments.size() << " segments, peak RSS "
          << QString::number(peakRssKiB() / 1024.0, 'f', 1) << " MB" << Qt::endl;
    return 0;
}
