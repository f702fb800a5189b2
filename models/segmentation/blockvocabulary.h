// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flatcounter.h"
#include "segmentblock.h"

namespace Lectern::Models {

/// Vocabulary arithmetic over blocks that several decisions share.
// Calls `visit` once for each key of a sorted list of keys with repeats.
template<typename F>
void forEachDistinct(const QList<quint64> &sorted, F &&visit)
{
    for (qsizetype k = 0; k < sorted.size(); ++k) {
        if (k == 0 || sorted.at(k) != sorted.at(k - 1))
            visit(sorted.at(k));
    }
}

/// Sublinear term weight, 1 + ln(count).
[[nodiscard]] double termWeight(int count);
/// Cosine of two term-count vectors under termWeight().
[[nodiscard]] double cosine(const FlatCounter &a, const FlatCounter &b);
/// Room enough for every distinct stem of blocks [first, last].
[[nodiscard]] size_t stemCount(const QList<SegmentBlock> &blocks, int first, int last);
/// Stem -> occurrences in blocks [first, last].
[[nodiscard]] FlatCounter termCounts(const QList<SegmentBlock> &blocks, int first, int last);
/// Stem -> number of blocks of [first, last] holding it.
[[nodiscard]] FlatCounter vocabularyOf(const QList<SegmentBlock> &blocks, int first, int last);
/// How many of the block's distinct stems the candidate holds (in two of
/// its blocks or more when `inside`, the block being one of them).
[[nodiscard]] int anchoredWords(const SegmentBlock &block, const ArticleCandidate &candidate, bool inside);
/// A block at an article's edge belongs to it when it shares its words: a
/// headline summarises its story, an attribution names what the story is
/// about; a section label, a sign-up prompt or a link label does not.
[[nodiscard]] bool anchored(const SegmentBlock &block, const ArticleCandidate &candidate, bool inside, bool closeGap);

} // namespace Lectern::Models
