// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Lectern::Models {

/// Documents of a bundle that are copies of one text. The canonical copy is
/// the one with the most words in long blocks (the most complete), ties going
/// to the smallest document id; listing order plays no part.
struct DuplicateCluster {
    struct Member {
        QString documentId;
        double similarity = 1.0; ///< estimated share of the smaller copy's shingles found in the canonical (1 for itself)
        friend bool operator==(const Member &, const Member &) = default;
    };

    QString canonicalId;
    QList<Member> members; ///< every copy, canonical included, in document id order
};

} // namespace Lectern::Models
