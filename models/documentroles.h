// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Lectern::Models {

/// Roles of the document models (DocumentListModel and its proxies), on every column.
enum DocumentRole {
    DocumentIdRole = Qt::UserRole + 1,
    DocumentTitleRole,
    DocumentPathRole,
    DocumentSizeRole,          ///< qint64 bytes, -1 unknown
    DocumentStatusRole,        ///< int(DocumentStatus)
    DocumentStatusMessageRole,
    DocumentUrlRole,
    DocumentFormatRole,        ///< int(DocumentFormat)
    DocumentSortRole,          ///< what the column sorts by (numbers as numbers)
};

} // namespace Lectern::Models
