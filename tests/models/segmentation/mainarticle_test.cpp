// SPDX-License-Identifier: GPL-3.0-or-later
// Which passage MainArticle makes the main article, and what it takes in.
#include "articleboundaries.h"
#include "blockfeatures.h"
#include "boilerplateevidence.h"
#include "mainarticle.h"
#include "plaintextblocks.h"
#include "segmentationexpectations.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;
using namespace Lectern::Tests;

namespace {

struct Decided {
    QList<SegmentBlock> blocks;
    QList<ArticleCandidate> candidates;
    int main = -1;

    [[nodiscard]] int articleOfBlock(int block) const
    {
        const int c = blocks.at(block).candidate;
        return c < 0 ? -1 : candidates.at(c).article;
    }
};

Decided decide(const QString &text, const QString &title = {})
{
    const TextBlocks hints = PlainTextBlocks::split(text);
    Decided d;
    d.blocks = BlockFeatures::measure(text, hints);
    const int gap = BoilerplateEvidence::weigh(text, d.blocks, hints, nullptr);
    ArticleBoundaries::Result found = ArticleBoundaries::find(d.blocks);
    d.candidates = std::move(found.candidates);
    QList<quint64> titleStems;
    if (!title.isEmpty())
        titleStems = BlockFeatures::measure(title, TextBlocks{TextBlock{0, title.size()}}).constFirst().stems;
    d.main = MainArticle::assign(d.blocks, d.candidates, found.parts, gap, titleStems);
    return d;
}

// A thread of readers' comments on another subject, longer than the story.
const QString &comments()
{
    static const QString text = u"I have lived on the east side for twenty years and the parking fees have doubled since the new garage opened next to the station.\n"
                                "Same here. My sister pays more for a monthly permit than for her phone, and the garage is half empty every evening after six.\n"
                                "The city should publish how much money the meters actually bring in before anyone agrees to another increase in the spring budget.\n"
                                "Nobody I know uses the garage at weekends because the lifts are broken and the stairwell lights have been out since last autumn.\n"
                                "If they want people downtown they could start with free parking on Sundays, like the towns along the coast have done for years.\n"
                                "My shop lost customers when the street spaces went to two hours, and the council never answered the letter our association sent.\n"_s;
    return text;
}

} // namespace

class MainArticleTest final : public QObject
{
    Q_OBJECT

private:
    QString m_story; // five paragraphs of one story

private Q_SLOTS:
    void initTestCase()
    {
        m_story = readText(QStringLiteral(LECTERN_TEST_DATA) + u"/segmentation/concatenated.txt"_s).split(u'\n').mid(0, 5).join(u'\n');
    }

    void theFirstLongPassageIsTheMainArticle()
    {
        // The comments have more prose than the story; the story comes first
        // and has more than half as much, so it is the article.
        const QString text = m_story + u"\nComments\nSort by newest\nReport\nReply\n"_s + comments();
        const Decided d = decide(text);
        QVERIFY(d.main >= 0);
        QCOMPARE(d.articleOfBlock(0), 0);
        QCOMPARE(d.articleOfBlock(4), 0);
        QVERIFY(d.articleOfBlock(9) != 0);
        QVERIFY(d.articleOfBlock(14) != 0);
    }

    void aShortTeaserBeforeALongStoryIsNotTheMainArticle()
    {
        const QString teaser = u"Also today: the parking fees on the east side doubled after the new garage opened, and readers are not pleased about it."_s;
        const QString text = teaser + u"\nMore stories\nWeather\nSport\nPodcasts\n"_s + m_story + u'\n';
        const Decided d = decide(text);
        QCOMPARE(d.articleOfBlock(5), 0);
        QVERIFY(d.articleOfBlock(0) != 0);
    }

    void aHeadlineSharingTheStorysWordsIsTakenIn()
    {
        const Decided d = decide(u"Westcombe harbour approves electric ferry fleet\n"_s + m_story + u'\n');
        QCOMPARE(d.articleOfBlock(0), 0);
        QCOMPARE(d.blocks.at(0).role, SegmentRole::Heading);
        QVERIFY(!d.blocks.at(0).prose);
    }

    void aLongPieceCutByItsCodeIsOneArticle()
    {
        // A tutorial whose passages are parted by code. The third passage
        // shares little with the introduction, but much with the second,
        // which the introduction leads into: it is the same piece.
        const QString code = u"    SELECT sensor, avg(bar)\n    FROM readings\n    GROUP BY sensor\n    ORDER BY 2 DESC\n    LIMIT 10\n"_s;
        const QString text =
            u"Our town replaced its old water meters last spring, and the new meters report every reading to a small database that anyone on the utility staff can query.\n"
            "This guide shows how the staff use plain queries on that database to find leaking mains before a street floods, without any special software.\n"_s
            + code
            + u"Each new water meter sits next to a pressure sensor on the main, and the database keeps both readings. When a main leaks, the pressure sensor downstream reads lower bar values than the sensors around it.\n"
              "The query above asks the database for the average bar values of every pressure sensor and lists the lowest first, so the utility staff see a leaking main near the top of the list.\n"_s
            + code
            + u"A low average alone can mislead: a pressure sensor at the top of a hill always reads fewer bar than one in the valley. Compare each sensor with its own past averages instead.\n"
              "When one sensor drops well below its own past values while its neighbours hold steady, the main between them is worth a visit from the crew.\n"_s;
        const Decided d = decide(text);
        QVERIFY(d.main >= 0);
        QCOMPARE(d.articleOfBlock(0), 0);
        QCOMPARE(d.articleOfBlock(7), 0);
        QCOMPARE(d.articleOfBlock(14), 0);
        QCOMPARE(d.articleOfBlock(15), 0);
    }

    void thePagesTitleNamesTheArticleAmongEquals()
    {
        // A blog page: the post it is about, then the post before it, as long.
        const QString other = u"Library opening hours over the holidays\n"
                              "The central library closes early on the two Fridays before the new year, so that the staff can move the children's books upstairs.\n"
                              "Borrowers can return books through the slot by the side door at any time, and nothing returned late over the holidays will be fined.\n"
                              "The reading room opens again on the second Monday of January, with the new chairs that the friends of the library paid for.\n"_s;
        const QString text = other + u"Older posts\nArchive\nSubscribe\nContact\n"_s + u"Westcombe harbour approves electric ferry fleet\n"_s + m_story
            + u'\n';
        const int storyBlock = int(PlainTextBlocks::split(other).size()) + 5;
        // With no title, the first long passage is the article.
        const Decided untitled = decide(text);
        QCOMPARE(untitled.articleOfBlock(1), 0);
        QVERIFY(untitled.articleOfBlock(storyBlock) != 0);
        // The page's title is the story's headline, with the site's name.
        const Decided titled = decide(text, u"Westcombe harbour approves electric ferry fleet | Coastal Courier"_s);
        QCOMPARE(titled.articleOfBlock(storyBlock), 0);
        QVERIFY(titled.articleOfBlock(1) != 0);
        // A title that names neither changes nothing.
        QCOMPARE(decide(text, u"Weather warnings for the weekend"_s).articleOfBlock(1), 0);
    }

    void noProseNoMainArticle()
    {
        QCOMPARE(decide(u"Home\nNews\nSport\n"_s).main, -1);
    }
};

QTEST_GUILESS_MAIN(MainArticleTest)
#include "mainarticle_test.moc"
