// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textblock.h"

#include <QString>

namespace Lectern::Models {

/// Builds a document's text from its blocks in reading order, as every
/// format reader does: one block a paragraph, blocks separated by a blank
/// line, white space inside a block collapsed, empty blocks dropped. The
/// offsets of each block are set here, so a reader only says what a block is.
class BlockWriter final
{
public:
    /// Appends `text` as one block with the hints in `hints` (its offsets
    /// are ignored). Line breaks inside `text` are kept when `keepLines`.
    void add(QStringView text, TextBlock hints = {}, bool keepLines = false);

    [[nodiscard]] const QString &text() const { return m_text; }
    [[nodiscard]] const TextBlocks &blocks() const { return m_blocks; }
    [[nodiscard]] QString takeText() { return std::move(m_text); }
    [[nodiscard]] TextBlocks takeBlocks() { return std::move(m_blocks); }

private:
    QString m_text;
    TextBlocks m_blocks;
};

} // namespace Lectern::Models
