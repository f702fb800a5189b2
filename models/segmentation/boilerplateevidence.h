// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segmentblock.h"
#include "textblock.h"

namespace Lectern::Models {

class BundleProfile;

/// Which blocks are page furniture and which are prose. Evidence adds up
/// per block (docs/segmentation.md has the weights): the same block in
/// other stories of the bundle, markup hints, link density, repetition in
/// the page, generic furniture words. Prose is sentence-shaped in any
/// language: long enough, ended by the script's sentence punctuation (or
/// very long), with a share of the document's own function words. A pure
/// function; `profile` may be null.
class BoilerplateEvidence final
{
public:
    /// Fills `boilerplate`, `evidence` and `prose` of every block; returns the
    /// typical count of blank lines before a prose block.
    static int weigh(QStringView text, QList<SegmentBlock> &blocks, const TextBlocks &hints, const BundleProfile *profile);
};

} // namespace Lectern::Models
