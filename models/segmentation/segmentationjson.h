// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundleprofile.h"
#include "documentsegmentation.h"

#include <QJsonObject>

namespace Lectern::Models {

/// JSON for `lectern-cli segment` and `lectern-cli duplicates`. Every offset
/// is in Unicode code points of the decoded text, end exclusive.
///
/// document():
///   {"id", "duplicateOf"?: {"document", "similarity", "reason"},
///    "segments": [{"start", "end", "kind", "role"?, "article" (-1 none),
///                  "reason", "overridden"?, "duplicate"?: {"document", "start", "end", "similarity"}}]}
/// clusters():
///   {"documents": [{"canonical", "members": [{"id", "similarity"}]}],
///    "passages": [{"words", "documents", "stories", "canonical": {"document", "start", "end"},
///                  "copies": [{"document", "start", "end"}]}]}
class SegmentationJson final
{
public:
    /// `includeBlank` false leaves out the white-space segments.
    [[nodiscard]] static QJsonObject document(const DocumentSegmentation &segmentation, QStringView text, bool includeBlank = true);
    /// Passage clusters of fewer than `minPassageWords` words are left out.
    [[nodiscard]] static QJsonObject clusters(const BundleProfile &profile, int minPassageWords = 1);
};

} // namespace Lectern::Models
