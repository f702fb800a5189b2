// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportescaping.h"

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isSchemeCharacter(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9') || c == u'+' || c == u'-' || c == u'.';
}

/// The URL as a browser's parser sees it before reading the scheme.
QString browserView(QStringView url)
{
    QString cleaned;
    cleaned.reserve(url.size());
    for (const QChar c : url) {
        if (c != u'\t' && c != u'\n' && c != u'\r')
            cleaned.append(c);
    }
    qsizetype first = 0;
    qsizetype last = cleaned.size();
    while (first < last && cleaned.at(first).unicode() <= 0x20)
        ++first;
    while (last > first && cleaned.at(last - 1).unicode() <= 0x20)
        --last;
    return cleaned.mid(first, last - first);
}

/// The URL's scheme in lower case; empty for a relative reference.
QString schemeOf(const QString &url)
{
    if (url.isEmpty() || !isAsciiLetter(url.at(0)))
        return {};
    for (qsizetype i = 1; i < url.size(); ++i) {
        if (url.at(i) == u':')
            return url.left(i).toLower();
        if (!isSchemeCharacter(url.at(i)))
            return {};
    }
    return {};
}

qsizetype backtickRun(QStringView text, qsizetype at)
{
    qsizetype end = at;
    while (end < text.size() && text.at(end) == u'`')
        ++end;
    return end - at;
}

/// Where the code span opened by @p length backticks before @p from closes
/// (the index of its closing run), or -1 when it never does.
qsizetype codeSpanClose(QStringView text, qsizetype from, qsizetype length)
{
    for (qsizetype i = from; i < text.size();) {
        const qsizetype run = backtickRun(text, i);
        if (run == length)
            return i;
        i += run > 0 ? run : 1;
    }
    return -1;
}

} // namespace

bool ExportEscaping::isStrayControl(char32_t c)
{
    if (c == U'\t' || c == U'\n' || c == U'\r')
        return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

QString ExportEscaping::replacingControls(QString text)
{
    for (QChar &c : text) {
        if (isStrayControl(c.unicode()))
            c = QChar::ReplacementCharacter;
    }
    return text;
}

QString ExportEscaping::csvTextCell(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.at(0);
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        return u'\'' + text;
    return text;
}

bool ExportEscaping::isSafeLinkTarget(QStringView url)
{
    const QString scheme = schemeOf(browserView(url));
    return scheme.isEmpty() || scheme == u"http"_s || scheme == u"https"_s || scheme == u"ftp"_s
        || scheme == u"mailto"_s || scheme == u"file"_s;
}

QString ExportEscaping::markdownLine(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r') {
            out.append(u' ');
            continue;
        }
        if (c == u'\\' || c == u'*' || c == u'_' || c == u'`' || c == u'[' || c == u']' || c == u'<' || c == u'>'
            || c == u'&' || c == u'|')
            out.append(u'\\');
        out.append(c);
    }
    // A line that would start a heading, a list or a numbered list.
    qsizetype first = 0;
    while (first < out.size() && out.at(first) == u' ')
        ++first;
    if (first < out.size()) {
        const QChar c = out.at(first);
        if (c == u'#' || ((c == u'-' || c == u'+') && (first + 1 == out.size() || out.at(first + 1) == u' ')))
            out.insert(first, u'\\');
        qsizetype digits = first;
        while (digits < out.size() && out.at(digits).isDigit())
            ++digits;
        if (digits > first && digits < out.size() && (out.at(digits) == u'.' || out.at(digits) == u')'))
            out.insert(digits, u'\\');
    }
    return out;
}

QString ExportEscaping::markdownNote(QStringView note)
{
    QString out;
    out.reserve(note.size() + 16);
    for (qsizetype i = 0; i < note.size();) {
        const QChar c = note.at(i);
        if (c == u'\\') {
            // The writer's own escape (or a literal backslash) stays, and
            // so does what it escapes: "\\<" must not become "\\\<".
            out += note.mid(i, 2);
            i += 2;
        } else if (c == u'`') {
            // Inside a code span Markdown shows everything as written.
            const qsizetype run = backtickRun(note, i);
            const qsizetype close = codeSpanClose(note, i + run, run);
            const qsizetype end = close < 0 ? i + run : close + run;
            out += note.mid(i, end - i);
            i = end;
        } else {
            if (c == u'<' || c == u'>' || c == u'&' || c == u'[' || c == u']')
                out.append(u'\\');
            out.append(c);
            ++i;
        }
    }
    return out;
}

QString ExportEscaping::markdownUrl(const QString &url)
{
    // An autolink holds no spaces, angle brackets or controls, and needs a scheme.
    bool autolink = isSafeLinkTarget(url) && !schemeOf(url).isEmpty();
    for (const QChar c : url) {
        if (c.unicode() <= 0x20 || c == u'<' || c == u'>' || isStrayControl(c.unicode()))
            autolink = false;
    }
    return autolink ? u'<' + url + u'>' : markdownLine(url);
}

} // namespace Lectern::Models
