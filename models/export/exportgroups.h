// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportformat.h"
#include "exportset.h"

namespace Lectern::Models {

/// A heading of a report and the excerpts under it (indexes into ExportSet::items).
struct ExportGroup {
    QString title;
    QString anchor;      ///< a stable id for links in HTML ("g1", "g2", ...)
    int document = -1;   ///< the document the group is, when grouping by document
    int claim = -1;      ///< the claim the group is about, when grouping by claim
    QList<int> items;
};

/// The report formats' grouping: by document (bundle order), by label
/// (codebook order; unlabelled last) or by claim (each claim followed by its
/// evidence; what is neither last, under "Other excerpts").
[[nodiscard]] QList<ExportGroup> groupExportItems(const ExportSet &set, ExportGrouping grouping);

/// "characters 120–245" style position and the rest of a citation line:
/// title, URL or path, date, position in code points.
[[nodiscard]] QString citationOf(const ExportSet &set, const ExportItem &item);

/// ISO 8601 in UTC with milliseconds and a Z ("2026-11-22T10:04:05.123Z").
[[nodiscard]] QString isoTime(const QDateTime &time);

} // namespace Lectern::Models
