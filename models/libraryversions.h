// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Lectern::Models {

/// A library Lectern runs on, as Help › About lists it.
struct LibraryVersion {
    QString name;
    QString version; ///< the one loaded at run time where the library says, else the one built against
    QString purpose; ///< what Lectern uses it for, in a few words
};

/// Qt, SQLite, ICU, gumbo, libzip and Poppler, with their versions (the
/// views add KSyntaxHighlighting, which the models do not use).
[[nodiscard]] QList<LibraryVersion> libraryVersions();

} // namespace Lectern::Models
