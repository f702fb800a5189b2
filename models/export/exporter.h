// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportformat.h"
#include "exportset.h"

#include <QByteArray>

namespace Lectern::Models {

/// Turns an ExportSet into a file of any format, for the export dialog and
/// `lectern-cli export` alike (so both give the same bytes).
class Exporter final
{
public:
    Exporter() = delete;

    /// The whole output; empty with *error set when it cannot be made.
    [[nodiscard]] static QByteArray render(const ExportSet &set, ExportFormat format, const ExportOptions &options,
                                           QString *error);
    /// The start of a text format's output (at most @p maxCharacters, cut at
    /// a line end), or a description of a binary one.
    [[nodiscard]] static QString preview(const ExportSet &set, ExportFormat format, const ExportOptions &options,
                                         qsizetype maxCharacters = 6000);
    /// Writes @p bytes to @p path through a temporary file renamed into
    /// place, so a failed write (disk full, no permission) leaves whatever
    /// was there before untouched. False with *error set on failure.
    [[nodiscard]] static bool writeFile(const QByteArray &bytes, const QString &path, QString *error);
};

} // namespace Lectern::Models
