// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockfeatures.h"

#include "blockvocabulary.h"
#include "textnormalizer.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

using namespace BlockRules;
using Token = TextNormalizer::Token;

// How many of a document's most frequent short words count as its function
// words, and how many blocks of 8 words or more it needs to learn them from.
constexpr int FunctionWordCount = 16;
constexpr int MinBlocksToLearnFrom = 6;
constexpr int MinBlocksWithAFunctionWord = 3;

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

bool endsLikeSentenceImpl(QStringView text)
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

// Web addresses and file names ("http://site/path?a=1", "[photo_12.jpg]")
// are not words of a sentence, however many pieces they break into: a line
// of them is page furniture in every language.
void dropAddressWords(QStringView text, qsizetype begin, qsizetype end, QList<Token> &tokens)
{
    const QStringView block = text.mid(begin, end - begin);
    // Most blocks hold neither, which one pass over the characters tells:
    // an address has its "://" or the dot of "www.", a file name its '['.
    const char16_t *c = block.utf16();
    bool address = false;
    bool bracket = false;
    for (qsizetype i = 0, n = block.size(); i < n && !(address && bracket); ++i) {
        address = address || (c[i] == u':' && i + 2 < n && c[i + 1] == u'/' && c[i + 2] == u'/')
            || (c[i] == u'.' && i >= 3 && (c[i - 1] | 0x20) == u'w' && (c[i - 2] | 0x20) == u'w' && (c[i - 3] | 0x20) == u'w');
        bracket = bracket || c[i] == u'[';
    }
    if (!address && !bracket)
        return;
    QList<std::pair<qsizetype, qsizetype>> spans;
    for (const char16_t *prefix : {u"http://", u"https://", u"www.", u"file://"}) {
        if (!address)
            break;
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
    for (qsizetype open = bracket ? block.indexOf(u'[') : -1; open >= 0; open = block.indexOf(u'[', open + 1)) {
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

class FeaturePass
{
public:
    FeaturePass(QStringView text, const TextBlocks &hints)
        : m_text(text)
        , m_hints(hints)
    {
    }

    QList<SegmentBlock> run()
    {
        measureBlocks();
        return std::move(m_blocks);
    }

private:
    void measureBlocks();

    QStringView m_text;
    const TextBlocks &m_hints;
    QList<SegmentBlock> m_blocks;
};

void FeaturePass::measureBlocks()
{
    m_blocks.resize(m_hints.size());
    QList<Token> tokens;
    tokens.reserve(256);
    FlatCounter inPage;
    const QList<quint64> &captions = captionVocabulary();
    qsizetype previousEnd = 0;
    for (qsizetype i = 0; i < m_hints.size(); ++i) {
        const TextBlock &hint = m_hints.at(i);
        SegmentBlock &block = m_blocks[i];
        block.start = hint.start;
        block.end = hint.end;
        const QStringView blockText = m_text.mid(hint.start, hint.end - hint.start);
        block.gapBefore = i == 0 ? 0 : int(std::max<qsizetype>(0, m_text.mid(previousEnd, hint.start - previousEnd).count(u'\n') - 1));
        previousEnd = hint.end;
        block.terminal = endsLikeSentenceImpl(blockText);
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
    for (SegmentBlock &block : m_blocks) {
        QList<quint64> distinct = block.stems;
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        block.distinctStems = int(distinct.size());
        block.repeatsInPage = block.hash != 0 ? inPage.value(block.hash) : 0;
    }
}

} // namespace

QList<SegmentBlock> BlockFeatures::measure(QStringView text, const TextBlocks &hints)
{
    return FeaturePass(text, hints).run();
}

// Every language writes its sentences with a few short function words ("the",
// "и", "的", "και", "się"): the document's own most frequent short words in its
// longer blocks are taken for them, whatever the language, and a block's
// share of them is one sign of prose. (The English list in TextNormalizer is
// only one more hint.)
void BlockFeatures::learnFunctionWords(QStringView text, QList<SegmentBlock> &blocks)
{
    // The short words of the blocks long enough to be prose (they alone are
    // counted, and they alone teach): read again here, since most documents
    // never need them.
    QList<QList<quint64>> shortWords(blocks.size());
    QList<Token> tokens;
    size_t total = 0;
    int longBlocks = 0;
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        const SegmentBlock &block = blocks.at(b);
        if (block.words < ProseMinWords)
            continue;
        ++longBlocks;
        tokens.clear();
        TextNormalizer::tokenize(text, block.start, block.end, tokens);
        dropAddressWords(text, block.start, block.end, tokens);
        for (const Token &token : std::as_const(tokens)) {
            if (token.length <= 3 && !(token.flags & TextNormalizer::Numeric))
                shortWords[b].append(token.hash);
        }
        total += size_t(shortWords.at(b).size());
    }
    if (longBlocks < MinBlocksToLearnFrom) {
        // Too few sentences to tell the language's function words from its
        // topic words: the share is unknown, and not held against any block.
        for (SegmentBlock &block : blocks)
            block.functionWords = -1;
        return;
    }
    struct Seen {
        int occurrences = 0;
        int blocks = 0;
        qsizetype lastBlock = -1;
    };
    FlatMap<Seen> seen;
    seen.reserve(total);
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        for (const quint64 word : std::as_const(shortWords.at(b))) {
            Seen &s = seen[word];
            ++s.occurrences;
            if (s.lastBlock != b) {
                s.lastBlock = b;
                ++s.blocks;
            }
        }
    }
    QList<std::pair<int, quint64>> ranked;
    seen.forEach([&](quint64 word, const Seen &s) {
        if (s.blocks >= MinBlocksWithAFunctionWord)
            ranked.append({s.occurrences, word});
    });
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    QList<quint64> learned;
    for (qsizetype k = 0; k < ranked.size() && k < FunctionWordCount; ++k)
        learned.append(ranked.at(k).second);
    std::sort(learned.begin(), learned.end());
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        int found = 0;
        for (const quint64 word : std::as_const(shortWords.at(b)))
            found += std::binary_search(learned.cbegin(), learned.cend(), word) ? 1 : 0;
        blocks[b].functionWords = found;
    }
}

bool BlockFeatures::endsLikeSentence(QStringView text)
{
    return endsLikeSentenceImpl(text);
}

} // namespace Lectern::Models
