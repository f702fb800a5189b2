// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace Lectern::Models {

/// Converts UTF-16 positions of one text to Unicode code point positions
/// (what the CLI prints): each surrogate pair before a position counts once.
/// Build it once per text; each conversion is a binary search.
class CodePointOffsets final
{
public:
    explicit CodePointOffsets(QStringView text);

    [[nodiscard]] qsizetype toCodePoints(qsizetype utf16) const;
    [[nodiscard]] qsizetype toUtf16(qsizetype codePoints) const;

    /// One-off conversion without building the table.
    [[nodiscard]] static qsizetype count(QStringView text, qsizetype utf16);

private:
    QList<qsizetype> m_lowSurrogates; ///< UTF-16 positions of the second half of each pair
};

} // namespace Lectern::Models
