// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "loadoptions.h"

#include <QByteArray>
#include <QImage>
#include <QString>

#include <memory>

namespace Poppler {
class Document;
}

namespace Lectern::Models {

/// Renders the pages of one PDF document as pictures, for the Source view:
/// the page as its author laid it out, beside the text Lectern read from it.
/// Opens the file once (with the same checks as reading it) and keeps it open
/// while pages are asked for. Not for use from more than one thread at once.
class PdfPageRenderer final
{
    Q_DISABLE_COPY_MOVE(PdfPageRenderer)

public:
    PdfPageRenderer();
    ~PdfPageRenderer();

    /// Opens `path` (a PDF a bundle in `rootDir` lists); false, with `error()`
    /// saying why, when it cannot be read or is not a PDF Poppler opens.
    bool open(const QString &path, const QString &rootDir, const LoadOptions &options);
    void close();

    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] int pageCount() const;
    /// The width of page `page` (1-based) in inches; 0 when there is no such page.
    [[nodiscard]] double pageWidthInches(int page) const;
    /// Page `page` (1-based) at `dotsPerInch`; a null image when there is no such page.
    [[nodiscard]] QImage render(int page, double dotsPerInch) const;
    [[nodiscard]] const QString &error() const { return m_error; }

private:
    QString m_path;
    QString m_error;
    QByteArray m_bytes; ///< Poppler reads from these for as long as the document is open
    std::unique_ptr<Poppler::Document> m_document;
};

} // namespace Lectern::Models
