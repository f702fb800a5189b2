// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundle.h"

#include <QJsonObject>
#include <QTextStream>

namespace Lectern::Cli {

/// Standard output and error as UTF-8 text streams.
QTextStream &out();
QTextStream &err();

/// Exit statuses of lectern-cli.
enum ExitStatus { ExitOk = 0, ExitNothingLoaded = 1, ExitUsage = 2, ExitFailed = 3 };

/// @p text as a terminal should show it: every control character (C0
/// controls including tab and line breaks, DEL, C1 controls) written as
/// `\xHH`, so text from a bundle cannot move the cursor, recolour or
/// retitle the terminal, or forge a line or a column of a table.
[[nodiscard]] QString terminalText(QStringView text);
/// One line of a tab-separated table on standard output, each cell through terminalText.
void writeRow(const QStringList &cells);

/// Each diagnostic on one line of standard error, through terminalText.
void printDiagnostics(const Models::Diagnostics &diagnostics);
[[nodiscard]] QJsonObject diagnosticToJson(const Models::Diagnostic &diagnostic);
void writeJson(const QJsonObject &object);
/// Number of Unicode code points in `text` (what every offset Lectern prints counts).
[[nodiscard]] qsizetype codePointCount(QStringView text);

} // namespace Lectern::Cli
