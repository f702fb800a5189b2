// SPDX-License-Identifier: GPL-3.0-or-later
// Which blocks BoilerplateEvidence calls furniture and which prose.
#include "blockfeatures.h"
#include "boilerplateevidence.h"
#include "plaintextblocks.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {

QList<SegmentBlock> weighed(const QString &text, TextBlocks hints = {})
{
    if (hints.isEmpty())
        hints = PlainTextBlocks::split(text);
    QList<SegmentBlock> blocks = BlockFeatures::measure(text, hints);
    BoilerplateEvidence::weigh(text, blocks, hints, nullptr);
    return blocks;
}

} // namespace

class BoilerplateEvidenceTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void proseIsFoundInEveryLanguage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("English") << u"Home\nNews\nThe council approved the plan on Monday after a long debate about the cost.\n"
                                    "Work on the first bridge starts in May and should be finished by the end of the year.\n"_s;
        QTest::newRow("Polish") << u"Strona główna\nWiadomości\nRada miasta przyjęła w poniedziałek plan remontu trzech mostów na rzece.\n"
                                   "Prace rozpoczną się w maju i mają potrwać do końca roku, jak podał urząd.\n"_s;
        QTest::newRow("Chinese") << u"首页\n新闻\n市政府周一公布了新的公交线路调整方案，计划在今年夏天之前开通三条线路。\n"
                                    "交通部门负责人表示，新线路将减少乘客换乘的次数，高峰时段的发车间隔也将缩短。\n"_s;
    }

    void proseIsFoundInEveryLanguage()
    {
        QFETCH(QString, text);
        const QList<SegmentBlock> blocks = weighed(text);
        QCOMPARE(blocks.size(), 4);
        QVERIFY(!blocks.at(0).prose);
        QVERIFY(!blocks.at(1).prose);
        QVERIFY2(blocks.at(2).prose, qPrintable(text));
        QVERIFY2(blocks.at(3).prose, qPrintable(text));
    }

    void markupAndLinksAreEvidence()
    {
        const QString text = u"The council approved the plan on Monday after a long debate about the cost.\n"
                             "The council approved the plan on Monday after a long debate about the price.\n"_s;
        TextBlocks hints = PlainTextBlocks::split(text);
        hints[0].semantic = BlockSemantic::Navigation;
        hints[1].linkDensity = 0.9;
        const QList<SegmentBlock> blocks = weighed(text, hints);
        QVERIFY(blocks.at(0).boilerplate >= BlockRules::StrongBoilerplate);
        QVERIFY(!blocks.at(0).prose);
        QVERIFY(blocks.at(1).boilerplate >= BlockRules::StrongBoilerplate);
        QVERIFY(blocks.at(1).evidence.join(u' ').contains(u"links"_s));
    }

    void aLineRepeatedInThePageIsFurniture()
    {
        const QList<SegmentBlock> blocks = weighed(u"Source link\nThe council approved the plan on Monday after a long debate.\nSource link\n"_s);
        QVERIFY(blocks.at(0).boilerplate >= BlockRules::WeakBoilerplate);
        QVERIFY(blocks.at(0).evidence.join(u' ').contains(u"2 times"_s));
        QCOMPARE(blocks.at(1).boilerplate, 0.0);
    }
};

QTEST_GUILESS_MAIN(BoilerplateEvidenceTest)
#include "boilerplateevidence_test.moc"
