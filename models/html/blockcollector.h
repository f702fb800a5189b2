// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domnode.h"
#include "textblock.h"

namespace Lectern::Models {

/// Turns the body of a parsed page into the reader's text and blocks: one
/// block per block-level element or <br>-separated line, a blank line
/// between blocks, white space collapsed (kept inside <pre>), table cells
/// of a row joined by " | ". Each block carries what its markup said:
/// heading level, list item, link density and the part of the page it sits
/// in (navigation, header, footer, aside, form or comments). Walks with an
/// explicit stack, so any depth is safe.
class BlockCollector final
{
public:
    static void collect(DomNode root, QString &text, TextBlocks &blocks);

    /// A form with at least this much text wraps content rather than being
    /// a search box or sign-up form (some server frameworks wrap the whole
    /// page in one <form>); it is not marked as page furniture.
    static constexpr qsizetype LargeFormText = 1500;
};

} // namespace Lectern::Models
