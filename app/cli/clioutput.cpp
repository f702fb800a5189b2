// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioutput.h"

#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Lectern::Cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printDiagnostics(const Models::Diagnostics &diagnostics)
{
    for (const Models::Diagnostic &d : diagnostics)
        err() << d.toString() << '\n';
    err().flush();
}

QJsonObject diagnosticToJson(const Models::Diagnostic &d)
{
    return QJsonObject{{u"severity"_s, Models::severityName(d.severity)},
                       {u"file"_s, d.file},
                       {u"line"_s, d.line},
                       {u"column"_s, d.column},
                       {u"message"_s, d.message}};
}

void writeJson(const QJsonObject &object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out().flush();
}

qsizetype codePointCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

} // namespace Lectern::Cli
