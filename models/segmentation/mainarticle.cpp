// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainarticle.h"

#include "blockvocabulary.h"
#include "segmenttext.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

using namespace BlockRules;

constexpr double SameArticleCosine = 0.20;
constexpr double NeighbourCosine = 0.02;
constexpr double FarNeighbourCosine = 0.08;
constexpr double SelfCohesionShare = 0.6;
// The main article is the first passage with at least this share of the
// prose of the longest one...
constexpr double MainShareOfLongest = 0.5;
// Of those, the one under the page's headline comes first: the first line
// of at most TitleLineWords words sharing TitleShare of the document's
// title (of the shorter of the two) and at least MinTitleStems stems, when
// the passage's prose starts at most TitleReach blocks below it.
constexpr double TitleShare = 0.6;
constexpr int MinTitleStems = 2;
constexpr int TitleLineWords = 30;
constexpr int TitleReach = 8;

class ArticlePass
{
public:
    ArticlePass(QList<SegmentBlock> &blocks, QList<ArticleCandidate> &candidates, const QList<ArticlePart> &parts, int typicalGap,
                const QList<quint64> &titleStems)
        : m_blocks(blocks)
        , m_candidates(candidates)
        , m_parted(parts)
        , m_typicalGap(typicalGap)
        , m_titleStems(titleStems)
    {
    }

    int run()
    {
        for (ArticleCandidate &candidate : m_candidates)
            trimEdges(candidate);
        absorbEdges();
        assignArticles();
        return m_main;
    }

private:
    void trimEdges(ArticleCandidate &candidate);
    void absorbEdges();
    void assignArticles();
    /// A headline a few short lines above the candidate, or -1.
    [[nodiscard]] int headlineAbove(const ArticleCandidate &candidate) const;
    /// The passage whose headline matches the document's title best, or -1.
    [[nodiscard]] int titledCandidate() const;

    QList<SegmentBlock> &m_blocks;
    QList<ArticleCandidate> &m_candidates;
    const QList<ArticlePart> &m_parted;
    int m_typicalGap = 0;
    const QList<quint64> &m_titleStems;
    int m_main = -1;
    int m_mostProse = 0;
};

void ArticlePass::trimEdges(ArticleCandidate &candidate)
{
    candidate.vocabulary = vocabularyOf(m_blocks, candidate.first, candidate.last);
    auto weak = [&](const SegmentBlock &block) { return !block.prose || block.words < ShortProseWords || block.boilerplate >= WeakBoilerplate; };
    auto drop = [&](const SegmentBlock &block) {
        forEachDistinct(block.stems, [&](quint64 stem) {
            if (candidate.vocabulary.value(stem) > 0)
                --candidate.vocabulary[stem];
        });
    };
    while (candidate.first < candidate.last) {
        const SegmentBlock &block = m_blocks.at(candidate.first);
        if (!weak(block) || anchored(block, candidate, true, true))
            break;
        drop(block);
        ++candidate.first;
    }
    while (candidate.last > candidate.first) {
        const SegmentBlock &block = m_blocks.at(candidate.last);
        if (!weak(block) || anchored(block, candidate, true, true))
            break;
        drop(block);
        --candidate.last;
    }
    candidate.firstProse = -1;
    for (int i = candidate.first; i <= candidate.last; ++i) {
        if (!m_blocks.at(i).prose)
            continue;
        if (candidate.firstProse < 0)
            candidate.firstProse = i;
        candidate.lastProse = i;
        candidate.proseWords += m_blocks.at(i).words;
    }
}

void ArticlePass::absorbEdges()
{
    for (int c = 0; c < m_candidates.size(); ++c) {
        ArticleCandidate &candidate = m_candidates[c];
        for (int i = candidate.first; i <= candidate.last; ++i)
            m_blocks[i].candidate = c;
    }
    for (int c = 0; c < m_candidates.size(); ++c) {
        ArticleCandidate &candidate = m_candidates[c];
        // Tail first: a trailing attribution belongs to the text above it.
        for (int steps = 0; steps < MaxEdgeBlocks && candidate.last + 1 < m_blocks.size(); ++steps) {
            const SegmentBlock &block = m_blocks.at(candidate.last + 1);
            if (block.candidate >= 0 || block.prose)
                break;
            if (!anchored(block, candidate, false, block.gapBefore <= m_typicalGap))
                break;
            ++candidate.last;
            m_blocks[candidate.last].candidate = c;
            m_blocks[candidate.last].role = SegmentRole::Attribution;
        }
        for (int steps = 0; steps < MaxEdgeBlocks && candidate.first > 0; ++steps) {
            const SegmentBlock &block = m_blocks.at(candidate.first - 1);
            if (block.candidate >= 0 || block.prose)
                break;
            const SegmentBlock &below = m_blocks.at(candidate.first);
            if (!anchored(block, candidate, false, below.gapBefore <= m_typicalGap)) {
                // A page puts its byline, date and share buttons between the
                // headline and the story: look past a few such short lines
                // for a headline that shares the story's words.
                const int headline = headlineAbove(candidate);
                if (headline >= 0) {
                    candidate.first = headline;
                    m_blocks[headline].candidate = c;
                    m_blocks[headline].role = SegmentRole::Heading;
                }
                break;
            }
            --candidate.first;
            m_blocks[candidate.first].candidate = c;
            m_blocks[candidate.first].role = block.startsWithBy ? SegmentRole::Attribution : SegmentRole::Heading;
        }
    }
}

int ArticlePass::titledCandidate() const
{
    QList<quint64> title = m_titleStems;
    title.erase(std::unique(title.begin(), title.end()), title.end());
    if (title.size() < MinTitleStems)
        return -1;
    // The first short line that repeats most of the title: the headline.
    int headline = -1;
    for (int i = 0; i < m_blocks.size() && headline < 0; ++i) {
        const SegmentBlock &line = m_blocks.at(i);
        if (line.words > TitleLineWords)
            continue;
        int stems = 0, shared = 0;
        forEachDistinct(line.stems, [&](quint64 stem) {
            ++stems;
            shared += std::binary_search(title.cbegin(), title.cend(), stem) ? 1 : 0;
        });
        // Most of the shorter of the two: a title often adds the site's
        // name, a headline sometimes a kicker.
        if (shared >= MinTitleStems && shared >= TitleShare * double(std::min<qsizetype>(stems, title.size())))
            headline = i;
    }
    if (headline < 0)
        return -1;
    for (int c = 0; c < m_candidates.size(); ++c) {
        const ArticleCandidate &candidate = m_candidates.at(c);
        if (candidate.firstProse < headline)
            continue;
        if (candidate.firstProse - headline > TitleReach)
            return -1;
        if (candidate.proseWords >= MinArticleWords && candidate.proseWords >= MainShareOfLongest * m_mostProse)
            return c;
    }
    return -1;
}

int ArticlePass::headlineAbove(const ArticleCandidate &candidate) const
{
    for (int i = candidate.first - 1, skipped = 0; i >= 0 && skipped <= MaxEdgeBlocks; --i, ++skipped) {
        const SegmentBlock &block = m_blocks.at(i);
        if (block.candidate >= 0 || block.prose || block.words > ShortProseWords)
            return -1;
        if (skipped > 0 && !block.terminal && !block.startsWithBy && anchored(block, candidate, false, false))
            return i;
    }
    return -1;
}

void ArticlePass::assignArticles()
{
    // The main article is the first long stretch of prose: comment threads,
    // sidebars and further stories come after it, and may be longer.
    int most = 0;
    for (const ArticleCandidate &candidate : std::as_const(m_candidates))
        most = std::max(most, candidate.proseWords);
    // A page says what its article is called (its <title>, the index's
    // title): of the passages long enough to be the article, the one under
    // that headline is it (a blog's page of one post also lists the posts
    // before it, each as long).
    m_mostProse = most;
    m_main = titledCandidate();
    for (int c = 0; c < m_candidates.size() && m_main < 0; ++c) {
        if (m_candidates.at(c).proseWords >= MainShareOfLongest * most)
            m_main = c;
    }
    if (m_main < 0)
        return;
    QList<FlatCounter> vocabularies;
    for (const ArticleCandidate &candidate : std::as_const(m_candidates)) {
        FlatCounter counts;
        counts.reserve(stemCount(m_blocks, candidate.first, candidate.last));
        for (int i = candidate.first; i <= candidate.last; ++i) {
            for (const quint64 stem : m_blocks.at(i).stems)
                ++counts[stem];
        }
        vocabularies.append(counts);
    }
    // How alike the main article's own halves are sets the bar for "the same
    // article": a passage must be about as close to it as it is to itself.
    const ArticleCandidate &main = m_candidates.at(m_main);
    const int middle = (main.firstProse + main.lastProse + 1) / 2;
    const double selfCohesion = main.lastProse > main.firstProse
        ? cosine(termCounts(m_blocks, main.first, middle - 1), termCounts(m_blocks, middle, main.last))
        : 0.0;
    const double sameArticle = std::max(SameArticleCosine, SelfCohesionShare * selfCohesion);
    m_candidates[m_main].article = 0;
    // Whether ArticleBoundaries parted candidate c from the one before it: cohesion
    // already weighed the two, and they are not joined again.
    // A part made on a headline with a weaker surprise may still be joined
    // again when it is as close to the article as the article is to itself.
    const auto partBefore = [&](int c) -> const ArticlePart * {
        if (c <= 0)
            return nullptr;
        const ArticlePart *found = nullptr;
        for (const ArticlePart &part : std::as_const(m_parted)) {
            if (part.block > m_candidates.at(c - 1).lastProse && part.block <= m_candidates.at(c).firstProse && (!found || part.strong))
                found = &part;
        }
        return found;
    };
    const auto partedFromPrevious = [&](int c, bool headlinesToo) {
        const ArticlePart *part = partBefore(c);
        return part && (part->strong || headlinesToo);
    };
    QList<double> toMainOf(m_candidates.size(), 1.0);
    for (int c = 0; c < m_candidates.size(); ++c) {
        if (c != m_main)
            toMainOf[c] = cosine(vocabularies.at(c), vocabularies.at(m_main));
    }
    // An article interrupted by a caption, an advertisement or a promotion
    // goes on right after it: a passage next to the article, with only a few
    // blocks of furniture between, joins it on a much lower bar than a
    // passage further off. (Passages with nothing between were parted by
    // cohesion in ArticleBoundaries, which already weighed them.) A glued-on article
    // shares next to nothing, and the furniture before it is longer.
    const auto neighbours = [&](int from, int step) {
        for (int c = from + step; c >= 0 && c < m_candidates.size(); c += step) {
            const ArticleCandidate &near = m_candidates.at(c - step);
            const ArticleCandidate &here = m_candidates.at(c);
            const int gap = step > 0 ? here.first - near.last - 1 : near.first - here.last - 1;
            // One line between (a caption, "Advertisement") is the usual
            // interruption; more lines may be a section of their own, such as
            // related stories with their teasers, and must share more.
            const double bar = gap == 1 ? NeighbourCosine : FarNeighbourCosine;
            if (gap < 1 || gap > MaxBlocksBetweenProse || toMainOf.at(c) < bar || partedFromPrevious(step > 0 ? c : c - step, true))
                break;
            m_candidates[c].article = 0;
        }
    };
    neighbours(m_main, 1);
    neighbours(m_main, -1);
    // A short closing sentence that trimming took off a passage ("Shares in
    // the company fell 6 percent.") comes back when it names what the whole
    // article is about, not only the passage it ended.
    ArticleCandidate article; // the main article's passages, for their vocabulary; made when first needed
    bool articleKnown = false;
    const auto wholeArticle = [&]() -> const ArticleCandidate & {
        if (!articleKnown) {
            for (int c = 0; c < m_candidates.size(); ++c) {
                if (c == m_main || m_candidates.at(c).article == 0)
                    vocabularies.at(c).forEach([&](quint64 stem, int count) { article.vocabulary[stem] += count; });
            }
            articleKnown = true;
        }
        return article;
    };
    for (int c = 0; c < m_candidates.size(); ++c) {
        ArticleCandidate &candidate = m_candidates[c];
        if (c != m_main && candidate.article != 0)
            continue;
        while (candidate.last + 1 < m_blocks.size()) {
            SegmentBlock &block = m_blocks[candidate.last + 1];
            if (block.candidate >= 0 || !block.prose || !block.terminal || block.boilerplate >= WeakBoilerplate
                || !anchored(block, wholeArticle(), false, true))
                break;
            ++candidate.last;
            candidate.lastProse = candidate.last;
            candidate.proseWords += block.words;
            block.candidate = c;
        }
    }
    // Both name the same subject: a name in two paragraphs or more of each.
    const auto sameNames = [&](int a, int b) {
        const auto namesOf = [&](int c) {
            FlatCounter names;
            for (int i = m_candidates.at(c).first; i <= m_candidates.at(c).last; ++i) {
                for (const quint64 name : m_blocks.at(i).names)
                    ++names[name];
            }
            return names;
        };
        const FlatCounter before = namesOf(a);
        const FlatCounter after = namesOf(b);
        bool shared = false;
        before.forEach([&](quint64 name, int blocks) { shared = shared || (blocks >= 2 && after.value(name) >= 2); });
        return shared;
    };
    // As close to the main article as it is to itself: the same story,
    // even where a cut parted them (on real pages a story's later
    // paragraphs often turn to a side of it that shares few words). "The
    // main article" is all of it found so far: a long piece cut into many
    // passages by its code, lists or tables is recognised passage by
    // passage, each measured against everything before it, not only
    // against the first passage.
    FlatCounter grown;
    for (int c = 0; c < m_candidates.size(); ++c) {
        if (c == m_main || m_candidates.at(c).article == 0)
            vocabularies.at(c).forEach([&](quint64 stem, int count) { grown[stem] += count; });
    }
    const auto grow = [&](int c) {
        if (m_candidates.at(c).article == 0)
            return;
        toMainOf[c] = cosine(vocabularies.at(c), grown);
        if (toMainOf.at(c) < sameArticle)
            return;
        m_candidates[c].article = 0;
        vocabularies.at(c).forEach([&](quint64 stem, int count) { grown[stem] += count; });
    };
    for (int c = m_main + 1; c < m_candidates.size(); ++c)
        grow(c);
    for (int c = m_main - 1; c >= 0; --c)
        grow(c);
    int nextArticle = 1;
    int previousOther = -1;
    for (int c = 0; c < m_candidates.size(); ++c) {
        ArticleCandidate &candidate = m_candidates[c];
        if (c == m_main || candidate.article == 0)
            continue;
        const double toMain = toMainOf.at(c);
        QString reason;
        const bool parted = partedFromPrevious(c, false);
        if (toMain >= sameArticle) {
            candidate.article = 0;
        } else if (previousOther >= 0 && !(parted && previousOther == c - 1)
                   && ((previousOther == c - 1 && partedFromPrevious(c, true) && sameNames(c - 1, c))
                       || cosine(vocabularies.at(c), vocabularies.at(previousOther)) >= sameArticle)) {
            // Off the main article, a part that only a headline made is a
            // section of the piece before it when both keep naming the same
            // subject (a roundup's next item).
            candidate.article = m_candidates.at(previousOther).article;
        } else if (candidate.proseWords >= MinArticleWords) {
            candidate.article = nextArticle++;
            previousOther = c;
        } else {
            candidate.article = -1;
        }
        // What parted it from the passage before, when a cut did.
        const ArticlePart *part = partBefore(c);
        const QString partedBecause = part && !part->why.isEmpty() ? u"; "_s + part->why : QString();
        for (int i = candidate.first; i <= candidate.last; ++i) {
            SegmentBlock &block = m_blocks[i];
            if (candidate.article > 0) {
                block.reason = SegmentText::tr("another article: shares %1% of its vocabulary with the main article").arg(qRound(toMain * 100)) + partedBecause;
            } else if (candidate.article < 0) {
                block.candidate = -1;
                block.evidence.append(SegmentText::tr("a short passage on its own, sharing %1% of its vocabulary with the main article").arg(qRound(toMain * 100)));
            }
        }
    }
}

} // namespace

int MainArticle::assign(QList<SegmentBlock> &blocks, QList<ArticleCandidate> &candidates, const QList<ArticlePart> &parts, int typicalGap,
                        const QList<quint64> &titleStems)
{
    return ArticlePass(blocks, candidates, parts, typicalGap, titleStems).run();
}

} // namespace Lectern::Models
