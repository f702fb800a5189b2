// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Lectern::Models {

/// Roles of the annotation models (AnnotationListModel and its proxies), on every column.
enum AnnotationRole {
    AnnotationIdRole = Qt::UserRole + 100,
    AnnotationDocumentIdRole,
    AnnotationStartRole,       ///< UTF-16 offset
    AnnotationEndRole,
    AnnotationQuoteRole,
    AnnotationNoteRole,
    AnnotationCodeIdRole,
    AnnotationCodeColourRole,  ///< QColor of the label, invalid without one
    AnnotationTagsRole,        ///< QStringList
    AnnotationClaimStatusRole, ///< int(ClaimStatus)
    AnnotationAuthorRole,
    AnnotationModifiedRole,    ///< QDateTime (UTC)
    AnnotationOrphanedRole,    ///< bool
    AnnotationEvidenceCountRole,
    AnnotationSortRole,        ///< what the column sorts by
};

} // namespace Lectern::Models
