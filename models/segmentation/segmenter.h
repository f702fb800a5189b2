// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentsegmentation.h"
#include "textblock.h"

namespace Lectern::Models {

class BundleProfile;

/// Labels the blocks of one document: which are the main article (title,
/// standfirst, body, headings, captions, attribution), which belong to other,
/// off-topic articles (trailers), and which are boilerplate. A pure function:
/// the same text, blocks and profile give the same result on any thread.
///
/// The signals, strongest first (docs/segmentation.md has the weights):
/// repetition of a block across distinct stories of the bundle (from the
/// profile), tag and link-density hints, repetition inside the page, sentence
/// shape (length, terminal punctuation, stop-word share), lexical cohesion
/// between blocks for article boundaries, shared vocabulary for headlines,
/// attributions and off-topic trailers, blank-line layout, and last and
/// weakest, generic page-furniture words.
class Segmenter final
{
public:
    /// `profile` may be null (a document on its own, or before the bundle pass
    /// is done): every signal but cross-document repetition still applies.
    /// Exact repeats of content blocks found in the profile get a duplicate link;
    /// near-duplicate passage links come from PassageAligner. `title` is
    /// what the document is called outside its text, when known (an HTML
    /// page's metadata, the index's title): the passage under a headline
    /// that matches it is the main article.
    [[nodiscard]] static DocumentSegmentation segment(const QString &documentId, QStringView text, const TextBlocks &blocks,
                                                      const BundleProfile *profile = nullptr, QStringView title = {});
};

} // namespace Lectern::Models
