// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Lectern::Models {

/// The user's kind for one segment of a document (for example "boilerplate"
/// where the segmenter said "main"), keyed by document and UTF-16 range.
struct SegmentOverride {
    QString documentId;
    qsizetype start = 0;
    qsizetype end = 0;
    QString kind;
    QString author;
    QDateTime modified;

    friend bool operator==(const SegmentOverride &, const SegmentOverride &) = default;
};

} // namespace Lectern::Models
