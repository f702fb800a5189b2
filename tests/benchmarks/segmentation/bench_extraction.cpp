// SPDX-License-Identifier: GPL-3.0-or-later
// Main-article extraction against human ground truth: for every page DIR/NAME.txt
// with a DIR/NAME.truth beside it, the text `lectern-cli extract` would write is
// scored with word 4-gram precision, recall and F1. Each DIR is one bundle, so
// furniture repeated across its pages counts, as it does for a user's bundle.
//
//   bench_extraction [--alone] [DIR...]   (default: the generated text-browser dumps in tests/data/extraction)
//   --alone: every page is a bundle of its own, without the repetition signal.
#include "bundlesegmenter.h"
#include "../../models/segmentation/wordngramscore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

using namespace Lectern::Models;
using namespace Qt::StringLiterals;

namespace {

QString readUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList dirs = app.arguments().mid(1);
    const bool alone = dirs.removeAll(u"--alone"_s) > 0;
    if (dirs.isEmpty())
        dirs.append(QStringLiteral(LECTERN_TEST_DATA) + u"/extraction"_s);
    std::printf("bench_extraction: main-article text scored with word 4-grams against ground truth (%s)\n",
                alone ? "each page alone" : "each folder one bundle");
    double sumF1 = 0, sumP = 0, sumR = 0;
    qsizetype shared = 0, extracted = 0, truth = 0;
    int pages = 0;
    for (const QString &path : std::as_const(dirs)) {
        const QDir dir(path);
        QList<SourceDocument> documents;
        QStringList truths;
        for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
            const QString base = name.chopped(4);
            if (!dir.exists(base + u".truth"_s))
                continue;
            documents.append({base, readUtf8(dir.filePath(name)), {}});
            truths.append(readUtf8(dir.filePath(base + u".truth"_s)));
        }
        if (documents.isEmpty()) {
            std::fprintf(stderr, "bench_extraction: no NAME.txt with NAME.truth in %s\n", qPrintable(path));
            return 1;
        }
        BundleSegmentation together;
        if (!alone)
            together = BundleSegmenter::run(documents);
        for (qsizetype i = 0; i < documents.size(); ++i) {
            const DocumentSegmentation segmentation
                = alone ? BundleSegmenter::run({documents.at(i)}).documents.constFirst() : together.documents.at(i);
            const auto s = WordNgramScore::score(segmentation.mainArticleText(documents.at(i).text), truths.at(i));
            std::printf("  %-24s P %.3f  R %.3f  F1 %.3f\n", qPrintable(documents.at(i).id), s.precision, s.recall, s.f1);
            sumF1 += s.f1;
            sumP += s.precision;
            sumR += s.recall;
            shared += s.shared;
            extracted += s.extracted;
            truth += s.truth;
            ++pages;
        }
    }
    const double microP = extracted > 0 ? double(shared) / double(extracted) : 0;
    const double microR = truth > 0 ? double(shared) / double(truth) : 0;
    std::printf("  %d pages: mean P %.3f  R %.3f  F1 %.3f; pooled P %.3f  R %.3f  F1 %.3f\n", pages, sumP / pages, sumR / pages,
                sumF1 / pages, microP, microR, microP + microR > 0 ? 2 * microP * microR / (microP + microR) : 0.0);
    return 0;
}
