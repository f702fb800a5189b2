// SPDX-License-Identifier: GPL-3.0-or-later
// Near-duplicate clusters, the canonical rule, repeated passages and passage
// links across merged and split paragraphs, on fixtures of our own.
#include "bundlesegmenter.h"
#include "minhashsketch.h"
#include "passagealigner.h"
#include "plaintextblocks.h"
#include "segmenter.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {

QString fixture(const QString &name)
{
    QFile file(QStringLiteral(LECTERN_TEST_DATA) + u"/segmentation/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

quint64 mixed(quint64 x)
{
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

QStringList linesOf(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

// The ferry story of concatenated.txt (its first five lines), re-scraped: a
// headline, blank lines, paragraphs 2 and 3 merged, no-break spaces, furniture
// around it and the bread story appended.
QString rescrapedCopy(const QStringList &lines)
{
    QString merged = lines.at(2) + u' ' + lines.at(3);
    QString third = lines.at(1);
    third.replace(u"two hundred"_s, u"two\u00a0hundred"_s);
    return u"Westcombe ferries go electric\n\n\nShare this story\n\n"_s + lines.at(0) + u"\n\n"_s + third + u"\n\n"_s + merged
        + u"\n\n"_s + lines.at(4) + u"\n\nSign up for our newsletter\n\n"_s + lines.mid(5).join(u"\n\n"_s) + u'\n';
}

BundleSegmentation runBundle(const QList<SourceDocument> &documents)
{
    return BundleSegmenter::run(documents);
}

} // namespace

class BundleProfileTest final : public QObject
{
    Q_OBJECT

private:
    QStringList m_story;
    QString m_clean;
    QString m_copy;
    QList<SourceDocument> m_bundle;

private Q_SLOTS:
    void initTestCase()
    {
        m_story = linesOf(fixture(u"concatenated.txt"_s));
        QCOMPARE(m_story.size(), 9);
        m_clean = m_story.mid(0, 5).join(u'\n');
        m_copy = rescrapedCopy(m_story);
        m_bundle = {{u"b-copy"_s, m_copy, {}},
                    {u"a-clean"_s, m_clean, {}},
                    {u"site-a"_s, fixture(u"site-a.txt"_s), {}},
                    {u"site-b"_s, fixture(u"site-b.txt"_s), {}},
                    {u"site-c"_s, fixture(u"site-c.txt"_s), {}}};
    }

    void sketchEstimatesJaccard()
    {
        MinHashSketch a;
        MinHashSketch b;
        for (quint64 i = 0; i < 4000; ++i) {
            const quint64 h = mixed(i + 1);
            a.add(h);
            if (i >= 2000)
                b.add(h);
        }
        for (quint64 i = 0; i < 2000; ++i)
            b.add(mixed(i + 90001));
        // True Jaccard: 2000 / 6000.
        QVERIFY(std::abs(MinHashSketch::jaccard(a.signature(), b.signature()) - 1.0 / 3.0) < 0.12);
        QCOMPARE(MinHashSketch::jaccard(a.signature(), a.signature()), 1.0);
        QVERIFY(MinHashSketch().signature().isEmpty());
    }

    void rescrapedCopyIsANearDuplicate()
    {
        const BundleSegmentation result = runBundle(m_bundle);
        QCOMPARE(result.profile.duplicateClusters().size(), 1);
        const DuplicateCluster &cluster = result.profile.duplicateClusters().constFirst();
        QCOMPARE(cluster.members.size(), 2);
        QCOMPARE(cluster.members.at(0).documentId, u"a-clean"_s); // id order
        // The copy carries the appended article too: more words in long blocks, so it is canonical.
        QCOMPARE(cluster.canonicalId, u"b-copy"_s);
        QVERIFY(cluster.members.at(0).similarity > 0.8);
        QCOMPARE(result.documents.at(1).duplicateOf.documentId, u"b-copy"_s);
        QVERIFY(result.documents.at(1).duplicateReason.startsWith(u"near-duplicate of b-copy"_s));
        // Different stories from one site share their furniture, not their text.
        for (const int site : {2, 3, 4})
            QVERIFY(!result.documents.at(site).duplicateOf.isValid());
    }

    void anOpeningGluedOnDoesNotChainTwoStories()
    {
        // One story with the other's first two paragraphs glued on, and a
        // copy of the other cut after those same paragraphs: each shares a
        // passage with the other cluster, and neither may join the two.
        const QString other = m_story.mid(5).join(u'\n');
        const QString glued = m_clean + u'\n' + m_story.mid(5, 2).join(u'\n');
        const QString truncated = m_story.mid(5, 2).join(u'\n');
        const BundleSegmentation result
            = runBundle({{u"clean"_s, m_clean, {}}, {u"glued"_s, glued, {}}, {u"other"_s, other, {}}, {u"other-cut"_s, truncated, {}}});
        const auto clusterOf = [&](const QString &id) { return result.profile.clusterOf(result.profile.indexOf(id)); };
        QVERIFY(clusterOf(u"clean"_s) >= 0);
        QCOMPARE(clusterOf(u"glued"_s), clusterOf(u"clean"_s));
        QVERIFY(clusterOf(u"other"_s) >= 0);
        QCOMPARE(clusterOf(u"other-cut"_s), clusterOf(u"other"_s));
        QVERIFY(clusterOf(u"clean"_s) != clusterOf(u"other"_s));
        QCOMPARE(result.profile.duplicateClusters().size(), 2);
        QCOMPARE(result.profile.storyCount(), 2);
    }

    void canonicalTiesGoToTheSmallestId()
    {
        const BundleSegmentation result = runBundle({{u"z"_s, m_clean, {}}, {u"m"_s, m_clean, {}}, {u"q"_s, m_clean, {}}});
        QCOMPARE(result.profile.duplicateClusters().size(), 1);
        QCOMPARE(result.profile.duplicateClusters().constFirst().canonicalId, u"m"_s);
        QCOMPARE(result.documents.at(0).duplicateOf.documentId, u"m"_s);
        QVERIFY(!result.documents.at(1).duplicateOf.isValid());
    }

    void listingOrderChangesNothing()
    {
        QList<SourceDocument> reversed = m_bundle;
        std::reverse(reversed.begin(), reversed.end());
        const BundleSegmentation forward = runBundle(m_bundle);
        const BundleSegmentation backward = runBundle(reversed);
        for (qsizetype i = 0; i < m_bundle.size(); ++i) {
            const DocumentSegmentation &a = forward.documents.at(i);
            const DocumentSegmentation &b = backward.documents.at(m_bundle.size() - 1 - i);
            QCOMPARE(a.segments, b.segments);
            QCOMPARE(a.duplicateOf, b.duplicateOf);
        }
        QCOMPARE(forward.profile.duplicateClusters().constFirst().members,
                 backward.profile.duplicateClusters().constFirst().members);
    }

    void mergedParagraphLinksToBothPieces()
    {
        const BundleSegmentation result = runBundle(m_bundle);
        const DocumentSegmentation &clean = result.documents.at(1);
        const QStringList copyLines = m_copy.split(u'\n');
        // In the clean copy lines 3 and 4 are separate; the canonical copy merged them.
        for (const int line : {2, 3}) {
            const Segment &segment = clean.segments.at(clean.segmentAt(m_clean.indexOf(m_story.at(line))));
            QCOMPARE(segment.duplicate.documentId, u"b-copy"_s);
            QVERIFY(segment.duplicate.similarity > 0.95);
            QCOMPARE(m_copy.mid(segment.duplicate.start, segment.duplicate.end - segment.duplicate.start),
                     m_story.at(2) + u' ' + m_story.at(3));
        }
        // The no-break-space variant is a full match.
        const Segment &nbsp = clean.segments.at(clean.segmentAt(m_clean.indexOf(m_story.at(1))));
        QCOMPARE(nbsp.duplicate.similarity, 1.0);
    }

    void splitParagraphLinksEachPieceToTheWhole()
    {
        // Reverse roles: the canonical has one paragraph, the copy two.
        const QString whole = m_story.at(2) + u' ' + m_story.at(3);
        const QString canonicalText = m_story.at(0) + u'\n' + whole + u'\n' + m_story.at(4);
        const QString copyText = m_story.mid(0, 5).join(u'\n');
        const DocumentSegmentation canonical = Segmenter::segment(u"c"_s, canonicalText, PlainTextBlocks::split(canonicalText));
        DocumentSegmentation copy = Segmenter::segment(u"d"_s, copyText, PlainTextBlocks::split(copyText));
        QCOMPARE(PassageAligner::link(copy, copyText, canonical, canonicalText), 4); // line 2 is not in the canonical
        const Segment &piece = copy.segments.at(copy.segmentAt(copyText.indexOf(m_story.at(3))));
        QCOMPARE(piece.duplicate.start, canonicalText.indexOf(whole));
        QCOMPARE(piece.duplicate.end, canonicalText.indexOf(whole) + whole.size());
    }

    void repeatedPassagesAreClustered()
    {
        const BundleSegmentation result = runBundle(m_bundle);
        const PassageCluster *footer = nullptr;
        for (const PassageCluster &cluster : result.profile.passageClusters()) {
            if (cluster.words > 15 && cluster.stories == 3)
                footer = &cluster;
        }
        QVERIFY(footer);
        QCOMPARE(footer->documents, 3);
        QCOMPARE(footer->canonical.documentId, u"site-a"_s);
        QCOMPARE(footer->copies.size(), 2);
        // Paragraphs shared only by the two copies of one story repeat in one story, not across stories.
        for (const PassageCluster &cluster : result.profile.passageClusters())
            QVERIFY(cluster.stories >= 1 && cluster.stories <= 3);
        const BundleProfile::BlockRepeat ferry = result.profile.blockRepeat(
            result.profile.fingerprint(result.profile.indexOf(u"a-clean"_s)).blockHashes.at(0));
        QCOMPARE(ferry.documents, 2);
        QCOMPARE(ferry.stories, 1);
    }
};

QTEST_GUILESS_MAIN(BundleProfileTest)
#include "bundleprofile_test.moc"
