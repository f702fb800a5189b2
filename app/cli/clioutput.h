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

void printDiagnostics(const Models::Diagnostics &diagnostics);
[[nodiscard]] QJsonObject diagnosticToJson(const Models::Diagnostic &diagnostic);
void writeJson(const QJsonObject &object);
/// Number of Unicode code points in `text` (what every offset Lectern prints counts).
[[nodiscard]] qsizetype codePointCount(QStringView text);

} // namespace Lectern::Cli
