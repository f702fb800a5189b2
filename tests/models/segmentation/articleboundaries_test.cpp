// SPDX-License-Identifier: GPL-3.0-or-later
// Where ArticleBoundaries parts a run of prose, on fixtures of our own.
#include "articleboundaries.h"
#include "blockfeatures.h"
#include "boilerplateevidence.h"
#include "plaintextblocks.h"
#include "segmentationexpectations.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;
using namespace Lectern::Tests;

namespace {

ArticleBoundaries::Result articlesOf(const QString &text)
{
    const TextBlocks hints = PlainTextBlocks::split(text);
    QList<SegmentBlock> blocks = BlockFeatures::measure(text, hints);
    BoilerplateEvidence::weigh(text, blocks, hints, nullptr);
    return ArticleBoundaries::find(blocks);
}

} // namespace

class ArticleBoundariesTest final : public QObject
{
    Q_OBJECT

private:
    QStringList m_lines; // a ferry story (lines 0-4), then an unrelated one (5-8)

private Q_SLOTS:
    void initTestCase()
    {
        m_lines = readText(QStringLiteral(LECTERN_TEST_DATA) + u"/segmentation/concatenated.txt"_s).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(m_lines.size(), 9);
    }

    void twoStoriesArePartedWhereTheSecondBegins()
    {
        const ArticleBoundaries::Result result = articlesOf(m_lines.join(u'\n'));
        QCOMPARE(result.candidates.size(), 2);
        QCOMPARE(result.candidates.at(0).first, 0);
        QCOMPARE(result.candidates.at(1).first, 5);
        QCOMPARE(result.parts.size(), 1);
        QCOMPARE(result.parts.constFirst().block, 5);
        QVERIFY(!result.parts.constFirst().why.isEmpty());
    }

    void oneStoryStaysWhole()
    {
        const ArticleBoundaries::Result result = articlesOf(m_lines.mid(0, 5).join(u'\n'));
        QCOMPARE(result.candidates.size(), 1);
        QCOMPARE(result.candidates.constFirst().first, 0);
        QCOMPARE(result.candidates.constFirst().last, 4);
        QVERIFY(result.parts.isEmpty());
    }

    void aLongRunOfFurnitureEndsAPassage()
    {
        // Four menu lines between two halves of one story: two passages, no
        // cut (whether they are one article is the main article's decision).
        const QString text = m_lines.mid(0, 3).join(u'\n') + u"\nHome\nWorld\nBusiness\nSport\n"_s + m_lines.mid(3, 2).join(u'\n');
        const ArticleBoundaries::Result result = articlesOf(text);
        QCOMPARE(result.candidates.size(), 2);
        QCOMPARE(result.candidates.at(1).first, 7);
        QVERIFY(result.parts.isEmpty());
    }

    void noProseNoArticle()
    {
        QVERIFY(articlesOf(u"Home\nWorld\nBusiness\n"_s).candidates.isEmpty());
        QVERIFY(articlesOf(QString()).candidates.isEmpty());
    }
};

QTEST_GUILESS_MAIN(ArticleBoundariesTest)
#include "articleboundaries_test.moc"
