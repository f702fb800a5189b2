// SPDX-License-Identifier: GPL-3.0-or-later
// How long until a large bundle's list is on screen in the real main window.
// Prints figures; asserts nothing about time.
#include "../loading/syntheticbundle.h"
#include "documentlistpanel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Figure {
    double listVisibleMs = 0;
    double checkedMs = 0;
};

Figure openOnce(const QString &index, int expectedRows)
{
    Lectern::App::MainWindow window;
    window.resize(1200, 780);
    window.show();
    QTreeView *view = window.findChild<Lectern::Views::DocumentListPanel *>()->view();
    QElapsedTimer clock;
    Figure figure;
    QObject::connect(view->model(), &QAbstractItemModel::modelReset, view, [&] {
        if (view->model()->rowCount() != expectedRows)
            return;
        view->repaint(); // the rows are painted: the list is visible
        figure.listVisibleMs = double(clock.nsecsElapsed()) / 1e6;
    });
    QSignalSpy settled(&window, &Lectern::App::MainWindow::settled);
    clock.start();
    window.openBundle(index);
    settled.wait(600000);
    figure.checkedMs = double(clock.nsecsElapsed()) / 1e6;
    return figure;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = QApplication::arguments();
    const int documents = args.size() > 1 ? args.at(1).toInt() : 100000;
    constexpr int Runs = 3;

    QTemporaryDir dir;
    SyntheticBundleSpec spec;
    spec.documents = documents;
    QString error;
    const SyntheticBundle bundle = SyntheticBundleWriter::write(dir.path(), spec, &error);
    if (bundle.directory.isEmpty()) {
        std::fprintf(stderr, "bench_open_window: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("bench_open_window: %d documents, %.1f MB, offscreen platform, median of %d runs\n", documents,
                double(bundle.totalBytes) / 1e6, Runs);
    for (const auto &[label, index] : {std::pair{"JSON manifest", bundle.manifestPath}, std::pair{"plain list", bundle.plainListPath}}) {
        QList<double> visible;
        QList<double> checked;
        for (int run = 0; run < Runs; ++run) {
            const Figure figure = openOnce(index, documents);
            visible.append(figure.listVisibleMs);
            checked.append(figure.checkedMs);
        }
        std::ranges::sort(visible);
        std::ranges::sort(checked);
        std::printf("  %-14s list visible %8.1f ms   every document checked %8.1f ms\n", label, visible.at(Runs / 2), checked.at(Runs / 2));
    }
    return 0;
}
