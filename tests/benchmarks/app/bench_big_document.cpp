// SPDX-License-Identifier: GPL-3.0-or-later
// A 20 MB single document in the real main window: how long from selecting it
// until it is on screen, and how long the event loop is blocked while the
// user scrolls from top to bottom with entities and segments highlighted.
// Prints figures; asserts nothing about time.
//   bench_big_document [--megabytes N]
#include "documentlistpanel.h"
#include "mainwindow.h"
#include "readerview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QStringList names{u"Tsurugawa Power Cells"_s, u"Haixin Power"_s, u"Ohio"_s, u"Toledo"_s, u"Kestrel Research"_s,
                        u"Mitsuko Arase"_s, u"Warsaw"_s, u"Daeyang Energy"_s, u"Ningbo"_s, u"fiscal 2027"_s};
const QStringList words{u"the"_s, u"grid"_s, u"storage"_s, u"cells"_s, u"plant"_s, u"orders"_s, u"utilities"_s,
                        u"said"_s, u"capacity"_s, u"of"_s, u"and"_s, u"prices"_s, u"in"_s, u"market"_s, u"for"_s};

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"LecternBenchmarks"_s);
    const QStringList arguments = QApplication::arguments();
    const qsizetype at = arguments.indexOf(u"--megabytes"_s);
    const int megabytes = at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toInt() : 20;

    QTemporaryDir dir;
    QRandomGenerator random(7);
    QByteArray big;
    big.reserve(qsizetype(megabytes) * 1'000'000 + 1000);
    while (big.size() < qsizetype(megabytes) * 1'000'000) {
        QStringList paragraph;
        const int length = 40 + random.bounded(80);
        for (int w = 0; w < length; ++w)
            paragraph.append(w % 12 == 5 ? names.at(random.bounded(int(names.size()))) : words.at(random.bounded(int(words.size()))));
        big += paragraph.join(u' ').toUtf8() + ".\n";
    }
    QByteArray gazetteer = "# name\tcategory\tcase\taliases\n";
    for (const QString &name : names)
        gazetteer += name.toUtf8() + (name.startsWith(u"fiscal"_s) ? "\tperiod\tany\n" : "\torganisation\texact\n");
    const QByteArray manifest = R"({"name": "Big document", "gazetteer": "gazetteer.tsv", "documents": [
        {"id": "small", "path": "small.txt", "title": "A small note"},
        {"id": "big", "path": "big.txt", "title": "A very long document"}]})";
    if (!write(dir.filePath(u"big.txt"_s), big) || !write(dir.filePath(u"small.txt"_s), "A short note about Ohio.\n")
        || !write(dir.filePath(u"gazetteer.tsv"_s), gazetteer) || !write(dir.filePath(u"bundle.json"_s), manifest)) {
        std::fprintf(stderr, "bench_big_document: cannot write the bundle\n");
        return 1;
    }

    Lectern::App::MainWindow window;
    window.resize(1200, 800);
    window.show();
    window.openAtDocument(u"small"_s);
    QSignalSpy settled(&window, &Lectern::App::MainWindow::settled);
    window.openBundle(dir.filePath(u"bundle.json"_s));
    if (!settled.wait(600000)) {
        std::fprintf(stderr, "bench_big_document: the bundle did not settle\n");
        return 1;
    }
    auto *reader = window.findChild<Lectern::Views::ReaderView *>();
    QTreeView *list = window.findChild<Lectern::Views::DocumentListPanel *>()->view();

    // Selecting the big document: until its text is laid out and painted.
    QElapsedTimer clock;
    clock.start();
    list->setCurrentIndex(list->model()->index(1, 0));
    while (reader->document()->characterCount() < qsizetype(megabytes) * 1'000'000 && clock.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    reader->viewport()->repaint();
    const double visibleMs = double(clock.nsecsElapsed()) / 1e6;

    // Let the background passes over the big text finish before scrolling.
    QElapsedTimer settleClock;
    settleClock.start();
    while (settleClock.elapsed() < 3000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);

    // Scroll top to bottom, a page at a time from a timer as a user's wheel
    // would, while a 1 ms probe records the longest gap between its ticks.
    QScrollBar *bar = reader->verticalScrollBar();
    bar->setValue(0);
    const int pages = 400;
    const int step = std::max(1, bar->maximum() / pages);
    QElapsedTimer probeClock;
    probeClock.start();
    qint64 lastTick = 0;
    qint64 longestGap = 0;
    QTimer probe;
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = probeClock.nsecsElapsed();
        longestGap = std::max(longestGap, now - lastTick);
        lastTick = now;
    });
    QList<double> stepTimes;
    QTimer scroller;
    scroller.setInterval(8);
    QObject::connect(&scroller, &QTimer::timeout, [&] {
        QElapsedTimer one;
        one.start();
        bar->setValue(std::min(bar->maximum(), bar->value() + step));
        reader->viewport()->repaint();
        stepTimes.append(double(one.nsecsElapsed()) / 1e6);
        if (bar->value() >= bar->maximum())
            scroller.stop();
    });
    lastTick = probeClock.nsecsElapsed();
    probe.start();
    scroller.start();
    while (scroller.isActive())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    probe.stop();
    std::sort(stepTimes.begin(), stepTimes.end());
    const double median = stepTimes.isEmpty() ? 0 : stepTimes.at(stepTimes.size() / 2);
    const double worst = stepTimes.isEmpty() ? 0 : stepTimes.constLast();

    std::printf("bench_big_document: one %d MB plain-text document (%lld characters, %d gazetteer names), offscreen\n",
                megabytes, qlonglong(big.size()), int(names.size()));
    std::printf("  selected -> laid out and painted      %9.1f ms\n", visibleMs);
    std::printf("  scrolling top to bottom: %d steps, each step (scroll + highlight + paint) median %.1f ms, worst %.1f ms\n",
                int(stepTimes.size()), median, worst);
    std::printf("  longest event-loop block seen by a 1 ms probe while scrolling: %.1f ms\n", double(longestGap) / 1e6);
    return 0;
}
