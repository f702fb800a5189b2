// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segmentblock.h"
#include "textblock.h"

#include <QStringView>

namespace Lectern::Models {

/// The measures of every block of a document that the later decisions
/// read: words (in every script), the document's own function words,
/// sentence-final punctuation of any script, content stems, names, the
/// block's hash and how often it repeats in the page. Web addresses and
/// bracketed file names are not words. A pure function.
class BlockFeatures final
{
public:
    [[nodiscard]] static QList<SegmentBlock> measure(QStringView text, const TextBlocks &hints);
    /// Learns the document's function words (its most frequent short words
    /// in its longer blocks) and counts them in every block's functionWords;
    /// -1 everywhere when it has too few sentences to learn from.
    /// BoilerplateEvidence calls it when a block's prose depends on it.
    static void learnFunctionWords(QStringView text, QList<SegmentBlock> &blocks);
    /// Whether the text ends as a sentence does, in any script (. ! ? 。 ！ ？ ; ...).
    [[nodiscard]] static bool endsLikeSentence(QStringView text);
};

} // namespace Lectern::Models
