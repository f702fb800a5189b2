// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentationexpectations.h"

#include <QFile>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace Lectern::Tests {

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).replace(u"\r\n"_s, u"\n"_s);
}

qsizetype lineStart(const QString &text, int line)
{
    qsizetype at = 0;
    for (int i = 1; i < line; ++i)
        at = text.indexOf(u'\n', at) + 1;
    return at;
}

// Checks every non-blank line of the listed ranges; returns the mismatches.
QStringList mismatches(const QString &text, const DocumentSegmentation &segmentation, const QList<Expectation> &expected)
{
    QStringList problems;
    for (const Expectation &e : expected) {
        for (int line = e.firstLine; line <= e.lastLine; ++line) {
            const qsizetype start = lineStart(text, line);
            const qsizetype end = text.indexOf(u'\n', start);
            if (QStringView(text).sliced(start, (end < 0 ? text.size() : end) - start).trimmed().isEmpty())
                continue;
            const int index = segmentation.segmentAt(start);
            if (index < 0) {
                problems.append(u"line %1: no segment"_s.arg(line));
                continue;
            }
            const Segment &segment = segmentation.segments.at(index);
            if (segment.kind != e.kind || segment.article != e.article)
                problems.append(u"line %1: %2/%3, expected %4/%5 (%6)"_s.arg(line)
                                    .arg(kindName(segment.kind))
                                    .arg(segment.article)
                                    .arg(kindName(e.kind))
                                    .arg(e.article)
                                    .arg(segment.reason));
        }
    }
    return problems;
}

// Replaces whole lines (1-based) of `text`.
QString withLines(QString text, const QList<std::pair<int, QString>> &replacements)
{
    QStringList lines = text.split(u'\n');
    for (const auto &[line, replacement] : replacements)
        lines[line - 1] = replacement;
    return lines.join(u'\n');
}

} // namespace Lectern::Tests
