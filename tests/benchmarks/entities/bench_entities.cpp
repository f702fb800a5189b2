// SPDX-License-Identifier: GPL-3.0-or-later
// Entity matching benchmark: EntityMatcher over generated news-like text with
// a generated gazetteer, next to a naive QRegularExpression baseline (over a
// sample) and Intel Hyperscan (when built with it), in the same run. Every
// engine's matches go through the same word-boundary and leftmost-longest
// rules, and the counts are compared. Figures are medians of --runs runs.
#include "newscorpus.h"

#include "entitymatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <map>
#include <vector>

#ifdef LECTERN_HAVE_HYPERSCAN
#include <hs.h>
#endif

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double medianSeconds(int runs, const std::function<void()> &work)
{
    std::vector<double> seconds;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    std::sort(seconds.begin(), seconds.end());
    return seconds[seconds.size() / 2];
}

struct Span {
    qsizetype start;
    qsizetype end;
};

// Leftmost-longest, non-overlapping: the same selection EntityMatcher makes.
qsizetype leftmostLongestCount(std::vector<Span> &spans)
{
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start != b.start ? a.start < b.start : a.end > b.end; });
    qsizetype count = 0;
    qsizetype cursor = 0;
    for (const Span &span : spans) {
        if (span.start < cursor)
            continue;
        ++count;
        cursor = span.end;
    }
    return count;
}

void report(const QString &engine, double seconds, double megabytes, qsizetype matches, const QString &note = {})
{
    out() << u"%1 %2 MB/s  %3 s for %4 MB  %5 matches  %6"_s.arg(engine, -34)
                 .arg(megabytes / seconds, 9, 'f', 1)
                 .arg(seconds, 7, 'f', 3)
                 .arg(megabytes, 0, 'f', 1)
                 .arg(matches)
                 .arg(note)
          << Qt::endl;
}

// ---- naive baseline: QRegularExpression alternations, longest names first ----

qsizetype regexCount(const Gazetteer &gazetteer, const QString &text, int namesPerExpression)
{
    struct Name {
        QString text;
        bool caseSensitive;
    };
    std::vector<Name> names;
    for (const Entity &entity : gazetteer.entities()) {
        for (const QString &name : entity.names())
            names.push_back({name, entity.caseSensitivity == Qt::CaseSensitive});
    }
    std::sort(names.begin(), names.end(), [](const Name &a, const Name &b) { return a.text.size() > b.text.size(); });
    // At each position, the longest word-bounded name starting there (PCRE2's
    // link size limits one expression's size, hence several expressions).
    std::map<qsizetype, qsizetype> longestEndAt;
    for (size_t first = 0; first < names.size(); first += size_t(namesPerExpression)) {
        QStringList alternatives;
        for (size_t i = first; i < std::min(names.size(), first + size_t(namesPerExpression)); ++i) {
            const QString escaped = QRegularExpression::escape(names[i].text);
            alternatives.append(names[i].caseSensitive ? escaped : u"(?i:"_s + escaped + u')');
        }
        const QRegularExpression expression(u"(?<!\\w)(?=((?:"_s + alternatives.join(u'|') + u")(?!\\w)))"_s,
            QRegularExpression::UseUnicodePropertiesOption);
        if (!expression.isValid()) {
            out() << "regex error: " << expression.errorString() << Qt::endl;
            return -1;
        }
        auto it = expression.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            qsizetype &end = longestEndAt[match.capturedStart(1)];
            end = std::max(end, match.capturedEnd(1));
        }
    }
    std::vector<Span> spans;
    for (const auto &[start, end] : longestEndAt)
        spans.push_back({start, end});
    return leftmostLongestCount(spans);
}

#ifdef LECTERN_HAVE_HYPERSCAN

bool wordByteBefore(const QByteArray &utf8, qsizetype index)
{
    if (index == 0)
        return false;
    qsizetype start = index - 1;
    while (start > 0 && (uchar(utf8[start]) & 0xC0) == 0x80)
        --start;
    const QString decoded = QString::fromUtf8(utf8.constData() + start, index - start);
    const char32_t cp = decoded.size() == 2 ? QChar::surrogateToUcs4(decoded[0], decoded[1]) : decoded[0].unicode();
    return cp == u'_' || QChar::isLetterOrNumber(cp) || QChar::isMark(cp);
}

bool wordByteAt(const QByteArray &utf8, qsizetype index)
{
    if (index >= utf8.size())
        return false;
    qsizetype end = index + 1;
    while (end < utf8.size() && (uchar(utf8[end]) & 0xC0) == 0x80)
        ++end;
    const QString decoded = QString::fromUtf8(utf8.constData() + index, end - index);
    const char32_t cp = decoded.size() == 2 ? QChar::surrogateToUcs4(decoded[0], decoded[1]) : decoded[0].unicode();
    return cp == u'_' || QChar::isLetterOrNumber(cp) || QChar::isMark(cp);
}

struct HyperscanRun {
    std::vector<Span> raw;
};

int onHyperscanMatch(unsigned int, unsigned long long from, unsigned long long to, unsigned int, void *context)
{
    static_cast<HyperscanRun *>(context)->raw.push_back({qsizetype(from), qsizetype(to)});
    return 0;
}

#endif

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Entity matching throughput: EntityMatcher, a regex baseline and Hyperscan."_s);
    parser.addHelpOption();
    const QCommandLineOption megabytesOption(u"megabytes"_s, u"Size of the generated text (default 100)."_s, u"MB"_s, u"100"_s);
    const QCommandLineOption entitiesOption(u"entities"_s, u"Entities in the generated gazetteer (default 10000)."_s, u"N"_s, u"10000"_s);
    const QCommandLineOption spacingOption(u"bytes-per-mention"_s, u"Mean bytes between mentions (default 80)."_s, u"N"_s, u"80"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs per figure; the median is reported (default 3)."_s, u"N"_s, u"3"_s);
    const QCommandLineOption sampleOption(u"regex-sample"_s, u"Megabytes the slow regex baseline runs over (default 1)."_s, u"MB"_s, u"1"_s);
    parser.addOptions({megabytesOption, entitiesOption, spacingOption, runsOption, sampleOption});
    parser.process(app);
    const double megabytesWanted = parser.value(megabytesOption).toDouble();
    const int entityCount = parser.value(entitiesOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const double sampleWanted = parser.value(sampleOption).toDouble();

    QElapsedTimer timer;
    timer.start();
    NewsCorpus corpus(20260401);
    const Gazetteer gazetteer = corpus.gazetteer(entityCount);
    const QString text = corpus.text(qint64(megabytesWanted * 1e6), parser.value(spacingOption).toInt());
    const QByteArray utf8 = text.toUtf8();
    const double megabytes = double(utf8.size()) / 1e6;
    out() << u"generated %1 entities and %2 MB of text in %3 s"_s.arg(gazetteer.size()).arg(megabytes, 0, 'f', 1).arg(double(timer.elapsed()) / 1e3, 0, 'f', 1)
          << Qt::endl;

    timer.restart();
    const EntityMatcher matcher(gazetteer);
    out() << u"EntityMatcher: %1 names, %2 states, %3 MB of tables, compiled in %4 ms"_s.arg(matcher.patternCount())
                 .arg(matcher.stateCount())
                 .arg(double(matcher.memoryUsage()) / 1e6, 0, 'f', 1)
                 .arg(timer.elapsed())
          << Qt::endl;
    out() << u"figures: median of %1 runs, one thread, MB = 10^6 bytes of the text in UTF-8"_s.arg(runs) << Qt::endl;

    qsizetype ours = 0;
    const double oursSeconds = medianSeconds(runs, [&] { ours = matcher.count(text); });
    report(u"EntityMatcher (QString)"_s, oursSeconds, megabytes, ours, u"1 per %1 bytes"_s.arg(utf8.size() / std::max<qsizetype>(1, ours)));
    qsizetype collected = 0;
    const double collectSeconds = medianSeconds(runs, [&] { collected = matcher.match(text).size(); });
    report(u"EntityMatcher, mentions collected"_s, collectSeconds, megabytes, collected);
    const double decodeSeconds = medianSeconds(runs, [&] { (void)QString::fromUtf8(utf8).size(); });
    report(u"(UTF-8 to QString, for scale)"_s, decodeSeconds, megabytes, 0);

    // The regex baseline is far slower: it runs over a sample cut at a paragraph end.
    qsizetype sampleEnd = text.indexOf(u"\n\n"_s, qsizetype(sampleWanted * 1e6));
    if (sampleEnd < 0)
        sampleEnd = text.size();
    const QString sample = text.first(sampleEnd);
    const double sampleMegabytes = double(sample.toUtf8().size()) / 1e6;
    const qsizetype oursOnSample = matcher.count(sample);
    qsizetype regexMatches = 0;
    const double regexSeconds = medianSeconds(1, [&] { regexMatches = regexCount(gazetteer, sample, 1000); });
    report(u"QRegularExpression (sample, 1 run)"_s, regexSeconds, sampleMegabytes, regexMatches,
        u"EntityMatcher on the sample: %1 %2"_s.arg(oursOnSample).arg(oursOnSample == regexMatches ? u"(agree)"_s : u"(DISAGREE)"_s));

    bool agree = oursOnSample == regexMatches;
#ifdef LECTERN_HAVE_HYPERSCAN
    std::vector<QByteArray> literals;
    std::vector<const char *> expressions;
    std::vector<unsigned int> flags;
    std::vector<unsigned int> ids;
    std::vector<size_t> lengths;
    for (const Entity &entity : gazetteer.entities()) {
        for (const QString &name : entity.names()) {
            literals.push_back(name.toUtf8());
            flags.push_back(HS_FLAG_SOM_LEFTMOST | (entity.caseSensitivity == Qt::CaseSensitive ? 0u : unsigned(HS_FLAG_CASELESS)));
            ids.push_back(unsigned(ids.size()));
        }
    }
    for (const QByteArray &literal : literals) {
        expressions.push_back(literal.constData());
        lengths.push_back(size_t(literal.size()));
    }
    timer.restart();
    hs_database_t *database = nullptr;
    hs_compile_error_t *compileError = nullptr;
    if (hs_compile_lit_multi(expressions.data(), flags.data(), ids.data(), lengths.data(), unsigned(expressions.size()), HS_MODE_BLOCK,
            nullptr, &database, &compileError)
        != HS_SUCCESS) {
        out() << "Hyperscan compile error: " << compileError->message << Qt::endl;
        hs_free_compile_error(compileError);
        return 1;
    }
    out() << u"Hyperscan %1: %2 literals compiled in %3 ms"_s.arg(QString::fromLatin1(hs_version())).arg(expressions.size()).arg(timer.elapsed())
          << Qt::endl;
    hs_scratch_t *scratch = nullptr;
    hs_alloc_scratch(database, &scratch);
    HyperscanRun run;
    run.raw.reserve(size_t(utf8.size() / 40));
    const double scanSeconds = medianSeconds(runs, [&] {
        run.raw.clear();
        hs_scan(database, utf8.constData(), unsigned(utf8.size()), 0, scratch, onHyperscanMatch, &run);
    });
    report(u"Hyperscan scan only (UTF-8)"_s, scanSeconds, megabytes, qsizetype(run.raw.size()), u"raw literal hits"_s);
    qsizetype hyperscanMatches = 0;
    const double fullSeconds = medianSeconds(runs, [&] {
        run.raw.clear();
        hs_scan(database, utf8.constData(), unsigned(utf8.size()), 0, scratch, onHyperscanMatch, &run);
        std::vector<Span> bounded;
        bounded.reserve(run.raw.size());
        for (const Span &span : run.raw) {
            if (!wordByteBefore(utf8, span.start) && !wordByteAt(utf8, span.end))
                bounded.push_back(span);
        }
        hyperscanMatches = leftmostLongestCount(bounded);
    });
    report(u"Hyperscan + boundaries + leftmost-longest"_s, fullSeconds, megabytes, hyperscanMatches,
        hyperscanMatches == ours ? u"(agrees with EntityMatcher)"_s : u"(DISAGREES with EntityMatcher)"_s);
    agree = agree && hyperscanMatches == ours;
    hs_free_scratch(scratch);
    hs_free_database(database);
#else
    out() << "Hyperscan: not built in (install libhyperscan-dev and reconfigure)" << Qt::endl;
#endif
    return agree ? 0 : 1;
}
