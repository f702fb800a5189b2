// SPDX-License-Identifier: GPL-3.0-or-later
// How long reading a page's DOM takes and how much memory it needs. Prints
// figures; asserts nothing.
//
//   bench_htmlpage [HTML_DIR] [--size MB]
//
// HTML_DIR (default: the development corpus beside the project) is read
// page by page: each file is decoded first, then only HtmlPage::read is
// timed. Then a generated page of --size MB (default 5) of ordinary article
// markup is read once, for its time and its peak memory over what the
// process held before.
#include "htmlpage.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {

qint64 statusKiB(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = status.readAll();
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith(field))
            return line.sliced(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Sets the high-water mark back to the current RSS (Linux 4.0 and later).
bool resetPeak()
{
#if defined(__GLIBC__)
    ::malloc_trim(0);
#endif
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

double percentile(QList<double> values, double share)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(share * double(values.size()))));
}

void benchDirectory(const QString &dir)
{
    const QStringList names = QDir(dir).entryList({u"*.html"_s, u"*.htm"_s}, QDir::Files, QDir::Name);
    if (names.isEmpty()) {
        std::printf("no pages in %s\n", qPrintable(dir));
        return;
    }
    QList<double> millis;
    qint64 bytes = 0;
    qsizetype blocks = 0;
    double slowest = 0.0;
    QString slowestName;
    for (const QString &name : names) {
        QFile file(dir + u'/' + name);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray raw = file.readAll();
        const QString html = TextDecoder::decode(raw, name).text;
        QElapsedTimer timer;
        timer.start();
        const HtmlPage page = HtmlPage::read(html);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        millis.append(ms);
        bytes += raw.size();
        blocks += page.blocks.size();
        if (ms > slowest) {
            slowest = ms;
            slowestName = name;
        }
    }
    double total = 0.0;
    for (const double ms : std::as_const(millis))
        total += ms;
    std::printf("%lld pages, %.1f MB, %lld blocks\n", qlonglong(millis.size()), double(bytes) / 1e6, qlonglong(blocks));
    std::printf("HtmlPage::read per page: median %.2f ms, p90 %.2f ms, max %.2f ms (%s); %.1f MB/s overall\n",
                percentile(millis, 0.5), percentile(millis, 0.9), slowest, qPrintable(slowestName),
                double(bytes) / 1e6 / (total / 1000.0));
}

// An ordinary news page made large: navigation, then articles of
// paragraphs with links, a table and a list each, then a footer.
QString generatedPage(qsizetype bytes)
{
    QString html = u"<!doctype html><html lang=en><head><title>Large page</title></head><body>"
                   "<header><nav><ul><li><a href=/a>World</a></li><li><a href=/b>Business</a></li></ul></nav></header><main>"_s;
    for (int story = 0; html.size() < bytes; ++story) {
        html += u"<article><h2>Story %1</h2>"_s.arg(story);
        for (int p = 0; p < 8; ++p)
            html += u"<p>The council met on <b>Tuesday</b> to discuss the harbour &amp; its <a href=/x%1>future</a>; "
                    "residents spoke for an hour about ferries, parking and the cost of repairs.</p>"_s.arg(p);
        html += u"<table><tr><td>Budget</td><td>1.2m</td></tr><tr><td>Spent</td><td>0.4m</td></tr></table>"
                "<ul><li>One point</li><li>Another point</li></ul></article>"_s;
    }
    return html + u"</main><footer>Copyright</footer></body></html>"_s;
}

void benchLargePage(int megabytes)
{
    const QString html = generatedPage(qsizetype(megabytes) * 1000 * 1000);
    const qint64 before = statusKiB("VmRSS:");
    const bool reset = resetPeak();
    QElapsedTimer timer;
    timer.start();
    const HtmlPage page = HtmlPage::read(html);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const qint64 peak = statusKiB("VmHWM:");
    std::printf("generated %d MB page (%lld UTF-16 units): %.0f ms, %lld blocks, peak RSS %.1f MB over the %.1f MB held before%s\n",
                megabytes, qlonglong(html.size()), ms, qlonglong(page.blocks.size()), double(peak - before) / 1024.0,
                double(before) / 1024.0, reset ? "" : " (peak not reset: cumulative)");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int megabytes = 5;
    if (const qsizetype at = args.indexOf(u"--size"_s); at >= 0) {
        megabytes = std::max(1, args.value(at + 1).toInt());
        args.remove(at, 2);
    }
    const QString dir = args.isEmpty() ? QStringLiteral(LECTERN_SHARED_DIR "/dev-corpus/html") : args.first();
    if (QDir(dir).exists())
        benchDirectory(dir);
    else
        std::printf("no %s: real pages not measured\n", qPrintable(dir));
    benchLargePage(megabytes);
    return 0;
}
