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

QString terminalText(QStringView text)
{
    QString shown;
    shown.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F))
            shown += u"\\x"_s + QString::number(u, 16).rightJustified(2, u'0');
        else
            shown += c;
    }
    return shown;
}

void writeRow(const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out() << '\t';
        out() << terminalText(cells.at(i));
    }
    out() << '\n';
}

void printDiagnostics(const Models::Diagnostics &diagnostics)
{
    for (const Models::Diagnostic &d : diagnostics)
        err() << terminalText(d.toString()) << '\n';
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
