// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Lectern::Models {

enum class Severity { Info, Warning, Error };

/// One problem found while reading a bundle: where it is and what a
/// researcher should know about it.
struct Diagnostic {
    Severity severity = Severity::Error;
    QString file;     ///< path as the user knows it (absolute, or as written in the index)
    int line = 0;     ///< 1-based; 0 when the problem is not tied to a line
    int column = 0;   ///< 1-based; 0 when unknown
    QString message;

    /// "file:line:column: error: message", the form compilers use and editors understand.
    [[nodiscard]] QString toString() const;

    static Diagnostic error(const QString &file, int line, const QString &message, int column = 0);
    static Diagnostic warning(const QString &file, int line, const QString &message, int column = 0);

    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

using Diagnostics = QList<Diagnostic>;

/// "note", "warning", "error": the names in the compiler form and in JSON.
[[nodiscard]] QString severityName(Severity severity);
/// severityName() as the Problems panel shows it, in the reader's language.
[[nodiscard]] QString severityDisplayName(Severity severity);
[[nodiscard]] bool hasErrors(const Diagnostics &diagnostics);

} // namespace Lectern::Models

Q_DECLARE_METATYPE(Lectern::Models::Diagnostic)
