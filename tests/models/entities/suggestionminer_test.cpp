// SPDX-License-Identifier: GPL-3.0-or-later
// SuggestionMiner on invented news: names, acronyms, money, periods, ranking, decisions.
#include "gazetteeredits.h"
#include "suggestionminer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {

const QString storyA = u"Grid batteries for Ohio\n\n"
                       "Tsurugawa Industries will spend ¥420 billion over fiscal 2025 to 2027, its president Mitsuko Arase said.\n\n"
                       "The plant in Toledo opens in the financial year ending March 2028. Analysts at HKX expect $1.82 billion "
                       "in orders, and Tsurugawa Industries says €640 million more may follow.\n\n"
                       "Source: Gridwatch\n"_s;
const QString storyB = u"Storage demand keeps growing. Tsurugawa Industries, based in Osaka, sells cells to utilities.\n"
                       "Mitsuko Arase told reporters the HKX estimate was cautious. Production starts in Toledo in fiscal 2027 "
                       "and 280 billion yen goes to the unit.\nStorage prices fell.\n"_s;

EntitySuggestions mine(const SuggestionDecisions &decisions = {}, const Gazetteer &known = {})
{
    SuggestionMiner first;
    first.addDocument(u"a"_s, storyA);
    SuggestionMiner second;
    second.addDocument(u"b"_s, storyB);
    first.merge(second);
    return first.suggestions(decisions, known);
}

const EntitySuggestion *find(const EntitySuggestions &suggestions, const QString &text)
{
    for (const EntitySuggestion &s : suggestions) {
        if (s.text == text)
            return &s;
    }
    return nullptr;
}

} // namespace

class SuggestionMinerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void proposes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("category");
        QTest::addColumn<int>("mentions");
        QTest::addColumn<int>("documents");
        QTest::newRow("organisation in both") << u"Tsurugawa Industries"_s << u"organisation"_s << 3 << 2;
        QTest::newRow("person") << u"Mitsuko Arase"_s << u"person"_s << 2 << 2;
        QTest::newRow("place") << u"Toledo"_s << u"place"_s << 2 << 2;
        QTest::newRow("acronym") << u"HKX"_s << u"organisation"_s << 2 << 2;
        QTest::newRow("yen sign") << u"¥420 billion"_s << u"money"_s << 1 << 1;
        QTest::newRow("dollars") << u"$1.82 billion"_s << u"money"_s << 1 << 1;
        QTest::newRow("euros") << u"€640 million"_s << u"money"_s << 1 << 1;
        QTest::newRow("yen word") << u"280 billion yen"_s << u"money"_s << 1 << 1;
        QTest::newRow("fiscal range") << u"fiscal 2025 to 2027"_s << u"period"_s << 1 << 1;
        QTest::newRow("fiscal year") << u"fiscal 2027"_s << u"period"_s << 1 << 1;
        QTest::newRow("year ending") << u"financial year ending March 2028"_s << u"period"_s << 1 << 1;
    }

    void proposes()
    {
        QFETCH(QString, text);
        QFETCH(QString, category);
        QFETCH(int, mentions);
        QFETCH(int, documents);
        const EntitySuggestions suggestions = mine();
        const EntitySuggestion *found = find(suggestions, text);
        QVERIFY2(found, qPrintable(text));
        QCOMPARE(found->category, category);
        QCOMPARE(found->mentionCount, mentions);
        QCOMPARE(found->documentCount, documents);
    }

    void leavesOutWhatIsNotAName()
    {
        const EntitySuggestions suggestions = mine();
        for (const QString &noise : {u"Storage"_s, u"Grid"_s, u"The"_s, u"Analysts"_s, u"Production"_s, u"March"_s, u"fiscal 2025"_s})
            QVERIFY2(!find(suggestions, noise), qPrintable(noise));
        // "Source:" is a label and ranks below every real name.
        const auto source = std::find_if(suggestions.cbegin(), suggestions.cend(), [](const auto &s) { return s.text == u"Source"_s; });
        const auto osaka = std::find_if(suggestions.cbegin(), suggestions.cend(), [](const auto &s) { return s.text == u"Osaka"_s; });
        QVERIFY(osaka != suggestions.cend());
        QVERIFY(source == suggestions.cend() || source > osaka);
    }

    void recurringNamesRankFirst()
    {
        const EntitySuggestions suggestions = mine();
        QVERIFY(suggestions.indexOf(*find(suggestions, u"Tsurugawa Industries"_s)) < suggestions.indexOf(*find(suggestions, u"Osaka"_s)));
        QVERIFY(suggestions.indexOf(*find(suggestions, u"Toledo"_s)) < suggestions.indexOf(*find(suggestions, u"Osaka"_s)));
    }

    void decisionsAndKnownNamesAreSkipped()
    {
        SuggestionDecisions decisions;
        decisions.reject(u"TOLEDO"_s);
        decisions.accept(u"HKX"_s, u"organisation"_s);
        Gazetteer known;
        QVERIFY(GazetteerEdits::add(known, {u"Osaka"_s, u"place"_s, {}, Qt::CaseInsensitive}));
        const EntitySuggestions suggestions = mine(decisions, known);
        QVERIFY(!find(suggestions, u"Toledo"_s));
        QVERIFY(!find(suggestions, u"HKX"_s));
        QVERIFY(!find(suggestions, u"Osaka"_s));
        QVERIFY(find(suggestions, u"Mitsuko Arase"_s));

        QCOMPARE(decisions.acceptedCategory(u"hkx"_s), u"organisation"_s);
        QCOMPARE(SuggestionDecisions::fromJson(decisions.toJson()), decisions);
        decisions.forget(u"Toledo"_s);
        QCOMPARE(decisions.decision(u"Toledo"_s), SuggestionDecisions::Decision::Undecided);
    }
};

QTEST_GUILESS_MAIN(SuggestionMinerTest)
#include "suggestionminer_test.moc"
