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
    /// Whether the text ends as a sentence does, in any script (. ! ? 。 ！ ？ ; ...).
    [[nodiscard]] static bool endsLikeSentence(QStringView text);
};

} // namespace Lectern::Models
