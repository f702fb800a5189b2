// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitymatcher.h"

#include "namefolding.h"

#include <QHash>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <limits>
#include <map>
#include <vector>

namespace Lectern::Models {

struct EntityMatcher::Automaton {
    // Marks in classOf for units the scanner handles itself instead of feeding them.
    static constexpr quint16 IgnoreMark = 0xFFFD;
    static constexpr quint16 LineBreakMark = 0xFFFE;
    static constexpr quint16 SpaceMark = 0xFFFF;
    static constexpr quint32 OutputFlag = 0x8000'0000u;
    // Bounds the table's width: above it the rarest units share a class.
    static constexpr quint32 MaxClasses = 127;
    static constexpr quint8 NoChain = 0x7F; ///< chain: the state has no edge to the next one
    // States this close to the root get a complete row: nearly every step
    // of a scan is taken from one of them, and they are few enough to stay in
    // the first-level cache. Deeper states, mostly single chains of one name,
    // keep only their own edges.
    static constexpr int DenseDepth = 4;

    struct Pattern {
        qsizetype entity = -1;
        qsizetype name = 0;
        QString key;      ///< NameFolding::key
        QString exactKey; ///< NameFolding::exactKey, checked when caseSensitive
    };
    // What every candidate reads, apart from the strings so that it stays in cache.
    struct PatternInfo {
        quint32 length = 0; ///< in fed symbols, word starts included
        bool caseSensitive = false;
        bool boundaryBefore = true;
        bool boundaryAfter = true;
        bool verifyFolded = false; ///< uses units without a class of their own
    };
    // A state beyond DenseDepth: what a step needs when chain[] does not answer.
    struct Node {
        quint32 fail = 0;      ///< failure state
        quint32 moreBegin = 0; ///< its own edges but the first in edgeClass/edgeTarget
        quint32 moreCount = 0;
    };
    struct Outputs {
        quint32 begin = 0;
        quint32 count = 0;
    };

    std::vector<quint16> classOf = std::vector<quint16>(0x10000, 0);
    quint32 classCount = 1;
    quint16 wordClassLimit = 0; ///< classes 1..wordClassLimit are word characters
    quint16 wordStartClass = 0;
    quint16 spaceClass = 0;
    quint32 rowShift = 0;       ///< a dense row is 1 << rowShift entries
    quint32 denseStates = 0;    ///< states below this have a dense row
    std::vector<quint32> dense; ///< (state << rowShift) + class -> target | OutputFlag
    // Deep states are numbered depth-first, so a state's first own edge leads
    // to the next state: along a name, a step reads one byte per state, the
    // class of that edge | 0x80 when the next state has outputs (or NoChain).
    std::vector<quint8> chain;
    std::vector<Node> nodes; ///< by state; only those from denseStates on are used
    std::vector<quint8> edgeClass;
    std::vector<quint32> edgeTarget; ///< target | OutputFlag
    std::vector<Outputs> outputRanges;
    std::vector<quint32> outputs; ///< pattern ids, per state: its own, then those of its suffixes
    std::vector<PatternInfo> info;
    std::vector<Pattern> patterns;
    // The names' first words by firstWordSlot: a word at the root whose slot
    // is clear starts no name and is passed over without feeding it.
    static constexpr quint32 FirstWordBits = 17;
    std::vector<quint64> firstWords = std::vector<quint64>(size_t(1) << (FirstWordBits - 6), 0);
    std::array<bool, MaxClasses> rootStays{}; ///< the class leaves the root where it is, reporting nothing
    // What a unit is to the scanner at the root: RootWord, RootPass (a
    // non-word unit it passes over) or RootStop (anything it must look at).
    static constexpr quint8 RootPass = 0;
    static constexpr quint8 RootWord = 1;
    static constexpr quint8 RootStop = 2;
    std::vector<quint8> rootKind = std::vector<quint8>(0x10000, RootStop);
    // The ASCII units that are RootStop, when there are at most four of them
    // (otherwise asciiStopCount is larger): lets rootMasks() classify ASCII
    // by arithmetic instead of table lookups.
    std::array<char16_t, 4> asciiStops{};
    int asciiStopCount = 0;
    qsizetype maxLength = 0;
    qsizetype states = 1;

    // Names that are words with one space between them, as a trie of
    // words: the scanner walks it from a word at the root instead of feeding
    // the automaton, and needs the automaton only at a node marked Blocked
    // (a name goes on there with other than one space and a word, or two
    // names are spelled alike) or when the text parts words otherwise.
    struct WordNode {
        qint32 pattern = -1; ///< the name that ends here, or -1
        bool blocked = false;
        bool hasChildren = false;
    };
    struct WordEdge {
        quint64 hash = 0;
        quint32 parent = 0;
        quint32 child = 0; ///< 0: a free slot
        quint32 keyBegin = 0;
        quint32 keyLength = 0;
    };
    std::vector<WordNode> wordNodes = std::vector<WordNode>(1); ///< 0 is the root
    std::vector<WordEdge> wordEdges;
    size_t wordEdgeMask = 0;
    std::vector<quint16> wordKeys; ///< the classes of each edge's word
    bool wordsFirst = true; ///< false: the automaton reads every word that may start a name
};

namespace {

using Automaton = EntityMatcher::Automaton;

char32_t codePointBefore(QStringView text, qsizetype &index)
{
    const char16_t unit = text[index - 1].unicode();
    if (QChar::isLowSurrogate(unit) && index >= 2 && QChar::isHighSurrogate(text[index - 2].unicode())) {
        index -= 2;
        return QChar::surrogateToUcs4(text[index].unicode(), unit);
    }
    index -= 1;
    return unit;
}

char32_t codePointAt(QStringView text, qsizetype index)
{
    const char16_t unit = text[index].unicode();
    if (QChar::isHighSurrogate(unit) && index + 1 < text.size() && QChar::isLowSurrogate(text[index + 1].unicode()))
        return QChar::surrogateToUcs4(unit, text[index + 1].unicode());
    return unit;
}

bool asciiWord(char16_t unit)
{
    return (unit >= u'a' && unit <= u'z') || (unit >= u'A' && unit <= u'Z') || (unit >= u'0' && unit <= u'9') || unit == u'_';
}

[[gnu::noinline]] bool wordCharacterBeforeSlow(QStringView text, qsizetype index)
{
    while (index > 0) {
        const char32_t cp = codePointBefore(text, index);
        if (cp <= 0xFFFF && NameFolding::kind(char16_t(cp)) == NameFolding::Kind::Ignorable)
            continue;
        return NameFolding::isWordCharacter(cp);
    }
    return false;
}

[[gnu::noinline]] bool wordCharacterAtSlow(QStringView text, qsizetype index)
{
    for (; index < text.size(); ++index) {
        if (NameFolding::kind(text[index].unicode()) == NameFolding::Kind::Ignorable)
            continue;
        return NameFolding::isWordCharacter(codePointAt(text, index));
    }
    return false;
}

inline bool wordCharacterBefore(QStringView text, qsizetype index)
{
    if (index > 0 && text[index - 1].unicode() < 0x80)
        return asciiWord(text[index - 1].unicode());
    return wordCharacterBeforeSlow(text, index);
}

inline bool wordCharacterAt(QStringView text, qsizetype index)
{
    if (index < text.size() && text[index].unicode() < 0x80)
        return asciiWord(text[index].unicode());
    return wordCharacterAtSlow(text, index);
}

/// Whether text[start, end) folds (or, when !fold, unifies) to `target`, with
/// whitespace runs as one space and ignorable units skipped, as the scanner sees it.
bool sameAs(QStringView text, qsizetype start, qsizetype end, const QString &target, bool fold)
{
    qsizetype t = 0;
    qsizetype i = start;
    // Printable ASCII, the usual case, needs neither the tables nor the space rules.
    for (; i < end; ++i) {
        const char16_t unit = text[i].unicode();
        if (unit <= u' ' || unit >= 0x80)
            break;
        const char16_t seen = fold && unit >= u'A' && unit <= u'Z' ? char16_t(unit + (u'a' - u'A')) : unit;
        if (t >= target.size() || target[t].unicode() != seen)
            return false;
        ++t;
    }
    bool inSpace = false;
    for (; i < end; ++i) {
        const char16_t unit = text[i].unicode();
        char16_t seen = 0;
        switch (NameFolding::kind(unit)) {
        case NameFolding::Kind::Ignorable:
            continue;
        case NameFolding::Kind::Space:
        case NameFolding::Kind::LineBreak:
            if (inSpace)
                continue;
            inSpace = true;
            seen = u' ';
            break;
        case NameFolding::Kind::Ordinary:
            inSpace = false;
            seen = NameFolding::unify(unit, fold);
            break;
        }
        if (t >= target.size() || target[t].unicode() != seen)
            return false;
        ++t;
    }
    return t == target.size();
}

// A word's slot in Automaton::firstWords, from its length in word symbols and
// the classes of its first three and its last: exact for short words, and
// cheap to take without walking the word.
inline quint64 firstWordSlot(quint64 length, quint64 first, quint64 second, quint64 third, quint64 last)
{
    const quint64 packed = length << 28 | first << 21 | second << 14 | third << 7 | last;
    return (packed * 0x9E37'79B9'7F4A'7C15ull) >> (64 - Automaton::FirstWordBits);
}

constexpr quint64 WordHashSeed = 0xCBF2'9CE4'8422'2325ull;
inline quint64 wordHashStep(quint64 hash, quint64 cls)
{
    return (hash ^ cls) * 0x0000'0100'0000'01B3ull;
}

inline size_t wordEdgeSlot(quint64 hash, quint32 parent, size_t mask)
{
    return size_t(((hash ^ parent) * 0x9E37'79B9'7F4A'7C15ull) >> 32) & mask;
}

inline bool hasFirstWord(const quint64 *firstWords, quint64 slot)
{
    return (firstWords[slot >> 6] >> (slot & 63)) & 1;
}

std::shared_ptr<const Automaton> compile(const Gazetteer &gazetteer, bool wordsFirst)
{
    auto automaton = std::make_shared<Automaton>();
    Automaton &a = *automaton;

    for (qsizetype e = 0; e < gazetteer.size(); ++e) {
        const Entity &entity = gazetteer.at(e);
        const QStringList names = entity.names();
        for (qsizetype n = 0; n < names.size(); ++n) {
            const QString tidy = NameFolding::tidy(names.at(n));
            if (tidy.isEmpty())
                continue;
            Automaton::Pattern pattern;
            Automaton::PatternInfo info;
            pattern.entity = e;
            pattern.name = n;
            pattern.key = NameFolding::key(tidy);
            pattern.exactKey = NameFolding::exactKey(tidy);
            info.caseSensitive = entity.caseSensitivity == Qt::CaseSensitive;
            info.boundaryBefore = NameFolding::isWordCharacter(codePointAt(tidy, 0));
            qsizetype last = tidy.size();
            info.boundaryAfter = NameFolding::isWordCharacter(codePointBefore(tidy, last));
            a.patterns.push_back(std::move(pattern));
            a.info.push_back(info);
        }
    }

    // Alphabet. Class 0: a non-word unit no name uses; 1: a word unit no name
    // uses; then the names' word units, their other units, and last the
    // word-start symbol, fed before the first unit of every word. Names are
    // spelled with it too, so "kansas" (word start, k, a, ...) cannot be found
    // inside "Arkansas", and in the middle of a word the scanner can skip
    // ahead while the automaton is at its root.
    auto isWordUnit = [](char16_t unit) { return !QChar::isSurrogate(unit) && NameFolding::isWordCharacter(unit); };
    QHash<char16_t, qsizetype> frequency;
    for (const Automaton::Pattern &pattern : a.patterns) {
        for (const QChar c : pattern.key)
            ++frequency[c.unicode()];
    }
    std::vector<std::pair<qsizetype, char16_t>> words;
    std::vector<std::pair<qsizetype, char16_t>> others;
    for (auto it = frequency.cbegin(); it != frequency.cend(); ++it)
        (isWordUnit(it.key()) ? words : others).emplace_back(-it.value(), it.key());
    std::sort(words.begin(), words.end());
    std::sort(others.begin(), others.end());
    // Beyond the table's width the rarest units fall into classes 0 and 1 and
    // their names are verified against the text.
    const size_t room = Automaton::MaxClasses - 3;
    const size_t wordRoom = std::min(words.size(), std::max(room - std::min(others.size(), room / 4), room / 4 * 3));
    const size_t otherRoom = std::min(others.size(), room - wordRoom);
    std::vector<quint16> classOfFolded(0x10000, 0);
    for (quint32 unit = 0; unit < 0x10000; ++unit)
        classOfFolded[unit] = isWordUnit(char16_t(unit)) ? 1 : 0;
    a.classCount = 2;
    for (size_t i = 0; i < wordRoom; ++i)
        classOfFolded[words[i].second] = quint16(a.classCount++);
    a.wordClassLimit = quint16(a.classCount - 1);
    for (size_t i = 0; i < otherRoom; ++i)
        classOfFolded[others[i].second] = quint16(a.classCount++);
    a.wordStartClass = quint16(a.classCount++);
    a.spaceClass = classOfFolded[u' '];
    for (quint32 unit = 0; unit < 0x10000; ++unit) {
        switch (NameFolding::kind(char16_t(unit))) {
        case NameFolding::Kind::Ignorable:
            a.classOf[unit] = Automaton::IgnoreMark;
            break;
        case NameFolding::Kind::Space:
            a.classOf[unit] = Automaton::SpaceMark;
            break;
        case NameFolding::Kind::LineBreak:
            a.classOf[unit] = Automaton::LineBreakMark;
            break;
        case NameFolding::Kind::Ordinary:
            a.classOf[unit] = classOfFolded[NameFolding::unify(char16_t(unit), true)];
            break;
        }
    }
    auto spelling = [&](const QString &key) {
        std::vector<quint16> symbols;
        bool previousWord = false;
        for (const QChar c : key) {
            const quint16 cls = classOfFolded[c.unicode()];
            const bool word = cls >= 1 && cls <= a.wordClassLimit;
            if (word && !previousWord)
                symbols.push_back(a.wordStartClass);
            previousWord = word;
            symbols.push_back(cls);
        }
        return symbols;
    };

    // Trie over classes, dense rows while building; -1 is "no edge yet".
    const quint32 width = a.classCount;
    std::vector<qint32> go(width, -1);
    std::vector<qint32> firstOwn(1, -1);
    std::vector<qint32> depth(1, 0);
    std::vector<qint32> nextOwn(a.patterns.size(), -1);
    a.maxLength = 0;
    // The word trie while it is built: (parent, word classes) -> node.
    std::map<std::pair<quint32, std::vector<quint16>>, quint32> wordChildren;
    for (qsizetype p = 0; p < qsizetype(a.patterns.size()); ++p) {
        const Automaton::Pattern &pattern = a.patterns[size_t(p)];
        Automaton::PatternInfo &info = a.info[size_t(p)];
        const std::vector<quint16> symbols = spelling(pattern.key);
        info.length = quint32(symbols.size());
        if (!symbols.empty() && symbols.front() == a.wordStartClass) {
            size_t end = 1;
            while (end < symbols.size() && symbols[end] >= 1 && symbols[end] <= a.wordClassLimit)
                ++end;
            const size_t length = end - 1;
            const quint64 slot = firstWordSlot(length, symbols[1], length > 1 ? symbols[2] : 0, length > 2 ? symbols[3] : 0, symbols[end - 1]);
            a.firstWords[slot >> 6] |= quint64(1) << (slot & 63);
        }
        if (!symbols.empty() && symbols.front() == a.wordStartClass) {
            // Word after word, one space between, as far as the name goes so.
            quint32 node = 0;
            size_t at = 0; // at a word start symbol
            for (;;) {
                size_t end = at + 1;
                while (end < symbols.size() && symbols[end] >= 1 && symbols[end] <= a.wordClassLimit)
                    ++end;
                auto [it, added] = wordChildren.try_emplace({node, std::vector<quint16>(symbols.begin() + qsizetype(at) + 1, symbols.begin() + qsizetype(end))},
                                                            quint32(a.wordNodes.size()));
                if (added)
                    a.wordNodes.emplace_back();
                a.wordNodes[node].hasChildren = true;
                node = it->second;
                if (end == symbols.size()) {
                    Automaton::WordNode &here = a.wordNodes[node];
                    here.blocked = here.blocked || here.pattern >= 0;
                    here.pattern = qint32(p);
                    break;
                }
                if (end + 1 < symbols.size() && symbols[end] == a.spaceClass && symbols[end + 1] == a.wordStartClass) {
                    at = end + 1;
                    continue;
                }
                a.wordNodes[node].blocked = true;
                break;
            }
        }
        a.maxLength = std::max(a.maxLength, qsizetype(info.length));
        info.verifyFolded = std::any_of(pattern.key.cbegin(), pattern.key.cend(), [&](QChar c) {
            const char16_t unit = c.unicode();
            return classOfFolded[unit] <= 1 && unit != u' ';
        });
        qint32 state = 0;
        for (const quint16 cls : symbols) {
            qint32 &edge = go[size_t(state) * width + cls];
            if (edge < 0) {
                edge = qint32(firstOwn.size());
                firstOwn.push_back(-1);
                depth.push_back(depth[size_t(state)] + 1);
                go.resize(go.size() + width, -1);
            }
            state = go[size_t(state) * width + cls];
        }
        // Keep the gazetteer order in each state's own list.
        qint32 *slot = &firstOwn[size_t(state)];
        while (*slot >= 0)
            slot = &nextOwn[size_t(*slot)];
        *slot = qint32(p);
    }
    a.states = qsizetype(firstOwn.size());

    // Number the shallow states first, breadth-first, then the others
    // depth-first: walking one name then reads nodes that lie one after another.
    {
        std::vector<qint32> renumbered(size_t(a.states), -1);
        qint32 next = 0;
        std::vector<qint32> queue{0};
        for (size_t head = 0; head < queue.size(); ++head) {
            const qint32 state = queue[head];
            renumbered[size_t(state)] = next++;
            if (depth[size_t(state)] == Automaton::DenseDepth)
                continue;
            for (quint32 cls = 0; cls < width; ++cls) {
                const qint32 child = go[size_t(state) * width + cls];
                if (child >= 0)
                    queue.push_back(child);
            }
        }
        a.denseStates = quint32(next);
        std::vector<qint32> stack;
        for (const qint32 state : queue) {
            if (depth[size_t(state)] < Automaton::DenseDepth)
                continue;
            for (quint32 cls = width; cls-- > 0;) {
                const qint32 child = go[size_t(state) * width + cls];
                if (child >= 0)
                    stack.push_back(child);
            }
            while (!stack.empty()) {
                const qint32 deep = stack.back();
                stack.pop_back();
                renumbered[size_t(deep)] = next++;
                for (quint32 cls = width; cls-- > 0;) {
                    const qint32 child = go[size_t(deep) * width + cls];
                    if (child >= 0)
                        stack.push_back(child);
                }
            }
        }
        std::vector<qint32> newGo(go.size(), -1);
        std::vector<qint32> newFirstOwn(firstOwn.size(), -1);
        for (qint32 state = 0; state < qint32(a.states); ++state) {
            const auto target = size_t(renumbered[size_t(state)]);
            newFirstOwn[target] = firstOwn[size_t(state)];
            for (quint32 cls = 0; cls < width; ++cls) {
                const qint32 child = go[size_t(state) * width + cls];
                newGo[target * width + cls] = child < 0 ? -1 : renumbered[size_t(child)];
            }
        }
        go.swap(newGo);
        firstOwn.swap(newFirstOwn);
    }

    // The deep states' own edges, before the table is completed.
    a.nodes.assign(size_t(a.states), Automaton::Node{});
    a.chain.assign(size_t(a.states), Automaton::NoChain);
    for (auto state = a.denseStates; state < quint32(a.states); ++state) {
        Automaton::Node &node = a.nodes[state];
        node.moreBegin = quint32(a.edgeClass.size());
        for (quint32 cls = 0; cls < width; ++cls) {
            const qint32 child = go[size_t(state) * width + cls];
            if (child < 0)
                continue;
            if (quint32(child) == state + 1) {
                a.chain[state] = quint8(cls);
            } else {
                a.edgeClass.push_back(quint8(cls));
                a.edgeTarget.push_back(quint32(child));
                ++node.moreCount;
            }
        }
    }

    // Breadth-first: failure links, completed transitions, output lists.
    std::vector<qint32> fail(size_t(a.states), 0);
    a.outputRanges.assign(size_t(a.states), Automaton::Outputs{});
    std::vector<qint32> queue;
    queue.reserve(size_t(a.states));
    for (quint32 cls = 0; cls < width; ++cls) {
        qint32 &edge = go[cls];
        if (edge < 0) {
            edge = 0;
        } else {
            fail[size_t(edge)] = 0;
            queue.push_back(edge);
        }
    }
    for (size_t head = 0; head < queue.size(); ++head) {
        const qint32 state = queue[head];
        Automaton::Outputs &range = a.outputRanges[size_t(state)];
        range.begin = quint32(a.outputs.size());
        for (qint32 p = firstOwn[size_t(state)]; p >= 0; p = nextOwn[size_t(p)])
            a.outputs.push_back(quint32(p));
        const qint32 f = fail[size_t(state)];
        const Automaton::Outputs inherited = a.outputRanges[size_t(f)];
        for (quint32 k = 0; k < inherited.count; ++k)
            a.outputs.push_back(a.outputs[inherited.begin + k]);
        range.count = quint32(a.outputs.size()) - range.begin;

        for (quint32 cls = 0; cls < width; ++cls) {
            qint32 &edge = go[size_t(state) * width + cls];
            const qint32 viaFailure = go[size_t(f) * width + cls];
            if (edge < 0) {
                edge = viaFailure;
            } else {
                fail[size_t(edge)] = viaFailure;
                queue.push_back(edge);
            }
        }
    }

    auto flagged = [&](quint32 target) { return target | (a.outputRanges[target].count > 0 ? Automaton::OutputFlag : 0u); };
    while ((1u << a.rowShift) < width)
        ++a.rowShift;
    a.dense.assign(size_t(a.denseStates) << a.rowShift, 0);
    for (quint32 state = 0; state < a.denseStates; ++state) {
        for (quint32 cls = 0; cls < width; ++cls)
            a.dense[(size_t(state) << a.rowShift) + cls] = flagged(quint32(go[size_t(state) * width + cls]));
    }
    for (auto state = a.denseStates; state < quint32(a.states); ++state) {
        Automaton::Node &node = a.nodes[state];
        node.fail = quint32(fail[state]);
        if (a.chain[state] != Automaton::NoChain && a.outputRanges[state + 1].count > 0)
            a.chain[state] |= 0x80;
    }
    for (quint32 &target : a.edgeTarget)
        target = flagged(target);
    for (quint32 cls = 0; cls < width; ++cls)
        a.rootStays[cls] = a.dense[cls] == 0;
    const bool spaceStays = a.rootStays[a.spaceClass];
    for (quint32 unit = 0; unit < 0x10000; ++unit) {
        const quint16 cls = a.classOf[unit];
        if (cls < Automaton::IgnoreMark) {
            if (cls >= 1 && cls <= a.wordClassLimit)
                a.rootKind[unit] = Automaton::RootWord;
            else if (a.rootStays[cls])
                a.rootKind[unit] = Automaton::RootPass;
        } else if (cls != Automaton::IgnoreMark && spaceStays) {
            a.rootKind[unit] = Automaton::RootPass;
        }
    }
    for (char16_t unit = 0; unit < 0x80; ++unit) {
        const bool asciiWord = (unit >= u'a' && unit <= u'z') || (unit >= u'A' && unit <= u'Z') || (unit >= u'0' && unit <= u'9') || unit == u'_';
        Q_ASSERT(asciiWord == (a.rootKind[unit] == Automaton::RootWord));
        if (a.rootKind[unit] == Automaton::RootStop && a.asciiStopCount++ < int(a.asciiStops.size()))
            a.asciiStops[size_t(a.asciiStopCount - 1)] = unit;
    }
    a.wordsFirst = wordsFirst;
    size_t tableSize = 16;
    while (tableSize < wordChildren.size() * 2)
        tableSize *= 2;
    a.wordEdges.assign(tableSize, Automaton::WordEdge{});
    a.wordEdgeMask = tableSize - 1;
    for (const auto &[key, child] : wordChildren) {
        quint64 hash = WordHashSeed;
        for (const quint16 cls : key.second)
            hash = wordHashStep(hash, cls);
        size_t slot = wordEdgeSlot(hash, key.first, a.wordEdgeMask);
        while (a.wordEdges[slot].child != 0)
            slot = (slot + 1) & a.wordEdgeMask;
        Automaton::WordEdge &edge = a.wordEdges[slot];
        edge.hash = hash;
        edge.parent = key.first;
        edge.child = child;
        edge.keyBegin = quint32(a.wordKeys.size());
        edge.keyLength = quint32(key.second.size());
        a.wordKeys.insert(a.wordKeys.end(), key.second.begin(), key.second.end());
    }
    return automaton;
}

struct RootMasks {
    quint64 words = 0; ///< RootWord units
    quint64 stops = 0; ///< RootStop units
};

// Classifies the 64 units at `units` for the scanner at the root.
RootMasks rootMasks(const Automaton &a, const char16_t *units)
{
    RootMasks masks;
#if defined(__SSE2__)
    if (a.asciiStopCount <= int(a.asciiStops.size())) {
        // Nearly all of a news text is ASCII: whether a unit is a word unit is
        // arithmetic there, eight at a time; other units take the table.
        const __m128i nonAscii = _mm_set1_epi16(short(0xFF80));
        const __m128i caseBit = _mm_set1_epi16(0x20);
        const __m128i beforeA = _mm_set1_epi16(u'a' - 1);
        const __m128i afterZ = _mm_set1_epi16(u'z' + 1);
        const __m128i before0 = _mm_set1_epi16(u'0' - 1);
        const __m128i after9 = _mm_set1_epi16(u'9' + 1);
        const __m128i underscore = _mm_set1_epi16(u'_');
        auto words = [&](__m128i v) {
            const __m128i lower = _mm_or_si128(v, caseBit);
            const __m128i letter = _mm_and_si128(_mm_cmpgt_epi16(lower, beforeA), _mm_cmplt_epi16(lower, afterZ));
            const __m128i digit = _mm_and_si128(_mm_cmpgt_epi16(v, before0), _mm_cmplt_epi16(v, after9));
            return _mm_or_si128(_mm_or_si128(letter, digit), _mm_cmpeq_epi16(v, underscore));
        };
        auto stops = [&](__m128i v) {
            __m128i any = _mm_setzero_si128();
            for (int s = 0; s < a.asciiStopCount; ++s)
                any = _mm_or_si128(any, _mm_cmpeq_epi16(v, _mm_set1_epi16(short(a.asciiStops[size_t(s)]))));
            return any;
        };
        auto high = [&](__m128i v) { return _mm_cmpeq_epi16(_mm_and_si128(v, nonAscii), _mm_setzero_si128()); };
        quint64 ascii = 0;
        for (int k = 0; k < 64; k += 16) {
            const __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(units + k));
            const __m128i v1 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(units + k + 8));
            masks.words |= quint64(quint32(_mm_movemask_epi8(_mm_packs_epi16(words(v0), words(v1))))) << k;
            ascii |= quint64(quint32(_mm_movemask_epi8(_mm_packs_epi16(high(v0), high(v1))))) << k;
            if (a.asciiStopCount > 0)
                masks.stops |= quint64(quint32(_mm_movemask_epi8(_mm_packs_epi16(stops(v0), stops(v1))))) << k;
        }
        masks.words &= ascii;
        masks.stops &= ascii;
        for (quint64 rest = ~ascii; rest != 0; rest &= rest - 1) {
            const int bit = std::countr_zero(rest);
            const quint64 kind = a.rootKind[units[bit]];
            masks.words |= (kind & Automaton::RootWord) << bit;
            masks.stops |= (kind >> 1) << bit;
        }
        return masks;
    }
#endif
    // Eight kinds side by side in one integer; a multiplication gathers
    // their low bits into one byte.
    constexpr quint64 lowBits = 0x0101'0101'0101'0101ull;
    constexpr quint64 gather = 0x0102'0408'1020'4080ull;
    for (int k = 0; k < 64; k += 8) {
        quint64 kinds = 0;
        for (int j = 0; j < 8; ++j)
            kinds |= quint64(a.rootKind[units[k + j]]) << (8 * j);
        masks.words |= ((kinds & lowBits) * gather >> 56) << k;
        masks.stops |= (((kinds >> 1) & lowBits) * gather >> 56) << k;
    }
    return masks;
}

struct Candidate {
    qsizetype start;
    qsizetype end;
    qsizetype startSymbol;
    quint32 pattern;
};

// Better of two candidates over the same span: a case-sensitive name, then gazetteer order.
bool preferred(const Automaton &a, const Candidate &x, const Candidate &y)
{
    const bool xs = a.info[x.pattern].caseSensitive;
    const bool ys = a.info[y.pattern].caseSensitive;
    if (xs != ys)
        return xs;
    return x.pattern < y.pattern;
}

// One scan of one text. The per-unit loop keeps its state in locals that no
// out-of-line call can see, so stores to the offset ring never force reloads;
// the rare events (a name ends, a candidate settles) go to member functions.
template<typename Sink>
class Scanner
{
public:
    Scanner(const Automaton &automaton, QStringView text, Sink &sink)
        : m_a(automaton)
        , m_text(text)
        , m_sink(sink)
    {
        // Where each of the last fed symbols came from: a match's start is
        // maxLength symbols back at most, so a small ring is the whole offset map.
        qsizetype ringSize = 1;
        while (ringSize <= m_a.maxLength)
            ringSize <<= 1;
        m_mask = ringSize - 1;
        m_ring.assign(size_t(ringSize), 0);
        m_window.reserve(8);
    }

    void run()
    {
        const char16_t *units = m_text.utf16();
        const qsizetype size = m_text.size();
        const quint16 *classOf = m_a.classOf.data();
        const quint32 *dense = m_a.dense.data();
        const quint32 rowShift = m_a.rowShift;
        const quint32 denseStates = m_a.denseStates;
        const Automaton::Node *nodes = m_a.nodes.data();
        const quint8 *chain = m_a.chain.data();
        const quint8 *edgeClass = m_a.edgeClass.data();
        const quint32 *edgeTarget = m_a.edgeTarget.data();
        qsizetype *ring = m_ring.data();
        const qsizetype mask = m_mask;
        const quint16 wordClasses = m_a.wordClassLimit;
        const quint16 wordStart = m_a.wordStartClass;
        auto isWordClass = [wordClasses](quint16 cls) { return quint16(cls - 1) < wordClasses; };

        qsizetype symbols = 0;
        qsizetype flushAt = Never;
        quint32 state = 0;
        bool previousWord = false;
        bool inSpace = false;
        int lineBreaks = 0;

        // The transition from a deep state: its own edges, else its failure
        // state's, until a state with a dense row answers.
        auto deepStep = [&](quint32 from, quint32 cls) __attribute__((always_inline)) {
            for (;;) {
                if (from < denseStates)
                    return dense[(from << rowShift) + cls];
                const quint32 link = chain[from];
                if ((link & 0x7F) == cls)
                    return (from + 1) | (link >> 7 << 31);
                const Automaton::Node &node = nodes[from];
                for (quint32 k = node.moreBegin, last = node.moreBegin + node.moreCount; k < last; ++k) {
                    if (edgeClass[k] == cls)
                        return edgeTarget[k];
                }
                from = node.fail;
            }
        };

        // Feeds one symbol; a macro-like lambda over locals, always inlined.
        auto feed = [&](quint32 cls, qsizetype index) __attribute__((always_inline)) {
            ring[symbols & mask] = index;
            ++symbols;
            const quint32 target = state < denseStates ? dense[(state << rowShift) + cls] : deepStep(state, cls);
            state = target & ~Automaton::OutputFlag;
            if (target & Automaton::OutputFlag) [[unlikely]]
                flushAt = report(state, index + 1, symbols);
            if (symbols >= flushAt) [[unlikely]]
                flushAt = settle(false, symbols);
        };

        const quint64 *firstWords = m_a.firstWords.data();
        const bool *rootStays = m_a.rootStays.data();
        const bool spaceStays = rootStays[m_a.spaceClass];
        const quint8 *rootKind = m_a.rootKind.data();

        // At the root, whole words that start no name and characters that
        // start none are passed over without feeding the automaton: it would
        // come back to the root having reported nothing. (The symbol count
        // then lags, which only delays settle(): no candidate it keeps can
        // lose to one found later.) Both return where to feed again, or the
        // end; previousWord is kept as it is before that unit, and inSpace and
        // lineBreaks need not be: the unit fed next resets them.

        // 64 units at a time while they hold only words and units that keep
        // the root: bit masks find the word starts without a branch per unit.
        // The last block classified, kept while the scanner feeds a name that
        // starts in it: it is usually back at the root within the block.
        qsizetype blockFrom = -1;
        quint64 blockWords = 0;
        quint64 blockStarts = 0;
        // A word at the root that may start a name, walked word by word in
        // the word trie. Returns where the scanner goes on: `end` when no
        // name starts here or none of those that do is found, the end of
        // the name found (emitted here: nothing before it is pending), or
        // -1 when the automaton must read from `start`.
        const Automaton::WordEdge *wordEdges = m_a.wordEdges.data();
        const Automaton::WordNode *wordNodes = m_a.wordNodes.data();
        const quint16 *wordKeys = m_a.wordKeys.data();
        const size_t wordEdgeMask = m_a.wordEdgeMask;
        const bool wordsFirst = m_a.wordsFirst;
        auto childOf = [&](quint32 parent, qsizetype from, qsizetype to) -> quint32 {
            quint64 hash = WordHashSeed;
            for (qsizetype k = from; k < to; ++k)
                hash = wordHashStep(hash, classOf[units[k]]);
            const auto length = quint32(to - from);
            for (size_t slot = wordEdgeSlot(hash, parent, wordEdgeMask);; slot = (slot + 1) & wordEdgeMask) {
                const Automaton::WordEdge &edge = wordEdges[slot];
                if (edge.child == 0)
                    return 0;
                if (edge.hash != hash || edge.parent != parent || edge.keyLength != length)
                    continue;
                bool same = true;
                for (quint32 k = 0; k < length && same; ++k)
                    same = wordKeys[edge.keyBegin + k] == classOf[units[from + k]];
                if (same)
                    return edge.child;
            }
        };
        auto walkWords = [&](qsizetype start, qsizetype end) -> qsizetype {
            quint32 node = childOf(0, start, end);
            qint32 found = -1;
            qsizetype foundEnd = end;
            while (node != 0) {
                const Automaton::WordNode &here = wordNodes[node];
                if (here.blocked)
                    return -1;
                if (here.pattern >= 0 && accepts(quint32(here.pattern), start, end)) {
                    found = here.pattern;
                    foundEnd = end;
                }
                if (!here.hasChildren)
                    break;
                if (end + 1 >= size || units[end] != u' ' || rootKind[units[end + 1]] != Automaton::RootWord) {
                    // Other spaces may part a name's words: the automaton knows.
                    if (end < size && classOf[units[end]] >= Automaton::IgnoreMark)
                        return -1;
                    break;
                }
                const qsizetype next = end + 1;
                qsizetype nextEnd = next + 1;
                while (nextEnd < size && rootKind[units[nextEnd]] == Automaton::RootWord)
                    ++nextEnd;
                if (nextEnd < size && rootKind[units[nextEnd]] == Automaton::RootStop)
                    return -1;
                node = childOf(node, next, nextEnd);
                end = nextEnd;
            }
            if (found < 0)
                return foundEnd;
            const Automaton::Pattern &pattern = m_a.patterns[size_t(found)];
            m_sink(EntityMention{start, foundEnd, pattern.entity, pattern.name});
            m_cursor = foundEnd;
            return foundEnd;
        };
        auto passBlocks = [&](qsizetype from, bool &stopped) __attribute__((always_inline)) {
            for (;;) {
                quint64 starts = 0;
                if (blockFrom >= 0 && from >= blockFrom && from < blockFrom + 64) {
                    // Word starts before `from` were looked at already, or fed.
                    starts = blockStarts & (~quint64(0) << (from - blockFrom));
                } else {
                    if (from + 64 > size)
                        return from;
                    const RootMasks masks = rootMasks(m_a, units + from);
                    if (masks.stops != 0) {
                        blockFrom = -1;
                        return from;
                    }
                    blockFrom = from;
                    blockWords = masks.words;
                    blockStarts = starts = masks.words & ~(masks.words << 1 | quint64(previousWord));
                }
                qsizetype jumpTo = -1;
                while (starts != 0) {
                    const int bit = std::countr_zero(starts);
                    starts &= starts - 1;
                    const qsizetype start = blockFrom + bit;
                    qsizetype end = start + std::countr_zero(~(blockWords >> bit));
                    bool hit = false;
                    if (end == blockFrom + 64) {
                        while (end < size && rootKind[units[end]] == Automaton::RootWord)
                            ++end;
                        // An ignorable unit would continue the word: let the scanner see it.
                        hit = end < size && rootKind[units[end]] == Automaton::RootStop;
                    }
                    const qsizetype length = end - start;
                    const quint64 slot = firstWordSlot(quint64(length), classOf[units[start]], length > 1 ? classOf[units[start + 1]] : 0,
                        length > 2 ? classOf[units[start + 2]] : 0, classOf[units[end - 1]]);
                    if (hit || hasFirstWord(firstWords, slot)) [[unlikely]] {
                        const qsizetype after = hit || !wordsFirst ? -1 : walkWords(start, end);
                        if (after < 0) {
                            previousWord = false;
                            stopped = true;
                            return start;
                        }
                        if (after >= blockFrom + 64) {
                            // The word or name went past the block: go on from its end.
                            jumpTo = after;
                            break;
                        }
                        starts &= ~quint64(0) << (after - blockFrom);
                    }
                }
                if (jumpTo >= 0) {
                    previousWord = true;
                    blockFrom = -1;
                    from = jumpTo;
                    continue;
                }
                previousWord = (blockWords >> 63) != 0;
                from = blockFrom + 64;
            }
        };
        // The same one unit at a time, up to a place at least `until`.
        auto passUnits = [&](qsizetype from, qsizetype until, bool &stopped) __attribute__((always_inline)) {
            for (; from < until; ++from) {
                const quint16 cls = classOf[units[from]];
                if (isWordClass(cls)) {
                    qsizetype end = from + 1;
                    if (previousWord) {
                        // Inside a word: every name starts at a word start or with a non-word character.
                        while (end < size && isWordClass(classOf[units[end]]))
                            ++end;
                    } else {
                        // A word can start a name only if it is a name's whole first word.
                        quint64 length = 1;
                        quint64 second = 0;
                        quint64 third = 0;
                        quint64 last = cls;
                        for (; end < size; ++end) {
                            const quint16 next = classOf[units[end]];
                            if (isWordClass(next)) {
                                ++length;
                                if (length == 2)
                                    second = next;
                                else if (length == 3)
                                    third = next;
                                last = next;
                            } else if (next != Automaton::IgnoreMark) {
                                break;
                            }
                        }
                        if (hasFirstWord(firstWords, firstWordSlot(length, cls, second, third, last))) {
                            stopped = true;
                            return from;
                        }
                        previousWord = true;
                    }
                    inSpace = false;
                    from = end - 1;
                } else if (cls < Automaton::IgnoreMark) {
                    if (!rootStays[cls]) {
                        stopped = true;
                        return from;
                    }
                    previousWord = false;
                    inSpace = false;
                } else if (cls != Automaton::IgnoreMark) {
                    if (!spaceStays) {
                        stopped = true;
                        return from;
                    }
                    previousWord = false;
                    if (!inSpace) {
                        inSpace = true;
                        lineBreaks = cls == Automaton::LineBreakMark ? 1 : 0;
                    } else if (cls == Automaton::LineBreakMark) {
                        ++lineBreaks;
                    }
                }
            }
            return from;
        };

        qsizetype i = 0;
        while (i < size) {
            if (state == 0) {
                // Back at the root no name is under way: what was found is final.
                if (flushAt != Never)
                    flushAt = settle(true, symbols);
                bool stopped = false;
                if (spaceStays)
                    i = passBlocks(i, stopped);
                if (!stopped) {
                    i = passUnits(i, std::min(size, i + 64), stopped);
                    if (!stopped)
                        continue;
                }
            }
            const quint16 cls = classOf[units[i]];
            if (cls < Automaton::IgnoreMark) [[likely]] {
                const bool word = isWordClass(cls);
                if (word && !previousWord)
                    feed(wordStart, i);
                previousWord = word;
                inSpace = false;
                feed(cls, i);
            } else if (cls != Automaton::IgnoreMark) {
                previousWord = false;
                if (!inSpace) {
                    inSpace = true;
                    lineBreaks = cls == Automaton::LineBreakMark ? 1 : 0;
                    feed(m_a.spaceClass, i);
                } else if (cls == Automaton::LineBreakMark && ++lineBreaks == 2) {
                    state = 0; // a blank line ends the paragraph: no name runs across it
                }
            }
            ++i;
        }
        settle(true, symbols);
    }

private:
    static constexpr qsizetype Never = std::numeric_limits<qsizetype>::max();

    // Whether the name `id`, found from `start` to `end`, stands there:
    // word-bounded, and in the right case and spelling.
    [[nodiscard]] bool accepts(quint32 id, qsizetype start, qsizetype end) const
    {
        const Automaton::PatternInfo &info = m_a.info[id];
        if (info.boundaryAfter && wordCharacterAt(m_text, end))
            return false;
        if (info.boundaryBefore && wordCharacterBefore(m_text, start))
            return false;
        if (info.verifyFolded && !sameAs(m_text, start, end, m_a.patterns[id].key, true))
            return false;
        if (info.caseSensitive && !sameAs(m_text, start, end, m_a.patterns[id].exactKey, false))
            return false;
        return true;
    }

    // A name ends at `end` in `state`: keep the candidates that are word-bounded and in the right case.
    qsizetype report(quint32 state, qsizetype end, qsizetype symbols)
    {
        const Automaton::Outputs range = m_a.outputRanges[state];
        for (quint32 k = range.begin; k < range.begin + range.count; ++k) {
            const quint32 id = m_a.outputs[k];
            const qsizetype startSymbol = symbols - qsizetype(m_a.info[id].length);
            const qsizetype start = m_ring[size_t(startSymbol & m_mask)];
            if (start < m_cursor || !accepts(id, start, end))
                continue;
            const Candidate candidate{start, end, startSymbol, id};
            auto same = std::find_if(m_window.begin(), m_window.end(), [&](const Candidate &c) { return c.start == start && c.end == end; });
            if (same == m_window.end())
                m_window.push_back(candidate);
            else if (preferred(m_a, candidate, *same))
                *same = candidate;
        }
        return flushPoint();
    }

    // Emits the leftmost-longest candidates no later name can beat; all of them at the end.
    qsizetype settle(bool atEnd, qsizetype symbols)
    {
        while (!m_window.empty()) {
            auto best = m_window.begin();
            for (auto it = m_window.begin() + 1; it != m_window.end(); ++it) {
                if (it->start < best->start || (it->start == best->start && it->end > best->end))
                    best = it;
            }
            if (!atEnd && symbols < best->startSymbol + m_a.maxLength)
                break;
            const Automaton::Pattern &pattern = m_a.patterns[best->pattern];
            m_sink(EntityMention{best->start, best->end, pattern.entity, pattern.name});
            m_cursor = best->end;
            std::erase_if(m_window, [&](const Candidate &c) { return c.start < m_cursor; });
        }
        return flushPoint();
    }

    // The symbol count from which the leftmost candidate can no longer be beaten.
    [[nodiscard]] qsizetype flushPoint() const
    {
        qsizetype at = Never;
        for (const Candidate &c : m_window)
            at = std::min(at, c.startSymbol + m_a.maxLength);
        return at;
    }

    const Automaton &m_a;
    QStringView m_text;
    Sink &m_sink;
    std::vector<qsizetype> m_ring;
    qsizetype m_mask = 0;
    std::vector<Candidate> m_window; // found, not yet known to be leftmost-longest
    qsizetype m_cursor = 0;          // end of the last emitted mention
};

template<typename Sink>
void scan(const Automaton &a, QStringView text, Sink &&sink)
{
    if (a.patterns.empty() || text.isEmpty())
        return;
    Scanner<std::remove_reference_t<Sink>> scanner(a, text, sink);
    scanner.run();
}

} // namespace

EntityMatcher::EntityMatcher()
    : m_automaton(std::make_shared<Automaton>())
{
}

EntityMatcher::EntityMatcher(const Gazetteer &gazetteer, Strategy strategy)
    : m_automaton(compile(gazetteer, strategy == Strategy::WordsFirst))
{
}

EntityMentions EntityMatcher::match(QStringView text) const
{
    EntityMentions mentions;
    scan(*m_automaton, text, [&](const EntityMention &mention) { mentions.append(mention); });
    return mentions;
}

void EntityMatcher::match(QStringView text, const std::function<void(const EntityMention &)> &found) const
{
    scan(*m_automaton, text, found);
}

qsizetype EntityMatcher::count(QStringView text) const
{
    qsizetype total = 0;
    scan(*m_automaton, text, [&](const EntityMention &) { ++total; });
    return total;
}

qsizetype EntityMatcher::patternCount() const
{
    return qsizetype(m_automaton->patterns.size());
}

qsizetype EntityMatcher::stateCount() const
{
    return m_automaton->states;
}

qsizetype EntityMatcher::memoryUsage() const
{
    const Automaton &a = *m_automaton;
    return qsizetype(a.classOf.size() * sizeof(quint16) + a.dense.size() * sizeof(quint32) + a.nodes.size() * sizeof(Automaton::Node) + a.chain.size()
        + a.edgeClass.size() * sizeof(quint8) + a.edgeTarget.size() * sizeof(quint32) + a.outputRanges.size() * sizeof(Automaton::Outputs)
        + a.outputs.size() * sizeof(quint32) + a.info.size() * sizeof(Automaton::PatternInfo)
        + a.patterns.size() * sizeof(Automaton::Pattern) + a.firstWords.size() * sizeof(quint64)
        + a.wordNodes.size() * sizeof(Automaton::WordNode) + a.wordEdges.size() * sizeof(Automaton::WordEdge)
        + a.wordKeys.size() * sizeof(quint16));
}

} // namespace Lectern::Models
