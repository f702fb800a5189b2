// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintextblocks.h"

namespace Lectern::Models {

TextBlocks PlainTextBlocks::split(QStringView text)
{
    TextBlocks blocks;
    blocks.reserve(text.size() / 200 + 4);
    qsizetype lineStart = 0;
    const qsizetype size = text.size();
    while (lineStart <= size) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = size;
        qsizetype first = lineStart;
        qsizetype last = lineEnd;
        while (first < last && text.at(first).isSpace())
            ++first;
        while (last > first && text.at(last - 1).isSpace())
            --last;
        if (first < last)
            blocks.append(TextBlock{first, last});
        lineStart = lineEnd + 1;
    }
    return blocks;
}

} // namespace Lectern::Models
