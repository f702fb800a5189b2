// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentsegmentation.h"

namespace Lectern::Models {

/// Links the passages of a near-duplicate copy to where they stand in the
/// canonical copy, paragraph merges and splits included: word 3-shingles of
/// the canonical's content run across its paragraph breaks, each copy passage
/// looks its own shingles up and is linked to the run of canonical paragraphs
/// holding them. Linear in the two texts.
class PassageAligner final
{
public:
    /// A passage is linked when at least this share of its shingles is found.
    static constexpr double MinSimilarity = 0.5;

    /// Sets `duplicate` (and appends to the reason) on the content segments of
    /// `copy` found in `canonical`. Returns how many were linked.
    static int link(DocumentSegmentation &copy, QStringView copyText, const DocumentSegmentation &canonical,
                    QStringView canonicalText);
};

} // namespace Lectern::Models
