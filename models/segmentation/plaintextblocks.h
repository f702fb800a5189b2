// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textblock.h"

#include <QStringView>

namespace Lectern::Models {

/// Blocks of decoded plain text (LF line endings): every line holding
/// something other than white space is one block. Scraped dumps carry one
/// paragraph per line, with or without blank lines between them.
class PlainTextBlocks final
{
public:
    [[nodiscard]] static TextBlocks split(QStringView text);
};

} // namespace Lectern::Models
