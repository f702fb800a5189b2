// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Lectern::Models {

/// Limits that protect the user from bad bundles; all are settings.
struct LoadOptions {
    static constexpr qint64 DefaultMaxFileSize = 256LL * 1024 * 1024;
    /// A file of annotations or a project to import is refused above this.
    static constexpr qint64 MaxImportFileSize = 1024LL * 1024 * 1024;

    qint64 maxFileSize = DefaultMaxFileSize; ///< larger documents are refused, not read
    bool allowOutsideRoot = false;           ///< paths that leave the bundle's folder are refused unless set
};

} // namespace Lectern::Models
