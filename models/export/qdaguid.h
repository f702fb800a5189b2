// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Lectern::Models {

/// The GUIDs of a REFI-QDA exchange: name-based (UUID version 5) in Lectern's
/// own namespace, so the same code, source or note gets the same GUID in every
/// export, and a form of any GUID that compares equal however a tool wrote it.
class QdaGuid final
{
public:
    QdaGuid() = delete;

    /// The version 5 UUID of "<kind>:<id>" in Lectern's namespace, lower case without braces.
    [[nodiscard]] static QString derive(QStringView kind, QStringView id);
    /// @p id as written (braces dropped) when it is a UUID, else derive(kind, id).
    [[nodiscard]] static QString keepOrDerive(QStringView kind, QStringView id);
    /// Lower case without braces, for comparing GUIDs; other text only trimmed and lower-cased.
    [[nodiscard]] static QString normalised(QStringView guid);
};

} // namespace Lectern::Models
