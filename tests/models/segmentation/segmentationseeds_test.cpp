// SPDX-License-Identifier: GPL-3.0-or-later
// Integration: the reference seeds (../shared/seeds) read exactly as EXPECTED.md says,
// and keep reading so when their boilerplate and listing header are reworded.
#include "bundlesegmenter.h"
#include "segmentationexpectations.h"
#include "segmentkind.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;
using namespace Lectern::Tests;

namespace {

// EXPECTED.md, line by line (1-based lines; blank lines are not listed there).
const QList<Expectation> cleanCopy{
    {1, 17, SegmentKind::Body, 0},
    {18, 19, SegmentKind::Boilerplate, -1},
};
const QList<Expectation> pageWithTrailer{
    {1, 1, SegmentKind::Title, 0},
    {5, 5, SegmentKind::Body, 0},
    {7, 39, SegmentKind::Body, 0},
    {43, 43, SegmentKind::Boilerplate, -1},
    {45, 49, SegmentKind::Boilerplate, -1},
    {51, 51, SegmentKind::Boilerplate, -1},
    {54, 95, SegmentKind::Trailer, 1},
    {97, 97, SegmentKind::Trailer, 1},
    {101, 101, SegmentKind::Boilerplate, -1},
};

QString readSeed(const QString &name)
{
    return readText(QStringLiteral(LECTERN_SHARED_DIR) + u"/seeds/"_s + name);
}

} // namespace

class SegmentationSeedsTest final : public QObject
{
    Q_OBJECT

private:
    QString m_clean;
    QString m_page;

private Q_SLOTS:
    void initTestCase()
    {
        m_clean = readSeed(u"000_04cb13a0e8baa741.txt"_s);
        m_page = readSeed(u"001_a663849912b61616.txt"_s);
        if (m_clean.isEmpty() || m_page.isEmpty())
            QSKIP("../shared/seeds is not beside the checkout; the seed integration test needs it");
    }

    void everyLineHasItsExpectedKindAndArticle()
    {
        const BundleSegmentation result = BundleSegmenter::run({{u"000"_s, m_clean, {}}, {u"001"_s, m_page, {}}});
        const QStringList problems = mismatches(m_clean, result.documents.at(0), cleanCopy)
                                     + mismatches(m_page, result.documents.at(1), pageWithTrailer);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void theTwoCopiesAreOneStory()
    {
        const BundleSegmentation result = BundleSegmenter::run({{u"000"_s, m_clean, {}}, {u"001"_s, m_page, {}}});
        QCOMPARE(result.profile.duplicateClusters().size(), 1);
        const DuplicateCluster &cluster = result.profile.duplicateClusters().constFirst();
        QCOMPARE(cluster.members.size(), 2);
        // The page is the more complete copy (it has the headline): canonical.
        QCOMPARE(cluster.canonicalId, u"001"_s);
        QCOMPARE(result.documents.at(0).duplicateOf.documentId, u"001"_s);
        QVERIFY(!result.documents.at(0).duplicateReason.isEmpty());

        // Every body paragraph of the clean copy links to its passage in the page.
        const DocumentSegmentation &clean = result.documents.at(0);
        for (int line = 1; line <= 17; ++line) {
            const Segment &segment = clean.segments.at(clean.segmentAt(lineStart(m_clean, line)));
            QVERIFY2(segment.duplicate.isValid(), qPrintable(u"line %1 has no link to 001"_s.arg(line)));
            QCOMPARE(segment.duplicate.documentId, u"001"_s);
        }
        // Line 9 is one paragraph where the page has two (lines 21 and 23): the link spans both.
        const Segment &merged = clean.segments.at(clean.segmentAt(lineStart(m_clean, 9)));
        QVERIFY(merged.duplicate.start <= lineStart(m_page, 21));
        QVERIFY(merged.duplicate.end >= lineStart(m_page, 23) + 10);
        // Lines 11 and 13 differ from the page's lines 27 and 31 only by no-break spaces.
        for (const auto &[cleanLine, pageLine] : {std::pair{11, 27}, std::pair{13, 31}}) {
            const Segment &segment = clean.segments.at(clean.segmentAt(lineStart(m_clean, cleanLine)));
            const qsizetype pageStart = lineStart(m_page, pageLine);
            QVERIFY(QStringView(m_page).sliced(pageStart, m_page.indexOf(u'\n', pageStart) - pageStart).contains(QChar(0x00A0)));
            QCOMPARE(segment.duplicate.start, lineStart(m_page, pageLine));
            QVERIFY2(segment.duplicate.similarity > 0.95, qPrintable(QString::number(segment.duplicate.similarity)));
        }
    }

    void rewordedBoilerplateGetsTheSameLabels()
    {
        // Nothing keys on the seeds' wording: other furniture, same reading.
        const QString page = withLines(m_page, {{43, u"Read the original story"_s},
                                                {45, u"Join the conversation"_s},
                                                {47, u"Get the weekly briefing"_s},
                                                {51, u"More from our reviewers"_s},
                                                {101, u"Read the original story"_s}});
        const BundleSegmentation result = BundleSegmenter::run({{u"000"_s, m_clean, {}}, {u"001"_s, page, {}}});
        const QStringList problems = mismatches(page, result.documents.at(1), pageWithTrailer);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void listingOrderChangesNothing()
    {
        const BundleSegmentation forward = BundleSegmenter::run({{u"000"_s, m_clean, {}}, {u"001"_s, m_page, {}}});
        const BundleSegmentation backward = BundleSegmenter::run({{u"001"_s, m_page, {}}, {u"000"_s, m_clean, {}}});
        QCOMPARE(forward.documents.at(0).segments, backward.documents.at(1).segments);
        QCOMPARE(forward.documents.at(1).segments, backward.documents.at(0).segments);
    }

    void unreadSegmentsSkipTheCopy()
    {
        const BundleSegmentation result = BundleSegmenter::run({{u"000"_s, m_clean, {}}, {u"001"_s, m_page, {}}});
        // A reader of 001 has seen everything 000 says: nothing of 000 is unique.
        QVERIFY(result.documents.at(0).uniqueSegments().isEmpty());
        const QString mainText = result.documents.at(1).mainArticleText(m_page);
        QVERIFY(!mainText.isEmpty());
        QVERIFY(!mainText.contains(m_page.sliced(lineStart(m_page, 1), 20))); // no headline
        QVERIFY(!mainText.contains(u"Source link"_s));
    }
};

QTEST_GUILESS_MAIN(SegmentationSeedsTest)
#include "segmentationseeds_test.moc"
