// SPDX-License-Identifier: GPL-3.0-or-later
#include "officereaders.h"

using namespace Qt::StringLiterals;

namespace Lectern::Models {

void writeBlocks(BlockWriter &writer, const ParagraphBlocks &blocks)
{
    for (const ParagraphBlock &block : blocks)
        writer.add(block.text, block.hints, true);
}

void writeNote(BlockWriter &writer, const QString &marker, const ParagraphBlocks &blocks)
{
    bool first = true;
    for (const ParagraphBlock &block : blocks) {
        TextBlock hints = block.hints;
        hints.semantic = BlockSemantic::Aside;
        hints.headingLevel = 0;
        const qsizetype before = writer.blocks().size();
        writer.add(first ? marker + u' ' + block.text : block.text, hints, true);
        first = first && writer.blocks().size() == before; // an empty first paragraph passes the marker on
    }
    if (first) { // a note with no text still shows where its mark leads
        TextBlock hints;
        hints.semantic = BlockSemantic::Aside;
        writer.add(marker, hints);
    }
}

PackagedText readOfficeDocument(const QByteArray &bytes, DocumentFormat format)
{
    const QString kind = format == DocumentFormat::Docx ? u"Word document"_s : u"OpenDocument text"_s;
    PackageParts parts(bytes);
    if (!parts.isOpen()) {
        PackagedText refused;
        refused.error = u"not a %1: the ZIP package cannot be opened (%2)"_s.arg(kind, parts.error());
        return refused;
    }
    return format == DocumentFormat::Docx ? readWordprocessingMl(parts) : readOpenDocumentText(parts);
}

} // namespace Lectern::Models
