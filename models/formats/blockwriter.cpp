// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockwriter.h"

namespace Lectern::Models {

void BlockWriter::add(QStringView text, TextBlock hints, bool keepLines)
{
    QString block;
    block.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (keepLines && c == u'\n') {
            while (block.endsWith(u' '))
                block.chop(1);
            if (!block.isEmpty())
                block += u'\n';
            space = false;
            continue;
        }
        // Non-breaking spaces bind ("40 000") and stay as they are.
        if (c.isSpace() && c != QChar(0x00A0)) {
            space = !block.isEmpty() && !block.endsWith(u'\n');
            continue;
        }
        if (space)
            block += u' ';
        space = false;
        block += c;
    }
    while (block.endsWith(u'\n') || block.endsWith(u' '))
        block.chop(1);
    if (block.isEmpty())
        return;
    if (!m_text.isEmpty())
        m_text += u"\n\n";
    hints.start = m_text.size();
    m_text += block;
    hints.end = m_text.size();
    m_blocks.append(hints);
}

} // namespace Lectern::Models
