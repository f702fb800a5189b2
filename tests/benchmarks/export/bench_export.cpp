// SPDX-License-Identifier: GPL-3.0-or-later
// Exports 10,000 annotations over 1,000 generated news-like documents to
// every format and prints the time of each (median of --runs runs):
//   bench_export [--annotations N] [--documents N] [--runs N]
#include "exporter.h"
#include "exportsetbuilder.h"
#include "qdaproject.h"
#include "webannotation.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace Lectern::Models;
using namespace Qt::StringLiterals;

namespace {

const QStringList words{u"grid"_s, u"storage"_s, u"plant"_s, u"cells"_s, u"utility"_s, u"orders"_s, u"capacity"_s,
                        u"sodium"_s, u"battery"_s, u"factory"_s, u"market"_s, u"prices"_s, u"analysts"_s, u"said"_s,
                        u"the"_s, u"of"_s, u"and"_s, u"in"_s, u"for"_s, u"Ohio"_s, u"Tsurugawa"_s, u"Kestrel"_s,
                        u"Wójcik"_s, u"€"_s, u"billion"_s, u"yen"_s, u"2027"_s, u"fiscal"_s, u"📈"_s};

QString paragraph(QRandomGenerator &random, int wordsInIt)
{
    QStringList out;
    for (int i = 0; i < wordsInIt; ++i)
        out.append(words.at(random.bounded(int(words.size()))));
    QString text = out.join(u' ');
    text[0] = text[0].toUpper();
    return text + u'.';
}

int intArgument(const QStringList &arguments, const QString &name, int fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int annotationCount = intArgument(arguments, u"--annotations"_s, 10000);
    const int documentCount = intArgument(arguments, u"--documents"_s, 1000);
    const int runs = std::max(1, intArgument(arguments, u"--runs"_s, 3));

    QRandomGenerator random(2026);
    Bundle bundle;
    bundle.name = u"Export benchmark"_s;
    QHash<QString, QString> texts;
    for (int d = 0; d < documentCount; ++d) {
        DocumentEntry entry;
        entry.id = u"doc-%1"_s.arg(d, 4, 10, QLatin1Char('0'));
        entry.title = paragraph(random, 8);
        entry.url = u"https://news.example/%1"_s.arg(entry.id);
        entry.date = u"2026-02-17"_s;
        bundle.documents.append(entry);
        QStringList paragraphs;
        for (int p = 0; p < 12; ++p)
            paragraphs.append(paragraph(random, 40 + random.bounded(40)));
        texts.insert(entry.id, paragraphs.join(u'\n'));
    }
    ExportSource source;
    source.bundle = &bundle;
    source.codes = {{u"claim"_s, {}, u"Claim"_s, u"#C0392B"_s, {}, 0},
                    {u"evidence"_s, {}, u"Evidence"_s, u"#27AE60"_s, {}, 1},
                    {u"question"_s, {}, u"Question"_s, u"#2980B9"_s, {}, 2},
                    {u"pricing"_s, u"claim"_s, u"Pricing"_s, u"#AA5500"_s, {}, 3}};
    for (int a = 0; a < annotationCount; ++a) {
        const DocumentEntry &entry = bundle.documents.at(a % documentCount);
        const QString &text = texts.value(entry.id);
        const qsizetype start = random.bounded(int(text.size() - 200));
        Annotation annotation;
        annotation.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        annotation.documentId = entry.id;
        annotation.start = start;
        annotation.end = start + 40 + random.bounded(120);
        annotation.quote = text.mid(annotation.start, annotation.end - annotation.start);
        annotation.prefix = text.mid(std::max<qsizetype>(0, start - 32), std::min<qsizetype>(32, start));
        annotation.suffix = text.mid(annotation.end, 32);
        annotation.codeId = source.codes.at(a % source.codes.size()).id;
        annotation.note = a % 3 == 0 ? paragraph(random, 20) : QString();
        annotation.tags = a % 4 == 0 ? QStringList{u"pricing"_s, u"q1"_s} : QStringList{};
        annotation.claimStatus = annotation.codeId == u"claim"_s ? ClaimStatus::Unverified : ClaimStatus::None;
        annotation.author = u"bench"_s;
        annotation.created = annotation.modified = QDateTime::currentDateTimeUtc();
        annotation.version = 1;
        source.annotations.append(annotation);
    }
    for (int a = 0; a + 1 < annotationCount; a += 8)
        source.links.append({source.annotations.at(a).id, source.annotations.at(a + 1).id, u"bench"_s, {}});
    Gazetteer gazetteer;
    gazetteer.append(Entity{u"Tsurugawa"_s, u"organisation"_s, {}, Qt::CaseSensitive});
    gazetteer.append(Entity{u"Ohio"_s, u"place"_s, {}, Qt::CaseSensitive});
    gazetteer.append(Entity{u"Kestrel"_s, u"organisation"_s, {}, Qt::CaseSensitive});
    source.gazetteer = &gazetteer;
    source.readText = [&texts](const DocumentEntry &entry, QString *) -> std::optional<QString> { return texts.value(entry.id); };

    std::printf("bench_export: %d annotations over %d documents, median of %d runs, one thread\n", annotationCount,
                documentCount, runs);
    const auto median = [runs](const std::function<void()> &work) {
        QList<double> times;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer timer;
            timer.start();
            work();
            times.append(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(times.begin(), times.end());
        return times.at(times.size() / 2);
    };
    ExportSet set;
    QStringList problems;
    const double gather = median([&] { set = ExportSetBuilder::build(source, {}, &problems); });
    std::printf("  %-34s %9.1f ms\n", "gathering the set (texts, code points, entities)", gather);
    for (const ExportFormat format : allExportFormats()) {
        if (format == ExportFormat::Jsonl)
            continue; // the corpus is about documents; bench_segmentation measures its cost
        qsizetype bytes = 0;
        QString error;
        const double ms = median([&] { bytes = Exporter::render(set, format, {}, &error).size(); });
        std::printf("  %-34s %9.1f ms  %8.1f KB%s%s\n", qPrintable(exportFormatName(format)), ms, double(bytes) / 1024.0,
                    error.isEmpty() ? "" : "  error: ", qPrintable(error));
    }
    const QByteArray json = Exporter::render(set, ExportFormat::JsonLd, {}, nullptr);
    const double readBack = median([&] { (void)readWebAnnotations(json); });
    std::printf("  %-34s %9.1f ms\n", "reading the JSON-LD back", readBack);
    return 0;
}
