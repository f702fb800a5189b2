// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "duplicatelink.h"
#include "segmentkind.h"

#include <QList>
#include <QString>

namespace Lectern::Models {

/// One labelled span of a document: a block, or the white space between two.
/// Offsets are UTF-16 positions of the decoded text, end exclusive (see
/// CodePointOffsets for what the CLI prints).
struct Segment {
    qsizetype start = 0;
    qsizetype end = 0;
    SegmentKind kind = SegmentKind::Blank;
    SegmentRole role = SegmentRole::None;
    int article = -1;         ///< 0 main article, 1 second, ...; -1 none (boilerplate, blank)
    DuplicateLink duplicate;  ///< set when the passage repeats a canonical copy elsewhere
    QString reason;           ///< why it got its kind, in words a user can check
    bool overridden = false;  ///< the kind comes from the user, not the segmenter

    [[nodiscard]] bool isBlank() const { return kind == SegmentKind::Blank; }
    [[nodiscard]] bool isContent() const { return kind != SegmentKind::Blank && kind != SegmentKind::Boilerplate; }
    friend bool operator==(const Segment &, const Segment &) = default;
};

using Segments = QList<Segment>;

} // namespace Lectern::Models
