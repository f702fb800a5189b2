// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace Lectern::Models {

/// What a document file is. The first three are text; the others are read
/// by their own readers (models/formats/) into the same text and blocks.
enum class DocumentFormat { PlainText, Markdown, Html, Pdf, Docx, Odt, Epub };

/// True for formats whose bytes are not text (read by a format reader).
[[nodiscard]] constexpr bool isPackagedFormat(DocumentFormat format)
{
    return format == DocumentFormat::Pdf || format == DocumentFormat::Docx || format == DocumentFormat::Odt
        || format == DocumentFormat::Epub;
}

/// Where a document's bytes are: a file of its own, a line of a JSON Lines
/// corpus, or a record of a web archive (WARC).
enum class DocumentContainer : quint8 { File, JsonLine, WarcRecord };

/// Pending: listed, not yet checked on disk. Ok: readable. Warning: readable
/// with a caveat (replacement characters, say). Error: cannot be read.
enum class DocumentStatus { Pending, Ok, Warning, Error };

/// One document a bundle lists. Holds where the text is, never the text
/// itself: texts are read on demand (see DocumentTextCache).
struct DocumentEntry {
    QString id;
    QString title;
    QString url;
    QString date;
    QString source;
    QString language;

    QString path;         ///< absolute path of the file that holds the text
    QString declaredPath; ///< the path as the index wrote it
    DocumentFormat format = DocumentFormat::PlainText;

    DocumentContainer container = DocumentContainer::File;
    /// For a JSON Lines corpus, the byte range of the entry's line inside
    /// `path`; for a WARC record, where it lies (WarcRecordRef: the offset of
    /// the record or its gzip member, the decompressed bytes to skip, the
    /// record's length). -1 when the text is a file of its own.
    qint64 inlineOffset = -1;
    qint64 inlineSkip = 0;
    qint64 inlineLength = 0;

    int indexLine = 0;  ///< line of the index that declared it (1-based; 0 for directories)
    qint64 size = -1;   ///< bytes on disk; -1 until checked
    DocumentStatus status = DocumentStatus::Pending;
    QString statusMessage;

    /// True when the text sits inside a bigger file (a corpus line, an archive record).
    [[nodiscard]] bool isInline() const { return container != DocumentContainer::File; }
    [[nodiscard]] QString displayTitle() const { return title.isEmpty() ? id : title; }
};

[[nodiscard]] QString statusName(DocumentStatus status);
/// statusName() as the interface shows it, in the reader's language.
[[nodiscard]] QString statusDisplayName(DocumentStatus status);
[[nodiscard]] QString formatName(DocumentFormat format);

/// Format by file name: .md/.markdown, .html/.htm, .pdf, .docx, .odt, .epub, anything else plain text.
[[nodiscard]] DocumentFormat formatForPath(const QString &path);
/// The file name without its last extension ("a/2026.story.txt" gives "2026.story").
[[nodiscard]] QString fileStem(QStringView path);
/// Whether a directory bundle picks this file up (documents, and web archives, whose records it lists).
[[nodiscard]] bool isSupportedDocumentPath(const QString &path);

} // namespace Lectern::Models

Q_DECLARE_METATYPE(Lectern::Models::DocumentEntry)
