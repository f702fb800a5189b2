// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern::Models {

/// Where the canonical copy of a passage is: a span (UTF-16, end exclusive)
/// of another document, and the share of the passage's word shingles found
/// there (0..1).
struct DuplicateLink {
    QString documentId;
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype codePointStart = 0; ///< the same span in code points, as the CLI prints it
    qsizetype codePointEnd = 0;
    double similarity = 0.0;

    [[nodiscard]] bool isValid() const { return !documentId.isEmpty(); }
    friend bool operator==(const DuplicateLink &, const DuplicateLink &) = default;
};

} // namespace Lectern::Models
