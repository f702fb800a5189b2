// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Lectern::Models {

/// A block whose comparison form (NFKC, case, white space, quotes) occurs in
/// two or more documents. The canonical occurrence is in a document that is
/// not a near-duplicate copy of another, smallest id first, earliest block first.
struct PassageCluster {
    struct Occurrence {
        QString documentId;
        qsizetype start = 0; ///< UTF-16, end exclusive
        qsizetype end = 0;
        qsizetype codePointStart = 0;
        qsizetype codePointEnd = 0;
    };

    int words = 0;
    int documents = 0;   ///< distinct documents holding it
    int stories = 0;     ///< distinct near-duplicate clusters holding it
    Occurrence canonical;
    QList<Occurrence> copies; ///< every other occurrence, in document id then text order
};

} // namespace Lectern::Models
