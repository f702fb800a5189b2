// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gazetteer.h"

namespace Lectern::Models {

/// The edits a user makes to a gazetteer, as functions on the value. Each
/// either succeeds or leaves the gazetteer exactly as it was and says why in
/// `error`. Undo: keep the Gazetteer from before the edit (implicitly shared,
/// so the copy is cheap) or apply the inverse named with each function.
class GazetteerEdits final
{
public:
    /// Adds an entity at `position` (-1: at the end); the inverse of remove().
    /// Names are tidied; no name may already belong to another entity.
    static bool add(Gazetteer &gazetteer, Entity entity, QString *error = nullptr, qsizetype position = -1);
    /// Gives the entity a new canonical name; the old one is kept as an alias
    /// when `keepOldAsAlias`. Inverse: rename back (and remove the alias).
    static bool rename(Gazetteer &gazetteer, qsizetype index, const QString &newName, bool keepOldAsAlias = false,
        QString *error = nullptr);
    static bool setCategory(Gazetteer &gazetteer, qsizetype index, const QString &category, QString *error = nullptr);
    static bool setCaseSensitivity(Gazetteer &gazetteer, qsizetype index, Qt::CaseSensitivity sensitivity, QString *error = nullptr);
    static bool addAlias(Gazetteer &gazetteer, qsizetype index, const QString &alias, QString *error = nullptr);
    static bool removeAlias(Gazetteer &gazetteer, qsizetype index, const QString &alias, QString *error = nullptr);
    /// `absorbed` disappears; its canonical name and aliases become aliases of
    /// `kept`, which keeps its category and case rule. Returns the kept
    /// entity's new index (it moves up when `absorbed` was before it), -1 on error.
    static qsizetype merge(Gazetteer &gazetteer, qsizetype kept, qsizetype absorbed, QString *error = nullptr);
    /// Inverse: add() the removed entity at the same index.
    static bool remove(Gazetteer &gazetteer, qsizetype index, QString *error = nullptr);
};

} // namespace Lectern::Models
