// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern::Models {

/// One code of the bundle's codebook (a label an annotation can carry). Codes
/// form a tree through parentId; the default ones are "claim", "evidence" and
/// "question".
struct Code {
    QString id;
    QString parentId; ///< empty: a top-level code
    QString name;
    QString colour;   ///< "#RRGGBB"
    QString description;
    int sortOrder = 0;

    friend bool operator==(const Code &, const Code &) = default;
};

} // namespace Lectern::Models
