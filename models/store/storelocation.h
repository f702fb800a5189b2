// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern::Models {

/// Where a bundle's SQLite annotation database lives (see docs/store.md):
/// beside the index (`<index>.lectern.sqlite`; for a bundle folder,
/// `<folder>/.lectern.sqlite`) when that folder can be written or the file
/// already exists there, else under the application data folder, named by a
/// hash of the index's absolute path.
class StoreLocation final
{
public:
    StoreLocation() = delete;

    /// The database path to use for the bundle whose index (file or folder) is @p indexPath.
    [[nodiscard]] static QString databasePathFor(const QString &indexPath);
    /// The path beside the index, whether or not it can be used.
    [[nodiscard]] static QString besideIndexPath(const QString &indexPath);
    /// The path under QStandardPaths::AppDataLocation for @p indexPath (or for
    /// a database path that cannot be used); the folder is not created.
    [[nodiscard]] static QString dataFolderPathFor(const QString &path);
    /// Whether a new file can really be created in @p folder (tried, not guessed from permissions).
    [[nodiscard]] static bool canCreateFilesIn(const QString &folder);
};

} // namespace Lectern::Models
