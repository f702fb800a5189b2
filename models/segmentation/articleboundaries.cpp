// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleboundaries.h"

#include "blockvocabulary.h"
#include "segmenttext.h"

#include <QLoggingCategory>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

Q_LOGGING_CATEGORY(lcBoundaries, "lectern.models.segmentation.boundaries", QtInfoMsg)

namespace {

using namespace BlockRules;

constexpr int MinSideWords = 25;
constexpr double SplitBelowCosine = 0.10;
constexpr double LoneCutCosine = 0.04;
constexpr double MinDepth = 0.10;
constexpr double MaxValleyShare = 0.5;
// A cut whose two sides share this many standard deviations fewer stems
// than blocks dealt at random would is an article boundary; with the next
// article's headline just before it, a much smaller surprise is enough.
constexpr double SplitSurprise = 6.0;
constexpr double HeadedSurprise = 1.0;
// Both tests agreeing on one cut: the cosine's deepest valley at most this
// share of the peaks on either side, and this much surprise.
constexpr double AgreeingSurprise = 1.5;
constexpr double AgreeingValleyShare = 0.8;
// The same test over names (capitalised words inside sentences) adds this
// share of its surprise: a story keeps naming its own people and places.
constexpr double NameSurpriseWeight = 0.5;
// A closing passage is another article when the share of its stems found in
// the article is this many standard deviations below the share of each
// paragraph's stems found in the others (and below 3/4 of their mean).
constexpr double TailSpreads = 1.75;
constexpr double HeadedTailSpreads = 1.0;
constexpr double TailShareOfArticle = 0.75;

// A short unpunctuated line that shares more words with what follows it
// than with what came before: the headline of the next article, not a
// subheading of this one. `before(stem, times in the line)` and
// `after(stem)` say whether the stem is found on either side.
template<typename Before, typename After>
bool headsWhatFollows(const SegmentBlock &line, Before &&before, After &&after)
{
    if (line.terminal || line.words < 3 || line.words > 20 || line.boilerplate >= WeakBoilerplate)
        return false;
    int withAfter = 0;
    int withBefore = 0;
    for (qsizetype k = 0; k < line.stems.size();) {
        const quint64 stem = line.stems.at(k);
        int own = 0;
        for (; k < line.stems.size() && line.stems.at(k) == stem; ++k)
            ++own;
        withAfter += after(stem) ? 1 : 0;
        withBefore += before(stem, own) ? 1 : 0;
    }
    return withAfter >= 2 && withAfter > withBefore;
}

// How many keys (stems, names) both sides of a cut share against how many
// they would share if the blocks were dealt to the two sides at random: a
// key in b of the K blocks is on both sides unless all b fall on one
// (hypergeometric). An article boundary shares far fewer than that; a cut
// inside one article about as many. The cut moves right one block at a time.
class SharingSurprise
{
public:
    SharingSurprise(const QList<SegmentBlock> &blocks, int first, int last, QList<quint64> SegmentBlock::*keys)
        : m_keys(keys)
        , m_expected(last - first + 1, 0.0)
        , m_spread(last - first + 1, 1.0)
    {
        const int count = last - first + 1;
        size_t total = 0;
        for (int i = first; i <= last; ++i)
            total += size_t((blocks.at(i).*m_keys).size());
        m_blocksOf.reserve(total);
        for (int i = first; i <= last; ++i)
            forEachDistinct(blocks.at(i).*m_keys, [&](quint64 key) { ++m_blocksOf[key]; });
        QList<int> keysIn(count + 1, 0); // b -> how many keys are in b blocks
        int most = 0;
        m_blocksOf.forEach([&](quint64, int b) {
            ++keysIn[b];
            most = std::max(most, b);
        });
        m_left.reserve(m_blocksOf.size());
        QList<qint64> keysInAtLeast(most + 2, 0); // b -> how many keys are in b blocks or more
        for (int b = most; b >= 1; --b)
            keysInAtLeast[b] = keysInAtLeast.at(b + 1) + keysIn.at(b);
        for (int kl = 1; kl < count; ++kl) {
            double expected = 0, variance = 0;
            // P(all b on the left) and P(all on the right), b = 1, 2, ...
            double allLeft = double(kl) / count;
            double allRight = double(count - kl) / count;
            for (int b = 2; b <= most; ++b) {
                allLeft *= double(std::max(0, kl - b + 1)) / double(count - b + 1);
                allRight *= double(std::max(0, count - kl - b + 1)) / double(count - b + 1);
                if (allLeft + allRight < 1e-9) {
                    // Keys in this many blocks or more are on both sides: the
                    // rest adds its count and no variance (a long page stays linear).
                    expected += double(keysInAtLeast.at(b));
                    break;
                }
                if (keysIn.at(b) == 0)
                    continue;
                const double p = 1.0 - allLeft - allRight;
                expected += keysIn.at(b) * p;
                variance += keysIn.at(b) * p * (1 - p);
            }
            m_expected[kl] = expected;
            m_spread[kl] = std::sqrt(variance + 1.0);
        }
    }

    void moveLeft(const SegmentBlock &block)
    {
        ++m_onLeft;
        forEachDistinct(block.*m_keys, [&](quint64 key) {
            const int b = m_blocksOf.value(key);
            const int l = ++m_left[key];
            m_shared += (l == 1 && b > 1) ? 1 : 0;
            m_shared -= (l == b && b > 1) ? 1 : 0;
        });
    }

    /// (expected - shared) / standard deviation at the current cut.
    [[nodiscard]] double surprise() const { return (m_expected.at(m_onLeft) - m_shared) / m_spread.at(m_onLeft); }
    [[nodiscard]] int shared() const { return m_shared; }
    [[nodiscard]] double expected() const { return m_expected.at(m_onLeft); }

private:
    QList<quint64> SegmentBlock::*m_keys;
    FlatCounter m_blocksOf;
    FlatCounter m_left;
    QList<double> m_expected;
    QList<double> m_spread;
    int m_onLeft = 0;
    int m_shared = 0;
};

class BoundaryPass
{
public:
    explicit BoundaryPass(const QList<SegmentBlock> &blocks)
        : m_blocks(blocks)
    {
    }

    ArticleBoundaries::Result run()
    {
        formChains();
        for (const auto &[first, last] : std::as_const(m_chains))
            split(first, last, 0);
        return {std::move(m_candidates), std::move(m_parted)};
    }

    /// The first block of a short off-topic passage that ends the run first..last, or -1.
    [[nodiscard]] int strayTail(int first, int last, QString *why) const;

private:
    void formChains();
    void split(int first, int last, int depth);

    const QList<SegmentBlock> &m_blocks;
    QList<ArticleCandidate> m_candidates;
    QList<ArticlePart> m_parted;
    QList<std::pair<int, int>> m_chains;
};

void BoundaryPass::formChains()
{
    int chainFirst = -1;
    int lastProse = -1;
    int between = 0;
    bool broken = false;
    for (int i = 0; i < m_blocks.size(); ++i) {
        const SegmentBlock &block = m_blocks.at(i);
        if (!block.prose) {
            if (lastProse >= 0) {
                ++between;
                broken = broken || block.boilerplate >= StrongBoilerplate;
            }
            continue;
        }
        if (chainFirst < 0 || broken || between > MaxBlocksBetweenProse) {
            if (chainFirst >= 0)
                m_chains.append({chainFirst, lastProse});
            chainFirst = i;
        }
        lastProse = i;
        between = 0;
        broken = false;
    }
    if (chainFirst >= 0)
        m_chains.append({chainFirst, lastProse});
}

// Divisive segmentation by lexical cohesion: try every cut before a prose
// block with enough text on each side. A cut is a boundary when the cosine
// of its two sides is a deep valley (TextTiling), or when they share far
// fewer stems than chance would give (much less so when a headline of what
// follows stands before it). Each side is then split again; a run that is
// not split may still end with a short off-topic passage (strayTail).
void BoundaryPass::split(int first, int last, int depth)
{
    FlatCounter left;
    FlatCounter right;
    const size_t stems = stemCount(m_blocks, first, last);
    left.reserve(stems);
    right.reserve(stems);
    int rightWords = 0;
    for (int i = first; i <= last; ++i) {
        for (const quint64 stem : m_blocks.at(i).stems)
            ++right[stem];
        rightWords += int(m_blocks.at(i).stems.size());
    }
    double dot = 0, leftNorm = 0, rightNorm = 0;
    right.forEach([&](quint64, int count) { rightNorm += termWeight(count) * termWeight(count); });

    SharingSurprise stemSharing(m_blocks, first, last, &SegmentBlock::stems);
    SharingSurprise nameSharing(m_blocks, first, last, &SegmentBlock::names);
    int leftWords = 0;
    bool leftHasLongProse = false;
    // Every cut tried, with what the tests say of it.
    struct Cut {
        int first = 0;             ///< first block of the right side
        double cosine = 0;         ///< of the two sides' vocabularies
        double surprise = 0;       ///< (expected - shared) / standard deviation, content stems
        double nameSurprise = 0;   ///< the same over names
        int shared = 0;            ///< stems on both sides
        double expected = 0;       ///< stems on both sides by chance
        bool headed = false;       ///< a headline of the right side stands before it
    };
    QList<Cut> cuts;
    for (int cut = first; cut < last; ++cut) {
        const SegmentBlock &moving = m_blocks.at(cut);
        for (qsizetype k = 0; k < moving.stems.size();) {
            const quint64 stem = moving.stems.at(k);
            int count = 0;
            while (k < moving.stems.size() && moving.stems.at(k) == stem) {
                ++count;
                ++k;
            }
            int &l = left[stem];
            int &r = right[stem];
            const double oldL = termWeight(l), oldR = termWeight(r);
            l += count;
            r -= count;
            const double newL = termWeight(l), newR = termWeight(r);
            dot += newL * newR - oldL * oldR;
            leftNorm += newL * newL - oldL * oldL;
            rightNorm += newR * newR - oldR * oldR;
        }
        stemSharing.moveLeft(moving);
        nameSharing.moveLeft(moving);
        leftWords += int(moving.stems.size());
        rightWords -= int(moving.stems.size());
        leftHasLongProse = leftHasLongProse || (moving.prose && moving.words >= ShortProseWords);
        const SegmentBlock &next = m_blocks.at(cut + 1);
        if (!next.prose || leftWords < MinSideWords || rightWords < MinSideWords || !leftHasLongProse)
            continue;
        bool rightHasLongProse = false;
        for (int i = cut + 1; i <= last && !rightHasLongProse; ++i)
            rightHasLongProse = m_blocks.at(i).prose && m_blocks.at(i).words >= ShortProseWords;
        if (!rightHasLongProse)
            continue;
        Cut &tried = cuts.emplace_back();
        tried.first = cut + 1;
        tried.cosine = leftNorm > 0 && rightNorm > 0 ? std::max(0.0, dot) / std::sqrt(leftNorm * rightNorm) : 0.0;
        tried.surprise = stemSharing.surprise();
        tried.nameSurprise = nameSharing.surprise();
        tried.shared = stemSharing.shared();
        tried.expected = stemSharing.expected();
        for (int i = cut; i > first && i >= cut - MaxEdgeBlocks && !m_blocks.at(i).prose && !tried.headed; --i) {
            tried.headed = headsWhatFollows(m_blocks.at(i), [&](quint64 stem, int own) { return left.value(stem) > own; },
                                            [&](quint64 stem) { return right.value(stem) > 0; });
        }
    }
    // TextTiling's depth: a boundary is a valley, far below the cohesion of
    // the cuts on either side of it, not merely a low value (short articles
    // share few words between any two halves).
    int bestCut = -1;
    int best = -1;
    for (int i = 0; i < cuts.size(); ++i) {
        if (best < 0 || cuts.at(i).cosine < cuts.at(best).cosine)
            best = i;
    }
    bool byCohesion = true;
    int chosen = -1; // index in cuts of the cut made
    if (best >= 0) {
        const double valley = cuts.at(best).cosine;
        double leftPeak = valley;
        double rightPeak = valley;
        for (int i = 0; i < best; ++i)
            leftPeak = std::max(leftPeak, cuts.at(i).cosine);
        for (int i = best + 1; i < cuts.size(); ++i)
            rightPeak = std::max(rightPeak, cuts.at(i).cosine);
        const double peak = std::max(leftPeak, rightPeak);
        const double depthScore = (leftPeak - valley) + (rightPeak - valley);
        const bool lone = cuts.size() == 1;
        if (valley < SplitBelowCosine && (lone ? valley < LoneCutCosine : depthScore >= MinDepth && valley <= MaxValleyShare * peak)) {
            bestCut = cuts.at(best).first;
            chosen = best;
        }
        // Of the cuts surprising enough for what stands before them, the most
        // surprising one; when none is, the one nearest to being so.
        int most = 0;
        double mostScore = -1e9;
        double mostSurprise = -1e9;
        for (int i = 0; i < cuts.size(); ++i) {
            const Cut &c = cuts.at(i);
            const double surprise = c.surprise + NameSurpriseWeight * std::max(0.0, c.nameSurprise);
            const double score = surprise - (c.headed ? HeadedSurprise : SplitSurprise);
            const bool better = score >= 0 ? (mostScore < 0 || surprise > mostSurprise) : (mostScore < 0 && score > mostScore);
            if (better) {
                mostScore = score;
                mostSurprise = surprise;
                most = i;
            }
        }
        if (mostScore >= 0) {
            bestCut = cuts.at(most).first;
            chosen = most;
            // Strong enough on the stems alone not to be joined again (see assignArticles).
            byCohesion = cuts.at(most).surprise >= SplitSurprise;
        } else if (bestCut < 0 && !lone && most == best && cuts.at(most).surprise >= AgreeingSurprise
                   && valley <= AgreeingValleyShare * std::min(leftPeak, rightPeak)) {
            // Neither test is sure on its own, but both point at the same
            // cut: the cosine's deepest valley, well below the peaks on both
            // sides, is also the most surprising cut.
            bestCut = cuts.at(most).first;
            chosen = most;
        }
        qCDebug(lcBoundaries) << "blocks" << first << last << "valley" << valley << "depth" << depthScore << "->" << bestCut;
        for (const Cut &c : std::as_const(cuts))
            qCDebug(lcBoundaries) << "  cut before" << c.first << "cosine" << c.cosine << "surprise" << c.surprise << "names" << c.nameSurprise
                                 << "headline" << c.headed << "shared" << c.shared << "expected" << c.expected;
    }
    if (bestCut < 0 || depth > 16) {
        QString why;
        const int tail = strayTail(first, last, &why);
        ArticleCandidate candidate;
        candidate.first = first;
        candidate.last = last;
        if (tail > first) {
            m_parted.append({tail, true, why});
            candidate.last = tail - 1;
            while (!m_blocks.at(candidate.last).prose)
                --candidate.last;
            m_candidates.append(candidate);
            candidate.first = tail;
            candidate.last = last;
        }
        m_candidates.append(candidate);
        return;
    }
    const Cut &made = cuts.at(chosen);
    QString why = SegmentText::tr("it shares %1 words with the text before it, where paragraphs dealt at random would share %2").arg(made.shared).arg(
        qRound(made.expected));
    if (made.headed)
        why = SegmentText::tr("under a headline of its own, %1").arg(why);
    m_parted.append({bestCut, byCohesion, why});
    int leftLast = bestCut - 1;
    while (!m_blocks.at(leftLast).prose)
        --leftLast;
    split(first, leftLast, depth + 1);
    split(bestCut, last, depth + 1);
}

// A short unrelated article glued after a long one shares only the common
// words of the language with it: far fewer of its words are found in the
// article than of any paragraph of the article in the rest of it. The
// article's own paragraphs set the bar, so no threshold depends on how much
// vocabulary the language or the topic shares.
int BoundaryPass::strayTail(int first, int last, QString *why) const
{
    QList<int> prose;
    for (int i = first; i <= last; ++i) {
        if (m_blocks.at(i).prose)
            prose.append(i);
    }
    // The article before a tail of one prose block, then of two: the
    // counts for the second are the first's less the block that moves.
    FlatCounter head;
    int headUpTo = -1;
    for (int m = 1; m <= 2; ++m) {
        const int headProse = int(prose.size()) - m;
        if (headProse < 4)
            break;
        const int tailFirst = prose.at(headProse);
        const int headLast = prose.at(headProse - 1);
        // A stray closing line is left to the edge rules; this is for a passage long enough to be an article.
        int tailWords = 0;
        for (int i = tailFirst; i <= last; ++i)
            tailWords += m_blocks.at(i).prose ? m_blocks.at(i).words : 0;
        if (tailWords < MinArticleWords)
            continue;
        if (headUpTo < 0) {
            head = vocabularyOf(m_blocks, first, headLast);
        } else {
            for (int i = headLast + 1; i <= headUpTo; ++i)
                forEachDistinct(m_blocks.at(i).stems, [&](quint64 stem) { --head[stem]; });
        }
        headUpTo = headLast;
        // Each paragraph of the article: the share of its words found in its other paragraphs.
        double sum = 0, squares = 0;
        int samples = 0;
        for (int j = 0; j < headProse; ++j) {
            int words = 0, found = 0;
            forEachDistinct(m_blocks.at(prose.at(j)).stems, [&](quint64 stem) {
                ++words;
                found += head.value(stem) >= 2 ? 1 : 0;
            });
            if (words < 5)
                continue;
            const double share = double(found) / words;
            sum += share;
            squares += share * share;
            ++samples;
        }
        if (samples < 4)
            continue;
        const double mean = sum / samples;
        const double spread = std::max(0.05, std::sqrt(std::max(0.0, squares / samples - mean * mean)));
        FlatCounter tail;
        for (int i = tailFirst; i <= last; ++i)
            forEachDistinct(m_blocks.at(i).stems, [&](quint64 stem) { tail[stem] = 1; });
        int words = 0, found = 0;
        tail.forEach([&](quint64 stem, int) {
            ++words;
            found += head.value(stem) >= 1 ? 1 : 0;
        });
        if (words < 8)
            continue;
        // A headline over the passage that shares its words, and not the article's, lowers the bar.
        bool headed = false;
        for (int i = headLast + 1; i < tailFirst && !headed; ++i) {
            headed = headsWhatFollows(m_blocks.at(i), [&](quint64 stem, int) { return head.value(stem) > 0; },
                                      [&](quint64 stem) { return tail.value(stem) > 0; });
        }
        const double share = double(found) / words;
        if (share < mean - (headed ? HeadedTailSpreads : TailSpreads) * spread && share < TailShareOfArticle * mean) {
            *why = SegmentText::tr("it finds %1% of its words in the article before it, whose paragraphs find %2% of theirs in each other").arg(qRound(share * 100))
                       .arg(qRound(mean * 100));
            return tailFirst;
        }
    }
    return -1;
}

} // namespace

ArticleBoundaries::Result ArticleBoundaries::find(const QList<SegmentBlock> &blocks)
{
    return BoundaryPass(blocks).run();
}

} // namespace Lectern::Models
