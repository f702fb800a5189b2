// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segmentblock.h"

namespace Lectern::Models {

/// Which passages are the main article, which are other articles and which
/// are stray. Each passage first loses weak blocks at its edges and takes
/// in a headline above it and an attribution below it when they share its
/// words; the main article is the first passage with half the prose of the
/// longest or more (comment threads and sidebars come after it); a passage
/// as close to it as it is to itself, or next to it with only a line or two
/// of furniture between, is the same article; another passage with 40
/// words of prose or more is another article (1, 2, ...); the rest is
/// stray. A pure function over the blocks and the passages
/// ArticleBoundaries found.
class MainArticle final
{
public:
    /// Sets each candidate's `article` (0 main, 1..., -1 none) and its
    /// blocks' `candidate`, `role` and `reason`. Returns the main one's
    /// index, or -1 when the document has no prose. @p titleStems are the
    /// content stems (sorted) of what the document is called outside its
    /// text; a passage under a headline sharing most of them is the main one.
    static int assign(QList<SegmentBlock> &blocks, QList<ArticleCandidate> &candidates, const QList<ArticlePart> &parts, int typicalGap,
                      const QList<quint64> &titleStems = {});
};

} // namespace Lectern::Models
