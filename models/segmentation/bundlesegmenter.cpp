// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundlesegmenter.h"

#include "codepointoffsets.h"
#include "passagealigner.h"
#include "plaintextblocks.h"
#include "segmenter.h"
#include "segmenttext.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

Q_LOGGING_CATEGORY(lcSegmentation, "lectern.models.segmentation", QtInfoMsg)

TextBlocks BundleSegmenter::blocksOf(const SourceDocument &document)
{
    return document.blocks.isEmpty() ? PlainTextBlocks::split(document.text) : document.blocks;
}

void BundleSegmenter::linkToCanonical(DocumentSegmentation &copy, QStringView copyText, const DocumentSegmentation &canonical,
                                      QStringView canonicalText, double similarity)
{
    copy.duplicateOf = {canonical.documentId, 0, canonicalText.size(), 0,
                        CodePointOffsets(canonicalText).toCodePoints(canonicalText.size()), similarity};
    copy.duplicateReason = SegmentText::tr("near-duplicate of %1, %2% of shingles").arg(canonical.documentId).arg(qRound(similarity * 100));
    PassageAligner::link(copy, copyText, canonical, canonicalText);
}

BundleProfile BundleSegmenter::profile(const QList<SourceDocument> &documents)
{
    QList<DocumentFingerprint> fingerprints;
    fingerprints.reserve(documents.size());
    for (const SourceDocument &document : documents)
        fingerprints.append(DocumentFingerprint::compute(document.id, document.text, blocksOf(document)));
    return BundleProfile::build(std::move(fingerprints));
}

BundleSegmentation BundleSegmenter::run(const QList<SourceDocument> &documents)
{
    QList<TextBlocks> blocks;
    blocks.reserve(documents.size());
    QList<DocumentFingerprint> fingerprints;
    fingerprints.reserve(documents.size());
    for (const SourceDocument &document : documents) {
        blocks.append(blocksOf(document));
        fingerprints.append(DocumentFingerprint::compute(document.id, document.text, blocks.constLast()));
    }

    BundleSegmentation result;
    result.profile = BundleProfile::build(std::move(fingerprints));
    result.documents.reserve(documents.size());
    for (qsizetype i = 0; i < documents.size(); ++i)
        result.documents.append(Segmenter::segment(documents.at(i).id, documents.at(i).text, blocks.at(i), &result.profile, documents.at(i).title));

    for (qsizetype i = 0; i < documents.size(); ++i) {
        const int self = result.profile.indexOf(documents.at(i).id);
        const int canonical = result.profile.canonicalOf(self);
        if (self < 0 || canonical == self)
            continue;
        // Ids are unique in a bundle, so the profile's index is the input index.
        linkToCanonical(result.documents[i], documents.at(i).text, result.documents.at(canonical), documents.at(canonical).text,
                        result.profile.similarityToCanonical(self));
    }
    qCDebug(lcSegmentation) << "segmented" << documents.size() << "documents," << result.profile.duplicateClusters().size()
                            << "duplicate clusters," << result.profile.passageClusters().size() << "repeated passages";
    return result;
}

} // namespace Lectern::Models
