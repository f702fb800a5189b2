// SPDX-License-Identifier: GPL-3.0-or-later
// The bundle's entity decisions over its gazetteers: what the reader highlights.
#include "entityoverlay.h"

#include <QTest>

using namespace Lectern::Models;
using namespace Qt::StringLiterals;

namespace {

EntityDecision decision(const QString &text, const QString &category, bool accepted, int minute)
{
    EntityDecision d = EntityDecision::decide(text, category, accepted);
    d.author = u"me"_s;
    d.modified = QDateTime(QDate(2026, 11, 22), QTime(10, minute), QTimeZone::UTC);
    return d;
}

EntityDecision renaming(const QString &from, const QString &to, bool keepOld, int minute)
{
    EntityDecision d = decision(from, {}, keepOld, minute);
    d.action = EntityDecision::Action::Rename;
    d.target = to;
    return d;
}

EntityDecision merging(const QString &absorbed, const QString &into, int minute)
{
    EntityDecision d = decision(absorbed, {}, true, minute);
    d.action = EntityDecision::Action::Merge;
    d.target = into;
    return d;
}

Gazetteer base()
{
    Gazetteer gazetteer;
    gazetteer.append(Entity{u"CATL"_s, u"organisation"_s, {u"Contemporary Amperex"_s}, Qt::CaseSensitive});
    gazetteer.append(Entity{u"Kansas"_s, u"place"_s, {}, Qt::CaseInsensitive});
    return gazetteer;
}

} // namespace

class EntityOverlayTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptedTextBecomesAnEntity()
    {
        SuggestionDecisions suggestions;
        const Gazetteer g = EntityOverlay::apply(base(), {decision(u"Panasonic Energy"_s, u"organisation"_s, true, 1)}, &suggestions);
        QCOMPARE(g.size(), 3);
        const qsizetype index = g.indexOf(u"Panasonic Energy");
        QVERIFY(index >= 0);
        QCOMPARE(g.at(index).category, u"organisation"_s);
        QCOMPARE(suggestions.acceptedCategory(u"panasonic energy"), u"organisation"_s);
    }

    void acceptingAnExistingNameChangesItsCategory()
    {
        const Gazetteer g = EntityOverlay::apply(base(), {decision(u"kansas"_s, u"organisation"_s, true, 1)});
        QCOMPARE(g.size(), 2);
        QCOMPARE(g.at(g.indexOf(u"Kansas")).category, u"organisation"_s);
    }

    void rejectionDeletesAnEntityOrHidesASuggestion()
    {
        SuggestionDecisions suggestions;
        const Gazetteer g = EntityOverlay::apply(
            base(), {decision(u"Contemporary Amperex"_s, {}, false, 1), decision(u"Arkansas"_s, {}, false, 2)}, &suggestions);
        QCOMPARE(g.size(), 1); // CATL removed through its alias
        QCOMPARE(g.indexOfName(u"CATL"), -1);
        QVERIFY(suggestions.isRejected(u"Arkansas"));
    }

    void laterDecisionsWin()
    {
        // Accepted, then deleted, then accepted again as a place: the order of
        // the decisions decides, whatever order the store lists them in.
        const QList<EntityDecision> decisions{decision(u"Toledo"_s, u"place"_s, true, 3),
                                              decision(u"Toledo"_s, u"organisation"_s, true, 1),
                                              decision(u"Toledo"_s, {}, false, 2)};
        const Gazetteer g = EntityOverlay::apply(base(), decisions);
        QCOMPARE(g.at(g.indexOf(u"Toledo")).category, u"place"_s);
        const Gazetteer without = EntityOverlay::apply(base(), decisions.mid(1));
        QCOMPARE(without.indexOf(u"Toledo"), -1);
    }

    void renameGivesANewCanonicalName()
    {
        // Kept as an alias, the old name still finds its mentions; dropped, it no longer does.
        const Gazetteer kept = EntityOverlay::apply(base(), {renaming(u"CATL"_s, u"CATL Group"_s, true, 1)});
        QCOMPARE(kept.size(), 2);
        const qsizetype index = kept.indexOf(u"CATL Group");
        QVERIFY(index >= 0);
        QVERIFY(kept.at(index).aliases.contains(u"CATL"_s));
        QCOMPARE(kept.indexOfName(u"CATL"), index);
        QCOMPARE(kept.at(index).category, u"organisation"_s);

        const Gazetteer dropped = EntityOverlay::apply(base(), {renaming(u"CATL"_s, u"CATL Group"_s, false, 1)});
        QVERIFY(dropped.indexOf(u"CATL Group") >= 0);
        QCOMPARE(dropped.indexOfName(u"CATL"), -1);
    }

    void renameOntoAnotherEntitysNameIsPassedOver()
    {
        const Gazetteer g = EntityOverlay::apply(base(), {renaming(u"CATL"_s, u"Kansas"_s, false, 1)});
        QCOMPARE(g.size(), 2);
        QCOMPARE(g.at(g.indexOf(u"CATL")).category, u"organisation"_s);
        QCOMPARE(g.at(g.indexOf(u"Kansas")).category, u"place"_s);
    }

    void mergeMakesOneEntityWithBothNames()
    {
        Gazetteer two = base();
        two.append(Entity{u"Contemporary Amperex Technology"_s, u"organisation"_s, {u"CATL Ltd"_s}, Qt::CaseSensitive});
        const Gazetteer g = EntityOverlay::apply(two, {merging(u"Contemporary Amperex Technology"_s, u"CATL"_s, 1)});
        QCOMPARE(g.size(), 2);
        const qsizetype index = g.indexOf(u"CATL");
        QCOMPARE(g.indexOfName(u"Contemporary Amperex Technology"), index);
        QCOMPARE(g.indexOfName(u"CATL Ltd"), index);
        QCOMPARE(g.indexOf(u"Contemporary Amperex Technology"), -1); // no longer a canonical name
        // Undone (the decision forgotten), both entities are back.
        QCOMPARE(EntityOverlay::apply(two, {}).size(), 3);
    }

    void renameThenCategoryFollowTheirOrder()
    {
        const Gazetteer g = EntityOverlay::apply(
            base(), {decision(u"Kansas City"_s, u"organisation"_s, true, 2), renaming(u"Kansas"_s, u"Kansas City"_s, true, 1)});
        QCOMPARE(g.size(), 2);
        QCOMPARE(g.at(g.indexOf(u"Kansas City")).category, u"organisation"_s);
    }
};

QTEST_GUILESS_MAIN(EntityOverlayTest)
#include "entityoverlay_test.moc"
