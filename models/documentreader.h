// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "documententry.h"
#include "loadoptions.h"
#include "pagemetadata.h"
#include "textblock.h"

namespace Lectern::Models {

/// What reading one document gave: its text (LF line endings, no BOM) and
/// what went wrong or needs saying.
struct DocumentText {
    QString text;
    /// For HTML and the packaged formats (PDF, Word, OpenDocument, EPUB), the
    /// blocks the document gave `text` (with their hints and, for PDF, pages); empty
    /// for other formats, whose text the segmenter splits itself.
    TextBlocks blocks;
    PageMetadata metadata; ///< what an HTML page says about itself; empty otherwise
    /// The document as written, when that differs from `text` and has a
    /// syntax worth showing: the HTML markup of a page, the JSON line of a
    /// corpus entry. Empty otherwise (plain text and Markdown are their own source).
    QString source;
    QString sourceSyntax; ///< KSyntaxHighlighting definition name for `source` (or `text`): "HTML", "JSON", "Markdown"
    Diagnostics diagnostics;
    DocumentStatus status = DocumentStatus::Ok;
    qint64 bytes = 0;
};

/// What checking one document on disk (without reading it) found.
struct DocumentCheck {
    int row = -1;
    DocumentStatus status = DocumentStatus::Ok;
    qint64 size = -1;
    QString message;
    Diagnostics diagnostics;
};

/// Reads and checks documents. Pure functions over the file system, safe on
/// any thread.
/// What the document is called outside its text: the page's own title
/// when it states one (HTML metadata), else the index's.
[[nodiscard]] inline QString documentTitle(const DocumentEntry &entry, const DocumentText &text)
{
    return text.metadata.title.isEmpty() ? entry.title : text.metadata.title;
}

class DocumentReader final
{
public:
    /// Reads, decodes and, for HTML, reads the page's DOM (HtmlPage) into
    /// text, blocks and metadata.
    [[nodiscard]] static DocumentText read(const DocumentEntry &entry, const QString &rootDir, const LoadOptions &options);

    /// Cheap check: exists, readable, inside the bundle once links are
    /// followed, within the size limit, not binary (sniffs the first bytes).
    [[nodiscard]] static DocumentCheck check(const DocumentEntry &entry, const QString &rootDir, const LoadOptions &options);
};

} // namespace Lectern::Models
