// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern::Models {

/// How a store is opened, whatever the back end.
struct StoreOptions {
    enum class Access { ReadWrite, ReadOnly };

    Access access = Access::ReadWrite;
    /// How long a write waits for another process that holds the SQLite
    /// database's write lock before it gives up with a StoreError::Busy.
    int busyTimeoutMs = 5000;
    /// Recorded on every annotation created and edit stored through this
    /// store. Empty: the PostgreSQL user, or the login name for SQLite.
    QString author;
};

} // namespace Lectern::Models
