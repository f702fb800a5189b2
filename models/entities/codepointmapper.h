// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Lectern::Models {

/// Turns UTF-16 offsets into code-point offsets (what docs/formats.md
/// promises reports count). Remembers where it last was, so offsets asked for
/// in increasing order cost one pass over the text in all.
class CodePointMapper final
{
public:
    explicit CodePointMapper(QStringView text)
        : m_text(text)
    {
    }

    /// Code points before `utf16Offset` (an offset inside a surrogate pair counts the pair as before it).
    [[nodiscard]] qsizetype toCodePoint(qsizetype utf16Offset);

    /// One-off conversions.
    [[nodiscard]] static qsizetype codePointOffset(QStringView text, qsizetype utf16Offset);
    [[nodiscard]] static qsizetype utf16Offset(QStringView text, qsizetype codePointOffset);

private:
    QStringView m_text;
    qsizetype m_utf16 = 0;
    qsizetype m_codePoints = 0;
};

} // namespace Lectern::Models
