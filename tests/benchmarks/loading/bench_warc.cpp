// SPDX-License-Identifier: GPL-3.0-or-later
// Web archive benchmark: a generated crawl of 5,000 pages (about 100 MB of
// records, gzipped one member per record as crawlers write them), listed as a
// bundle, every page read back, and the whole bundle segmented. Prints time,
// MB/s and peak memory for each step. Generated pages measure speed only.
#include "bundlesegmenter.h"
#include "documentreader.h"
#include "indexreader.h"

#include "benchreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <zlib.h>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {

using BenchReport::out;
using BenchReport::peakRssKiB;

QByteArray gzipMember(const QByteArray &bytes)
{
    z_stream zlib{};
    deflateInit2(&zlib, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray packed(qsizetype(deflateBound(&zlib, uLong(bytes.size()))) + 64, Qt::Uninitialized);
    zlib.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    zlib.avail_in = uInt(bytes.size());
    zlib.next_out = reinterpret_cast<Bytef *>(packed.data());
    zlib.avail_out = uInt(packed.size());
    deflate(&zlib, Z_FINISH);
    packed.resize(qsizetype(zlib.total_out));
    deflateEnd(&zlib);
    return packed;
}

QByteArray sentence(QRandomGenerator &random)
{
    static const char *const syllables[] = {"ka", "lo", "ment", "ri", "sta", "ve", "dor", "an", "pre", "tis", "mu", "gen", "ol", "ba"};
    QByteArray text;
    const int words = 8 + int(random.bounded(14));
    for (int w = 0; w < words; ++w) {
        const int parts = 1 + int(random.bounded(3));
        for (int p = 0; p < parts; ++p)
            text += syllables[random.bounded(int(std::size(syllables)))];
        text += w + 1 < words ? " " : ".";
    }
    text[0] = char(std::toupper(text[0]));
    return text;
}

/// One page of about `bytes` bytes: a menu, an article of paragraphs, a footer.
QByteArray pageHtml(int number, qsizetype bytes, QRandomGenerator &random)
{
    QByteArray html = "<!doctype html><html><head><meta charset=utf-8><title>Story " + QByteArray::number(number)
        + "</title></head><body><nav><a href=/>Home</a> <a href=/world>World</a> <a href=/business>Business</a></nav>"
          "<article><h1>Story " + QByteArray::number(number) + "</h1>";
    while (html.size() < bytes - 200) {
        html += "<p>";
        for (int s = 0, n = 2 + int(random.bounded(4)); s < n; ++s)
            html += sentence(random) + ' ';
        html += "</p>\n";
    }
    return html + "</article><footer>Copyright the example press. Subscribe to our newsletter.</footer></body></html>";
}

QByteArray responseRecord(int number, const QByteArray &html)
{
    const QByteArray block = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
        + QByteArray::number(html.size()) + "\r\n\r\n" + html;
    return "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:bench-" + QByteArray::number(number)
        + ">\r\nWARC-Date: 2026-03-01T10:00:00Z\r\nWARC-Target-URI: https://news.example.org/story/" + QByteArray::number(number)
        + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + QByteArray::number(block.size())
        + "\r\n\r\n" + block + "\r\n\r\n";
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + u" MB"_s;
}

void report(const char *step, qint64 ms, qint64 bytes)
{
    const double seconds = std::max<double>(ms, 1) / 1000.0;
    out() << qSetFieldWidth(28) << Qt::left << step << qSetFieldWidth(0) << ms << " ms  "
          << QString::number(double(bytes) / (1024.0 * 1024.0) / seconds, 'f', 1) << " MB/s  peak RSS "
          << megabytes(peakRssKiB() * 1024) << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"List, read and segment a generated web archive."_s);
    parser.addHelpOption();
    const QCommandLineOption pagesOption(u"pages"_s, u"Pages in the crawl (default 5000)."_s, u"N"_s, u"5000"_s);
    const QCommandLineOption bytesOption(u"page-bytes"_s, u"Bytes of HTML per page (default 20000)."_s, u"N"_s, u"20000"_s);
    parser.addOptions({pagesOption, bytesOption});
    parser.process(app);
    const int pages = parser.value(pagesOption).toInt();
    const qsizetype pageBytes = parser.value(bytesOption).toLongLong();

    QTemporaryDir dir;
    const QString path = dir.filePath(u"crawl.warc.gz"_s);
    QFile file(path);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly))
        return 1;
    QRandomGenerator random(2026);
    qint64 recordBytes = 0;
    for (int i = 1; i <= pages; ++i) {
        const QByteArray record = responseRecord(i, pageHtml(i, pageBytes, random));
        recordBytes += record.size();
        file.write(gzipMember(record));
    }
    file.close();
    out() << "crawl: " << pages << " pages, " << megabytes(recordBytes) << " of records, " << megabytes(file.size())
          << " gzipped per record" << Qt::endl;

    QElapsedTimer timer;
    timer.start();
    const Bundle bundle = IndexReader::read(path);
    report("list (open as a bundle)", timer.elapsed(), recordBytes);
    if (bundle.documents.size() != pages) {
        out() << "listed " << bundle.documents.size() << " pages, expected " << pages << Qt::endl;
        return 1;
    }

    timer.restart();
    QList<SourceDocument> documents;
    qint64 textBytes = 0;
    for (const DocumentEntry &entry : bundle.documents) {
        DocumentText text = DocumentReader::read(entry, bundle.rootDir, {});
        textBytes += text.text.size();
        documents.append({.id = entry.id, .text = std::move(text.text), .blocks = std::move(text.blocks), .title = text.metadata.title});
    }
    report("read every page (DOM)", timer.elapsed(), recordBytes);

    timer.restart();
    const BundleSegmentation segmented = BundleSegmenter::run(documents);
    report("segment the bundle", timer.elapsed(), textBytes * 2);
    out() << "segmented " << segmented.documents.size() << " documents, " << megabytes(textBytes * 2) << " of text (UTF-16)"
          << Qt::endl;
    return 0;
}
