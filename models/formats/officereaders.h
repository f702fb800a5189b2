// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "blockwriter.h"
#include "packageddocument.h"
#include "packageparts.h"

namespace Lectern::Models {

/// One paragraph as a reader found it, before the blocks are written: the
/// body is gathered first and notes are written after it.
struct ParagraphBlock {
    QString text; ///< line breaks are the document's own (a break inside a paragraph)
    TextBlock hints;
};
using ParagraphBlocks = QList<ParagraphBlock>;

/// Writes `blocks` to `writer`, each keeping its line breaks.
void writeBlocks(BlockWriter &writer, const ParagraphBlocks &blocks);

/// Writes one footnote or endnote after the body: its paragraphs as blocks
/// marked BlockSemantic::Aside, the first starting with `marker` ("[1]"),
/// the mark the body shows where the note is referred to.
void writeNote(BlockWriter &writer, const QString &marker, const ParagraphBlocks &blocks);

/// Word (.docx, WordprocessingML) and OpenDocument text (.odt), behind readOfficeDocument().
[[nodiscard]] PackagedText readWordprocessingMl(PackageParts &parts);
[[nodiscard]] PackagedText readOpenDocumentText(PackageParts &parts);

} // namespace Lectern::Models
