// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationconflict.h"

#include <QString>

#include <optional>

namespace Lectern::Models {

/// Why a store operation did not happen, said so that a researcher can act on
/// it (message), with the database's own words kept for a bug report (detail).
struct StoreError {
    enum class Kind {
        Failed,        ///< any other database error
        NotADatabase,  ///< the file is not an SQLite database, or not Lectern's; it was left alone
        NewerSchema,   ///< written by a newer Lectern; it was left alone
        Damaged,       ///< tables are missing; opened read-only
        ReadOnly,      ///< the store was opened read-only; nothing was written
        Busy,          ///< another process held the database longer than the wait allowed
        Conflict,      ///< someone else changed the annotation first; see conflict
        NotFound,      ///< the annotation, code or link does not exist (any more)
        InvalidInput,  ///< the request itself is wrong (an unknown code, an empty range, ...)
        Connection,    ///< the database could not be reached or opened
    };

    Kind kind = Kind::Failed;
    QString message;
    QString detail;
    std::optional<AnnotationConflict> conflict;
    /// Where the annotations could be kept instead, when the usual place cannot be used.
    QString suggestedLocation;

    [[nodiscard]] static StoreError make(Kind kind, const QString &message, const QString &detail = {});
    /// The message followed by the detail in parentheses when there is one.
    [[nodiscard]] QString fullText() const;
};

} // namespace Lectern::Models
