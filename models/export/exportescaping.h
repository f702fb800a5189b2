// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Lectern::Models {

/// The rules that keep text a stranger wrote (a bundle's metadata, a quote,
/// a note) from acting as anything but text in the files Lectern exports:
/// no formulas in spreadsheets, no script links, no markup from notes, no
/// control characters (docs/formats.md, "Text from the bundle in exports").
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

    /// Whether @p url may be a link target: a relative reference, or an
    /// absolute one with scheme http, https, ftp, mailto or file, read as a
    /// browser reads an `href` (spaces and controls around it, tabs and
    /// line breaks inside it ignored).
    [[nodiscard]] static bool isSafeLinkTarget(QStringView url);

    /// Plain text as one line of Markdown that shows as written: markup
    /// characters (including `<`, `>` and `&`) backslash-escaped, a start
    /// that would open a heading or a list escaped, line breaks made spaces.
    [[nodiscard]] static QString markdownLine(QStringView text);
    /// A note in light Markdown (`**strong**`, `*emphasis*`, `` `code` ``)
    /// that keeps that markup but cannot add any other: `<`, `>`, `&`, `[`
    /// and `]` are escaped outside code spans, so no HTML, entity, link or
    /// image reaches the reader.
    [[nodiscard]] static QString markdownNote(QStringView note);
    /// @p url as an autolink (`<https://…>`) when it is a safe absolute one
    /// that can be written so; else as text.
    [[nodiscard]] static QString markdownUrl(const QString &url);
};

} // namespace Lectern::Models
