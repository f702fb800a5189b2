// SPDX-License-Identifier: GPL-3.0-or-later
// EntityJson: the shape lectern-cli entities --json prints.
#include "entityjson.h"
#include "gazetteerreader.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

class EntityJsonTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsEntitiesMentionsInCodePointsAndSuggestions()
    {
        const Gazetteer gazetteer = GazetteerReader::parse("Wrocław\tplace\tany\tBreslau\nHKX\torganisation\texact\n", u"g"_s, nullptr);
        const EntityMatcher matcher(gazetteer);
        EntityIndex index(gazetteer.size());
        index.merge(EntityIndex::indexDocument(matcher, gazetteer.size(), u"d1"_s, u"\U0001F50B HKX builds in Wrocław."_s));
        index.merge(EntityIndex::indexDocument(matcher, gazetteer.size(), u"d2"_s, u"Breslau, or wrocław."_s));
        const EntitySuggestions suggestions{{u"Lower Silesia"_s, u"place"_s, 2, 1, 2.5}};

        const QJsonObject report = EntityJson::report(gazetteer, index, &suggestions);
        QCOMPARE(report.value(u"documents"_s).toArray(), (QJsonArray{u"d1"_s, u"d2"_s}));
        const QJsonObject wroclaw = report.value(u"entities"_s).toArray().at(0).toObject();
        QCOMPARE(wroclaw.value(u"name"_s).toString(), u"Wrocław"_s);
        QCOMPARE(wroclaw.value(u"category"_s).toString(), u"place"_s);
        QCOMPARE(wroclaw.value(u"aliases"_s).toArray(), QJsonArray{u"Breslau"_s});
        QCOMPARE(wroclaw.value(u"caseSensitive"_s).toBool(), false);
        QCOMPARE(wroclaw.value(u"mentionCount"_s).toInt(), 3);
        QCOMPARE(wroclaw.value(u"documentCount"_s).toInt(), 2);
        const QJsonObject first = wroclaw.value(u"mentions"_s).toArray().at(0).toObject();
        QCOMPARE(first, (QJsonObject{{u"document"_s, u"d1"_s}, {u"start"_s, 16}, {u"end"_s, 23}})); // code points, not UTF-16
        const QJsonObject hkx = report.value(u"entities"_s).toArray().at(1).toObject();
        QCOMPARE(hkx.value(u"mentions"_s).toArray().at(0).toObject().value(u"start"_s).toInt(), 2);
        QCOMPARE(report.value(u"cooccurrences"_s).toArray().at(0).toObject(),
            (QJsonObject{{u"entities"_s, QJsonArray{u"Wrocław"_s, u"HKX"_s}}, {u"paragraphs"_s, 1}}));
        const QJsonObject suggestion = report.value(u"suggestions"_s).toArray().at(0).toObject();
        QCOMPARE(suggestion.value(u"rank"_s).toInt(), 1);
        QCOMPARE(suggestion.value(u"text"_s).toString(), u"Lower Silesia"_s);
        QCOMPARE(suggestion.value(u"category"_s).toString(), u"place"_s);
        QCOMPARE(suggestion.value(u"mentionCount"_s).toInt(), 2);
        QCOMPARE(suggestion.value(u"documentCount"_s).toInt(), 1);
        QVERIFY(!EntityJson::report(gazetteer, index).contains(u"suggestions"_s));
    }
};

QTEST_GUILESS_MAIN(EntityJsonTest)
#include "entityjson_test.moc"
