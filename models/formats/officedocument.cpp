// SPDX-License-Identifier: GPL-3.0-or-later
#include "officereaders.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's messages.
class FormatText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::DocumentFormats)
};

} // namespace

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
    const QString kind = format == DocumentFormat::Docx ? FormatText::tr("Word document") : FormatText::tr("OpenDocument text");
    PackageParts parts(bytes);
    if (!parts.isOpen()) {
        PackagedText refused;
        refused.error = FormatText::tr("not a %1: the ZIP package cannot be opened (%2)").arg(kind, parts.error());
        return refused;
    }
    return format == DocumentFormat::Docx ? readWordprocessingMl(parts) : readOpenDocumentText(parts);
}

} // namespace Lectern::Models
