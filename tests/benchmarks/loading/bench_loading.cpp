// SPDX-License-Identifier: GPL-3.0-or-later
// Loading benchmark: how fast a bundle's index opens, how fast every document
// is checked on disk and read in full, and how much memory that takes, over
// synthetic bundles of 1k, 10k and 100k documents and a 100 MB full-text set.
// Every figure is the median of several runs (3 unless --runs says otherwise).
#include "syntheticbundle.h"

#include "documentlistmodel.h"
#include "documentreader.h"
#include "indexreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <functional>

#include <fcntl.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

const QLocale &numbers()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

// ---- memory: VmHWM, reset between figures so each reports its own peak ----

qint64 peakRssKiB()
{
    // /proc files report a size of 0, so read to the end instead of asking atEnd().
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = status.readAll();
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.sliced(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Writing "5" to clear_refs sets the high-water mark back to the current RSS
// (Linux 4.0 and later); where that is refused, peaks are cumulative. Heap
// freed by earlier figures is handed back first, or it would count again.
bool resetPeakRss()
{
#if defined(__GLIBC__)
    ::malloc_trim(0);
#endif
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

// Asks the kernel to drop the files' cached pages so the next read comes from
// the disk. Needs no privileges; pages still dirty are kept, hence the sync().
void dropFromPageCache(const QStringList &paths)
{
    ::sync();
    for (const QString &path : paths) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

// ---- measuring ----

struct Run {
    double milliseconds = 0;
    qint64 work = 0; // entries or bytes handled; also checked for consistency
};

struct Figure {
    QString workload;
    QString measure;
    double medianMs = 0;
    double minMs = 0;
    double maxMs = 0;
    QString rate;
    qint64 peakRssKiB = -1;
    QString note;
};

struct Options {
    int runs = 3;
    bool peakIsPerFigure = false;
};

Figure measure(const QString &workload, const QString &what, const Options &options,
               const std::function<qint64()> &body, const std::function<void()> &beforeEachRun = {})
{
    resetPeakRss();
    QList<Run> runs;
    for (int i = 0; i < options.runs; ++i) {
        if (beforeEachRun)
            beforeEachRun();
        QElapsedTimer timer;
        timer.start();
        const qint64 work = body();
        runs.append({double(timer.nsecsElapsed()) / 1e6, work});
    }
    QList<double> times;
    for (const Run &run : std::as_const(runs))
        times.append(run.milliseconds);
    std::sort(times.begin(), times.end());
    Figure figure;
    figure.workload = workload;
    figure.measure = what;
    figure.medianMs = times.at(times.size() / 2);
    figure.minMs = times.constFirst();
    figure.maxMs = times.constLast();
    figure.peakRssKiB = peakRssKiB();
    return figure;
}

QString perSecond(double count, double milliseconds, const QString &unit)
{
    const double rate = count / (milliseconds / 1000.0);
    if (rate >= 1e6)
        return u"%1 M %2/s"_s.arg(numbers().toString(rate / 1e6, 'f', 2), unit);
    if (rate >= 1e3)
        return u"%1 k %2/s"_s.arg(numbers().toString(rate / 1e3, 'f', 1), unit);
    return u"%1 %2/s"_s.arg(numbers().toString(rate, 'f', 0), unit);
}

QString megabytesPerSecond(qint64 bytes, double milliseconds)
{
    return u"%1 MB/s"_s.arg(numbers().toString(double(bytes) / 1e6 / (milliseconds / 1000.0), 'f', 0));
}

QString megabytes(qint64 bytes)
{
    return u"%1 MB"_s.arg(numbers().toString(double(bytes) / 1e6, 'f', 1));
}

// ---- the workloads ----

QString formatErrors(const Bundle &bundle)
{
    if (bundle.failed)
        return u"index failed"_s;
    return bundle.diagnostics.isEmpty() ? QString() : u"%1 diagnostics"_s.arg(bundle.diagnostics.size());
}

void measureIndexes(const SyntheticBundle &synthetic, const QString &workload, const Options &options, QList<Figure> &figures)
{
    const qsizetype expected = synthetic.documentPaths.size();
    const struct {
        QString name;
        QString path;
    } forms[] = {{u"index parse, JSON manifest"_s, synthetic.manifestPath}, {u"index parse, plain list"_s, synthetic.plainListPath}};
    for (const auto &form : forms) {
        QString problems;
        Figure figure = measure(workload, form.name, options, [&] {
            const Bundle bundle = IndexReader::read(form.path);
            problems = formatErrors(bundle);
            return qint64(bundle.documents.size());
        });
        figure.rate = perSecond(double(expected), figure.medianMs, u"entries"_s);
        figure.note = problems;
        figures.append(figure);
    }

    // What the user waits for before the list shows: the index read plus the
    // list model taking the bundle.
    Figure listed = measure(workload, u"index parse + list model"_s, options, [&] {
        DocumentListModel model;
        model.setBundle(IndexReader::read(synthetic.manifestPath));
        return qint64(model.rowCount());
    });
    listed.rate = perSecond(double(expected), listed.medianMs, u"entries"_s);
    figures.append(listed);
}

struct FullTextResult {
    qint64 bytes = 0;
    qint64 characters = 0;
    int failures = 0;
};

FullTextResult readAll(const Bundle &bundle, const LoadOptions &loadOptions)
{
    FullTextResult result;
    for (const DocumentEntry &entry : bundle.documents) {
        const DocumentText text = DocumentReader::read(entry, bundle.rootDir, loadOptions);
        result.bytes += text.bytes;
        result.characters += text.text.size();
        if (text.status != DocumentStatus::Ok)
            ++result.failures;
    }
    return result;
}

void measureDocuments(const SyntheticBundle &synthetic, const QString &workload, const Options &options, QList<Figure> &figures)
{
    const Bundle bundle = IndexReader::read(synthetic.manifestPath);
    const LoadOptions loadOptions;

    int checkFailures = 0;
    Figure checked = measure(workload, u"check every document"_s, options, [&] {
        checkFailures = 0;
        for (const DocumentEntry &entry : bundle.documents) {
            if (DocumentReader::check(entry, bundle.rootDir, loadOptions).status != DocumentStatus::Ok)
                ++checkFailures;
        }
        return qint64(bundle.documents.size());
    });
    checked.rate = perSecond(double(bundle.documents.size()), checked.medianMs, u"docs"_s);
    if (checkFailures > 0)
        checked.note = u"%1 not ok"_s.arg(checkFailures);
    figures.append(checked);

    FullTextResult last;
    Figure loaded = measure(workload, u"full-text load (%1)"_s.arg(megabytes(synthetic.totalBytes)), options, [&] {
        last = readAll(bundle, loadOptions);
        return last.bytes;
    });
    loaded.rate = megabytesPerSecond(last.bytes, loaded.medianMs);
    if (last.failures > 0)
        loaded.note = u"%1 not ok"_s.arg(last.failures);
    figures.append(loaded);
}

void measureLargeText(const SyntheticBundle &synthetic, const QString &workload, const Options &options, QList<Figure> &figures)
{
    const Bundle bundle = IndexReader::read(synthetic.plainListPath);
    const LoadOptions loadOptions;
    for (const bool cold : {false, true}) {
        FullTextResult last;
        const QString what = cold ? u"full-text load, cold cache"_s : u"full-text load, warm cache"_s;
        Figure figure = measure(
            workload, what, options,
            [&] {
                last = readAll(bundle, loadOptions);
                return last.bytes;
            },
            cold ? std::function<void()>([&] { dropFromPageCache(synthetic.documentPaths); }) : std::function<void()>());
        figure.rate = megabytesPerSecond(last.bytes, figure.medianMs);
        if (last.failures > 0)
            figure.note = u"%1 not ok"_s.arg(last.failures);
        figures.append(figure);
    }
}

// ---- output ----

void printTable(const QList<Figure> &figures, const Options &options)
{
    const QStringList header = {u"workload"_s, u"figure"_s, u"median"_s, u"min – max"_s, u"rate"_s, u"peak RSS"_s, QString()};
    QList<QStringList> rows;
    for (const Figure &figure : figures) {
        const auto ms = [](double value) { return numbers().toString(value, 'f', value < 10 ? 2 : 1); };
        rows.append({figure.workload, figure.measure, ms(figure.medianMs) + u" ms"_s,
                     ms(figure.minMs) + u" – "_s + ms(figure.maxMs),
                     figure.rate,
                     figure.peakRssKiB < 0 ? u"?"_s : u"%1 MB"_s.arg(numbers().toString(double(figure.peakRssKiB) / 1024.0, 'f', 1)),
                     figure.note});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows) + QList<QStringList>{header}) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    const auto printRow = [&](const QStringList &row) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const bool numeric = i >= 2 && i <= 5;
            line += (numeric ? row.at(i).rightJustified(widths[i]) : row.at(i).leftJustified(widths[i])) + u"  "_s;
        }
        out() << line.trimmed() << '\n';
    };
    out() << '\n';
    printRow(header);
    QString rule;
    for (const qsizetype width : std::as_const(widths))
        rule += QString(width, u'-') + u"  "_s;
    out() << rule.trimmed() << '\n';
    QString previousWorkload;
    for (const QStringList &row : std::as_const(rows)) {
        if (!previousWorkload.isEmpty() && row.constFirst() != previousWorkload)
            out() << '\n';
        previousWorkload = row.constFirst();
        printRow(row);
    }
    out() << '\n'
          << u"Median of %1 runs; MB = 10^6 bytes. Peak RSS is VmHWM %2."_s.arg(options.runs).arg(
                 options.peakIsPerFigure ? u"reset to the current RSS (after malloc_trim) before each figure, so it is the highest RSS while that figure ran"_s
                                         : u"since the start of the process (the kernel refused a reset)"_s)
          << '\n'
          << u"Full-text loads run DocumentReader::read on every document (it checks, reads, decodes); "
             u"rows without \u201Ccold\u201D read files the generator has just written, so from the page cache."_s
          << '\n';
    out().flush();
}

QList<int> parseSizes(const QString &text, bool *ok)
{
    QList<int> sizes;
    *ok = true;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool valid = false;
        const int size = part.trimmed().toInt(&valid);
        if (!valid || size <= 0)
            *ok = false;
        else
            sizes.append(size);
    }
    return sizes;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_loading"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Measures how Lectern loads bundles: index parse, on-disk check and full-text load of synthetic bundles."_s);
    parser.addHelpOption();
    const QCommandLineOption sizesOption(u"sizes"_s, u"Bundle sizes in documents, comma-separated (default 1000,10000,100000)."_s,
                                         u"list"_s, u"1000,10000,100000"_s);
    const QCommandLineOption largeOption(u"large-mb"_s, u"Size of the full-text set of 100 KB documents in MB; 0 skips it (default 100)."_s,
                                         u"MB"_s, u"100"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs per figure; the median is reported (default 3)."_s, u"n"_s, u"3"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Write the bundles here and keep them (default: a temporary folder, removed at exit)."_s,
                                       u"folder"_s);
    parser.addOptions({sizesOption, largeOption, runsOption, dirOption});
    parser.process(app);

    bool sizesOk = false;
    const QList<int> sizes = parseSizes(parser.value(sizesOption), &sizesOk);
    bool largeOk = false;
    const int largeMegabytes = parser.value(largeOption).toInt(&largeOk);
    Options options;
    options.runs = parser.value(runsOption).toInt();
    if (!sizesOk || !largeOk || largeMegabytes < 0 || options.runs < 1) {
        QTextStream(stderr) << "bench_loading: --sizes takes positive numbers separated by commas, "
                               "--large-mb a number of megabytes, --runs a positive number\n";
        return 2;
    }
    options.peakIsPerFigure = resetPeakRss();

    QTemporaryDir temporary;
    QString base = parser.value(dirOption);
    if (base.isEmpty()) {
        if (!temporary.isValid()) {
            QTextStream(stderr) << "bench_loading: cannot create a temporary folder: " << temporary.errorString() << '\n';
            return 1;
        }
        base = temporary.path();
    }

    out() << "Lectern loading benchmark: Qt " << qVersion() << ", " << QSysInfo::prettyProductName() << ", "
          << QThread::idealThreadCount() << " cores; bundles in " << base << '\n';

    QList<Figure> figures;
    const auto generate = [&](const QString &folder, const SyntheticBundleSpec &spec) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        SyntheticBundle bundle = SyntheticBundleWriter::write(base + u'/' + folder, spec, &error);
        if (bundle.directory.isEmpty()) {
            QTextStream(stderr) << "bench_loading: " << error << '\n';
            return bundle;
        }
        out() << "  generated " << numbers().toString(spec.documents) << " documents (" << megabytes(bundle.totalBytes)
              << ") in " << numbers().toString(double(timer.elapsed()) / 1000.0, 'f', 1) << " s\n";
        out().flush();
        return bundle;
    };

    for (const int size : sizes) {
        SyntheticBundleSpec spec;
        spec.documents = size;
        const SyntheticBundle bundle = generate(u"docs-%1"_s.arg(size), spec);
        if (bundle.directory.isEmpty())
            return 1;
        const QString workload = u"%1 docs"_s.arg(numbers().toString(size));
        measureIndexes(bundle, workload, options, figures);
        measureDocuments(bundle, workload, options, figures);
    }

    if (largeMegabytes > 0) {
        SyntheticBundleSpec spec;
        spec.documentBytes = 100 * 1000;
        spec.documents = largeMegabytes * 10;
        spec.seed = 100;
        const SyntheticBundle bundle = generate(u"large-%1mb"_s.arg(largeMegabytes), spec);
        if (bundle.directory.isEmpty())
            return 1;
        const QString workload = u"%1 × 100 KB"_s.arg(numbers().toString(spec.documents));
        measureLargeText(bundle, workload, options, figures);
    }

    printTable(figures, options);
    qint64 highest = peakRssKiB();
    for (const Figure &figure : std::as_const(figures))
        highest = std::max(highest, figure.peakRssKiB);
    out() << "Peak RSS over all measurements (VmHWM): " << numbers().toString(double(highest) / 1024.0, 'f', 1) << " MB\n";
    return 0;
}
