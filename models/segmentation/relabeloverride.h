// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segmentkind.h"

#include <QString>

namespace Lectern::Models {

/// A user's correction of one segment: the segment of `documentId` that
/// starts at UTF-16 position `start` is `kind` (and, when given, belongs to
/// `article`), whatever the segmenter computed.
struct RelabelOverride {
    static constexpr int KeepArticle = -2;

    QString documentId;
    qsizetype start = 0;
    SegmentKind kind = SegmentKind::Body;
    int article = KeepArticle; ///< KeepArticle: 0 for content that had none, -1 for boilerplate

    friend bool operator==(const RelabelOverride &, const RelabelOverride &) = default;
};

} // namespace Lectern::Models
