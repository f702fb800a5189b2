// SPDX-License-Identifier: GPL-3.0-or-later
// The segmentation core on real pages: article boundaries and near-duplicate
// documents measured on the development corpus that sits beside the project
// (../shared/dev-corpus; never shipped). Prints figures; asserts nothing.
//
//   bench_devcorpus CORPUS [--boundaries] [--duplicates] [--scale N]
//
// Boundaries: every boundaries/*.txt is segmented on its own (no bundle),
// paragraphs are its blank-line-separated lines, and a boundary is where the
// article number changes over the paragraphs that belong to an article
// (boilerplate passed over). A found boundary counts when a true one is at
// most one paragraph from it; lines between two articles that neither takes
// (a date, a byline) widen it to that gap ("strict" figures leave them out). Also: how often a long article with a short
// trailer is cut inside the long article.
//
// LECTERN_BENCH_TRACE=1 prints each file's true and found boundaries to
// standard error; LECTERN_BENCH_RAW=1 scores the cuts ArticleBoundaries
// makes before the main article joins and numbers them.
//
// Duplicates: duplicates/docs as one bundle, document clusters against
// clusters.tsv (pairwise precision, recall, F1; recall per edit kind;
// cluster sizes). --scale N adds N more documents made the same way from
// the corpus's gold articles (real text, edited by this program: paragraphs
// merged or split, furniture lines added, quotes and spaces changed,
// truncated, another article's paragraphs appended), to see whether
// clusters stay apart as the bundle grows.
#include "articleboundaries.h"
#include "blockfeatures.h"
#include "boilerplateevidence.h"
#include "bundlesegmenter.h"
#include "plaintextblocks.h"
#include "segmenter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

struct Counts {
    int truePositives = 0;
    int found = 0;
    int expected = 0;
    void add(const Counts &o)
    {
        truePositives += o.truePositives;
        found += o.found;
        expected += o.expected;
    }
    [[nodiscard]] double precision() const { return found ? double(truePositives) / found : 1.0; }
    [[nodiscard]] double recall() const { return expected ? double(truePositives) / expected : 1.0; }
    [[nodiscard]] double f1() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

void printCounts(const char *label, const Counts &c)
{
    std::printf("  %-28s P %.3f  R %.3f  F1 %.3f  (%d true, %d found, %d right)\n", label, c.precision(), c.recall(), c.f1(), c.expected,
                c.found, c.truePositives);
}

// A boundary found in one file: the paragraphs from the one after the last
// paragraph of an article to the first of the next. Lines between two
// articles that neither takes (a date, a byline) put it anywhere in there.
struct Found {
    int from = 0;
    int to = 0;
};

QList<Found> foundBoundaries(const QString &text)
{
    const TextBlocks blocks = PlainTextBlocks::split(text);
    if (qEnvironmentVariableIsSet("LECTERN_BENCH_RAW")) {
        QList<SegmentBlock> measured = BlockFeatures::measure(text, blocks);
        BoilerplateEvidence::weigh(text, measured, blocks, nullptr);
        const ArticleBoundaries::Result raw = ArticleBoundaries::find(measured);
        QList<Found> cuts;
        for (int c = 1; c < raw.candidates.size(); ++c)
            cuts.append({raw.candidates.at(c - 1).last + 1, raw.candidates.at(c).first});
        return cuts;
    }
    const DocumentSegmentation result = Segmenter::segment(u"doc"_s, text, blocks);
    QList<int> articleOf;
    for (const TextBlock &block : blocks) {
        const Segment &segment = result.segments.at(result.segmentAt(block.start));
        articleOf.append(segment.kind == SegmentKind::Boilerplate ? -1 : segment.article);
    }
    if (qEnvironmentVariableIsSet("LECTERN_BENCH_TRACE")) {
        QStringList seq;
        for (const int a : std::as_const(articleOf))
            seq.append(a < 0 ? u"."_s : QString::number(a));
        std::fprintf(stderr, "  articles %s\n", qPrintable(seq.join(QString())));
    }
    QList<Found> boundaries;
    int previous = -2;
    int previousAt = -1;
    for (int i = 0; i < articleOf.size(); ++i) {
        if (articleOf.at(i) < 0)
            continue;
        if (previous != -2 && articleOf.at(i) != previous)
            boundaries.append({previousAt + 1, i});
        previous = articleOf.at(i);
        previousAt = i;
    }
    return boundaries;
}

// Strict: the boundary is the first paragraph of the next article. Gap: any
// paragraph of the gap may be it. Either way within one paragraph of the truth.
Counts matchBoundaries(const QList<Found> &found, const QList<int> &truth, bool gap)
{
    Counts c;
    c.found = int(found.size());
    c.expected = int(truth.size());
    QList<bool> used(truth.size(), false);
    for (const Found &f : found) {
        const int from = gap ? f.from : f.to;
        for (int t = 0; t < truth.size(); ++t) {
            if (!used.at(t) && truth.at(t) >= from - 1 && truth.at(t) <= f.to + 1) {
                used[t] = true;
                ++c.truePositives;
                break;
            }
        }
    }
    return c;
}

void benchBoundaries(const QString &corpus)
{
    const QDir dir(corpus + u"/boundaries"_s);
    const QStringList files = dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    QMap<QString, Counts> byKind, byLanguage, byKindLanguage, strictByKind;
    int longArticles = 0, longArticlesCut = 0;
    QElapsedTimer timer;
    timer.start();
    qint64 bytes = 0;
    for (const QString &name : files) {
        const QString text = readText(dir.filePath(name));
        bytes += text.toUtf8().size();
        const QJsonObject ref = QJsonDocument::fromJson([&] {
                                    QFile f(dir.filePath(name.chopped(4) + u".ref.json"_s));
                                    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
                                }())
                                    .object();
        QList<int> truth;
        for (const QJsonValue &v : ref.value("boundaries"_L1).toArray())
            truth.append(v.toInt());
        const QString kind = ref.value("kind"_L1).toString();
        const QString language = ref.value("language"_L1).toString();
        if (qEnvironmentVariableIsSet("LECTERN_BENCH_TRACE"))
            std::fprintf(stderr, "file %s truth %s\n", qPrintable(name),
                         qPrintable(QString::fromUtf8(QJsonDocument(ref.value("boundaries"_L1).toArray()).toJson(QJsonDocument::Compact))));
        const QList<Found> found = foundBoundaries(text);
        const Counts c = matchBoundaries(found, truth, true);
        if (qEnvironmentVariableIsSet("LECTERN_BENCH_TRACE")) {
            QStringList at;
            for (const Found &f : found)
                at.append(f.from == f.to ? QString::number(f.to) : u"%1-%2"_s.arg(f.from).arg(f.to));
            std::fprintf(stderr, "  found [%s], %d right\n", qPrintable(at.join(u","_s)), c.truePositives);
        }
        strictByKind[kind].add(matchBoundaries(found, truth, false));
        byKind[kind].add(c);
        byLanguage[language].add(c);
        byKindLanguage[kind + u" "_s + language].add(c);
        if (kind == u"trailer"_s && !truth.isEmpty()) {
            ++longArticles;
            bool cut = false;
            for (const Found &f : found)
                cut = cut || f.to < truth.first() - 1;
            longArticlesCut += cut ? 1 : 0;
        }
    }
    std::printf("Article boundaries (%lld files, %.1f MB, %.0f ms)\n", qlonglong(files.size()), bytes / 1e6, double(timer.elapsed()));
    Counts all;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        printCounts(qPrintable(it.key()), it.value());
        all.add(it.value());
    }
    printCounts("all", all);
    for (auto it = strictByKind.cbegin(); it != strictByKind.cend(); ++it)
        printCounts(qPrintable(it.key() + u" (strict)"_s), it.value());
    for (auto it = byKindLanguage.cbegin(); it != byKindLanguage.cend(); ++it)
        printCounts(qPrintable(it.key()), it.value());
    std::printf("  long articles cut inside: %d of %d (%.1f%%)\n", longArticlesCut, longArticles,
                longArticles ? 100.0 * longArticlesCut / longArticles : 0.0);
}

// ---------------------------------------------------------------- duplicates

struct Doc {
    QString id;
    QString text;
    QString cluster;
    QStringList edits; ///< kinds only: merge, split, boilerplate, quotes_ws, truncate, trailer
};

bool isCjk(QStringView text)
{
    int han = 0, seen = 0;
    for (const QChar c : text) {
        if (!c.isLetter())
            continue;
        ++seen;
        han += c.script() == QChar::Script_Han || c.script() == QChar::Script_Hiragana || c.script() == QChar::Script_Katakana ? 1 : 0;
        if (seen > 200)
            break;
    }
    return seen > 0 && han * 2 > seen;
}

// Furniture lines of the kind a re-scrape adds, in the corpus's languages;
// our own wording.
const QStringList &furniture(bool cjk, QStringView sample)
{
    static const QStringList latin = {u"Share this story"_s,
                                      u"Sign up for our daily newsletter"_s,
                                      u"Follow us on social media"_s,
                                      u"We use cookies to improve your experience. Accept"_s,
                                      u"All rights reserved."_s,
                                      u"Read more"_s,
                                      u"Advertisement"_s,
                                      u"Home | World | Business | Sport"_s};
    static const QStringList cyrillic = {u"Поделиться"_s, u"Подпишитесь на нашу рассылку"_s, u"Все права защищены."_s,
                                         u"Читайте также"_s, u"Главная | Новости | Спорт"_s};
    static const QStringList greek = {u"Κοινοποίηση"_s, u"Εγγραφείτε στο ενημερωτικό δελτίο"_s, u"Όλα τα δικαιώματα διατηρούνται."_s,
                                      u"Διαβάστε επίσης"_s};
    static const QStringList han = {u"分享到微信"_s, u"订阅我们的新闻"_s, u"版权所有"_s, u"相关阅读"_s, u"首页 | 新闻 | 体育"_s};
    if (cjk)
        return han;
    for (const QChar c : sample) {
        if (c.script() == QChar::Script_Cyrillic)
            return cyrillic;
        if (c.script() == QChar::Script_Greek)
            return greek;
    }
    return latin;
}

QStringList paragraphsOf(const QString &text)
{
    QStringList paragraphs = text.split(u"\n\n"_s, Qt::SkipEmptyParts);
    for (QString &p : paragraphs)
        p = p.trimmed();
    paragraphs.removeAll(QString());
    return paragraphs;
}

// Sentence end near the middle of a paragraph, or -1.
qsizetype middleSentenceEnd(const QString &paragraph)
{
    const qsizetype middle = paragraph.size() / 2;
    qsizetype best = -1;
    for (qsizetype i = 1; i + 2 < paragraph.size(); ++i) {
        const QChar c = paragraph.at(i);
        const bool end = ((c == u'.' || c == u'!' || c == u'?') && paragraph.at(i + 1) == u' ') || c == QChar(0x3002);
        if (end && (best < 0 || std::abs(i - middle) < std::abs(best - middle)))
            best = i;
    }
    return best;
}

QString applyEdit(const QString &kind, QStringList paragraphs, QRandomGenerator &random, const QStringList &others, bool cjk)
{
    if (kind == u"merge"_s) {
        for (int k = 0; k < 2 && paragraphs.size() > 2; ++k) {
            const int i = int(random.bounded(qsizetype(paragraphs.size() - 1)));
            paragraphs[i] += (cjk ? u""_s : u" "_s) + paragraphs.at(i + 1);
            paragraphs.removeAt(i + 1);
        }
    } else if (kind == u"split"_s) {
        for (int k = 0; k < 2; ++k) {
            const int i = int(random.bounded(qsizetype(paragraphs.size())));
            const qsizetype at = middleSentenceEnd(paragraphs.at(i));
            if (at > 0) {
                const QString rest = paragraphs.at(i).mid(at + 1).trimmed();
                paragraphs[i] = paragraphs.at(i).left(at + 1);
                paragraphs.insert(i + 1, rest);
            }
        }
    } else if (kind == u"boilerplate"_s) {
        const QStringList &lines = furniture(cjk, paragraphs.value(0));
        const int n = 2 + int(random.bounded(4));
        for (int k = 0; k < n; ++k) {
            const QString line = lines.at(int(random.bounded(qsizetype(lines.size()))));
            if (k % 2 == 0)
                paragraphs.prepend(line);
            else
                paragraphs.append(line);
        }
    } else if (kind == u"quotes_ws"_s) {
        for (QString &p : paragraphs) {
            p.replace(u'"', QChar(0x201C)).replace(u'\'', QChar(0x2019));
            for (qsizetype i = 0; i < p.size(); ++i) {
                if (p.at(i) == u' ' && random.bounded(8) == 0)
                    p[i] = QChar(0x00A0);
            }
            if (random.bounded(4) == 0)
                p.prepend(u"\u00A0\u00A0"_s);
        }
    } else if (kind == u"truncate"_s) {
        const double keep = 0.6 + 0.2 * random.generateDouble();
        qsizetype total = 0;
        for (const QString &p : paragraphs)
            total += p.size();
        qsizetype budget = qsizetype(total * keep);
        QStringList kept;
        for (const QString &p : std::as_const(paragraphs)) {
            if (budget <= 0)
                break;
            if (p.size() <= budget) {
                kept.append(p);
            } else {
                qsizetype cut = cjk ? budget : p.lastIndexOf(u' ', budget);
                if (cut > 0)
                    kept.append(p.left(cut));
            }
            budget -= p.size();
        }
        paragraphs = kept;
    } else if (kind == u"trailer"_s && !others.isEmpty()) {
        const QStringList other = paragraphsOf(others.at(int(random.bounded(qsizetype(others.size())))));
        const int n = std::min<int>(1 + int(random.bounded(3)), int(other.size()));
        for (int k = 0; k < n; ++k)
            paragraphs.append(other.at(k));
    }
    return paragraphs.join(u"\n\n"_s) + u"\n"_s;
}

void scoreClusters(const char *title, const QList<Doc> &docs, double seconds, qint64 bytes)
{
    QList<SourceDocument> sources;
    sources.reserve(docs.size());
    for (const Doc &doc : docs)
        sources.append({doc.id, doc.text, {}});
    QElapsedTimer timer;
    timer.start();
    const BundleSegmentation run = BundleSegmenter::run(sources);
    const double runSeconds = timer.elapsed() / 1000.0;
    QHash<QString, int> predicted;
    for (int c = 0; c < run.profile.duplicateClusters().size(); ++c) {
        for (const DuplicateCluster::Member &m : run.profile.duplicateClusters().at(c).members)
            predicted.insert(m.documentId, c);
    }
    QHash<QString, QList<int>> byStory;
    for (int i = 0; i < docs.size(); ++i)
        byStory[docs.at(i).cluster].append(i);
    Counts pairs;
    QMap<QString, Counts> perEdit;
    for (const QList<int> &members : std::as_const(byStory)) {
        for (int a = 0; a < members.size(); ++a) {
            for (int b = a + 1; b < members.size(); ++b) {
                const Doc &x = docs.at(members.at(a));
                const Doc &y = docs.at(members.at(b));
                const bool together = predicted.contains(x.id) && predicted.value(x.id) == predicted.value(y.id, -1);
                ++pairs.expected;
                pairs.truePositives += together ? 1 : 0;
                QStringList kinds = x.edits + y.edits;
                if (kinds.isEmpty())
                    kinds.append(u"none"_s);
                kinds.removeDuplicates();
                for (const QString &k : std::as_const(kinds)) {
                    ++perEdit[k].expected;
                    perEdit[k].truePositives += together ? 1 : 0;
                }
            }
        }
    }
    QMap<int, int> sizes;
    int largest = 0;
    for (const DuplicateCluster &cluster : run.profile.duplicateClusters()) {
        const int n = int(cluster.members.size());
        pairs.found += n * (n - 1) / 2;
        ++sizes[n <= 5 ? n : n <= 10 ? 10 : n <= 50 ? 50 : 1000];
        largest = std::max(largest, n);
    }
    std::printf("%s (%lld documents, %.1f MB; made in %.1f s, bundle pass %.2f s = %.1f MB/s)\n", title, qlonglong(docs.size()), bytes / 1e6,
                seconds, runSeconds, runSeconds > 0 ? bytes / 1e6 / runSeconds : 0.0);
    printCounts("document pairs", pairs);
    for (auto it = perEdit.cbegin(); it != perEdit.cend(); ++it)
        std::printf("  recall with %-16s %.3f (%d pairs)\n", qPrintable(it.key()), it.value().recall(), it.value().expected);
    std::printf("  clusters by size:");
    for (auto it = sizes.cbegin(); it != sizes.cend(); ++it)
        std::printf(" %s%d: %d", it.key() > 5 ? "<=" : "", it.key(), it.value());
    std::printf("; largest %d\n", largest);
}

void benchDuplicates(const QString &corpus, int scale)
{
    QElapsedTimer timer;
    timer.start();
    QList<Doc> docs;
    qint64 bytes = 0;
    {
        QFile tsv(corpus + u"/duplicates/clusters.tsv"_s);
        if (!tsv.open(QIODevice::ReadOnly)) {
            std::printf("no duplicates/clusters.tsv in %s\n", qPrintable(corpus));
            return;
        }
        tsv.readLine();
        while (!tsv.atEnd()) {
            const QStringList cells = QString::fromUtf8(tsv.readLine()).trimmed().split(u'\t');
            if (cells.size() < 2)
                continue;
            Doc doc;
            doc.id = cells.at(0);
            doc.cluster = cells.at(1);
            for (const QString &edit : cells.value(2).split(u'+', Qt::SkipEmptyParts))
                doc.edits.append(edit.section(u'(', 0, 0));
            doc.text = readText(corpus + u"/duplicates/docs/"_s + doc.id + u".txt"_s);
            bytes += doc.text.toUtf8().size();
            docs.append(doc);
        }
    }
    scoreClusters("Near-duplicate documents, duplicates/", docs, timer.elapsed() / 1000.0, bytes);
    if (scale <= 0)
        return;

    // More of the same from every gold article long enough to be re-scraped.
    timer.restart();
    const QDir gold(corpus + u"/gold"_s);
    QStringList articles;
    QStringList names;
    for (const QString &name : gold.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        const QString text = readText(gold.filePath(name));
        const QStringList paragraphs = paragraphsOf(text);
        const int words = int(text.split(u' ', Qt::SkipEmptyParts).size());
        if (paragraphs.size() >= 4 && (words >= 150 || (isCjk(text) && text.size() >= 300))) {
            articles.append(text);
            names.append(name.chopped(4));
        }
    }
    QRandomGenerator random(20261202);
    static const QStringList kinds = {u"merge"_s, u"split"_s, u"boilerplate"_s, u"quotes_ws"_s, u"truncate"_s, u"trailer"_s};
    const int versions = std::max(2, int(scale / std::max<qsizetype>(1, articles.size())));
    for (int a = 0; a < articles.size() && docs.size() < scale + 750; ++a) {
        const bool cjk = isCjk(articles.at(a));
        for (int v = 0; v < versions; ++v) {
            Doc doc;
            doc.id = u"g%1_%2"_s.arg(a, 4, 10, QChar(u'0')).arg(v);
            doc.cluster = names.at(a);
            QString text = articles.at(a);
            if (v > 0) {
                const int edits = 1 + int(random.bounded(2));
                for (int e = 0; e < edits; ++e) {
                    const QString kind = kinds.at(int(random.bounded(qsizetype(kinds.size()))));
                    if (doc.edits.contains(kind))
                        continue;
                    doc.edits.append(kind);
                    text = applyEdit(kind, paragraphsOf(text), random, articles, cjk);
                }
            }
            doc.text = text;
            bytes += text.toUtf8().size();
            docs.append(doc);
        }
    }
    scoreClusters("Near-duplicate documents, duplicates/ + gold articles edited here", docs, timer.elapsed() / 1000.0, bytes);
    // The same documents on disk, for timing `lectern-cli duplicates` on them.
    if (const QString folder = qEnvironmentVariable("LECTERN_BENCH_WRITE"); !folder.isEmpty()) {
        QDir().mkpath(folder);
        QFile index(folder + u"/index.txt"_s);
        if (index.open(QIODevice::WriteOnly)) {
            for (const Doc &doc : std::as_const(docs)) {
                QFile file(folder + u'/' + doc.id + u".txt"_s);
                if (file.open(QIODevice::WriteOnly))
                    file.write(doc.text.toUtf8());
                index.write((doc.id + u".txt\n"_s).toUtf8());
            }
        }
        std::printf("  written to %s\n", qPrintable(folder));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first().startsWith(u'-')) {
        std::fprintf(stderr, "usage: bench_devcorpus CORPUS [--boundaries] [--duplicates] [--scale N]\n");
        return 2;
    }
    const QString corpus = args.takeFirst();
    int scale = 0;
    const int scaleAt = int(args.indexOf(u"--scale"_s));
    if (scaleAt >= 0) {
        scale = args.value(scaleAt + 1).toInt();
        args.remove(scaleAt, 2);
    }
    const bool all = !args.contains(u"--boundaries"_s) && !args.contains(u"--duplicates"_s);
    if (all || args.contains(u"--boundaries"_s))
        benchBoundaries(corpus);
    if (all || args.contains(u"--duplicates"_s))
        benchDuplicates(corpus, scale);
    return 0;
}
