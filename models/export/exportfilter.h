// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claimstatus.h"

#include <QList>
#include <QStringList>

namespace Lectern::Models {

/// Which annotations an export takes. Empty fields do not filter; the
/// fields that are set must all hold. The notes panel's current filter, the
/// export dialog and `lectern-cli export` all fill this in.
struct ExportFilter {
    QStringList documentIds;    ///< only these documents
    QString codeId;             ///< only this label and the labels below it
    QString codeName;           ///< the same by name (the CLI's --label); matched case-insensitively
    QList<ClaimStatus> statuses;
    QStringList tags;           ///< annotations carrying any of them
    QString entity;             ///< the quote mentions this entity (canonical name or alias)
    QString text;               ///< in the quote or the note, case-insensitive
    QStringList annotationIds;  ///< only these (the notes panel's visible rows)
    bool includeOrphans = true; ///< orphaned annotations (quote not found any more)

    [[nodiscard]] bool isEmpty() const;
};

} // namespace Lectern::Models
