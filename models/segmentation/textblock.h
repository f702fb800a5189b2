// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtTypes>

#include <algorithm>

namespace Lectern::Models {

/// What the markup said a block is, when the document had markup. Plain text
/// gives Unknown everywhere; the HTML reader (its own issue) maps tags here.
enum class BlockSemantic : quint8 {
    Unknown,
    Paragraph,
    Heading,
    ListItem,
    Caption,
    Quote,
    Navigation, ///< <nav>, menus
    Header,     ///< the page header, not an article's
    Footer,
    Aside,      ///< sidebars, related-links boxes
    Form,       ///< sign-up and comment forms
};

/// One unit the segmenter labels: a paragraph, a line, a heading. Offsets are
/// UTF-16 positions in the decoded QString, end exclusive, and never include
/// the line feed. Hints are optional: plain text leaves them at their defaults.
struct TextBlock {
    qsizetype start = 0;
    qsizetype end = 0;

    int headingLevel = 0;       ///< 1..6 when the markup says heading, else 0
    bool listItem = false;
    double linkDensity = -1.0;  ///< share of the block's characters inside links; < 0 when unknown
    BlockSemantic semantic = BlockSemantic::Unknown;
    int page = 0; ///< 1-based page the block is on (PDF), 0 when the format has no pages

    [[nodiscard]] qsizetype length() const { return end - start; }
    friend bool operator==(const TextBlock &, const TextBlock &) = default;
};

using TextBlocks = QList<TextBlock>;

/// The page of the block that holds UTF-16 position @p at (blocks in text
/// order), or of the last block before it; 0 when the blocks have no pages.
[[nodiscard]] inline int pageAt(const TextBlocks &blocks, qsizetype at)
{
    const auto after = std::upper_bound(blocks.cbegin(), blocks.cend(), at,
                                        [](qsizetype position, const TextBlock &block) { return position < block.start; });
    return after == blocks.cbegin() ? (blocks.isEmpty() ? 0 : blocks.constFirst().page) : std::prev(after)->page;
}

} // namespace Lectern::Models
