// SPDX-License-Identifier: GPL-3.0-or-later
// The segmentation core on fixtures of our own with the seeds' shapes (the
// sample bundle): a clean copy and a page with furniture and an appended
// article, a split paragraph and no-break spaces between them.
#include "bundlesegmenter.h"
#include "segmentationexpectations.h"
#include "segmentkind.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;
using namespace Lectern::Tests;

namespace {

// resources/samples/README.md, line by line (1-based). The appended
// article (lines 49-75) is checked apart: see notOneLineOfTheAppendedArticleIsMainArticle.
const QList<Expectation> cleanCopy{
    {1, 15, SegmentKind::Body, 0},
    {16, 17, SegmentKind::Boilerplate, -1},
};
const QList<Expectation> pageWithTrailer{
    {1, 1, SegmentKind::Title, 0},
    {4, 34, SegmentKind::Body, 0},
    {38, 46, SegmentKind::Boilerplate, -1},
    {81, 81, SegmentKind::Boilerplate, -1},
};

QString readSeed(const QString &name)
{
    return readText(QStringLiteral(LECTERN_SOURCE_DIR) + u"/resources/samples/newsroom/"_s + name);
}

} // namespace

class SampleBundleSegmentationTest final : public QObject
{
    Q_OBJECT

private:
    QString m_clean = readSeed(u"ledger-tsurugawa-ohio.txt"_s);
    QString m_page = readSeed(u"gridwatch-tsurugawa-ohio.txt"_s);

    // The whole sample bundle: the other pages of both sites carry the same
    // furniture, which is the signal a bundle gives and one page lacks.
    [[nodiscard]] BundleSegmentation run(const QString &page) const
    {
        QList<SourceDocument> documents{{u"ledger-ohio"_s, m_clean, {}}, {u"gridwatch-ohio"_s, page, {}}};
        for (const QString &name : {u"ledger-tsurugawa-shares.txt"_s, u"gridwatch-lucas-county-abatement.txt"_s,
                                    u"gridwatch-haixin-wroclaw.txt"_s, u"explainer-sodium-ion.md"_s})
            documents.append({name, readSeed(name), {}});
        return BundleSegmenter::run(documents);
    }

private Q_SLOTS:
    void linesGetTheirKinds()
    {
        QVERIFY(!m_clean.isEmpty() && !m_page.isEmpty());
        const BundleSegmentation result = run(m_page);
        const QStringList problems = mismatches(m_clean, result.documents.at(0), cleanCopy)
                                     + mismatches(m_page, result.documents.at(1), pageWithTrailer);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void notOneLineOfTheAppendedArticleIsMainArticle()
    {
        // Known weakness, not asserted: its subheadings split it into two
        // trailer articles, and a few of its short lines read as boilerplate.
        const BundleSegmentation result = run(m_page);
        const DocumentSegmentation &page = result.documents.at(1);
        int trailerLines = 0;
        for (int line = 49; line <= 75; ++line) {
            const qsizetype start = lineStart(m_page, line);
            if (m_page.at(start) == u'\n')
                continue;
            const Segment &segment = page.segments.at(page.segmentAt(start));
            QVERIFY2(segment.article != 0, qPrintable(u"line %1 is in the main article"_s.arg(line)));
            QVERIFY(segment.kind == SegmentKind::Trailer || segment.kind == SegmentKind::Boilerplate);
            trailerLines += segment.kind == SegmentKind::Trailer ? 1 : 0;
        }
        QVERIFY2(trailerLines >= 9, qPrintable(QString::number(trailerLines)));
        QVERIFY(page.hasTrailer());
    }

    void splitParagraphAndNoBreakSpacesStillLink()
    {
        const BundleSegmentation result = run(m_page);
        const DocumentSegmentation &clean = result.documents.at(0);
        QCOMPARE(clean.duplicateOf.documentId, u"gridwatch-ohio"_s);
        // Line 5 of the clean copy is lines 12 and 14 of the page.
        const Segment &split = clean.segments.at(clean.segmentAt(lineStart(m_clean, 5)));
        QCOMPARE(split.duplicate.documentId, u"gridwatch-ohio"_s);
        QVERIFY(split.duplicate.start <= lineStart(m_page, 12));
        QVERIFY(split.duplicate.end > lineStart(m_page, 14));
        for (int line = 1; line <= 15; ++line)
            QVERIFY2(clean.segments.at(clean.segmentAt(lineStart(m_clean, line))).duplicate.isValid(), qPrintable(QString::number(line)));
    }

    void otherFurnitureWordingSameLabels()
    {
        const QString page = withLines(m_page, {{38, u"View the source"_s}, {40, u"Tell us what you think"_s},
                                                {46, u"Latest from the blog"_s}, {81, u"View the source"_s}});
        const BundleSegmentation result = run(page);
        const QStringList problems = mismatches(page, result.documents.at(1), pageWithTrailer);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void mainArticleTextLeavesTheRestOut()
    {
        const BundleSegmentation result = run(m_page);
        const QString body = result.documents.at(1).mainArticleText(m_page);
        QVERIFY(body.contains(QStringView(m_page).sliced(lineStart(m_page, 4), 30)));
        QVERIFY(!body.contains(QStringView(m_page).sliced(lineStart(m_page, 1), 30))); // no title
        QVERIFY(!body.contains(QStringView(m_page).sliced(lineStart(m_page, 49), 30))); // no trailer
        QVERIFY(!body.contains(u"Source link"_s));
        QVERIFY(body.contains(u"\n\n"_s));
    }
};

QTEST_GUILESS_MAIN(SampleBundleSegmentationTest)
#include "samplebundlesegmentation_test.moc"
