// SPDX-License-Identifier: GPL-3.0-or-later
#include "codepointmapper.h"

#include <QChar>

namespace Lectern::Models {

qsizetype CodePointMapper::toCodePoint(qsizetype utf16Offset)
{
    utf16Offset = qBound(qsizetype(0), utf16Offset, m_text.size());
    if (utf16Offset < m_utf16) {
        m_utf16 = 0;
        m_codePoints = 0;
    }
    for (; m_utf16 < utf16Offset; ++m_utf16) {
        if (!QChar::isLowSurrogate(m_text[m_utf16].unicode()))
            ++m_codePoints;
    }
    return m_codePoints;
}

qsizetype CodePointMapper::codePointOffset(QStringView text, qsizetype utf16Offset)
{
    return CodePointMapper(text).toCodePoint(utf16Offset);
}

qsizetype CodePointMapper::utf16Offset(QStringView text, qsizetype codePointOffset)
{
    qsizetype units = 0;
    for (qsizetype seen = 0; units < text.size(); ++units) {
        if (!QChar::isLowSurrogate(text[units].unicode())) {
            if (seen == codePointOffset)
                return units;
            ++seen;
        }
    }
    return units;
}

} // namespace Lectern::Models
