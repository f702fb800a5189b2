// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitymatcher.h"

#include "namefolding.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <vector>

namespace Lectern::Models {

struct EntityMatcher::Automaton {
    // Marks in classOf for units the scanner handles itself instead of feeding them.
    static constexpr quint16 IgnoreMark = 0xFFFD;
    static constexpr quint16 LineBreakMark = 0xFFFE;
    static constexpr quint16 SpaceMark = 0xFFFF;
    static constexpr quint32 OutputFlag = 0x8000'0000u;
    // Bounds the table's width: above it the rarest units share a class.
    static constexpr quint32 MaxClasses = 128;

    struct Pattern {
        qsizetype entity = -1;
        qsizetype name = 0;
        qsizetype length = 0; ///< in fed symbols, word starts included
        bool caseSensitive = false;
        bool boundaryBefore = true;
        bool boundaryAfter = true;
        bool verifyFolded = false; ///< uses units without a class of their own
        QString key;               ///< NameFolding::key
        QString exactKey;          ///< NameFolding::exactKey, checked when caseSensitive
    };

    std::vector<quint16> classOf = std::vector<quint16>(0x10000, 0);
    quint32 classCount = 1;
    quint16 wordClassLimit = 0; ///< classes 1..wordClassLimit are word characters
    quint16 wordStartClass = 0;
    quint16 spaceClass = 0;
    std::vector<quint32> delta; ///< state row offset + class -> target row offset | OutputFlag
    std::vector<quint32> outputBegin;
    std::vector<quint32> outputCount;
    std::vector<quint32> outputs; ///< pattern ids, per state: its own, then those of its suffixes
    std::vector<Pattern> patterns;
    qsizetype maxLength = 0;
    qsizetype states = 1;
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

bool wordCharacterBefore(QStringView text, qsizetype index)
{
    if (index > 0 && text[index - 1].unicode() < 0x80)
        return asciiWord(text[index - 1].unicode());
    while (index > 0) {
        const char32_t cp = codePointBefore(text, index);
        if (cp <= 0xFFFF && NameFolding::kind(char16_t(cp)) == NameFolding::Kind::Ignorable)
            continue;
        return NameFolding::isWordCharacter(cp);
    }
    return false;
}

bool wordCharacterAt(QStringView text, qsizetype index)
{
    if (index < text.size() && text[index].unicode() < 0x80)
        return asciiWord(text[index].unicode());
    for (; index < text.size(); ++index) {
        if (NameFolding::kind(text[index].unicode()) == NameFolding::Kind::Ignorable)
            continue;
        return NameFolding::isWordCharacter(codePointAt(text, index));
    }
    return false;
}

/// Whether text[start, end) folds (or, when !fold, unifies) to `target`, with
/// whitespace runs as one space and ignorable units skipped, as the scanner sees it.
bool sameAs(QStringView text, qsizetype start, qsizetype end, const QString &target, bool fold)
{
    qsizetype t = 0;
    bool inSpace = false;
    for (qsizetype i = start; i < end; ++i) {
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

std::shared_ptr<const Automaton> compile(const Gazetteer &gazetteer)
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
            pattern.entity = e;
            pattern.name = n;
            pattern.caseSensitive = entity.caseSensitivity == Qt::CaseSensitive;
            pattern.key = NameFolding::key(tidy);
            pattern.exactKey = NameFolding::exactKey(tidy);
            pattern.boundaryBefore = NameFolding::isWordCharacter(codePointAt(tidy, 0));
            qsizetype last = tidy.size();
            pattern.boundaryAfter = NameFolding::isWordCharacter(codePointBefore(tidy, last));
            a.patterns.push_back(std::move(pattern));
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

    // Trie over classes, dense rows from the start; -1 is "no edge yet".
    const quint32 width = a.classCount;
    std::vector<qint32> go(width, -1);
    std::vector<qint32> firstOwn(1, -1);
    std::vector<qint32> nextOwn(a.patterns.size(), -1);
    a.maxLength = 0;
    for (qsizetype p = 0; p < qsizetype(a.patterns.size()); ++p) {
        Automaton::Pattern &pattern = a.patterns[size_t(p)];
        const std::vector<quint16> symbols = spelling(pattern.key);
        pattern.length = qsizetype(symbols.size());
        a.maxLength = std::max(a.maxLength, pattern.length);
        pattern.verifyFolded = std::any_of(pattern.key.cbegin(), pattern.key.cend(), [&](QChar c) {
            const char16_t unit = c.unicode();
            return classOfFolded[unit] <= 1 && unit != u' ';
        });
        qint32 state = 0;
        for (const quint16 cls : symbols) {
            qint32 &edge = go[size_t(state) * width + cls];
            if (edge < 0) {
                edge = qint32(firstOwn.size());
                firstOwn.push_back(-1);
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

    // Number the states depth-first, so that walking one name reads rows that
    // lie one after another in memory: the prefetcher then hides most of the
    // cost of a table larger than the caches.
    {
        std::vector<qint32> renumbered(size_t(a.states), -1);
        std::vector<qint32> stack{0};
        qint32 next = 0;
        while (!stack.empty()) {
            const qint32 state = stack.back();
            stack.pop_back();
            renumbered[size_t(state)] = next++;
            for (quint32 cls = width; cls-- > 0;) {
                const qint32 child = go[size_t(state) * width + cls];
                if (child >= 0)
                    stack.push_back(child);
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

    // Breadth-first: failure links, completed transitions, output lists.
    std::vector<qint32> fail(size_t(a.states), 0);
    a.outputBegin.assign(size_t(a.states), 0);
    a.outputCount.assign(size_t(a.states), 0);
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
        a.outputBegin[size_t(state)] = quint32(a.outputs.size());
        for (qint32 p = firstOwn[size_t(state)]; p >= 0; p = nextOwn[size_t(p)])
            a.outputs.push_back(quint32(p));
        const qint32 f = fail[size_t(state)];
        for (quint32 k = 0; k < a.outputCount[size_t(f)]; ++k)
            a.outputs.push_back(a.outputs[a.outputBegin[size_t(f)] + k]);
        a.outputCount[size_t(state)] = quint32(a.outputs.size()) - a.outputBegin[size_t(state)];

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

    a.delta.resize(go.size());
    for (size_t i = 0; i < go.size(); ++i) {
        const auto target = quint32(go[i]);
        a.delta[i] = target * width | (a.outputCount[target] > 0 ? Automaton::OutputFlag : 0u);
    }
    return automaton;
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
    const bool xs = a.patterns[x.pattern].caseSensitive;
    const bool ys = a.patterns[y.pattern].caseSensitive;
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
        const quint32 *delta = m_a.delta.data();
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

        // Feeds one symbol; a macro-like lambda over locals, always inlined.
        auto feed = [&](quint16 cls, qsizetype index) __attribute__((always_inline)) {
            ring[symbols & mask] = index;
            ++symbols;
            state = delta[state + cls];
            if (state & Automaton::OutputFlag) [[unlikely]] {
                state &= ~Automaton::OutputFlag;
                flushAt = report(state, index + 1, symbols);
            }
            if (symbols >= flushAt) [[unlikely]]
                flushAt = settle(false, symbols);
        };

        for (qsizetype i = 0; i < size; ++i) {
            const quint16 cls = classOf[units[i]];
            if (cls < Automaton::IgnoreMark) [[likely]] {
                const bool word = isWordClass(cls);
                if (word) {
                    if (!previousWord) {
                        feed(wordStart, i);
                    } else if (state == 0) {
                        // Inside a word at the root: every name starts at a word
                        // start or with a non-word character, so skip to the word's end.
                        while (i + 1 < size && isWordClass(classOf[units[i + 1]]))
                            ++i;
                        continue;
                    }
                }
                previousWord = word;
                inSpace = false;
                feed(cls, i);
                continue;
            }
            if (cls == Automaton::IgnoreMark)
                continue;
            previousWord = false;
            if (!inSpace) {
                inSpace = true;
                lineBreaks = cls == Automaton::LineBreakMark ? 1 : 0;
                feed(m_a.spaceClass, i);
            } else if (cls == Automaton::LineBreakMark && ++lineBreaks == 2) {
                state = 0; // a blank line ends the paragraph: no name runs across it
            }
        }
        settle(true, symbols);
    }

private:
    static constexpr qsizetype Never = std::numeric_limits<qsizetype>::max();

    // A name ends at `end` in state `row`: keep the candidates that are word-bounded and in the right case.
    qsizetype report(quint32 row, qsizetype end, qsizetype symbols)
    {
        const quint32 stateIndex = row / m_a.classCount;
        const quint32 begin = m_a.outputBegin[stateIndex];
        const quint32 count = m_a.outputCount[stateIndex];
        int boundaryAfter = -1; // computed once, only if a name needs it
        for (quint32 k = begin; k < begin + count; ++k) {
            const quint32 id = m_a.outputs[k];
            const Automaton::Pattern &pattern = m_a.patterns[id];
            const qsizetype startSymbol = symbols - pattern.length;
            const qsizetype start = m_ring[size_t(startSymbol & m_mask)];
            if (start < m_cursor)
                continue;
            if (pattern.boundaryAfter) {
                if (boundaryAfter < 0)
                    boundaryAfter = wordCharacterAt(m_text, end) ? 0 : 1;
                if (boundaryAfter == 0)
                    continue;
            }
            if (pattern.boundaryBefore && wordCharacterBefore(m_text, start))
                continue;
            if (pattern.verifyFolded && !sameAs(m_text, start, end, pattern.key, true))
                continue;
            if (pattern.caseSensitive && !sameAs(m_text, start, end, pattern.exactKey, false))
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

EntityMatcher::EntityMatcher(const Gazetteer &gazetteer)
    : m_automaton(compile(gazetteer))
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
    return qsizetype(a.classOf.size() * sizeof(quint16) + a.delta.size() * sizeof(quint32)
        + (a.outputBegin.size() + a.outputCount.size() + a.outputs.size()) * sizeof(quint32)
        + a.patterns.size() * sizeof(Automaton::Pattern));
}

} // namespace Lectern::Models
