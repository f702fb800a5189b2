// SPDX-License-Identifier: GPL-3.0-or-later
#include "boilerplateevidence.h"

#include "blockfeatures.h"
#include "bundleprofile.h"
#include "segmenttext.h"

#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

Q_LOGGING_CATEGORY(lcEvidence, "lectern.models.segmentation.evidence", QtInfoMsg)

namespace {

using namespace BlockRules;

// The share of the document's function words a sentence has (English
// prose: 0.25-0.45; navigation and lists of names: under 0.1).
constexpr double ProseFunctionShare = 0.10;

int weighEvidence(QStringView text, QList<SegmentBlock> &blocks, const TextBlocks &hints, const BundleProfile *profile)
{
    QList<int> proseGaps;
    bool learned = false;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        SegmentBlock &block = blocks[i];
        const TextBlock &hint = hints.at(i);
        if (profile && block.hash != 0 && profile->documentCount() > 1) {
            const BundleProfile::BlockRepeat repeat = profile->blockRepeat(block.hash);
            block.repeatDocuments = repeat.documents;
            block.repeatStories = repeat.stories;
            const int otherStories = repeat.stories - 1;
            if (otherStories >= 2 || (otherStories == 1 && block.words <= ShortProseWords)) {
                block.boilerplate += otherStories >= 2 ? 2.0 : 1.0;
                block.evidence.append(SegmentText::tr("repeats in %1 of %2 documents").arg(repeat.documents).arg(profile->documentCount()));
            } else if (otherStories == 1) {
                block.boilerplate += 0.5;
                block.evidence.append(SegmentText::tr("repeats in another story of the bundle"));
            }
        }
        if (block.repeatsInPage >= 2 && block.words <= 12) {
            block.boilerplate += 0.75;
            block.evidence.append(SegmentText::tr("appears %1 times in this page").arg(block.repeatsInPage));
        }
        if (block.cueWords > 0 && block.words <= 25) {
            block.boilerplate += std::min(1.0, 0.4 * block.cueWords);
            block.evidence.append(SegmentText::tr("page-furniture wording"));
        }
        if (hint.linkDensity >= 0.3) {
            block.boilerplate += 2.0 * (hint.linkDensity - 0.3) / 0.7 + 0.25;
            block.evidence.append(SegmentText::tr("%1% of it is links").arg(qRound(hint.linkDensity * 100)));
        }
        switch (hint.semantic) {
        case BlockSemantic::Navigation:
        case BlockSemantic::Footer:
        case BlockSemantic::Aside:
        case BlockSemantic::Form:
            block.boilerplate += 2.0;
            block.evidence.append(SegmentText::tr("marked up as page furniture"));
            break;
        case BlockSemantic::Header:
            block.boilerplate += 1.0;
            block.evidence.append(SegmentText::tr("in the page header"));
            break;
        default:
            break;
        }
        const bool headingHint = hint.headingLevel > 0 || hint.semantic == BlockSemantic::Heading;
        const double stopShare = block.words > 0 ? double(block.stopWords) / block.words : 0.0;
        const int nonStop = block.words - block.stopWords;
        const double capitalShare = nonStop > 0 ? double(block.capitalised) / nonStop : 1.0;
        const bool shaped = !headingHint && block.boilerplate < StrongBoilerplate && block.words >= ProseMinWords
            && (block.terminal || block.words >= ProseNoPunctuationWords)
            && (capitalShare <= 0.7 || block.words >= ProseNoPunctuationWords);
        // The document's function words decide only for sentences that the
        // English list and their length leave open: learnt the first time one
        // of them needs it.
        const bool open = shaped && stopShare < 0.15 && !(block.terminal && block.words >= ProseNoPunctuationWords);
        if (open && !learned) {
            BlockFeatures::learnFunctionWords(text, blocks);
            learned = true;
        }
        block.prose = shaped
            && (!open || block.functionWords < 0 || double(block.functionWords) / block.words >= ProseFunctionShare);
        qCDebug(lcEvidence) << "block" << i << "words" << block.words << "function" << block.functionWords << "stop" << block.stopWords
                             << "terminal" << block.terminal << "evidence" << block.boilerplate << "prose" << block.prose;
        if (block.prose)
            proseGaps.append(block.gapBefore);
    }
    if (proseGaps.isEmpty())
        return 0;
    std::sort(proseGaps.begin(), proseGaps.end());
    return proseGaps.at(proseGaps.size() / 2);
}

} // namespace

int BoilerplateEvidence::weigh(QStringView text, QList<SegmentBlock> &blocks, const TextBlocks &hints, const BundleProfile *profile)
{
    return weighEvidence(text, blocks, hints, profile);
}

} // namespace Lectern::Models
