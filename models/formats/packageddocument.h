// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documententry.h"
#include "pagemetadata.h"
#include "textblock.h"

#include <QByteArray>
#include <QStringList>

namespace Lectern::Models {

/// What a format reader made of a document that is not text (PDF, Word,
/// OpenDocument, EPUB): the same text, blocks and metadata an HTML page
/// gives, so segmentation, the reader and exports never ask the format.
struct PackagedText {
    QString text;
    TextBlocks blocks;
    PageMetadata metadata;
    QStringList notes; ///< what was skipped or could not be read, for Problems
    QString error;     ///< set when nothing could be read; the document is refused with it
};

/// The format readers behind one call.
class PackagedDocument final
{
public:
    /// Reads `bytes` as `format` (isPackagedFormat() must hold).
    [[nodiscard]] static PackagedText read(const QByteArray &bytes, DocumentFormat format);

    /// Why these first bytes cannot be a document of `format` ("not a PDF
    /// file: ..."), or empty when they can.
    [[nodiscard]] static QString signatureProblem(QByteArrayView head, DocumentFormat format);
};

// One function per format, each in its own file.
[[nodiscard]] PackagedText readPdfDocument(const QByteArray &bytes);
[[nodiscard]] PackagedText readOfficeDocument(const QByteArray &bytes, DocumentFormat format); ///< DOCX and ODT
[[nodiscard]] PackagedText readEpubDocument(const QByteArray &bytes);

} // namespace Lectern::Models
