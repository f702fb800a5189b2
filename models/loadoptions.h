// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Lectern::Models {

/// Limits that protect the user from bad bundles; all are settings.
struct LoadOptions {
    static constexpr qint64 DefaultMaxFileSize = 256LL * 1024 * 1024;

    qint64 maxFileSize = DefaultMaxFileSize; ///< larger documents are refused, not read
    bool allowOutsideRoot = false;           ///< paths that leave the bundle's folder are refused unless set
};

} // namespace Lectern::Models
