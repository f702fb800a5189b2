// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claimstatus.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace Lectern::Models {

/// One annotation read from another tool's file (W3C Web Annotation JSON-LD or
/// a REFI-QDA project), before it is placed in a document of the bundle.
struct ImportedAnnotation {
    QString id;                    ///< kept when it is a UUID, so re-imports and round trips keep identities
    QString source;                ///< the target's source: a URL, a `urn:lectern:` URN, or a file's name
    QString sourceText;            ///< the whole source text when the file carries it (REFI-QDA), else empty
    QString exact;                 ///< the quoted text
    QString prefix;
    QString suffix;
    std::optional<qsizetype> start; ///< code points, end exclusive, when the file gives positions
    std::optional<qsizetype> end;
    QStringList labelPath;         ///< the label and its parents, top first ("Claim", "Pricing"); empty: none
    QString labelId;               ///< Lectern's id of the label, when the file is Lectern's
    QString labelColour;           ///< "#RRGGBB" when the file gives one
    QString labelDescription;
    QString note;
    QStringList tags;
    ClaimStatus claimStatus = ClaimStatus::None;
    QString author;
    QDateTime created;
    QDateTime modified;
    QStringList evidenceIds;       ///< for a claim: ids of imported annotations that support it
};

/// A code of the other tool's codebook, kept even when no annotation uses it.
struct ImportedCode {
    QStringList path;  ///< the code and its parents, top first
    QString id;        ///< Lectern's id of the code, when the file is Lectern's
    QString colour;
    QString description;
};

/// What a file held: annotations, codes, and what could not be read.
struct ImportBatch {
    QList<ImportedAnnotation> annotations;
    QList<ImportedCode> codes;
    QStringList problems; ///< for the user: what was skipped and why
};

} // namespace Lectern::Models
