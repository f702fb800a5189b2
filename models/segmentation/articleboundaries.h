// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segmentblock.h"

namespace Lectern::Models {

/// Where the articles of a page begin and end. Prose blocks joined by at
/// most a few other blocks, none of them strong boilerplate, form a chain;
/// each chain is split where the two sides share far fewer stems (and
/// names) than paragraphs dealt at random would, or where the cosine of
/// their vocabularies is a deep valley, and each side again; a run that is
/// not split may still end with a short article glued to it. A pure
/// function of the blocks' features and evidence.
class ArticleBoundaries final
{
public:
    struct Result {
        QList<ArticleCandidate> candidates; ///< in text order
        QList<ArticlePart> parts;           ///< every cut made
    };

    [[nodiscard]] static Result find(const QList<SegmentBlock> &blocks);
};

} // namespace Lectern::Models
