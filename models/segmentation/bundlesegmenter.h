// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundleprofile.h"
#include "documentsegmentation.h"
#include "textblock.h"

namespace Lectern::Models {

/// One document handed to BundleSegmenter: its decoded text and, when the
/// reader had markup, its blocks (empty: PlainTextBlocks splits the text).
struct SourceDocument {
    QString id;
    QString text;
    TextBlocks blocks;
    QString title = {}; ///< what the document is called outside its text (page metadata, the index), or empty
};

/// Everything segmentation knows about a bundle.
struct BundleSegmentation {
    QList<DocumentSegmentation> documents; ///< in the order the documents were given
    BundleProfile profile;                 ///< duplicate and passage clusters
};

/// Segments a whole bundle held in memory, which is what the CLI and tests
/// need. The steps are public so that large bundles can be streamed
/// (docs/segmentation.md):
///   1. DocumentFingerprint::compute() per document (any thread, text dropped after),
///   2. BundleProfile::build() over all fingerprints,
///   3. Segmenter::segment() per document with the profile (any thread),
///   4. PassageAligner::link() for each copy against its canonical document.
class BundleSegmenter final
{
public:
    [[nodiscard]] static BundleSegmentation run(const QList<SourceDocument> &documents);
    /// Steps 1 and 2 only: what `lectern-cli duplicates` needs.
    [[nodiscard]] static BundleProfile profile(const QList<SourceDocument> &documents);

    /// The blocks of `document`: its own, or its text split by lines.
    [[nodiscard]] static TextBlocks blocksOf(const SourceDocument &document);

    /// Step 4 for one copy: sets the document-level link and the passage links.
    static void linkToCanonical(DocumentSegmentation &copy, QStringView copyText, const DocumentSegmentation &canonical,
                                QStringView canonicalText, double similarity);
};

} // namespace Lectern::Models
