// SPDX-License-Identifier: GPL-3.0-or-later
// Store benchmark: 100,000 annotations over 1,000 documents in SQLite.
//   open      AnnotationStore::openSqlite + AnnotationWorkspace::open + AnnotationListModel, to rows ready
//   keystroke one AnnotationFilterProxy::setFilterText over all rows (typing "harbour" letter by letter)
//   create    AnnotationStore::createAnnotation on the full database, returned = committed (synchronous=FULL)
// Every figure is a median (--runs, default 5, for open; 7 keystrokes; 200 creates).
#include "annotationfilterproxy.h"
#include "annotationlistmodel.h"
#include "annotationstore.h"
#include "annotationworkspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

const QStringList Words{u"harbour"_s, u"cranes"_s, u"tonnage"_s, u"budget"_s, u"council"_s, u"trains"_s, u"library"_s,
                        u"strike"_s,  u"customs"_s, u"volumes"_s, u"night"_s,  u"steel"_s,  u"glass"_s,   u"minister"_s};

Annotation synthetic(int i)
{
    Annotation a;
    a.documentId = u"doc-%1"_s.arg(i % 1000, 4, 10, QChar(u'0'));
    a.start = (i / 1000) * 200;
    QString quote;
    for (int w = 0; w < 12; ++w)
        quote += Words.at((i * 7 + w * 3) % Words.size()) + u' ';
    a.quote = quote.trimmed();
    a.end = a.start + a.quote.size();
    a.prefix = u"context before the passage, some thirty-two"_s.left(32);
    a.suffix = u"and context after it, also about 32 chars"_s.left(32);
    a.codeId = i % 3 == 0 ? u"claim"_s : i % 3 == 1 ? u"evidence"_s : u"question"_s;
    a.note = i % 4 == 0 ? u"Check this against the **customs** figures (%1)."_s.arg(i) : QString();
    a.tags = {Words.at(i % Words.size()), u"batch-%1"_s.arg(i % 10)};
    a.claimStatus = i % 3 == 0 ? ClaimStatus::Unverified : ClaimStatus::None;
    a.author = u"bench"_s;
    return a;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption runsOption(u"runs"_s, u"Runs per figure."_s, u"n"_s, u"5"_s);
    QCommandLineOption countOption(u"annotations"_s, u"Annotations in the store."_s, u"n"_s, u"100000"_s);
    parser.addOptions({runsOption, countOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int count = std::max(1, parser.value(countOption).toInt());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.lectern.sqlite"_s);
    {
        auto store = AnnotationStore::openSqlite(path);
        if (!store) {
            out() << "cannot open: " << store.error().fullText() << Qt::endl;
            return 1;
        }
        QElapsedTimer fill;
        fill.start();
        for (int batch = 0; batch < count; batch += 10000) {
            QList<Annotation> drafts;
            for (int i = batch; i < std::min(count, batch + 10000); ++i)
                drafts.append(synthetic(i));
            if (auto created = store.value()->createAnnotations(drafts); !created) {
                out() << "cannot fill: " << created.error().fullText() << Qt::endl;
                return 1;
            }
        }
        out() << "store: " << count << " annotations over 1000 documents, filled in " << fill.elapsed() << " ms" << Qt::endl;
    }

    QList<double> reads;
    for (int run = 0; run < runs; ++run) {
        auto store = AnnotationStore::openSqlite(path);
        if (!store)
            return 1;
        QElapsedTimer timer;
        timer.start();
        if (store.value()->annotations().value().size() != count)
            return 1;
        reads.append(double(timer.nsecsElapsed()) / 1e6);
    }
    out() << "of which reading the rows (AnnotationStore::annotations): median " << QString::number(median(reads), 'f', 1)
          << " ms" << Qt::endl;

    QList<double> opens;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto store = AnnotationStore::openSqlite(path);
        AnnotationWorkspace workspace;
        if (!store || !workspace.open(std::move(store).value()).ok())
            return 1;
        AnnotationListModel model(&workspace);
        if (model.rowCount() != count)
            return 1;
        opens.append(double(timer.nsecsElapsed()) / 1e6);
    }
    out() << "open " << count << " annotations (store + workspace + list model): median "
          << QString::number(median(opens), 'f', 1) << " ms over " << runs << " runs" << Qt::endl;

    auto store = AnnotationStore::openSqlite(path);
    AnnotationWorkspace workspace;
    if (!store || !workspace.open(std::move(store).value()).ok())
        return 1;
    AnnotationListModel model(&workspace);
    AnnotationFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(AnnotationListModel::ModifiedColumn);
    QList<double> keystrokes;
    const QString typed = u"harbour"_s;
    int shown = 0;
    for (qsizetype n = 1; n <= typed.size(); ++n) {
        QElapsedTimer timer;
        timer.start();
        proxy.setFilterText(typed.left(n));
        shown = proxy.rowCount();
        keystrokes.append(double(timer.nsecsElapsed()) / 1e6);
    }
    out() << "filter keystroke over " << count << " rows (sorted proxy, typing \"harbour\"): median "
          << QString::number(median(keystrokes), 'f', 1) << " ms, worst " << QString::number(*std::max_element(keystrokes.cbegin(), keystrokes.cend()), 'f', 1)
          << " ms; " << shown << " rows shown" << Qt::endl;

    QList<double> creates;
    for (int i = 0; i < 200; ++i) {
        Annotation a = synthetic(count + i);
        QElapsedTimer timer;
        timer.start();
        if (!workspace.store()->createAnnotation(a))
            return 1;
        creates.append(double(timer.nsecsElapsed()) / 1e6);
    }
    out() << "create one annotation to committed (WAL, synchronous=FULL): median " << QString::number(median(creates), 'f', 2)
          << " ms over 200" << Qt::endl;
    return 0;
}
