// SPDX-License-Identifier: GPL-3.0-or-later
// Segmentation + duplicate detection throughput, growth and memory on
// generated bundles with known labels; per-kind precision/recall and
// duplicate-pair recall. Prints figures; asserts nothing about time.
//
//   bench_segmentation [MEGABYTES...]      default: 50 100 200
#include "bundleprofile.h"
#include "bundlesegmenter.h"
#include "documentfingerprint.h"
#include "plaintextblocks.h"
#include "segmenter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {

constexpr int Sites = 12;

struct Generated {
    QList<SourceDocument> documents;
    QList<QList<SegmentKind>> lineKinds; // per document, per line (blank lines: Blank)
    QSet<QPair<int, int>> copyPairs;     // (copy, original) document indexes
    QList<int> storyOf;                  // the first document of each document's story
    qint64 bytes = 0;
};

class Words
{
public:
    explicit Words(quint32 seed)
        : m_random(seed)
    {
        static const QStringList syllables{u"ka"_s, u"lo"_s, u"ren"_s, u"ta"_s, u"mi"_s, u"sor"_s, u"ve"_s, u"dan"_s, u"pe"_s, u"lun"_s,
                                           u"ri"_s, u"cho"_s, u"ban"_s, u"tel"_s, u"or"_s, u"gis"_s, u"mu"_s, u"fen"_s, u"na"_s, u"quo"_s};
        for (int i = 0; i < 6000; ++i) {
            QString word;
            const int parts = 1 + int(m_random.bounded(3));
            for (int p = 0; p < parts; ++p)
                word += syllables.at(int(m_random.bounded(syllables.size())));
            m_pool.append(word);
        }
    }
    // A story's vocabulary: 150 words of its own, drawn from the pool.
    QStringList topic()
    {
        QStringList words;
        for (int i = 0; i < 150; ++i)
            words.append(m_pool.at(int(m_random.bounded(m_pool.size()))));
        return words;
    }
    QString sentence(const QStringList &topic)
    {
        static const QStringList stop{u"the"_s, u"of"_s, u"and"_s, u"to"_s, u"in"_s, u"a"_s, u"that"_s, u"is"_s, u"for"_s, u"on"_s, u"was"_s, u"with"_s};
        QString s;
        const int words = 8 + int(m_random.bounded(14));
        for (int w = 0; w < words; ++w) {
            const QString &word = m_random.bounded(10) < 4 ? stop.at(int(m_random.bounded(stop.size()))) : topic.at(int(m_random.bounded(topic.size())));
            if (w == 0)
                s += word.at(0).toUpper() + word.mid(1);
            else
                s += u' ' + word;
        }
        return s + u'.';
    }
    QString paragraph(const QStringList &topic)
    {
        QString p;
        const int sentences = 2 + int(m_random.bounded(3));
        for (int i = 0; i < sentences; ++i)
            p += (i ? u" "_s : QString()) + sentence(topic);
        return p;
    }
    quint32 bounded(quint32 n) { return m_random.bounded(n); }

private:
    QRandomGenerator m_random;
    QStringList m_pool;
};

struct Story {
    QString title;
    QStringList paragraphs;
};

Generated generate(qint64 targetBytes, quint32 seed)
{
    Words words(seed);
    QList<QStringList> siteFurniture;
    for (int site = 0; site < Sites; ++site) {
        const QStringList topic = words.topic();
        siteFurniture.append({u"Share this story"_s, words.sentence(topic).left(40), u"Sign up for the newsletter"_s,
                              words.sentence(topic), u"Comments are closed."_s});
    }
    Generated out;
    QList<Story> stories;
    while (out.bytes < targetBytes) {
        const int index = int(out.documents.size());
        const int site = int(words.bounded(Sites));
        Story story;
        int original = -1;
        if (index > 4 && words.bounded(100) < 20) {
            original = int(words.bounded(index));
            story = stories.at(original);
            // Re-scraped: merge two paragraphs, split one, no-break spaces, truncation.
            if (story.paragraphs.size() > 3) {
                story.paragraphs[1] += u' ' + story.paragraphs.takeAt(2);
                const QString split = story.paragraphs.at(0);
                const qsizetype cut = split.indexOf(u". "_s);
                if (cut > 0) {
                    story.paragraphs[0] = split.left(cut + 1);
                    story.paragraphs.insert(1, split.mid(cut + 2));
                }
                story.paragraphs.last().replace(u' ', QChar(0x00A0));
                if (words.bounded(2))
                    story.paragraphs.removeLast();
            }
        } else {
            const QStringList topic = words.topic();
            story.title = words.sentence(topic).chopped(1);
            const int paragraphs = 6 + int(words.bounded(12));
            for (int p = 0; p < paragraphs; ++p)
                story.paragraphs.append(words.paragraph(topic));
        }
        stories.append(story);
        QString text;
        QList<SegmentKind> kinds;
        auto line = [&](const QString &content, SegmentKind kind) {
            text += content + u"\n\n"_s;
            kinds << kind << SegmentKind::Blank;
        };
        line(story.title, SegmentKind::Title);
        for (const QString &p : std::as_const(story.paragraphs))
            line(p, SegmentKind::Body);
        for (const QString &furniture : siteFurniture.at(site))
            line(furniture, SegmentKind::Boilerplate);
        if (words.bounded(100) < 30) {
            const QStringList other = words.topic();
            const int paragraphs = 2 + int(words.bounded(4));
            for (int p = 0; p < paragraphs; ++p)
                line(words.paragraph(other), SegmentKind::Trailer);
        }
        if (original >= 0)
            out.copyPairs.insert({index, original});
        out.storyOf.append(original >= 0 ? out.storyOf.at(original) : index);
        out.bytes += text.toUtf8().size();
        out.documents.append({u"doc%1"_s.arg(index, 7, 10, QChar(u'0')), text, {}});
        out.lineKinds.append(kinds);
    }
    return out;
}

qint64 peakKilobytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void resetPeak()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

struct Run {
    double seconds = 0;
    BundleProfile profile;
    QList<DocumentSegmentation> segmented;
};

// The GUI's streaming order: fingerprints, profile, segments, links.
Run segment(const QList<SourceDocument> &documents)
{
    Run run;
    QElapsedTimer clock;
    clock.start();
    QList<DocumentFingerprint> fingerprints;
    fingerprints.reserve(documents.size());
    for (const SourceDocument &d : documents)
        fingerprints.append(DocumentFingerprint::compute(d.id, d.text, PlainTextBlocks::split(d.text)));
    const qint64 fingerprinted = clock.nsecsElapsed();
    run.profile = BundleProfile::build(std::move(fingerprints));
    const qint64 profiled = clock.nsecsElapsed();
    run.segmented.reserve(documents.size());
    for (const SourceDocument &d : documents)
        run.segmented.append(Segmenter::segment(d.id, d.text, PlainTextBlocks::split(d.text), &run.profile));
    const qint64 segmented = clock.nsecsElapsed();
    for (int i = 0; i < documents.size(); ++i) {
        const int canonical = run.profile.canonicalOf(i);
        if (canonical >= 0 && canonical != i)
            BundleSegmenter::linkToCanonical(run.segmented[i], documents.at(i).text, run.segmented.at(canonical), documents.at(canonical).text,
                                             run.profile.similarityToCanonical(i));
    }
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    std::printf("  phases: fingerprints %.2f s, profile %.2f s, segments %.2f s, links %.2f s\n", fingerprinted / 1e9,
                (profiled - fingerprinted) / 1e9, (segmented - profiled) / 1e9, run.seconds - segmented / 1e9);
    return run;
}

void reportQuality(const Generated &g, const Run &run)
{
    const QList<SegmentKind> kinds{SegmentKind::Title, SegmentKind::Body, SegmentKind::Boilerplate, SegmentKind::Trailer};
    QHash<int, qint64> truePositive, predicted, actual;
    for (int d = 0; d < g.documents.size(); ++d) {
        const QString &text = g.documents.at(d).text;
        const DocumentSegmentation &segmentation = run.segmented.at(d);
        qsizetype at = 0;
        for (const SegmentKind expected : g.lineKinds.at(d)) {
            const qsizetype end = text.indexOf(u'\n', at);
            if (expected != SegmentKind::Blank) {
                const int index = segmentation.segmentAt(at);
                const SegmentKind got = index >= 0 ? segmentation.segments.at(index).kind : SegmentKind::Blank;
                ++actual[int(expected)];
                ++predicted[int(got)];
                if (got == expected)
                    ++truePositive[int(expected)];
            }
            at = end + 1;
        }
    }
    std::printf("  per-kind precision / recall (lines):\n");
    for (const SegmentKind kind : kinds) {
        const int k = int(kind);
        std::printf("    %-12s %.3f / %.3f\n", qPrintable(kindName(kind)), predicted.value(k) ? double(truePositive.value(k)) / predicted.value(k) : 0.0,
                    actual.value(k) ? double(truePositive.value(k)) / actual.value(k) : 0.0);
    }
    int found = 0;
    for (const auto &[copy, original] : g.copyPairs.values()) {
        const int a = run.profile.clusterOf(copy);
        if (a >= 0 && a == run.profile.clusterOf(original))
            ++found;
    }
    std::printf("  duplicate pairs found: %d of %lld (recall %.3f)\n", found, qlonglong(g.copyPairs.size()),
                g.copyPairs.isEmpty() ? 1.0 : double(found) / double(g.copyPairs.size()));
    // Every pair of documents that tell the same story, against every pair
    // the clusters put together: pair precision, recall and F1.
    QHash<int, QList<int>> byStory;
    QHash<int, QList<int>> byCluster;
    for (int i = 0; i < int(g.storyOf.size()); ++i) {
        byStory[g.storyOf.at(i)].append(i);
        if (run.profile.clusterOf(i) >= 0)
            byCluster[run.profile.clusterOf(i)].append(i);
    }
    const auto pairs = [](const QHash<int, QList<int>> &groups) {
        qint64 n = 0;
        for (const QList<int> &members : groups)
            n += qint64(members.size()) * (members.size() - 1) / 2;
        return n;
    };
    qint64 agreed = 0;
    for (const QList<int> &members : std::as_const(byCluster)) {
        for (int x = 0; x < members.size(); ++x) {
            for (int y = x + 1; y < members.size(); ++y)
                agreed += g.storyOf.at(members.at(x)) == g.storyOf.at(members.at(y)) ? 1 : 0;
        }
    }
    const qint64 truePairs = pairs(byStory);
    const qint64 foundPairs = pairs(byCluster);
    const double precision = foundPairs > 0 ? double(agreed) / double(foundPairs) : 1.0;
    const double recall = truePairs > 0 ? double(agreed) / double(truePairs) : 1.0;
    std::printf("  same-story pairs (transitive): precision %.3f, recall %.3f, F1 %.3f (%lld true, %lld found)\n", precision, recall,
                precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0, qlonglong(truePairs), qlonglong(foundPairs));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (const QString &arg : QCoreApplication::arguments().mid(1))
        sizes.append(arg.toInt());
    if (sizes.isEmpty())
        sizes = {50, 100, 200};
    std::printf("bench_segmentation: one core, generated news-like bundles (copies re-scraped with merges, splits, NBSP, truncation; site boilerplate; 30%% with trailers)\n");
    double previous = 0;
    for (const int megabytes : sizes) {
        const Generated g = generate(qint64(megabytes) * 1000 * 1000, 2026);
        resetPeak();
        const qint64 before = peakKilobytes();
        const Run run = segment(g.documents);
        const qint64 peak = peakKilobytes();
        const double mb = double(g.bytes) / 1e6;
        std::printf("%4d MB target: %lld documents, %.1f MB UTF-8, %.2f s, %.1f MB/s; peak RSS %.0f MB (%.0f MB before the run)",
                    megabytes, qlonglong(g.documents.size()), mb, run.seconds, mb / run.seconds, double(peak) / 1024, double(before) / 1024);
        if (previous > 0)
            std::printf("; time ratio to the previous size %.2f", run.seconds / previous);
        std::printf("\n");
        previous = run.seconds;
        reportQuality(g, run);
    }
    // One very long page: every cut of its single run of prose is tested,
    // so the work per cut must not grow with the page.
    {
        Words words(7);
        // Common words in most paragraphs, as "said" and "year" are in news.
        QStringList topic = words.topic();
        for (const QString &common : {u"said"_s, u"year"_s, u"company"_s, u"people"_s, u"percent"_s, u"million"_s})
            topic += QStringList(30, common);
        QString text;
        for (int p = 0; p < 50000; ++p)
            text += words.paragraph(topic) + u"\n\n"_s;
        QElapsedTimer clock;
        clock.start();
        const DocumentSegmentation segmentation = Segmenter::segment(u"long"_s, text, PlainTextBlocks::split(text));
        std::printf("one document of 50,000 paragraphs (%.1f MB UTF-8): segmented alone in %.2f s, %lld segments\n",
                    double(text.toUtf8().size()) / 1e6, double(clock.nsecsElapsed()) / 1e9, qlonglong(segmentation.segments.size()));
    }
    return 0;
}
