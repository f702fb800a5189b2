// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitysuggestion.h"
#include "gazetteer.h"
#include "suggestiondecisions.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace Lectern::Models {

/// Mines candidate entities from a bundle's texts: capitalised names that are
/// more than sentence-initial words, acronyms, sums of money and periods.
/// Feed it documents one at a time (any thread; merge() joins miners that
/// saw different documents), then ask for the ranked suggestions: real names
/// come first because they recur across documents, are capitalised in the
/// middle of sentences and are never also written in lower case.
class SuggestionMiner final
{
public:
    void addDocument(const QString &documentId, QStringView text);
    void merge(const SuggestionMiner &other);

    /// Ranked candidates, best first, without those rejected or accepted in
    /// `decisions` and without names `known` already has.
    [[nodiscard]] EntitySuggestions suggestions(const SuggestionDecisions &decisions = {}, const Gazetteer &known = {}) const;

    enum class Kind : quint8 { Name, Acronym, Money, Period };

private:
    struct Tally {
        Kind kind = Kind::Name;
        QHash<QString, qsizetype> forms; ///< how it was written, and how often
        qsizetype inSentence = 0;        ///< capitalised where a sentence does not start
        qsizetype atSentenceStart = 0;
        qsizetype asLabel = 0; ///< followed by ':' ("Source: ...", "Credit: ...")
        qsizetype possessive = 0; ///< written "Name’s": names own things, ordinary words rarely do
        qsizetype personCues = 0;
        qsizetype placeCues = 0;
        QSet<QString> documents;
        void add(const Tally &other);
    };
    /// A capitalised run at the start of a sentence: its first word may just be capitalised by position.
    struct OpeningRun {
        QStringList words;
        Tally tally;
    };

    void record(const QString &key, const QString &form, Kind kind, const QString &documentId, bool atSentenceStart,
        bool asLabel, bool possessive, int personCues, int placeCues);

    QHash<QString, Tally> m_tallies;         ///< NameFolding::key -> what was seen
    QHash<QString, OpeningRun> m_openingRuns; ///< the run's words joined by spaces -> its tally
    QSet<QString> m_lowerCaseWords;          ///< folded words seen starting in lower case
};

} // namespace Lectern::Models
