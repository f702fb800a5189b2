// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioutput.h"

#include <QIODevice>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Lectern::Cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

namespace {

// Standard error as a device that shows every control character but the
// line break as `\xHH` (as terminalText does), so no message, whatever
// file name or library error it quotes, can steer the terminal. Works on
// the UTF-8 bytes the stream writes: C0 controls and DEL are single
// bytes, C1 controls are 0xC2 0x80..0x9F.
class TerminalErrorDevice final : public QIODevice
{
public:
    TerminalErrorDevice() { open(QIODevice::WriteOnly | QIODevice::Unbuffered); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        QByteArray shown;
        shown.reserve(size + 8);
        const auto escaped = [&](unsigned char b) {
            static const char digits[] = "0123456789abcdef";
            shown += "\\x";
            shown += digits[b >> 4];
            shown += digits[b & 0xF];
        };
        for (qint64 i = 0; i < size; ++i) {
            const auto b = static_cast<unsigned char>(data[i]);
            if (m_lead) {
                m_lead = false;
                if (b >= 0x80 && b <= 0x9F) {
                    escaped(b);
                    continue;
                }
                shown += char(0xC2);
            }
            if (b == 0xC2)
                m_lead = true;
            else if ((b < 0x20 && b != '\n') || b == 0x7F)
                escaped(b);
            else
                shown += char(b);
        }
        std::fwrite(shown.constData(), 1, size_t(shown.size()), stderr);
        std::fflush(stderr);
        return size;
    }

private:
    bool m_lead = false; ///< the last byte written was 0xC2, held to see what follows it
};

} // namespace

QTextStream &err()
{
    static TerminalErrorDevice device;
    static QTextStream stream(&device);
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
