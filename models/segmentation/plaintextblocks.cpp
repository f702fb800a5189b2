// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintextblocks.h"

#include <algorithm>

namespace Lectern::Models {

namespace {

struct Line {
    qsizetype begin = 0; ///< the line's first unit
    qsizetype first = 0; ///< its first non-space unit
    qsizetype last = 0;  ///< one past its last non-space unit
    [[nodiscard]] bool blank() const { return first >= last; }
    [[nodiscard]] qsizetype indent() const { return first - begin; }
    [[nodiscard]] qsizetype width() const { return last - begin; }
};

// A list marker opening a line: "* ", "- ", "+ ", "o ", "• ", "12. ", "3) ".
// Returns its length with the space after it, 0 when there is none.
qsizetype markerLength(QStringView text, const Line &line)
{
    const QStringView rest = text.mid(line.first, line.last - line.first);
    if (rest.size() >= 2 && rest.at(1) == u' ') {
        const char16_t c = rest.at(0).unicode();
        if (c == u'*' || c == u'-' || c == u'+' || c == u'o' || c == 0x2022 || c == 0x25E6 || c == 0x00B7)
            return 2;
    }
    qsizetype digits = 0;
    while (digits < rest.size() && digits < 4 && rest.at(digits).isDigit())
        ++digits;
    if (digits > 0 && digits + 1 < rest.size() && (rest.at(digits) == u'.' || rest.at(digits) == u')')
        && rest.at(digits + 1) == u' ')
        return digits + 2;
    return 0;
}

qsizetype firstWordLength(QStringView text, const Line &line)
{
    qsizetype i = line.first;
    while (i < line.last && !text.at(i).isSpace())
        ++i;
    return i - line.first;
}

// The width a text browser or a mail tool wrapped the text at, or 0 when the
// lines were not wrapped: enough lines end within a few columns of one
// width, hardly any line is longer, and those full lines mostly stop in the
// middle of a sentence. One paragraph per line gives 0.
qsizetype wrapWidth(QStringView text, const QList<Line> &lines)
{
    QList<qsizetype> widths;
    for (const Line &line : lines) {
        if (!line.blank())
            widths.append(line.width());
    }
    if (widths.size() < 4)
        return 0;
    std::sort(widths.begin(), widths.end());
    const qsizetype p97 = widths.at(std::min<qsizetype>(widths.size() - 1, widths.size() * 97 / 100));
    qsizetype width = 0;
    for (const qsizetype w : std::as_const(widths)) {
        if (w <= p97 + 8)
            width = w;
    }
    if (width < 30 || width > 160)
        return 0;
    const auto nearEdge = std::count_if(widths.cbegin(), widths.cend(), [&](qsizetype w) { return w >= width - 12 && w <= width; });
    if (nearEdge < 3 || nearEdge * 100 < widths.size() * 15)
        return 0;
    // Wrapping breaks sentences: most full lines stop mid-sentence. A
    // paragraph per line ends (nearly) every long line with its full stop.
    qsizetype midSentence = 0;
    for (const Line &line : lines) {
        if (line.blank() || line.width() < width - 12)
            continue;
        const QChar end = text.at(line.last - 1);
        if (end.isLetterOrNumber() || end == u',' || end == u';' || end == u'-')
            ++midSentence;
    }
    if (midSentence * 100 < nearEdge * 60)
        return 0;
    return width;
}

} // namespace

TextBlocks PlainTextBlocks::split(QStringView text)
{
    QList<Line> lines;
    lines.reserve(text.size() / 60 + 4);
    const qsizetype size = text.size();
    for (qsizetype lineStart = 0; lineStart <= size;) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = size;
        Line line{lineStart, lineStart, lineEnd};
        while (line.first < line.last && text.at(line.first).isSpace())
            ++line.first;
        while (line.last > line.first && text.at(line.last - 1).isSpace())
            --line.last;
        lines.append(line);
        lineStart = lineEnd + 1;
    }

    const qsizetype width = wrapWidth(text, lines);
    TextBlocks blocks;
    blocks.reserve(lines.size() / 2 + 4);
    qsizetype textIndent = 0; // where the open block's text starts, after any list marker
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        if (line.blank())
            continue;
        // A wrapped line continues the block above it when the line above was
        // broken only because this line's first word would not fit, at the
        // same indentation, and this line is not a list item of its own.
        const Line *above = i > 0 ? &lines.at(i - 1) : nullptr;
        const qsizetype marker = markerLength(text, line);
        if (width > 0 && above && !above->blank() && !blocks.isEmpty() && marker == 0
            && above->width() + 1 + firstWordLength(text, line) > width
            && (line.indent() == above->indent() || line.indent() == textIndent)) {
            blocks.last().end = line.last;
            continue;
        }
        textIndent = line.indent() + marker;
        blocks.append(TextBlock{line.first, line.last});
    }
    return blocks;
}

} // namespace Lectern::Models
