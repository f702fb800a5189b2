// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flatcounter.h"
#include "segmentkind.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Lectern::Models {

/// Limits the segmentation decisions share (docs/segmentation.md has why).
namespace BlockRules {
/// Evidence at or above this makes a block boilerplate wherever it stands.
inline constexpr double StrongBoilerplate = 1.0;
/// Evidence at or above this keeps a block from being absorbed at an article's edge.
inline constexpr double WeakBoilerplate = 0.5;
inline constexpr int ProseMinWords = 8;
inline constexpr int ProseNoPunctuationWords = 25;
inline constexpr int ShortProseWords = 20;
inline constexpr int MaxBlocksBetweenProse = 3;
inline constexpr int MinArticleWords = 40;
inline constexpr int MaxEdgeBlocks = 3;
} // namespace BlockRules

/// What the segmentation decisions know of one block: its measures
/// (BlockFeatures), its boilerplate evidence and whether it is prose
/// (BoilerplateEvidence), and what the later decisions made of it.
struct SegmentBlock {
    qsizetype start = 0;
    qsizetype end = 0;
    int words = 0;
    int stopWords = 0;
    int functionWords = 0; ///< of the document's own most frequent short words; -1 when it has too few sentences to learn them
    int capitalised = 0;
    int cueWords = 0;
    int gapBefore = 0;
    bool terminal = false;
    bool startsWithBy = false;
    bool captionWords = false;
    bool numberedStart = false;
    quint64 hash = 0;
    QList<quint64> stems; ///< content stems, sorted, with repeats
    QList<quint64> names; ///< stems of capitalised words inside sentences, sorted, distinct
    int distinctStems = 0;

    int repeatDocuments = 0;
    int repeatStories = 0;
    int repeatsInPage = 0;
    double boilerplate = 0.0;
    QStringList evidence;
    bool prose = false;

    int candidate = -1;
    SegmentRole role = SegmentRole::None;
    QString reason;
};

/// A run of blocks that may be an article: ArticleBoundaries makes them,
/// MainArticle trims, extends and numbers them.
struct ArticleCandidate {
    int first = 0; ///< block indexes, inclusive
    int last = 0;
    int firstProse = 0;
    int lastProse = 0;
    int proseWords = 0;
    int article = -1;
    FlatCounter vocabulary; ///< stem -> number of its blocks holding it
};

/// Where ArticleBoundaries parted two passages: the first block of the
/// right side, whether the stems' test alone made it (not a headline with a
/// weaker surprise), and why, for the reason the reader shows.
struct ArticlePart {
    int block = 0;
    bool strong = true;
    QString why;
};

} // namespace Lectern::Models
