// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmenter.h"

#include "flatcounter.h"

#include "bundleprofile.h"
#include "textnormalizer.h"

#include <QHash>
#include <QLoggingCategory>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

Q_LOGGING_CATEGORY(lcSegmenter, "lectern.models.segmenter", QtInfoMsg)

namespace {

using Token = TextNormalizer::Token;

// Evidence at or above this makes a block boilerplate wherever it stands.
constexpr double StrongBoilerplate = 1.0;
// Evidence at or above this keeps a block from being absorbed at an article's edge.
constexpr double WeakBoilerplate = 0.5;
constexpr int ProseMinWords = 8;
constexpr int ProseNoPunctuationWords = 25;
constexpr int ShortProseWords = 20;
constexpr int MaxBlocksBetweenProse = 3;
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
constexpr double SameArticleCosine = 0.20;
constexpr double NeighbourCosine = 0.02;
constexpr double FarNeighbourCosine = 0.08;
constexpr double SelfCohesionShare = 0.6;
constexpr int MinArticleWords = 40;
constexpr int MaxEdgeBlocks = 3;
// How many of a document's most frequent short words count as its function
// words, and the share of them a sentence has (English prose: 0.25-0.45;
// navigation and lists of names: under 0.1).
constexpr int FunctionWordCount = 16;
// The main article is the first passage with at least this share of the
// prose of the longest one.
constexpr double MainShareOfLongest = 0.5;
constexpr double ProseFunctionShare = 0.10;

struct Block {
    qsizetype start = 0;
    qsizetype end = 0;
    int words = 0;
    int stopWords = 0;
    int functionWords = 0; ///< the document's own most frequent short words (see learnFunctionWords)
    QList<quint64> shortWords; ///< hashes of its words of 1-3 characters, for learning them
    int capitalised = 0;
    int cueWords = 0;
    int gapBefore = 0;
    bool terminal = false;
    bool startsWithBy = false;
    bool captionWords = false;
    bool numberedStart = false;
    quint64 hash = 0;
    QList<quint64> stems; ///< content stems, sorted, with repeats
    QList<quint64> names; ///< stems of capitalised words inside sentences, sorted, distinct
    int distinctStems = 0;

    int repeatDocuments = 0;
    int repeatStories = 0;
    int repeatsInPage = 0;
    double boilerplate = 0.0;
    QStringList evidence;
    bool prose = false;

    int candidate = -1;
    SegmentRole role = SegmentRole::None;
    QString reason;
};

struct Candidate {
    int first = 0; ///< block indexes, inclusive
    int last = 0;
    int firstProse = 0;
    int lastProse = 0;
    int proseWords = 0;
    int article = -1;
    FlatCounter vocabulary; ///< stem -> number of its blocks holding it
};

// Calls `visit` once for each key of a sorted list of keys with repeats.
template<typename F>
void forEachDistinct(const QList<quint64> &sorted, F &&visit)
{
    for (qsizetype k = 0; k < sorted.size(); ++k) {
        if (k == 0 || sorted.at(k) != sorted.at(k - 1))
            visit(sorted.at(k));
    }
}

// A short unpunctuated line that shares more words with what follows it
// than with what came before: the headline of the next article, not a
// subheading of this one. `before(stem, times in the line)` and
// `after(stem)` say whether the stem is found on either side.
template<typename Before, typename After>
bool headsWhatFollows(const Block &line, Before &&before, After &&after)
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
    SharingSurprise(const QList<Block> &blocks, int first, int last, QList<quint64> Block::*keys)
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

    void moveLeft(const Block &block)
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
    QList<quint64> Block::*m_keys;
    FlatCounter m_blocksOf;
    FlatCounter m_left;
    QList<double> m_expected;
    QList<double> m_spread;
    int m_onLeft = 0;
    int m_shared = 0;
};

// Sublinear term weight, 1 + ln(count); a table for the counts that occur.
double weight(int count)
{
    static const std::array<double, 64> table = [] {
        std::array<double, 64> values{};
        for (size_t i = 1; i < values.size(); ++i)
            values[i] = 1.0 + std::log(double(i));
        return values;
    }();
    if (count <= 0)
        return 0.0;
    return count < 64 ? table[size_t(count)] : 1.0 + std::log(double(count));
}

bool isClosingMark(QChar c)
{
    switch (c.unicode()) {
    case u'"': case u'\'': case u')': case u']': case 0x201D: case 0x2019: case 0x00BB: case u'*':
    case 0x300D: case 0x300F: case 0xFF09: case 0x300B: case 0x3009: case 0xFF02: case 0x2018: case 0x201C:
        return true;
    default:
        return false;
    }
}

bool endsLikeSentence(QStringView text)
{
    qsizetype i = text.size() - 1;
    while (i >= 0 && (text.at(i).isSpace() || isClosingMark(text.at(i))))
        --i;
    if (i < 0)
        return false;
    const char16_t c = text.at(i).unicode();
    switch (c) {
    case u'.': case u'!': case u'?': case 0x2026: // ...
    case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF0E: case 0xFF61: // CJK full stops, marks
    case 0x037E: case u';': // Greek question mark (and the semicolon it is often typed as)
    case 0x061F: case 0x06D4: // Arabic question mark, full stop
    case 0x0964: case 0x0965: // Devanagari danda
        return true;
    default:
        return false;
    }
}

QList<quint64> hashes(std::initializer_list<const char16_t *> words)
{
    QList<quint64> list;
    for (const char16_t *word : words)
        list.append(TextNormalizer::hashWord(QStringView(word)));
    std::sort(list.begin(), list.end());
    return list;
}

const QList<quint64> &captionVocabulary()
{
    static const QList<quint64> words
        = hashes({u"credit", u"photo", u"photograph", u"image", u"picture", u"illustration", u"getty", u"diagram", u"caption"});
    return words;
}

quint64 byHash()
{
    static const quint64 hash = TextNormalizer::hashWord(u"by");
    return hash;
}

// The stems of blocks [first, last]: room enough for every distinct one, so
// that counting them never grows (and rehashes) a table.
size_t stemCount(const QList<Block> &blocks, int first, int last)
{
    size_t count = 0;
    for (int i = first; i <= last; ++i)
        count += size_t(blocks.at(i).stems.size());
    return count;
}

[[maybe_unused]] FlatCounter termCounts(const QList<Block> &blocks, int first, int last)
{
    FlatCounter counts;
    counts.reserve(stemCount(blocks, first, last));
    for (int i = first; i <= last; ++i) {
        for (const quint64 stem : blocks.at(i).stems)
            ++counts[stem];
    }
    return counts;
}

double cosine(const FlatCounter &a, const FlatCounter &b)
{
    double dot = 0, na = 0, nb = 0;
    a.forEach([&](quint64 key, int count) {
        const double wa = weight(count);
        na += wa * wa;
        if (wa > 0)
            dot += wa * weight(b.value(key));
    });
    b.forEach([&](quint64, int count) { nb += weight(count) * weight(count); });
    return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0.0;
}

// Web addresses and file names ("http://site/path?a=1", "[photo_12.jpg]")
// are not words of a sentence, however many pieces they break into: a line
// of them is page furniture in every language.
void dropAddressWords(QStringView text, qsizetype begin, qsizetype end, QList<Token> &tokens)
{
    QList<std::pair<qsizetype, qsizetype>> spans;
    const QStringView block = text.mid(begin, end - begin);
    for (const char16_t *prefix : {u"http://", u"https://", u"www.", u"file://"}) {
        const QStringView marker(prefix);
        for (qsizetype at = block.indexOf(marker, 0, Qt::CaseInsensitive); at >= 0; at = block.indexOf(marker, at + 1, Qt::CaseInsensitive)) {
            qsizetype stop = at;
            while (stop < block.size() && !block.at(stop).isSpace() && block.at(stop) != u']' && block.at(stop) != u')')
                ++stop;
            spans.append({begin + at, begin + stop});
            at = stop;
            if (at >= block.size())
                break;
        }
    }
    // A bracketed file name, as a text browser writes an image: "[logo.png]".
    for (qsizetype open = block.indexOf(u'['); open >= 0; open = block.indexOf(u'[', open + 1)) {
        const qsizetype close = block.indexOf(u']', open);
        if (close < 0)
            break;
        const QStringView inside = block.mid(open + 1, close - open - 1);
        const qsizetype dot = inside.lastIndexOf(u'.');
        if (dot > 0 && inside.size() - dot <= 5 && !inside.contains(u' '))
            spans.append({begin + open, begin + close});
    }
    if (spans.isEmpty())
        return;
    tokens.removeIf([&](const Token &token) {
        for (const auto &[from, to] : std::as_const(spans)) {
            if (token.start >= from && token.start < to)
                return true;
        }
        return false;
    });
}

class DocumentPass
{
public:
    DocumentPass(QStringView text, const TextBlocks &textBlocks, const BundleProfile *profile)
        : m_text(text)
        , m_hints(textBlocks)
        , m_profile(profile)
    {
    }

    DocumentSegmentation run(const QString &documentId);

private:
    void measureBlocks();
    void learnFunctionWords();
    void weighEvidence();
    void formChains();
    void split(int first, int last, int depth);
    void trimEdges(Candidate &candidate);
    void absorbEdges();
    void assignArticles();
    void assignRoles();
    [[nodiscard]] int anchoredWords(const Block &block, const Candidate &candidate, bool inside) const;
    [[nodiscard]] bool anchored(const Block &block, const Candidate &candidate, bool inside, bool closeGap) const;
    [[nodiscard]] FlatCounter vocabularyOf(int first, int last) const;
    /// The first block of a short off-topic passage that ends the run first..last, or -1.
    [[nodiscard]] int strayTail(int first, int last, QString *why) const;
    /// A headline a few short lines above the candidate, or -1.
    [[nodiscard]] int headlineAbove(const Candidate &candidate) const;
    [[nodiscard]] Segments buildSegments(const QString &documentId) const;

    QStringView m_text;
    const TextBlocks &m_hints;
    const BundleProfile *m_profile;
    QList<Block> m_blocks;
    QList<Candidate> m_candidates;
    /// Every cut split() made: the first block of its right side, whether
    /// cohesion alone made it (not a headline with a weaker surprise), and
    /// why, for the reason the reader shows.
    struct Part {
        int block = 0;
        bool strong = true;
        QString why;
    };
    QList<Part> m_parted;
    QList<std::pair<int, int>> m_chains;
    int m_typicalGap = 0;
    int m_main = -1;
};

void DocumentPass::measureBlocks()
{
    m_blocks.resize(m_hints.size());
    QList<Token> tokens;
    tokens.reserve(256);
    FlatCounter inPage;
    const QList<quint64> &captions = captionVocabulary();
    qsizetype previousEnd = 0;
    for (qsizetype i = 0; i < m_hints.size(); ++i) {
        const TextBlock &hint = m_hints.at(i);
        Block &block = m_blocks[i];
        block.start = hint.start;
        block.end = hint.end;
        const QStringView blockText = m_text.mid(hint.start, hint.end - hint.start);
        block.gapBefore = i == 0 ? 0 : int(std::max<qsizetype>(0, m_text.mid(previousEnd, hint.start - previousEnd).count(u'\n') - 1));
        previousEnd = hint.end;
        block.terminal = endsLikeSentence(blockText);
        tokens.clear();
        TextNormalizer::tokenize(m_text, hint.start, hint.end, tokens);
        dropAddressWords(m_text, hint.start, hint.end, tokens);
        block.words = int(tokens.size());
        block.stems.reserve(tokens.size());
        qsizetype previousTokenEnd = -1;
        for (const Token &token : std::as_const(tokens)) {
            // A capitalised word that does not open a sentence is most likely a name.
            if ((token.flags & TextNormalizer::Capitalised) && !(token.flags & TextNormalizer::StopWord) && previousTokenEnd >= 0
                && token.length >= 3) {
                const QStringView between = m_text.mid(previousTokenEnd, token.start - previousTokenEnd);
                if (!between.contains(u'.') && !between.contains(u'!') && !between.contains(u'?') && !between.contains(u':'))
                    block.names.append(token.stem);
            }
            previousTokenEnd = token.start + token.length;
            if (token.length <= 3 && !(token.flags & TextNormalizer::Numeric))
                block.shortWords.append(token.hash);
            if (token.flags & TextNormalizer::StopWord)
                ++block.stopWords;
            else if ((token.flags & (TextNormalizer::Numeric | TextNormalizer::Spaceless)) ? token.length >= 2 : token.length >= 3)
                block.stems.append(token.stem);
            if (token.flags & TextNormalizer::Capitalised)
                ++block.capitalised;
            if (token.flags & TextNormalizer::CueWord)
                ++block.cueWords;
            if (!(token.flags & TextNormalizer::StopWord) && !block.captionWords
                && std::binary_search(captions.cbegin(), captions.cend(), token.hash))
                block.captionWords = true;
        }
        block.hash = TextNormalizer::sequenceHash(tokens);
        block.startsWithBy = !tokens.isEmpty() && tokens.constFirst().hash == byHash();
        block.numberedStart = !tokens.isEmpty() && (tokens.constFirst().flags & TextNormalizer::Numeric)
            && tokens.constFirst().start + tokens.constFirst().length < hint.end
            && m_text.at(tokens.constFirst().start + tokens.constFirst().length) == u'.';
        std::sort(block.stems.begin(), block.stems.end());
        std::sort(block.names.begin(), block.names.end());
        block.names.erase(std::unique(block.names.begin(), block.names.end()), block.names.end());
        if (block.hash != 0)
            ++inPage[block.hash];
    }
    learnFunctionWords();
    for (Block &block : m_blocks) {
        QList<quint64> distinct = block.stems;
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        block.distinctStems = int(distinct.size());
        block.repeatsInPage = block.hash != 0 ? inPage.value(block.hash) : 0;
    }
}

// Every language writes its sentences with a few short function words ("the",
// "и", "的", "και", "się"): the document's own most frequent short words in its
// longer blocks are taken for them, whatever the language, and a block's
// share of them is one sign of prose. (The English list in TextNormalizer is
// only one more hint.)
void DocumentPass::learnFunctionWords()
{
    FlatCounter occurrences;
    FlatCounter blocksWith;
    int longBlocks = 0;
    for (const Block &block : std::as_const(m_blocks)) {
        if (block.words < ProseMinWords)
            continue;
        ++longBlocks;
        QList<quint64> distinct = block.shortWords;
        std::sort(distinct.begin(), distinct.end());
        forEachDistinct(distinct, [&](quint64 word) { ++blocksWith[word]; });
        for (const quint64 word : block.shortWords)
            ++occurrences[word];
    }
    QList<std::pair<int, quint64>> ranked;
    const int minBlocks = longBlocks >= 6 ? 3 : 2;
    occurrences.forEach([&](quint64 word, int count) {
        if (blocksWith.value(word) >= minBlocks)
            ranked.append({count, word});
    });
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    QList<quint64> learned;
    for (qsizetype k = 0; k < ranked.size() && k < FunctionWordCount; ++k)
        learned.append(ranked.at(k).second);
    std::sort(learned.begin(), learned.end());
    for (Block &block : m_blocks) {
        for (const quint64 word : std::as_const(block.shortWords))
            block.functionWords += std::binary_search(learned.cbegin(), learned.cend(), word) ? 1 : 0;
    }
}

void DocumentPass::weighEvidence()
{
    QList<int> proseGaps;
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        Block &block = m_blocks[i];
        const TextBlock &hint = m_hints.at(i);
        if (m_profile && block.hash != 0 && m_profile->documentCount() > 1) {
            const BundleProfile::BlockRepeat repeat = m_profile->blockRepeat(block.hash);
            block.repeatDocuments = repeat.documents;
            block.repeatStories = repeat.stories;
            const int otherStories = repeat.stories - 1;
            if (otherStories >= 2 || (otherStories == 1 && block.words <= ShortProseWords)) {
                block.boilerplate += otherStories >= 2 ? 2.0 : 1.0;
                block.evidence.append(u"repeats in %1 of %2 documents"_s.arg(repeat.documents).arg(m_profile->documentCount()));
            } else if (otherStories == 1) {
                block.boilerplate += 0.5;
                block.evidence.append(u"repeats in another story of the bundle"_s);
            }
        }
        if (block.repeatsInPage >= 2 && block.words <= 12) {
            block.boilerplate += 0.75;
            block.evidence.append(u"appears %1 times in this page"_s.arg(block.repeatsInPage));
        }
        if (block.cueWords > 0 && block.words <= 25) {
            block.boilerplate += std::min(1.0, 0.4 * block.cueWords);
            block.evidence.append(u"page-furniture wording"_s);
        }
        if (hint.linkDensity >= 0.3) {
            block.boilerplate += 2.0 * (hint.linkDensity - 0.3) / 0.7 + 0.25;
            block.evidence.append(u"%1% of it is links"_s.arg(qRound(hint.linkDensity * 100)));
        }
        switch (hint.semantic) {
        case BlockSemantic::Navigation:
        case BlockSemantic::Footer:
        case BlockSemantic::Aside:
        case BlockSemantic::Form:
            block.boilerplate += 2.0;
            block.evidence.append(u"marked up as page furniture"_s);
            break;
        case BlockSemantic::Header:
            block.boilerplate += 1.0;
            block.evidence.append(u"in the page header"_s);
            break;
        default:
            break;
        }
        const bool headingHint = hint.headingLevel > 0 || hint.semantic == BlockSemantic::Heading;
        const double stopShare = block.words > 0 ? double(block.stopWords) / block.words : 0.0;
        const int nonStop = block.words - block.stopWords;
        const double capitalShare = nonStop > 0 ? double(block.capitalised) / nonStop : 1.0;
        block.prose = !headingHint && block.boilerplate < StrongBoilerplate && block.words >= ProseMinWords
            && (block.terminal || block.words >= ProseNoPunctuationWords)
            && (stopShare >= 0.15 || double(block.functionWords) / block.words >= ProseFunctionShare
                || (block.terminal && block.words >= ProseNoPunctuationWords))
            && (capitalShare <= 0.7 || block.words >= ProseNoPunctuationWords);
        qCDebug(lcSegmenter) << "block" << i << "words" << block.words << "function" << block.functionWords << "stop" << block.stopWords
                             << "terminal" << block.terminal << "evidence" << block.boilerplate << "prose" << block.prose;
        if (block.prose)
            proseGaps.append(block.gapBefore);
    }
    if (!proseGaps.isEmpty()) {
        std::sort(proseGaps.begin(), proseGaps.end());
        m_typicalGap = proseGaps.at(proseGaps.size() / 2);
    }
}

void DocumentPass::formChains()
{
    int chainFirst = -1;
    int lastProse = -1;
    int between = 0;
    bool broken = false;
    for (int i = 0; i < m_blocks.size(); ++i) {
        const Block &block = m_blocks.at(i);
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

FlatCounter DocumentPass::vocabularyOf(int first, int last) const
{
    FlatCounter vocabulary;
    vocabulary.reserve(stemCount(m_blocks, first, last));
    for (int i = first; i <= last; ++i)
        forEachDistinct(m_blocks.at(i).stems, [&](quint64 stem) { ++vocabulary[stem]; });
    return vocabulary;
}

// Divisive segmentation by lexical cohesion: try every cut before a prose
// block with enough text on each side. A cut is a boundary when the cosine
// of its two sides is a deep valley (TextTiling), or when they share far
// fewer stems than chance would give (much less so when a headline of what
// follows stands before it). Each side is then split again; a run that is
// not split may still end with a short off-topic passage (strayTail).
void DocumentPass::split(int first, int last, int depth)
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
    right.forEach([&](quint64, int count) { rightNorm += weight(count) * weight(count); });

    SharingSurprise stemSharing(m_blocks, first, last, &Block::stems);
    SharingSurprise nameSharing(m_blocks, first, last, &Block::names);
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
        const Block &moving = m_blocks.at(cut);
        for (qsizetype k = 0; k < moving.stems.size();) {
            const quint64 stem = moving.stems.at(k);
            int count = 0;
            while (k < moving.stems.size() && moving.stems.at(k) == stem) {
                ++count;
                ++k;
            }
            int &l = left[stem];
            int &r = right[stem];
            const double oldL = weight(l), oldR = weight(r);
            l += count;
            r -= count;
            const double newL = weight(l), newR = weight(r);
            dot += newL * newR - oldL * oldR;
            leftNorm += newL * newL - oldL * oldL;
            rightNorm += newR * newR - oldR * oldR;
        }
        stemSharing.moveLeft(moving);
        nameSharing.moveLeft(moving);
        leftWords += int(moving.stems.size());
        rightWords -= int(moving.stems.size());
        leftHasLongProse = leftHasLongProse || (moving.prose && moving.words >= ShortProseWords);
        const Block &next = m_blocks.at(cut + 1);
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
        qCDebug(lcSegmenter) << "blocks" << first << last << "valley" << valley << "depth" << depthScore << "->" << bestCut;
        for (const Cut &c : std::as_const(cuts))
            qCDebug(lcSegmenter) << "  cut before" << c.first << "cosine" << c.cosine << "surprise" << c.surprise << "names" << c.nameSurprise
                                 << "headline" << c.headed << "shared" << c.shared << "expected" << c.expected;
    }
    if (bestCut < 0 || depth > 16) {
        QString why;
        const int tail = strayTail(first, last, &why);
        Candidate candidate;
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
    QString why = u"it shares %1 words with the text before it, where paragraphs dealt at random would share %2"_s.arg(made.shared).arg(
        qRound(made.expected));
    if (made.headed)
        why = u"under a headline of its own, "_s + why;
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
int DocumentPass::strayTail(int first, int last, QString *why) const
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
            head = vocabularyOf(first, headLast);
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
            *why = u"it finds %1% of its words in the article before it, whose paragraphs find %2% of theirs in each other"_s.arg(qRound(share * 100))
                       .arg(qRound(mean * 100));
            return tailFirst;
        }
    }
    return -1;
}

int DocumentPass::anchoredWords(const Block &block, const Candidate &candidate, bool inside) const
{
    int shared = 0;
    forEachDistinct(block.stems, [&](quint64 stem) { shared += candidate.vocabulary.value(stem) > (inside ? 1 : 0) ? 1 : 0; });
    return shared;
}

// A block at an article's edge belongs to it when it shares its words: a
// headline summarises its story, an attribution names what the story is about;
// a section label, a sign-up prompt or a link label does not.
bool DocumentPass::anchored(const Block &block, const Candidate &candidate, bool inside, bool closeGap) const
{
    if (block.boilerplate >= WeakBoilerplate || block.distinctStems == 0)
        return false;
    const int shared = anchoredWords(block, candidate, inside);
    const double share = double(shared) / block.distinctStems;
    if (shared >= 2 && share >= 0.5)
        return true;
    if (!closeGap)
        return false;
    return shared >= 1 && share >= (block.prose ? 0.2 : 0.3);
}

void DocumentPass::trimEdges(Candidate &candidate)
{
    candidate.vocabulary = vocabularyOf(candidate.first, candidate.last);
    auto weak = [&](const Block &block) { return !block.prose || block.words < ShortProseWords || block.boilerplate >= WeakBoilerplate; };
    auto drop = [&](const Block &block) {
        forEachDistinct(block.stems, [&](quint64 stem) {
            if (candidate.vocabulary.value(stem) > 0)
                --candidate.vocabulary[stem];
        });
    };
    while (candidate.first < candidate.last) {
        const Block &block = m_blocks.at(candidate.first);
        if (!weak(block) || anchored(block, candidate, true, true))
            break;
        drop(block);
        ++candidate.first;
    }
    while (candidate.last > candidate.first) {
        const Block &block = m_blocks.at(candidate.last);
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

void DocumentPass::absorbEdges()
{
    for (int c = 0; c < m_candidates.size(); ++c) {
        Candidate &candidate = m_candidates[c];
        for (int i = candidate.first; i <= candidate.last; ++i)
            m_blocks[i].candidate = c;
    }
    for (int c = 0; c < m_candidates.size(); ++c) {
        Candidate &candidate = m_candidates[c];
        // Tail first: a trailing attribution belongs to the text above it.
        for (int steps = 0; steps < MaxEdgeBlocks && candidate.last + 1 < m_blocks.size(); ++steps) {
            const Block &block = m_blocks.at(candidate.last + 1);
            if (block.candidate >= 0 || block.prose)
                break;
            if (!anchored(block, candidate, false, block.gapBefore <= m_typicalGap))
                break;
            ++candidate.last;
            m_blocks[candidate.last].candidate = c;
            m_blocks[candidate.last].role = SegmentRole::Attribution;
        }
        for (int steps = 0; steps < MaxEdgeBlocks && candidate.first > 0; ++steps) {
            const Block &block = m_blocks.at(candidate.first - 1);
            if (block.candidate >= 0 || block.prose)
                break;
            const Block &below = m_blocks.at(candidate.first);
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

int DocumentPass::headlineAbove(const Candidate &candidate) const
{
    for (int i = candidate.first - 1, skipped = 0; i >= 0 && skipped <= MaxEdgeBlocks; --i, ++skipped) {
        const Block &block = m_blocks.at(i);
        if (block.candidate >= 0 || block.prose || block.words > ShortProseWords)
            return -1;
        if (skipped > 0 && !block.terminal && !block.startsWithBy && anchored(block, candidate, false, false))
            return i;
    }
    return -1;
}

void DocumentPass::assignArticles()
{
    // The main article is the first long stretch of prose: comment threads,
    // sidebars and further stories come after it, and may be longer.
    int most = 0;
    for (const Candidate &candidate : std::as_const(m_candidates))
        most = std::max(most, candidate.proseWords);
    for (int c = 0; c < m_candidates.size() && m_main < 0; ++c) {
        if (m_candidates.at(c).proseWords >= MainShareOfLongest * most)
            m_main = c;
    }
    if (m_main < 0)
        return;
    QList<FlatCounter> vocabularies;
    for (const Candidate &candidate : std::as_const(m_candidates)) {
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
    const Candidate &main = m_candidates.at(m_main);
    const int middle = (main.firstProse + main.lastProse + 1) / 2;
    const double selfCohesion = main.lastProse > main.firstProse
        ? cosine(termCounts(m_blocks, main.first, middle - 1), termCounts(m_blocks, middle, main.last))
        : 0.0;
    const double sameArticle = std::max(SameArticleCosine, SelfCohesionShare * selfCohesion);
    m_candidates[m_main].article = 0;
    // Whether split() parted candidate c from the one before it: cohesion
    // already weighed the two, and they are not joined again.
    // A part made on a headline with a weaker surprise may still be joined
    // again when it is as close to the article as the article is to itself.
    const auto partBefore = [&](int c) -> const Part * {
        if (c <= 0)
            return nullptr;
        const Part *found = nullptr;
        for (const Part &part : std::as_const(m_parted)) {
            if (part.block > m_candidates.at(c - 1).lastProse && part.block <= m_candidates.at(c).firstProse && (!found || part.strong))
                found = &part;
        }
        return found;
    };
    const auto partedFromPrevious = [&](int c, bool headlinesToo) {
        const Part *part = partBefore(c);
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
    // cohesion in split(), which already weighed them.) A glued-on article
    // shares next to nothing, and the furniture before it is longer.
    const auto neighbours = [&](int from, int step) {
        for (int c = from + step; c >= 0 && c < m_candidates.size(); c += step) {
            const Candidate &near = m_candidates.at(c - step);
            const Candidate &here = m_candidates.at(c);
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
    Candidate article; // the main article's passages, for their vocabulary; made when first needed
    bool articleKnown = false;
    const auto wholeArticle = [&]() -> const Candidate & {
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
        Candidate &candidate = m_candidates[c];
        if (c != m_main && candidate.article != 0)
            continue;
        while (candidate.last + 1 < m_blocks.size()) {
            Block &block = m_blocks[candidate.last + 1];
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
    int nextArticle = 1;
    int previousOther = -1;
    for (int c = 0; c < m_candidates.size(); ++c) {
        Candidate &candidate = m_candidates[c];
        if (c == m_main || candidate.article == 0)
            continue;
        const double toMain = toMainOf.at(c);
        QString reason;
        const bool parted = partedFromPrevious(c, false);
        // As close to the main article as it is to itself: the same story,
        // even where a cut parted them (on real pages a story's later
        // paragraphs often turn to a side of it that shares few words).
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
        const Part *part = partBefore(c);
        const QString partedBecause = part && !part->why.isEmpty() ? u"; "_s + part->why : QString();
        for (int i = candidate.first; i <= candidate.last; ++i) {
            Block &block = m_blocks[i];
            if (candidate.article > 0) {
                block.reason = u"another article: shares %1% of its vocabulary with the main article"_s.arg(qRound(toMain * 100)) + partedBecause;
            } else if (candidate.article < 0) {
                block.candidate = -1;
                block.evidence.append(u"a short passage on its own, sharing %1% of its vocabulary with the main article"_s.arg(qRound(toMain * 100)));
            }
        }
    }
}

void DocumentPass::assignRoles()
{
    QList<int> startedArticles;
    for (int c = 0; c < m_candidates.size(); ++c) {
        const Candidate &candidate = m_candidates.at(c);
        if (candidate.article < 0)
            continue;
        const bool articleStart = !startedArticles.contains(candidate.article);
        startedArticles.append(candidate.article);
        bool firstProseSeen = !articleStart;
        bool titleGiven = !articleStart;
        for (int i = candidate.first; i <= candidate.last; ++i) {
            Block &block = m_blocks[i];
            const TextBlock &hint = m_hints.at(i);
            if (block.candidate != c)
                continue;
            if (i < candidate.firstProse) {
                if (!titleGiven && block.role == SegmentRole::Heading && block.words <= 30 && m_candidates.at(c).firstProse > 0) {
                    block.role = SegmentRole::Title;
                    if (block.reason.isEmpty())
                        block.reason = u"headline: a short line over the article sharing %1 of its %2 words"_s
                                           .arg(anchoredWords(block, candidate, false))
                                           .arg(block.distinctStems);
                }
                titleGiven = true;
                if (block.reason.isEmpty())
                    block.reason = u"short line over the article, sharing its words"_s;
                continue;
            }
            if (i > candidate.lastProse) {
                if (block.reason.isEmpty())
                    block.reason = u"attribution: short line after the article naming what it is about"_s;
                continue;
            }
            if (block.prose) {
                block.role = !firstProseSeen && candidate.lastProse > candidate.firstProse ? SegmentRole::Standfirst : SegmentRole::Paragraph;
                firstProseSeen = true;
                if (block.reason.isEmpty())
                    block.reason = u"prose inside the article: %1 words, sentence-shaped"_s.arg(block.words);
                continue;
            }
            if (block.boilerplate >= StrongBoilerplate) {
                block.candidate = -1;
                continue;
            }
            if (hint.semantic == BlockSemantic::Caption || block.captionWords || block.numberedStart) {
                block.role = SegmentRole::Caption;
                if (block.reason.isEmpty())
                    block.reason = u"caption: short line inside the article with picture wording"_s;
            } else if (hint.headingLevel > 0 || hint.semantic == BlockSemantic::Heading || (block.words <= ShortProseWords && !block.terminal)) {
                block.role = SegmentRole::Heading;
                if (block.reason.isEmpty())
                    block.reason = u"subheading: short line inside the article"_s;
            } else {
                block.role = SegmentRole::Paragraph;
                if (block.reason.isEmpty())
                    block.reason = u"text inside the article"_s;
            }
        }
    }
}

Segments DocumentPass::buildSegments(const QString &documentId) const
{
    Segments segments;
    segments.reserve(m_blocks.size() * 2 + 1);
    qsizetype position = 0;
    for (const Block &block : m_blocks) {
        if (block.start > position)
            segments.append(Segment{position, block.start, SegmentKind::Blank, SegmentRole::None, -1, {}, {}, false});
        Segment segment;
        segment.start = block.start;
        segment.end = block.end;
        if (block.candidate < 0 || m_candidates.at(block.candidate).article < 0) {
            segment.kind = SegmentKind::Boilerplate;
            QStringList why = block.evidence;
            if (why.isEmpty())
                why.append(block.prose ? u"outside any article"_s : u"short line outside any article"_s);
            segment.reason = why.join(u"; "_s);
        } else {
            const int article = m_candidates.at(block.candidate).article;
            segment.article = article;
            segment.role = block.role;
            segment.reason = block.reason;
            if (article > 0) {
                segment.kind = SegmentKind::Trailer;
            } else {
                switch (block.role) {
                case SegmentRole::Title: segment.kind = SegmentKind::Title; break;
                case SegmentRole::Heading: segment.kind = SegmentKind::Heading; break;
                case SegmentRole::Caption: segment.kind = SegmentKind::Caption; break;
                default: segment.kind = SegmentKind::Body; break;
                }
            }
            const PassageCluster *passage = m_profile ? m_profile->passage(block.hash) : nullptr;
            if (passage && passage->canonical.documentId != documentId && passage->words >= ProseMinWords) {
                segment.duplicate = {passage->canonical.documentId, passage->canonical.start, passage->canonical.end,
                                     passage->canonical.codePointStart, passage->canonical.codePointEnd, 1.0};
                segment.reason += u"; same text as in %1"_s.arg(passage->canonical.documentId);
            }
        }
        segments.append(segment);
        position = block.end;
    }
    if (position < m_text.size())
        segments.append(Segment{position, m_text.size(), SegmentKind::Blank, SegmentRole::None, -1, {}, {}, false});
    return segments;
}

DocumentSegmentation DocumentPass::run(const QString &documentId)
{
    measureBlocks();
    weighEvidence();
    formChains();
    for (const auto &[first, last] : std::as_const(m_chains))
        split(first, last, 0);
    for (Candidate &candidate : m_candidates)
        trimEdges(candidate);
    absorbEdges();
    assignArticles();
    assignRoles();

    DocumentSegmentation result;
    result.documentId = documentId;
    result.segments = buildSegments(documentId);
    return result;
}

} // namespace

DocumentSegmentation Segmenter::segment(const QString &documentId, QStringView text, const TextBlocks &blocks,
                                        const BundleProfile *profile)
{
    DocumentPass pass(text, blocks, profile);
    return pass.run(documentId);
}

} // namespace Lectern::Models
