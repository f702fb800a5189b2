// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textblock.h"

#include <QStringView>

namespace Lectern::Models {

/// Blocks of decoded plain text (LF line endings). Scraped dumps mostly carry
/// one paragraph per line, with or without blank lines between them: every
/// line holding something other than white space is then one block. Text a
/// text browser (or a mail tool) wrapped at a fixed width is recognised by
/// its lines ending near one width, and a wrapped paragraph becomes one
/// block again: a line joins the one above when that line was broken only
/// because this line's first word would not fit, at the same indentation,
/// and it is not a list item. A block of several lines keeps its line feeds
/// inside it; offsets never include the first or last line's.
class PlainTextBlocks final
{
public:
    [[nodiscard]] static TextBlocks split(QStringView text);
};

} // namespace Lectern::Models
