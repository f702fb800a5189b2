// SPDX-License-Identifier: GPL-3.0-or-later
#include "codepointoffsets.h"

#include <algorithm>

namespace Lectern::Models {

CodePointOffsets::CodePointOffsets(QStringView text)
{
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
            m_lowSurrogates.append(i);
    }
}

qsizetype CodePointOffsets::toCodePoints(qsizetype utf16) const
{
    // A pair counts once its low half is behind the position.
    const auto pairs = std::lower_bound(m_lowSurrogates.cbegin(), m_lowSurrogates.cend(), utf16) - m_lowSurrogates.cbegin();
    return utf16 - pairs;
}

qsizetype CodePointOffsets::toUtf16(qsizetype codePoints) const
{
    qsizetype utf16 = codePoints;
    for (const qsizetype low : m_lowSurrogates) {
        if (low <= utf16)
            ++utf16;
        else
            break;
    }
    return utf16;
}

qsizetype CodePointOffsets::count(QStringView text, qsizetype utf16)
{
    qsizetype pairs = 0;
    const qsizetype end = std::min(utf16, text.size());
    for (qsizetype i = 1; i < end; ++i) {
        if (text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
            ++pairs;
    }
    return utf16 - pairs;
}

} // namespace Lectern::Models
