// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmenter.h"

#include "articleboundaries.h"
#include "blockfeatures.h"
#include "blockvocabulary.h"
#include "boilerplateevidence.h"
#include "bundleprofile.h"
#include "mainarticle.h"
#include "segmenttext.h"

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

using namespace BlockRules;

// Composes the decisions (each in its own file) and writes what they
// decided as segments: titles, headings, captions, body, other articles,
// boilerplate, with a reason for each.
class DocumentPass
{
public:
    DocumentPass(QStringView text, const TextBlocks &textBlocks, const BundleProfile *profile, QStringView title)
        : m_text(text)
        , m_hints(textBlocks)
        , m_profile(profile)
        , m_title(title)
    {
    }

    DocumentSegmentation run(const QString &documentId);

private:
    void assignRoles();
    [[nodiscard]] Segments buildSegments(const QString &documentId) const;

    QStringView m_text;
    const TextBlocks &m_hints;
    const BundleProfile *m_profile;
    QStringView m_title;
    QList<SegmentBlock> m_blocks;
    QList<ArticleCandidate> m_candidates;
};

void DocumentPass::assignRoles()
{
    QList<int> startedArticles;
    for (int c = 0; c < m_candidates.size(); ++c) {
        const ArticleCandidate &candidate = m_candidates.at(c);
        if (candidate.article < 0)
            continue;
        const bool articleStart = !startedArticles.contains(candidate.article);
        startedArticles.append(candidate.article);
        bool firstProseSeen = !articleStart;
        bool titleGiven = !articleStart;
        for (int i = candidate.first; i <= candidate.last; ++i) {
            SegmentBlock &block = m_blocks[i];
            const TextBlock &hint = m_hints.at(i);
            if (block.candidate != c)
                continue;
            if (i < candidate.firstProse) {
                if (!titleGiven && block.role == SegmentRole::Heading && block.words <= 30 && m_candidates.at(c).firstProse > 0) {
                    block.role = SegmentRole::Title;
                    if (block.reason.isEmpty())
                        block.reason = SegmentText::tr("headline: a short line over the article sharing %1 of its %2 words")
                                           .arg(anchoredWords(block, candidate, false))
                                           .arg(block.distinctStems);
                }
                titleGiven = true;
                if (block.reason.isEmpty())
                    block.reason = SegmentText::tr("short line over the article, sharing its words");
                continue;
            }
            if (i > candidate.lastProse) {
                if (block.reason.isEmpty())
                    block.reason = SegmentText::tr("attribution: short line after the article naming what it is about");
                continue;
            }
            if (block.prose) {
                block.role = !firstProseSeen && candidate.lastProse > candidate.firstProse ? SegmentRole::Standfirst : SegmentRole::Paragraph;
                firstProseSeen = true;
                if (block.reason.isEmpty())
                    block.reason = SegmentText::tr("prose inside the article: %n word(s), sentence-shaped", nullptr, block.words);
                continue;
            }
            if (block.boilerplate >= StrongBoilerplate) {
                block.candidate = -1;
                continue;
            }
            if (hint.semantic == BlockSemantic::Caption || block.captionWords || block.numberedStart) {
                block.role = SegmentRole::Caption;
                if (block.reason.isEmpty())
                    block.reason = SegmentText::tr("caption: short line inside the article with picture wording");
            } else if (hint.headingLevel > 0 || hint.semantic == BlockSemantic::Heading || (block.words <= ShortProseWords && !block.terminal)) {
                block.role = SegmentRole::Heading;
                if (block.reason.isEmpty())
                    block.reason = SegmentText::tr("subheading: short line inside the article");
            } else {
                block.role = SegmentRole::Paragraph;
                if (block.reason.isEmpty())
                    block.reason = SegmentText::tr("text inside the article");
            }
        }
    }
}

Segments DocumentPass::buildSegments(const QString &documentId) const
{
    Segments segments;
    segments.reserve(m_blocks.size() * 2 + 1);
    qsizetype position = 0;
    for (const SegmentBlock &block : m_blocks) {
        if (block.start > position)
            segments.append(Segment{position, block.start, SegmentKind::Blank, SegmentRole::None, -1, {}, {}, false});
        Segment segment;
        segment.start = block.start;
        segment.end = block.end;
        if (block.candidate < 0 || m_candidates.at(block.candidate).article < 0) {
            segment.kind = SegmentKind::Boilerplate;
            QStringList why = block.evidence;
            if (why.isEmpty())
                why.append(block.prose ? SegmentText::tr("outside any article") : SegmentText::tr("short line outside any article"));
            segment.reason = why.join(u"; "_s);
        } else {
            const int article = m_candidates.at(block.candidate).article;
            segment.article = article;
            segment.role = block.role;
            segment.reason = block.reason;
            if (article > 0) {
                segment.kind = SegmentKind::Trailer;
            } else {
                switch (block.role) {
                case SegmentRole::Title: segment.kind = SegmentKind::Title; break;
                case SegmentRole::Heading: segment.kind = SegmentKind::Heading; break;
                case SegmentRole::Caption: segment.kind = SegmentKind::Caption; break;
                default: segment.kind = SegmentKind::Body; break;
                }
            }
            const PassageCluster *passage = m_profile ? m_profile->passage(block.hash) : nullptr;
            if (passage && passage->canonical.documentId != documentId && passage->words >= ProseMinWords) {
                segment.duplicate = {passage->canonical.documentId, passage->canonical.start, passage->canonical.end,
                                     passage->canonical.codePointStart, passage->canonical.codePointEnd, 1.0};
                segment.reason += u"; "_s + SegmentText::tr("same text as in %1").arg(passage->canonical.documentId);
            }
        }
        segments.append(segment);
        position = block.end;
    }
    if (position < m_text.size())
        segments.append(Segment{position, m_text.size(), SegmentKind::Blank, SegmentRole::None, -1, {}, {}, false});
    return segments;
}

DocumentSegmentation DocumentPass::run(const QString &documentId)
{
    m_blocks = BlockFeatures::measure(m_text, m_hints);
    const int typicalGap = BoilerplateEvidence::weigh(m_text, m_blocks, m_hints, m_profile);
    ArticleBoundaries::Result articles = ArticleBoundaries::find(m_blocks);
    m_candidates = std::move(articles.candidates);
    QList<quint64> titleStems;
    if (!m_title.trimmed().isEmpty()) {
        const QList<SegmentBlock> title = BlockFeatures::measure(m_title, TextBlocks{TextBlock{0, m_title.size()}});
        titleStems = title.constFirst().stems;
    }
    MainArticle::assign(m_blocks, m_candidates, articles.parts, typicalGap, titleStems);
    assignRoles();

    DocumentSegmentation result;
    result.documentId = documentId;
    result.segments = buildSegments(documentId);
    return result;
}

} // namespace

DocumentSegmentation Segmenter::segment(const QString &documentId, QStringView text, const TextBlocks &blocks,
                                        const BundleProfile *profile, QStringView title)
{
    DocumentPass pass(text, blocks, profile, title);
    return pass.run(documentId);
}

} // namespace Lectern::Models

