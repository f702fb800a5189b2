// SPDX-License-Identifier: GPL-3.0-or-later
// What BlockFeatures measures of each block, in any script.
#include "blockfeatures.h"
#include "plaintextblocks.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {

QList<SegmentBlock> measured(const QString &text)
{
    return BlockFeatures::measure(text, PlainTextBlocks::split(text));
}

} // namespace

class BlockFeaturesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentencesEndInEveryScript_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ends");
        QTest::newRow("English") << u"The ferry left at noon."_s << true;
        QTest::newRow("quoted") << u"She said \u201cwe will be back.\u201d"_s << true;
        QTest::newRow("Chinese") << u"新的线路将在夏天开通。"_s << true;
        QTest::newRow("Chinese question") << u"市民会满意吗？"_s << true;
        QTest::newRow("Japanese closing bracket") << u"「また来ます。」"_s << true;
        QTest::newRow("Greek question mark") << u"Πότε φεύγει το πλοίο;"_s << true;
        QTest::newRow("Russian") << u"Работы начнутся в мае!"_s << true;
        QTest::newRow("menu") << u"Home | News | Sport"_s << false;
        QTest::newRow("headline") << u"Council approves the bridge plan"_s << false;
    }

    void sentencesEndInEveryScript()
    {
        QFETCH(QString, text);
        QFETCH(bool, ends);
        QCOMPARE(BlockFeatures::endsLikeSentence(text), ends);
    }

    void webAddressesAndFileNamesAreNotWords()
    {
        const QList<SegmentBlock> blocks = measured(
            u"IFRAME: http://www.example.org/plugins/like.php?href=story&layout=button_count&width=90\n[header_logo_2.png] Weather\n"_s);
        QCOMPARE(blocks.size(), 2);
        QCOMPARE(blocks.at(0).words, 1); // "IFRAME"
        QCOMPARE(blocks.at(1).words, 1); // "Weather"
    }

    void chineseSentencesHaveWordsAndStems()
    {
        const QList<SegmentBlock> blocks = measured(u"交通部门负责人表示，新线路将减少乘客换乘的次数，高峰时段的发车间隔也将缩短到五分钟。\n"_s);
        QCOMPARE(blocks.size(), 1);
        QVERIFY2(blocks.at(0).words >= 15, qPrintable(QString::number(blocks.at(0).words)));
        QVERIFY(blocks.at(0).terminal);
        QVERIFY(blocks.at(0).stems.size() >= 5); // two-character words count for cohesion
    }

    void functionWordsAreLearnedFromTheDocument()
    {
        // No list of Russian words anywhere: the short words its sentences
        // keep using are found in the document itself.
        const QString text = u"Главная Новости Спорт Погода Курсы Афиша Работа Авто\n"
                             "Совет в понедельник утвердил план ремонта мостов, и работы начнутся в мае на правом берегу.\n"
                             "По словам главы комиссии, на ремонт выделено двести миллионов, и часть денег даст область.\n"
                             "Жители просили начать с моста у рынка, и совет согласился с этим порядком в итоге.\n"
                             "Подрядчика выберут на конкурсе в апреле, а ход работ покажут на сайте и в газете.\n"
                             "Мост у рынка закроют на два месяца, и автобусы пойдут в объезд по набережной.\n"
                             "В мэрии обещают, что к зиме движение на всех трёх мостах будет открыто и в ночные часы.\n"_s;
        QList<SegmentBlock> blocks = measured(text);
        BlockFeatures::learnFunctionWords(text, blocks);
        QCOMPARE(blocks.size(), 7);
        QCOMPARE(blocks.at(0).functionWords, 0); // a menu
        for (int i = 1; i < 7; ++i)
            QVERIFY2(double(blocks.at(i).functionWords) / blocks.at(i).words >= 0.1, qPrintable(QString::number(i)));
        QCOMPARE(blocks.at(1).stopWords, 0); // the English list knows none of them
        // Two sentences are too few to learn from: the share is unknown.
        const QString fewText = text.section(u'\n', 0, 2) + u'\n';
        QList<SegmentBlock> few = measured(fewText);
        BlockFeatures::learnFunctionWords(fewText, few);
        QCOMPARE(few.at(1).functionWords, -1);
    }

    void repeatsInThePageAreCounted()
    {
        const QList<SegmentBlock> blocks = measured(u"Share this story\nThe ferry left at noon with two hundred people on board.\nShare  this  story\n"_s);
        QCOMPARE(blocks.at(0).repeatsInPage, 2);
        QCOMPARE(blocks.at(1).repeatsInPage, 1);
        QCOMPARE(blocks.at(0).hash, blocks.at(2).hash);
    }
};

QTEST_GUILESS_MAIN(BlockFeaturesTest)
#include "blockfeatures_test.moc"
