// SPDX-License-Identifier: GPL-3.0-or-later
// The bundle's entity decisions over its gazetteers: what the reader highlights.
#include "entityoverlay.h"

#include <QTest>

using namespace Lectern::Models;
using namespace Qt::StringLiterals;

namespace {

EntityDecision decision(const QString &text, const QString &category, bool accepted, int minute)
{
    return {text, category, accepted, u"me"_s, QDateTime(QDate(2026, 11, 22), QTime(10, minute), QTimeZone::UTC)};
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
};

QTEST_GUILESS_MAIN(EntityOverlayTest)
#include "entityoverlay_test.moc"
