// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern::Models {

/// The rules that keep text a stranger wrote (a bundle's metadata, a quote,
/// a note) from acting as anything but text in the files Lectern exports:
/// no formulas in spreadsheets, no control characters (docs/formats.md,
/// "Text from the bundle in exports").
class ExportEscaping final
{
public:
    ExportEscaping() = delete;

    /// Whether @p c is a control character no text export writes: C0
    /// controls other than tab, line feed and carriage return; DEL; C1 controls.
    [[nodiscard]] static bool isStrayControl(char32_t c);
    /// @p text with each stray control character replaced by U+FFFD, so
    /// its place stays visible.
    [[nodiscard]] static QString replacingControls(QString text);

    /// A CSV cell of user text that a spreadsheet program shows instead of
    /// evaluating: one starting with `=`, `+`, `-`, `@`, tab or carriage
    /// return gets a leading `'` (OWASP's advice on CSV injection).
    [[nodiscard]] static QString csvTextCell(const QString &text);
};

} // namespace Lectern::Models
