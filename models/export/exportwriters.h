// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportformat.h"
#include "exportset.h"

#include <QByteArray>

namespace Lectern::Models {

// One function per format; each reads the set and nothing else. Exporter
// picks among them and writes the result safely.

/// Excerpts as block quotes under headings, with label, tags, note, entities
/// and a citation line each; pastes into a paper draft.
[[nodiscard]] QByteArray markdownExport(const ExportSet &set, const ExportOptions &options);
/// One self-contained HTML file: styles inline, a table of contents,
/// excerpts in their label's colour, entity mentions marked.
[[nodiscard]] QByteArray htmlExport(const ExportSet &set, const ExportOptions &options);
/// RFC 4180 CSV in UTF-8, CRLF line ends, one row per annotation.
[[nodiscard]] QByteArray csvExport(const ExportSet &set, const ExportOptions &options);
/// A W3C Web Annotation collection (JSON-LD).
[[nodiscard]] QByteArray webAnnotationExport(const ExportSet &set);
/// An OpenDocument text report of the same content as the HTML one.
[[nodiscard]] QByteArray odtExport(const ExportSet &set, const ExportOptions &options, QString *error);
/// A PDF report of the same content as the HTML one (A4).
[[nodiscard]] QByteArray pdfExport(const ExportSet &set, const ExportOptions &options, QString *error);
/// The clean corpus: one JSON object per line per canonical document.
[[nodiscard]] QByteArray corpusExport(const ExportSet &set);

/// The HTML the ODT and PDF reports are laid out from: what htmlExport
/// writes, restricted to what QTextDocument understands.
[[nodiscard]] QString reportHtml(const ExportSet &set, const ExportOptions &options, bool forTextDocument);

} // namespace Lectern::Models
