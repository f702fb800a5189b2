// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostic.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return u"note"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Error:
        return u"error"_s;
    }
    return {};
}

QString severityDisplayName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QCoreApplication::translate("Lectern::Models::Severity", "note");
    case Severity::Warning:
        return QCoreApplication::translate("Lectern::Models::Severity", "warning");
    case Severity::Error:
        return QCoreApplication::translate("Lectern::Models::Severity", "error");
    }
    return {};
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::ranges::any_of(diagnostics, [](const Diagnostic &d) { return d.severity == Severity::Error; });
}

QString Diagnostic::toString() const
{
    QString where = file;
    if (line > 0) {
        where += u':' + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
    }
    return where + u": "_s + severityName(severity) + u": "_s + message;
}

Diagnostic Diagnostic::error(const QString &file, int line, const QString &message, int column)
{
    return {Severity::Error, file, line, column, message};
}

Diagnostic Diagnostic::warning(const QString &file, int line, const QString &message, int column)
{
    return {Severity::Warning, file, line, column, message};
}

} // namespace Lectern::Models
