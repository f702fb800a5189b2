// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitymention.h"
#include "gazetteer.h"

#include <QStringView>

#include <functional>
#include <memory>

namespace Lectern::Models {

/// Finds every gazetteer name in a text in one pass: an Aho-Corasick
/// automaton over the folded alphabet of the names (see NameFolding), with
/// complete rows for the states near the root and compact chains deeper;
/// words that are no name's first word are passed over without feeding it,
/// and names made of whole words are looked up word by word.
/// Matches are leftmost-longest and non-overlapping, start
/// and end on Unicode word boundaries when the name starts or ends with a
/// word character, and resolve aliases to their entity. A compiled matcher is
/// immutable: copies share it and any thread may use it.
class EntityMatcher final
{
public:
    /// A matcher that finds nothing.
    EntityMatcher();
    /// How a word that may start a name is read. Names that are words with
    /// one space between them are looked up word by word (WordsFirst), the
    /// rest with the automaton; AutomatonOnly reads every such word with the
    /// automaton, the reference the tests hold the faster path to.
    enum class Strategy { WordsFirst, AutomatonOnly };

    /// Compiles every name of the gazetteer; linear in their total length.
    explicit EntityMatcher(const Gazetteer &gazetteer, Strategy strategy = Strategy::WordsFirst);

    /// Every mention, in text order.
    [[nodiscard]] EntityMentions match(QStringView text) const;
    /// Calls `found` for every mention in text order, without collecting them.
    void match(QStringView text, const std::function<void(const EntityMention &)> &found) const;
    /// The number of mentions match() would give.
    [[nodiscard]] qsizetype count(QStringView text) const;

    [[nodiscard]] qsizetype patternCount() const;
    [[nodiscard]] qsizetype stateCount() const;
    /// Bytes held by the compiled tables.
    [[nodiscard]] qsizetype memoryUsage() const;

    struct Automaton;

private:
    std::shared_ptr<const Automaton> m_automaton;
};

} // namespace Lectern::Models
