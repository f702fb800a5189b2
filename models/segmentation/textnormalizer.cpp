// SPDX-License-Identifier: GPL-3.0-or-later
#include "textnormalizer.h"

#include <unicode/ubrk.h>

#include <algorithm>
#include <array>
#include <vector>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

constexpr quint64 FnvOffset = 14695981039346656037ULL;
constexpr quint64 FnvPrime = 1099511628211ULL;

quint64 finish(quint64 h)
{
    h ^= h >> 31;
    h *= 0x7fb5d329728ea185ULL;
    h ^= h >> 27;
    h *= 0x81dadef4bc2dd44dULL;
    h ^= h >> 33;
    return h;
}

bool isJoiner(char16_t c)
{
    return c == u'\'' || c == 0x2019 || c == 0x02BC;
}

bool isAsciiWordChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// Length in UTF-16 units of the word character at i, or 0 when it is not one.
int wordCharLength(const QChar *data, qsizetype i, qsizetype end)
{
    const char16_t c = data[i].unicode();
    if (c < 0x80)
        return isAsciiWordChar(c) ? 1 : 0;
    if (QChar::isHighSurrogate(c)) {
        if (i + 1 < end && data[i + 1].isLowSurrogate()) {
            const char32_t ucs = QChar::surrogateToUcs4(c, data[i + 1].unicode());
            return QChar::isLetterOrNumber(ucs) || QChar::isMark(ucs) ? 2 : 0;
        }
        return 0;
    }
    const QChar qc(c);
    return qc.isLetterOrNumber() || qc.isMark() ? 1 : 0;
}

struct WordHashes {
    quint64 hash;
    quint64 stem;
};

// FNV-1a over folded UTF-16 units; the stem drops a final plural "s".
WordHashes hashUnits(const char16_t *units, qsizetype count)
{
    quint64 h = FnvOffset;
    quint64 beforeLast = FnvOffset;
    for (qsizetype i = 0; i < count; ++i) {
        beforeLast = h;
        h = (h ^ units[i]) * FnvPrime;
    }
    const bool plural = count >= 4 && units[count - 1] == u's' && units[count - 2] != u's' && units[count - 2] != u'u'
        && units[count - 2] != u'i';
    return {finish(h), finish(plural ? beforeLast : h)};
}

// A word with characters beyond ASCII: NFKC and case folding, then hashUnits().
// (tokenize() hashes ASCII words itself while it scans them.)
WordHashes hashToken(const QChar *data, qsizetype start, qsizetype end)
{
    QString word;
    word.reserve(end - start);
    for (qsizetype i = start; i < end; ++i) {
        if (!isJoiner(data[i].unicode()))
            word.append(data[i]);
    }
    word = word.normalized(QString::NormalizationForm_KC).toCaseFolded();
    return hashUnits(reinterpret_cast<const char16_t *>(word.utf16()), word.size());
}

// A 4096-bit filter in front of the sorted list: most words are in neither
// list and leave after one bit test instead of a binary search.
class WordSet
{
public:
    explicit WordSet(std::vector<quint64> sorted)
        : m_sorted(std::move(sorted))
    {
        m_filter.fill(0);
        for (const quint64 hash : m_sorted)
            m_filter[size_t((hash >> 6) & 63)] |= quint64(1) << (hash & 63);
    }
    [[nodiscard]] bool contains(quint64 hash) const
    {
        if (!(m_filter[size_t((hash >> 6) & 63)] & (quint64(1) << (hash & 63))))
            return false;
        return std::binary_search(m_sorted.cbegin(), m_sorted.cend(), hash);
    }

private:
    std::vector<quint64> m_sorted;
    std::array<quint64, 64> m_filter;
};

std::vector<quint64> hashedList(std::initializer_list<const char16_t *> words, bool stems)
{
    std::vector<quint64> hashes;
    hashes.reserve(words.size());
    for (const char16_t *word : words) {
        const QStringView view(word);
        const WordHashes h = hashUnits(view.utf16(), view.size());
        hashes.push_back(stems ? h.stem : h.hash);
    }
    std::sort(hashes.begin(), hashes.end());
    return hashes;
}

const WordSet &stopWords()
{
    static const WordSet words(hashedList(
        {u"a", u"about", u"above", u"after", u"again", u"against", u"all", u"also", u"am", u"an", u"and", u"any", u"are",
         u"as", u"at", u"be", u"because", u"been", u"before", u"being", u"below", u"between", u"both", u"but", u"by",
         u"can", u"could", u"did", u"do", u"does", u"doing", u"down", u"during", u"each", u"even", u"few", u"for", u"from",
         u"further", u"had", u"has", u"have", u"having", u"he", u"her", u"here", u"hers", u"him", u"his", u"how", u"i",
         u"if", u"in", u"into", u"is", u"it", u"its", u"itself", u"just", u"may", u"me", u"might", u"more", u"most",
         u"much", u"must", u"my", u"no", u"nor", u"not", u"now", u"of", u"off", u"on", u"once", u"only", u"or", u"other",
         u"our", u"ours", u"out", u"over", u"own", u"same", u"she", u"should", u"so", u"some", u"such", u"than", u"that",
         u"the", u"their", u"them", u"then", u"there", u"these", u"they", u"this", u"those", u"through", u"to", u"too",
         u"under", u"until", u"up", u"very", u"was", u"we", u"were", u"what", u"when", u"where", u"which", u"while",
         u"who", u"whom", u"why", u"will", u"with", u"would", u"you", u"your", u"yours", u"youre", u"theyre", u"dont",
         u"its", u"thats", u"there", u"said", u"says", u"one", u"two", u"new", u"like", u"get", u"than", u"many", u"yet",
         u"still", u"well", u"where", u"whether", u"within", u"without", u"across", u"around", u"since", u"per", u"via",
         u"de", u"la", u"le", u"el", u"der", u"die", u"und", u"et"},
        false));
    return words;
}

// Generic words of page furniture. Weak evidence only: the segmenter never
// decides on them alone.
const WordSet &cueWords()
{
    static const WordSet words(hashedList(
        {u"newsletter", u"newsletters", u"subscribe", u"subscribed", u"subscriber", u"subscription", u"unsubscribe",
         u"signup", u"login", u"logout", u"cookie", u"cookies", u"advertisement", u"advertising", u"advertise",
         u"sponsored", u"comment", u"comments", u"reply", u"replies", u"inbox", u"spam", u"copyright", u"privacy",
         u"menu", u"rss", u"trending", u"podcast", u"download", u"app", u"follow", u"facebook", u"twitter",
         u"linkedin", u"whatsapp", u"email", u"password", u"register", u"account", u"share"},
        true));
    return words;
}


// Scripts written without spaces between words (Han, kana, Thai, Lao,
// Khmer, Myanmar): their runs of letters are split by ICU.
bool isSpacelessScript(char16_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFF66 && c <= 0xFF9F) || (c >= 0x0E00 && c <= 0x0EFF) || (c >= 0x1000 && c <= 0x109F) || (c >= 0x1780 && c <= 0x17FF)
        || QChar::isHighSurrogate(c); // the CJK extensions beyond the BMP
}

// One word break iterator per thread: opening one loads ICU's rules and
// dictionaries, setting its text is cheap.
class DictionaryWords
{
public:
    DictionaryWords()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_iterator = ubrk_open(UBRK_WORD, "", nullptr, 0, &status);
        if (U_FAILURE(status))
            m_iterator = nullptr;
    }
    ~DictionaryWords()
    {
        if (m_iterator)
            ubrk_close(m_iterator);
    }
    Q_DISABLE_COPY_MOVE(DictionaryWords)

    template<typename Emit>
    void split(const QChar *data, qsizetype begin, qsizetype end, Emit &&visit)
    {
        UErrorCode status = U_ZERO_ERROR;
        if (m_iterator)
            ubrk_setText(m_iterator, reinterpret_cast<const UChar *>(data + begin), int32_t(end - begin), &status);
        if (!m_iterator || U_FAILURE(status)) {
            visit(begin, end);
            return;
        }
        qsizetype from = 0;
        for (int32_t to = ubrk_next(m_iterator); to != UBRK_DONE; to = ubrk_next(m_iterator)) {
            visit(begin + from, begin + to);
            from = to;
        }
    }

private:
    UBreakIterator *m_iterator = nullptr;
};

template<typename Emit>
void forEachDictionaryWord(const QChar *data, qsizetype begin, qsizetype end, Emit &&visit)
{
    thread_local DictionaryWords words;
    words.split(data, begin, end, visit);
}

// Calls found(start, end, hashes) for every word of text[begin, end), in order.
template<typename Emit>
inline void scanWords(QStringView text, qsizetype begin, qsizetype end, Emit &&found)
{
    const QChar *data = text.data();
    qsizetype i = begin;
    while (i < end) {
        const char16_t lead = data[i].unicode();
        int step = lead < 0x80 ? (isAsciiWordChar(lead) ? 1 : 0) : wordCharLength(data, i, end);
        if (step == 0) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        bool ascii = true;
        bool spaceless = false;
        // ASCII words (most of them) are hashed while they are scanned, as
        // hashUnits() would: folded to lower case, joiners left out.
        quint64 running = FnvOffset;
        quint64 beforeLast = FnvOffset;
        char16_t last = 0;
        char16_t previous = 0;
        qsizetype fed = 0;
        while (i < end) {
            const char16_t c = data[i].unicode();
            if (c < 0x80 && isAsciiWordChar(c)) {
                const char16_t folded = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
                beforeLast = running;
                running = (running ^ folded) * FnvPrime;
                previous = last;
                last = folded;
                ++fed;
                ++i;
                continue;
            }
            step = c < 0x80 ? 0 : wordCharLength(data, i, end);
            if (step > 0) {
                ascii = false;
                spaceless = spaceless || isSpacelessScript(c);
                i += step;
                continue;
            }
            // An apostrophe between two word characters joins them ("it's").
            if (isJoiner(c) && i + 1 < end && wordCharLength(data, i + 1, end) > 0) {
                ascii = ascii && c < 0x80;
                ++i;
                continue;
            }
            break;
        }
        if (spaceless) {
            // Chinese, Japanese, Thai... write words without spaces between
            // them: ICU's dictionary break iterator finds them.
            forEachDictionaryWord(data, start, i, [&](qsizetype from, qsizetype to) { found(from, to, hashToken(data, from, to)); });
            continue;
        }
        WordHashes h{};
        if (ascii) {
            const bool plural = fed >= 4 && last == u's' && previous != u's' && previous != u'u' && previous != u'i';
            h = {finish(running), finish(plural ? beforeLast : running)};
        } else {
            h = hashToken(data, start, i);
        }
        found(start, i, h);
    }
}

} // namespace

void TextNormalizer::tokenize(QStringView text, qsizetype begin, qsizetype end, QList<Token> &out)
{
    const QChar *data = text.data();
    const WordSet &stops = stopWords();
    const WordSet &cues = cueWords();
    scanWords(text, begin, end, [&](qsizetype start, qsizetype stop, const WordHashes &h) {
        Token token;
        token.hash = h.hash;
        token.stem = h.stem;
        token.start = qint32(start);
        token.length = qint32(stop - start);
        const QChar first = data[start];
        if (first.isUpper())
            token.flags |= Capitalised;
        if (first.isDigit())
            token.flags |= Numeric;
        if (isSpacelessScript(first.unicode()))
            token.flags |= Spaceless;
        if (token.length <= 12 && stops.contains(h.hash))
            token.flags |= StopWord;
        else if (token.length >= 3 && cues.contains(h.stem))
            token.flags |= CueWord;
        out.append(token);
    });
}

void TextNormalizer::wordHashes(QStringView text, qsizetype begin, qsizetype end, std::vector<quint64> &out)
{
    scanWords(text, begin, end, [&](qsizetype, qsizetype, const WordHashes &h) { out.push_back(h.hash); });
}

quint64 TextNormalizer::sequenceHash(const std::vector<quint64> &hashes)
{
    if (hashes.empty())
        return 0;
    quint64 h = FnvOffset;
    for (const quint64 word : hashes)
        h = (h ^ word) * 0x9e3779b97f4a7c15ULL + (h >> 29);
    return finish(h) | 1;
}

QList<TextNormalizer::Token> TextNormalizer::tokenize(QStringView text)
{
    QList<Token> tokens;
    tokens.reserve(text.size() / 5 + 1);
    tokenize(text, 0, text.size(), tokens);
    return tokens;
}

quint64 TextNormalizer::hashWord(QStringView word)
{
    QList<Token> tokens;
    tokenize(word, 0, word.size(), tokens);
    return tokens.isEmpty() ? 0 : tokens.constFirst().hash;
}

quint64 TextNormalizer::sequenceHash(const QList<Token> &tokens)
{
    if (tokens.isEmpty())
        return 0;
    quint64 h = FnvOffset;
    for (const Token &token : tokens)
        h = (h ^ token.hash) * 0x9e3779b97f4a7c15ULL + (h >> 29);
    return finish(h) | 1;
}

quint64 TextNormalizer::combine(quint64 seed, quint64 value)
{
    return finish(seed * 0x9e3779b97f4a7c15ULL + value);
}

QString TextNormalizer::comparisonForm(QStringView text)
{
    QString folded = text.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    bool pendingSpace = false;
    for (const QChar c : std::as_const(folded)) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        switch (c.unicode()) {
        case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
            out.append(u'\'');
            break;
        case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
            out.append(u'"');
            break;
        default:
            out.append(c);
        }
    }
    return out;
}

} // namespace Lectern::Models
