// SPDX-License-Identifier: GPL-3.0-or-later
// What the CLI prints (code points, duplicate links, clusters) and how the
// user's relabels win over computed kinds.
#include "bundlesegmenter.h"
#include "memoryrelabelstore.h"
#include "plaintextblocks.h"
#include "segmentationjson.h"
#include "segmenter.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {

// A headline with an emoji (a surrogate pair) before a short article.
const QString Story = u"Ferry 🚢 crews vote on the new harbour rota\n\n"
                      "The crews of the harbour ferries voted on Monday to accept a new rota that spreads the early crossings more evenly.\n"
                      "Under the old rota the same four crews took every crossing before seven, and two of them had asked to move to other routes.\n"
                      "The ferry company said the new rota would start next month and be reviewed with the crews after the summer timetable.\n"
                      "Subscribe to our newsletter"_s;

} // namespace

class SegmentationJsonTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offsetsAreCodePoints()
    {
        const DocumentSegmentation result = Segmenter::segment(u"s"_s, Story, PlainTextBlocks::split(Story));
        const QJsonObject json = SegmentationJson::document(result, Story);
        QCOMPARE(json.value(u"id"_s).toString(), u"s"_s);
        const QJsonArray segments = json.value(u"segments"_s).toArray();
        QCOMPARE(segments.size(), result.segments.size());
        const QJsonObject title = segments.at(0).toObject();
        QCOMPARE(title.value(u"kind"_s).toString(), u"title"_s);
        QCOMPARE(title.value(u"article"_s).toInt(), 0);
        QCOMPARE(title.value(u"end"_s).toInteger(), Story.indexOf(u'\n') - 1); // the ship counts once
        QCOMPARE(segments.at(1).toObject().value(u"kind"_s).toString(), u"blank"_s);
        QCOMPARE(segments.last().toObject().value(u"end"_s).toInteger(), Story.size() - 1);
        QCOMPARE(segments.last().toObject().value(u"kind"_s).toString(), u"boilerplate"_s);
        QCOMPARE(segments.last().toObject().value(u"article"_s).toInt(), -1);
        QVERIFY(!segments.last().toObject().value(u"reason"_s).toString().isEmpty());
        const QJsonArray withoutBlank = SegmentationJson::document(result, Story, false).value(u"segments"_s).toArray();
        QCOMPARE(withoutBlank.size(), 5);
    }

    void duplicatesAndClusters()
    {
        const QString copy = u"Ferry crews agree a new rota\n"_s + Story.section(u'\n', 2, 4) + u'\n';
        const BundleSegmentation result = BundleSegmenter::run({{u"a"_s, Story, {}}, {u"b"_s, copy, {}}});
        const QJsonObject clusters = SegmentationJson::clusters(result.profile);
        const QJsonArray documents = clusters.value(u"documents"_s).toArray();
        QCOMPARE(documents.size(), 1);
        QCOMPARE(documents.at(0).toObject().value(u"canonical"_s).toString(), u"a"_s); // equal length: smaller id
        QCOMPARE(documents.at(0).toObject().value(u"members"_s).toArray().size(), 2);
        const QJsonArray passages = clusters.value(u"passages"_s).toArray();
        QCOMPARE(passages.size(), 3);
        const QJsonObject passage = passages.at(0).toObject();
        QCOMPARE(passage.value(u"canonical"_s).toObject().value(u"document"_s).toString(), u"a"_s);
        QCOMPARE(passage.value(u"canonical"_s).toObject().value(u"start"_s).toInteger(), Story.indexOf(u"The crews") - 1);

        const QJsonObject b = SegmentationJson::document(result.documents.at(1), copy, false);
        QCOMPARE(b.value(u"duplicateOf"_s).toObject().value(u"document"_s).toString(), u"a"_s);
        const QJsonObject link = b.value(u"segments"_s).toArray().at(1).toObject().value(u"duplicate"_s).toObject();
        QCOMPARE(link.value(u"document"_s).toString(), u"a"_s);
        QCOMPARE(link.value(u"start"_s).toInteger(), Story.indexOf(u"The crews") - 1);
        QCOMPARE(link.value(u"similarity"_s).toDouble(), 1.0);
        QVERIFY(result.documents.at(1).uniqueSegments().size() == 1); // only its own headline is new
    }

    void relabelsWin()
    {
        DocumentSegmentation result = Segmenter::segment(u"s"_s, Story, PlainTextBlocks::split(Story));
        const qsizetype promo = Story.lastIndexOf(u'\n') + 1;
        const qsizetype second = Story.indexOf(u"Under"_s);
        MemoryRelabelStore store;
        store.setOverride({u"s"_s, promo, SegmentKind::Body});
        store.setOverride({u"s"_s, second, SegmentKind::Heading});
        store.setOverride({u"s"_s, second, SegmentKind::Boilerplate}); // replaces the previous one
        store.setOverride({u"other"_s, 0, SegmentKind::Boilerplate});
        QCOMPARE(store.overrides(u"s"_s).size(), 2);
        QCOMPARE(result.applyOverrides(store.overrides(u"s"_s)), 2);
        const Segment &promoSegment = result.segments.at(result.segmentAt(promo));
        QCOMPARE(promoSegment.kind, SegmentKind::Body);
        QCOMPARE(promoSegment.article, 0);
        QVERIFY(promoSegment.overridden);
        const Segment &secondSegment = result.segments.at(result.segmentAt(second));
        QCOMPARE(secondSegment.kind, SegmentKind::Boilerplate);
        QCOMPARE(secondSegment.article, -1);
        QVERIFY(result.mainArticleText(Story).endsWith(u"Subscribe to our newsletter\n"_s));
        QVERIFY(!result.mainArticleText(Story).contains(u"Under the old rota"_s));
        QVERIFY(SegmentationJson::document(result, Story).value(u"segments"_s).toArray().last().toObject().value(u"overridden"_s).toBool());

        QVERIFY(store.removeOverride(u"s"_s, promo));
        QVERIFY(!store.removeOverride(u"s"_s, promo));
        QCOMPARE(store.overrides(u"s"_s).size(), 1);
    }

    void kindNamesRoundTrip()
    {
        for (const SegmentKind kind : {SegmentKind::Blank, SegmentKind::Title, SegmentKind::Heading, SegmentKind::Body,
                                       SegmentKind::Caption, SegmentKind::Boilerplate, SegmentKind::Trailer}) {
            bool ok = false;
            QCOMPARE(kindFromName(kindName(kind), &ok), kind);
            QVERIFY(ok);
        }
        bool ok = true;
        QCOMPARE(kindFromName(u"sidebar", &ok), SegmentKind::Body);
        QVERIFY(!ok);
    }
};

QTEST_GUILESS_MAIN(SegmentationJsonTest)
#include "segmentationjson_test.moc"
