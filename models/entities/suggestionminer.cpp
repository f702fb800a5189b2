// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestionminer.h"

#include "entitycategory.h"
#include "namefolding.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

// Spaces inside amounts and periods: ordinary, no-break and narrow no-break.
#define LECTERN_SP u"[ \\x{00A0}\\x{202F}]"

const QRegularExpression &moneyExpression()
{
    static const QRegularExpression expression(
        u"(?:\\b(?:US|A|C|HK|S|NZ))?[$€£¥₩₹]" LECTERN_SP "?\\d[\\d,]*(?:\\.\\d+)?(?:" LECTERN_SP
        "?(?:thousand|million|billion|trillion|bn|mn|m|k)\\b)?"
        "|\\b(?:USD|EUR|GBP|JPY|CNY|RMB)" LECTERN_SP "?\\d[\\d,]*(?:\\.\\d+)?(?:" LECTERN_SP "(?:thousand|million|billion|trillion))?\\b"
        "|\\b\\d[\\d,]*(?:\\.\\d+)?(?:" LECTERN_SP "(?:thousand|million|billion|trillion))?" LECTERN_SP
        "(?:yen|dollars?|euros?|pounds?|yuan|renminbi|won|rupees?|francs?|pesos?|złoty|zloty|USD|EUR|GBP|JPY|CNY|RMB)\\b"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    return expression;
}

const QRegularExpression &periodExpression()
{
#define LECTERN_YEAR u"(?:19|20)\\d\\d"
#define LECTERN_MONTH u"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    static const QRegularExpression expression(
        u"\\b(?:the" LECTERN_SP ")?(?:financial|fiscal)" LECTERN_SP "year" LECTERN_SP "(?:ending|ended|to)" LECTERN_SP
        "(?:" LECTERN_MONTH LECTERN_SP ")?" LECTERN_YEAR "\\b"
        "|\\b(?:the" LECTERN_SP ")?(?:first|second|third|fourth|last)" LECTERN_SP "(?:half|quarter)" LECTERN_SP "of" LECTERN_SP
        "(?:fiscal" LECTERN_SP ")?" LECTERN_YEAR "\\b"
        "|\\b(?:fiscal|financial)(?:" LECTERN_SP "year)?" LECTERN_SP LECTERN_YEAR "(?:(?:" LECTERN_SP "(?:to|through)" LECTERN_SP
        "|" LECTERN_SP "?[-–]" LECTERN_SP "?)(?:" LECTERN_YEAR "|\\d\\d))?\\b"
        "|\\bFY" LECTERN_SP "?(?:19|20)?\\d\\d\\b"
        "|\\b(?:H[12]|Q[1-4])" LECTERN_SP "?(?:FY" LECTERN_SP "?)?" LECTERN_YEAR "\\b"
        "|\\b" LECTERN_MONTH LECTERN_SP LECTERN_YEAR "\\b"_s,
        QRegularExpression::UseUnicodePropertiesOption);
#undef LECTERN_MONTH
#undef LECTERN_YEAR
    return expression;
}

#undef LECTERN_SP

const QSet<QString> &openingWords()
{
    // Words that begin sentences without being part of a name after them.
    static const QSet<QString> words = [] {
        const QStringList list = u"the a an this that these those it its in on at by for from with as after before since when "
                                 "while if but and or so yet then now there here what which who how why where our their his "
                                 "her my your we they he she i also last next first one two more most many some all no not "
                                 "however meanwhile still even only just both each every such other another remember get "
                                 "read see source credit photo image"_s.split(u' ');
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return words;
}

const QSet<QString> &neverNames()
{
    static const QSet<QString> words = [] {
        const QStringList list = u"january february march april may june july august september october november december "
                                 "monday tuesday wednesday thursday friday saturday sunday i mr mrs ms dr "
                                 "ceo cfo coo cto cio ai it pr hr tv pc ok am pm faq pdf url gmt utc gdp ipo esg"_s.split(u' ');
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return words;
}

const QSet<QString> &connectors()
{
    static const QSet<QString> words{u"of"_s, u"de"_s, u"del"_s, u"da"_s, u"von"_s, u"van"_s, u"der"_s, u"du"_s, u"la"_s, u"le"_s};
    return words;
}

const QSet<QString> &personCueWords()
{
    static const QSet<QString> words = [] {
        const QStringList list = u"executive president chairman chairwoman chair director minister analyst founder officer "
                                 "spokesperson spokesman spokeswoman professor mr ms mrs dr said says told according secretary "
                                 "economist manager head governor mayor senator"_s.split(u' ');
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return words;
}

const QSet<QString> &placeCueWords()
{
    static const QSet<QString> words{u"in"_s, u"from"_s, u"to"_s, u"near"_s, u"outside"_s, u"across"_s, u"into"_s,
        u"throughout"_s, u"within"_s, u"around"_s};
    return words;
}

const QSet<QString> &organisationEndings()
{
    static const QSet<QString> words = [] {
        const QStringList list = u"inc corp corporation company co ltd plc group holdings industries energy power motors bank "
                                 "securities research technologies technology systems partners capital airlines university "
                                 "institute agency ministry council association foundation media labs electric cells "
                                 "fund trust commission authority"_s.split(u' ');
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return words;
}

bool isCapitalised(QStringView word)
{
    return !word.isEmpty() && (word.front().isUpper() || word.front().isTitleCase());
}

bool isAcronym(QStringView word)
{
    qsizetype letters = 0;
    for (const QChar c : word) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        } else if (!c.isDigit()) {
            return false;
        }
    }
    return letters >= 2 && letters == word.size() && word.size() <= 6;
}

bool hasDigit(QStringView word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019);
}

struct Word {
    qsizetype start;
    qsizetype end;
    QString text;
    bool possessive = false; ///< "’s" was cut off
};

} // namespace

void SuggestionMiner::Tally::add(const Tally &other)
{
    for (auto it = other.forms.cbegin(); it != other.forms.cend(); ++it)
        forms[it.key()] += it.value();
    inSentence += other.inSentence;
    atSentenceStart += other.atSentenceStart;
    asLabel += other.asLabel;
    possessive += other.possessive;
    personCues += other.personCues;
    placeCues += other.placeCues;
    documents.unite(other.documents);
}

void SuggestionMiner::record(const QString &key, const QString &form, Kind kind, const QString &documentId, bool atSentenceStart,
    bool asLabel, bool possessive, int personCues, int placeCues)
{
    Tally &tally = m_tallies[key];
    tally.kind = kind;
    ++tally.forms[form];
    ++(atSentenceStart ? tally.atSentenceStart : tally.inSentence);
    tally.asLabel += asLabel ? 1 : 0;
    tally.possessive += possessive ? 1 : 0;
    tally.personCues += personCues;
    tally.placeCues += placeCues;
    tally.documents.insert(documentId);
}

void SuggestionMiner::addDocument(const QString &documentId, QStringView text)
{
    // Amounts and periods first; the words inside them are not names.
    QList<QPair<qsizetype, qsizetype>> covered;
    const QString owned = text.toString();
    for (const auto &[expression, kind] : {std::pair{&moneyExpression(), Kind::Money}, std::pair{&periodExpression(), Kind::Period}}) {
        auto it = expression->globalMatch(owned);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            QString form = NameFolding::tidy(match.captured());
            if (form.startsWith(u"the "_s))
                form = form.sliced(4);
            record(NameFolding::key(form), form, kind, documentId, false, false, false, 0, 0);
            covered.append({match.capturedStart(), match.capturedEnd()});
        }
    }
    std::sort(covered.begin(), covered.end());
    auto isCovered = [&](qsizetype position) {
        auto it = std::upper_bound(covered.cbegin(), covered.cend(), QPair<qsizetype, qsizetype>{position, std::numeric_limits<qsizetype>::max()});
        return it != covered.cbegin() && std::prev(it)->second > position;
    };

    // Then the words, in runs of capitalised ones.
    QList<Word> run;
    bool runAtSentenceStart = false;
    QString wordBeforeRun;       // lower-cased word just before the run
    QString wordBeforeThat;      // and the one before it ("in the United States")
    QString previousLowerWord;
    QString previousLowerWord2;
    bool sentenceStart = true;
    qsizetype lastEnd = 0;

    auto flushRun = [&](QStringView gapAfter, const QString &nextWord) {
        // Trailing connectors ("Bank of") are not part of the name.
        while (!run.isEmpty() && connectors().contains(run.last().text))
            run.removeLast();
        if (run.isEmpty())
            return;
        QStringList words;
        for (const Word &word : std::as_const(run))
            words.append(word.text);
        const bool label = gapAfter.startsWith(u':');
        const bool possessive = run.last().possessive;
        const int personCues = (personCueWords().contains(wordBeforeRun) ? 1 : 0)
            + (nextWord == u"said"_s || nextWord == u"says"_s || nextWord == u"told"_s ? 1 : 0);
        const int placeCues = placeCueWords().contains(wordBeforeRun)
                || (wordBeforeRun == u"the"_s && placeCueWords().contains(wordBeforeThat))
            ? 1
            : 0;
        const QString joined = words.join(u' ');
        if (runAtSentenceStart) {
            OpeningRun &opening = m_openingRuns[joined];
            opening.words = words;
            ++opening.tally.forms[joined];
            ++opening.tally.atSentenceStart;
            opening.tally.asLabel += label ? 1 : 0;
            opening.tally.possessive += possessive ? 1 : 0;
            opening.tally.personCues += personCues;
            opening.tally.placeCues += placeCues;
            opening.tally.documents.insert(documentId);
        } else {
            const Kind kind = words.size() == 1 && isAcronym(words.first()) ? Kind::Acronym : Kind::Name;
            record(NameFolding::key(joined), joined, kind, documentId, false, label, possessive, personCues, placeCues);
        }
        run.clear();
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        const QChar c = text[i];
        if (!c.isLetterOrNumber()) {
            ++i;
            continue;
        }
        Word word{i, i, {}, false};
        qsizetype j = i;
        while (j < size) {
            const QChar d = text[j];
            if (d.isLetterOrNumber() || d.isMark()) {
                ++j;
            } else if ((isApostrophe(d) || d == u'-') && j + 1 < size && text[j + 1].isLetter()) {
                j += 2;
            } else {
                break;
            }
        }
        word.end = j;
        QStringView surface = text.sliced(i, j - i);
        if (surface.size() > 2 && isApostrophe(surface[surface.size() - 2]) && (surface.back() == u's' || surface.back() == u'S')) {
            surface.chop(2);
            word.possessive = true;
        }
        word.text = surface.toString();

        const QStringView gap = text.sliced(lastEnd, i - lastEnd);
        const bool singleSpace = gap.size() == 1 && NameFolding::kind(gap.front().unicode()) == NameFolding::Kind::Space;
        // Sentence boundaries: the text's start, a line break, ".!?" then space, an opening quote or bracket.
        for (const QChar g : gap) {
            if (g == u'\n' || g == u'.' || g == u'!' || g == u'?' || g == u'“' || g == u'"' || g == u'‘' || g == u'(' || g == u'['
                || g == u'•' || g == u'#')
                sentenceStart = true;
        }
        if (lastEnd > 0 && !singleSpace)
            flushRun(gap, {});
        lastEnd = j;
        i = j;

        const bool capitalised = isCapitalised(word.text);
        const QString lower = word.text.toLower();
        const bool atStart = sentenceStart;
        sentenceStart = false;
        if (isCovered(word.start) || hasDigit(word.text) || (!capitalised && !(connectors().contains(word.text) && !run.isEmpty()))) {
            if (!run.isEmpty())
                flushRun(gap.isEmpty() ? QStringView() : QStringView(), lower);
            if (!capitalised && !hasDigit(word.text)) {
                m_lowerCaseWords.insert(NameFolding::key(word.text));
                previousLowerWord2 = previousLowerWord;
                previousLowerWord = lower;
            }
            continue;
        }
        if (run.isEmpty()) {
            runAtSentenceStart = atStart;
            wordBeforeRun = previousLowerWord;
            wordBeforeThat = previousLowerWord2;
        }
        if (capitalised || !run.isEmpty())
            run.append(word);
        previousLowerWord2 = previousLowerWord;
        previousLowerWord = lower;
        if (word.possessive)
            flushRun({}, {});
    }
    flushRun(text.sliced(lastEnd), {});
}

void SuggestionMiner::merge(const SuggestionMiner &other)
{
    for (auto it = other.m_tallies.cbegin(); it != other.m_tallies.cend(); ++it) {
        Tally &tally = m_tallies[it.key()];
        tally.kind = it->kind;
        tally.add(*it);
    }
    for (auto it = other.m_openingRuns.cbegin(); it != other.m_openingRuns.cend(); ++it) {
        OpeningRun &run = m_openingRuns[it.key()];
        run.words = it->words;
        run.tally.add(it->tally);
    }
    m_lowerCaseWords.unite(other.m_lowerCaseWords);
}

EntitySuggestions SuggestionMiner::suggestions(const SuggestionDecisions &decisions, const Gazetteer &known) const
{
    QHash<QString, Tally> tallies = m_tallies;
    // A run that opens a sentence: drop a first word that is only there
    // because the sentence starts with it, then count what is left.
    for (const OpeningRun &opening : m_openingRuns) {
        QStringList words = opening.words;
        while (!words.isEmpty() && openingWords().contains(words.first().toLower()))
            words.removeFirst();
        if (words.size() >= 2 && !m_tallies.contains(NameFolding::key(words.first()))
            && m_tallies.contains(NameFolding::key(words.sliced(1).join(u' '))))
            words.removeFirst();
        if (words.isEmpty())
            continue;
        const QString joined = words.join(u' ');
        const QString key = NameFolding::key(joined);
        const bool acronym = words.size() == 1 && isAcronym(joined);
        if (words.size() == 1 && !acronym && !m_tallies.contains(key))
            continue; // one capitalised word that only ever opens sentences
        Tally &tally = tallies[key];
        if (tally.forms.isEmpty())
            tally.kind = acronym ? Kind::Acronym : Kind::Name;
        Tally shifted = opening.tally;
        shifted.forms = {{joined, opening.tally.atSentenceStart}};
        tally.add(shifted);
    }

    EntitySuggestions result;
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        const Tally &tally = *it;
        const QString &key = it.key();
        QString form;
        qsizetype best = -1;
        for (auto f = tally.forms.cbegin(); f != tally.forms.cend(); ++f) {
            if (f.value() > best || (f.value() == best && f.key() < form)) {
                best = f.value();
                form = f.key();
            }
        }
        if (form.isEmpty() || decisions.decision(form) != SuggestionDecisions::Decision::Undecided || known.indexOfName(form) >= 0)
            continue;
        const qsizetype mentions = tally.inSentence + tally.atSentenceStart;
        const bool singleWord = !key.contains(u' ');
        if (singleWord && neverNames().contains(key))
            continue;

        double weight = 1.0;
        QString category = EntityCategory::Organisation;
        switch (tally.kind) {
        case Kind::Money:
            weight = 3.0;
            category = EntityCategory::Money;
            break;
        case Kind::Period:
            weight = 3.0;
            category = EntityCategory::Period;
            break;
        case Kind::Acronym:
            weight = 1.2;
            break;
        case Kind::Name: {
            weight = singleWord ? 1.0 : 1.4;
            const QString lastWord = key.section(u' ', -1);
            if (singleWord
                && (m_lowerCaseWords.contains(key) || m_lowerCaseWords.contains(key + u's') || (key.endsWith(u's') && m_lowerCaseWords.contains(key.chopped(1)))))
                weight *= 0.15; // an ordinary word, capitalised by a heading or a title
            if (!singleWord && organisationEndings().contains(lastWord))
                category = EntityCategory::Organisation;
            else if (tally.personCues > tally.placeCues)
                category = EntityCategory::Person;
            else if (tally.placeCues > 0)
                category = EntityCategory::Place;
            break;
        }
        }
        if (tally.kind == Kind::Name && tally.possessive > 0)
            weight *= 1.5;
        if (tally.asLabel > 0 && tally.asLabel * 2 >= mentions)
            weight *= 0.2; // "Source:", "Credit:": a label, not a name
        const double evidence = double(tally.inSentence) + 0.5 * double(tally.atSentenceStart);
        const double spread = 1.0 + 0.75 * double(tally.documents.size() - 1);
        result.append({form, category, mentions, tally.documents.size(), weight * evidence * spread});
    }
    std::sort(result.begin(), result.end(), [](const EntitySuggestion &a, const EntitySuggestion &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.mentionCount != b.mentionCount)
            return a.mentionCount > b.mentionCount;
        return a.text < b.text;
    });
    return result;
}

} // namespace Lectern::Models
