// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Lectern::Models {

/// The formats Lectern exports to (docs/formats.md describes each).
enum class ExportFormat { Markdown, Html, Csv, JsonLd, Qdpx, Qdc, Odt, Pdf, Jsonl };

/// How excerpts are grouped in the report formats (Markdown, HTML, ODT, PDF).
enum class ExportGrouping { Document, Label, Claim };

struct ExportOptions {
    ExportGrouping grouping = ExportGrouping::Document;
    bool csvByteOrderMark = false; ///< for spreadsheet programs that need one to read UTF-8
    /// CSV cells of text as written, even those a spreadsheet program would
    /// run as a formula (for tools that want the exact values); by default
    /// such a cell starts with a `'`.
    bool csvRawCells = false;
};

[[nodiscard]] QList<ExportFormat> allExportFormats();
/// "md", "html", "csv", "jsonld", "qdpx", "qdc", "odt", "pdf", "jsonl": the CLI's --format values.
[[nodiscard]] QString exportFormatKey(ExportFormat format);
[[nodiscard]] std::optional<ExportFormat> exportFormatFromKey(const QString &key);
/// A name for menus ("Markdown", "REFI-QDA project", ...), translated.
[[nodiscard]] QString exportFormatName(ExportFormat format);
/// The file name suffix, without the dot.
[[nodiscard]] QString exportFormatSuffix(ExportFormat format);
/// The KSyntaxHighlighting definition that highlights a preview of it; empty for binary formats.
[[nodiscard]] QString exportFormatSyntax(ExportFormat format);
/// Whether the output is text a preview can show.
[[nodiscard]] bool isTextExportFormat(ExportFormat format);

[[nodiscard]] QString exportGroupingKey(ExportGrouping grouping);
[[nodiscard]] std::optional<ExportGrouping> exportGroupingFromKey(const QString &key);

} // namespace Lectern::Models
