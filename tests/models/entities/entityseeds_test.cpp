// SPDX-License-Identifier: GPL-3.0-or-later
// Integration: on the reference seeds (../shared/seeds), every entity
// EXPECTED.md lists is suggested, ranked before anything that is not a name;
// once accepted, each is found in the documents that name it.
#include "entityindex.h"
#include "entitymatcher.h"
#include "gazetteeredits.h"
#include "namefolding.h"
#include "suggestionminer.h"

#include "documentreader.h"
#include "indexreader.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {

// EXPECTED.md, "Entities a reader would highlight".
const QList<QPair<QString, QString>> &expectedEntities()
{
    static const QList<QPair<QString, QString>> list{
        {u"Panasonic"_s, u"organisation"_s}, {u"Panasonic Energy"_s, u"organisation"_s}, {u"CATL"_s, u"organisation"_s},
        {u"Tesla"_s, u"organisation"_s}, {u"Nvidia"_s, u"organisation"_s}, {u"Google"_s, u"organisation"_s},
        {u"Apple"_s, u"organisation"_s}, {u"Kazuo Tadanobu"_s, u"person"_s}, {u"Kansas"_s, u"place"_s},
        {u"United States"_s, u"place"_s}, {u"Mexico"_s, u"place"_s}, {u"Denmark"_s, u"place"_s}, {u"China"_s, u"place"_s},
        {u"350 billion yen"_s, u"money"_s}, {u"$2.18 billion"_s, u"money"_s}, {u"500 billion yen"_s, u"money"_s},
        {u"150 billion yen"_s, u"money"_s}, {u"950 billion yen"_s, u"money"_s}, {u"1 trillion yen"_s, u"money"_s},
        {u"fiscal 2028"_s, u"period"_s}, {u"fiscal 2026 to 2028"_s, u"period"_s}, {u"March 2029"_s, u"period"_s}};
    return list;
}

// Real names in the seeds that EXPECTED.md does not list (products of the
// unrelated article, nationalities, a segment, the outlet): not noise, so
// they may rank anywhere. Everything else a miner proposes counts as noise.
const QStringList &otherRealNames()
{
    static const QStringList list{u"AI"_s, u"US"_s, u"CEO"_s, u"TNW"_s, u"Japanese"_s, u"Chinese"_s, u"American"_s,
        u"North American"_s, u"Industry"_s, u"Energy"_s, u"Google Photos"_s, u"Google Play Books"_s, u"Fake Call Detection"_s,
        u"Personal Safety"_s, u"Quick Share"_s, u"AirDrop"_s, u"Pixel"_s, u"Galaxy"_s, u"Find"_s, u"Vivo"_s,
        u"Android"_s, u"Phone"_s, u"Z Flip"_s, u"Z Fold"_s, u"Z TriFold"_s, u"Ultra"_s, u"OPPO Find"_s, u"HONOR Magic"_s,
        u"OnePlus"_s, u"Safety Check"_s};
    return list;
}

// A suggestion stands for an expected entity when it is that text, or, for a
// period, a longer phrase ending with it ("financial year ending March 2029").
bool standsFor(const EntitySuggestion &suggestion, const QString &expected, const QString &category)
{
    const QString key = NameFolding::key(suggestion.text);
    const QString wanted = NameFolding::key(expected);
    return key == wanted || (category == u"period"_s && suggestion.category == category && key.endsWith(u' ' + wanted));
}

} // namespace

class EntitySeedsTest final : public QObject
{
    Q_OBJECT

private:
    QList<QPair<QString, QString>> m_texts; // document id, text

private Q_SLOTS:
    void initTestCase()
    {
        if (!QDir(QStringLiteral(LECTERN_SHARED_DIR) + u"/seeds"_s).exists())
            QSKIP("../shared/seeds is not beside the checkout; the seed integration test needs it");
        LoadOptions options;
        options.allowOutsideRoot = true;
        const Bundle bundle = IndexReader::read(QStringLiteral(LECTERN_TEST_DATA) + u"/seeds/bundle.json"_s, options);
        QCOMPARE(bundle.documents.size(), 2);
        for (const DocumentEntry &entry : bundle.documents)
            m_texts.append({entry.id, DocumentReader::read(entry, bundle.rootDir, options).text});
    }

    void expectedEntitiesAreSuggestedBeforeNoise()
    {
        SuggestionMiner miner;
        for (const auto &[id, text] : std::as_const(m_texts))
            miner.addDocument(id, text);
        const EntitySuggestions suggestions = miner.suggestions();

        if (qEnvironmentVariableIsSet("LECTERN_SHOW_SUGGESTIONS")) {
            for (const EntitySuggestion &s : suggestions)
                qInfo("%6.2f %-12s %3lld %lld %s", s.score, qPrintable(s.category), qlonglong(s.mentionCount), qlonglong(s.documentCount), qPrintable(s.text));
        }
        qsizetype lastExpectedRank = -1;
        for (const auto &[expected, category] : expectedEntities()) {
            const auto it = std::find_if(suggestions.cbegin(), suggestions.cend(),
                [&](const EntitySuggestion &s) { return standsFor(s, expected, category); });
            QVERIFY2(it != suggestions.cend(), qPrintable(u"not suggested: "_s + expected));
            if (category == u"money"_s || category == u"period"_s) // names get a proposal the user may change
                QCOMPARE(it->category, category);
            lastExpectedRank = std::max(lastExpectedRank, qsizetype(it - suggestions.cbegin()));
        }
        for (qsizetype rank = 0; rank <= lastExpectedRank; ++rank) {
            const EntitySuggestion &s = suggestions.at(rank);
            const bool expected = std::any_of(expectedEntities().cbegin(), expectedEntities().cend(),
                [&](const auto &e) { return standsFor(s, e.first, e.second); });
            QVERIFY2(expected || otherRealNames().contains(s.text),
                qPrintable(u"noise ranked %1, before an expected entity: \"%2\""_s.arg(rank + 1).arg(s.text)));
        }
        QVERIFY2(suggestions.size() > lastExpectedRank + 1, "the miner should also propose noise, ranked after");
    }

    void rejectedSuggestionsStayRejected()
    {
        SuggestionMiner miner;
        for (const auto &[id, text] : std::as_const(m_texts))
            miner.addDocument(id, text);
        SuggestionDecisions decisions;
        decisions.reject(u"panasonic"_s);
        const EntitySuggestions suggestions = miner.suggestions(decisions);
        QVERIFY(std::none_of(suggestions.cbegin(), suggestions.cend(), [](const auto &s) { return s.text == u"Panasonic"_s; }));
        QVERIFY(std::any_of(suggestions.cbegin(), suggestions.cend(), [](const auto &s) { return s.text == u"Panasonic Energy"_s; }));
    }

    void acceptedEntitiesAreFoundInBothCopies()
    {
        Gazetteer gazetteer;
        for (const auto &[name, category] : expectedEntities())
            QVERIFY(GazetteerEdits::add(gazetteer, Entity{name, category, {}, Qt::CaseSensitive}));
        const EntityMatcher matcher(gazetteer);
        EntityIndex index(gazetteer.size());
        for (const auto &[id, text] : std::as_const(m_texts))
            index.merge(EntityIndex::indexDocument(matcher, gazetteer.size(), id, text));
        for (qsizetype i = 0; i < gazetteer.size(); ++i) {
            const QString name = gazetteer.at(i).name;
            QVERIFY2(index.entity(i).mentionCount > 0, qPrintable(name));
            if (name != u"Apple"_s && name != u"Google"_s) // the second article is in one copy only
                QVERIFY2(index.entity(i).documents.size() == 2, qPrintable(name));
        }
        // The no-break spaces of one copy do not hide its amounts.
        const qsizetype yen350 = gazetteer.indexOf(u"350 billion yen"_s);
        QCOMPARE(index.entity(yen350).documents.size(), 2);
        // Kansas and Panasonic share paragraphs in both copies.
        QVERIFY(index.cooccurrences(gazetteer.indexOf(u"Kansas"_s), gazetteer.indexOf(u"Panasonic"_s)) >= 4);
    }
};

QTEST_GUILESS_MAIN(EntitySeedsTest)
#include "entityseeds_test.moc"
