// SPDX-License-Identifier: GPL-3.0-or-later
// Line-by-line expectations for segmentation tests over real-shaped pages.
#pragma once

#include "documentsegmentation.h"
#include "segmentkind.h"

#include <QStringList>

namespace Lectern::Tests {

/// Lines firstLine..lastLine (1-based, blank lines skipped) have this kind and article.
struct Expectation {
    int firstLine;
    int lastLine;
    Models::SegmentKind kind;
    int article;
};

/// UTF-16 offset where 1-based `line` of `text` starts.
qsizetype lineStart(const QString &text, int line);
/// Every listed line whose segment differs from the expectation, in words.
QStringList mismatches(const QString &text, const Models::DocumentSegmentation &segmentation, const QList<Expectation> &expected);
/// `text` with whole lines (1-based) replaced.
QString withLines(QString text, const QList<std::pair<int, QString>> &replacements);
/// A UTF-8 file's text with LF line endings, or an empty string.
QString readText(const QString &path);

} // namespace Lectern::Tests
